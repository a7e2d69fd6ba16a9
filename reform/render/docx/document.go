package docx

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
)

// The paragraph and character styles of word/styles.xml.
const (
	styleBody        = "BodyText"
	styleTable       = "TableText"
	styleFootnote    = "FootnoteText"
	styleFootnoteRef = "FootnoteReference"
	styleHeader      = "Header"
)

// Fixed distances of the layout that the style sheet does not carry.
const (
	// titleGap is the space between the header table and the title block,
	// and between the title block and what follows it (12 pt).
	titleGap = 240
	// headerRowGap is the space above the "Số:" and place-date row (6 pt).
	headerRowGap = 120
	// toIndent is where "Kính gửi:" starts, from the left margin (3 cm).
	toIndent = 1701
	// cellSpace is the space above and below the text of a data table cell
	// (2 pt).
	cellSpace = 40
	// emptyHeight is the height of the empty paragraph that ends a section
	// after a table (1 pt).
	emptyHeight = 20
	// ruleGap is the space between a line of text and the rule under it
	// (3 pt).
	ruleGap = 60
)

// The fractions of their line that the short rules take: half the issuing
// agency (its line is short), a third of the trích yếu (its line is long).
const (
	agencyRuleNum, agencyRuleDen   = 1, 2
	subjectRuleNum, subjectRuleDen = 1, 3
)

// para is the last body paragraph, written but not yet closed: the last
// paragraph of a section receives the section's properties when the
// section ends, and others change too (the space above a table), after
// its runs are written. flush writes its properties again when they have
// changed.
type para struct {
	// ppr is the paragraph's properties; written, the ones written at
	// pprAt, its runs following them at runsAt.
	ppr, written  pPr
	pprAt, runsAt int
}

// builder writes word/document.xml.
type builder struct {
	l  *doc.Layout
	st doc.Style
	x  *xmlWriter
	// headings is the number of heading styles (Heading1 …).
	headings int
	// pending is the last body paragraph, not yet closed; nil after a
	// table. It points to last.
	pending *para
	last    para
	// page is the style sheet of the page of the section being written:
	// the style's, or its landscape page in a landscape appendix
	// (doc.Style.PageOf).
	page doc.Style
}

// document writes word/document.xml, its declaration aside, after what
// b.x holds.
func (b *builder) document() {
	x := b.x
	x.open("w:document", "xmlns:w", nsW, "xmlns:r", nsR)
	x.open("w:body")
	b.headerTable()
	b.titleBlock()
	b.paras(b.l.Body)
	if b.pending != nil {
		// Keep the closing with the last paragraph of the text.
		b.pending.ppr.keepNext = true
	}
	b.closing()
	// Each section's properties go into its last paragraph; the last
	// section's are the body's last child. The main text is the first
	// section; each appendix starts a section of its own.
	for i := range b.l.Appendices {
		b.endSection(&section{style: b.page, appendix: i > 0})
		b.page = b.st.PageOf(&b.l.Appendices[i])
		b.appendix(b.l.Appendices[i])
	}
	if b.pending == nil {
		// Word wants a paragraph after a table at the end of the body.
		b.emptyPara()
	}
	b.flush()
	(&section{style: b.page, appendix: len(b.l.Appendices) > 0}).write(x)
	x.close("w:body")
	x.close("w:document")
}

// partsSize estimates the size of the parts written for each layout:
// word/document.xml (documentSize), word/footnotes.xml (footnotesSize),
// and the styles, the font table and the properties, about 5 KB.
func partsSize(l *doc.Layout) int { return documentSize(l) + footnotesSize(l.Notes) + 5<<10 }

// footnotesSize estimates the size of word/footnotes.xml: the separators,
// about 300 bytes of markup a note, and the runs of its text.
func footnotesSize(notes []doc.NoteLayout) int {
	n := 512
	for _, note := range notes {
		n += 300 + spansSize(note.Spans)
	}
	return n
}

// documentSize estimates the size of word/document.xml, a little above it
// for the reports of examples so that its buffer is allocated once: the
// header, title and closing, about 200 bytes of markup a paragraph, 300 a
// table cell, and the text.
func documentSize(l *doc.Layout) int {
	n := parasSize(l.Body)
	for _, a := range l.Appendices {
		n += parasSize(a.Body)
	}
	return 6<<10 + n
}

// parasSize estimates the size of the markup of ps.
func parasSize(ps []doc.Para) int {
	n := 0
	for _, p := range ps {
		n += 200 + spansSize(p.Spans)
		if t := p.Table; t != nil {
			n += tableSize(t)
		}
	}
	return n
}

// tableSize estimates the XML of a table: about 300 bytes a cell, and its
// text.
func tableSize(t *doc.TableLayout) int {
	n := 300*len(t.Widths)*(1+len(t.HeadRows)+len(t.Rows)) + cellsSize(t.Head)
	for _, rows := range [...][][]doc.CellLayout{t.HeadRows, t.Rows} {
		for _, r := range rows {
			n += cellsSize(r)
		}
	}
	return n
}

// cellsSize estimates the XML of the text of a row's cells.
func cellsSize(cells []doc.CellLayout) int {
	n := 0
	for _, c := range cells {
		n += textSize(c.Spans)
	}
	return n
}

// spansSize estimates the XML of a paragraph's runs beyond what the
// paragraph's markup covers: about 20 bytes a run, and its text.
func spansSize(spans []doc.Span) int { return 20*len(spans) + textSize(spans) }

// textSize returns the length of the text of spans.
func textSize(spans []doc.Span) int {
	n := 0
	for _, s := range spans {
		n += len(s.Text)
	}
	return n
}

// endSection puts s into the last paragraph, adding an empty one when the
// section ends with a table.
func (b *builder) endSection(s *section) {
	if b.pending == nil {
		b.emptyPara()
	}
	b.pending.ppr.sect = s
	b.flush()
}

// flush closes the pending paragraph, its properties written again first
// when they have changed since para wrote them. Closed, it can be handed on
// (xmlWriter.spill).
func (b *builder) flush() {
	p := b.pending
	if p == nil {
		return
	}
	b.pending = nil
	if p.ppr != p.written {
		b.rewrite(p)
	}
	b.x.close("w:p")
	b.x.spill()
}

// rewrite writes the properties of p in place of the ones written, before
// its runs. It happens once a section or before a table, so the runs are
// set aside in a copy of their own.
func (b *builder) rewrite(p *para) {
	x := b.x
	runs := slices.Clone(x.b[p.runsAt:])
	x.b = x.b[:p.pprAt]
	p.ppr.write(x)
	x.b = append(x.b, runs...)
}

// para adds a body paragraph; content writes its runs. It is written at
// once but left open (pending), for its properties may still change.
func (b *builder) para(ppr pPr, content func(x *xmlWriter)) {
	b.flush()
	x := b.x
	x.open("w:p")
	b.last = para{ppr: ppr, written: ppr, pprAt: len(x.b)}
	ppr.write(x)
	b.last.runsAt = len(x.b)
	if content != nil {
		content(x)
	}
	b.pending = &b.last
}

// emptyPara adds a paragraph of no height to carry a section's properties
// or to follow a final table.
func (b *builder) emptyPara() {
	b.para(pPr{
		spacing: spacing{setBefore: true, setAfter: true, setLine: true, line: emptyHeight, exact: true},
		mark:    rPr{size: 1},
	}, nil)
}

// writePara writes a paragraph at once (inside table cells).
func writePara(x *xmlWriter, ppr pPr, content func(x *xmlWriter)) {
	x.open("w:p")
	ppr.write(x)
	if content != nil {
		content(x)
	}
	x.close("w:p")
}

// writeRun writes text as one run; "\n" becomes a line break.
func writeRun(x *xmlWriter, r rPr, text string) {
	if text == "" {
		return
	}
	x.open("w:r")
	r.write(x)
	for i := 0; ; i++ {
		seg, rest, more := strings.Cut(text, "\n")
		if i > 0 {
			x.empty("w:br")
		}
		writeText(x, seg)
		if !more {
			break
		}
		text = rest
	}
	x.close("w:r")
}

// writeText writes a w:t of one line of a run, keeping its spaces; nothing
// for an empty line.
func writeText(x *xmlWriter, seg string) {
	switch {
	case seg == "":
	case needsPreserve(seg):
		x.leaf("w:t", seg, "xml:space", "preserve")
	default:
		x.leaf("w:t", seg)
	}
}

// text returns a content function writing one run.
func text(r rPr, s string) func(x *xmlWriter) {
	return func(x *xmlWriter) { writeRun(x, r, s) }
}

// spans writes laid-out spans with the base properties; a span with a note
// number becomes a footnote reference.
func (b *builder) spans(x *xmlWriter, spans []doc.Span, base rPr) {
	for _, s := range spans {
		if s.Note != 0 {
			x.open("w:r")
			(&rPr{style: styleFootnoteRef, size: base.size, superscript: true}).write(x)
			x.emptyInt("w:footnoteReference", "w:id", s.Note)
			x.close("w:r")
			continue
		}
		r := base
		r.bold = r.bold || s.Bold
		r.italic = r.italic || s.Italic
		writeRun(x, r, s.Text)
	}
}

// jc returns the w:jc value of an alignment, or def for AlignDefault.
func jc(a doc.Align, def string) string {
	switch a {
	case doc.AlignLeft:
		return "left"
	case doc.AlignCenter:
		return "center"
	case doc.AlignRight:
		return "right"
	case doc.AlignJustify:
		return "both"
	}
	return def
}

// centred returns the properties of a centred paragraph of the header,
// title or closing.
func centred(gap int) pPr {
	p := pPr{jc: "center"}
	if gap > 0 {
		p.spacing = before(gap)
	}
	return p
}

// sized returns run properties of the given size and emphasis, and sets the
// paragraph mark to the same size so an empty line has the right height.
func sized(p *pPr, size doc.Points, bold, italic bool) rPr {
	p.mark = rPr{size: size}
	return rPr{size: size, bold: bold, italic: italic}
}

// twoColumns opens a borderless table of two columns of the given widths,
// centred on the text area: when the columns are wider than the text, as
// the decree's template has them, the table spills equally into both
// margins. It returns the table's indent.
func (b *builder) twoColumns(widths [2]doc.Twips) int {
	x := b.x
	total := int(widths[0] + widths[1])
	ind := floorHalf(int(b.st.TextWidth()) - total)
	b.flush()
	x.open("w:tbl")
	x.open("w:tblPr")
	x.dxa("w:tblW", total)
	x.dxa("w:tblInd", ind)
	x.open("w:tblBorders")
	for _, side := range []string{"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"} {
		x.empty(side, "w:val", "nil")
	}
	x.close("w:tblBorders")
	x.empty("w:tblLayout", "w:type", "fixed")
	x.open("w:tblCellMar")
	for _, side := range []string{"w:top", "w:left", "w:bottom", "w:right"} {
		x.empty(side, "w:w", "0", "w:type", "dxa")
	}
	x.close("w:tblCellMar")
	x.empty("w:tblLook", "w:val", "0000", "w:firstRow", "0", "w:lastRow", "0",
		"w:firstColumn", "0", "w:lastColumn", "0", "w:noHBand", "1", "w:noVBand", "1")
	x.close("w:tblPr")
	x.open("w:tblGrid")
	for _, w := range widths {
		x.emptyInt("w:gridCol", "w:w", int(w))
	}
	x.close("w:tblGrid")
	return ind
}

// floorHalf returns n/2 rounded down.
func floorHalf(n int) int {
	if n < 0 {
		return -((-n + 1) / 2)
	}
	return n / 2
}

// cell opens a table cell of the given width.
func cell(x *xmlWriter, width int, extra func()) {
	x.open("w:tc")
	x.open("w:tcPr")
	x.dxa("w:tcW", width)
	if extra != nil {
		extra()
	}
	x.close("w:tcPr")
}

// row opens a table row that does not break across pages.
func row(x *xmlWriter, header bool) {
	x.open("w:tr")
	x.open("w:trPr")
	x.empty("w:cantSplit")
	if header {
		x.empty("w:tblHeader")
	}
	x.close("w:trPr")
}

// rule writes an empty paragraph whose bottom border is a solid line between
// the given indents.
func rule(x *xmlWriter, left, right int) {
	writePara(x, pPr{
		rule:    true,
		spacing: ruleSpacing(),
		ind:     indent{left: left, right: right, setLeft: true, setRight: true},
		mark:    rPr{size: 1},
	}, nil)
}

// ruleSpacing is the spacing of a paragraph that carries a rule.
func ruleSpacing() spacing {
	return spacing{before: ruleGap, setBefore: true, setAfter: true, setLine: true, line: 240}
}

// headerTable writes the header block (ô 1–4): agencies and number on the
// left, national title, motto and place-date on the right.
func (b *builder) headerTable() {
	h, sz, x := b.l.Header, b.st.Sizes, b.x
	cols := b.st.HeaderColumns
	b.twoColumns(cols)

	row(x, false)
	cell(x, int(cols[0]), nil)
	if h.ParentAgency != "" {
		p := centred(0)
		writePara(x, p, text(sized(&p, sz.Agency, false, false), balanced(h.ParentAgency, sz.Agency, false, cols[0])))
	}
	p := centred(0)
	issuer := balanced(h.IssuingAgency, sz.Agency, true, cols[0])
	writePara(x, p, text(sized(&p, sz.Agency, true, false), issuer))
	in := ruleIndent(issuer, sz.Agency, true, agencyRuleNum, agencyRuleDen, cols[0])
	rule(x, in, in)
	x.close("w:tc")
	cell(x, int(cols[1]), nil)
	p = centred(0)
	writePara(x, p, text(sized(&p, sz.NationalTitle, true, false), h.NationalTitle))
	p = centred(0)
	writePara(x, p, text(sized(&p, sz.Motto, true, false), h.Motto))
	in = ruleIndent(h.Motto, sz.Motto, true, 1, 1, cols[1])
	rule(x, in, in)
	x.close("w:tc")
	x.close("w:tr")

	row(x, false)
	cell(x, int(cols[0]), nil)
	p = centred(headerRowGap)
	writePara(x, p, text(sized(&p, sz.Number, false, false), h.Number))
	for _, m := range h.Marks {
		p := centred(headerRowGap)
		r := sized(&p, sz.Marks, true, false)
		r.box = true
		writePara(x, p, text(r, m))
	}
	x.close("w:tc")
	cell(x, int(cols[1]), nil)
	p = centred(headerRowGap)
	writePara(x, p, text(sized(&p, sz.PlaceDate, false, true), h.PlaceDate))
	x.close("w:tc")
	x.close("w:tr")
	x.close("w:tbl")
}

// titleBlock writes the draft mark, the kind name and the trích yếu with
// the rule under them (ô 5a), then the "Kính gửi" lines (ô 9a).
func (b *builder) titleBlock() {
	h, sz := b.l.Header, b.st.Sizes
	gap := titleGap
	subject := balanced(h.Subject, sz.Title, true, b.st.TextWidth())
	for _, line := range []string{h.Draft, h.KindName, subject} {
		if line == "" {
			continue
		}
		p := centred(gap)
		p.keepNext = true
		r := sized(&p, sz.Title, true, false)
		b.para(p, text(r, line))
		gap = 0
	}
	if h.Subject != "" {
		in := ruleIndent(subject, sz.Title, true, subjectRuleNum, subjectRuleDen, b.st.TextWidth())
		b.para(pPr{
			keepNext: true,
			rule:     true,
			spacing:  ruleSpacing(),
			ind:      indent{left: in, right: in, setLeft: true, setRight: true},
			mark:     rPr{size: 1},
		}, nil)
	}
	if len(h.To) == 0 && b.pending != nil {
		b.pending.ppr.spacing.after, b.pending.ppr.spacing.setAfter = titleGap, true
	}

	// "Kính gửi:" starts at toIndent; the addressees and any wrapped line
	// start after the label.
	label := int(textWidth(doc.ToLabel+" ", sz.Body, false))
	for i, line := range h.To {
		p := pPr{
			spacing: before(0),
			ind:     indent{left: toIndent + label, setLeft: true, setFirst: true},
			jc:      "left",
		}
		if i == 0 {
			p.spacing.before = titleGap
			p.ind.hanging = label
		}
		b.para(p, text(rPr{}, line))
	}
}

// paras writes laid-out body paragraphs.
//
// A heading keeps with the next paragraph (its style's keepNext), and every
// paragraph keeps two lines together at the foot and at the head of a page
// (widow control): a run of headings followed by a paragraph is then a chain
// of the headings and two lines that moves to the next page whole, leaving
// up to five lines empty at the foot. The paragraph right after a heading
// has widow control off, so the chain is the headings and one line of text,
// and it leaves at most about two lines empty; its first line may then end
// a page under its heading.
func (b *builder) paras(ps []doc.Para) {
	afterHeading := false
	for _, p := range ps {
		follows := afterHeading
		afterHeading = p.Kind == doc.KindHeading
		switch p.Kind {
		case doc.KindHeading:
			ppr := b.bodyPPr(p)
			ppr.style = headingStyle(p.Depth)
			base := rPr{bold: p.Bold, italic: p.Italic, caps: p.Caps}
			b.para(ppr, func(x *xmlWriter) {
				if p.Label != "" {
					writeRun(x, base, p.Label+" ")
				}
				b.spans(x, p.Spans, base)
			})
		case doc.KindParagraph:
			ppr := b.bodyPPr(p)
			ppr.noWidow = follows
			b.para(ppr, func(x *xmlWriter) { b.spans(x, p.Spans, rPr{}) })
		case doc.KindItem:
			ppr := b.bodyPPr(p)
			ppr.noWidow = follows
			b.para(ppr, func(x *xmlWriter) {
				if p.Label != "" {
					writeRun(x, rPr{}, p.Label+" ")
				}
				b.spans(x, p.Spans, rPr{})
			})
		case doc.KindTable:
			b.dataTable(p.Table)
		}
	}
}

// headingStyles are the names of the heading styles, Heading1 …: built
// once when the package is initialised, never changed.
var headingStyles = func() (names [10]string) {
	for i := range names {
		names[i] = fmt.Sprintf("Heading%d", i)
	}
	return names
}()

// headingStyle returns the name of the style of headings at depth.
func headingStyle(depth int) string {
	if depth >= 0 && depth < len(headingStyles) {
		return headingStyles[depth]
	}
	return fmt.Sprintf("Heading%d", depth)
}

// bodyPPr returns the properties of a body paragraph that differ from the
// Body Text style: the alignment and the first-line indent.
func (b *builder) bodyPPr(p doc.Para) pPr {
	ppr := pPr{style: styleBody, jc: jc(p.Align, "")}
	if ppr.jc == "both" {
		ppr.jc = ""
	}
	if !p.Indent {
		ppr.ind = indent{setFirst: true}
	}
	return ppr
}

// dataTable writes a data table over the text width of its page: single
// borders, the columns of the layout's widths, the head bold, centred and
// repeated on every page, the text at the table's size (doc.TableLayout.Size)
// when it has one.
//
// A table with head rows as on paper (doc.TableLayout.HeadRows) gets them
// as rows of the table, each marked as a header row (w:tblHeader) so that
// Word and LibreOffice repeat all of them on every page: a cell spanning
// columns has w:gridSpan, a cell spanning rows starts a vertical merge
// (w:vMerge restart) that the places it covers below continue (w:vMerge,
// an empty cell of the same span). Other tables get the one-row head.
func (b *builder) dataTable(t *doc.TableLayout) {
	tw := int(b.page.TextWidth())
	// Layout.Check has refused the tables Columns refuses.
	grid, _ := render.Columns(t.Widths, tw)
	n := len(grid)
	head := [][]doc.CellLayout{t.Head}
	if len(t.HeadRows) > 0 {
		head = t.HeadRows
	}
	rows := slices.Concat(head, t.Rows)
	// The table's own size, on the runs and the paragraph marks; none
	// when it is the body size, which the style gives.
	var base rPr
	if t.Size > 0 && t.Size != b.st.Sizes.Body {
		base.size = t.Size
	}
	cellPPr := func(align doc.Align) pPr {
		p := pPr{style: styleTable, jc: jc(align, "left")}
		if base.size > 0 {
			p.mark = rPr{size: base.size}
		}
		return p
	}

	if b.pending != nil && !b.pending.ppr.spacing.setAfter {
		// The space a paragraph would have above it, between the text and
		// the table's top border.
		b.pending.ppr.spacing.after, b.pending.ppr.spacing.setAfter = int(b.st.SpaceBefore)*20, true
	}
	b.flush()
	x := b.x
	x.open("w:tbl")
	x.open("w:tblPr")
	x.dxa("w:tblW", tw)
	x.open("w:tblBorders")
	for _, side := range []string{"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"} {
		x.empty(side, "w:val", "single", "w:sz", "4", "w:space", "0", "w:color", "000000")
	}
	x.close("w:tblBorders")
	x.empty("w:tblLayout", "w:type", "fixed")
	x.empty("w:tblLook", "w:val", "0020", "w:firstRow", "1", "w:lastRow", "0",
		"w:firstColumn", "0", "w:lastColumn", "0", "w:noHBand", "1", "w:noVBand", "1")
	x.close("w:tblPr")
	x.open("w:tblGrid")
	for _, w := range grid {
		x.emptyInt("w:gridCol", "w:w", w)
	}
	x.close("w:tblGrid")
	for i, r := range rows {
		row(x, i < len(head))
		col := 0
		for _, c := range r {
			span := max(c.Span, 1)
			width := 0
			for _, w := range grid[col : col+span] {
				width += w
			}
			col += span
			cell(x, width, func() {
				if span > 1 {
					x.valInt("w:gridSpan", span)
				}
				switch {
				case c.Continued:
					x.empty("w:vMerge")
				case c.RowSpan > 1:
					x.val("w:vMerge", "restart")
				}
				x.val("w:vAlign", "center")
			})
			if c.Continued {
				writePara(x, cellPPr(c.Align), nil)
			} else {
				writePara(x, cellPPr(c.Align), func(x *xmlWriter) { b.spans(x, c.Spans, base) })
			}
			x.close("w:tc")
		}
		// A short row is filled with empty cells so the grid stays whole.
		for ; col < n; col++ {
			cell(x, grid[col], func() { x.val("w:vAlign", "center") })
			p := cellPPr(doc.AlignDefault)
			p.jc = ""
			writePara(x, p, nil)
			x.close("w:tc")
		}
		x.close("w:tr")
		x.spill()
	}
	x.close("w:tbl")
}

// closing writes the closing table (ô 7–9b): "Nơi nhận:" and the
// recipients on the left; the authority, title, signature space and name on
// the right; then the drafter line (ô 12).
func (b *builder) closing() {
	c, sz, x := b.l.Closing, b.st.Sizes, b.x
	cols := b.st.ClosingColumns
	ind := b.twoColumns(cols)
	row(x, false)
	cell(x, int(cols[0]), nil)
	p := pPr{jc: "left", spacing: before(titleGap)}
	writePara(x, p, text(sized(&p, sz.ClosingLabel, true, true), c.Label))
	for _, r := range c.Recipients {
		p := pPr{jc: "left"}
		writePara(x, p, text(sized(&p, sz.Recipients, false, false), r))
	}
	x.close("w:tc")
	cell(x, int(cols[1]), nil)
	gap := titleGap
	for _, line := range append(append([]string(nil), c.Authority...), c.Title) {
		p := centred(gap)
		writePara(x, p, text(sized(&p, sz.Signer, true, false), line))
		gap = 0
	}
	for range b.st.SignatureSpace {
		p := centred(0)
		sized(&p, sz.Signer, false, false)
		writePara(x, p, nil)
	}
	p = centred(0)
	writePara(x, p, text(sized(&p, sz.Signer, true, false), c.Name))
	x.close("w:tc")
	x.close("w:tr")
	x.close("w:tbl")
	if c.Drafter != "" {
		// Flush with the left column of the closing table.
		p := pPr{jc: "left", spacing: before(headerRowGap), ind: indent{left: ind, setLeft: true}}
		b.para(p, text(sized(&p, sz.Drafter, false, false), c.Drafter))
	}
}

// appendix writes an appendix: its label, title and reference line, then
// its body.
func (b *builder) appendix(a doc.AppendixLayout) {
	sz := b.st.Sizes
	p := centred(0)
	p.keepNext = true
	b.para(p, text(sized(&p, sz.Title, true, false), a.Label))
	p = centred(0)
	p.keepNext = true
	// The title is the appendix's entry in Word's navigation pane.
	p.outline = 1
	b.para(p, text(sized(&p, sz.Title, true, false), balanced(a.Title, sz.Title, true, b.page.TextWidth())))
	if a.Reference != "" {
		p = centred(0)
		p.keepNext = true
		b.para(p, text(sized(&p, sz.Body, false, true), a.Reference))
	}
	// Space under the heading of the appendix.
	b.pending.ppr.spacing.after, b.pending.ppr.spacing.setAfter = titleGap, true
	b.paras(a.Body)
}
