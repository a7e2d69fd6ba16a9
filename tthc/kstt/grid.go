// The cells of a sheet as a reader hands them over, whatever the file, and
// the A1 references that name them in findings.

package kstt

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// kind is what a cell holds, as the file says.
type kind uint8

const (
	kindNumber  kind = iota + 1 // a number cell of a workbook
	kindText                    // a text cell of a workbook
	kindCSV                     // a field of a CSV file: text that may be a number
	kindBool                    // a truth value
	kindError                   // a spreadsheet error, e.g. #REF!
	kindNoValue                 // a formula without its value
)

// cell is one cell with a value.
type cell struct {
	col  int // from 1
	kind kind
	text string // the value as the file writes it; the formula for kindNoValue
}

// gridRow is one row with values, its cells in column order.
type gridRow struct {
	n     int // from 1
	cells []cell
}

// at returns the cell of column col, and whether the row has one.
func (r gridRow) at(col int) (cell, bool) {
	i, ok := slices.BinarySearchFunc(r.cells, col, func(c cell, col int) int { return c.col - col })
	if !ok {
		return cell{}, false
	}
	return r.cells[i], true
}

// rect is a range of merged cells, from 1, inclusive.
type rect struct{ top, left, bottom, right int }

// grid is a sheet as read: its name, its rows with values in order, and its
// merged ranges.
type grid struct {
	name   string
	rows   []gridRow
	merges []rect
}

// ErrTooLarge is wrapped by the error of an input past a limit (Limits);
// the error names the limit.
var ErrTooLarge = errors.New("kstt: the input is past a limit")

// counter counts the cells of a sheet against the limits.
type counter struct {
	lim   Limits
	cells int
}

// add counts a cell with a value at row, col, and returns an error wrapping
// ErrTooLarge past a limit.
func (c *counter) add(sheet string, row, col int) error {
	c.cells++
	switch {
	case row > c.lim.MaxRows:
		return fmt.Errorf("%w: %s has a value in row %d, past the limit of %d rows", ErrTooLarge, ref(sheet, col, row), row, c.lim.MaxRows)
	case col > c.lim.MaxColumns:
		return fmt.Errorf("%w: %s has a value in column %s, past the limit of %d columns (%s)", ErrTooLarge,
			ref(sheet, col, row), columnName(col), c.lim.MaxColumns, columnName(c.lim.MaxColumns))
	case c.cells > c.lim.MaxCells:
		return fmt.Errorf("%w: sheet %q has more than %d cells with a value", ErrTooLarge, sheet, c.lim.MaxCells)
	}
	return nil
}

// columnName returns the letters of column col (from 1): 1 → "A", 27 →
// "AA".
func columnName(col int) string {
	var b []byte
	for col > 0 {
		col--
		b = append(b, byte('A'+col%26))
		col /= 26
	}
	slices.Reverse(b)
	return string(b)
}

// The last column (XFD) and row of a spreadsheet.
const (
	maxColumn = 16384
	maxRow    = 1 << 20
)

// columnNumber returns the number of the column letters s (upper or lower
// case), or 0 when s is not a column of a spreadsheet.
func columnNumber(s string) int {
	if s == "" || len(s) > 3 {
		return 0
	}
	n := 0
	for _, r := range strings.ToUpper(s) {
		if r < 'A' || r > 'Z' {
			return 0
		}
		n = n*26 + int(r-'A'+1)
	}
	if n > maxColumn {
		return 0
	}
	return n
}

// parseCellRef reads a cell reference such as "AB12" (a "$" is allowed
// before each part), and reports whether it is one.
func parseCellRef(s string) (col, row int, ok bool) {
	s = strings.ReplaceAll(s, "$", "")
	i := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' })
	if i <= 0 {
		return 0, 0, false
	}
	col = columnNumber(s[:i])
	row, err := strconv.Atoi(s[i:])
	if col == 0 || err != nil || row < 1 || row > maxRow {
		return 0, 0, false
	}
	return col, row, true
}

// parseRange reads a range such as "A1:M1", or one cell, and reports
// whether it is one.
func parseRange(s string) (rect, bool) {
	a, b, found := strings.Cut(s, ":")
	if !found {
		b = a
	}
	c1, r1, ok1 := parseCellRef(a)
	c2, r2, ok2 := parseCellRef(b)
	if !ok1 || !ok2 {
		return rect{}, false
	}
	return rect{top: min(r1, r2), left: min(c1, c2), bottom: max(r1, r2), right: max(c1, c2)}, true
}

// sheetPrefix returns the sheet's name as a reference writes it before
// "!": as it is when it is letters, digits and "_" not starting with a
// digit, else between single quotes with quotes doubled ('Phụ lục I').
func sheetPrefix(sheet string) string {
	plain := sheet != ""
	for i, r := range sheet {
		if !(unicode.IsLetter(r) || r == '_' || unicode.Is(unicode.Mn, r) || (i > 0 && unicode.IsDigit(r))) {
			plain = false
			break
		}
	}
	if plain {
		return sheet
	}
	return "'" + strings.ReplaceAll(sheet, "'", "''") + "'"
}

// ref returns the reference of the cell col, row of sheet: "Sheet1!E7".
func ref(sheet string, col, row int) string {
	return sheetPrefix(sheet) + "!" + columnName(col) + strconv.Itoa(row)
}

// rangeRef returns the reference of a range of sheet: "Sheet1!A8:M10", or
// one cell's.
func rangeRef(sheet string, r rect) string {
	if r.top == r.bottom && r.left == r.right {
		return ref(sheet, r.left, r.top)
	}
	return ref(sheet, r.left, r.top) + ":" + columnName(r.right) + strconv.Itoa(r.bottom)
}
