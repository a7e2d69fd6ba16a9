package digital

// Topic: the systems and security work (Section.Systems), the other items
// of the subsection written as free text (section.Text): systems migrated,
// network security reports, Đề án 06 models; each narrative one "-" item,
// its items "+" items. The narrative helpers here (markup check, copy) serve
// the digitisation projects' intros as well; the citations in narratives
// are scanned in cite.go.

import (
	"errors"
	"fmt"
	"slices"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// CodeNarrativeMarkup: narrative whose inline markup cannot be read.
const CodeNarrativeMarkup finding.Code = "digital.narrative.markup"

// ruleNarrativeMarkup is the rule of the narratives' check (see Rules):
// built once, never changed.
var ruleNarrativeMarkup = finding.Rule{Code: CodeNarrativeMarkup, Severity: finding.Error,
	Summary: "Nội dung tường thuật có lỗi đánh dấu định dạng (in nghiêng, in đậm, chú thích) hoặc một mục nội dung không đúng một loại.",
	Doc:     "A narrative (of systems, digitisation[i].intro) whose inline markup doc.Narrative cannot read, or an entry of systems that is not exactly one of a paragraph, a \"-\" list and an a) b) c) list; Blocks fails on it."}

// checkSystems checks the entries of the systems text and the markup of
// each narrative, with paths under systems.
func checkSystems(out *finding.List, systems section.Text) {
	systems.Check(out, ruleNarrativeMarkup, "systems")
}

// checkMarkup returns the first markup error of n and its items, with its
// path under path ("systems[0].items[1].text: byte 3: …").
func checkMarkup(path string, n doc.Narrative) error {
	if _, err := n.Runs(); err != nil {
		var me *doc.MarkupError
		if errors.As(err, &me) {
			return fmt.Errorf("digital: %s: byte %d: %s", finding.Join(path, me.Path), me.Offset, me.Reason)
		}
		return fmt.Errorf("digital: %s: %w", path, err)
	}
	for i, it := range n.Items {
		if err := checkMarkup(finding.Index(finding.Join(path, "items"), i), it); err != nil {
			return err
		}
	}
	return nil
}

// appendNarratives appends a copy of the text ns to dst: a roll-up
// concatenates the units' narratives.
func appendNarratives(dst, ns section.Text) section.Text {
	return append(dst, ns.Clone()...)
}

// cloneNarrative copies a narrative, its notes and its items.
func cloneNarrative(n doc.Narrative) doc.Narrative {
	out := doc.Narrative{Text: n.Text, Notes: slices.Clone(n.Notes)}
	for _, it := range n.Items {
		out.Items = append(out.Items, cloneNarrative(it))
	}
	return out
}

// systemsItems are the narratives of the systems text as "-" items, their
// items as "+" items.
func (w *writer) systemsItems(ns section.Text) []doc.Item {
	items, err := ns.Items("systems")
	if err != nil {
		w.Fail(fmt.Errorf("digital: %w", err))
		return nil
	}
	return items
}

// systemRules are the rules of the information systems and the narrative.
func systemRules() finding.Catalogue {
	return finding.Catalogue{ruleNarrativeMarkup}
}
