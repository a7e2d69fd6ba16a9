// Topic: the narrative (nội dung tường thuật), the qualitative parts of the
// section: sub-item 2.1 and the text of sub-items a) to g) around the
// figures. The Text type, the checks of its markup and the blocks it prints
// as.

package tthc

import (
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// Text is one piece of narrative (nội dung tường thuật): a paragraph, or a
// "-" bullet when Bullet is set. It carries the inline markup of
// doc.Narrative, footnoted citations included ("… năm 2024[^1]" with the
// note "Công văn số 134/UBND-NC ngày 31/01/2024 của UBND tỉnh"); its Items
// print under it as "-" bullets (under a paragraph) or "+" bullets (under a
// bullet). Consecutive bullets make one list. Citations are kept as the
// report writes them and checked by package reform.
type Text struct {
	// Bullet prints the text as a "-" item instead of a paragraph.
	Bullet bool `json:"bullet,omitempty"`
	doc.Narrative
}

// P returns a paragraph of narrative text with its footnotes.
func P(text string, notes ...string) Text {
	return Text{Narrative: doc.Narrative{Text: text, Notes: notes}}
}

// Bullet returns a "-" bullet of narrative text with its footnotes.
func Bullet(text string, notes ...string) Text {
	return Text{Bullet: true, Narrative: doc.Narrative{Text: text, Notes: notes}}
}

// The codes of the findings about narrative (mã kiểm tra). Rules documents
// each one with its default severity and its source.
const (
	// CodeNarrativeMarkup: a narrative's inline markup cannot be read.
	CodeNarrativeMarkup finding.Code = "tthc.narrative.markup"
	// CodeNarrativeEmpty: a narrative paragraph or bullet has no text.
	CodeNarrativeEmpty finding.Code = "tthc.narrative.empty"
)

// The rules of the narrative checks: built once, never changed.
var (
	ruleNarrativeMarkup = finding.Rule{Code: CodeNarrativeMarkup, Severity: finding.Error,
		Summary: "Nội dung tường thuật có lỗi định dạng (in nghiêng, in đậm, chú thích).",
		Doc:     "Narrative markup (\"*italic*\", \"**bold**\", \"[^n]\" with its note) must parse: Blocks would fail on it."}
	ruleNarrativeEmpty = finding.Rule{Code: CodeNarrativeEmpty, Severity: finding.Warning,
		Summary: "Đoạn văn hoặc gạch đầu dòng không có nội dung.",
		Doc:     "A narrative paragraph or bullet with no text prints as an empty line."}
)

// narrative is one narrative field of the section with its JSON name.
type narrative struct {
	name string
	ts   []Text
}

// narratives lists the narrative fields with their JSON names, in the order
// of the text.
func (s *Section) narratives() []narrative {
	return []narrative{
		{"implementation", s.Implementation}, {"new_procedures", s.NewProcedures}, {"review", s.Review},
		{"publicity", s.Publicity}, {"one_stop", s.OneStop}, {"results_text", s.ResultsText},
		{"apologies", s.Apologies}, {"feedback_text", s.FeedbackText},
	}
}

// checkNarratives checks every narrative of the section, in the order of
// the text.
func (s *Section) checkNarratives(l *finding.List) {
	for _, n := range s.narratives() {
		for i, t := range n.ts {
			checkNarrative(t.Narrative, finding.Index(n.name, i), l)
		}
	}
}

// checkNarrative reports markup that does not parse and empty text, for a
// narrative and the items under it.
func checkNarrative(n doc.Narrative, path string, l *finding.List) {
	if strings.TrimSpace(n.Text) == "" {
		l.Add(ruleNarrativeEmpty.At(finding.Join(path, "text"),
			"Một đoạn nội dung không có chữ nào; đoạn văn này sẽ in thành dòng trống."))
	}
	if _, err := n.Runs(); err != nil {
		l.Add(section.MarkupFinding(ruleNarrativeMarkup, path, n, err))
	}
	for i, it := range n.Items {
		checkNarrative(it, finding.Index(finding.Join(path, "items"), i), l)
	}
}

// textBlocks turns narrative into paragraphs and "-" lists; consecutive
// bullets make one list. A markup error, naming the narrative's JSON path,
// is recorded in wr and gives no blocks.
func textBlocks(wr *section.Writer, ts []Text, path string) []doc.Block {
	var out []doc.Block
	var list *doc.List
	for i, t := range ts {
		p := finding.Index(path, i)
		if !t.Bullet {
			list = nil
			bs, err := t.Paragraph()
			if err != nil {
				wr.Fail(fmt.Errorf("tthc: %s: %w", p, err))
				return nil
			}
			out = append(out, bs...)
			continue
		}
		it, err := bulletItem(t, p)
		if err != nil {
			wr.Fail(err)
			return nil
		}
		if list == nil {
			list = &doc.List{Marker: doc.Dash}
			out = append(out, list)
		}
		list.Items = append(list.Items, it)
	}
	return out
}

// bulletItem is the "-" item of a bullet at JSON path p, with its items as
// "+" bullets under it. The error names the path.
func bulletItem(t Text, p string) (doc.Item, error) {
	runs, err := t.Runs()
	if err != nil {
		return doc.Item{}, fmt.Errorf("tthc: %s: %w", p, err)
	}
	it := doc.Item{Runs: runs}
	if len(t.Items) > 0 {
		sub, err := doc.ItemList(t.Items, doc.Plus, p+".items")
		if err != nil {
			return doc.Item{}, fmt.Errorf("tthc: %w", err)
		}
		it.Blocks = []doc.Block{sub}
	}
	return it, nil
}
