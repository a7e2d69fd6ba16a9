package personnel

import (
	"fmt"
	"math"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// Validate checks the figures and returns every finding at once, with paths
// relative to the Section value in JSON names ("organisation.department.staff");
// reform puts them under the report's path. The field rules (validate tags)
// come first, then the checks documented by Rules, in the order of the data.
// Validate never changes p.
func (p *Section) Validate() finding.List {
	if p == nil {
		return finding.List{finding.FieldRule("required").At("", "Không có số liệu tổ chức bộ máy và chế độ công vụ.")}
	}
	c := &checker{p: p}
	c.l.Extend(finding.Fields(p, ""))
	c.organisation()
	c.jobPositions()
	c.rotations()
	c.training()
	c.gender()
	c.emulation()
	c.narratives()
	return c.l
}

// checker holds the findings of one Validate call.
type checker struct {
	p *Section
	l finding.List
}

func (c *checker) add(f finding.Finding, ok bool) {
	if ok {
		c.l.Add(f)
	}
}

// atMost adds the AtMost finding of rule r, part ≤ whole, when both are
// usable.
func (c *checker) atMost(r finding.Rule, path, label string, part *int64, whole *int64, wholePath string) {
	pv, pok := count(part)
	wv, wok := count(whole)
	if !pok || !wok {
		return
	}
	c.add(finding.AtMost(r.Subject(path, label, wholePath), pv, wv))
}

// term is one group of a partition: its Vietnamese label, its path and its
// value, usable or not.
type term struct {
	label, path string
	v           int64
	ok          bool
}

// partition checks that terms partition whole (finding.Partition). When
// every term is given they must add up (rule r); when some are missing the
// given ones must not exceed whole (r) and a shortfall is the warning of
// rule incomplete, naming the gap and the missing groups.
func (c *checker) partition(r, incomplete finding.Rule, path, label string, whole int64, terms []term) {
	var parts []finding.Part
	var missing []string
	for _, t := range terms {
		if !t.ok {
			missing = append(missing, t.label)
			continue
		}
		parts = append(parts, finding.Part{Label: t.label, Path: t.path, Value: t.v})
	}
	if len(parts) == 0 {
		return
	}
	result, f, ok := finding.Partition(r.Subject(path, label), whole, len(missing) == 0, parts...)
	c.add(f, ok)
	if result == finding.PartitionShort {
		c.l.Add(shortfall(incomplete, path, label, whole, parts, missing))
	}
}

// shortfall is the finding of rule incomplete: the given parts fall short of
// whole and the missing groups may or may not make up the gap.
func shortfall(incomplete finding.Rule, path, label string, whole int64, parts []finding.Part, missing []string) finding.Finding {
	// The given parts fall short of whole, so their sum and the gap fit.
	var sum int64
	terms := make([]string, len(parts))
	related := make([]string, len(parts))
	for i, p := range parts {
		sum += p.Value
		terms[i] = p.Label + " " + vn.Int(p.Value)
		related[i] = p.Path
	}
	gap := whole - sum
	return incomplete.At(path, section.Capitalize(fmt.Sprintf("%s là %s nhưng các nhóm được nêu cộng lại được %s (%s), thiếu %s "+
		"chưa rõ thuộc nhóm nào; báo cáo không nêu số liệu: %s.",
		label, vn.Int(whole), vn.Int(sum), strings.Join(terms, " + "), vn.Int(gap), strings.Join(missing, ", ")))).
		WithRelated(related...).
		WithValues(
			finding.Value{Name: "total", Value: fmt.Sprint(whole)},
			finding.Value{Name: "sum", Value: fmt.Sprint(sum)},
			finding.Value{Name: "difference", Value: fmt.Sprint(gap)},
			finding.Value{Name: "missing", Value: strings.Join(missing, ", ")})
}

// base checks that a whole restated at path equals the organisation's figure
// of the same group at orgPath.
func (c *checker) base(path, label string, stated int64, org int64, orgPath, orgLabel string) {
	if stated == org {
		return
	}
	d := stated - org
	if d < 0 {
		d = -d
	}
	c.l.Add(ruleBase.At(path, section.Capitalize(fmt.Sprintf("%s là %s nhưng %s ở phần tổ chức bộ máy là %s, chênh lệch %s; "+
		"hai số liệu phải là một.", label, vn.Int(stated), orgLabel, vn.Int(org), vn.Int(d)))).
		WithRelated(orgPath).
		WithValues(
			finding.Value{Name: "stated", Value: fmt.Sprint(stated)},
			finding.Value{Name: "organisation", Value: fmt.Sprint(org)},
			finding.Value{Name: "difference", Value: fmt.Sprint(stated - org)}))
}

// rate checks a declared rate against num/den with the rules r.
//
// denOK false with denGiven true means a negative whole, which its field rule
// reports: the rate is then left alone.
func (c *checker) rate(r finding.RateRule, path, label, stated string, num int64, numOK bool, den int64, denOK, denGiven bool, related ...string) {
	if stated == "" || !numOK {
		return
	}
	value, places, err := vn.ParsePercent(stated)
	if err != nil {
		c.l.Add(ruleDeclaredSyntax.At(path,
			section.Capitalize(fmt.Sprintf("%s ghi “%s” không đọc được như một tỷ lệ phần trăm (ví dụ “53,5%%”): %v.", label, stated, err))).
			WithValues(finding.Value{Name: "stated", Value: stated}))
		return
	}
	if !denOK && denGiven {
		return
	}
	if !denOK || den <= 0 {
		c.l.Add(ruleDeclaredNoBase.At(path, section.Capitalize(fmt.Sprintf("%s ghi %s nhưng không có mẫu số để đối chiếu.", label, stated))).
			WithRelated(related...).
			WithValues(finding.Value{Name: "stated", Value: value.String()}))
		return
	}
	_, f, ok := r.CheckRate(path, label, value, places, num, den, related...)
	c.add(f, ok)
}

func (c *checker) organisation() {
	o := &c.p.Organisation
	d := &o.Department
	const dp = "organisation.department"
	if d.Qualifications != nil {
		c.qualifications(d.Qualifications, dp+".qualifications", d.Staff, dp+".staff", "số nhân sự của Sở")
	}
	c.atMost(ruleLeaders, dp+".leaders", "số lãnh đạo cấp phòng", d.Leaders, d.Staff, dp+".staff")
	c.atMost(ruleAppointments, "organisation.appointments", "số trường hợp bổ nhiệm, bổ nhiệm lại", o.Appointments, d.Staff, dp+".staff")
	c.atMost(ruleSalarySteps, "organisation.salary_steps", "số trường hợp nâng bậc lương thường xuyên", o.SalarySteps, d.Staff, dp+".staff")

	if u := o.PublicServiceUnits; u != nil {
		const up = "organisation.public_service_units"
		c.atMost(rulePSUUnits, up+".total", "số đơn vị sự nghiệp", u.Total, d.Units, dp+".units")
		c.atMost(ruleReorganised, up+".reorganised", "số đơn vị sự nghiệp đã sắp xếp, tổ chức lại", u.Reorganised, u.Total, up+".total")
		if a := u.Autonomy; a != nil {
			if total, ok := count(u.Total); ok {
				ap := up + ".autonomy"
				c.partition(ruleAutonomy, ruleAutonomyIncomplete, up+".total", "số đơn vị sự nghiệp", total, []term{
					autonomyTerm("tự bảo đảm chi thường xuyên và chi đầu tư", ap+".full", a.Full),
					autonomyTerm("tự bảo đảm chi thường xuyên", ap+".recurrent", a.Recurrent),
					autonomyTerm("tự bảo đảm một phần chi thường xuyên", ap+".partial", a.Partial),
					autonomyTerm("do Nhà nước bảo đảm chi thường xuyên", ap+".state", a.State),
				})
			}
		}
	}

	seen := map[Level]int{}
	for i := range o.Local {
		loc := &o.Local[i]
		if j, dup := seen[loc.Level]; dup && loc.Level != "" {
			c.l.Add(ruleLocalDuplicate.At(localPath(i, "level"),
				fmt.Sprintf("Số liệu %s được kê khai hai lần (organisation.local[%d] và organisation.local[%d]); mỗi cấp chỉ có một mục.", loc.Level.Vietnamese(), j, i)).
				WithRelated(localPath(j, "level")).
				WithValues(finding.Value{Name: "level", Value: string(loc.Level)}))
			continue
		}
		seen[loc.Level] = i
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
}

func autonomyTerm(label, path string, v *int64) term {
	n, ok := count(v)
	return term{label: label, path: path, v: n, ok: ok}
}

// qualifications checks the field split of every degree and the partition of
// the staff by degree.
func (c *checker) qualifications(q *Qualifications, path string, staff *int64, staffPath, staffLabel string) {
	var terms []term
	for _, dg := range q.degrees() {
		dp := path + "." + dg.key
		if dg.d != nil {
			total, tok := count(dg.d.Total)
			law, lok := count(dg.d.Law)
			other, ook := count(dg.d.Other)
			s := ruleField.Subject(dp+".total", "số người có trình độ "+dg.name)
			switch {
			case tok && lok && ook:
				c.add(finding.SumEquals(s, total,
					finding.Part{Label: "luật", Path: dp + ".law", Value: law},
					finding.Part{Label: "khác", Path: dp + ".other", Value: other}))
			case tok && lok:
				c.atMost(ruleField, dp+".law", "số người có trình độ "+dg.name+" chuyên ngành luật", dg.d.Law, dg.d.Total, dp+".total")
			case tok && ook:
				c.atMost(ruleField, dp+".other", "số người có trình độ "+dg.name+" chuyên ngành khác", dg.d.Other, dg.d.Total, dp+".total")
			}
		}
		n, ok := dg.d.Count()
		terms = append(terms, term{label: dg.name, path: dp, v: n, ok: ok})
	}
	if whole, ok := count(staff); ok {
		c.partition(ruleDegrees, ruleDegreesIncomplete, staffPath, staffLabel, whole, terms)
	}
}

func (c *checker) jobPositions() {
	o := &c.p.Organisation
	for i, s := range c.p.CivilService.JobPositions.Schemes {
		sp := fmt.Sprintf("civil_service.job_positions.schemes[%d]", i)
		total, totalPath := s.Total, sp+".total"
		if loc, j := o.local(s.Level); loc != nil && loc.Offices != nil {
			if s.Total == nil {
				total, totalPath = loc.Offices, localPath(j, "offices")
			} else if t, ok := count(s.Total); ok {
				if n, ok := count(loc.Offices); ok {
					c.base(sp+".total", "tổng số đơn vị "+s.Level.Vietnamese()+" xây dựng đề án vị trí việc làm", t, n,
						localPath(j, "offices"), "số đơn vị "+s.Level.Vietnamese())
				}
			}
		}
		c.atMost(ruleSchemes, sp+".done", "số đơn vị "+s.Level.Vietnamese()+" đã hoàn thành đề án vị trí việc làm", s.Done, total, totalPath)
	}
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

func (c *checker) rotations() {
	seen := map[Level]int{}
	for i, r := range c.p.CivilService.Rotations.Levels {
		rp := fmt.Sprintf("civil_service.rotations.levels[%d]", i)
		if j, dup := seen[r.Level]; dup && r.Level != "" {
			c.l.Add(ruleRotationDuplicate.At(rp+".level",
				fmt.Sprintf("Số liệu chuyển đổi vị trí công tác %s được kê khai hai lần; mỗi cấp chỉ có một mục.", r.Level.Vietnamese())).
				WithRelated(fmt.Sprintf("civil_service.rotations.levels[%d].level", j)).
				WithValues(finding.Value{Name: "level", Value: string(r.Level)}))
			continue
		}
		seen[r.Level] = i
		staff, path := c.p.Organisation.levelStaff(r.Level)
		c.atMost(ruleRotationStaff, rp+".count", "số công chức "+r.Level.Vietnamese()+" được chuyển đổi vị trí công tác", r.Count, staff, path)
	}
}

func (c *checker) training() {
	t := &c.p.CivilService.Training
	const tp = "civil_service.training"
	c.atMost(ruleTrainingHeld, tp+".held", "số lớp tập huấn đã tổ chức", t.Held, t.Assigned, tp+".assigned")
	held, hok := count(t.Held)
	att, aok := count(t.Attendance)
	if hok && aok && att < held {
		c.l.Add(ruleTrainingAttendance.At(tp+".attendance",
			fmt.Sprintf("Số lượt người tham dự là %s, ít hơn số lớp đã tổ chức là %s; mỗi lớp có ít nhất một người tham dự.",
				vn.Int(att), vn.Int(held))).
			WithRelated(tp+".held").
			WithValues(finding.Value{Name: "attendance", Value: fmt.Sprint(att)}, finding.Value{Name: "held", Value: fmt.Sprint(held)}))
	}
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

func (c *checker) gender() {
	g := &c.p.CivilService.Gender
	seen := map[Group]int{}
	for i, w := range g.Groups {
		gp := fmt.Sprintf("civil_service.gender.groups[%d]", i)
		if j, dup := seen[w.Group]; dup && w.Group != "" {
			c.l.Add(ruleGenderDuplicate.At(gp+".group",
				fmt.Sprintf("Số liệu nữ của nhóm %s được kê khai hai lần; mỗi nhóm chỉ có một mục.", w.Group.Vietnamese())).
				WithRelated(fmt.Sprintf("civil_service.gender.groups[%d].group", j)).
				WithValues(finding.Value{Name: "group", Value: string(w.Group)}))
			continue
		}
		seen[w.Group] = i
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
	// Women of a sub-group of the department are women of the department.
	if di, ok := seen[GroupDepartment]; ok {
		dw := g.Groups[di].Women
		for _, sub := range []Group{GroupMasters, GroupLeaders} {
			if si, ok := seen[sub]; ok {
				c.atMost(ruleWomenSubgroup, fmt.Sprintf("civil_service.gender.groups[%d].women", si), "số nữ trong "+sub.Vietnamese(),
					g.Groups[si].Women, dw, fmt.Sprintf("civil_service.gender.groups[%d].women", di))
			}
		}
	}
}

func (c *checker) emulation() {
	e := &c.p.CivilService.Emulation
	d := &c.p.Organisation.Department
	type tally struct {
		coll, ind       int64
		hasColl, hasInd bool
		collPaths       []string
		indPaths        []string
	}
	tallies := map[Title]*tally{}
	var order []Title
	for i, g := range e.Titles {
		for j, a := range g.Awards {
			ap := fmt.Sprintf("civil_service.emulation.titles[%d].awards[%d]", i, j)
			t := tallies[a.Title]
			if t == nil {
				t = &tally{}
				tallies[a.Title] = t
				order = append(order, a.Title)
			}
			if n, ok := count(a.Collectives); ok {
				t.coll, t.hasColl = addSat(t.coll, n), true
				t.collPaths = append(t.collPaths, ap+".collectives")
				if n > 0 && a.Title.forIndividuals() {
					c.recipient(ap+".collectives", a.Title, "tập thể", n)
				}
			}
			if n, ok := count(a.Individuals); ok {
				t.ind, t.hasInd = addSat(t.ind, n), true
				t.indPaths = append(t.indPaths, ap+".individuals")
				if n > 0 && a.Title.forCollectives() {
					c.recipient(ap+".individuals", a.Title, "cá nhân", n)
				}
			}
		}
	}
	units, uok := count(d.Units)
	staff, sok := count(d.Staff)
	for _, title := range order {
		t := tallies[title]
		name := strings.TrimPrefix(title.Vietnamese(), "danh hiệu ")
		if t.hasColl && uok {
			c.add(finding.AtMost(ruleCollectives.Subject(t.collPaths[0], "số tập thể được tặng "+name,
				append(t.collPaths[1:len(t.collPaths):len(t.collPaths)], "organisation.department.units")...), t.coll, units))
		}
		if t.hasInd && sok {
			c.add(finding.AtMost(ruleIndividuals.Subject(t.indPaths[0], "số cá nhân được tặng "+name,
				append(t.indPaths[1:len(t.indPaths):len(t.indPaths)], "organisation.department.staff")...), t.ind, staff))
		}
	}
	if cs, lt := tallies[TitleFighterGrassroots], tallies[TitleAdvancedLabour]; cs != nil && lt != nil && cs.hasInd && lt.hasInd {
		c.add(finding.AtMost(ruleGrassroots.Subject(cs.indPaths[0], "số cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở",
			append(cs.indPaths[1:len(cs.indPaths):len(cs.indPaths)], lt.indPaths...)...), cs.ind, lt.ind))
	}
}

func (c *checker) recipient(path string, t Title, who string, n int64) {
	c.l.Add(ruleRecipient.At(path, section.Capitalize(fmt.Sprintf("%s ghi cho %s %s nhưng danh hiệu này không dành cho %s.",
		strings.TrimPrefix(t.Vietnamese(), "danh hiệu "), vn.Int(n), who, who))).
		WithValues(finding.Value{Name: "title", Value: string(t)}, finding.Value{Name: "value", Value: fmt.Sprint(n)}))
}

func (c *checker) narratives() {
	for _, n := range c.p.Narratives() {
		if err := checkNarrative(n.Narrative); err != nil {
			c.l.Add(ruleMarkup.At(n.Path, fmt.Sprintf("Đoạn văn %s có lỗi đánh dấu: %v.", n.Path, err)))
		}
	}
}

// checkNarrative parses n and its items and rejects empty footnotes.
func checkNarrative(n doc.Narrative) error {
	if _, err := n.Paragraph(); err != nil {
		return err
	}
	var empty func(n doc.Narrative, path string) error
	empty = func(n doc.Narrative, path string) error {
		for i, s := range n.Notes {
			if strings.TrimSpace(s) == "" {
				return fmt.Errorf("%snotes[%d]: a footnote needs text", path, i)
			}
		}
		for i, it := range n.Items {
			if err := empty(it, fmt.Sprintf("%sitems[%d].", path, i)); err != nil {
				return err
			}
		}
		return nil
	}
	return empty(n, "")
}

func localPath(i int, field string) string {
	return finding.Join(finding.Index("organisation.local", i), field)
}

// addSat adds two non-negative counts for a comparison: a sum past the int64
// range (counts above finding.MaxCount, which the field rules report) stays
// at the largest int64, which still compares above every count. The sums it
// makes are compared, never printed: a message prints finding.SumEquals's
// exact sum.
func addSat(a, b int64) int64 {
	s, err := finding.Sum(a, b)
	if err != nil {
		return math.MaxInt64
	}
	return s
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
