package reform

import (
	"fmt"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/tthc"
)

// Codes of aggregation findings.
const (
	CodeAggregatePeriod  finding.Code = "reform.aggregate.period"
	CodeAggregateSection finding.Code = "reform.aggregate.section"
)

// AggregateOptions say how units are rolled up.
type AggregateOptions struct {
	// Narrative keeps each unit's narrative of the sections the report owns
	// (I.2, I.3, II.1, II.5, III, IV, V), one after another in the order of
	// the units; false leaves narrative out of the roll-up.
	Narrative bool
}

// Aggregate rolls the reports of many units up into one report with the
// given header and period (a province from its departments and districts).
// Counts add and every rate is derived again from the summed counts, never
// averaged. Declared figures belong to one unit's report and are dropped.
// A unit whose period differs from the roll-up's, or whose sections cannot
// be added (two service-level schemes, counts past the limit), is a finding
// and its section is left out of the sum, never merged silently. The
// returned report carries no closing: the caller fills it.
func Aggregate(h Header, p Period, units []*Report, o AggregateOptions) (*Report, finding.List) {
	out := &Report{Header: h, Period: p}
	var l finding.List
	var (
		comm []dissemination.Dissemination
		proc []tthc.Section
		pers []personnel.Personnel
		digs []digital.Digital
		figs = map[string]*Figure{}
		fig  []string
	)
	for i, u := range units {
		if u == nil {
			continue
		}
		path := fmt.Sprintf("units[%d]", i)
		if u.Period.Kind != p.Kind || u.Period.Year != p.Year || u.Period.N != p.N {
			l.Add(finding.Finding{Code: CodeAggregatePeriod, Severity: finding.Error, Path: path + ".period", Related: []string{"period"},
				Values:  []finding.Value{{Name: "unit", Value: u.Period.Label()}, {Name: "roll_up", Value: p.Label()}},
				Message: fmt.Sprintf("Báo cáo của %s thuộc kỳ %s, không phải kỳ %s của báo cáo tổng hợp; báo cáo này không được cộng.", u.Header.Agency, u.Period.Label(), p.Label())})
			continue
		}
		for _, f := range u.Figures {
			acc, ok := figs[f.Name]
			if !ok {
				c := Figure{Name: f.Name, Prior: copyPtr(f.Prior)}
				figs[f.Name], acc = &c, &c
				fig = append(fig, f.Name)
			}
			acc.Count += f.Count
			if acc.Prior != nil && f.Prior != nil && ok {
				*acc.Prior += *f.Prior
			} else if ok {
				acc.Prior = nil // a unit without the prior value: the sum has none
			}
		}
		if d := u.Direction; d != nil {
			if out.Direction == nil {
				out.Direction = &Direction{}
			}
			if d.Plan != nil {
				if out.Direction.Plan == nil {
					out.Direction.Plan = &Plan{}
				}
				out.Direction.Plan.TasksPlanned += d.Plan.TasksPlanned
				out.Direction.Plan.TasksDone += d.Plan.TasksDone
			}
			if o.Narrative {
				out.Direction.Leadership = append(out.Direction.Leadership, d.Leadership...)
				out.Direction.Inspection = append(out.Direction.Inspection, d.Inspection...)
			}
			if d.Communication != nil {
				comm = append(comm, *d.Communication)
			}
		}
		if res := u.Results; res != nil {
			if out.Results == nil {
				out.Results = &Results{}
			}
			if res.Procedures != nil {
				proc = append(proc, *res.Procedures)
			}
			if res.Personnel != nil {
				pers = append(pers, *res.Personnel)
			}
			if res.Digital != nil {
				digs = append(digs, *res.Digital)
			}
			if res.Finance != nil {
				if out.Results.Finance == nil {
					out.Results.Finance = &Finance{}
				}
				f := out.Results.Finance
				if a := res.Finance.Autonomy; a != nil {
					if f.Autonomy == nil {
						f.Autonomy = &Autonomy{}
					}
					f.Autonomy.SelfAll += a.SelfAll
					f.Autonomy.SelfRecurrent += a.SelfRecurrent
					f.Autonomy.Partial += a.Partial
					f.Autonomy.State += a.State
				}
				if o.Narrative {
					f.Text = append(f.Text, res.Finance.Text...)
					f.Parts = append(f.Parts, res.Finance.Parts...)
				}
			}
			if o.Narrative && res.Institutions != nil {
				if out.Results.Institutions == nil {
					out.Results.Institutions = &Institutions{}
				}
				out.Results.Institutions.Text = append(out.Results.Institutions.Text, res.Institutions.Text...)
				out.Results.Institutions.Parts = append(out.Results.Institutions.Parts, res.Institutions.Parts...)
			}
		}
		if o.Narrative {
			if a := u.Assessment; a != nil {
				if out.Assessment == nil {
					out.Assessment = &Assessment{}
				}
				out.Assessment.Strengths = append(out.Assessment.Strengths, a.Strengths...)
				out.Assessment.Weaknesses = append(out.Assessment.Weaknesses, a.Weaknesses...)
			}
			if d := u.Directions; d != nil {
				if out.Directions == nil {
					out.Directions = &Directions{}
				}
				out.Directions.Text = append(out.Directions.Text, d.Text...)
				out.Directions.Areas = append(out.Directions.Areas, d.Areas...)
			}
			if v := u.Recommendations; v != nil {
				if out.Recommendations == nil {
					out.Recommendations = &Recommendations{}
				}
				out.Recommendations.Text = append(out.Recommendations.Text, v.Text...)
			}
		}
	}
	for _, name := range fig {
		out.Figures = append(out.Figures, *figs[name])
	}
	sectionSum(&l, "direction.communication", comm, func(a, b dissemination.Dissemination) (dissemination.Dissemination, error) { return a.Add(b) }, func(s *dissemination.Dissemination) {
		if out.Direction == nil {
			out.Direction = &Direction{}
		}
		out.Direction.Communication = s
	})
	sectionSum(&l, "results.procedures", proc, func(a, b tthc.Section) (tthc.Section, error) { return a.Add(b) }, func(s *tthc.Section) {
		s.Unit = h.Agency
		out.Results.Procedures = s
	})
	sectionSum(&l, "results.personnel", pers, func(a, b personnel.Personnel) (personnel.Personnel, error) { return a.Add(b) }, func(s *personnel.Personnel) {
		out.Results.Personnel = s
	})
	sectionSum(&l, "results.digital", digs, func(a, b digital.Digital) (digital.Digital, error) { return a.Add(b) }, func(s *digital.Digital) {
		s.Agency = h.Agency
		out.Results.Digital = s
	})
	return out, l
}

func copyPtr(p *int64) *int64 {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

// sectionSum adds sections pairwise in a balanced tree, so that n units cost
// n log n copies even for sections whose Add copies its lists, and sets the
// sum. A failed addition is a finding; the sum then leaves that half out.
func sectionSum[T any](l *finding.List, path string, xs []T, add func(a, b T) (T, error), set func(*T)) {
	if len(xs) == 0 {
		return
	}
	var reduce func(xs []T) (T, bool)
	reduce = func(xs []T) (T, bool) {
		if len(xs) == 1 {
			return xs[0], true
		}
		mid := len(xs) / 2
		a, okA := reduce(xs[:mid])
		b, okB := reduce(xs[mid:])
		switch {
		case !okA:
			return b, okB
		case !okB:
			return a, true
		}
		s, err := add(a, b)
		if err != nil {
			l.Add(finding.Finding{Code: CodeAggregateSection, Severity: finding.Error, Path: path,
				Message: fmt.Sprintf("Không cộng được số liệu của các đơn vị ở mục này: %v; phần không cộng được bị bỏ ra khỏi báo cáo tổng hợp.", err)})
			return a, true
		}
		return s, true
	}
	s, ok := reduce(xs)
	if ok {
		set(&s)
	}
}
