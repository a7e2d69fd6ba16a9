package xlsx_test

import (
	"context"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// convert converts the workbook at path with LibreOffice to the filter
// given ("pdf", or a CSV filter with its options) into a new folder, and
// returns the folder. LibreOffice reads a workbook only with Calc
// installed (Debian: libreoffice-calc-nogui): without it the test is
// skipped, or fails when tools are required.
func convert(t *testing.T, path, filter string) string {
	t.Helper()
	bin := rendertest.Tool(t, "soffice")
	out := t.TempDir()
	profile := "file://" + filepath.Join(t.TempDir(), "profile")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-env:UserInstallation="+profile, "--headless", "--convert-to", filter, "--outdir", out, path)
	msg, err := cmd.CombinedOutput()
	if strings.Contains(string(msg), "source file could not be loaded") {
		if rendertest.Required() {
			t.Fatalf("LibreOffice cannot read %s: is Calc (libreoffice-calc-nogui) installed?\n%s", path, msg)
		}
		t.Skipf("LibreOffice cannot read workbooks here (Calc, libreoffice-calc-nogui, is not installed): %s", msg)
	}
	require.NoError(t, err, "%s", msg)
	return out
}

// TestLibreOffice writes the fixture and opens it in the real programs:
// the Open XML validator, LibreOffice converting it to PDF (A4 landscape,
// the head repeated, the numbers printed the Vietnamese way) and to CSV
// (the numbers and the totals' values).
func TestLibreOffice(t *testing.T) {
	data := write(t, annexDoc())
	const stem = "xlsx-annex"
	path := filepath.Join(t.TempDir(), stem+".xlsx")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	rendertest.WriteOut(t, stem+".xlsx", data)

	t.Run("validator", func(t *testing.T) {
		for _, e := range rendertest.ValidateOOXML(t, path) {
			t.Errorf("%s %s: %s (%s)", e.Path, e.XPath, e.Description, e.ID)
		}
	})

	t.Run("pdf", func(t *testing.T) {
		pdf := filepath.Join(convert(t, path, "pdf"), stem+".pdf")
		if out := rendertest.OutDir(t); out != "" {
			b, err := os.ReadFile(pdf)
			require.NoError(t, err)
			rendertest.WriteOut(t, stem+".pdf", b)
			rendertest.PNG(t, pdf, out, stem)
		}
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
		dir := convert(t, path, `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1`)
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
