package html_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	xhtml "golang.org/x/net/html"

	"github.com/cchc-go/cchc/reform/doc"
	rhtml "github.com/cchc-go/cchc/reform/render/html"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// form is a table laid out as Biểu số 06/VPCP/KSTT, cut to its first head
// rows: 13 columns, s in a head cell and in the name of every unit, units
// rows of figures. It is too wide for a portrait page.
func form(s string, units int) *doc.Table {
	b := func(s string, span, rows int) doc.Cell {
		return doc.Cell{Runs: []doc.Run{doc.Bold(s)}, Span: span, RowSpan: rows}
	}
	t := &doc.Table{
		Columns: []doc.Column{{Width: 4, Align: doc.AlignCenter}, {Width: 24, Align: doc.AlignLeft}},
		Head: [][]doc.Cell{
			{b("STT", 1, 3), b("Cơ quan, đơn vị", 1, 3), b("Số hồ sơ nhận giải quyết", 4, 1), b(strings.TrimSpace("Kết quả giải quyết "+s), 7, 1)},
			{b("Tổng số", 1, 2), b("Trong đó", 3, 1), b("Số hồ sơ đã giải quyết", 4, 1), b("Số hồ sơ đang giải quyết", 3, 1)},
			{b("Số mới tiếp nhận trực tuyến", 1, 1), b("Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính", 1, 1),
				b("Số kỳ trước chuyển qua", 1, 1), b("Tổng số", 1, 1), b("Trả trước hạn", 1, 1), b("Trả đúng thời hạn", 1, 1),
				b("Trả quá hạn", 1, 1), b("Tổng số", 1, 1), b("Trong hạn", 1, 1), b("Quá hạn", 1, 1)},
			nil,
		},
	}
	for i := range 13 {
		if i >= 2 {
			t.Columns = append(t.Columns, doc.Column{Width: 7, Align: doc.AlignCenter})
		}
		t.Head[3] = append(t.Head[3], doc.Cell{Runs: doc.Text(fmt.Sprintf("(%d)", i+1))})
	}
	for i := range units {
		row := []doc.Cell{{Runs: doc.Text(strconv.Itoa(i + 1))}, {Runs: doc.Text("Ủy ban nhân dân xã " + s)}}
		for k := range 11 {
			row = append(row, doc.Cell{Runs: doc.Text(strconv.Itoa(1000 + 37*k))})
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// wideDocument is a short report whose first appendix holds form(…,
// units) and whose second a narrow table.
func wideDocument(units int) *doc.Document {
	small := &doc.Table{
		Columns: []doc.Column{{Title: "STT", Width: 1}, {Title: "Chỉ tiêu", Width: 6}, {Title: "Số lượng", Width: 2}},
		Rows:    [][]doc.Cell{{{Runs: doc.Text("1")}, {Runs: doc.Text("Thủ tục hành chính toàn trình")}, {Runs: doc.Text("98")}}},
	}
	return &doc.Document{
		Header: doc.Header{
			IssuingAgency: "SỞ NỘI VỤ", IssuerName: "Sở Nội vụ", Number: "1987/BC-SNV", Place: "An Giang",
			Date: time.Date(2024, 9, 30, 0, 0, 0, 0, time.UTC), KindName: "BÁO CÁO", Subject: "Công tác cải cách hành chính quý III năm 2024",
		},
		Body:    []doc.Block{doc.P(doc.Plain("Số liệu chi tiết tại các phụ lục kèm theo."))},
		Closing: doc.Closing{Recipients: []string{"Bộ Nội vụ"}, Signer: doc.Signer{Title: "GIÁM ĐỐC", Name: "Nguyễn Văn An"}},
		Appendices: []doc.Appendix{
			{Title: "Kết quả giải quyết thủ tục hành chính", Body: []doc.Block{form("", units)}},
			{Title: "Thủ tục hành chính theo mức độ", Body: []doc.Block{small}},
		},
	}
}

func TestWideAppendixInHTML(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, rhtml.Write(&buf, wideDocument(3)))
	page := buf.String()
	root := checkPage(t, buf.Bytes())

	// A named landscape page, turned on screen too, for the first appendix
	// only.
	assert.Contains(t, page, "@page landscape{size:297mm 210mm}\n.landscape{page:landscape}\n")
	assert.Contains(t, page, ".sheet.landscape{width:297mm;min-height:210mm}")
	assert.Contains(t, page, `<section class="sheet appendix landscape" id="appendix-1">`)
	assert.Contains(t, page, `<section class="sheet appendix" id="appendix-2">`)

	// The head rows as on paper: cells spanning rows and columns, the
	// places they cover left out; the table at 12 pt.
	var tables []*xhtml.Node
	for _, e := range elements(root) {
		if e.Data == "table" && attr(e, "class") == "data" {
			tables = append(tables, e)
		}
	}
	require.Len(t, tables, 2)
	assert.Equal(t, "font-size:12pt", attr(tables[0], "style"))
	assert.Empty(t, attr(tables[1], "style"))
	var heads [][]string
	for _, e := range elements(tables[0]) {
		if e.Data != "tr" || e.Parent.Data != "thead" {
			continue
		}
		var row []string
		for c := e.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == xhtml.ElementNode {
				row = append(row, text(c)+"/"+attr(c, "colspan")+"/"+attr(c, "rowspan"))
			}
		}
		heads = append(heads, row)
	}
	require.Len(t, heads, 4)
	assert.Equal(t, []string{"STT//3", "Cơ quan, đơn vị//3", "Số hồ sơ nhận giải quyết/4/", "Kết quả giải quyết/7/"}, heads[0])
	assert.Equal(t, []string{"Tổng số//2", "Trong đó/3/", "Số hồ sơ đã giải quyết/4/", "Số hồ sơ đang giải quyết/3/"}, heads[1])
	assert.Len(t, heads[2], 10)
	assert.Len(t, heads[3], 13)
}

func TestPortraitPageHasNoLandscapeRules(t *testing.T) {
	d := wideDocument(1)
	d.Appendices = d.Appendices[1:]
	var buf bytes.Buffer
	require.NoError(t, rhtml.Write(&buf, d))
	assert.NotContains(t, buf.String(), "landscape")
}

// TestWideAppendixInChromium prints a report with a wide appendix of 40
// units: the report's pages are A4 portrait, the appendix's landscape, the
// last appendix portrait again, and every unit is printed. Chromium
// repeats a table's head on each page only when it takes at most a
// quarter of the page; the four head rows of Biểu 06 take a little more
// (about 130 of 468 pt), so they are printed on the first page only.
func TestWideAppendixInChromium(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, rhtml.Write(&buf, wideDocument(40)))
	path := filepath.Join(t.TempDir(), "wide.html")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	rendertest.WriteOut(t, "html-wide.html", buf.Bytes())
	pdf := rendertest.PrintToPDF(t, path)
	rendertest.PNG(t, pdf, rendertest.OutDir(t), "html-wide")
	n := rendertest.PDFPages(t, pdf)
	out, err := exec.Command(rendertest.Tool(t, "pdfinfo"), "-f", "1", "-l", strconv.Itoa(n), pdf).Output()
	require.NoError(t, err)
	var landscape []bool
	for _, line := range strings.Split(string(out), "\n") {
		if i := strings.Index(line, " size:"); strings.HasPrefix(line, "Page") && i > 0 {
			var w, h float64
			_, err := fmt.Sscanf(strings.TrimSpace(line[i+6:]), "%g x %g", &w, &h)
			require.NoError(t, err, line)
			landscape = append(landscape, w > h)
		}
	}
	require.Len(t, landscape, n)
	require.GreaterOrEqual(t, n, 4)
	assert.False(t, landscape[0], "the report is portrait")
	assert.False(t, landscape[n-1], "the second appendix is portrait")
	for p := 2; p < n; p++ {
		assert.True(t, landscape[p-1], "page %d, of the first appendix, is landscape", p)
	}
	assert.Contains(t, rendertest.PDFText(t, pdf, 2), "(13)", "the head is on the appendix's first page")
	all := strings.Join(strings.Fields(rendertest.PDFTextRange(t, pdf, 2, n-1)), " ")
	for _, unit := range []string{"1 Ủy ban nhân dân xã", "40 Ủy ban nhân dân xã"} {
		assert.Contains(t, all, unit)
	}
}
