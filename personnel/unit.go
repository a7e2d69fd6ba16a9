package personnel

// Topic: the figures of one unit that a table of a roll-up by unit shows
// (chỉ tiêu theo đơn vị): the headcount of a staff group, its women and
// the whole of their ratio as the text derives it.

// Staff returns the headcount of staff group g (Organisation.Headcount):
// the department's staff, its leaders, its masters, or the staff of a
// level below it. It is false for a nil section and when the section does
// not give the headcount (or gives a negative one, which Validate reports).
func (p *Section) Staff(g Group) (int64, bool) {
	if p == nil {
		return 0, false
	}
	n, _, ok := p.Organisation.Headcount(g)
	return n, ok
}

// Women returns the number of women of staff group g and the whole of
// their ratio, as the gender sentence writes them ("46/86 cán bộ nữ"):
// the group's own total when the gender figures give one, the
// organisation's headcount of the group otherwise. women is false when the
// section does not list the group's women (the first entry of the group
// counts, as in the text); whole is false when the whole is not known.
func (p *Section) Women(g Group) (n, of int64, women, whole bool) {
	if p == nil {
		return 0, 0, false, false
	}
	i, listed := groupIndex(p.CivilService.Gender.Groups)[g]
	if !listed {
		return 0, 0, false, false
	}
	n, women = count(p.CivilService.Gender.Groups[i].Women)
	w := p.genderWhole(i)
	return n, w.n, women, w.ok
}
