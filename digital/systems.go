package digital

// Topic: the systems and security work (Section.Systems), the other items
// of the subsection written as narrative: systems migrated, network security
// reports, Đề án 06 models; one "-" item each, a narrative's items as "+"
// items. The narrative helpers here (markup check, copy) serve the
// digitisation projects' intros as well; the citations in narratives are
// scanned in cite.go.

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
	Summary: "Nội dung tường thuật có lỗi đánh dấu định dạng (in nghiêng, in đậm, chú thích).",
	Doc:     "A narrative (systems[i], digitisation[i].intro) whose inline markup doc.Narrative cannot read; Blocks fails on it."}

// checkSystems checks the markup of each systems narrative, path systems[i].
func checkSystems(out *finding.List, systems []doc.Narrative) {
	for i, n := range systems {
		section.CheckMarkup(out, ruleNarrativeMarkup, finding.Index("systems", i), n)
	}
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

// appendNarratives appends a copy of each narrative to dst: a roll-up
// concatenates the units' narratives.
func appendNarratives(dst, ns []doc.Narrative) []doc.Narrative {
	for _, n := range ns {
		dst = append(dst, cloneNarrative(n))
	}
	return dst
}

// cloneNarrative copies a narrative, its notes and its items.
func cloneNarrative(n doc.Narrative) doc.Narrative {
	out := doc.Narrative{Text: n.Text, Notes: slices.Clone(n.Notes)}
	for _, it := range n.Items {
		out.Items = append(out.Items, cloneNarrative(it))
	}
	return out
}

// systemsItems are the systems narratives as "-" items, their items as "+"
// items.
func (w *writer) systemsItems(ns []doc.Narrative) []doc.Item {
	for i, n := range ns {
		if w.Fail(checkMarkup(fmt.Sprintf("systems[%d]", i), n)) {
			return nil
		}
	}
	if len(ns) == 0 {
		return nil
	}
	l, err := doc.ItemList(ns, doc.Dash, "systems")
	if err != nil {
		w.Fail(fmt.Errorf("digital: %w", err))
		return nil
	}
	return l.Items
}
