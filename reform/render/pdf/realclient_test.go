package pdf_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// checkInRealClients checks a PDF of layout l with the programs a reader
// and a printer use: qpdf finds no error, pdffonts lists every font
// embedded as a subset with a Unicode map, pdftotext -raw reads the words
// of the text render in the same order, and the page count is within one of
// LibreOffice's conversion of the DOCX. The PDF and its pages as PNG go to
// CCHC_OUT (stem.pdf, stem-N.png) beside the DOCX's (stem.docx.pdf,
// stem.docx-N.png). It returns the path of the PDF.
func checkInRealClients(t *testing.T, stem string, l *doc.Layout, head ...string) string {
	t.Helper()
	out := render(t, l)
	path := rendertest.Save(t, stem+".pdf", out)
	rendertest.PNG(t, path, rendertest.OutDir(t), stem)

	t.Run("qpdf", func(t *testing.T) {
		assert.Contains(t, rendertest.QPDFCheck(t, path), "No syntax or stream encoding errors")
	})
	t.Run("fonts", func(t *testing.T) {
		fonts := rendertest.PDFFonts(t, path)
		require.NotEmpty(t, fonts)
		for _, f := range fonts {
			assert.Equal(t, "CID TrueType", f.Type, f.Name)
			assert.True(t, f.Embedded, "%s is not embedded", f.Name)
			assert.True(t, f.Subset, "%s is not a subset", f.Name)
			assert.True(t, f.Unicode, "%s has no Unicode map", f.Name)
		}
	})
	pages := rendertest.PDFPages(t, path)
	t.Run("A4", func(t *testing.T) {
		w, h := rendertest.PDFPageSize(t, path)
		assert.InDelta(t, 595.3, w, 0.1)
		assert.InDelta(t, 841.9, h, 0.1)
	})
	t.Run("text", func(t *testing.T) {
		rendertest.SameWords(t, rendertest.PDFStreamText(t, path, 1, pages), plainText(t, l), head...)
	})
	t.Run("pages", func(t *testing.T) {
		var d bytes.Buffer
		require.NoError(t, docx.WriteLayout(&d, l))
		docxPath := filepath.Join(t.TempDir(), stem+".docx")
		require.NoError(t, os.WriteFile(docxPath, d.Bytes(), 0o644))
		lo := rendertest.ConvertToPDF(t, docxPath)
		want := rendertest.PDFPages(t, lo)
		t.Logf("%s: %d pages; LibreOffice's conversion of the DOCX: %d", stem, pages, want)
		assert.InDelta(t, want, pages, 1, "page count against LibreOffice's conversion of the DOCX")
		rendertest.OutPDF(t, lo, stem+".docx")
	})
	return path
}

func TestSampleInRealClients(t *testing.T) {
	path := checkInRealClients(t, sample.Name, rendertest.Lay(t, sample.Document()))
	// The appendix is the last page, without a number.
	n := rendertest.PDFPages(t, path)
	last := strings.TrimSpace(rendertest.PDFRawText(t, path, n, n))
	assert.True(t, strings.HasPrefix(last, "Phụ lục\n"), "%.60q", last)
}
