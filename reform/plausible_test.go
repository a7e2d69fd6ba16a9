package reform_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
)

// figureCodes are the codes of the plausibility and event-date checks.
var figureCodes = map[finding.Code]bool{
	reform.CodePlausibleFrequency: true, reform.CodePlausibleParticipants: true, reform.CodePlausibleAttendance: true,
	reform.CodeEventDateFuture: true, reform.CodeEventDateBefore: true, reform.CodeEventDateAfterCutOff: true,
	reform.CodeEventTextFuture: true, reform.CodeEventTextBefore: true,
}

// figureFindings returns the findings of r with figureCodes.
func figureFindings(r *reform.Report) finding.List { return findingsWith(r, figureCodes) }

// communication gives the minimal report a section I.4.
func communication(edit func(c *dissemination.Section)) func(r *reform.Report) {
	return func(r *reform.Report) {
		c := &dissemination.Section{Organiser: "Sở Tư pháp"}
		edit(c)
		r.Direction = &reform.Direction{Communication: c}
	}
}

// broadcast is the reference report's programme: 02 tình huống pháp luật
// mỗi tháng, aired so far.
func broadcast(per int64, cadence dissemination.Cadence, aired int64) func(c *dissemination.Section) {
	return func(c *dissemination.Section) {
		c.Media.Broadcasts = []dissemination.Broadcast{{Station: "Đài Phát thanh - Truyền hình An Giang", Noun: "tình huống pháp luật",
			PerPeriod: i64(per), Cadence: cadence, Aired: i64(aired)}}
	}
}

// leadershipText gives the minimal report one paragraph in I.2.
func leadershipText(s string) func(r *reform.Report) {
	return func(r *reform.Report) {
		r.Direction = &reform.Direction{Leadership: reform.Text{{Paragraph: &doc.Narrative{Text: s}}}}
	}
}

func TestPlausibleFrequency(t *testing.T) {
	runCodeCases(t, figureCodes, []codeCase{
		// Typed: 11 months of the minimal report.
		{"the reference: 16 aired, at most 2 × 11 = 22", communication(broadcast(2, dissemination.Monthly, 16)), nil},
		{"exactly the bound", communication(broadcast(2, dissemination.Monthly, 22)), nil},
		{"one more than the bound", communication(broadcast(2, dissemination.Monthly, 23)), []finding.Code{reform.CodePlausibleFrequency}},
		{"weekly: 48 weeks in the window", communication(broadcast(1, dissemination.Weekly, 48)), nil},
		{"weekly past the weeks", communication(broadcast(1, dissemination.Weekly, 49)), []finding.Code{reform.CodePlausibleFrequency}},
		{"quarterly: 4 quarters started", communication(broadcast(3, dissemination.Quarterly, 12)), nil},
		{"yearly", communication(broadcast(2, dissemination.Yearly, 3)), []finding.Code{reform.CodePlausibleFrequency}},
		{"no aired figure", communication(func(c *dissemination.Section) {
			broadcast(2, dissemination.Monthly, 0)(c)
			c.Media.Broadcasts[0].Aired = nil
		}), nil},
		// Narrative.
		{"a count past the frequency", leadershipText("Phối hợp phát sóng 02 tình huống pháp luật mỗi tháng. Đến nay, đã phát sóng **30** tình huống pháp luật."),
			[]finding.Code{reform.CodePlausibleFrequency}},
		{"the count before the frequency", leadershipText("Đã phát sóng 30 tình huống pháp luật (02 tình huống pháp luật mỗi tháng)."),
			[]finding.Code{reform.CodePlausibleFrequency}},
		{"the count within the bound", leadershipText("Phối hợp phát sóng 02 tình huống pháp luật mỗi tháng. Đến nay, đã phát sóng **16** tình huống pháp luật."), nil},
		{"two counts of the noun: ambiguous (the reference's paragraph)", leadershipText("Phát sóng 02 tình huống pháp luật mỗi tháng. Đến nay, đã phát sóng **16** tình huống pháp luật " +
			"trên Đài. Phối hợp với Báo An Giang đăng tải **40** tình huống pháp luật."), nil},
		{"another noun", leadershipText("Phát sóng 02 tình huống pháp luật mỗi tháng; đăng tải 40 bài viết."), nil},
		{"a frequency without a count", leadershipText("Lãnh đạo Sở họp giao ban 01 lần mỗi tuần."), nil},
		{"hằng tuần with its count", leadershipText("Tổ chức 01 cuộc họp giao ban hằng tuần; trong kỳ đã tổ chức 60 cuộc họp giao ban."),
			[]finding.Code{reform.CodePlausibleFrequency}},
		{"a count far away", leadershipText("Phát sóng 02 tình huống pháp luật mỗi tháng." + strings.Repeat(" Nội dung khác.", 40) + " Đã phát 30 tình huống pháp luật."), nil},
		{"a decimal is no count", leadershipText("Phát sóng 02 tình huống pháp luật mỗi tháng, tăng 30,5 tình huống pháp luật so với cùng kỳ."), nil},
		{"times are any activity's", leadershipText("Họp giao ban 01 lần mỗi tháng; kiểm tra đột xuất 20 lần."), nil},
		{"thousands", leadershipText("Gửi 1.000 tin nhắn mỗi tháng; tổng cộng 12.000 tin nhắn."), []finding.Code{reform.CodePlausibleFrequency}},
		{"section IV is the next period's", func(r *reform.Report) {
			r.Directions = &reform.Directions{Text: reform.Text{{Paragraph: &doc.Narrative{Text: "Phát sóng 02 tình huống mỗi tháng, phấn đấu 30 tình huống."}}}}
		}, nil},
	})
	r := minimal()
	communication(broadcast(2, dissemination.Monthly, 23))(r)
	l := figureFindings(r)
	require.Len(t, l, 1)
	assert.Equal(t, finding.Warning, l[0].Severity)
	assert.Equal(t, "direction.communication.media.broadcasts[0].aired", l[0].Path)
	assert.Equal(t, "Chương trình của Đài Phát thanh - Truyền hình An Giang phát 02 tình huống pháp luật mỗi tháng nên trong 11 tháng đầu năm 2024 (11 tháng) phát được nhiều nhất 22, nhưng báo cáo ghi đã phát 23: kiểm tra lại số đã phát (có thể đã tính cả trước kỳ báo cáo) hoặc tần suất.", l[0].Message)
	for name, want := range map[string]string{"per_period": "2", "units": "11", "bound": "22", "stated": "23"} {
		v, _ := l[0].Value(name)
		assert.Equal(t, want, v, name)
	}
	r = minimal()
	leadershipText("Phối hợp phát sóng 02 tình huống pháp luật mỗi tháng. Đến nay, đã phát sóng **30** tình huống pháp luật.")(r)
	l = figureFindings(r)
	require.Len(t, l, 1)
	assert.Equal(t, "direction.leadership[0].paragraph.text", l[0].Path)
	assert.Equal(t, "Đoạn văn nêu “02 tình huống pháp luật mỗi tháng”, tức nhiều nhất 22 tình huống pháp luật trong 11 tháng đầu năm 2024 (11 tháng), nhưng cũng ghi “30 tình huống pháp luật”: kiểm tra lại số đã thực hiện (có thể đã tính cả trước kỳ báo cáo) hoặc tần suất.", l[0].Message)
}

func TestPlausibleFrequencyPeriods(t *testing.T) {
	tests := []struct {
		name   string
		period reform.Period
		date   reform.Date
		bound  string
	}{
		{"a quarter: 3 months", reform.Period{Kind: reform.Quarter, Year: 2024, N: 3}, reform.NewDate(2024, 9, 18), "6"},
		{"a month", reform.Period{Kind: reform.Month, Year: 2024, N: 5}, reform.NewDate(2024, 5, 18), "2"},
		{"the year", reform.Period{Kind: reform.Year, Year: 2024}, reform.NewDate(2024, 12, 18), "24"},
		{"calendar months given", reform.Period{Kind: reform.Quarter, Year: 2024, N: 3, From: ptrDate(reform.NewDate(2024, 7, 1)), To: ptrDate(reform.NewDate(2024, 9, 30))}, reform.NewDate(2024, 10, 5), "6"},
	}
	for _, tt := range tests {
		r := minimal()
		r.Period, r.Header.Date = tt.period, tt.date
		communication(broadcast(2, dissemination.Monthly, 100))(r)
		l := figureFindings(r)
		if assert.Len(t, l, 1, tt.name) {
			v, _ := l[0].Value("bound")
			assert.Equal(t, tt.bound, v, tt.name)
		}
	}
}

func TestPlausibleParticipants(t *testing.T) {
	contest := func(teams, units, participants, contestants *int64) func(r *reform.Report) {
		return communication(func(c *dissemination.Section) {
			c.Contests = []dissemination.Contest{{Mode: dissemination.InPerson, Name: "Hội thi “Hòa giải viên giỏi” năm 2024",
				Teams: teams, Units: units, UnitsNoun: "huyện, thị xã, thành phố", Participants: participants, Contestants: contestants}}
		})
	}
	runCodeCases(t, figureCodes, []codeCase{
		{"the reference: 12 teams, 11 units, 149 participants", contest(i64(12), i64(11), i64(149), nil), nil},
		{"fewer participants than teams", contest(i64(12), i64(11), i64(10), nil), []finding.Code{reform.CodePlausibleParticipants}},
		{"as many participants as teams", contest(i64(12), nil, i64(12), nil), nil},
		{"fewer participants than units", contest(nil, i64(11), i64(9), nil), []finding.Code{reform.CodePlausibleParticipants}},
		{"fewer contestants than units", contest(nil, i64(17), nil, i64(15)), []finding.Code{reform.CodePlausibleParticipants}},
		{"contestants and units of the reference", contest(nil, i64(17), nil, i64(13352)), nil},
		{"no people figure", contest(i64(12), i64(11), nil, nil), nil},
	})
	r := minimal()
	contest(i64(12), i64(11), i64(10), nil)(r)
	l := figureFindings(r)
	require.Len(t, l, 1)
	assert.Equal(t, "direction.communication.contests[0].participants", l[0].Path)
	assert.Equal(t, []string{"direction.communication.contests[0].teams"}, l[0].Related)
	assert.Equal(t, "Cuộc thi thứ 1 (“Hội thi “Hòa giải viên giỏi” năm 2024”) có 12 đội thi nhưng chỉ ghi 10 người tham dự: mỗi đội thi có ít nhất một người; kiểm tra lại hai số liệu này.", l[0].Message)
}

func TestPlausibleAttendance(t *testing.T) {
	events := func(declared *int64, items ...dissemination.Event) func(r *reform.Report) {
		return communication(func(c *dissemination.Section) {
			c.Events.Items = items
			c.Events.Declared.Attendance = declared
		})
	}
	class := func(count int64, attendance *int64) dissemination.Event {
		return dissemination.Event{Kind: dissemination.KindClass, Count: count, Attendance: attendance}
	}
	online := dissemination.Event{Kind: dissemination.KindConference, Mode: dissemination.Online, Count: 1, Attendance: i64(25000)}
	runCodeCases(t, figureCodes, []codeCase{
		{"the reference's first class: 463 in 3", events(nil, class(3, i64(463))), nil},
		{"1.000 a session", events(nil, class(3, i64(3000))), nil},
		{"a digit too many: 4.630 in 3", events(nil, class(3, i64(4630))), []finding.Code{reform.CodePlausibleAttendance}},
		{"online events are not bounded", events(nil, online), nil},
		{"the reference: 167 left for one conference", events(i64(1745), class(3, i64(1578)), class(1, nil)), nil},
		{"17.450 left for one conference", events(i64(19028), class(3, i64(1578)), class(1, nil)), []finding.Code{reform.CodePlausibleAttendance}},
		{"an online event without a figure may hold it", events(i64(19028), class(3, i64(1578)), dissemination.Event{Kind: dissemination.KindConference, Mode: dissemination.Online, Count: 1}), nil},
		{"every event has its figure", events(i64(463), class(3, i64(463))), nil},
	})
	r := minimal()
	events(nil, class(3, i64(4630)))(r)
	l := figureFindings(r)
	require.Len(t, l, 1)
	assert.Equal(t, "Hoạt động thứ 1 (03 lớp tập huấn) ghi 4.630 lượt người tham dự, bình quân 1.543 lượt người mỗi buổi, vượt mức 1.000 của một buổi tổ chức trực tiếp: kiểm tra lại số người tham dự hoặc số buổi.", l[0].Message)
}

// TestFiguresBadInput gives the text checks of this file markup, control
// characters and 10.000 lines: a bounded list of findings that say what is
// wrong, in bounded time.
func TestFiguresBadInput(t *testing.T) {
	lines := strings.Repeat("Ngày 25/11/2024, tổ chức 02 hội nghị mỗi tháng; đã tổ chức 90 hội nghị.\n", 10000)
	for name, s := range map[string]string{
		"10.000 lines":       lines,
		"markup":             strings.Repeat("<b>Ngày 25/11/2024</b>, **02** hội nghị mỗi tháng; <i>90</i> hội nghị [^1] ", 2000),
		"control characters": strings.Repeat("Ngày\x0025/11/2024\x07, 02\x1b hội nghị mỗi\u2028tháng; 90 hội\x00nghị. ", 2000),
		"one long line":      strings.Repeat("02 hội nghị mỗi tháng 90 hội nghị ", 20000),
	} {
		r := minimal()
		leadershipText(s)(r)
		start := time.Now()
		l := figureFindings(r)
		elapsed := time.Since(start)
		assert.Less(t, elapsed, 5*time.Second*testutil.Slowdown, name)
		assert.LessOrEqual(t, len(l), 2*21+2, "%s: findings are listed up to 20 per rule, then counted", name)
		for _, f := range l {
			assertClerkMessage(t, f)
		}
	}
}
