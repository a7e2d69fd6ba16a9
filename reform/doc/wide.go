package doc

import (
	"fmt"
	"math/bits"
	"slices"
	"strconv"
)

// This file decides how an appendix with a wide table is printed: on
// landscape pages, its tables at a smaller size with columns wide enough
// for their words (AppendixLayout.Landscape, TableLayout.Size). Nghị định
// 30/2020/NĐ-CP prints on A4 portrait and allows landscape "only for a
// page of wide tables"; it gives no size for the text of tables.
//
// The rule, decided here once for every renderer:
//
//   - A column needs the width of the widest word of its cells (a word is
//     text between spaces and line breaks, measured in Times New Roman at
//     the table's size, bold where it is bold) plus CellPadding on both
//     sides and CellSlack. A cell spanning columns needs that width from
//     its columns together.
//   - A table fits a text width at a size when its columns, sharing the
//     width in proportion to their relative widths, each get what they
//     need.
//   - An appendix is laid out on landscape pages when one of its tables does
//     not fit the portrait text width at the body size. With the defaults
//     (text width 155 mm, 14 pt) a column of a figure such as "15.613"
//     needs about 17 mm, so a table of more than about seven columns of
//     figures beside a column of names is wide; the 13 columns of Biểu số
//     06/VPCP/KSTT and the 9 of the catalogue by service level are.
//   - Every table of a landscape appendix gets the largest size from
//     WideTableMaxSize (or the body size, when smaller) down to
//     WideTableMinSize at which its columns, each widened to what it needs
//     and the others sharing the rest in proportion, fit the landscape text
//     width (242 mm with the default margins); its Widths are then those
//     column widths in twips. At that size, when the table has room for
//     it, a column also gets the width that sets the text of its head
//     cells on at most HeadLines lines: a narrow column under a long head
//     ("Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính") would
//     otherwise print one word a line and make the head half a page tall.
//     A table that does not fit even at WideTableMinSize keeps its widths
//     at that size, and renderers break the words that do not fit, as
//     they would anywhere.
//
// Tables of the main text are never turned: a report's body keeps its
// portrait pages, and a wide table belongs in an appendix.

// CellPadding is the space left and right of the text of a table cell that
// the renderers of pages leave: 108 twips (1,9 mm), Word's default, which
// the DOCX and PDF writers draw. Lay measures the columns of tables with it.
const CellPadding Twips = 108

// CellSlack is what Lay adds to the width a column needs for its widest
// word, beyond the padding: 1 pt for the borders, which LibreOffice takes
// from the cell's text area, and for rounding. Without it a word measured
// to fit exactly ("STT", "Trong") is broken by LibreOffice.
const CellSlack Twips = 20

// The sizes of the text of tables on landscape pages. ND30 sets no size
// for tables. 12 pt is what statistical annexes commonly use and what the
// workbook of the same annex has (reform/render/xlsx). At 12 pt the four
// head rows of Biểu số 06/VPCP/KSTT take under a third of an A4 landscape
// page, and a page holds about 17 units under the repeated head; 13 pt
// fits too but gives a roll-up of a province's units more pages. 10 pt is
// the smallest that prints legibly on A4. Between them, Lay takes the
// largest size at which a table's columns hold their words.
const (
	// WideTableMaxSize is the largest size of a table on landscape pages.
	WideTableMaxSize Points = 12
	// WideTableMinSize is the smallest size Lay sets, and the smallest
	// Layout.Check accepts for a table's text.
	WideTableMinSize Points = 10
)

// HeadLines is the most lines Lay lets the text of a head cell take in a
// table on landscape pages, when the table has the room (see the rule
// above): five lines of 12 pt keep the four head rows of Biểu số
// 06/VPCP/KSTT within a third of an A4 landscape page, so that a renderer
// repeating it leaves two thirds of each page to the rows.
const HeadLines = 5

// Landscape returns the style sheet of a landscape page of s: the paper
// turned, its longer side across, and everything else as it is. The
// margins keep their sides as the page is read: the decree gives them by
// side (top 20–25, bottom 20–25, left 30–35, right 15–20 mm), and a turned
// page read turned keeps them, as a reader checking it with a ruler
// expects, and the page number stays in the top margin. Renderers print
// the pages of an appendix with AppendixLayout.Landscape on it.
func (s Style) Landscape() Style {
	if s.PageWidth < s.PageHeight {
		s.PageWidth, s.PageHeight = s.PageHeight, s.PageWidth
	}
	return s
}

// PageOf returns the style sheet of the pages of appendix a: s turned by
// Landscape when a.Landscape is set, else s.
func (s Style) PageOf(a *AppendixLayout) Style {
	if a != nil && a.Landscape {
		return s.Landscape()
	}
	return s
}

// orient decides the pages of an appendix laid out as body: landscape
// when one of its tables does not fit the style's page at the body size
// and the page is portrait; then each of its tables gets its size and the
// widths of its columns on the landscape page (see the rule above).
func (l *layer) orient(body []Para) bool {
	st := l.style
	if st.TextWidth() <= 0 || st.PageWidth >= st.PageHeight || !hasWideTable(body, st) {
		return false
	}
	width := st.Landscape().TextWidth()
	top := min(WideTableMaxSize, st.Sizes.Body)
	for _, p := range body {
		if p.Kind == KindTable && p.Table != nil && len(p.Table.Widths) > 0 {
			fitLandscape(p.Table, width, top)
		}
	}
	return true
}

// hasWideTable reports whether one of the tables of body does not fit the
// page of st at the body size.
func hasWideTable(body []Para, st Style) bool {
	for _, p := range body {
		if p.Kind == KindTable && p.Table != nil && !fits(p.Table, st.Sizes.Body, st.TextWidth()) {
			return true
		}
	}
	return false
}

// fitLandscape gives a table on a landscape page of text width width the
// largest size from top down at which its columns hold their widest words,
// with the widths of its columns: those that also set its heads on
// HeadLines lines when they fit. It keeps WideTableMinSize when no size
// fits.
func fitLandscape(t *TableLayout, width Twips, top Points) {
	t.Size = WideTableMinSize
	for size := top; size >= WideTableMinSize; size-- {
		words, ok := fitColumns(t.Widths, columnNeeds(t, size, 0), width)
		if !ok {
			continue
		}
		if heads, ok := fitColumns(t.Widths, columnNeeds(t, size, HeadLines), width); ok {
			words = heads
		}
		t.Size, t.Widths = size, words
		return
	}
}

// fits reports whether the columns of t, sharing width in proportion to
// their relative widths, each hold their widest word at size.
func fits(t *TableLayout, size Points, width Twips) bool {
	if len(t.Widths) == 0 {
		return true
	}
	rel := relWidths(t.Widths)
	sum := total(rel)
	need := columnNeeds(t, size, 0)
	for i, w := range rel {
		if mulDiv(uint64(width), w, sum) < uint64(need[i]) {
			return false
		}
	}
	return true
}

// columnNeeds returns the width each column of t needs at size: the widest
// word of the cells that cover only it, plus the padding on both sides;
// then, for a cell spanning columns, what its columns lack together for its
// widest word is shared among them. When headLines is above 0, a head cell
// needs the width that sets its text on that many lines at most.
func columnNeeds(t *TableLayout, size Points, headLines int) []Twips {
	cn := &columnNeed{size: size, need: make([]Twips, len(t.Widths))}
	for i := range cn.need {
		cn.need[i] = 2*CellPadding + CellSlack
	}
	if len(t.HeadRows) > 0 {
		for _, r := range t.HeadRows {
			cn.visit(r, headLines)
		}
	} else {
		cn.visit(t.Head, headLines)
	}
	for _, r := range t.Rows {
		cn.visit(r, 0)
	}
	for _, s := range cn.wide {
		cn.share(s)
	}
	return cn.need
}

// spanning is a cell spanning columns: its first column, its span and the
// width it needs.
type spanning struct {
	col, span int
	w         Twips
}

// columnNeed gathers the needs of the columns of a table at size, and the
// cells spanning columns.
type columnNeed struct {
	size Points
	need []Twips
	wide []spanning
}

// visit reads the needs of the cells of a row up to the last that fits the
// columns; lines above 0 sets their text on that many lines at most.
func (cn *columnNeed) visit(cells []CellLayout, lines int) {
	col := 0
	for _, c := range cells {
		span := max(c.Span, 1)
		if col+span > len(cn.need) {
			return
		}
		if !c.Continued {
			cn.cell(c, col, span, lines)
		}
		col += span
	}
}

// cell reads the need of a cell over columns col to col+span.
func (cn *columnNeed) cell(c CellLayout, col, span, lines int) {
	w := widestWord(c.Spans, cn.size)
	if lines > 0 {
		w = max(w, linesWidth(c.Spans, cn.size, lines))
	}
	w += 2*CellPadding + CellSlack
	if span == 1 {
		cn.need[col] = max(cn.need[col], w)
	} else {
		cn.wide = append(cn.wide, spanning{col, span, w})
	}
}

// share shares among the columns of a spanning cell what they lack
// together for it, the first columns taking the remainder.
func (cn *columnNeed) share(s spanning) {
	var have Twips
	for _, w := range cn.need[s.col : s.col+s.span] {
		have += w
	}
	lack := s.w - have
	if lack <= 0 {
		return
	}
	per, rest := lack/Twips(s.span), lack%Twips(s.span)
	for k := range s.span {
		cn.need[s.col+k] += per
		if Twips(k) < rest {
			cn.need[s.col+k]++
		}
	}
}

// widestWord returns the width at size of the widest word of spans: the
// text between spaces and line breaks, bold where it is bold; a footnote
// mark counts as its number, at two thirds of the size, stuck to the word
// before it.
func widestWord(spans []Span, size Points) Twips {
	widest, word := 0, 0
	for _, s := range spans {
		if s.Note > 0 {
			word += ems(strconv.Itoa(s.Note), false) * 2 / 3
			continue
		}
		for _, r := range s.Text {
			if r == ' ' || r == '\n' {
				widest, word = max(widest, word), 0
				continue
			}
			word += Advance(r, s.Bold)
		}
	}
	return emTwips(max(widest, word), size)
}

// words returns the widths in thousandths of an em of the words of spans
// (as widestWord reads them), with true after the last word of a line
// ended by a line break.
func words(spans []Span) (ws []int, breaks []bool) {
	word, in := 0, false
	end := func(brk bool) {
		if in {
			ws, breaks = append(ws, word), append(breaks, brk)
		} else if brk && len(breaks) > 0 {
			breaks[len(breaks)-1] = true
		}
		word, in = 0, false
	}
	for _, s := range spans {
		if s.Note > 0 {
			word, in = word+ems(strconv.Itoa(s.Note), false)*2/3, true
			continue
		}
		for _, r := range s.Text {
			switch r {
			case ' ':
				end(false)
			case '\n':
				end(true)
			default:
				word, in = word+Advance(r, s.Bold), true
			}
		}
	}
	end(false)
	return ws, breaks
}

// linesWidth returns the narrowest width at size at which the text of
// spans, broken at its spaces line by line as word processors break it,
// takes at most n lines (or as few as its line breaks allow). It searches
// the widths between the widest word and the whole text, in about 20
// breakings of the text.
func linesWidth(spans []Span, size Points, n int) Twips {
	ws, breaks := words(spans)
	if len(ws) == 0 {
		return 0
	}
	space := Advance(' ', false)
	lo, hi := widthRange(ws, space)
	if lineCount(ws, breaks, space, lo) <= n {
		return emTwips(lo, size)
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		if lineCount(ws, breaks, space, mid) <= n {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return emTwips(lo, size)
}

// widthRange returns the narrowest width the words ws may be set in, that
// of the widest, and the widest any needs, all of them on one line.
func widthRange(ws []int, space int) (lo, hi int) {
	for _, w := range ws {
		lo = max(lo, w)
		hi += w + space
	}
	return lo, hi
}

// lineCount returns the number of lines the words ws take, broken at
// width, a line ending after each word marked in breaks.
func lineCount(ws []int, breaks []bool, space, width int) int {
	lines, line := 1, -1
	for i, w := range ws {
		switch {
		case line < 0:
			line = w
		case line+space+w <= width:
			line += space + w
		default:
			lines, line = lines+1, w
		}
		if breaks[i] && i < len(ws)-1 {
			lines, line = lines+1, -1
		}
	}
	return lines
}

// fitColumns returns the widths in twips of columns of relative widths rel
// that share width, each at least its need, and true; or false when their
// needs add up to more than width. A column that its proportional share
// leaves short gets what it needs; the others share the rest in proportion
// to their widths, the last of them taking what rounding leaves. The
// columns are fixed in order of need per unit of relative width, largest
// first, so the time grows as n log n with the number of columns.
func fitColumns(widths []int, need []Twips, width Twips) ([]int, bool) {
	var sumNeed uint64
	for _, w := range need {
		sumNeed += uint64(w)
	}
	if width <= 0 || sumNeed > uint64(width) {
		return nil, false
	}
	rel := relWidths(widths)
	fixed, rest, relSum := shortColumns(rel, need, uint64(width))
	out := make([]int, len(widths))
	last, used := -1, uint64(0)
	for i := range out {
		if fixed[i] {
			out[i] = int(need[i])
		} else {
			out[i] = int(mulDiv(rest, rel[i], relSum))
			last = i
		}
		used += uint64(out[i])
	}
	if last < 0 {
		last = len(out) - 1
	}
	out[last] += int(uint64(width) - used)
	return out, true
}

// shortColumns returns the columns that their proportional share of width
// leaves short of their need, fixed at it, in order of need per unit of
// relative width, largest first; and the width and the relative width the
// other columns share.
func shortColumns(rel []uint64, need []Twips, width uint64) (fixed []bool, rest, relSum uint64) {
	order := make([]int, len(rel))
	for i := range order {
		order[i] = i
	}
	// need[i]/rel[i] descending: need[i]*rel[j] > need[j]*rel[i].
	slices.SortStableFunc(order, func(i, j int) int {
		return -cmp128(uint64(need[i]), rel[j], uint64(need[j]), rel[i])
	})
	fixed = make([]bool, len(rel))
	rest, relSum = width, total(rel)
	for _, i := range order {
		// Column i is short when rest*rel[i]/relSum < need[i].
		if cmp128(rest, rel[i], uint64(need[i]), relSum) >= 0 {
			break
		}
		fixed[i] = true
		rest -= uint64(need[i])
		relSum -= rel[i]
	}
	return fixed, rest, relSum
}

// relWidths returns relative widths as unsigned numbers small enough to
// multiply by a length in 128 bits and add up in 64: at least 1 each, and
// all scaled down together when one is past 2^30.
func relWidths(widths []int) []uint64 {
	top := 1
	for _, w := range widths {
		top = max(top, w)
	}
	shift := max(bits.Len64(uint64(top))-30, 0)
	out := make([]uint64, len(widths))
	for i, w := range widths {
		out[i] = max(uint64(max(w, 1))>>shift, 1)
	}
	return out
}

// total returns the sum of rel (each at most 2^30, so the sum does not
// overflow for fewer than 2^33 columns).
func total(rel []uint64) uint64 {
	var s uint64
	for _, w := range rel {
		s += w
	}
	return max(s, 1)
}

// mulDiv returns a*b/c rounded down, for b ≤ c: the quotient is then at
// most a and fits in 64 bits.
func mulDiv(a, b, c uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	q, _ := bits.Div64(hi, lo, c)
	return q
}

// cmp128 compares a*b with c*d without overflow.
func cmp128(a, b, c, d uint64) int {
	h1, l1 := bits.Mul64(a, b)
	h2, l2 := bits.Mul64(c, d)
	switch {
	case h1 != h2:
		if h1 < h2 {
			return -1
		}
		return 1
	case l1 < l2:
		return -1
	case l1 > l2:
		return 1
	}
	return 0
}

// checkTableSize checks the size of a table's text: 0 (the body size) or
// between WideTableMinSize and the body size.
func (c *checker) checkTableSize(t *TableLayout, path string) {
	if t.Size == 0 {
		return
	}
	if t.Size < WideTableMinSize || t.Size > max(c.l.Style.Sizes.Body, WideTableMinSize) {
		c.ps.addf(ProblemTableSize, path+".size", "%d pt; the text of a table is %d pt up to the body size (%d pt), or 0 for the body size",
			t.Size, WideTableMinSize, c.l.Style.Sizes.Body)
	}
}

// dumpPage writes the page of an appendix for Dump: nothing for a portrait
// appendix, so dumps of other appendices are as before.
func dumpPage(w func(int, string, ...any), a AppendixLayout) {
	if a.Landscape {
		w(1, "page: landscape")
	}
}

// tableSize returns " size=N" for a table with a size of its own, for Dump.
func tableSize(t *TableLayout) string {
	if t.Size == 0 {
		return ""
	}
	return fmt.Sprintf(" size=%d", t.Size)
}
