package vn_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/vn"
)

func TestRoman(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{1, "I"}, {2, "II"}, {3, "III"}, {4, "IV"}, {5, "V"}, {6, "VI"},
		{9, "IX"}, {10, "X"}, {14, "XIV"}, {19, "XIX"}, {40, "XL"}, {49, "XLIX"},
		{90, "XC"}, {400, "CD"}, {900, "CM"}, {1994, "MCMXCIV"}, {2024, "MMXXIV"},
		{3888, "MMMDCCCLXXXVIII"}, {3999, "MMMCMXCIX"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got, err := vn.Roman(tt.n)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			n, err := vn.ParseRoman(tt.want)
			require.NoError(t, err)
			assert.Equal(t, tt.n, n)
		})
	}
	for _, n := range []int{0, -1, 4000, 1 << 40} {
		got, err := vn.Roman(n)
		require.Error(t, err, n)
		assert.Empty(t, got)
		assert.Contains(t, err.Error(), strconv.Itoa(n)+": expected a number from 1 to 3999")
	}
}

// Every number from 1 to 3999 is written once and reads back as itself.
func TestRomanRoundTrip(t *testing.T) {
	seen := map[string]int{}
	for n := 1; n <= vn.MaxRoman; n++ {
		s, err := vn.Roman(n)
		require.NoError(t, err)
		if m, dup := seen[s]; dup {
			t.Fatalf("Roman(%d) = Roman(%d) = %q", n, m, s)
		}
		seen[s] = n
		got, err := vn.ParseRoman(s)
		require.NoError(t, err, s)
		require.Equal(t, n, got, s)
	}
}

func TestParseRomanErrors(t *testing.T) {
	tests := []struct {
		in     string
		reason string
	}{
		{"IIII", `expected the canonical form "IV" of 4`},
		{"VIIII", `expected the canonical form "IX" of 9`},
		{"XIIII", `"XIV"`},
		{"IIV", "canonical form"},
		{"VV", `expected the canonical form "X" of 10`},
		{"DD", `"M"`},
		{"MCMC", "canonical form"},
		{"VX", "canonical form from I to MMMCMXCIX"},
		{"IC", "canonical form from I to MMMCMXCIX"},
		{"IM", "canonical form from I to MMMCMXCIX"},
		{"MMMM", "above MMMCMXCIX"},
		{"xiv", "lower case; expected upper-case letters"},
		{"Xiv", "lower case"},
		{"", "empty"},
		{"ABC", "expected a Roman numeral"},
		{"MMMMMMMMMMMMMMMM", "longer than any Roman numeral"},
		{"X IV", "expected a Roman numeral"},
		{"XIV.", "expected a Roman numeral"},
		{"Ⅻ", "expected a Roman numeral"}, // the Unicode numeral sign
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, err := vn.ParseRoman(tt.in)
			requireParseError(t, err, "Roman numeral", tt.in, tt.reason)
			assert.Zero(t, n)
		})
	}
}

func TestLetter(t *testing.T) {
	tests := []struct {
		i    int
		want string
	}{
		{1, "a"}, {2, "b"}, {3, "c"}, {4, "d"}, {5, "đ"}, {6, "e"}, {7, "g"}, {8, "h"},
		{9, "i"}, {10, "k"}, {11, "l"}, {12, "m"}, {13, "n"}, {14, "o"}, {15, "p"},
		{16, "q"}, {17, "r"}, {18, "s"}, {19, "t"}, {20, "u"}, {21, "v"}, {22, "x"}, {23, "y"},
	}
	require.Len(t, tests, vn.Letters)
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got, err := vn.Letter(tt.i)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			i, err := vn.ParseLetter(tt.want)
			require.NoError(t, err)
			assert.Equal(t, tt.i, i)
		})
	}
	for _, i := range []int{0, -1, 24, 100} {
		got, err := vn.Letter(i)
		require.Error(t, err, i)
		assert.Empty(t, got)
		assert.Contains(t, err.Error(), strconv.Itoa(i)+": expected a number from 1 to 23")
	}
}

func TestParseLetterErrors(t *testing.T) {
	tests := []struct {
		in     string
		reason string
	}{
		{"f", "not used in Vietnamese numbering; expected one of a b c d đ e g"},
		{"j", "not used"},
		{"w", "not used"},
		{"z", "not used"},
		{"A", "upper case"},
		{"Đ", "upper case"},
		{"a)", "expected one of"},
		{"", "expected one of"},
		{"ă", "expected one of"},
		{"dd", "expected one of"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := vn.ParseLetter(tt.in)
			requireParseError(t, err, "điểm letter", tt.in, tt.reason)
		})
	}
}
