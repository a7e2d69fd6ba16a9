package reform_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
)

// TestDocumentWordingErrors shows that the report's own templates are parsed
// before any is used, and that each error names its field.
func TestDocumentWordingErrors(t *testing.T) {
	tests := []struct {
		name string
		edit func(*reform.Wording)
		want string
	}{
		{"template that does not parse", func(w *reform.Wording) { w.Plan = "{{.Done" }, "reform: wording.Plan"},
		{"unknown figure", func(w *reform.Wording) { w.Conclusion = "{{.Nope}}" }, "reform: wording.Conclusion"},
		{"unknown figure in the subject", func(w *reform.Wording) { w.Subject = "{{.Nope}}" }, "reform: wording.Subject"},
		{"the first error is kept", func(w *reform.Wording) { w.Intro = "{{.Nope}}"; w.Conclusion = "{{.Nope}}" }, "reform: wording.Intro"},
		{"a section's wording", func(w *reform.Wording) { w.Procedures.Feedback = "{{" }, "tthc: wording.Feedback"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := reform.DefaultWording()
			tt.edit(&w)
			_, err := reference(t).DocumentWith(w)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	w := reform.DefaultWording()
	w.Plan = "{{.Done"
	_, err := minimal().DocumentWith(w)
	assert.ErrorContains(t, err, "reform: wording.Plan", "a template is parsed even where the report has nothing for it")
}

// TestDocumentWordingReplaced shows a department's own sentence using a
// function every template may call.
func TestDocumentWordingReplaced(t *testing.T) {
	w := reform.DefaultWording()
	w.Subject = `{{upper "báo cáo"}} {{.Period}}`
	d, err := minimal().DocumentWith(w)
	require.NoError(t, err)
	assert.Equal(t, "Báo cáo 11 tháng đầu năm 2024", d.Header.Subject)
}
