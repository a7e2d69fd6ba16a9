package section_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/reform/section"
)

// TestSum folds sequences of numbers the way a section's SumSeq folds its
// units: the first alone through start, each other with its index.
func TestSum(t *testing.T) {
	errStart, errAdd := errors.New("start"), errors.New("add")
	start := func(x int) (int, error) {
		if x < 0 {
			return 0, errStart
		}
		return x * 10, nil // what a lone unit keeps of itself
	}
	var seen []int
	add := func(sum, x, i int) (int, error) {
		seen = append(seen, i)
		if x < 0 {
			return 0, fmt.Errorf("units[%d]: %w", i, errAdd)
		}
		return sum + x, nil
	}
	tests := []struct {
		name    string
		in      []int
		want    int
		indexes []int
		err     error
		msg     string
	}{
		{"nothing", nil, 0, nil, nil, ""},
		{"one", []int{4}, 40, nil, nil, ""},
		{"three", []int{4, 5, 6}, 51, []int{1, 2}, nil, ""},
		{"the first fails", []int{-1, 5}, 0, nil, errStart, "start"},
		{"a later one fails, and stops the sum", []int{4, -5, 6}, 0, []int{1}, errAdd, "units[1]: add"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seen = nil
			got, err := section.Sum(slices.Values(tt.in), start, add)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.indexes, seen)
			if tt.err == nil {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, tt.err)
			assert.EqualError(t, err, tt.msg)
		})
	}
}
