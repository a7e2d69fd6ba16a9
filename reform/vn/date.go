package vn

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date returns the calendar date y-m-d at midnight UTC: the form every date of
// a report takes in this module (no clock, no zone). Out-of-range values
// normalize as in time.Date (31 February is 2 or 3 March); ParseDate is the
// reader that rejects dates that do not exist.
func Date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// dayMonth writes the day and month with the administrative leading-zero rule
// of Nghị định 30/2020: a day below 10 and the months 1 and 2 get a leading
// zero, the other months none.
func dayMonth(t time.Time) (day, month string) {
	day = twoDigits(t.Day())
	if t.Month() <= time.February {
		month = twoDigits(int(t.Month()))
	} else {
		month = strconv.Itoa(int(t.Month()))
	}
	return day, month
}

// year writes the year with at least four digits, so that every date the
// writers produce reads back with ParseDate.
func year(t time.Time) string {
	y := t.Year()
	if y < 0 {
		return fmt.Sprintf("%04d", y)
	}
	s := strconv.Itoa(y)
	if len(s) < 4 {
		s = "000"[len(s)-1:] + s
	}
	return s
}

// twoDigits writes n, from 1 to 31, with two digits: "05", "19".
func twoDigits(n int) string {
	if n >= 0 && n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// HeaderDate writes the date of a document's header (ô 4):
// "ngày 05 tháng 01 năm 2024", "ngày 09 tháng 3 năm 2024".
func HeaderDate(t time.Time) string {
	d, m := dayMonth(t)
	return "ngày " + d + " tháng " + m + " năm " + year(t)
}

// PlaceDate writes the place and date line of the header:
// "An Giang, ngày 19 tháng 11 năm 2024". The place is written in NFC.
func PlaceDate(place string, t time.Time) string {
	return NFC(place) + ", " + HeaderDate(t)
}

// CitationDate writes a date inside a citation or the body text, with the same
// leading-zero rule as the header: "05/01/2024", "15/5/2024", "28/02/2024".
func CitationDate(t time.Time) string {
	d, m := dayMonth(t)
	return d + "/" + m + "/" + year(t)
}

// DateError is the error ParseDate returns: the text and what was expected.
type DateError struct {
	Text   string
	Reason string
}

// Error says what was read and what was expected.
func (e *DateError) Error() string {
	return fmt.Sprintf("vn: date %q: %s", e.Text, e.Reason)
}

const dateForms = `expected "dd/mm/yyyy" (or with "-" or "." between), or "ngày dd tháng mm năm yyyy"`

// ParseDate reads a date in any of the forms reports use: "05/01/2024",
// "5/1/2024", "23-06-2022", "05.01.2024", "ngày 05/01/2024",
// "ngày 31 tháng 12 năm 2019" and "31 tháng 12 năm 2019" ("Ngày", "Tháng",
// "Năm" capitalized too). The day and the month have one or two digits, the
// year four; the separator is the same twice. The date must exist in the
// calendar: 31/02/2024 is rejected.
func ParseDate(s string) (time.Time, error) {
	fail := func(reason string) (time.Time, error) {
		return time.Time{}, &DateError{Text: s, Reason: reason}
	}
	fields := strings.Fields(NFC(s))
	if len(fields) > 0 && strings.EqualFold(fields[0], "ngày") {
		fields = fields[1:]
	}
	var day, month, yr string
	switch {
	case len(fields) == 5 && strings.EqualFold(fields[1], "tháng") && strings.EqualFold(fields[3], "năm"):
		day, month, yr = fields[0], fields[2], fields[4]
	case len(fields) == 1:
		i := strings.IndexAny(fields[0], "/-.")
		if i < 0 {
			return fail(dateForms)
		}
		parts := strings.Split(fields[0], fields[0][i:i+1])
		if len(parts) != 3 {
			return fail(dateForms)
		}
		day, month, yr = parts[0], parts[1], parts[2]
	default:
		return fail(dateForms)
	}
	for _, p := range []string{day, month, yr} {
		if _, bad := firstNonDigit(p); bad || p == "" {
			return fail(dateForms)
		}
	}
	if len(day) > 2 {
		return fail(fmt.Sprintf("day %q: expected one or two digits", day))
	}
	if len(month) > 2 {
		return fail(fmt.Sprintf("month %q: expected one or two digits", month))
	}
	if len(yr) != 4 {
		return fail(fmt.Sprintf("year %q: expected a four-digit year", yr))
	}
	d, _ := strconv.Atoi(day)
	m, _ := strconv.Atoi(month)
	y, _ := strconv.Atoi(yr)
	if y == 0 {
		return fail("year 0000 does not exist: expected a year from 0001 to 9999")
	}
	if m < 1 || m > 12 {
		return fail(fmt.Sprintf("month %d: expected 1 to 12", m))
	}
	t := Date(y, time.Month(m), d)
	if d < 1 || t.Day() != d {
		return fail(fmt.Sprintf("day %d does not exist in %d/%d: expected 1 to %d",
			d, m, y, Date(y, time.Month(m)+1, 0).Day()))
	}
	return t, nil
}
