package html_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/reform/doc"
	rhtml "github.com/cchc-go/cchc/reform/render/html"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
)

// withText returns the sample with s placed in runs of every kind (plain,
// bold, italic, bold italic, a note, list items, a table head and cells),
// in titles (a section, the subject, the kind name, the appendix), in
// header and closing lines, and in the head rows and cells of a wide table
// in a second appendix.
func withText(s string) *doc.Document {
	d := sample.Document()
	h := &d.Header
	h.ParentAgency = s
	h.Subject = s
	h.KindName = "BÁO CÁO " + s
	h.To = []string{s}
	h.Urgency = s
	d.Body = append([]doc.Block{
		&doc.Section{Title: s, Blocks: []doc.Block{
			doc.P(doc.Plain(s), doc.Bold(s), doc.Italic(s), doc.Run{Text: s, Bold: true, Italic: true}, doc.Note(doc.Plain(s), doc.Italic(s))),
			&doc.List{Marker: doc.Letters, Items: []doc.Item{{Runs: []doc.Run{doc.Bold(s)}, Blocks: []doc.Block{
				&doc.List{Marker: doc.Plus, Items: []doc.Item{{Runs: doc.Text(s)}}},
			}}}},
			&doc.Table{
				Columns: []doc.Column{{Title: s}, {Title: "Số"}},
				Rows:    [][]doc.Cell{{{Runs: []doc.Run{doc.Bold(s)}}, {Runs: []doc.Run{doc.Plain(s), doc.NoteText(s)}}}},
			},
		}},
	}, d.Body...)
	// The last run of the body, where the end mark goes.
	d.Body = append(d.Body, doc.P(doc.Plain("Kết thúc "), doc.Bold(s)))
	d.Closing.Recipients = append(d.Closing.Recipients, s)
	d.Closing.Signer.Authority = []string{s}
	d.Closing.Drafter = s
	d.Appendices[0].Title = s
	d.Appendices[0].Body = append(d.Appendices[0].Body, doc.P(doc.Italic(s), doc.NoteText(s)))
	// A wide table on a landscape page, s in its head rows and its cells.
	d.Appendices = append(d.Appendices, doc.Appendix{Title: "Số liệu", Body: []doc.Block{form(s)}})
	return d
}

// neutral is a string that lays out like s: empty stays empty, blank stays
// blank (the layout drops or refuses blank fields), anything else is "x".
func neutral(s string) string {
	switch {
	case s == "":
		return ""
	case strings.TrimSpace(doc.Clean(s)) == "":
		return " "
	}
	return "x"
}

// FuzzWrite: arbitrary text in any run, title or line never changes the
// structure of the page. The page is written exactly when the layout
// succeeds; it parses back to itself byte for byte; it holds only the
// renderer's elements; and its element tree has the shape of the page
// written with a neutral text in the same places; and it is NFC.
func FuzzWrite(f *testing.F) {
	for _, s := range []string{
		"Công tác cải cách hành chính 11 tháng đầu năm 2024",
		"Sở Tư pháp tiếp nhận 15.613 hồ sơ; trong đó hồ sơ trực tuyến là 8.252.",
		"Công văn số 822/STP-XDKT&TDTHPL ngày 06/6/2024 của Sở Tư pháp",
		"<script>alert(1)</script>", "</p></td></tr></table><table>", "<!-- x -->", "]]>", "</style>", "</title>",
		"&amp; &lt; &#0; &nbsp", "\"'`=", "Hoa\u0300", "\u0300\u0338", "\u0338", "a\nb", "a\r\nb\rc", "\t", "\x00", "\xff\xfe", "\u2028", "\u00a0",
		"\uFEFF", "\U0001F600", ".", " . ", "", " ", "\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, layErr := doc.Lay(withText(s))
		var b bytes.Buffer
		err := rhtml.Write(&b, withText(s))
		if layErr != nil {
			if err == nil {
				t.Fatalf("the layout fails (%v) but Write succeeded", layErr)
			}
			if b.Len() != 0 {
				t.Fatalf("Write failed and still wrote %d bytes", b.Len())
			}
			return
		}
		if err != nil {
			t.Fatalf("Write: %v", err)
		}
		page := b.Bytes()
		root := checkPage(t, page)
		if !norm.NFC.IsNormal(page) {
			t.Fatalf("the page is not NFC:\n%q", page)
		}

		var nb bytes.Buffer
		if err := rhtml.Write(&nb, withText(neutral(s))); err != nil {
			t.Fatalf("Write with the neutral text %q: %v", neutral(s), err)
		}
		want := shape(parse(t, nb.Bytes()))
		if diff := cmp.Diff(want, shape(root)); diff != "" {
			t.Fatalf("the text %q changes the element tree (-neutral +got):\n%s", s, diff)
		}
	})
}
