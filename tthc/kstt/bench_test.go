package kstt_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/cchc-go/cchc/tthc/kstt"
)

// provinceCSV is a province's export of units by field: 120 units under
// two levels, 12 fields each, with subtotals: 1.565 rows.
func provinceCSV() string {
	var b strings.Builder
	b.WriteString(csvHead())
	for g, level := range []string{"Cấp tỉnh", "Cấp xã"} {
		fmt.Fprintf(&b, "%s,%s,,,,,,,,,,,\n", []string{"I", "II"}[g], level)
		for u := range 60 {
			fmt.Fprintf(&b, "%d,Đơn vị %d,,,,,,,,,,,\n", u+1, u+1)
			for f := range 12 {
				o, p, c, e, ot, l := 10+f, 5+u%7, f%3, 4+f, 9+u%5, f%2
				pend := o + p + c - e - ot - l
				fmt.Fprintf(&b, "%d.%d,Lĩnh vực %d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,0\n", u+1, f+1, f+1,
					o+p+c, o, p, c, e+ot+l, e, ot, l, pend, pend)
			}
		}
	}
	return b.String()
}

// BenchmarkReadCSV reads the province's export as CSV.
func BenchmarkReadCSV(b *testing.B) {
	text := provinceCSV()
	for b.Loop() {
		if _, err := kstt.ReadCSV(strings.NewReader(text), kstt.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadXLSX reads the vendor's export, a workbook.
func BenchmarkReadXLSX(b *testing.B) {
	data := vendorExport(b)
	for b.Loop() {
		if _, err := kstt.ReadXLSX(bytes.NewReader(data), int64(len(data)), kstt.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNoHead reads the worst a search for the head meets: 50 rows of
// 256 cells of words, none of them a head.
func BenchmarkNoHead(b *testing.B) {
	row := strings.TrimSuffix(strings.Repeat("số liệu khác,", 256), ",") + "\n"
	text := strings.Repeat(row, 60)
	for b.Loop() {
		if _, err := kstt.ReadCSV(strings.NewReader(text), kstt.Options{}); err == nil {
			b.Fatal("a head found")
		}
	}
}
