package docxread_test

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/lint/docxread"
)

// FuzzRead reads any bytes as a DOCX within small limits: an error or a
// document whose texts are UTF-8 and whose runs and note references point
// into them. The seeds are DOCX files of the tests.
func FuzzRead(f *testing.F) {
	f.Add(docx(f, numbered("1", 0, "CHỈ ĐẠO")+numbered("1", 3, "a"), map[string]string{"word/numbering.xml": numbering, "word/styles.xml": styles}))
	f.Add(docx(f, `<w:p><w:r><w:t>x</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`,
		map[string]string{"word/footnotes.xml": `<?xml version="1.0"?><w:footnotes ` + ns + `><w:footnote w:id="2"><w:p><w:r><w:t>y</w:t></w:r></w:p></w:footnote></w:footnotes>`}))
	f.Add([]byte("PK\x05\x06" + string(make([]byte, 18))))
	lim := docxread.Limits{MaxEntries: 64, MaxPartBytes: 1 << 20, MaxTotalBytes: 2 << 20, MaxParagraphs: 1000, MaxDepth: 64}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := docxread.Read(bytes.NewReader(data), int64(len(data)), lim)
		if err != nil {
			return
		}
		if len(doc.Paragraphs) > lim.MaxParagraphs {
			t.Fatalf("%d paragraphs past the limit", len(doc.Paragraphs))
		}
		for _, p := range doc.Paragraphs {
			if !utf8.ValidString(p.Text) {
				t.Fatalf("text not UTF-8: %q", p.Text)
			}
			for _, r := range p.Runs {
				if r.Start < 0 || r.End < r.Start || r.End > len(p.Text) {
					t.Fatalf("run %v outside %q", r, p.Text)
				}
			}
			for _, n := range p.Notes {
				if n.Offset < 0 || n.Offset >= len(p.Text) {
					t.Fatalf("note %v outside %q", n, p.Text)
				}
			}
		}
	})
}
