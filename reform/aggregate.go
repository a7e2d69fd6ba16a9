package reform

import (
	"errors"
	"fmt"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
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
// at that unit's path and only its section is left out of the sum, never
// merged silently. Without o.Narrative, the narrative the domain sections
// carry (dissemination's and digital's items) is left out too.
//
// The roll-up is written in the name of h.Agency: the sections' unit names
// (tthc's Unit, digital's Agency) are set to it, so the generated sentences
// read "<h.Agency> tiếp nhận …"; a caller that reports on behalf of the units
// ("Ủy ban nhân dân cấp huyện") sets those names after the call. The
// returned report carries no closing: the caller fills it.
func Aggregate(h Header, p Period, units []*Report, o AggregateOptions) (*Report, finding.List) {
	out := &Report{Header: h, Period: p}
	var l finding.List
	var (
		comm []indexed[dissemination.Section]
		proc []indexed[tthc.Section]
		pers []indexed[personnel.Section]
		digs []indexed[digital.Section]
		figs = map[string]*Figure{}
		fig  []string
	)
	for i, u := range units {
		if u == nil {
			continue
		}
		path := fmt.Sprintf("units[%d]", i)
		if u.Period.Kind != p.Kind || u.Period.Year != p.Year || u.Period.N != p.N {
			l.Add(ruleAggregatePeriod.At(path+".period",
				fmt.Sprintf("Báo cáo của %s thuộc kỳ %s, không phải kỳ %s của báo cáo tổng hợp; báo cáo này không được cộng.", u.Header.Agency, u.Period.Label(), p.Label())).
				WithRelated("period").
				WithValues(finding.Value{Name: "unit", Value: u.Period.Label()}, finding.Value{Name: "roll_up", Value: p.Label()}))
			continue
		}
		for j, f := range u.Figures {
			acc, ok := figs[f.Name]
			if !ok {
				c := Figure{Name: f.Name, Prior: copyPtr(f.Prior)}
				figs[f.Name], acc = &c, &c
				fig = append(fig, f.Name)
			}
			if !ok {
				// The first unit with the figure: its values are the sum so far.
				acc.Count = f.Count
				continue
			}
			count, err := finding.SumCount(acc.Count, f.Count)
			var prior int64
			if err == nil && acc.Prior != nil && f.Prior != nil {
				prior, err = finding.SumCount(*acc.Prior, *f.Prior)
			}
			if err != nil {
				l.Add(countFinding(i, fmt.Sprintf("%s.figures[%d]", path, j), "figures", "số liệu "+f.Name, err))
				continue
			}
			acc.Count = count
			if acc.Prior != nil && f.Prior != nil {
				*acc.Prior = prior
			} else {
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
				plan := out.Direction.Plan
				planned, err := finding.SumCount(plan.TasksPlanned, d.Plan.TasksPlanned)
				done, err2 := finding.SumCount(plan.TasksDone, d.Plan.TasksDone)
				if err := errors.Join(err, err2); err != nil {
					l.Add(countFinding(i, path+".direction.plan", "direction.plan", "số nhiệm vụ của kế hoạch cải cách hành chính", err))
				} else {
					plan.TasksPlanned, plan.TasksDone = planned, done
				}
			}
			if o.Narrative {
				out.Direction.Leadership = append(out.Direction.Leadership, d.Leadership...)
				out.Direction.Inspection = append(out.Direction.Inspection, d.Inspection...)
			}
			if d.Communication != nil {
				comm = append(comm, indexed[dissemination.Section]{i, *d.Communication})
			}
		}
		if res := u.Results; res != nil {
			if out.Results == nil {
				out.Results = &Results{}
			}
			if res.Procedures != nil {
				proc = append(proc, indexed[tthc.Section]{i, *res.Procedures})
			}
			if res.Personnel != nil {
				pers = append(pers, indexed[personnel.Section]{i, *res.Personnel})
			}
			if res.Digital != nil {
				digs = append(digs, indexed[digital.Section]{i, *res.Digital})
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
					sum, err := addAutonomy(*f.Autonomy, *a)
					if err != nil {
						l.Add(countFinding(i, path+".results.finance.autonomy", "results.finance.autonomy", "số đơn vị sự nghiệp theo mức tự chủ", err))
					} else {
						*f.Autonomy = sum
					}
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
	sectionSum(&l, "direction.communication", comm, func(a, b dissemination.Section) (dissemination.Section, error) { return a.Add(b) }, func(s *dissemination.Section) {
		if out.Direction == nil {
			out.Direction = &Direction{}
		}
		if !o.Narrative {
			s.Narrative = nil
		}
		out.Direction.Communication = s
	})
	sectionSum(&l, "results.procedures", proc, func(a, b tthc.Section) (tthc.Section, error) { return a.Add(b) }, func(s *tthc.Section) {
		s.Unit = h.Agency
		out.Results.Procedures = s
	})
	sectionSum(&l, "results.personnel", pers, func(a, b personnel.Section) (personnel.Section, error) { return a.Add(b) }, func(s *personnel.Section) {
		out.Results.Personnel = s
	})
	sectionSum(&l, "results.digital", digs, func(a, b digital.Section) (digital.Section, error) { return a.Add(b) }, func(s *digital.Section) {
		s.Agency = h.Agency
		if !o.Narrative {
			s.Systems = nil
		}
		out.Results.Digital = s
	})
	return out, l
}

// addAutonomy adds two units' autonomy groups; the total of each group is a
// count, at most finding.MaxCount.
func addAutonomy(a, b Autonomy) (Autonomy, error) {
	var errs [4]error
	out := Autonomy{}
	out.SelfAll, errs[0] = finding.SumCount(a.SelfAll, b.SelfAll)
	out.SelfRecurrent, errs[1] = finding.SumCount(a.SelfRecurrent, b.SelfRecurrent)
	out.Partial, errs[2] = finding.SumCount(a.Partial, b.Partial)
	out.State, errs[3] = finding.SumCount(a.State, b.State)
	return out, errors.Join(errs[:]...)
}

// countFinding is the finding of a unit whose counts at path cannot be added
// to the roll-up's at related: the sum would exceed finding.MaxCount (or
// leave the int64 range). The unit's part is left out of the sum.
func countFinding(unit int, path, related, what string, err error) finding.Finding {
	return ruleAggregateSection.At(path,
		fmt.Sprintf("Không cộng được %s của đơn vị thứ %d vào báo cáo tổng hợp: tổng vượt quá giới hạn %s; phần số liệu này của đơn vị đó không được cộng.",
			what, unit+1, vn.Int(finding.MaxCount))).
		WithRelated(related).WithValues(finding.Value{Name: "reason", Value: err.Error()})
}

func copyPtr(p *int64) *int64 {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

// indexed is a unit's section with the unit's place in the input.
type indexed[T any] struct {
	unit    int
	section T
}

// sectionSum adds the units' sections and sets the sum. It first adds them
// pairwise in a balanced tree, so that n units cost n log n copies even for
// sections whose Add copies its lists. When an addition fails it adds them
// again one by one, leaving out each unit whose section cannot be added
// (with a finding at that unit's path), so that one bad unit costs only
// itself.
func sectionSum[T any](l *finding.List, path string, xs []indexed[T], add func(a, b T) (T, error), set func(*T)) {
	if len(xs) == 0 {
		return
	}
	var reduce func(xs []indexed[T]) (T, error)
	reduce = func(xs []indexed[T]) (T, error) {
		if len(xs) == 1 {
			return xs[0].section, nil
		}
		mid := len(xs) / 2
		a, err := reduce(xs[:mid])
		if err != nil {
			return a, err
		}
		b, err := reduce(xs[mid:])
		if err != nil {
			return b, err
		}
		return add(a, b)
	}
	if s, err := reduce(xs); err == nil {
		set(&s)
		return
	}
	// The first unit's section sets the scheme the others must share.
	sum := xs[0].section
	for _, x := range xs[1:] {
		s, err := add(sum, x.section)
		if err != nil {
			l.Add(ruleAggregateSection.At(fmt.Sprintf("units[%d].%s", x.unit, path),
				fmt.Sprintf("Không cộng được mục này của đơn vị thứ %d vào báo cáo tổng hợp (số liệu không cùng cách phân loại hoặc vượt giới hạn); mục này của đơn vị đó không được cộng.", x.unit+1)).
				WithRelated(path).WithValues(finding.Value{Name: "reason", Value: err.Error()}))
			continue
		}
		sum = s
	}
	set(&sum)
}
