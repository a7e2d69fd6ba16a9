package reform

import (
	"encoding/json"
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
	CodeAggregatePeriod    finding.Code = "reform.aggregate.period"
	CodeAggregateSection   finding.Code = "reform.aggregate.section"
	CodeAggregateCatalogue finding.Code = "reform.aggregate.catalogue"
)

// ruleAggregateCatalogue is the rule of a catalogue the roll-up cannot take
// from its units: built once, never changed; ownRules lists it.
var ruleAggregateCatalogue = finding.Rule{Code: CodeAggregateCatalogue, Severity: finding.Info,
	Summary: "Danh mục thủ tục hành chính của các đơn vị khác nhau: báo cáo tổng hợp không cộng danh mục, đơn vị tổng hợp tự ghi danh mục.",
	Doc: "A catalogue of procedures (II.2) and the procedures by online service level (II.6) are a set, not a count: units " +
		"of one level serve the same catalogue. Aggregate takes it once when every unit that gives one gives the same; when " +
		"they differ the roll-up gives none, since the sum of the units' catalogues is no catalogue, and the frame (or the " +
		"caller) sets the catalogue of the level the roll-up reports on."}

// AggregateOptions say how units are rolled up.
type AggregateOptions struct {
	// Narrative keeps each unit's narrative of the sections the report owns
	// (I.2, I.3, II.1, II.5, III, IV, V), one after another in the order of
	// the units; false leaves narrative out of the roll-up.
	Narrative bool
}

// Aggregate rolls the reports of many units up into one report with the
// given header and period: a province from its departments and communes, a
// district from its communes before 07/2025, a province from its districts.
// A roll-up is a report like any other, so roll-ups nest. Figure by figure
// (tổng hợp từng loại số liệu):
//
//	Kind of figure                      What the roll-up does
//	counts (tasks, dossiers, staff,     add (finding.SumCount). A sum above finding.MaxCount is a
//	  events, units by autonomy group)  reform.aggregate.section finding at the unit, whose part is left out.
//	optional counts (early, pending in  add when every unit gives them; when one does not, the sum is
//	  time, staff by degree, …)         unknown, never a sum that reads a silence as 0 (each section's Add).
//	rates and shares                    never stored, never averaged: the text derives each one again from
//	                                    the summed counts (85/100 = 85%, not the mean of the units' rates).
//	declared figures (stated totals,    belong to one unit's report: each unit's own Validate checks them
//	  rates, changes)                   against its data (cchc aggregate reports those findings per unit);
//	                                    the roll-up drops them, so it has none to disagree with its sum.
//	sets: the catalogue of procedures   taken once when every unit that gives one gives the same (declared
//	  (II.2) and the procedures by      figures aside), e.g. the communes of a province serving the
//	  online service level (II.6)       province's catalogue of commune-level procedures; otherwise the
//	                                    roll-up gives none, with a reform.aggregate.catalogue info finding,
//	                                    and the frame (or caller) sets the catalogue of its level. A unit in
//	                                    the other scheme of levels is a reform.aggregate.section finding.
//	names (tthc Unit, personnel         the roll-up's: h.Name(), with no short name; the units' names are
//	  Department, digital Agency,       not carried. A caller that writes on behalf of the units ("Ủy ban
//	  dissemination Organiser)          nhân dân cấp xã") sets them after the call, or in the frame.
//	partners of a whole section (I.4)   kept when every unit names the same, else left out.
//	units of another period or window   refused: a reform.aggregate.period finding naming the unit by its
//	                                    agency and place ("units[3]", "đơn vị thứ 4"); nothing of it is added.
//	carried over and previous pending   previous pending adds when every unit gives it, and the roll-up's
//	                                    Validate checks the summed carried over against it
//	                                    (tthc.dossier.carried_over); each unit's Validate checks its own, and
//	                                    against its Previous report when it carries one.
//	narrative                           the report's own (I.2, I.3, II.1, II.5, III, IV, V), I.4's items and
//	                                    II.6's systems only with o.Narrative, one unit after another; II.3,
//	                                    II.4 keep the text all units share, II.6 its projects (their Add).
//	closing, basis, extra sections      the roll-up's own: not taken from the units.
//
// Every finding about a unit names it by its header's agency and its place
// in the input ("Ủy ban nhân dân xã Bình Hòa (đơn vị thứ 3)"), with its path
// under "units[i]" and the agency among its values.
//
// The generated sentences read "<h.Name()> tiếp nhận …". The returned report
// carries no closing: the caller fills it.
func Aggregate(h Header, p Period, units []*Report, o AggregateOptions) (*Report, finding.List) {
	r := &roller{h: h, p: p, o: o, out: &Report{Header: h, Period: p}, figs: map[string]*Figure{}}
	for i, u := range units {
		if u != nil {
			r.unit(i, u)
		}
	}
	r.finish()
	return r.out, r.l
}

// roller holds a roll-up while its units are read: the sum so far of the
// report's own figures, and each section's parts, summed at the end.
type roller struct {
	h   Header
	p   Period
	o   AggregateOptions
	out *Report
	l   finding.List

	figs  map[string]*Figure
	order []string // figure names in the order first met

	comm []indexed[dissemination.Section]
	proc []indexed[tthc.Section]
	pers []indexed[personnel.Section]
	digs []indexed[digital.Section]
	cats []indexed[*tthc.Catalogue]   // the units' catalogues, shared with them: read, never changed
	svcs []indexed[*digital.Services] // the units' procedures by level, likewise
}

// indexed is a unit's part with the unit's place in the input and its agency.
type indexed[T any] struct {
	unit    int
	agency  string // the unit's header agency, on one line
	section T
}

// name names the unit in a finding, as unitName does.
func (x indexed[T]) name() string { return unitName(x.unit, x.agency) }

// unitName names unit i in a finding: its header's agency and its place in
// the input, "Ủy ban nhân dân xã Bình Hòa (đơn vị thứ 3)"; only the place
// when the header names no agency.
func unitName(i int, agency string) string {
	if agency == "" {
		return fmt.Sprintf("đơn vị thứ %d", i+1)
	}
	return fmt.Sprintf("%s (đơn vị thứ %d)", agency, i+1)
}

// agencyValue is the value that names a unit's agency in a finding.
func agencyValue(name string) finding.Value { return finding.Value{Name: "agency", Value: name} }

// unit adds unit i, or refuses it when its period is not the roll-up's.
func (r *roller) unit(i int, u *Report) {
	u0 := indexed[*Report]{i, u.Header.Name(), u}
	path := fmt.Sprintf("units[%d]", i)
	if !samePeriod(u.Period, r.p) {
		r.l.Add(ruleAggregatePeriod.At(path+".period",
			fmt.Sprintf("Báo cáo của %s thuộc kỳ %s, không phải kỳ %s của báo cáo tổng hợp; báo cáo này không được cộng.",
				u0.name(), periodText(u.Period, r.p), periodText(r.p, u.Period))).
			WithRelated("period").
			WithValues(finding.Value{Name: "unit", Value: u.Period.Label()}, finding.Value{Name: "roll_up", Value: r.p.Label()},
				agencyValue(u0.agency)))
		return
	}
	r.figures(u0, path)
	if d := u.Direction; d != nil {
		r.direction(u0, path, d)
	}
	if res := u.Results; res != nil {
		r.results(u0, path, res)
	}
	if r.o.Narrative {
		r.narrative(u)
	}
}

// samePeriod reports whether a unit of period u can be added to a roll-up of
// period p: the same kind, year and n, and the same cut-off window (an
// override of the window counts).
func samePeriod(u, p Period) bool {
	if u.Kind != p.Kind || u.Year != p.Year || u.N != p.N {
		return false
	}
	uf, ut, uerr := u.Window()
	pf, pt, perr := p.Window()
	if uerr != nil || perr != nil {
		// A period that is not one is its own report's finding; two such
		// periods with the same kind, year and n are not told apart here.
		return uerr != nil && perr != nil
	}
	return uf.Equal(pf) && ut.Equal(pt)
}

// periodText writes period p for the period finding: its label, and its
// window when the other period has the same label (the windows differ).
func periodText(p, other Period) string {
	if p.Label() != other.Label() {
		return p.Label()
	}
	return PeriodCaption(p)
}

// figures adds the unit's named figures (Report.Figures).
func (r *roller) figures(u indexed[*Report], path string) {
	for j, f := range u.section.Figures {
		acc, ok := r.figs[f.Name]
		if !ok {
			// The first unit with the figure: its values are the sum so far.
			c := Figure{Name: f.Name, Count: f.Count, Prior: copyPtr(f.Prior)}
			r.figs[f.Name] = &c
			r.order = append(r.order, f.Name)
			continue
		}
		count, err := finding.SumCount(acc.Count, f.Count)
		var prior int64
		if err == nil && acc.Prior != nil && f.Prior != nil {
			prior, err = finding.SumCount(*acc.Prior, *f.Prior)
		}
		if err != nil {
			r.l.Add(countFinding(u, fmt.Sprintf("%s.figures[%d]", path, j), "figures", "số liệu "+f.Name, err))
			continue
		}
		acc.Count = count
		if acc.Prior != nil && f.Prior != nil {
			*acc.Prior = prior
		} else {
			acc.Prior = nil // a unit without the prior value: the sum has none
		}
	}
}

// direction adds section I: the plan's tasks, the communication section,
// and the narrative when asked for.
func (r *roller) direction(u indexed[*Report], path string, d *Direction) {
	out := r.out
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
			r.l.Add(countFinding(u, path+".direction.plan", "direction.plan", "số nhiệm vụ của kế hoạch cải cách hành chính", err))
		} else {
			plan.TasksPlanned, plan.TasksDone = planned, done
		}
	}
	if r.o.Narrative {
		out.Direction.Leadership = append(out.Direction.Leadership, d.Leadership...)
		out.Direction.Inspection = append(out.Direction.Inspection, d.Inspection...)
	}
	if d.Communication != nil {
		r.comm = append(r.comm, indexed[dissemination.Section]{u.unit, u.agency, *d.Communication})
	}
}

// results adds section II: the domain sections are kept to be summed at
// the end, their sets (the catalogue, the procedures by level) apart from
// their counts; finance adds here.
func (r *roller) results(u indexed[*Report], path string, res *Results) {
	out := r.out
	if out.Results == nil {
		out.Results = &Results{}
	}
	if res.Procedures != nil {
		s := *res.Procedures
		if s.Catalogue != nil {
			r.cats = append(r.cats, indexed[*tthc.Catalogue]{u.unit, u.agency, s.Catalogue})
			s.Catalogue = nil
		}
		r.proc = append(r.proc, indexed[tthc.Section]{u.unit, u.agency, s})
	}
	if res.Personnel != nil {
		r.pers = append(r.pers, indexed[personnel.Section]{u.unit, u.agency, *res.Personnel})
	}
	if res.Digital != nil {
		s := *res.Digital
		if s.Services != nil {
			r.svcs = append(r.svcs, indexed[*digital.Services]{u.unit, u.agency, s.Services})
			s.Services = nil
		}
		r.digs = append(r.digs, indexed[digital.Section]{u.unit, u.agency, s})
	}
	if res.Finance != nil {
		r.finance(u, path, res.Finance)
	}
	if r.o.Narrative && res.Institutions != nil {
		if out.Results.Institutions == nil {
			out.Results.Institutions = &Institutions{}
		}
		out.Results.Institutions.Text = append(out.Results.Institutions.Text, res.Institutions.Text...)
		out.Results.Institutions.Parts = append(out.Results.Institutions.Parts, res.Institutions.Parts...)
	}
}

// finance adds section II.5: the units by autonomy group, and the narrative
// when asked for.
func (r *roller) finance(u indexed[*Report], path string, fin *Finance) {
	if r.out.Results.Finance == nil {
		r.out.Results.Finance = &Finance{}
	}
	f := r.out.Results.Finance
	if a := fin.Autonomy; a != nil {
		if f.Autonomy == nil {
			f.Autonomy = &Autonomy{}
		}
		sum, err := addAutonomy(*f.Autonomy, *a)
		if err != nil {
			r.l.Add(countFinding(u, path+".results.finance.autonomy", "results.finance.autonomy", "số đơn vị sự nghiệp theo mức tự chủ", err))
		} else {
			*f.Autonomy = sum
		}
	}
	if r.o.Narrative {
		f.Text = append(f.Text, fin.Text...)
		f.Parts = append(f.Parts, fin.Parts...)
	}
}

// narrative appends the unit's narrative of sections III, IV and V.
func (r *roller) narrative(u *Report) {
	out := r.out
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

// finish sums the sections kept, sets the sets taken once, and names the
// sections after the roll-up.
func (r *roller) finish() {
	name, out := r.h.Name(), r.out
	for _, fig := range r.order {
		out.Figures = append(out.Figures, *r.figs[fig])
	}
	sectionSum(&r.l, "direction.communication", r.comm, dissemination.Section.Add,
		func(s dissemination.Section) (dissemination.Section, error) { return dissemination.Sum(s) },
		func(s *dissemination.Section) {
			if !r.o.Narrative {
				s.Narrative = nil
			}
			s.Organiser = name
			s.Events.Partner = samePartner(r.comm, func(c dissemination.Section) string { return c.Events.Partner })
			s.Media.Partner = samePartner(r.comm, func(c dissemination.Section) string { return c.Media.Partner })
			out.Direction.Communication = s
		})
	sectionSum(&r.l, "results.procedures", r.proc, tthc.Section.Add,
		func(s tthc.Section) (tthc.Section, error) { return tthc.Sum(s) },
		func(s *tthc.Section) {
			s.Unit, s.UnitShort = name, ""
			s.Catalogue = catalogueSet.take(&r.l, r.cats)
			out.Results.Procedures = s
		})
	sectionSum(&r.l, "results.personnel", r.pers, personnel.Section.Add, lonePersonnel,
		func(s *personnel.Section) {
			s.Organisation.Department.Name, s.Organisation.Department.ShortName = name, ""
			out.Results.Personnel = s
		})
	if len(r.digs) > 0 {
		// A unit whose II.6 gives only the procedures by level has them taken
		// apart; its section still counts as given.
		sectionSum(&r.l, "results.digital", r.digs, digital.Section.Add,
			func(s digital.Section) (digital.Section, error) { return digital.Sum(s) },
			func(s *digital.Section) {
				s.Agency = name
				if !r.o.Narrative {
					s.Systems = nil
				}
				s.Services = servicesSet.take(&r.l, r.svcs)
				out.Results.Digital = s
			})
	}
}

// samePartner returns the partner every unit names, or "" when they differ.
func samePartner(xs []indexed[dissemination.Section], partner func(dissemination.Section) string) string {
	if len(xs) == 0 {
		return ""
	}
	p := partner(xs[0].section)
	for _, x := range xs[1:] {
		if partner(x.section) != p {
			return ""
		}
	}
	return p
}

// setFigure is a figure that is a set, not a count: how the roll-up takes
// it once from its units.
type setFigure[T any] struct {
	// path is the JSON path of the figure in a report.
	path string
	// what names the figure at the start of a message, noun in its middle.
	what, noun string
	// scheme is the scheme of service levels the figure uses: "levels",
	// "online", or "" for none or both.
	scheme func(*T) string
	// same reports whether two units give the same set, declared figures
	// aside.
	same func(a, b *T) bool
	// clone copies the set without its declared figures.
	clone func(*T) *T
}

// catalogueSet and servicesSet are the sets of II.2 and II.6: built once,
// never changed.
var (
	catalogueSet = setFigure[tthc.Catalogue]{path: "results.procedures.catalogue",
		what: "Danh mục thủ tục hành chính (mục II.2)", noun: "danh mục",
		scheme: catalogueScheme, same: sameCatalogue, clone: cloneCatalogue}
	servicesSet = setFigure[digital.Services]{path: "results.digital.services",
		what: "Số thủ tục hành chính theo mức độ dịch vụ công trực tuyến (mục II.6)", noun: "số liệu",
		scheme: servicesScheme, same: sameServices, clone: cloneServices}
)

// take returns a copy of the set every unit that gives one gives; or nil,
// with a reform.aggregate.catalogue finding at f.path, when two units give
// different ones. A unit whose set is in another scheme of service levels
// than the first unit's is also a reform.aggregate.section finding at its
// own path: the two schemes never mix (domain.md §3).
func (f setFigure[T]) take(l *finding.List, xs []indexed[*T]) *T {
	if len(xs) == 0 {
		return nil
	}
	first, differ := xs[0], -1
	s0 := f.scheme(first.section)
	for j, x := range xs[1:] {
		if s := f.scheme(x.section); s0 != "" && s != "" && s0 != s {
			l.Add(f.schemeFinding(first, x, s0, s))
		}
		if differ < 0 && !f.same(first.section, x.section) {
			differ = j + 1
		}
	}
	if differ < 0 {
		return f.clone(first.section)
	}
	x := xs[differ]
	l.Add(ruleAggregateCatalogue.At(f.path,
		fmt.Sprintf("%s của %s khác với %s của %s. Danh mục thủ tục hành chính áp dụng theo từng cấp, không cộng được: "+
			"báo cáo tổng hợp không lấy %s của các đơn vị; đơn vị tổng hợp ghi %s của cấp mình trong khung báo cáo tổng hợp (%s).",
			f.what, x.name(), f.noun, first.name(), f.noun, f.noun, f.path)).
		WithRelated(fmt.Sprintf("units[%d].%s", first.unit, f.path), fmt.Sprintf("units[%d].%s", x.unit, f.path)).
		WithValues(agencyValue(x.agency), finding.Value{Name: "first_agency", Value: first.agency}))
	return nil
}

// schemeFinding is the finding of unit x whose set uses scheme s where the
// first unit's uses s0.
func (f setFigure[T]) schemeFinding(first, x indexed[*T], s0, s string) finding.Finding {
	return ruleAggregateSection.At(fmt.Sprintf("units[%d].%s", x.unit, f.path),
		fmt.Sprintf("%s của %s phân loại theo %s, còn %s của %s phân loại theo %s; hai cách phân loại không gộp được, "+
			"báo cáo tổng hợp không lấy %s của các đơn vị.", f.what, x.name(), schemeLabel(s), f.noun, first.name(), schemeLabel(s0), f.noun)).
		WithRelated(fmt.Sprintf("units[%d].%s", first.unit, f.path)).
		WithValues(agencyValue(x.agency), finding.Value{Name: "scheme", Value: s}, finding.Value{Name: "first_scheme", Value: s0})
}

// schemeLabel names a scheme of service levels in a message.
func schemeLabel(s string) string {
	if s == "levels" {
		return "mức độ 1–4 (Nghị định 43/2011/NĐ-CP)"
	}
	return "dịch vụ công trực tuyến toàn trình, một phần (Nghị định 42/2022/NĐ-CP)"
}

// catalogueScheme is the scheme of a catalogue's service levels: "levels",
// "online", or "" when it gives none or both (its own Validate reports both).
func catalogueScheme(c *tthc.Catalogue) string {
	return scheme(c.Levels != nil, c.Online != nil)
}

// servicesScheme is catalogueScheme for the procedures of II.6.
func servicesScheme(s *digital.Services) string {
	return scheme(s.Levels != nil, s.Online != nil)
}

func scheme(levels, online bool) string {
	switch {
	case levels && !online:
		return "levels"
	case online && !levels:
		return "online"
	}
	return ""
}

// cloneCatalogue copies a catalogue without its declared figures: the
// roll-up shares no memory with its units.
func cloneCatalogue(c *tthc.Catalogue) *tthc.Catalogue {
	out := &tthc.Catalogue{InternalProcesses: copyPtr(c.InternalProcesses)}
	if l := c.Levels; l != nil {
		out.Levels = &tthc.Levels{Level1: copyPtr(l.Level1), Level2: copyPtr(l.Level2), Level3: copyPtr(l.Level3), Level4: copyPtr(l.Level4)}
	}
	if o := c.Online; o != nil {
		v := *o
		v.EligibleFull = copyPtr(o.EligibleFull)
		out.Online = &v
	}
	if a := c.Announced; a != nil {
		v := *a
		out.Announced = &v
	}
	return out
}

// cloneServices copies the procedures by level without their declared
// total.
func cloneServices(s *digital.Services) *digital.Services {
	out := &digital.Services{}
	if l := s.Levels; l != nil {
		out.Levels = &digital.Levels{Level1: copyPtr(l.Level1), Level2: copyPtr(l.Level2), Level3: copyPtr(l.Level3), Level4: copyPtr(l.Level4)}
	}
	if o := s.Online; o != nil {
		out.Online = &digital.Online{Full: copyPtr(o.Full), Partial: copyPtr(o.Partial), Information: copyPtr(o.Information)}
	}
	return out
}

// sameCatalogue reports whether two catalogues give the same procedures,
// announcements and internal processes, declared figures aside.
func sameCatalogue(a, b *tthc.Catalogue) bool {
	return eqPtr(a.InternalProcesses, b.InternalProcesses) && eqPtr(a.Announced, b.Announced) &&
		eqWith(a.Levels, b.Levels, func(x, y *tthc.Levels) bool {
			return eqPtr(x.Level1, y.Level1) && eqPtr(x.Level2, y.Level2) && eqPtr(x.Level3, y.Level3) && eqPtr(x.Level4, y.Level4)
		}) &&
		eqWith(a.Online, b.Online, func(x, y *tthc.OnlineServices) bool {
			return x.Full == y.Full && x.Partial == y.Partial && x.InformationOnly == y.InformationOnly && eqPtr(x.EligibleFull, y.EligibleFull)
		})
}

// sameServices reports whether two units give the same procedures by
// level, declared total aside.
func sameServices(a, b *digital.Services) bool {
	return eqWith(a.Levels, b.Levels, func(x, y *digital.Levels) bool {
		return eqPtr(x.Level1, y.Level1) && eqPtr(x.Level2, y.Level2) && eqPtr(x.Level3, y.Level3) && eqPtr(x.Level4, y.Level4)
	}) && eqWith(a.Online, b.Online, func(x, y *digital.Online) bool {
		return eqPtr(x.Full, y.Full) && eqPtr(x.Partial, y.Partial) && eqPtr(x.Information, y.Information)
	})
}

// eqPtr reports whether two optional values are both absent or equal.
func eqPtr[T comparable](a, b *T) bool {
	return eqWith(a, b, func(x, y *T) bool { return *x == *y })
}

// eqWith reports whether two optional parts are both absent, or both
// present and equal by eq.
func eqWith[T any](a, b *T, eq func(x, y *T) bool) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return eq(a, b)
}

// lonePersonnel is the roll-up of one unit's II.3 and II.4: a copy that
// shares no memory with the unit (through its JSON form, which every
// section round-trips), without the declared figures. personnel.Sum of one
// value is the value itself.
func lonePersonnel(s personnel.Section) (personnel.Section, error) {
	data, err := json.Marshal(s)
	if err != nil {
		return s, nil // not met: a Section has no value JSON cannot write
	}
	c, err := personnel.Decode(data)
	if err != nil {
		return s, nil // not met: the section's own JSON always reads back
	}
	for i := range c.Organisation.Local {
		c.Organisation.Local[i].Declared = personnel.LocalDeclared{}
	}
	for i := range c.CivilService.Gender.Groups {
		c.CivilService.Gender.Groups[i].Declared = personnel.WomenDeclared{}
	}
	return *c, nil
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

// countFinding is the finding of unit u whose
// counts at path cannot be added to the roll-up's at related: the sum would
// exceed finding.MaxCount (or leave the int64 range). The unit's part is
// left out of the sum.
func countFinding(u indexed[*Report], path, related, what string, err error) finding.Finding {
	return ruleAggregateSection.At(path,
		fmt.Sprintf("Không cộng được %s của %s vào báo cáo tổng hợp: tổng vượt quá giới hạn %s; phần số liệu này của đơn vị đó không được cộng.",
			what, u.name(), vn.Int(finding.MaxCount))).
		WithRelated(related).WithValues(finding.Value{Name: "reason", Value: err.Error()}, agencyValue(u.agency))
}

func copyPtr(p *int64) *int64 {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

// sectionSum adds the units' sections and sets the sum; the sum of one unit
// is one(section), which drops what adding drops (declared figures). It
// first adds them pairwise in a balanced tree, so that n units cost n log n
// copies even for sections whose Add copies its lists. When an addition
// fails it adds them again one by one, leaving out each unit whose section
// cannot be added (with a finding at that unit's path, naming it), so that
// one bad unit costs only itself.
func sectionSum[T any](l *finding.List, path string, xs []indexed[T], add func(a, b T) (T, error), one func(T) (T, error), set func(*T)) {
	if len(xs) == 0 {
		return
	}
	var reduce func(xs []indexed[T]) (T, error)
	reduce = func(xs []indexed[T]) (T, error) {
		if len(xs) == 1 {
			return xs[0].section, nil // added to another below, or one's below
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
	sum := reduce
	if len(xs) == 1 {
		sum = func(xs []indexed[T]) (T, error) { return one(xs[0].section) }
	}
	if s, err := sum(xs); err == nil {
		set(&s)
		return
	}
	// The first unit that can stand alone sets the scheme the others must share.
	var (
		acc     T
		started bool
	)
	for _, x := range xs {
		var (
			s   T
			err error
		)
		if started {
			s, err = add(acc, x.section)
		} else {
			s, err = one(x.section)
		}
		if err != nil {
			l.Add(ruleAggregateSection.At(fmt.Sprintf("units[%d].%s", x.unit, path),
				fmt.Sprintf("Không cộng được mục này của %s vào báo cáo tổng hợp (số liệu không cùng cách phân loại hoặc vượt giới hạn); mục này của đơn vị đó không được cộng.", x.name())).
				WithRelated(path).WithValues(finding.Value{Name: "reason", Value: err.Error()}, agencyValue(x.agency)))
			continue
		}
		acc, started = s, true
	}
	if started {
		set(&acc)
	}
}
