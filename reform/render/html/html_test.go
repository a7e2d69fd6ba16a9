package html_test

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	xhtml "golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/reform/doc"
	rhtml "github.com/cchc-go/cchc/reform/render/html"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

func TestGolden(t *testing.T) {
	rendertest.Golden(t, sample.Name+".html", write(t, sample.Document()))
}

func TestFormat(t *testing.T) {
	rendertest.CheckFormat(t, rhtml.Format(), ".HTML", "html", ".html", "text/html; charset=utf-8", write(t, sample.Document()))
}

// TestRoundTrip parses each page, renders the tree back and parses that
// again: both trees are the same, and the rendering is byte for byte the
// page as written, so the parser never had to repair anything.
func TestRoundTrip(t *testing.T) {
	for name, d := range map[string]*doc.Document{"sample": sample.Document(), "full": fullDocument()} {
		t.Run(name, func(t *testing.T) {
			page := write(t, d)
			first := parse(t, page)
			again := reRender(t, first)
			second := parse(t, again)
			if diff := cmp.Diff(dump(first), dump(second)); diff != "" {
				t.Fatalf("parse → render → parse changes the tree (-first +second):\n%s", diff)
			}
			checkPage(t, page)
		})
	}
}

func TestDeterministic(t *testing.T) {
	a, b := write(t, fullDocument()), write(t, fullDocument())
	assert.Equal(t, a, b)
}

// TestMapsLayout walks the body and appendices of the page beside the
// Layout: every paragraph of the layout is there, in order, as the element
// of its kind, with its label and text.
func TestMapsLayout(t *testing.T) {
	for name, d := range map[string]*doc.Document{"sample": sample.Document(), "full": fullDocument()} {
		t.Run(name, func(t *testing.T) {
			l, err := doc.Lay(d)
			require.NoError(t, err)
			root := checkPage(t, write(t, d))
			texts := find(root, func(n *xhtml.Node) bool { return hasClass(n, "text") })
			require.Len(t, texts, 1+len(l.Appendices), "one text block for the body and one per appendix")
			parts := [][]doc.Para{l.Body}
			for _, a := range l.Appendices {
				parts = append(parts, a.Body)
			}
			for i, paras := range parts {
				var got []*xhtml.Node
				for c := texts[i].FirstChild; c != nil; c = c.NextSibling {
					if c.Type == xhtml.ElementNode {
						got = append(got, c)
					}
				}
				require.Len(t, got, len(paras), "part %d", i)
				for k, p := range paras {
					e := got[k]
					switch p.Kind {
					case doc.KindHeading:
						assert.Equal(t, "h"+strconv.Itoa(p.Depth), e.Data, p.Path)
						assert.Equal(t, p.Label+" "+plain(p.Spans), text(e), p.Path)
						assert.Equal(t, p.Bold, hasClass(e, "b"), p.Path)
						assert.Equal(t, p.Italic, hasClass(e, "i"), p.Path)
						assert.NotEmpty(t, attr(e, "id"), p.Path)
					case doc.KindParagraph:
						assert.Equal(t, "p", e.Data, p.Path)
						assert.False(t, hasClass(e, "item"), p.Path)
						assert.Equal(t, plain(p.Spans), text(e), p.Path)
						assert.Equal(t, !p.Indent, hasClass(e, "ni"), p.Path)
					case doc.KindItem:
						assert.Equal(t, "p", e.Data, p.Path)
						assert.True(t, hasClass(e, "item"), p.Path)
						assert.Equal(t, p.Label+" "+plain(p.Spans), text(e), p.Path)
					case doc.KindTable:
						require.Equal(t, "table", e.Data, p.Path)
						assert.True(t, hasClass(e, "data"), p.Path)
						cells := find(e, func(n *xhtml.Node) bool { return n.Data == "td" || n.Data == "th" })
						var want []string
						for _, c := range p.Table.Head {
							want = append(want, plain(c.Spans))
						}
						for _, r := range p.Table.Rows {
							for _, c := range r {
								want = append(want, plain(c.Spans))
							}
						}
						var have []string
						for _, c := range cells {
							have = append(have, text(c))
						}
						assert.Equal(t, want, have, p.Path)
					}
				}
			}
		})
	}
}

// plain is the text of spans as the page shows it: a note reference is its
// number.
func plain(spans []doc.Span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.Text)
		if s.Note > 0 {
			b.WriteString(strconv.Itoa(s.Note))
		}
	}
	return b.String()
}

func TestSamplePage(t *testing.T) {
	root := checkPage(t, write(t, sample.Document()))
	byClass := func(class string) []string {
		var out []string
		for _, n := range find(root, func(n *xhtml.Node) bool { return hasClass(n, class) }) {
			out = append(out, text(n))
		}
		return out
	}

	t.Run("head", func(t *testing.T) {
		htmlEl := find(root, func(n *xhtml.Node) bool { return n.Data == "html" })[0]
		assert.Equal(t, "vi", attr(htmlEl, "lang"))
		metas := find(root, func(n *xhtml.Node) bool { return n.Data == "meta" && attr(n, "charset") != "" })
		require.Len(t, metas, 1)
		assert.Equal(t, "utf-8", attr(metas[0], "charset"))
		titles := find(root, func(n *xhtml.Node) bool { return n.Data == "title" })
		require.Len(t, titles, 1)
		assert.Equal(t, "BÁO CÁO Công tác cải cách hành chính 11 tháng đầu năm 2024", text(titles[0]))
		styles := find(root, func(n *xhtml.Node) bool { return n.Data == "style" })
		require.Len(t, styles, 1)
		css := text(styles[0])
		for _, want := range []string{
			"@page{size:210mm 297mm;margin:25mm 20mm 20mm 35mm;",
			`font-family:"Times New Roman","Tinos","Liberation Serif","Nimbus Roman","Times",serif;font-size:14pt;`,
			".text p,.text h1,.text h2,.text h3,.text h4,.text h5,.text h6{margin-top:6pt;text-indent:10mm;text-align:justify}",
			".appendix{break-before:page}",
			".closing-label{font-size:12pt;font-weight:bold;font-style:italic}",
			".recipient{font-size:11pt}",
			"@page:first{@top-center{content:none}}",
			"@media screen{",
		} {
			assert.Contains(t, css, want)
		}
	})

	t.Run("header", func(t *testing.T) {
		tables := find(root, func(n *xhtml.Node) bool { return n.Data == "table" && hasClass(n, "header") })
		require.Len(t, tables, 1)
		var cells [][]string
		for _, tr := range find(tables[0], func(n *xhtml.Node) bool { return n.Data == "tr" }) {
			var row []string
			for _, td := range find(tr, func(n *xhtml.Node) bool { return n.Data == "td" }) {
				var lines []string
				for _, p := range find(td, func(n *xhtml.Node) bool { return n.Data == "p" }) {
					lines = append(lines, text(p))
				}
				row = append(row, strings.Join(lines, " | "))
			}
			cells = append(cells, row)
		}
		assert.Equal(t, [][]string{
			{"ỦY BAN NHÂN DÂN TỈNH AN GIANG | SỞ TƯ PHÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Độc lập - Tự do - Hạnh phúc"},
			{"Số: 380/BC-STP", "An Giang, ngày 19 tháng 11 năm 2024"},
		}, cells)
		rules := find(tables[0], func(n *xhtml.Node) bool { return hasClass(n, "ruled") })
		require.Len(t, rules, 2, "a rule under the issuing agency and under the motto")
		assert.True(t, hasClass(rules[0], "short"))
		assert.True(t, hasClass(rules[1], "full"))
		assert.Equal(t, []string{"BÁO CÁO"}, byClass("kind"))
		assert.Equal(t, []string{"Công tác cải cách hành chính 11 tháng đầu năm 2024"}, byClass("subject"))
	})

	t.Run("headings", func(t *testing.T) {
		hs := find(root, func(n *xhtml.Node) bool {
			return len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '1' && n.Data[1] <= '6'
		})
		ids := map[string]bool{}
		var got []string
		for _, h := range hs {
			require.False(t, ids[attr(h, "id")], "duplicate id %q", attr(h, "id"))
			ids[attr(h, "id")] = true
			got = append(got, h.Data+" "+attr(h, "class")+" "+text(h))
		}
		assert.Equal(t, []string{
			"h1 b I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
			"h2 b 1. Về Kế hoạch cải cách hành chính",
			"h2 b 2. Về tổ chức chỉ đạo, điều hành cải cách hành chính",
			"h2 b 3. Về kiểm tra cải cách hành chính",
			"h2 b 4. Về công tác tuyên truyền cải cách hành chính",
			"h1 b II. KẾT QUẢ THỰC HIỆN",
			"h2 b 1. Cải cách thể chế",
			"h3 b i 1.1. Xây dựng và ban hành các VBQPPL của cơ quan, đơn vị",
			"h3 b i 1.2. Công tác rà soát VBQPPL của cơ quan, đơn vị",
			"h2 b 2. Cải cách thủ tục hành chính",
			"h3 b i 2.1. Kiểm soát thủ tục hành chính",
			"h4 i a) Kết quả giải quyết TTHC",
			"h4 i b) Công tác tiếp nhận, xử lý phản ánh, kiến nghị",
			"h1 b III. PHƯƠNG HƯỚNG, NHIỆM VỤ CCHC THÁNG 12 NĂM 2024 VÀ NĂM 2025",
			"h2 b 1. Cải cách thể chế",
		}, got)
	})

	t.Run("items", func(t *testing.T) {
		items := byClass("item")
		require.Len(t, items, 13)
		assert.True(t, strings.HasPrefix(items[0], "- Thực hiện Kế hoạch số 14/KH-STP"), items[0])
		assert.True(t, strings.HasPrefix(items[7], "+ Phối hợp với Liên đoàn lao động tỉnh"), items[7])
		assert.True(t, strings.HasPrefix(items[11], "a) Ban hành danh mục"), items[11])
		ps := find(root, func(n *xhtml.Node) bool { return n.Data == "ul" || n.Data == "ol" || n.Data == "li" })
		assert.Empty(t, ps, "markers are printed as text, not as HTML lists")
	})

	t.Run("end mark", func(t *testing.T) {
		texts := find(root, func(n *xhtml.Node) bool { return hasClass(n, "text") })
		var last *xhtml.Node
		for c := texts[0].FirstChild; c != nil; c = c.NextSibling {
			if c.Type == xhtml.ElementNode {
				last = c
			}
		}
		assert.True(t, strings.HasSuffix(text(last), "gửi đến Sở Nội vụ để tổng hợp./."), text(last))
	})

	t.Run("footnotes", func(t *testing.T) {
		l, err := doc.Lay(sample.Document())
		require.NoError(t, err)
		require.Len(t, l.Notes, 6)
		byID := map[string]*xhtml.Node{}
		for _, e := range elements(root) {
			if id := attr(e, "id"); id != "" {
				byID[id] = e
			}
		}
		for _, n := range l.Notes {
			num := strconv.Itoa(n.Number)
			ref := byID["fnref-"+num]
			require.NotNil(t, ref, "reference %s", num)
			assert.Equal(t, "a", ref.Data)
			assert.Equal(t, "#fn-"+num, attr(ref, "href"))
			assert.Equal(t, "sup", ref.Parent.Data)
			assert.Equal(t, num, text(ref))

			note := byID["fn-"+num]
			require.NotNil(t, note, "note %s", num)
			assert.True(t, hasClass(note, "note"))
			assert.True(t, hasClass(note.Parent, "notes"))
			assert.Equal(t, num+" "+plain(n.Spans), text(note))
			back := find(note, func(e *xhtml.Node) bool { return e.Data == "a" })
			require.Len(t, back, 1)
			assert.Equal(t, "#fnref-"+num, attr(back[0], "href"), "back link of note %s", num)
		}
		// The main text's notes follow the text, before the closing: the
		// signature ends the main text.
		main := byID["main"]
		require.NotNil(t, main)
		var order []string
		for c := main.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == xhtml.ElementNode {
				order = append(order, c.Data+"."+attr(c, "class"))
			}
		}
		assert.Equal(t, []string{"table.header", "div.title", "div.text", "section.notes", "table.closing"}, order)
	})

	t.Run("closing", func(t *testing.T) {
		assert.Equal(t, []string{"Nơi nhận:"}, byClass("closing-label"))
		assert.Equal(t, []string{
			"- Sở Nội vụ;", "- Sở Thông tin và Truyền thông;", "- Văn phòng UBND tỉnh;",
			"- Giám đốc, Phó Giám đốc Sở;", "- Phòng, đơn vị trực thuộc Sở;", "- Cổng Thông tin điện tử Sở;",
			"- Lưu: VT, CCHC.",
		}, byClass("recipient"))
		assert.Equal(t, []string{"GIÁM ĐỐC"}, byClass("signer-title"))
		assert.Equal(t, []string{"Trịnh Tuấn Ngọc"}, byClass("signer-name"))
		assert.Len(t, byClass("sign-space"), 1)
	})

	t.Run("appendix", func(t *testing.T) {
		apps := find(root, func(n *xhtml.Node) bool { return hasClass(n, "appendix") })
		require.Len(t, apps, 1)
		assert.Equal(t, "section", apps[0].Data)
		assert.Equal(t, "appendix-1", attr(apps[0], "id"))
		assert.Equal(t, []string{"Phụ lục"}, byClass("appendix-label"))
		assert.Equal(t, []string{"KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH 11 THÁNG ĐẦU NĂM 2024"}, byClass("appendix-title"))
		assert.Equal(t, []string{"(Kèm theo Báo cáo số 380/BC-STP ngày 19/11/2024 của Sở Tư pháp)"}, byClass("appendix-ref"))
		ths := find(apps[0], func(n *xhtml.Node) bool { return n.Data == "th" })
		var heads []string
		for _, th := range ths {
			heads = append(heads, text(th))
		}
		assert.Equal(t, []string{"STT", "Chỉ tiêu", "Số hồ sơ"}, heads)
		spans := find(apps[0], func(n *xhtml.Node) bool { return n.Data == "td" && attr(n, "colspan") == "2" })
		require.Len(t, spans, 1)
		assert.Equal(t, "Tổng số hồ sơ tiếp nhận", text(spans[0]))
		cols := find(apps[0], func(n *xhtml.Node) bool { return n.Data == "col" })
		var widths []string
		for _, c := range cols {
			widths = append(widths, attr(c, "style"))
		}
		assert.Equal(t, []string{"width:11.11%", "width:66.67%", "width:22.22%"}, widths)
	})
}

func TestFullDocument(t *testing.T) {
	root := checkPage(t, write(t, fullDocument()))
	byClass := func(class string) []string {
		var out []string
		for _, n := range find(root, func(n *xhtml.Node) bool { return hasClass(n, class) }) {
			out = append(out, text(n))
		}
		return out
	}
	assert.Equal(t, []string{"ỦY BAN NHÂN DÂN\nXÃ MỸ HÒA HƯNG"}, byClass("agency"),
		"no parent agency line; the line break stays a newline (white-space: pre-wrap)")
	assert.Equal(t, []string{"KHẨN", "MẬT"}, byClass("mark"))
	assert.Equal(t, []string{"DỰ THẢO"}, byClass("draft"))
	assert.Equal(t, []string{"Kính gửi:"}, byClass("to-line"))
	assert.Equal(t, []string{"- Ủy ban nhân dân thành phố Long Xuyên;", "- Phòng Nội vụ thành phố."}, byClass("to-item"))
	assert.Equal(t, []string{"Mỹ Hòa Hưng, ngày 05 tháng 02 năm 2025"}, byClass("place-date"))
	assert.Equal(t, []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, byClass("authority"))
	assert.Equal(t, []string{"PHÓ CHỦ TỊCH"}, byClass("signer-title"))
	assert.Equal(t, []string{"LVB.(05)"}, byClass("drafter"))
	assert.Equal(t, []string{"Phụ lục I", "Phụ lục II"}, byClass("appendix-label"))

	// Each part prints the notes it references: note 1 after the closing,
	// note 2 at the end of appendix I, none in appendix II.
	var where []string
	for _, s := range find(root, func(n *xhtml.Node) bool { return hasClass(n, "notes") }) {
		where = append(where, attr(s.Parent, "id")+": "+strings.TrimSpace(text(s)))
	}
	assert.Equal(t, []string{"main: 1 Chú thích thân bài", "appendix-1: 2 Chú thích phụ lục"}, where)

	centred := find(root, func(n *xhtml.Node) bool { return n.Data == "p" && strings.HasPrefix(text(n), "Dòng một") })
	require.Len(t, centred, 1)
	assert.Equal(t, "ac ni", attr(centred[0], "class"))
	right := find(root, func(n *xhtml.Node) bool { return n.Data == "p" && hasClass(n, "ar") })
	require.Len(t, right, 1)
	assert.Equal(t, "b", right[0].FirstChild.Data)
	assert.Equal(t, "i", right[0].FirstChild.FirstChild.Data, "bold italic is <b><i>")
}

// payload is a script, with the characters that end attributes and
// entities, placed in every text field.
const payload = `<script>alert(1)</script>"'&amp;`

func TestXSS(t *testing.T) {
	x := payload
	st := doc.DefaultStyle()
	st.Font = `x"</style><script>alert(1)</script>`
	d := &doc.Document{
		Header: doc.Header{
			ParentAgency: x, IssuingAgency: x, IssuerName: x, Number: x, Place: x,
			Date: time.Date(2024, time.November, 19, 0, 0, 0, 0, time.UTC), KindName: x, Subject: x,
			To: []string{x, x}, Urgency: x, Secrecy: x,
		},
		Body: []doc.Block{
			&doc.Section{Title: x, Blocks: []doc.Block{
				doc.P(doc.Plain(x), doc.Bold(x), doc.Italic(x), doc.Note(doc.Plain(x), doc.Bold(x))),
				&doc.List{Items: []doc.Item{{Runs: doc.Text(x), Blocks: []doc.Block{
					&doc.List{Marker: doc.Plus, Items: []doc.Item{{Runs: doc.Text(x)}}},
				}}}},
				&doc.Table{
					Columns: []doc.Column{{Title: x}, {Title: x}},
					Rows:    [][]doc.Cell{{{Runs: []doc.Run{doc.Plain(x), doc.NoteText(x)}}, {Runs: doc.Text(x)}}},
				},
			}},
		},
		Closing: doc.Closing{
			Recipients: []string{x, x}, Archive: x, Drafter: x,
			Signer: doc.Signer{Authority: []string{x}, Title: x, Name: x},
		},
		Appendices: []doc.Appendix{{Title: x, Body: []doc.Block{doc.P(doc.Plain(x), doc.NoteText(x))}}},
		Style:      &st,
	}
	// The payload shows in the page body: 10 times in the header and title
	// block (To twice), 13 in the body (section title, three runs, the
	// note's two runs, two items, two column heads, three cell texts), 7 in
	// the closing (two recipients, archive, drafter, authority, title,
	// name), 3 in the appendix (title, paragraph, note) and 3 in its
	// reference line (kind, number, issuer).
	const fields = 10 + 13 + 7 + 3 + 3

	page := write(t, d)
	assert.NotContains(t, strings.ToLower(string(page)), "<script", "a script tag reached the page")
	assert.Equal(t, 1, strings.Count(strings.ToLower(string(page)), "</style"), "the font name ended the style element")
	root := checkPage(t, page)
	assert.Empty(t, find(root, func(n *xhtml.Node) bool { return n.Data == "script" }))

	body := find(root, func(n *xhtml.Node) bool { return n.Data == "body" })[0]
	got := strings.Count(strings.ToLower(text(body)), "<script>alert(1)</script>")
	assert.Equal(t, fields, got, "the payload comes out as text once per field")
	assert.Contains(t, text(body), `<script>alert(1)</script>"'&amp;`, "the text is kept verbatim, entities included")

	titles := find(root, func(n *xhtml.Node) bool { return n.Data == "title" })
	assert.Contains(t, strings.ToLower(text(titles[0])), "<script>alert(1)</script>")
	style := text(find(root, func(n *xhtml.Node) bool { return n.Data == "style" })[0])
	assert.NotContains(t, style, "<", "the font name is escaped in the CSS")
	assert.Contains(t, style, `font-family:"x\22 \3c \2f style\3e \3c script\3e alert\28 1\29 \3c \2f script\3e ","Times New Roman"`)
}

// The decomposed forms of the test texts (NFD): combining marks after the
// base letters.
const (
	hoaNFD    = "Kha\u0301nh Hoa\u0300"
	nguyenNFD = "Nguye\u0302\u0303n Va\u0306n A"
	tuNFD     = "So\u031B\u0309 Tu\u031B pha\u0301p"
)

func TestNFC(t *testing.T) {
	require.False(t, norm.NFC.IsNormalString(hoaNFD))
	d := sample.Document()
	d.Header.Place = hoaNFD
	d.Header.IssuingAgency = tuNFD
	d.Header.Subject = "Công tác " + hoaNFD
	d.Body = append([]doc.Block{&doc.Section{Title: hoaNFD, Blocks: []doc.Block{
		doc.P(doc.Plain(hoaNFD), doc.NoteText(nguyenNFD)),
		&doc.Table{Columns: []doc.Column{{Title: tuNFD}}, Rows: [][]doc.Cell{{{Runs: doc.Text(nguyenNFD)}}}},
	}}}, d.Body...)
	d.Closing.Recipients = append(d.Closing.Recipients, hoaNFD)
	d.Closing.Signer.Name = nguyenNFD

	page := string(write(t, d))
	assert.True(t, norm.NFC.IsNormalString(page), "the page is NFC")
	for _, mark := range []string{"\u0300", "\u0301", "\u0302", "\u0303", "\u0306", "\u0309", "\u031B"} {
		assert.NotContains(t, page, mark)
	}
	for _, want := range []string{
		"Khánh Hoà, ngày 19 tháng 11 năm 2024",
		`<p class="agency issuer"><span class="ruled short">SỞ TƯ PHÁP</span></p>`,
		"<title>BÁO CÁO Công tác Khánh Hoà</title>",
		`<h1 id="h-body-0" class="b">I. KHÁNH HOÀ</h1>`,
		`<p class="note" id="fn-1"><sup><a href="#fnref-1">1</a></sup> Nguyễn Văn A</p>`,
		`<th class="ac"><b>Sở Tư pháp</b></th>`,
		`<p class="recipient">- Khánh Hoà;</p>`,
		`<p class="signer-name">Nguyễn Văn A</p>`,
	} {
		assert.Contains(t, page, want)
	}
}

// TestWriteLayoutCleansText shows that a layout built by hand, not by
// doc.Lay, still comes out NFC and without control characters.
func TestWriteLayoutCleansText(t *testing.T) {
	l := &doc.Layout{
		Style:  doc.DefaultStyle(),
		Header: doc.HeaderLayout{IssuingAgency: tuNFD, KindName: "BÁO CÁO", Subject: "a\x00b\r\nc"},
		Body:   []doc.Para{{Kind: doc.KindParagraph, Spans: []doc.Span{{Text: nguyenNFD}}, Indent: true}},
	}
	var b bytes.Buffer
	require.NoError(t, rhtml.WriteLayout(&b, l))
	page := b.String()
	assert.True(t, norm.NFC.IsNormalString(page))
	assert.Contains(t, page, "<p>Nguyễn Văn A</p>")
	assert.Contains(t, page, `<span class="ruled short">a`+"\uFFFD"+"b\nc</span>")
	assert.NotContains(t, page, "\x00")
	checkPage(t, b.Bytes())
}

// TestWriteLayoutErrors: a hand-built layout that doc.Layout.Check refuses
// comes back as its *doc.LayoutError; the test names the place and the code
// of each problem, not its words.
func TestWriteLayoutErrors(t *testing.T) {
	note := func(n int, s string) doc.NoteLayout { return doc.NoteLayout{Number: n, Spans: []doc.Span{{Text: s}}} }
	para := func(path string, spans ...doc.Span) doc.Para {
		return doc.Para{Kind: doc.KindParagraph, Spans: spans, Path: path}
	}
	// styled gives a hand-built layout the default style.
	styled := func(l *doc.Layout) *doc.Layout { l.Style = doc.DefaultStyle(); return l }
	type problem struct {
		Path string
		Code doc.ProblemCode
	}
	tests := []struct {
		name string
		l    *doc.Layout
		want []problem
	}{
		{"nil layout", nil, []problem{{"layout", doc.ProblemNil}}},
		{"reference without note", styled(&doc.Layout{Body: []doc.Para{para("body[0]", doc.Span{Note: 7})}}),
			[]problem{{"body[0].spans[0]", doc.ProblemNoteMissing}}},
		{"two references", styled(&doc.Layout{
			Body:  []doc.Para{para("", doc.Span{Note: 1}), para("", doc.Span{Note: 1})},
			Notes: []doc.NoteLayout{note(1, "x")}}),
			[]problem{{"body[1].spans[0]", doc.ProblemNoteRepeated}}},
		{"bad note numbers", styled(&doc.Layout{
			Body:  []doc.Para{para("", doc.Span{Note: 2})},
			Notes: []doc.NoteLayout{note(0, "x"), note(2, "y"), note(2, "z")}}),
			[]problem{{"notes[0]", doc.ProblemNoteNumber}, {"notes[2]", doc.ProblemNoteNumber}}},
		{"negative reference", styled(&doc.Layout{Appendices: []doc.AppendixLayout{{Body: []doc.Para{para("", doc.Span{Note: -1})}}}}),
			[]problem{{"appendices[0].body[0].spans[0]", doc.ProblemNoteMissing}}},
		{"table without table", styled(&doc.Layout{Body: []doc.Para{{Kind: doc.KindTable, Path: "body[3]"}}}),
			[]problem{{"body[0].table", doc.ProblemNoTable}}},
		{"reference in a cell", styled(&doc.Layout{Body: []doc.Para{{Kind: doc.KindTable, Table: &doc.TableLayout{
			Widths: []int{1}, Rows: [][]doc.CellLayout{{{Spans: []doc.Span{{Note: 4}}}}}}}}}),
			[]problem{{"body[0].table.rows[0][0].spans[0]", doc.ProblemNoteMissing}}},
		{"unknown kind", styled(&doc.Layout{Body: []doc.Para{{Kind: 42}}}), []problem{{"body[0]", doc.ProblemKind}}},
		{"unreferenced note", styled(&doc.Layout{Notes: []doc.NoteLayout{note(1, "mồ côi")}}),
			[]problem{{"notes[0]", doc.ProblemNoteUnreferenced}}},
		{"note in a note", styled(&doc.Layout{
			Body:  []doc.Para{para("", doc.Span{Note: 1})},
			Notes: []doc.NoteLayout{{Number: 1, Spans: []doc.Span{{Note: 2}}}, note(2, "y")}}),
			[]problem{{"notes[0].spans[0]", doc.ProblemNoteNested}, {"notes[1]", doc.ProblemNoteUnreferenced}}},
		{"row too wide", styled(&doc.Layout{Body: []doc.Para{{Kind: doc.KindTable, Table: &doc.TableLayout{
			Widths: []int{1}, Rows: [][]doc.CellLayout{{{}, {}}}}}}}),
			[]problem{{"body[0].table.rows[0]", doc.ProblemRowWidth}}},
		{"deep heading", styled(&doc.Layout{Body: []doc.Para{{Kind: doc.KindHeading, Depth: 7}}}),
			[]problem{{"body[0]", doc.ProblemHeadingDepth}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := rhtml.WriteLayout(&b, tt.l)
			var le *doc.LayoutError
			require.ErrorAs(t, err, &le)
			var got []problem
			for _, p := range le.Problems {
				got = append(got, problem{p.Path, p.Code})
			}
			assert.Equal(t, tt.want, got)
			assert.Zero(t, b.Len(), "nothing is written on an error")
		})
	}
	t.Run("zero style", func(t *testing.T) {
		var b bytes.Buffer
		err := rhtml.WriteLayout(&b, &doc.Layout{})
		var le *doc.LayoutError
		require.ErrorAs(t, err, &le)
		assert.Contains(t, le.Codes(), doc.ProblemStyle)
		assert.Contains(t, err.Error(), "style.font: a font family is required")
		assert.Zero(t, b.Len())
	})
}

func TestWriteInvalidDocument(t *testing.T) {
	d := sample.Document()
	d.Header.Date = time.Time{}
	d.Closing.Signer.Name = " "
	var b bytes.Buffer
	err := rhtml.Write(&b, d)
	var de *doc.Error
	require.True(t, errors.As(err, &de), "the layout's error comes back: %v", err)
	assert.Contains(t, err.Error(), "header.date")
	assert.Contains(t, err.Error(), "closing.signer.name")
	assert.Zero(t, b.Len())

	require.Error(t, rhtml.Write(&b, nil))
}

// TestDuplicatePaths: headings of a hand-built layout with the same or no
// path still get distinct ids.
func TestDuplicatePaths(t *testing.T) {
	h := func(path string) doc.Para {
		return doc.Para{Kind: doc.KindHeading, Depth: 1, Label: "I.", Spans: []doc.Span{{Text: "A"}}, Path: path}
	}
	l := &doc.Layout{Style: doc.DefaultStyle(), Body: []doc.Para{h("x"), h("x"), h(""), h("x-2"), h("[]")}}
	var b bytes.Buffer
	require.NoError(t, rhtml.WriteLayout(&b, l))
	var ids []string
	for _, e := range find(parse(t, b.Bytes()), func(n *xhtml.Node) bool { return n.Data == "h1" }) {
		ids = append(ids, attr(e, "id"))
	}
	assert.Equal(t, []string{"h-x", "h-x-2", "h", "h-x-2-2", "h-2"}, ids)
}

// TestStyleSheet: every size and length of the CSS comes from the style.
func TestStyleSheet(t *testing.T) {
	st := doc.DefaultStyle()
	st.Margins = doc.Margins{Top: doc.MM(200), Bottom: doc.MM(220), Left: doc.MM(300), Right: doc.MM(150)}
	st.Font = "Liberation Serif"
	st.Sizes.Body = 13
	st.Sizes.NationalTitle, st.Sizes.Motto, st.Sizes.PlaceDate = 12, 13, 13
	st.Sizes.Agency = 12
	st.Sizes.Footnote = 10
	st.FirstLineIndent = 720
	st.SpaceBefore = 8
	st.LineSpacing = 150
	st.SignatureSpace = 2
	d := sample.Document()
	d.Style = &st
	page := string(write(t, d))
	for _, want := range []string{
		"@page{size:210mm 297mm;margin:20mm 15mm 22mm 30mm;",
		`body{margin:0;font-family:"Liberation Serif","Times New Roman","Tinos","Nimbus Roman","Times",serif;font-size:13pt;line-height:1.725;`,
		".agency{font-size:12pt}",
		".national{font-size:12pt;font-weight:bold}",
		".motto{font-size:13pt;font-weight:bold}",
		".place-date{font-size:13pt;font-style:italic",
		"margin-top:8pt;text-indent:12.7mm;text-align:justify}",
		".notes{margin-top:16pt;font-size:10pt}",
		".sign-space{height:48.3pt}",
		// 165 mm of text: the header's 100 mm column keeps its width and
		// the first gives up the excess; the closing fits as it is.
		"table.header{border-collapse:collapse;table-layout:fixed;width:165mm}",
		"table.closing{border-collapse:collapse;table-layout:fixed;width:163.7mm}",
	} {
		assert.Contains(t, page, want)
	}
	assert.Contains(t, page, `<colgroup><col style="width:65mm"/><col style="width:100mm"/></colgroup>`)
	assert.Contains(t, page, `<colgroup><col style="width:52.8mm"/><col style="width:110.9mm"/></colgroup>`)
}

func BenchmarkWrite(b *testing.B) {
	d := sample.Document()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := rhtml.Write(&buf, d); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

func BenchmarkWriteLayout(b *testing.B) {
	l, err := doc.Lay(sample.Document())
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := rhtml.WriteLayout(&buf, l); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}
