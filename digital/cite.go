package digital

import (
	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// Citations returns every citation in the section's text (các viện dẫn),
// in order, each with the JSON path of its text relative to the Section value
// ("plan", "digitisation[0].intro.text", "systems[0].bullets[2].notes[0]") and its byte
// range in that text: citation.CheckAll checks them for the section alone.
// Package reform does not call it: it scans every text of the report, this
// section's included, and checks the citations across the whole report.
func (s *Section) Citations() []citation.Citation {
	if s == nil {
		return nil
	}
	out := citation.ScanAt("plan", s.Plan)
	for i, p := range s.Digitisation {
		out = append(out, narrativeCitations(finding.Join(finding.Index("digitisation", i), "intro"), p.Intro)...)
	}
	s.Systems.Walk("systems", func(path string, n doc.Narrative) {
		out = append(out, ownCitations(path, n)...)
	})
	return out
}

// narrativeCitations scans a narrative's text, notes and items.
func narrativeCitations(path string, n doc.Narrative) []citation.Citation {
	var out []citation.Citation
	section.WalkNarrative(path, n, func(path string, n doc.Narrative) {
		out = append(out, ownCitations(path, n)...)
	})
	return out
}

// ownCitations scans a narrative's text and notes, not its items.
func ownCitations(path string, n doc.Narrative) []citation.Citation {
	out := citation.ScanAt(finding.Join(path, "text"), n.Text)
	for i, note := range n.Notes {
		out = append(out, citation.ScanAt(finding.Index(finding.Join(path, "notes"), i), note)...)
	}
	return out
}
