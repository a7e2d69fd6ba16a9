package text

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"github.com/cchc-go/cchc/reform/doc"
)

// gap is the space between two table columns.
const gap = "  "

// cell is a table cell ready to print: its lines, the columns it covers and
// its alignment.
type cell struct {
	lines []string
	col   int // first column
	span  int
	align doc.Align
}

// table returns the lines of a table — the heads, a rule of "-" under each
// column and the rows, in columns aligned by display width — and the
// footnotes its cells cite. Lines with no text at all are left out: a blank
// line would end the block.
func (w *writer) table(t *doc.TableLayout) ([]string, []int) {
	// Layout.Check has made sure no row covers more than the columns.
	ncol := len(t.Widths)
	// The heads are bold by definition and set off by the rule under them:
	// they carry no emphasis marks.
	head, refs := tableRow(t.Head, ncol, false)
	rows := make([][]cell, 0, len(t.Rows))
	for _, r := range t.Rows {
		row, more := tableRow(r, ncol, !w.o.Plain)
		rows, refs = append(rows, row), append(refs, more...)
	}
	widths := columnWidths(ncol, append([][]cell{head}, rows...))
	lines := append(rowLines(head, widths), rule(widths))
	for _, r := range rows {
		lines = append(lines, rowLines(r, widths)...)
	}
	return lines, refs
}

// tableRow returns the cells of a row of a table of ncol columns, empty
// cells added where the row covers fewer columns, and the footnotes they
// cite; marks says whether emphasis is marked.
func tableRow(cells []doc.CellLayout, ncol int, marks bool) (row []cell, refs []int) {
	col := 0
	for _, c := range cells {
		span := max(c.Span, 1)
		lines, r := inline(c.Spans, marks)
		refs = append(refs, r...)
		row = append(row, cell{lines: lines, col: col, span: span, align: c.Align})
		col += span
	}
	for ; col < ncol; col++ {
		row = append(row, cell{col: col, span: 1, align: doc.AlignLeft})
	}
	return row, refs
}

// columnWidths returns the width of each column: the widest line of the
// cells of one column, then widened where a spanning cell needs more than
// the columns it covers.
func columnWidths(ncol int, rows [][]cell) []int {
	widths := make([]int, ncol)
	for i := range widths {
		widths[i] = 1
	}
	for _, r := range rows {
		for _, c := range r {
			if c.span == 1 {
				widths[c.col] = max(widths[c.col], c.width())
			}
		}
	}
	for _, r := range rows {
		for _, c := range r {
			widenForSpan(widths, c)
		}
	}
	return widths
}

// widenForSpan widens the last column a spanning cell covers when the
// cell needs more than the columns give it.
func widenForSpan(widths []int, c cell) {
	if c.span <= 1 {
		return
	}
	if need, have := c.width(), spanWidth(widths, c); need > have {
		widths[c.col+c.span-1] += need - have
	}
}

// rowLines returns the lines of a row, as many as its tallest cell has,
// leaving out those with no text.
func rowLines(r []cell, widths []int) []string {
	height := 0
	for _, c := range r {
		height = max(height, len(c.lines))
	}
	var lines []string
	for k := range height {
		if line := rowLine(r, widths, k); line != "" {
			lines = append(lines, line)
		}
	}
	return lines
}

// rowLine returns line k of a row: each cell's line k aligned in its
// columns, without the spaces at the end.
func rowLine(r []cell, widths []int, k int) string {
	var b strings.Builder
	for i, c := range r {
		if i > 0 {
			b.WriteString(gap)
		}
		s := ""
		if k < len(c.lines) {
			s = c.lines[k]
		}
		b.WriteString(align(s, spanWidth(widths, c), c.align))
	}
	return strings.TrimRight(b.String(), " ")
}

// rule returns the rule under the heads: a run of "-" as wide as each
// column.
func rule(widths []int) string {
	parts := make([]string, len(widths))
	for i, n := range widths {
		parts[i] = strings.Repeat("-", n)
	}
	return strings.Join(parts, gap)
}

// width is the display width of the widest line of the cell.
func (c cell) width() int {
	n := 0
	for _, l := range c.lines {
		n = max(n, displayWidth(l))
	}
	return n
}

// spanWidth is the width of the columns c covers with the gaps between them.
func spanWidth(widths []int, c cell) int {
	n := len(gap) * (c.span - 1)
	for _, x := range widths[c.col : c.col+c.span] {
		n += x
	}
	return n
}

// align pads s to n display columns.
func align(s string, n int, a doc.Align) string {
	pad := n - displayWidth(s)
	if pad <= 0 {
		return s
	}
	switch a {
	case doc.AlignRight:
		return strings.Repeat(" ", pad) + s
	case doc.AlignCenter:
		left := pad / 2
		return strings.Repeat(" ", left) + s + strings.Repeat(" ", pad-left)
	}
	return s + strings.Repeat(" ", pad)
}

// displayWidth is the number of terminal columns s takes: East Asian wide
// and fullwidth characters take two, combining marks and format characters
// none, every other character one.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// runeWidth is the number of terminal columns r takes.
func runeWidth(r rune) int {
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}
