package dissemination

// Topic: the events (kết quả tuyên truyền, phổ biến pháp luật thông qua hội
// nghị, tập huấn): the classes, conferences, law days and seminars, their
// declared session counts and attendance. In the text they are the summary
// sentence ("tổ chức 13 lớp tập huấn và 03 buổi sinh hoạt ngày pháp luật với
// tổng số 1.745 lượt người tham dự") and one "+" bullet per group of events.

import (
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// Events are the events of the section, one entry per bullet of the report
// (kết quả tuyên truyền, phổ biến pháp luật thông qua hội nghị, tập huấn).
type Events struct {
	// Partner are those the organiser worked with, as the summary sentence
	// names them (cơ quan phối hợp), e.g. "các Sở, ban, ngành".
	Partner string `json:"partner,omitempty"`
	// Items are the groups of events, one "+" bullet each, in the report's
	// order.
	Items []Event `json:"items,omitempty" validate:"dive"`
	// Declared are the totals the report states for the events.
	Declared DeclaredEvents `json:"declared"`
}

// EventKind is the kind of an event (loại hoạt động).
type EventKind string

// The kinds of events. A contest is an event too, but it carries figures of
// its own (attempts, teams) and is a Contest.
const (
	// KindClass is a training or refresher class (lớp tập huấn, lớp bồi
	// dưỡng).
	KindClass EventKind = "class"
	// KindConference is a conference (hội nghị).
	KindConference EventKind = "conference"
	// KindSeminar is a seminar or talk (tọa đàm).
	KindSeminar EventKind = "seminar"
	// KindLawDay is a session of the Law Day (sinh hoạt "Ngày pháp luật").
	KindLawDay EventKind = "law_day"
)

// Mode says whether an event or contest is held in person or online (hình
// thức tổ chức).
type Mode string

// The modes. An empty mode of an event means in person.
const (
	// InPerson is held in person (trực tiếp).
	InPerson Mode = "in_person"
	// Online is held online (trực tuyến).
	Online Mode = "online"
)

// AttendanceUnit says what an attendance figure counts (đơn vị tính số người
// tham dự).
type AttendanceUnit string

// The attendance units. An empty unit means Visits.
const (
	// Visits counts attendances: one person at three sessions is three
	// (lượt người).
	Visits AttendanceUnit = "visits"
	// Persons counts distinct persons (người).
	Persons AttendanceUnit = "persons"
)

// Event is one group of events of the same kind, held under one name: one "+"
// bullet of the report, e.g. "03 lớp tập huấn kiến thức pháp luật … với 463
// lượt người tham dự" (hoạt động tuyên truyền).
type Event struct {
	// Kind is the kind of the events.
	Kind EventKind `json:"kind" validate:"required,oneof=class conference seminar law_day"`
	// Mode is in_person (the default when empty) or online.
	Mode Mode `json:"mode,omitempty" validate:"omitempty,oneof=in_person online"`
	// Training marks a conference or seminar held as, or together with,
	// training (hội nghị tập huấn, hội nghị sơ kết kết hợp tập huấn): it
	// counts among the training sessions of the summary ("13 lớp tập huấn"),
	// as the reference report counts its two training conferences. Classes
	// are training sessions anyway; a law day cannot be marked.
	Training bool `json:"training,omitempty" validate:"excluded_if=Kind law_day"`
	// Count is how many events (số lớp, số hội nghị, số đợt).
	Count int64 `json:"count" validate:"gte=0,lte=1000000000000"`
	// Noun replaces the wording's noun of the kind after the count, e.g.
	// "lớp bồi dưỡng" or "Hội nghị sơ kết" instead of "lớp tập huấn" and
	// "Hội nghị".
	Noun string `json:"noun,omitempty"`
	// Partner is the organisation the event was held with (đơn vị phối hợp),
	// e.g. "Liên đoàn lao động tỉnh".
	Partner string `json:"partner,omitempty"`
	// Topic is what follows the noun (nội dung), e.g. "kiến thức pháp luật";
	// citations in it are kept as written.
	Topic string `json:"topic,omitempty"`
	// Audience is whom the event was for, after "cho" (đối tượng).
	Audience string `json:"audience,omitempty"`
	// Place is where it was held, after "tại" (địa điểm).
	Place string `json:"place,omitempty"`
	// Detail is a remark printed in parentheses with the attendance, e.g.
	// "đợt I, Đợt II và đợt III/2024".
	Detail string `json:"detail,omitempty"`
	// Attendance is the attendance of the events together, when the report
	// gives it (số người tham dự).
	Attendance *int64 `json:"attendance,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// AttendanceUnit says what Attendance counts: visits (lượt người, the
	// default) or persons (người).
	AttendanceUnit AttendanceUnit `json:"attendance_unit,omitempty" validate:"omitempty,oneof=visits persons"`
	// Emphasis prints the attendance bold, as a report marks the figures it
	// wants read first ("với **133** lượt người tham dự"); only when the
	// wording's Emphasis is on.
	Emphasis bool `json:"emphasis,omitempty"`
}

// DeclaredEvents are the totals a report states for its events, typed apart
// from the items (số liệu tổng hợp ghi trong báo cáo). Each is compared with
// the sum of the items; an absent total is not checked.
type DeclaredEvents struct {
	// TrainingSessions is the stated number of training sessions: classes
	// and training conferences and seminars ("13 lớp tập huấn").
	TrainingSessions *int64 `json:"training_sessions,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Conferences is the stated number of conferences not held as training.
	Conferences *int64 `json:"conferences,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Seminars is the stated number of seminars not held as training.
	Seminars *int64 `json:"seminars,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// LawDays is the stated number of law-day sessions ("03 buổi sinh hoạt
	// ngày pháp luật").
	LawDays *int64 `json:"law_days,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Attendance is the stated attendance of all events ("tổng số 1.745 lượt
	// người tham dự").
	Attendance *int64 `json:"attendance,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// The codes of the findings about the events; Rules documents them.
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
)

// The rules of the events, one per code, which Rules lists: built once, never
// changed.
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
)

// category is a session count of the summary sentence.
type category int

// The categories, in the order the summary names them.
const (
	catTraining category = iota
	catConference
	catSeminar
	catLawDay
	numCategories
)

// category returns the summary category of e: classes and training
// conferences and seminars are training sessions. It is false for an
// unknown kind.
func (e Event) category() (category, bool) {
	switch e.Kind {
	case KindClass:
		return catTraining, true
	case KindConference:
		if e.Training {
			return catTraining, true
		}
		return catConference, true
	case KindSeminar:
		if e.Training {
			return catTraining, true
		}
		return catSeminar, true
	case KindLawDay:
		return catLawDay, true
	}
	return 0, false
}

// sessions returns the session count of each category, summed over the
// events of a known kind. It fails when a count leaves the int64 range.
func sessions(items []Event) ([numCategories]int64, error) {
	var out [numCategories]int64
	for i, e := range items {
		c, ok := e.category()
		if !ok {
			continue
		}
		var err error
		if out[c], err = finding.Sum(out[c], e.Count); err != nil {
			return out, fmt.Errorf("dissemination: events.items[%d].count: the session count of the events no longer fits in an int64", i)
		}
	}
	return out, nil
}

// attendances returns the attendance of each event, nil where not given.
func attendances(items []Event) []*int64 {
	att := make([]*int64, len(items))
	for i, e := range items {
		att[i] = e.Attendance
	}
	return att
}

// Checks.

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

// check compares the declared session counts, then the declared
// attendance, with the events.
func (e Events) check(l *finding.List) {
	e.checkSessions(l)
	e.checkAttendance(l)
}

// checkSessions compares each declared session count with the sum of the
// counts of the events of its category. An event of an unknown kind
// belongs to no category and its count may be any category's, and a count
// out of the field rules' range is no count: the field rule reports it,
// and the sums are not compared until it is fixed (one finding per
// mistake).
func (e Events) checkSessions(l *finding.List) {
	if e.unsummable() {
		return
	}
	for cat, t := range e.sessionTotals() {
		if t.declared == nil {
			continue
		}
		if f, bad := finding.SumEquals(ruleSessions.Subject("events.declared."+t.field, t.label), *t.declared, e.countParts(category(cat))...); bad {
			l.Add(f)
		}
	}
}

// unsummable reports whether an event's kind is none of the known ones or
// its count is out of the field rules' range (0 to finding.MaxCount).
func (e Events) unsummable() bool {
	for _, ev := range e.Items {
		if _, ok := ev.category(); !ok || ev.Count < 0 || ev.Count > finding.MaxCount {
			return true
		}
	}
	return false
}

// countParts are the counts of the events of category cat, with their
// paths.
func (e Events) countParts(cat category) []finding.Part {
	var parts []finding.Part
	for i, ev := range e.Items {
		if c, ok := ev.category(); ok && c == cat {
			parts = append(parts, finding.Part{Path: finding.Index("events.items", i) + ".count", Value: ev.Count})
		}
	}
	return parts
}

// checkAttendance compares the declared attendance with the events'.
func (e Events) checkAttendance(l *finding.List) {
	if e.Declared.Attendance == nil {
		return // nothing to compare
	}
	items := make([]entry, len(e.Items))
	for i, ev := range e.Items {
		items[i] = entry{path: finding.Index("events.items", i) + ".attendance", value: ev.Attendance}
	}
	nouns := defaultItemNouns()
	totalCheck{
		rule: ruleAttendance, exceeded: ruleAttendanceExceeded, missing: ruleAttendanceMissing,
		path: "events.declared.attendance", label: "tổng số lượt người tham dự", what: "hoạt động",
		known: "tổng số lượt người tham dự của các hoạt động có số liệu",
		name:  func(i int) string { return e.Items[i].attendanceName(i, nouns) },
	}.run(l, e.Declared.Attendance, items)
}

// attendanceName names ev, the i-th event, as an item of the declared
// attendance in messages, with the nouns of the default wording.
func (ev Event) attendanceName(i int, nouns ItemNouns) string {
	name := ev.Noun
	if name == "" {
		name, _ = kindNoun(nouns, ev.Kind)
	}
	if ev.Mode == Online {
		name += " " + nouns.Online
	}
	return fmt.Sprintf("hoạt động thứ %d (%s %s)", i+1, vn.Count(ev.Count), clip(strings.TrimSpace(name+" "+ev.Topic)))
}

// Roll-up.

// add returns the events of a and b put together: the items concatenated,
// a's first, and copied; the partner a's, or b's when a's is empty; the
// declared totals dropped.
func (a Events) add(b Events) Events {
	return Events{
		Partner: or(a.Partner, b.Partner),
		Items:   cloneAll(Event.clone, a.Items, b.Items),
	}
}

// computable checks that the session counts and the known attendance of
// the events fit in an int64.
func (e Events) computable() error {
	if _, err := sessions(e.Items); err != nil {
		return err
	}
	_, err := shownTotal(attendances(e.Items), nil, "events.items")
	return err
}

func (e Event) clone() Event {
	e.Attendance = ptr(e.Attendance)
	return e
}

// Text.

// SummaryData is the data of Wording.Summary.
type SummaryData struct {
	// Organiser is the organising agency.
	Organiser string
	// Partner are those it worked with, or "".
	Partner string
	// Sessions are the non-zero session counts with their nouns, joined:
	// "13 lớp tập huấn và 03 buổi sinh hoạt ngày pháp luật".
	Sessions string
	// Training, Conferences, Seminars and LawDays are the session counts of
	// each kind ("13"), "" when zero.
	Training, Conferences, Seminars, LawDays string
	// Attendance is the attendance of all events, "" when not known: the
	// sum of the items when every item has it; otherwise the declared total
	// when it covers the known sum; otherwise the known sum, with AtLeast.
	Attendance string
	// AtLeast says that Attendance is only the sum of the known figures.
	AtLeast bool
	// Emphasis is Wording.Emphasis: whether figures are printed bold.
	Emphasis bool
}

// EventData is the data of Wording.Event.
type EventData struct {
	// Count is the number of events ("03").
	Count string
	// Noun is the event's noun: its own, or the wording's for its kind.
	Noun string
	// Partner, Topic, Audience, Place and Detail are as in Event, or "".
	Partner, Topic, Audience, Place, Detail string
	// Online says that the event was held online.
	Online bool
	// Attendance is the attendance ("463"), "" when not given.
	Attendance string
	// Persons says that Attendance counts persons (người), not visits
	// (lượt người).
	Persons bool
	// Emphasis says that Attendance is printed bold: the event asks for it
	// (Event.Emphasis) and Wording.Emphasis is on.
	Emphasis bool
}

// kindNoun returns the noun of kind k among n, and false for an unknown kind.
func kindNoun(n ItemNouns, k EventKind) (string, bool) {
	switch k {
	case KindClass:
		return n.Class, true
	case KindConference:
		return n.Conference, true
	case KindSeminar:
		return n.Seminar, true
	case KindLawDay:
		return n.LawDay, true
	}
	return "", false
}

// noun returns the noun of e in the bullets, as markup: its own Noun
// (escaped) or the wording's for its kind, followed by the wording's word for
// an online event.
func (e Event) noun(n ItemNouns) (string, bool) {
	s, ok := kindNoun(n, e.Kind)
	if !ok {
		return "", false
	}
	if e.Noun != "" {
		s = esc(e.Noun)
	}
	if e.Mode == Online && n.Online != "" {
		s += " " + n.Online
	}
	return s, true
}

// eventsItem writes the summary of the events with a "+" bullet per group.
func (d *Section) eventsItem(c *writer) *doc.Item {
	if len(d.Events.Items) == 0 {
		return nil
	}
	summary := d.eventsSummary(c)
	bullets := &doc.List{Marker: doc.Plus}
	for i, e := range d.Events.Items {
		bullets.Items = append(bullets.Items, doc.Item{Runs: c.event(i, e)})
	}
	return &doc.Item{Runs: summary, Blocks: []doc.Block{bullets}}
}

// eventsSummary writes the summary sentence of the events: the session
// counts and the attendance of all events.
func (d *Section) eventsSummary(c *writer) []doc.Run {
	ev := d.Events
	sums, err := sessions(ev.Items)
	c.Fail(err)
	attendance, err := shownTotal(attendances(ev.Items), ev.Declared.Attendance, "events.items")
	c.Fail(err)
	figures, joined := c.sessionFigures(sums)
	return c.Runs("Summary", SummaryData{
		Organiser:   esc(d.Organiser),
		Partner:     esc(ev.Partner),
		Sessions:    joined,
		Training:    figures[catTraining],
		Conferences: figures[catConference],
		Seminars:    figures[catSeminar],
		LawDays:     figures[catLawDay],
		Attendance:  c.shown(attendance),
		AtLeast:     attendance.atLeast,
		Emphasis:    c.w.Emphasis,
	})
}

// sessionFigures formats the non-zero session counts: each by category ("",
// when zero), and all with their summary nouns, joined ("13 lớp tập huấn và
// 03 buổi sinh hoạt ngày pháp luật").
func (c *writer) sessionFigures(sums [numCategories]int64) (figures [numCategories]string, joined string) {
	sn := c.w.SummaryNouns
	nouns := [numCategories]string{catTraining: sn.Training, catConference: sn.Conference, catSeminar: sn.Seminar, catLawDay: sn.LawDay}
	var parts []string
	for cat, n := range sums {
		if n != 0 {
			figures[cat] = c.count(n)
			parts = append(parts, figures[cat]+" "+nouns[cat])
		}
	}
	return figures, section.Join(parts)
}

// event writes the "+" bullet of e, the i-th group of events.
func (c *writer) event(i int, e Event) []doc.Run {
	noun, ok := e.noun(c.w.ItemNouns)
	if !ok {
		c.Fail(fmt.Errorf("dissemination: events.items[%d].kind: unknown kind %q; expected class, conference, seminar or law_day", i, e.Kind))
	}
	return c.Runs("Event", EventData{
		Count:      c.count(e.Count),
		Noun:       noun,
		Partner:    esc(e.Partner),
		Topic:      esc(e.Topic),
		Audience:   esc(e.Audience),
		Place:      esc(e.Place),
		Detail:     esc(e.Detail),
		Online:     e.Mode == Online,
		Attendance: c.optCount(e.Attendance),
		Persons:    e.AttendanceUnit == Persons,
		Emphasis:   c.w.Emphasis && e.Emphasis,
	})
}

// eventRules are the rules of the events, in the order Rules lists them.
func eventRules() finding.Catalogue {
	return finding.Catalogue{
		ruleSessions,
		ruleAttendance,
		ruleAttendanceExceeded,
		ruleAttendanceMissing,
	}
}
