package examples_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/pdf"
	"github.com/cchc-go/cchc/reform/render/rendertest"
	"github.com/cchc-go/cchc/reform/render/text"
)

// TestPDF writes the reference report, the district report and the
// department's report as PDF, without LibreOffice, and checks each with the
// programs a reader uses: qpdf finds no error, pdffonts lists every font
// embedded as a subset with a Unicode map, pdftotext (in the order of the
// content) reads the words of the text render in the same order, and the
// page count is within one of LibreOffice's conversion of the DOCX. With
// CCHC_OUT the PDF and its pages as PNG are written beside the DOCX's
// conversion (<stem>.pdf, <stem>-N.png; <stem>.docx.pdf, <stem>.docx-N.png).
func TestPDF(t *testing.T) {
	t.Parallel()
	for _, ex := range []struct{ json, stem string }{
		{referenceJSON, referenceStem},
		{districtJSON, districtStem},
		{"department-so-y-te.json", departmentStem},
	} {
		t.Run(ex.stem, func(t *testing.T) {
			d, err := loadReport(t, ex.json).Document()
			require.NoError(t, err)
			l, err := doc.Lay(d)
			require.NoError(t, err)
			var a, b bytes.Buffer
			require.NoError(t, pdf.WriteLayout(&a, l))
			require.NoError(t, pdf.WriteLayout(&b, l))
			require.True(t, bytes.Equal(a.Bytes(), b.Bytes()), "two writes of the same layout differ")
			path := rendertest.Save(t, ex.stem+".pdf", a.Bytes())
			rendertest.PNG(t, path, rendertest.OutDir(t), ex.stem)

			assert.Contains(t, rendertest.QPDFCheck(t, path), "No syntax or stream encoding errors")
			for _, f := range rendertest.PDFFonts(t, path) {
				assert.True(t, f.Embedded && f.Subset && f.Unicode, "%+v", f)
			}
			pages := rendertest.PDFPages(t, path)
			var plain bytes.Buffer
			require.NoError(t, text.WriteLayoutOptions(&plain, l, text.Options{Plain: true}))
			rendertest.SameWords(t, rendertest.PDFStreamText(t, path, 1, pages), plain.String())

			var dx bytes.Buffer
			require.NoError(t, docx.WriteLayout(&dx, l))
			docxPath := filepath.Join(t.TempDir(), ex.stem+".docx")
			require.NoError(t, os.WriteFile(docxPath, dx.Bytes(), 0o644))
			lo := rendertest.ConvertToPDF(t, docxPath)
			want := rendertest.PDFPages(t, lo)
			t.Logf("%s: %d pages; LibreOffice's conversion of the DOCX: %d", ex.stem, pages, want)
			assert.InDelta(t, want, pages, 1, "page count against LibreOffice's conversion of the DOCX")
			rendertest.OutPDF(t, lo, ex.stem+".docx")
		})
	}
}

// BenchmarkReferencePDF is the whole path of a provincial server from the
// reference report's JSON to its PDF, in process: decode, validate, build
// the document, lay it out and write the PDF.
func BenchmarkReferencePDF(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", referenceJSON))
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		r, err := reform.Decode(data)
		if err != nil {
			b.Fatal(err)
		}
		_ = r.Validate()
		d, err := r.Document()
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if err := pdf.Write(&buf, d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReferencePDFProcess compares whole processes, as a server that
// shells out would run them: "cchc render -o x.pdf" on the reference JSON
// against "soffice --headless --convert-to pdf" of the DOCX of the same
// report (a fresh LibreOffice profile each time, as a server without a
// running office has). It reports both times per run and their ratio.
func BenchmarkReferencePDFProcess(b *testing.B) {
	soffice := rendertest.Tool(b, "soffice")
	dir := b.TempDir()
	bin := filepath.Join(dir, "cchc")
	build := exec.Command("go", "build", "-o", bin, "github.com/cchc-go/cchc/cmd/cchc")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	ref, err := filepath.Abs(filepath.Join("testdata", referenceJSON))
	require.NoError(b, err)
	docxPath := filepath.Join(dir, "ref.docx")
	if out, err := exec.Command(bin, "render", "-o", docxPath, ref).CombinedOutput(); err != nil {
		b.Fatalf("cchc render: %v\n%s", err, out)
	}
	var ours, theirs time.Duration
	n := 0
	for b.Loop() {
		n++
		out := filepath.Join(dir, "ref.pdf")
		os.Remove(out)
		start := time.Now()
		if o, err := exec.Command(bin, "render", "-o", out, ref).CombinedOutput(); err != nil {
			b.Fatalf("cchc render: %v\n%s", err, o)
		}
		ours += time.Since(start)

		start = time.Now()
		profile := "file://" + filepath.Join(dir, "profile")
		os.RemoveAll(filepath.Join(dir, "profile"))
		conv := exec.Command(soffice, "-env:UserInstallation="+profile, "--headless", "--convert-to", "pdf", "--outdir", filepath.Join(dir, "lo"), docxPath)
		if o, err := conv.CombinedOutput(); err != nil {
			b.Fatalf("soffice: %v\n%s", err, o)
		}
		theirs += time.Since(start)
	}
	b.ReportMetric(float64(ours.Milliseconds())/float64(n), "cchc-ms/op")
	b.ReportMetric(float64(theirs.Milliseconds())/float64(n), "soffice-ms/op")
	b.ReportMetric(float64(theirs)/float64(ours), "ratio")
}
