package textread_test

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/lint/textread"
)

// ExampleRead reads the text of a report as extracted from its document:
// one paragraph per line, emphasis and footnote marks read.
func ExampleRead() {
	text := "Sở Tư pháp hiện có **10** phòng, đơn vị với **84** nhân sự.\n\n" +
		"Ban hành Kế hoạch rà soát VBQPPL năm 2024⁴.\n\n" +
		"⁴ Kế hoạch số 04/KH-UBND ngày 05/01/2024 của UBND tỉnh\n"
	doc, err := textread.Read([]byte(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range doc.Paragraphs {
		fmt.Printf("dòng %d: %s (%d runs, %d notes)\n", p.Line, p.Text, len(p.Runs), len(p.Notes))
	}
	// Output:
	// dòng 1: Sở Tư pháp hiện có 10 phòng, đơn vị với 84 nhân sự. (5 runs, 0 notes)
	// dòng 3: Ban hành Kế hoạch rà soát VBQPPL năm 2024⁴. (1 runs, 1 notes)
	// dòng 5: ⁴ Kế hoạch số 04/KH-UBND ngày 05/01/2024 của UBND tỉnh (1 runs, 0 notes)
}

// ExampleReadMarkdown reads Markdown: headings, list items with their
// dash, footnotes kept apart.
func ExampleReadMarkdown() {
	md := "## II. KẾT QUẢ THỰC HIỆN\n\n- Tiếp nhận 412 hồ sơ[^1].\n\n[^1]: Báo cáo số 12/BC-UBND ngày 05/3/2024\n"
	doc, err := textread.ReadMarkdown([]byte(md))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range doc.Paragraphs {
		fmt.Println(p.Text)
	}
	fmt.Println(doc.Footnotes[0].Mark, doc.Footnotes[0].Paragraphs[0].Text)
	// Output:
	// II. KẾT QUẢ THỰC HIỆN
	// - Tiếp nhận 412 hồ sơ¹.
	// 1 Báo cáo số 12/BC-UBND ngày 05/3/2024
}
