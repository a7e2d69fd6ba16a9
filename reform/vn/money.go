package vn

import "github.com/shopspring/decimal"

// Money writes an amount in đồng (số tiền) exactly as given: "." between
// thousands, the decimals kept with trailing zeros dropped, then " đồng":
// "1.745.000 đồng", "1.745.000,5 đồng", "-1.000 đồng".
func Money(d decimal.Decimal) string {
	return formatDecimal(d) + " đồng"
}

// MoneyScaled writes a large amount in triệu (10^6) or tỷ (10^9) đồng, the
// way reports state budgets (số tiền làm tròn theo triệu, tỷ đồng), rounded
// half-up to places decimals: 1.745.000.000 at one place is "1,7 tỷ đồng",
// 250.000.000 is "250 triệu đồng". An amount that rounds to 1.000 triệu is
// written in tỷ; tỷ is the largest unit ("1.745 tỷ đồng"). An amount below
// one million (in absolute value) is written by Money, unrounded.
func MoneyScaled(d decimal.Decimal, places int32) string {
	abs := d.Abs()
	switch {
	case abs.Cmp(decimal.New(1, 9)) >= 0:
		return Decimal(d.Shift(-9), places) + " tỷ đồng"
	case abs.Cmp(decimal.New(1, 6)) >= 0:
		m := roundHalfUp(d.Shift(-6), places)
		if m.Abs().Cmp(decimal.New(1, 3)) >= 0 {
			return Decimal(d.Shift(-9), places) + " tỷ đồng"
		}
		return formatDecimal(m) + " triệu đồng"
	default:
		return Money(d)
	}
}
