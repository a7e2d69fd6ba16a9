package vn_test

import (
	"errors"
	"math"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/vn"
)

// dec reads a decimal in Go syntax ("53.5") for the tables.
func dec(s string) decimal.Decimal {
	return decimal.RequireFromString(s)
}

func TestInt(t *testing.T) {
	testWritten(t, []written[int64]{
		{0, "0"},
		{7, "7"},
		{999, "999"},
		{1000, "1.000"},
		{9000, "9.000"},
		{-1234, "-1.234"},
		{-999, "-999"},
		{-1000, "-1.000"},
		{100000, "100.000"},
		{1745000, "1.745.000"},
		// The reference report's figures.
		{15613, "15.613"},
		{8252, "8.252"},
		{6806, "6.806"},
		{555, "555"},
		{1745, "1.745"},
		{4521, "4.521"},
		{2917, "2.917"},
		{10343, "10.343"},
		{18955, "18.955"},
		{math.MaxInt64, "9.223.372.036.854.775.807"},
		{math.MinInt64, "-9.223.372.036.854.775.808"},
	}, vn.Int)
}

func TestDecimal(t *testing.T) {
	testWritten(t, []written[placed]{
		{placed{dec("53.48837209"), 1}, "53,5"}, // 46/86
		{placed{dec("2.5"), 1}, "2,5"},
		{placed{dec("1234.56"), 2}, "1.234,56"},
		{placed{dec("98.0"), 1}, "98"},
		{placed{dec("98.04"), 1}, "98"},
		{placed{dec("97.96"), 1}, "98"},
		{placed{dec("43.75"), 2}, "43,75"},
		{placed{dec("43.75"), 1}, "43,8"},
		{placed{dec("2.45"), 1}, "2,5"}, // half-up; half-even would give 2,4
		{placed{dec("2.35"), 1}, "2,4"},
		{placed{dec("-2.45"), 1}, "-2,5"}, // a 5 goes away from zero
		{placed{dec("-0.04"), 1}, "0"},    // no "-0"
		{placed{dec("0.05"), 1}, "0,1"},
		{placed{dec("0.125"), 2}, "0,13"},
		{placed{dec("0.001"), 5}, "0,001"},
		{placed{dec("1.50"), 5}, "1,5"},
		{placed{dec("1234.5"), 0}, "1.235"},
		{placed{dec("1234.4999"), 0}, "1.234"},
		{placed{dec("999.95"), 1}, "1.000"},
		{placed{dec("1745"), -1}, "1.750"},
		{placed{dec("1745"), -3}, "2.000"},
		{placed{dec("5"), -1}, "10"},
		{placed{dec("5"), -2}, "0"},
		{placed{dec("50"), -2}, "100"},
		{placed{dec("12345678901234567890.5"), 0}, "12.345.678.901.234.567.891"},
		{placed{decimal.New(5, 3), 0}, "5.000"},
		{placed{decimal.New(5, 3), 2}, "5.000"},
		{placed{decimal.New(0, -7), 2}, "0"},
		{placed{decimal.Decimal{}, 1}, "0"},
		{placed{dec("1.5"), math.MaxInt32}, "1,5"},
		{placed{dec("1.5"), math.MinInt32}, "0"},
	}, withPlaces(vn.Decimal))
}

// requireParseError checks that err is a *vn.ParseError for text of the
// given kind, whose message quotes the text and says what was expected.
func requireParseError(t *testing.T, err error, kind, text, reason string) {
	t.Helper()
	require.Error(t, err)
	var pe *vn.ParseError
	require.True(t, errors.As(err, &pe), "error %T is not a *vn.ParseError", err)
	assert.Equal(t, kind, pe.Kind)
	assert.Equal(t, text, pe.Text)
	assert.Contains(t, pe.Reason, reason)
	assert.Contains(t, err.Error(), strconv.Quote(text))
	assert.Contains(t, err.Error(), "expected")
}

func TestParseInt(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"15.613", 15613},
		{"8.252", 8252},
		{"6.806", 6806},
		{"555", 555},
		{"1.745", 1745},
		{"4.521", 4521},
		{"9000", 9000},
		{"15613", 15613},
		{"01", 1},
		{"09", 9},
		{"0", 0},
		{"-0", 0},
		{"-3", -3},
		{"-03", -3},
		{"-1.234", -1234},
		{"1.000", 1000},
		{"1.745.000", 1745000},
		{"9.223.372.036.854.775.807", math.MaxInt64},
		{"-9.223.372.036.854.775.808", math.MinInt64},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := vn.ParseInt(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseIntErrors(t *testing.T) {
	const grouped = "expected digits grouped by '.' in threes, e.g. 15.613"
	tests := []struct {
		in     string
		reason string
	}{
		{"15,613", "',' is the decimal comma, not a thousands separator; " + grouped},
		{"1.234,5", "decimal comma"},
		{"1.23", `"23" after '.' is not three digits; ` + grouped},
		{"1.0000", "not three digits"},
		{"1..000", "empty group"},
		{"1000.000", "more than three digits"},
		{".123", "empty group"},
		{"123.", "empty group"},
		{"01.000", "leading zero"},
		{"00", "leading zero"},
		{"007", "leading zero"},
		{"0123", "leading zero"},
		{"", "no digits; " + grouped},
		{"-", "no digits"},
		{" 12", "space before the number; " + grouped},
		{"12 ", "space after the number"},
		{"\u00a012", "space before the number"},
		{"1 000", "space inside the number"},
		{"+3", "'+' sign"},
		{"--3", "'-' inside the number"},
		{"1-2", "'-' inside the number"},
		{"abc", "'a' is not a digit"},
		{"12a", "'a' is not a digit"},
		{"١٢", "is not a digit"},
		{"\xff", "invalid UTF-8"},
		{"9.223.372.036.854.775.808", "out of range"},
		{"-9.223.372.036.854.775.809", "out of range"},
		{"99999999999999999999", "out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := vn.ParseInt(tt.in)
			requireParseError(t, err, "integer", tt.in, tt.reason)
		})
	}
}

func TestParseDecimal(t *testing.T) {
	tests := []struct {
		in   string
		want decimal.Decimal
	}{
		{"53,5", dec("53.5")},
		{"53,4", dec("53.4")},
		{"1.234,5", dec("1234.5")},
		{"2,5", dec("2.5")},
		{"98", dec("98")},
		{"0,5", dec("0.5")},
		{"-0,25", dec("-0.25")},
		{"43,75", dec("43.75")},
		{"53,50", dec("53.50")},
		{"1.234.567,891", dec("1234567.891")},
		{"15.613", dec("15613")},
		{"12.345.678.901.234.567.890,123", dec("12345678901234567890.123")},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := vn.ParseDecimal(tt.in)
			require.NoError(t, err)
			assert.True(t, tt.want.Equal(got), "got %s, want %s", got, tt.want)
			// The decimals are kept as written.
			assert.Equal(t, tt.want.Exponent(), got.Exponent())
		})
	}
}

func TestParseDecimalErrors(t *testing.T) {
	tests := []struct {
		in     string
		reason string
	}{
		{"53.5", "not three digits"},
		{"1.234.5", "not three digits"},
		{"1,234.5", "'.' after the decimal comma"},
		{"1,2,3", "more than one ','"},
		{"5,", "no digits after ','"},
		{",5", "no digits before the comma"},
		{"", "no digits"},
		{"5, 5", "space inside the number"},
		{"5,5 ", "space after the number"},
		{"5,5a", "'a' is not a digit"},
		{"1..000,5", "empty group"},
		{"-,5", "no digits before the comma"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := vn.ParseDecimal(tt.in)
			requireParseError(t, err, "decimal", tt.in, tt.reason)
			assert.Contains(t, err.Error(), "e.g. 1.234,5")
		})
	}
}

// Every integer written by Int and Count reads back as itself.
func TestIntRoundTrip(t *testing.T) {
	check := func(n int64) {
		for _, s := range []string{vn.Int(n), vn.Count(n)} {
			got, err := vn.ParseInt(s)
			require.NoError(t, err, s)
			require.Equal(t, n, got, s)
			d, err := vn.ParseDecimal(s)
			require.NoError(t, err, s)
			require.True(t, decimal.NewFromInt(n).Equal(d), s)
		}
	}
	for n := int64(-2000); n <= 20000; n++ {
		check(n)
	}
	for n := int64(math.MaxInt64); n > math.MaxInt64-1000; n-- {
		check(n)
		check(-n)
	}
	check(math.MinInt64)
}
