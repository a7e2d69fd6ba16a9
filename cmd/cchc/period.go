package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/vn"
)

// periodCommand is "cchc period".
func periodCommand() command {
	return command{
		name:     "period",
		synopsis: "cchc period [--json] KIND YEAR [N]",
		about:    periodAbout,
		examples: periodExamples,
		run:      (*env).period,
	}
}

// periodAbout and periodExamples are the help of "cchc period".
const (
	periodAbout = `Period prints the label of a reporting period (kỳ báo cáo) and its cut-off
window (thời gian chốt số liệu) under Nghị định 09/2019/NĐ-CP, Điều 12: from
the 15th of the month before the period to the 14th of its last month; the
cumulative periods start on 15/12 of the year before. They help when filling
the "period" of a report: {"kind": KIND, "year": YEAR, "n": N}.

KIND is one of (Vietnamese aliases in brackets):
  month        one month, N = 1…12 (thang, tháng)
  quarter      one quarter, N = 1…4 (quy, quý)
  half_year    the first six months (6thang, 6-thang)
  nine_months  the first nine months (9thang, 9-thang)
  year         the whole year (nam, năm)
  first_months the first N months, N = 1…12 (dau-nam, đầu-năm)`
	periodExamples = `  $ cchc period first_months 2024 11
  11 tháng đầu năm 2024
  15/12/2023 – 14/11/2024
  $ cchc period quy 2024 3
  quý III năm 2024
  15/6/2024 – 14/9/2024
  $ cchc period --json year 2024
`
)

// periodKind returns the kind named s, in English as in the interchange
// format or by its Vietnamese alias.
func periodKind(s string) (reform.PeriodKind, bool) {
	switch strings.ToLower(vn.NFC(s)) {
	case "month", "thang", "tháng":
		return reform.Month, true
	case "quarter", "quy", "quý":
		return reform.Quarter, true
	case "half_year", "6thang", "6-thang", "6tháng", "6-tháng":
		return reform.HalfYear, true
	case "nine_months", "9thang", "9-thang", "9tháng", "9-tháng":
		return reform.NineMonths, true
	case "year", "nam", "năm":
		return reform.Year, true
	case "first_months", "dau-nam", "đầu-năm":
		return reform.FirstMonths, true
	}
	return "", false
}

// periodJSON is the output of period --json.
type periodJSON struct {
	Kind  reform.PeriodKind `json:"kind"`
	Year  int               `json:"year"`
	N     int               `json:"n,omitempty"`
	Label string            `json:"label"`
	From  reform.Date       `json:"from"`
	To    reform.Date       `json:"to"`
}

// period runs "cchc period".
func (e *env) period(c command, args []string) int {
	fs := e.flagSet(c)
	asJSON := fs.Bool("json", false, "print the period as one JSON object")
	pos, code, ok := e.parse(c, fs, args)
	if !ok {
		return code
	}
	p, problem := periodOf(pos)
	if problem != "" {
		return e.badUsage(c, problem)
	}
	from, to, err := p.Window()
	if err != nil {
		fmt.Fprintf(e.stderr, "cchc period: %v\n", err)
		return exitFail
	}
	if *asJSON {
		e.writeJSON(periodJSON{Kind: p.Kind, Year: p.Year, N: p.N, Label: p.Label(), From: reform.Date{Time: from}, To: reform.Date{Time: to}})
		return exitOK
	}
	fmt.Fprintf(e.stdout, "%s\n%s – %s\n", p.Label(), vn.CitationDate(from), vn.CitationDate(to))
	return exitOK
}

// periodOf reads the period of the arguments KIND YEAR [N], or says what
// is wrong with them.
func periodOf(pos []string) (reform.Period, string) {
	if len(pos) < 2 || len(pos) > 3 {
		return reform.Period{}, "expected KIND YEAR [N]"
	}
	kind, ok := periodKind(pos[0])
	if !ok {
		return reform.Period{}, fmt.Sprintf("unknown KIND %q: expected month, quarter, half_year, nine_months, year or first_months", pos[0])
	}
	year, err := strconv.Atoi(pos[1])
	if err != nil {
		return reform.Period{}, fmt.Sprintf("YEAR %q: expected a whole number such as 2024", pos[1])
	}
	p := reform.Period{Kind: kind, Year: year}
	if len(pos) == 3 {
		if p.N, err = strconv.Atoi(pos[2]); err != nil {
			return reform.Period{}, fmt.Sprintf("N %q: expected a whole number", pos[2])
		}
	}
	return p, ""
}
