package doc_test

import (
	"testing"

	"github.com/cchc-go/cchc/reform/doc"
)

func BenchmarkLay(b *testing.B) {
	var body []doc.Block
	for range 6 {
		sec := &doc.Section{Title: "Kết quả thực hiện"}
		for range 6 {
			sub := &doc.Section{Title: "Cải cách thủ tục hành chính"}
			for range 5 {
				sub.Blocks = append(sub.Blocks, doc.P(doc.Plain("Sở Tư pháp tiếp nhận 15.613 hồ sơ; trong đó hồ sơ trực tuyến là 8.252"), doc.NoteText("Công văn số 134/UBND-NC ngày 31/01/2024 của UBND tỉnh")))
			}
			sec.Blocks = append(sec.Blocks, sub)
		}
		body = append(body, sec)
	}
	d := minimal(body...)
	for b.Loop() {
		if _, err := doc.Lay(d); err != nil {
			b.Fatal(err)
		}
	}
}
