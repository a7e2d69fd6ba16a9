package docx_test

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// sections returns the section properties of a document part in order:
// those ending a section in a paragraph, then the body's own.
func sections(t *testing.T, document *node) []*node {
	t.Helper()
	all := document.all("w:sectPr")
	require.NotEmpty(t, all)
	return all
}

func TestWideAppendixInDOCX(t *testing.T) {
	parts, err := docx.Parts(rendertest.Lay(t, sample.Wide(3)))
	require.NoError(t, err)
	document := mustParse(t, part(t, parts, docx.PartDocument))

	// Three sections: the report portrait, the first appendix landscape,
	// the second portrait again; each restarts its numbers and hides the
	// number of its first page, with the same headers and margins.
	secs := sections(t, document)
	require.Len(t, secs, 3)
	for i, s := range secs {
		size := s.child("w:pgSz")
		require.NotNil(t, size, "section %d", i)
		if i == 1 {
			assert.Equal(t, map[string]string{"w:w": "16838", "w:h": "11906", "w:orient": "landscape"}, size.attr, "section %d", i)
		} else {
			assert.Equal(t, map[string]string{"w:w": "11906", "w:h": "16838"}, size.attr, "section %d", i)
		}
		m := s.child("w:pgMar").attr
		assert.Equal(t, []string{"1418", "1134", "1985", "1134"}, []string{m["w:top"], m["w:bottom"], m["w:left"], m["w:right"]}, "section %d", i)
		assert.True(t, s.has("w:titlePg"), "section %d", i)
		assert.Equal(t, "1", s.child("w:pgNumType").attr["w:start"], "section %d", i)
		assert.Len(t, s.all("w:headerReference"), 2, "section %d", i)
		if i > 0 {
			assert.Equal(t, "nextPage", s.val("w:type"), "section %d", i)
		}
	}

	tables := document.all("w:tbl")
	form := tables[2] // after the header and closing tables
	var grid int
	for _, c := range form.first("w:tblGrid").all("w:gridCol") {
		w, err := strconv.Atoi(c.attr["w:w"])
		require.NoError(t, err)
		grid += w
	}
	assert.Equal(t, 16838-1985-1134, grid, "the table spans the landscape text width")
	assert.Equal(t, strconv.Itoa(grid), form.first("w:tblW").attr["w:w"])

	rows := form.all("w:tr")
	require.Len(t, rows, 4+1+3)
	for i, r := range rows {
		assert.Equal(t, i < 4, r.first("w:trPr").has("w:tblHeader"), "row %d: every head row, and only they, repeat", i)
	}
	type cellInfo struct {
		text, span, merge string
		restart           bool
	}
	info := func(r *node) []cellInfo {
		var out []cellInfo
		for _, c := range r.all("w:tc") {
			pr := c.child("w:tcPr")
			ci := cellInfo{text: c.plain(), span: pr.val("w:gridSpan")}
			if m := pr.child("w:vMerge"); m != nil {
				ci.merge, ci.restart = "merge", m.attr["w:val"] == "restart"
			}
			out = append(out, ci)
		}
		return out
	}
	assert.Equal(t, []cellInfo{
		{"STT", "", "merge", true}, {"Cơ quan, đơn vị", "", "merge", true},
		{"Số hồ sơ nhận giải quyết", "4", "", false}, {"Kết quả giải quyết", "7", "", false},
	}, info(rows[0]))
	assert.Equal(t, []cellInfo{
		{"", "", "merge", false}, {"", "", "merge", false}, {"Tổng số", "", "merge", true},
		{"Trong đó", "3", "", false}, {"Số hồ sơ đã giải quyết", "4", "", false}, {"Số hồ sơ đang giải quyết", "3", "", false},
	}, info(rows[1]))
	third := info(rows[2])
	require.Len(t, third, 13)
	assert.Equal(t, cellInfo{"", "", "merge", false}, third[2], "Tổng số continues down")
	assert.Equal(t, "Số mới tiếp nhận trực tuyến", third[3].text)
	assert.Len(t, info(rows[3]), 13)
	assert.Equal(t, "(13)", info(rows[3])[12].text)
	// The table's text is at the size Lay chose (12 pt): on every run and
	// every paragraph mark of its cells.
	for _, sz := range form.all("w:sz") {
		assert.Equal(t, "24", sz.attr["w:val"])
	}
	// The second appendix's table is as every table of a portrait page: a
	// head of one row, the body size, the portrait text width.
	small := tables[3]
	assert.Empty(t, small.all("w:sz"))
	assert.Empty(t, small.all("w:vMerge"))
	assert.Equal(t, "8787", small.first("w:tblW").attr["w:w"])
}

// TestWideAppendixInRealClients validates the DOCX of a report with a wide
// appendix of 40 units, converts it with LibreOffice and checks the pages:
// portrait, then landscape for the appendix whose head repeats on each of
// its pages, then portrait.
func TestWideAppendixInRealClients(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, docx.Write(&buf, sample.Wide(40)))
	path := rendertest.Save(t, "docx-wide.docx", buf.Bytes())
	rendertest.CheckOOXML(t, path)
	pdf := rendertest.ConvertToPDF(t, path)
	rendertest.PNG(t, pdf, rendertest.OutDir(t), "docx-wide")
	n := rendertest.WideAppendixPages(t, pdf)
	for p := 2; p < n; p++ {
		text := rendertest.PDFText(t, pdf, p)
		assert.Contains(t, text, "Kết quả giải quyết", "page %d repeats the head", p)
		assert.Contains(t, text, "(13)", "page %d repeats the column numbers", p)
		if p > 2 {
			assert.Equal(t, strconv.Itoa(p-1), firstLine(text), "page %d is page %d of the appendix", p, p-1)
		}
	}
	assert.Contains(t, rendertest.PDFText(t, pdf, n-1), "Ủy ban nhân dân xã số 40")
}
