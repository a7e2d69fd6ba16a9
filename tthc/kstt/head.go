// Finding the head of the table under its title lines, reading each
// column's heads through merged cells (or, in a CSV file, the blanks that
// merged cells leave), and telling what each column holds.

package kstt

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
	"github.com/cchc-go/cchc/tthc"
)

// The bounds of the head.
const (
	// headSearch is the number of rows with values searched for the head.
	headSearch = 50
	// maxHeadRows is the number of rows a head may take, its row of
	// column numbers apart.
	maxHeadRows = 6
)

// head is where the head of the table is: the rows of the grid (indices
// into grid.rows) and the sheet rows it takes.
type head struct {
	first, last int // indices of its first and last row in grid.rows
	top, bottom int // sheet rows
	body        int // index of the first row under it (and its row of column numbers)
}

// findHead returns the head of g: the first row among the first
// headSearch with two cells naming columns of the form, the rows under it
// that are head rows too, and the row of column numbers under them when
// there is one. It reports false when g has no such row.
func findHead(g *grid, mt *matcher) (head, bool) {
	for i := 0; i < len(g.rows) && i < headSearch; i++ {
		if knownCells(g.rows[i], mt) < 2 {
			continue
		}
		h := head{first: i, last: i}
		for j := i + 1; j < len(g.rows) && j-i < maxHeadRows; j++ {
			r := g.rows[j]
			if r.n != g.rows[j-1].n+1 || !headLike(r) {
				break
			}
			h.last = j
		}
		h.top, h.bottom, h.body = g.rows[h.first].n, g.rows[h.last].n, h.last+1
		if h.body < len(g.rows) && columnNumbers(g.rows[h.body]) {
			h.body++
		}
		return h, true
	}
	return head{}, false
}

// knownCells counts the text cells of r that name a column of the form.
func knownCells(r gridRow, mt *matcher) int {
	n := 0
	for _, c := range r.cells {
		if (c.kind == kindText || c.kind == kindCSV) && mt.knownHead(c.text) {
			n++
		}
	}
	return n
}

// headLike reports whether r may be a row of the head under its first: two
// cells or more, none a number, a row number (I, 1, a), the name of a
// total, a footer or a level ("Cấp tỉnh"), and not the row of column
// numbers.
func headLike(r gridRow) bool {
	if len(r.cells) < 2 || columnNumbers(r) {
		return false
	}
	for _, c := range r.cells {
		t := strings.TrimSpace(c.text)
		if c.kind == kindNumber || isCount(t) || rowLevel(t) > 0 || isGrandTotal(t) || isFooter(t) || isGroupName(t) {
			return false
		}
	}
	return true
}

// isGrandTotal reports whether t names a total row and not a head ("Tổng
// số" is both, and is taken as a head).
func isGrandTotal(t string) bool {
	n := normal(t)
	return n == "tổng cộng" || strings.HasPrefix(n, "tổng cộng ") || n == "toàn tỉnh" || n == "toàn thành phố"
}

// isCount reports whether t is written as a count: digits, grouped by "."
// or not.
func isCount(t string) bool {
	_, err := vn.ParseCount(t)
	return err == nil
}

// columnNumbers reports whether r is the row of column numbers under a
// head: "(1)", "(2)" … or 1, 2 …, consecutive, three at least, with
// perhaps letters "A", "B" for the first columns.
func columnNumbers(r gridRow) bool {
	next, numbers := 0, 0
	for _, c := range r.cells {
		t := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(c.text), "("), ")")
		if len(t) == 1 && t[0] >= 'A' && t[0] <= 'Z' && numbers == 0 {
			continue
		}
		n, err := vn.ParseCount(t)
		if err != nil || (numbers > 0 && n != int64(next)) {
			return false
		}
		next, numbers = int(n)+1, numbers+1
	}
	return numbers >= 3
}

// headCell is one cell of the head as read: its text and the cell the text
// is written in (the first cell of a merged range; the cell a blank was
// filled from).
type headCell struct {
	text     string
	row, col int
}

// headGrid is the head's cells, row by row from its top, column by column
// from its first.
type headGrid struct {
	h          head
	left       int
	cells      [][]headCell
	rows, cols int
}

// readHead reads the head of g between columns left and right: its texts,
// merged ranges spread over their cells, and the blanks a merged cell
// leaves in a row above the last filled from the left within the cell
// above (so that a CSV file's heads read as the workbook's).
func readHead(g *grid, h head, left, right int) *headGrid {
	hg := &headGrid{h: h, left: left, rows: h.bottom - h.top + 1, cols: right - left + 1}
	hg.cells = make([][]headCell, hg.rows)
	for k := range hg.cells {
		hg.cells[k] = make([]headCell, hg.cols)
	}
	for _, r := range g.rows[h.first : h.last+1] {
		for _, c := range r.cells {
			if c.col >= left && c.col <= right {
				hg.cells[r.n-h.top][c.col-left] = headCell{text: cleanText(c.text), row: r.n, col: c.col}
			}
		}
	}
	hg.spreadMerges(g.merges)
	hg.fillBlanks()
	return hg
}

// cleanText is a cell's text in NFC with its spaces and line breaks as
// single spaces.
func cleanText(s string) string { return strings.Join(strings.Fields(vn.NFC(s)), " ") }

// spreadMerges gives every cell of a merged range starting in the head the
// text of its first cell.
func (hg *headGrid) spreadMerges(merges []rect) {
	for _, m := range merges {
		if m.top < hg.h.top || m.top > hg.h.bottom || m.left < hg.left || m.left >= hg.left+hg.cols {
			continue
		}
		src := hg.cells[m.top-hg.h.top][m.left-hg.left]
		if src.text == "" {
			continue
		}
		for r := m.top; r <= min(m.bottom, hg.h.bottom); r++ {
			for c := m.left; c <= min(m.right, hg.left+hg.cols-1); c++ {
				hg.cells[r-hg.h.top][c-hg.left] = src
			}
		}
	}
}

// fillBlanks fills, in every row but the last, a blank cell from its left
// neighbour when a head below it says the column is under a heading and
// the row above puts both under the same cell.
func (hg *headGrid) fillBlanks() {
	for k := 0; k < hg.rows-1; k++ {
		for c := 1; c < hg.cols; c++ {
			cur, left := hg.cells[k][c], hg.cells[k][c-1]
			if cur.text != "" || left.text == "" || !hg.below(k, c) {
				continue
			}
			if k > 0 && hg.cells[k-1][c] != hg.cells[k-1][c-1] {
				continue
			}
			hg.cells[k][c] = left
		}
	}
}

// below reports whether column c has a head under row k.
func (hg *headGrid) below(k, c int) bool {
	for j := k + 1; j < hg.rows; j++ {
		if hg.cells[j][c].text != "" {
			return true
		}
	}
	return false
}

// path returns the heads of column col from the top, a head spread down
// over merged rows taken once, and the cell of its deepest head (zero when
// it has none).
func (hg *headGrid) path(col int) ([]string, headCell) {
	var out []string
	var last headCell
	for k := range hg.rows {
		c := hg.cells[k][col-hg.left]
		if c.text == "" || c == last {
			continue
		}
		out, last = append(out, c.text), c
	}
	return out, last
}

// column is one column of the table and what it holds.
type column struct {
	col    int
	figure tthc.ColumnFigure // "" when nothing matches
	heads  []string
	at     headCell // the cell of its deepest head
}

// label is the column's head as messages quote it.
func (c column) label() string {
	if len(c.heads) == 0 {
		return ""
	}
	return c.heads[len(c.heads)-1]
}

// classify returns the columns of the table from left to right: those with
// a head and those with values under the head.
func classify(g *grid, h head, mt *matcher) ([]column, *headGrid) {
	left, right := columnSpan(g, h)
	hg := readHead(g, h, left, right)
	var cols []column
	for col := left; col <= right; col++ {
		heads, at := hg.path(col)
		if len(heads) == 0 && !hasValues(g, h, col) {
			continue
		}
		if at.row == 0 {
			at = headCell{row: h.bottom, col: col}
		}
		cols = append(cols, column{col: col, figure: mt.figure(col, heads), heads: heads, at: at})
	}
	return cols, hg
}

// columnSpan returns the first and last column of the head and the body.
func columnSpan(g *grid, h head) (int, int) {
	left, right := maxColumn, 0
	for _, r := range g.rows[h.first:] {
		if len(r.cells) > 0 {
			left, right = min(left, r.cells[0].col), max(right, r.cells[len(r.cells)-1].col)
		}
	}
	for _, m := range g.merges {
		if m.top >= h.top && m.top <= h.bottom {
			left, right = min(left, m.left), max(right, m.right)
		}
	}
	return left, max(left, right)
}

// hasValues reports whether column col has a value under the head.
func hasValues(g *grid, h head, col int) bool {
	for _, r := range g.rows[h.body:] {
		if _, ok := r.at(col); ok {
			return true
		}
	}
	return false
}

// layout is what the columns of a table hold, once they are told apart.
type layout struct {
	number, name int        // the columns of row numbers and names; 0 when none
	nameHeads    []string   // the heads of the name column
	cols         [][]int    // the columns of each count figure (index of figures)
	labels       [][]string // their heads, for messages
}

// arrange tells the columns apart: the row numbers and names, the columns
// of each figure (those of in person and of other dossiers add up), and
// the findings about columns that are unknown, ignored, duplicated or
// missing. An error names a head with no column of names or no figure.
func (t *table) arrange(cols []column) error {
	lay := layout{cols: make([][]int, nFigures), labels: make([][]string, nFigures)}
	seen := map[tthc.ColumnFigure]column{}
	for _, c := range cols {
		t.placeColumn(&lay, seen, c)
	}
	if lay.name == 0 {
		return fmt.Errorf("%w: sheet %q: the head (rows %d to %d) has no column of names (lĩnh vực, cơ quan, đơn vị); name it in the mapping",
			ErrNoTable, t.g.name, t.h.top, t.h.bottom)
	}
	if !slices.ContainsFunc(lay.cols, func(c []int) bool { return len(c) > 0 }) {
		return fmt.Errorf("%w: sheet %q: the head (rows %d to %d) has no column of Biểu 06 figures", ErrNoTable, t.g.name, t.h.top, t.h.bottom)
	}
	t.lay = lay
	t.ignoreDerived(seen)
	t.missing()
	return nil
}

// placeColumn puts column c where it belongs in lay, or makes its finding.
func (t *table) placeColumn(lay *layout, seen map[tthc.ColumnFigure]column, c column) {
	f := c.figure
	if f == tthc.FigureOther && t.m.Other == "ignore" {
		f = Ignore
	}
	prev, dup := seen[f]
	switch {
	case f == "":
		t.headFinding(ruleHeaderUnknown, c, unknownMessage(c))
	case f == Ignore || f == rate:
		t.headFinding(ruleHeaderIgnored, c, ignoredMessage(c, f))
	case dup && f != tthc.FigureInPerson && f != tthc.FigureOther:
		t.headFinding(ruleHeaderDuplicate, c, fmt.Sprintf("Cột %s (%q) chứa cùng chỉ tiêu với cột %s (%q); chỉ đọc cột %s.",
			columnName(c.col), c.label(), columnName(prev.col), prev.label(), columnName(prev.col)))
	case f == tthc.FigureNumber:
		lay.number = c.col
	case f == tthc.FigureName:
		lay.name, lay.nameHeads = c.col, c.heads
	default:
		i := figureIndex(f)
		lay.cols[i] = append(lay.cols[i], c.col)
		lay.labels[i] = append(lay.labels[i], c.label())
	}
	if _, ok := seen[f]; !ok {
		seen[f] = c
	}
}

// headFinding adds the finding of rule r about column c, at the cell of its
// deepest head.
func (t *table) headFinding(r finding.Rule, c column, msg string) {
	f := r.At(ref(t.g.name, c.at.col, c.at.row), msg).WithValues(
		finding.Value{Name: "column", Value: columnName(c.col)},
		finding.Value{Name: "head", Value: strings.Join(c.heads, " / ")})
	f.Place = "cột " + columnName(c.col)
	if h := c.label(); h != "" {
		f.Place += " “" + vn.Excerpt(h, 60) + "”"
	}
	t.l.Add(f)
}

// unknownMessage is the message of a column that matches no figure.
func unknownMessage(c column) string {
	if len(c.heads) == 0 {
		return fmt.Sprintf("Cột %s có số liệu nhưng không có tiêu đề; số liệu của cột không được đọc. "+
			"Khai báo cột trong tệp ánh xạ nếu cần đọc.", columnName(c.col))
	}
	return fmt.Sprintf("Cột %s có tiêu đề %q, không khớp với cột nào của Biểu số 06/VPCP/KSTT; số liệu của cột không được đọc. "+
		"Khai báo cột trong tệp ánh xạ nếu cần đọc.", columnName(c.col), strings.Join(c.heads, " / "))
}

// ignoredMessage is the message of a column left out on purpose.
func ignoredMessage(c column, f tthc.ColumnFigure) string {
	if f == rate {
		return fmt.Sprintf("Cột %s (%q) là tỷ lệ, được tính lại từ số hồ sơ; không đọc.", columnName(c.col), c.label())
	}
	return fmt.Sprintf("Cột %s (%q) được bỏ qua theo tệp ánh xạ.", columnName(c.col), c.label())
}

// ignoreDerived leaves out a column of early-or-on-time beside a column of
// on time: it is early + on time, derived again.
func (t *table) ignoreDerived(seen map[tthc.ColumnFigure]column) {
	lay := &t.lay
	if len(lay.cols[iEarlyOrOnTime]) == 0 || len(lay.cols[iOnTime]) == 0 {
		return
	}
	c := seen[tthc.FigureEarlyOrOnTime]
	t.headFinding(ruleHeaderIgnored, c, fmt.Sprintf("Cột %s (%q) là tổng của số trước hạn và số đúng hạn, được tính lại; không đọc.",
		columnName(c.col), c.label()))
	lay.cols[iEarlyOrOnTime], lay.labels[iEarlyOrOnTime] = nil, nil
}

// required are the figures every row of the form has, which need a
// column. Read only.
var required = []int{iOnline, iInPerson, iCarriedOver, iLate, iPending}

// missing reports the figures every row has that no column holds: pending
// may be the sum of the columns of in time and overdue, on time the
// column of early and on time.
func (t *table) missing() {
	need := slices.Clone(required)
	if len(t.lay.cols[iEarlyOrOnTime]) == 0 {
		need = append(need, iOnTime)
	}
	if len(t.lay.cols[iInTime]) > 0 && len(t.lay.cols[iOverdue]) > 0 {
		need = slices.DeleteFunc(need, func(i int) bool { return i == iPending })
	}
	for _, i := range need {
		if len(t.lay.cols[i]) > 0 {
			continue
		}
		at := rangeRef(t.g.name, rect{top: t.h.top, left: t.left, bottom: t.h.bottom, right: t.right})
		t.l.Add(ruleHeaderMissing.At(at, fmt.Sprintf("Không tìm thấy cột %s của Biểu số 06/VPCP/KSTT trong phần tiêu đề %s; "+
			"chỉ tiêu này được coi là 0 ở mọi dòng.", figureLabels[figures[i]], at)).
			WithValues(figureValue(figures[i])))
	}
}
