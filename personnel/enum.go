package personnel

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

// Title is an emulation title (danh hiệu thi đua) of Luật Thi đua, khen
// thưởng 2022 (06/2022/QH15).
type Title string

// The titles.
const (
	// TitleFlag is the emulation flag (Cờ thi đua), for collectives.
	TitleFlag Title = "emulation_flag"
	// TitleExcellentCollective is "Tập thể Lao động xuất sắc", for collectives.
	TitleExcellentCollective Title = "excellent_collective"
	// TitleAdvancedCollective is "Tập thể Lao động tiên tiến", for collectives.
	TitleAdvancedCollective Title = "advanced_collective"
	// TitleAdvancedLabour is "Lao động tiên tiến". The law gives it to
	// individuals; reports also write it for collectives (the reference report:
	// "Lao động tiên tiến đối với 09 tập thể, 72 cá nhân"), so both counts are
	// accepted.
	TitleAdvancedLabour Title = "advanced_labour"
	// TitleFighterGrassroots is "Chiến sĩ thi đua cơ sở", for individuals
	// chosen among those who reached "Lao động tiên tiến".
	TitleFighterGrassroots Title = "emulation_fighter_grassroots"
	// TitleFighterProvincial is "Chiến sĩ thi đua bộ, ban, ngành, tỉnh", for
	// individuals.
	TitleFighterProvincial Title = "emulation_fighter_provincial"
	// TitleFighterNational is "Chiến sĩ thi đua toàn quốc", for individuals.
	TitleFighterNational Title = "emulation_fighter_national"
)

// Vietnamese returns the title as the text writes it after the verb: "Cờ thi
// đua", "danh hiệu Lao động tiên tiến"; an unknown title is returned as given.
func (t Title) Vietnamese() string {
	switch t {
	case TitleFlag:
		return "Cờ thi đua"
	case TitleExcellentCollective:
		return "danh hiệu Tập thể Lao động xuất sắc"
	case TitleAdvancedCollective:
		return "danh hiệu Tập thể Lao động tiên tiến"
	case TitleAdvancedLabour:
		return "danh hiệu Lao động tiên tiến"
	case TitleFighterGrassroots:
		return "danh hiệu Chiến sĩ thi đua cơ sở"
	case TitleFighterProvincial:
		return "danh hiệu Chiến sĩ thi đua bộ, ban, ngành, tỉnh"
	case TitleFighterNational:
		return "danh hiệu Chiến sĩ thi đua toàn quốc"
	}
	return string(t)
}

// forCollectives reports whether the title is given to collectives only.
func (t Title) forCollectives() bool {
	return t == TitleFlag || t == TitleExcellentCollective || t == TitleAdvancedCollective
}

// forIndividuals reports whether the title is given to individuals only.
func (t Title) forIndividuals() bool {
	return t == TitleFighterGrassroots || t == TitleFighterProvincial || t == TitleFighterNational
}

// Form is a form of reward (hình thức khen thưởng) of Luật Thi đua, khen
// thưởng 2022.
type Form string

// The forms of reward.
const (
	// FormCertificate is a certificate of merit (Bằng khen).
	FormCertificate Form = "certificate_of_merit"
	// FormCommendation is a letter of commendation (Giấy khen).
	FormCommendation Form = "letter_of_commendation"
	// FormMedal is a medal (Huy chương).
	FormMedal Form = "medal"
	// FormOrder is an order (Huân chương).
	FormOrder Form = "order"
)

// Vietnamese returns the form as the text writes it: "Bằng khen", "Giấy
// khen", "Huy chương", "Huân chương"; an unknown form is returned as given.
func (f Form) Vietnamese() string {
	switch f {
	case FormCertificate:
		return "Bằng khen"
	case FormCommendation:
		return "Giấy khen"
	case FormMedal:
		return "Huy chương"
	case FormOrder:
		return "Huân chương"
	}
	return string(f)
}
