package vn_test

import (
	"errors"
	"math"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/vn"
)

func TestRate(t *testing.T) {
	// want is in Go syntax, with exactly places decimals.
	testRates(t, vn.Rate, []rateRow{
		{46, 86, 1, "53.5"}, // 53,488…: the report states 53,4%
		{46, 86, 2, "53.49"},
		{46, 86, 0, "53"},
		{300, 306, 1, "98.0"}, // 98,039…
		{300, 306, 0, "98"},
		{7, 16, 2, "43.75"},
		{7, 16, 1, "43.8"},  // exactly 43,75: the 5 goes up
		{26, 57, 1, "45.6"}, // 45,614…
		{26, 57, 0, "46"},   // the report states 45%
		{33, 33, 1, "100.0"},
		{1, 8, 0, "13"}, // exactly 12,5: half-up, not half-even (12)
		{3, 8, 0, "38"},
		{1, 3, 2, "33.33"},
		{2, 3, 2, "66.67"},
		{0, 5, 1, "0.0"},
		{5, 4, 1, "125.0"}, // rates over 100% exist
		{15264, 15265, 2, "99.99"},
		{298, 1402, 2, "21.26"},
		{1, 7, 30, "14.285714285714285714285714285714"},
		{math.MaxInt64, 1, 0, "922337203685477580700"},
		{1, math.MaxInt64, 20, "0.00000000000000001084"},
	}, func(t *testing.T, r rateRow, got decimal.Decimal) {
		sameRate(t, r, got)
		assert.Equal(t, r.want, got.StringFixed(r.places))
	})
}

func TestRateTruncated(t *testing.T) {
	testRates(t, vn.RateTruncated, []rateRow{
		{46, 86, 1, "53.4"},     // what the report states
		{26, 57, 0, "45"},       // what the report states
		{298, 1402, 2, "21.25"}, // what the Đồng Nai 2023 news printed
		{7, 16, 2, "43.75"},
		{300, 306, 0, "98"},
		{2, 3, 1, "66.6"},
		{0, 9, 1, "0"},
		{5, 4, 0, "125"},
	}, sameRate)
}

func TestRateErrors(t *testing.T) {
	tests := []struct {
		num, den int64
		places   int32
		reason   string
	}{
		{1, 0, 1, "denominator 0: expected a denominator above zero"},
		{1, -4, 1, "denominator -4: expected a denominator above zero"},
		{-1, 4, 1, "numerator -1: expected a numerator of zero or more"},
		{1, 4, -1, "places -1: expected zero or more decimal places"},
		{1, 4, vn.MaxPlaces + 1, "places 31: expected at most 30 decimal places"},
		{1, 4, math.MinInt32, "places -2147483648: expected zero or more decimal places"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			for _, fn := range []struct {
				name string
				f    func(int64, int64, int32) (decimal.Decimal, error)
			}{{"Rate", vn.Rate}, {"RateTruncated", vn.RateTruncated}} {
				name, f := fn.name, fn.f
				got, err := f(tt.num, tt.den, tt.places)
				require.Error(t, err, name)
				assert.True(t, got.IsZero(), name)
				var re *vn.RateError
				require.True(t, errors.As(err, &re), "%s: error %T is not a *vn.RateError", name, err)
				assert.Equal(t, vn.RateError{Num: tt.num, Den: tt.den, Places: tt.places, Reason: tt.reason}, *re)
				assert.Contains(t, err.Error(), tt.reason)
			}
			s, err := vn.Percent(tt.num, tt.den, tt.places)
			require.Error(t, err)
			assert.Empty(t, s)
		})
	}
}

func TestPercent(t *testing.T) {
	testRates(t, vn.Percent, []rateRow{
		{46, 86, 1, "53,5%"},
		{46, 86, 2, "53,49%"},
		{300, 306, 1, "98%"},
		{7, 16, 2, "43,75%"},
		{7, 16, 1, "43,8%"},
		{33, 33, 1, "100%"},
		{26, 57, 1, "45,6%"},
		{26, 57, 0, "46%"},
		{1, 3, 1, "33,3%"},
		{2, 3, 1, "66,7%"},
		{0, 10, 1, "0%"},
		{5, 4, 1, "125%"},
		{1, 8, 0, "13%"},
		{12345, 100, 1, "12.345%"},
		{298, 1402, 2, "21,26%"},
		{759, 1924, 2, "39,45%"}, // An Giang 2024: toàn trình
		{441, 1924, 2, "22,92%"}, // một phần
		{724, 1924, 2, "37,63%"}, // information only
	}, func(t *testing.T, r rateRow, got string) {
		assert.Equal(t, r.want, got)
	})
}

func TestPercentValue(t *testing.T) {
	testWritten(t, []written[placed]{
		{placed{dec("53.5"), 1}, "53,5%"},
		{placed{dec("98.0"), 1}, "98%"},
		{placed{dec("43.75"), 2}, "43,75%"},
		{placed{dec("43.75"), 1}, "43,8%"},
		{placed{dec("100"), 1}, "100%"},
		{placed{dec("-2.45"), 1}, "-2,5%"},
		{placed{dec("0"), 2}, "0%"},
	}, withPlaces(vn.PercentValue))
}

func TestParsePercent(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		places int32
	}{
		{"53,4%", "53.4", 1},
		{"53,5%", "53.5", 1},
		{"98%", "98", 0},
		{"43,75 %", "43.75", 2},
		{"43,75\u00a0%", "43.75", 2},
		{"45%", "45", 0},
		{"100%", "100", 0},
		{"125,0%", "125", 1},
		{"0,5%", "0.5", 1},
		{"53,50%", "53.5", 2},
		{"-5%", "-5", 0},
		{"1.234,5%", "1234.5", 1},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, places, err := vn.ParsePercent(tt.in)
			require.NoError(t, err)
			assert.True(t, dec(tt.want).Equal(got), "got %s, want %s", got, tt.want)
			assert.Equal(t, tt.places, places)
		})
	}
}

func TestParsePercentErrors(t *testing.T) {
	tests := []struct {
		in     string
		reason string
	}{
		{"53,4", `expected a number followed by "%"`},
		{"53,4% ", `expected a number followed by "%"`},
		{"", `followed by "%"`},
		{"%", "no digits"},
		{" %", "no digits"},
		{"53,4  %", "space after the number"},
		{"53,4%%", "'%' is not a digit"},
		{" 53,4%", "space before the number"},
		{"53.4%", "not three digits"},
		{"abc%", "'a' is not a digit"},
		{"53,%", "no digits after ','"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, _, err := vn.ParsePercent(tt.in)
			requireParseError(t, err, "percentage", tt.in, tt.reason)
		})
	}
}

// TestReferenceReportRates checks the rates the reference report states
// against the counts it gives, at the stated precision, the way a check
// does: equal to the rounded rate, equal to the truncated one (a slip of
// its own kind), or simply different.
func TestReferenceReportRates(t *testing.T) {
	tests := []struct {
		num, den  int64
		stated    string
		wantRound string // the rate at the stated precision, as the SDK prints it
		verdict   string
	}{
		{46, 86, "53,4%", "53,5%", "truncated"},
		{300, 306, "98%", "98%", "equal"},
		{7, 16, "43,75%", "43,75%", "equal"},
		{26, 57, "45%", "46%", "truncated"},
		{33, 33, "100%", "100%", "equal"},
	}
	for _, tt := range tests {
		t.Run(vn.Ratio(tt.num, tt.den), func(t *testing.T) {
			stated, places, err := vn.ParsePercent(tt.stated)
			require.NoError(t, err)
			rounded, err := vn.Rate(tt.num, tt.den, places)
			require.NoError(t, err)
			truncated, err := vn.RateTruncated(tt.num, tt.den, places)
			require.NoError(t, err)
			assert.Equal(t, tt.wantRound, vn.PercentValue(rounded, places))
			verdict := "different"
			switch {
			case stated.Equal(rounded):
				verdict = "equal"
			case stated.Equal(truncated):
				verdict = "truncated"
			}
			assert.Equal(t, tt.verdict, verdict)
		})
	}
	// The SDK prints the derived rate at the default precision.
	got, err := vn.Percent(46, 86, vn.DefaultFormat().Places)
	require.NoError(t, err)
	assert.Equal(t, "53,5%", got)
	got, err = vn.Percent(26, 57, vn.DefaultFormat().Places)
	require.NoError(t, err)
	assert.Equal(t, "45,6%", got)
}
