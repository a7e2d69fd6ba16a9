package doc

import (
	"fmt"
	"strconv"
	"strings"
)

// This file holds what tables of statistical annexes need beyond a head of
// one row: head rows with cells spanning rows and columns (Table.Head), and
// the marks of total rows (Table.Totals). Lay lays them out here and
// Layout.Check checks them with the same rules.

// Total marks a row of a table as the total of other rows (dòng tổng cộng,
// dòng cộng nhóm). A roll-up by unit grouped by level has a subtotal row per
// level that adds up the level's units, and a total row that adds up the
// subtotals.
type Total struct {
	// Row is the index of the total row in Table.Rows.
	Row int
	// Of are the indices in Table.Rows of the rows it adds up, in the
	// order they are added. They may be other total rows, but no total
	// adds itself up, directly or through another total.
	Of []int
}

// cover is what covers a column of head rows from a row above: how many
// rows further down, and the first column and span of the covering cell.
type cover struct{ left, start, span int }

// coverage is what covers each column of head rows from the rows above.
type coverage []cover

// pass counts one more row the cells above cover over columns col to
// col+span.
func (cv coverage) pass(col, span int) {
	for k := col; k < col+span; k++ {
		cv[k].left--
	}
}

// spanDown records a cell over columns col to col+span that spans rowSpan
// rows.
func (cv coverage) spanDown(col, span, rowSpan int) {
	if rowSpan <= 1 {
		return
	}
	for k := col; k < col+span; k++ {
		cv[k] = cover{left: rowSpan - 1, start: col, span: span}
	}
}

// headRows lays out the head rows of t: the rows as the form prints them,
// every column covered in every row, and the one-row head of the texts of
// each column.
func (l *layer) headRows(t *Table, path string) ([][]CellLayout, []CellLayout) {
	n := len(t.Columns)
	rows := make([][]CellLayout, len(t.Head))
	above := make(coverage, n)
	for r, row := range t.Head {
		rows[r] = l.headRow(row, r, len(t.Head), above, path+".head["+strconv.Itoa(r)+"]")
	}
	return rows, flatHead(rows, n)
}

// headRow lays out head row r of nrows: a continued cell where a cell
// above spans into the row, the row's cells in the other places, empty
// cells after a short row.
func (l *layer) headRow(row []Cell, r, nrows int, above coverage, rp string) []CellLayout {
	n := len(above)
	var out []CellLayout
	col, i := 0, 0
	for col < n {
		if cv := above[col]; cv.left > 0 {
			out = append(out, CellLayout{Span: cv.span, Align: AlignCenter, Continued: true})
			above.pass(col, cv.span)
			col += cv.span
			continue
		}
		if i == len(row) {
			// A short row is filled with empty cells, as data rows are.
			out = append(out, CellLayout{Span: 1, RowSpan: 1, Align: AlignCenter})
			col++
			continue
		}
		cell, ok := l.headCell(row[i], indexPath(rp, i), col, r, nrows, above)
		i++
		if ok {
			out = append(out, cell)
			above.spanDown(col, cell.Span, cell.RowSpan)
			col += cell.Span
		}
	}
	if i < len(row) {
		l.problemf("%s: the row has %d cells past the %d columns of the table", rp, len(row)-i, n)
	}
	return out
}

// headCell lays out the cell c of head row r of nrows at column col, cut
// to the columns and rows it may cover; false when it covers no column.
func (l *layer) headCell(c Cell, cp string, col, r, nrows int, above coverage) (CellLayout, bool) {
	span := l.clipSpan(cp, col, max(c.Span, 1), above)
	rowSpan := max(c.RowSpan, 1)
	if r+rowSpan > nrows {
		l.problemf("%s: the cell spans %d rows but the head has %d rows from it", cp, rowSpan, nrows-r)
		rowSpan = nrows - r
	}
	if span == 0 {
		return CellLayout{}, false
	}
	for j, run := range c.Runs {
		if run.Note != nil {
			l.problemf("%s.runs[%d].note: a head cell cannot hold a footnote", cp, j)
		}
	}
	align := c.Align
	if align == AlignDefault {
		align = AlignCenter
	}
	return CellLayout{Spans: l.spans(noNotes(c.Runs), cp, -1, false), Span: span, RowSpan: rowSpan, Align: align}, true
}

// clipSpan cuts the span of a head cell at column col to the columns of
// the table and to those before the first a cell above spans into.
func (l *layer) clipSpan(cp string, col, span int, above coverage) int {
	n := len(above)
	if col+span > n {
		l.problemf("%s: the cell reaches column %d but the table has %d", cp, col+span, n)
		span = n - col
	}
	for k := col; k < col+span; k++ {
		if above[k].left > 0 {
			l.problemf("%s: the cell covers column %d, which a cell of a row above spans into", cp, k+1)
			return k - col
		}
	}
	return span
}

// noNotes returns runs without their footnotes, which a head cell cannot
// hold (Lay reports them).
func noNotes(runs []Run) []Run {
	out := make([]Run, len(runs))
	for i, r := range runs {
		r.Note = nil
		out[i] = r
	}
	return out
}

// flatHead returns the one-row head of head rows of n columns: for each
// column, the texts of the cells over it, top to bottom, one per line.
func flatHead(rows [][]CellLayout, n int) []CellLayout {
	texts := make([][]string, n)
	for _, row := range rows {
		col := 0
		for _, c := range row {
			span := max(c.Span, 1)
			if text := strings.TrimSpace(PlainText(c.Spans)); !c.Continued && text != "" {
				for k := col; k < col+span && k < n; k++ {
					texts[k] = append(texts[k], text)
				}
			}
			col += span
		}
	}
	out := make([]CellLayout, n)
	for k, t := range texts {
		out[k] = CellLayout{Spans: []Span{{Text: strings.Join(t, "\n"), Bold: true}}, Span: 1, Align: AlignCenter}
	}
	return out
}

// tableProblem is a problem of head rows or total marks: its place under
// the table's field ("[2].of[1]") and what is wrong.
type tableProblem struct{ at, msg string }

// totals checks the total marks of a table of n rows and returns them
// copied, or nil when there are none.
func (l *layer) totals(ts []Total, n int, path string) []Total {
	for _, p := range totalProblems(ts, n) {
		l.problemf("%s.totals%s: %s", path, p.at, p.msg)
	}
	if len(ts) == 0 {
		return nil
	}
	out := make([]Total, len(ts))
	for i, t := range ts {
		out[i] = Total{Row: t.Row, Of: append([]int(nil), t.Of...)}
	}
	return out
}

// totalProblems returns the problems of the total marks of a table of n
// rows, each at the mark's place ("[2]", "[2].of[1]"): rows out of range, a
// row marked twice, a total of nothing, a row added twice or adding itself
// up, directly or through other totals.
func totalProblems(ts []Total, n int) []tableProblem {
	var out tableProblems
	byRow := make(map[int]int, len(ts))
	for i, t := range ts {
		if t.Row < 0 || t.Row >= n {
			out.add(fmt.Sprintf("[%d].row", i), "row %d; the table has %d rows", t.Row, n)
		} else if j, dup := byRow[t.Row]; dup {
			out.add(fmt.Sprintf("[%d].row", i), "row %d is also marked by totals[%d]", t.Row, j)
		} else {
			byRow[t.Row] = i
		}
		out.addedRows(i, t, n)
	}
	if i, ok := totalCycle(ts, byRow); ok {
		out.add(fmt.Sprintf("[%d].of", i), "row %d adds itself up through other totals", ts[i].Row)
	}
	return out
}

// tableProblems gathers problems of head rows or total marks.
type tableProblems []tableProblem

// add records a problem at a place.
func (ps *tableProblems) add(at, format string, args ...any) {
	*ps = append(*ps, tableProblem{at, fmt.Sprintf(format, args...)})
}

// addedRows records the problems of the rows total mark i adds up, in a
// table of n rows: none, one out of range, the total's own, one twice.
func (ps *tableProblems) addedRows(i int, t Total, n int) {
	if len(t.Of) == 0 {
		ps.add(fmt.Sprintf("[%d].of", i), "a total adds up at least one row")
	}
	seen := make(map[int]bool, len(t.Of))
	for j, r := range t.Of {
		switch {
		case r < 0 || r >= n:
			ps.add(fmt.Sprintf("[%d].of[%d]", i, j), "row %d; the table has %d rows", r, n)
		case r == t.Row:
			ps.add(fmt.Sprintf("[%d].of[%d]", i, j), "row %d adds itself up", r)
		case seen[r]:
			ps.add(fmt.Sprintf("[%d].of[%d]", i, j), "row %d is added twice", r)
		}
		seen[r] = true
	}
}

// The states of a total mark in totalCycle's walk.
const (
	totalUnseen = iota
	totalOpen
	totalDone
)

// totalCycle returns a total that adds itself up through other totals, if
// there is one; byRow maps a total row to its mark. Each mark is visited
// once, so the time is that of reading the marks.
func totalCycle(ts []Total, byRow map[int]int) (int, bool) {
	state := make([]int, len(ts))
	for start := range ts {
		if state[start] != totalUnseen {
			continue
		}
		if j, ok := cycleFrom(ts, byRow, state, start); ok {
			return j, true
		}
	}
	return 0, false
}

// cycleFrom walks the totals that total mark start adds up, depth first,
// and returns a mark met again while still open. The walk keeps its own
// stack: a chain of totals as long as the table must not exhaust the
// goroutine's stack.
func cycleFrom(ts []Total, byRow map[int]int, state []int, start int) (int, bool) {
	type frame struct{ mark, next int }
	stack := []frame{{start, 0}}
	state[start] = totalOpen
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		of := ts[top.mark].Of
		if top.next == len(of) {
			state[top.mark] = totalDone
			stack = stack[:len(stack)-1]
			continue
		}
		r := of[top.next]
		top.next++
		j, isTotal := byRow[r]
		if !isTotal || r == ts[top.mark].Row {
			continue // a data row, or the self-reference totalProblems names
		}
		switch state[j] {
		case totalOpen:
			return j, true
		case totalUnseen:
			state[j] = totalOpen
			stack = append(stack, frame{j, 0})
		}
	}
	return 0, false
}

// headRowProblems returns the problems of head rows of n columns, each at
// the row's or the cell's place ("[1]", "[1][2]"): a continued cell with no cell
// above spanning into it, a cell overlapping one that does, a span past the
// last row, a row that leaves a place covered from above without its
// continued cell.
func headRowProblems(rows [][]CellLayout, n int) []tableProblem {
	hc := &headChecker{above: make(coverage, n), rows: len(rows)}
	for r, row := range rows {
		hc.uncovered(r, hc.row(r, row))
	}
	return hc.out
}

// headChecker checks head rows, keeping what covers each column from the
// rows above.
type headChecker struct {
	out   tableProblems
	above coverage
	rows  int
}

// row checks the cells of row r up to the last that fits the columns (the
// row check reports a row wider than the table), and returns the column
// after them.
func (hc *headChecker) row(r int, row []CellLayout) int {
	col := 0
	for i, c := range row {
		span := max(c.Span, 1)
		if col+span > len(hc.above) {
			break
		}
		at := fmt.Sprintf("[%d][%d]", r, i)
		if c.Continued {
			hc.continued(at, col, span)
		} else {
			hc.cell(at, r, col, span, max(c.RowSpan, 1))
		}
		col += span
	}
	return col
}

// continued checks a continued cell: a cell above spans into it over the
// same columns.
func (hc *headChecker) continued(at string, col, span int) {
	if cv := hc.above[col]; cv.left == 0 || cv.start != col || cv.span != span {
		hc.out.add(at, "a continued cell with no cell above spanning into it over the same columns")
		return
	}
	hc.above.pass(col, span)
}

// cell checks a cell of row r: it covers no column a cell above spans
// into, and spans no row past the last.
func (hc *headChecker) cell(at string, r, col, span, rowSpan int) {
	for k := col; k < col+span; k++ {
		if hc.above[k].left > 0 {
			hc.out.add(at, "the cell covers column %d, which a cell of a row above spans into", k+1)
			hc.above[k].left = 0
		}
	}
	if r+rowSpan > hc.rows {
		hc.out.add(at, "the cell spans %d rows but the head has %d rows from it", rowSpan, hc.rows-r)
		rowSpan = hc.rows - r
	}
	hc.above.spanDown(col, span, rowSpan)
}

// uncovered reports the places from column col on that a cell above still
// covers but row r did not continue.
func (hc *headChecker) uncovered(r, col int) {
	n := len(hc.above)
	for k := col; k < n; k++ {
		if hc.above[k].left > 0 && hc.above[k].start == k {
			hc.out.add(fmt.Sprintf("[%d]", r), "column %d is covered by a cell above but the row has no continued cell there", k+1)
			for j := k; j < k+hc.above[k].span && j < n; j++ {
				hc.above[j].left = 0
			}
		}
	}
}

// dumpTable writes the head rows and the total marks of a table for Dump:
// nothing for a table that has neither, so dumps of other tables are as
// before. A continued cell is "^", a cell spanning rows says so.
func dumpTable(w func(int, string, ...any), indent int, t *TableLayout) {
	for _, r := range t.HeadRows {
		w(indent, "head row: %s", dumpHeadRow(r))
	}
	for _, tt := range t.Totals {
		of := make([]string, len(tt.Of))
		for i, r := range tt.Of {
			of[i] = fmt.Sprint(r)
		}
		w(indent, "total: row %d = %s", tt.Row, strings.Join(of, " + "))
	}
}

// dumpHeadRow writes a head row for Dump.
func dumpHeadRow(r []CellLayout) string {
	parts := make([]string, len(r))
	for i, c := range r {
		if c.Continued {
			parts[i] = "^"
		} else {
			parts[i] = marked(c.Spans)
		}
		if c.Span > 1 {
			parts[i] += fmt.Sprintf(" (span %d)", c.Span)
		}
		if c.RowSpan > 1 {
			parts[i] += fmt.Sprintf(" (rows %d)", c.RowSpan)
		}
	}
	return strings.Join(parts, " | ")
}
