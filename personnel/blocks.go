package personnel

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
)

// Blocks returns sections II.3 and II.4 as two doc.Section values titled by
// w.OrganisationTitle and w.CivilServiceTitle (numbered "3." and "4." by their
// place under "II."), with every figure written from data. Both sections are
// always returned, so that the outline keeps its numbering; sub-sections with
// nothing to say are left out. Blocks does not need Validate to pass: data
// with slips still renders, as its authors signed it. It fails only on a
// broken wording template or narrative markup, naming the field.
func (p *Personnel) Blocks(w Wording) ([]doc.Block, error) {
	g, err := p.generator(w)
	if err != nil {
		return nil, err
	}
	org, err := g.organisation()
	if err != nil {
		return nil, err
	}
	cs, err := g.civilService()
	if err != nil {
		return nil, err
	}
	var out []doc.Block
	for _, s := range []struct {
		title  string
		blocks []doc.Block
	}{{"OrganisationTitle", org}, {"CivilServiceTitle", cs}} {
		blocks, err := g.section(s.title, s.blocks, true)
		if err != nil {
			return nil, err
		}
		out = append(out, blocks...)
	}
	return out, nil
}

// OrganisationBlocks returns the content of section II.3 (its sub-section
// II.3.1), for a caller that writes the heading of II.3 itself.
func (p *Personnel) OrganisationBlocks(w Wording) ([]doc.Block, error) {
	g, err := p.generator(w)
	if err != nil {
		return nil, err
	}
	return g.organisation()
}

// CivilServiceBlocks returns the content of section II.4 (its sub-sections
// II.4.1 to II.4.3), for a caller that writes the heading of II.4 itself.
func (p *Personnel) CivilServiceBlocks(w Wording) ([]doc.Block, error) {
	g, err := p.generator(w)
	if err != nil {
		return nil, err
	}
	return g.civilService()
}

// StaffParagraph returns the paragraph of II.3.1 on units, staff and
// qualifications ("Sở Tư pháp tỉnh An Giang hiện có 10 phòng, đơn vị thuộc
// Sở với 84 nhân sự. …"), or nil when the data gives none of its figures.
func (p *Personnel) StaffParagraph(w Wording) (*doc.Paragraph, error) {
	g, err := p.generator(w)
	if err != nil {
		return nil, err
	}
	runs, err := g.staff()
	if err != nil || len(runs) == 0 {
		return nil, err
	}
	return &doc.Paragraph{Runs: runs}, nil
}

// GenderParagraph returns the paragraph on gender equality at the end of
// II.4.2 ("… Sở Tư pháp có 46/86 cán bộ nữ (đạt tỷ lệ 53,5%), …"), with its
// lead and outcome narratives, or nil when there is nothing to say. Items of
// the narratives are not part of the paragraph: CivilServiceBlocks writes
// them as a list after it.
func (p *Personnel) GenderParagraph(w Wording) (*doc.Paragraph, error) {
	g, err := p.generator(w)
	if err != nil {
		return nil, err
	}
	blocks, err := g.gender()
	if err != nil || len(blocks) == 0 {
		return nil, err
	}
	para, _ := blocks[0].(*doc.Paragraph)
	return para, nil
}

// generator writes the blocks of one Personnel value with one wording.
type generator struct {
	p     *Personnel
	wr    *writer
	names Names
}

func (p *Personnel) generator(w Wording) (*generator, error) {
	if p == nil {
		return nil, fmt.Errorf("personnel: nil Personnel")
	}
	wr, err := w.compile()
	if err != nil {
		return nil, err
	}
	d := p.Organisation.Department
	return &generator{p: p, wr: wr, names: Names{Agency: esc(d.Name), Short: esc(d.Short())}}, nil
}

// section puts blocks under a heading written by the title template; an
// empty title puts them directly in place. Without blocks there is no
// section, unless keep is set.
func (g *generator) section(titleField string, blocks []doc.Block, keep bool) ([]doc.Block, error) {
	if len(blocks) == 0 && !keep {
		return nil, nil
	}
	title, err := g.wr.text(titleField, g.names)
	if err != nil {
		return nil, err
	}
	if title == "" {
		return blocks, nil
	}
	return []doc.Block{&doc.Section{Title: unescape(title), Blocks: blocks}}, nil
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
// list (for a list item) or a "-" list (for a paragraph).
func narrative(n doc.Narrative, path string, m doc.Marker) ([]doc.Run, *doc.List, error) {
	runs, err := n.Runs()
	if err != nil {
		return nil, nil, fmt.Errorf("personnel: %s: %w", path, err)
	}
	if len(n.Items) == 0 {
		return runs, nil, nil
	}
	l, err := doc.ItemList(n.Items, m, path+".items")
	if err != nil {
		return nil, nil, fmt.Errorf("personnel: %s: %w", path, err)
	}
	return runs, l, nil
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

func capitalise(p []doc.Run) []doc.Run {
	r, size := utf8.DecodeRuneInString(p[0].Text)
	if size == 0 || !unicode.IsLower(r) {
		return p
	}
	out := append([]doc.Run(nil), p...)
	out[0].Text = string(unicode.ToUpper(r)) + out[0].Text[size:]
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

func (g *generator) organisation() ([]doc.Block, error) {
	o := &g.p.Organisation
	var blocks []doc.Block

	// - Regulations of the department and of the local offices.
	var pieces [][]doc.Run
	if r := o.Regulation; r != nil {
		runs, err := g.wr.runs("Regulation", RegulationData{Names: g.names, Basis: list(r.Basis), Issuer: esc(r.Issuer), Decision: esc(r.Decision)})
		if err != nil {
			return nil, err
		}
		pieces = append(pieces, runs)
	}
	local, err := g.localRuns(o.Local, "DistrictRegulations", "CommuneRegulations")
	if err != nil {
		return nil, err
	}
	pieces = append(pieces, local...)
	if runs := join(pieces...); len(runs) > 0 {
		blocks = append(blocks, &doc.List{Marker: doc.Dash, Items: []doc.Item{{Runs: runs}}})
	}

	// Units, staff and qualifications.
	staff, err := g.staff()
	if err != nil {
		return nil, err
	}
	blocks = append(blocks, paragraph(staff, nil)...)

	// Planning, appointments, salary steps.
	plan, items, err := narrative(o.Planning, "organisation.planning", doc.Dash)
	if err != nil {
		return nil, err
	}
	appt, err := g.wr.runs("Appointments", CountData{Names: g.names, Count: g.wr.fig(o.Appointments)})
	if err != nil {
		return nil, err
	}
	steps, err := g.wr.runs("SalarySteps", CountData{Names: g.names, Count: g.wr.fig(o.SalarySteps)})
	if err != nil {
		return nil, err
	}
	blocks = append(blocks, paragraph(join(plan, appt, steps), items)...)

	for i, n := range o.Notes {
		runs, l, err := narrative(n, fmt.Sprintf("organisation.notes[%d]", i), doc.Dash)
		if err != nil {
			return nil, err
		}
		blocks = append(blocks, paragraph(runs, l)...)
	}
	return g.section("ReviewTitle", blocks, false)
}

// staff returns the runs of the paragraph on units, staff and
// qualifications.
func (g *generator) staff() ([]doc.Run, error) {
	o := &g.p.Organisation
	d := &o.Department
	var pieces [][]doc.Run
	units, err := g.wr.runs("Units", UnitsData{Names: g.names, Units: g.wr.fig(d.Units), Staff: g.wr.fig(d.Staff), Leaders: g.wr.fig(d.Leaders)})
	if err != nil {
		return nil, err
	}
	pieces = append(pieces, units)
	if u := o.PublicServiceUnits; u != nil {
		data := PublicServiceUnitsData{Names: g.names, Total: g.wr.fig(u.Total), Reorganised: g.wr.fig(u.Reorganised),
			Ratio: g.wr.ratio(u.Reorganised, u.Total)}
		if a := u.Autonomy; a != nil {
			data.Full, data.Recurrent, data.Partial, data.State = g.wr.fig(a.Full), g.wr.fig(a.Recurrent), g.wr.fig(a.Partial), g.wr.fig(a.State)
		}
		runs, err := g.wr.runs("PublicServiceUnits", data)
		if err != nil {
			return nil, err
		}
		pieces = append(pieces, runs)
	}
	deg, err := g.degrees(d.Qualifications)
	if err != nil {
		return nil, err
	}
	quals, err := g.wr.runs("Qualifications", QualificationsData{Names: g.names, DegreesData: deg})
	if err != nil {
		return nil, err
	}
	pieces = append(pieces, quals)
	local, err := g.localRuns(o.Local, "DistrictStaff", "CommuneStaff")
	if err != nil {
		return nil, err
	}
	pieces = append(pieces, local...)
	return join(pieces...), nil
}

// local returns the template data of one level.
// localRuns writes one sentence per district or commune level of locals,
// with the wording field district or commune; other levels have none.
func (g *generator) localRuns(locals []Local, district, commune string) ([][]doc.Run, error) {
	var out [][]doc.Run
	for _, loc := range locals {
		name := district
		if loc.Level == LevelCommune {
			name = commune
		} else if loc.Level != LevelDistrict {
			continue
		}
		data, err := g.local(loc)
		if err != nil {
			return nil, err
		}
		runs, err := g.wr.runs(name, data)
		if err != nil {
			return nil, err
		}
		out = append(out, runs)
	}
	return out, nil
}

func (g *generator) local(loc Local) (LocalData, error) {
	deg, err := g.degrees(loc.Qualifications)
	if err != nil {
		return LocalData{}, err
	}
	return LocalData{
		Names: g.names, DegreesData: deg, Office: esc(loc.Office),
		Offices: g.wr.fig(loc.Offices), RegulationsIssued: g.wr.fig(loc.RegulationsIssued),
		Staff: g.wr.fig(loc.Staff), Certified: g.wr.fig(loc.Certified),
		RegulationsRatio: g.wr.ratio(loc.RegulationsIssued, loc.Offices),
		CertifiedRatio:   g.wr.ratio(loc.Certified, loc.Staff),
		CertifiedRate:    g.wr.percent(loc.Certified, loc.Staff, loc.Declared.CertifiedRate),
	}, nil
}

// degrees returns the template data of qualifications.
func (g *generator) degrees(q *Qualifications) (DegreesData, error) {
	var out DegreesData
	if q == nil {
		return out, nil
	}
	var phrases []string
	slots := []*DegreeData{&out.Doctor, &out.Master, &out.Bachelor, &out.Below}
	for i, dg := range q.degrees() {
		dd := DegreeData{Degree: dg.name}
		if dg.d != nil {
			dd.Law, dd.Other = g.wr.fig(dg.d.Law), g.wr.fig(dg.d.Other)
			if dg.d.Law != nil && dg.d.Other != nil {
				if _, err := finding.Sum(*dg.d.Law, *dg.d.Other); err != nil {
					// The text never prints a wrong total.
					return out, fmt.Errorf("personnel: qualifications.%s: %w", dg.key, err)
				}
			}
			if n, ok := dg.d.Count(); ok {
				dd.Count = g.wr.fig(&n)
			} else if dg.d.Total != nil {
				dd.Count = g.wr.fig(dg.d.Total)
			}
			if dd.Count.Given || dd.Law.Given || dd.Other.Given {
				s, err := g.wr.text("Degree", dd)
				if err != nil {
					return out, err
				}
				if s != "" {
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
	return out, nil
}

func (g *generator) civilService() ([]doc.Block, error) {
	var out []doc.Block
	jobs, err := g.jobPositions()
	if err != nil {
		return nil, err
	}
	train, err := g.training()
	if err != nil {
		return nil, err
	}
	gender, err := g.gender()
	if err != nil {
		return nil, err
	}
	emu, err := g.emulation()
	if err != nil {
		return nil, err
	}
	for _, s := range []struct {
		title  string
		blocks []doc.Block
	}{{"JobPositionsTitle", jobs}, {"TrainingTitle", append(train, gender...)}, {"EmulationTitle", emu}} {
		blocks, err := g.section(s.title, s.blocks, false)
		if err != nil {
			return nil, err
		}
		out = append(out, blocks...)
	}
	return out, nil
}

// item returns a list item of a lead, a narrative and generated sentences;
// ok is false when the narrative and the sentences are all empty.
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

func (g *generator) jobPositions() ([]doc.Block, error) {
	cs := &g.p.CivilService
	o := &g.p.Organisation
	var items []doc.Item

	jp := cs.JobPositions
	text, sub, err := narrative(jp.Narrative, "civil_service.job_positions.narrative", doc.Plus)
	if err != nil {
		return nil, err
	}
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
		runs, err := g.wr.runs("Schemes", SchemesData{Names: g.names, Unit: esc(unit), Done: g.wr.fig(s.Done), Total: g.wr.fig(total),
			Ratio: g.wr.ratio(s.Done, total)})
		if err != nil {
			return nil, err
		}
		sentences = append(sentences, runs)
	}
	lead, err := g.wr.runs("JobPositionsLead", g.names)
	if err != nil {
		return nil, err
	}
	if it, ok := item(lead, text, sub, sentences...); ok {
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
			data.Department = g.wr.fig(lv.Count)
		case LevelDistrict:
			data.District = g.wr.fig(lv.Count)
		case LevelCommune:
			data.Commune = g.wr.fig(lv.Count)
		}
	}
	text, sub, err = narrative(r.Narrative, "civil_service.rotations.narrative", doc.Plus)
	if err != nil {
		return nil, err
	}
	rot, err := g.wr.runs("Rotations", data)
	if err != nil {
		return nil, err
	}
	lead, err = g.wr.runs("RotationsLead", data)
	if err != nil {
		return nil, err
	}
	if it, ok := item(lead, text, sub, rot); ok {
		items = append(items, it)
	}
	if len(items) == 0 {
		return nil, nil
	}
	return []doc.Block{&doc.List{Marker: doc.Dash, Items: items}}, nil
}

func (g *generator) training() ([]doc.Block, error) {
	t := &g.p.CivilService.Training
	data := TrainingData{Names: g.names, Year: t.Year, AssignedBy: esc(t.AssignedBy), Fields: list(t.Fields),
		Assigned: g.wr.fig(t.Assigned), Held: g.wr.fig(t.Held), Attendance: g.wr.fig(t.Attendance), Sent: g.wr.fig(t.Sent)}
	plan, err := g.wr.runs("TrainingPlan", data)
	if err != nil {
		return nil, err
	}
	held, err := g.wr.runs("TrainingHeld", data)
	if err != nil {
		return nil, err
	}
	sent, err := g.wr.runs("TrainingSent", data)
	if err != nil {
		return nil, err
	}
	outcome, l, err := narrative(t.Outcome, "civil_service.training.outcome", doc.Dash)
	if err != nil {
		return nil, err
	}
	return append(paragraph(join(plan, held), nil), paragraph(join(sent, outcome), l)...), nil
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
		rd := &RatioData{Women: g.wr.fig(w.Women), Total: g.wr.fig(whole), Ratio: g.wr.ratio(w.Women, whole),
			Rate: g.wr.percent(w.Women, whole, w.Declared.Rate)}
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

func (g *generator) gender() ([]doc.Block, error) {
	gd := &g.p.CivilService.Gender
	lead, leadItems, err := narrative(gd.Lead, "civil_service.gender.lead", doc.Dash)
	if err != nil {
		return nil, err
	}
	figures, err := g.wr.runs("Gender", g.genderData())
	if err != nil {
		return nil, err
	}
	outcome, outItems, err := narrative(gd.Outcome, "civil_service.gender.outcome", doc.Dash)
	if err != nil {
		return nil, err
	}
	out := paragraph(join(lead, figures, outcome), nil)
	for _, l := range []*doc.List{leadItems, outItems} {
		if l != nil {
			out = append(out, l)
		}
	}
	return out, nil
}

func (g *generator) emulation() ([]doc.Block, error) {
	e := &g.p.CivilService.Emulation
	var blocks []doc.Block
	for i, n := range e.Narrative {
		runs, l, err := narrative(n, fmt.Sprintf("civil_service.emulation.narrative[%d]", i), doc.Dash)
		if err != nil {
			return nil, err
		}
		blocks = append(blocks, paragraph(runs, l)...)
	}

	var camps []string
	for _, c := range e.Campaigns {
		s, err := g.wr.text("Campaign", CampaignData{Name: esc(c.Name), Slogan: c.Slogan, Basis: esc(c.Basis), Year: c.Year})
		if err != nil {
			return nil, err
		}
		if s != "" {
			camps = append(camps, s)
		}
	}
	runs, err := g.wr.runs("Campaigns", CampaignsData{Names: g.names, List: strings.Join(camps, "; ")})
	if err != nil {
		return nil, err
	}
	blocks = append(blocks, paragraph(join(runs), nil)...)

	var items []doc.Item
	var grants [][]doc.Run
	for _, tg := range e.Titles {
		var awards []string
		for _, a := range tg.Awards {
			rec, err := g.recipients(a.Collectives, a.Individuals, a.CollectiveNoun)
			if err != nil {
				return nil, err
			}
			s, err := g.wr.text("TitleAward", TitleAwardData{Title: esc(a.Title.Vietnamese()), Recipients: rec,
				Collectives: g.wr.fig(a.Collectives), Individuals: g.wr.fig(a.Individuals), Note: esc(a.Note)})
			if err != nil {
				return nil, err
			}
			if s != "" {
				awards = append(awards, s)
			}
		}
		if len(awards) == 0 {
			continue // a grant without awards, reported by Validate
		}
		runs, err := g.wr.runs("TitleGrant", TitleGrantData{Names: g.names, Authority: esc(tg.Authority), Verb: esc(tg.Verb),
			Awards: strings.Join(awards, "; ")})
		if err != nil {
			return nil, err
		}
		grants = append(grants, runs)
	}
	if body := join(grants...); len(body) > 0 {
		lead, err := g.wr.runs("TitlesLead", g.names)
		if err != nil {
			return nil, err
		}
		items = append(items, doc.Item{Runs: join(lead, body)})
	}
	var rewards [][]doc.Run
	for _, r := range e.Rewards {
		rec, err := g.recipients(r.Collectives, r.Individuals, "")
		if err != nil {
			return nil, err
		}
		runs, err := g.wr.runs("Reward", RewardData{Names: g.names, Authority: esc(r.Authority), Form: esc(r.Form.Vietnamese()),
			Recipients: rec, Collectives: g.wr.fig(r.Collectives), Individuals: g.wr.fig(r.Individuals), Reason: esc(r.Reason)})
		if err != nil {
			return nil, err
		}
		rewards = append(rewards, runs)
	}
	if body := joinWith("; ", rewards); len(body) > 0 {
		lead, err := g.wr.runs("RewardsFormsLead", g.names)
		if err != nil {
			return nil, err
		}
		items = append(items, doc.Item{Runs: join(lead, append(body, doc.Plain(".")))})
	}
	if len(items) > 0 {
		lead, err := g.wr.runs("RewardsLead", RewardsData{Names: g.names, Year: e.Year})
		if err != nil {
			return nil, err
		}
		blocks = append(blocks, paragraph(join(lead), nil)...)
		blocks = append(blocks, &doc.List{Marker: doc.Dash, Items: items})
	}
	return blocks, nil
}

// recipients writes the recipients of a title or a reward.
func (g *generator) recipients(coll, ind *int64, noun string) (string, error) {
	return g.wr.text("Recipients", RecipientsData{Collectives: g.wr.fig(coll), Individuals: g.wr.fig(ind), CollectiveNoun: esc(noun)})
}
