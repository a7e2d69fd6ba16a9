package reform_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
)

func TestPlanFromYearStart(t *testing.T) {
	year := reform.Period{Kind: reform.Year, Year: 2025}
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"no text", "", true},
		{"no plan cited", "Thực hiện Công văn số 1235/SNV-CCHC ngày 25/8/2025 của Sở Nội vụ.", true},
		{"the province's plan of December, the unit's of January",
			"Căn cứ Kế hoạch số 1247/KH-UBND ngày 29/12/2024 của Ủy ban nhân dân tỉnh, Sở ban hành Kế hoạch số 14/KH-STP ngày 31/01/2025.", true},
		{"a plan of the last day of March", "Ủy ban nhân dân xã ban hành Kế hoạch số 5/KH-UBND ngày 31/3/2025.", true},
		{"a commune formed on 01/7/2025", "Ủy ban nhân dân xã ban hành Kế hoạch số 18/KH-UBND ngày 15/7/2025 về cải cách hành chính.", false},
		{"a decision of July is not the plan", "Kế hoạch số 3/KH-UBND ngày 10/01/2025; Quyết định số 9/QĐ-UBND ngày 15/7/2025.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &reform.Plan{TasksPlanned: 1}
			if tt.text != "" {
				p.Text = &doc.Narrative{Text: tt.text}
			}
			assert.Equal(t, tt.want, p.FromYearStart(year))
		})
	}
	assert.True(t, (*reform.Plan)(nil).FromYearStart(year))
}
