package input_test

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/lint/input"
)

// Example builds the document a reader would make of two lines of text: a
// heading and a paragraph with a footnote reference written as printed.
func Example() {
	doc := input.Document{Format: input.Text, Paragraphs: []input.Paragraph{
		{Text: "1. Cải cách thể chế", Line: 1, Props: input.Props{Outline: -1}},
		{Text: "Ban hành Kế hoạch rà soát¹.", Line: 2, Props: input.Props{Outline: -1},
			Notes: []input.NoteRef{{Offset: len("Ban hành Kế hoạch rà soát"), Mark: "1"}}},
	}}
	p := doc.Paragraphs[1]
	fmt.Println(doc.Format, len(doc.Paragraphs), p.Text[p.Notes[0].Offset:])
	// Output:
	// text 2 ¹.
}
