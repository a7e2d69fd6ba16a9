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
	var refs []int
	// The heads are bold by definition and set off by the rule under them:
	// they carry no emphasis marks.
	row := func(cells []doc.CellLayout, marks bool) []cell {
		var out []cell
		col := 0
		for _, c := range cells {
			span := max(c.Span, 1)
			lines, r := inline(c.Spans, marks)
			refs = append(refs, r...)
			out = append(out, cell{lines: lines, col: col, span: span, align: c.Align})
			col += span
		}
		for ; col < ncol; col++ {
			out = append(out, cell{col: col, span: 1, align: doc.AlignLeft})
		}
		return out
	}
	head := row(t.Head, false)
	rows := make([][]cell, 0, len(t.Rows))
	for _, r := range t.Rows {
		rows = append(rows, row(r, !w.o.Plain))
	}
	all := append([][]cell{head}, rows...)

	// Column widths: the widest line of the cells of one column, then
	// widened where a spanning cell needs more than the columns it covers.
	widths := make([]int, ncol)
	for i := range widths {
		widths[i] = 1
	}
	for _, r := range all {
		for _, c := range r {
			if c.span == 1 {
				widths[c.col] = max(widths[c.col], c.width())
			}
		}
	}
	for _, r := range all {
		for _, c := range r {
			if c.span > 1 {
				if need, have := c.width(), spanWidth(widths, c); need > have {
					widths[c.col+c.span-1] += need - have
				}
			}
		}
	}

	var lines []string
	emit := func(r []cell) {
		height := 0
		for _, c := range r {
			height = max(height, len(c.lines))
		}
		for k := range height {
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
			if line := strings.TrimRight(b.String(), " "); line != "" {
				lines = append(lines, line)
			}
		}
	}
	emit(head)
	rule := make([]string, ncol)
	for i, n := range widths {
		rule[i] = strings.Repeat("-", n)
	}
	lines = append(lines, strings.Join(rule, gap))
	for _, r := range rows {
		emit(r)
	}
	return lines, refs
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
