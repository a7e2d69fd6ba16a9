package pdf

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
)

// Fixed distances of the layout that the style sheet does not carry, in
// points; the same as the DOCX writer's.
const (
	// titleGap is the space between the header table and the title block,
	// and between the title block and what follows it.
	titleGap = 12
	// headerRowGap is the space above the "Số:" and place-date row.
	headerRowGap = 6
	// toIndent is where "Kính gửi:" starts, from the left margin (3 cm).
	toIndent = 1701.0 / 20
	// cellSpace is the space above and below the text of a table cell.
	cellSpace = 2
	// cellPad is the space left and right of the text of a table cell.
	cellPad = 108.0 / 20
	// ruleDrop is the distance from the bottom of a line of text to the
	// rule under it, and ruleBlock the height the rule takes.
	ruleDrop, ruleBlock = 3, 5
	// ruleWidth is the width of the rules of the header and the title;
	// borderWidth that of table borders and of the footnote separator.
	ruleWidth, borderWidth = 0.75, 0.5
	// headerDistance is the distance from the top edge of the page to the
	// page number (709 twips, as in the DOCX).
	headerDistance = 709.0 / 20
	// markBox is the space between an urgency or secrecy mark and its box.
	markBox = 2
	// stretchLimit is the most a space of a footnote line may grow, in ems
	// of its size, before the line is set flush left instead: about the
	// width of a space, so no space of a note is more than doubled.
	stretchLimit = 0.25
)

// textLine is a line of text placed in a unit: its box starts at x (from
// the left edge of the page) and y (from the top of the unit), and is
// width wide; the text is aligned in that width.
type textLine struct {
	x, y, width float64
	// asc is the distance from the top of the line's box to its baseline;
	// h the height of the box.
	asc, h float64
	align  doc.Align
	ln     line
	// maxStretch, when positive, is the widest a glue may grow when the
	// line is justified; beyond it the line is set flush left.
	maxStretch float64
}

// rule is a straight line from (x1, y1) to (x2, y2) of width w; y from
// the top of its unit.
type rule struct {
	x1, y1, x2, y2, w float64
}

// outlineItem is a bookmark of the document outline.
type outlineItem struct {
	title string
	depth int
	// page and y are where it points, set when its unit is placed, and
	// pageH the height of that page.
	page     int
	y, pageH float64
}

// unit is what pagination places: a line of a paragraph, a table row, the
// header or the closing table.
type unit struct {
	h      float64
	before float64
	texts  []textLine
	rules  []rule
	// notes are the footnotes referenced in the unit.
	notes []int
	// breakBefore says a page may end before the unit.
	breakBefore bool
	// softBreak says a page may end before the unit when ending it where
	// breakBefore allows would leave more than two lines empty: the second
	// line of a paragraph that follows a heading, so that a chain of
	// headings can take the foot of a page with one line of its text.
	softBreak bool
	// newPage makes the unit start a page (an appendix).
	newPage bool
	// section is 0 for the main text, i+1 for appendix i.
	section int
	// head is the head row of the table this row belongs to, repeated when
	// the row starts a page.
	head *unit
	// outline is the bookmark of a heading.
	outline *outlineItem
	// sig is the rectangle of the signature field (x, y, w, h) when the
	// unit holds the signer's block.
	sig *[4]float64
	// boxed units (table rows) get a border where they are cut.
	boxed bool
	// boxX are the x of the left and right borders of a boxed unit.
	boxX [2]float64
}

// noteBlock is a laid-out footnote.
type noteBlock struct {
	lines []textLine // y from the top of the note
	lh    float64
}

// geometry is the page of a section in points: the paper, and the width
// and height between the margins.
type geometry struct {
	pageW, pageH, textW, area float64
}

// builder turns a layout into units.
type builder struct {
	l  *doc.Layout
	st doc.Style
	sh *shaper
	// page geometry in points of the section being laid out; the margins
	// are the same in every section.
	pageW, pageH             float64
	top, bottom, left, right float64
	textW, area              float64
	// page is the style sheet of the section being laid out: the style's,
	// or its landscape page (doc.Style.PageOf).
	page doc.Style
	// geoms are the pages of the sections: geoms[0] the main text's,
	// geoms[i+1] appendix i's.
	geoms   []geometry
	units   []*unit
	notes   map[int]*noteBlock
	section int
	// keep is true when the last unit must stay with the next one.
	keep bool
	// extra is space to add before the next unit.
	extra    float64
	outlines []*outlineItem
}

// pt converts twips to points.
func pt(t doc.Twips) float64 { return float64(t) / 20 }

// lineHeight returns the height of a line of text at size, with the style's
// line spacing when spaced.
func (b *builder) lineHeight(size float64, spaced bool) float64 {
	h := b.sh.fam[faceRegular].lineHeight() * size
	if spaced {
		h = h * float64(b.st.LineSpacing) / 100
	}
	return h
}

// ascent returns the ascent of the regular face at size.
func (b *builder) ascent(size float64) float64 {
	return b.sh.fam[faceRegular].ascender() * size
}

// add appends a unit, keeping it with the one before when asked.
func (b *builder) add(u *unit) {
	if b.keep {
		u.breakBefore = false
	}
	b.keep = false
	u.before += b.extra
	b.extra = 0
	u.section = b.section
	b.units = append(b.units, u)
}

// place sets lines of text at x, width wide, from y on; it returns them
// with the y under the last line.
func (b *builder) place(lines []line, x, width, y, size float64, align doc.Align, spaced bool, firstIndent float64) ([]textLine, float64) {
	lh := b.lineHeight(size, spaced)
	asc := b.ascent(size) + (lh-b.lineHeight(size, false))/2
	out := make([]textLine, len(lines))
	for i, ln := range lines {
		tl := textLine{x: x, y: y, width: width, asc: asc, h: lh, align: align, ln: ln}
		if i == 0 {
			tl.x += firstIndent
			tl.width -= firstIndent
		}
		out[i] = tl
		y += lh
	}
	return out, y
}

// lines breaks tokens at width (the first line firstIndent narrower).
func lines(toks []token, width, firstIndent float64) []line {
	return breakLines(toks, width-firstIndent, width)
}

// plainLines breaks text in one style into lines of width.
func (b *builder) plainLines(text string, st style, width float64) []line {
	return breakLines(b.sh.plainTokens(text, st), width, width)
}

// balance breaks the tokens of a centred name into lines: one when it fits,
// two of even length when it fits in two (so that no word stands alone on
// the second line), else as many as it needs.
func balance(toks []token, width float64) []line {
	all := breakLines(toks, 1e9, 1e9)
	if len(all) != 1 || all[0].width <= width+0.01 {
		if len(all) == 1 {
			return all
		}
		return breakLines(toks, width, width)
	}
	greedy := breakLines(toks, width, width)
	if len(greedy) != 2 {
		return greedy
	}
	best := evenPair(toks, width, greedy)
	for i := range best {
		best[i].spread = false
	}
	return best
}

// evenPair returns the two lines, each fitting width, whose wider line is
// the narrowest, trying every break between words; greedy are the lines
// of the greedy break, kept unless a pair is narrower.
func evenPair(toks []token, width float64, greedy []line) []line {
	best, bestW := greedy, max(greedy[0].width, greedy[1].width)
	words := 0
	for _, t := range toks {
		if t.word != nil {
			words++
		}
	}
	for k := 1; k < words; k++ {
		a, c := splitAfterWord(toks, k)
		la, lc := breakLines(a, 1e9, 1e9), breakLines(c, 1e9, 1e9)
		if len(la) != 1 || len(lc) != 1 || la[0].width > width+0.01 || lc[0].width > width+0.01 {
			continue
		}
		if w := max(la[0].width, lc[0].width); w < bestW-0.01 {
			best, bestW = []line{la[0], lc[0]}, w
		}
	}
	return best
}

// splitAfterWord splits tokens after their k-th word.
func splitAfterWord(toks []token, k int) (a, c []token) {
	seen := 0
	for _, t := range toks {
		if t.word != nil {
			seen++
		}
		if seen <= k {
			a = append(a, t)
		} else {
			c = append(c, t)
		}
	}
	return a, c
}

// widest returns the width of the widest of lines.
func widest(ls []line) float64 {
	w := 0.0
	for _, l := range ls {
		w = max(w, l.width)
	}
	return w
}

// build lays the whole document out in units.
func (b *builder) build() {
	b.header()
	b.title()
	b.paras(b.l.Body, 0)
	// The closing stays with the last lines of the text.
	b.keep = true
	b.closing()
	for i, a := range b.l.Appendices {
		b.enter(i + 1)
		b.appendix(a, i)
	}
}

// enter starts laying out section s (0 the main text, i+1 appendix i) on
// its page.
func (b *builder) enter(s int) {
	b.section = s
	b.page = b.st
	if s > 0 {
		b.page = b.st.PageOf(&b.l.Appendices[s-1])
	}
	g := b.geoms[s]
	b.pageW, b.pageH, b.textW, b.area = g.pageW, g.pageH, g.textW, g.area
}

// column is one column of the header or closing table.
type column struct {
	x, w float64
	y    float64 // the y under what the column holds so far
	u    *unit
}

// text adds centred (or aligned) lines of one style to the column.
func (c *column) text(b *builder, ls []line, size float64, align doc.Align, gap float64) []textLine {
	c.y += gap
	tls, y := b.place(ls, c.x, c.w, c.y, size, align, false, 0)
	c.u.texts = append(c.u.texts, tls...)
	c.y = y
	return tls
}

// ruleUnder draws a centred rule of the given length under the column's
// last line.
func (c *column) ruleUnder(length float64) {
	y := c.y + ruleDrop
	x := c.x + (c.w-length)/2
	c.u.rules = append(c.u.rules, rule{x, y, x + length, y, ruleWidth})
	c.y += ruleBlock
}

// twoColumns returns the columns of a borderless two-column table of the
// given widths, centred on the text area as the DOCX centres it.
func (b *builder) twoColumns(widths [2]doc.Twips, u *unit) (*column, *column) {
	total := widths[0] + widths[1]
	ind := b.st.TextWidth() - total
	if ind < 0 {
		ind = -((-ind + 1) / 2)
	} else {
		ind /= 2
	}
	x := b.left + pt(ind)
	return &column{x: x, w: pt(widths[0]), u: u}, &column{x: x + pt(widths[0]), w: pt(widths[1]), u: u}
}

// header lays out the header table (ô 1–4).
func (b *builder) header() {
	h := b.l.Header
	u := &unit{breakBefore: true}
	left, right := b.twoColumns(b.st.HeaderColumns, u)
	b.agencies(left, h)
	b.nationalTitle(right, h)
	row := max(left.y, right.y)
	left.y, right.y = row, row
	b.numberAndMarks(left, h)
	pd := float64(b.st.Sizes.PlaceDate)
	right.text(b, b.plainLines(h.PlaceDate, style{size: pd, italic: true}, right.w), pd, doc.AlignCenter, headerRowGap)
	u.h = max(left.y, right.y)
	b.add(u)
}

// agencies lays out the parent and issuing agencies, balanced, with the
// rule under the issuer, half its width.
func (b *builder) agencies(left *column, h doc.HeaderLayout) {
	agency := float64(b.st.Sizes.Agency)
	if h.ParentAgency != "" {
		left.text(b, balance(b.sh.plainTokens(h.ParentAgency, style{size: agency}), left.w), agency, doc.AlignCenter, 0)
	}
	issuer := balance(b.sh.plainTokens(h.IssuingAgency, style{size: agency, bold: true}), left.w)
	left.text(b, issuer, agency, doc.AlignCenter, 0)
	left.ruleUnder(min(widest(issuer), left.w) / 2)
}

// nationalTitle lays out the national title and the motto, with the rule
// under the motto, its width.
func (b *builder) nationalTitle(right *column, h doc.HeaderLayout) {
	nt, motto := float64(b.st.Sizes.NationalTitle), float64(b.st.Sizes.Motto)
	right.text(b, b.plainLines(h.NationalTitle, style{size: nt, bold: true}, right.w), nt, doc.AlignCenter, 0)
	m := b.plainLines(h.Motto, style{size: motto, bold: true}, right.w)
	right.text(b, m, motto, doc.AlignCenter, 0)
	right.ruleUnder(min(widest(m), right.w))
}

// numberAndMarks lays out the number and, under it, the urgency and
// secrecy marks, each in a box that clears the marks above capitals with a
// little room.
func (b *builder) numberAndMarks(left *column, h doc.HeaderLayout) {
	num, marks := float64(b.st.Sizes.Number), float64(b.st.Sizes.Marks)
	left.text(b, b.plainLines(h.Number, style{size: num}, left.w), num, doc.AlignCenter, headerRowGap)
	for _, mk := range h.Marks {
		ls := b.plainLines(mk, style{size: marks, bold: true}, left.w-2*markBox)
		top := left.y + headerRowGap
		left.text(b, ls, marks, doc.AlignCenter, headerRowGap)
		w := widest(ls) + 2*markBox
		x := left.x + (left.w-w)/2
		left.u.rules = append(left.u.rules, box(x, top-markBox, w, left.y-top+markBox, borderWidth)...)
	}
}

// box returns the four sides of a rectangle.
func box(x, y, w, h, lw float64) []rule {
	return []rule{
		{x, y, x + w, y, lw}, {x, y + h, x + w, y + h, lw},
		{x, y, x, y + h, lw}, {x + w, y, x + w, y + h, lw},
	}
}

// lineUnits adds one unit per line; a paragraph keeps at least two lines
// together at the foot and at the head of a page (widow and orphan
// control), a heading keeps its lines together and stays with what follows.
func (b *builder) lineUnits(tls []textLine, notesOf func(i int) []int, before float64, heading bool) []*unit {
	afterHeading := b.keep && !heading
	var out []*unit
	for i, tl := range tls {
		tl.y = 0
		u := &unit{h: tl.h, texts: []textLine{tl}}
		if notesOf != nil {
			u.notes = notesOf(i)
		}
		setBreaks(u, i, len(tls), before, heading, afterHeading)
		b.add(u)
		out = append(out, u)
	}
	if heading {
		b.keep = true
	}
	return out
}

// setBreaks sets where a page may end around line i of n: before the
// first line, after its space before; inside a paragraph where two lines
// stay on either side; softly before the second line of a paragraph after
// a heading; never inside a heading.
func setBreaks(u *unit, i, n int, before float64, heading, afterHeading bool) {
	switch {
	case i == 0:
		u.before = before
		u.breakBefore = true
	case heading:
	default:
		u.breakBefore = i >= 2 && n-i >= 2
		u.softBreak = i == 1 && afterHeading && n-i >= 2
	}
}

// title lays out the draft mark, the kind name and the trích yếu with the
// rule under them (ô 5a), and the "Kính gửi" lines (ô 9a).
func (b *builder) title() {
	h := b.l.Header
	gap := float64(titleGap)
	var subject []line
	for i, text := range []string{h.Draft, h.KindName, h.Subject} {
		if text == "" {
			continue
		}
		ls := b.titleLines(text, gap)
		if i == 2 {
			subject = ls
		}
		gap = 0
	}
	if subject != nil {
		length := min(widest(subject), b.textW) / 3
		x := b.left + (b.textW-length)/2
		b.add(&unit{h: ruleBlock, rules: []rule{{x, ruleDrop, x + length, ruleDrop, ruleWidth}}})
		b.keep = true
	}
	b.addressees(h.To)
	b.extra = titleGap
}

// titleLines lays out a line of the title block, balanced and centred,
// its lines kept together, after gap; it returns the lines.
func (b *builder) titleLines(text string, gap float64) []line {
	size := float64(b.st.Sizes.Title)
	ls := balance(b.sh.plainTokens(text, style{size: size, bold: true}), b.textW)
	tls, _ := b.place(ls, b.left, b.textW, 0, size, doc.AlignCenter, false, 0)
	for j, u := range b.lineUnits(tls, nil, gap, true) {
		if j > 0 {
			u.breakBefore = false
		}
	}
	return ls
}

// addressees lays out the "Kính gửi" lines: the first after the label, the
// others under the first's text.
func (b *builder) addressees(to []string) {
	if len(to) == 0 {
		return
	}
	body := float64(b.st.Sizes.Body)
	lw := tokensWidth(b.sh.plainTokens(doc.ToLabel+" ", style{size: body}))
	x := b.left + toIndent
	for i, text := range to {
		toks := b.sh.plainTokens(text, style{size: body})
		indent, before := 0.0, 0.0
		if i == 0 {
			indent, before = -lw, titleGap
		}
		ls := breakLines(toks, b.textW-toIndent-lw-indent, b.textW-toIndent-lw)
		tls, _ := b.place(ls, x+lw, b.textW-toIndent-lw, 0, body, doc.AlignLeft, true, indent)
		b.lineUnits(tls, nil, before, false)
	}
}

// tokensWidth is the width of the words and spaces of toks on one line.
func tokensWidth(toks []token) float64 {
	w := 0.0
	for _, t := range toks {
		if t.word != nil {
			w += t.word.width
		}
		if t.space != nil {
			w += t.space.width
		}
	}
	return w
}

// paraTokens returns the tokens of a body paragraph with its label.
func (b *builder) paraTokens(p doc.Para, st style) []token {
	var toks []token
	if p.Label != "" {
		toks = append(toks, b.sh.plainTokens(p.Label, st)...)
		g := b.sh.spaceGlue(faceOf(st.bold, st.italic), st.size)
		toks = append(toks, token{space: &g})
	}
	return append(toks, b.sh.tokens(p.Spans, st)...)
}

// paras lays out body paragraphs; depth is the outline depth under which
// their headings go.
func (b *builder) paras(ps []doc.Para, depth int) {
	for _, p := range ps {
		switch p.Kind {
		case doc.KindHeading, doc.KindParagraph, doc.KindItem:
			b.textPara(p, depth)
		case doc.KindTable:
			b.table(p.Table)
		}
	}
}

// textPara lays out a heading, paragraph or list item, a unit a line; a
// heading gets an outline entry.
func (b *builder) textPara(p doc.Para, depth int) {
	size := float64(b.st.Sizes.Body)
	st := style{size: size}
	if p.Kind == doc.KindHeading {
		st.bold, st.italic = p.Bold, p.Italic
	}
	first := 0.0
	if p.Indent {
		first = pt(b.st.FirstLineIndent)
	}
	ls := lines(b.paraTokens(p, st), b.textW, first)
	align := p.Align
	if align == doc.AlignDefault {
		align = doc.AlignJustify
	}
	tls, _ := b.place(ls, b.left, b.textW, 0, size, align, true, first)
	us := b.lineUnits(tls, func(i int) []int { return ls[i].notes }, float64(b.st.SpaceBefore), p.Kind == doc.KindHeading)
	if p.Kind == doc.KindHeading {
		title := strings.TrimSpace(p.Label + " " + spanText(p.Spans))
		b.addOutline(us[0], title, depth+max(p.Depth, 1))
	}
}

// addOutline gives u an outline entry.
func (b *builder) addOutline(u *unit, title string, depth int) {
	o := &outlineItem{title: title, depth: depth}
	u.outline = o
	b.outlines = append(b.outlines, o)
}

// spanText returns the text of spans without footnote marks, on one line.
func spanText(spans []doc.Span) string {
	var s strings.Builder
	for _, sp := range spans {
		s.WriteString(sp.Text)
	}
	return strings.Join(strings.Fields(doc.Clean(s.String())), " ")
}

// table lays out a data table over the text width of its page: single
// borders, the columns of the layout's widths, the text at the table's
// size (doc.TableLayout.Size) when it has one, the head bold and centred,
// repeated on each page the table runs onto; rows do not break across
// pages unless a row is taller than a page. Head rows as on paper
// (doc.TableLayout.HeadRows) make one unit, the head, whose cells span
// columns and rows (see headRows).
func (b *builder) table(t *doc.TableLayout) {
	xs := b.columnXs(t.Widths)
	size := float64(b.st.Sizes.Body)
	if t.Size > 0 {
		size = float64(t.Size)
	}
	head := b.tableHead(t, xs, size)
	for i, r := range t.Rows {
		u := b.tableRow(r, xs, size)
		// The head stays with the first row.
		u.head, u.breakBefore = head, i > 0
		b.add(u)
	}
}

// columnXs returns the x of each column's left border, and of the table's
// right border last. Column widths are in twips as the DOCX has them;
// Layout.Check has refused the tables Columns refuses.
func (b *builder) columnXs(widths []int) []float64 {
	grid, _ := render.Columns(widths, int(b.page.TextWidth()))
	xs := make([]float64, len(grid)+1)
	used := 0
	for i, w := range grid {
		used += w
		xs[i+1] = pt(doc.Twips(used))
	}
	for i := range xs {
		xs[i] += b.left
	}
	return xs
}

// tableHead lays out the head of a table and returns it to repeat on the
// pages the table runs onto, or nil when it is too tall to repeat. A head
// taller than a third of a page is not repeated; a head of several rows
// as a form prints it, up to half a page: its column numbers are what a
// reader of the rows on a later page goes by, and Word and LibreOffice
// repeat it too.
func (b *builder) tableHead(t *doc.TableLayout, xs []float64, size float64) *unit {
	var head *unit
	limit := b.area / 3
	if len(t.HeadRows) > 0 {
		head = b.headRows(t.HeadRows, xs, size)
		limit = b.area / 2
	} else {
		head = b.tableRow(t.Head, xs, size)
	}
	head.before = float64(b.st.SpaceBefore)
	head.breakBefore = true
	b.add(head)
	if head.h > limit {
		return nil
	}
	return head
}

// cellBox is the text of a cell laid out, and the height it takes.
type cellBox struct {
	tls []textLine
	h   float64
}

// tableRow lays out one row of a table whose columns start at xs (the last
// x is the right border): its cells side by side, centred vertically, with
// their borders.
func (b *builder) tableRow(r []doc.CellLayout, xs []float64, size float64) *unit {
	n := len(xs) - 1
	u := &unit{boxed: true, boxX: [2]float64{xs[0], xs[n]}}
	u.rules = append(u.rules, rule{xs[0], 0, xs[0], 0, borderWidth})
	cells := b.rowCells(u, r, xs, size)
	for _, c := range cells {
		u.h = max(u.h, c.h)
	}
	b.centreCells(u, cells)
	// The vertical borders run the height of the row.
	for k := range u.rules {
		u.rules[k].y2 = u.h
	}
	u.rules = append(u.rules, rule{xs[0], 0, xs[n], 0, borderWidth}, rule{xs[0], u.h, xs[n], u.h, borderWidth})
	return u
}

// centreCells puts the text of the cells into the row u, centred
// vertically, unless the row is cut across pages.
func (b *builder) centreCells(u *unit, cells []cellBox) {
	tall := u.h > b.area*3/4
	for _, c := range cells {
		off := (u.h - c.h) / 2
		if tall {
			off = 0
		}
		for _, tl := range c.tls {
			tl.y += off
			u.texts = append(u.texts, tl)
		}
	}
}

// rowCells lays out the cells of a row, and empty cells for the columns it
// does not cover; it adds their right borders to u, their height still 0,
// and the notes they reference.
func (b *builder) rowCells(u *unit, r []doc.CellLayout, xs []float64, size float64) []cellBox {
	n := len(xs) - 1
	var cells []cellBox
	col := 0
	for _, c := range r {
		span := max(c.Span, 1)
		x0, x1 := xs[col], xs[col+span]
		col += span
		tls, h := b.cellText(c, x0, x1, size)
		for _, tl := range tls {
			u.notes = append(u.notes, tl.ln.notes...)
		}
		cells = append(cells, cellBox{tls, h})
		u.rules = append(u.rules, rule{x1, 0, x1, 0, borderWidth})
	}
	for ; col < n; col++ {
		u.rules = append(u.rules, rule{xs[col+1], 0, xs[col+1], 0, borderWidth})
		cells = append(cells, cellBox{nil, 2*cellSpace + b.lineHeight(size, false)})
	}
	return cells
}

// cellText lays out the text of a cell between x0 and x1 from the top of
// its row: the lines, and the height they take with the space above and
// below.
func (b *builder) cellText(c doc.CellLayout, x0, x1, size float64) ([]textLine, float64) {
	toks := b.sh.tokens(c.Spans, style{size: size})
	inner := max(x1-x0-2*cellPad, 1)
	ls := breakLines(toks, inner, inner)
	align := c.Align
	if align == doc.AlignDefault {
		align = doc.AlignLeft
	}
	tls, y := b.place(ls, x0+cellPad, inner, cellSpace, size, align, false, 0)
	return tls, y + cellSpace
}

// headCell is a cell of head rows laid out: its first row and the rows
// it spans, its left and right borders, its text and the height it takes.
type headCell struct {
	row, rows int
	x0, x1    float64
	tls       []textLine
	h         float64
}

// headRows lays out the head rows of a table as one unit: each cell over
// the columns and rows it spans, its text centred vertically in them, its
// four borders drawn. A row is as tall as the tallest cell that covers it
// alone; a cell spanning rows that needs more than its rows give adds what
// it lacks to the last of them, cells of fewer rows first.
func (b *builder) headRows(rows [][]doc.CellLayout, xs []float64, size float64) *unit {
	n := len(xs) - 1
	u := &unit{boxed: true, boxX: [2]float64{xs[0], xs[n]}}
	var cells []headCell
	heights := make([]float64, len(rows))
	for r, row := range rows {
		heights[r] = 2*cellSpace + b.lineHeight(size, false)
		cells = append(cells, b.headRowCells(row, r, len(rows), xs, size)...)
	}
	growRows(heights, cells)
	tops := make([]float64, len(rows)+1)
	for r, h := range heights {
		tops[r+1] = tops[r] + h
	}
	u.h = tops[len(rows)]
	for _, c := range cells {
		placeHeadCell(u, c, tops[c.row], tops[c.row+c.rows])
	}
	return u
}

// headRowCells lays out the cells of head row r of nrows that start in it
// (not those a cell above covers), up to the last that fits the columns.
func (b *builder) headRowCells(row []doc.CellLayout, r, nrows int, xs []float64, size float64) []headCell {
	var cells []headCell
	col := 0
	for _, c := range row {
		span := max(c.Span, 1)
		if col+span > len(xs)-1 {
			break
		}
		x0, x1 := xs[col], xs[col+span]
		col += span
		if c.Continued {
			continue
		}
		tls, h := b.cellText(c, x0, x1, size)
		cells = append(cells, headCell{row: r, rows: min(max(c.RowSpan, 1), nrows-r), x0: x0, x1: x1, tls: tls, h: h})
	}
	return cells
}

// growRows makes the last row of each cell taller by what the cell needs
// beyond its rows' heights, cells of fewer rows first.
func growRows(heights []float64, cells []headCell) {
	byRows := slices.Clone(cells)
	slices.SortStableFunc(byRows, func(a, c headCell) int { return a.rows - c.rows })
	for _, c := range byRows {
		have := 0.0
		for _, h := range heights[c.row : c.row+c.rows] {
			have += h
		}
		if c.h > have {
			heights[c.row+c.rows-1] += c.h - have
		}
	}
}

// placeHeadCell puts a head cell into u between top and bottom: its text
// centred vertically, its four borders.
func placeHeadCell(u *unit, c headCell, top, bottom float64) {
	off := top + (bottom-top-c.h)/2
	for _, tl := range c.tls {
		tl.y += off
		u.texts = append(u.texts, tl)
	}
	u.rules = append(u.rules,
		rule{c.x0, top, c.x1, top, borderWidth}, rule{c.x0, bottom, c.x1, bottom, borderWidth},
		rule{c.x0, top, c.x0, bottom, borderWidth}, rule{c.x1, top, c.x1, bottom, borderWidth})
}

// closing lays out the closing table (ô 7–9b) and the drafter line (ô 12).
func (b *builder) closing() {
	c := b.l.Closing
	u := &unit{}
	left, right := b.twoColumns(b.st.ClosingColumns, u)
	b.recipients(left, c)
	b.signer(right, u, c)
	u.h = max(left.y, right.y)
	b.add(u)
	if c.Drafter != "" {
		d := float64(b.st.Sizes.Drafter)
		tls, _ := b.place(b.plainLines(c.Drafter, style{size: d}, b.textW), left.x, b.textW, 0, d, doc.AlignLeft, false, 0)
		b.keep = true
		b.lineUnits(tls, nil, headerRowGap, false)
	}
}

// recipients lays out the "Nơi nhận:" label and the recipients.
func (b *builder) recipients(left *column, c doc.ClosingLayout) {
	label, rec := float64(b.st.Sizes.ClosingLabel), float64(b.st.Sizes.Recipients)
	left.text(b, b.plainLines(c.Label, style{size: label, bold: true, italic: true}, left.w), label, doc.AlignLeft, titleGap)
	for _, r := range c.Recipients {
		left.text(b, b.plainLines(r, style{size: rec}, left.w), rec, doc.AlignLeft, 0)
	}
}

// signer lays out the authority lines and the title, the room of the
// signature (where the signature field goes) and the name.
func (b *builder) signer(right *column, u *unit, c doc.ClosingLayout) {
	signer := float64(b.st.Sizes.Signer)
	gap := float64(titleGap)
	for _, line := range append(slices.Clone(c.Authority), c.Title) {
		right.text(b, b.plainLines(line, style{size: signer, bold: true}, right.w), signer, doc.AlignCenter, gap)
		gap = 0
	}
	space := float64(b.st.SignatureSpace) * b.lineHeight(signer, false)
	u.sig = &[4]float64{right.x, right.y, right.w, space}
	right.y += space
	right.text(b, b.plainLines(c.Name, style{size: signer, bold: true}, right.w), signer, doc.AlignCenter, 0)
}

// appendix lays out an appendix: on a new page, its label, title and
// reference line, then its body.
func (b *builder) appendix(a doc.AppendixLayout, i int) {
	us := b.appendixHead(a)
	if len(us) == 0 {
		return
	}
	us[0].newPage = true
	us[0].breakBefore = true
	for _, u := range us[1:] {
		u.breakBefore = false
	}
	title := strings.Join(strings.Fields(a.Title), " ")
	b.addOutline(us[0], strings.TrimSpace(a.Label+" - "+title), 1)
	b.extra = titleGap
	b.keep = false
	b.paras(a.Body, 1)
}

// appendixHead lays out the label, the title (balanced) and the reference
// line of an appendix, centred, a unit a line.
func (b *builder) appendixHead(a doc.AppendixLayout) []*unit {
	size, body := float64(b.st.Sizes.Title), float64(b.st.Sizes.Body)
	var us []*unit
	for _, part := range []struct {
		text   string
		st     style
		center bool
	}{
		{a.Label, style{size: size, bold: true}, false},
		{a.Title, style{size: size, bold: true}, true},
		{a.Reference, style{size: body, italic: true}, false},
	} {
		if part.text != "" {
			us = append(us, b.centredLines(part.text, part.st, part.center)...)
		}
	}
	return us
}

// centredLines lays out text in st centred, a unit a line kept together,
// its lines balanced when balanced is set.
func (b *builder) centredLines(text string, st style, balanced bool) []*unit {
	var ls []line
	if balanced {
		ls = balance(b.sh.plainTokens(text, st), b.textW)
	} else {
		ls = b.plainLines(text, st, b.textW)
	}
	tls, _ := b.place(ls, b.left, b.textW, 0, st.size, doc.AlignCenter, false, 0)
	return b.lineUnits(tls, nil, 0, true)
}

// note lays out footnote n: its mark, a space and its text, flush with the
// margins, justified without stretching a space beyond stretchLimit.
func (b *builder) note(n doc.NoteLayout) *noteBlock {
	size := float64(b.st.Sizes.Footnote)
	st := style{size: size}
	mark := b.sh.shape(fmt.Sprint(n.Number), faceRegular, size*markScale, size*markRise)
	mark.actual = render.Superscript(n.Number)
	toks := []token{{word: &word{pieces: []piece{mark}, width: mark.width}}}
	g := b.sh.spaceGlue(faceRegular, size)
	toks = append(toks, token{space: &g})
	toks = append(toks, b.sh.tokens(n.Spans, st)...)
	ls := breakLines(toks, b.textW, b.textW)
	tls, _ := b.place(ls, b.left, b.textW, 0, size, doc.AlignJustify, false, 0)
	for i := range tls {
		// Each line is placed on its own: it may go to the next page.
		tls[i].y = 0
		tls[i].maxStretch = stretchLimit * size
	}
	return &noteBlock{lines: tls, lh: b.lineHeight(size, false)}
}
