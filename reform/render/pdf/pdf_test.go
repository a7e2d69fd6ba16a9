package pdf_test

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/go-fonts/liberation/liberationsansregular"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/pdf"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// date is the date of the test documents.
var date = time.Date(2024, time.November, 19, 0, 0, 0, 0, time.UTC)

// document returns a short document with the given body.
func document(body ...doc.Block) *doc.Document {
	return &doc.Document{
		Header: doc.Header{
			ParentAgency: "Ủy ban nhân dân tỉnh An Giang", IssuingAgency: "Sở Tư pháp", Number: "380/BC-STP",
			Place: "An Giang", Date: date, KindName: "Báo cáo", Subject: "Công tác cải cách hành chính",
		},
		Body: body,
		Closing: doc.Closing{
			Recipients: []string{"Sở Nội vụ"}, Archive: "VT, CCHC",
			Signer: doc.Signer{Title: "Giám đốc", Name: "Trịnh Tuấn Ngọc"},
		},
	}
}

func TestSample(t *testing.T) {
	l := rendertest.Lay(t, sample.Document())
	out := render(t, l)
	assert.True(t, bytes.Equal(out, render(t, l)), "two writes of the same layout differ")
	text, f, err := extract(out)
	require.NoError(t, err)
	pages := strings.Split(strings.TrimSuffix(text, "\f"), "\f")
	require.GreaterOrEqual(t, len(pages), 3, "the text runs over two pages and the appendix has its own")

	t.Run("words", func(t *testing.T) { rendertest.SameWords(t, text, plainText(t, l)) })

	t.Run("page numbers", func(t *testing.T) {
		assert.True(t, strings.HasPrefix(pages[0], "ỦY BAN NHÂN DÂN\n"), "page 1 has no number: %.40q", pages[0])
		assert.True(t, strings.HasPrefix(pages[1], "2\n"), "page 2 starts with its number: %.40q", pages[1])
		last := pages[len(pages)-1]
		assert.True(t, strings.HasPrefix(last, "Phụ lục\n"), "the appendix starts a page, without a number: %.40q", last)
	})

	t.Run("footnotes", func(t *testing.T) {
		// Each mark in the text comes back as the text render writes it,
		// and its note is on the same page.
		for _, page := range pages {
			for _, m := range regexp.MustCompile(`\S([¹²³⁴⁵⁶⁷⁸⁹⁰]+)`).FindAllStringSubmatch(page, -1) {
				assert.Contains(t, page, "\n"+m[1]+" ", "footnote %s is not on the page of its reference", m[1])
			}
		}
		assert.Contains(t, strings.Join(strings.Fields(text), " "), "năm 2024¹; Công điện số 15/CĐ-TTg")
	})

	t.Run("fonts", func(t *testing.T) {
		fonts := regexp.MustCompile(`/BaseFont /([A-Z]{6})\+(\S+) /Encoding /Identity-H`).FindAllStringSubmatch(string(out), -1)
		var names []string
		for _, m := range fonts {
			names = append(names, m[2])
		}
		assert.ElementsMatch(t, []string{"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"}, names)
		// Every font is embedded as a subset: far smaller than the face.
		n := 0
		for _, o := range f.objects {
			if m := regexp.MustCompile(`/Length1 (\d+)`).FindStringSubmatch(o.dict); m != nil {
				n++
				assert.Less(t, atoi(m[1]), 400_000, "the subset keeps the glyph ids of the whole face")
				assert.Less(t, len(o.stream), 400_000)
				assert.True(t, strings.Contains(o.dict, "/FlateDecode"))
			}
		}
		assert.Equal(t, 4, n, "four font programs")
		assert.Less(t, len(out), 150_000, "the subsets are small")
	})

	t.Run("metadata", func(t *testing.T) {
		s := string(out)
		assert.Contains(t, s, "/CreationDate (D:20241119000000+07'00')")
		assert.Contains(t, s, "<xmp:CreateDate>2024-11-19T00:00:00+07:00</xmp:CreateDate>")
		assert.Contains(t, s, "<pdfaid:part>2</pdfaid:part>")
		assert.Contains(t, s, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">BÁO CÁO Công tác cải cách hành chính 11 tháng đầu năm 2024</rdf:li></rdf:Alt></dc:title>")
		assert.Contains(t, s, "/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1")
		assert.Contains(t, f.root().dict, "/Lang (vi-VN)")
		assert.NotContains(t, s, "/Encrypt")
	})

	t.Run("outline", func(t *testing.T) {
		headings := 0
		for _, p := range l.Body {
			if p.Kind == doc.KindHeading {
				headings++
			}
		}
		outlines, _, ok := f.get(f.root().dict, "/Outlines")
		require.True(t, ok)
		assert.Contains(t, outlines.dict, fmt.Sprintf("/Count %d", headings+1), "every heading and the appendix")
		titles := 0
		for _, o := range f.objects {
			if strings.Contains(o.dict, "/Title ") && strings.Contains(o.dict, "/Dest [") {
				titles++
			}
		}
		assert.Equal(t, headings+1, titles)
	})

	t.Run("signature field", func(t *testing.T) {
		var sig string
		for _, o := range f.objects {
			if strings.Contains(o.dict, "/FT /Sig") {
				sig = o.dict
			}
		}
		require.NotEmpty(t, sig)
		assert.Contains(t, sig, "/T (ChuKy)")
		assert.Contains(t, sig, "/F 4", "printed")
		assert.Contains(t, sig, "/AP << /N ", "an appearance, as PDF/A asks")
		m := regexp.MustCompile(`/Rect \[([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)\]`).FindStringSubmatch(sig)
		require.NotNil(t, m)
		var r [4]float64
		for i := range r {
			fmt.Sscan(m[i+1], &r[i])
		}
		// The right column of the closing, four lines of 14 pt high.
		assert.Greater(t, r[0], 595.3/3)
		assert.InDelta(t, 4*14*1.15, r[3]-r[1], 1)
		assert.Contains(t, f.root().dict, "/AcroForm << /Fields [")

		var buf bytes.Buffer
		require.NoError(t, pdf.Options{NoSignatureField: true}.Format().Write(&buf, l))
		assert.NotContains(t, buf.String(), "/FT /Sig")
		assert.NotContains(t, buf.String(), "/AcroForm")
	})
}

// vietnamese returns every Vietnamese letter: the vowels with each of the
// six tones, đ and the consonants, in lower and upper case.
func vietnamese() []string {
	var out []string
	for _, v := range []string{"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"} {
		for _, tone := range []string{"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"} {
			out = append(out, norm.NFC.String(v+tone))
		}
	}
	out = append(out, strings.Split("đ b c d g h k l m n p q r s t v x", " ")...)
	n := len(out)
	for _, l := range out[:n] {
		out = append(out, strings.ToUpper(l))
	}
	return out
}

// TestVietnamese sets every Vietnamese letter in every case and tone, in the
// four faces, given composed and decomposed (NFD): each comes back as its
// composed letter, drawn with a glyph of its own (no ActualText, never
// .notdef).
func TestVietnamese(t *testing.T) {
	letters := vietnamese()
	require.Len(t, letters, 2*(12*6+17))
	line := strings.Join(letters, " ")
	for _, form := range []struct {
		name string
		f    func(string) string
	}{{"NFC", norm.NFC.String}, {"NFD", norm.NFD.String}} {
		t.Run(form.name, func(t *testing.T) {
			in := form.f(line)
			runs := []doc.Run{doc.Plain(in), doc.Bold(" " + in), doc.Italic(" " + in), {Text: " " + in, Bold: true, Italic: true}}
			l := rendertest.Lay(t, document(doc.P(runs...), doc.P(doc.Plain("Hết."))))
			// A layout built by hand may carry decomposed text: the writer
			// composes it as doc.Lay does.
			l.Body[0].Spans = append(l.Body[0].Spans, doc.Span{Text: " " + form.f("Tiếng Việt có dấu")})
			out := render(t, l)
			text, _, err := extract(out)
			require.NoError(t, err)
			words := strings.Fields(text)
			for _, letter := range letters {
				n := 0
				for _, w := range words {
					if w == letter {
						n++
					}
				}
				assert.Equal(t, 4, n, "%q (%U) in the four faces", letter, []rune(letter))
			}
			assert.Contains(t, strings.Join(words, " "), "Tiếng Việt có dấu")
			assert.NotContains(t, string(out), "/ActualText", "every letter has a glyph of its own")
			assert.NotRegexp(t, `<(?:[0-9A-F]{4})*0000`, contentStreams(t, out), "no .notdef glyph")
		})
	}
}

// contentStreams returns the page content streams of a file.
func contentStreams(t *testing.T, data []byte) string {
	t.Helper()
	f, err := parse(data)
	require.NoError(t, err)
	var b strings.Builder
	for _, p := range f.pages() {
		c, _, _ := f.get(p.dict, "/Contents")
		b.Write(c.stream)
	}
	return b.String()
}

// TestMissingGlyphs: characters Liberation Serif lacks are drawn with the
// replacement glyph but extract as themselves.
func TestMissingGlyphs(t *testing.T) {
	l := rendertest.Lay(t, document(doc.P(doc.Plain("Chữ Hán 漢字 và 𝔘𝔫𝔦 hết."))))
	out := render(t, l)
	text, _, err := extract(out)
	require.NoError(t, err)
	assert.Contains(t, text, "Chữ Hán 漢字 và 𝔘𝔫𝔦 hết")
	assert.NotRegexp(t, `<(?:[0-9A-F]{4})*0000`, contentStreams(t, out), "no .notdef glyph")
}

// TestManyFootnotes writes 10.000 footnotes in bounded time: each note is
// on the page of its reference, in order.
func TestManyFootnotes(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	var body []doc.Block
	for i := range 2000 {
		var runs []doc.Run
		for j := range 5 {
			runs = append(runs, doc.Plain(fmt.Sprintf("Đoạn %d, ý %d của báo cáo", i+1, j+1)), doc.NoteText(fmt.Sprintf("Chú thích %d.%d", i+1, j+1)))
		}
		body = append(body, doc.P(runs...))
	}
	l := rendertest.Lay(t, document(body...))
	require.Len(t, l.Notes, 10000)
	start := time.Now()
	out := render(t, l)
	elapsed := time.Since(start)
	assert.Less(t, elapsed, 30*time.Second)
	text, _, err := extract(out)
	require.NoError(t, err)
	pages := strings.Split(strings.TrimSuffix(text, "\f"), "\f")
	assert.Greater(t, len(pages), 100)
	next := 1
	noteLine := regexp.MustCompile(`(?m)^([¹²³⁴⁵⁶⁷⁸⁹⁰]+) Chú thích`)
	for _, page := range pages {
		flat := strings.Join(strings.Fields(page), " ")
		for _, m := range noteLine.FindAllStringSubmatch(page, -1) {
			assert.Contains(t, flat, "báo cáo"+m[1], "note %s on the page of its reference", m[1])
			require.Equal(t, superscriptOf(next), m[1], "notes in order")
			next++
		}
	}
	assert.Equal(t, 10001, next)
	rendertest.SameWords(t, text, plainText(t, l))
	t.Logf("10.000 footnotes: %d pages, %d bytes in %v", len(pages), len(out), elapsed)
}

func superscriptOf(n int) string {
	d := []rune("⁰¹²³⁴⁵⁶⁷⁸⁹")
	var b strings.Builder
	for _, c := range fmt.Sprint(n) {
		b.WriteRune(d[c-'0'])
	}
	return b.String()
}

// TestLongTable writes a table of 500 rows in bounded time: it runs over
// many pages, each starting with the head row again.
func TestLongTable(t *testing.T) {
	tbl := &doc.Table{Columns: []doc.Column{
		{Title: "STT", Width: 1, Align: doc.AlignCenter}, {Title: "Đơn vị", Width: 5}, {Title: "Số hồ sơ", Width: 2, Align: doc.AlignRight},
	}}
	for i := range 500 {
		tbl.Rows = append(tbl.Rows, []doc.Cell{
			{Runs: doc.Text(fmt.Sprint(i + 1))}, {Runs: doc.Text(fmt.Sprintf("Ủy ban nhân dân xã số %d", i+1))}, {Runs: doc.Text(fmt.Sprintf("%d.%03d", i+1, i%1000))},
		})
	}
	l := rendertest.Lay(t, document(doc.P(doc.Plain("Số liệu như sau:")), tbl, doc.P(doc.Plain("Hết."))))
	start := time.Now()
	out := render(t, l)
	assert.Less(t, time.Since(start), 10*time.Second)
	text, _, err := extract(out)
	require.NoError(t, err)
	pages := strings.Split(strings.TrimSuffix(text, "\f"), "\f")
	require.Greater(t, len(pages), 10)
	rows := 0
	for i, page := range pages {
		rows += strings.Count(page, "Ủy ban nhân dân xã số ")
		if i > 0 && i < len(pages)-1 {
			lines := strings.Split(page, "\n")
			assert.Equal(t, []string{fmt.Sprint(i + 1), "STT", "Đơn vị", "Số hồ sơ"}, lines[:4], "page %d starts with the head row", i+1)
		}
	}
	assert.Equal(t, 500, rows)
	rendertest.SameWords(t, text, plainText(t, l), "STT", "Đơn vị", "Số hồ sơ")
}

// TestTallCells: a cell taller than a page and a closing with a thousand
// recipients are cut between lines across pages; nothing is lost.
func TestTallCells(t *testing.T) {
	long := strings.Repeat("Nội dung rất dài của một ô trong bảng. ", 600)
	tbl := &doc.Table{Columns: []doc.Column{{Title: "A"}, {Title: "B", Width: 3}},
		Rows: [][]doc.Cell{{{Runs: doc.Text("1")}, {Runs: doc.Text(long)}}}}
	l := rendertest.Lay(t, document(doc.P(doc.Plain("Bảng:")), tbl))
	text, _, err := extract(render(t, l))
	require.NoError(t, err)
	flat := strings.Join(rendertest.PDFWords(text, "A", "B"), " ")
	assert.Equal(t, 600, strings.Count(flat, "Nội dung rất dài"))
	rendertest.SameWords(t, text, plainText(t, l), "A", "B")

	d := document(doc.P(doc.Plain("Gửi nhiều nơi.")))
	for i := range 1000 {
		d.Closing.Recipients = append(d.Closing.Recipients, fmt.Sprintf("UBND xã %d", i+1))
	}
	text, _, err = extract(render(t, rendertest.Lay(t, d)))
	require.NoError(t, err)
	flat = strings.Join(rendertest.PDFWords(text), " ")
	for _, s := range []string{"- UBND xã 1;", "- UBND xã 500;", "- UBND xã 1000;", "GIÁM ĐỐC", "Trịnh Tuấn Ngọc"} {
		assert.Equal(t, 1, strings.Count(flat, s), s)
	}
}

// TestLongWord: a word wider than the line is cut between letters.
func TestLongWord(t *testing.T) {
	w := strings.Repeat("x", 400)
	out := render(t, rendertest.Lay(t, document(doc.P(doc.Plain("Trước "+w+" sau.")))))
	text, _, err := extract(out)
	require.NoError(t, err)
	assert.Equal(t, w, strings.Join(strings.Fields(text[strings.Index(text, "Trước")+len("Trước"):strings.Index(text, "sau")]), ""))
}

// TestErrors: a hand-built layout that doc.Layout.Check refuses comes back
// as its *doc.LayoutError; the test names the place and code of a problem,
// not its words.
func TestErrors(t *testing.T) {
	good := func() *doc.Layout {
		return rendertest.Lay(t, document(doc.P(doc.Plain("Có chú thích"), doc.NoteText("Ghi chú"))))
	}
	// refuse is the refusal of the layout made by change from good().
	refuse := func(name string, change func(l *doc.Layout), path string, code doc.ProblemCode) rendertest.Refusal {
		layout := func() *doc.Layout { l := good(); change(l); return l }
		return rendertest.Refusal{Name: name, Layout: layout, Path: path, Code: code}
	}
	rendertest.Refused(t, pdf.WriteLayout, []rendertest.Refusal{
		refuse("style", func(l *doc.Layout) { l.Style.Sizes.Body = 20 }, "style.sizes.body", doc.ProblemStyle),
		refuse("no room", func(l *doc.Layout) { l.Style.PageHeight = 3000 }, "style.page", doc.ProblemStyle),
		refuse("four lines", func(l *doc.Layout) {
			l.Style.PageHeight = l.Style.Margins.Top + l.Style.Margins.Bottom + 600
		}, "style.page", doc.ProblemStyle),
		refuse("missing note", func(l *doc.Layout) { l.Notes = nil }, "body[0].spans[1]", doc.ProblemNoteMissing),
		refuse("note cited twice", func(l *doc.Layout) { l.Body[0].Spans = append(l.Body[0].Spans, doc.Span{Note: 1}) },
			"body[0].spans[3]", doc.ProblemNoteRepeated),
		refuse("note not cited", func(l *doc.Layout) {
			l.Notes = append(l.Notes, doc.NoteLayout{Number: 2, Spans: []doc.Span{{Text: "x"}}})
		}, "notes[1]", doc.ProblemNoteUnreferenced),
		refuse("note numbered twice", func(l *doc.Layout) { l.Notes = append(l.Notes, l.Notes[0]) }, "notes[1]", doc.ProblemNoteNumber),
		refuse("note in note", func(l *doc.Layout) { l.Notes[0].Spans = append(l.Notes[0].Spans, doc.Span{Note: 1}) },
			"notes[0].spans[1]", doc.ProblemNoteNested),
		refuse("row too wide", func(l *doc.Layout) {
			l.Body = append(l.Body, doc.Para{Kind: doc.KindTable, Table: &doc.TableLayout{Widths: []int{1}, Head: []doc.CellLayout{{Span: 1}},
				Rows: [][]doc.CellLayout{{{Span: 2}}}}})
		}, "body[1].table.rows[0]", doc.ProblemRowWidth),
		refuse("kind", func(l *doc.Layout) { l.Body = append(l.Body, doc.Para{Kind: 42}) }, "body[1]", doc.ProblemKind),
	})
	var le *doc.LayoutError
	require.ErrorAs(t, pdf.WriteLayout(&bytes.Buffer{}, nil), &le)
	assert.Equal(t, []doc.ProblemCode{doc.ProblemNil}, le.Codes())
	err := pdf.Options{Fonts: pdf.Fonts{Bold: []byte("not a font")}}.Format().Write(&bytes.Buffer{}, good())
	require.ErrorContains(t, err, "options.fonts[1]")
}

// TestFonts: a caller's TrueType face replaces Liberation Serif's.
func TestFonts(t *testing.T) {
	l := rendertest.Lay(t, document(doc.P(doc.Plain("Chữ không chân, "), doc.Bold("chữ đậm có chân."))))
	var buf bytes.Buffer
	require.NoError(t, pdf.Options{Fonts: pdf.Fonts{Regular: liberationsansregular.TTF}}.Format().Write(&buf, l))
	s := buf.String()
	assert.Regexp(t, `/BaseFont /[A-Z]{6}\+LiberationSans /Encoding`, s)
	assert.Regexp(t, `/BaseFont /[A-Z]{6}\+LiberationSerif-Bold /Encoding`, s)
	assert.NotRegexp(t, `\+LiberationSerif /Encoding`, s)
	text, _, err := extract(buf.Bytes())
	require.NoError(t, err)
	assert.Contains(t, text, "Chữ không chân, chữ đậm có chân.")
}

// TestJustified: body lines fill the text width; the last line of a
// paragraph does not.
func TestJustified(t *testing.T) {
	words := strings.Repeat("cải cách hành chính ", 40)
	out := render(t, rendertest.Lay(t, document(doc.P(doc.Plain(words)))))
	cs := contentStreams(t, out)
	// Justified lines move every space by the same amount: a TJ number
	// after each space glyph.
	assert.Regexp(t, `> -?[\d.]+ <`, cs)
}

// TestConcurrent writes from several goroutines at once: the parsed fonts
// are shared, and every write gives the same bytes.
func TestConcurrent(t *testing.T) {
	l := rendertest.Lay(t, sample.Document())
	want := render(t, l)
	done := make(chan []byte)
	for range 4 {
		go func() {
			var buf bytes.Buffer
			if err := pdf.WriteLayout(&buf, l); err != nil {
				t.Error(err)
			}
			done <- buf.Bytes()
		}()
	}
	for range 4 {
		assert.True(t, bytes.Equal(want, <-done), "a concurrent write differs")
	}
}
