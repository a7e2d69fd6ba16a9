package docx

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/render"
)

// xmlDecl is the declaration every part starts with.
const xmlDecl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// xmlWriter writes compact XML. Element and attribute names are the
// writer's own constants; every text and attribute value is escaped as
// encoding/xml.EscapeText escapes it (escape), which also replaces
// characters XML 1.0 cannot carry by U+FFFD, straight into the buffer.
type xmlWriter struct {
	buf bytes.Buffer
}

// newXML returns a writer of a part of about size bytes, its declaration
// written.
func newXML(size int) *xmlWriter {
	x := &xmlWriter{}
	x.buf.Grow(size)
	x.buf.WriteString(xmlDecl)
	return x
}

// attrs writes name="value" pairs; kv holds names and values alternately.
func (x *xmlWriter) attrs(kv []string) {
	for i := 0; i+1 < len(kv); i += 2 {
		x.attr(kv[i], kv[i+1])
	}
}

// attr writes one name="value" pair.
func (x *xmlWriter) attr(name, value string) {
	x.buf.WriteByte(' ')
	x.buf.WriteString(name)
	x.buf.WriteString(`="`)
	x.escape(value)
	x.buf.WriteByte('"')
}

// attrInt writes one name="n" pair: a number needs no escaping.
func (x *xmlWriter) attrInt(name string, n int) {
	x.buf.WriteByte(' ')
	x.buf.WriteString(name)
	x.buf.WriteString(`="`)
	x.buf.Write(strconv.AppendInt(x.buf.AvailableBuffer(), int64(n), 10))
	x.buf.WriteByte('"')
}

// open writes a start tag.
func (x *xmlWriter) open(name string, kv ...string) {
	x.start(name)
	x.attrs(kv)
	x.buf.WriteByte('>')
}

// empty writes an empty element.
func (x *xmlWriter) empty(name string, kv ...string) {
	x.start(name)
	x.attrs(kv)
	x.end()
}

// start writes the start of a tag, for attributes to follow and end or
// ">" to close it.
func (x *xmlWriter) start(name string) {
	x.buf.WriteByte('<')
	x.buf.WriteString(name)
}

// end ends an empty element begun with start.
func (x *xmlWriter) end() { x.buf.WriteString("/>") }

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
	x.escape(rest)
}

// leaf writes <name kv…>text</name>.
func (x *xmlWriter) leaf(name, text string, kv ...string) {
	x.open(name, kv...)
	x.text(text)
	x.close(name)
}

// val writes <name w:val="v"/>.
func (x *xmlWriter) val(name, v string) { x.empty(name, "w:val", v) }

// valInt writes <name w:val="n"/>.
func (x *xmlWriter) valInt(name string, n int) {
	x.start(name)
	x.attrInt("w:val", n)
	x.end()
}

// emptyInt writes <name attr="n"/>.
func (x *xmlWriter) emptyInt(name, attr string, n int) {
	x.start(name)
	x.attrInt(attr, n)
	x.end()
}

// dxa writes <name w:w="n" w:type="dxa"/>, a width in twips.
func (x *xmlWriter) dxa(name string, n int) {
	x.start(name)
	x.attrInt("w:w", n)
	x.attr("w:type", "dxa")
	x.end()
}

// bytes returns the part written so far.
func (x *xmlWriter) bytes() []byte { return x.buf.Bytes() }

// escape writes s as encoding/xml.EscapeText does, byte for byte: the five
// markup characters, tab, newline and carriage return as references, a
// byte that is not UTF-8 and a character outside XML 1.0's range as
// U+FFFD; the runs between them are copied as they are. It checks the text
// as it scans it, in one pass: the two- and three-byte sequences of
// Vietnamese letters are recognised without decoding them (validAt), and
// only the other bytes past ASCII are decoded.
func (x *xmlWriter) escape(s string) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && !mayEscape[c] {
			i++
			continue
		}
		esc, width := escapeAt(s, i)
		if esc != "" {
			x.buf.WriteString(s[last:i])
			x.buf.WriteString(esc)
			last = i + width
		}
		i += width
	}
	x.buf.WriteString(s[last:])
}

// escapeAt returns the escape of the character at s[i], "" when it needs
// none, and its width in bytes: one for a byte that is not UTF-8.
func escapeAt(s string, i int) (string, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiEscapes[c], 1
	}
	if width := validAt(s, i); width > 0 {
		return "", width
	}
	r, width := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && width == 1 || !inCharacterRange(r) {
		return "\uFFFD", width
	}
	return "", width
}

// validAt returns the width of the character at s[i] when it is a valid
// two-byte sequence, or a three-byte one led by E1…EC (U+1000…U+CFFF, where
// every continuation is valid and every character is in XML's range: the
// Vietnamese letters with two marks are there), and 0 otherwise.
func validAt(s string, i int) int {
	c := s[i]
	switch {
	case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && isCont(s[i+1]):
		return 2
	case c >= 0xE1 && c <= 0xEC && i+2 < len(s) && isCont(s[i+1]) && isCont(s[i+2]):
		return 3
	}
	return 0
}

// isCont reports whether b is a continuation byte of UTF-8.
func isCont(b byte) bool { return b&0xC0 == 0x80 }

// asciiEscapes are the escapes of the ASCII characters, as encoding/xml
// writes them: "" for a character written as it is. Built once when the
// package is initialised, never changed.
var asciiEscapes = func() (t [utf8.RuneSelf]string) {
	for c := range t {
		if c < 0x20 {
			t[c] = "\uFFFD" // a control character XML 1.0 cannot carry
		}
	}
	t['"'], t['\''], t['&'], t['<'], t['>'] = "&#34;", "&#39;", "&amp;", "&lt;", "&gt;"
	t['\t'], t['\n'], t['\r'] = "&#x9;", "&#xA;", "&#xD;"
	return t
}()

// mayEscape tells the ASCII characters asciiEscapes escapes. Built once
// when the package is initialised, never changed.
var mayEscape = func() (t [utf8.RuneSelf]bool) {
	for c, esc := range asciiEscapes {
		t[c] = esc != ""
	}
	return t
}()

// inCharacterRange reports whether r is a character of XML 1.0 (the range
// of encoding/xml), for characters past ASCII.
func inCharacterRange(r rune) bool {
	return r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

func itoa(n int) string { return strconv.Itoa(n) }

// needsPreserve reports whether a w:t text needs xml:space="preserve" to
// keep its spaces: leading, trailing or doubled.
func needsPreserve(s string) bool {
	return strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") || strings.Contains(s, "  ")
}
