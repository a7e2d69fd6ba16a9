package personnel

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/doc"
)

// NarrativeAt is a narrative field of a Section value with its JSON path,
// for the checks reform runs on every narrative (citations in free text).
type NarrativeAt struct {
	// Path is the JSON path of the field, e.g. "organisation.planning".
	Path string
	// Narrative is the field's value.
	Narrative doc.Narrative
}

// Narratives returns every narrative field that holds text, in the order of
// the data.
func (p *Section) Narratives() []NarrativeAt {
	var out []NarrativeAt
	add := func(path string, n doc.Narrative) {
		if n.Text != "" || len(n.Notes) > 0 || len(n.Items) > 0 {
			out = append(out, NarrativeAt{Path: path, Narrative: n})
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

// CitationAt is a citation kept in a typed field as the report writes it
// (e.g. "Quyết định số 46/2021/QĐ-UBND ngày 06/10/2021 của Ủy ban nhân dân
// tỉnh An Giang"), with its JSON path, for reform's citation checks.
type CitationAt struct {
	// Path is the JSON path of the field.
	Path string
	// Text is the citation as written.
	Text string
}

// Citations returns the citations of the typed fields (regulation, rotation
// basis, campaign plans), in the order of the data; those inside narratives
// are for Narratives.
func (p *Section) Citations() []CitationAt {
	var out []CitationAt
	add := func(path, s string) {
		if s != "" {
			out = append(out, CitationAt{Path: path, Text: s})
		}
	}
	if r := p.Organisation.Regulation; r != nil {
		for i, s := range r.Basis {
			add(fmt.Sprintf("organisation.regulation.basis[%d]", i), s)
		}
		add("organisation.regulation.decision", r.Decision)
	}
	for i, s := range p.CivilService.Rotations.Basis {
		add(fmt.Sprintf("civil_service.rotations.basis[%d]", i), s)
	}
	for i, c := range p.CivilService.Emulation.Campaigns {
		add(fmt.Sprintf("civil_service.emulation.campaigns[%d].basis", i), c.Basis)
	}
	return out
}
