package reform_test

import (
	"fmt"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
)

// The checks of the closing and of the periods the report's own text names
// find the slips a clerk makes when a report is copied from the last one: a
// Phó Giám đốc who signs without "KT. GIÁM ĐỐC", the Lưu line typed among
// the recipients, a basis that still asks for the previous quarter.
func Example_closingSlips() {
	r := &reform.Report{
		Header: reform.Header{Agency: "Sở Tư pháp", AgencyCode: "STP", Number: "215/BC-STP", Place: "An Giang",
			Date: reform.NewDate(2024, 9, 18), SentTo: "Sở Nội vụ"},
		Period: reform.Period{Kind: reform.Quarter, Year: 2024, N: 3},
		Basis: &doc.Narrative{Text: "Thực hiện Công văn số 1850/SNV-CCHC&XDCQ ngày 20/8/2024 của Sở Nội vụ " +
			"về việc báo cáo công tác cải cách hành chính quý II năm 2024."},
		Closing: reform.Closing{
			Recipients: []string{"Sở Nội vụ", "Lưu: VT, VP."},
			Signer:     reform.Signer{Title: "Phó Giám đốc", Name: "Nguyễn Văn An"},
		},
	}
	for _, f := range r.Validate() {
		fmt.Println(f.Severity, f.Code, f.Path)
		fmt.Println(f.Message)
	}
	// Output:
	// warning reform.closing.recipient.archive closing.recipients[1]
	// Nơi nhận thứ 2 “Lưu: VT, VP.” là dòng lưu văn bản, không phải một nơi nhận: văn bản sẽ in dòng này với dấu “;” rồi in thêm dòng “Lưu” ở cuối danh sách. Bỏ dòng này khỏi nơi nhận và ghi “VT, VP” vào dòng Lưu.
	// error reform.closing.authority.title closing.signer.authority
	// Người ký là Phó Giám đốc nhưng không có dòng “KT. GIÁM ĐỐC”: cấp phó ký thay người đứng đầu ghi “KT.” trước chức vụ của người đứng đầu.
	// warning reform.period.text basis.text
	// Câu căn cứ nêu “báo cáo công tác cải cách hành chính quý II năm 2024”, tức kỳ quý II năm 2024, nhưng kỳ của báo cáo này là quý III năm 2024: kiểm tra lại kỳ được nêu.
}
