package reform

import (
	"time"

	"github.com/cchc-go/cchc/reform/citation"
)

// planSetLateMonth is the month of the year from which a plan no longer counts as
// set at the start of the year: a plan of the year is issued in December of
// the year before or in the first quarter (the reference report's Kế hoạch
// số 14/KH-STP ngày 31/01/2024); one issued from April on, as the plans of
// the provinces and communes formed on 01/7/2025 were, is not.
const planSetLateMonth = time.April

// FromYearStart says whether the plan was set at the start of the year of
// period p, which the plan sentence says ("đề ra từ đầu năm"): true unless
// the plan's text cites a Kế hoạch of that year dated from April on (the
// latest Kế hoạch it cites is the unit's own plan, issued after the plan it
// carries out). A plan whose text cites no dated Kế hoạch is taken as set at
// the start of the year, as most plans are.
func (p *Plan) FromYearStart(period Period) bool {
	if p == nil || p.Text == nil {
		return true
	}
	var latest time.Time
	for _, c := range citation.Scan(p.Text.Text) {
		if c.Kind == citation.Plan && c.Date.After(latest) {
			latest = c.Date
		}
	}
	late := time.Date(period.Year, planSetLateMonth, 1, 0, 0, 0, 0, time.UTC)
	return latest.Before(late)
}
