package vn

import (
	"errors"
	"strings"
)

// Format holds the choices a report makes when it writes counts and rates
// (quy ước trình bày số liệu). The zero Format writes counts without a
// leading zero and rates without decimals; DefaultFormat is the convention of
// the reference report.
type Format struct {
	// LeadingZero writes counts from 1 to 9 with the administrative leading
	// zero (số đếm có số 0 đứng trước): "03 lớp", "04/04 đơn vị".
	LeadingZero bool
	// Places is the number of decimals of a rate (số chữ số thập phân của
	// tỷ lệ), rounded half-up; trailing zeros are dropped.
	Places int32
}

// DefaultFormat is the convention of the reference report and of most
// administrative reports (quy ước mặc định): counts below 10 with a leading
// zero, rates with one decimal.
func DefaultFormat() Format {
	return Format{LeadingZero: true, Places: 1}
}

// Count writes a count (số đếm): with f.LeadingZero, 1 to 9 get a leading
// zero ("03"); larger counts are grouped like Int ("148", "15.613"); zero is
// "0" and a negative number is written plainly ("-3").
func (f Format) Count(n int64) string {
	if f.LeadingZero && n >= 1 && n <= 9 {
		return "0" + string(rune('0'+n))
	}
	return Int(n)
}

// Ratio writes a count over its denominator (tỷ số dạng phân số), both sides
// as Count: "04/04", "46/86", "300/306", "07/16".
func (f Format) Ratio(num, den int64) string {
	return f.Count(num) + "/" + f.Count(den)
}

// Percent writes the rate num/den as a percentage with f.Places decimals,
// as the top-level Percent does.
func (f Format) Percent(num, den int64) (string, error) {
	return Percent(num, den, f.Places)
}

// Count writes a count with the administrative leading zero of
// DefaultFormat (số đếm): "01", "03", "10", "148", "15.613"; 0 is "0" and a
// negative number is written plainly ("-3").
func Count(n int64) string {
	return DefaultFormat().Count(n)
}

// Ratio writes a count over its denominator with DefaultFormat (tỷ số dạng
// phân số): "04/04", "11/11", "46/86", "300/306", "07/16".
func Ratio(num, den int64) string {
	return DefaultFormat().Ratio(num, den)
}

// ParseCount reads a count as reports write it (đọc số đếm): "03", "10",
// "148", "15.613". It follows ParseInt and also rejects negative numbers.
func ParseCount(s string) (int64, error) {
	n, err := parseInt("count", s)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, &ParseError{Kind: "count", Text: s, Reason: "negative; expected a count of zero or more, e.g. 03"}
	}
	return n, nil
}

// ParseRatio reads a count over its denominator (đọc tỷ số dạng phân số):
// "04/04", "46/86", "298/1.402". Both sides follow ParseCount; no spaces
// around "/". Whether the numerator exceeds the denominator is the caller's
// check, not a syntax error.
func ParseRatio(s string) (num, den int64, err error) {
	left, right, ok := strings.Cut(s, "/")
	if !ok || strings.Contains(right, "/") {
		return 0, 0, &ParseError{Kind: "ratio", Text: s, Reason: "expected two counts separated by one '/', e.g. 46/86"}
	}
	num, err = ParseCount(left)
	if err != nil {
		return 0, 0, &ParseError{Kind: "ratio", Text: s, Reason: "numerator: " + reasonOf(err)}
	}
	den, err = ParseCount(right)
	if err != nil {
		return 0, 0, &ParseError{Kind: "ratio", Text: s, Reason: "denominator: " + reasonOf(err)}
	}
	return num, den, nil
}

// reasonOf returns the reason of a *ParseError, or the whole message of any
// other error.
func reasonOf(err error) string {
	if pe, ok := errors.AsType[*ParseError](err); ok {
		return pe.Reason
	}
	return err.Error()
}
