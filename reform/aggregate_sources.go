package reform

import (
	"fmt"
	"math/bits"
	"reflect"
	"strings"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/tthc"
)

// Sources tells which units each figure of a roll-up came from (nguồn số
// liệu của báo cáo tổng hợp): AggregateSources returns it with the roll-up.
// Its JSON form is what "cchc aggregate --sources" prints.
type Sources struct {
	// Units are the units of the input, in its order, each with its index
	// in it (a nil unit is left out).
	Units []SourceUnit `json:"units"`
	// Figures maps the JSON path of each figure the units give, as it
	// reads in the roll-up ("results.procedures.dossiers.online",
	// "direction.plan.tasks_done", "figures[0].count"), to its units. A
	// figure no unit gives is not listed. The figures every unit of a part
	// gives share one list of units: read the lists, never change them.
	Figures map[string]FigureSources `json:"figures"`
}

// SourceUnit is a unit of a roll-up.
type SourceUnit struct {
	// Index is the unit's place in the input, from 0: units[Index].
	Index int `json:"index"`
	// Agency is the agency of the unit's header (Header.Name).
	Agency string `json:"agency"`
	// Refused is set for a unit of another period, of which nothing is
	// added (reform.aggregate.period).
	Refused bool `json:"refused,omitempty"`
}

// FigureSources are the units of one figure of a roll-up, by index in the
// input.
type FigureSources struct {
	// From are the units whose value the roll-up adds (or, for a set such
	// as the catalogue of procedures, takes once): for a figure that is a
	// list of items (events, projects, rows by field), the units whose list
	// has items.
	From []int `json:"from"`
	// Unknown are the units whose section (or plan, or named figure) was
	// added but leaves this figure out. When there are any, the roll-up
	// leaves the figure out too, or merges it into a coarser one, as the
	// section's Add documents (a sum with an unknown part is unknown).
	Unknown []int `json:"unknown,omitempty"`
}

// AggregateSources rolls up the units as Aggregate does and also tells,
// figure by figure, which units the roll-up's figures came from and which
// left them unknown. A unit refused for its period, and a unit's part that
// could not be added (a reform.aggregate.section finding), are in no
// figure's units.
//
// The cost is one walk over each added section of each unit, along a plan
// of its figures made once per type: a list of units is shared by every
// figure that every unit of its section gives, so that only a figure some
// unit leaves out has lists of its own.
func AggregateSources(h Header, p Period, units []*Report, o AggregateOptions) (*Report, *Sources, finding.List) {
	r := rollUp(h, p, units, o, true)
	return r.out, r.sources(units), r.l
}

// unitSources records, while a roll-up reads its units, the units of the
// figures that are not a section's. A nil *unitSources records nothing.
type unitSources struct {
	refused    []int
	figs       map[string]*figureUnits
	plans      []indexed[*Plan]
	autonomies []indexed[*Autonomy]
}

// figureUnits are the units of a named figure (Report.Figures).
type figureUnits struct {
	count, prior, noPrior []int
}

// refuse records unit i, of another period.
func (s *unitSources) refuse(i int) {
	if s != nil {
		s.refused = append(s.refused, i)
	}
}

// figure records that unit i's named figure f was added.
func (s *unitSources) figure(f Figure, i int) {
	if s == nil {
		return
	}
	u := s.figs[f.Name]
	if u == nil {
		u = &figureUnits{}
		s.figs[f.Name] = u
	}
	u.count = append(u.count, i)
	if f.Prior != nil {
		u.prior = append(u.prior, i)
	} else {
		u.noPrior = append(u.noPrior, i)
	}
}

// plan records that unit u's plan p was added.
func (s *unitSources) plan(u indexed[*Report], p *Plan) {
	if s != nil {
		s.plans = append(s.plans, indexed[*Plan]{u.unit, u.agency, p})
	}
}

// autonomy records that unit u's autonomy groups a were added.
func (s *unitSources) autonomy(u indexed[*Report], a *Autonomy) {
	if s != nil {
		s.autonomies = append(s.autonomies, indexed[*Autonomy]{u.unit, u.agency, a})
	}
}

// sources builds the Sources of the roll-up of units.
func (r *roller) sources(units []*Report) *Sources {
	out := &Sources{Figures: map[string]FigureSources{}}
	refused := make(map[int]bool, len(r.src.refused))
	for _, i := range r.src.refused {
		refused[i] = true
	}
	out.Units = make([]SourceUnit, 0, len(units))
	for i, u := range units {
		if u != nil {
			out.Units = append(out.Units, SourceUnit{Index: i, Agency: u.Header.Name(), Refused: refused[i]})
		}
	}
	m := out.Figures
	r.namedSources(m)
	partSources(m, "direction.plan", planOfPlan, r.src.plans)
	partSources(m, "results.finance.autonomy", planOfAutonomy, r.src.autonomies)
	partSources(m, "direction.communication", planOfCommunication, r.comm)
	partSources(m, "results.procedures", planOfProcedures, r.proc)
	partSources(m, "results.personnel", planOfPersonnel, r.pers)
	partSources(m, "results.digital", planOfDigital, r.digs)
	return out
}

// namedSources adds the units of the named figures, at their places in the
// roll-up.
func (r *roller) namedSources(m map[string]FigureSources) {
	for k, name := range r.order {
		u := r.src.figs[name]
		m[fmt.Sprintf("figures[%d].count", k)] = FigureSources{From: u.count}
		if len(u.prior) > 0 {
			m[fmt.Sprintf("figures[%d].prior", k)] = FigureSources{From: u.prior, Unknown: u.noPrior}
		}
	}
}

// partSources adds to m the units of the figures of the parts xs of the
// units, at prefix, walking each part along its plan fp.
func partSources[T any](m map[string]FigureSources, prefix string, fp *figurePlan, xs []indexed[*T]) {
	if len(xs) == 0 {
		return
	}
	units := make([]int, len(xs))
	for i, x := range xs {
		units[i] = x.unit
	}
	fp.sources(m, prefix, units, func(given []uint64) {
		w := fp.words()
		for i, x := range xs {
			fp.walk(reflect.ValueOf(x.section).Elem(), given[i*w:(i+1)*w])
		}
	})
}

// figurePlan lists the figures of a type: every integer of it (a count, or
// an optional one), through its structs and pointers, and every list whose
// items carry integers, with their JSON paths below the type; declared
// figures (JSON names starting "declared") and years are left out. The plans are built
// once, when the package is initialised, and never changed: safe for
// concurrent use.
type figurePlan struct {
	// paths are the figures' JSON paths, in the order of the walk.
	paths []string
	// lists marks the figures that are lists.
	lists []bool
	root  []planField
}

// planField is a field of a struct on the way to figures.
type planField struct {
	index  int         // the field's index in its struct
	figure int         // the figure's index in paths, or -1 for a struct
	fields []planField // the struct's fields, when figure is -1
}

// The plans of the parts a roll-up adds.
var (
	planOfPlan          = newFigurePlan(reflect.TypeFor[Plan]())
	planOfAutonomy      = newFigurePlan(reflect.TypeFor[Autonomy]())
	planOfCommunication = newFigurePlan(reflect.TypeFor[dissemination.Section]())
	planOfProcedures    = newFigurePlan(reflect.TypeFor[tthc.Section]())
	planOfPersonnel     = newFigurePlan(reflect.TypeFor[personnel.Section]())
	planOfDigital       = newFigurePlan(reflect.TypeFor[digital.Section]())
)

// newFigurePlan makes the plan of the figures of struct type t.
func newFigurePlan(t reflect.Type) *figurePlan {
	fp := &figurePlan{}
	fp.root = fp.fields(t, "")
	return fp
}

// fields returns the plan of the fields of struct type t whose JSON paths
// start with prefix, leaving out those that lead to no figure.
func (fp *figurePlan) fields(t reflect.Type, prefix string) []planField {
	var out []planField
	for i := range t.NumField() {
		f := t.Field(i)
		name, ok := jsonName(f)
		if !ok {
			continue
		}
		path := joinPath(prefix, name)
		if f.Anonymous && name == f.Name {
			path = prefix // an embedded struct's fields are its parent's in JSON
		}
		if pf, ok := fp.field(f.Type, path); ok {
			pf.index = i
			out = append(out, pf)
		}
	}
	return out
}

// field returns the plan of a field of type t at path, and whether it
// leads to a figure.
func (fp *figurePlan) field(t reflect.Type, path string) (planField, bool) {
	t = derefType(t)
	switch {
	case isInt(t) || t.Kind() == reflect.Slice && hasFigures(derefType(t.Elem()), 0):
		fp.paths = append(fp.paths, path)
		fp.lists = append(fp.lists, t.Kind() == reflect.Slice)
		return planField{figure: len(fp.paths) - 1}, true
	case t.Kind() == reflect.Struct:
		fs := fp.fields(t, path)
		return planField{figure: -1, fields: fs}, len(fs) > 0
	}
	return planField{}, false
}

// jsonName returns the JSON name of an exported field that is not a
// declared figure nor a year (a year is no figure: years that differ are
// not added).
func jsonName(f reflect.StructField) (string, bool) {
	if !f.IsExported() {
		return "", false
	}
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	switch {
	case name == "-", name == "year", strings.HasPrefix(name, "declared"):
		return "", false
	case name == "":
		name = f.Name
	}
	return name, true
}

// hasFigures reports whether values of type t carry an integer, looking
// depth levels deep at most (types nest a few levels).
func hasFigures(t reflect.Type, depth int) bool {
	switch {
	case isInt(t):
		return true
	case depth > 6:
		return false
	case t.Kind() == reflect.Struct:
		for i := range t.NumField() {
			f := t.Field(i)
			if _, ok := jsonName(f); ok && hasFigures(derefType(f.Type), depth+1) {
				return true
			}
		}
	case t.Kind() == reflect.Slice:
		return hasFigures(derefType(t.Elem()), depth+1)
	}
	return false
}

// derefType returns the type a pointer type points to, or t.
func derefType(t reflect.Type) reflect.Type {
	if t.Kind() == reflect.Pointer {
		return t.Elem()
	}
	return t
}

// isInt reports whether t is an integer type.
func isInt(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return true
	}
	return false
}

// joinPath joins a JSON path and a name.
func joinPath(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + "." + name
}

// words is the number of words of a set of the plan's figures.
func (fp *figurePlan) words() int { return (len(fp.paths) + 63) / 64 }

// walk sets in given the figures that v, a value of the plan's type, gives:
// an integer, an optional one that is set, a list with items.
func (fp *figurePlan) walk(v reflect.Value, given []uint64) {
	walkFields(fp.root, v, given)
}

// walkFields walks the fields fs of struct value v.
func walkFields(fs []planField, v reflect.Value, given []uint64) {
	for _, f := range fs {
		fv := v.Field(f.index)
		if fv.Kind() == reflect.Pointer {
			if fv.IsNil() {
				continue
			}
			fv = fv.Elem()
		}
		switch {
		case f.figure < 0:
			walkFields(f.fields, fv, given)
		case fv.Kind() != reflect.Slice || fv.Len() > 0:
			given[f.figure/64] |= 1 << (f.figure % 64)
		}
	}
}

// sources adds to m the units of each figure of the plan under prefix:
// units are the units walked, fill sets the figures each gives, in a set of
// words() words per unit.
func (fp *figurePlan) sources(m map[string]FigureSources, prefix string, units []int, fill func([]uint64)) {
	w := fp.words()
	given := make([]uint64, len(units)*w)
	fill(given)
	for j, path := range fp.paths {
		if fs, ok := fp.figureSources(j, units, given, w); ok {
			m[joinPath(prefix, path)] = fs
		}
	}
}

// figureSources returns the units of figure j, sharing units when every
// unit gives it; false when none does.
func (fp *figurePlan) figureSources(j int, units []int, given []uint64, w int) (FigureSources, bool) {
	word, bit := j/64, uint64(1)<<(j%64)
	n := 0
	for i := range units {
		n += bits.OnesCount64(given[i*w+word] & bit)
	}
	switch {
	case n == 0:
		return FigureSources{}, false
	case n == len(units):
		return FigureSources{From: units}, true
	}
	out := FigureSources{From: make([]int, 0, n)}
	for i, u := range units {
		if given[i*w+word]&bit != 0 {
			out.From = append(out.From, u)
		} else if !fp.lists[j] {
			out.Unknown = append(out.Unknown, u)
		}
	}
	return out, true
}
