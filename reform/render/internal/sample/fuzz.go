package sample

import (
	"strings"
	"time"

	"github.com/cchc-go/cchc/reform/doc"
)

// FuzzSeeds returns the seeds of the renderers' fuzz targets of Fuzzed: the
// sample's own text, markup and control characters, blanks, invalid UTF-8,
// combining marks alone, the syntax of PDF files and very long text.
func FuzzSeeds() [][4]string {
	d := Document()
	return [][4]string{
		{d.Header.Subject, d.Header.ParentAgency, "Công văn số 134/UBND-NC ngày 31/01/2024 của UBND tỉnh", "15.613"},
		{"<script>&\"'", "]]><!--", "\x00\x01\x1f\ufffe\uffff", "a\r\nb\tc"},
		{"  leading and trailing  ", "\n", " ", "Ủy ban nhân dân tỉnh An Giang"},
		{"\xff\xfe invalid UTF-8", "e\u0301 (e + combining acute)", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", strings.Repeat("dài ", 200)},
		{"\u0300\u0338", "\u0338", "\u0300\u0338", "\u0338x"},
		{"(%)\\[]<>{}/#", "endstream endobj", "%%EOF", "trailer << /Root 1 0 R >>"},
		{strings.Repeat("x", 3000), strings.Repeat("\n", 100), strings.Repeat("chú thích ", 500), "漢字"},
	}
}

// Fuzzed returns a document with arbitrary text in the header, a heading,
// runs, a footnote, a table cell, the closing, an appendix and the head
// rows and cells of a wide table in another: the fixture of the renderers'
// fuzz targets. Its body[1], once laid out, is the paragraph of title, the
// note and cell.
func Fuzzed(title, agency, note, cell string) *doc.Document {
	return &doc.Document{
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

// Texts returns the texts of the runs of the sample's paragraphs, in order,
// without the empty ones: seeds of the renderers' fuzz targets of one
// string.
func Texts() []string {
	var texts []string
	doc.Walk(Document().Body, "body", func(_ string, b doc.Block) bool {
		if p, ok := b.(*doc.Paragraph); ok {
			for _, r := range p.Runs {
				if r.Text != "" {
					texts = append(texts, r.Text)
				}
			}
		}
		return true
	})
	return texts
}
