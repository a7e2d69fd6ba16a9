package text_test

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/rendertest"
	"github.com/cchc-go/cchc/reform/render/text"
)

// render1 writes d as text with the options o, failing the test on an
// error.
func render1(t testing.TB, d *doc.Document, o text.Options) string {
	write := func(w io.Writer, d *doc.Document) error { return text.WriteOptions(w, d, o) }
	return string(rendertest.Written(t, write, d))
}

// body returns the text between the title block and "Nơi nhận:".
func body(t testing.TB, out string) string {
	return rendertest.Between(t, out, "BÁO CÁO\nThử\n\n", "\n\nNơi nhận:")
}

func TestGolden(t *testing.T) {
	out := render1(t, sample.Document(), text.Options{})
	rendertest.Golden(t, sample.Name+".txt", []byte(out))
	rendertest.WriteOut(t, sample.Name+".txt", []byte(out))

	wrapped := render1(t, sample.Document(), text.Options{Width: 80})
	rendertest.Golden(t, sample.Name+".w80.txt", []byte(wrapped))
	for i, line := range strings.Split(wrapped, "\n") {
		// The appendix table is never wrapped; every other line fits.
		assert.LessOrEqual(t, utf8.RuneCountInString(line), 80, "line %d: %q", i+1, line)
	}

	plain := render1(t, sample.Document(), text.Options{Plain: true})
	assert.NotContains(t, plain, "*")
	// Before the appendix's table, whose columns narrow without the marks,
	// the plain text differs only by the marks.
	cut := func(s string) string { before, _, _ := strings.Cut(s, "\n\nPhụ lục\n"); return before }
	assert.Equal(t, strings.ReplaceAll(cut(out), "**", ""), cut(plain))
	// Without marks the spanning cell (23 columns) fits in its two columns
	// (3 + 2 + 20) and is centred in them; "15.613" is right-aligned in 8.
	assert.Contains(t, plain, "\n Tổng số hồ sơ tiếp nhận     15.613\n")
}

// TestSeedLines checks the sample's text against lines copied by hand from
// the reference report's text (../shared/seed/000_3f8d0b47124cc1de.txt)
// where the sample reproduces the report word for word.
func TestSeedLines(t *testing.T) {
	out := render1(t, sample.Document(), text.Options{})
	lines := map[string]bool{}
	for _, l := range strings.Split(out, "\n") {
		lines[l] = true
	}
	seed := []string{
		"Số: 380/BC-STP",
		"An Giang, ngày 19 tháng 11 năm 2024",
		"BÁO CÁO",
		"Công tác cải cách hành chính 11 tháng đầu năm 2024",
		"Thực hiện Công văn số 2803/SNV-CCHC&XDCQ ngày 11 tháng 11 năm 2024 của Sở Nội vụ về việc phối hợp báo cáo số liệu công tác cải cách hành chính. Sở Tư pháp báo cáo công tác cải cách hành chính 11 tháng đầu năm 2024 với các kết quả như sau:",
		"I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
		"1. Về Kế hoạch cải cách hành chính",
		"2. Về tổ chức chỉ đạo, điều hành cải cách hành chính",
		"- Trong các chỉ đạo họp giao ban tháng, Lãnh đạo Sở luôn quan tâm tập trung chỉ đạo các Phòng, đơn vị tập trung thực hiện và hoàn thành các nhiệm vụ theo Kế hoạch và chỉ đạo của UBND tỉnh về chỉ số cải cách hành chính, chỉ số PCI, DDCI, PAPI.",
		"- Rà soát, thống kê thủ tục hành chính liên quan đến thông tin trong Cơ sở dữ liệu quốc gia về dân cư.",
		"+ Tổ chức 04 lớp tập huấn bồi dưỡng, nghiệp vụ hòa giải ở cơ sở năm 2024 với 406 lượt người tham dự.",
		"+ Tổ chức 02 lớp bồi dưỡng kiến thức pháp luật cho đoàn viên thanh niên năm 2024 với **195** lượt người tham dự.",
		"II. KẾT QUẢ THỰC HIỆN",
		"1. Cải cách thể chế",
		"1.1. Xây dựng và ban hành các VBQPPL của cơ quan, đơn vị",
		"¹ Công văn số 134/UBND-NC ngày 31/01/2024 của UBND tỉnh",
		"² Công văn số 618/UBND-NC ngày 15/5/2024 của UBND tỉnh",
		"³ Báo cáo số 518/BC-UBND ngày 23/5/2024 của UBND tỉnh",
		"⁴ Kế hoạch số 04/KH-UBND ngày 05/01/2024 của UBND tỉnh",
		"1.2. Công tác rà soát VBQPPL của cơ quan, đơn vị",
		"2. Cải cách thủ tục hành chính",
		"III. PHƯƠNG HƯỚNG, NHIỆM VỤ CCHC THÁNG 12 NĂM 2024 VÀ NĂM 2025",
		"a) Ban hành danh mục xây dựng văn bản quy phạm pháp luật năm 2025.",
		"b) Tăng cường phối hợp với Văn phòng UBND tỉnh và Sở, ban, ngành tỉnh liên quan trong việc góp ý, thẩm định dự thảo văn bản và đánh giá tác động của thủ tục hành chính (nếu có).",
		"Trên đây là báo cáo công tác cải cách hành chính 11 tháng đầu năm 2024 của Sở Tư pháp gửi đến Sở Nội vụ để tổng hợp./.",
		"Nơi nhận:",
		"- Sở Nội vụ;",
		"- Sở Thông tin và Truyền thông;",
		"- Văn phòng UBND tỉnh;",
		"- Giám đốc, Phó Giám đốc Sở;",
		"- Phòng, đơn vị trực thuộc Sở;",
		"- Lưu: VT, CCHC.",
		"GIÁM ĐỐC",
		"Trịnh Tuấn Ngọc",
	}
	for _, l := range seed {
		assert.True(t, lines[l], "the seed's line is not a line of the output: %q", l)
	}
	// The seed's footnote reference: the superscript right after the word.
	assert.Contains(t, out, "xây dựng văn bản quy phạm pháp luật năm 2024¹; Công điện số 15/CĐ-TTg")
	// Footnotes 1–3 come after the paragraph citing them and before the next heading.
	i1 := strings.Index(out, "năm 2024¹;")
	n1 := strings.Index(out, "\n\n¹ Công văn")
	n3 := strings.Index(out, "\n\n³ Báo cáo")
	h := strings.Index(out, "\n\n1.2. Công tác rà soát")
	assert.True(t, i1 < n1 && n1 < n3 && n3 < h, "footnotes out of place: %d %d %d %d", i1, n1, n3, h)
	// The header reads row by row, then the title.
	assert.True(t, strings.HasPrefix(out, "ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSỞ TƯ PHÁP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 380/BC-STP\n\nAn Giang, ngày 19 tháng 11 năm 2024\n\nBÁO CÁO\nCông tác cải cách hành chính 11 tháng đầu năm 2024\n\n"), out[:200])
	assert.True(t, strings.HasSuffix(out, "\n\nSố liệu do Hệ thống thông tin giải quyết TTHC tỉnh An Giang cung cấp.\n"))
}

func TestFootnotes(t *testing.T) {
	var runs []doc.Run
	for i := range 14 {
		runs = append(runs, doc.Plain("câu "+string(rune('A'+i))), doc.NoteText("Chú thích "+string(rune('A'+i))))
	}
	d := sample.Minimal(
		doc.P(runs...),
		doc.P(doc.Plain("Hai chú thích liền nhau"), doc.NoteText("X"), doc.NoteText("Y"), doc.Plain(".")),
		&doc.List{Items: []doc.Item{{Runs: []doc.Run{doc.Plain("mục"), doc.NoteText("Trong mục")}}}},
		doc.P(doc.Plain("Sau cùng.")),
	)
	out := body(t, render1(t, d, text.Options{}))
	blocks := strings.Split(out, "\n\n")
	require.Len(t, blocks, 1+14+1+2+1+1+1)
	assert.True(t, strings.HasPrefix(blocks[0], "câu A¹câu B²"), blocks[0])
	assert.True(t, strings.HasSuffix(blocks[0], "câu M¹³câu N¹⁴"), blocks[0])
	assert.Equal(t, "¹ Chú thích A", blocks[1])
	assert.Equal(t, "¹⁰ Chú thích J", blocks[10])
	assert.Equal(t, "¹⁴ Chú thích N", blocks[14])
	// Two references side by side are told apart by a comma.
	assert.Equal(t, "Hai chú thích liền nhau¹⁵,¹⁶.", blocks[15])
	assert.Equal(t, "¹⁵ X", blocks[16])
	assert.Equal(t, "¹⁶ Y", blocks[17])
	assert.Equal(t, "- mục¹⁷", blocks[18])
	assert.Equal(t, "¹⁷ Trong mục", blocks[19])
	assert.Equal(t, "Sau cùng.", blocks[20])
}

func TestNotesInTable(t *testing.T) {
	d := sample.Minimal(
		&doc.Table{
			Columns: []doc.Column{{Title: "A"}, {Title: "B"}},
			Rows:    [][]doc.Cell{{{Runs: []doc.Run{doc.Plain("x"), doc.NoteText("trong ô")}}, {Runs: doc.Text("y")}}},
		},
		doc.P(doc.Plain("Tiếp.")),
	)
	assert.Equal(t, "A   B\n--  -\nx¹  y\n\n¹ trong ô\n\nTiếp.", body(t, render1(t, d, text.Options{})))
}

func TestWrap(t *testing.T) {
	long := "Ủy ban nhân dân tỉnh ban hành Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2024"
	d := sample.Minimal(
		doc.P(doc.Plain(long)),
		&doc.Section{Title: "Kết quả thực hiện các nhiệm vụ cải cách hành chính trọng tâm", Blocks: []doc.Block{
			&doc.List{Marker: doc.Letters, Items: []doc.Item{{Runs: doc.Text(long), Blocks: []doc.Block{
				&doc.List{Marker: doc.Plus, Items: []doc.Item{{Runs: []doc.Run{doc.Plain("ngắn"), doc.NoteText(long)}}}},
			}}}},
		}},
		doc.P(doc.Plain("Mã https://dichvucong.angiang.gov.vn/thu-tuc-hanh-chinh/chi-tiet là một từ.")),
		doc.P(doc.Plain("Vừa   đủ   dòng")),
	)
	out := body(t, render1(t, d, text.Options{Width: 30}))
	want := `Ủy ban nhân dân tỉnh ban hành
Kế hoạch rà soát, hệ thống hóa
văn bản quy phạm pháp luật năm
2024

I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM
   VỤ CẢI CÁCH HÀNH CHÍNH
   TRỌNG TÂM

a) Ủy ban nhân dân tỉnh ban
   hành Kế hoạch rà soát, hệ
   thống hóa văn bản quy phạm
   pháp luật năm 2024

+ ngắn¹

¹ Ủy ban nhân dân tỉnh ban
  hành Kế hoạch rà soát, hệ
  thống hóa văn bản quy phạm
  pháp luật năm 2024

Mã
https://dichvucong.angiang.gov.vn/thu-tuc-hanh-chinh/chi-tiet
là một từ.

Vừa   đủ   dòng`
	assert.Equal(t, want, out)

	// Without a width nothing is wrapped.
	out = body(t, render1(t, d, text.Options{}))
	assert.Contains(t, out, "\n\na) "+long+"\n\n")
}

func TestLineBreaksInRuns(t *testing.T) {
	d := sample.Minimal(
		doc.P(doc.Plain("dòng một  \n\n\n   dòng hai\r\ndòng ba\u2028dòng bốn\u2029\n")),
		&doc.List{Items: []doc.Item{{Runs: doc.Text("mục\n\ntiếp")}}},
		doc.P(doc.Plain("  \n \n")), // no text: no paragraph
		doc.P(doc.Bold(" đậm \n nghiêng "), doc.Italic("x")),
	)
	out := body(t, render1(t, d, text.Options{}))
	assert.Equal(t, "dòng một\ndòng hai\ndòng ba\ndòng bốn\n\n- mục\n  tiếp\n\n**đậm**\n**nghiêng** *x*", out)
}

func TestEmphasis(t *testing.T) {
	d := sample.Minimal(doc.P(doc.Plain("với "), doc.Bold("195 "), doc.Plain("lượt; "), doc.Italic("“Dân vận khéo”"), doc.Plain(" và "),
		doc.Run{Text: "cả hai", Bold: true, Italic: true}, doc.Bold("   ")))
	assert.Equal(t, "với **195** lượt; *“Dân vận khéo”* và ***cả hai***", body(t, render1(t, d, text.Options{})))
	assert.Equal(t, "với 195 lượt; “Dân vận khéo” và cả hai", body(t, render1(t, d, text.Options{Plain: true})))
}

func TestTable(t *testing.T) {
	d := sample.Minimal(&doc.Table{
		Columns: []doc.Column{
			{Title: "STT", Align: doc.AlignCenter},
			{Title: "Nội dung"},
			{Title: "Số", Align: doc.AlignRight},
		},
		Rows: [][]doc.Cell{
			{{Runs: doc.Text("1")}, {Runs: doc.Text("漢字テスト")}, {Runs: doc.Text("8.252")}},
			{{Runs: doc.Text("2")}, {Runs: doc.Text("Hai\ndòng")}, {Runs: doc.Text("6")}},
			{{Runs: []doc.Run{doc.Bold("Tổng cộng")}, Span: 2, Align: doc.AlignCenter}, {Runs: []doc.Run{doc.Bold("15.613")}}},
			{{Runs: doc.Text("3")}},       // short row: filled with empty cells
			{{}, {}, {}},                  // no text at all: left out
			{{Runs: doc.Text("e\u0301")}}, // NFD is composed: é takes one column
		},
	})
	// Widths 3, 10 (the five wide characters) and 10 ("**15.613**");
	// heads centred, "1" centred, "8.252" right-aligned.
	want := "" +
		"STT   Nội dung       Số\n" +
		"---  ----------  ----------\n" +
		" 1   漢字テスト       8.252\n" +
		" 2   Hai" + strings.Repeat(" ", 18) + "6\n" +
		"     dòng\n" +
		" **Tổng cộng**   **15.613**\n" +
		" 3\n" +
		" é"
	assert.Equal(t, want, body(t, render1(t, d, text.Options{Width: 20})), "tables are not wrapped")
}

func TestSpanWidensColumns(t *testing.T) {
	d := sample.Minimal(&doc.Table{
		Columns: []doc.Column{{Title: "A"}, {Title: "B"}, {Title: "C"}},
		Rows: [][]doc.Cell{
			{{Runs: doc.Text("một ô rất dài trải hai cột"), Span: 2}, {Runs: doc.Text("z")}},
			{{Runs: doc.Text("x")}, {Runs: doc.Text("y")}, {Runs: doc.Text("z")}},
		},
	})
	// The spanning cell (26 columns) widens the second column from 1 to 23.
	want := "A" + strings.Repeat(" ", 13) + "B" + strings.Repeat(" ", 13) + "C\n" +
		"-  " + strings.Repeat("-", 23) + "  -\n" +
		"một ô rất dài trải hai cột  z\n" +
		"x  y" + strings.Repeat(" ", 24) + "z"
	assert.Equal(t, want, body(t, render1(t, d, text.Options{})))
}

func TestNFC(t *testing.T) {
	nfd := norm.NFD.String("Báo cáo công tác cải cách hành chính")
	require.NotEqual(t, "Báo cáo công tác cải cách hành chính", nfd)
	d := sample.Minimal(
		doc.P(doc.Plain(nfd)),
		// A character split across two runs is joined.
		doc.P(doc.Plain("Thu"), doc.Plain("\u0309"), doc.Plain(" tục")),
	)
	d.Header.Subject = norm.NFD.String("Thử nghiệm")
	out := render1(t, d, text.Options{})
	assert.True(t, norm.NFC.IsNormalString(out))
	assert.Contains(t, out, "\n\nBáo cáo công tác cải cách hành chính\n\nThủ tục\n\n")
	assert.Contains(t, out, "BÁO CÁO\nThử nghiệm\n")

	// A layout built by hand, bypassing doc.Lay, is cleaned too.
	l := rendertest.Lay(t, sample.Minimal(doc.P(doc.Plain("x"))))
	l.Body = []doc.Para{{Kind: doc.KindParagraph, Spans: []doc.Span{{Text: nfd + "\x07\r\n\x1b[0m"}}}}
	l.Closing.Name = norm.NFD.String("Trịnh Tuấn Ngọc")
	var b bytes.Buffer
	require.NoError(t, text.WriteLayout(&b, l))
	out = b.String()
	assert.True(t, norm.NFC.IsNormalString(out))
	assert.Contains(t, out, "\n\nBáo cáo công tác cải cách hành chính\uFFFD\n\uFFFD[0m\n\n")
	assert.Contains(t, out, "\n\nTrịnh Tuấn Ngọc\n")
	assertClean(t, out)
}

// assertClean checks the output's text properties: those of
// rendertest.CheckText, no trailing spaces and no double blank line.
func assertClean(t testing.TB, out string) {
	t.Helper()
	rendertest.CheckText(t, out)
	require.NotContains(t, out, "\n\n\n", "two blank lines")
	for _, line := range strings.Split(out, "\n") {
		require.Equal(t, strings.TrimRight(line, " "), line, "trailing spaces")
	}
}

func TestHeader(t *testing.T) {
	d := sample.Formal()
	d.Appendices = []doc.Appendix{{Title: "Một"}, {Title: "Hai"}}
	want := `ỦY BAN NHÂN DÂN TỈNH AN GIANG
SỞ TƯ PHÁP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số:       /
KHẨN
MẬT

An Giang, ngày 19 tháng 11 năm 2024

DỰ THẢO

BÁO CÁO
Thử

Kính gửi:
- Sở Nội vụ;
- Văn phòng UBND tỉnh.

Nơi nhận:
- Như trên;
- Lưu: VT, HC (2).

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn A

PL.(300)

Phụ lục I
MỘT
(Kèm theo Báo cáo ngày 19/11/2024)

Phụ lục II
HAI
(Kèm theo Báo cáo ngày 19/11/2024)
`
	assert.Equal(t, want, render1(t, d, text.Options{}))
}

func TestFormat(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, text.Write(&b, sample.Document()))
	rendertest.CheckFormat(t, text.Format(), ".TXT", "txt", ".txt", "text/plain; charset=utf-8", b.Bytes())

	var c bytes.Buffer
	require.NoError(t, text.Options{Width: 80}.Format().Render(&c, sample.Document()))
	assert.Equal(t, render1(t, sample.Document(), text.Options{Width: 80}), c.String())
}

// TestErrors: a hand-built layout that doc.Layout.Check refuses comes back
// as its *doc.LayoutError; the test names the place and code of a problem,
// not its words.
func TestErrors(t *testing.T) {
	rendertest.Refused(t, func(w io.Writer, l *doc.Layout) error {
		return text.WriteLayoutOptions(w, l, text.Options{})
	}, rendertest.SampleRefusals(t))
	// A negative width is an error of the options.
	var b bytes.Buffer
	require.ErrorContains(t, text.WriteLayoutOptions(&b, rendertest.Lay(t, sample.Document()), text.Options{Width: -1}), "text: options.width: -1 is negative")
	assert.Zero(t, b.Len())
	// doc.Lay's problems and the writer's error come back as they are.
	rendertest.CheckWriteErrors(t, text.Write)
}

func BenchmarkWrite(b *testing.B) { rendertest.BenchLayout(b, text.WriteLayout) }

func BenchmarkWriteWidth80(b *testing.B) {
	rendertest.BenchLayout(b, text.Options{Width: 80}.Format().Write)
}
