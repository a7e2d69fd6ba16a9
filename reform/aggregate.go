package reform

import (
	"encoding/json"
	"errors"
	"fmt"
	"iter"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
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
//
// The cost of a roll-up grows with the number of units and no faster: each
// section is summed in one pass over its units (each section's Sum, or for
// I.4, whose lists are concatenated, the units' lists gathered once), never
// by copying partial sums pairwise. AggregateSources also tells which units
// each figure came from.
func Aggregate(h Header, p Period, units []*Report, o AggregateOptions) (*Report, finding.List) {
	r := rollUp(h, p, units, o, false)
	return r.out, r.l
}

// rollUp reads every unit and sums them; with sources it also records the
// units of each figure that is not a section's (Report.Figures, the plan,
// the autonomy groups).
func rollUp(h Header, p Period, units []*Report, o AggregateOptions, sources bool) *roller {
	r := newRoller(h, p, o, len(units))
	if sources {
		r.src = &unitSources{figs: map[string]*figureUnits{}}
	}
	for i, u := range units {
		if u != nil {
			r.unit(i, u)
		}
	}
	r.finish()
	return r
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

	// The units' sections, shared with them: read, never changed; finish
	// keeps in each list only the units it added.
	comm []indexed[*dissemination.Section]
	proc []indexed[*tthc.Section]
	pers []indexed[*personnel.Section]
	digs []indexed[*digital.Section]
	cats []indexed[*tthc.Catalogue]   // the units' catalogues, likewise
	svcs []indexed[*digital.Services] // the units' procedures by level, likewise

	src *unitSources // the units of the report's own figures, for AggregateSources; nil for Aggregate
}

// newRoller returns a roller for n units, its lists of sections, which
// every unit fills as a rule, sized for them; the lists of catalogues and of
// procedures by level, which few units give, grow as they fill.
func newRoller(h Header, p Period, o AggregateOptions, n int) *roller {
	return &roller{h: h, p: p, o: o, out: &Report{Header: h, Period: p}, figs: map[string]*Figure{},
		comm: make([]indexed[*dissemination.Section], 0, n), proc: make([]indexed[*tthc.Section], 0, n),
		pers: make([]indexed[*personnel.Section], 0, n), digs: make([]indexed[*digital.Section], 0, n)}
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
	if !samePeriod(u.Period, r.p) {
		r.l.Add(ruleAggregatePeriod.At(fmt.Sprintf("units[%d].period", i),
			fmt.Sprintf("Báo cáo của %s thuộc kỳ %s, không phải kỳ %s của báo cáo tổng hợp; báo cáo này không được cộng.",
				u0.name(), periodText(u.Period, r.p), periodText(r.p, u.Period))).
			WithRelated("period").
			WithValues(finding.Value{Name: "unit", Value: u.Period.Label()}, finding.Value{Name: "roll_up", Value: r.p.Label()},
				agencyValue(u0.agency)))
		r.src.refuse(i)
		return
	}
	r.figures(u0)
	if d := u.Direction; d != nil {
		r.direction(u0, d)
	}
	if res := u.Results; res != nil {
		r.results(u0, res)
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
func (r *roller) figures(u indexed[*Report]) {
	for j, f := range u.section.Figures {
		acc, ok := r.figs[f.Name]
		if !ok {
			// The first unit with the figure: its values are the sum so far.
			c := Figure{Name: f.Name, Count: f.Count, Prior: copyPtr(f.Prior)}
			r.figs[f.Name] = &c
			r.order = append(r.order, f.Name)
			r.src.figure(f, u.unit)
			continue
		}
		count, err := finding.SumCount(acc.Count, f.Count)
		var prior int64
		if err == nil && acc.Prior != nil && f.Prior != nil {
			prior, err = finding.SumCount(*acc.Prior, *f.Prior)
		}
		if err != nil {
			r.l.Add(countFinding(u, fmt.Sprintf(".figures[%d]", j), "figures", "số liệu "+f.Name, err))
			continue
		}
		acc.Count = count
		if acc.Prior != nil && f.Prior != nil {
			*acc.Prior = prior
		} else {
			acc.Prior = nil // a unit without the prior value: the sum has none
		}
		r.src.figure(f, u.unit)
	}
}

// direction adds section I: the plan's tasks, the communication section,
// and the narrative when asked for.
func (r *roller) direction(u indexed[*Report], d *Direction) {
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
			r.l.Add(countFinding(u, ".direction.plan", "direction.plan", "số nhiệm vụ của kế hoạch cải cách hành chính", err))
		} else {
			plan.TasksPlanned, plan.TasksDone = planned, done
			r.src.plan(u, d.Plan)
		}
	}
	if r.o.Narrative {
		out.Direction.Leadership = append(out.Direction.Leadership, d.Leadership...)
		out.Direction.Inspection = append(out.Direction.Inspection, d.Inspection...)
	}
	if d.Communication != nil {
		r.comm = append(r.comm, indexed[*dissemination.Section]{u.unit, u.agency, d.Communication})
	}
}

// results adds section II: the domain sections are kept to be summed at
// the end, their sets (the catalogue, the procedures by level) apart from
// their counts; finance adds here.
func (r *roller) results(u indexed[*Report], res *Results) {
	out := r.out
	if out.Results == nil {
		out.Results = &Results{}
	}
	if s := res.Procedures; s != nil {
		if s.Catalogue != nil {
			r.cats = append(r.cats, indexed[*tthc.Catalogue]{u.unit, u.agency, s.Catalogue})
		}
		r.proc = append(r.proc, indexed[*tthc.Section]{u.unit, u.agency, s})
	}
	if res.Personnel != nil {
		r.pers = append(r.pers, indexed[*personnel.Section]{u.unit, u.agency, res.Personnel})
	}
	if s := res.Digital; s != nil {
		if s.Services != nil {
			r.svcs = append(r.svcs, indexed[*digital.Services]{u.unit, u.agency, s.Services})
		}
		r.digs = append(r.digs, indexed[*digital.Section]{u.unit, u.agency, s})
	}
	if res.Finance != nil {
		r.finance(u, res.Finance)
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
func (r *roller) finance(u indexed[*Report], fin *Finance) {
	if r.out.Results.Finance == nil {
		r.out.Results.Finance = &Finance{}
	}
	f := r.out.Results.Finance
	if a := fin.Autonomy; a != nil {
		sum, err := addAutonomy(f.Autonomy, *a)
		if err != nil {
			r.l.Add(countFinding(u, ".results.finance.autonomy", "results.finance.autonomy", "số đơn vị sự nghiệp theo mức tự chủ", err))
		} else {
			f.Autonomy = &sum
			r.src.autonomy(u, a)
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
	out := r.out
	out.Figures = make([]Figure, 0, len(r.order))
	for _, fig := range r.order {
		out.Figures = append(out.Figures, *r.figs[fig])
	}
	if s, ok := r.communication(); ok {
		out.Direction.Communication = s
	}
	if s, ok := r.procedures(); ok {
		out.Results.Procedures = s
	}
	if s, ok := r.personnel(); ok {
		out.Results.Personnel = s
	}
	if s, ok := r.digital(); ok {
		out.Results.Digital = s
	}
}

// communication sums I.4: the units' lists gathered once, the partners
// kept when every unit names the same.
func (r *roller) communication() (*dissemination.Section, bool) {
	p := part[dissemination.Section]{path: "direction.communication", add: dissemination.Section.Add,
		one: func(s dissemination.Section) (dissemination.Section, error) { return dissemination.Sum(s) },
		sum: func(xs []indexed[*dissemination.Section]) (dissemination.Section, error) {
			return dissemination.Sum(gatherCommunication(xs, r.o.Narrative))
		}}
	s, ok := p.total(&r.l, &r.comm)
	if !ok {
		return nil, false
	}
	if !r.o.Narrative {
		s.Narrative = nil
	}
	s.Organiser = r.h.Name()
	s.Events.Partner = samePartner(r.comm, func(c *dissemination.Section) string { return c.Events.Partner })
	s.Media.Partner = samePartner(r.comm, func(c *dissemination.Section) string { return c.Media.Partner })
	return &s, true
}

// procedures sums II.2 without the units' catalogues, which are taken once
// (catalogueSet).
func (r *roller) procedures() (*tthc.Section, bool) {
	p := part[tthc.Section]{path: "results.procedures", add: tthc.Section.Add, own: withoutCatalogue,
		one: func(s tthc.Section) (tthc.Section, error) { return tthc.Sum(s) }}
	p.sum = func(xs []indexed[*tthc.Section]) (tthc.Section, error) { return tthc.SumSeq(p.values(xs)) }
	s, ok := p.total(&r.l, &r.proc)
	if !ok {
		return nil, false
	}
	s.Unit, s.UnitShort = r.h.Name(), ""
	s.Catalogue = catalogueSet.take(&r.l, r.cats)
	return &s, true
}

// personnel sums II.3 and II.4.
func (r *roller) personnel() (*personnel.Section, bool) {
	p := part[personnel.Section]{path: "results.personnel", add: personnel.Section.Add, one: lonePersonnel}
	p.sum = func(xs []indexed[*personnel.Section]) (personnel.Section, error) {
		if len(xs) == 1 {
			return lonePersonnel(*xs[0].section)
		}
		return personnel.SumSeq(p.values(xs))
	}
	s, ok := p.total(&r.l, &r.pers)
	if !ok {
		return nil, false
	}
	s.Organisation.Department.Name, s.Organisation.Department.ShortName = r.h.Name(), ""
	return &s, true
}

// digital sums II.6 without the units' procedures by level, which are
// taken once (servicesSet). A unit whose II.6 gives only the procedures by
// level has them taken apart; its section still counts as given.
func (r *roller) digital() (*digital.Section, bool) {
	p := part[digital.Section]{path: "results.digital", add: digital.Section.Add, own: withoutServices,
		one: func(s digital.Section) (digital.Section, error) { return digital.Sum(s) }}
	p.sum = func(xs []indexed[*digital.Section]) (digital.Section, error) { return digital.SumSeq(p.values(xs)) }
	s, ok := p.total(&r.l, &r.digs)
	if !ok {
		return nil, false
	}
	s.Agency = r.h.Name()
	if !r.o.Narrative {
		s.Systems = nil
	}
	s.Services = servicesSet.take(&r.l, r.svcs)
	return &s, true
}

// withoutCatalogue is a unit's II.2 as the roll-up adds it: without its
// catalogue, taken once apart.
func withoutCatalogue(s *tthc.Section) tthc.Section {
	c := *s
	c.Catalogue = nil
	return c
}

// withoutServices is a unit's II.6 as the roll-up adds it: without its
// procedures by level, taken once apart.
func withoutServices(s *digital.Section) digital.Section {
	c := *s
	c.Services = nil
	return c
}

// gatherCommunication puts the lists of every unit's I.4 one after another
// in one section, in the order of the units, sharing the units' items; the
// organiser and partners are the first unit's that names one, the declared
// totals are left out. dissemination.Sum of it, which copies every item
// once and checks the totals, is the sum repeated Add makes, in one pass
// (Add concatenates the lists, a's first; topics without repeats).
func gatherCommunication(xs []indexed[*dissemination.Section], narrative bool) dissemination.Section {
	type sec = *dissemination.Section
	g := dissemination.Section{
		Organiser: first(xs, func(s sec) string { return s.Organiser }),
		Contests:  concat(xs, func(s sec) []dissemination.Contest { return s.Contests }),
		Events: dissemination.Events{Partner: first(xs, func(s sec) string { return s.Events.Partner }),
			Items: concat(xs, func(s sec) []dissemination.Event { return s.Events.Items })},
		Publications: dissemination.Publications{Items: concat(xs, func(s sec) []dissemination.Publication { return s.Publications.Items }),
			Electronic: concat(xs, func(s sec) []dissemination.Electronic { return s.Publications.Electronic })},
		Media: dissemination.Media{Partner: first(xs, func(s sec) string { return s.Media.Partner }),
			Broadcasts: concat(xs, func(s sec) []dissemination.Broadcast { return s.Media.Broadcasts }),
			Press:      concat(xs, func(s sec) []dissemination.Press { return s.Media.Press }),
			Topics:     concat(xs, func(s sec) []string { return s.Media.Topics }),
			SMS:        concat(xs, func(s sec) []dissemination.SMS { return s.Media.SMS })},
	}
	if narrative {
		g.Narrative = concat(xs, func(s sec) section.Text { return s.Narrative })
	}
	return g
}

// concat puts the lists get gives of every unit one after another, in one
// slice of the size they need; nil when they are all empty.
func concat[S any, L ~[]T, T any](xs []indexed[*S], get func(*S) L) L {
	n := 0
	for _, x := range xs {
		n += len(get(x.section))
	}
	if n == 0 {
		return nil
	}
	out := make(L, 0, n)
	for _, x := range xs {
		out = append(out, get(x.section)...)
	}
	return out
}

// first returns the first text get gives that is not empty, or "".
func first[S any](xs []indexed[*S], get func(*S) string) string {
	for _, x := range xs {
		if s := get(x.section); s != "" {
			return s
		}
	}
	return ""
}

// samePartner returns the partner every unit names, or "" when they differ.
func samePartner(xs []indexed[*dissemination.Section], partner func(*dissemination.Section) string) string {
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

// addAutonomy adds a unit's autonomy groups a to sum, the roll-up's (nil
// before the first unit that states them), under the add policy of
// section.Adder: a group is stated in the roll-up when every unit that
// states groups states it, each sum at most finding.MaxCount; the declared
// totals are dropped. On an error the unit's groups are to be left out.
func addAutonomy(sum *Autonomy, a Autonomy) (Autonomy, error) {
	if sum == nil {
		z := a.Zero()
		sum = &z
	}
	ad := section.NewAdder("reform")
	out := sum.Add(ad, "results.finance.autonomy", a)
	return out, ad.Err()
}

// countFinding is the finding of unit u whose counts at path (below the
// unit's, "units[i]") cannot be added to the roll-up's at related: the sum
// would exceed finding.MaxCount (or leave the int64 range). The unit's part
// is left out of the sum.
func countFinding(u indexed[*Report], path, related, what string, err error) finding.Finding {
	return ruleAggregateSection.At(fmt.Sprintf("units[%d]%s", u.unit, path),
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

// part is how the roll-up adds one section of its units.
type part[T any] struct {
	// path is the section's JSON path in a report.
	path string
	// sum adds the sections of every unit in one pass; own is a unit's
	// section as the roll-up adds it (nil: the section as it is).
	sum func(xs []indexed[*T]) (T, error)
	own func(*T) T
	// add adds a unit's section to a sum, one makes the sum of one unit,
	// which drops what adding drops (declared figures): the way to find the
	// units that cannot be added when sum fails.
	add func(a, b T) (T, error)
	one func(T) (T, error)
}

// total returns the sum of the sections of the units xs, and whether any
// was added. When sum fails it adds them again one by one, leaving out each
// unit whose section cannot be added (with a finding at that unit's path,
// naming it), so that one bad unit costs only itself; xs is then cut to the
// units added, in order.
func (p part[T]) total(l *finding.List, xs *[]indexed[*T]) (T, bool) {
	if len(*xs) == 0 {
		var zero T
		return zero, false
	}
	if s, err := p.sum(*xs); err == nil {
		return s, true
	}
	return p.oneByOne(l, xs)
}

// oneByOne adds the sections one by one: the first unit that can stand
// alone sets the scheme the others must share.
func (p part[T]) oneByOne(l *finding.List, xs *[]indexed[*T]) (T, bool) {
	var acc T
	added := (*xs)[:0:0]
	for _, x := range *xs {
		var (
			s   T
			err error
		)
		if len(added) > 0 {
			s, err = p.add(acc, p.value(x.section))
		} else {
			s, err = p.one(p.value(x.section))
		}
		if err != nil {
			l.Add(p.unitFinding(x, err))
			continue
		}
		acc, added = s, append(added, x)
	}
	*xs = added
	return acc, len(added) > 0
}

// unitFinding is the finding of unit x whose section cannot be added.
func (p part[T]) unitFinding(x indexed[*T], err error) finding.Finding {
	return ruleAggregateSection.At(fmt.Sprintf("units[%d].%s", x.unit, p.path),
		fmt.Sprintf("Không cộng được mục này của %s vào báo cáo tổng hợp (số liệu không cùng cách phân loại hoặc vượt giới hạn); mục này của đơn vị đó không được cộng.", x.name())).
		WithRelated(p.path).WithValues(finding.Value{Name: "reason", Value: err.Error()}, agencyValue(x.agency))
}

// value is a unit's section as the roll-up adds it.
func (p part[T]) value(s *T) T {
	if p.own == nil {
		return *s
	}
	return p.own(s)
}

// values yields the units' sections as the roll-up adds them, one at a
// time: a slice of them would copy every unit's section (kilobytes each,
// hundreds of megabytes for 100.000 units) only to be read once.
func (p part[T]) values(xs []indexed[*T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(p.value(x.section)) {
				return
			}
		}
	}
}
