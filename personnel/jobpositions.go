package personnel

// Topic: job positions, section II.4.1 — the job-position schemes (đề án vị
// trí việc làm) done over the units of a level ("11/11 Phòng Tư pháp"); and
// the list of II.4.1, whose other item is the rotations of rotations.go.

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// JobPositions are the job-position schemes approved (đề án vị trí việc làm).
type JobPositions struct {
	// Narrative is the qualitative text, with its citations.
	Narrative doc.Narrative `json:"narrative,omitzero"`
	// Schemes are the schemes done over units, e.g. 11/11 Phòng Tư pháp.
	Schemes []Schemes `json:"schemes,omitempty" validate:"dive"`
}

// Schemes is the number of units of one kind whose job-position scheme is
// done, over the number of such units.
type Schemes struct {
	// Level is the level of the units: "department", "district" or "commune".
	Level Level `json:"level" validate:"required,oneof=department district commune"`
	// Unit names the units as the text writes them, e.g. "Phòng Tư pháp";
	// empty means the office name of the level in organisation.local.
	Unit string `json:"unit,omitempty"`
	// Done is the number of units whose scheme is done.
	Done *int64 `json:"done" validate:"required,gte=0,lte=1000000000000"`
	// Total is the number of units; nil means the number of offices of the
	// level in organisation.local (checked against it when both are given).
	Total *int64 `json:"total,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// CodeSchemes: units with a job-position scheme exceed the units.
const CodeSchemes finding.Code = "personnel.jobs.done"

// ruleSchemes is the rule of the check of job-position schemes.
var ruleSchemes = finding.Rule{Code: CodeSchemes, Severity: finding.Error,
	Summary: "Số đơn vị đã hoàn thành đề án vị trí việc làm vượt quá tổng số đơn vị.",
	Doc:     "Done ≤ total of the figure written \"11/11 Phòng Tư pháp\"."}

// jobPositions checks every scheme line: done ≤ its whole (its total, or the
// offices of its level), and a total restated against those offices.
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

// addJobPositions adds the scheme lines both sides give, by level and unit,
// their wholes resolved on each side.
func addJobPositions(ad *section.Adder, pa, pb *Section) JobPositions {
	a, b := &pa.CivilService.JobPositions, &pb.CivilService.JobPositions
	out := JobPositions{Narrative: sameNarrative(a.Narrative, b.Narrative)}
	type schemeKey struct {
		l Level
		u string
	}
	for _, s := range mergeKeys(a.Schemes, b.Schemes, func(s Schemes) schemeKey { return schemeKey{s.Level, s.Unit} }) {
		sa, sb := s[0], s[1]
		if sa == nil || sb == nil {
			continue
		}
		p := fmt.Sprintf("civil_service.job_positions.schemes[%d].", len(out.Schemes))
		sum := Schemes{Level: sa.Level, Unit: sa.Unit, Done: ad.Optional(p+"done", sa.Done, sb.Done)}
		if sa.Total != nil || sb.Total != nil {
			sum.Total = ad.Optional(p+"total", pa.schemeWhole(sa), pb.schemeWhole(sb))
		}
		out.Schemes = append(out.Schemes, sum)
	}
	return out
}

// schemeWhole returns the whole of a scheme line (its total, or the offices
// of its level), or nil when unknown.
func (p *Section) schemeWhole(s *Schemes) *int64 {
	if s.Total != nil {
		return s.Total
	}
	if loc, _ := p.Organisation.local(s.Level); loc != nil {
		return loc.Offices
	}
	return nil
}

// SchemesData is the data of Wording.Schemes.
type SchemesData struct {
	Names
	// Unit names the units, "Phòng Tư pháp".
	Unit string
	// Done and Total are the units done and all units (Total falls back on
	// the offices of the level).
	Done, Total Figure
	// Ratio is "11/11", or Done alone when there is no total.
	Ratio string
}

// jobPositions writes the list of II.4.1: the item on job-position schemes
// and the item on rotations, each left out when it has nothing to say.
func (g *generator) jobPositions() []doc.Block {
	var items []doc.Item
	if it, ok := g.schemesItem(); ok {
		items = append(items, it)
	}
	if it, ok := g.rotationsItem(); ok {
		items = append(items, it)
	}
	if len(items) == 0 {
		return nil
	}
	return []doc.Block{&doc.List{Marker: doc.Dash, Items: items}}
}

// schemesItem writes the item on job-position schemes: the lead, the
// narrative and one sentence per scheme line.
func (g *generator) schemesItem() (doc.Item, bool) {
	jp := &g.p.CivilService.JobPositions
	text, sub := g.narrative(jp.Narrative, "civil_service.job_positions.narrative", doc.Plus)
	var sentences [][]doc.Run
	for _, s := range jp.Schemes {
		sentences = append(sentences, g.wr.Runs("Schemes", g.schemes(s)))
	}
	return item(g.wr.Runs("JobPositionsLead", g.names), text, sub, sentences...)
}

// schemes returns the template data of one scheme line; its unit and total
// fall back on the office name and the offices of its level.
func (g *generator) schemes(s Schemes) SchemesData {
	unit, total := s.Unit, s.Total
	if loc, _ := g.p.Organisation.local(s.Level); loc != nil {
		if unit == "" {
			unit = loc.Office
		}
		if total == nil {
			total = loc.Offices
		}
	}
	return SchemesData{Names: g.names, Unit: esc(unit), Done: g.fig(s.Done), Total: g.fig(total), Ratio: g.ratio(s.Done, total)}
}

// jobPositionRules are the rules of the job positions, in the order Rules lists them.
func jobPositionRules() finding.Catalogue {
	return finding.Catalogue{
		ruleSchemes,
	}
}
