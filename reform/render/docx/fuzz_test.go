package docx_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
)

// FuzzWrite puts arbitrary text in the header, a heading, runs, a footnote,
// a table cell, the closing, an appendix and the head rows and cells of a
// wide table in another: whenever doc.Lay accepts the
// document, the output is a zip whose every part is well-formed XML, and
// the paragraph's text comes back whole, and every part is NFC.
func FuzzWrite(f *testing.F) {
	s := sample.Document()
	f.Add(s.Header.Subject, s.Header.ParentAgency, "Công văn số 134/UBND-NC ngày 31/01/2024 của UBND tỉnh", "15.613")
	f.Add("<script>&\"'", "]]><!--", "\x00\x01\x1f\ufffe\uffff", "a\r\nb\tc")
	f.Add("  leading and trailing  ", "\n", " ", "Ủy ban nhân dân tỉnh An Giang")
	f.Add("\xff\xfe invalid UTF-8", "e\u0301 (e + combining acute)", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", strings.Repeat("dài ", 200))
	f.Add("\u0300\u0338", "\u0338", "\u0300\u0338", "\u0338x")
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
