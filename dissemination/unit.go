package dissemination

// Topic: the figures of one unit that a table of a roll-up by unit shows
// (chỉ tiêu theo đơn vị): the sessions of its events and their attendance,
// derived as the summary sentence derives them, never copied from a
// declared total.

import "github.com/cchc-go/cchc/reform/finding"

// Sessions returns the number of sessions of the section's events: training
// classes, conferences, seminars and law-day sessions together, as the
// summary sentence counts them ("13 lớp tập huấn và 03 buổi sinh hoạt ngày
// pháp luật" is 16). A section without events held none: 0. It is false for
// a nil section, whose unit does not report the work, and for counts past
// the int64 range (which Validate reports).
func (d *Section) Sessions() (int64, bool) {
	if d == nil {
		return 0, false
	}
	byCategory, err := sessions(d.Events.Items)
	if err != nil {
		return 0, false
	}
	var n int64
	for _, c := range byCategory {
		if n, err = finding.Sum(n, c); err != nil {
			return 0, false
		}
	}
	return n, true
}

// Attendance returns the attendance of all the section's events (lượt
// người tham dự), derived from the events: their sum when every event gives
// its attendance, 0 for a section without events. It is false when an
// event does not give it — the known figures are only part of the whole,
// and the declared total is the report's statement, not a derived figure —
// for a nil section, and for a sum past the int64 range.
func (d *Section) Attendance() (int64, bool) {
	if d == nil {
		return 0, false
	}
	if len(d.Events.Items) == 0 {
		return 0, true
	}
	t, err := shownTotal(attendances(d.Events.Items), nil, "events.items")
	if err != nil || !t.has || t.atLeast {
		return 0, false
	}
	return t.value, true
}
