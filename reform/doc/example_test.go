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
