package doc

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform/vn"
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
const LetterCount = vn.Letters

// Blank reports whether s holds no text once cleaned (Clean): empty, or
// only spaces, tabs and line breaks. Lay refuses a blank title, signer,
// agency, place or kind name.
func Blank(s string) bool { return strings.TrimSpace(Clean(s)) == "" }

// CheckHeading reports whether s can number the n-th heading (from 1) among
// its siblings at depth (1 = mục): ErrTooDeep when the style has fewer
// levels, ErrNoLetter when the level numbers by letter and n is past y, the
// error of vn.Roman when it numbers in Roman numerals and n is past
// vn.MaxRoman.
func (s Style) CheckHeading(depth, n int) error {
	if depth < 1 || depth > len(s.Levels) {
		return fmt.Errorf("a section at depth %d is %w: it has %d", depth, ErrTooDeep, len(s.Levels))
	}
	var err error
	switch s.Levels[depth-1].Numbering {
	case Letter:
		_, err = letter(n)
	case Roman:
		_, err = vn.Roman(n)
	}
	return err
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

// ProblemCode names a kind of problem of a laid-out document. Codes are
// stable; tests and callers match codes, not messages.
type ProblemCode string

// The codes of the problems Check and Style.Validate find.
const (
	// ProblemNil is a nil layout.
	ProblemNil ProblemCode = "layout.nil"
	// ProblemStyle is a value of the style sheet outside the ranges of the
	// decree, or one that leaves no room for text (Style.Validate).
	ProblemStyle ProblemCode = "layout.style"
	// ProblemKind is a paragraph of an unknown kind.
	ProblemKind ProblemCode = "layout.kind"
	// ProblemHeadingDepth is a heading deeper than the heading levels of
	// the style sheet, or at a depth below 1.
	ProblemHeadingDepth ProblemCode = "layout.heading.depth"
	// ProblemNoTable is a table paragraph without its table.
	ProblemNoTable ProblemCode = "layout.table.missing"
	// ProblemNoColumns is a table without columns.
	ProblemNoColumns ProblemCode = "layout.table.columns"
	// ProblemColumnWidth is a column whose relative width is not positive.
	ProblemColumnWidth ProblemCode = "layout.table.width"
	// ProblemRowWidth is a row, or the head, covering more columns than
	// the table has.
	ProblemRowWidth ProblemCode = "layout.table.row"
	// ProblemHeadRows is a head row whose cells do not fit the cells above
	// them: a continued cell with nothing spanning into it, a cell over a
	// place covered from above, a cell spanning past the last head row.
	ProblemHeadRows ProblemCode = "layout.table.head"
	// ProblemTotal is a total mark naming a row the table does not have, a
	// row marked twice, or a total that adds itself up.
	ProblemTotal ProblemCode = "layout.table.total"
	// ProblemTableSize is a table's text size (TableLayout.Size) below
	// WideTableMinSize or above the body size.
	ProblemTableSize ProblemCode = "layout.table.size"
	// ProblemNoteNumber is a footnote numbered below 1, or with the number
	// of an earlier footnote.
	ProblemNoteNumber ProblemCode = "layout.note.number"
	// ProblemNoteMissing is a reference to a footnote the layout does not
	// hold.
	ProblemNoteMissing ProblemCode = "layout.note.missing"
	// ProblemNoteRepeated is a second reference to a footnote: a footnote
	// has exactly one reference.
	ProblemNoteRepeated ProblemCode = "layout.note.repeated"
	// ProblemNoteUnreferenced is a footnote nothing in the text refers to.
	ProblemNoteUnreferenced ProblemCode = "layout.note.unreferenced"
	// ProblemNoteNested is a footnote reference inside a footnote.
	ProblemNoteNested ProblemCode = "layout.note.nested"
)

// Problem is one problem of a laid-out document or a style sheet.
type Problem struct {
	// Path is where the problem is: a path into the Layout such as
	// "body[4].table.rows[0]", "notes[1]" or "style.sizes.body".
	Path string
	// Code is the kind of problem.
	Code ProblemCode
	// Message says what is wrong and what was expected.
	Message string
}

// String returns the path and the message: "notes[1]: footnote number 0;
// numbers start at 1".
func (p Problem) String() string { return p.Path + ": " + p.Message }

// LayoutError lists every problem Check found in a layout, in the order of
// the layout: the style sheet, the footnote numbers, the body, the
// appendices, then the footnotes themselves.
type LayoutError struct {
	// Problems are the problems found; never empty.
	Problems []Problem
}

// Error joins the problems, one per line when there are several.
func (e *LayoutError) Error() string {
	if len(e.Problems) == 1 {
		return "doc: layout: " + e.Problems[0].String()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "doc: layout: %d problems", len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

// Codes returns the codes of the problems, in order.
func (e *LayoutError) Codes() []ProblemCode {
	out := make([]ProblemCode, len(e.Problems))
	for i, p := range e.Problems {
		out[i] = p.Code
	}
	return out
}

// Check reports, as a *LayoutError, every problem that keeps l from being
// written: a style sheet Style.Validate refuses; a paragraph of unknown
// kind; a heading outside the style's levels; a table paragraph without its
// table, a table without columns or with a width below 1, a row or head
// covering more columns than the table has, head rows whose cells do not
// fit together, total marks out of range or adding themselves up, a
// table's text size below WideTableMinSize or above the body size;
// footnotes numbered below 1 or
// twice, referenced nowhere, twice or inside a footnote, and references to
// footnotes the layout does not hold. It returns nil when l can be written.
//
// Lay checks what it builds; every renderer checks the layout it is given,
// so a layout built by hand is refused in the same words by all of them.
func (l *Layout) Check() error {
	if l == nil {
		return &LayoutError{Problems: []Problem{{Path: "layout", Code: ProblemNil, Message: "no layout (nil)"}}}
	}
	c := &checker{l: l, index: map[int]int{}, referenced: map[int]bool{}}
	c.ps = append(c.ps, l.Style.problems()...)
	c.noteNumbers()
	c.paras(l.Body, &place{name: "body", index: -1})
	for i, a := range l.Appendices {
		c.paras(a.Body, &place{parent: &place{name: "appendices", index: i}, name: ".body", index: -1})
	}
	c.noteTexts()
	c.unreferenced()
	if len(c.ps) == 0 {
		return nil
	}
	return &LayoutError{Problems: c.ps}
}

// place is a path into a layout ("body[4].table.rows[0]"), written out only
// when a problem is reported there: the place it is under, then a field
// name, then an index.
type place struct {
	parent *place
	name   string // ".table", "body"; "" for an element of the parent
	index  int    // written "[index]"; none when below 0
}

// String writes the path out.
func (p *place) String() string { return string(p.append(make([]byte, 0, 48))) }

// append appends the path to b.
func (p *place) append(b []byte) []byte {
	if p.parent != nil {
		b = p.parent.append(b)
	}
	b = append(b, p.name...)
	if p.index >= 0 {
		b = append(strconv.AppendInt(append(b, '['), int64(p.index), 10), ']')
	}
	return b
}

// field is the place of field name under p.
func (p *place) field(name string) *place { return &place{parent: p, name: name, index: -1} }

// checker walks a layout for Check.
type checker struct {
	l  *Layout
	ps problemList
	// index maps a footnote number to its index in Layout.Notes.
	index map[int]int
	// referenced holds the footnote numbers referenced so far.
	referenced map[int]bool
}

// noteNumbers checks that the footnotes are numbered from 1, each number
// once.
func (c *checker) noteNumbers() {
	for i, n := range c.l.Notes {
		if n.Number < 1 {
			c.ps.addf(ProblemNoteNumber, fmt.Sprintf("notes[%d]", i), "footnote number %d; numbers start at 1", n.Number)
			continue
		}
		if j, dup := c.index[n.Number]; dup {
			c.ps.addf(ProblemNoteNumber, fmt.Sprintf("notes[%d]", i), "footnote number %d is also notes[%d]", n.Number, j)
			continue
		}
		c.index[n.Number] = i
	}
}

// paras checks laid-out paragraphs; path names the slice, e.g. "body".
func (c *checker) paras(ps []Para, path *place) {
	for i, p := range ps {
		pp := &place{parent: path, index: i}
		switch p.Kind {
		case KindHeading:
			if levels := len(c.l.Style.Levels); p.Depth < 1 || p.Depth > levels {
				c.ps.addf(ProblemHeadingDepth, pp.String(), "a heading at depth %d, but the style has %d heading levels", p.Depth, levels)
			}
			c.refs(p.Spans, pp.field(".spans"))
		case KindParagraph, KindItem:
			c.refs(p.Spans, pp.field(".spans"))
		case KindTable:
			c.table(p.Table, pp.field(".table"))
		default:
			c.ps.addf(ProblemKind, pp.String(), "unknown paragraph kind %v; expected heading, paragraph, item or table", p.Kind)
		}
	}
}

// refs checks the footnote references of spans: each to a footnote the
// layout holds, and once.
func (c *checker) refs(spans []Span, path *place) {
	for i, s := range spans {
		if s.Note == 0 {
			continue
		}
		_, held := c.index[s.Note]
		switch sp := (&place{parent: path, index: i}); {
		case s.Note < 0:
			c.ps.addf(ProblemNoteMissing, sp.String(), "footnote reference %d; numbers start at 1", s.Note)
		case c.referenced[s.Note]:
			c.ps.addf(ProblemNoteRepeated, sp.String(), "a second reference to footnote %d; a footnote has one reference", s.Note)
		case !held:
			c.ps.addf(ProblemNoteMissing, sp.String(), "a reference to footnote %d, which the layout's notes do not hold", s.Note)
		default:
			c.referenced[s.Note] = true
		}
	}
}

// table checks a table: its columns, and the head and rows against them.
func (c *checker) table(t *TableLayout, path *place) {
	if t == nil {
		c.ps.addf(ProblemNoTable, path.String(), "a table paragraph without its table")
		return
	}
	c.columns(t.Widths, path)
	c.row(t.Head, path.field(".head"), len(t.Widths))
	for i, r := range t.Rows {
		c.row(r, &place{parent: path, name: ".rows", index: i}, len(t.Widths))
	}
	for i, r := range t.HeadRows {
		c.row(r, &place{parent: path, name: ".head_rows", index: i}, len(t.Widths))
	}
	for _, p := range headRowProblems(t.HeadRows, len(t.Widths)) {
		c.ps.addf(ProblemHeadRows, path.String()+".head_rows"+p.at, "%s", p.msg)
	}
	for _, p := range totalProblems(t.Totals, len(t.Rows)) {
		c.ps.addf(ProblemTotal, path.String()+".totals"+p.at, "%s", p.msg)
	}
	if t.Size != 0 {
		c.checkTableSize(t, path.String())
	}
}

// columns checks the widths of a table's columns: at least one, each
// positive.
func (c *checker) columns(widths []int, path *place) {
	if len(widths) == 0 {
		c.ps.addf(ProblemNoColumns, path.String()+".widths", "a table needs at least one column")
	}
	for i, w := range widths {
		if w < 1 {
			c.ps.addf(ProblemColumnWidth, (&place{parent: path, name: ".widths", index: i}).String(), "width %d; widths must be positive", w)
		}
	}
}

// row checks one row of a table of n columns and the references in its
// cells.
func (c *checker) row(cells []CellLayout, path *place, n int) {
	cover := 0
	for _, cell := range cells {
		cover += max(cell.Span, 1)
	}
	if n > 0 && cover > n {
		c.ps.addf(ProblemRowWidth, path.String(), "the row covers %d columns but the table has %d", cover, n)
	}
	for j, cell := range cells {
		c.refs(cell.Spans, (&place{parent: path, index: j}).field(".spans"))
	}
}

// noteTexts checks that no footnote holds a footnote reference.
func (c *checker) noteTexts() {
	for i, n := range c.l.Notes {
		for j, s := range n.Spans {
			if s.Note != 0 {
				c.ps.addf(ProblemNoteNested, fmt.Sprintf("notes[%d].spans[%d]", i, j), "a reference to footnote %d inside a footnote; a footnote cannot hold another footnote", s.Note)
			}
		}
	}
}

// unreferenced checks that every footnote has its reference in the text.
func (c *checker) unreferenced() {
	for i, n := range c.l.Notes {
		if j, ok := c.index[n.Number]; ok && j == i && !c.referenced[n.Number] {
			c.ps.addf(ProblemNoteUnreferenced, fmt.Sprintf("notes[%d]", i), "footnote %d has no reference in the text", n.Number)
		}
	}
}
