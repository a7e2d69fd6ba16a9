package xlsx

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/cchc-go/cchc/reform/vn"
)

// number is a cell's text read as a number: an integer, or a decimal or a
// percentage as a float, with the number format that prints it as it was
// written.
type number struct {
	isInt  bool
	i      int64
	f      float64
	format string
}

// value returns the number as the stream writer takes it.
func (n number) value() any {
	if n.isInt {
		return n.i
	}
	return n.f
}

// maxExact is the largest integer a spreadsheet's double holds exactly
// (2^53); a larger one stays text rather than print another number.
const maxExact = 1 << 53

// maxDigits is the number of significant digits a spreadsheet keeps.
const maxDigits = 15

// parseNumber reads the whole of s as a Vietnamese number: an integer
// ("15.613", "9000", "03", "-3"), a decimal ("53,5", "1.234,5") or a
// percentage ("53,5%", "98%"). It returns false for anything else, and for
// a number a spreadsheet cannot hold exactly.
func parseNumber(s string) (number, bool) {
	if s == "" || len(s) > 64 {
		return number{}, false
	}
	if i, err := vn.ParseInt(s); err == nil {
		if i > maxExact || i < -maxExact {
			return number{}, false
		}
		return number{isInt: true, i: i, format: intFormat(s, i)}, true
	}
	if strings.HasSuffix(s, "%") {
		d, places, err := vn.ParsePercent(s)
		if err != nil || !exact(d) {
			return number{}, false
		}
		f, _ := d.Div(decimal.NewFromInt(100)).Float64()
		return number{f: f, format: "[$-42A]#,##0" + decimals(places) + "%"}, true
	}
	d, err := vn.ParseDecimal(s)
	if err != nil || !exact(d) {
		return number{}, false
	}
	f, _ := d.Float64()
	return number{f: f, format: "[$-42A]#,##0" + decimals(int32(-d.Exponent()))}, true
}

// exact reports whether d has at most the significant digits a
// spreadsheet keeps.
func exact(d decimal.Decimal) bool {
	return len(strings.TrimLeft(d.Coefficient().String(), "-0")) <= maxDigits
}

// decimals is the decimal part of a number format with places zeros:
// ".0" for one.
func decimals(places int32) string {
	if places <= 0 {
		return ""
	}
	return "." + strings.Repeat("0", int(min(places, maxDigits)))
}

// intFormat is the number format of an integer written s with value v:
// "00" for the counts 01 to 09 written with their leading zero; for other
// values a format that groups thousands with "." in every locale, with
// literal dots chosen by magnitude, since a format holds two conditions
// at most: [<1000]0;[<1000000]#"."##0;#"."###"."##0 up to 999.999.999,
// and for larger values the group count of the value between the one
// below and the one above. The conditions are ascending so that a reader
// that ignores them (excelize takes the first section for every positive
// number) prints the digits without dots rather than stray ones.
// Negative values take the locale-tagged [$-42A]#,##0.
func intFormat(s string, v int64) string {
	switch {
	case len(s) == 2 && s[0] == '0':
		return "00"
	case v < 0:
		return "[$-42A]#,##0"
	}
	g := 1 // groups of three digits
	for x := v; x >= 1000; x /= 1000 {
		g++
	}
	if g <= 3 {
		return `[<1000]0;[<1000000]` + grouped(2) + `;` + grouped(3)
	}
	return "[<1" + strings.Repeat("000", g-1) + "]" + grouped(g-1) +
		";[<1" + strings.Repeat("000", g) + "]" + grouped(g) + ";" + grouped(g+1)
}

// grouped is the format of a number of g groups of three digits with
// literal dots between them: #"."##0 for two.
func grouped(g int) string {
	if g <= 1 {
		return "0"
	}
	return "#" + strings.Repeat(`"."###`, g-2) + `"."##0`
}
