package section

import "github.com/cchc-go/cchc/reform/vn"

// Figure is a count as a template sees it (số liệu đã định dạng): Text is
// the count written with the report's number conventions ("03", "2.917"),
// Given says whether the data gives it. {{.Staff}} writes Text; a template
// tests {{if .Staff.Given}} first. The zero Figure is a figure not given.
type Figure struct {
	// Value is the count; 0 when not given.
	Value int64
	// Given is true when the data gives the count.
	Given bool
	// Text is the count as written; empty when not given.
	Text string
}

// String returns Text, so that a template writes a Figure as its text.
func (f Figure) String() string { return f.Text }

// Count returns the Figure of a count the data always gives.
func Count(f vn.Format, n int64) Figure {
	return Figure{Value: n, Given: true, Text: f.Count(n)}
}

// Optional returns the Figure of an optional count: the zero Figure for
// nil.
func Optional(f vn.Format, p *int64) Figure {
	if p == nil {
		return Figure{}
	}
	return Count(f, *p)
}
