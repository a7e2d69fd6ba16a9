package vn

import (
	"errors"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// What the number readers expect, quoted in their errors.
const (
	intExpected     = "expected digits grouped by '.' in threes, e.g. 15.613"
	decimalExpected = "expected digits grouped by '.' in threes, decimals after ',', e.g. 1.234,5"
	int64Range      = "expected an integer from -9.223.372.036.854.775.808 to 9.223.372.036.854.775.807"
)

// Int writes an integer the Vietnamese way (số nguyên), with "." between
// thousands: 15.613, 1.745, 9.000, -1.234, 0.
func Int(n int64) string {
	u := uint64(n)
	if n < 0 {
		u = -u // two's complement: exact for math.MinInt64 too
	}
	// 20 digits, 6 dots and a sign fit in 27 bytes.
	var buf [27]byte
	i := len(buf)
	for digits := 0; ; digits++ {
		if digits > 0 && digits%3 == 0 {
			i--
			buf[i] = '.'
		}
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if n < 0 {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// Decimal writes a decimal number the Vietnamese way (số thập phân): rounded
// half-up (a 5 goes away from zero) to places decimals, "," before the
// decimals, trailing zeros after the comma dropped and "." between thousands:
// 53,5; 2,5; 1.234,56; 98 (98,0 at one place).
//
// A negative places rounds to tens, hundreds, … as decimal.Decimal.Round
// does: 1.745 at -1 place is 1.750.
func Decimal(d decimal.Decimal, places int32) string {
	return formatDecimal(roundHalfUp(d, places))
}

// roundHalfUp rounds d half away from zero to places decimals. It never
// enlarges the coefficient beyond what the result needs, so a large places
// (or a very negative one) costs nothing.
func roundHalfUp(d decimal.Decimal, places int32) decimal.Decimal {
	exp := int64(d.Exponent())
	if int64(places) >= -exp {
		return d // already exact at that precision
	}
	// |d| < 10^intDigits; when that is at most a tenth of the rounding unit,
	// |d| is below half of it and rounds to zero.
	intDigits := int64(d.NumDigits()) + exp
	if -int64(places) > intDigits {
		return decimal.New(0, 0)
	}
	return d.Round(places)
}

// formatDecimal writes d exactly, with trailing zeros after the comma
// dropped.
func formatDecimal(d decimal.Decimal) string {
	coef := d.Coefficient()
	if coef.Sign() == 0 {
		return "0"
	}
	neg := coef.Sign() < 0
	digits := coef.Abs(coef).String()
	exp := int64(d.Exponent())
	// Drop the coefficient's trailing zeros that sit after the comma.
	for exp < 0 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
		exp++
	}
	var intPart, frac string
	switch {
	case exp >= 0:
		intPart = digits + strings.Repeat("0", int(exp))
	case int64(len(digits)) > -exp:
		intPart, frac = digits[:int64(len(digits))+exp], digits[int64(len(digits))+exp:]
	default:
		intPart, frac = "0", strings.Repeat("0", int(-exp)-len(digits))+digits
	}
	var b strings.Builder
	b.Grow(len(intPart) + len(intPart)/3 + len(frac) + 2)
	if neg {
		b.WriteByte('-')
	}
	writeGrouped(&b, intPart)
	if frac != "" {
		b.WriteByte(',')
		b.WriteString(frac)
	}
	return b.String()
}

// writeGrouped writes a run of digits with "." between thousands.
func writeGrouped(b *strings.Builder, digits string) {
	head := len(digits) % 3
	if head == 0 {
		head = 3
	}
	b.WriteString(digits[:head])
	for i := head; i < len(digits); i += 3 {
		b.WriteByte('.')
		b.WriteString(digits[i : i+3])
	}
}

// ParseInt reads an integer written the Vietnamese way (đọc số nguyên):
// "15.613", "1.745.000", "9000" (digits not grouped at all), "01" (the
// administrative leading zero of a count), "-3". It rejects "15,613" (","
// marks decimals), "1.23" and "1..000" (groups of three after each "."),
// spaces around the number, "+" and any other character, and values outside
// int64.
func ParseInt(s string) (int64, error) {
	return parseInt("integer", s)
}

// parseInt is ParseInt with the kind of figure its errors name.
func parseInt(kind, s string) (int64, error) {
	n, err := scanNumber(kind, s, s, false)
	if err != nil {
		return 0, err
	}
	text := n.intDigits
	if n.neg {
		text = "-" + text
	}
	v, err := strconv.ParseInt(text, 10, 64)
	if errors.Is(err, strconv.ErrRange) {
		return 0, &ParseError{Kind: kind, Text: s, Reason: "out of range: " + int64Range}
	}
	if err != nil { // cannot happen: scanNumber let only ASCII digits through
		return 0, &ParseError{Kind: kind, Text: s, Reason: intExpected}
	}
	return v, nil
}

// ParseDecimal reads a decimal number written the Vietnamese way (đọc số
// thập phân): "53,5", "1.234,5", "2,5", "98", "-0,25". The integer part
// follows ParseInt; the decimals after "," are not grouped. The result keeps
// the decimals as written: "53,50" has two.
func ParseDecimal(s string) (decimal.Decimal, error) {
	n, err := scanNumber("decimal", s, s, true)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return n.decimal(), nil
}

// number is a number as scanned: its sign, the digits before the comma
// without the thousands dots, and the digits after it.
type number struct {
	neg             bool
	intDigits, frac string
}

// decimal returns the value of n with as many decimals as were written.
func (n number) decimal() decimal.Decimal {
	coef, _ := new(big.Int).SetString(n.intDigits+n.frac, 10)
	if n.neg {
		coef.Neg(coef)
	}
	return decimal.NewFromBigInt(coef, -int32(len(n.frac)))
}

// scanNumber checks the syntax of body, an optionally signed number with
// "." between thousands and, when allowFrac, decimals after ",". Errors name
// kind and quote text, the caller's whole input.
func scanNumber(kind, text, body string, allowFrac bool) (number, error) {
	expected := intExpected
	if allowFrac {
		expected = decimalExpected
	}
	fail := func(detail string) (number, error) {
		reason := expected
		if detail != "" {
			reason = detail + "; " + expected
		}
		return number{}, &ParseError{Kind: kind, Text: text, Reason: reason}
	}
	if body == "" {
		return fail("no digits")
	}
	if r, _ := utf8.DecodeRuneInString(body); isSpace(r) {
		return fail("space before the number")
	}
	if r, _ := utf8.DecodeLastRuneInString(body); isSpace(r) {
		return fail("space after the number")
	}
	var n number
	if rest, ok := strings.CutPrefix(body, "-"); ok {
		n.neg, body = true, rest
	}
	intPart := body
	if i := strings.IndexByte(body, ','); i >= 0 {
		if !allowFrac {
			return fail("',' is the decimal comma, not a thousands separator")
		}
		intPart, n.frac = body[:i], body[i+1:]
		if n.frac == "" {
			return fail("no digits after ','")
		}
		if strings.IndexByte(n.frac, ',') >= 0 {
			return fail("more than one ','")
		}
		if strings.IndexByte(n.frac, '.') >= 0 {
			return fail("'.' after the decimal comma")
		}
		if r, ok := firstNonDigit(n.frac); ok {
			return fail(notDigit(r))
		}
	}
	if intPart == "" && n.frac != "" {
		return fail("no digits before the comma")
	}
	if intPart == "" {
		return fail("no digits")
	}
	if r, ok := firstNonDigit(strings.ReplaceAll(intPart, ".", "")); ok {
		return fail(notDigit(r))
	}
	if !strings.Contains(intPart, ".") {
		// Ungrouped digits: no leading zero but the count form 01 to 09.
		if len(intPart) > 1 && intPart[0] == '0' && (len(intPart) > 2 || intPart == "00") {
			return fail("leading zero (only the count form 01 to 09 has one)")
		}
		n.intDigits = intPart
		return n, nil
	}
	groups := strings.Split(intPart, ".")
	for i, g := range groups {
		switch {
		case g == "":
			return fail("empty group between '.'")
		case i == 0 && len(g) > 3:
			return fail(strconv.Quote(g) + " before the first '.' has more than three digits")
		case i == 0 && g[0] == '0':
			return fail("leading zero before '.'")
		case i > 0 && len(g) != 3:
			return fail(strconv.Quote(g) + " after '.' is not three digits")
		}
	}
	n.intDigits = strings.Join(groups, "")
	return n, nil
}

// firstNonDigit returns the first rune of s that is not an ASCII digit.
func firstNonDigit(s string) (rune, bool) {
	for _, r := range s {
		if r < '0' || r > '9' {
			return r, true
		}
	}
	return 0, false
}

// notDigit describes a rune found where a digit was expected.
func notDigit(r rune) string {
	switch r {
	case '+':
		return "'+' sign (write positive numbers without a sign)"
	case '-':
		return "'-' inside the number"
	case utf8.RuneError:
		return "invalid UTF-8"
	}
	if isSpace(r) {
		return "space inside the number"
	}
	return strconv.QuoteRune(r) + " is not a digit"
}

// isSpace reports the spaces that may surround a number in text: ASCII
// white space and the no-break spaces word processors insert.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u202f', '\u2007':
		return true
	}
	return false
}
