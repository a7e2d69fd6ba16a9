package xlsx_test

import (
	"bytes"
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/xlsx"
)

// A table of an appendix as a sheet: its numbers are numbers, printed as
// written ("15.613"), and the row marked as the total of the others is a
// formula whose value is cached, so it shows without recalculation.
func ExampleWrite() {
	cell := func(s string) doc.Cell { return doc.Cell{Runs: doc.Text(s)} }
	d := &doc.Document{
		Header: doc.Header{IssuingAgency: "Sở Tư pháp", IssuerName: "Sở Tư pháp", Number: "380/BC-STP", Place: "An Giang",
			Date: time.Date(2024, time.November, 19, 0, 0, 0, 0, time.UTC), KindName: "Báo cáo", Subject: "Công tác cải cách hành chính"},
		Closing: doc.Closing{Signer: doc.Signer{Title: "Giám đốc", Name: "Trịnh Tuấn Ngọc"}},
		Appendices: []doc.Appendix{{Title: "Hồ sơ tiếp nhận", Body: []doc.Block{&doc.Table{
			Columns: []doc.Column{{Title: "Hình thức", Width: 3}, {Title: "Số hồ sơ", Align: doc.AlignRight}},
			Rows: [][]doc.Cell{
				{cell("Tổng số"), cell("15.613")},
				{cell("Trực tuyến"), cell("8.252")},
				{cell("Trực tiếp"), cell("6.806")},
				{cell("Kỳ trước chuyển sang"), cell("555")},
			},
			Totals: []doc.Total{{Row: 0, Of: []int{1, 2, 3}}},
		}}}},
	}
	l, err := doc.Lay(d)
	if err != nil {
		fmt.Println(err)
		return
	}
	var b bytes.Buffer
	if err := xlsx.Write(&b, l); err != nil {
		fmt.Println(err)
		return
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	sheet := f.GetSheetList()[0]
	for _, ref := range []string{"A1", "A2", "A5", "B5", "B6", "B7", "B8"} {
		v, _ := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		formula, _ := f.GetCellFormula(sheet, ref)
		if formula != "" {
			v += " =" + formula
		}
		fmt.Println(ref, v)
	}
	// Output:
	// A1 Phụ lục
	// A2 HỒ SƠ TIẾP NHẬN
	// A5 Hình thức
	// B5 Số hồ sơ
	// B6 15613 =SUM(B7:B9)
	// B7 8252
	// B8 6806
}
