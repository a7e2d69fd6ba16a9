package vn

import (
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Collator orders strings in Vietnamese alphabetical order (thứ tự chữ cái
// tiếng Việt): a ă â b c d đ e ê g … o ô ơ … u ư … y, with the tones after
// the letters (a à ả ã á ạ). "Đ" sorts after every "D", "ă" after every "a".
//
// A Collator is not safe for concurrent use: give each goroutine its own.
// It is worth keeping one when sorting or comparing many times; Compare and
// Sort build a fresh one per call.
type Collator struct {
	c *collate.Collator
}

// NewCollator returns a Collator for Vietnamese.
func NewCollator() *Collator {
	return &Collator{c: collate.New(language.Vietnamese)}
}

// Compare returns -1, 0 or +1 as a sorts before, with or after b in
// Vietnamese order. Strings the collation ranks equal (the same text in
// composed and decomposed form, for instance) are ordered by their bytes,
// so Compare is a total order and only identical strings compare 0.
func (c *Collator) Compare(a, b string) int {
	if r := c.c.CompareString(a, b); r != 0 {
		return r
	}
	return strings.Compare(a, b)
}

// Sort sorts s in place in Vietnamese order, as Compare orders it; the
// result does not depend on the order of the input.
func (c *Collator) Sort(s []string) {
	slices.SortFunc(s, c.Compare)
}

// Compare returns -1, 0 or +1 as a sorts before, with or after b in
// Vietnamese alphabetical order (so sánh theo thứ tự chữ cái tiếng Việt);
// see Collator.Compare. It builds a Collator per call; keep one with
// NewCollator to compare many strings.
func Compare(a, b string) int {
	return NewCollator().Compare(a, b)
}

// Sort sorts s in place in Vietnamese alphabetical order (sắp xếp theo thứ
// tự chữ cái tiếng Việt): "Đào" after "Dương", "Ăn" after "Anh". It builds a
// Collator per call.
func Sort(s []string) {
	NewCollator().Sort(s)
}
