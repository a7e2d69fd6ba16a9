package xlsx_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// TestLibreOffice writes the fixture and opens it in the real programs:
// the Open XML validator, LibreOffice converting it to PDF (A4 landscape,
// the head repeated, the numbers printed the Vietnamese way) and to CSV
// (the numbers and the totals' values).
func TestLibreOffice(t *testing.T) {
	data := write(t, annexDoc())
	const stem = "xlsx-annex"
	path := rendertest.Save(t, stem+".xlsx", data)

	t.Run("validator", func(t *testing.T) {
		rendertest.CheckOOXML(t, path)
	})

	t.Run("pdf", func(t *testing.T) {
		pdf := filepath.Join(rendertest.ConvertWorkbook(t, path, "pdf"), stem+".pdf")
		rendertest.OutPDF(t, pdf, stem)
		w, h := rendertest.PDFPageSize(t, pdf)
		assert.InDelta(t, 841.9, w, 1, "A4 landscape")
		assert.InDelta(t, 595.3, h, 1, "A4 landscape")
		pages := rendertest.PDFPages(t, pdf)
		text := collapse(rendertest.PDFRawText(t, pdf, 1, pages))
		for _, want := range []string{"PHỤ LỤC", "KẾT QUẢ GIẢI QUYẾT HỒ SƠ THEO ĐƠN VỊ", "Số hồ sơ tiếp nhận", "Tổng cộng 17.630 9.682 7.948 54,9%",
			"Sở Tư pháp 15.613 8.252 7.361 52,9%", "03 1.234,5 1.23"} {
			assert.Contains(t, text, want)
		}
	})

	t.Run("csv", func(t *testing.T) {
		// 44 = comma, 34 = quote, 76 = UTF-8, -1 = every sheet to a file.
		dir := rendertest.ConvertWorkbook(t, path, rendertest.CSVFilter)
		f, err := os.Open(filepath.Join(dir, stem+"-Phụ lục II.csv"))
		require.NoError(t, err)
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		require.NoError(t, err)
		var body []string
		for _, r := range rows {
			if len(r) > 2 && (r[1] == "Tổng cộng" || r[1] == "Cấp tỉnh" || r[1] == "Cấp xã") {
				body = append(body, strings.Join(r[2:5], " "))
			}
		}
		// The derived numbers, as numbers: LibreOffice writes them without
		// the thousands dots.
		assert.Equal(t, []string{"17630 9682 7948", "15613 8252 7361", "2017 1430 587"}, body)
	})
}

// collapse joins the words of s with single spaces; PDF text breaks lines
// where the page did. The labels are compared in capitals: LibreOffice's
// PDF of a bold capital title extracts as it is printed.
func collapse(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "Phụ lục", "PHỤ LỤC")
}
