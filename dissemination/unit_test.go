package dissemination_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/dissemination"
)

// TestUnitFigures: the sessions and attendance of a unit, derived from its
// events as the summary sentence derives them; the attendance only when
// every event gives it, never the declared total.
func TestUnitFigures(t *testing.T) {
	class := dissemination.Event{Kind: dissemination.KindClass, Count: 13, Attendance: n(1200)}
	lawDay := dissemination.Event{Kind: dissemination.KindLawDay, Count: 3, Attendance: n(545)}
	noAttendance := dissemination.Event{Kind: dissemination.KindConference, Count: 2}
	tests := []struct {
		name                 string
		s                    *dissemination.Section
		sessions, attendance int64
		hasSessions, hasAtt  bool
	}{
		{"no section", nil, 0, 0, false, false},
		{"no event", &dissemination.Section{}, 0, 0, true, true},
		{"every event gives its attendance", &dissemination.Section{Events: dissemination.Events{Items: []dissemination.Event{class, lawDay}}},
			16, 1745, true, true},
		{"an event without attendance, a declared total", &dissemination.Section{Events: dissemination.Events{
			Items: []dissemination.Event{class, noAttendance}, Declared: dissemination.DeclaredEvents{Attendance: n(1300)}}},
			15, 0, true, false},
		{"counts past the int64 range", &dissemination.Section{Events: dissemination.Events{Items: []dissemination.Event{
			{Kind: dissemination.KindClass, Count: math.MaxInt64}, {Kind: dissemination.KindLawDay, Count: 1}}}}, 0, 0, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, ok := tc.s.Sessions()
			assert.Equal(t, []any{tc.sessions, tc.hasSessions}, []any{s, ok})
			a, ok := tc.s.Attendance()
			assert.Equal(t, []any{tc.attendance, tc.hasAtt}, []any{a, ok})
		})
	}
}
