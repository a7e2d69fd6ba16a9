package personnel

// Topic: the local levels, part of II.3.1 — the district offices and the
// commune officials: their offices and the regulations those issued
// ("11/11 huyện"), their staff and qualifications, and the staff holding the
// professional certificate ("300/306 … đạt 98%").

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

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

// local returns the entry of level l and its index, or nil and -1.
func (o *Organisation) local(l Level) (*Local, int) {
	for i := range o.Local {
		if o.Local[i].Level == l {
			return &o.Local[i], i
		}
	}
	return nil, -1
}

// localPath returns the path of field of entry i of organisation.local.
func localPath(i int, field string) string {
	return finding.Join(finding.Index("organisation.local", i), field)
}

// The codes of the checks of the local levels.
const (
	// CodeLocalDuplicate: a level is listed twice in organisation.local.
	CodeLocalDuplicate finding.Code = "personnel.local.duplicate"
	// CodeRegulations: areas that issued the regulation exceed the areas.
	CodeRegulations finding.Code = "personnel.local.regulations"
	// CodeCertified: certified officials exceed the officials.
	CodeCertified finding.Code = "personnel.local.certified"
	// CodeCertifiedRate: the stated rate of certified officials differs from the derived one.
	CodeCertifiedRate finding.Code = "personnel.local.certified_rate"
)

// The rules of the checks of the local levels.
var (
	ruleLocalDuplicate = finding.Rule{Code: CodeLocalDuplicate, Severity: finding.Error,
		Summary: "Một cấp được kê khai hai lần trong số liệu cấp huyện, cấp xã.",
		Doc:     "organisation.local holds at most one entry per level: the entry is the whole of every ratio about the level."}
	ruleRegulations = finding.Rule{Code: CodeRegulations, Severity: finding.Error,
		Summary: "Số địa phương đã ban hành quy định chức năng, nhiệm vụ vượt quá tổng số.",
		Doc:     "Done ≤ total of the figure written \"11/11 huyện\"."}
	ruleCertified = finding.Rule{Code: CodeCertified, Severity: finding.Error,
		Summary: "Số công chức được cấp chứng chỉ vượt quá số công chức.",
		Doc:     "Certified ≤ officials of the level (\"300/306\")."}
	ruleCertifiedRate = finding.RateRule{
		Mismatch: finding.Rule{Code: CodeCertifiedRate, Severity: finding.Error,
			Summary: "Tỷ lệ công chức được cấp chứng chỉ ghi trong báo cáo khác tỷ lệ tính từ số liệu.",
			Doc:     "The stated rate is compared with certified/officials rounded half-up at the stated precision (finding.CheckRate)."},
		Truncated: finding.Rule{Code: finding.TruncatedCode(CodeCertifiedRate), Severity: finding.Warning,
			Summary: "Tỷ lệ công chức được cấp chứng chỉ bị cắt bớt chữ số thay vì làm tròn.",
			Doc:     "The stated rate equals the computed rate truncated, not rounded, at the stated precision (domain.md §8)."},
	}
)

// locals checks every level below the department; a level listed twice is a
// finding, and only its first entry is checked.
func (c *checker) locals() {
	local := c.p.Organisation.Local
	keyed[Level]{rule: ruleLocalDuplicate, n: len(local), name: "level",
		key:  func(i int) Level { return local[i].Level },
		path: func(i int) string { return localPath(i, "level") },
		message: func(l Level, j, i int) string {
			return fmt.Sprintf("Số liệu %s được kê khai hai lần (organisation.local[%d] và organisation.local[%d]); mỗi cấp chỉ có một mục.", l.Vietnamese(), j, i)
		},
	}.each(&c.l, func(i int) { c.local(i, &local[i]) })
}

// local checks entry i of organisation.local: the regulations over the
// offices, the qualifications and the certified staff over the staff, and
// the declared rate of certified staff.
func (c *checker) local(i int, loc *Local) {
	lbl := loc.Level.Vietnamese()
	c.atMost(ruleRegulations, localPath(i, "regulations_issued"), "số địa phương "+lbl+" đã ban hành quy định chức năng, nhiệm vụ", loc.RegulationsIssued, loc.Offices, localPath(i, "offices"))
	if loc.Qualifications != nil {
		c.qualifications(loc.Qualifications, localPath(i, "qualifications"), loc.Staff, localPath(i, "staff"), "số công chức "+lbl)
	}
	c.atMost(ruleCertified, localPath(i, "certified"), "số công chức "+lbl+" được cấp chứng chỉ", loc.Certified, loc.Staff, localPath(i, "staff"))
	num, nok := count(loc.Certified)
	den, dok := count(loc.Staff)
	c.rate(ruleCertifiedRate, localPath(i, "declared.certified_rate"), "tỷ lệ công chức "+lbl+" được cấp chứng chỉ",
		loc.Declared.CertifiedRate, num, nok, den, dok, loc.Staff != nil, localPath(i, "certified"), localPath(i, "staff"))
}

// addLocals adds the levels both sides give, by level; declared figures are
// dropped.
func addLocals(ad *section.Adder, a, b []Local) []Local {
	var out []Local
	for _, l := range mergeKeys(a, b, func(l Local) Level { return l.Level }) {
		la, lb := l[0], l[1]
		if la == nil || lb == nil {
			continue
		}
		p := fmt.Sprintf("organisation.local[%d].", len(out))
		out = append(out, Local{
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

// LocalData is the data of the sentences on one level below the department:
// Wording.DistrictRegulations, CommuneRegulations, DistrictStaff, CommuneStaff.
type LocalData struct {
	Names
	DegreesData
	// Office is the offices' name, "Phòng Tư pháp"; may be empty.
	Office string
	// Offices, RegulationsIssued, Staff and Certified are the level's figures.
	Offices, RegulationsIssued, Staff, Certified Figure
	// RegulationsRatio is "11/11" (RegulationsIssued/Offices).
	RegulationsRatio string
	// CertifiedRatio is "300/306" (Certified/Staff).
	CertifiedRatio string
	// CertifiedRate is the derived rate of Certified/Staff, "98%".
	CertifiedRate string
}

// localRuns writes one sentence per district or commune level of locals,
// with the wording field district or commune; other levels have none.
func (g *generator) localRuns(locals []Local, district, commune string) [][]doc.Run {
	var out [][]doc.Run
	for _, loc := range locals {
		name := district
		if loc.Level == LevelCommune {
			name = commune
		} else if loc.Level != LevelDistrict {
			continue
		}
		out = append(out, g.wr.Runs(name, g.local(loc)))
	}
	return out
}

// local returns the template data of one level.
func (g *generator) local(loc Local) LocalData {
	return LocalData{
		Names: g.names, DegreesData: g.degrees(loc.Qualifications), Office: esc(loc.Office),
		Offices: g.fig(loc.Offices), RegulationsIssued: g.fig(loc.RegulationsIssued),
		Staff: g.fig(loc.Staff), Certified: g.fig(loc.Certified),
		RegulationsRatio: g.ratio(loc.RegulationsIssued, loc.Offices),
		CertifiedRatio:   g.ratio(loc.Certified, loc.Staff),
		CertifiedRate:    g.percent(loc.Certified, loc.Staff, loc.Declared.CertifiedRate),
	}
}

// localRules are the rules of the local levels, in the order Rules lists them.
func localRules() finding.Catalogue {
	return finding.Catalogue{
		ruleLocalDuplicate,
		ruleRegulations,
		ruleCertified,
		ruleCertifiedRate.Mismatch,
		ruleCertifiedRate.Truncated,
	}
}
