package render_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
)

func TestLineText(t *testing.T) {
	assert.Equal(t, "a\nb\nc", render.LineText("a\u2028b\u2029c"))
	assert.Equal(t, "\u00e1", render.LineText("a\u0301"))
}

func TestMergeSpans(t *testing.T) {
	got := render.MergeSpans([]doc.Span{
		{Text: "a"}, {Text: "\u0301b"}, {Text: "c", Bold: true, Note: 2}, {Text: "d", Bold: true}, {}, {Note: 3},
	})
	assert.Equal(t, []doc.Span{
		{Text: "\u00e1b"}, {Text: "c", Bold: true}, {Note: 2}, {Text: "d", Bold: true}, {Note: 3},
	}, got)
}

func TestSplitSpaces(t *testing.T) {
	tests := []struct{ in, lead, core, trail string }{
		{" 195 ", " ", "195", " "},
		{"a b", "", "a b", ""},
		{"  ", "  ", "", ""},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		lead, core, trail := render.SplitSpaces(tt.in)
		assert.Equal(t, []string{tt.lead, tt.core, tt.trail}, []string{lead, core, trail}, tt.in)
	}
}

func TestSuperscript(t *testing.T) {
	assert.Equal(t, "¹⁴", render.Superscript(14))
	assert.Equal(t, "¹⁰⁹", render.Superscript(109))
}

func TestDocumentDate(t *testing.T) {
	d, ok := render.DocumentDate("An Giang, ngày 19 tháng 11 năm 2024")
	assert.True(t, ok)
	assert.Equal(t, "2024-11-19", d.Format("2006-01-02"))
	_, ok = render.DocumentDate("An Giang")
	assert.False(t, ok)
}
