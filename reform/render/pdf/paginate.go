package pdf

import (
	"cmp"
	"slices"
)

// placed is a unit on a page: y is the top of its box from the top edge of
// the page.
type placed struct {
	u *unit
	y float64
}

// placedNote is a footnote line on a page.
type placedNote struct {
	tl textLine
	y  float64
}

// page is one laid-out page.
type page struct {
	// section is 0 for the main text, i+1 for appendix i; number counts
	// the pages of the section from 1.
	section, number int
	body            []placed
	notes           []placedNote
	// separator is the y of the footnote separator, or 0 without notes.
	separator float64
}

// noteLine is a line of a footnote waiting for a page.
type noteLine struct {
	tl textLine
}

// eps absorbs the rounding of sums of heights.
const eps = 0.01

// slice cuts the units taller than a page at the lines they hold, so that
// every unit fits on a page: a table row with a very long cell, a closing
// with hundreds of recipients.
func (b *builder) slice() {
	var out []*unit
	for _, u := range b.units {
		area := b.geoms[u.section].area
		limit := area
		if u.head != nil {
			limit -= u.head.h
		}
		limit = max(limit, area/4)
		if u.h <= limit+eps {
			out = append(out, u)
			continue
		}
		out = append(out, cut(u, limit)...)
	}
	b.units = out
}

// cut splits u into parts at most limit high. Each part ends at the last
// place above its limit where no line of text is cut in two (or at the
// limit when there is none); a line belongs to the part its top lies in,
// a vertical rule is cut at the parts' edges, and a boxed unit gets a
// border at each cut. It reads the lines once, in order of their tops.
func cut(u *unit, limit float64) []*unit {
	order := byTop(u.texts)
	c := &cutting{u: u, cuts: cutPlaces(u, order, limit)}
	parts := c.newParts()
	c.placeTexts(parts, order)
	c.keepNotes(parts)
	for _, r := range u.rules {
		c.placeRule(parts, r)
	}
	if u.sig != nil {
		s := *u.sig
		i := c.part(s[1])
		s[1] -= c.top(i)
		parts[i].sig = &s
	}
	return parts
}

// byTop returns the indexes of lines in order of their tops, lines at the
// same height in their order.
func byTop(lines []textLine) []int {
	order := make([]int, len(lines))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, c int) int { return cmp.Compare(lines[a].y, lines[c].y) })
	return order
}

// cutPlaces returns the places, from the top of u, where u is cut into
// parts at most limit high; order are its lines by their tops.
func cutPlaces(u *unit, order []int, limit float64) []float64 {
	var cuts []float64
	off := 0.0
	k := 0
	for u.h-off > limit+eps {
		off = nextCut(u, order[k:], off, limit)
		cuts = append(cuts, off)
		for k < len(order) && u.texts[order[k]].y < off-eps {
			k++
		}
	}
	return cuts
}

// nextCut returns the cut after the one at off: the last place above
// off+limit where none of the lines (those from off on, by their tops) is
// cut in two, or off+limit when there is none.
func nextCut(u *unit, lines []int, off, limit float64) float64 {
	best := 0.0
	reach := off // the lowest end of the lines seen so far
	for _, i := range lines {
		tl := u.texts[i]
		if tl.y >= off+limit-eps {
			break
		}
		if tl.y >= reach-eps && reach > off+eps {
			best = reach // no line crosses here
		}
		reach = max(reach, tl.y+tl.h)
	}
	if reach <= off+limit+eps && reach > off+eps {
		best = max(best, reach)
	}
	if best <= off+eps {
		best = off + limit
	}
	return best
}

// cutting is a unit being cut at the places cuts, from its top.
type cutting struct {
	u    *unit
	cuts []float64
}

// top returns the top of part i in the unit.
func (c *cutting) top(i int) float64 {
	if i == 0 {
		return 0
	}
	return c.cuts[i-1]
}

// bottom returns the bottom of part i in the unit.
func (c *cutting) bottom(i int) float64 {
	if i == len(c.cuts) {
		return c.u.h
	}
	return c.cuts[i]
}

// part returns the part a y lies in.
func (c *cutting) part(y float64) int {
	i, _ := slices.BinarySearchFunc(c.cuts, y, func(cut, y float64) int {
		if cut <= y+eps {
			return -1
		}
		return 1
	})
	return i
}

// newParts returns the parts, empty but for the box's borders at the
// cuts; the first keeps what comes before the unit (space, page break,
// outline entry), the others may start a page.
func (c *cutting) newParts() []*unit {
	u := c.u
	parts := make([]*unit, len(c.cuts)+1)
	for i := range parts {
		p := &unit{h: c.bottom(i) - c.top(i), breakBefore: true, section: u.section, head: u.head, boxed: u.boxed, boxX: u.boxX}
		if i == 0 {
			p.before, p.breakBefore, p.newPage, p.outline = u.before, u.breakBefore, u.newPage, u.outline
		}
		if u.boxed {
			p.rules = c.boxEdges(i, p.h)
		}
		parts[i] = p
	}
	return parts
}

// boxEdges returns the borders a boxed unit gets at the cuts of part i,
// h high: at its top after a cut, at its bottom before one.
func (c *cutting) boxEdges(i int, h float64) []rule {
	x := c.u.boxX
	var rules []rule
	if i > 0 {
		rules = append(rules, rule{x[0], 0, x[1], 0, borderWidth})
	}
	if i < len(c.cuts) {
		rules = append(rules, rule{x[0], h, x[1], h, borderWidth})
	}
	return rules
}

// placeTexts puts each line, in order of their tops, into the part its
// top lies in, with the notes it references.
func (c *cutting) placeTexts(parts []*unit, order []int) {
	for _, i := range order {
		tl := c.u.texts[i]
		k := c.part(tl.y)
		tl.y -= c.top(k)
		parts[k].texts = append(parts[k].texts, tl)
		parts[k].notes = append(parts[k].notes, tl.ln.notes...)
	}
}

// keepNotes gives the first part the notes of the unit no line carries.
func (c *cutting) keepNotes(parts []*unit) {
	for _, n := range c.u.notes {
		found := false
		for _, p := range parts {
			found = found || slices.Contains(p.notes, n)
		}
		if !found {
			parts[0].notes = append(parts[0].notes, n)
		}
	}
}

// placeRule puts a rule into the part it starts in; a vertical rule is
// clipped to each part it crosses.
func (c *cutting) placeRule(parts []*unit, r rule) {
	lo, hi := min(r.y1, r.y2), max(r.y1, r.y2)
	first := c.part(lo)
	for i := first; i < len(parts) && (i == first || c.top(i) < hi-eps); i++ {
		cr := r
		if r.x1 == r.x2 { // a vertical line, clipped to the part
			cr.y1, cr.y2 = max(lo, c.top(i))-c.top(i), min(hi, c.bottom(i))-c.top(i)
		} else {
			cr.y1, cr.y2 = r.y1-c.top(i), r.y2-c.top(i)
		}
		parts[i].rules = append(parts[i].rules, cr)
		if r.x1 != r.x2 {
			break
		}
	}
}

// paginate places the units on pages. A page takes units until the next
// one, with the footnotes it references and the separator, would pass the
// bottom margin; the page then ends before the last unit that allows it
// (between paragraphs, between table rows, inside a paragraph where two
// lines stay on either side), so headings stay with what follows them;
// when that leaves more than two lines empty, before the last unit that
// allows it softly (the second line of a paragraph after a heading).
// Footnotes go to the foot of the page of their reference; a note too
// long for the page continues on the next.
func (b *builder) paginate() []*page {
	p := &paginator{
		b:      b,
		sepH:   b.lineHeight(float64(b.st.Sizes.Footnote), false),
		lineH:  b.lineHeight(float64(b.st.Sizes.Body), true),
		number: map[int]int{},
	}
	for p.next < len(b.units) || len(p.carry) > 0 {
		p.page()
	}
	return p.pages
}

// paginator places units on pages, one page at a time.
type paginator struct {
	b     *builder
	pages []*page
	// carry are the note lines that continue on the next page.
	carry []noteLine
	// sepH is the height of the footnote separator, lineH that of a line
	// of the body.
	sepH, lineH float64
	// number counts the pages of each section.
	number map[int]int
	// next is the first unit not placed yet.
	next int
}

// page lays out the next page: the units that fit, then the notes they
// reference that fit under them.
func (p *paginator) page() {
	section := p.nextSection()
	p.number[section]++
	pg := &page{section: section, number: p.number[section]}
	area := p.b.geoms[section].area
	p.pages = append(p.pages, pg)
	start := p.next
	end := p.fit(start, area, p.carriedHeight(area))
	notes, bodyEnd := p.place(pg, start, end)
	p.next = end
	p.placeNotes(pg, notes, bodyEnd, area, end == start)
}

// nextSection returns the section of the next unit, or of the last page
// for notes continued past the last unit.
func (p *paginator) nextSection() int {
	if p.next < len(p.b.units) {
		return p.b.units[p.next].section
	}
	if len(p.pages) > 0 {
		return p.pages[len(p.pages)-1].section
	}
	return 0
}

// carriedHeight returns the room of the notes continued from the page
// before, which come first: they take the room they need with the
// separator, leaving room for one unit.
func (p *paginator) carriedHeight(area float64) float64 {
	if len(p.carry) == 0 {
		return 0
	}
	h := 0.0
	for _, nl := range p.carry {
		h += nl.tl.h
	}
	h += p.sepH
	if p.next < len(p.b.units) {
		h = min(h, area-p.b.units[p.next].h)
	}
	return h
}

// fit returns the end of the units from start that go on a page of the
// area whose notes already take notesH.
func (p *paginator) fit(start int, area, notesH float64) int {
	units := p.b.units
	// usedAt[k-start] is the height the body takes with the units before
	// k, and notesAt[k-start] their notes'.
	used := 0.0
	usedAt := []float64{0}
	notesAt := []float64{notesH}
	seen := map[int]bool{}
	end := start
	for ; end < len(units); end++ {
		u := units[end]
		if u.newPage && end > start {
			break
		}
		h := unitHeight(u, end == start)
		nh := p.newNotesHeight(u.notes, seen, notesH == 0)
		if end > start && used+h+notesH+nh > area+eps {
			return p.breakAt(start, end, area, usedAt, notesAt)
		}
		used += h
		notesH += nh
		for _, n := range u.notes {
			seen[n] = true
		}
		usedAt = append(usedAt, used)
		notesAt = append(notesAt, notesH)
	}
	return end
}

// breakAt returns where a page ends whose unit end overflows it: before
// the last unit that allows a break; when that leaves more than two lines
// empty, before the last unit after it that allows one softly. usedAt and
// notesAt are the heights of the body and of the notes before each unit
// from start.
func (p *paginator) breakAt(start, end int, area float64, usedAt, notesAt []float64) int {
	units := p.b.units
	k := end
	for k > start && !units[k].breakBefore {
		k--
	}
	if k == start || area-usedAt[k-start]-notesAt[k-start] > 2*p.lineH+eps {
		for s := end; s > max(k, start); s-- {
			if units[s].softBreak {
				k = s
				break
			}
		}
	}
	if k > start {
		return k
	}
	return end
}

// unitHeight is the room u takes on a page: with the space before it, or
// at the top of a page with the table head it repeats.
func unitHeight(u *unit, first bool) float64 {
	h := u.h
	if !first {
		h += u.before
	} else if u.head != nil {
		h += u.head.h
	}
	return h
}

// newNotesHeight is the height the notes ns add to a page: those not
// placed yet, with the separator when they are the first (first).
func (p *paginator) newNotesHeight(ns []int, placed map[int]bool, first bool) float64 {
	nh := p.notesHeight(ns, placed)
	if nh > 0 && first {
		nh += p.sepH
	}
	return nh
}

// notesHeight is the height of the notes ns not placed yet.
func (p *paginator) notesHeight(ns []int, placed map[int]bool) float64 {
	h := 0.0
	for _, n := range ns {
		if nb := p.b.notes[n]; nb != nil && !placed[n] {
			h += nb.lh * float64(len(nb.lines))
		}
	}
	return h
}

// place puts the units from start to end on pg, the first under the table
// head it repeats, and returns the note lines waiting for the page (those
// carried first) and the end of the body.
func (p *paginator) place(pg *page, start, end int) ([]noteLine, float64) {
	b := p.b
	notes := p.carry
	y := b.top
	for k := start; k < end; k++ {
		u := b.units[k]
		if k == start && u.head != nil {
			pg.body = append(pg.body, placed{u.head, y})
			y += u.head.h
		} else if k > start {
			y += u.before
		}
		pg.body = append(pg.body, placed{u, y})
		if u.outline != nil {
			u.outline.page = len(p.pages) - 1
			u.outline.y = y
			u.outline.pageH = b.geoms[pg.section].pageH
		}
		y += u.h
		notes = p.noteLines(notes, u.notes)
	}
	return notes, y
}

// noteLines appends the lines of the notes ns to lines.
func (p *paginator) noteLines(lines []noteLine, ns []int) []noteLine {
	for _, n := range ns {
		if nb := p.b.notes[n]; nb != nil {
			for _, tl := range nb.lines {
				lines = append(lines, noteLine{tl})
			}
		}
	}
	return lines
}

// placeNotes puts the note lines that fit under the body at the foot of
// pg, under the separator; the rest continue on the next page. A page of
// notes alone (empty) takes at least one line.
func (p *paginator) placeNotes(pg *page, notes []noteLine, bodyEnd, area float64, empty bool) {
	top := p.b.top
	room := top + area - bodyEnd - p.sepH
	h := 0.0
	k := 0
	for k < len(notes) && h+notes[k].tl.h <= room+eps {
		h += notes[k].tl.h
		k++
	}
	if k == 0 && len(notes) > 0 && empty {
		k, h = 1, notes[0].tl.h
	}
	p.carry = slices.Clone(notes[k:])
	if k == 0 {
		return
	}
	ny := top + area - h
	pg.separator = ny - p.sepH/2
	for _, nl := range notes[:k] {
		pg.notes = append(pg.notes, placedNote{nl.tl, ny})
		ny += nl.tl.h
	}
}
