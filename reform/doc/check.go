package doc

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// The predicates below are the ones Lay decides with. They are exported so
// that a caller who builds documents from data (package reform) can check
// the data with the same functions, before building anything, and report
// with the data's own paths what Lay would refuse.

// ErrTooDeep is the error of a heading deeper than the heading levels of
// the style sheet (Style.Levels).
var ErrTooDeep = errors.New("deeper than the heading levels of the style")

// ErrNoLetter is the error of an item or heading numbered by letter past the
// last điểm letter: Vietnamese has 23 (a, b, c, d, đ, e, g … y; no f, j, w,
// z).
var ErrNoLetter = errors.New("only " + strconv.Itoa(LetterCount) + " điểm letters exist (a … y)")

// LetterCount is the number of điểm letters, a … y in Vietnamese order.
const LetterCount = 23

// Blank reports whether s holds no text once cleaned (Clean): empty, or
// only spaces, tabs and line breaks. Lay refuses a blank title, signer,
// agency, place or kind name.
func Blank(s string) bool { return strings.TrimSpace(Clean(s)) == "" }

// CheckHeading reports whether s can number the n-th heading (from 1) among
// its siblings at depth (1 = mục): ErrTooDeep when the style has fewer
// levels, ErrNoLetter when the level numbers by letter and n is past y.
func (s Style) CheckHeading(depth, n int) error {
	if depth < 1 || depth > len(s.Levels) {
		return fmt.Errorf("a section at depth %d is %w: it has %d", depth, ErrTooDeep, len(s.Levels))
	}
	if s.Levels[depth-1].Numbering == Letter {
		if _, err := letter(n); err != nil {
			return err
		}
	}
	return nil
}

// Label returns the marker of the n-th item (from 1) of a list marked m:
// "-", "+", "a)", "1)". It fails with ErrNoLetter for a Letters item past y.
func (m Marker) Label(n int) (string, error) {
	switch m {
	case Dash:
		return "-", nil
	case Plus:
		return "+", nil
	case Letters:
		s, err := letter(n)
		return s + ")", err
	case Numbers:
		return strconv.Itoa(n) + ")", nil
	}
	return "-", fmt.Errorf("unknown list marker %d", m)
}

// RowWidth returns the number of columns a table row covers: the sum of its
// cells' spans, a span below 1 counting as 1. Lay refuses a row wider than
// its table.
func RowWidth(row []Cell) int {
	w := 0
	for _, c := range row {
		w += max(c.Span, 1)
	}
	return w
}

// CheckBlocks returns, as an *Error, every problem Lay would find in blocks
// placed under a heading at depth (0 = the body itself), as the n-th of
// their siblings each: sections too deep or past the letters, blank titles,
// lists past the letters, tables wider than their columns, footnotes in
// footnotes or without text, nil blocks. Paths start at "blocks". It
// returns nil when Lay would accept them.
func (s Style) CheckBlocks(bs []Block, depth int) error {
	l := &layer{style: s}
	numbers := make([]int, max(depth, 0))
	for i := range numbers {
		numbers[i] = 1
	}
	l.blocksNumbered(bs, "blocks", max(depth, 0), 0, numbers, nil)
	if len(l.problems) > 0 {
		return &Error{Problems: l.problems}
	}
	return nil
}
