package dissemination_test

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// The reference report's section I.4, checked by hand against the seed:
//
// Events. The summary states "13 lớp tập huấn và 03 buổi sinh hoạt ngày pháp
// luật với tổng số 1.745 lượt người tham dự". The bullets hold classes
// 03 + 01 + 04 + 02 + 01 = 11, two conferences that are training ("Hội nghị
// trực tuyến tập huấn …", "Hội nghị sơ kết … kết hợp tập huấn") 01 + 01 = 02,
// and 03 law-day sessions. 11 + 2 = 13: the report counts its training
// conferences among the "lớp tập huấn", which is what Event.Training models.
// Attendance: 463 + 170 + 120 + 406 + 133 + 195 + 91 = 1.578 for seven
// bullets; the "Hội nghị sơ kết" gives none. 1.578 ≤ 1.745, a gap of 167 that
// may be that conference: no error, an info naming it.
//
// Publications. The report states 4.521 copies; the items give 1.000 + 230 +
// 460 + 140 + 1.000 + 400 + 1.000 + 195 + 95 = 4.520 (1.000 + 230 = 1.230;
// + 460 = 1.690; + 140 = 1.830; + 1.000 = 2.830; + 400 = 3.230; + 1.000 =
// 4.230; + 195 = 4.425; + 95 = 4.520). Every item has its copies, so the total
// must equal the sum: an error, off by one. (The 01 electronic document of the
// next bullet would make 4.521, but it is posted, not printed.)
//
// Contests: 18.955 attempts ≥ 13.352 contestants. SMS: 9.000 messages ≥ 3.000
// subscribers. Broadcast duration 7 ≤ 15 minutes.

// referenceFindings are the codes Validate finds in the reference report.
var referenceFindings = []finding.Code{dissemination.CodeAttendanceMissing, dissemination.CodeCopies}

func TestValidateReference(t *testing.T) {
	l := reference(t).Validate()
	require.Equal(t, referenceFindings, l.Codes())

	info := l.WithCode(dissemination.CodeAttendanceMissing)[0]
	assert.Equal(t, finding.Info, info.Severity)
	assert.Equal(t, "events.declared.attendance", info.Path)
	assert.Equal(t, []string{"events.items[4].attendance"}, info.Related, "the Hội nghị sơ kết has no attendance")
	assertValues(t, info, map[string]string{"declared": "1745", "known_sum": "1578", "missing": "1", "gap": "167"})
	assert.Contains(t, info.Message, "hoạt động thứ 5 (01 Hội nghị sơ kết thực hiện Quyết định số 25/2021/QĐ-TTg")
	assert.Contains(t, info.Message, "cộng lại được 1.578, còn 167")

	copies := l.WithCode(dissemination.CodeCopies)[0]
	assert.Equal(t, finding.Error, copies.Severity)
	assert.Equal(t, "publications.declared.copies", copies.Path)
	assertValues(t, copies, map[string]string{"total": "4521", "sum": "4520", "difference": "1"})
	assert.Equal(t, "Tổng số tài liệu ghi 4.521 nhưng các thành phần cộng lại được 4.520 "+
		"(1.000 + 230 + 460 + 140 + 1.000 + 400 + 1.000 + 195 + 95), chênh lệch 1.", copies.Message)
}

// assertValues checks the named values of a finding.
func assertValues(t *testing.T, f finding.Finding, want map[string]string) {
	t.Helper()
	for name, v := range want {
		got, ok := f.Value(name)
		if assert.True(t, ok, "value %q of %s", name, f.Code) {
			assert.Equal(t, v, got, "value %q of %s", name, f.Code)
		}
	}
}

// validateCase changes the reference report and says which findings
// Validate must return then, in order.
type validateCase struct {
	name   string
	change func(d *dissemination.Section)
	want   []finding.Code
	// check looks further at the findings.
	check func(t *testing.T, l finding.List)
}

// fixCopies makes the reference's publications add up (4.520), so that a
// case shows only its own findings.
func fixCopies(d *dissemination.Section) { d.Publications.Declared.Copies = n(4520) }

// giveConferenceAttendance gives the reference's Hội nghị sơ kết the 167
// the total leaves for it, so that every event has its attendance.
func giveConferenceAttendance(d *dissemination.Section) { d.Events.Items[4].Attendance = n(167) }

// complete gives the reference every attendance and makes its copies add
// up (giveConferenceAttendance, fixCopies), then changes it with change
// (none when nil), so that a case shows only its own findings.
func complete(change func(d *dissemination.Section)) func(d *dissemination.Section) {
	return func(d *dissemination.Section) {
		giveConferenceAttendance(d)
		fixCopies(d)
		if change != nil {
			change(d)
		}
	}
}

// validateCases are the cases of TestValidateChecks: every check firing and
// not firing.
func validateCases() []validateCase {
	return []validateCase{
		// dissemination.events.sessions
		{
			name: "sessions: the reference's 13 = 11 classes + 2 training conferences, 03 law days = 03",
			want: referenceFindings,
		},
		{
			name: "sessions: conferences not marked training leave 11 classes for the stated 13",
			change: func(d *dissemination.Section) {
				d.Events.Items[2].Training = false
				d.Events.Items[4].Training = false
			},
			want: []finding.Code{dissemination.CodeSessions, dissemination.CodeAttendanceMissing, dissemination.CodeCopies},
			check: func(t *testing.T, l finding.List) {
				f := l.WithCode(dissemination.CodeSessions)[0]
				assert.Equal(t, "events.declared.training_sessions", f.Path)
				// 3 + 1 + 4 + 2 + 1 = 11; 13 − 11 = 2.
				assertValues(t, f, map[string]string{"total": "13", "sum": "11", "difference": "2"})
			},
		},
		{
			name:   "sessions: 04 law days stated, 03 held",
			change: func(d *dissemination.Section) { d.Events.Declared.LawDays = n(4) },
			want:   []finding.Code{dissemination.CodeSessions, dissemination.CodeAttendanceMissing, dissemination.CodeCopies},
			check: func(t *testing.T, l finding.List) {
				f := l.WithCode(dissemination.CodeSessions)[0]
				assert.Equal(t, "events.declared.law_days", f.Path)
				assert.Equal(t, []string{"events.items[5].count"}, f.Related)
				assertValues(t, f, map[string]string{"total": "4", "sum": "3", "difference": "1"})
			},
		},
		{
			name: "sessions: 0 conferences stated and none held (every conference of the report is training)",
			change: func(d *dissemination.Section) {
				d.Events.Declared.Conferences = n(0)
				d.Events.Declared.Seminars = n(0)
			},
			want: referenceFindings,
		},

		// dissemination.events.attendance and its .exceeded and .missing
		{
			name:   "attendance: every event has one and they add up, 1.578 + 167 = 1.745: no finding, no info",
			change: complete(nil),
			want:   nil,
		},
		{
			name: "attendance: every event has one and they add up to 1.744 for the stated 1.745",
			change: func(d *dissemination.Section) {
				d.Events.Items[4].Attendance = n(166)
				fixCopies(d)
			},
			want: []finding.Code{dissemination.CodeAttendance},
			check: func(t *testing.T, l finding.List) {
				f := l[0]
				assert.Equal(t, "events.declared.attendance", f.Path)
				assert.Len(t, f.Related, 8, "the paths of the eight attendance figures")
				assertValues(t, f, map[string]string{"total": "1745", "sum": "1744", "difference": "1"})
			},
		},
		{
			name: "attendance: the known 1.578 exceed a stated 1.500 while one event lacks it",
			change: func(d *dissemination.Section) {
				d.Events.Declared.Attendance = n(1500)
				fixCopies(d)
			},
			want: []finding.Code{dissemination.CodeAttendanceExceeded, dissemination.CodeAttendanceMissing},
			check: func(t *testing.T, l finding.List) {
				assertValues(t, l[0], map[string]string{"part": "1578", "whole": "1500", "excess": "78"})
				assert.Len(t, l[0].Related, 7, "the paths of the seven known figures")
				_, hasGap := l[1].Value("gap")
				assert.False(t, hasGap, "no gap when the known sum is already above the total")
			},
		},
		{
			name: "attendance: the known sum equal to the stated total is not exceeded",
			change: func(d *dissemination.Section) {
				d.Events.Declared.Attendance = n(1578)
				fixCopies(d)
			},
			want: []finding.Code{dissemination.CodeAttendanceMissing},
			check: func(t *testing.T, l finding.List) {
				assertValues(t, l[0], map[string]string{"gap": "0"})
			},
		},
		{
			name: "attendance: no stated total, nothing to compare, no info",
			change: func(d *dissemination.Section) {
				d.Events.Declared.Attendance = nil
				fixCopies(d)
			},
			want: nil,
		},
		{
			name: "attendance: no event has one",
			change: func(d *dissemination.Section) {
				for i := range d.Events.Items {
					d.Events.Items[i].Attendance = nil
				}
				fixCopies(d)
			},
			want: []finding.Code{dissemination.CodeAttendanceMissing},
			check: func(t *testing.T, l finding.List) {
				assert.Len(t, l[0].Related, 8)
				assertValues(t, l[0], map[string]string{"known_sum": "0", "missing": "8", "gap": "1745"})
				assert.Contains(t, l[0].Message, "Không hoạt động nào có số liệu.")
			},
		},
		{
			name: "attendance: the known figures overflow int64",
			change: func(d *dissemination.Section) {
				d.Events.Items[0].Attendance = n(math.MaxInt64)
				d.Events.Items[1].Attendance = n(1)
				fixCopies(d)
			},
			want: []finding.Code{finding.FieldCode("lte"), dissemination.CodeOverflow},
			check: func(t *testing.T, l finding.List) {
				assert.Equal(t, "events.items[0].attendance", l[0].Path, "the count above finding.MaxCount")
				assert.Equal(t, "events.declared.attendance", l[1].Path)
			},
		},

		// dissemination.publications.copies and its .exceeded and .missing
		{
			name:   "copies: the reference's 4.520 for the stated 4.521 (see TestValidateReference)",
			change: giveConferenceAttendance,
			want:   []finding.Code{dissemination.CodeCopies},
		},
		{
			name:   "copies: 4.520 stated, 4.520 listed",
			change: complete(nil),
			want:   nil,
		},
		{
			name: "copies: the first item without copies: 3.520 known ≤ 4.521, the info names it",
			change: func(d *dissemination.Section) {
				giveConferenceAttendance(d)
				d.Publications.Items[0].Copies = nil
			},
			want: []finding.Code{dissemination.CodeCopiesMissing},
			check: func(t *testing.T, l finding.List) {
				assert.Equal(t, []string{"publications.items[0].copies"}, l[0].Related)
				// 4.520 − 1.000 = 3.520; 4.521 − 3.520 = 1.001.
				assertValues(t, l[0], map[string]string{"declared": "4521", "known_sum": "3520", "gap": "1001"})
				assert.Contains(t, l[0].Message, "tài liệu thứ 1 (cuốn Bản tin Tư pháp số Xuân Nhâm Thìn 2024)")
			},
		},
		{
			name: "copies: the first item without copies and 3.000 stated for the 3.520 known",
			change: func(d *dissemination.Section) {
				giveConferenceAttendance(d)
				d.Publications.Items[0].Copies = nil
				d.Publications.Declared.Copies = n(3000)
			},
			want: []finding.Code{dissemination.CodeCopiesExceeded, dissemination.CodeCopiesMissing},
			check: func(t *testing.T, l finding.List) {
				assertValues(t, l[0], map[string]string{"part": "3520", "whole": "3000", "excess": "520"})
			},
		},

		// dissemination.contests.attempts
		{
			name:   "attempts: the reference's 18.955 attempts for 13.352 contestants",
			change: complete(nil),
			want:   nil,
		},
		{
			name: "attempts: 20.000 contestants for 18.955 attempts",
			change: complete(func(d *dissemination.Section) {
				d.Contests[0].Contestants = n(20000)
			}),
			want: []finding.Code{dissemination.CodeAttempts},
			check: func(t *testing.T, l finding.List) {
				assert.Equal(t, "contests[0].contestants", l[0].Path)
				assert.Equal(t, []string{"contests[0].attempts"}, l[0].Related)
				assertValues(t, l[0], map[string]string{"part": "20000", "whole": "18955", "excess": "1045"})
			},
		},
		{
			name: "attempts: as many contestants as attempts",
			change: complete(func(d *dissemination.Section) {
				d.Contests[0].Contestants = n(18955)
			}),
			want: nil,
		},
		{
			name: "attempts: contestants without attempts are not compared",
			change: complete(func(d *dissemination.Section) {
				d.Contests[0].Attempts = nil
			}),
			want: nil,
		},

		// dissemination.media.sms_messages
		{
			name: "sms: 3.000 messages for 9.000 subscribers (the reference's figures swapped)",
			change: complete(func(d *dissemination.Section) {
				d.Media.SMS[0].Messages, d.Media.SMS[0].Subscribers = n(3000), n(9000)
			}),
			want: []finding.Code{dissemination.CodeSMSMessages},
			check: func(t *testing.T, l finding.List) {
				assert.Equal(t, "media.sms[0].subscribers", l[0].Path)
				assertValues(t, l[0], map[string]string{"part": "9000", "whole": "3000", "excess": "6000"})
			},
		},
		{
			name: "sms: one message per subscriber",
			change: complete(func(d *dissemination.Section) {
				d.Media.SMS[0].Messages = n(3000)
			}),
			want: nil,
		},

		// dissemination.media.duration
		{
			name: "duration: 15-7 minutes",
			change: complete(func(d *dissemination.Section) {
				d.Media.Broadcasts[0].MinMinutes, d.Media.Broadcasts[0].MaxMinutes = n(15), n(7)
			}),
			want: []finding.Code{dissemination.CodeDuration},
			check: func(t *testing.T, l finding.List) {
				assert.Equal(t, "media.broadcasts[0].min_minutes", l[0].Path)
			},
		},
		{
			name: "duration: 15-15 minutes is ordered",
			change: complete(func(d *dissemination.Section) {
				d.Media.Broadcasts[0].MinMinutes = n(15)
			}),
			want: nil,
		},

		// dissemination.narrative.markup
		{
			name: "narrative: unclosed bold, and a reference without its note in an item",
			change: complete(func(d *dissemination.Section) {
				d.Narrative = section.Text{section.Bullets(doc.Narrative{Text: "Tuyên truyền **pháp luật"},
					doc.Narrative{Text: "Phổ biến.", Items: []doc.Narrative{{Text: "Xem[^1]."}}})}
			}),
			want: []finding.Code{dissemination.CodeNarrativeMarkup, dissemination.CodeNarrativeMarkup},
			check: func(t *testing.T, l finding.List) {
				assert.Equal(t, "narrative[0].bullets[0].text", l[0].Path)
				assert.Equal(t, "narrative[0].bullets[1].items[0].text", l[1].Path)
				_, err := (&dissemination.Section{Narrative: section.Text{section.Paragraph("**")}}).Blocks(dissemination.DefaultWording())
				assert.Error(t, err, "Blocks refuses what Validate reports")
			},
		},

		// field rules
		{
			name: "field: a negative count and a negative attendance",
			change: complete(func(d *dissemination.Section) {
				d.Events.Items[0].Count = -3
				d.Media.SMS[0].Subscribers = n(-1)
			}),
			// One finding per mistake (issue 21): a negative count is the
			// field rule's, the session sums are not compared with it.
			want: []finding.Code{"field.gte", "field.gte"},
			check: func(t *testing.T, l finding.List) {
				assert.Equal(t, "events.items[0].count", l[0].Path)
				assert.Equal(t, "media.sms[0].subscribers", l[1].Path)
			},
		},
		{
			name: "field: an unknown kind, a law day marked training, a bad date, units without their noun",
			change: complete(func(d *dissemination.Section) {
				d.Events.Items[0].Kind = "workshop"
				d.Events.Items[5].Training = true
				d.Contests[2].Date = "24/10/2024"
				d.Contests[1].UnitsNoun = ""
				d.Media.Broadcasts[0].Cadence = ""
			}),
			// One finding per mistake (issue 21): the unknown kind is the
			// field rule's, not also the training sessions it leaves out.
			want: []finding.Code{"field.oneof", "field.excluded_if", "field.required_with", "field.datetime", "field.required_with"},
			check: func(t *testing.T, l finding.List) {
				paths := make([]string, len(l))
				for i, f := range l {
					paths[i] = f.Path
				}
				assert.Equal(t, []string{"events.items[0].kind", "events.items[5].training", "contests[1].units_noun",
					"contests[2].date", "media.broadcasts[0].cadence"}, paths)
			},
		},
		{
			name: "field: an organiser, a title and a topic are required",
			change: complete(func(d *dissemination.Section) {
				d.Organiser = ""
				d.Publications.Items[1].Title = ""
				d.Media.Topics[0] = ""
			}),
			want: []finding.Code{"field.required", "field.required", "field.required"},
		},
	}
}

func TestValidateChecks(t *testing.T) {
	for _, tc := range validateCases() {
		t.Run(tc.name, func(t *testing.T) {
			d := reference(t)
			if tc.change != nil {
				tc.change(d)
			}
			l := d.Validate()
			got := l.Codes()
			if len(got) == 0 {
				got = nil
			}
			require.Equal(t, tc.want, got, "findings:\n%v", l)
			if tc.check != nil {
				tc.check(t, l)
			}
		})
	}
}

func TestValidateEmptyAndNil(t *testing.T) {
	var d dissemination.Section
	assert.Equal(t, []finding.Code{"field.required"}, d.Validate().Codes(), "only the organiser is required")

	d.Organiser = "Sở Tư pháp"
	d.Events.Declared.TrainingSessions = n(13)
	l := d.Validate()
	require.Equal(t, []finding.Code{dissemination.CodeSessions}, l.Codes(), "a stated total with no event to add")
	assert.Contains(t, l[0].Message, "không có thành phần nào để cộng")

	var nilD *dissemination.Section
	assert.Equal(t, []finding.Code{"field.invalid"}, nilD.Validate().Codes())
}

// TestRules keeps the catalogue honest: it is well formed, every finding
// Validate makes has the code and severity of a rule of it (or of a field
// rule), and every code in it is made by a case above.
func TestRules(t *testing.T) {
	rules := dissemination.Rules()
	require.NoError(t, rules.Validate())
	documented := rules.Merge(finding.FieldRules())

	// The codes the cases of TestValidateChecks make, field rules aside.
	made := map[finding.Code]bool{}
	for _, tc := range validateCases() {
		d := reference(t)
		if tc.change != nil {
			tc.change(d)
		}
		l := d.Validate()
		assert.NoError(t, documented.Check(l), "%s: findings as the catalogue documents them", tc.name)
		for _, c := range l.Codes() {
			if !strings.HasPrefix(string(c), "field.") {
				made[c] = true
			}
		}
	}
	for _, r := range rules {
		assert.True(t, made[r.Code], "rule %s is never made by a test case", r.Code)
	}
	for c := range made {
		_, ok := rules.Lookup(c)
		assert.True(t, ok, "code %s is not in the catalogue", c)
	}
	assert.Len(t, rules, len(made))
}
