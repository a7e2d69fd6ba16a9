package vn_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform/vn"
)

func BenchmarkInt(b *testing.B) {
	for b.Loop() {
		_ = vn.Int(15613)
	}
}

func BenchmarkDecimal(b *testing.B) {
	d := decimal.RequireFromString("1234.5678")
	for b.Loop() {
		_ = vn.Decimal(d, 2)
	}
}

func BenchmarkPercent(b *testing.B) {
	for b.Loop() {
		if _, err := vn.Percent(46, 86, 1); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseInt(b *testing.B) {
	for b.Loop() {
		if _, err := vn.ParseInt("1.745.000"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParsePercent(b *testing.B) {
	for b.Loop() {
		if _, _, err := vn.ParsePercent("43,75%"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseDate(b *testing.B) {
	for _, s := range []string{"05/01/2024", "ngày 31 tháng 12 năm 2019"} {
		b.Run(s, func(b *testing.B) {
			for b.Loop() {
				if _, err := vn.ParseDate(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkSort(b *testing.B) {
	names := []string{"Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông", "Sở Nội vụ",
		"Giám đốc, Phó Giám đốc Sở", "Phòng, đơn vị trực thuộc Sở", "Công Thông tin điện tử Sở"}
	s := make([]string, len(names))
	b.Run("Sort", func(b *testing.B) {
		for b.Loop() {
			copy(s, names)
			vn.Sort(s)
		}
	})
	b.Run("Collator", func(b *testing.B) {
		c := vn.NewCollator()
		for b.Loop() {
			copy(s, names)
			c.Sort(s)
		}
	})
}

// BenchmarkNFC normalises text that is already NFC, as almost all text is
// (the fast path), and text that is not.
func BenchmarkNFC(b *testing.B) {
	testutil.Texts(b, map[string]string{
		"nfc":        "Sở Tư pháp tiếp nhận 15.613 hồ sơ; trong đó hồ sơ trực tuyến là 8.252 “đúng hạn” – đạt 53,5%…",
		"decomposed": "Vie\u0302\u0323t Nam, tha\u0301ng 11 na\u0306m 2024",
	}, vn.NFC)
}
