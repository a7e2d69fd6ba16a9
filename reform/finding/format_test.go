package finding

import (
	"math"
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

func TestViInt(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "0"},
		{7, "7"},
		{555, "555"},
		{1000, "1.000"},
		{1402, "1.402"},
		{15613, "15.613"},
		{100000, "100.000"},
		{1745000, "1.745.000"},
		{-1, "-1"},
		{-999, "-999"},
		{-1000, "-1.000"},
		{-15613, "-15.613"},
		{math.MaxInt64, "9.223.372.036.854.775.807"},
		{math.MinInt64, "-9.223.372.036.854.775.808"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, viInt(tt.n), "%d", tt.n)
	}
	n, _ := new(big.Int).SetString("-18446744073709551616", 10)
	assert.Equal(t, "-18.446.744.073.709.551.616", viBig(n))
}

func TestDecimalText(t *testing.T) {
	tests := []struct {
		in          string
		atLeast     int32
		plain, vi   string
		fixed, viFx string
	}{
		{"53.4", 1, "53.4", "53,4", "53.4", "53,4"},
		{"53.40", 1, "53.4", "53,4", "53.4", "53,4"},
		{"53.40", 2, "53.4", "53,4", "53.40", "53,40"},
		{"98", 0, "98", "98", "98", "98"},
		{"98", 1, "98", "98", "98.0", "98,0"},
		{"43.75", 1, "43.75", "43,75", "43.75", "43,75"},
		{"1745000.50", 0, "1745000.5", "1.745.000,5", "1745000.5", "1.745.000,5"},
		{"-0.09", 0, "-0.09", "-0,09", "-0.09", "-0,09"},
		{"0.000", 0, "0", "0", "0", "0"},
		{"1.5e3", 0, "1500", "1.500", "1500", "1.500"},
		{"-18446744073709551616.250", 3, "-18446744073709551616.25", "-18.446.744.073.709.551.616,25", "-18446744073709551616.250", "-18.446.744.073.709.551.616,250"},
		{"0", 2, "0", "0", "0.00", "0,00"},
	}
	for _, tt := range tests {
		d := decimal.RequireFromString(tt.in)
		assert.Equal(t, tt.plain, plainDecimal(d), tt.in)
		assert.Equal(t, tt.vi, viDecimal(plainDecimal(d)), tt.in)
		assert.Equal(t, tt.fixed, fixedDecimal(d, tt.atLeast), tt.in)
		assert.Equal(t, tt.viFx, viDecimal(fixedDecimal(d, tt.atLeast)), tt.in)
	}
}

func TestSentence(t *testing.T) {
	assert.Equal(t, "Tỷ lệ ghi 5%.", sentence("tỷ lệ", "x", " ghi 5%."))
	assert.Equal(t, "Đơn vị là 3.", sentence("đơn vị", "x", " là 3."))
	assert.Equal(t, "Ủy ban là 3.", sentence("ủy ban", "x", " là 3."))
	assert.Equal(t, "TTHC là 3.", sentence("TTHC", "x", " là 3."))
	assert.Equal(t, "Số liệu là 3.", sentence("", "số liệu", " là 3."))
	assert.Equal(t, "3 đơn vị.", sentence("3 đơn vị", "x", "."))
	// A decomposed label comes out composed (NFC), its first letter in upper case.
	got := sentence(norm.NFD.String("ổn định"), "x", ".")
	assert.Equal(t, "Ổn định.", got)
	assert.True(t, norm.NFC.IsNormalString(got))
}
