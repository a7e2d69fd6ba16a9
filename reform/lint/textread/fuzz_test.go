package textread_test

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/lint/input"
	"github.com/cchc-go/cchc/reform/lint/textread"
)

// FuzzRead reads any input as text and as Markdown: either an error or a
// document whose paragraphs are UTF-8, whose runs cover their text in order
// and whose note references point into it.
func FuzzRead(f *testing.F) {
	seed, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, part := range strings.SplitAfter(string(seed), "\n\n")[:40] {
		f.Add([]byte(part))
	}
	f.Add([]byte("| a<br>**b** | *c* |\n| --- | --- |\n| Số: 1/BC-X | d |\n\n# BÁO CÁO\n\nx[^1]\n\n[^1]: y\n    z\n"))
	f.Add([]byte("***a** b* \\*c\\* <em>d</em> ¹²³ x⁴⁵"))
	f.Add([]byte{0xFF, 0xFE, 'a', 0, '\n', 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, read := range []func([]byte) (*input.Document, error){textread.Read, textread.ReadMarkdown} {
			doc, err := read(data)
			if err != nil {
				continue
			}
			for _, p := range append(doc.Paragraphs, notes(doc)...) {
				if !utf8.ValidString(p.Text) {
					t.Fatalf("paragraph not UTF-8: %q", p.Text)
				}
				end := 0
				for _, r := range p.Runs {
					if r.Start != end || r.End < r.Start || r.End > len(p.Text) {
						t.Fatalf("runs %v do not cover %q", p.Runs, p.Text)
					}
					end = r.End
				}
				if len(p.Runs) > 0 && end != len(p.Text) {
					t.Fatalf("runs %v end before %q does", p.Runs, p.Text)
				}
				for _, n := range p.Notes {
					if n.Offset < 0 || n.Offset >= len(p.Text) || n.Mark == "" {
						t.Fatalf("note %v outside %q", n, p.Text)
					}
				}
			}
		}
	})
}

func notes(doc *input.Document) []input.Paragraph {
	var out []input.Paragraph
	for _, n := range doc.Footnotes {
		out = append(out, n.Paragraphs...)
	}
	return out
}
