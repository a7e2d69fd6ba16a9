package docx_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// write lays out d and writes it, failing the test on an error.
func write(t testing.TB, d *doc.Document) []byte { return rendertest.Written(t, docx.Write, d) }

// unzip returns the parts of a DOCX file in the order of the zip.
func unzip(data []byte) ([]docx.Part, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	var parts []docx.Part
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		parts = append(parts, docx.Part{Name: f.Name, Data: b})
	}
	return parts, nil
}

// part returns the named part.
func part(t testing.TB, parts []docx.Part, name string) []byte {
	t.Helper()
	for _, p := range parts {
		if p.Name == name {
			return p.Data
		}
	}
	t.Fatalf("no part %s", name)
	return nil
}

// node is an element of a parsed part, named with its prefix as written
// ("w:p").
type node struct {
	name string
	attr map[string]string
	kids []*node
	text string
}

// parse reads a part strictly with encoding/xml into a tree of elements.
func parse(data []byte) (*node, error) {
	toks, err := rawTokens(data)
	if err != nil {
		return nil, err
	}
	root := &node{}
	stack := []*node{root}
	for _, tok := range toks {
		top := stack[len(stack)-1]
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{name: qname(tok.Name), attr: map[string]string{}}
			for _, a := range tok.Attr {
				n.attr[qname(a.Name)] = a.Value
			}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) == 1 || qname(tok.Name) != top.name {
				return nil, fmt.Errorf("unbalanced </%s>", qname(tok.Name))
			}
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.text += string(tok)
		}
	}
	if len(stack) != 1 || len(root.kids) != 1 {
		return nil, fmt.Errorf("not one root element")
	}
	return root.kids[0], nil
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// mustParse parses a part or fails the test.
func mustParse(t testing.TB, data []byte) *node {
	t.Helper()
	n, err := parse(data)
	require.NoError(t, err, "%s", data)
	return n
}

// all returns the elements named name under n, in document order.
func (n *node) all(name string) []*node {
	var out []*node
	for _, k := range n.kids {
		if k.name == name {
			out = append(out, k)
		}
		out = append(out, k.all(name)...)
	}
	return out
}

// first returns the first element named name under n, or nil.
func (n *node) first(name string) *node {
	if all := n.all(name); len(all) > 0 {
		return all[0]
	}
	return nil
}

// has reports whether n has a child element named name.
func (n *node) has(name string) bool {
	for _, k := range n.kids {
		if k.name == name {
			return true
		}
	}
	return false
}

// child returns n's first child named name, or nil.
func (n *node) child(name string) *node {
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

// val returns the w:val of n's child named name, or "".
func (n *node) val(name string) string {
	if c := n.child(name); c != nil {
		return c.attr["w:val"]
	}
	return ""
}

// plain returns the text of the runs under n: w:t texts, "\n" for w:br and
// "[n]" for a footnote reference.
func (n *node) plain() string {
	var b strings.Builder
	var walk func(*node)
	walk = func(n *node) {
		switch n.name {
		case "w:t":
			b.WriteString(n.text)
			return
		case "w:br":
			b.WriteByte('\n')
			return
		case "w:footnoteReference":
			fmt.Fprintf(&b, "[%s]", n.attr["w:id"])
			return
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	walk(n)
	return b.String()
}

// paragraphs returns the plain text of every paragraph under n that is not
// inside a table.
func (n *node) paragraphs() []string {
	var out []string
	for _, k := range n.kids {
		switch k.name {
		case "w:p":
			out = append(out, k.plain())
		case "w:tbl":
		default:
			out = append(out, k.paragraphs()...)
		}
	}
	return out
}

// indent writes a part one element per line, indented, for golden files:
// an element holding only text stays on one line with its text.
func indent(data []byte) ([]byte, error) {
	toks, err := rawTokens(data)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	depth := 0
	pad := func() { b.WriteString(strings.Repeat("  ", depth)) }
	start := func(e xml.StartElement, end string) {
		b.WriteString("<" + qname(e.Name))
		for _, a := range e.Attr {
			b.WriteString(" " + qname(a.Name) + `="`)
			_ = xml.EscapeText(&b, []byte(a.Value))
			b.WriteString(`"`)
		}
		b.WriteString(end)
	}
	for i := 0; i < len(toks); i++ {
		switch tok := toks[i].(type) {
		case xml.ProcInst:
			fmt.Fprintf(&b, "<?%s %s?>\n", tok.Target, tok.Inst)
		case xml.StartElement:
			pad()
			if i+1 < len(toks) {
				if _, ok := toks[i+1].(xml.EndElement); ok {
					start(tok, "/>\n")
					i++
					continue
				}
			}
			if i+2 < len(toks) {
				text, isText := toks[i+1].(xml.CharData)
				_, isEnd := toks[i+2].(xml.EndElement)
				if isText && isEnd {
					start(tok, ">")
					_ = xml.EscapeText(&b, text)
					b.WriteString("</" + qname(tok.Name) + ">\n")
					i += 2
					continue
				}
			}
			start(tok, ">\n")
			depth++
		case xml.EndElement:
			depth--
			pad()
			b.WriteString("</" + qname(tok.Name) + ">\n")
		case xml.CharData:
			if s := strings.TrimSpace(string(tok)); s != "" {
				return nil, fmt.Errorf("mixed content %q", s)
			}
		}
	}
	return b.Bytes(), nil
}

// rawTokens reads a part strictly with encoding/xml into its tokens, as
// written (xml.Decoder.RawToken): names keep their prefixes.
func rawTokens(data []byte) ([]xml.Token, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	var toks []xml.Token
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			return toks, nil
		}
		if err != nil {
			return nil, err
		}
		toks = append(toks, xml.CopyToken(tok))
	}
}
