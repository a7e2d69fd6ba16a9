package html_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

var spaces = regexp.MustCompile(`[ \t]+`)

// pdfText is the text of one page with runs of blanks made one space and
// NFC, so that words compare whatever the layout of the text extraction.
func pdfText(t *testing.T, pdf string, page int) string {
	t.Helper()
	return norm.NFC.String(spaces.ReplaceAllString(rendertest.PDFText(t, pdf, page), " "))
}

// TestChromiumPrint prints the sample with headless Chromium: an A4 PDF
// whose first page holds the header and the title, the notes then the
// closing before the appendix, and the appendix on a page of its own. With
// CCHC_OUT set, the HTML, the PDF and PNGs of its pages are written there.
func TestChromiumPrint(t *testing.T) {
	page := write(t, sample.Document())
	rendertest.WriteOut(t, sample.Name+".html", page)

	path := filepath.Join(t.TempDir(), sample.Name+".html")
	require.NoError(t, os.WriteFile(path, page, 0o644))
	pdf := rendertest.PrintToPDF(t, path)

	w, h := rendertest.PDFPageSize(t, pdf)
	assert.InDelta(t, 595.28, w, 1, "A4 width in points")
	assert.InDelta(t, 841.89, h, 1, "A4 height in points")

	first := pdfText(t, pdf, 1)
	for _, want := range []string{
		"SỞ TƯ PHÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
		"Số: 380/BC-STP", "An Giang, ngày 19 tháng 11 năm 2024", "BÁO CÁO",
		"Công tác cải cách hành chính 11 tháng đầu năm 2024", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
	} {
		assert.Contains(t, first, want, "page 1")
	}
	for _, line := range strings.Split(first, "\n") {
		assert.NotRegexp(t, `^\s*1\s*$`, line, "page 1 carries no page number")
	}

	pages := rendertest.PDFPages(t, pdf)
	require.GreaterOrEqual(t, pages, 2)
	last := pdfText(t, pdf, pages)
	assert.True(t, strings.HasPrefix(strings.TrimSpace(strings.SplitN(strings.TrimSpace(last), "\n", 2)[1]), "Phụ lục"),
		"the appendix starts the last page, under the page number:\n%s", last)
	assert.Contains(t, last, "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH 11 THÁNG ĐẦU")
	assert.Contains(t, last, "Tổng số hồ sơ tiếp nhận")
	assert.NotContains(t, last, "Nơi nhận:")

	before := strings.Join(strings.Fields(pdfText(t, pdf, pages-1)), " ")
	for _, want := range []string{"Nơi nhận:", "- Lưu: VT, CCHC.", "GIÁM ĐỐC", "Trịnh Tuấn Ngọc",
		"6 Công văn số 822/STP-XDKT&TDTHPL ngày 06/6/2024 của Sở Tư pháp"} {
		assert.Contains(t, before, want, "the page before the appendix, its words joined by single spaces")
	}
	// The notes of the main text are printed before the closing, not after
	// the signature.
	var main strings.Builder
	for p := 1; p < pages; p++ {
		main.WriteString(pdfText(t, pdf, p))
	}
	all := strings.Join(strings.Fields(main.String()), " ")
	note := strings.Index(all, "6 Công văn số 822/STP-XDKT&TDTHPL")
	closing := strings.Index(all, "Nơi nhận:")
	assert.True(t, note >= 0 && note < closing, "the last note (at %d) comes before the closing (at %d)", note, closing)
	assert.True(t, strings.HasSuffix(all, "Trịnh Tuấn Ngọc"), "the signer's name ends the main text: %q", all[max(len(all)-60, 0):])
	second := pdfText(t, pdf, 2)
	assert.Equal(t, "2", strings.TrimSpace(strings.SplitN(strings.TrimSpace(second), "\n", 2)[0]), "page 2 is numbered at the top")

	rendertest.OutPDF(t, pdf, sample.Name+"-html")
}
