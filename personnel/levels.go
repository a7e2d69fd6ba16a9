package personnel

// The keys the topics share: the administrative levels whose figures a
// report gives (the keys of organisation.local, the schemes and the
// rotations) and the staff groups whose headcount the organisation part
// states (the wholes of the gender ratios), with the lookup of those
// figures in the organisation.

// Level is an administrative level whose figures a report gives (cấp):
// the department itself, the district offices, the commune officials. Local
// government has had two levels since 01/7/2025 (province and commune), so the
// district level is data that a report may leave out, not a fixed part of the
// model.
type Level string

// The levels.
const (
	// LevelDepartment is the department and its units (cấp Sở).
	LevelDepartment Level = "department"
	// LevelDistrict is the district offices (cấp huyện), e.g. Phòng Tư pháp.
	LevelDistrict Level = "district"
	// LevelCommune is the commune officials (cấp xã), e.g. công chức Tư pháp -
	// Hộ tịch.
	LevelCommune Level = "commune"
)

// Vietnamese returns the level as the report names it: "cấp Sở", "cấp huyện",
// "cấp xã"; an unknown level is returned as given.
func (l Level) Vietnamese() string {
	switch l {
	case LevelDepartment:
		return "cấp Sở"
	case LevelDistrict:
		return "cấp huyện"
	case LevelCommune:
		return "cấp xã"
	}
	return string(l)
}

// Group is a staff group whose headcount the organisation part states
// (nhóm nhân sự): the whole of every ratio about that group, e.g. the women
// among the department's staff.
type Group string

// The staff groups.
const (
	// GroupDepartment is the department's staff (nhân sự của Sở):
	// organisation.department.staff.
	GroupDepartment Group = "department"
	// GroupLeaders is the department's division-level leaders (lãnh đạo cấp
	// phòng thuộc Sở): organisation.department.leaders.
	GroupLeaders Group = "department_leaders"
	// GroupMasters is the department's staff holding a master's degree
	// (nhân sự có trình độ thạc sĩ): organisation.department.qualifications.master.
	GroupMasters Group = "department_masters"
	// GroupDistrict is the staff of the district offices (công chức cấp
	// huyện): the staff of the district level in organisation.local.
	GroupDistrict Group = "district"
	// GroupCommune is the commune officials (công chức cấp xã): the staff of
	// the commune level in organisation.local.
	GroupCommune Group = "commune"
)

// Vietnamese returns the group as a message names it, e.g. "nhân sự của Sở";
// an unknown group is returned as given.
func (g Group) Vietnamese() string {
	switch g {
	case GroupDepartment:
		return "nhân sự của Sở"
	case GroupLeaders:
		return "lãnh đạo cấp phòng thuộc Sở"
	case GroupMasters:
		return "nhân sự có trình độ thạc sĩ của Sở"
	case GroupDistrict:
		return "công chức cấp huyện"
	case GroupCommune:
		return "công chức cấp xã"
	}
	return string(g)
}

// Headcount returns the headcount of a staff group as the organisation part
// states it (the whole of every ratio about the group), with the JSON path
// of the figure under the package's root; ok is false when the organisation
// does not give it.
func (o *Organisation) Headcount(g Group) (n int64, path string, ok bool) {
	switch g {
	case GroupDepartment:
		n, ok = count(o.Department.Staff)
		return n, "organisation.department.staff", ok
	case GroupLeaders:
		n, ok = count(o.Department.Leaders)
		return n, "organisation.department.leaders", ok
	case GroupMasters:
		if q := o.Department.Qualifications; q != nil {
			n, ok = q.Master.Count()
		}
		return n, "organisation.department.qualifications.master", ok
	case GroupDistrict, GroupCommune:
		loc, i := o.local(Level(g))
		if loc == nil {
			return 0, "", false
		}
		n, ok = count(loc.Staff)
		return n, localPath(i, "staff"), ok
	}
	return 0, "", false
}

// headcountGiven reports whether the organisation gives the headcount of g at
// all, negative or not.
func (o *Organisation) headcountGiven(g Group) bool {
	switch g {
	case GroupDepartment:
		return o.Department.Staff != nil
	case GroupLeaders:
		return o.Department.Leaders != nil
	case GroupMasters:
		q := o.Department.Qualifications
		return q != nil && q.Master != nil && (q.Master.Total != nil || (q.Master.Law != nil && q.Master.Other != nil))
	case GroupDistrict, GroupCommune:
		loc, _ := o.local(Level(g))
		return loc != nil && loc.Staff != nil
	}
	return false
}

// levelStaff returns the staff of a level and its path.
func (o *Organisation) levelStaff(l Level) (*int64, string) {
	if l == LevelDepartment {
		return o.Department.Staff, "organisation.department.staff"
	}
	if loc, i := o.local(l); loc != nil {
		return loc.Staff, localPath(i, "staff")
	}
	return nil, ""
}
