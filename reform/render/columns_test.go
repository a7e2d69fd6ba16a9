package render_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/render"
)

func TestColumns(t *testing.T) {
	got, err := render.Columns([]int{1, 1, 1}, 100)
	require.NoError(t, err)
	assert.Equal(t, []int{33, 33, 34}, got, "the last column takes what rounding left")
	got, err = render.Columns([]int{2, 1}, 8788)
	require.NoError(t, err)
	assert.Equal(t, []int{5858, 2930}, got)
	_, err = render.Columns(nil, 100)
	assert.ErrorContains(t, err, "at least one column")
	_, err = render.Columns([]int{1, 0}, 100)
	assert.ErrorContains(t, err, "column 1 has width 0")
}
