package docx

import "github.com/cchc-go/cchc/reform/doc"

// The properties below write their children in the order of the
// WordprocessingML schema (ECMA-376 Part 1, §17.3.1.26 pPr, §17.3.2.28 rPr,
// §17.6.17 sectPr); the Open XML validator rejects any other order.

// spacing is w:spacing in twips; set says which values are written. line
// is in 240ths of a line, or in twips when exact.
type spacing struct {
	before, after, line          int
	setBefore, setAfter, setLine bool
	exact                        bool
}

func before(tw int) spacing { return spacing{before: tw, setBefore: true} }

// indent is w:ind in twips; set says which values are written.
type indent struct {
	left, right, firstLine, hanging int
	setLeft, setRight, setFirst     bool
}

// pPr is a paragraph's properties.
type pPr struct {
	style     string
	keepNext  bool
	keepLines bool
	// noWidow turns widow and orphan control off for the paragraph.
	noWidow bool
	// rule draws a solid line under the paragraph (a bottom border).
	rule    bool
	spacing spacing
	ind     indent
	jc      string
	// outline is the outline level plus one; zero leaves it out.
	outline int
	// mark is the run properties of the paragraph mark; empty ones are
	// left out.
	mark rPr
	// sect ends a section with this paragraph.
	sect *section
}

func (p *pPr) write(x *xmlWriter) {
	x.open("w:pPr")
	if p.style != "" {
		x.val("w:pStyle", p.style)
	}
	if p.keepNext {
		x.empty("w:keepNext")
	}
	if p.keepLines {
		x.empty("w:keepLines")
	}
	if p.noWidow {
		x.empty("w:widowControl", "w:val", "0")
	}
	if p.rule {
		x.open("w:pBdr")
		x.empty("w:bottom", "w:val", "single", "w:sz", "6", "w:space", "1", "w:color", "000000")
		x.close("w:pBdr")
	}
	p.spacing.write(x)
	p.ind.write(x)
	if p.jc != "" {
		x.val("w:jc", p.jc)
	}
	if p.outline > 0 {
		x.valInt("w:outlineLvl", p.outline-1)
	}
	p.mark.write(x)
	if p.sect != nil {
		p.sect.write(x)
	}
	x.close("w:pPr")
}

func (s spacing) write(x *xmlWriter) {
	if !s.setBefore && !s.setAfter && !s.setLine {
		return
	}
	x.start("w:spacing")
	optInt(x, "w:before", s.before, s.setBefore)
	optInt(x, "w:after", s.after, s.setAfter)
	if s.setLine {
		rule := "auto"
		if s.exact {
			rule = "exact"
		}
		x.attrInt("w:line", s.line)
		x.attr("w:lineRule", rule)
	}
	x.end()
}

func (i indent) write(x *xmlWriter) {
	if !i.setLeft && !i.setRight && !i.setFirst {
		return
	}
	x.start("w:ind")
	optInt(x, "w:left", i.left, i.setLeft)
	optInt(x, "w:right", i.right, i.setRight)
	if i.setFirst {
		if i.hanging > 0 {
			x.attrInt("w:hanging", i.hanging)
		} else {
			x.attrInt("w:firstLine", i.firstLine)
		}
	}
	x.end()
}

// optInt writes the attribute name="n" when set.
func optInt(x *xmlWriter, name string, n int, set bool) {
	if set {
		x.attrInt(name, n)
	}
}

// rPr is a run's properties.
type rPr struct {
	style        string
	bold, italic bool
	// caps shows the text in capitals (a heading whose level asks for it;
	// its text is already in capitals, so the mark only keeps text typed
	// into it later in capitals too).
	caps bool
	// size is the font size in points; zero leaves it to the style.
	size doc.Points
	// box draws a single-line box around the run (urgency and secrecy marks).
	box         bool
	superscript bool
}

func (r *rPr) empty() bool { return *r == rPr{} }

func (r *rPr) write(x *xmlWriter) {
	if r.empty() {
		return
	}
	x.open("w:rPr")
	if r.style != "" {
		x.val("w:rStyle", r.style)
	}
	if r.bold {
		x.empty("w:b")
		x.empty("w:bCs")
	}
	if r.italic {
		x.empty("w:i")
		x.empty("w:iCs")
	}
	if r.caps {
		x.empty("w:caps")
	}
	if r.size > 0 {
		x.valInt("w:sz", int(r.size)*2)
		x.valInt("w:szCs", int(r.size)*2)
	}
	if r.box {
		x.empty("w:bdr", "w:val", "single", "w:sz", "6", "w:space", "1", "w:color", "000000")
	}
	if r.superscript {
		x.val("w:vertAlign", "superscript")
	}
	x.close("w:rPr")
}

// section is the page set-up of one section: the main text, or one
// appendix.
type section struct {
	style doc.Style
	// appendix starts the section on a new page with its page numbers
	// restarting at 1.
	appendix bool
}

// The relationship ids of the two headers in word/_rels/document.xml.rels.
const (
	ridHeaderDefault = "rId5"
	ridHeaderFirst   = "rId6"
)

// headerDistance is the distance from the top edge of the page to the page
// number (and the footer's from the bottom): 1,25 cm, well inside the 20–25
// mm top margin.
const headerDistance = 709

func (s *section) write(x *xmlWriter) {
	st := s.style
	x.open("w:sectPr")
	x.empty("w:headerReference", "w:type", "default", "r:id", ridHeaderDefault)
	x.empty("w:headerReference", "w:type", "first", "r:id", ridHeaderFirst)
	if s.appendix {
		x.val("w:type", "nextPage")
	}
	x.start("w:pgSz")
	x.attrInt("w:w", int(st.PageWidth))
	x.attrInt("w:h", int(st.PageHeight))
	if st.PageWidth > st.PageHeight {
		x.attr("w:orient", "landscape")
	}
	x.end()
	x.start("w:pgMar")
	for _, a := range [...]struct {
		name string
		tw   int
	}{
		{"w:top", int(st.Margins.Top)}, {"w:right", int(st.Margins.Right)},
		{"w:bottom", int(st.Margins.Bottom)}, {"w:left", int(st.Margins.Left)},
		{"w:header", headerDistance}, {"w:footer", headerDistance},
	} {
		x.attrInt(a.name, a.tw)
	}
	x.attr("w:gutter", "0")
	x.end()
	x.empty("w:pgNumType", "w:fmt", "decimal", "w:start", "1")
	x.empty("w:cols", "w:space", "720")
	x.empty("w:titlePg")
	x.close("w:sectPr")
}
