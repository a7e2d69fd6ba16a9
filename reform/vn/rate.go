package vn

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// MaxPlaces is the largest number of decimals Rate, RateTruncated and
// Percent accept: far more than any report states, small enough that a
// mistyped precision cannot make them compute millions of digits.
const MaxPlaces = 30

// RateError is the error Rate, RateTruncated and Percent return when a rate
// cannot be computed (tỷ lệ không tính được): the operands as given and what
// was expected.
type RateError struct {
	Num, Den int64
	Places   int32
	Reason   string
}

// Error says which rate could not be computed and what was expected.
func (e *RateError) Error() string {
	return fmt.Sprintf("vn: rate %d/%d (places %d): %s", e.Num, e.Den, e.Places, e.Reason)
}

// checkRate returns the error for operands no rate can be computed from.
func checkRate(num, den int64, places int32) error {
	var reason string
	switch {
	case den <= 0:
		reason = fmt.Sprintf("denominator %d: expected a denominator above zero", den)
	case num < 0:
		reason = fmt.Sprintf("numerator %d: expected a numerator of zero or more", num)
	case places < 0:
		reason = fmt.Sprintf("places %d: expected zero or more decimal places", places)
	case places > MaxPlaces:
		reason = fmt.Sprintf("places %d: expected at most %d decimal places", places, MaxPlaces)
	default:
		return nil
	}
	return &RateError{Num: num, Den: den, Places: places, Reason: reason}
}

// Rate computes the percentage num×100/den (tỷ lệ phần trăm) with decimal
// arithmetic, rounded half-up (a 5 goes up) to places decimals: 46/86 at
// one place is 53.5, 7/16 at two places is 43.75. A numerator above the
// denominator is allowed (rates over 100% exist). It fails with a
// *RateError when den <= 0, num < 0, places < 0 or places > MaxPlaces.
func Rate(num, den int64, places int32) (decimal.Decimal, error) {
	if err := checkRate(num, den, places); err != nil {
		return decimal.Decimal{}, err
	}
	return decimal.NewFromInt(num).Shift(2).DivRound(decimal.NewFromInt(den), places), nil
}

// RateTruncated computes the percentage num×100/den cut off, not rounded,
// at places decimals (tỷ lệ bị cắt bớt chữ số): 46/86 at one place is 53.4
// where Rate gives 53.5. People who drop digits instead of rounding write
// this value; a check compares a stated rate with both to say which slip was
// made. Errors are those of Rate.
func RateTruncated(num, den int64, places int32) (decimal.Decimal, error) {
	if err := checkRate(num, den, places); err != nil {
		return decimal.Decimal{}, err
	}
	q, _ := decimal.NewFromInt(num).Shift(2).QuoRem(decimal.NewFromInt(den), places)
	return q, nil
}

// Percent writes the rate num/den as a percentage (tỷ lệ phần trăm) rounded
// half-up to places decimals, trailing zeros dropped: 46/86 → "53,5%",
// 300/306 → "98%", 7/16 at two places → "43,75%", 33/33 → "100%". Errors are
// those of Rate.
func Percent(num, den int64, places int32) (string, error) {
	r, err := Rate(num, den, places)
	if err != nil {
		return "", err
	}
	return PercentValue(r, places), nil
}

// PercentValue writes an already computed percentage (tỷ lệ phần trăm) like
// Decimal, followed by "%": 53.5 → "53,5%", 98.0 → "98%".
func PercentValue(d decimal.Decimal, places int32) string {
	return Decimal(d, places) + "%"
}

// ParsePercent reads a percentage as a report states it (đọc tỷ lệ phần
// trăm): "53,4%", "98%", "43,75 %" (one space, or no-break space, before "%"
// is tolerated). It returns the value and places, the number of decimals
// written, so that a check can compare a stated rate with the computed one
// at the stated precision: "53,4%" → 53.4, 1; "98%" → 98, 0. The number
// follows ParseDecimal; values above 100 are allowed.
func ParsePercent(s string) (value decimal.Decimal, places int32, err error) {
	body, ok := strings.CutSuffix(s, "%")
	if !ok {
		return decimal.Decimal{}, 0, &ParseError{Kind: "percentage", Text: s, Reason: `expected a number followed by "%", e.g. 53,5%`}
	}
	for _, space := range []string{" ", "\u00a0", "\u202f"} {
		if b, ok := strings.CutSuffix(body, space); ok {
			body = b
			break
		}
	}
	n, err := scanNumber("percentage", s, body, true)
	if err != nil {
		return decimal.Decimal{}, 0, err
	}
	return n.decimal(), int32(len(n.frac)), nil
}
