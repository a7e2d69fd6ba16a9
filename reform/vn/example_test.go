package vn_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/cchc-go/cchc/reform/vn"
)

func ExampleInt() {
	received, online, inPerson, carried := int64(15613), int64(8252), int64(6806), int64(555)
	fmt.Printf("Sở Tư pháp tiếp nhận %s hồ sơ; trong đó hồ sơ trực tuyến là %s, trực tiếp %s, hồ sơ kỳ trước chuyển sang là %s.\n",
		vn.Int(received), vn.Int(online), vn.Int(inPerson), vn.Int(carried))
	// Output:
	// Sở Tư pháp tiếp nhận 15.613 hồ sơ; trong đó hồ sơ trực tuyến là 8.252, trực tiếp 6.806, hồ sơ kỳ trước chuyển sang là 555.
}

func ExamplePercent() {
	women, staff := int64(46), int64(86)
	rate, err := vn.Percent(women, staff, 1)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("Sở Tư pháp có %s cán bộ nữ (đạt tỷ lệ %s).\n", vn.Ratio(women, staff), rate)

	for _, r := range []struct {
		num, den int64
		places   int32
	}{{300, 306, 1}, {7, 16, 2}, {33, 33, 1}, {26, 57, 0}} {
		s, _ := vn.Percent(r.num, r.den, r.places)
		fmt.Println(vn.Ratio(r.num, r.den), s)
	}
	_, err = vn.Percent(3, 0, 1)
	fmt.Println(err)
	// Output:
	// Sở Tư pháp có 46/86 cán bộ nữ (đạt tỷ lệ 53,5%).
	// 300/306 98%
	// 07/16 43,75%
	// 33/33 100%
	// 26/57 46%
	// vn: rate 3/0 (places 1): denominator 0: expected a denominator above zero
}

// A stated rate is compared with the computed one at the precision it was
// written with; RateTruncated tells a truncation from another slip.
func ExampleParsePercent() {
	stated, places, _ := vn.ParsePercent("53,4%")
	rounded, _ := vn.Rate(46, 86, places)
	truncated, _ := vn.RateTruncated(46, 86, places)
	fmt.Println("stated:", vn.PercentValue(stated, places))
	fmt.Println("computed:", vn.PercentValue(rounded, places))
	fmt.Println("truncated instead of rounded:", stated.Equal(truncated))
	// Output:
	// stated: 53,4%
	// computed: 53,5%
	// truncated instead of rounded: true
}

func ExampleCount() {
	fmt.Printf("tổ chức %s lớp tập huấn và %s buổi sinh hoạt ngày pháp luật\n", vn.Count(13), vn.Count(3))
	fmt.Printf("%s đơn vị sự nghiệp; %s huyện\n", vn.Ratio(4, 4), vn.Ratio(11, 11))
	fmt.Println(vn.Count(0), vn.Count(148), vn.Count(15613))
	// Output:
	// tổ chức 13 lớp tập huấn và 03 buổi sinh hoạt ngày pháp luật
	// 04/04 đơn vị sự nghiệp; 11/11 huyện
	// 0 148 15.613
}

func ExampleFormat() {
	plain := vn.Format{LeadingZero: false, Places: 2}
	rate, _ := plain.Percent(7, 16)
	fmt.Println(plain.Count(3), plain.Ratio(7, 16), rate)

	def := vn.DefaultFormat()
	rate, _ = def.Percent(7, 16)
	fmt.Println(def.Count(3), def.Ratio(7, 16), rate)
	// Output:
	// 3 7/16 43,75%
	// 03 07/16 43,8%
}

func ExampleDecimal() {
	fmt.Println(vn.Decimal(decimal.RequireFromString("1234.567"), 2))
	fmt.Println(vn.Decimal(decimal.RequireFromString("2.45"), 1))
	fmt.Println(vn.Decimal(decimal.RequireFromString("98.04"), 1))
	// Output:
	// 1.234,57
	// 2,5
	// 98
}

func ExampleHeaderDate() {
	fmt.Println(vn.HeaderDate(vn.Date(2024, time.January, 5)))
	fmt.Println(vn.HeaderDate(vn.Date(2024, time.March, 9)))
	fmt.Println(vn.PlaceDate("An Giang", vn.Date(2024, time.November, 19)))
	// Output:
	// ngày 05 tháng 01 năm 2024
	// ngày 09 tháng 3 năm 2024
	// An Giang, ngày 19 tháng 11 năm 2024
}

func ExampleCitationDate() {
	fmt.Println("Kế hoạch số 1247/KH-UBND ngày " + vn.CitationDate(vn.Date(2023, time.December, 29)))
	fmt.Println(vn.CitationDate(vn.Date(2024, time.January, 5)))
	fmt.Println(vn.CitationDate(vn.Date(2024, time.May, 15)))
	fmt.Println(vn.CitationDate(vn.Date(2024, time.February, 28)))
	// Output:
	// Kế hoạch số 1247/KH-UBND ngày 29/12/2023
	// 05/01/2024
	// 15/5/2024
	// 28/02/2024
}

func ExampleParseDate() {
	for _, s := range []string{"23-06-2022", "ngày 11 tháng 11 năm 2024", "27/03/2024", "31/02/2024", "05/01/24"} {
		t, err := vn.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(t.Format(time.DateOnly), "→", vn.CitationDate(t))
	}
	// Output:
	// 2022-06-23 → 23/6/2022
	// 2024-11-11 → 11/11/2024
	// 2024-03-27 → 27/3/2024
	// vn: date "31/02/2024": day 31 does not exist in 2/2024: expected 1 to 29
	// vn: date "05/01/24": year "24": expected a four-digit year
}

func ExampleParseInt() {
	n, err := vn.ParseInt("15.613")
	fmt.Println(n, err)
	_, err = vn.ParseInt("15,613")
	fmt.Println(err)
	// Output:
	// 15613 <nil>
	// vn: integer "15,613": ',' is the decimal comma, not a thousands separator; expected digits grouped by '.' in threes, e.g. 15.613
}

func ExampleLetter() {
	var items []string
	for i := 1; i <= 7; i++ {
		l, _ := vn.Letter(i)
		items = append(items, l+")")
	}
	fmt.Println(strings.Join(items, " "))
	_, err := vn.Letter(24)
	fmt.Println(err)
	// Output:
	// a) b) c) d) đ) e) g)
	// vn: điểm letter 24: expected a number from 1 to 23 (a to y)
}

func ExampleRoman() {
	var headings []string
	for _, n := range []int{1, 2, 3, 4, 5} {
		r, _ := vn.Roman(n)
		headings = append(headings, r+".")
	}
	fmt.Println(strings.Join(headings, " "))
	r, _ := vn.Roman(2024)
	fmt.Println(r)
	_, err := vn.ParseRoman("IIII")
	fmt.Println(err)
	// Output:
	// I. II. III. IV. V.
	// MMXXIV
	// vn: Roman numeral "IIII": expected the canonical form "IV" of 4
}

func ExampleMoney() {
	fmt.Println(vn.Money(decimal.NewFromInt(1745000)))
	fmt.Println(vn.Money(decimal.RequireFromString("1745000.50")))
	fmt.Println(vn.MoneyScaled(decimal.NewFromInt(1745000000), 1))
	fmt.Println(vn.MoneyScaled(decimal.NewFromInt(250000000), 1))
	// Output:
	// 1.745.000 đồng
	// 1.745.000,5 đồng
	// 1,7 tỷ đồng
	// 250 triệu đồng
}

func ExampleSort() {
	names := []string{"Đinh Văn Ăn", "Dương Thị Anh", "Trịnh Tuấn Ngọc", "Âu Minh", "Anh Tuấn"}
	vn.Sort(names)
	for _, n := range names {
		fmt.Println(n)
	}
	// Output:
	// Anh Tuấn
	// Âu Minh
	// Dương Thị Anh
	// Đinh Văn Ăn
	// Trịnh Tuấn Ngọc
}
