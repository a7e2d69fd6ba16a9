package personnel_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// The reference report as written: four findings, and only these.
func TestValidateReference(t *testing.T) {
	got := reference(t).Validate()
	type short struct {
		Code     finding.Code
		Severity finding.Severity
		Path     string
		Related  []string
		Values   []finding.Value
	}
	var gotShort []short
	for _, f := range got {
		gotShort = append(gotShort, short{f.Code, f.Severity, f.Path, f.Related, f.Values})
	}
	want := []short{
		// 14 thạc sĩ + 66 đại học = 80 of 84 staff; the report gives no count of
		// doctors or of staff below bachelor, so 4 people are unexplained: a
		// warning, not an error (the partition is open, not proven wrong).
		{personnel.CodeDegreesIncomplete, finding.Warning, "organisation.department.staff",
			[]string{"organisation.department.qualifications.master", "organisation.department.qualifications.bachelor"},
			[]finding.Value{{Name: "total", Value: "84"}, {Name: "sum", Value: "80"}, {Name: "difference", Value: "4"}, {Name: "missing", Value: "tiến sĩ, dưới đại học"}}},
		// "46/86 cán bộ nữ": the gender paragraph counts 86 staff, the
		// organisation paragraph 84 ("10 phòng, đơn vị thuộc Sở với 84 nhân sự").
		{personnel.CodeBase, finding.Error, "civil_service.gender.groups[0].total",
			[]string{"organisation.department.staff"},
			[]finding.Value{{Name: "stated", Value: "86"}, {Name: "organisation", Value: "84"}, {Name: "difference", Value: "2"}}},
		// 46/86 = 53,488…%: rounded 53,5%; the stated 53,4% is the truncated value.
		{finding.TruncatedCode(personnel.CodeWomenRate), finding.Warning, "civil_service.gender.groups[0].declared.rate",
			[]string{"civil_service.gender.groups[0].women", "civil_service.gender.groups[0].total"},
			[]finding.Value{{Name: "stated", Value: "53.4"}, {Name: "computed", Value: "53.5"}, {Name: "truncated", Value: "53.4"}, {Name: "numerator", Value: "46"}, {Name: "denominator", Value: "86"}}},
		// 26/57 = 45,61…%: rounded 46% at the stated 0 decimals; 45% is truncated.
		// The whole, 57, is the district staff of the organisation part.
		{finding.TruncatedCode(personnel.CodeWomenRate), finding.Warning, "civil_service.gender.groups[3].declared.rate",
			[]string{"civil_service.gender.groups[3].women", "organisation.local[0].staff"},
			[]finding.Value{{Name: "stated", Value: "45"}, {Name: "computed", Value: "46"}, {Name: "truncated", Value: "45"}, {Name: "numerator", Value: "26"}, {Name: "denominator", Value: "57"}}},
	}
	if diff := cmp.Diff(want, gotShort); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	for _, f := range got {
		assert.NotEmpty(t, f.Message, f.Code)
	}
	assert.Equal(t, "Mẫu số của tỷ lệ nữ trong nhân sự của Sở là 86 nhưng số nhân sự của Sở ở phần tổ chức bộ máy là 84, chênh lệch 2; hai số liệu phải là một.", got[1].Message)
}

// The reference with its slips mended has no finding: no check fires on the
// figures that agree (7/16 = 43,75% exactly; 300/306 = 98,04% → 98%; 3 + 54
// = 57 district staff; 09 women masters ≤ 14 masters; 21 CSTĐCS ≤ 72 LĐTT …).
func TestValidateClean(t *testing.T) {
	assert.Empty(t, clean(t).Validate())
}

type check struct {
	name string
	// why says what the check says and why, with the arithmetic.
	why    string
	mutate func(p *personnel.Section)
	code   finding.Code
	path   string // the finding's path when it fires; "" when it must not fire
}

func checks() []check {
	dept := func(p *personnel.Section) *personnel.Department { return &p.Organisation.Department }
	psu := func(p *personnel.Section) *personnel.PublicServiceUnits { return p.Organisation.PublicServiceUnits }
	district := func(p *personnel.Section) *personnel.Local { return &p.Organisation.Local[0] }
	commune := func(p *personnel.Section) *personnel.Local { return &p.Organisation.Local[1] }
	groups := func(p *personnel.Section) []personnel.Women { return p.CivilService.Gender.Groups }
	awards := func(p *personnel.Section, i int) []personnel.TitleAward {
		return p.CivilService.Emulation.Titles[i].Awards
	}
	return []check{
		// Degrees partition the staff.
		{"degrees open, reference", "14 + 66 = 80 < 84 with doctor and below not stated: 4 unexplained",
			func(p *personnel.Section) { dept(p).Qualifications.Doctor, dept(p).Qualifications.Below = nil, nil },
			personnel.CodeDegreesIncomplete, "organisation.department.staff"},
		{"degrees closed", "0 + 14 + 66 + 4 = 84 = staff",
			nil, personnel.CodeDegrees, ""},
		{"degrees closed, wrong", "every degree given: 0 + 14 + 66 + 3 = 83 ≠ 84",
			func(p *personnel.Section) { dept(p).Qualifications.Below.Total = i64(3) },
			personnel.CodeDegrees, "organisation.department.staff"},
		{"degrees open but exceeding", "doctor and below not stated, yet 14 + 75 = 89 > 84: no missing group can explain it",
			func(p *personnel.Section) {
				q := dept(p).Qualifications
				q.Doctor, q.Below = nil, nil
				q.Bachelor = &personnel.Degree{Total: i64(75), Law: i64(64), Other: i64(11)}
			},
			personnel.CodeDegrees, "organisation.department.staff"},
		{"district degrees, reference", "03 Thạc sĩ Luật + 54 Đại học Luật = 57 công chức: closes without the missing groups",
			nil, personnel.CodeDegreesIncomplete, ""},
		// Each degree split by field.
		{"field split, reference", "12 + 2 = 14 thạc sĩ, 55 + 11 = 66 đại học",
			nil, personnel.CodeField, ""},
		{"field split wrong", "12 luật + 3 khác = 15 ≠ 14 thạc sĩ",
			func(p *personnel.Section) { dept(p).Qualifications.Master.Other = i64(3) },
			personnel.CodeField, "organisation.department.qualifications.master.total"},
		{"field part exceeds", "law alone, 4 > the stated total 3",
			func(p *personnel.Section) {
				district(p).Qualifications.Master = &personnel.Degree{Total: i64(3), Law: i64(4)}
			},
			personnel.CodeField, "organisation.local[0].qualifications.master.law"},
		// Parts of the department's staff.
		{"leaders, reference", "07/16: 16 leaders ≤ 84 staff", nil, personnel.CodeLeaders, ""},
		{"leaders exceed", "90 leaders > 84 staff",
			func(p *personnel.Section) { dept(p).Leaders = i64(90) }, personnel.CodeLeaders, "organisation.department.leaders"},
		{"appointments, reference", "05 ≤ 84", nil, personnel.CodeAppointments, ""},
		{"appointments exceed", "85 > 84",
			func(p *personnel.Section) { p.Organisation.Appointments = i64(85) }, personnel.CodeAppointments, "organisation.appointments"},
		{"salary steps, reference", "18 ≤ 84", nil, personnel.CodeSalarySteps, ""},
		{"salary steps exceed", "100 > 84",
			func(p *personnel.Section) { p.Organisation.SalarySteps = i64(100) }, personnel.CodeSalarySteps, "organisation.salary_steps"},
		// Public-service units.
		{"psu within units, reference", "04 đơn vị sự nghiệp ≤ 10 phòng, đơn vị", nil, personnel.CodePSUUnits, ""},
		{"psu exceed units", "4 > 3 units",
			func(p *personnel.Section) { dept(p).Units = i64(3) }, personnel.CodePSUUnits, "organisation.public_service_units.total"},
		{"reorganised, reference", "04/04", nil, personnel.CodeReorganised, ""},
		{"reorganised exceed", "05/04",
			func(p *personnel.Section) { psu(p).Reorganised = i64(5) }, personnel.CodeReorganised, "organisation.public_service_units.reorganised"},
		{"autonomy, reference II.5", "03 chi thường xuyên + 01 nhà nước = 04, groups 1 and 3 not stated: closes",
			nil, personnel.CodeAutonomy, ""},
		{"autonomy open short", "2 + 1 = 3 < 4 with groups 1 and 3 not stated",
			func(p *personnel.Section) { psu(p).Autonomy.Recurrent = i64(2) },
			personnel.CodeAutonomyIncomplete, "organisation.public_service_units.total"},
		{"autonomy closed wrong", "every group given: 0 + 3 + 0 + 2 = 5 ≠ 4",
			func(p *personnel.Section) {
				a := psu(p).Autonomy
				a.Full, a.Partial, a.State = i64(0), i64(0), i64(2)
			},
			personnel.CodeAutonomy, "organisation.public_service_units.total"},
		{"autonomy open exceeding", "4 + 1 = 5 > 4 whatever is missing",
			func(p *personnel.Section) { psu(p).Autonomy.Recurrent = i64(4) },
			personnel.CodeAutonomy, "organisation.public_service_units.total"},
		{"autonomy declared total, the units' total again", "declared_total 04 = total 04: checked once, 03 + 01 = 04",
			func(p *personnel.Section) { psu(p).Autonomy.DeclaredTotal = i64(4) }, personnel.CodeAutonomy, ""},
		{"autonomy declared total, another figure", "declared_total 05 ≠ total 04: 03 + 01 = 04 < 05, groups 1 and 3 not stated",
			func(p *personnel.Section) { psu(p).Autonomy.DeclaredTotal = i64(5) },
			personnel.CodeAutonomyIncomplete, "organisation.public_service_units.autonomy.declared_total"},
		{"autonomy declared total without the units' total", "03 + 01 + 02 = 06 > declared 05",
			func(p *personnel.Section) {
				psu(p).Total, psu(p).Reorganised = nil, nil
				psu(p).Autonomy.DeclaredTotal, psu(p).Autonomy.Partial = i64(5), i64(2)
			},
			personnel.CodeAutonomy, "organisation.public_service_units.autonomy.declared_total"},
		// Local levels.
		{"local levels unique, reference", "one district, one commune entry", nil, personnel.CodeLocalDuplicate, ""},
		{"local level twice", "two district entries",
			func(p *personnel.Section) {
				p.Organisation.Local = append(p.Organisation.Local, personnel.Local{Level: personnel.LevelDistrict})
			},
			personnel.CodeLocalDuplicate, "organisation.local[2].level"},
		{"regulations, reference", "11/11 huyện", nil, personnel.CodeRegulations, ""},
		{"regulations exceed", "12/11",
			func(p *personnel.Section) { district(p).RegulationsIssued = i64(12) },
			personnel.CodeRegulations, "organisation.local[0].regulations_issued"},
		{"certified, reference", "300/306", nil, personnel.CodeCertified, ""},
		{"certified exceed", "310/306",
			func(p *personnel.Section) { commune(p).Certified = i64(310) },
			personnel.CodeCertified, "organisation.local[1].certified"},
		{"certified rate, reference", "300/306 = 98,039…% → 98% at 0 decimals, as stated",
			nil, personnel.CodeCertifiedRate, ""},
		{"certified rate wrong", "98,1% stated, 98,0% computed at 1 decimal",
			func(p *personnel.Section) { commune(p).Declared.CertifiedRate = "98,1%" },
			personnel.CodeCertifiedRate, "organisation.local[1].declared.certified_rate"},
		{"certified rate truncated", "98,03% stated: 98,039…% rounds to 98,04%, 98,03% is the cut-off value",
			func(p *personnel.Section) { commune(p).Declared.CertifiedRate = "98,03%" },
			finding.TruncatedCode(personnel.CodeCertifiedRate), "organisation.local[1].declared.certified_rate"},
		{"declared rate unreadable", "“98 phần trăm” is not a percentage",
			func(p *personnel.Section) { commune(p).Declared.CertifiedRate = "98 phần trăm" },
			personnel.CodeDeclaredSyntax, "organisation.local[1].declared.certified_rate"},
		{"declared rate readable, reference", "every stated rate reads", nil, personnel.CodeDeclaredSyntax, ""},
		{"declared rate without whole", "98% stated but the commune staff is not given",
			func(p *personnel.Section) { commune(p).Staff = nil },
			personnel.CodeDeclaredNoBase, "organisation.local[1].declared.certified_rate"},
		{"declared rates with wholes, reference", "every stated rate has its whole", nil, personnel.CodeDeclaredNoBase, ""},
		// One headcount everywhere.
		{"department whole restated, reference", "46/86 where the organisation counts 84",
			func(p *personnel.Section) { groups(p)[0].Total = i64(86); groups(p)[0].Declared.Rate = "" },
			personnel.CodeBase, "civil_service.gender.groups[0].total"},
		{"department whole restated equal", "46/84 restates 84: the same figure",
			func(p *personnel.Section) { groups(p)[0].Total = i64(84) }, personnel.CodeBase, ""},
		{"district whole restated", "26/58 where the district staff is 57",
			func(p *personnel.Section) { groups(p)[3].Total = i64(58); groups(p)[3].Declared.Rate = "" },
			personnel.CodeBase, "civil_service.gender.groups[3].total"},
		{"masters whole restated", "09/15 where the masters are 12 + 2 = 14",
			func(p *personnel.Section) { groups(p)[1].Total = i64(15) },
			personnel.CodeBase, "civil_service.gender.groups[1].total"},
		{"scheme whole restated", "11/12 Phòng Tư pháp where the organisation counts 11 offices",
			func(p *personnel.Section) { p.CivilService.JobPositions.Schemes[0].Total = i64(12) },
			personnel.CodeBase, "civil_service.job_positions.schemes[0].total"},
		// Job positions.
		{"schemes, reference", "11/11 Phòng Tư pháp (the whole is the 11 district offices)", nil, personnel.CodeSchemes, ""},
		{"schemes exceed", "12/11",
			func(p *personnel.Section) { p.CivilService.JobPositions.Schemes[0].Done = i64(12) },
			personnel.CodeSchemes, "civil_service.job_positions.schemes[0].done"},
		// Rotations.
		{"rotations, reference", "01 ≤ 84 department, 01 ≤ 57 district, 18 ≤ 306 commune", nil, personnel.CodeRotationStaff, ""},
		{"rotations exceed", "400 > 306 commune officials",
			func(p *personnel.Section) { p.CivilService.Rotations.Levels[2].Count = i64(400) },
			personnel.CodeRotationStaff, "civil_service.rotations.levels[2].count"},
		{"rotation level twice", "two commune entries",
			func(p *personnel.Section) {
				r := &p.CivilService.Rotations
				r.Levels = append(r.Levels, personnel.Rotation{Level: personnel.LevelCommune, Count: i64(1)})
			},
			personnel.CodeRotationDuplicate, "civil_service.rotations.levels[3].level"},
		// Training.
		{"training held, reference", "19 held ≤ 25 assigned", nil, personnel.CodeTrainingHeld, ""},
		{"training held exceed", "26 held > 25 assigned",
			func(p *personnel.Section) { p.CivilService.Training.Held = i64(26) },
			personnel.CodeTrainingHeld, "civil_service.training.held"},
		{"attendance, reference", "2.917 ≥ 19 courses", nil, personnel.CodeTrainingAttendance, ""},
		{"attendance below courses", "10 people for 19 courses",
			func(p *personnel.Section) { p.CivilService.Training.Attendance = i64(10) },
			personnel.CodeTrainingAttendance, "civil_service.training.attendance"},
		// Gender.
		{"gender group twice", "two department entries",
			func(p *personnel.Section) {
				g := &p.CivilService.Gender
				g.Groups = append(g.Groups, personnel.Women{Group: personnel.GroupDepartment, Women: i64(1)})
			},
			personnel.CodeGenderDuplicate, "civil_service.gender.groups[4].group"},
		{"women, reference", "46 ≤ 84, 09 ≤ 14 masters, 7 ≤ 16 leaders, 26 ≤ 57", nil, personnel.CodeWomen, ""},
		{"women exceed staff", "90 women > 84 staff",
			func(p *personnel.Section) { groups(p)[0].Women = i64(90); groups(p)[0].Declared.Rate = "" },
			personnel.CodeWomen, "civil_service.gender.groups[0].women"},
		{"women masters exceed masters", "15 women masters > 14 masters",
			func(p *personnel.Section) { groups(p)[1].Women = i64(15) },
			personnel.CodeWomen, "civil_service.gender.groups[1].women"},
		{"leaders by sex", "07 women + 09 men = 16 leaders",
			func(p *personnel.Section) { groups(p)[2].Men = i64(9) }, personnel.CodeSex, ""},
		{"leaders by sex wrong", "07 women + 10 men = 17 ≠ 16 leaders",
			func(p *personnel.Section) { groups(p)[2].Men = i64(10) },
			personnel.CodeSex, "organisation.department.leaders"},
		{"women rate, leaders", "7/16 = 43,75% exactly, stated 43,75%", nil, personnel.CodeWomenRate, ""},
		{"women rate wrong", "53,6% stated, 46/84 = 54,8%",
			func(p *personnel.Section) { groups(p)[0].Declared.Rate = "53,6%" },
			personnel.CodeWomenRate, "civil_service.gender.groups[0].declared.rate"},
		{"women rate truncated, reference", "46/86 = 53,488…% stated 53,4%",
			func(p *personnel.Section) { groups(p)[0].Total = i64(86); groups(p)[0].Declared.Rate = "53,4%" },
			finding.TruncatedCode(personnel.CodeWomenRate), "civil_service.gender.groups[0].declared.rate"},
		{"women rate truncated district, reference", "26/57 = 45,61…% stated 45%",
			func(p *personnel.Section) { groups(p)[3].Declared.Rate = "45%" },
			finding.TruncatedCode(personnel.CodeWomenRate), "civil_service.gender.groups[3].declared.rate"},
		{"women sub-groups, reference", "09 women masters and 07 women leaders ≤ 46 women", nil, personnel.CodeWomenSubgroup, ""},
		{"women sub-group exceeds", "09 women masters > 8 women of the department",
			func(p *personnel.Section) { groups(p)[0].Women = i64(8); groups(p)[0].Declared.Rate = "" },
			personnel.CodeWomenSubgroup, "civil_service.gender.groups[1].women"},
		// Emulation.
		{"collectives, reference", "01 Cờ thi đua, 02 TTLĐXS, 09 LĐTT ≤ 10 units", nil, personnel.CodeCollectives, ""},
		{"collectives exceed", "11 LĐTT collectives > 10 units",
			func(p *personnel.Section) { awards(p, 1)[0].Collectives = i64(11) },
			personnel.CodeCollectives, "civil_service.emulation.titles[1].awards[0].collectives"},
		{"collectives exceed over authorities", "09 + 02 LĐTT collectives from two authorities = 11 > 10",
			func(p *personnel.Section) {
				e := &p.CivilService.Emulation
				e.Titles = append(e.Titles, personnel.TitleGrant{Authority: "Bộ Tư pháp",
					Awards: []personnel.TitleAward{{Title: personnel.TitleAdvancedLabour, Collectives: i64(2)}}})
			},
			personnel.CodeCollectives, "civil_service.emulation.titles[1].awards[0].collectives"},
		{"individuals, reference", "72 LĐTT, 21 CSTĐCS ≤ 84 staff", nil, personnel.CodeIndividuals, ""},
		{"individuals exceed", "85 LĐTT individuals > 84 staff",
			func(p *personnel.Section) { awards(p, 1)[0].Individuals = i64(85) },
			personnel.CodeIndividuals, "civil_service.emulation.titles[1].awards[0].individuals"},
		{"grassroots, reference", "21 CSTĐCS ≤ 72 LĐTT", nil, personnel.CodeGrassroots, ""},
		{"grassroots exceed", "73 CSTĐCS > 72 LĐTT",
			func(p *personnel.Section) { awards(p, 1)[1].Individuals = i64(73) },
			personnel.CodeGrassroots, "civil_service.emulation.titles[1].awards[1].individuals"},
		{"recipients, reference", "Cờ thi đua and TTLĐXS to collectives, CSTĐCS to individuals", nil, personnel.CodeRecipient, ""},
		{"flag to individuals", "Cờ thi đua for 1 individual",
			func(p *personnel.Section) { awards(p, 0)[0].Individuals = i64(1) },
			personnel.CodeRecipient, "civil_service.emulation.titles[0].awards[0].individuals"},
		{"fighter to collectives", "CSTĐCS for 2 collectives",
			func(p *personnel.Section) { awards(p, 1)[1].Collectives = i64(2) },
			personnel.CodeRecipient, "civil_service.emulation.titles[1].awards[1].collectives"},
		// Narrative markup.
		{"narratives, reference", "every narrative parses", nil, personnel.CodeMarkup, ""},
		{"narrative unclosed italic", "“a *b” never closes its italic",
			func(p *personnel.Section) { p.Organisation.Planning.Text = "a *b" },
			personnel.CodeMarkup, "organisation.planning.text"},
		{"narrative note unused", "a note the text never references",
			func(p *personnel.Section) {
				p.CivilService.Gender.Lead.Notes = []string{"Quyết định số 1/QĐ-UBND"}
			},
			personnel.CodeMarkup, "civil_service.gender.lead.notes[0]"},
		{"narrative empty note", "a referenced note with no text",
			func(p *personnel.Section) {
				p.CivilService.Emulation.Narrative[0] = section.Paragraph("Kế hoạch[^1].", " ")
			},
			personnel.CodeMarkup, "civil_service.emulation.narrative[0].paragraph.notes[0]"},
		// Field rules.
		{"negative count", "staff −1 breaks gte=0 and is left out of the other checks",
			func(p *personnel.Section) { dept(p).Staff = i64(-1) },
			finding.FieldCode("gte"), "organisation.department.staff"},
		{"unknown level", "level “province” is not one of district, commune",
			func(p *personnel.Section) { district(p).Level = "province" },
			finding.FieldCode("oneof"), "organisation.local[0].level"},
		{"women missing", "a gender group without its women",
			func(p *personnel.Section) { groups(p)[1].Women = nil },
			finding.FieldCode("required"), "civil_service.gender.groups[1].women"},
	}
}

// TestChecks runs every check firing and not firing. A firing case must make
// the finding at its path; a quiet case must make no finding of the code.
// Every finding of every case has the code and severity of a rule of
// Rules, or of a field rule.
func TestChecks(t *testing.T) {
	rules := personnel.Rules()
	documented := rules.Merge(finding.FieldRules())
	for _, c := range checks() {
		t.Run(c.name, func(t *testing.T) {
			p := clean(t)
			if c.mutate != nil {
				c.mutate(p)
			}
			got := p.Validate()
			assert.NoError(t, documented.Check(got), "findings as the catalogue documents them")
			if c.path == "" {
				assert.Empty(t, got.WithCode(c.code), "%s: %s", c.code, c.why)
				return
			}
			fs := got.WithCode(c.code)
			require.NotEmpty(t, fs, "%s should fire: %s; got %v", c.code, c.why, got.Codes())
			assert.Equal(t, c.path, fs[0].Path, c.why)
			if _, ok := rules.Lookup(c.code); !ok && !isField(c.code) {
				t.Errorf("code %s is not in Rules()", c.code)
			}
		})
	}
}

func isField(c finding.Code) bool { return strings.HasPrefix(string(c), "field.") }

// Every rule of the catalogue fires in some case of TestChecks, and the
// catalogue is well formed. The findings of the reference, of the clean
// figures and of a nil section are documented as they are.
func TestRulesCovered(t *testing.T) {
	rules := personnel.Rules()
	require.NoError(t, rules.Validate())
	documented := rules.Merge(finding.FieldRules())
	var none *personnel.Section
	for _, l := range []finding.List{reference(t).Validate(), clean(t).Validate(), none.Validate(), (&personnel.Section{}).Validate()} {
		assert.NoError(t, documented.Check(l))
	}
	fired := map[finding.Code]bool{}
	for _, c := range checks() {
		if c.path != "" {
			fired[c.code] = true
		}
	}
	for _, code := range rules.Codes() {
		assert.True(t, fired[code], "no case makes %s fire", code)
	}
}

// A negative count is reported once, by its field rule: the checks that use
// it leave it out instead of adding findings built on an impossible figure.
func TestNegativeLeftOut(t *testing.T) {
	p := clean(t)
	p.Organisation.Department.Staff = i64(-84)
	got := p.Validate()
	assert.Equal(t, []finding.Code{finding.FieldCode("gte")}, got.Codes())
}

// Validate reports every finding at once, not the first.
func TestValidateAllAtOnce(t *testing.T) {
	p := clean(t)
	p.Organisation.Appointments = i64(85)
	p.CivilService.Training.Held = i64(26)
	p.CivilService.Emulation.Titles[1].Awards[1].Individuals = i64(73)
	assert.Equal(t, []finding.Code{personnel.CodeAppointments, personnel.CodeTrainingHeld, personnel.CodeGrassroots}, p.Validate().Codes())
}

func TestValidateNil(t *testing.T) {
	var p *personnel.Section
	assert.Len(t, p.Validate(), 1)
	// The zero value has nothing to check but its department's name.
	assert.Equal(t, []finding.Code{finding.FieldCode("required")}, (&personnel.Section{}).Validate().Codes())
}

// Required figures given as negative numbers break their gte rule.
func TestRequiredNegative(t *testing.T) {
	p := clean(t)
	p.CivilService.Gender.Groups[1].Women = i64(-1)
	p.CivilService.JobPositions.Schemes[0].Done = i64(-1)
	p.CivilService.Emulation.Titles[0].Awards = nil
	got := p.Validate()
	var paths []string
	for _, f := range got {
		paths = append(paths, string(f.Code)+" "+f.Path)
	}
	assert.ElementsMatch(t, []string{
		string(finding.FieldCode("gte")) + " civil_service.job_positions.schemes[0].done",
		string(finding.FieldCode("gte")) + " civil_service.gender.groups[1].women",
		string(finding.FieldCode("required")) + " civil_service.emulation.titles[0].awards",
	}, paths)
}
