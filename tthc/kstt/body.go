// Reading the rows under the head: their numbers and names, their figures,
// which rows are data and which are totals and subtotals, and the check of
// every subtotal against the data rows it covers.

package kstt

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
	"github.com/cchc-go/cchc/tthc"
)

// val is one figure of a row: its value and whether the row gives it.
type val struct {
	n  int64
	ok bool
}

// lineKind is what a row of the table is.
type lineKind int

const (
	itemLine   lineKind = iota // a field, a unit or a group
	footerLine                 // "Cộng …" under the rows of a group
	totalLine                  // "Tổng cộng", "Tổng số" …
)

// line is one row of the table's body.
type line struct {
	row          int // the sheet row
	number, name string
	kind         lineKind
	level        int
	vals         [nFigures]val
	given        bool // some cell of figures has a value
	parent       int  // the index of the item above it in the tree; -1 for none
	children     int
}

// decl is a row that states a sum: its index among the lines, and the item
// whose data rows it adds up (-1 for every data row).
type decl struct{ line, over int }

// table is one reading of a sheet.
type table struct {
	g           *grid
	m           Mapping
	mt          *matcher
	h           head
	left, right int
	lay         layout
	l           finding.List
	lines       []line
	stack       []int
	decls       []decl
}

// numbered is a row number written before the name in the name's cell:
// "I. Cấp tỉnh", "2) Hộ tịch". Built once, never changed.
var numbered = regexp.MustCompile(`^([IVXLCDM]+|[0-9]+(?:\.[0-9]+)*|[a-zđ])[.)]\s+(\S.*)$`)

// readBody reads the rows under the head down to the last row with
// figures; the rows below it are named by one finding.
func (t *table) readBody() {
	end := t.lastRow()
	for _, r := range t.g.rows[min(t.h.body, end+1) : end+1] {
		t.readLine(r)
	}
	t.after(end)
	t.checkSums()
}

// lastRow returns the index of the last row of the table: a row with a
// number in a column of figures, a row number or a total's name; h.body-1
// when there is none. Text under the figures (the signer's lines) is not
// a row of the table.
func (t *table) lastRow() int {
	for i := len(t.g.rows) - 1; i >= t.h.body; i-- {
		r := t.g.rows[i]
		number, name := t.labels(r)
		if rowLevel(number) > 0 || isTotal(name, t.m.TotalLabels) {
			return i
		}
		for _, cols := range t.lay.cols {
			for _, col := range cols {
				if c, ok := r.at(col); ok && numeric(c) {
					return i
				}
			}
		}
	}
	return t.h.body - 1
}

// numeric reports whether a cell holds a number, a count or not.
func numeric(c cell) bool {
	_, r := readCount(c)
	return r == readOK || r == readTextNumber || r == readSeparator || r == readNotCount || r == readNoValue
}

// after names the rows under the table, which are not read.
func (t *table) after(end int) {
	if end+1 >= len(t.g.rows) {
		return
	}
	rows := t.g.rows[end+1:]
	r := rect{top: rows[0].n, left: t.left, bottom: rows[len(rows)-1].n, right: t.right}
	at := rangeRef(t.g.name, r)
	what := fmt.Sprintf("Các dòng %d đến %d", r.top, r.bottom)
	if r.top == r.bottom {
		what = fmt.Sprintf("Dòng %d", r.top)
	}
	first := strings.TrimSpace(rows[0].cells[0].text)
	t.l.Add(ruleTableAfter.At(at, fmt.Sprintf("%s dưới bảng số liệu (%s, bắt đầu bằng “%s”) không có số liệu và không được đọc.",
		what, at, vn.Excerpt(first, 60))))
}

// labels returns the number and the name of row r: a number written in
// the name's cell is taken apart; a name written in the number's cell
// (a total merged across both) is taken as the name.
func (t *table) labels(r gridRow) (number, name string) {
	if c, ok := r.at(t.lay.number); ok && t.lay.number > 0 {
		number = cleanText(c.text)
	}
	if c, ok := r.at(t.lay.name); ok {
		name = cleanText(c.text)
	}
	if name == "" && number != "" && rowLevel(number) == 0 {
		return "", number
	}
	if number == "" {
		if m := numbered.FindStringSubmatch(name); m != nil && rowLevel(m[1]) > 0 {
			return m[1], m[2]
		}
	}
	return number, name
}

// readLine reads one row of the body.
func (t *table) readLine(r gridRow) {
	number, name := t.labels(r)
	ln := line{row: r.n, number: number, name: name, parent: -1}
	label := name
	for i := range nFigures {
		for k, col := range t.lay.cols[i] {
			c, ok := r.at(col)
			if !ok {
				continue
			}
			ln.given = true
			if n, ok := t.count(c, r.n, label, t.lay.labels[i][k]); ok {
				ln.vals[i] = t.addColumn(ln.vals[i], n, ref(t.g.name, col, r.n))
			}
		}
	}
	if number == "" && name == "" && !ln.given {
		return // values only in columns that are not read, which their findings name
	}
	if name == "" && ln.given {
		ln.name = fmt.Sprintf("Dòng %d", r.n)
		t.l.Add(ruleRowUnnamed.At(ref(t.g.name, t.lay.name, r.n),
			fmt.Sprintf("Dòng %d có số liệu nhưng không có tên lĩnh vực hoặc đơn vị; đọc với tên “%s”.", r.n, ln.name)))
	}
	t.place(ln)
}

// addColumn adds the count n of the cell at to the figure v of a row,
// which several columns may hold (in person, other): a sum above MaxCount
// is a count no row has, reported at the cell and left out.
func (t *table) addColumn(v val, n int64, at string) val {
	sum, err := finding.SumCount(v.n, n)
	if err != nil {
		t.l.Add(ruleCellNotCount.At(at, fmt.Sprintf("Ô %s cộng với các cột cùng chỉ tiêu vượt quá 10^12 hồ sơ; ô được đọc là không có số liệu.", at)))
		return v
	}
	return val{n: sum, ok: true}
}

// place puts a row in the tree of the table: a total, a footer closing the
// innermost group, or an item under the nearest item of a lower level.
func (t *table) place(ln line) {
	i := len(t.lines)
	switch {
	case ln.number == "" && isTotal(ln.name, t.m.TotalLabels) && !isFooter(ln.name):
		ln.kind = totalLine
		t.decls = append(t.decls, decl{line: i, over: -1})
	case ln.number == "" && isFooter(ln.name):
		ln.kind = footerLine
		t.decls = append(t.decls, decl{line: i, over: t.closeGroup()})
	default:
		ln.level = t.levelOf(ln)
		for len(t.stack) > 0 && t.lines[t.stack[len(t.stack)-1]].level >= ln.level {
			t.stack = t.stack[:len(t.stack)-1]
		}
		if len(t.stack) > 0 {
			ln.parent = t.stack[len(t.stack)-1]
			t.lines[ln.parent].children++
		}
		t.stack = append(t.stack, i)
	}
	t.lines = append(t.lines, ln)
}

// closeGroup returns the innermost open item with rows under it, which a
// footer adds up, and closes it; -1 (every data row) when there is none.
func (t *table) closeGroup() int {
	for k := len(t.stack) - 1; k >= 0; k-- {
		if g := t.stack[k]; t.lines[g].children > 0 {
			t.stack = t.stack[:k]
			return g
		}
	}
	return -1
}

// levelOf returns the level of an item: from its number (I → 1, 1 → 2,
// 1.1 or a → 3, "-" → 4), or for a row without one, 1 for a level's name
// ("Cấp tỉnh") and otherwise the level of the item before it (2 at least).
func (t *table) levelOf(ln line) int {
	if l := rowLevel(ln.number); l > 0 {
		return l
	}
	if isGroupName(ln.name) {
		return 1
	}
	prev := 2
	for k := len(t.lines) - 1; k >= 0; k-- {
		if t.lines[k].kind == itemLine {
			prev = max(prev, t.lines[k].level)
			break
		}
	}
	return prev
}

// rowLevel returns the level a row number gives: 1 for a Roman numeral, 2
// for an Arabic one, 3 for "1.1" or a letter a, b …, 2 plus the dots for
// deeper numbers (maxLevel at most), 4 for a dash; 0 for no row number.
func rowLevel(s string) int {
	s = strings.TrimSpace(s)
	if t := strings.TrimRight(s, ".)"); t != "" {
		s = t
	}
	switch {
	case s == "":
		return 0
	case s == "-" || s == "+" || s == "*" || s == "•" || s == "–":
		return 4
	}
	if _, err := vn.ParseRoman(s); err == nil {
		return 1
	}
	if _, err := vn.ParseLetter(s); err == nil {
		return 3
	}
	parts := strings.Split(s, ".")
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return 0
		}
	}
	return min(1+len(parts), maxLevel)
}

// maxLevel is the deepest level of a row: deeper numbers ("1.1.1.1.1")
// count as that level, which bounds the depth of the tree of rows.
const maxLevel = 8

// totalNames are the names of total rows (normalised). Read only.
var totalNames = []string{"tổng cộng", "tổng số", "tổng", "toàn tỉnh", "toàn thành phố", "tổng chung", "cộng chung", "cộng"}

// isTotal reports whether name is the name of a total or a footer row.
func isTotal(name string, extra []string) bool {
	n := normal(name)
	if n == "" {
		return false
	}
	for _, t := range append(extra, totalNames...) {
		if k := normal(t); n == k || strings.HasPrefix(n, k+" ") && (k == "tổng cộng" || k == "cộng") {
			return true
		}
	}
	return false
}

// isFooter reports whether name is the name of a footer row, which adds up
// the group above it: "Cộng", "Cộng cấp tỉnh" (not "Cộng chung").
func isFooter(name string) bool {
	n := normal(name)
	return (n == "cộng" || strings.HasPrefix(n, "cộng ")) && n != "cộng chung"
}

// isGroupName reports whether name names a level of government: "Cấp
// tỉnh", "Cấp xã".
func isGroupName(name string) bool { return strings.HasPrefix(normal(name), "cấp ") }

// leaves returns the data rows in order: items with no row under them.
func (t *table) leaves() []int {
	var out []int
	for i, ln := range t.lines {
		if ln.kind == itemLine && ln.children == 0 {
			out = append(out, i)
		}
	}
	return out
}

// members returns the data rows each row that states a sum adds up, by the
// item it adds up (-1 for every data row): each data row is listed under
// each item above it.
func (t *table) members() map[int][]int {
	out := map[int][]int{}
	for _, i := range t.leaves() {
		out[-1] = append(out[-1], i)
		for p := t.lines[i].parent; p >= 0; p = t.lines[p].parent {
			out[p] = append(out[p], i)
		}
	}
	return out
}

// checkSums checks every row that states a sum — totals, footers and items
// with rows under them and figures of their own — against the sums of
// their data rows, each sum computed once.
func (t *table) checkSums() {
	for i, ln := range t.lines {
		if ln.kind == itemLine && ln.children > 0 && ln.given {
			t.decls = append(t.decls, decl{line: i, over: i})
		}
	}
	members := t.members()
	sums := map[int]*[nFigures]val{}
	for _, d := range t.decls {
		if len(members[d.over]) == 0 {
			continue
		}
		s, ok := sums[d.over]
		if !ok {
			s = t.sumOf(members[d.over])
			sums[d.over] = s
		}
		for i := range nFigures {
			t.checkSum(d, i, s[i], members[d.over])
		}
	}
}

// sumOf returns the sums of every figure over the data rows members: each
// row's cell, or for a total figure (received, resolved …) a row leaves
// empty, the total derived from its parts. A sum past the int64 range
// (only with limits far above the defaults) is not given.
func (t *table) sumOf(members []int) *[nFigures]val {
	var out [nFigures]val
	for i := range nFigures {
		out[i].ok = true
		for _, m := range members {
			v, _ := memberValue(t.lines[m].vals, i)
			n, err := finding.Sum(out[i].n, v)
			if err != nil {
				out[i] = val{}
				break
			}
			out[i].n = n
		}
	}
	return &out
}

// checkSum checks figure i of the row d against sum, the sum of its data
// rows members.
func (t *table) checkSum(d decl, i int, sum val, members []int) {
	ln := t.lines[d.line]
	if !ln.vals[i].ok || !sum.ok || len(t.lay.cols[i]) == 0 || sum.n == ln.vals[i].n {
		return
	}
	col := t.lay.cols[i][0]
	at := ref(t.g.name, col, ln.row)
	place := placeOf(ln.row, ln.name, t.lay.labels[i][0])
	f := ruleSubtotalSum.At(at, fmt.Sprintf("Ô %s (%s) ghi %s nhưng %d dòng số liệu mà dòng này cộng lại được %s, chênh lệch %s.",
		at, place, vn.Int(ln.vals[i].n), len(members), vn.Int(sum.n), vn.Int(absDiff(ln.vals[i].n, sum.n)))).
		WithRelated(t.memberRanges(col, members)...).
		WithValues(finding.Value{Name: "total", Value: fmt.Sprint(ln.vals[i].n)},
			finding.Value{Name: "sum", Value: fmt.Sprint(sum.n)},
			finding.Value{Name: "difference", Value: fmt.Sprint(ln.vals[i].n - sum.n)},
			figureValue(figures[i]))
	f.Place = place
	t.l.Add(f)
}

// memberValue returns figure i of a data row's values: the row's, or a
// total derived from its parts when the row leaves it empty; 0 for a
// figure it does not give.
func memberValue(v [nFigures]val, i int) (int64, bool) {
	if v[i].ok {
		return v[i].n, true
	}
	switch i {
	case iReceived:
		return v[iOnline].n + v[iInPerson].n + v[iCarriedOver].n, true
	case iReceivedInPeriod:
		return v[iOnline].n + v[iInPerson].n, true
	case iResolved:
		if v[iEarlyOrOnTime].ok {
			return v[iEarlyOrOnTime].n + v[iLate].n, true
		}
		return v[iEarly].n + v[iOnTime].n + v[iLate].n, true
	case iEarlyOrOnTime:
		return v[iEarly].n + v[iOnTime].n, true
	}
	return 0, false
}

// maxRelated is the number of ranges a finding about a sum relates.
const maxRelated = 10

// memberRanges returns the cells of column col of the rows members as
// ranges of consecutive rows, "Sheet1!E8:E15": the first maxRelated.
func (t *table) memberRanges(col int, members []int) []string {
	var out []string
	for k := 0; k < len(members) && len(out) < maxRelated; {
		first := t.lines[members[k]].row
		last := first
		for k+1 < len(members) && t.lines[members[k+1]].row == last+1 {
			k++
			last++
		}
		out = append(out, rangeRef(t.g.name, rect{top: first, left: col, bottom: last, right: col}))
		k++
	}
	return out
}

func absDiff(a, b int64) int64 {
	if a > b {
		return a - b
	}
	return b - a
}

// figureValue is the value naming the figure of a finding.
func figureValue(f tthc.ColumnFigure) finding.Value {
	return finding.Value{Name: "figure", Value: string(f)}
}
