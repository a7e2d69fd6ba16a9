package personnel_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform/finding"
)

// The citations of the typed fields, with their paths, for reform's checks.
func TestCitations(t *testing.T) {
	got := reference(t).Citations()
	want := []personnel.CitationAt{
		{Path: "organisation.regulation.basis[0]", Text: "Nghị định số 107/2020/NĐ-CP"},
		{Path: "organisation.regulation.basis[1]", Text: "Nghị định số 120/2020/NĐ-CP"},
		{Path: "organisation.regulation.basis[2]", Text: "Thông tư số 07/2020/TT-BTP"},
		{Path: "organisation.regulation.decision", Text: "Quyết định số 46/2021/QĐ-UBND ngày 06/10/2021 của Ủy ban nhân dân tỉnh An Giang"},
		{Path: "civil_service.rotations.basis[0]", Text: "Luật Phòng, chống tham nhũng"},
		{Path: "civil_service.rotations.basis[1]", Text: "Nghị định số 59/2019/NĐ-CP"},
		{Path: "civil_service.rotations.basis[2]", Text: "Thông tư số 05/2023/TT-BTP"},
		{Path: "civil_service.emulation.campaigns[0].basis", Text: "Kế hoạch số 217-KH/BDVTU ngày 09/4/2024 của Ban Dân vận Tỉnh ủy"},
	}
	assert.Equal(t, want, got)
}

func TestNarratives(t *testing.T) {
	var paths []string
	for _, n := range reference(t).Narratives() {
		paths = append(paths, n.Path)
	}
	assert.Equal(t, []string{
		"organisation.planning", "civil_service.job_positions.narrative", "civil_service.rotations.narrative",
		"civil_service.training.outcome", "civil_service.gender.lead", "civil_service.gender.outcome",
		"civil_service.emulation.narrative[0]", "civil_service.emulation.narrative[1]",
	}, paths)
}

// Required figures given as negative numbers break their gte rule.
func TestRequiredNegative(t *testing.T) {
	p := clean(t)
	p.CivilService.Gender.Groups[1].Women = i64(-1)
	p.CivilService.JobPositions.Schemes[0].Done = i64(-1)
	p.CivilService.Emulation.Titles[0].Awards = nil
	got := p.Validate()
	var paths []string
	for _, f := range got {
		paths = append(paths, string(f.Code)+" "+f.Path)
	}
	assert.ElementsMatch(t, []string{
		string(finding.FieldCode("gte")) + " civil_service.job_positions.schemes[0].done",
		string(finding.FieldCode("gte")) + " civil_service.gender.groups[1].women",
		string(finding.FieldCode("required")) + " civil_service.emulation.titles[0].awards",
	}, paths)
}
