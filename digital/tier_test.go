package digital_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/reform/section"
)

// The e-mail sentence names the staff each tier has: a commune's cán bộ,
// công chức; the cán bộ, công chức, viên chức of a People's Committee above
// it; a department's công chức, viên chức, as the reference report does.
func TestWordingAtTier(t *testing.T) {
	d := &digital.Section{Email: &digital.Email{Staff: ptr(58), WithEmail: ptr(58)}}
	tests := []struct {
		tier section.Tier
		want string
	}{
		{section.Department, "- 100% công chức, viên chức (58/58) đều được cấp thư điện tử để trao đổi công việc chuyên môn."},
		{"", "- 100% công chức, viên chức (58/58) đều được cấp thư điện tử để trao đổi công việc chuyên môn."},
		{section.Province, "- 100% cán bộ, công chức, viên chức (58/58) đều được cấp thư điện tử để trao đổi công việc chuyên môn."},
		{section.District, "- 100% cán bộ, công chức, viên chức (58/58) đều được cấp thư điện tử để trao đổi công việc chuyên môn."},
		{section.Commune, "- 100% cán bộ, công chức (58/58) đều được cấp thư điện tử để trao đổi công việc chuyên môn."},
	}
	for _, tt := range tests {
		t.Run(string(tt.tier), func(t *testing.T) {
			assert.Contains(t, textWith(t, d, digital.DefaultWording().At(tt.tier)), tt.want)
		})
	}
}

// A sentence the caller changed is kept at every tier.
func TestWordingAtKeepsChanges(t *testing.T) {
	w := digital.DefaultWording()
	w.Email = "{{.Share}} có thư điện tử."
	assert.Equal(t, w, w.At(section.Commune))
	assert.NotEqual(t, digital.DefaultWording(), digital.DefaultWording().At(section.Commune))
}
