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

// Text is one entry of the section's narrative: a paragraph, a "-" list or
// an a) b) c) list (section.Entry, the one shape of free text). A narrative
// field of the section is a list of entries ([]Text, which converts to
// section.Text); consecutive bullets entries print as one list. The
// narratives carry the inline markup of doc.Narrative, footnoted citations
// included ("… năm 2024[^1]" with the note "Công văn số 134/UBND-NC ngày
// 31/01/2024 của UBND tỉnh"), kept as the report writes them and checked by
// package reform.
//
// Before schema version 2 an entry was a narrative with a "bullet" flag;
// package reform reads that shape in a report of version 1.
type Text = section.Entry

// P returns a paragraph of narrative text with its footnotes.
func P(text string, notes ...string) Text { return section.Paragraph(text, notes...) }

// Bullet returns a "-" bullet of narrative text with its footnotes: an
// entry of one item, which joins the bullets entries next to it in one
// list.
func Bullet(text string, notes ...string) Text {
	return section.Bullets(doc.Narrative{Text: text, Notes: notes})
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
		Summary: "Nội dung tường thuật có lỗi định dạng (in nghiêng, in đậm, chú thích) hoặc một mục nội dung không đúng một loại.",
		Doc:     "Narrative markup (\"*italic*\", \"**bold**\", \"[^n]\" with its note) must parse, and each entry must be exactly one of a paragraph, a \"-\" list and an a) b) c) list: Blocks would fail on it."}
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
// the text: entries of one kind with readable markup, and no empty text.
func (s *Section) checkNarratives(l *finding.List) {
	for _, n := range s.narratives() {
		t := section.Text(n.ts)
		t.Check(l, ruleNarrativeMarkup, n.name)
		t.Walk(n.name, func(path string, n doc.Narrative) {
			if strings.TrimSpace(n.Text) == "" {
				l.Add(ruleNarrativeEmpty.At(finding.Join(path, "text"),
					"Một đoạn nội dung không có chữ nào; đoạn văn này sẽ in thành dòng trống."))
			}
		})
	}
}

// textBlocks turns narrative into paragraphs and lists; consecutive bullets
// entries make one list. An error, naming the narrative's JSON path, is
// recorded in wr and gives no blocks.
func textBlocks(wr *section.Writer, ts []Text, path string) []doc.Block {
	bs, err := section.Text(ts).Blocks(path, nil)
	if err != nil {
		wr.Fail(fmt.Errorf("tthc: %w", err))
		return nil
	}
	return bs
}

// narrativeRules are the rules of the narrative.
func narrativeRules() finding.Catalogue {
	return finding.Catalogue{ruleNarrativeMarkup, ruleNarrativeEmpty}
}
