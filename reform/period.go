package reform

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/cchc-go/cchc/reform/internal/strictjson"
	"github.com/cchc-go/cchc/reform/vn"
)

// PeriodKind is the kind of a reporting period (kỳ báo cáo).
type PeriodKind string

// The kinds of reporting periods of Nghị định 09/2019/NĐ-CP and Văn bản
// 581/BNV-CCHC.
const (
	// Month is one month (báo cáo tháng); N is the month.
	Month PeriodKind = "month"
	// Quarter is one quarter (báo cáo quý); N is the quarter 1–4. The CCHC
	// reports of Quý I and Quý III use the same windows.
	Quarter PeriodKind = "quarter"
	// HalfYear is the first six months (báo cáo 6 tháng đầu năm).
	HalfYear PeriodKind = "half_year"
	// NineMonths is the first nine months (báo cáo 9 tháng đầu năm).
	NineMonths PeriodKind = "nine_months"
	// Year is the whole year (báo cáo năm).
	Year PeriodKind = "year"
	// FirstMonths is the first N months of the year ("11 tháng đầu năm").
	FirstMonths PeriodKind = "first_months"
)

// Period is the period a report covers, with its cut-off window (thời gian
// chốt số liệu). The window follows Nghị định 09/2019/NĐ-CP, Điều 12: from the
// 15th of the month before the period to the 14th of its last month; the
// cumulative periods (6 and 9 months, the year, the first N months) start on
// 15/12 of the previous year. A province that uses another rule gives the
// window explicitly in From and To.
type Period struct {
	// Kind is the kind of period.
	Kind PeriodKind `json:"kind" validate:"oneof=month quarter half_year nine_months year first_months"`
	// Year is the calendar year of the period.
	Year int `json:"year" validate:"gte=1945,lte=9999"`
	// N is the month (Month), the quarter (Quarter) or the number of months
	// (FirstMonths); zero for the other kinds.
	N int `json:"n,omitempty" validate:"gte=0,lte=12"`
	// From and To override the cut-off window when both are given.
	From *Date `json:"from,omitempty"`
	// To is the last day of the overriding window.
	To *Date `json:"to,omitempty"`
}

// PeriodError says what is wrong with a period.
type PeriodError struct {
	// Field is the JSON name of the field at fault.
	Field string
	// Reason says what was expected.
	Reason string
	// Vietnamese says it in Vietnamese, for a finding a clerk reads.
	Vietnamese string
}

// Error names the field and the reason.
func (e *PeriodError) Error() string { return "period." + e.Field + ": " + e.Reason }

// Check returns an error when the period is not a period: a kind that needs
// N without it, N out of range, a window given by half or backwards.
func (p Period) Check() error {
	switch p.Kind {
	case Month:
		if p.N < 1 || p.N > 12 {
			return &PeriodError{"n", fmt.Sprintf("month %d: expected 1 to 12", p.N), fmt.Sprintf("tháng %d không có; tháng là từ 1 đến 12", p.N)}
		}
	case Quarter:
		if p.N < 1 || p.N > 4 {
			return &PeriodError{"n", fmt.Sprintf("quarter %d: expected 1 to 4", p.N), fmt.Sprintf("quý %d không có; quý là từ 1 đến 4", p.N)}
		}
	case FirstMonths:
		if p.N < 1 || p.N > 12 {
			return &PeriodError{"n", fmt.Sprintf("%d months: expected 1 to 12", p.N), fmt.Sprintf("số tháng đầu năm là %d; cần từ 1 đến 12", p.N)}
		}
	case HalfYear, NineMonths, Year:
		if p.N != 0 {
			return &PeriodError{"n", fmt.Sprintf("%d: a %s period takes no n", p.N, p.Kind), fmt.Sprintf("kỳ %s không ghi số thứ tự (n = %d)", p.Kind.vietnamese(), p.N)}
		}
	default:
		return &PeriodError{"kind", fmt.Sprintf("%q: expected month, quarter, half_year, nine_months, year or first_months", p.Kind),
			fmt.Sprintf("loại kỳ “%s” không có; cần là tháng, quý, 6 tháng, 9 tháng, năm hoặc N tháng đầu năm", p.Kind)}
	}
	if p.Year < 1945 || p.Year > 9999 {
		return &PeriodError{"year", fmt.Sprintf("%d: expected a year from 1945", p.Year), fmt.Sprintf("năm %d không hợp lệ; cần một năm từ 1945", p.Year)}
	}
	if (p.From == nil) != (p.To == nil) {
		return &PeriodError{"from", "an explicit window needs both from and to", "thời gian lấy số liệu ghi riêng phải có cả ngày bắt đầu và ngày kết thúc"}
	}
	if p.From != nil && p.To.Before(p.From.Time) {
		return &PeriodError{"to", fmt.Sprintf("%s is before from %s", p.To, p.From),
			fmt.Sprintf("ngày kết thúc %s trước ngày bắt đầu %s", vn.CitationDate(p.To.Time), vn.CitationDate(p.From.Time))}
	}
	return nil
}

// lastMonth is the last month the period covers.
func (p Period) lastMonth() time.Month {
	switch p.Kind {
	case Month, FirstMonths:
		return time.Month(p.N)
	case Quarter:
		return time.Month(3 * p.N)
	case HalfYear:
		return time.June
	case NineMonths:
		return time.September
	}
	return time.December
}

// Window returns the first and last day of the cut-off window.
func (p Period) Window() (from, to time.Time, err error) {
	if err := p.Check(); err != nil {
		return time.Time{}, time.Time{}, err
	}
	if p.From != nil {
		return p.From.Time, p.To.Time, nil
	}
	last := p.lastMonth()
	to = vn.Date(p.Year, last, 14)
	switch p.Kind {
	case Month:
		from = vn.Date(p.Year, last-1, 15) // time.Date normalises month 0 to December of the year before
	case Quarter:
		from = vn.Date(p.Year, last-3, 15)
	default:
		from = vn.Date(p.Year-1, time.December, 15)
	}
	return from, to, nil
}

// Label returns the Vietnamese name of the period as reports write it:
// "tháng 5 năm 2024", "quý III năm 2024", "6 tháng đầu năm 2025",
// "9 tháng đầu năm 2024", "năm 2024", "11 tháng đầu năm 2024".
func (p Period) Label() string {
	y := strconv.Itoa(p.Year)
	switch p.Kind {
	case Month:
		return "tháng " + strconv.Itoa(p.N) + " năm " + y
	case Quarter:
		r, err := vn.Roman(p.N)
		if err != nil {
			r = strconv.Itoa(p.N)
		}
		return "quý " + r + " năm " + y
	case HalfYear:
		return "6 tháng đầu năm " + y
	case NineMonths:
		return "9 tháng đầu năm " + y
	case FirstMonths:
		return strconv.Itoa(p.N) + " tháng đầu năm " + y
	}
	return "năm " + y
}

// Date is a calendar date that travels in JSON as "YYYY-MM-DD".
type Date struct {
	time.Time
}

// NewDate returns the date y-m-d.
func NewDate(y int, m time.Month, d int) Date { return Date{vn.Date(y, m, d)} }

// String writes the date as YYYY-MM-DD.
func (d Date) String() string { return d.Format(time.DateOnly) }

// MarshalText writes the date as YYYY-MM-DD.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a date written YYYY-MM-DD. A text of another form and
// a day that does not exist (2024-02-30) are different errors, each with
// its code (ProblemDateFormat, ProblemDateInvalid) and a Vietnamese message.
func (d *Date) UnmarshalText(b []byte) error {
	s := string(b)
	if !isDateForm(s) {
		return &strictjson.ValueError{Code: ProblemDateFormat,
			Message: fmt.Sprintf("ngày %q không viết theo dạng YYYY-MM-DD: cần viết như 2024-11-19", s)}
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return &strictjson.ValueError{Code: ProblemDateInvalid,
			Message: fmt.Sprintf("ngày %s không có thật: %s", s, whyNoDay(s))}
	}
	d.Time = t
	return nil
}

// isDateForm reports whether s is four digits, "-", two digits, "-", two digits.
func isDateForm(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range []byte(s) {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// whyNoDay says why a date of the form YYYY-MM-DD does not exist.
func whyNoDay(s string) string {
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	if m < 1 || m > 12 {
		return "tháng phải từ 01 đến 12"
	}
	if y < 1 {
		return "năm phải từ 0001"
	}
	days := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	return fmt.Sprintf("tháng %d năm %d có %d ngày", m, y, days)
}

// MarshalJSON writes the date as a JSON string "YYYY-MM-DD" (it overrides
// the RFC 3339 form of the embedded time.Time).
func (d Date) MarshalJSON() ([]byte, error) { return []byte(`"` + d.String() + `"`), nil }

// UnmarshalJSON reads a JSON string "YYYY-MM-DD"; null leaves the date
// unchanged, as encoding/json does.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return &strictjson.ValueError{Code: ProblemType,
			Message: fmt.Sprintf("gặp %s: cần một ngày viết trong ngoặc kép dạng YYYY-MM-DD, như \"2024-11-19\"", clip(b))}
	}
	return d.UnmarshalText([]byte(s))
}

// clip returns the start of a JSON value for a message: its first 40
// characters on one line, a byte that is not UTF-8 left out (vn.Excerpt),
// for a message is UTF-8 whatever the input held.
func clip(b []byte) string { return vn.Excerpt(string(b), 40) }

// vietnamese names a kind of period without its number, as a message says
// it: "6 tháng", "năm".
func (k PeriodKind) vietnamese() string {
	switch k {
	case HalfYear:
		return "6 tháng"
	case NineMonths:
		return "9 tháng"
	case Year:
		return "năm"
	}
	return string(k)
}
