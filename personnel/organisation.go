package personnel

// Topic: the organisation of the department, section II.3.1 — the decision
// on its functions and structure, its units, staff and leaders, the
// appointments and salary steps, succession planning and further notes; and
// the order of II.3.1, whose other parts are the topics of qualifications.go,
// publicservice.go and local.go.

import (
	"reflect"
	"slices"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

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
	// Notes are further qualitative text at the end of the sub-section, as
	// free text (paragraphs and lists).
	Notes section.Text `json:"notes,omitempty"`
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

// The codes of the organisation's checks.
const (
	// CodeLeaders: leaders exceed the staff.
	CodeLeaders finding.Code = "personnel.staff.leaders"
	// CodeAppointments: appointments exceed the staff.
	CodeAppointments finding.Code = "personnel.staff.appointments"
	// CodeSalarySteps: salary steps exceed the staff.
	CodeSalarySteps finding.Code = "personnel.staff.salary_steps"
)

// The rules of the organisation's checks.
var (
	ruleLeaders = finding.Rule{Code: CodeLeaders, Severity: finding.Error,
		Summary: "Số lãnh đạo cấp phòng vượt quá số nhân sự của Sở.",
		Doc:     "Leaders are part of the staff: leaders ≤ staff."}
	ruleAppointments = finding.Rule{Code: CodeAppointments, Severity: finding.Warning,
		Summary: "Số trường hợp bổ nhiệm, bổ nhiệm lại vượt quá số nhân sự của Sở.",
		Doc:     "The people appointed are staff of the department: appointments ≤ staff."}
	ruleSalarySteps = finding.Rule{Code: CodeSalarySteps, Severity: finding.Warning,
		Summary: "Số trường hợp nâng bậc lương thường xuyên vượt quá số nhân sự của Sở.",
		Doc: "A regular salary step comes at most once per person per period (every 2 or 3 years, Nghị định " +
			"204/2004/NĐ-CP): steps ≤ staff."}
)

// organisation checks section II.3: the department, its public-service units,
// the levels below it.
func (c *checker) organisation() {
	c.department()
	c.publicServiceUnits()
	c.locals()
}

// department checks the department's qualifications and the figures that
// are part of its staff.
func (c *checker) department() {
	o := &c.p.Organisation
	d := &o.Department
	const dp = "organisation.department"
	if d.Qualifications != nil {
		c.qualifications(d.Qualifications, dp+".qualifications", d.Staff, dp+".staff", "số nhân sự của Sở")
	}
	c.atMost(ruleLeaders, dp+".leaders", "số lãnh đạo cấp phòng", d.Leaders, d.Staff, dp+".staff")
	c.atMost(ruleAppointments, "organisation.appointments", "số trường hợp bổ nhiệm, bổ nhiệm lại", o.Appointments, d.Staff, dp+".staff")
	c.atMost(ruleSalarySteps, "organisation.salary_steps", "số trường hợp nâng bậc lương thường xuyên", o.SalarySteps, d.Staff, dp+".staff")
}

// addOrganisation adds section II.3.
func addOrganisation(ad *section.Adder, a, b *Organisation) Organisation {
	return Organisation{
		Department:         addDepartment(ad, &a.Department, &b.Department),
		Planning:           sameNarrative(a.Planning, b.Planning),
		Appointments:       ad.Optional("organisation.appointments", a.Appointments, b.Appointments),
		SalarySteps:        ad.Optional("organisation.salary_steps", a.SalarySteps, b.SalarySteps),
		Notes:              sameNarratives(a.Notes, b.Notes),
		Regulation:         sameRegulation(a.Regulation, b.Regulation),
		PublicServiceUnits: addPublicServiceUnits(ad, a.PublicServiceUnits, b.PublicServiceUnits),
		Local:              addLocals(ad, a.Local, b.Local),
	}
}

// addDepartment adds the department's figures; its names are kept when both
// sides have the same.
func addDepartment(ad *section.Adder, da, db *Department) Department {
	return Department{
		Name:           same(da.Name, db.Name),
		ShortName:      same(da.ShortName, db.ShortName),
		Units:          ad.Optional("organisation.department.units", da.Units, db.Units),
		Staff:          ad.Optional("organisation.department.staff", da.Staff, db.Staff),
		Leaders:        ad.Optional("organisation.department.leaders", da.Leaders, db.Leaders),
		Qualifications: addQualifications(ad, "organisation.department.qualifications", da.Qualifications, db.Qualifications),
	}
}

// sameRegulation returns a copy of a when both sides give the same
// regulation, nil otherwise.
func sameRegulation(a, b *Regulation) *Regulation {
	if a == nil || b == nil || !reflect.DeepEqual(*a, *b) {
		return nil
	}
	r := *a
	r.Basis = slices.Clone(r.Basis)
	return &r
}

// RegulationData is the data of Wording.Regulation.
type RegulationData struct {
	Names
	// Basis are the texts implemented, joined: "A, B và C".
	Basis string
	// Issuer is the body that issued the decision.
	Issuer string
	// Decision is the decision as cited.
	Decision string
}

// UnitsData is the data of Wording.Units.
type UnitsData struct {
	Names
	// Units, Staff and Leaders are the department's figures.
	Units, Staff, Leaders Figure
}

// CountData is the data of Wording.Appointments and SalarySteps.
type CountData struct {
	Names
	// Count is the figure.
	Count Figure
}

// StaffParagraph returns the paragraph of II.3.1 on units, staff and
// qualifications ("Sở Tư pháp tỉnh An Giang hiện có 10 phòng, đơn vị thuộc
// Sở với 84 nhân sự. …"), or nil when the data gives none of its figures.
func (p *Section) StaffParagraph(w Wording) (*doc.Paragraph, error) {
	runs, err := generate(p, w, (*generator).staff)
	if err != nil || len(runs) == 0 {
		return nil, err
	}
	return &doc.Paragraph{Runs: runs}, nil
}

// organisation writes II.3.1: the regulations, the paragraph on units, staff
// and qualifications, the paragraph on planning, appointments and salary
// steps, then the notes.
func (g *generator) organisation() []doc.Block {
	blocks := g.regulations()
	blocks = append(blocks, paragraph(g.staff(), nil)...)
	blocks = append(blocks, g.appointments()...)
	blocks = append(blocks, g.narrativeParagraphs(g.p.Organisation.Notes, "organisation.notes")...)
	return g.section("ReviewTitle", blocks, false)
}

// regulations writes the item on the regulations of the department and of
// the local offices, or nothing.
func (g *generator) regulations() []doc.Block {
	o := &g.p.Organisation
	var pieces [][]doc.Run
	if r := o.Regulation; r != nil {
		pieces = append(pieces, g.wr.Runs("Regulation", RegulationData{Names: g.names, Basis: list(r.Basis), Issuer: esc(r.Issuer), Decision: esc(r.Decision)}))
	}
	pieces = append(pieces, g.localRuns(o.Local, "DistrictRegulations", "CommuneRegulations")...)
	if runs := join(pieces...); len(runs) > 0 {
		return []doc.Block{&doc.List{Marker: doc.Dash, Items: []doc.Item{{Runs: runs}}}}
	}
	return nil
}

// staff returns the runs of the paragraph on units, staff and
// qualifications.
func (g *generator) staff() []doc.Run {
	o := &g.p.Organisation
	d := &o.Department
	pieces := [][]doc.Run{
		g.wr.Runs("Units", UnitsData{Names: g.names, Units: g.fig(d.Units), Staff: g.fig(d.Staff), Leaders: g.fig(d.Leaders)}),
		g.publicServiceUnits(),
		g.wr.Runs("Qualifications", QualificationsData{Names: g.names, DegreesData: g.degrees(d.Qualifications)}),
	}
	pieces = append(pieces, g.localRuns(o.Local, "DistrictStaff", "CommuneStaff")...)
	return join(pieces...)
}

// appointments writes the paragraph on planning, appointments and salary
// steps, with the items of the planning narrative after it.
func (g *generator) appointments() []doc.Block {
	o := &g.p.Organisation
	plan, items := g.narrative(o.Planning, "organisation.planning", doc.Dash)
	appt := g.wr.Runs("Appointments", CountData{Names: g.names, Count: g.fig(o.Appointments)})
	steps := g.wr.Runs("SalarySteps", CountData{Names: g.names, Count: g.fig(o.SalarySteps)})
	return paragraph(join(plan, appt, steps), items)
}

// organisationRules are the rules of the organisation, in the order Rules lists them.
func organisationRules() finding.Catalogue {
	return finding.Catalogue{
		ruleLeaders,
		ruleAppointments,
		ruleSalarySteps,
	}
}
