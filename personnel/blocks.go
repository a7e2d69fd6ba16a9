package personnel

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// Blocks returns sections II.3 and II.4 as two doc.Section values titled by
// w.OrganisationTitle and w.CivilServiceTitle (numbered "3." and "4." by their
// place under "II."), with every figure written from data. Both are returned
// even when empty, so that the outline keeps its numbering; a title template
// that writes nothing gives the section's blocks without a heading, and
// sub-sections with nothing to say are left out. Blocks does not need
// Validate to pass: data with slips still renders, as its authors signed it.
// It fails on a nil Section, on a broken wording template or narrative
// markup, naming the field, and on a degree whose law and other counts
// overflow when added.
func (p *Section) Blocks(w Wording) ([]doc.Block, error) {
	g, err := p.generator(w)
	if err != nil {
		return nil, err
	}
	org := g.organisation()
	cs := g.civilService()
	out := g.section("OrganisationTitle", org, true)
	out = append(out, g.section("CivilServiceTitle", cs, true)...)
	if err := g.wr.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// OrganisationBlocks returns the content of section II.3 (its sub-section
// II.3.1), for a caller that writes the heading of II.3 itself.
func (p *Section) OrganisationBlocks(w Wording) ([]doc.Block, error) {
	g, err := p.generator(w)
	if err != nil {
		return nil, err
	}
	out := g.organisation()
	if err := g.wr.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// CivilServiceBlocks returns the content of section II.4 (its sub-sections
// II.4.1 to II.4.3), for a caller that writes the heading of II.4 itself.
func (p *Section) CivilServiceBlocks(w Wording) ([]doc.Block, error) {
	g, err := p.generator(w)
	if err != nil {
		return nil, err
	}
	out := g.civilService()
	if err := g.wr.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// StaffParagraph returns the paragraph of II.3.1 on units, staff and
// qualifications ("Sở Tư pháp tỉnh An Giang hiện có 10 phòng, đơn vị thuộc
// Sở với 84 nhân sự. …"), or nil when the data gives none of its figures.
func (p *Section) StaffParagraph(w Wording) (*doc.Paragraph, error) {
	g, err := p.generator(w)
	if err != nil {
		return nil, err
	}
	runs := g.staff()
	if err := g.wr.Err(); err != nil || len(runs) == 0 {
		return nil, err
	}
	return &doc.Paragraph{Runs: runs}, nil
}

// GenderParagraph returns the paragraph on gender equality at the end of
// II.4.2 ("… Sở Tư pháp có 46/86 cán bộ nữ (đạt tỷ lệ 53,5%), …"), with its
// lead and outcome narratives, or nil when there is nothing to say. Items of
// the narratives are not part of the paragraph: CivilServiceBlocks writes
// them as a list after it.
func (p *Section) GenderParagraph(w Wording) (*doc.Paragraph, error) {
	g, err := p.generator(w)
	if err != nil {
		return nil, err
	}
	blocks := g.gender()
	if err := g.wr.Err(); err != nil || len(blocks) == 0 {
		return nil, err
	}
	para, _ := blocks[0].(*doc.Paragraph)
	return para, nil
}

// generator writes the blocks of one Section value with one wording. Its
// Writer remembers the first error (a template, a narrative's markup, a
// degree's sum); the exported methods check it once, at the end.
type generator struct {
	p       *Section
	wr      *section.Writer
	numbers vn.Format
	names   Names
}

func (p *Section) generator(w Wording) (*generator, error) {
	if p == nil {
		return nil, errors.New("personnel: nil Section")
	}
	set, err := compiler.Compile(w.sentences())
	if err != nil {
		return nil, err
	}
	d := p.Organisation.Department
	return &generator{p: p, wr: set.Writer(), numbers: w.Numbers, names: Names{Agency: esc(d.Name), Short: esc(d.Short())}}, nil
}

// section puts blocks under a heading written by the title template; an
// empty title puts them directly in place. Without blocks there is no
// section, unless keep is set.
func (g *generator) section(titleField string, blocks []doc.Block, keep bool) []doc.Block {
	if len(blocks) == 0 && !keep {
		return nil
	}
	title := g.wr.Sentence(titleField, g.names)
	if title == "" {
		return blocks
	}
	return []doc.Block{&doc.Section{Title: unescape(title), Blocks: blocks}}
}

// unescape turns the escaped data in a title back to plain text: titles are
// not inline markup.
func unescape(s string) string {
	runs, err := doc.ParseInline(s, nil)
	if err != nil {
		return s
	}
	var b strings.Builder
	for _, r := range runs {
		b.WriteString(r.Text)
	}
	return b.String()
}

// narrative returns the runs of a narrative field and its items as a "+"
// list (for a list item) or a "-" list (for a paragraph). Broken markup is
// the Writer's error, naming path.
func (g *generator) narrative(n doc.Narrative, path string, m doc.Marker) ([]doc.Run, *doc.List) {
	runs, err := n.Runs()
	if err != nil {
		g.wr.Fail(fmt.Errorf("personnel: %s: %w", path, err))
		return nil, nil
	}
	if len(n.Items) == 0 {
		return runs, nil
	}
	l, err := doc.ItemList(n.Items, m, path+".items")
	if err != nil {
		g.wr.Fail(fmt.Errorf("personnel: %s: %w", path, err))
		return nil, nil
	}
	return runs, l
}

// join joins pieces of text with a space, leaving out empty ones, and gives
// a piece that starts a sentence an upper-case first letter.
func join(pieces ...[]doc.Run) []doc.Run {
	var out []doc.Run
	for _, p := range pieces {
		if len(p) == 0 {
			continue
		}
		if len(out) == 0 || endsSentence(out) {
			p = capitalise(p)
		}
		if len(out) > 0 {
			out = append(out, doc.Plain(" "))
		}
		out = append(out, p...)
	}
	return out
}

// joinWith joins non-empty pieces with sep.
func joinWith(sep string, pieces [][]doc.Run) []doc.Run {
	var out []doc.Run
	for _, p := range pieces {
		if len(p) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, doc.Plain(sep))
		}
		out = append(out, p...)
	}
	return out
}

func endsSentence(runs []doc.Run) bool {
	last := runs[len(runs)-1]
	if last.Note != nil {
		// A footnote mark follows its sentence's last word or stop.
		last.Text = strings.TrimRight(last.Text, " ")
		if last.Text == "" {
			return false
		}
	}
	t := strings.TrimRight(last.Text, " ")
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', ':', '!', '?':
		return true
	}
	return false
}

// capitalise gives the first run of p a capital first letter
// (section.Capitalize), leaving p itself unchanged.
func capitalise(p []doc.Run) []doc.Run {
	first := section.Capitalize(p[0].Text)
	if first == p[0].Text {
		return p
	}
	out := slices.Clone(p)
	out[0].Text = first
	return out
}

// paragraph returns a paragraph of runs followed by a list, leaving out what
// is empty.
func paragraph(runs []doc.Run, l *doc.List) []doc.Block {
	var out []doc.Block
	if len(runs) > 0 {
		out = append(out, &doc.Paragraph{Runs: runs})
	}
	if l != nil {
		out = append(out, l)
	}
	return out
}

func (g *generator) organisation() []doc.Block {
	o := &g.p.Organisation
	var blocks []doc.Block

	// - Regulations of the department and of the local offices.
	var pieces [][]doc.Run
	if r := o.Regulation; r != nil {
		pieces = append(pieces, g.wr.Runs("Regulation", RegulationData{Names: g.names, Basis: list(r.Basis), Issuer: esc(r.Issuer), Decision: esc(r.Decision)}))
	}
	pieces = append(pieces, g.localRuns(o.Local, "DistrictRegulations", "CommuneRegulations")...)
	if runs := join(pieces...); len(runs) > 0 {
		blocks = append(blocks, &doc.List{Marker: doc.Dash, Items: []doc.Item{{Runs: runs}}})
	}

	// Units, staff and qualifications.
	blocks = append(blocks, paragraph(g.staff(), nil)...)

	// Planning, appointments, salary steps.
	plan, items := g.narrative(o.Planning, "organisation.planning", doc.Dash)
	appt := g.wr.Runs("Appointments", CountData{Names: g.names, Count: g.fig(o.Appointments)})
	steps := g.wr.Runs("SalarySteps", CountData{Names: g.names, Count: g.fig(o.SalarySteps)})
	blocks = append(blocks, paragraph(join(plan, appt, steps), items)...)

	for i, n := range o.Notes {
		blocks = append(blocks, paragraph(g.narrative(n, fmt.Sprintf("organisation.notes[%d]", i), doc.Dash))...)
	}
	return g.section("ReviewTitle", blocks, false)
}

// staff returns the runs of the paragraph on units, staff and
// qualifications.
func (g *generator) staff() []doc.Run {
	o := &g.p.Organisation
	d := &o.Department
	pieces := [][]doc.Run{g.wr.Runs("Units", UnitsData{Names: g.names, Units: g.fig(d.Units), Staff: g.fig(d.Staff), Leaders: g.fig(d.Leaders)})}
	if u := o.PublicServiceUnits; u != nil {
		data := PublicServiceUnitsData{Names: g.names, Total: g.fig(u.Total), Reorganised: g.fig(u.Reorganised),
			Ratio: g.ratio(u.Reorganised, u.Total)}
		if a := u.Autonomy; a != nil {
			data.Full, data.Recurrent, data.Partial, data.State = g.fig(a.Full), g.fig(a.Recurrent), g.fig(a.Partial), g.fig(a.State)
		}
		pieces = append(pieces, g.wr.Runs("PublicServiceUnits", data))
	}
	pieces = append(pieces, g.wr.Runs("Qualifications", QualificationsData{Names: g.names, DegreesData: g.degrees(d.Qualifications)}))
	pieces = append(pieces, g.localRuns(o.Local, "DistrictStaff", "CommuneStaff")...)
	return join(pieces...)
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

// degrees returns the template data of qualifications. Law and other
// counts whose sum overflows are the Writer's error: the text never prints
// a wrong total.
func (g *generator) degrees(q *Qualifications) DegreesData {
	var out DegreesData
	if q == nil {
		return out
	}
	var phrases []string
	slots := []*DegreeData{&out.Doctor, &out.Master, &out.Bachelor, &out.Below}
	for i, dg := range q.degrees() {
		dd := DegreeData{Degree: dg.name}
		if dg.d != nil {
			dd.Law, dd.Other = g.fig(dg.d.Law), g.fig(dg.d.Other)
			if dg.d.Law != nil && dg.d.Other != nil {
				if _, err := finding.Sum(*dg.d.Law, *dg.d.Other); err != nil {
					g.wr.Fail(fmt.Errorf("personnel: qualifications.%s: %w", dg.key, err))
					return out
				}
			}
			if n, ok := dg.d.Count(); ok {
				dd.Count = g.fig(&n)
			} else if dg.d.Total != nil {
				dd.Count = g.fig(dg.d.Total)
			}
			if dd.Count.Given || dd.Law.Given || dd.Other.Given {
				if s := g.wr.Sentence("Degree", dd); s != "" {
					phrases = append(phrases, s)
				}
			}
		}
		*slots[i] = dd
	}
	out.Degrees = strings.Join(phrases, ", ")
	lawOnly := func(d *Degree) bool {
		return d != nil && d.Law != nil && d.Other != nil && *d.Other == 0
	}
	none := func(d *Degree) bool {
		if d == nil {
			return true
		}
		n, ok := d.Count()
		return ok && n == 0
	}
	out.LawOnly = lawOnly(q.Master) && lawOnly(q.Bachelor) && none(q.Doctor) && none(q.Below)
	return out
}

func (g *generator) civilService() []doc.Block {
	jobs := g.jobPositions()
	train := g.training()
	gender := g.gender()
	emu := g.emulation()
	out := g.section("JobPositionsTitle", jobs, false)
	out = append(out, g.section("TrainingTitle", append(train, gender...), false)...)
	return append(out, g.section("EmulationTitle", emu, false)...)
}

// item returns a list item of a lead, a narrative, its sub-list and
// generated sentences; ok is false when the narrative and the sentences are
// all empty and there is no sub-list.
func item(lead, text []doc.Run, sub *doc.List, sentences ...[]doc.Run) (doc.Item, bool) {
	body := join(append([][]doc.Run{text}, sentences...)...)
	if len(body) == 0 && sub == nil {
		return doc.Item{}, false
	}
	it := doc.Item{Runs: join(lead, body)}
	if sub != nil {
		it.Blocks = []doc.Block{sub}
	}
	return it, true
}

func (g *generator) jobPositions() []doc.Block {
	cs := &g.p.CivilService
	o := &g.p.Organisation
	var items []doc.Item

	jp := cs.JobPositions
	text, sub := g.narrative(jp.Narrative, "civil_service.job_positions.narrative", doc.Plus)
	var sentences [][]doc.Run
	for _, s := range jp.Schemes {
		unit, total := s.Unit, s.Total
		if loc, _ := o.local(s.Level); loc != nil {
			if unit == "" {
				unit = loc.Office
			}
			if total == nil {
				total = loc.Offices
			}
		}
		sentences = append(sentences, g.wr.Runs("Schemes", SchemesData{Names: g.names, Unit: esc(unit), Done: g.fig(s.Done),
			Total: g.fig(total), Ratio: g.ratio(s.Done, total)}))
	}
	if it, ok := item(g.wr.Runs("JobPositionsLead", g.names), text, sub, sentences...); ok {
		items = append(items, it)
	}

	r := cs.Rotations
	data := RotationsData{Names: g.names, Basis: list(r.Basis)}
	seen := map[Level]bool{}
	for _, lv := range r.Levels {
		if seen[lv.Level] {
			continue // reported by Validate
		}
		seen[lv.Level] = true
		switch lv.Level {
		case LevelDepartment:
			data.Department = g.fig(lv.Count)
		case LevelDistrict:
			data.District = g.fig(lv.Count)
		case LevelCommune:
			data.Commune = g.fig(lv.Count)
		}
	}
	text, sub = g.narrative(r.Narrative, "civil_service.rotations.narrative", doc.Plus)
	rot := g.wr.Runs("Rotations", data)
	if it, ok := item(g.wr.Runs("RotationsLead", data), text, sub, rot); ok {
		items = append(items, it)
	}
	if len(items) == 0 {
		return nil
	}
	return []doc.Block{&doc.List{Marker: doc.Dash, Items: items}}
}

func (g *generator) training() []doc.Block {
	t := &g.p.CivilService.Training
	data := TrainingData{Names: g.names, Year: t.Year, AssignedBy: esc(t.AssignedBy), Fields: list(t.Fields),
		Assigned: g.fig(t.Assigned), Held: g.fig(t.Held), Attendance: g.fig(t.Attendance), Sent: g.fig(t.Sent)}
	plan := g.wr.Runs("TrainingPlan", data)
	held := g.wr.Runs("TrainingHeld", data)
	sent := g.wr.Runs("TrainingSent", data)
	outcome, l := g.narrative(t.Outcome, "civil_service.training.outcome", doc.Dash)
	return append(paragraph(join(plan, held), nil), paragraph(join(sent, outcome), l)...)
}

// genderData returns the template data of the gender groups; a repeated
// group (reported by Validate) is written once, from its first entry.
func (g *generator) genderData() GenderData {
	o := &g.p.Organisation
	data := GenderData{Names: g.names}
	for _, w := range g.p.CivilService.Gender.Groups {
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
		var slot **RatioData
		switch w.Group {
		case GroupDepartment:
			slot = &data.Department
		case GroupMasters:
			slot = &data.Masters
		case GroupLeaders:
			slot = &data.Leaders
		case GroupDistrict:
			slot = &data.District
		case GroupCommune:
			slot = &data.Commune
		default:
			continue
		}
		if *slot == nil {
			*slot = rd
		}
	}
	return data
}

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

func (g *generator) emulation() []doc.Block {
	e := &g.p.CivilService.Emulation
	var blocks []doc.Block
	for i, n := range e.Narrative {
		blocks = append(blocks, paragraph(g.narrative(n, fmt.Sprintf("civil_service.emulation.narrative[%d]", i), doc.Dash))...)
	}

	var camps []string
	for _, c := range e.Campaigns {
		if s := g.wr.Sentence("Campaign", CampaignData{Name: esc(c.Name), Slogan: c.Slogan, Basis: esc(c.Basis), Year: c.Year}); s != "" {
			camps = append(camps, s)
		}
	}
	runs := g.wr.Runs("Campaigns", CampaignsData{Names: g.names, List: strings.Join(camps, "; ")})
	blocks = append(blocks, paragraph(join(runs), nil)...)

	var items []doc.Item
	var grants [][]doc.Run
	for _, tg := range e.Titles {
		var awards []string
		for _, a := range tg.Awards {
			s := g.wr.Sentence("TitleAward", TitleAwardData{Title: esc(a.Title.Vietnamese()),
				Recipients:  g.recipients(a.Collectives, a.Individuals, a.CollectiveNoun),
				Collectives: g.fig(a.Collectives), Individuals: g.fig(a.Individuals), Note: esc(a.Note)})
			if s != "" {
				awards = append(awards, s)
			}
		}
		if len(awards) == 0 {
			continue // a grant without awards, reported by Validate
		}
		grants = append(grants, g.wr.Runs("TitleGrant", TitleGrantData{Names: g.names, Authority: esc(tg.Authority), Verb: esc(tg.Verb),
			Awards: strings.Join(awards, "; ")}))
	}
	if body := join(grants...); len(body) > 0 {
		items = append(items, doc.Item{Runs: join(g.wr.Runs("TitlesLead", g.names), body)})
	}
	var rewards [][]doc.Run
	for _, r := range e.Rewards {
		rewards = append(rewards, g.wr.Runs("Reward", RewardData{Names: g.names, Authority: esc(r.Authority), Form: esc(r.Form.Vietnamese()),
			Recipients: g.recipients(r.Collectives, r.Individuals, ""), Collectives: g.fig(r.Collectives), Individuals: g.fig(r.Individuals),
			Reason: esc(r.Reason)}))
	}
	if body := joinWith("; ", rewards); len(body) > 0 {
		items = append(items, doc.Item{Runs: join(g.wr.Runs("RewardsFormsLead", g.names), append(body, doc.Plain(".")))})
	}
	if len(items) > 0 {
		blocks = append(blocks, paragraph(join(g.wr.Runs("RewardsLead", RewardsData{Names: g.names, Year: e.Year})), nil)...)
		blocks = append(blocks, &doc.List{Marker: doc.Dash, Items: items})
	}
	return blocks
}

// recipients writes the recipients of a title or a reward.
func (g *generator) recipients(coll, ind *int64, noun string) string {
	return g.wr.Sentence("Recipients", RecipientsData{Collectives: g.fig(coll), Individuals: g.fig(ind), CollectiveNoun: esc(noun)})
}
