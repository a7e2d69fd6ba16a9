package reform_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
)

func TestEventDates(t *testing.T) {
	contestOn := func(date string) func(r *reform.Report) {
		return communication(func(c *dissemination.Section) {
			c.Contests = []dissemination.Contest{{Mode: dissemination.InPerson, Name: "Hội thi “Hòa giải viên giỏi” năm 2024", Date: date}}
		})
	}
	upload := func(date string) func(r *reform.Report) {
		return func(r *reform.Report) {
			r.Results = &reform.Results{Digital: digitalWithUpload(date)}
		}
	}
	runCodeCases(t, figureCodes, []codeCase{
		// Typed: the window is 15/12/2023–14/11/2024, the report 19/11/2024.
		{"the reference's contest, 24/10/2024", contestOn("2024-10-24"), nil},
		{"the first day of the window", contestOn("2023-12-15"), nil},
		{"the cut-off", contestOn("2024-11-14"), nil},
		{"after the report", contestOn("2024-11-20"), []finding.Code{reform.CodeEventDateFuture}},
		{"the year typed wrong", contestOn("2025-10-24"), []finding.Code{reform.CodeEventDateFuture}},
		{"before the window", contestOn("2023-12-14"), []finding.Code{reform.CodeEventDateBefore}},
		{"between the cut-off and the report", contestOn("2024-11-16"), []finding.Code{reform.CodeEventDateAfterCutOff}},
		{"on the report's day", contestOn("2024-11-19"), []finding.Code{reform.CodeEventDateAfterCutOff}},
		{"a date not written YYYY-MM-DD is field.datetime's", contestOn("24/10/2024"), nil},
		{"an upload years ago", upload("2021-06-30"), nil},
		{"an upload after the report", upload("2024-12-01"), []finding.Code{reform.CodeEventDateFuture}},
		// Narrative.
		{"an event after the report", leadershipText("Ngày 25/11/2024, Sở tổ chức hội nghị tuyên truyền."), []finding.Code{reform.CodeEventTextFuture}},
		{"a date in words after the report", leadershipText("Sở tổ chức hội nghị vào ngày 25 tháng 12 năm 2024."), []finding.Code{reform.CodeEventTextFuture}},
		{"an event in the period", leadershipText("Ngày 31/01/2024, Sở Tư pháp ban hành Kế hoạch."), nil},
		{"a deadline", leadershipText("Sở đang hoàn thiện dự thảo, dự kiến trình UBND tỉnh trước ngày 31/12/2024."), nil},
		{"a span", leadershipText("Cuộc thi diễn ra từ ngày 01/10/2024 đến ngày 30/11/2024."), nil},
		{"a citation's date", leadershipText("Thực hiện Kế hoạch số 12/KH-UBND ngày 25/11/2024 của UBND tỉnh."), nil},
		{"an anniversary (the reference)", leadershipText("Tổ chức họp mặt kỷ niệm 79 năm ngày truyền thống ngành Tư pháp (28/8/1945 - 28/8/2024)."), nil},
		{"a sentence opens before the window", leadershipText("Ngày 20/11/2023, Sở ban hành Kế hoạch cải cách hành chính năm 2024."), []finding.Code{reform.CodeEventTextBefore}},
		{"a date before the window mid-sentence", leadershipText("Tiếp tục thực hiện nhiệm vụ được giao từ năm trước (ngày 20/11/2023)."), nil},
		{"a date that does not exist", leadershipText("Ngày 31/02/2025, Sở tổ chức hội nghị."), nil},
		{"section IV is the next period's", func(r *reform.Report) {
			r.Directions = &reform.Directions{Text: reform.Text{{Paragraph: &doc.Narrative{Text: "Ngày 15/01/2025, tổ chức hội nghị tổng kết."}}}}
		}, nil},
		{"no report date: only the window", func(r *reform.Report) {
			leadershipText("Ngày 25/11/2024, Sở tổ chức hội nghị.")(r)
			r.Header.Date = reform.Date{}
		}, nil},
	})
	r := minimal()
	contestOn("2025-10-24")(r)
	l := figureFindings(r)
	require.Len(t, l, 1)
	assert.Equal(t, finding.Error, l[0].Severity)
	assert.Equal(t, "Cuộc thi thứ 1 (“Hội thi “Hòa giải viên giỏi” năm 2024”) diễn ra ngày 24/10/2025, sau ngày của báo cáo (19/11/2024): báo cáo chỉ nêu việc đã diễn ra; kiểm tra lại ngày, năm của sự kiện hoặc ngày của báo cáo.", l[0].Message)
	r = minimal()
	leadershipText("Tổ chức tập huấn. Ngày 25/11/2024, Sở tổ chức hội nghị tuyên truyền.")(r)
	l = figureFindings(r)
	require.Len(t, l, 1)
	assert.Equal(t, "Câu “Ngày 25/11/2024, Sở tổ chức hội nghị tuyên truyền.” nêu ngày 25/11/2024, sau ngày của báo cáo (19/11/2024), trong phần kết quả thực hiện: kiểm tra lại ngày, năm, hoặc chuyển việc chưa làm sang phương hướng, nhiệm vụ.", l[0].Message)
}

// digitalWithUpload is a section II.6 with one digitisation phase uploaded
// on date.
func digitalWithUpload(date string) *digital.Section {
	return &digital.Section{Digitisation: []digital.Project{{Records: "dữ liệu hộ tịch", Phases: []digital.Phase{{Uploaded: true, UploadedOn: date}}}}}
}
