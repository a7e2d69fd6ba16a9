package doc_test

import (
	"fmt"
	"time"

	"github.com/cchc-go/cchc/reform/doc"
)

// A report's tree is built from sections, paragraphs, lists and footnotes;
// Lay decides the numbering, the footnote numbers, the header and closing
// lines and the end mark.
func ExampleLay() {
	d := &doc.Document{
		Header: doc.Header{
			ParentAgency: "ỦY BAN NHÂN DÂN TỈNH AN GIANG", IssuingAgency: "SỞ TƯ PHÁP",
			Number: "380/BC-STP", Place: "An Giang", Date: time.Date(2024, 11, 19, 0, 0, 0, 0, time.UTC),
			KindName: "BÁO CÁO", Subject: "Công tác cải cách hành chính 11 tháng đầu năm 2024",
		},
		Body: []doc.Block{
			&doc.Section{Title: "Kết quả thực hiện", Blocks: []doc.Block{
				&doc.Section{Title: "Cải cách thể chế", Blocks: []doc.Block{
					doc.P(doc.Plain("Ủy ban nhân dân tỉnh ban hành Công văn triển khai"),
						doc.NoteText("Công văn số 134/UBND-NC ngày 31/01/2024 của UBND tỉnh"),
						doc.Plain(".")),
				}},
			}},
		},
		Closing: doc.Closing{
			Recipients: []string{"Sở Nội vụ"}, Archive: "VT, CCHC",
			Signer: doc.Signer{Title: "GIÁM ĐỐC", Name: "Trịnh Tuấn Ngọc"},
		},
	}
	l, err := doc.Lay(d)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l.Header.Number)
	fmt.Println(l.Header.PlaceDate)
	for _, p := range l.Body {
		fmt.Println(p.Label, doc.PlainText(p.Spans))
	}
	fmt.Println(l.Notes[0].Number, doc.PlainText(l.Notes[0].Spans))
	fmt.Println(l.Closing.Recipients)
	// Output:
	// Số: 380/BC-STP
	// An Giang, ngày 19 tháng 11 năm 2024
	// I. KẾT QUẢ THỰC HIỆN
	// 1. Cải cách thể chế
	//  Ủy ban nhân dân tỉnh ban hành Công văn triển khai[1]./.
	// 1 Công văn số 134/UBND-NC ngày 31/01/2024 của UBND tỉnh
	// [- Sở Nội vụ; - Lưu: VT, CCHC.]
}

// An appendix whose table is too wide for a portrait page (the 13 columns of
// Biểu số 06/VPCP/KSTT) is laid out on A4 landscape, its table at a size
// that lets every column hold its words; renderers print it so.
func ExampleStyle_Landscape() {
	tab := &doc.Table{Columns: []doc.Column{{Title: "STT", Width: 4}, {Title: "Cơ quan, đơn vị", Width: 24}}}
	row := []doc.Cell{{Runs: doc.Text("1")}, {Runs: doc.Text("Ủy ban nhân dân huyện An Thạnh")}}
	for range 11 {
		tab.Columns = append(tab.Columns, doc.Column{Title: "Số hồ sơ", Width: 7, Align: doc.AlignRight})
		row = append(row, doc.Cell{Runs: doc.Text("4.384")})
	}
	tab.Rows = [][]doc.Cell{row}
	d := &doc.Document{
		Header: doc.Header{
			IssuingAgency: "SỞ NỘI VỤ", Number: "1987/BC-SNV", Place: "An Giang",
			Date: time.Date(2024, 9, 30, 0, 0, 0, 0, time.UTC), KindName: "BÁO CÁO", Subject: "Công tác cải cách hành chính quý III năm 2024",
		},
		Body:       []doc.Block{doc.P(doc.Plain("Nội dung báo cáo."))},
		Closing:    doc.Closing{Signer: doc.Signer{Title: "GIÁM ĐỐC", Name: "Nguyễn Văn A"}},
		Appendices: []doc.Appendix{{Title: "Kết quả giải quyết thủ tục hành chính", Body: []doc.Block{tab}}},
	}
	l, err := doc.Lay(d)
	if err != nil {
		fmt.Println(err)
		return
	}
	a := l.Appendices[0]
	page := l.Style.PageOf(&a)
	fmt.Println("landscape:", a.Landscape)
	fmt.Printf("page %.0f × %.0f mm, text width %.0f mm\n", page.PageWidth.Millimetres(), page.PageHeight.Millimetres(), page.TextWidth().Millimetres())
	fmt.Println("table size:", a.Body[0].Table.Size, "pt")
	// Output:
	// landscape: true
	// page 297 × 210 mm, text width 242 mm
	// table size: 12 pt
}
