package personnel

import (
	"fmt"
	"reflect"
	"slices"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/section"
)

// Add returns the roll-up of a and b (tổng hợp số liệu của nhiều đơn vị), for
// a province adding up its departments or a period adding up its parts:
//
//   - Counts add. A count is in the sum only when both sides give it: a unit
//     that does not state a figure makes the whole unknown (nil), never
//     smaller. The same holds for the entries of lists keyed by level or
//     group (local levels, rotations, gender groups, schemes): an entry only
//     one side has is unknown for the whole and is left out of the sum.
//   - Rates are never added: the data states none but declared ones (see
//     below); the text derives them again from the summed counts.
//   - The whole of a gender ratio or of a scheme line is resolved on each side
//     first (its own total, or the organisation's figure), so that 46/86 +
//     10/20 is 56/106 whatever side stated its whole where.
//   - Declared figures are dropped: they belong to one unit's report.
//   - Text (names, offices, citations, narratives, notes) is kept when both
//     sides have the same, and dropped otherwise; a roll-up of different
//     departments must be named by the caller (Department.Name).
//   - Campaigns are the union of both sides; titles add by authority, verb and
//     title, rewards by form, authority and reason. A title or reward only one
//     side lists is kept as it is: a list of what was granted leaves out what
//     was not (a count one entry does not state is still unknown for both).
//
// Years that differ (training, emulation) are incompatible: Add returns an
// error naming the field. A zero year takes the other side's. A sum above
// finding.MaxCount is an error too: it is not a count a report can state.
// An error names the path of the figure in the sum (section.Adder).
func (a Section) Add(b Section) (Section, error) {
	ad := section.NewAdder("personnel")
	out := Section{
		Organisation: addOrganisation(ad, &a.Organisation, &b.Organisation),
		CivilService: addCivilService(ad, &a, &b),
	}
	if err := ad.Err(); err != nil {
		return Section{}, err
	}
	return out, nil
}

// Sum adds every value of ps with Add, in order; the sum of nothing is the
// zero Section.
func Sum(ps ...Section) (Section, error) {
	if len(ps) == 0 {
		return Section{}, nil
	}
	out := ps[0]
	for i, p := range ps[1:] {
		var err error
		if out, err = out.Add(p); err != nil {
			return Section{}, fmt.Errorf("personnel: adding value %d: %w", i+1, err)
		}
	}
	return out, nil
}

// same returns a when a and b are equal, the zero value otherwise.
func same[T comparable](a, b T) T {
	if a == b {
		return a
	}
	var zero T
	return zero
}

// sameNarrative returns a when a and b are equal, the zero narrative otherwise.
func sameNarrative(a, b doc.Narrative) doc.Narrative {
	if reflect.DeepEqual(a, b) {
		return cloneNarrative(a)
	}
	return doc.Narrative{}
}

func sameNarratives(a, b []doc.Narrative) []doc.Narrative {
	if !reflect.DeepEqual(a, b) {
		return nil
	}
	var out []doc.Narrative
	for _, n := range a {
		out = append(out, cloneNarrative(n))
	}
	return out
}

// cloneNarrative copies n so that the sum shares no slice with its parts.
func cloneNarrative(n doc.Narrative) doc.Narrative {
	out := doc.Narrative{Text: n.Text, Notes: slices.Clone(n.Notes)}
	for _, it := range n.Items {
		out.Items = append(out.Items, cloneNarrative(it))
	}
	return out
}

func sameStrings(a, b []string) []string {
	if slices.Equal(a, b) {
		return slices.Clone(a)
	}
	return nil
}

// addYear returns the year of the sum: a zero year takes the other side's;
// two years that differ are the Adder's error, naming path.
func addYear(ad *section.Adder, path string, a, b int) int {
	switch {
	case a == 0:
		return b
	case b == 0 || a == b:
		return a
	}
	ad.Fail(fmt.Errorf("personnel: add: %s differ (%d and %d): figures of different years do not add up", path, a, b))
	return 0
}

func addOrganisation(ad *section.Adder, a, b *Organisation) Organisation {
	da, db := &a.Department, &b.Department
	out := Organisation{
		Department: Department{
			Name:           same(da.Name, db.Name),
			ShortName:      same(da.ShortName, db.ShortName),
			Units:          ad.Optional("organisation.department.units", da.Units, db.Units),
			Staff:          ad.Optional("organisation.department.staff", da.Staff, db.Staff),
			Leaders:        ad.Optional("organisation.department.leaders", da.Leaders, db.Leaders),
			Qualifications: addQualifications(ad, "organisation.department.qualifications", da.Qualifications, db.Qualifications),
		},
		Planning:     sameNarrative(a.Planning, b.Planning),
		Appointments: ad.Optional("organisation.appointments", a.Appointments, b.Appointments),
		SalarySteps:  ad.Optional("organisation.salary_steps", a.SalarySteps, b.SalarySteps),
		Notes:        sameNarratives(a.Notes, b.Notes),
	}
	if a.Regulation != nil && b.Regulation != nil && reflect.DeepEqual(*a.Regulation, *b.Regulation) {
		r := *a.Regulation
		r.Basis = slices.Clone(r.Basis)
		out.Regulation = &r
	}
	if ua, ub := a.PublicServiceUnits, b.PublicServiceUnits; ua != nil && ub != nil {
		const p = "organisation.public_service_units."
		u := &PublicServiceUnits{Total: ad.Optional(p+"total", ua.Total, ub.Total),
			Reorganised: ad.Optional(p+"reorganised", ua.Reorganised, ub.Reorganised)}
		if aa, ab := ua.Autonomy, ub.Autonomy; aa != nil && ab != nil {
			u.Autonomy = &Autonomy{Full: ad.Optional(p+"autonomy.full", aa.Full, ab.Full),
				Recurrent: ad.Optional(p+"autonomy.recurrent", aa.Recurrent, ab.Recurrent),
				Partial:   ad.Optional(p+"autonomy.partial", aa.Partial, ab.Partial),
				State:     ad.Optional(p+"autonomy.state", aa.State, ab.State)}
		}
		out.PublicServiceUnits = u
	}
	for _, l := range mergeKeys(a.Local, b.Local, func(l Local) Level { return l.Level }) {
		la, lb := l[0], l[1]
		if la == nil || lb == nil {
			continue
		}
		p := fmt.Sprintf("organisation.local[%d].", len(out.Local))
		out.Local = append(out.Local, Local{
			Level: la.Level, Office: same(la.Office, lb.Office),
			Offices:           ad.Optional(p+"offices", la.Offices, lb.Offices),
			RegulationsIssued: ad.Optional(p+"regulations_issued", la.RegulationsIssued, lb.RegulationsIssued),
			Staff:             ad.Optional(p+"staff", la.Staff, lb.Staff),
			Qualifications:    addQualifications(ad, p+"qualifications", la.Qualifications, lb.Qualifications),
			Certified:         ad.Optional(p+"certified", la.Certified, lb.Certified),
		})
	}
	return out
}

// addQualifications adds the qualifications at path: a degree is in the sum
// only when both sides give it.
func addQualifications(ad *section.Adder, path string, a, b *Qualifications) *Qualifications {
	if a == nil || b == nil {
		return nil
	}
	deg := func(key string, x, y *Degree) *Degree {
		if x == nil || y == nil {
			return nil
		}
		p := path + "." + key + "."
		return &Degree{Total: ad.Optional(p+"total", x.Total, y.Total), Law: ad.Optional(p+"law", x.Law, y.Law),
			Other: ad.Optional(p+"other", x.Other, y.Other)}
	}
	return &Qualifications{Doctor: deg("doctor", a.Doctor, b.Doctor), Master: deg("master", a.Master, b.Master),
		Bachelor: deg("bachelor", a.Bachelor, b.Bachelor), Below: deg("below", a.Below, b.Below)}
}

// mergeKeys pairs the entries of a and b by key: a's keys in a's order,
// then b's other keys in b's order. An entry repeated on one side (a slip
// Validate reports) is paired once, from its first occurrence.
func mergeKeys[T any, K comparable](a, b []T, key func(T) K) [][2]*T {
	var out [][2]*T
	index := map[K]int{}
	for i := range a {
		k := key(a[i])
		if _, dup := index[k]; dup {
			continue
		}
		index[k] = len(out)
		out = append(out, [2]*T{&a[i], nil})
	}
	for i := range b {
		k := key(b[i])
		j, ok := index[k]
		switch {
		case !ok:
			index[k] = len(out)
			out = append(out, [2]*T{nil, &b[i]})
		case out[j][1] == nil:
			out[j][1] = &b[i]
		}
	}
	return out
}

func addCivilService(ad *section.Adder, pa, pb *Section) CivilService {
	a, b := &pa.CivilService, &pb.CivilService
	var out CivilService

	// Job positions: by level and unit, wholes resolved on each side.
	out.JobPositions.Narrative = sameNarrative(a.JobPositions.Narrative, b.JobPositions.Narrative)
	type schemeKey struct {
		l Level
		u string
	}
	for _, s := range mergeKeys(a.JobPositions.Schemes, b.JobPositions.Schemes, func(s Schemes) schemeKey { return schemeKey{s.Level, s.Unit} }) {
		sa, sb := s[0], s[1]
		if sa == nil || sb == nil {
			continue
		}
		p := fmt.Sprintf("civil_service.job_positions.schemes[%d].", len(out.JobPositions.Schemes))
		sum := Schemes{Level: sa.Level, Unit: sa.Unit, Done: ad.Optional(p+"done", sa.Done, sb.Done)}
		if sa.Total != nil || sb.Total != nil {
			sum.Total = ad.Optional(p+"total", pa.schemeWhole(sa), pb.schemeWhole(sb))
		}
		out.JobPositions.Schemes = append(out.JobPositions.Schemes, sum)
	}

	// Rotations: by level.
	out.Rotations.Basis = sameStrings(a.Rotations.Basis, b.Rotations.Basis)
	out.Rotations.Narrative = sameNarrative(a.Rotations.Narrative, b.Rotations.Narrative)
	for _, r := range mergeKeys(a.Rotations.Levels, b.Rotations.Levels, func(r Rotation) Level { return r.Level }) {
		if r[0] == nil || r[1] == nil {
			continue
		}
		p := fmt.Sprintf("civil_service.rotations.levels[%d].count", len(out.Rotations.Levels))
		out.Rotations.Levels = append(out.Rotations.Levels, Rotation{Level: r[0].Level, Count: ad.Optional(p, r[0].Count, r[1].Count)})
	}

	// Training.
	ta, tb := &a.Training, &b.Training
	out.Training = Training{
		Year:       addYear(ad, "civil_service.training.year", ta.Year, tb.Year),
		AssignedBy: same(ta.AssignedBy, tb.AssignedBy),
		Fields:     union(ta.Fields, tb.Fields),
		Assigned:   ad.Optional("civil_service.training.assigned", ta.Assigned, tb.Assigned),
		Held:       ad.Optional("civil_service.training.held", ta.Held, tb.Held),
		Attendance: ad.Optional("civil_service.training.attendance", ta.Attendance, tb.Attendance),
		Sent:       ad.Optional("civil_service.training.sent", ta.Sent, tb.Sent),
		Outcome:    sameNarrative(ta.Outcome, tb.Outcome),
	}

	// Gender: by group, wholes resolved on each side.
	out.Gender.Lead = sameNarrative(a.Gender.Lead, b.Gender.Lead)
	out.Gender.Outcome = sameNarrative(a.Gender.Outcome, b.Gender.Outcome)
	indexA, indexB := groupIndex(a.Gender.Groups), groupIndex(b.Gender.Groups)
	for _, g := range mergeKeys(a.Gender.Groups, b.Gender.Groups, func(w Women) Group { return w.Group }) {
		wa, wb := g[0], g[1]
		if wa == nil || wb == nil {
			continue
		}
		p := fmt.Sprintf("civil_service.gender.groups[%d].", len(out.Gender.Groups))
		sum := Women{Group: wa.Group, Women: ad.Optional(p+"women", wa.Women, wb.Women), Men: ad.Optional(p+"men", wa.Men, wb.Men)}
		if wa.Total != nil || wb.Total != nil {
			sum.Total = ad.Optional(p+"total", pa.genderWholePtr(indexA[wa.Group]), pb.genderWholePtr(indexB[wb.Group]))
		}
		out.Gender.Groups = append(out.Gender.Groups, sum)
	}

	// Emulation.
	ea, eb := &a.Emulation, &b.Emulation
	out.Emulation.Year = addYear(ad, "civil_service.emulation.year", ea.Year, eb.Year)
	out.Emulation.Narrative = sameNarratives(ea.Narrative, eb.Narrative)
	for _, c := range mergeKeys(ea.Campaigns, eb.Campaigns, func(c Campaign) Campaign { return c }) {
		if c[0] != nil {
			out.Emulation.Campaigns = append(out.Emulation.Campaigns, *c[0])
		} else {
			out.Emulation.Campaigns = append(out.Emulation.Campaigns, *c[1])
		}
	}
	type grantKey struct{ authority, verb string }
	for _, g := range mergeKeys(ea.Titles, eb.Titles, func(t TitleGrant) grantKey { return grantKey{t.Authority, t.Verb} }) {
		var awardsA, awardsB []TitleAward
		tg := TitleGrant{}
		if g[0] != nil {
			tg.Authority, tg.Verb, awardsA = g[0].Authority, g[0].Verb, g[0].Awards
		}
		if g[1] != nil {
			tg.Authority, tg.Verb, awardsB = g[1].Authority, g[1].Verb, g[1].Awards
		}
		for _, aw := range mergeKeys(awardsA, awardsB, func(t TitleAward) Title { return t.Title }) {
			x, y := aw[0], aw[1]
			if x == nil || y == nil {
				one := x
				if one == nil {
					one = y
				}
				tg.Awards = append(tg.Awards, cloneAward(*one))
				continue
			}
			p := fmt.Sprintf("civil_service.emulation.titles[%d].awards[%d].", len(out.Emulation.Titles), len(tg.Awards))
			tg.Awards = append(tg.Awards, TitleAward{Title: x.Title,
				Collectives:    ad.Optional(p+"collectives", x.Collectives, y.Collectives),
				Individuals:    ad.Optional(p+"individuals", x.Individuals, y.Individuals),
				CollectiveNoun: same(x.CollectiveNoun, y.CollectiveNoun), Note: same(x.Note, y.Note)})
		}
		out.Emulation.Titles = append(out.Emulation.Titles, tg)
	}
	type rewardKey struct {
		form              Form
		authority, reason string
	}
	for _, r := range mergeKeys(ea.Rewards, eb.Rewards, func(r Reward) rewardKey { return rewardKey{r.Form, r.Authority, r.Reason} }) {
		x, y := r[0], r[1]
		if x == nil || y == nil {
			one := x
			if one == nil {
				one = y
			}
			out.Emulation.Rewards = append(out.Emulation.Rewards, Reward{Form: one.Form, Authority: one.Authority, Reason: one.Reason,
				Collectives: clonePtr(one.Collectives), Individuals: clonePtr(one.Individuals)})
			continue
		}
		p := fmt.Sprintf("civil_service.emulation.rewards[%d].", len(out.Emulation.Rewards))
		out.Emulation.Rewards = append(out.Emulation.Rewards, Reward{Form: x.Form, Authority: x.Authority, Reason: x.Reason,
			Collectives: ad.Optional(p+"collectives", x.Collectives, y.Collectives),
			Individuals: ad.Optional(p+"individuals", x.Individuals, y.Individuals)})
	}
	return out
}

// union returns the strings of a, then those of b not in a.
func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// groupIndex returns the index of the first entry of each gender group.
func groupIndex(ws []Women) map[Group]int {
	out := map[Group]int{}
	for i, w := range ws {
		if _, ok := out[w.Group]; !ok {
			out[w.Group] = i
		}
	}
	return out
}

// genderWholePtr returns the whole of gender group i (its total, or the
// organisation's headcount), or nil when unknown.
func (p *Section) genderWholePtr(i int) *int64 {
	w := p.genderWhole(i)
	if !w.ok {
		return nil
	}
	return &w.n
}

// schemeWhole returns the whole of a scheme line (its total, or the offices
// of its level), or nil when unknown.
func (p *Section) schemeWhole(s *Schemes) *int64 {
	if s.Total != nil {
		return s.Total
	}
	if loc, _ := p.Organisation.local(s.Level); loc != nil {
		return loc.Offices
	}
	return nil
}

func clonePtr(p *int64) *int64 {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

func cloneAward(a TitleAward) TitleAward {
	a.Collectives, a.Individuals = clonePtr(a.Collectives), clonePtr(a.Individuals)
	return a
}
