package doc_test

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
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
