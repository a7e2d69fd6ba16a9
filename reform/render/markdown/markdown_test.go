package markdown_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/markdown"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// render1 writes d as Markdown, failing the test on an error.
func render1(t testing.TB, d *doc.Document) string {
	return string(rendertest.Written(t, markdown.Write, d))
}

// body returns the Markdown between the trích yếu and "Nơi nhận:".
func body(t testing.TB, out string) string {
	return rendertest.Between(t, out, "\n\n**Thử**\n\n", "\n\n***Nơi nhận:***")
}

func TestGolden(t *testing.T) {
	out := render1(t, sample.Document())
	rendertest.Golden(t, sample.Name+".md", []byte(out))
	rendertest.WriteOut(t, sample.Name+".md", []byte(out))
	rendertest.CheckText(t, out)

	// The sample's structure, counted independently of the renderer.
	got := count(out)
	want := structure{
		Headings:     1 + 3 + 7 + 3 + 2 + 1, // title, I–III, 1., 1.1., a), Phụ lục
		ListItems:    3 + 3 + 2 + 3 + 7,     // the "-" and "+" items and the recipients
		Breaks:       1,                     // before the appendix
		FootnoteDefs: 6,
		TableRows:    3 + 6, // the header table and the appendix table
		Brackets:     12,    // six references, six definitions
		Pipes:        3*3 + 6*4,
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("structure of the sample (-want +got):\n%s", d)
	}
}

func TestEscape(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		// Inline syntax, escaped wherever it stands.
		{"*a* _b_ **c**", `\*a\* \_b\_ \*\*c\*\*`},
		{"`mã` ```", "\\`mã\\` \\`\\`\\`"},
		{"[liên kết](http://x.vn)", `\[liên kết\](http\://x.vn)`},
		{"![ảnh](a.png)", `!\[ảnh\](a.png)`},
		{"[^1] và [^1]: giả", `\[^1\] và \[^1\]: giả`},
		{"<b>html</b> <!-- c --> <http://x>", `\<b\>html\</b\> \<!-- c --\> \<http\://x\>`},
		{"a | b", `a \| b`},
		{"~~gạch~~", `\~\~gạch\~\~`},
		{`a\b \* \\`, `a\\b \\\* \\\\`},
		{"$x$ và $$y$$", `\$x\$ và \$\$y\$\$`},
		{"&amp; &#38; &#x26; &copy;", `\&amp; \&#38; \&#x26; \&copy;`},
		{"CCHC&XDCQ R&D AT&T & x", "CCHC&XDCQ R&D AT&T & x"},
		{"www.angiang.gov.vn WWW.X.VN", `www\.angiang.gov.vn WWW\.X.VN`},
		{"https://dichvucong.gov.vn ftp://x", `https\://dichvucong.gov.vn ftp\://x`},
		{"stp@angiang.gov.vn", `stp\@angiang.gov.vn`},
		// Block syntax at the start of a line.
		{"# Tiêu đề #", `\# Tiêu đề #`},
		{"###### sáu", `\###### sáu`},
		{"- mục", `\- mục`},
		{"+ mục", `\+ mục`},
		{"* mục", `\* mục`},
		{"1. mục", `1\. mục`},
		{"2024) mục", `2024\) mục`},
		{"a) điểm", "a) điểm"},
		{"---", `\---`},
		{"***", `\*\*\*`},
		{"___", `\_\_\_`},
		{"===", `\===`},
		{"> trích", `\> trích`},
		{"    thụt lề", "thụt lề"},
		{"| a | b |", `\| a \| b \|`},
		{"dòng một\n# hai\n- ba\n3. bốn\n=====\n   > năm", "dòng một\\\n\\# hai\\\n\\- ba\\\n3\\. bốn\\\n\\=====\\\n\\> năm"},
		// Left alone: punctuation that is not syntax where it stands.
		{"Số 380/BC-STP, (tăng 07); 100% {a} . ! + - = # : 2.1.", "Số 380/BC-STP, (tăng 07); 100% {a} . ! + - = # : 2.1."},
		{"Kế hoạch: 1. mục", "Kế hoạch: 1. mục"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, body(t, render1(t, sample.Minimal(doc.P(doc.Plain(tt.in))))))
			// The same text in a list item, a footnote and a heading keeps
			// its structure too.
			d := sample.Minimal(
				&doc.Section{Title: tt.in + " x", Blocks: []doc.Block{
					&doc.List{Items: []doc.Item{{Runs: []doc.Run{doc.Plain(tt.in), doc.NoteText(tt.in)}}}},
				}},
			)
			neutral := sample.Minimal(
				&doc.Section{Title: "x", Blocks: []doc.Block{
					&doc.List{Items: []doc.Item{{Runs: []doc.Run{doc.Plain("x"), doc.NoteText("x")}}}},
				}},
			)
			if d := cmp.Diff(count(render1(t, neutral)), count(render1(t, d))); d != "" {
				t.Errorf("structure differs from neutral text (-neutral +got):\n%s", d)
			}
		})
	}
}

func TestEscapeInHeadingAndCell(t *testing.T) {
	d := sample.Minimal(
		&doc.Section{Title: "Mục #1 ## cuối #", Blocks: []doc.Block{
			&doc.Table{
				Columns: []doc.Column{{Title: "A | B"}, {Title: "# C"}},
				Rows:    [][]doc.Cell{{{Runs: doc.Text("x|y\n- z")}, {Runs: doc.Text("1. *")}}},
			},
		}},
	)
	assert.Equal(t, "## I. MỤC \\#1 \\#\\# CUỐI \\#\n\n"+
		"| A \\| B | # C |\n| :--- | :--- |\n| x\\|y<br>- z | 1. \\* |", body(t, render1(t, d)))
}

func TestEmphasis(t *testing.T) {
	tests := []struct {
		name string
		runs []doc.Run
		want string
	}{
		{"bold", []doc.Run{doc.Plain("với "), doc.Bold("195"), doc.Plain(" lượt")}, "với **195** lượt"},
		{"spaces outside", []doc.Run{doc.Plain("với"), doc.Bold(" 195 "), doc.Plain("lượt")}, "với **195** lượt"},
		{"italic in quotes", []doc.Run{doc.Plain("“"), doc.Italic("Dân vận khéo"), doc.Plain("”")}, "“*Dân vận khéo*”"},
		{"italic with quotes", []doc.Run{doc.Plain("phong trào "), doc.Italic("“Dân vận khéo”")}, "phong trào *“Dân vận khéo”*"},
		{"both", []doc.Run{{Text: "cả hai", Bold: true, Italic: true}}, "***cả hai***"},
		{"intraword", []doc.Run{doc.Plain("140"), doc.Bold(" cuốn")}, "140 **cuốn**"},
		{"punctuation against a letter", []doc.Run{doc.Plain("abc"), doc.Bold("(x)"), doc.Plain("def")}, "abc<strong>(x)</strong>def"},
		{"escaped mark against a letter", []doc.Run{doc.Plain("a"), doc.Italic("*")}, `a<em>\*</em>`},
		{"escaped mark alone", []doc.Run{doc.Bold("*")}, `**\***`},
		{"touching emphases", []doc.Run{doc.Bold("a"), doc.Italic("b"), doc.Bold("c")}, "**a**<em>b</em>**c**"},
		{"same emphasis merges", []doc.Run{doc.Bold("a"), doc.Bold("b")}, "**ab**"},
		{"only spaces", []doc.Run{doc.Plain("a"), doc.Bold("   "), doc.Plain("b")}, "a   b"},
		{"per line", []doc.Run{doc.Bold("một\nhai")}, "**một**\\\n**hai**"},
		{"before a reference", []doc.Run{doc.Bold("x"), doc.NoteText("n")}, "**x**[^1]"},
		{"after a reference", []doc.Run{doc.NoteText("n"), doc.Bold("(x)")}, "[^1]**(x)**"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := body(t, render1(t, sample.Minimal(doc.P(tt.runs...))))
			line, _, _ := strings.Cut(out, "\n\n")
			assert.Equal(t, tt.want, line)
		})
	}
}

func TestFootnotes(t *testing.T) {
	d := sample.Minimal(
		doc.P(doc.Plain("a"), doc.NoteText("một"), doc.Plain(": b"), doc.NoteText("hai"), doc.Plain("(c) d!"), doc.NoteText("ba\n# bốn"), doc.Plain(".")),
		&doc.List{Items: []doc.Item{{Runs: []doc.Run{doc.Plain("mục"), doc.NoteText("năm")}}}},
	)
	out := render1(t, d)
	assert.Equal(t, `a[^1]\: b[^2]\(c) d\![^3].`+"\n\n- mục[^4]", body(t, out))
	assert.True(t, strings.HasSuffix(out, "**Trịnh Tuấn Ngọc**\n\n[^1]: một\n\n[^2]: hai\n\n[^3]: ba\\\n    \\# bốn\n\n[^4]: năm\n"), out)
}

func TestLists(t *testing.T) {
	st := doc.DefaultStyle()
	d := sample.Minimal(
		&doc.List{Items: []doc.Item{
			{Runs: doc.Text("một\nhai dòng"), Blocks: []doc.Block{
				&doc.List{Marker: doc.Plus, Items: []doc.Item{
					{Runs: doc.Text("cộng"), Blocks: []doc.Block{
						&doc.List{Items: []doc.Item{{Runs: doc.Text("sâu")}}},
					}},
					{Runs: doc.Text("- cộng hai")},
				}},
				&doc.List{Marker: doc.Letters, Items: []doc.Item{{Runs: doc.Text("điểm trong mục")}}},
			}},
			{Runs: doc.Text("")},
			{Runs: doc.Text("ba")},
		}},
		&doc.List{Marker: doc.Letters, Items: []doc.Item{
			{Runs: doc.Text("điểm a"), Blocks: []doc.Block{&doc.List{Items: []doc.Item{{Runs: doc.Text("gạch dưới a")}}}}},
			{Runs: doc.Text("điểm b\ndòng hai")},
		}},
		&doc.List{Marker: doc.Numbers, Items: []doc.Item{{Runs: doc.Text("số một")}}},
		doc.P(doc.Plain("Đoạn sau.")),
	)
	d.Style = &st
	want := `- một\
  hai dòng
  + cộng
    - sâu
  + \- cộng hai

  a) điểm trong mục

-
- ba

a) điểm a

- gạch dưới a

b) điểm b\
dòng hai

1\) số một

Đoạn sau./.`
	assert.Equal(t, want, body(t, render1(t, d)))
}

// TestEmptyItems: an item without text right under its parent's text would
// underline it as a setext heading; a blank line keeps it an item.
func TestEmptyItems(t *testing.T) {
	d := sample.Minimal(&doc.List{Items: []doc.Item{
		{Runs: doc.Text("a"), Blocks: []doc.Block{&doc.List{Items: []doc.Item{{}, {Runs: doc.Text("b")}}}}},
		{},
	}})
	out := body(t, render1(t, d))
	assert.Equal(t, "- a\n\n  -\n  - b\n-", out)
	assert.Zero(t, count(out).Headings)
	assert.Equal(t, 4, count(out).ListItems)
}

func TestHeadings(t *testing.T) {
	st := doc.DefaultStyle()
	st.EndMark = ""
	st.Levels = append(st.Levels, doc.LevelStyle{Numbering: doc.Arabic}, doc.LevelStyle{Numbering: doc.Arabic})
	section := func(title string, blocks ...doc.Block) *doc.Section {
		return &doc.Section{Title: title, Blocks: blocks}
	}
	d := sample.Minimal(section("Một", section("Hai", section("Ba", section("Bốn", section("Năm", section("Sáu")))))))
	d.Style = &st
	want := "## I. MỘT\n\n### 1. Hai\n\n#### *1.1. Ba*\n\n##### *a) Bốn*\n\n###### 1. Năm\n\n###### 1. Sáu"
	assert.Equal(t, want, body(t, render1(t, d)))
}

func TestTable(t *testing.T) {
	d := sample.Minimal(&doc.Table{
		Columns: []doc.Column{
			{Title: "STT", Align: doc.AlignCenter},
			{Title: "Chỉ tiêu"},
			{Title: "Số", Align: doc.AlignRight},
			{Title: "Ghi chú", Align: doc.AlignJustify},
		},
		Rows: [][]doc.Cell{
			{{Runs: doc.Text("1")}, {Runs: doc.Text("a | b\nc")}, {Runs: doc.Text("8.252")}, {}},
			{{Runs: []doc.Run{doc.Bold("Tổng")}, Span: 2, Align: doc.AlignCenter}, {Runs: []doc.Run{doc.Bold("15.613"), doc.NoteText("n")}}},
		},
	})
	want := "| STT | Chỉ tiêu | Số | Ghi chú |\n" +
		"| :---: | :--- | ---: | --- |\n" +
		"| 1 | a \\| b<br>c | 8.252 |  |\n" +
		"| **Tổng** |  | **15.613**[^1] |  |"
	assert.Equal(t, want, body(t, render1(t, d)))
}

func TestHeaderAndClosing(t *testing.T) {
	d := sample.Formal()
	d.Closing.Recipients = append(d.Closing.Recipients, "Sở *A*")
	d.Appendices = []doc.Appendix{{Title: "Một"}, {Title: "Hai", Body: []doc.Block{doc.P(doc.Plain("Nội dung."))}}}
	want := `| ỦY BAN NHÂN DÂN TỈNH AN GIANG<br>**SỞ TƯ PHÁP** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
| :---: | :---: |
| Số:       /<br>**KHẨN**<br>**MẬT** | *An Giang, ngày 19 tháng 11 năm 2024* |

**DỰ THẢO**

# BÁO CÁO

**Thử**

Kính gửi:\
\- Sở Nội vụ;\
\- Văn phòng UBND tỉnh.

***Nơi nhận:***

- Như trên;
- Sở \*A\*;
- Lưu: VT, HC (2).

**TM. ỦY BAN NHÂN DÂN**\
**KT. CHỦ TỊCH**\
**PHÓ CHỦ TỊCH**

**Nguyễn Văn A**

PL.(300)

---

# Phụ lục I

**MỘT**

*(Kèm theo Báo cáo ngày 19/11/2024)*

---

# Phụ lục II

**HAI**

*(Kèm theo Báo cáo ngày 19/11/2024)*

Nội dung.
`
	assert.Equal(t, want, render1(t, d))
}

func TestNFC(t *testing.T) {
	nfd := norm.NFD.String("Báo cáo công tác cải cách hành chính")
	require.NotEqual(t, "Báo cáo công tác cải cách hành chính", nfd)
	d := sample.Minimal(
		doc.P(doc.Plain(nfd)),
		doc.P(doc.Plain("Thu"), doc.Plain("\u0309"), doc.Plain(" tục")),
		doc.P(doc.Bold(norm.NFD.String("Đậm")), doc.Plain(" "), doc.Italic(norm.NFD.String("nghiêng"))),
	)
	out := render1(t, d)
	assert.True(t, norm.NFC.IsNormalString(out))
	assert.Equal(t, "Báo cáo công tác cải cách hành chính\n\nThủ tục\n\n**Đậm** *nghiêng*", body(t, out))

	// A layout built by hand, bypassing doc.Lay, is cleaned too.
	l := rendertest.Lay(t, sample.Minimal(doc.P(doc.Plain("x"))))
	l.Body = []doc.Para{{Kind: doc.KindParagraph, Spans: []doc.Span{{Text: nfd + "\x07\r\n\x1b[0m\u2028# x"}}}}
	l.Closing.Name = norm.NFD.String("Trịnh Tuấn Ngọc")
	var b bytes.Buffer
	require.NoError(t, markdown.WriteLayout(&b, l))
	out = b.String()
	rendertest.CheckText(t, out)
	assert.Contains(t, out, "\n\nBáo cáo công tác cải cách hành chính\uFFFD\\\n\uFFFD\\[0m\\\n\\# x\n\n")
	assert.Contains(t, out, "\n\n**Trịnh Tuấn Ngọc**\n")
}

func TestFormat(t *testing.T) {
	rendertest.CheckFormat(t, markdown.Format(), "MD", "md", ".md", "text/markdown; charset=utf-8", []byte(render1(t, sample.Document())))
}

// TestErrors: a hand-built layout that doc.Layout.Check refuses comes back
// as its *doc.LayoutError; the test names the place and code of a problem,
// not its words.
func TestErrors(t *testing.T) {
	rendertest.Refused(t, markdown.WriteLayout, rendertest.SampleRefusals(t))
	rendertest.CheckWriteErrors(t, markdown.Write)
}

func BenchmarkWrite(b *testing.B) { rendertest.BenchLayout(b, markdown.WriteLayout) }
