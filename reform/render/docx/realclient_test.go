package docx_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// collapse joins the words of s with single spaces: pdftotext -layout pads
// justified lines and breaks lines where the page did.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// firstLine returns the first non-empty line of s, trimmed.
func firstLine(s string) string {
	for line := range strings.SplitSeq(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			return line
		}
	}
	return ""
}

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// lastWords returns the last n words of s.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[max(len(f)-n, 0):], " ")
}

// TestSampleInRealClients renders the sample and checks it with the Open XML
// validator, then converts it to PDF with LibreOffice once and checks what
// a reader sees on its pages.
func TestSampleInRealClients(t *testing.T) {
	l, err := doc.Lay(sample.Document())
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, docx.WriteLayout(&buf, l))

	path := rendertest.Save(t, sample.Name+".docx", buf.Bytes())

	t.Run("validator", func(t *testing.T) {
		rendertest.CheckOOXML(t, path)
	})

	pdf := rendertest.ConvertToPDF(t, path)
	rendertest.OutPDF(t, pdf, sample.Name+".docx")
	pages := rendertest.PDFPages(t, pdf)
	require.GreaterOrEqual(t, pages, 2, "the sample must run over more than one page")
	text := make([]string, pages+1) // text[p] is page p, from 1
	for p := 1; p <= pages; p++ {
		text[p] = rendertest.PDFText(t, pdf, p)
	}

	t.Run("A4", func(t *testing.T) {
		w, h := rendertest.PDFPageSize(t, pdf)
		assert.InDelta(t, 595.3, w, 1)
		assert.InDelta(t, 841.9, h, 1)
	})

	t.Run("page 1", func(t *testing.T) {
		page := collapse(text[1])
		h := l.Header
		// The parent agency is too wide for its column at 13 pt: it is
		// set on two even lines, beside the national title and the motto.
		assert.Regexp(t, `ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\s*TỈNH AN GIANG\s+Độc lập - Tự do - Hạnh phúc\n\s*SỞ TƯ PHÁP\n`, text[1])
		for _, want := range []string{
			h.IssuingAgency, h.Number, h.NationalTitle, h.Motto, h.PlaceDate,
			h.KindName, h.Subject,
			l.Body[1].Label + " " + l.Body[1].Spans[0].Text, // I. CÔNG TÁC CHỈ ĐẠO, …
			l.Body[2].Label + " " + l.Body[2].Spans[0].Text, // 1. Về Kế hoạch …
		} {
			assert.Contains(t, page, want)
		}
		// The number and the place-date share a row.
		assert.Regexp(t, `Số: 380/BC-STP\s+An Giang, ngày 19 tháng 11 năm 2024`, text[1])
		assert.True(t, strings.HasPrefix(firstLine(text[1]), "ỦY BAN NHÂN DÂN"),
			"page 1 starts with the header, without a page number: %q", firstLine(text[1]))
	})

	t.Run("page numbers", func(t *testing.T) {
		for p := 2; p <= pages; p++ {
			first := firstLine(text[p])
			if strings.HasPrefix(first, "Phụ lục") {
				continue // the first page of an appendix shows no number
			}
			assert.Equal(t, strconv.Itoa(p), first, "page %d starts with its number", p)
		}
	})

	t.Run("footnotes on the page of their reference", func(t *testing.T) {
		// Compared without spaces: a line may break after a hyphen
		// ("289/QĐ-" / "UBND").
		squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
		pageOf := func(s string) []int {
			var found []int
			for p := 1; p <= pages; p++ {
				if strings.Contains(squash(text[p]), squash(s)) {
					found = append(found, p)
				}
			}
			return found
		}
		checked := 0
		for _, para := range l.Body {
			before := ""
			for k, s := range para.Spans {
				if s.Note == 0 {
					before += s.Text
					continue
				}
				after := ""
				for _, a := range para.Spans[k+1:] {
					if a.Note != 0 {
						break
					}
					after += a.Text
				}
				// The shortest run of words right before the reference that
				// occurs on one page only; when every run before it also
				// occurs elsewhere or crosses a page break (a paragraph
				// whose first line ends a page), the shortest run after it.
				var ref string
				var refPages []int
				for _, words := range []func(n int) string{
					func(n int) string { return lastWords(before, n) },
					func(n int) string { return firstWords(after, n) },
				} {
					for n := 3; n <= 12; n++ {
						ref = words(n)
						if refPages = pageOf(ref); len(refPages) <= 1 {
							break
						}
					}
					if len(refPages) == 1 {
						break
					}
				}
				note := collapse(doc.PlainText(l.Notes[s.Note-1].Spans))
				notePages := pageOf(note)
				require.Len(t, refPages, 1, "the text around footnote %d (%q) is on one page", s.Note, ref)
				require.Len(t, notePages, 1, "footnote %d (%q) is on one page", s.Note, note)
				assert.Equal(t, refPages[0], notePages[0], "footnote %d is on the page of its reference", s.Note)
				checked++
			}
		}
		assert.Equal(t, len(l.Notes), checked)
	})

	t.Run("closing and appendix", func(t *testing.T) {
		a := l.Appendices[0]
		appendix := 0
		for p := 2; p <= pages; p++ {
			if firstLine(text[p]) == a.Label {
				appendix = p
			}
		}
		require.NotZero(t, appendix, "an appendix page starts with %q", a.Label)
		before := collapse(text[appendix-1])
		for _, want := range []string{l.Closing.Label, l.Closing.Title, l.Closing.Name, l.Closing.Recipients[len(l.Closing.Recipients)-1]} {
			assert.Contains(t, before, want, "the closing is on the page before the appendix")
		}
		page := collapse(text[appendix])
		for _, want := range []string{a.Title, a.Reference, "Tiếp nhận trực tuyến", "15.613", "Số liệu do Hệ thống"} {
			assert.Contains(t, page, want)
		}
		assert.Regexp(t, `STT\s+Chỉ tiêu\s+Số hồ sơ`, text[appendix], "the table head")
	})
}
