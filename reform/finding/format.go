package finding

import (
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/cchc-go/cchc/reform/vn"
)

// This file adapts the Vietnamese number conventions of reform/vn (thousands
// with ".", decimals with ",") to what the messages need: big sums, and
// decimals written with the places the data states.

// viInt writes n the Vietnamese way: 15.613.
func viInt(n int64) string { return vn.Int(n) }

// viBig writes n the Vietnamese way: 15.613.
func viBig(n *big.Int) string { return vn.Decimal(decimal.NewFromBigInt(n, 0), 0) }

// places returns how many decimals d needs to be written exactly: its
// exponent's, less the trailing zeros of its coefficient.
func places(d decimal.Decimal) int32 {
	if d.Exponent() >= 0 || d.IsZero() {
		return 0
	}
	digits := d.Coefficient().String()
	n := -int64(d.Exponent())
	for n > 0 && strings.HasSuffix(digits, "0") {
		digits = digits[:len(digits)-1]
		n--
	}
	return int32(n)
}

// plainDecimal writes d exactly, with "." as the decimal point and no trailing
// zeros, independent of the decimal package's global string settings.
func plainDecimal(d decimal.Decimal) string { return d.StringFixed(places(d)) }

// fixedDecimal writes d with at least atLeast decimals (more if d has them), with
// "." as the decimal point.
func fixedDecimal(d decimal.Decimal, atLeast int32) string {
	return d.StringFixed(max(atLeast, places(d)))
}

// viDecimal writes a machine-form decimal ("-1745000.5", as plainDecimal and
// fixedDecimal write it) the Vietnamese way with vn.Decimal, keeping the
// decimals it has, trailing zeros included: "-1.745.000,5", "98,0".
func viDecimal(s string) string {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return s // not machine form: left as it is
	}
	_, frac, _ := strings.Cut(s, ".")
	return padDecimals(vn.Decimal(d, int32(len(frac))), len(frac))
}

// padDecimals appends to v, a number vn.Decimal wrote, the trailing zeros
// it dropped, up to n decimals: vn.Decimal writes 98,0 as "98".
func padDecimals(v string, n int) string {
	_, frac, comma := strings.Cut(v, ",")
	if len(frac) >= n {
		return v
	}
	if !comma {
		v += ","
	}
	return v + strings.Repeat("0", n-len(frac))
}

// sentence makes a message: the label (or fallback when it is empty) with its
// first letter in upper case, followed by rest, in NFC.
func sentence(label, fallback, rest string) string {
	if label == "" {
		label = fallback
	}
	r, size := utf8.DecodeRuneInString(label)
	if r != utf8.RuneError && unicode.IsLower(r) {
		label = string(unicode.ToUpper(r)) + label[size:]
	}
	return vn.NFC(label + rest)
}
