package html_test

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	xhtml "golang.org/x/net/html"

	"github.com/cchc-go/cchc/reform/doc"
	rhtml "github.com/cchc-go/cchc/reform/render/html"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// write writes d and fails the test on an error.
func write(t testing.TB, d *doc.Document) []byte { return rendertest.Written(t, rhtml.Write, d) }

// parse parses a page with x/net/html.
func parse(t testing.TB, page []byte) *xhtml.Node {
	t.Helper()
	n, err := xhtml.Parse(bytes.NewReader(page))
	require.NoError(t, err)
	return n
}

// reRender writes a parsed tree back out.
func reRender(t testing.TB, n *xhtml.Node) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, xhtml.Render(&b, n))
	return b.Bytes()
}

// dump writes a parsed tree with every node, attribute and text, one node
// per line, for comparing trees.
func dump(n *xhtml.Node) string {
	var b strings.Builder
	var walk func(n *xhtml.Node, depth int)
	walk = func(n *xhtml.Node, depth int) {
		ind := strings.Repeat("  ", depth)
		switch n.Type {
		case xhtml.ElementNode:
			fmt.Fprintf(&b, "%s<%s", ind, n.Data)
			for _, a := range n.Attr {
				fmt.Fprintf(&b, " %s=%q", a.Key, a.Val)
			}
			b.WriteString(">\n")
		case xhtml.TextNode:
			fmt.Fprintf(&b, "%s%q\n", ind, n.Data)
		case xhtml.DoctypeNode:
			fmt.Fprintf(&b, "%s<!DOCTYPE %s>\n", ind, n.Data)
		case xhtml.CommentNode:
			fmt.Fprintf(&b, "%s<!--%s-->\n", ind, n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}

// shape is the element tree without texts or attributes: each element's
// name at its depth, in document order.
func shape(n *xhtml.Node) []string {
	var out []string
	var walk func(n *xhtml.Node, depth int)
	walk = func(n *xhtml.Node, depth int) {
		if n.Type == xhtml.ElementNode {
			out = append(out, strings.Repeat(".", depth)+n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return out
}

// elements returns every element of the tree in document order.
func elements(n *xhtml.Node) []*xhtml.Node {
	var out []*xhtml.Node
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// find returns the elements that match.
func find(n *xhtml.Node, match func(*xhtml.Node) bool) []*xhtml.Node {
	var out []*xhtml.Node
	for _, e := range elements(n) {
		if match(e) {
			out = append(out, e)
		}
	}
	return out
}

func attr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *xhtml.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

// text is the text under n.
func text(n *xhtml.Node) string {
	var b strings.Builder
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// allowed are the only elements a page may hold.
var allowed = map[string]bool{
	"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true,
	"div": true, "section": true, "table": true, "colgroup": true, "col": true, "thead": true,
	"tbody": true, "tr": true, "th": true, "td": true, "p": true, "span": true, "b": true, "i": true,
	"sup": true, "a": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
}

// checkPage asserts what holds for every page: it parses to exactly itself
// (the parser repaired nothing), holds only the renderer's elements, no
// event handler and no link out of the page.
func checkPage(t testing.TB, page []byte) *xhtml.Node {
	t.Helper()
	root := parse(t, page)
	// The page writes the combining marks that start a text as hexadecimal
	// references (render.LeadingMarks); x/net/html writes them back raw.
	if got, want := reRender(t, root), hexRef.ReplaceAllFunc(page, decodeRef); !bytes.Equal(got, want) {
		t.Fatalf("x/net/html renders the parsed page differently: the parser repaired it\n%s", firstDiff(want, got))
	}
	for _, e := range elements(root) {
		if !allowed[e.Data] {
			t.Fatalf("unexpected element <%s> in the page", e.Data)
		}
		for _, a := range e.Attr {
			if strings.HasPrefix(strings.ToLower(a.Key), "on") {
				t.Fatalf("event handler attribute %s on <%s>", a.Key, e.Data)
			}
			if (a.Key == "href" && !strings.HasPrefix(a.Val, "#")) || a.Key == "src" {
				t.Fatalf("<%s %s=%q> points out of the page", e.Data, a.Key, a.Val)
			}
		}
	}
	return root
}

var hexRef = regexp.MustCompile(`&#x[0-9A-F]+;`)

// decodeRef returns the character of a reference "&#x338;".
func decodeRef(ref []byte) []byte {
	n, err := strconv.ParseUint(string(ref[3:len(ref)-1]), 16, 32)
	if err != nil {
		return ref
	}
	return utf8.AppendRune(nil, rune(n))
}

func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-80)
	return fmt.Sprintf("at byte %d:\n wrote:    %q\n rendered: %q", i, a[lo:min(len(a), i+80)], b[lo:min(len(b), i+80)])
}

// fullDocument uses every part of the layout the sample leaves out: parent
// agency absent, marks, draft, several addressees, authority lines, the
// drafter, two appendices, notes in an appendix table, a line break,
// alignments and an unindented paragraph.
func fullDocument() *doc.Document {
	return &doc.Document{
		Header: doc.Header{
			IssuingAgency: "Ủy ban nhân dân\nxã Mỹ Hòa Hưng",
			IssuerName:    "Ủy ban nhân dân xã Mỹ Hòa Hưng",
			Number:        "15/BC-UBND",
			Place:         "Mỹ Hòa Hưng",
			Date:          time.Date(2025, time.February, 5, 0, 0, 0, 0, time.UTC),
			KindName:      "Báo cáo",
			Subject:       "Kết quả công tác cải cách hành chính quý I năm 2025",
			To:            []string{"Ủy ban nhân dân thành phố Long Xuyên", "Phòng Nội vụ thành phố"},
			Urgency:       "khẩn",
			Secrecy:       "mật",
			Draft:         true,
		},
		Body: []doc.Block{
			&doc.Section{Title: "Kết quả", Blocks: []doc.Block{
				&doc.Paragraph{Runs: []doc.Run{doc.Plain("Dòng một\nDòng hai"), doc.NoteText("Chú thích thân bài")}, Align: doc.AlignCenter, NoIndent: true},
				&doc.Paragraph{Runs: []doc.Run{{Text: "đậm nghiêng", Bold: true, Italic: true}}, Align: doc.AlignRight},
			}},
			&doc.Table{
				Columns: []doc.Column{{Title: "Chỉ tiêu"}, {Title: "Số", Align: doc.AlignRight}},
				Rows:    [][]doc.Cell{{{Runs: doc.Text("Hồ sơ")}, {Runs: doc.Text("12")}}, {{Runs: doc.Text("Tổng")}}},
			},
		},
		Closing: doc.Closing{
			Recipients: []string{"UBND thành phố", "Phòng Nội vụ"},
			Archive:    "VT",
			Signer:     doc.Signer{Authority: []string{"TM. Ủy ban nhân dân", "KT. Chủ tịch"}, Title: "Phó Chủ tịch", Name: "Lê Văn Bình"},
			Drafter:    "LVB.(05)",
		},
		Appendices: []doc.Appendix{
			{Title: "Số liệu hồ sơ", Body: []doc.Block{&doc.Table{
				Columns: []doc.Column{{Title: "Nội dung", Width: 3}, {Title: "Số lượng"}},
				Rows:    [][]doc.Cell{{{Runs: []doc.Run{doc.Plain("Trực tuyến"), doc.NoteText("Chú thích phụ lục")}}, {Runs: doc.Text("8")}}},
			}}},
			{Title: "Danh mục", Body: []doc.Block{&doc.List{Marker: doc.Numbers, Items: []doc.Item{{Runs: doc.Text("Mục một")}}}}},
		},
	}
}
