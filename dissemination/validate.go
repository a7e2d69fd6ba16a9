package dissemination

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// The codes of the findings Validate makes besides the field rules; Rules
// documents them.
const (
	// CodeSessions: a declared session count differs from the sum of the
	// events' counts.
	CodeSessions finding.Code = "dissemination.events.sessions"
	// CodeAttendance: the declared attendance differs from the sum of the
	// events' attendance, every event having one.
	CodeAttendance finding.Code = "dissemination.events.attendance"
	// CodeAttendanceExceeded: some events lack attendance and the known sum
	// exceeds the declared attendance.
	CodeAttendanceExceeded finding.Code = "dissemination.events.attendance.exceeded"
	// CodeAttendanceMissing: some events lack attendance, so the declared
	// attendance can be checked only in part; the info names them.
	CodeAttendanceMissing finding.Code = "dissemination.events.attendance.missing"
	// CodeCopies: the declared copies differ from the sum of the items'
	// copies, every item having one.
	CodeCopies finding.Code = "dissemination.publications.copies"
	// CodeCopiesExceeded: some items lack copies and the known sum exceeds
	// the declared copies.
	CodeCopiesExceeded finding.Code = "dissemination.publications.copies.exceeded"
	// CodeCopiesMissing: some items lack copies; the info names them.
	CodeCopiesMissing finding.Code = "dissemination.publications.copies.missing"
	// CodeOverflow: the known figures of a total add up past the int64 range.
	CodeOverflow finding.Code = "dissemination.figures.overflow"
	// CodeAttempts: a contest has more contestants than attempts.
	CodeAttempts finding.Code = "dissemination.contests.attempts"
	// CodeSMSMessages: an SMS campaign reached more subscribers than it sent
	// messages.
	CodeSMSMessages finding.Code = "dissemination.media.sms_messages"
	// CodeDuration: a programme's shortest duration exceeds its longest.
	CodeDuration finding.Code = "dissemination.media.duration"
	// CodeNarrativeMarkup: a narrative bullet whose inline markup cannot be
	// read; Blocks fails on it.
	CodeNarrativeMarkup finding.Code = "dissemination.narrative.markup"
)

// The rules of Validate, one per code (quy tắc kiểm tra): built once, never
// changed. The checks make their findings from them, and Rules lists them.
var (
	ruleSessions = finding.Rule{Code: CodeSessions, Severity: finding.Error,
		Summary: "Số lớp, hội nghị, buổi sinh hoạt ghi trong báo cáo khác tổng số của các hoạt động được liệt kê.",
		Doc: "A declared session count (events.declared.training_sessions, conferences, seminars, law_days) must equal the " +
			"sum of the counts of the events of its category; training sessions are classes and conferences or seminars " +
			"marked training. Every event has a count, so the sum is always complete (domain.md §5)."}
	ruleAttendance = finding.Rule{Code: CodeAttendance, Severity: finding.Error,
		Summary: "Tổng số lượt người tham dự ghi trong báo cáo khác tổng của các hoạt động.",
		Doc:     "When every event gives its attendance, events.declared.attendance must equal their sum (domain.md §5)."}
	ruleAttendanceExceeded = finding.Rule{Code: CodeAttendanceExceeded, Severity: finding.Error,
		Summary: "Số lượt người tham dự của các hoạt động có số liệu đã vượt tổng số ghi trong báo cáo.",
		Doc:     "When some events lack attendance, the sum of the known figures must not exceed events.declared.attendance (domain.md §5)."}
	ruleAttendanceMissing = finding.Rule{Code: CodeAttendanceMissing, Severity: finding.Info,
		Summary: "Có hoạt động chưa có số lượt người tham dự nên tổng số chỉ đối chiếu được một phần.",
		Doc: "When a declared attendance is given and some events lack theirs, an info names those events and states the " +
			"known sum and the part of the total they leave unexplained."}
	ruleCopies = finding.Rule{Code: CodeCopies, Severity: finding.Error,
		Summary: "Tổng số tài liệu ghi trong báo cáo khác tổng số bản của các tài liệu được liệt kê.",
		Doc:     "When every printed item gives its copies, publications.declared.copies must equal their sum (domain.md §5)."}
	ruleCopiesExceeded = finding.Rule{Code: CodeCopiesExceeded, Severity: finding.Error,
		Summary: "Số bản của các tài liệu có số liệu đã vượt tổng số tài liệu ghi trong báo cáo.",
		Doc:     "When some printed items lack copies, the sum of the known figures must not exceed publications.declared.copies."}
	ruleCopiesMissing = finding.Rule{Code: CodeCopiesMissing, Severity: finding.Info,
		Summary: "Có tài liệu chưa có số bản nên tổng số tài liệu chỉ đối chiếu được một phần.",
		Doc:     "When a declared number of copies is given and some items lack theirs, an info names those items."}
	ruleOverflow = finding.Rule{Code: CodeOverflow, Severity: finding.Error,
		Summary: "Tổng các số liệu đã biết vượt quá phạm vi tính toán nên không đối chiếu được.",
		Doc:     "The known figures of a total whose items are not all given add up past the int64 range; no other check of that total is made."}
	ruleAttempts = finding.Rule{Code: CodeAttempts, Severity: finding.Error,
		Summary: "Số lượt thí sinh của cuộc thi nhiều hơn số lượt thi.",
		Doc:     "Each contestant makes at least one attempt: contests[i].contestants ≤ contests[i].attempts when both are given (domain.md §5)."}
	ruleSMSMessages = finding.Rule{Code: CodeSMSMessages, Severity: finding.Error,
		Summary: "Số thuê bao nhận tin nhắn nhiều hơn số tin nhắn đã gửi.",
		Doc:     "Each subscriber reached receives at least one message: media.sms[i].subscribers ≤ media.sms[i].messages when both are given."}
	ruleNarrativeMarkup = finding.Rule{Code: CodeNarrativeMarkup, Severity: finding.Error,
		Summary: "Nội dung tường thuật có lỗi đánh dấu định dạng (in nghiêng, in đậm, chú thích).",
		Doc:     "A bullet of narrative[i] (or of its items) whose inline markup doc.Narrative cannot read: unclosed emphasis, a reference without its note, a note without its reference or without text. Blocks fails on it."}
	ruleDuration = finding.Rule{Code: CodeDuration, Severity: finding.Error,
		Summary: "Thời lượng tối thiểu của chương trình lớn hơn thời lượng tối đa.",
		Doc:     "A duration range is ordered: media.broadcasts[i].min_minutes ≤ max_minutes when both are given."}
)

// Rules returns the catalogue of the codes Validate makes besides the field
// rules (finding.FieldCode: "field.gte" for a negative count,
// "field.oneof" for an unknown kind, mode, unit, action or cadence,
// "field.required" for a missing name, "field.required_with" for a figure
// without its noun or cadence, "field.excluded_if" for a law day marked as
// training, "field.datetime" for a date not written YYYY-MM-DD).
func Rules() finding.Catalogue {
	return finding.Catalogue{
		ruleSessions,
		ruleAttendance,
		ruleAttendanceExceeded,
		ruleAttendanceMissing,
		ruleCopies,
		ruleCopiesExceeded,
		ruleCopiesMissing,
		ruleOverflow,
		ruleAttempts,
		ruleSMSMessages,
		ruleNarrativeMarkup,
		ruleDuration,
	}
}

// Validate returns every finding about d at once: the field rules first (see
// Rules for their codes), then the declared totals against the items, the
// contests, and the media. Paths are JSON paths relative to d, e.g.
// "events.declared.attendance"; package reform puts them under the report's.
func (d *Section) Validate() finding.List {
	l := finding.Fields(d, "")
	if d == nil {
		return l
	}
	d.Events.check(&l)
	for i, k := range d.Contests {
		if k.Attempts == nil || k.Contestants == nil {
			continue
		}
		p := finding.Index("contests", i)
		if f, bad := finding.AtMost(ruleAttempts.Subject(p+".contestants",
			fmt.Sprintf("số lượt thí sinh dự thi của cuộc thi thứ %d (không thể nhiều hơn số lượt thi)", i+1), p+".attempts"),
			*k.Contestants, *k.Attempts); bad {
			l.Add(f)
		}
	}
	d.Publications.check(&l)
	d.Media.check(&l)
	for i, n := range d.Narrative {
		checkNarrative(&l, finding.Index("narrative", i), n)
	}
	return l
}

// checkNarrative reports markup that doc.Narrative cannot read (the check
// Blocks makes with doc.ItemList), in n and in its items.
func checkNarrative(l *finding.List, path string, n doc.Narrative) {
	if _, err := n.Runs(); err != nil {
		where, offset, reason := path+".text", 0, err.Error()
		var me *doc.MarkupError
		if errors.As(err, &me) {
			where, offset, reason = finding.Join(path, me.Path), me.Offset, me.Reason
		}
		l.Add(ruleNarrativeMarkup.At(where, fmt.Sprintf("Nội dung tường thuật có lỗi đánh dấu định dạng tại byte %d (%s); "+
			"dùng “\\*” để viết dấu sao, “\\[” để viết dấu ngoặc vuông.", offset, reason)).
			WithValues(finding.Value{Name: "offset", Value: strconv.Itoa(offset)}, finding.Value{Name: "reason", Value: reason}))
	}
	for i, it := range n.Items {
		checkNarrative(l, finding.Index(finding.Join(path, "items"), i), it)
	}
}

// sessionTotal is a declared session count with its field and label.
type sessionTotal struct {
	declared *int64
	field    string
	label    string
}

// sessionTotals are the declared session counts, by category.
func (e Events) sessionTotals() [numCategories]sessionTotal {
	return [numCategories]sessionTotal{
		catTraining:   {e.Declared.TrainingSessions, "training_sessions", "số lớp tập huấn (kể cả hội nghị, tọa đàm kết hợp tập huấn)"},
		catConference: {e.Declared.Conferences, "conferences", "số hội nghị"},
		catSeminar:    {e.Declared.Seminars, "seminars", "số buổi tọa đàm"},
		catLawDay:     {e.Declared.LawDays, "law_days", "số buổi sinh hoạt ngày pháp luật"},
	}
}

func (e Events) check(l *finding.List) {
	for cat, t := range e.sessionTotals() {
		if t.declared == nil {
			continue
		}
		var parts []finding.Part
		for i, ev := range e.Items {
			if c, ok := ev.category(); ok && c == category(cat) {
				parts = append(parts, finding.Part{Path: finding.Index("events.items", i) + ".count", Value: ev.Count})
			}
		}
		if f, bad := finding.SumEquals(ruleSessions.Subject("events.declared."+t.field, t.label), *t.declared, parts...); bad {
			l.Add(f)
		}
	}
	nouns := defaultItemNouns()
	items := make([]entry, len(e.Items))
	for i, ev := range e.Items {
		name := ev.Noun
		if name == "" {
			name, _ = kindNoun(nouns, ev.Kind)
		}
		if ev.Mode == Online {
			name += " " + nouns.Online
		}
		items[i] = entry{
			path:  finding.Index("events.items", i) + ".attendance",
			value: ev.Attendance,
			name:  fmt.Sprintf("hoạt động thứ %d (%s %s)", i+1, vn.Count(ev.Count), clip(strings.TrimSpace(name+" "+ev.Topic))),
		}
	}
	totalCheck{
		rule: ruleAttendance, exceeded: ruleAttendanceExceeded, missing: ruleAttendanceMissing,
		path: "events.declared.attendance", label: "tổng số lượt người tham dự", what: "hoạt động",
		known: "tổng số lượt người tham dự của các hoạt động có số liệu",
	}.run(l, e.Declared.Attendance, items)
}

func (p Publications) check(l *finding.List) {
	items := make([]entry, len(p.Items))
	for i, it := range p.Items {
		items[i] = entry{
			path:  finding.Index("publications.items", i) + ".copies",
			value: it.Copies,
			name:  fmt.Sprintf("tài liệu thứ %d (%s)", i+1, clip(strings.TrimSpace(it.Unit+" "+it.Title))),
		}
	}
	totalCheck{
		rule: ruleCopies, exceeded: ruleCopiesExceeded, missing: ruleCopiesMissing,
		path: "publications.declared.copies", label: "tổng số tài liệu", what: "tài liệu",
		known: "tổng số bản của các tài liệu có số liệu",
	}.run(l, p.Declared.Copies, items)
}

func (m Media) check(l *finding.List) {
	for i, b := range m.Broadcasts {
		if b.MinMinutes == nil || b.MaxMinutes == nil {
			continue
		}
		p := finding.Index("media.broadcasts", i)
		if f, bad := finding.AtMost(ruleDuration.Subject(p+".min_minutes",
			fmt.Sprintf("thời lượng tối thiểu (phút) của chương trình phát thanh, truyền hình thứ %d (không thể lớn hơn thời lượng tối đa)", i+1),
			p+".max_minutes"), *b.MinMinutes, *b.MaxMinutes); bad {
			l.Add(f)
		}
	}
	for i, s := range m.SMS {
		if s.Messages == nil || s.Subscribers == nil {
			continue
		}
		p := finding.Index("media.sms", i)
		if f, bad := finding.AtMost(ruleSMSMessages.Subject(p+".subscribers",
			fmt.Sprintf("số thuê bao nhận tin nhắn của đợt nhắn tin thứ %d (không thể nhiều hơn số tin nhắn đã gửi)", i+1),
			p+".messages"), *s.Subscribers, *s.Messages); bad {
			l.Add(f)
		}
	}
}

// entry is one item of a total: the path of its figure, the figure (nil
// when not given) and its name in messages.
type entry struct {
	path  string
	value *int64
	name  string
}

// totalCheck checks a declared total against its items (domain.md §5).
type totalCheck struct {
	// rule is that of a total that is not the sum of its items, exceeded
	// that of items with a figure that already exceed it, missing that of
	// the info naming the items without a figure.
	rule, exceeded, missing finding.Rule
	// path is the declared total's path.
	path string
	// label names the total, in lower case: "tổng số lượt người tham dự".
	label string
	// known names the sum of the known figures, in lower case: "tổng số lượt
	// người tham dự của các hoạt động có số liệu".
	known string
	// what is the noun of the items: "hoạt động".
	what string
}

// run checks the declared total against the items: with every figure given,
// it must equal their sum; with some missing, their known sum must not
// exceed it, and an info names the items without a figure. Nothing is
// checked without a declared total.
func (c totalCheck) run(l *finding.List, declared *int64, items []entry) {
	if declared == nil {
		return
	}
	vals := make([]*int64, len(items))
	for i, it := range items {
		vals[i] = it.value
	}
	sum, missing, ok := knownSum(vals)
	if !ok {
		l.Add(ruleOverflow.At(c.path,
			section.Capitalize(fmt.Sprintf("%s: các số liệu chi tiết cộng lại vượt quá phạm vi tính toán, không đối chiếu được.", c.label))))
		return
	}
	var parts []finding.Part
	var known []string
	for _, it := range items {
		if it.value != nil {
			parts = append(parts, finding.Part{Path: it.path, Value: *it.value})
			known = append(known, it.path)
		}
	}
	result, f, bad := finding.Partition(c.rule.Subject(c.path, c.label), *declared, len(missing) == 0, parts...)
	if len(missing) == 0 {
		if bad {
			l.Add(f)
		}
		return
	}
	if result == finding.PartitionExceeds {
		// The items with a figure already make more than the total: the
		// finding compares their sum, as one figure, with it.
		if f, bad := finding.AtMost(c.exceeded.Subject(c.path, c.known+" (không thể vượt tổng số ghi trong báo cáo)", known...),
			sum, *declared); bad {
			l.Add(f)
		}
	}

	l.Add(c.missingInfo(*declared, sum, result, items, missing, len(known) > 0))
}

// missingInfo is the info naming the items without a figure (missing, their
// indexes in items): the declared total, the sum of the known figures and,
// when they do not exceed the total, the gap they leave.
func (c totalCheck) missingInfo(declared, sum int64, result finding.PartitionResult, items []entry, missing []int, anyKnown bool) finding.Finding {
	names := make([]string, len(missing))
	related := make([]string, len(missing))
	for i, j := range missing {
		names[i] = items[j].name
		related[i] = items[j].path
	}
	gap, gapOK := sub(declared, sum)
	gapOK = gapOK && result != finding.PartitionExceeds
	msg := fmt.Sprintf("%s ghi %s; %s %s chưa có số liệu nên chỉ đối chiếu được một phần: %s.",
		section.Capitalize(c.label), vn.Int(declared), vn.Count(int64(len(missing))), c.what, strings.Join(names, "; "))
	switch {
	case !anyKnown:
		msg += fmt.Sprintf(" Không %s nào có số liệu.", c.what)
	case gapOK:
		msg += fmt.Sprintf(" Các %s có số liệu cộng lại được %s, còn %s chưa rõ thuộc %s nào.", c.what, vn.Int(sum), vn.Int(gap), c.what)
	default:
		msg += fmt.Sprintf(" Các %s có số liệu cộng lại được %s.", c.what, vn.Int(sum))
	}
	values := []finding.Value{
		{Name: "declared", Value: fmt.Sprint(declared)},
		{Name: "known_sum", Value: fmt.Sprint(sum)},
		{Name: "missing", Value: fmt.Sprint(len(missing))},
	}
	if gapOK {
		values = append(values, finding.Value{Name: "gap", Value: fmt.Sprint(gap)})
	}
	return c.missing.At(c.path, vn.NFC(msg)).WithRelated(related...).WithValues(values...)
}

// sub returns a−b and whether it fits in an int64.
func sub(a, b int64) (int64, bool) {
	d, err := finding.Diff(a, b)
	return d, err == nil
}

// clip shortens a name to its first 12 words, marking the cut with "…".
func clip(s string) string {
	const maxWords = 12
	words := strings.Fields(s)
	if len(words) <= maxWords {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:maxWords], " ") + " …"
}
