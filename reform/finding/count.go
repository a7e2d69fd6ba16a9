package finding

import (
	"errors"
	"math/big"
)

// MaxCount is the largest count (số lượng) a report may state: 10^12, far
// above any real figure of a unit or a province, and low enough that no sum
// or rate the module computes from counts can leave the int64 range. Every
// count field of every section has the field rule "lte=1000000000000" (the
// JSON Schema says "maximum"), so Validate reports a count above it as
// field.lte at the field's path.
const MaxCount = 1_000_000_000_000

// MaxCountRule is the field rule of a count, written out because a struct
// tag cannot name a constant: `validate:"gte=0,lte=1000000000000"`.
const MaxCountRule = "lte=" + maxCountText

const maxCountText = "1000000000000"

// ErrOverflow is the error of a sum or difference whose exact value does not
// fit in an int64; callers wrap it with the JSON path of the figures.
var ErrOverflow = errors.New("the figures add up past the int64 range")

// ErrAboveMaxCount is the error of a sum of counts that is itself a count (a
// roll-up of units) and exceeds MaxCount.
var ErrAboveMaxCount = errors.New("the sum exceeds the largest count, " + maxCountText)

// Sum returns the exact sum of xs, or ErrOverflow when it does not fit in an
// int64. A running sum that leaves the range on the way and comes back (a
// negative term after a large one) is still exact. It is the one addition
// of counts the module uses: a total is printed right or not at all.
func Sum(xs ...int64) (int64, error) {
	var s int64
	for _, x := range xs {
		n := s + x
		if (x > 0 && n < s) || (x < 0 && n > s) {
			return bigSum(xs)
		}
		s = n
	}
	return s, nil
}

// bigSum is Sum once the running int64 sum has left the range: exact, in
// big integers.
func bigSum(xs []int64) (int64, error) {
	var s, t big.Int
	for _, x := range xs {
		s.Add(&s, t.SetInt64(x))
	}
	if !s.IsInt64() {
		return 0, ErrOverflow
	}
	return s.Int64(), nil
}

// Diff returns a − b, or ErrOverflow when it does not fit in an int64.
func Diff(a, b int64) (int64, error) {
	d := a - b
	if (b > 0 && d > a) || (b < 0 && d < a) {
		return 0, ErrOverflow
	}
	return d, nil
}

// SumCount returns the sum of counts that is itself a count, as the roll-up
// of many units is: ErrAboveMaxCount when it exceeds MaxCount, ErrOverflow
// when it leaves the int64 range.
func SumCount(xs ...int64) (int64, error) {
	s, err := Sum(xs...)
	if err != nil {
		return 0, err
	}
	if s > MaxCount {
		return 0, ErrAboveMaxCount
	}
	return s, nil
}
