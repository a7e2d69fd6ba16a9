package personnel

// The narrative fields of every topic (doc.Narrative: qualitative text with
// footnoted citations), listed with their paths so that Validate can check
// their markup in one place. A topic that adds a narrative field adds it to
// narratives.

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// CodeMarkup: a narrative's inline markup does not parse.
const CodeMarkup finding.Code = "personnel.narrative.markup"

// ruleMarkup is the rule of the check of narratives.
var ruleMarkup = finding.Rule{Code: CodeMarkup, Severity: finding.Error,
	Summary: "Đoạn văn tường thuật có lỗi đánh dấu (in nghiêng, in đậm, chú thích).",
	Doc:     "A narrative's inline markup must parse (doc.Narrative.Runs): closed emphasis, every note referenced once."}

// narrativeAt is a narrative field of a Section value with its JSON path.
type narrativeAt struct {
	// path is the JSON path of the field, e.g. "organisation.planning".
	path string
	// narrative is the field's value.
	narrative doc.Narrative
}

// narratives returns every narrative field that holds text, in the order of
// the data.
func (p *Section) narratives() []narrativeAt {
	var out []narrativeAt
	add := func(path string, n doc.Narrative) {
		if n.Text != "" || len(n.Notes) > 0 || len(n.Items) > 0 {
			out = append(out, narrativeAt{path: path, narrative: n})
		}
	}
	o, cs := &p.Organisation, &p.CivilService
	add("organisation.planning", o.Planning)
	for i, n := range o.Notes {
		add(fmt.Sprintf("organisation.notes[%d]", i), n)
	}
	add("civil_service.job_positions.narrative", cs.JobPositions.Narrative)
	add("civil_service.rotations.narrative", cs.Rotations.Narrative)
	add("civil_service.training.outcome", cs.Training.Outcome)
	add("civil_service.gender.lead", cs.Gender.Lead)
	add("civil_service.gender.outcome", cs.Gender.Outcome)
	for i, n := range cs.Emulation.Narrative {
		add(fmt.Sprintf("civil_service.emulation.narrative[%d]", i), n)
	}
	return out
}

// narratives checks the markup of every narrative field.
func (c *checker) narratives() {
	for _, n := range c.p.narratives() {
		section.CheckMarkup(&c.l, ruleMarkup, n.path, n.narrative)
	}
}
