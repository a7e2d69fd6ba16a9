package section

// Tier is the level of government of the unit whose report a section is
// written for (cấp của cơ quan báo cáo; "two-tier local government" is
// chính quyền địa phương hai cấp). It chooses the default wording of the
// section's sentences (Defaults): a commune's report says "cán bộ, công
// chức" where a department's says "công chức, viên chức". Its values are
// those of a report's header.level; package reform passes the report's level
// to the sections. "" and a value that is not a tier read as Department, the
// tier of the reference report. (Levels are the online service levels of
// procedures, mức độ 1–4.)
type Tier string

// The tiers.
const (
	// Province is the People's Committee of a province (Ủy ban nhân dân
	// tỉnh, thành phố trực thuộc trung ương).
	Province Tier = "province"
	// Department is a department, board or agency under the provincial
	// People's Committee (Sở, ban, ngành): the level of the reference
	// report, whose wording is every section's base.
	Department Tier = "department"
	// District is the People's Committee of a district (Ủy ban nhân dân
	// huyện, quận, thị xã, thành phố thuộc tỉnh), before 01/7/2025.
	District Tier = "district"
	// Commune is the People's Committee of a commune, ward or special zone
	// (Ủy ban nhân dân xã, phường, đặc khu).
	Commune Tier = "commune"
)

// Tiers returns the tiers, from the province down.
func Tiers() []Tier { return []Tier{Province, Department, District, Commune} }

// Known reports whether t is one of the tiers.
func (t Tier) Known() bool {
	switch t {
	case Province, Department, District, Commune:
		return true
	}
	return false
}

// wording returns the tier whose wording t reads: t itself, or Department
// for "" and for a value that is not a tier.
func (t Tier) wording() Tier {
	if t.Known() {
		return t
	}
	return Department
}
