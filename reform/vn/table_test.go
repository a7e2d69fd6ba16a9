package vn_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/vn"
)

// written is one row of the table of a writer: a value and the text it is
// written as.
type written[T any] struct {
	in   T
	want string
}

// testWritten runs each row as the subtest named by its text and checks
// that every writer writes the row's value as that text.
func testWritten[T any](t *testing.T, rows []written[T], writers ...func(T) string) {
	t.Helper()
	for _, r := range rows {
		t.Run(r.want, func(t *testing.T) {
			for i, write := range writers {
				assert.Equal(t, r.want, write(r.in), "writer %d of %d", i+1, len(writers))
			}
		})
	}
}

// placed is a decimal and the decimal places it is written with: the value
// of the writers that take both (withPlaces).
type placed struct {
	d      decimal.Decimal
	places int32
}

// withPlaces is write as a writer of placed values, for testWritten.
func withPlaces(write func(decimal.Decimal, int32) string) func(placed) string {
	return func(p placed) string { return write(p.d, p.places) }
}

// rateRow is one row of the table of a rate: num/den at places decimals,
// and the rate wanted (in Go syntax, or as written).
type rateRow struct {
	num, den int64
	places   int32
	want     string
}

// testRates runs each row as the subtest named by its ratio and checks
// that rate gives a value without error, and what check says of it.
func testRates[V any](t *testing.T, rate func(int64, int64, int32) (V, error), rows []rateRow, check func(*testing.T, rateRow, V)) {
	t.Helper()
	for _, r := range rows {
		t.Run(vn.Ratio(r.num, r.den), func(t *testing.T) {
			got, err := rate(r.num, r.den, r.places)
			require.NoError(t, err)
			check(t, r, got)
		})
	}
}

// sameRate checks that got is the rate the row wants, as a number.
func sameRate(t *testing.T, r rateRow, got decimal.Decimal) {
	t.Helper()
	assert.True(t, dec(r.want).Equal(got), "got %s, want %s", got, r.want)
}
