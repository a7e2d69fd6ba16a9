package finding

import (
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/unicode/norm"
)

// This file holds the few Vietnamese number conventions the messages need
// (thousands with ".", decimals with ","). The full set lives in reform/vn,
// which this leaf package may not import.

// groupDigits writes an optionally signed string of digits with "." between
// groups of three: "-15613" → "-15.613".
func groupDigits(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	if len(s) <= 3 {
		return sign + s
	}
	var b strings.Builder
	b.Grow(len(sign) + len(s) + len(s)/3)
	b.WriteString(sign)
	head := len(s) % 3
	if head == 0 {
		head = 3
	}
	b.WriteString(s[:head])
	for i := head; i < len(s); i += 3 {
		b.WriteByte('.')
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// viInt writes n the Vietnamese way: 15.613.
func viInt(n int64) string { return groupDigits(strconv.FormatInt(n, 10)) }

// viBig writes n the Vietnamese way: 15.613.
func viBig(n *big.Int) string { return groupDigits(n.String()) }

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

// viDecimal writes a machine-form decimal ("-1745000.5") the Vietnamese way:
// "-1.745.000,5".
func viDecimal(s string) string {
	intPart, frac, ok := strings.Cut(s, ".")
	if !ok {
		return groupDigits(intPart)
	}
	return groupDigits(intPart) + "," + frac
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
	return norm.NFC.String(label + rest)
}
