package text_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/text"
)

func exampleDocument() *doc.Document {
	return sample.Report(
		&doc.Section{Title: "Kết quả thực hiện", Blocks: []doc.Block{
			doc.P(doc.Plain("Ủy ban nhân dân tỉnh ban hành Công văn triển khai thực hiện các công việc liên quan đến xây dựng văn bản quy phạm pháp luật năm 2024"),
				doc.NoteText("Công văn số 134/UBND-NC ngày 31/01/2024 của UBND tỉnh"),
				doc.Plain(".")),
			&doc.List{Items: []doc.Item{{Runs: []doc.Run{doc.Plain("Cấp phát "), doc.Bold("4.521"), doc.Plain(" tài liệu pháp luật.")}}}},
		}},
	)
}

func ExampleWrite() {
	if err := text.Write(os.Stdout, exampleDocument()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// ỦY BAN NHÂN DÂN TỈNH AN GIANG
	// SỞ TƯ PHÁP
	//
	// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	// Độc lập - Tự do - Hạnh phúc
	//
	// Số: 380/BC-STP
	//
	// An Giang, ngày 19 tháng 11 năm 2024
	//
	// BÁO CÁO
	// Công tác cải cách hành chính 11 tháng đầu năm 2024
	//
	// I. KẾT QUẢ THỰC HIỆN
	//
	// Ủy ban nhân dân tỉnh ban hành Công văn triển khai thực hiện các công việc liên
	// quan đến xây dựng văn bản quy phạm pháp luật năm 2024¹.
	//
	// ¹ Công văn số 134/UBND-NC ngày 31/01/2024 của UBND tỉnh
	//
	// - Cấp phát 4.521 tài liệu pháp luật./.
	//
	// Nơi nhận:
	// - Sở Nội vụ;
	// - Lưu: VT, CCHC.
	//
	// GIÁM ĐỐC
	//
	// Trịnh Tuấn Ngọc
}

func ExampleWriteOptions() {
	var b strings.Builder
	if err := text.WriteOptions(&b, exampleDocument(), text.Options{Width: 40, Plain: true}); err != nil {
		fmt.Println(err)
	}
	// The body only: the paragraph wrapped at 40 runes, its footnote with a
	// hanging indent under the text.
	_, body, _ := strings.Cut(b.String(), "I. KẾT QUẢ THỰC HIỆN\n\n")
	body, _, _ = strings.Cut(body, "\n\nNơi nhận:")
	fmt.Println(body)
	// Output:
	// Ủy ban nhân dân tỉnh ban hành Công văn
	// triển khai thực hiện các công việc liên
	// quan đến xây dựng văn bản quy phạm pháp
	// luật năm 2024¹.
	//
	// ¹ Công văn số 134/UBND-NC ngày
	//   31/01/2024 của UBND tỉnh
	//
	// - Cấp phát 4.521 tài liệu pháp luật./.
}
