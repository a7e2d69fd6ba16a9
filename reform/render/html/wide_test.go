package html_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	xhtml "golang.org/x/net/html"

	"github.com/cchc-go/cchc/reform/doc"
	rhtml "github.com/cchc-go/cchc/reform/render/html"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// form is the sample's table of Biểu số 06/VPCP/KSTT for one unit with s
// in a head cell and in the unit's name.
func form(s string) *doc.Table {
	t := sample.DossierForm(1)
	t.Head[0][3] = doc.Cell{Runs: []doc.Run{doc.Bold(strings.TrimSpace("Kết quả giải quyết " + s))}, Span: 7, RowSpan: 1}
	t.Rows[1][1] = doc.Cell{Runs: doc.Text("Ủy ban nhân dân xã " + s)}
	return t
}

func TestWideAppendixInHTML(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, rhtml.Write(&buf, sample.Wide(3)))
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
	d := sample.Wide(1)
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
	require.NoError(t, rhtml.Write(&buf, sample.Wide(40)))
	path := rendertest.Save(t, "html-wide.html", buf.Bytes())
	pdf := rendertest.PrintToPDF(t, path)
	rendertest.PNG(t, pdf, rendertest.OutDir(t), "html-wide")
	n := rendertest.WideAppendixPages(t, pdf)
	assert.Contains(t, rendertest.PDFText(t, pdf, 2), "(13)", "the head is on the appendix's first page")
	all := strings.Join(strings.Fields(rendertest.PDFTextRange(t, pdf, 2, n-1)), " ")
	for _, unit := range []string{"1 Ủy ban nhân dân xã", "40 Ủy ban nhân dân xã"} {
		assert.Contains(t, all, unit)
	}
}
