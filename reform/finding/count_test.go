package finding_test

import (
	"math"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/finding"
)

func TestMaxCountRule(t *testing.T) {
	assert.Equal(t, "lte="+strconv.FormatInt(finding.MaxCount, 10), finding.MaxCountRule)
}

func TestSum(t *testing.T) {
	for _, tt := range []struct {
		name string
		xs   []int64
		want int64
		err  error
	}{
		{"none", nil, 0, nil},
		{"counts", []int64{8252, 7223, 138}, 15613, nil},
		{"at the limit", []int64{math.MaxInt64 - 1, 1}, math.MaxInt64, nil},
		{"past the limit", []int64{math.MaxInt64, 1}, 0, finding.ErrOverflow},
		{"far past the limit", []int64{math.MaxInt64, math.MaxInt64, math.MaxInt64}, 0, finding.ErrOverflow},
		{"below the limit", []int64{math.MinInt64, -1}, 0, finding.ErrOverflow},
		{"out and back", []int64{math.MaxInt64, 1, -2}, math.MaxInt64 - 1, nil},
		{"max counts", []int64{finding.MaxCount, finding.MaxCount}, 2 * finding.MaxCount, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := finding.Sum(tt.xs...)
			require.ErrorIs(t, err, tt.err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDiff(t *testing.T) {
	d, err := finding.Diff(39, 46)
	require.NoError(t, err)
	assert.Equal(t, int64(-7), d)
	_, err = finding.Diff(math.MaxInt64, -1)
	assert.ErrorIs(t, err, finding.ErrOverflow)
	_, err = finding.Diff(math.MinInt64, 1)
	assert.ErrorIs(t, err, finding.ErrOverflow)
	d, err = finding.Diff(0, math.MaxInt64)
	require.NoError(t, err)
	assert.Equal(t, -int64(math.MaxInt64), d)
	_, err = finding.Diff(0, math.MinInt64)
	assert.ErrorIs(t, err, finding.ErrOverflow)
}

func TestSumCount(t *testing.T) {
	s, err := finding.SumCount(finding.MaxCount-1, 1)
	require.NoError(t, err)
	assert.Equal(t, int64(finding.MaxCount), s)
	_, err = finding.SumCount(finding.MaxCount, 1)
	assert.ErrorIs(t, err, finding.ErrAboveMaxCount)
	_, err = finding.SumCount(math.MaxInt64, 1)
	assert.ErrorIs(t, err, finding.ErrOverflow)
}
