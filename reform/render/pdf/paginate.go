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
	order := make([]int, len(u.texts))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, c int) int { return cmp.Compare(u.texts[a].y, u.texts[c].y) })
	// The cuts, from the top of u.
	var cuts []float64
	off := 0.0
	k := 0
	for u.h-off > limit+eps {
		best := 0.0
		reach := off // the lowest end of the lines seen so far
		j := k
		for ; j < len(order); j++ {
			tl := u.texts[order[j]]
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
		cuts = append(cuts, best)
		off = best
		for k < len(order) && u.texts[order[k]].y < off-eps {
			k++
		}
	}
	parts := make([]*unit, len(cuts)+1)
	top := func(i int) float64 {
		if i == 0 {
			return 0
		}
		return cuts[i-1]
	}
	bottom := func(i int) float64 {
		if i == len(cuts) {
			return u.h
		}
		return cuts[i]
	}
	for i := range parts {
		p := &unit{h: bottom(i) - top(i), breakBefore: true, section: u.section, head: u.head, boxed: u.boxed, boxX: u.boxX}
		if i == 0 {
			p.before, p.breakBefore, p.newPage, p.outline = u.before, u.breakBefore, u.newPage, u.outline
		}
		if u.boxed {
			if i > 0 {
				p.rules = append(p.rules, rule{u.boxX[0], 0, u.boxX[1], 0, borderWidth})
			}
			if i < len(cuts) {
				p.rules = append(p.rules, rule{u.boxX[0], p.h, u.boxX[1], p.h, borderWidth})
			}
		}
		parts[i] = p
	}
	// part returns the part a y lies in.
	part := func(y float64) int {
		i, _ := slices.BinarySearchFunc(cuts, y, func(c, y float64) int {
			if c <= y+eps {
				return -1
			}
			return 1
		})
		return i
	}
	for _, i := range order {
		tl := u.texts[i]
		p := parts[part(tl.y)]
		tl.y -= top(part(tl.y))
		p.texts = append(p.texts, tl)
		p.notes = append(p.notes, tl.ln.notes...)
	}
	// Notes no line carries stay with the first part.
	for _, n := range u.notes {
		found := false
		for _, p := range parts {
			found = found || slices.Contains(p.notes, n)
		}
		if !found {
			parts[0].notes = append(parts[0].notes, n)
		}
	}
	for _, r := range u.rules {
		lo, hi := min(r.y1, r.y2), max(r.y1, r.y2)
		for i := part(lo); i < len(parts) && (i == part(lo) || top(i) < hi-eps); i++ {
			c := r
			if r.x1 == r.x2 { // a vertical line, clipped to the part
				c.y1, c.y2 = max(lo, top(i))-top(i), min(hi, bottom(i))-top(i)
			} else {
				c.y1, c.y2 = r.y1-top(i), r.y2-top(i)
			}
			parts[i].rules = append(parts[i].rules, c)
			if r.x1 != r.x2 {
				break
			}
		}
	}
	if u.sig != nil {
		s := *u.sig
		i := part(s[1])
		s[1] -= top(i)
		parts[i].sig = &s
	}
	return parts
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
	var pages []*page
	var carry []noteLine
	sepH := b.lineHeight(float64(b.st.Sizes.Footnote), false)
	lineH := b.lineHeight(float64(b.st.Sizes.Body), true)
	noteH := func(ns []int, placed map[int]bool) float64 {
		h := 0.0
		for _, n := range ns {
			if nb := b.notes[n]; nb != nil && !placed[n] {
				h += nb.lh * float64(len(nb.lines))
			}
		}
		return h
	}
	number := map[int]int{}
	i := 0
	for i < len(b.units) || len(carry) > 0 {
		section := 0
		if i < len(b.units) {
			section = b.units[i].section
		} else if len(pages) > 0 {
			section = pages[len(pages)-1].section
		}
		number[section]++
		pg := &page{section: section, number: number[section]}
		area := b.geoms[section].area
		pages = append(pages, pg)

		// Notes continued from the page before come first; they take the
		// room they need, leaving room for one unit.
		notesH := 0.0
		if len(carry) > 0 {
			for _, nl := range carry {
				notesH += nl.tl.h
			}
			notesH += sepH
			if i < len(b.units) {
				notesH = min(notesH, area-b.units[i].h)
			}
		}

		// How many units fit. used[k-start] is the height the body takes
		// with the units before k, and notes[k-start] their notes'.
		start, end := i, i
		used := 0.0
		usedAt := []float64{0}
		notesAt := []float64{notesH}
		seen := map[int]bool{}
		for end < len(b.units) {
			u := b.units[end]
			if u.newPage && end > start {
				break
			}
			first := end == start
			h := u.h
			if !first {
				h += u.before
			} else if u.head != nil {
				h += u.head.h
			}
			nh := noteH(u.notes, seen)
			if nh > 0 && notesH == 0 {
				nh += sepH
			}
			if !first && used+h+notesH+nh > area+eps {
				// End the page before the last unit that allows it; when
				// that leaves more than two lines empty, before the last
				// unit after it that allows it softly.
				k := end
				for k > start && !b.units[k].breakBefore {
					k--
				}
				if k == start || area-usedAt[k-start]-notesAt[k-start] > 2*lineH+eps {
					for s := end; s > max(k, start); s-- {
						if b.units[s].softBreak {
							k = s
							break
						}
					}
				}
				if k > start {
					end = k
				}
				break
			}
			used += h
			notesH += nh
			for _, n := range u.notes {
				seen[n] = true
			}
			end++
			usedAt = append(usedAt, used)
			notesAt = append(notesAt, notesH)
		}

		// Place them.
		notes := carry
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
				u.outline.page = len(pages) - 1
				u.outline.y = y
				u.outline.pageH = b.geoms[section].pageH
			}
			y += u.h
			for _, n := range u.notes {
				if nb := b.notes[n]; nb != nil {
					for _, tl := range nb.lines {
						notes = append(notes, noteLine{tl})
					}
				}
			}
		}
		i = end

		// The notes that fit under the body; the rest continue.
		bodyEnd := y
		room := b.top + area - bodyEnd - sepH
		h := 0.0
		k := 0
		for k < len(notes) && h+notes[k].tl.h <= room+eps {
			h += notes[k].tl.h
			k++
		}
		if k == 0 && len(notes) > 0 && end == start {
			// A page of notes alone: at least one line.
			k, h = 1, notes[0].tl.h
		}
		carry = slices.Clone(notes[k:])
		if k > 0 {
			ny := b.top + area - h
			pg.separator = ny - sepH/2
			for _, nl := range notes[:k] {
				pg.notes = append(pg.notes, placedNote{nl.tl, ny})
				ny += nl.tl.h
			}
		}
	}
	return pages
}
