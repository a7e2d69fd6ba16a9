package docx

import (
	"io"
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
// The buffer is a plain slice that every write appends to: cheaper than a
// bytes.Buffer's checks for the many short writes of a part.
//
// With out set, the writer streams a part: spill hands what the buffer
// holds to out once it holds spillSize bytes, so the buffer stays about
// that size however long the part; without out, it keeps every byte.
type xmlWriter struct {
	b []byte
	// out receives the part in pieces (spill, drain); nil keeps it whole.
	out io.Writer
	// err is the first error of out, which ends the writes to it.
	err error
}

// spillSize is how much of a part a streaming writer holds before spill
// hands it on: large enough that a part of a report takes one or two
// pieces, each compressed as one piece (see deflater).
const spillSize = 48 << 10

// spill hands what the buffer holds to out once it holds spillSize bytes
// or more. Callers call it only where nothing written is still to change
// (no offset into the buffer is kept): between paragraphs, table rows and
// footnotes.
func (x *xmlWriter) spill() {
	if x.out != nil && len(x.b) >= spillSize {
		x.drain()
	}
}

// drain hands what the buffer holds to out and empties the buffer; after
// an error of out, it only empties it.
func (x *xmlWriter) drain() {
	if x.err == nil {
		_, x.err = x.out.Write(x.b)
	}
	x.b = x.b[:0]
}

// newXML returns a writer of a part of about size bytes, its declaration
// written.
func newXML(size int) *xmlWriter {
	x := &xmlWriter{b: make([]byte, 0, size)}
	x.raw(xmlDecl)
	return x
}

// raw writes s as it is: markup of the writer's own.
func (x *xmlWriter) raw(s string) { x.b = append(x.b, s...) }

// byte1 writes the byte c as it is.
func (x *xmlWriter) byte1(c byte) { x.b = append(x.b, c) }

// begin starts a part after what the writer holds: it writes the
// declaration and returns where the part starts, for part.
func (x *xmlWriter) begin() int {
	start := len(x.b)
	x.raw(xmlDecl)
	return start
}

// part returns the part written since begin returned start, its capacity
// its length: appending to it never writes into what follows it.
func (x *xmlWriter) part(start int) []byte { return x.b[start:len(x.b):len(x.b)] }

// attrs writes name="value" pairs; kv holds names and values alternately.
func (x *xmlWriter) attrs(kv []string) {
	for i := 0; i+1 < len(kv); i += 2 {
		x.attr(kv[i], kv[i+1])
	}
}

// attr writes one name="value" pair.
func (x *xmlWriter) attr(name, value string) {
	x.b = append(x.b, ' ')
	x.b = append(x.b, name...)
	x.b = append(x.b, `="`...)
	x.escape(value)
	x.b = append(x.b, '"')
}

// attrInt writes one name="n" pair: a number needs no escaping.
func (x *xmlWriter) attrInt(name string, n int) {
	x.b = append(x.b, ' ')
	x.b = append(x.b, name...)
	x.b = append(x.b, `="`...)
	x.b = strconv.AppendInt(x.b, int64(n), 10)
	x.b = append(x.b, '"')
}

// open writes a start tag.
func (x *xmlWriter) open(name string, kv ...string) {
	x.start(name)
	x.attrs(kv)
	x.b = append(x.b, '>')
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
	x.b = append(x.b, '<')
	x.b = append(x.b, name...)
}

// end ends an empty element begun with start.
func (x *xmlWriter) end() { x.b = append(x.b, "/>"...) }

// close writes an end tag.
func (x *xmlWriter) close(name string) {
	x.b = append(x.b, "</"...)
	x.b = append(x.b, name...)
	x.b = append(x.b, '>')
}

// text writes escaped character data. Combining marks at the start are
// written as character references, so that they do not compose with the
// ">" of the tag before them (render.LeadingMarks).
func (x *xmlWriter) text(s string) {
	refs, rest := render.LeadingMarks(s)
	x.b = append(x.b, refs...)
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
	x.raw(` w:type="dxa"/>`)
}

// bytes returns the part written so far.
func (x *xmlWriter) bytes() []byte { return x.b }

// escape writes s as encoding/xml.EscapeText does, byte for byte: the five
// markup characters, tab, newline and carriage return as references, a
// byte that is not UTF-8 and a character outside XML 1.0's range as
// U+FFFD; the runs between them are copied as they are, each in one
// append. It checks the text as it scans it, in one pass, by the class of
// each byte (byteClass): ASCII that needs no escape, the two-byte sequences
// and the three-byte ones led by E1…EC (the Vietnamese letters) are
// recognised from their bytes without decoding them, and only the other
// bytes are decoded (escapeAt).
func (x *xmlWriter) escape(s string) {
	last, i := 0, 0
	for i < len(s) {
		switch byteClass[s[i]] {
		case classPlain:
			i++
			continue
		case classLead2:
			if i+1 < len(s) && isCont(s[i+1]) {
				i += 2
				continue
			}
		case classLead3:
			if i+2 < len(s) && isCont(s[i+1]) && isCont(s[i+2]) {
				i += 3
				continue
			}
		}
		esc, width := escapeAt(s, i)
		if esc != "" {
			x.b = append(x.b, s[last:i]...)
			x.b = append(x.b, esc...)
			last = i + width
		}
		i += width
	}
	x.b = append(x.b, s[last:]...)
}

// The classes of the bytes for escape.
const (
	// classOther (zero, the class of every byte the table leaves unset)
	// is a byte escapeAt decides on: an ASCII character to escape, or a
	// byte past ASCII that does not lead a sequence escape recognises.
	_ = iota
	// classPlain is an ASCII character written as it is.
	classPlain
	// classLead2 leads a two-byte sequence (C2…DF).
	classLead2
	// classLead3 leads a three-byte sequence of U+1000…U+CFFF (E1…EC).
	classLead3
)

// byteClass is the class of every byte for escape. Built once when the
// package is initialised, never changed.
var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c < utf8.RuneSelf && asciiEscapes[c] == "":
			t[c] = classPlain
		case c >= 0xC2 && c <= 0xDF:
			t[c] = classLead2
		case c >= 0xE1 && c <= 0xEC:
			t[c] = classLead3
		}
	}
	return t
}()

// escapeAt returns the escape of the character at s[i], "" when it needs
// none, and its width in bytes: one for a byte that is not UTF-8. It is the
// slow path of escape, for the bytes byteClass does not settle.
func escapeAt(s string, i int) (string, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiEscapes[c], 1
	}
	r, width := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && width == 1 || !inCharacterRange(r) {
		return "\uFFFD", width
	}
	return "", width
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

// inCharacterRange reports whether r is a character of XML 1.0 (the range
// of encoding/xml), for characters past ASCII.
func inCharacterRange(r rune) bool {
	return r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// needsPreserve reports whether a w:t text needs xml:space="preserve" to
// keep its spaces: leading, trailing or doubled.
func needsPreserve(s string) bool {
	return strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") || strings.Contains(s, "  ")
}
