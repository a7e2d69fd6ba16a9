package docxread_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform/lint/docxread"
	"github.com/cchc-go/cchc/reform/lint/input"
)

const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// docx builds a DOCX from its parts; "document" is the body's inner XML,
// the other keys are whole parts by name. The relationships of the parts
// given are written.
func docx(t testing.TB, body string, parts map[string]string) []byte {
	t.Helper()
	all := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml": `<?xml version="1.0"?><w:document ` + ns + `><w:body>` + body + `</w:body></w:document>`,
	}
	rels := `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
	types := map[string]string{"styles": "styles", "numbering": "numbering", "footnotes": "footnotes", "theme/theme1": "theme",
		"header1": "header", "header2": "header", "footer1": "footer"}
	ids := map[string]string{"header1": "rIdH1", "header2": "rIdH2", "footer1": "rIdF1"}
	for name, content := range parts {
		all[name] = content
		stem := strings.TrimSuffix(strings.TrimPrefix(name, "word/"), ".xml")
		if typ, ok := types[stem]; ok {
			id := ids[stem]
			if id == "" {
				id = "rId" + stem
			}
			rels += `<Relationship Id="` + id + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/` + typ + `" Target="` + strings.TrimPrefix(name, "word/") + `"/>`
		}
	}
	all["word/_rels/document.xml.rels"] = rels + `</Relationships>`
	return testutil.Zip(t, all)
}

func read(t testing.TB, data []byte, lim docxread.Limits) (*input.Document, error) {
	t.Helper()
	return docxread.Read(bytes.NewReader(data), int64(len(data)), lim)
}

const styles = `<?xml version="1.0"?><w:styles ` + ns + `>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi"/><w:sz w:val="28"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/><w:ind w:firstLine="567"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/><w:ind w:firstLine="0"/></w:pPr><w:rPr><w:b/><w:caps/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Small"><w:name w:val="Small"/><w:basedOn w:val="Heading1"/><w:rPr><w:sz w:val="22"/><w:b w:val="0"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>`

const theme = `<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme>
<a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Times New Roman"/></a:minorFont>
</a:fontScheme></a:themeElements></a:theme>`

func TestStyleChain(t *testing.T) {
	body := `<w:p><w:r><w:t>Đoạn thường.</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Tiêu đề</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Small"/><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">nhỏ </w:t></w:r><w:r><w:rPr><w:rStyle w:val="Strong"/><w:i/><w:rFonts w:ascii="Arial"/></w:rPr><w:t>đậm nghiêng</w:t></w:r></w:p>
<w:p><w:r><w:t></w:t></w:r></w:p>`
	doc, err := read(t, docx(t, body, map[string]string{"word/styles.xml": styles, "word/theme/theme1.xml": theme}), docxread.Limits{})
	require.NoError(t, err)
	require.Len(t, doc.Paragraphs, 3, "the empty paragraph is left out")
	assert.True(t, doc.Layout)

	p := doc.Paragraphs[0]
	assert.Equal(t, "Đoạn thường.", p.Text)
	assert.Equal(t, input.Props{Style: "Normal", Align: input.AlignJustify, FirstLine: 567, After: 120, Outline: -1}, p.Props)
	require.Len(t, p.Runs, 1)
	assert.Equal(t, input.Run{Start: 0, End: len(p.Text), Font: "Times New Roman", HalfPoints: 28}, p.Runs[0], "theme font from the defaults")

	h := doc.Paragraphs[1]
	assert.Equal(t, 0, h.Props.Outline)
	assert.Equal(t, 0, h.Props.FirstLine, "the heading's indent overrides Normal's")
	assert.Equal(t, input.AlignJustify, h.Props.Align, "inherited from Normal")
	assert.True(t, h.Runs[0].Bold && h.Runs[0].Caps)

	s := doc.Paragraphs[2]
	assert.Equal(t, "nhỏ đậm nghiêng", s.Text)
	assert.Equal(t, input.AlignCenter, s.Props.Align, "direct formatting wins")
	require.Len(t, s.Runs, 2)
	assert.Equal(t, 22, s.Runs[0].HalfPoints)
	assert.False(t, s.Runs[0].Bold, "Small turns off the bold of Heading1")
	assert.True(t, s.Runs[0].Caps, "caps inherited through Small from Heading1")
	assert.True(t, s.Runs[1].Bold, "the character style")
	assert.True(t, s.Runs[1].Italic)
	assert.Equal(t, "Arial", s.Runs[1].Font)
}

const numbering = `<?xml version="1.0"?><w:numbering ` + ns + `>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="` + "\uF0B7" + `"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>`

func numbered(numID string, ilvl int, text string) string {
	return fmt.Sprintf(`<w:p><w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%s"/></w:numPr></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>`, ilvl, numID, text)
}

func TestNumberingAsWordDisplays(t *testing.T) {
	body := numbered("1", 0, "CHỈ ĐẠO") + numbered("1", 1, "Kế hoạch") + numbered("1", 2, "Ban hành") + numbered("1", 2, "Triển khai") +
		numbered("1", 3, "Một") + numbered("1", 3, "Hai") + numbered("1", 3, "Ba") + numbered("1", 3, "Bốn") + numbered("1", 3, "Năm") +
		numbered("1", 1, "Tổ chức") + numbered("1", 0, "KẾT QUẢ") + numbered("1", 1, "Thể chế") + numbered("2", 0, "gạch") +
		numbered("3", 0, "chấm") + numbered("4", 1, "Tiếp") + numbered("0", 0, "không số")
	doc, err := read(t, docx(t, body, map[string]string{"word/numbering.xml": numbering}), docxread.Limits{})
	require.NoError(t, err)
	var labels []string
	for _, p := range doc.Paragraphs {
		labels = append(labels, p.Label)
	}
	assert.Equal(t, []string{"I.", "1.", "1.1.", "1.2.", "a)", "b)", "c)", "d)", "e)", "2.", "II.", "1.", "-", "•", "5.", ""}, labels,
		"Word's letters are a b c d e: the Vietnamese đ is typed, never automatic")
}

func TestFootnotes(t *testing.T) {
	body := `<w:p><w:r><w:t>Kế hoạch rà soát</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="7"/></w:r><w:r><w:t>; báo cáo</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r><w:r><w:t>.</w:t></w:r></w:p>`
	notes := `<?xml version="1.0"?><w:footnotes ` + ns + `>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Báo cáo số 101/BC-UBND ngày 31/01/2024</w:t></w:r></w:p></w:footnote>
<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Kế hoạch số 04/KH-UBND ngày 05/01/2024</w:t></w:r></w:p></w:footnote>
</w:footnotes>`
	doc, err := read(t, docx(t, body, map[string]string{"word/footnotes.xml": notes}), docxread.Limits{})
	require.NoError(t, err)
	require.Len(t, doc.Paragraphs, 1)
	p := doc.Paragraphs[0]
	assert.Equal(t, "Kế hoạch rà soát¹; báo cáo².", p.Text, "references numbered in the order they appear")
	assert.Equal(t, []input.NoteRef{{Offset: len("Kế hoạch rà soát"), Mark: "1"}, {Offset: len("Kế hoạch rà soát¹; báo cáo"), Mark: "2"}}, p.Notes)
	require.Len(t, doc.Footnotes, 2)
	assert.Equal(t, "1", doc.Footnotes[0].Mark)
	assert.Equal(t, " Kế hoạch số 04/KH-UBND ngày 05/01/2024", doc.Footnotes[0].Paragraphs[0].Text)
	assert.Equal(t, "2", doc.Footnotes[1].Mark)
}

func TestTablesSectionsHeaders(t *testing.T) {
	body := `<w:tbl><w:tr><w:tc><w:tcPr><w:tcW w:w="3827" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>SỞ TƯ PHÁP</w:t></w:r></w:p></w:tc>
<w:tc><w:p><w:r><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Số: 01/BC-STP</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>Nội dung</w:t></w:r><w:r><w:tab/><w:t>sau tab</w:t><w:br/><w:t>dòng mới</w:t></w:r>
<w:ins><w:r><w:t> thêm</w:t></w:r></w:ins><w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del>
<w:r><w:drawing><w:t>hình</w:t></w:drawing></w:r><w:hyperlink><w:r><w:t> liên kết</w:t></w:r></w:hyperlink>
<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> kết quả</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="first" r:id="rIdH2"/>
<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1985"/><w:titlePg/></w:sectPr>`
	header := `<?xml version="1.0"?><w:hdr ` + ns + `><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`
	first := `<?xml version="1.0"?><w:hdr ` + ns + `><w:p/></w:hdr>`
	doc, err := read(t, docx(t, body, map[string]string{"word/header1.xml": header, "word/header2.xml": first}), docxread.Limits{})
	require.NoError(t, err)
	require.Len(t, doc.Paragraphs, 4)
	assert.Equal(t, &input.Cell{Table: 0, Row: 0, Col: 0, Cols: 2, Width: 3827}, doc.Paragraphs[0].Cell)
	assert.Equal(t, &input.Cell{Table: 0, Row: 0, Col: 1, Cols: 2}, doc.Paragraphs[1].Cell)
	assert.Equal(t, &input.Cell{Table: 0, Row: 1, Col: 0, Cols: 1}, doc.Paragraphs[2].Cell)
	assert.Nil(t, doc.Paragraphs[3].Cell)
	assert.Equal(t, "Nội dung\tsau tab\ndòng mới thêm liên kết kết quả", doc.Paragraphs[3].Text,
		"deleted text, drawings and field codes are not displayed; field results are")
	require.Len(t, doc.Sections, 1)
	assert.Equal(t, input.Section{PageWidth: 11906, PageHeight: 16838, Top: 1418, Bottom: 1134, Left: 1985, Right: 1134, TitlePage: true, Known: true}, doc.Sections[0])
	require.Len(t, doc.Headers, 2)
	assert.Equal(t, input.HeaderFooter{Section: 0, Kind: "default", Text: "2", PageField: true, Align: input.AlignCenter, HalfPoints: 28}, doc.Headers[0])
	assert.Equal(t, "first", doc.Headers[1].Kind)
	assert.False(t, doc.Headers[1].PageField)
}

func TestNotADOCX(t *testing.T) {
	for name, data := range map[string][]byte{
		"text":  []byte("Số: 380/BC-STP\nBÁO CÁO\n"),
		"empty": nil,
		"pdf":   []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n" + strings.Repeat("x", 100)),
	} {
		_, err := read(t, data, docxread.Limits{})
		assert.ErrorIs(t, err, docxread.ErrNotZip, name)
	}
	// A zip archive without a document.
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("hello.txt")
	w.Write([]byte("xin chào"))
	zw.Close()
	_, err := read(t, buf.Bytes(), docxread.Limits{})
	assert.ErrorIs(t, err, docxread.ErrNoDocument)
	// Malformed XML.
	_, err = read(t, docx(t, `<w:p><w:r><w:t>không đóng</w:r></w:p>`, nil), docxread.Limits{})
	assert.ErrorIs(t, err, docxread.ErrMalformed)
	var de *docxread.Error
	require.ErrorAs(t, err, &de)
	assert.Equal(t, "word/document.xml", de.Part)
}

// bomb returns a DOCX whose document.xml inflates to size bytes of
// whitespace inside the body; when lie is set the header claims 100 bytes.
func bomb(t testing.TB, size int64, lie bool) []byte {
	t.Helper()
	var raw bytes.Buffer
	fw, err := flate.NewWriter(&raw, flate.BestCompression)
	require.NoError(t, err)
	head := `<?xml version="1.0"?><w:document ` + ns + `><w:body>`
	fw.Write([]byte(head))
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for written := int64(0); written < size; written += int64(len(chunk)) {
		fw.Write(chunk)
	}
	fw.Write([]byte(`</w:body></w:document>`))
	require.NoError(t, fw.Close())
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("_rels/.rels")
	w.Write([]byte(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`))
	claimed := uint64(size)
	if lie {
		claimed = 100
	}
	rw, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
		CompressedSize64: uint64(raw.Len()), UncompressedSize64: claimed, CRC32: 0})
	require.NoError(t, err)
	rw.Write(raw.Bytes())
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

// TestZipBomb reads archives whose document expands far past the limit:
// a clear error, in bounded time and memory, whether the header tells the
// size or lies about it.
func TestZipBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 200 MiB bomb")
	}
	for _, lie := range []bool{false, true} {
		data := bomb(t, 200<<20, lie)
		assert.Less(t, len(data), 1<<20, "the bomb is small")
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		_, err := read(t, data, docxread.Limits{})
		elapsed := time.Since(start)
		runtime.ReadMemStats(&after)
		require.Error(t, err)
		if lie {
			assert.ErrorIs(t, err, docxread.ErrMalformed, "archive/zip refuses more bytes than the header claims: %v", err)
		} else {
			assert.ErrorIs(t, err, docxread.ErrLimit)
			assert.Contains(t, err.Error(), "word/document.xml")
		}
		assert.Less(t, elapsed, 5*time.Second)
		assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(200<<20), "allocations bounded by the part limit, not the bomb")
	}
	// A smaller limit stops sooner.
	_, err := read(t, bomb(t, 8<<20, false), docxread.Limits{MaxPartBytes: 1 << 20})
	assert.ErrorIs(t, err, docxread.ErrLimit)
}

func TestTooManyEntries(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := range 50 {
		w, _ := zw.Create(fmt.Sprintf("word/media/image%d.png", i))
		w.Write([]byte{1})
	}
	zw.Close()
	_, err := read(t, buf.Bytes(), docxread.Limits{MaxEntries: 20})
	assert.ErrorIs(t, err, docxread.ErrLimit)
	assert.Contains(t, err.Error(), "50 entries")
}

// TestLargeDOCX reads a 50 MB DOCX whose bulk is an image: the image is
// never read, so it reads in bounded time; one whose document itself is
// 50 MB is refused by the part limit.
func TestLargeDOCX(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 50 MB archives")
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, part := range []struct{ name, content string }{
		{"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0"?><w:document ` + ns + `><w:body><w:p><w:r><w:t>BÁO CÁO</w:t></w:r></w:p></w:body></w:document>`},
	} {
		w, _ := zw.Create(part.name)
		w.Write([]byte(part.content))
	}
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: "word/media/image1.png", Method: zip.Store})
	w.Write(bytes.Repeat([]byte{0x89, 'P', 'N', 'G'}, 50<<20/4))
	zw.Close()
	data := buf.Bytes()
	assert.Greater(t, len(data), 50<<20)
	start := time.Now()
	doc, err := read(t, data, docxread.Limits{})
	require.NoError(t, err)
	assert.Equal(t, "BÁO CÁO", doc.Paragraphs[0].Text)
	assert.Less(t, time.Since(start), 2*time.Second*testutil.Slowdown)

	// A document part of 50 MB of paragraphs.
	para := `<w:p><w:r><w:t>Đoạn văn bản.</w:t></w:r></w:p>`
	big := docx(t, strings.Repeat(para, 50<<20/len(para)), nil)
	_, err = read(t, big, docxread.Limits{})
	assert.ErrorIs(t, err, docxread.ErrLimit)
}

func TestDepthAndParagraphLimits(t *testing.T) {
	deep := strings.Repeat("<w:sdt><w:sdtContent>", 300) + strings.Repeat("</w:sdtContent></w:sdt>", 300)
	_, err := read(t, docx(t, deep, nil), docxread.Limits{})
	assert.ErrorIs(t, err, docxread.ErrLimit)
	assert.Contains(t, err.Error(), "nested")

	many := strings.Repeat(`<w:p><w:r><w:t>x</w:t></w:r></w:p>`, 30)
	_, err = read(t, docx(t, many, nil), docxread.Limits{MaxParagraphs: 20})
	assert.ErrorIs(t, err, docxread.ErrLimit)
	doc, err := read(t, docx(t, many, nil), docxread.Limits{MaxParagraphs: 30})
	require.NoError(t, err)
	assert.Len(t, doc.Paragraphs, 30)
}

func TestErrorMessages(t *testing.T) {
	err := &docxread.Error{Part: "word/document.xml", Reason: "expands past the limit", Err: docxread.ErrLimit}
	assert.Equal(t, "docxread: word/document.xml: expands past the limit", err.Error())
	assert.True(t, errors.Is(err, docxread.ErrLimit))
}
