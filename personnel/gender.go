package personnel

// Topic: gender equality among staff, written at the end of II.4.2 — the
// women of each staff group over the group's headcount ("46/86 cán bộ nữ
// (đạt tỷ lệ 53,5%)"), the whole taken from the organisation part unless the
// data gives it again, and the rates the report declares.

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// Gender is gender equality among staff (bình đẳng giới): the women of each
// staff group over the group's headcount.
type Gender struct {
	// Lead is the qualitative text before the figures.
	Lead doc.Narrative `json:"lead,omitzero"`
	// Groups are the women of each staff group, at most one entry per group.
	Groups []Women `json:"groups,omitempty" validate:"dive"`
	// Outcome is the qualitative text after the figures.
	Outcome doc.Narrative `json:"outcome,omitzero"`
}

// Women is the number of women in a staff group (cán bộ nữ).
type Women struct {
	// Group is the staff group: "department", "department_leaders",
	// "department_masters", "district" or "commune".
	Group Group `json:"group" validate:"required,oneof=department department_leaders department_masters district commune"`
	// Women is the number of women.
	Women *int64 `json:"women" validate:"required,gte=0,lte=1000000000000"`
	// Men is the number of men; optional. When given, women + men must be
	// the group's headcount.
	Men *int64 `json:"men,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Total is the headcount the gender figures use as the whole (the y of
	// "46/86"). nil means the organisation's headcount of the group; when
	// both are given they must agree, and the text writes this one.
	Total *int64 `json:"total,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Declared are the figures the report states that the data derives.
	Declared WomenDeclared `json:"declared,omitzero"`
}

// WomenDeclared are the figures of a gender group that a report states and
// the data derives: kept to be compared, never printed.
type WomenDeclared struct {
	// Rate is the rate of women as written, e.g. "53,4%".
	Rate string `json:"rate,omitempty"`
}

// whole is the whole of a gender group: its value, whether it is usable and
// its path.
type whole struct {
	n     int64
	ok    bool
	given bool // the figure is given, perhaps negative
	path  string
}

// genderWhole returns the whole of gender group i: its own total when given,
// the organisation's headcount otherwise.
func (p *Section) genderWhole(i int) whole {
	w := p.CivilService.Gender.Groups[i]
	if w.Total != nil {
		n, ok := count(w.Total)
		return whole{n, ok, true, fmt.Sprintf("civil_service.gender.groups[%d].total", i)}
	}
	n, path, ok := p.Organisation.Headcount(w.Group)
	return whole{n, ok, ok || p.Organisation.headcountGiven(w.Group), path}
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

// The codes of the checks of gender equality.
const (
	// CodeGenderDuplicate: a group is listed twice in the gender figures.
	CodeGenderDuplicate finding.Code = "personnel.gender.duplicate"
	// CodeWomen: women exceed the group's headcount.
	CodeWomen finding.Code = "personnel.gender.women"
	// CodeSex: women + men do not make the headcount.
	CodeSex finding.Code = "personnel.gender.sex"
	// CodeWomenRate: the stated rate of women differs from the derived one.
	CodeWomenRate finding.Code = "personnel.gender.rate"
	// CodeWomenSubgroup: women of a sub-group exceed the department's women.
	CodeWomenSubgroup finding.Code = "personnel.gender.subgroup"
)

// The rules of the checks of gender equality.
var (
	ruleGenderDuplicate = finding.Rule{Code: CodeGenderDuplicate, Severity: finding.Error,
		Summary: "Một nhóm nhân sự được kê khai hai lần trong số liệu bình đẳng giới.",
		Doc:     "civil_service.gender.groups holds at most one entry per group."}
	ruleWomen = finding.Rule{Code: CodeWomen, Severity: finding.Error,
		Summary: "Số nữ vượt quá số nhân sự của nhóm.",
		Doc:     "Women ≤ the group's headcount (women ≤ staff, women leaders ≤ leaders, women masters ≤ masters)."}
	ruleSex = finding.Rule{Code: CodeSex, Severity: finding.Error,
		Summary: "Số nữ và số nam cộng lại không bằng số nhân sự của nhóm.",
		Doc:     "Women + men = headcount when men are given (domain.md §4: leaders by sex)."}
	ruleWomenRate = finding.RateRule{
		Mismatch: finding.Rule{Code: CodeWomenRate, Severity: finding.Error,
			Summary: "Tỷ lệ nữ ghi trong báo cáo khác tỷ lệ tính từ số liệu.",
			Doc:     "The stated rate is compared with women/headcount rounded half-up at the stated precision (finding.CheckRate)."},
		Truncated: finding.Rule{Code: finding.TruncatedCode(CodeWomenRate), Severity: finding.Warning,
			Summary: "Tỷ lệ nữ bị cắt bớt chữ số thay vì làm tròn.",
			Doc:     "The stated rate equals the computed rate truncated, not rounded, at the stated precision (domain.md §8)."},
	}
	ruleWomenSubgroup = finding.Rule{Code: CodeWomenSubgroup, Severity: finding.Error,
		Summary: "Số nữ của một nhóm thuộc Sở vượt quá số nữ của toàn Sở.",
		Doc:     "Women leaders and women masters are women of the department: each ≤ the department's women."}
)

// gender checks every staff group once (a group listed twice is a finding),
// then the women of the department's sub-groups against its women.
func (c *checker) gender() {
	groups := c.p.CivilService.Gender.Groups
	seen := keyed[Group]{rule: ruleGenderDuplicate, n: len(groups), name: "group",
		key:  func(i int) Group { return groups[i].Group },
		path: func(i int) string { return fmt.Sprintf("civil_service.gender.groups[%d].group", i) },
		message: func(g Group, _, _ int) string {
			return fmt.Sprintf("Số liệu nữ của nhóm %s được kê khai hai lần; mỗi nhóm chỉ có một mục.", g.Vietnamese())
		},
	}.each(&c.l, func(i int) { c.genderGroup(i, groups[i]) })
	c.genderSubgroups(seen)
}

// genderGroup checks gender group i: a whole restated against the
// organisation's, women ≤ the whole, women + men = the whole, and the
// declared rate.
func (c *checker) genderGroup(i int, w Women) {
	gp := fmt.Sprintf("civil_service.gender.groups[%d]", i)
	label := w.Group.Vietnamese()
	wh := c.p.genderWhole(i)
	if t, ok := count(w.Total); ok {
		if n, path, ok := c.p.Organisation.Headcount(w.Group); ok {
			c.base(gp+".total", "mẫu số của tỷ lệ nữ trong "+label, t, n, path, "số "+label)
		}
	}
	women, wok := count(w.Women)
	if wok && wh.ok {
		c.add(finding.AtMost(ruleWomen.Subject(gp+".women", "số nữ trong "+label, wh.path), women, wh.n))
	}
	if men, ok := count(w.Men); ok && wok && wh.ok {
		c.add(finding.SumEquals(ruleSex.Subject(wh.path, "số "+label), wh.n,
			finding.Part{Label: "nữ", Path: gp + ".women", Value: women},
			finding.Part{Label: "nam", Path: gp + ".men", Value: men}))
	}
	c.rate(ruleWomenRate, gp+".declared.rate", "tỷ lệ nữ trong "+label, w.Declared.Rate, women, wok, wh.n, wh.ok, wh.given, gp+".women", wh.path)
}

// genderSubgroups checks that the women of a sub-group of the department
// (masters, leaders) are women of the department; seen maps each group to
// its first entry.
func (c *checker) genderSubgroups(seen map[Group]int) {
	di, ok := seen[GroupDepartment]
	if !ok {
		return
	}
	groups := c.p.CivilService.Gender.Groups
	for _, sub := range []Group{GroupMasters, GroupLeaders} {
		if si, ok := seen[sub]; ok {
			c.atMost(ruleWomenSubgroup, fmt.Sprintf("civil_service.gender.groups[%d].women", si), "số nữ trong "+sub.Vietnamese(),
				groups[si].Women, groups[di].Women, fmt.Sprintf("civil_service.gender.groups[%d].women", di))
		}
	}
}

// addGender adds the groups both sides give, by group, their wholes resolved
// on each side.
func addGender(ad *section.Adder, pa, pb *Section) Gender {
	a, b := &pa.CivilService.Gender, &pb.CivilService.Gender
	out := Gender{Lead: sameNarrative(a.Lead, b.Lead), Outcome: sameNarrative(a.Outcome, b.Outcome)}
	indexA, indexB := groupIndex(a.Groups), groupIndex(b.Groups)
	for _, g := range mergeKeys(a.Groups, b.Groups, func(w Women) Group { return w.Group }) {
		wa, wb := g[0], g[1]
		if wa == nil || wb == nil {
			continue
		}
		p := fmt.Sprintf("civil_service.gender.groups[%d].", len(out.Groups))
		sum := Women{Group: wa.Group, Women: ad.Optional(p+"women", wa.Women, wb.Women), Men: ad.Optional(p+"men", wa.Men, wb.Men)}
		if wa.Total != nil || wb.Total != nil {
			sum.Total = ad.Optional(p+"total", pa.genderWholePtr(indexA[wa.Group]), pb.genderWholePtr(indexB[wb.Group]))
		}
		out.Groups = append(out.Groups, sum)
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

// RatioData is one group of GenderData.
type RatioData struct {
	// Women is the number of women.
	Women Figure
	// Total is the group's headcount used as the whole.
	Total Figure
	// Ratio is "46/86", or Women alone when the whole is not known.
	Ratio string
	// Rate is the derived rate, "53,5%"; empty when it cannot be computed.
	Rate string
	// Office is the offices' name for the district and commune groups.
	Office string
}

// GenderData is the data of Wording.Gender; a group the data does not give
// is nil.
type GenderData struct {
	Names
	// Department, Masters, Leaders, District and Commune are the groups.
	Department, Masters, Leaders, District, Commune *RatioData
}

// slot returns the field of d for group g, or nil for an unknown group.
func (d *GenderData) slot(g Group) **RatioData {
	switch g {
	case GroupDepartment:
		return &d.Department
	case GroupMasters:
		return &d.Masters
	case GroupLeaders:
		return &d.Leaders
	case GroupDistrict:
		return &d.District
	case GroupCommune:
		return &d.Commune
	}
	return nil
}

// GenderParagraph returns the paragraph on gender equality at the end of
// II.4.2 ("… Sở Tư pháp có 46/86 cán bộ nữ (đạt tỷ lệ 53,5%), …"), with its
// lead and outcome narratives, or nil when there is nothing to say. Items of
// the narratives are not part of the paragraph: CivilServiceBlocks writes
// them as a list after it.
func (p *Section) GenderParagraph(w Wording) (*doc.Paragraph, error) {
	blocks, err := generate(p, w, (*generator).gender)
	if err != nil || len(blocks) == 0 {
		return nil, err
	}
	para, _ := blocks[0].(*doc.Paragraph)
	return para, nil
}

// gender writes the paragraph of the lead, the figures and the outcome,
// followed by the items of the lead and of the outcome.
func (g *generator) gender() []doc.Block {
	gd := &g.p.CivilService.Gender
	lead, leadItems := g.narrative(gd.Lead, "civil_service.gender.lead", doc.Dash)
	figures := g.wr.Runs("Gender", g.genderData())
	outcome, outItems := g.narrative(gd.Outcome, "civil_service.gender.outcome", doc.Dash)
	out := paragraph(join(lead, figures, outcome), nil)
	for _, l := range []*doc.List{leadItems, outItems} {
		if l != nil {
			out = append(out, l)
		}
	}
	return out
}

// genderData returns the template data of the gender groups; a repeated
// group (reported by Validate) is written once, from its first entry.
func (g *generator) genderData() GenderData {
	data := GenderData{Names: g.names}
	for _, w := range g.p.CivilService.Gender.Groups {
		if slot := data.slot(w.Group); slot != nil && *slot == nil {
			*slot = g.ratioData(w)
		}
	}
	return data
}

// ratioData returns the template data of one gender group; its whole is its
// own total, or the organisation's headcount of the group.
func (g *generator) ratioData(w Women) *RatioData {
	o := &g.p.Organisation
	whole := w.Total
	if whole == nil {
		if n, _, ok := o.Headcount(w.Group); ok {
			whole = &n
		}
	}
	rd := &RatioData{Women: g.fig(w.Women), Total: g.fig(whole), Ratio: g.ratio(w.Women, whole),
		Rate: g.percent(w.Women, whole, w.Declared.Rate)}
	if loc, _ := o.local(Level(w.Group)); loc != nil && (w.Group == GroupDistrict || w.Group == GroupCommune) {
		rd.Office = esc(loc.Office)
	}
	return rd
}

// genderRules are the rules of the gender ratios, in the order Rules lists them.
func genderRules() finding.Catalogue {
	return finding.Catalogue{
		ruleGenderDuplicate,
		ruleWomen,
		ruleSex,
		ruleWomenRate.Mismatch,
		ruleWomenRate.Truncated,
		ruleWomenSubgroup,
	}
}
