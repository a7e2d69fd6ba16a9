package doc

import (
	"fmt"
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

// headRows lays out the head rows of t: the rows as the form prints them,
// every column covered in every row, and the one-row head of the texts of
// each column.
func (l *layer) headRows(t *Table, path string) ([][]CellLayout, []CellLayout) {
	n := len(t.Columns)
	rows := make([][]CellLayout, len(t.Head))
	// above[c] is what covers column c from a row above: how many rows
	// further down, and the first column and span of the covering cell.
	type cover struct{ left, start, span int }
	above := make([]cover, n)
	for r, row := range t.Head {
		rp := fmt.Sprintf("%s.head[%d]", path, r)
		var out []CellLayout
		col, i := 0, 0
		for col < n {
			if cv := above[col]; cv.left > 0 {
				out = append(out, CellLayout{Span: cv.span, Align: AlignCenter, Continued: true})
				for k := col; k < col+cv.span; k++ {
					above[k].left--
				}
				col += cv.span
				continue
			}
			if i == len(row) {
				// A short row is filled with empty cells, as data rows are.
				out = append(out, CellLayout{Span: 1, RowSpan: 1, Align: AlignCenter})
				col++
				continue
			}
			c, cp := row[i], fmt.Sprintf("%s[%d]", rp, i)
			i++
			span, rowSpan := max(c.Span, 1), max(c.RowSpan, 1)
			if col+span > n {
				l.problemf("%s: the cell reaches column %d but the table has %d", cp, col+span, n)
				span = n - col
			}
			for k := col; k < col+span; k++ {
				if above[k].left > 0 {
					l.problemf("%s: the cell covers column %d, which a cell of a row above spans into", cp, k+1)
					span = k - col
					break
				}
			}
			if r+rowSpan > len(t.Head) {
				l.problemf("%s: the cell spans %d rows but the head has %d rows from it", cp, rowSpan, len(t.Head)-r)
				rowSpan = len(t.Head) - r
			}
			if span == 0 {
				continue
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
			out = append(out, CellLayout{Spans: l.spans(noNotes(c.Runs), cp+".runs", false), Span: span, RowSpan: rowSpan, Align: align})
			if rowSpan > 1 {
				for k := col; k < col+span; k++ {
					above[k] = cover{left: rowSpan - 1, start: col, span: span}
				}
			}
			col += span
		}
		if i < len(row) {
			l.problemf("%s: the row has %d cells past the %d columns of the table", rp, len(row)-i, n)
		}
		rows[r] = out
	}
	return rows, flatHead(rows, n)
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
	var out []tableProblem
	add := func(at, format string, args ...any) {
		out = append(out, tableProblem{at, fmt.Sprintf(format, args...)})
	}
	byRow := make(map[int]int, len(ts))
	for i, t := range ts {
		if t.Row < 0 || t.Row >= n {
			add(fmt.Sprintf("[%d].row", i), "row %d; the table has %d rows", t.Row, n)
		} else if j, dup := byRow[t.Row]; dup {
			add(fmt.Sprintf("[%d].row", i), "row %d is also marked by totals[%d]", t.Row, j)
		} else {
			byRow[t.Row] = i
		}
		if len(t.Of) == 0 {
			add(fmt.Sprintf("[%d].of", i), "a total adds up at least one row")
		}
		seen := make(map[int]bool, len(t.Of))
		for j, r := range t.Of {
			switch {
			case r < 0 || r >= n:
				add(fmt.Sprintf("[%d].of[%d]", i, j), "row %d; the table has %d rows", r, n)
			case r == t.Row:
				add(fmt.Sprintf("[%d].of[%d]", i, j), "row %d adds itself up", r)
			case seen[r]:
				add(fmt.Sprintf("[%d].of[%d]", i, j), "row %d is added twice", r)
			}
			seen[r] = true
		}
	}
	if i, ok := totalCycle(ts, byRow); ok {
		add(fmt.Sprintf("[%d].of", i), "row %d adds itself up through other totals", ts[i].Row)
	}
	return out
}

// totalCycle returns a total that adds itself up through other totals, if
// there is one; byRow maps a total row to its mark. Each mark is visited
// once, so the time is that of reading the marks.
func totalCycle(ts []Total, byRow map[int]int) (int, bool) {
	const (
		unseen = iota
		open
		done
	)
	state := make([]int, len(ts))
	// The walk keeps its own stack: a chain of totals as long as the
	// table must not exhaust the goroutine's stack.
	type frame struct{ mark, next int }
	for start := range ts {
		if state[start] != unseen {
			continue
		}
		stack := []frame{{start, 0}}
		state[start] = open
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			of := ts[top.mark].Of
			if top.next == len(of) {
				state[top.mark] = done
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
			case open:
				return j, true
			case unseen:
				state[j] = open
				stack = append(stack, frame{j, 0})
			}
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
	var out []tableProblem
	add := func(at, format string, args ...any) {
		out = append(out, tableProblem{at, fmt.Sprintf(format, args...)})
	}
	type cover struct{ left, start, span int }
	above := make([]cover, n)
	for r, row := range rows {
		col := 0
		for i, c := range row {
			span := max(c.Span, 1)
			if col+span > n {
				break // the row check reports a row wider than the table
			}
			if c.Continued {
				cv := above[col]
				if cv.left == 0 || cv.start != col || cv.span != span {
					add(fmt.Sprintf("[%d][%d]", r, i), "a continued cell with no cell above spanning into it over the same columns")
				} else {
					for k := col; k < col+span; k++ {
						above[k].left--
					}
				}
				col += span
				continue
			}
			for k := col; k < col+span; k++ {
				if above[k].left > 0 {
					add(fmt.Sprintf("[%d][%d]", r, i), "the cell covers column %d, which a cell of a row above spans into", k+1)
					above[k].left = 0
				}
			}
			rowSpan := max(c.RowSpan, 1)
			if r+rowSpan > len(rows) {
				add(fmt.Sprintf("[%d][%d]", r, i), "the cell spans %d rows but the head has %d rows from it", rowSpan, len(rows)-r)
				rowSpan = len(rows) - r
			}
			if rowSpan > 1 {
				for k := col; k < col+span; k++ {
					above[k] = cover{left: rowSpan - 1, start: col, span: span}
				}
			}
			col += span
		}
		// A place still covered from above that this row did not continue.
		for k := col; k < n; k++ {
			if above[k].left > 0 && above[k].start == k {
				add(fmt.Sprintf("[%d]", r), "column %d is covered by a cell above but the row has no continued cell there", k+1)
				for j := k; j < k+above[k].span && j < n; j++ {
					above[j].left = 0
				}
			}
		}
	}
	return out
}

// dumpTable writes the head rows and the total marks of a table for Dump:
// nothing for a table that has neither, so dumps of other tables are as
// before. A continued cell is "^", a cell spanning rows says so.
func dumpTable(w func(int, string, ...any), indent int, t *TableLayout) {
	for _, r := range t.HeadRows {
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
		w(indent, "head row: %s", strings.Join(parts, " | "))
	}
	for _, tt := range t.Totals {
		of := make([]string, len(tt.Of))
		for i, r := range tt.Of {
			of[i] = fmt.Sprint(r)
		}
		w(indent, "total: row %d = %s", tt.Row, strings.Join(of, " + "))
	}
}
