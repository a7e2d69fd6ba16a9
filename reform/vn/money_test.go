package vn_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/cchc-go/cchc/reform/vn"
)

func TestMoney(t *testing.T) {
	testWritten(t, []written[decimal.Decimal]{
		{dec("1745000"), "1.745.000 đồng"},
		{dec("1745000.5"), "1.745.000,5 đồng"},
		{dec("1745000.50"), "1.745.000,5 đồng"}, // trailing zeros dropped
		{dec("1745000.00"), "1.745.000 đồng"},
		{dec("1745000.125"), "1.745.000,125 đồng"}, // decimals kept as given, not rounded
		{dec("-1000"), "-1.000 đồng"},
		{dec("0"), "0 đồng"},
		{dec("0.25"), "0,25 đồng"},
		{dec("999"), "999 đồng"},
		{decimal.New(5, 6), "5.000.000 đồng"},
		{decimal.Decimal{}, "0 đồng"},
	}, vn.Money)
}

func TestMoneyScaled(t *testing.T) {
	testWritten(t, []written[placed]{
		{placed{dec("1745000000"), 1}, "1,7 tỷ đồng"},
		{placed{dec("1745000000"), 2}, "1,75 tỷ đồng"}, // 1,745: the 5 goes up
		{placed{dec("1745000000"), 3}, "1,745 tỷ đồng"},
		{placed{dec("1745000000"), 0}, "2 tỷ đồng"},
		{placed{dec("1000000000"), 1}, "1 tỷ đồng"},
		{placed{dec("1745000000000"), 0}, "1.745 tỷ đồng"},
		{placed{dec("-2500000000"), 1}, "-2,5 tỷ đồng"},
		{placed{dec("250000000"), 1}, "250 triệu đồng"},
		{placed{dec("1500000"), 1}, "1,5 triệu đồng"},
		{placed{dec("1500000"), 0}, "2 triệu đồng"},
		{placed{dec("1250000"), 0}, "1 triệu đồng"},
		{placed{dec("1000000"), 1}, "1 triệu đồng"},
		{placed{dec("-1500000"), 1}, "-1,5 triệu đồng"},
		{placed{dec("999940000"), 1}, "999,9 triệu đồng"},
		{placed{dec("999960000"), 1}, "1 tỷ đồng"}, // 999,96 triệu rounds to 1.000 triệu: written in tỷ
		{placed{dec("999600000"), 0}, "1 tỷ đồng"},
		{placed{dec("999999"), 1}, "999.999 đồng"},
		{placed{dec("999999.5"), 0}, "999.999,5 đồng"}, // below a million: Money, unrounded
		{placed{dec("-999999"), 1}, "-999.999 đồng"},
		{placed{dec("0"), 1}, "0 đồng"},
	}, withPlaces(vn.MoneyScaled))
}
