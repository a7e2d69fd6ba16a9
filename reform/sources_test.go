package reform_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
)

// TestCheckerIssuers: the citations of a report are checked against the
// default registry, the report's own agency code and what a province adds.
func TestCheckerIssuers(t *testing.T) {
	cite := func(text string) *reform.Report {
		r := minimal()
		r.Assessment = &reform.Assessment{Strengths: reform.Text{{Paragraph: &doc.Narrative{Text: text}}}}
		return r
	}
	unknown := func(c reform.Checker, r *reform.Report) finding.List {
		c.SkipDocument = true
		return c.Validate(r).WithCode(citation.CodeIssuerUnknown)
	}
	r := cite("Thực hiện Kế hoạch số 12/KH-PTP ngày 05/3/2024 của Phòng Tư pháp.")
	assert.Len(t, unknown(reform.Checker{}, r), 1, "a district's Phòng is not in the default registry")
	province := citation.DefaultIssuers().With(citation.Issuer{Code: "PTP", Name: "Phòng Tư pháp"})
	assert.Empty(t, unknown(reform.Checker{Issuers: province}, r), "a province adds its codes")
	r.Header.AgencyCode, r.Header.Number = "PTP", "380/BC-PTP"
	assert.Empty(t, unknown(reform.Checker{}, r), "the report's own agency is known")
	assert.Empty(t, unknown(reform.Checker{}, cite("Thực hiện Kế hoạch số 14/KH-STP ngày 31/01/2024 của Sở Tư pháp.")))

	// The report's own number is not checked against the registry.
	r = minimal()
	r.Header.AgencyCode, r.Header.Number = "XQZW", "380/BC-XQZW"
	assert.Empty(t, unknown(reform.Checker{}, r))
}

// TestCheckSourcesOfTheReport: two footnotes of the report that give one
// number for two plans are told, in narratives of any section.
func TestCheckSourcesOfTheReport(t *testing.T) {
	r := minimal()
	r.Assessment = &reform.Assessment{Strengths: reform.Text{
		{Paragraph: &doc.Narrative{Text: "Ủy ban nhân dân tỉnh ban hành Kế hoạch rà soát văn bản năm 2024[^1].",
			Notes: []string{"Kế hoạch số 04/KH-UBND ngày 05/01/2024 của UBND tỉnh"}}},
		{Paragraph: &doc.Narrative{Text: "Sở tham mưu Kế hoạch kiểm tra văn bản năm 2024[^1].",
			Notes: []string{"Kế hoạch số 04/KH-UBND ngày 05/01/2024 của UBND tỉnh"}}},
	}}
	l := slips(r).WithCode(citation.CodeConflictSource)
	if assert.Len(t, l, 1) {
		assert.Equal(t, "assessment.strengths[1].paragraph.notes[0][0:63]", l[0].Path)
		assert.Equal(t, []string{"assessment.strengths[0].paragraph.notes[0][0:63]",
			"assessment.strengths[0].paragraph.text[0:80]", "assessment.strengths[1].paragraph.text[0:59]"}, l[0].Related)
	}
	r.Assessment.Strengths[1].Paragraph.Text = "Sở tham mưu Kế hoạch rà soát văn bản năm 2024[^1]."
	assert.Empty(t, slips(r).WithCode(citation.CodeConflictSource), "the same plan twice")
}
