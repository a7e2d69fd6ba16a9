package docx_test

import (
	"bytes"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// FuzzWrite puts arbitrary text in the header, a heading, runs, a footnote,
// a table cell, the closing, an appendix and the head rows and cells of a
// wide table in another: whenever doc.Lay accepts the
// document, the output is a zip whose every part is well-formed XML, and
// the paragraph's text comes back whole, and every part is NFC.
func FuzzWrite(f *testing.F) {
	rendertest.FuzzLayout(f, func(t *testing.T, l *doc.Layout) {
		var buf bytes.Buffer
		if err := docx.WriteLayout(&buf, l); err != nil {
			t.Fatalf("WriteLayout: %v", err)
		}
		parts, err := unzip(buf.Bytes())
		if err != nil {
			t.Fatalf("not a zip: %v", err)
		}
		if len(parts) != len(partNames) {
			t.Fatalf("%d parts, want %d", len(parts), len(partNames))
		}
		for _, p := range parts {
			if _, err := parse(p.Data); err != nil {
				t.Fatalf("%s: %v\n%s", p.Name, err, p.Data)
			}
			if !norm.NFC.IsNormal(p.Data) {
				t.Fatalf("%s is not NFC:\n%q", p.Name, p.Data)
			}
		}
		body, _ := parse(part(t, parts, docx.PartDocument))
		if l.Body[1].Kind != doc.KindParagraph {
			t.Fatalf("body[1] is a %v", l.Body[1].Kind)
		}
		want := doc.PlainText(l.Body[1].Spans)
		found := false
		for _, p := range body.first("w:body").paragraphs() {
			found = found || p == want
		}
		if !found {
			t.Fatalf("the paragraph %q is not in the document", want)
		}
	})
}
