package reform_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
)

// quarterIII makes the minimal report a report of quý III năm 2024, dated
// 18/9/2024.
func quarterIIIReport(r *reform.Report) {
	r.Period = reform.Period{Kind: reform.Quarter, Year: 2024, N: 3}
	r.Header.Date = reform.NewDate(2024, 9, 18)
}

func TestCheckPeriodText(t *testing.T) {
	subject := func(s string, p reform.Period) func(r *reform.Report) {
		return func(r *reform.Report) {
			r.Header.Subject, r.Period = s, p
			_, to, _ := p.Window()
			r.Header.Date = reform.Date{Time: to.AddDate(0, 0, 4)}
		}
	}
	q3 := reform.Period{Kind: reform.Quarter, Year: 2024, N: 3}
	m11 := reform.Period{Kind: reform.FirstMonths, Year: 2024, N: 11}
	m9 := reform.Period{Kind: reform.NineMonths, Year: 2024}
	basis := func(s string) func(r *reform.Report) {
		return func(r *reform.Report) { quarterIIIReport(r); r.Basis = &doc.Narrative{Text: s} }
	}
	leadership := func(s string) func(r *reform.Report) {
		return func(r *reform.Report) {
			quarterIIIReport(r)
			r.Direction = &reform.Direction{Leadership: reform.Text{{Paragraph: &doc.Narrative{Text: s}}}}
		}
	}
	date := func(y, m, d int) func(r *reform.Report) {
		return func(r *reform.Report) { quarterIIIReport(r); r.Header.Date = reform.NewDate(y, time.Month(m), d) }
	}
	runCodeCases(t, slipCodes, []codeCase{
		// The trích yếu.
		{"quý II in a quý III report's trích yếu", subject("Công tác cải cách hành chính quý II năm 2024", q3), []finding.Code{reform.CodePeriodSubject}},
		{"its own quarter", subject("Công tác cải cách hành chính quý III năm 2024", q3), nil},
		{"its own quarter and the next", subject("Kết quả công tác cải cách hành chính quý III và phương hướng, nhiệm vụ quý IV năm 2024", q3), nil},
		{"its own quarter written 3/2024", subject("Báo cáo CCHC quý 3/2024", q3), nil},
		{"a plan of the year", subject("Kết quả thực hiện Kế hoạch cải cách hành chính năm 2024", q3), nil},
		{"another year", subject("Công tác cải cách hành chính năm 2023", q3), []finding.Code{reform.CodePeriodSubject}},
		{"10 months in an 11-month report", subject("Công tác cải cách hành chính 10 tháng đầu năm 2024", m11), []finding.Code{reform.CodePeriodSubject}},
		{"11 months without a year", subject("Công tác cải cách hành chính 11 tháng đầu năm", m11), nil},
		{"9 months", subject("Công tác cải cách hành chính 9 tháng đầu năm 2024", m9), nil},
		{"quý I is the first 3 months", subject("Công tác cải cách hành chính quý I năm 2024", reform.Period{Kind: reform.FirstMonths, Year: 2024, N: 3}), nil},
		{"a month", subject("Báo cáo CCHC tháng 5/2024", reform.Period{Kind: reform.Month, Year: 2024, N: 5}), nil},
		{"the date of a request is no period", subject("Báo cáo theo Công văn ngày 05 tháng 9 năm 2024", q3), nil},
		// The basis and the closing sentence.
		{"the basis asks for quý II", basis("Thực hiện Công văn số 1850/SNV-CCHC&XDCQ ngày 20/8/2024 của Sở Nội vụ về việc báo cáo công tác cải cách hành chính quý II năm 2024."),
			[]finding.Code{reform.CodePeriodText}},
		{"the basis asks for quý III", basis("Thực hiện Công văn số 1850/SNV-CCHC&XDCQ ngày 20/8/2024 của Sở Nội vụ về việc báo cáo công tác cải cách hành chính quý III năm 2024."), nil},
		{"the basis names the plan of the year", basis("Thực hiện Kế hoạch số 1247/KH-UBND ngày 29/12/2023 về cải cách hành chính năm 2024."), nil},
		{"the basis cites last quarter's report", basis("Tiếp theo Báo cáo số 12/BC-UBND ngày 18/6/2024 về việc báo cáo công tác cải cách hành chính quý II năm 2024."), nil},
		{"the basis cites last quarter's report by its title", basis("Tiếp theo Báo cáo số 12/BC-UBND ngày 18/6/2024 về công tác cải cách hành chính quý II năm 2024."), nil},
		{"the basis compares", basis("Thực hiện yêu cầu báo cáo kết quả cải cách hành chính so với quý II năm 2024."), nil},
		{"a closing sentence with 10 months", func(r *reform.Report) {
			r.Closing.Conclusion = &doc.Narrative{Text: "Trên đây là báo cáo công tác CCHC 10 tháng đầu năm 2024 của Sở Tư pháp./."}
		}, []finding.Code{reform.CodePeriodText}},
		{"a closing sentence with 11 months", func(r *reform.Report) {
			r.Closing.Conclusion = &doc.Narrative{Text: "Trên đây là báo cáo công tác CCHC 11 tháng đầu năm 2024 của Sở Tư pháp./."}
		}, nil},
		// The narrative.
		{"a sentence opens with last quarter", leadership("Trong quý II năm 2024, Sở đã ban hành 03 kế hoạch."), []finding.Code{reform.CodePeriodMention}},
		{"a sentence opens with its quarter", leadership("Trong quý III năm 2024, Sở đã ban hành 03 kế hoạch."), nil},
		{"a later quarter is a plan", leadership("Trong quý IV năm 2024, Sở sẽ ban hành 03 kế hoạch."), nil},
		{"the same quarter of another year", leadership("Trong quý II năm 2023, Sở đã ban hành 03 kế hoạch."), nil},
		{"last quarter mid-sentence", leadership("Sở đã hoàn thành các nhiệm vụ còn lại trong quý II năm 2024."), nil},
		{"another kind of period", leadership("Trong 6 tháng đầu năm 2024, Sở đã ban hành 03 kế hoạch."), nil},
		{"section IV is the next period's", func(r *reform.Report) {
			quarterIIIReport(r)
			r.Directions = &reform.Directions{Text: reform.Text{{Paragraph: &doc.Narrative{Text: "Trong quý II năm 2024, chưa làm được."}}}}
		}, nil},
		// The date.
		{"dated a month and a half after the cut-off", date(2024, 11, 1), []finding.Code{reform.CodePeriodLate}},
		{"dated by the end of the next month", date(2024, 10, 31), nil},
		{"dated a year late", date(2025, 9, 18), []finding.Code{reform.CodePeriodLate}},
		// The window.
		{"calendar months", func(r *reform.Report) {
			quarterIIIReport(r)
			r.Header.Date = reform.NewDate(2024, 10, 5)
			r.Period.From, r.Period.To = ptrDate(reform.NewDate(2024, 7, 1)), ptrDate(reform.NewDate(2024, 9, 30))
		}, []finding.Code{reform.CodePeriodWindow}},
		{"the decree's window given", func(r *reform.Report) {
			quarterIIIReport(r)
			r.Period.From, r.Period.To = ptrDate(reform.NewDate(2024, 6, 15)), ptrDate(reform.NewDate(2024, 9, 14))
		}, nil},
	})
}

func TestCheckPeriodTextMessages(t *testing.T) {
	r := minimal()
	quarterIIIReport(r)
	r.Header.Subject = "Công tác cải cách hành chính quý II năm 2024"
	l := slips(r)
	if assert.Len(t, l, 1) {
		assert.Equal(t, finding.Error, l[0].Severity)
		assert.Equal(t, "Trích yếu “Công tác cải cách hành chính quý II năm 2024” nêu kỳ “quý II năm 2024” nhưng kỳ của báo cáo là quý III năm 2024: sửa trích yếu hoặc kỳ báo cáo cho khớp nhau.", l[0].Message)
	}
	r = minimal()
	r.Header.Date = reform.NewDate(2025, 1, 20)
	l = slips(r)
	if assert.Len(t, l, 1) {
		assert.Equal(t, "Báo cáo 11 tháng đầu năm 2024 ghi ngày 20/01/2025, sau ngày chốt số liệu 14/11/2024 tới 67 ngày: báo cáo thường được gửi ngay sau ngày chốt số liệu; kiểm tra lại ngày, năm của báo cáo hoặc kỳ báo cáo.", l[0].Message)
		days, _ := l[0].Value("days")
		assert.Equal(t, "67", days)
	}
	r = minimal()
	r.Basis = &doc.Narrative{Text: "Thực hiện Công văn số 2803/SNV-CCHC&XDCQ ngày 11/11/2024 của Sở Nội vụ về việc báo cáo công tác cải cách hành chính 10 tháng đầu năm 2024."}
	l = slips(r)
	if assert.Len(t, l, 1) {
		assert.Equal(t, "basis.text", l[0].Path)
		assert.Equal(t, "Câu căn cứ nêu “báo cáo công tác cải cách hành chính 10 tháng đầu năm 2024”, tức kỳ 10 tháng đầu năm 2024, nhưng kỳ của báo cáo này là 11 tháng đầu năm 2024: kiểm tra lại kỳ được nêu.", l[0].Message)
	}
}

func ptrDate(d reform.Date) *reform.Date { return &d }
