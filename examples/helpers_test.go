package examples_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/html"
	"github.com/cchc-go/cchc/reform/render/markdown"
	"github.com/cchc-go/cchc/reform/render/text"
)

// This file holds what the examples' tests share: loading reports, the four
// renders with their golden files, and the real programs a DOCX must satisfy.
// The tool helpers are a copy of the few functions of
// reform/render/internal/realclient the examples need: Go's internal rule keeps
// that package out of reach from here.

// loadReport reads testdata/<name> and decodes it strictly.
func loadReport(t testing.TB, name string) *reform.Report {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	r, err := reform.Decode(data)
	require.NoError(t, err, "decoding %s", name)
	return r
}

// formats are the four formats every example is rendered in, in the order
// of their golden files.
func formats() []render.Format {
	return []render.Format{text.Format(), markdown.Format(), html.Format(), docx.Format()}
}

// renderAll lays d out once, writes it in the four formats, checks that each
// writer gives the same bytes twice, compares each render with its golden file
// testdata/golden/<stem><ext> (the DOCX as its XML parts, <stem>.docx.xml),
// writes the renders to CCHC_OUT when it is set, and returns them by format
// name ("txt", "md", "html", "docx").
func renderAll(t *testing.T, stem string, d *doc.Document) map[string][]byte {
	t.Helper()
	l, err := doc.Lay(d)
	require.NoError(t, err)
	out := map[string][]byte{}
	for _, f := range formats() {
		var a, b bytes.Buffer
		require.NoError(t, f.Write(&a, l), f.Name)
		require.NoError(t, f.Write(&b, l), f.Name)
		require.True(t, bytes.Equal(a.Bytes(), b.Bytes()), "%s: two writes of the same layout differ", f.Name)
		out[f.Name] = a.Bytes()
		writeOut(t, stem+f.Extension, a.Bytes())
		if f.Name == "docx" {
			checkGolden(t, stem+".docx.xml", docxGolden(t, l, a.Bytes()))
			continue
		}
		checkGolden(t, stem+f.Extension, a.Bytes())
	}
	return out
}

// docxGolden returns the XML parts of a DOCX as text, one paragraph, table
// row or footnote per line, after checking that the zip holds exactly the
// parts docx.Parts gives for the layout: the golden file then stands for the
// file.
func docxGolden(t testing.TB, l *doc.Layout, file []byte) []byte {
	t.Helper()
	parts, err := docx.Parts(l)
	require.NoError(t, err)
	z, err := zip.NewReader(bytes.NewReader(file), int64(len(file)))
	require.NoError(t, err)
	require.Len(t, z.File, len(parts), "the zip and docx.Parts disagree on the number of parts")
	var b bytes.Buffer
	for i, f := range z.File {
		rc, err := f.Open()
		require.NoError(t, err)
		data, err := io.ReadAll(rc)
		rc.Close()
		require.NoError(t, err)
		require.Equal(t, parts[i].Name, f.Name, "part %d", i)
		require.True(t, bytes.Equal(parts[i].Data, data), "part %s differs between the zip and docx.Parts", f.Name)
		require.NoError(t, wellFormed(data), f.Name)
		fmt.Fprintf(&b, "==> %s <==\n%s\n", f.Name, breakXML(data))
	}
	return b.Bytes()
}

// wellFormed reports whether data is well-formed XML.
func wellFormed(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	for {
		_, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// xmlBreaks are the start tags a DOCX golden file begins a line with.
var xmlBreaks = regexp.MustCompile(`<(w:p|w:tbl|w:tr|w:footnote|w:sectPr|w:style|w:hdr|w:ftr|Relationship|Override|Default)[ >/]`)

// breakXML puts a line break before every paragraph, table, row, footnote,
// style and relationship, so that a change in the document shows as a change
// of a few lines.
func breakXML(data []byte) []byte {
	return bytes.TrimLeft(xmlBreaks.ReplaceAllFunc(data, func(m []byte) []byte {
		return append([]byte{'\n'}, m...)
	}), "\n")
}

// checkGolden compares got with testdata/golden/<name>, or writes it when
// UPDATE_GOLDEN=1.
func checkGolden(t testing.TB, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if os.Getenv("UPDATE_GOLDEN") == "1" {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "golden file %s (run with UPDATE_GOLDEN=1 to create it)", path)
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("%s differs from the golden file (-want +got):\n%s", path, d)
	}
}

// outDir returns the folder named by CCHC_OUT, created if needed, or "".
func outDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("CCHC_OUT")
	if dir == "" {
		return ""
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	return dir
}

// writeOut writes data to name inside CCHC_OUT, when it is set.
func writeOut(t testing.TB, name string, data []byte) {
	t.Helper()
	if dir := outDir(t); dir != "" {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
}

// toolsRequired reports whether a missing tool must fail the test
// (CCHC_REQUIRE_TOOLS=1, as in CI).
func toolsRequired() bool { return os.Getenv("CCHC_REQUIRE_TOOLS") == "1" }

// tool returns the path of the named program, or skips the test (fails it
// when tools are required) when it is not installed. The validator is found
// through CCHC_OOXML_VALIDATOR or as ooxml-validator on PATH.
func tool(t testing.TB, name string) string {
	t.Helper()
	if name == "ooxml-validator" {
		if p := os.Getenv("CCHC_OOXML_VALIDATOR"); p != "" {
			if _, err := os.Stat(p); err == nil {
				return p
			}
			missing(t, name, "CCHC_OOXML_VALIDATOR="+p+" does not exist")
			return ""
		}
	}
	p, err := exec.LookPath(name)
	if err != nil {
		missing(t, name, "not on PATH")
		return ""
	}
	return p
}

func missing(t testing.TB, name, why string) {
	t.Helper()
	if toolsRequired() {
		t.Fatalf("%s is required (CCHC_REQUIRE_TOOLS=1) but %s", name, why)
	}
	t.Skipf("%s: %s; set CCHC_REQUIRE_TOOLS=1 to make this a failure", name, why)
}

// run runs a program with a time limit and returns its standard output.
func run(timeout time.Duration, dir, name string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("%s %s: %w\n%s", filepath.Base(name), strings.Join(args, " "), err, stderr.String())
	}
	return out, nil
}

// validationError is one error the Open XML validator reports.
type validationError struct {
	Description string `json:"description"`
	Path        string `json:"path"`
	XPath       string `json:"xPath"`
	ID          string `json:"id"`
	ErrorType   string `json:"errorType"`
}

// validateOOXML runs the Open XML SDK validator on a .docx file and returns
// the errors it reports (none for a valid file).
func validateOOXML(t testing.TB, path string) []validationError {
	t.Helper()
	bin := tool(t, "ooxml-validator")
	out, err := run(2*time.Minute, "", bin, path)
	// The validator exits non-zero for an invalid file; its JSON says why.
	var res struct {
		OK     bool              `json:"ok"`
		Errors []validationError `json:"errors"`
	}
	if jerr := json.Unmarshal(out, &res); jerr != nil {
		t.Fatalf("ooxml-validator: cannot read its output (%v): %v\n%s", jerr, err, out)
	}
	if !res.OK && len(res.Errors) == 0 {
		t.Fatalf("ooxml-validator: not ok and no errors listed: %s", out)
	}
	return res.Errors
}

// convertToPDF converts a document to PDF with LibreOffice and returns the
// PDF's path, in a temporary folder of the test.
func convertToPDF(t testing.TB, path string) string {
	t.Helper()
	bin := tool(t, "soffice")
	outDir := t.TempDir()
	profile := "file://" + filepath.Join(t.TempDir(), "profile")
	if _, err := run(3*time.Minute, outDir, bin, "-env:UserInstallation="+profile,
		"--headless", "--convert-to", "pdf", "--outdir", outDir, path); err != nil {
		t.Fatalf("LibreOffice conversion failed: %v", err)
	}
	pdf := filepath.Join(outDir, strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))+".pdf")
	if _, err := os.Stat(pdf); err != nil {
		t.Fatalf("LibreOffice wrote no PDF for %s: %v", path, err)
	}
	return pdf
}

// pdfPages returns the number of pages of a PDF.
func pdfPages(t testing.TB, pdf string) int {
	t.Helper()
	out, err := run(time.Minute, "", tool(t, "pdfinfo"), pdf)
	require.NoError(t, err)
	for _, line := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(line, "Pages:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			require.NoError(t, err, line)
			return n
		}
	}
	t.Fatalf("pdfinfo printed no page count:\n%s", out)
	return 0
}

// pdfText returns the text of a PDF's pages from first to last (counted from
// 1), in reading order without layout (pdftotext).
func pdfText(t testing.TB, pdf string, first, last int) string {
	t.Helper()
	out, err := run(time.Minute, "", tool(t, "pdftotext"), "-f", strconv.Itoa(first), "-l", strconv.Itoa(last), pdf, "-")
	require.NoError(t, err)
	return string(out)
}

// pngPages renders the pages of a PDF as PNG files at 60 dpi into CCHC_OUT,
// when it is set, for people to look at.
func pngPages(t testing.TB, pdf, stem string) {
	t.Helper()
	dir := outDir(t)
	if dir == "" {
		return
	}
	_, err := run(2*time.Minute, "", tool(t, "pdftoppm"), "-png", "-r", "60", pdf, filepath.Join(dir, stem))
	require.NoError(t, err)
}

// checkDOCX runs the DOCX of an example through the real programs: the Open
// XML validator must find no error, and LibreOffice must convert it to PDF
// (the one conversion of the example). It writes the PDF and its pages as PNG
// to CCHC_OUT and returns the PDF's path and its text.
func checkDOCX(t *testing.T, stem string, data []byte) (pdf, pdfTextAll string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), stem+".docx")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	errs := validateOOXML(t, path)
	for _, e := range errs {
		t.Errorf("ooxml-validator: %s at %s %s: %s", e.ErrorType, e.Path, e.XPath, e.Description)
	}
	pdf = convertToPDF(t, path)
	n := pdfPages(t, pdf)
	require.Positive(t, n)
	if dir := outDir(t); dir != "" {
		b, err := os.ReadFile(pdf)
		require.NoError(t, err)
		writeOut(t, stem+".pdf", b)
	}
	pngPages(t, pdf, stem)
	return pdf, pdfText(t, pdf, 1, n)
}

// squash removes every kind of white space, so that texts compare across
// the line breaks a PDF puts where it wraps.
func squash(s string) string {
	return strings.Join(strings.Fields(s), "")
}
