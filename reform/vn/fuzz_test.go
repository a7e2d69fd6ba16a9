package vn_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/cchc-go/cchc/reform/vn"
)

// checkParseError fails unless err is a *vn.ParseError for text that says
// what was expected.
func checkParseError(t *testing.T, err error, text string) {
	t.Helper()
	var pe *vn.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("%q: error %T is not a *vn.ParseError: %v", text, err, err)
	}
	if pe.Text != text || !strings.Contains(err.Error(), "expected") {
		t.Fatalf("%q: error does not quote the text or say what was expected: %v", text, err)
	}
}

// halfUp is an oracle for rounding, independent of the package: the rational
// r rounded half away from zero to places decimals.
func halfUp(r *big.Rat, places int32) *big.Rat {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	x := new(big.Rat).Mul(r, new(big.Rat).SetInt(scale))
	q, m := new(big.Int).QuoRem(x.Num(), x.Denom(), new(big.Int))
	if m.Abs(m).Lsh(m, 1).Cmp(x.Denom()) >= 0 {
		q.Add(q, big.NewInt(int64(x.Num().Sign())))
	}
	return new(big.Rat).SetFrac(q, scale)
}

func FuzzParseInt(f *testing.F) {
	for _, s := range []string{"15.613", "8.252", "6.806", "555", "1.745", "4.521", "9000", "01", "-3",
		"1.745.000", "15,613", "1.23", "1..000", "", " 12", "-9.223.372.036.854.775.808", "00", "+1"} {
		f.Add(s, int64(15613))
	}
	f.Add("0", int64(-9223372036854775808))
	f.Fuzz(func(t *testing.T, s string, n int64) {
		// Writers: Int and Count read back as the same integer.
		for _, w := range []string{vn.Int(n), vn.Count(n)} {
			if got, err := vn.ParseInt(w); err != nil || got != n {
				t.Fatalf("ParseInt(%q) = %d, %v; want %d", w, got, err, n)
			}
		}
		// Reader: whatever it accepts is written back canonically and reads
		// back the same; an integer is also a decimal of the same value.
		v, err := vn.ParseInt(s)
		if err != nil {
			checkParseError(t, err, s)
			return
		}
		w := vn.Int(v)
		if got, err := vn.ParseInt(w); err != nil || got != v {
			t.Fatalf("%q → %d → %q → %d, %v", s, v, w, got, err)
		}
		if d, err := vn.ParseDecimal(s); err != nil || !d.Equal(decimal.NewFromInt(v)) {
			t.Fatalf("ParseDecimal(%q) = %s, %v; ParseInt gave %d", s, d, err, v)
		}
	})
}

func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"53,5", "1.234,5", "2,5", "98", "-0,25", "53,50", "0,001", "1.234.567,891",
		"53.5", "1,2,3", "5,", ",5", "", "1..000,5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := vn.ParseDecimal(s)
		if err != nil {
			checkParseError(t, err, s)
			return
		}
		places := -d.Exponent()
		if places < 0 {
			t.Fatalf("ParseDecimal(%q) = %s with exponent %d", s, d, d.Exponent())
		}
		// Written at the precision it was read with, it reads back equal,
		// and writing is then stable.
		w := vn.Decimal(d, places)
		back, err := vn.ParseDecimal(w)
		if err != nil || !back.Equal(d) {
			t.Fatalf("%q → %s → %q → %s, %v", s, d, w, back, err)
		}
		if w2 := vn.Decimal(back, places); w2 != w {
			t.Fatalf("%q written twice: %q then %q", s, w, w2)
		}
	})
}

func FuzzDecimal(f *testing.F) {
	f.Add(int64(5348837), int8(-5), int8(1))
	f.Add(int64(245), int8(-2), int8(1))
	f.Add(int64(-245), int8(-2), int8(1))
	f.Add(int64(1745), int8(0), int8(-1))
	f.Add(int64(5), int8(3), int8(0))
	f.Fuzz(func(t *testing.T, coef int64, exp, places int8) {
		d := decimal.New(coef, int32(exp))
		w := vn.Decimal(d, int32(places))
		back, err := vn.ParseDecimal(w)
		if err != nil {
			t.Fatalf("Decimal(%s, %d) = %q does not read back: %v", d, places, w, err)
		}
		p := max(int32(places), 0)
		if want := halfUp(d.Rat(), int32(places)); places >= 0 && back.Rat().Cmp(want) != 0 {
			t.Fatalf("Decimal(%s, %d) = %q, want %s", d, places, w, want.FloatString(int(p)))
		}
		if -back.Exponent() > p {
			t.Fatalf("Decimal(%s, %d) = %q has more than %d decimals", d, places, w, p)
		}
	})
}

func FuzzPercent(f *testing.F) {
	f.Add(int64(46), int64(86), uint8(1))
	f.Add(int64(300), int64(306), uint8(1))
	f.Add(int64(7), int64(16), uint8(2))
	f.Add(int64(26), int64(57), uint8(0))
	f.Add(int64(1), int64(0), uint8(1))
	f.Fuzz(func(t *testing.T, num, den int64, places uint8) {
		p := int32(places)
		s, err := vn.Percent(num, den, p)
		if den <= 0 || num < 0 || p > vn.MaxPlaces {
			var re *vn.RateError
			if !errors.As(err, &re) {
				t.Fatalf("Percent(%d, %d, %d) = %q, %v; want a *vn.RateError", num, den, p, s, err)
			}
			return
		}
		if err != nil {
			t.Fatalf("Percent(%d, %d, %d): %v", num, den, p, err)
		}
		v, gotPlaces, err := vn.ParsePercent(s)
		if err != nil || gotPlaces > p {
			t.Fatalf("Percent(%d, %d, %d) = %q reads back as %s, %d, %v", num, den, p, s, v, gotPlaces, err)
		}
		exact := new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(num), big.NewInt(100)), big.NewInt(den))
		if want := halfUp(exact, p); v.Rat().Cmp(want) != 0 {
			t.Fatalf("Percent(%d, %d, %d) = %q, want %s", num, den, p, s, want.FloatString(int(p)))
		}
		truncated, err := vn.RateTruncated(num, den, p)
		if err != nil || truncated.GreaterThan(v) || truncated.Rat().Cmp(exact) > 0 {
			t.Fatalf("RateTruncated(%d, %d, %d) = %s, %v; rounded %s, exact %s", num, den, p, truncated, err, v, exact)
		}
	})
}

func FuzzParsePercent(f *testing.F) {
	for _, s := range []string{"53,4%", "98%", "43,75 %", "43,75\u00a0%", "100%", "125,0%", "53,50%",
		"53,4", "53,4  %", "%", "53.4%", "-5%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, places, err := vn.ParsePercent(s)
		if err != nil {
			checkParseError(t, err, s)
			return
		}
		if places < 0 || places != -min(v.Exponent(), 0) {
			t.Fatalf("ParsePercent(%q) = %s, %d", s, v, places)
		}
		w := vn.PercentValue(v, places)
		back, backPlaces, err := vn.ParsePercent(w)
		if err != nil || !back.Equal(v) || backPlaces > places {
			t.Fatalf("%q → %s, %d → %q → %s, %d, %v", s, v, places, w, back, backPlaces, err)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"05/01/2024", "5/1/2024", "23-06-2022", "05.01.2024", "ngày 31 tháng 12 năm 2019",
		"31 tháng 12 năm 2019", "ngày 02/02/2024", "31/02/2024", "05/01/24", "garbage", "", "05//01/2024",
		"Ngày 05 Tháng 01 Năm 2024", "29/02/2024", "01/01/0000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := vn.ParseDate(s)
		if err != nil {
			var de *vn.DateError
			if !errors.As(err, &de) || de.Text != s || !strings.Contains(err.Error(), "expected") {
				t.Fatalf("ParseDate(%q): %v", s, err)
			}
			return
		}
		if d != vn.Date(d.Year(), d.Month(), d.Day()) {
			t.Fatalf("ParseDate(%q) = %v, not a date at midnight UTC", s, d)
		}
		for _, w := range []string{vn.CitationDate(d), vn.HeaderDate(d)} {
			back, err := vn.ParseDate(w)
			if err != nil || !back.Equal(d) {
				t.Fatalf("%q → %v → %q → %v, %v", s, d.Format(time.DateOnly), w, back, err)
			}
		}
	})
}

func FuzzParseRoman(f *testing.F) {
	for _, s := range []string{"I", "IV", "IX", "XIV", "MMXXIV", "MMMCMXCIX", "IIII", "VX", "xiv", "MMMM", ""} {
		f.Add(s, 14)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		if r, err := vn.Roman(n); err == nil {
			if back, err := vn.ParseRoman(r); err != nil || back != n {
				t.Fatalf("%d → %q → %d, %v", n, r, back, err)
			}
		} else if n >= 1 && n <= vn.MaxRoman {
			t.Fatalf("Roman(%d): %v", n, err)
		}
		v, err := vn.ParseRoman(s)
		if err != nil {
			checkParseError(t, err, s)
			return
		}
		if r, err := vn.Roman(v); err != nil || r != s {
			t.Fatalf("ParseRoman(%q) = %d, written %q, %v", s, v, r, err)
		}
	})
}

func FuzzParseRatio(f *testing.F) {
	for _, s := range []string{"04/04", "46/86", "300/306", "07/16", "298/1.402", "46 / 86", "1/2/3", "-1/2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		num, den, err := vn.ParseRatio(s)
		if err != nil {
			checkParseError(t, err, s)
			return
		}
		w := vn.Ratio(num, den)
		if n2, d2, err := vn.ParseRatio(w); err != nil || n2 != num || d2 != den {
			t.Fatalf("%q → %d/%d → %q → %d/%d, %v", s, num, den, w, n2, d2, err)
		}
	})
}

func FuzzMoney(f *testing.F) {
	f.Add(int64(1745000), int8(0), uint8(1))
	f.Add(int64(17450005), int8(-1), uint8(1))
	f.Add(int64(1745), int8(6), uint8(1))
	f.Add(int64(99996), int8(4), uint8(1))
	f.Add(int64(-25), int8(8), uint8(0))
	f.Fuzz(func(t *testing.T, coef int64, exp int8, places uint8) {
		d := decimal.New(coef, int32(exp))
		// Money is exact.
		s := vn.Money(d)
		num, ok := strings.CutSuffix(s, " đồng")
		if !ok {
			t.Fatalf("Money(%s) = %q", d, s)
		}
		if back, err := vn.ParseDecimal(num); err != nil || !back.Equal(d) {
			t.Fatalf("Money(%s) = %q reads back as %s, %v", d, s, back, err)
		}
		// MoneyScaled is within half a unit of the last written decimal.
		p := int32(places % 8)
		s = vn.MoneyScaled(d, p)
		var unit int32
		switch {
		case strings.HasSuffix(s, " tỷ đồng"):
			num, unit = strings.TrimSuffix(s, " tỷ đồng"), 9
		case strings.HasSuffix(s, " triệu đồng"):
			num, unit = strings.TrimSuffix(s, " triệu đồng"), 6
		default:
			if s != vn.Money(d) {
				t.Fatalf("MoneyScaled(%s, %d) = %q", d, p, s)
			}
			if d.Abs().Cmp(decimal.New(1, 6)) >= 0 {
				t.Fatalf("MoneyScaled(%s, %d) = %q: a million or more written unscaled", d, p, s)
			}
			return
		}
		v, err := vn.ParseDecimal(num)
		if err != nil {
			t.Fatalf("MoneyScaled(%s, %d) = %q: %v", d, p, s, err)
		}
		want := halfUp(d.Shift(-unit).Rat(), p)
		if v.Rat().Cmp(want) != 0 {
			t.Fatalf("MoneyScaled(%s, %d) = %q, want %s in 10^%d", d, p, s, want.FloatString(int(p)), unit)
		}
		if unit == 6 && v.Abs().Cmp(decimal.New(1, 3)) >= 0 {
			t.Fatalf("MoneyScaled(%s, %d) = %q: 1.000 triệu or more", d, p, s)
		}
	})
}
