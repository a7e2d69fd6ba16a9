package finding

import (
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// women is the subject of the share of women among the staff of the reference
// report ("46/86 cán bộ nữ (đạt tỷ lệ 53,4%)").
var women = Subject{
	Code:    "personnel.women.rate",
	Path:    "personnel.women.rate",
	Related: []string{"personnel.women.count", "personnel.staff.count"},
	Label:   "tỷ lệ cán bộ nữ",
}

func TestCheckRate(t *testing.T) {
	d := decimal.RequireFromString
	tests := []struct {
		name     string
		s        Subject
		stated   string
		places   int32
		num, den int64
		result   RateResult
		want     *Finding
	}{
		// The figures of the reference report.
		{
			name: "46/86 written 53,4%: truncated", s: women, stated: "53.4", places: 1, num: 46, den: 86,
			result: RateTruncated,
			want: &Finding{
				Code: "personnel.women.rate.truncated", Severity: Warning, Path: "personnel.women.rate",
				Related: []string{"personnel.women.count", "personnel.staff.count"},
				Values:  []Value{{"stated", "53.4"}, {"computed", "53.5"}, {"truncated", "53.4"}, {"numerator", "46"}, {"denominator", "86"}},
				Message: "Tỷ lệ cán bộ nữ ghi 53,4% nhưng 46/86 tính được 53,5% (làm tròn); 53,4% là giá trị bị cắt bớt chữ số, không làm tròn.",
			},
		},
		{
			name: "26/57 written 45%: truncated", s: Subject{Code: "personnel.district_women.rate", Label: "tỷ lệ cán bộ nữ tại Phòng Tư pháp cấp huyện"},
			stated: "45", places: 0, num: 26, den: 57,
			result: RateTruncated,
			want: &Finding{
				Code: "personnel.district_women.rate.truncated", Severity: Warning,
				Values:  []Value{{"stated", "45"}, {"computed", "46"}, {"truncated", "45"}, {"numerator", "26"}, {"denominator", "57"}},
				Message: "Tỷ lệ cán bộ nữ tại Phòng Tư pháp cấp huyện ghi 45% nhưng 26/57 tính được 46% (làm tròn); 45% là giá trị bị cắt bớt chữ số, không làm tròn.",
			},
		},
		{name: "300/306 written 98%", s: women, stated: "98", places: 0, num: 300, den: 306, result: RateOK},
		{name: "7/16 written 43,75%", s: women, stated: "43.75", places: 2, num: 7, den: 16, result: RateOK},
		{name: "33/33 written 100%", s: women, stated: "100", places: 0, num: 33, den: 33, result: RateOK},
		{
			name: "46/86 written 55%: mismatch", s: women, stated: "55", places: 0, num: 46, den: 86,
			result: RateRounding,
			want: &Finding{
				Code: "personnel.women.rate", Severity: Error, Path: "personnel.women.rate",
				Related: []string{"personnel.women.count", "personnel.staff.count"},
				Values:  []Value{{"stated", "55"}, {"computed", "53"}, {"numerator", "46"}, {"denominator", "86"}},
				Message: "Tỷ lệ cán bộ nữ ghi 55% nhưng 46/86 tính được 53% (làm tròn), chênh lệch 2 điểm phần trăm.",
			},
		},
		// Đồng Nai 2023: 298/1.402 = 21,2553…% printed as 21,25%.
		{
			name: "298/1.402 written 21,25%: truncated, default label", s: Subject{Code: "x"}, stated: "21.25", places: 2, num: 298, den: 1402,
			result: RateTruncated,
			want: &Finding{
				Code: "x.truncated", Severity: Warning,
				Values:  []Value{{"stated", "21.25"}, {"computed", "21.26"}, {"truncated", "21.25"}, {"numerator", "298"}, {"denominator", "1402"}},
				Message: "Tỷ lệ ghi 21,25% nhưng 298/1.402 tính được 21,26% (làm tròn); 21,25% là giá trị bị cắt bớt chữ số, không làm tròn.",
			},
		},
		{name: "298/1.402 written 21,26%", s: women, stated: "21.26", places: 2, num: 298, den: 1402, result: RateOK},
		// Exact halves round up (away from zero).
		{name: "1/8 = 12,5% written 13%", s: women, stated: "13", places: 0, num: 1, den: 8, result: RateOK},
		{name: "1/8 = 12,5% written 12%", s: women, stated: "12", places: 0, num: 1, den: 8, result: RateTruncated,
			want: &Finding{
				Code: "personnel.women.rate.truncated", Severity: Warning, Path: "personnel.women.rate",
				Related: []string{"personnel.women.count", "personnel.staff.count"},
				Values:  []Value{{"stated", "12"}, {"computed", "13"}, {"truncated", "12"}, {"numerator", "1"}, {"denominator", "8"}},
				Message: "Tỷ lệ cán bộ nữ ghi 12% nhưng 1/8 tính được 13% (làm tròn); 12% là giá trị bị cắt bớt chữ số, không làm tròn.",
			}},
		{name: "1/16 = 6,25% written 6,3%", s: women, stated: "6.3", places: 1, num: 1, den: 16, result: RateOK},
		{name: "-1/8 rounds away from zero", s: women, stated: "-13", places: 0, num: -1, den: 8, result: RateOK},
		{name: "-46/86 truncates toward zero", s: women, stated: "-53.4", places: 1, num: -46, den: 86, result: RateTruncated},
		// Stated values compare as numbers, and are written as stated.
		{name: "53,50 equals 53,5", s: women, stated: "53.50", places: 1, num: 46, den: 86, result: RateOK},
		{
			name: "53,40 at 2 places: a plain mismatch", s: women, stated: "53.40", places: 2, num: 46, den: 86,
			result: RateRounding,
			want: &Finding{
				Code: "personnel.women.rate", Severity: Error, Path: "personnel.women.rate",
				Related: []string{"personnel.women.count", "personnel.staff.count"},
				Values:  []Value{{"stated", "53.40"}, {"computed", "53.49"}, {"numerator", "46"}, {"denominator", "86"}},
				Message: "Tỷ lệ cán bộ nữ ghi 53,40% nhưng 46/86 tính được 53,49% (làm tròn), chênh lệch 0,09 điểm phần trăm.",
			},
		},
		{
			name: "more decimals stated than places: kept in the message", s: Subject{Code: "x", Severity: Info}, stated: "53.49", places: 1, num: 46, den: 86,
			result: RateRounding,
			want: &Finding{
				Code: "x", Severity: Info,
				Values:  []Value{{"stated", "53.49"}, {"computed", "53.5"}, {"numerator", "46"}, {"denominator", "86"}},
				Message: "Tỷ lệ ghi 53,49% nhưng 46/86 tính được 53,5% (làm tròn), chênh lệch 0,01 điểm phần trăm.",
			},
		},
		{
			name: "a given severity applies to the truncated case too", s: Subject{Code: "x", Severity: Info}, stated: "53.4", places: 1, num: 46, den: 86,
			result: RateTruncated,
			want: &Finding{
				Code: "x.truncated", Severity: Info,
				Values:  []Value{{"stated", "53.4"}, {"computed", "53.5"}, {"truncated", "53.4"}, {"numerator", "46"}, {"denominator", "86"}},
				Message: "Tỷ lệ ghi 53,4% nhưng 46/86 tính được 53,5% (làm tròn); 53,4% là giá trị bị cắt bớt chữ số, không làm tròn.",
			},
		},
		// No base.
		{name: "zero denominator", s: women, stated: "100", places: 0, num: 0, den: 0, result: RateNoBase},
		{name: "negative denominator", s: women, stated: "50", places: 0, num: -1, den: -2, result: RateNoBase},
		// Edges.
		{name: "0/5 written 0%", s: women, stated: "0", places: 0, num: 0, den: 5, result: RateOK},
		{name: "above 100% is a rate like any other", s: women, stated: "120", places: 0, num: 120, den: 100, result: RateOK},
		{name: "negative places taken as 0", s: women, stated: "53", places: -3, num: 46, den: 86, result: RateOK},
		{name: "places above MaxRatePlaces taken as MaxRatePlaces", s: women, stated: "33.3333333333", places: 40, num: 1, den: 3, result: RateOK},
		{name: "largest numerator", s: women, stated: "922337203685477580700", places: 0, num: math.MaxInt64, den: 1, result: RateOK},
		{
			name: "thousands in the figures", s: Subject{Code: "x"}, stated: "90", places: 0, num: 15264, den: 15265,
			result: RateRounding,
			want: &Finding{
				Code: "x", Severity: Error,
				Values:  []Value{{"stated", "90"}, {"computed", "100"}, {"numerator", "15264"}, {"denominator", "15265"}},
				Message: "Tỷ lệ ghi 90% nhưng 15.264/15.265 tính được 100% (làm tròn), chênh lệch 10 điểm phần trăm.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			result, f, fired := CheckRate(tt.s, d(tt.stated), tt.places, tt.num, tt.den)
			assert.Equal(t, tt.result, result, "result %s", result)
			if tt.want == nil {
				if tt.result == RateOK || tt.result == RateNoBase {
					assert.False(t, fired)
					assert.Empty(t, cmp.Diff(Finding{}, f))
				} else {
					assert.True(t, fired)
				}
				return
			}
			require.True(t, fired)
			assert.Empty(t, cmp.Diff(*tt.want, f))
			assert.True(t, norm.NFC.IsNormalString(f.Message))
		})
	}
}

func TestRateResultString(t *testing.T) {
	assert.Equal(t, "ok", RateOK.String())
	assert.Equal(t, "rounding", RateRounding.String())
	assert.Equal(t, "truncated", RateTruncated.String())
	assert.Equal(t, "no_base", RateNoBase.String())
	assert.Equal(t, "rate_result(9)", RateResult(9).String())
	assert.Equal(t, Code("a.b.truncated"), TruncatedCode("a.b"))
}

// halfUpRat rounds x·10^p half away from zero and truncates it toward zero,
// with exact rational arithmetic: the oracle of FuzzCheckRate, independent of
// the decimal package.
func halfUpRat(x *big.Rat, p int32) (rounded, truncated *big.Rat) {
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(p)), nil))
	scaled := new(big.Rat).Mul(x, scale)
	abs := new(big.Rat).Abs(scaled)
	tr := new(big.Int).Quo(abs.Num(), abs.Denom())
	rem := new(big.Rat).Sub(abs, new(big.Rat).SetInt(tr))
	rd := new(big.Int).Set(tr)
	if rem.Cmp(big.NewRat(1, 2)) >= 0 {
		rd.Add(rd, big.NewInt(1))
	}
	if scaled.Sign() < 0 {
		tr.Neg(tr)
		rd.Neg(rd)
	}
	return new(big.Rat).Quo(new(big.Rat).SetInt(rd), scale), new(big.Rat).Quo(new(big.Rat).SetInt(tr), scale)
}

// FuzzCheckRate checks CheckRate on random figures against exact rational
// arithmetic: RateOK iff stated equals the half-up value, RateTruncated iff it
// equals the truncated one and not the half-up one, never a panic. The stated
// rate is coef·10^exp.
func FuzzCheckRate(f *testing.F) {
	seeds := []struct {
		num, den, coef int64
		exp, places    int8
	}{
		{46, 86, 534, -1, 1},
		{26, 57, 45, 0, 0},
		{300, 306, 98, 0, 0},
		{7, 16, 4375, -2, 2},
		{33, 33, 100, 0, 0},
		{46, 86, 55, 0, 0},
		{298, 1402, 2125, -2, 2},
		{1, 8, 12, 0, 0},
		{0, 0, 0, 0, 0},
		{-1, 8, -13, 0, 0},
		{math.MaxInt64, 1, math.MaxInt64, 2, 0},
		{math.MinInt64, math.MaxInt64, -100, 0, 12},
	}
	for _, s := range seeds {
		f.Add(s.num, s.den, s.coef, s.exp, s.places)
	}
	f.Fuzz(func(t *testing.T, num, den, coef int64, exp, places int8) {
		stated := decimal.New(coef, int32(exp))
		result, fnd, fired := CheckRate(women, stated, int32(places), num, den)
		if den <= 0 {
			if result != RateNoBase || fired {
				t.Fatalf("den %d: got %s, fired %v; want no_base without a finding", den, result, fired)
			}
			return
		}
		p := min(max(int32(places), 0), MaxRatePlaces)
		x := new(big.Rat).SetFrac(big.NewInt(num), big.NewInt(den))
		rounded, truncated := halfUpRat(x.Mul(x, big.NewRat(100, 1)), p)
		pow := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(max(int64(exp), -int64(exp))), nil))
		statedRat := new(big.Rat).SetInt64(coef)
		if exp < 0 {
			statedRat.Quo(statedRat, pow)
		} else {
			statedRat.Mul(statedRat, pow)
		}
		var want RateResult
		switch {
		case statedRat.Cmp(rounded) == 0:
			want = RateOK
		case statedRat.Cmp(truncated) == 0:
			want = RateTruncated
		default:
			want = RateRounding
		}
		if result != want {
			t.Fatalf("%d/%d stated %s at %d places: got %s, want %s", num, den, stated, p, result, want)
		}
		if fired != (want != RateOK) {
			t.Fatalf("%d/%d stated %s: fired %v with result %s", num, den, stated, fired, result)
		}
		if !fired {
			return
		}
		wantCode := women.Code
		if want == RateTruncated {
			wantCode = TruncatedCode(women.Code)
		}
		if fnd.Code != wantCode || fnd.Message == "" || !norm.NFC.IsNormalString(fnd.Message) ||
			!strings.Contains(fnd.Message, viInt(num)+"/"+viInt(den)) {
			t.Fatalf("finding %+v", fnd)
		}
		if v, _ := fnd.Value("numerator"); v != big.NewInt(num).String() {
			t.Fatalf("numerator value %q", v)
		}
	})
}

func BenchmarkCheckRate(b *testing.B) {
	stated := decimal.New(534, -1)
	b.Run("ok", func(b *testing.B) {
		ok := decimal.New(535, -1)
		for b.Loop() {
			if r, _, _ := CheckRate(women, ok, 1, 46, 86); r != RateOK {
				b.Fatal(r)
			}
		}
	})
	b.Run("truncated", func(b *testing.B) {
		for b.Loop() {
			if r, _, _ := CheckRate(women, stated, 1, 46, 86); r != RateTruncated {
				b.Fatal(r)
			}
		}
	})
}
