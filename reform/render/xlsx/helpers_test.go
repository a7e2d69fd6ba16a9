package xlsx_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/rendertest"
	"github.com/cchc-go/cchc/reform/render/xlsx"
)

// formTable is a table in the shape of a statistical form, typed by hand as
// a fixture: a head of three rows and the row of column numbers, the total
// first, two groups with their subtotals, marked as totals; counts, a
// count with its leading zero, rates, and a cell with a footnote.
func formTable() *doc.Table {
	h := func(s string, span, rows int) doc.Cell {
		return doc.Cell{Runs: []doc.Run{doc.Bold(s)}, Span: span, RowSpan: rows}
	}
	c := func(s string) doc.Cell { return doc.Cell{Runs: doc.Text(s)} }
	b := func(s string) doc.Cell { return doc.Cell{Runs: []doc.Run{doc.Bold(s)}} }
	return &doc.Table{
		Columns: []doc.Column{
			{Title: "STT", Width: 2, Align: doc.AlignCenter}, {Title: "Đơn vị", Width: 8, Align: doc.AlignLeft},
			{Title: "Tổng số", Width: 3, Align: doc.AlignCenter}, {Title: "Trực tuyến", Width: 3, Align: doc.AlignCenter},
			{Title: "Trực tiếp", Width: 3, Align: doc.AlignCenter}, {Title: "Tỷ lệ", Width: 3, Align: doc.AlignCenter},
		},
		Head: [][]doc.Cell{
			{h("STT", 1, 3), h("Cơ quan, đơn vị", 1, 3), h("Số hồ sơ tiếp nhận", 3, 1), h("Tỷ lệ trực tuyến", 1, 3)},
			{h("Tổng số", 1, 2), h("Trong đó", 2, 1)},
			{h("Trực tuyến", 1, 1), h("Trực tiếp", 1, 1)},
			{c("(1)"), c("(2)"), c("(3)"), c("(4)"), c("(5)"), c("(6)")},
		},
		Rows: [][]doc.Cell{
			{c(""), b("Tổng cộng"), b("17.630"), b("9.682"), b("7.948"), b("54,9%")},
			{b("I"), b("Cấp tỉnh"), b("15.613"), b("8.252"), b("7.361"), b("52,9%")},
			{c("1"), c("Sở Tư pháp"), c("15.613"), c("8.252"), c("7.361"), c("52,9%")},
			{b("II"), b("Cấp xã"), b("2.017"), b("1.430"), b("587"), b("70,9%")},
			{c("1"), {Runs: []doc.Run{doc.Plain("Xã Bình Hòa"), doc.NoteText("Sáp nhập từ ngày 01/7/2025.")}}, c("642"), c("410"), c("232"), c("63,9%")},
			{c("2"), {Runs: []doc.Run{doc.Plain("Phường "), doc.Italic("Mỹ Long")}}, c("1.375"), c("1.020"), c("355"), c("74,2%")},
			{c("3"), c("Ghi chú"), c("03"), c("1.234,5"), c("1.23"), {Runs: doc.Text("Không có số liệu"), Span: 1}},
		},
		Totals: []doc.Total{{Row: 0, Of: []int{1, 3}}, {Row: 1, Of: []int{2}}, {Row: 3, Of: []int{4, 5}}},
	}
}

// annexDoc is the sample document with a table in the body, under a
// heading, and a second appendix holding the form table under the lines of
// its form.
func annexDoc() *doc.Document {
	d := sample.Document()
	d.Body = append(d.Body, &doc.Section{Title: "Số liệu", Blocks: []doc.Block{
		doc.P(doc.Plain("Số liệu tổng hợp như sau:")),
		&doc.Table{
			Columns: []doc.Column{{Title: "Chỉ tiêu", Width: 4}, {Title: "Số lượng", Width: 2, Align: doc.AlignRight}},
			Rows:    [][]doc.Cell{{{Runs: doc.Text("Hồ sơ")}, {Runs: doc.Text("15.613")}}},
		},
	}})
	d.Appendices = append(d.Appendices, doc.Appendix{
		Title: "Kết quả giải quyết hồ sơ theo đơn vị",
		Body: []doc.Block{
			&doc.Paragraph{Runs: []doc.Run{doc.Italic("(Biểu số 06/VPCP/KSTT)")}, Align: doc.AlignCenter, NoIndent: true},
			&doc.Paragraph{Runs: []doc.Run{doc.Italic("Đơn vị tính: Số hồ sơ TTHC")}, Align: doc.AlignRight, NoIndent: true},
			formTable(),
		},
	})
	return d
}

// write lays d out and writes it as a workbook.
func write(t testing.TB, d *doc.Document) []byte {
	return rendertest.Written(t, xlsx.Format().Render, d)
}

// open reads a workbook back with excelize.
func open(t testing.TB, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	return f
}
