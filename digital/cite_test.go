package digital_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// Citations hands the section's citations to package reform with their
// paths; checking them finds the non-canonical date of the plan
// ("27/03/2024" for "27/3/2024"), which reform/citation reports.
func TestCitations(t *testing.T) {
	d := reference(t)
	d.Systems = append(d.Systems, section.Bullets(doc.Narrative{
		Text:  "Triển khai Quyết định số 06/QĐ-TTg ngày 06/01/2022[^1].",
		Notes: []string{"Đề án phát triển ứng dụng dữ liệu về dân cư, Nghị định số 59/2022/NĐ-CP"},
		Items: []doc.Narrative{{Text: "Thực hiện Công văn số 134/UBND-NC ngày 31/01/2024."}},
	}))
	cits := d.Citations()
	var where []string
	for _, c := range cits {
		where = append(where, c.Where())
	}
	require.Len(t, cits, 4, "citations: %v", where)
	assert.Equal(t, "plan[0:122]", where[0])
	assert.Equal(t, "Kế hoạch số 64/KH-STP ngày 27/03/2024 của Sở Tư pháp về Chuyển đổi số của Sở Tư pháp năm 2024", cits[0].Text)
	assert.Equal(t, "systems[1].bullets[0].text", cits[1].Path)
	assert.Equal(t, "systems[1].bullets[0].notes[0]", cits[2].Path)
	assert.Equal(t, "systems[1].bullets[0].items[0].text", cits[3].Path)

	got := citation.CheckAll(cits, citation.Options{})
	assert.Equal(t, []finding.Code{citation.CodeDateStyle}, got.Codes(), "%v", got)
	assert.Equal(t, "plan[0:122]", got[0].Path)

	var nilD *digital.Section
	assert.Empty(t, nilD.Citations())
}
