package pdf_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
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
	s := sample.Document()
	f.Add(s.Header.Subject, s.Header.ParentAgency, "Công văn số 134/UBND-NC ngày 31/01/2024 của UBND tỉnh", "15.613")
	f.Add("<script>&\"'", "]]><!--", "\x00\x01\x1f\ufffe\uffff", "a\r\nb\tc")
	f.Add("  leading and trailing  ", "\n", " ", "Ủy ban nhân dân tỉnh An Giang")
	f.Add("\xff\xfe invalid UTF-8", "e\u0301 (e + combining acute)", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", strings.Repeat("dài ", 200))
	f.Add("\u0300\u0338", "\u0338", "\u0300\u0338", "\u0338x")
	f.Add("(%)\\[]<>{}/#", "endstream endobj", "%%EOF", "trailer << /Root 1 0 R >>")
	f.Add(strings.Repeat("x", 3000), strings.Repeat("\n", 100), strings.Repeat("chú thích ", 500), "漢字")
	f.Fuzz(func(t *testing.T, title, agency, note, cell string) {
		d := &doc.Document{
			Header: doc.Header{
				ParentAgency: agency, IssuingAgency: "Sở Tư pháp " + agency, Number: cell,
				Place: "An Giang", Date: time.Date(2024, 11, 19, 0, 0, 0, 0, time.UTC),
				KindName: "Báo cáo", Subject: title, To: []string{agency, note}, Urgency: cell,
			},
			Body: []doc.Block{
				&doc.Section{Title: "Mục " + title, Blocks: []doc.Block{
					doc.P(doc.Plain(title), doc.NoteText("Chú thích "+note), doc.Bold(cell)),
					&doc.Table{
						Columns: []doc.Column{{Title: cell}, {Title: title, Width: 3}},
						Rows:    [][]doc.Cell{{{Runs: doc.Text(cell)}, {Runs: []doc.Run{doc.Italic(note)}}}, {{Runs: doc.Text(title), Span: 2}}},
					},
					doc.P(doc.Plain("Kết thúc.")),
				}},
			},
			Closing: doc.Closing{
				Recipients: []string{agency, cell}, Archive: note, Drafter: cell,
				Signer: doc.Signer{Authority: []string{agency}, Title: "Giám đốc " + title, Name: "Nguyễn Văn A " + note},
			},
			Appendices: []doc.Appendix{
				{Title: "Phụ lục " + cell, Body: []doc.Block{doc.P(doc.Plain(note))}},
				{Title: "Số liệu", Body: []doc.Block{fuzzForm(title, cell)}},
			},
		}
		l, err := doc.Lay(d)
		if err != nil {
			return // a document Lay refuses is Lay's to report
		}
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

// fuzzForm is a table of 13 columns with head rows as Biểu số 06/VPCP/KSTT
// has them, head holding a head cell's text and cell a figure's: too wide
// for a portrait page, whatever the text.
func fuzzForm(head, cell string) *doc.Table {
	b := func(s string, span, rows int) doc.Cell {
		return doc.Cell{Runs: []doc.Run{doc.Bold(s)}, Span: span, RowSpan: rows}
	}
	t := &doc.Table{
		Head: [][]doc.Cell{
			{b("STT", 1, 2), b(head, 1, 2), b("Số hồ sơ "+head, 4, 1), b(cell, 7, 1)},
			{b(head, 2, 1), b(cell, 1, 1), b("Tổng số", 1, 1), b(head, 7, 1)},
		},
	}
	row := []doc.Cell{{Runs: doc.Text("1")}, {Runs: doc.Text(head)}}
	for i := range 13 {
		t.Columns = append(t.Columns, doc.Column{Width: max(1, i%3*4)})
		if i >= 2 {
			row = append(row, doc.Cell{Runs: doc.Text(cell + " 15.613")})
		}
	}
	t.Rows = [][]doc.Cell{row, {{Runs: doc.Text(cell), Span: 13}}}
	return t
}
