package personnel

import (
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
)

// Section is sections II.3 (cải cách tổ chức bộ máy hành chính nhà nước) and
// II.4 (cải cách chế độ công vụ) of a report: one set of figures from which
// every ratio of both sections is derived.
type Section struct {
	// Organisation is section II.3: units, staff, qualifications, local
	// offices, appointments.
	Organisation Organisation `json:"organisation"`
	// CivilService is section II.4: job positions, rotations, training,
	// gender equality, emulation and rewards.
	CivilService CivilService `json:"civil_service"`
}

// Organisation is the organisation of the department and of the offices under
// it (tổ chức bộ máy), section II.3.1 of the reference report.
type Organisation struct {
	// Department is the department itself: units, staff, leaders,
	// qualifications.
	Department Department `json:"department"`
	// Regulation is the decision on the department's functions and structure
	// (quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức); optional.
	Regulation *Regulation `json:"regulation,omitempty"`
	// PublicServiceUnits are the department's public-service units (đơn vị
	// sự nghiệp công lập); optional.
	PublicServiceUnits *PublicServiceUnits `json:"public_service_units,omitempty"`
	// Local are the levels below the department, at most one entry per level:
	// district offices, commune officials.
	Local []Local `json:"local,omitempty" validate:"dive"`
	// Planning is the narrative on succession planning and human-resource
	// development (công tác quy hoạch, phát triển nguồn nhân lực).
	Planning doc.Narrative `json:"planning,omitzero"`
	// Appointments is the number of leaders appointed or reappointed (bổ
	// nhiệm, bổ nhiệm lại); nil when not given.
	Appointments *int64 `json:"appointments,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// SalarySteps is the number of regular salary steps granted (nâng bậc
	// lương thường xuyên); nil when not given.
	SalarySteps *int64 `json:"salary_steps,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Notes are further paragraphs of qualitative text at the end of the
	// sub-section.
	Notes []doc.Narrative `json:"notes,omitempty"`
}

// Department is the department the report is about (Sở) and its own staff.
type Department struct {
	// Name is the department's full name as the text writes it, e.g. "Sở Tư
	// pháp tỉnh An Giang".
	Name string `json:"name" validate:"required"`
	// ShortName is the name in the middle of a sentence, e.g. "Sở Tư pháp";
	// empty means Name.
	ShortName string `json:"short_name,omitempty"`
	// Units is the number of divisions and units of the department (phòng,
	// đơn vị thuộc Sở); nil when not given.
	Units *int64 `json:"units,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Staff is the department's headcount (nhân sự): the whole of every
	// ratio about "the department's staff"; nil when not given.
	Staff *int64 `json:"staff,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Leaders is the number of division-level leaders (lãnh đạo cấp phòng);
	// nil when not given.
	Leaders *int64 `json:"leaders,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Qualifications are the staff by degree and field; nil when not given.
	Qualifications *Qualifications `json:"qualifications,omitempty"`
}

// Short returns the name in the middle of a sentence: ShortName, or Name when
// it is empty.
func (d Department) Short() string {
	if d.ShortName != "" {
		return d.ShortName
	}
	return d.Name
}

// Regulation is the decision that sets out the department's functions,
// duties, powers and structure, with the texts it implements. Citations are
// kept as the report writes them; reform checks them.
type Regulation struct {
	// Basis are the texts implemented (thực hiện …), e.g. "Nghị định số
	// 107/2020/NĐ-CP".
	Basis []string `json:"basis,omitempty"`
	// Issuer is the body that issued the decision, e.g. "Ủy ban nhân dân tỉnh".
	Issuer string `json:"issuer" validate:"required"`
	// Decision is the decision as cited, e.g. "Quyết định số 46/2021/QĐ-UBND
	// ngày 06/10/2021 của Ủy ban nhân dân tỉnh An Giang".
	Decision string `json:"decision" validate:"required"`
}

// PublicServiceUnits are the department's public-service units (đơn vị sự
// nghiệp công lập): how many there are, how many were reorganised, and their
// financial autonomy groups under Nghị định 60/2021/NĐ-CP.
//
// The autonomy groups are kept here, with the units they partition, so that
// section II.5 (public finance), which states the same "04 đơn vị … 03 … 01",
// can read them from the same figures instead of typing them again.
type PublicServiceUnits struct {
	// Total is the number of public-service units; nil when not given.
	Total *int64 `json:"total,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Reorganised is the number that were reorganised (sắp xếp, tổ chức lại),
	// the x of "04/04"; nil when not given.
	Reorganised *int64 `json:"reorganised,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Autonomy is the units by autonomy group; nil when not given.
	Autonomy *Autonomy `json:"autonomy,omitempty"`
}

// Autonomy is the public-service units by financial autonomy group (nhóm tự
// chủ), Nghị định 60/2021/NĐ-CP, Điều 9. A nil group is one the report does
// not state, never zero.
type Autonomy struct {
	// Full: self-financing of recurrent and investment spending (nhóm 1, tự
	// bảo đảm chi thường xuyên và chi đầu tư).
	Full *int64 `json:"full,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Recurrent: self-financing of recurrent spending (nhóm 2, tự bảo đảm chi
	// thường xuyên).
	Recurrent *int64 `json:"recurrent,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Partial: partly self-financing of recurrent spending (nhóm 3, tự bảo
	// đảm một phần chi thường xuyên).
	Partial *int64 `json:"partial,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// State: recurrent spending financed by the state (nhóm 4, do Nhà nước
	// bảo đảm chi thường xuyên).
	State *int64 `json:"state,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// Local is one level below the department (district offices, commune
// officials): its offices, their regulations, their staff.
type Local struct {
	// Level is "district" or "commune".
	Level Level `json:"level" validate:"required,oneof=district commune"`
	// Office is the name of the offices of the level as the text writes it,
	// e.g. "Phòng Tư pháp"; optional.
	Office string `json:"office,omitempty"`
	// Offices is the number of offices (or areas: 11 districts, 11 Phòng
	// Tư pháp); nil when not given.
	Offices *int64 `json:"offices,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// RegulationsIssued is the number of areas that issued the regulation on
	// their office's functions and structure, the x of "11/11"; nil when not
	// given.
	RegulationsIssued *int64 `json:"regulations_issued,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Staff is the headcount of the level (công chức); nil when not given.
	Staff *int64 `json:"staff,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Qualifications are the staff by degree and field; nil when not given.
	Qualifications *Qualifications `json:"qualifications,omitempty"`
	// Certified is the number of staff holding the professional certificate
	// (chứng chỉ Hộ tịch), the x of "300/306"; nil when not given.
	Certified *int64 `json:"certified,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Declared are the figures the report states that the data derives.
	Declared LocalDeclared `json:"declared,omitzero"`
}

// LocalDeclared are the figures of a level that a report states and the data
// derives: kept to be compared, never printed.
type LocalDeclared struct {
	// CertifiedRate is the rate of certified staff as written, e.g. "98%".
	CertifiedRate string `json:"certified_rate,omitempty"`
}

// Qualifications are a staff group by degree (trình độ) and, within each
// degree, by field (law or other). A nil degree is one the report does not
// state: it is never read as zero.
type Qualifications struct {
	// Doctor: doctorate (tiến sĩ).
	Doctor *Degree `json:"doctor,omitempty"`
	// Master: master's degree (thạc sĩ).
	Master *Degree `json:"master,omitempty"`
	// Bachelor: bachelor's degree (đại học).
	Bachelor *Degree `json:"bachelor,omitempty"`
	// Below: below a bachelor's degree (dưới đại học), the group that closes
	// the partition of the staff by degree.
	Below *Degree `json:"below,omitempty"`
}

// Degree is the number of people with one degree, split by field.
//
// When Law and Other are both given the number is their sum, and Total, if
// given too, is the number as the report states it and is checked against
// the sum. Otherwise the number is Total (nil when not given either).
type Degree struct {
	// Total is the number with the degree as stated; nil when not given.
	Total *int64 `json:"total,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Law is the number with the degree in law (luật); nil when not given.
	Law *int64 `json:"law,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Other is the number with the degree in another field (khác); nil when
	// not given.
	Other *int64 `json:"other,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// Count returns the number with the degree: Law + Other when both are given,
// Total otherwise; ok is false when neither is known, a figure is negative,
// or Law + Other leaves the int64 range (counts above finding.MaxCount,
// which Validate reports).
func (d *Degree) Count() (n int64, ok bool) {
	if d == nil {
		return 0, false
	}
	law, lok := count(d.Law)
	other, ook := count(d.Other)
	if lok && ook {
		n, err := finding.Sum(law, other)
		return n, err == nil
	}
	return count(d.Total)
}

// degree is one degree of Qualifications with its names.
type degree struct {
	key  string // JSON name
	name string // Vietnamese name, lower case
	d    *Degree
}

// degrees returns the degrees in order: doctor, master, bachelor, below.
func (q *Qualifications) degrees() []degree {
	return []degree{
		{"doctor", "tiến sĩ", q.Doctor},
		{"master", "thạc sĩ", q.Master},
		{"bachelor", "đại học", q.Bachelor},
		{"below", "dưới đại học", q.Below},
	}
}

// local returns the entry of level l and its index, or nil and -1.
func (o *Organisation) local(l Level) (*Local, int) {
	for i := range o.Local {
		if o.Local[i].Level == l {
			return &o.Local[i], i
		}
	}
	return nil, -1
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

// count returns the value of an optional count and whether it is usable:
// given and not negative (a negative count is reported by its field rule and
// left out of every other check).
func count(p *int64) (int64, bool) {
	if p == nil || *p < 0 {
		return 0, false
	}
	return *p, true
}
