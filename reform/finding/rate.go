package finding

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"
)

// RateResult says how a stated rate compares with the one computed from its
// numerator and denominator (kết quả đối chiếu tỷ lệ).
type RateResult int

// The results of CheckRate.
const (
	// RateOK: the stated rate equals the computed one, rounded half-up at the
	// stated precision.
	RateOK RateResult = iota
	// RateRounding: the stated rate differs from the half-up value and is not
	// the truncated value either: a plain mismatch.
	RateRounding
	// RateTruncated: the stated rate equals the value cut off at the stated
	// precision but not the rounded one, e.g. 46/86 = 53,488…% written 53,4%
	// instead of 53,5%.
	RateTruncated
	// RateNoBase: the denominator is 0 or negative, so there is no rate to
	// compare with; CheckRate makes no finding.
	RateNoBase
)

// String returns "ok", "rounding", "truncated" or "no_base".
func (r RateResult) String() string {
	switch r {
	case RateOK:
		return "ok"
	case RateRounding:
		return "rounding"
	case RateTruncated:
		return "truncated"
	case RateNoBase:
		return "no_base"
	}
	return fmt.Sprintf("rate_result(%d)", int(r))
}

// MaxRatePlaces is the most decimals CheckRate computes a rate to. A places
// argument above it is taken as MaxRatePlaces, one below 0 as 0.
const MaxRatePlaces = 10

// TruncatedSuffix is appended to a subject's code for the finding CheckRate
// makes when a rate was truncated instead of rounded.
const TruncatedSuffix = ".truncated"

// TruncatedCode returns the code of the truncated-rate finding of a rate check
// with code c: c + ".truncated". A catalogue that lists c should list it too.
func TruncatedCode(c Code) Code { return c + TruncatedSuffix }

// CheckRate checks a stated percentage (tỷ lệ ghi trong báo cáo) against
// num/den × 100 computed with decimal arithmetic and rounded half-up (half
// away from zero) to places decimals, places being the number of decimals the
// stated rate is written with (0 for "98%", 1 for "53,4%", 2 for "43,75%").
//
// Stated values compare as numbers: 53.40 at 2 places equals 53.4. The result
// is RateOK when stated equals the rounded value; RateTruncated when it equals
// the value cut off at places decimals (toward zero) but not the rounded one;
// RateRounding for any other mismatch; RateNoBase, with no finding, when
// den <= 0. Whether num ≤ den and num ≥ 0 is for AtMost and NotNegative.
//
// A finding is made for RateRounding and RateTruncated. Its code is s.Code for
// a mismatch and TruncatedCode(s.Code), i.e. s.Code + ".truncated", for a
// truncated value; its default severity is Error for a mismatch and Warning
// for a truncated value (a non-zero s.Severity applies to both; use a RuleSet
// to tell them apart). Its values are "stated", "computed", "truncated" (only
// for RateTruncated), "numerator" and "denominator", in that order.
//
// The truncated message reads: "Tỷ lệ cán bộ nữ ghi 53,4% nhưng 46/86 tính
// được 53,5% (làm tròn); 53,4% là giá trị bị cắt bớt chữ số, không làm tròn."
func CheckRate(s Subject, stated decimal.Decimal, places int32, num, den int64) (RateResult, Finding, bool) {
	if den <= 0 {
		return RateNoBase, Finding{}, false
	}
	places = min(max(places, 0), MaxRatePlaces)
	pct := decimal.NewFromInt(num).Shift(2)
	base := decimal.NewFromInt(den)
	computed := pct.DivRound(base, places)
	if stated.Equal(computed) {
		return RateOK, Finding{}, false
	}
	truncated, _ := pct.QuoRem(base, places)

	statedText := fixedDecimal(stated, places)
	computedText := computed.StringFixed(places)
	truncatedText := truncated.StringFixed(places)
	ratio := viInt(num) + "/" + viInt(den)
	values := []Value{
		{Name: "stated", Value: statedText},
		{Name: "computed", Value: computedText},
	}
	var result RateResult
	var rest string
	var def Severity
	if stated.Equal(truncated) {
		result, def = RateTruncated, Warning
		s.Code = TruncatedCode(s.Code)
		values = append(values, Value{Name: "truncated", Value: truncatedText})
		rest = fmt.Sprintf(" ghi %s%% nhưng %s tính được %s%% (làm tròn); %s%% là giá trị bị cắt bớt chữ số, không làm tròn.",
			viDecimal(statedText), ratio, viDecimal(computedText), viDecimal(statedText))
	} else {
		result, def = RateRounding, Error
		gap := plainDecimal(stated.Sub(computed).Abs())
		rest = fmt.Sprintf(" ghi %s%% nhưng %s tính được %s%% (làm tròn), chênh lệch %s điểm phần trăm.",
			viDecimal(statedText), ratio, viDecimal(computedText), viDecimal(gap))
	}
	values = append(values,
		Value{Name: "numerator", Value: fmt.Sprint(num)},
		Value{Name: "denominator", Value: fmt.Sprint(den)},
	)
	return result, s.finding(def, slices.Clone(s.Related), values, sentence(s.Label, "tỷ lệ", rest)), true
}
