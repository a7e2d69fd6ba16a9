package reform

// Plausibility of stated figures: a count that a stated frequency bounds
// ("02 tình huống pháp luật mỗi tháng" over the period's months), a contest
// with fewer people than the teams or units that took part, events with more
// attendance per session than a hall holds. The sections check that their
// figures add up; these rules check that figures which add up can be true.
// Each is a warning: a real report may have a reason (a programme that aired
// before the period too, a mass event in a stadium), and the message says
// what to look at.

import (
	"fmt"
	"strconv"

	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// The codes of the plausibility checks.
const (
	// CodePlausibleFrequency: a count larger than its stated frequency
	// allows over the period ("02 … mỗi tháng" and 30 of them in 11
	// months).
	CodePlausibleFrequency finding.Code = "reform.plausible.frequency"
	// CodePlausibleParticipants: a contest with fewer participants (or
	// contestants) than the teams or units that took part.
	CodePlausibleParticipants finding.Code = "reform.plausible.participants"
	// CodePlausibleAttendance: events with more attendance per session than
	// PlausibleAttendancePerSession.
	CodePlausibleAttendance finding.Code = "reform.plausible.attendance"
)

// PlausibleAttendancePerSession is the attendance of one in-person session
// (a class, a conference, a law-day session) above which
// reform.plausible.attendance warns. A provincial conference in a large hall
// holds a few hundred; 1.000 leaves room for the largest, so that a
// warning means a figure typed with a digit too many or a session count
// left out, not a large event.
const PlausibleAttendancePerSession = 1000

// The rules of the plausibility checks, each declared once: built when the
// package is initialised and never changed.
var (
	rulePlausibleFrequency = finding.Rule{Code: CodePlausibleFrequency, Severity: finding.Warning,
		Summary: "Số lượng đã thực hiện nhiều hơn số mà tần suất được nêu cho phép trong kỳ báo cáo.",
		Doc: "A frequency (\"02 tình huống pháp luật mỗi tháng\") bounds the count of the period: per × the number of " +
			"cadence units in the period's window (months for mỗi tháng: 11 in an 11-month report, 3 in a quarter; weeks, " +
			"quarters and years rounded up). Typed: a broadcast's aired against per_period × cadence " +
			"(direction.communication.media.broadcasts). Narrative: a text of the results (not the basis, section IV, the " +
			"header or the closing) that writes \"<N> <noun> mỗi|hằng|hàng <tháng|tuần|quý|năm>\" and, within 400 bytes, " +
			"exactly one other count of the same noun words; two or more such counts are ambiguous and passed over, and so " +
			"are the nouns \"lần\" and \"lượt\", which any activity counts in. A " +
			"count below the bound is not reported (a programme may start during the period). A warning: \"đến nay\" may " +
			"count from before the period."}
	rulePlausibleParticipants = finding.Rule{Code: CodePlausibleParticipants, Severity: finding.Warning,
		Summary: "Số người tham dự cuộc thi ít hơn số đội thi hoặc số đơn vị tham gia.",
		Doc: "Each team and each participating unit has at least one person: a contest's participants (or, without them, " +
			"its contestants) must be at least its teams and at least its units (direction.communication.contests). A " +
			"warning: a report may count units that only supported the contest."}
	rulePlausibleAttendance = finding.Rule{Code: CodePlausibleAttendance, Severity: finding.Warning,
		Summary: "Số lượt người tham dự bình quân một buổi vượt mức một buổi trực tiếp có thể có.",
		Doc: "An in-person event's attendance over its count of sessions above PlausibleAttendancePerSession (1.000); and, " +
			"when some events give no attendance, the part of the declared attendance that the others leave unexplained over " +
			"the sessions of the in-person events without a figure. Online events are not bounded (a national online " +
			"conference reaches thousands). The sums themselves are dissemination.events.attendance's. A warning: a mass " +
			"event may be larger."}
)

// plausibleRules documents the codes of checkPlausible.
func plausibleRules() finding.Catalogue {
	return finding.Catalogue{rulePlausibleFrequency, rulePlausibleParticipants, rulePlausibleAttendance}
}

// checkPlausible checks the figures of section I.4 that the section's own
// sums cannot judge, and the frequencies stated in the narrative, which
// scanOwnTexts read on its walk.
func (r *Report) checkPlausible(texts ownTexts) finding.List {
	var l finding.List
	if d := r.Direction; d != nil && d.Communication != nil {
		const base = "direction.communication"
		c := d.Communication
		l.Extend(checkBroadcasts(base+".media.broadcasts", c.Media.Broadcasts, r.Period))
		l.Extend(checkContestPeople(base+".contests", c.Contests))
		l.Extend(checkAttendancePerSession(base+".events", c.Events))
	}
	l.Extend(texts.freqs)
	return l
}

// cadenceUnits returns how many units of a cadence the period's window
// holds, a part counting as one: 11 months from 15/12 to 14/11, 48 weeks.
func cadenceUnits(p Period, c dissemination.Cadence) (int64, bool) {
	from, to, err := p.Window()
	if err != nil {
		return 0, false
	}
	end := to.AddDate(0, 0, 1)
	months := (end.Year()-from.Year())*12 + int(end.Month()) - int(from.Month())
	if end.Day() < from.Day() {
		months--
	}
	if end.Day() != from.Day() {
		months++
	}
	switch c {
	case dissemination.Weekly:
		return ceilDiv(int64(end.Sub(from).Hours()/24), 7), true
	case dissemination.Monthly:
		return int64(months), true
	case dissemination.Quarterly:
		return ceilDiv(int64(months), 3), true
	case dissemination.Yearly:
		return ceilDiv(int64(months), 12), true
	}
	return 0, false
}

// ceilDiv is a/b rounded up, for a ≥ 0 and b > 0.
func ceilDiv(a, b int64) int64 { return (a + b - 1) / b }

// cadenceWord is the word of a cadence after "mỗi".
func cadenceWord(c dissemination.Cadence) string {
	switch c {
	case dissemination.Weekly:
		return "tuần"
	case dissemination.Quarterly:
		return "quý"
	case dissemination.Yearly:
		return "năm"
	}
	return "tháng"
}

// frequency is a frequency and the count it bounds, for the message.
type frequency struct {
	per     int64
	cadence dissemination.Cadence
	noun    string
	stated  int64
}

// bound returns the most the frequency allows in period p, and whether the
// stated count exceeds it. A product past the int64 range is no bound.
func (f frequency) bound(p Period) (units, most int64, over bool) {
	units, ok := cadenceUnits(p, f.cadence)
	if !ok || units <= 0 || f.per < 0 || f.per > (1<<62)/units {
		return 0, 0, false
	}
	most = f.per * units
	return units, most, f.stated > most
}

// values are the values of a frequency finding.
func (f frequency) values(units, most int64) []finding.Value {
	return []finding.Value{
		{Name: "per_period", Value: strconv.FormatInt(f.per, 10)}, {Name: "cadence", Value: string(f.cadence)},
		{Name: "units", Value: strconv.FormatInt(units, 10)}, {Name: "bound", Value: strconv.FormatInt(most, 10)},
		{Name: "stated", Value: strconv.FormatInt(f.stated, 10)},
	}
}

// checkBroadcasts compares what each programme aired with its frequency
// over the period.
func checkBroadcasts(base string, bs []dissemination.Broadcast, p Period) finding.List {
	var l finding.List
	for i, b := range bs {
		if b.PerPeriod == nil || b.Aired == nil {
			continue
		}
		f := frequency{per: *b.PerPeriod, cadence: b.Cadence, noun: oneLine(b.Noun), stated: *b.Aired}
		units, most, over := f.bound(p)
		if !over {
			continue
		}
		at := finding.Index(base, i)
		l.Add(rulePlausibleFrequency.At(at+".aired", fmt.Sprintf("Chương trình của %s phát %s %s mỗi %s nên trong %s (%s %s) phát được nhiều nhất %s, nhưng báo cáo ghi đã phát %s: kiểm tra lại số đã phát (có thể đã tính cả trước kỳ báo cáo) hoặc tần suất.",
			vn.Excerpt(b.Station, 60), vn.Count(f.per), vn.Excerpt(f.noun, 40), cadenceWord(f.cadence), p.Label(), vn.Int(units), cadenceWord(f.cadence), vn.Int(most), vn.Int(f.stated))).
			WithRelated(at+".per_period", at+".cadence", "period").
			WithValues(f.values(units, most)...))
	}
	return l
}

// contestPeople returns the people of a contest and their noun: its
// participants, or else its contestants.
func contestPeople(k dissemination.Contest) (int64, string, string, bool) {
	if k.Participants != nil {
		return *k.Participants, "người tham dự", "participants", true
	}
	if k.Contestants != nil {
		return *k.Contestants, "lượt thí sinh", "contestants", true
	}
	return 0, "", "", false
}

// checkContestPeople reports a contest with fewer people than teams, or
// than participating units.
func checkContestPeople(base string, ks []dissemination.Contest) finding.List {
	var l finding.List
	for i, k := range ks {
		people, noun, field, ok := contestPeople(k)
		if !ok {
			continue
		}
		at := finding.Index(base, i)
		if f, bad := fewerPeople(at, field, i, k, people, noun); bad {
			l.Add(f)
		}
	}
	return l
}

// fewerPeople makes the finding of the i-th contest k, at path at, when its
// people are fewer than its teams or, else, its units.
func fewerPeople(at, field string, i int, k dissemination.Contest, people int64, noun string) (finding.Finding, bool) {
	group, what, rel := int64(0), "", ""
	switch {
	case k.Teams != nil && people < *k.Teams:
		group, what, rel = *k.Teams, "đội thi", at+".teams"
	case k.Units != nil && people < *k.Units:
		group, what, rel = *k.Units, "đơn vị tham gia", at+".units"
	default:
		return finding.Finding{}, false
	}
	return rulePlausibleParticipants.At(at+"."+field, fmt.Sprintf("Cuộc thi thứ %d (“%s”) có %s %s nhưng chỉ ghi %s %s: mỗi %s có ít nhất một người; kiểm tra lại hai số liệu này.",
		i+1, vn.Excerpt(k.Name, 60), vn.Count(group), what, vn.Count(people), noun, what)).
		WithRelated(rel).
		WithValues(finding.Value{Name: "people", Value: strconv.FormatInt(people, 10)}, finding.Value{Name: "group", Value: strconv.FormatInt(group, 10)}), true
}

// eventNoun names an event in a message: its own noun or its kind's.
func eventNoun(e dissemination.Event) string {
	if e.Noun != "" {
		return vn.Lower(vn.Excerpt(e.Noun, 40))
	}
	switch e.Kind {
	case dissemination.KindClass:
		return "lớp tập huấn"
	case dissemination.KindConference:
		return "hội nghị"
	case dissemination.KindSeminar:
		return "buổi tọa đàm"
	}
	return "buổi sinh hoạt ngày pháp luật"
}

// perSession returns attendance/sessions rounded half up.
func perSession(attendance, sessions int64) int64 { return (attendance + sessions/2) / sessions }

// tooMany reports an attendance above PlausibleAttendancePerSession per
// session over sessions > 0 (both at most finding.MaxCount, so the product
// fits).
func tooMany(attendance, sessions int64) bool {
	return sessions > 0 && sessions <= 1<<40 && attendance > PlausibleAttendancePerSession*sessions
}

// checkAttendancePerSession reports in-person events with more attendance
// per session than a hall holds, then the part of the declared attendance
// the events without a figure would have to hold.
func checkAttendancePerSession(base string, ev dissemination.Events) finding.List {
	var l finding.List
	for i, e := range ev.Items {
		if e.Mode == dissemination.Online || e.Attendance == nil || !tooMany(*e.Attendance, e.Count) {
			continue
		}
		at := finding.Index(base+".items", i)
		l.Add(rulePlausibleAttendance.At(at+".attendance", fmt.Sprintf("Hoạt động thứ %d (%s %s) ghi %s lượt người tham dự, bình quân %s lượt người mỗi buổi, vượt mức %s của một buổi tổ chức trực tiếp: kiểm tra lại số người tham dự hoặc số buổi.",
			i+1, vn.Count(e.Count), eventNoun(e), vn.Int(*e.Attendance), vn.Int(perSession(*e.Attendance, e.Count)), vn.Int(PlausibleAttendancePerSession))).
			WithRelated(at+".count").
			WithValues(finding.Value{Name: "attendance", Value: strconv.FormatInt(*e.Attendance, 10)}, finding.Value{Name: "sessions", Value: strconv.FormatInt(e.Count, 10)}))
	}
	if f, bad := unexplainedAttendance(base, ev); bad {
		l.Add(f)
	}
	return l
}

// unexplainedAttendance reports a declared attendance whose part that the
// events with a figure leave unexplained would put more than
// PlausibleAttendancePerSession in each session of the in-person events
// without one. Online events without a figure may hold any part: then
// nothing is said.
func unexplainedAttendance(base string, ev dissemination.Events) (finding.Finding, bool) {
	if ev.Declared.Attendance == nil {
		return finding.Finding{}, false
	}
	known, sessions := int64(0), int64(0)
	for _, e := range ev.Items {
		switch {
		case e.Attendance != nil:
			known += min(*e.Attendance, 1<<50)
		case e.Mode == dissemination.Online:
			return finding.Finding{}, false
		default:
			sessions += min(e.Count, 1<<40)
		}
	}
	gap := *ev.Declared.Attendance - known
	if !tooMany(gap, sessions) {
		return finding.Finding{}, false
	}
	return rulePlausibleAttendance.At(base+".declared.attendance", fmt.Sprintf("Tổng số %s lượt người tham dự ghi trong báo cáo còn %s lượt người ngoài các hoạt động có số liệu; %s buổi chưa có số liệu phải có bình quân %s lượt người mỗi buổi, vượt mức %s của một buổi tổ chức trực tiếp: kiểm tra lại tổng số hoặc số liệu của từng hoạt động.",
		vn.Int(*ev.Declared.Attendance), vn.Int(gap), vn.Count(sessions), vn.Int(perSession(gap, sessions)), vn.Int(PlausibleAttendancePerSession))).
		WithRelated(base+".items").
		WithValues(finding.Value{Name: "unexplained", Value: strconv.FormatInt(gap, 10)}, finding.Value{Name: "sessions", Value: strconv.FormatInt(sessions, 10)}), true
}
