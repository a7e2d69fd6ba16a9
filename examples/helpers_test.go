package examples_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/html"
	"github.com/cchc-go/cchc/reform/render/markdown"
	"github.com/cchc-go/cchc/reform/render/rendertest"
	"github.com/cchc-go/cchc/reform/render/text"
)

// This file holds what the examples' tests share: loading reports, the four
// renders with their golden files, and the real programs a DOCX must satisfy.
// The golden files and the real programs come from reform/render/rendertest.

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
		rendertest.WriteOut(t, stem+f.Extension, a.Bytes())
		if f.Name == "docx" {
			rendertest.Golden(t, filepath.Join("golden", stem+".docx.xml"), docxGolden(t, l, a.Bytes()))
			continue
		}
		rendertest.Golden(t, filepath.Join("golden", stem+f.Extension), a.Bytes())
	}
	return out
}

// textLines writes d as plain text with one line per paragraph and the
// emphasis marks (text.Options{}), the shape of the reference report's text:
// what the tests look for phrases in, whatever the wrapping of the default
// text render.
func textLines(t *testing.T, d *doc.Document) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, text.WriteOptions(&b, d, text.Options{}))
	return b.String()
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

// checkDOCX runs the DOCX of an example through the real programs: the Open
// XML validator must find no error, and LibreOffice must convert it to PDF
// (the one conversion of the example). It writes the PDF and its pages as PNG
// to CCHC_OUT and returns the PDF's path and its text.
func checkDOCX(t *testing.T, stem string, data []byte) (pdf, pdfTextAll string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), stem+".docx")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	rendertest.CheckOOXML(t, path)
	pdf = rendertest.ConvertToPDF(t, path)
	n := rendertest.PDFPages(t, pdf)
	require.Positive(t, n)
	rendertest.OutPDF(t, pdf, stem)
	return pdf, rendertest.PDFRawText(t, pdf, 1, n)
}

// squash removes every kind of white space, so that texts compare across
// the line breaks a PDF puts where it wraps.
func squash(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// must returns a total, panicking on the error of one past the int64 range:
// the examples' counts are far below finding.MaxCount.
func must(n int64, err error) int64 {
	if err != nil {
		panic(err)
	}
	return n
}
