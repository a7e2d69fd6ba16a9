package textread_test

import (
	"errors"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/lint/input"
	"github.com/cchc-go/cchc/reform/lint/textread"
)

func TestReadText(t *testing.T) {
	doc, err := textread.Read([]byte("\ufeffSố: 380/BC-STP\r\n\r\n  I. CÔNG TÁC  \r\nvới **84** nhân sự, *Dân vận khéo* trên địa bàn tỉnh An Giang¹¹; 1.200 m²\n\n⁴ Kế hoạch số 04/KH-UBND\n"))
	require.NoError(t, err)
	assert.Equal(t, input.Text, doc.Format)
	assert.False(t, doc.Layout)
	require.Len(t, doc.Paragraphs, 4)
	assert.Equal(t, "Số: 380/BC-STP", doc.Paragraphs[0].Text, "byte-order mark and CR dropped")
	assert.Equal(t, 1, doc.Paragraphs[0].Line)
	assert.Equal(t, "I. CÔNG TÁC", doc.Paragraphs[1].Text, "leading and trailing spaces trimmed")
	assert.Equal(t, 3, doc.Paragraphs[1].Line)

	p := doc.Paragraphs[2]
	assert.Equal(t, "với 84 nhân sự, Dân vận khéo trên địa bàn tỉnh An Giang¹¹; 1.200 m²", p.Text)
	assert.Equal(t, []input.Run{
		{Start: 0, End: len("với ")},
		{Start: len("với "), End: len("với 84"), Bold: true},
		{Start: len("với 84"), End: len("với 84 nhân sự, ")},
		{Start: len("với 84 nhân sự, "), End: len("với 84 nhân sự, Dân vận khéo"), Italic: true},
		{Start: len("với 84 nhân sự, Dân vận khéo"), End: len(p.Text)},
	}, p.Runs)
	assert.Equal(t, []input.NoteRef{
		{Offset: len("với 84 nhân sự, Dân vận khéo trên địa bàn tỉnh An Giang"), Mark: "11"},
		{Offset: len("với 84 nhân sự, Dân vận khéo trên địa bàn tỉnh An Giang¹¹; 1.200 m"), Mark: "2"},
	}, p.Notes, "a mark after a word is a reference; reform/lint tells m² from a note")
	assert.Empty(t, doc.Paragraphs[3].Notes, "the mark that starts a footnote line is not a reference")
}

func TestEmphasisLeftAsText(t *testing.T) {
	for in, want := range map[string]string{
		"(*) ghi chú":          "(*) ghi chú",
		"3 * 4 = 12":           "3 * 4 = 12",
		"**đậm chưa đóng":      "**đậm chưa đóng",
		"*nghiêng* và **đậm**": "nghiêng và đậm",
		"***cả hai***":         "cả hai",
	} {
		doc, err := textread.Read([]byte(in))
		require.NoError(t, err)
		assert.Equal(t, want, doc.Paragraphs[0].Text, in)
	}
}

func TestReadMarkdown(t *testing.T) {
	md := "| ỦY BAN NHÂN DÂN<br>**SỞ TƯ PHÁP** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n| :---: | :---: |\n| Số: 380/BC-STP | *An Giang, ngày 19 tháng 11 năm 2024* |\n\n" +
		"# BÁO CÁO\n\n**Công tác cải cách hành chính**\n\n## I. CÔNG TÁC\n\nĐoạn một\ndòng hai[^1].\n\n- Gạch đầu dòng;\n  + Cộng \\*sao\\*.\n\n---\n\n[^1]: Kế hoạch số 04/KH-UBND\n    ngày 05/01/2024\n\nĐoạn sau chú thích.\n"
	doc, err := textread.ReadMarkdown([]byte(md))
	require.NoError(t, err)
	assert.Equal(t, input.Markdown, doc.Format)
	var texts []string
	for _, p := range doc.Paragraphs {
		texts = append(texts, p.Text)
	}
	assert.Equal(t, []string{
		"ỦY BAN NHÂN DÂN", "SỞ TƯ PHÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 380/BC-STP", "An Giang, ngày 19 tháng 11 năm 2024",
		"BÁO CÁO", "Công tác cải cách hành chính", "I. CÔNG TÁC", "Đoạn một dòng hai¹.", "- Gạch đầu dòng;", "+ Cộng *sao*.",
		"Đoạn sau chú thích.",
	}, texts)
	assert.Equal(t, &input.Cell{Table: 0, Row: 0, Col: 1, Cols: 2}, doc.Paragraphs[2].Cell)
	assert.Equal(t, &input.Cell{Table: 0, Row: 1, Col: 0, Cols: 2}, doc.Paragraphs[3].Cell, "the separator row is not a row")
	assert.Equal(t, []input.NoteRef{{Offset: len("Đoạn một dòng hai"), Mark: "1"}}, doc.Paragraphs[8].Notes)
	assert.Equal(t, 11, doc.Paragraphs[8].Line)
	require.Len(t, doc.Footnotes, 1)
	assert.Equal(t, "1", doc.Footnotes[0].Mark)
	assert.Equal(t, "Kế hoạch số 04/KH-UBND ngày 05/01/2024", doc.Footnotes[0].Paragraphs[0].Text)
}

func TestNotText(t *testing.T) {
	_, err := textread.Read([]byte("Báo cáo\n\x00\x01"))
	var e *textread.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, 2, e.Line)
	assert.Contains(t, e.Error(), "NUL")

	_, err = textread.Read([]byte("Báo c\xe1o TCVN3"))
	require.ErrorAs(t, err, &e)
	assert.Equal(t, 1, e.Line)
	assert.Equal(t, 7, e.Column)
	assert.Contains(t, e.Error(), "UTF-8")

	_, err = textread.Read([]byte(" \n\t\n"))
	assert.True(t, errors.Is(err, textread.ErrEmpty))
}

func TestUTF16(t *testing.T) {
	u := utf16.Encode([]rune("BÁO CÁO\nSố: 01/BC-UBND"))
	le := []byte{0xFF, 0xFE}
	for _, c := range u {
		le = append(le, byte(c), byte(c>>8))
	}
	doc, err := textread.Read(le)
	require.NoError(t, err)
	assert.Equal(t, "Số: 01/BC-UBND", doc.Paragraphs[1].Text)
}

func TestSuperscript(t *testing.T) {
	assert.Equal(t, "¹⁴", input.Superscript("14"))
	assert.Equal(t, "²⁰³", input.Superscript("203"))
	for i, r := range []rune("⁰¹²³⁴⁵⁶⁷⁸⁹") {
		assert.Equal(t, i, input.SuperDigit(r))
	}
	assert.Equal(t, -1, input.SuperDigit('7'))
}

func TestSuperscriptNotes(t *testing.T) {
	for _, c := range []struct {
		text string
		want []input.NoteRef
	}{
		{"An Giang¹⁴ và", []input.NoteRef{{Offset: 8, Mark: "14"}}},
		{"x¹ y²", []input.NoteRef{{Offset: 1, Mark: "1"}, {Offset: 5, Mark: "2"}}},
		{"¹ lời chú thích", nil},
		{"năm ¹ rời", nil},
		{"0⁰0", nil},
		{"x⁰¹", []input.NoteRef{{Offset: 1, Mark: "1"}}},
	} {
		assert.Equal(t, c.want, textread.SuperscriptNotes(c.text), c.text)
	}
}
