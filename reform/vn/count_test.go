package vn_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/vn"
)

func TestCount(t *testing.T) {
	testWritten(t, []written[int64]{
		{1, "01"},
		{3, "03"},
		{9, "09"},
		{10, "10"},
		{11, "11"},
		{84, "84"},
		{148, "148"},
		{15613, "15.613"},
		{0, "0"},
		{-3, "-3"},
		{-15, "-15"},
	}, vn.Count, vn.DefaultFormat().Count)
}

func TestRatio(t *testing.T) {
	tests := []struct {
		num, den int64
		want     string
	}{
		{4, 4, "04/04"},
		{11, 11, "11/11"},
		{46, 86, "46/86"},
		{300, 306, "300/306"},
		{7, 16, "07/16"},
		{26, 57, "26/57"},
		{33, 33, "33/33"},
		{0, 5, "0/05"},
		{298, 1402, "298/1.402"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, vn.Ratio(tt.num, tt.den))
			num, den, err := vn.ParseRatio(tt.want)
			require.NoError(t, err)
			assert.Equal(t, [2]int64{tt.num, tt.den}, [2]int64{num, den})
		})
	}
}

func TestFormat(t *testing.T) {
	assert.Equal(t, vn.Format{LeadingZero: true, Places: 1}, vn.DefaultFormat())

	plain := vn.Format{LeadingZero: false, Places: 1}
	assert.Equal(t, "3", plain.Count(3))
	assert.Equal(t, "10", plain.Count(10))
	assert.Equal(t, "15.613", plain.Count(15613))
	assert.Equal(t, "4/4", plain.Ratio(4, 4))
	assert.Equal(t, "7/16", plain.Ratio(7, 16))

	tests := []struct {
		f        vn.Format
		num, den int64
		want     string
	}{
		{vn.DefaultFormat(), 46, 86, "53,5%"},
		{vn.DefaultFormat(), 300, 306, "98%"},
		{vn.Format{Places: 2}, 7, 16, "43,75%"},
		{vn.Format{Places: 2}, 46, 86, "53,49%"},
		{vn.Format{}, 46, 86, "53%"},
		{vn.Format{}, 26, 57, "46%"},
	}
	for _, tt := range tests {
		got, err := tt.f.Percent(tt.num, tt.den)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got, "%+v %d/%d", tt.f, tt.num, tt.den)
	}
	_, err := vn.DefaultFormat().Percent(1, 0)
	assert.Error(t, err)
}

func TestParseCount(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"03", 3}, {"01", 1}, {"10", 10}, {"148", 148}, {"15.613", 15613}, {"0", 0},
	}
	for _, tt := range tests {
		got, err := vn.ParseCount(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
	_, err := vn.ParseCount("-3")
	requireParseError(t, err, "count", "-3", "negative; expected a count of zero or more")
	_, err = vn.ParseCount("3,5")
	requireParseError(t, err, "count", "3,5", "decimal comma")
	_, err = vn.ParseCount("003")
	requireParseError(t, err, "count", "003", "leading zero")
}

func TestParseRatioErrors(t *testing.T) {
	tests := []struct {
		in     string
		reason string
	}{
		{"46:86", "expected two counts separated by one '/'"},
		{"1/2/3", "separated by one '/'"},
		{"46 / 86", "numerator: space after the number"},
		{"46/", "denominator: no digits"},
		{"/86", "numerator: no digits"},
		{"-1/2", "numerator: negative"},
		{"1/1,5", "denominator: ',' is the decimal comma"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, _, err := vn.ParseRatio(tt.in)
			requireParseError(t, err, "ratio", tt.in, tt.reason)
		})
	}
}
