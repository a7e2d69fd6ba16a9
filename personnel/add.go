package personnel

import (
	"fmt"
	"reflect"
	"slices"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
)

// Add returns the roll-up of a and b (tổng hợp số liệu của nhiều đơn vị), for
// a province adding up its departments or a period adding up its parts:
//
//   - Counts add. A count is in the sum only when both sides give it: a unit
//     that does not state a figure makes the whole unknown (nil), never
//     smaller. The same holds for the entries of lists keyed by level or
//     group (local levels, rotations, gender groups, schemes): an entry only
//     one side has is unknown for the whole and is left out of the sum.
//   - Rates are never added: there are none in the data; the text derives
//     them again from the summed counts.
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
func (a Personnel) Add(b Personnel) (Personnel, error) {
	var out Personnel
	var ad adder
	out.Organisation = addOrganisation(&ad, &a.Organisation, &b.Organisation)
	cs, err := addCivilService(&ad, &a, &b)
	if err != nil {
		return Personnel{}, err
	}
	if ad.err != nil {
		return Personnel{}, ad.err
	}
	out.CivilService = cs
	return out, nil
}

// Sum adds every value of ps with Add, in order; the sum of nothing is the
// zero Personnel.
func Sum(ps ...Personnel) (Personnel, error) {
	if len(ps) == 0 {
		return Personnel{}, nil
	}
	out := ps[0]
	for i, p := range ps[1:] {
		var err error
		if out, err = out.Add(p); err != nil {
			return Personnel{}, fmt.Errorf("personnel: adding value %d: %w", i+1, err)
		}
	}
	return out, nil
}

// adder adds the counts of a roll-up and remembers the first sum that is
// not a count: above finding.MaxCount, or past the int64 range.
type adder struct{ err error }

// count adds two optional counts: nil unless both are given, and nil with
// the error remembered when the sum is not a count.
func (ad *adder) count(a, b *int64) *int64 {
	if a == nil || b == nil {
		return nil
	}
	s, err := finding.SumCount(*a, *b)
	if err != nil {
		if ad.err == nil {
			ad.err = fmt.Errorf("personnel: add: %d + %d: %w", *a, *b, err)
		}
		return nil
	}
	return &s
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

func addYear(field string, a, b int) (int, error) {
	switch {
	case a == 0:
		return b, nil
	case b == 0 || a == b:
		return a, nil
	}
	return 0, fmt.Errorf("personnel: add: %s differ (%d and %d): figures of different years do not add up", field, a, b)
}

func addOrganisation(ad *adder, a, b *Organisation) Organisation {
	out := Organisation{
		Department: Department{
			Name:           same(a.Department.Name, b.Department.Name),
			ShortName:      same(a.Department.ShortName, b.Department.ShortName),
			Units:          ad.count(a.Department.Units, b.Department.Units),
			Staff:          ad.count(a.Department.Staff, b.Department.Staff),
			Leaders:        ad.count(a.Department.Leaders, b.Department.Leaders),
			Qualifications: addQualifications(ad, a.Department.Qualifications, b.Department.Qualifications),
		},
		Planning:     sameNarrative(a.Planning, b.Planning),
		Appointments: ad.count(a.Appointments, b.Appointments),
		SalarySteps:  ad.count(a.SalarySteps, b.SalarySteps),
		Notes:        sameNarratives(a.Notes, b.Notes),
	}
	if a.Regulation != nil && b.Regulation != nil && reflect.DeepEqual(*a.Regulation, *b.Regulation) {
		r := *a.Regulation
		r.Basis = slices.Clone(r.Basis)
		out.Regulation = &r
	}
	if ua, ub := a.PublicServiceUnits, b.PublicServiceUnits; ua != nil && ub != nil {
		u := &PublicServiceUnits{Total: ad.count(ua.Total, ub.Total), Reorganised: ad.count(ua.Reorganised, ub.Reorganised)}
		if aa, ab := ua.Autonomy, ub.Autonomy; aa != nil && ab != nil {
			u.Autonomy = &Autonomy{Full: ad.count(aa.Full, ab.Full), Recurrent: ad.count(aa.Recurrent, ab.Recurrent),
				Partial: ad.count(aa.Partial, ab.Partial), State: ad.count(aa.State, ab.State)}
		}
		out.PublicServiceUnits = u
	}
	for _, l := range mergeKeys(a.Local, b.Local, func(l Local) Level { return l.Level }) {
		la, lb := l[0], l[1]
		if la == nil || lb == nil {
			continue
		}
		out.Local = append(out.Local, Local{
			Level: la.Level, Office: same(la.Office, lb.Office),
			Offices: ad.count(la.Offices, lb.Offices), RegulationsIssued: ad.count(la.RegulationsIssued, lb.RegulationsIssued),
			Staff: ad.count(la.Staff, lb.Staff), Qualifications: addQualifications(ad, la.Qualifications, lb.Qualifications),
			Certified: ad.count(la.Certified, lb.Certified),
		})
	}
	return out
}

func addQualifications(ad *adder, a, b *Qualifications) *Qualifications {
	if a == nil || b == nil {
		return nil
	}
	deg := func(x, y *Degree) *Degree {
		if x == nil || y == nil {
			return nil
		}
		return &Degree{Total: ad.count(x.Total, y.Total), Law: ad.count(x.Law, y.Law), Other: ad.count(x.Other, y.Other)}
	}
	return &Qualifications{Doctor: deg(a.Doctor, b.Doctor), Master: deg(a.Master, b.Master),
		Bachelor: deg(a.Bachelor, b.Bachelor), Below: deg(a.Below, b.Below)}
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

func addCivilService(ad *adder, pa, pb *Personnel) (CivilService, error) {
	a, b := &pa.CivilService, &pb.CivilService
	var out CivilService
	var err error

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
		sum := Schemes{Level: sa.Level, Unit: sa.Unit, Done: ad.count(sa.Done, sb.Done)}
		if sa.Total != nil || sb.Total != nil {
			sum.Total = ad.count(pa.schemeWhole(sa), pb.schemeWhole(sb))
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
		out.Rotations.Levels = append(out.Rotations.Levels, Rotation{Level: r[0].Level, Count: ad.count(r[0].Count, r[1].Count)})
	}

	// Training.
	ta, tb := &a.Training, &b.Training
	if out.Training.Year, err = addYear("civil_service.training.year", ta.Year, tb.Year); err != nil {
		return CivilService{}, err
	}
	out.Training.AssignedBy = same(ta.AssignedBy, tb.AssignedBy)
	out.Training.Fields = union(ta.Fields, tb.Fields)
	out.Training.Assigned = ad.count(ta.Assigned, tb.Assigned)
	out.Training.Held = ad.count(ta.Held, tb.Held)
	out.Training.Attendance = ad.count(ta.Attendance, tb.Attendance)
	out.Training.Sent = ad.count(ta.Sent, tb.Sent)
	out.Training.Outcome = sameNarrative(ta.Outcome, tb.Outcome)

	// Gender: by group, wholes resolved on each side.
	out.Gender.Lead = sameNarrative(a.Gender.Lead, b.Gender.Lead)
	out.Gender.Outcome = sameNarrative(a.Gender.Outcome, b.Gender.Outcome)
	indexA, indexB := groupIndex(a.Gender.Groups), groupIndex(b.Gender.Groups)
	for _, g := range mergeKeys(a.Gender.Groups, b.Gender.Groups, func(w Women) Group { return w.Group }) {
		wa, wb := g[0], g[1]
		if wa == nil || wb == nil {
			continue
		}
		sum := Women{Group: wa.Group, Women: ad.count(wa.Women, wb.Women), Men: ad.count(wa.Men, wb.Men)}
		if wa.Total != nil || wb.Total != nil {
			sum.Total = ad.count(pa.genderWholePtr(indexA[wa.Group]), pb.genderWholePtr(indexB[wb.Group]))
		}
		out.Gender.Groups = append(out.Gender.Groups, sum)
	}

	// Emulation.
	ea, eb := &a.Emulation, &b.Emulation
	if out.Emulation.Year, err = addYear("civil_service.emulation.year", ea.Year, eb.Year); err != nil {
		return CivilService{}, err
	}
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
			tg.Awards = append(tg.Awards, TitleAward{Title: x.Title,
				Collectives: ad.count(x.Collectives, y.Collectives), Individuals: ad.count(x.Individuals, y.Individuals),
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
		out.Emulation.Rewards = append(out.Emulation.Rewards, Reward{Form: x.Form, Authority: x.Authority, Reason: x.Reason,
			Collectives: ad.count(x.Collectives, y.Collectives), Individuals: ad.count(x.Individuals, y.Individuals)})
	}
	return out, nil
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
func (p *Personnel) genderWholePtr(i int) *int64 {
	w := p.genderWhole(i)
	if !w.ok {
		return nil
	}
	return &w.n
}

// schemeWhole returns the whole of a scheme line (its total, or the offices
// of its level), or nil when unknown.
func (p *Personnel) schemeWhole(s *Schemes) *int64 {
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
