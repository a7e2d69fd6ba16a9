package doc_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/doc"
)

// FuzzLay puts arbitrary text in every text field: Lay never panics, and the
// laid-out text is valid NFC UTF-8 with no control character but newline.
func FuzzLay(f *testing.F) {
	for _, s := range []string{"Sở Tư pháp", "Hoa\u0300", "<script>alert(1)</script>", "a\x00b", "\xff", "1. *x* [y](z)", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := minimal(
			&doc.Section{Title: s, Blocks: []doc.Block{
				doc.P(doc.Plain(s), doc.NoteText(s)),
				&doc.List{Items: []doc.Item{{Runs: doc.Text(s)}}},
				&doc.Table{Columns: []doc.Column{{Title: s}}, Rows: [][]doc.Cell{{{Runs: doc.Text(s)}}}},
			}},
		)
		d.Header.Subject = s
		d.Closing.Recipients = []string{s}
		// A wide table in an appendix, the text in its head and cells,
		// which Lay measures to decide its page.
		wide := &doc.Table{Head: [][]doc.Cell{{{Runs: doc.Text(s), Span: 2, RowSpan: 2}}, {}}}
		var row []doc.Cell
		for range 14 {
			wide.Columns = append(wide.Columns, doc.Column{Title: s, Width: len(s) % 5})
			row = append(row, doc.Cell{Runs: []doc.Run{doc.Bold(s + " 15.613")}})
		}
		wide.Rows = [][]doc.Cell{row}
		d.Appendices = []doc.Appendix{{Title: "Phụ lục số liệu", Body: []doc.Block{wide}}}
		l, err := doc.Lay(d)
		if err != nil {
			if strings.TrimSpace(doc.Clean(s)) != "" {
				t.Fatalf("Lay(%q): %v", s, err)
			}
			return
		}
		check := func(where, x string) {
			if !utf8.ValidString(x) {
				t.Fatalf("%s: invalid UTF-8 %q", where, x)
			}
			for _, r := range x {
				if r != '\n' && unicode.IsControl(r) {
					t.Fatalf("%s: control character %U in %q", where, r, x)
				}
			}
			if doc.Clean(x) != x {
				t.Fatalf("%s: not clean NFC: %q", where, x)
			}
		}
		check("subject", l.Header.Subject)
		for _, p := range l.Body {
			check(p.Path, doc.PlainText(p.Spans))
		}
		for _, n := range l.Notes {
			check("note", doc.PlainText(n.Spans))
		}
		for _, r := range l.Closing.Recipients {
			check("recipient", r)
		}
		// Fourteen columns of figures never fit a portrait page; the
		// turned table still spans the text width it is laid out on.
		a := l.Appendices[0]
		if !a.Landscape {
			t.Fatalf("a table of 14 columns of figures is laid out portrait")
		}
		if tab := a.Body[0].Table; tab.Size != doc.WideTableMinSize || tab.Widths[0] > 4 {
			sum := 0
			for _, w := range tab.Widths {
				sum += w
			}
			if sum != int(l.Style.Landscape().TextWidth()) {
				t.Fatalf("widths %v add up to %d, not the landscape text width", tab.Widths, sum)
			}
		}
	})
}
