package tthc

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/section"
)

// The default wording of every tier is read from its files without a
// problem, and a tier's sentences are compiled once.
func TestWordingFiles(t *testing.T) {
	require.NoError(t, compiler.Err())
	for _, tier := range section.Tiers() {
		w := DefaultWording().At(tier)
		a, err := compiler.Compile(w)
		require.NoError(t, err)
		b, err := compiler.Compile(w)
		require.NoError(t, err)
		assert.Same(t, a, b, tier)
	}
}

// A commune and a district neither announce procedures nor approve their
// internal processes: their reports say what was announced and approved
// for their tier. A province and a department say it as the reference
// report does.
func TestWordingAtTier(t *testing.T) {
	s := Section{Unit: "Ủy ban nhân dân xã Bình Hòa", Catalogue: &Catalogue{
		Announced: &Announced{New: 5, Amended: 3, Abolished: 1}, InternalProcesses: i64(9)}}
	none := Section{Unit: s.Unit, Catalogue: &Catalogue{Announced: &Announced{}, InternalProcesses: i64(0)}}
	department := []string{
		"Trong kỳ, đã công bố 09 thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân xã Bình Hòa, trong đó ban hành mới 05 thủ tục, sửa đổi, bổ sung 03 thủ tục, bãi bỏ 01 thủ tục.",
		"Trong kỳ, đã phê duyệt 09 quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân xã Bình Hòa.",
	}
	tests := []struct {
		tier      section.Tier
		s         Section
		want      []string
		wantNone  []string
		notInNone string
	}{
		{section.Department, s, department, nil, ""},
		{section.Province, s, department, nil, ""},
		{"", s, department, nil, ""},
		{section.Commune, s, []string{
			"Trong kỳ, có 09 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã được công bố, trong đó 05 thủ tục mới ban hành, 03 thủ tục được sửa đổi, bổ sung, 01 thủ tục bị bãi bỏ.",
			"Trong kỳ, có 09 quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã được phê duyệt.",
		}, []string{
			"Trong kỳ, không có thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã được công bố.",
			"Trong kỳ, không có quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã được phê duyệt.",
		}, "Bình Hòa"},
		{section.District, s, []string{
			"Trong kỳ, có 09 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện được công bố, trong đó 05 thủ tục mới ban hành, 03 thủ tục được sửa đổi, bổ sung, 01 thủ tục bị bãi bỏ.",
			"Trong kỳ, có 09 quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện được phê duyệt.",
		}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(string(tt.tier), func(t *testing.T) {
			assert.Subset(t, tierLines(t, tt.s, tt.tier), tt.want)
			if tt.wantNone != nil {
				got := tierLines(t, none, tt.tier)
				assert.Subset(t, got, tt.wantNone)
				assert.NotContains(t, strings.Join(got, "\n"), tt.notInNone)
			}
		})
	}
}

// A sentence the caller changed is kept at every tier.
func TestWordingAtKeepsChanges(t *testing.T) {
	w := DefaultWording()
	w.Announced = "Đã công bố {{.Announced}} thủ tục."
	at := w.At(section.Commune)
	assert.Equal(t, w.Announced, at.Announced)
	assert.Equal(t, DefaultWording().At(section.Commune).InternalProcesses, at.InternalProcesses)
	assert.NotEqual(t, w.InternalProcesses, at.InternalProcesses)
}

// tierLines returns the lines of s laid out with the default wording of
// tier.
func tierLines(t *testing.T, s Section, tier section.Tier) []string {
	t.Helper()
	blocks, err := s.Blocks(DefaultWording().At(tier))
	require.NoError(t, err)
	lines, _ := sectionLines(t, blocks)
	return lines
}
