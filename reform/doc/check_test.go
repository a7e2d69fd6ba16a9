package doc_test

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/vn"
)

func TestBlank(t *testing.T) {
	for _, s := range []string{"", " ", "\t", "\r\n", " \n ", "\u00a0", "\u2028"} {
		assert.True(t, doc.Blank(s), "%q", s)
	}
	for _, s := range []string{"x", " Sở ", "\x00", "\u0301"} {
		assert.False(t, doc.Blank(s), "%q", s)
	}
}

func TestCheckHeading(t *testing.T) {
	st := doc.DefaultStyle()
	assert.NoError(t, st.CheckHeading(1, 100), "mục are numbered I., II. … without end")
	assert.NoError(t, st.CheckHeading(3, 40))
	assert.NoError(t, st.CheckHeading(4, doc.LetterCount))
	assert.True(t, errors.Is(st.CheckHeading(4, doc.LetterCount+1), doc.ErrNoLetter))
	assert.True(t, errors.Is(st.CheckHeading(5, 1), doc.ErrTooDeep))
	assert.True(t, errors.Is(st.CheckHeading(0, 1), doc.ErrTooDeep))
}

func TestMarkerLabel(t *testing.T) {
	got, err := doc.Letters.Label(5)
	require.NoError(t, err)
	assert.Equal(t, "đ)", got)
	got, err = doc.Letters.Label(doc.LetterCount)
	require.NoError(t, err)
	assert.Equal(t, "y)", got)
	_, err = doc.Letters.Label(doc.LetterCount + 1)
	assert.ErrorIs(t, err, doc.ErrNoLetter)
	got, err = doc.Numbers.Label(30)
	require.NoError(t, err)
	assert.Equal(t, "30)", got)
	assert.Equal(t, utf8.RuneCountInString("abcdđeghiklmnopqrstuvxy"), doc.LetterCount)
}

func TestRowWidth(t *testing.T) {
	assert.Equal(t, 0, doc.RowWidth(nil))
	assert.Equal(t, 4, doc.RowWidth([]doc.Cell{{}, {Span: 2}, {Span: -1}}))
}

// CheckBlocks finds what Lay finds, at the depth the blocks are placed.
func TestCheckBlocks(t *testing.T) {
	st := doc.DefaultStyle()
	deep := &doc.Section{Title: "a", Blocks: []doc.Block{&doc.Section{Title: "b"}}}
	assert.NoError(t, st.CheckBlocks([]doc.Block{deep}, 2))
	err := st.CheckBlocks([]doc.Block{deep}, 3)
	var de *doc.Error
	require.ErrorAs(t, err, &de)
	assert.Equal(t, []string{"blocks[0].blocks[0]: a section at depth 5 is deeper than the 4 heading levels of the style"}, de.Problems)

	err = st.CheckBlocks([]doc.Block{&doc.Section{Title: " "}, nil,
		&doc.Table{Columns: []doc.Column{{Title: "A"}}, Rows: [][]doc.Cell{{{}, {}}}}}, 0)
	require.ErrorAs(t, err, &de)
	assert.Equal(t, []string{
		"blocks[0].title: a section needs a title",
		"blocks[1]: nil block",
		"blocks[2].rows[0]: the row covers 2 columns but the table has 1",
	}, de.Problems)
}

// A layout Lay builds passes Check.
func TestCheckAcceptsLay(t *testing.T) {
	d := minimal(
		&doc.Section{Title: "a", Blocks: []doc.Block{doc.P(doc.Plain("x"), doc.NoteText("n"))}},
		&doc.Table{Columns: []doc.Column{{Title: "A"}, {Title: "B", Width: 2}}, Rows: [][]doc.Cell{{{Runs: []doc.Run{doc.NoteText("m")}}}}},
	)
	d.Appendices = []doc.Appendix{{Title: "x", Body: []doc.Block{doc.P(doc.Plain("y"), doc.NoteText("o"))}}}
	assert.NoError(t, lay(t, d).Check())
}

func TestCheckNil(t *testing.T) {
	var l *doc.Layout
	err := l.Check()
	var le *doc.LayoutError
	require.ErrorAs(t, err, &le)
	assert.Equal(t, []doc.ProblemCode{doc.ProblemNil}, le.Codes())
	assert.Equal(t, "doc: layout: layout: no layout (nil)", err.Error())
}

// Check finds every problem of a layout built by hand, each with its path
// and code, in the order of the layout.
func TestCheckReportsEveryProblem(t *testing.T) {
	span := func(note int) []doc.Span { return []doc.Span{{Text: "x"}, {Note: note}} }
	l := &doc.Layout{
		Style: doc.DefaultStyle(),
		Body: []doc.Para{
			{Kind: doc.KindHeading, Depth: 5, Spans: span(1)},
			{Kind: doc.KindParagraph, Spans: span(1)},
			{Kind: doc.KindItem, Spans: span(9)},
			{Kind: doc.KindTable},
			{Kind: doc.KindTable, Table: &doc.TableLayout{
				Widths: []int{1, 0},
				Head:   []doc.CellLayout{{Span: 3}},
				Rows:   [][]doc.CellLayout{{{}, {Span: 2, Spans: span(-1)}}},
			}},
			{Kind: doc.KindTable, Table: &doc.TableLayout{}},
			{Kind: 42},
		},
		Appendices: []doc.AppendixLayout{{Body: []doc.Para{{Kind: doc.KindHeading, Depth: 0}}}},
		Notes: []doc.NoteLayout{
			{Number: 1, Spans: []doc.Span{{Text: "a"}}},
			{Number: 0},
			{Number: 1},
			{Number: 2, Spans: span(1)},
		},
	}
	l.Style.Sizes.Body = 20
	err := l.Check()
	var le *doc.LayoutError
	require.ErrorAs(t, err, &le)
	type pc struct {
		Path string
		Code doc.ProblemCode
	}
	var got []pc
	for _, p := range le.Problems {
		got = append(got, pc{p.Path, p.Code})
		assert.NotEmpty(t, p.Message, p.Path)
	}
	assert.Equal(t, []pc{
		{"style.sizes.body", doc.ProblemStyle},
		{"notes[1]", doc.ProblemNoteNumber},
		{"notes[2]", doc.ProblemNoteNumber},
		{"body[0]", doc.ProblemHeadingDepth},
		{"body[1].spans[1]", doc.ProblemNoteRepeated},
		{"body[2].spans[1]", doc.ProblemNoteMissing},
		{"body[3].table", doc.ProblemNoTable},
		{"body[4].table.widths[1]", doc.ProblemColumnWidth},
		{"body[4].table.head", doc.ProblemRowWidth},
		{"body[4].table.rows[0]", doc.ProblemRowWidth},
		{"body[4].table.rows[0][1].spans[1]", doc.ProblemNoteMissing},
		{"body[5].table.widths", doc.ProblemNoColumns},
		{"body[6]", doc.ProblemKind},
		{"appendices[0].body[0]", doc.ProblemHeadingDepth},
		{"notes[3].spans[1]", doc.ProblemNoteNested},
		{"notes[3]", doc.ProblemNoteUnreferenced},
	}, got)
	assert.Contains(t, err.Error(), "doc: layout: 16 problems\n  style.sizes.body: 20 pt is outside 13–14 pt\n")
}

// Style.Validate refuses more heading levels than a word processor has and
// margins that leave no room for text.
func TestStyleLimits(t *testing.T) {
	st := doc.DefaultStyle()
	for range doc.MaxLevels - len(st.Levels) {
		st.Levels = append(st.Levels, doc.LevelStyle{Numbering: doc.Arabic})
	}
	require.NoError(t, st.Validate())
	st.Levels = append(st.Levels, doc.LevelStyle{})
	assert.ErrorContains(t, st.Validate(), "style.levels: 10 heading levels; at most 9 are allowed")

	st = doc.DefaultStyle()
	st.PageWidth = 2000
	assert.ErrorContains(t, st.Validate(), "style.page: the margins leave no room for text")
	st = doc.DefaultStyle()
	st.PageHeight = 2000
	assert.ErrorContains(t, st.Validate(), "style.page: the margins leave no room for text")
}

// Past the last Roman numeral a heading cannot be numbered.
func TestCheckHeadingRoman(t *testing.T) {
	st := doc.DefaultStyle()
	assert.NoError(t, st.CheckHeading(1, vn.MaxRoman))
	assert.Error(t, st.CheckHeading(1, vn.MaxRoman+1))
}
