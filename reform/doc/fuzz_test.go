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
	})
}
