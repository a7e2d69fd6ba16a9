package reform_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/html"
	"github.com/cchc-go/cchc/reform/render/markdown"
	"github.com/cchc-go/cchc/reform/render/text"
	sec "github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/tthc"
)

// renderEvery builds the report, lays it out and writes it in every format;
// the error is the first refusal.
func renderEvery(r *reform.Report) error {
	d, err := r.Document()
	if err != nil {
		return fmt.Errorf("document: %w", err)
	}
	l, err := doc.Lay(d)
	if err != nil {
		return fmt.Errorf("lay: %w", err)
	}
	for name, write := range map[string]func(io.Writer, *doc.Layout) error{
		"docx": docx.WriteLayout, "html": html.WriteLayout, "markdown": markdown.WriteLayout, "text": text.WriteLayout,
	} {
		var b bytes.Buffer
		if err := write(&b, l); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

// agreeChecker trims the slips the reference report was signed with
// (copies that do not add up, a gender base, citations): they are findings
// about its figures and references, not about its layout, and it renders
// with them. Without them the reference has no error finding, so that each
// case below has one defect.
var agreeChecker = reform.Checker{Rules: finding.RuleSet{}.Disable(
	dissemination.CodeCopies, "personnel.base.mismatch", "citation")}

// part returns a titled part with sub-parts.
func part(title string, sub ...reform.Part) reform.Part { return reform.Part{Title: title, Parts: sub} }

// nested returns parts nested n deep, each the only part of its parent.
func nested(n int) []reform.Part {
	if n == 0 {
		return nil
	}
	return []reform.Part{part(fmt.Sprintf("Cấp %d", n), nested(n-1)...)}
}

func narratives(n int) []doc.Narrative {
	out := make([]doc.Narrative, n)
	for i := range out {
		out[i] = doc.Narrative{Text: fmt.Sprintf("Nội dung %d.", i+1)}
	}
	return out
}

func parts(n int) []reform.Part {
	out := make([]reform.Part, n)
	for i := range out {
		out[i] = part(fmt.Sprintf("Tiểu mục %d", i+1))
	}
	return out
}

func para(s string) reform.Text { return reform.Text{{Paragraph: &doc.Narrative{Text: s}}} }

// section is a department's own section (Report.Insert) with given blocks.
type section struct {
	title  string
	blocks []doc.Block
}

func (s section) Key() string                  { return "own" }
func (s section) Title() string                { return s.title }
func (s section) Blocks() ([]doc.Block, error) { return s.blocks, nil }
func (s section) Validate() finding.List       { return nil }

// TestCheckAndRenderAgree: for the reference report and each one-defect
// mutation of it, Validate has an error finding exactly when Document, Lay
// or a renderer refuses the report; when they refuse, the finding names the
// field at fault by its JSON path.
func TestCheckAndRenderAgree(t *testing.T) {
	appendix := func(r *reform.Report, a reform.Appendix) { r.Appendices = append(r.Appendices, a) }
	table := &reform.Table{Columns: []string{"Chỉ tiêu", "Số lượng"}, Rows: [][]string{{"Hồ sơ", "15.613"}}}
	tests := []struct {
		name string
		edit func(r *reform.Report)
		code finding.Code // "" when the report renders
		path string
	}{
		{name: "the reference report", edit: func(*reform.Report) {}},

		// Header and closing.
		{"whitespace-only agency", func(r *reform.Report) { r.Header.Agency = "  \t" }, "field.required", "header.agency"},
		{"empty agency", func(r *reform.Report) { r.Header.Agency = "" }, "field.required", "header.agency"},
		{"whitespace-only place", func(r *reform.Report) { r.Header.Place = "\u00a0 " }, "field.required", "header.place"},
		{"no date", func(r *reform.Report) { r.Header.Date = reform.Date{} }, "field.required", "header.date"},
		{"whitespace-only signer name", func(r *reform.Report) { r.Closing.Signer.Name = " \n " }, "field.required", "closing.signer.name"},
		{"whitespace-only signer title", func(r *reform.Report) { r.Closing.Signer.Title = "\t" }, "field.required", "closing.signer.title"},
		{"empty signer title", func(r *reform.Report) { r.Closing.Signer.Title = "" }, "field.required", "closing.signer.title"},
		{"a control character is text, not blank", func(r *reform.Report) { r.Closing.Signer.Name = "\x00" }, "", ""},
		{"blank title overrides keep the defaults", func(r *reform.Report) {
			r.Titles = &reform.Titles{Direction: " ", Institutions: "\t", Strengths: "\n"}
			r.Directions.Title = "  "
		}, "", ""},

		// Parts and their depth: II.1 and II.5 are at depth 2, IV at 1.
		{"parts nested three deep", func(r *reform.Report) { r.Results.Finance.Parts[0].Parts = nested(2) },
			reform.CodePartDepth, "results.finance.parts[0].parts[0].parts[0]"},
		{"parts nested two deep", func(r *reform.Report) { r.Results.Finance.Parts[0].Parts = nested(1) }, "", ""},
		{"parts under a part nested too deep", func(r *reform.Report) {
			r.Results.Institutions.Parts[1].Parts = []reform.Part{part("a"), part("b", part("c", part("d")))}
		}, reform.CodePartDepth, "results.institutions.parts[1].parts[1].parts[0]"},
		{"areas nested three deep", func(r *reform.Report) { r.Directions.Areas[0].Parts = nested(3) },
			reform.CodePartDepth, "directions.areas[0].parts[0].parts[0].parts[0]"},
		{"areas nested two deep", func(r *reform.Report) { r.Directions.Areas[0].Parts = nested(2) }, "", ""},
		{"extra section under a sub-item with parts three deep", func(r *reform.Report) {
			r.Extra = []reform.ExtraSection{{After: "I.2", Part: part("Công tác khác", nested(3)...)}}
		}, reform.CodePartDepth, "extra[0].parts[0].parts[0].parts[0]"},
		{"extra section under a mục with parts three deep", func(r *reform.Report) {
			r.Extra = []reform.ExtraSection{{After: "III", Part: part("Công tác khác", nested(3)...)}}
		}, "", ""},
		{"24 parts numbered by letter", func(r *reform.Report) { r.Results.Finance.Parts[1].Parts = parts(24) },
			reform.CodePartLetters, "results.finance.parts[1].parts[23]"},
		{"23 parts numbered by letter", func(r *reform.Report) { r.Results.Finance.Parts[1].Parts = parts(23) }, "", ""},
		{"24 areas numbered 1. … 24.", func(r *reform.Report) { r.Directions.Areas = append(r.Directions.Areas, parts(20)...) }, "", ""},
		{"whitespace-only part title", func(r *reform.Report) { r.Results.Institutions.Parts[0].Title = "  " },
			"field.required", "results.institutions.parts[0].title"},
		{"sub-part without a title", func(r *reform.Report) { r.Results.Finance.Parts[0].Parts = []reform.Part{{}} },
			"field.required", "results.finance.parts[0].parts[0].title"},
		{"extra section without a title", func(r *reform.Report) {
			r.Extra = []reform.ExtraSection{{After: "II", Part: reform.Part{Text: para("Nội dung.")}}}
		}, "field.required", "extra[0].title"},

		// Lists numbered by letter.
		{"24 items numbered by letter", func(r *reform.Report) {
			r.Assessment.Strengths = append(r.Assessment.Strengths, reform.Entry{Letters: narratives(24)})
		}, reform.CodeListLetters, "assessment.strengths[1].letters[23]"},
		{"23 items numbered by letter", func(r *reform.Report) {
			r.Assessment.Strengths = append(r.Assessment.Strengths, reform.Entry{Letters: narratives(23)})
		}, "", ""},

		// Appendices.
		{"appendix with a table", func(r *reform.Report) { appendix(r, reform.Appendix{Title: "Số liệu", Table: table}) }, "", ""},
		{"table row wider than its columns", func(r *reform.Report) {
			appendix(r, reform.Appendix{Title: "Số liệu", Table: &reform.Table{Columns: []string{"A", "B"}, Rows: [][]string{{"1", "2"}, {"1", "2", "3"}}}})
		}, reform.CodeTableRow, "appendices[0].table.rows[1]"},
		{"table row shorter than its columns", func(r *reform.Report) {
			appendix(r, reform.Appendix{Title: "Số liệu", Table: &reform.Table{Columns: []string{"A", "B"}, Rows: [][]string{{"1"}}}})
		}, "", ""},
		{"table without columns", func(r *reform.Report) {
			appendix(r, reform.Appendix{Title: "Số liệu", Table: &reform.Table{Rows: [][]string{{"1"}}}})
		}, "field.min", "appendices[0].table.columns"},
		{"appendix without a title", func(r *reform.Report) { appendix(r, reform.Appendix{Table: table}) }, "field.required_without", "appendices[0].title"},
		{"appendix with a whitespace-only title", func(r *reform.Report) { appendix(r, reform.Appendix{Title: " ", Table: table}) },
			"field.required", "appendices[0].title"},
		{"appendix text with broken markup", func(r *reform.Report) {
			appendix(r, reform.Appendix{Title: "Số liệu", Text: para("**đậm")})
		}, reform.CodeNarrativeMarkup, "appendices[0].text[0].paragraph.text"},

		// Narrative of the report.
		{"footnote reference without its note", func(r *reform.Report) { r.Basis.Text += " Xem thêm[^9]." },
			reform.CodeNarrativeMarkup, "basis.text"},
		{"note without its reference", func(r *reform.Report) { r.Basis.Notes = append(r.Basis.Notes, "Ghi chú.") },
			reform.CodeNarrativeMarkup, fmt.Sprintf("basis.notes[%d]", len(reference(t).Basis.Notes))},
		{"blank note", func(r *reform.Report) {
			r.Assessment.Weaknesses = append(r.Assessment.Weaknesses, reform.Entry{Paragraph: &doc.Narrative{Text: "Hạn chế[^1].", Notes: []string{" "}}})
		}, reform.CodeNarrativeMarkup, "assessment.weaknesses[1].paragraph.notes[0]"},
		{"unknown placeholder", func(r *reform.Report) {
			r.Recommendations = &reform.Recommendations{Text: para("Có {khong_co} kiến nghị.")}
		},
			reform.CodePlaceholder, "recommendations.text[0].paragraph.text"},
		{"unclosed bold in a part", func(r *reform.Report) { r.Results.Institutions.Parts[0].Text = para("**đậm") },
			reform.CodeNarrativeMarkup, "results.institutions.parts[0].text[0].paragraph.text"},
		{"entry of two kinds", func(r *reform.Report) {
			r.Directions.Text = append(r.Directions.Text, reform.Entry{Paragraph: &doc.Narrative{Text: "A."}, Bullets: narratives(1)})
		}, reform.CodeEntry, "directions.text[1]"},
		{"negative tasks done", func(r *reform.Report) { r.Direction.Plan.TasksDone = -1 }, "field.gte", "direction.plan.tasks_done"},

		// The sections' own content.
		{"procedures narrative with broken markup", func(r *reform.Report) {
			r.Results.Procedures.Implementation = []tthc.Text{tthc.P("*nghiêng")}
		}, tthc.CodeNarrativeMarkup, "results.procedures.implementation[0].paragraph.text"},
		{"personnel narrative with broken markup", func(r *reform.Report) {
			r.Results.Personnel.Organisation.Planning = doc.Narrative{Text: "Quy hoạch[^1]."}
		}, "personnel.narrative.markup", "results.personnel.organisation.planning.text"},
		{"digital narrative with broken markup", func(r *reform.Report) {
			r.Results.Digital.Systems = append(r.Results.Digital.Systems, sec.Bullets(doc.Narrative{Text: "Hệ thống\\"}))
		}, "digital.narrative.markup", "results.digital.systems[1].bullets[0].text"},
		{"dissemination narrative with broken markup", func(r *reform.Report) {
			r.Direction.Communication.Narrative = append(r.Direction.Communication.Narrative, sec.Paragraph("Tuyên truyền **pháp luật"))
		}, dissemination.CodeNarrativeMarkup, "direction.communication.narrative[0].paragraph.text"},
		{"dissemination item with broken markup", func(r *reform.Report) {
			r.Direction.Communication.Narrative = sec.Text{sec.Bullets(doc.Narrative{Text: "Tuyên truyền.", Items: []doc.Narrative{{Text: "[^1]"}}})}
		}, dissemination.CodeNarrativeMarkup, "direction.communication.narrative[0].bullets[0].items[0].text"},
		{"event of an unknown kind", func(r *reform.Report) { r.Direction.Communication.Events.Items[0].Kind = "party" },
			"field.oneof", "direction.communication.events.items[0].kind"},
		{"contest date that is not a date", func(r *reform.Report) { r.Direction.Communication.Contests[0].Date = "19/11/2024" },
			"field.datetime", "direction.communication.contests[0].date"},

		// Counts past the int64 range: the text refuses a wrong total.
		{"dossier counts that add up past the int64 range", func(r *reform.Report) {
			r.Results.Procedures.Dossiers.Online = math.MaxInt64
		}, "field.lte", "results.procedures.dossiers.online"},
		{"autonomy groups that add up past the int64 range, quoted", func(r *reform.Report) {
			r.Results.Finance.Autonomy = &reform.Autonomy{Full: i64(math.MaxInt64), State: i64(1)}
			r.Results.Finance.Text = para("Có {autonomy.total} đơn vị.")
		}, "field.lte", "results.finance.autonomy.full"},

		// A department's own section.
		{"own section", func(r *reform.Report) {
			require.NoError(t, r.Insert("II.6", section{title: "Y tế", blocks: []doc.Block{doc.P(doc.Plain("Nội dung."))}}))
		}, "", ""},
		{"own section too deep", func(r *reform.Report) {
			deep := &doc.Section{Title: "1", Blocks: []doc.Block{&doc.Section{Title: "2", Blocks: []doc.Block{&doc.Section{Title: "3"}}}}}
			require.NoError(t, r.Insert("II.6", section{title: "Y tế", blocks: []doc.Block{deep}}))
		}, reform.CodeCustomLayout, "custom.own"},
		{"own section without a title", func(r *reform.Report) {
			require.NoError(t, r.Insert("III", section{title: " ", blocks: []doc.Block{doc.P(doc.Plain("Nội dung."))}}))
		}, reform.CodeCustomLayout, "custom.own"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := reference(t)
			tt.edit(r)
			l := agreeChecker.Validate(r)
			err := renderEvery(r)
			if tt.code == "" {
				require.NoError(t, err, "the case renders")
				assert.False(t, l.HasErrors(), "render succeeds, so check must pass:\n%s", errorList(l))
				return
			}
			require.Error(t, err, "the case is one that render refuses")
			require.True(t, l.HasErrors(), "render refuses (%v), so check must fail", err)
			assert.True(t, hasError(l, tt.code, tt.path), "no error %s at %s (render: %v) among:\n%s", tt.code, tt.path, err, errorList(l))
			assert.Empty(t, l.WithCode(reform.CodeLayout), "the refusal is named by a specific check")
			for _, f := range l.Errors() {
				assert.NotContains(t, f.Path, "body[", "findings name JSON paths, not the document tree's")
			}
		})
	}
}

func hasError(l finding.List, code finding.Code, path string) bool {
	for _, f := range l.Errors() {
		if f.Code == code && f.Path == path {
			return true
		}
	}
	return false
}

func errorList(l finding.List) string {
	var b strings.Builder
	for _, f := range l.Errors() {
		fmt.Fprintf(&b, "  %s %s: %s\n", f.Code, f.Path, f.Message)
	}
	return b.String()
}

// fickle is a department's section whose content changes between calls:
// what Validate sees is fine, what Document gets is not. No check can name
// that; the last resort does.
type fickle struct{ calls *int }

func (f fickle) Key() string   { return "fickle" }
func (f fickle) Title() string { return "Thay đổi" }
func (f fickle) Blocks() ([]doc.Block, error) {
	*f.calls++
	if *f.calls > 1 {
		return []doc.Block{nil}, nil
	}
	return []doc.Block{doc.P(doc.Plain("Nội dung."))}, nil
}
func (f fickle) Validate() finding.List { return nil }

// TestValidateBuildsTheDocumentAsALastResort: a refusal no check foresees is
// still an error finding, so that check never passes what render refuses.
func TestValidateBuildsTheDocumentAsALastResort(t *testing.T) {
	r := reference(t)
	calls := 0
	require.NoError(t, r.Insert("V", fickle{calls: &calls}))
	l := agreeChecker.Validate(r)
	require.Error(t, renderEvery(r))
	got := l.WithCode(reform.CodeLayout)
	require.Len(t, got, 1, "%v", l)
	assert.Equal(t, finding.Error, got[0].Severity)
	assert.Contains(t, got[0].Message, "Không dựng được văn bản báo cáo")

	// With another error found, a refusal is not reported again: the
	// verdict is already "fails". The document is still built once, to
	// place the findings.
	r = reference(t)
	calls = 0
	require.NoError(t, r.Insert("V", fickle{calls: &calls}))
	r.Header.Place = " "
	l = agreeChecker.Validate(r)
	assert.Empty(t, l.WithCode(reform.CodeLayout))
	assert.True(t, l.HasErrors())
	assert.Equal(t, 2, calls, "Validate asked for the blocks once, Document once")

	// A caller may skip the last resort.
	r = reference(t)
	calls = 0
	require.NoError(t, r.Insert("V", fickle{calls: &calls}))
	skip := agreeChecker
	skip.SkipDocument = true
	assert.Empty(t, skip.Validate(r).WithCode(reform.CodeLayout))
}

// The one function serving Document and Validate: a blank title is the
// same to both.
func TestBlankIsOnePredicate(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n", "\u00a0", "\r\n"} {
		assert.True(t, doc.Blank(s), "%q", s)
	}
	for _, s := range []string{"x", "\x00", " Sở Tư pháp "} {
		assert.False(t, doc.Blank(s), "%q", s)
	}
	assert.True(t, errors.Is(doc.DefaultStyle().CheckHeading(5, 1), doc.ErrTooDeep))
}

// BenchmarkValidateClean is Validate of a report with no error finding: the
// checks, then the document built and laid out as the last resort.
func BenchmarkValidateClean(b *testing.B) {
	r := reference(b)
	b.ReportAllocs()
	for b.Loop() {
		agreeChecker.Validate(r)
	}
}
