package dissemination

// Topic: the narrative (nội dung khác): the further bullets of the section
// that no figure generates, written by a person in inline markup. In the text
// each is a "-" item after the generated ones, its own items "+" items.

import (
	"fmt"
	"slices"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// CodeNarrativeMarkup: a narrative bullet whose inline markup cannot be
// read; Blocks fails on it.
const CodeNarrativeMarkup finding.Code = "dissemination.narrative.markup"

// ruleNarrativeMarkup is the rule of CodeNarrativeMarkup, which Rules
// lists: built once, never changed.
var ruleNarrativeMarkup = finding.Rule{Code: CodeNarrativeMarkup, Severity: finding.Error,
	Summary: "Nội dung tường thuật có lỗi đánh dấu định dạng (in nghiêng, in đậm, chú thích).",
	Doc:     "A bullet of narrative[i] (or of its items) whose inline markup doc.Narrative cannot read: unclosed emphasis, a reference without its note, a note without its reference or without text. Blocks fails on it."}

// Checks.

// checkNarratives checks the markup of every narrative bullet.
func checkNarratives(l *finding.List, narrative []doc.Narrative) {
	for i, n := range narrative {
		section.CheckMarkup(l, ruleNarrativeMarkup, finding.Index("narrative", i), n)
	}
}

// Roll-up.

// addNarrative returns the narrative of a and b concatenated, a's first, and
// copied.
func addNarrative(a, b []doc.Narrative) []doc.Narrative {
	return cloneAll(slices.Concat(a, b), cloneNarrative)
}

func cloneNarrative(n doc.Narrative) doc.Narrative {
	n.Notes = slices.Clone(n.Notes)
	n.Items = cloneAll(n.Items, cloneNarrative)
	return n
}

// Text.

// narrativeItems writes the "-" items of the narrative; false, with the
// error left in c, when its markup cannot be read.
func (d *Section) narrativeItems(c *writer) ([]doc.Item, bool) {
	if len(d.Narrative) == 0 {
		return nil, true
	}
	extra, err := doc.ItemList(d.Narrative, doc.Dash, "narrative")
	if err != nil {
		c.Fail(fmt.Errorf("dissemination: %w", err))
		return nil, false
	}
	return extra.Items, true
}
