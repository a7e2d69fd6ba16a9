package docx

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform/render"
)

// xmlDecl is the declaration every part starts with.
const xmlDecl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// xmlWriter writes compact XML. Element and attribute names are the
// writer's own constants; every text and attribute value goes through
// encoding/xml's escaping, which also replaces characters XML 1.0 cannot
// carry by U+FFFD.
type xmlWriter struct {
	buf bytes.Buffer
}

func newXML() *xmlWriter {
	x := &xmlWriter{}
	x.buf.WriteString(xmlDecl)
	return x
}

// attrs writes name="value" pairs; kv holds names and values alternately.
func (x *xmlWriter) attrs(kv []string) {
	for i := 0; i+1 < len(kv); i += 2 {
		x.buf.WriteByte(' ')
		x.buf.WriteString(kv[i])
		x.buf.WriteString(`="`)
		_ = xml.EscapeText(&x.buf, []byte(kv[i+1]))
		x.buf.WriteByte('"')
	}
}

// open writes a start tag.
func (x *xmlWriter) open(name string, kv ...string) {
	x.buf.WriteByte('<')
	x.buf.WriteString(name)
	x.attrs(kv)
	x.buf.WriteByte('>')
}

// empty writes an empty element.
func (x *xmlWriter) empty(name string, kv ...string) {
	x.buf.WriteByte('<')
	x.buf.WriteString(name)
	x.attrs(kv)
	x.buf.WriteString("/>")
}

// close writes an end tag.
func (x *xmlWriter) close(name string) {
	x.buf.WriteString("</")
	x.buf.WriteString(name)
	x.buf.WriteByte('>')
}

// text writes escaped character data. Combining marks at the start are
// written as character references, so that they do not compose with the
// ">" of the tag before them (render.LeadingMarks).
func (x *xmlWriter) text(s string) {
	refs, rest := render.LeadingMarks(s)
	x.buf.WriteString(refs)
	_ = xml.EscapeText(&x.buf, []byte(rest))
}

// leaf writes <name kv…>text</name>.
func (x *xmlWriter) leaf(name, text string, kv ...string) {
	x.open(name, kv...)
	x.text(text)
	x.close(name)
}

// val writes <name w:val="v"/>.
func (x *xmlWriter) val(name, v string) { x.empty(name, "w:val", v) }

// bytes returns the part written so far.
func (x *xmlWriter) bytes() []byte { return x.buf.Bytes() }

func itoa(n int) string { return strconv.Itoa(n) }

// needsPreserve reports whether a w:t text needs xml:space="preserve" to
// keep its spaces: leading, trailing or doubled.
func needsPreserve(s string) bool {
	return strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") || strings.Contains(s, "  ")
}
