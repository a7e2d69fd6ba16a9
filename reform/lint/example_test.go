package lint_test

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/lint"
	"github.com/cchc-go/cchc/reform/lint/input"
)

// ExampleCheck checks a document a program built or read itself: the
// checks need only paragraphs.
func ExampleCheck() {
	doc := &input.Document{Format: input.Text, Paragraphs: []input.Paragraph{
		{Text: "I. KẾT QUẢ THỰC HIỆN", Line: 1},
		{Text: "Sở Tư pháp có 46/86 cán bộ nữ (đạt tỷ lệ 53,4%).", Line: 2},
		{Text: "III. PHƯƠNG HƯỚNG, NHIỆM VỤ", Line: 3},
	}}
	res := lint.Check(doc, lint.Options{})
	for _, f := range res.Findings {
		fmt.Printf("%s, dòng %d: %s %s\n", f.Place, f.Place.Line, f.Severity, f.Code)
	}
	// Output:
	// I, đoạn 1, dòng 2: warning personnel.gender.rate.truncated
	// III, dòng 3: error lint.numbering.skip
}

// ExamplePlace_String shows the places a clerk reads.
func ExamplePlace_String() {
	for _, p := range []lint.Place{
		{Part: lint.PartBody, Heading: "II.2.2.đ", Index: 1},
		{Part: lint.PartBody, Heading: "III"},
		{Part: lint.PartBody, Index: 2},
		{Part: lint.PartFootnote, Footnote: "10"},
		{Part: lint.PartClosing, Index: 3},
	} {
		fmt.Println(p)
	}
	// Output:
	// II.2.2.đ, đoạn 1
	// III
	// mở đầu, đoạn 2
	// chú thích 10
	// phần kết thúc, đoạn 3
}
