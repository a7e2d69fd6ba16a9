package dissemination

// Topic: the narrative (nội dung khác): the further free text of the
// section that no figure generates, written by a person in inline markup
// (section.Text). In the text each of its narratives is a "-" item after
// the generated ones, its own items "+" items.

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
	Summary: "Nội dung tường thuật có lỗi đánh dấu định dạng (in nghiêng, in đậm, chú thích) hoặc một mục nội dung không đúng một loại.",
	Doc:     "A narrative of narrative (or of its items) whose inline markup doc.Narrative cannot read: unclosed emphasis, a reference without its note, a note without its reference or without text; or an entry of narrative that is not exactly one of a paragraph, a \"-\" list and an a) b) c) list. Blocks fails on it."}

// Checks.

// checkNarratives checks the entries and the markup of the narrative.
func checkNarratives(l *finding.List, narrative section.Text) {
	narrative.Check(l, ruleNarrativeMarkup, "narrative")
}

// Roll-up.

// addNarrative returns the narrative of a and b concatenated, a's first, and
// copied.
func addNarrative(a, b section.Text) section.Text {
	return slices.Concat(a, b).Clone()
}

// Text.

// narrativeItems writes the "-" items of the narrative; false, with the
// error left in c, when it cannot be printed.
func (d *Section) narrativeItems(c *writer) ([]doc.Item, bool) {
	if len(d.Narrative) == 0 {
		return nil, true
	}
	items, err := d.Narrative.Items("narrative")
	if err != nil {
		c.Fail(fmt.Errorf("dissemination: %w", err))
		return nil, false
	}
	return items, true
}

// narrativeRules are the rules of the narrative.
func narrativeRules() finding.Catalogue {
	return finding.Catalogue{ruleNarrativeMarkup}
}
