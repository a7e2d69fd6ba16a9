package pdf_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/pdf"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// FuzzWrite puts arbitrary text in the header, a heading, runs, a footnote,
// a table cell, the closing, an appendix and the head rows and cells of a
// wide table in another: whenever doc.Lay accepts the
// document, the writer succeeds, the file passes the structural checks of
// parse (every object where the cross-reference table says, stream lengths
// right, streams that inflate, no reference to a missing object), the same
// layout gives the same bytes twice, and the words of the paragraph come
// back from the text of the pages, composed (NFC).
func FuzzWrite(f *testing.F) {
	noteRef := regexp.MustCompile(`\[\d+\]`)
	rendertest.FuzzLayout(f, func(t *testing.T, l *doc.Layout) {
		var a, b bytes.Buffer
		if err := pdf.WriteLayout(&a, l); err != nil {
			t.Fatalf("WriteLayout: %v", err)
		}
		if err := pdf.WriteLayout(&b, l); err != nil || !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatalf("a second write differs (%v)", err)
		}
		text, _, err := extract(a.Bytes())
		if err != nil {
			t.Fatalf("not a valid file: %v", err)
		}
		if !norm.NFC.IsNormalString(text) {
			t.Fatalf("the text is not NFC: %q", text)
		}
		flat := strings.Join(rendertest.PDFWords(text), "")
		for _, w := range strings.Fields(noteRef.ReplaceAllString(doc.PlainText(l.Body[1].Spans), " ")) {
			if !strings.Contains(flat, w) {
				t.Fatalf("the word %q of the paragraph is not in the text", w)
			}
		}
	})
}
