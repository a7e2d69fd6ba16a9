package pdf

import (
	"bytes"
	"math"
	"strconv"
	"unicode/utf16"

	"github.com/cchc-go/cchc/reform/doc"
)

// num writes a number with at most three decimals and no exponent, the
// same way every time.
func num(v float64) string {
	v = math.Round(v*1000) / 1000
	if v == 0 {
		return "0"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// canvas writes the content stream of one page.
type canvas struct {
	buf   bytes.Buffer
	pageH float64
	// state inside a text object
	face       int
	size, rise float64
	inArray    bool
	used       *[faceCount]bool
}

// op writes an operator with its operands, on a line.
func (c *canvas) op(parts ...string) {
	for i, p := range parts {
		if i > 0 {
			c.buf.WriteByte(' ')
		}
		c.buf.WriteString(p)
	}
	c.buf.WriteByte('\n')
}

// rule strokes a line; y from the top of the page.
func (c *canvas) rule(r rule, dy float64) {
	c.op(num(r.w), "w")
	c.op(num(r.x1), num(c.pageH-(r.y1+dy)), "m", num(r.x2), num(c.pageH-(r.y2+dy)), "l", "S")
}

// closeArray ends an open TJ array.
func (c *canvas) closeArray() {
	if c.inArray {
		c.buf.WriteString("] TJ\n")
		c.inArray = false
	}
}

// setFont selects a face, size and rise for what follows.
func (c *canvas) setFont(face int, size, rise float64) {
	if face != c.face || size != c.size {
		c.closeArray()
		c.op("/F"+strconv.Itoa(face+1), num(size), "Tf")
		c.face, c.size = face, size
		c.used[face] = true
	}
	if rise != c.rise {
		c.closeArray()
		c.op(num(rise), "Ts")
		c.rise = rise
	}
}

// glyphs shows glyphs in the current font.
func (c *canvas) glyphs(gs []uint16) {
	if len(gs) == 0 {
		return
	}
	if !c.inArray {
		c.buf.WriteByte('[')
		c.inArray = true
	}
	c.buf.WriteByte('<')
	for _, g := range gs {
		const hex = "0123456789ABCDEF"
		c.buf.WriteByte(hex[g>>12])
		c.buf.WriteByte(hex[g>>8&15])
		c.buf.WriteByte(hex[g>>4&15])
		c.buf.WriteByte(hex[g&15])
	}
	c.buf.WriteByte('>')
}

// adjust moves the next glyph by dx points to the right.
func (c *canvas) adjust(dx float64) {
	if math.Abs(dx) < 0.0005 {
		return
	}
	if !c.inArray {
		c.buf.WriteByte('[')
		c.inArray = true
	}
	c.buf.WriteString(" " + num(-dx*1000/c.size) + " ")
}

// piece shows a piece, as marked content with its ActualText when it has
// one.
func (c *canvas) piece(p piece) {
	c.setFont(p.face, p.size, p.rise)
	if p.actual == "" {
		c.glyphs(p.glyphs)
		return
	}
	c.closeArray()
	c.buf.WriteString("/Span <</ActualText ")
	c.buf.WriteString(textString(p.actual))
	c.buf.WriteString(">> BDC\n")
	c.glyphs(p.glyphs)
	c.closeArray()
	c.op("EMC")
}

// text draws a line of text whose unit's top is at dy.
func (c *canvas) text(tl textLine, dy float64, space func(face int) uint16) {
	ln := tl.ln
	if len(ln.words) == 0 {
		return
	}
	x, extra := lineStart(tl)
	base := c.pageH - (dy + tl.y + tl.asc)
	c.op("BT")
	c.face, c.size, c.rise = -1, 0, 0
	c.op("1 0 0 1", num(x), num(base), "Tm")
	c.words(ln, extra, space)
	c.closeArray()
	if c.rise != 0 {
		// The rise is graphics state: it outlives the text object.
		c.op("0 Ts")
		c.rise = 0
	}
	c.op("ET")
}

// words shows the words of a line, each glue a space that gains extra.
func (c *canvas) words(ln line, extra float64, space func(face int) uint16) {
	for i, w := range ln.words {
		if i > 0 {
			g := ln.glues[i-1]
			c.setFont(g.face, g.size, 0)
			c.glyphs([]uint16{space(g.face)})
			c.adjust(extra)
		}
		for _, p := range w.pieces {
			c.piece(p)
		}
	}
}

// lineStart returns where a line starts as its alignment places it, and
// the room each glue of a justified line gains; a line that would stretch
// its glues beyond the line's limit is set flush left.
func lineStart(tl textLine) (x, extra float64) {
	ln := tl.ln
	x = tl.x
	switch tl.align {
	case doc.AlignCenter:
		x += (tl.width - ln.width) / 2
	case doc.AlignRight:
		x += tl.width - ln.width
	case doc.AlignJustify, doc.AlignDefault:
		if ln.spread && len(ln.glues) > 0 && tl.width > ln.width {
			extra = (tl.width - ln.width) / float64(len(ln.glues))
			if tl.maxStretch > 0 && extra > tl.maxStretch {
				extra = 0
			}
		}
	}
	return x, extra
}

// textString writes s as a PDF text string: UTF-16BE with its byte order
// mark, in hex.
func textString(s string) string {
	var b bytes.Buffer
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		b.WriteString(hex4(u))
	}
	b.WriteByte('>')
	return b.String()
}

// hex4 writes u as four hexadecimal digits.
func hex4(u uint16) string {
	const hex = "0123456789ABCDEF"
	return string([]byte{hex[u>>12], hex[u>>8&15], hex[u>>4&15], hex[u&15]})
}
