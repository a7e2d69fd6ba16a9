package personnel

// The narrative fields of every topic (qualitative text with footnoted
// citations: a doc.Narrative printed inside a generated item, or free text,
// section.Text), listed with their paths so that Validate can check their
// markup in one place. A topic that adds a narrative field adds it to
// narratives.

import (
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// CodeMarkup: a narrative's inline markup does not parse.
const CodeMarkup finding.Code = "personnel.narrative.markup"

// ruleMarkup is the rule of the check of narratives.
var ruleMarkup = finding.Rule{Code: CodeMarkup, Severity: finding.Error,
	Summary: "Đoạn văn tường thuật có lỗi đánh dấu (in nghiêng, in đậm, chú thích) hoặc một mục nội dung không đúng một loại.",
	Doc:     "A narrative's inline markup must parse (doc.Narrative.Runs): closed emphasis, every note referenced once; an entry of free text is exactly one of a paragraph, a \"-\" list and an a) b) c) list."}

// narrativeAt is a narrative field of a Section value with its JSON path.
type narrativeAt struct {
	// path is the JSON path of the field, e.g. "organisation.planning".
	path string
	// narrative is the field's value.
	narrative doc.Narrative
}

// narratives returns every narrative field that holds text, in the order of
// the data; the narratives of the free-text fields (organisation.notes,
// civil_service.emulation.narrative) each at its own path, e.g.
// "organisation.notes[0].paragraph".
func (p *Section) narratives() []narrativeAt {
	var out []narrativeAt
	add := func(path string, n doc.Narrative) {
		if n.Text != "" || len(n.Notes) > 0 || len(n.Items) > 0 {
			out = append(out, narrativeAt{path: path, narrative: n})
		}
	}
	o, cs := &p.Organisation, &p.CivilService
	add("organisation.planning", o.Planning)
	o.Notes.Each("organisation.notes", add)
	add("civil_service.job_positions.narrative", cs.JobPositions.Narrative)
	add("civil_service.rotations.narrative", cs.Rotations.Narrative)
	add("civil_service.training.outcome", cs.Training.Outcome)
	add("civil_service.gender.lead", cs.Gender.Lead)
	add("civil_service.gender.outcome", cs.Gender.Outcome)
	cs.Emulation.Narrative.Each("civil_service.emulation.narrative", add)
	return out
}

// narratives checks the entries of the free-text fields and the markup of
// every narrative field.
func (c *checker) narratives() {
	c.p.Organisation.Notes.CheckEntries(&c.l, ruleMarkup, "organisation.notes")
	c.p.CivilService.Emulation.Narrative.CheckEntries(&c.l, ruleMarkup, "civil_service.emulation.narrative")
	for _, n := range c.p.narratives() {
		section.CheckMarkup(&c.l, ruleMarkup, n.path, n.narrative)
	}
}

// narrativeRules are the rules of the narrative, in the order Rules lists them.
func narrativeRules() finding.Catalogue {
	return finding.Catalogue{
		ruleMarkup,
	}
}
