package html

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/reform/doc"
)

func TestFitColumns(t *testing.T) {
	st := doc.DefaultStyle() // 155 mm of text
	tests := []struct {
		name string
		cols [2]doc.Twips
		keep int
		want [2]string
	}{
		{"header: the quốc hiệu column keeps 100 mm", st.HeaderColumns, 1, [2]string{"55mm", "100mm"}},
		{"closing: the recipients column keeps 52,8 mm", st.ClosingColumns, 0, [2]string{"52.8mm", "102.2mm"}},
		{"narrower than the text: unchanged", [2]doc.Twips{doc.MM(500), doc.MM(900)}, 1, [2]string{"50mm", "90mm"}},
		{"the kept column alone is too wide: the ratio stays", [2]doc.Twips{doc.MM(400), doc.MM(1600)}, 1, [2]string{"31mm", "124mm"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fitColumns(st, tt.cols, tt.keep)
			assert.Equal(t, tt.want, [2]string{mm(got[0]), mm(got[1])})
			if tt.cols[0]+tt.cols[1] > st.TextWidth() {
				assert.Equal(t, st.TextWidth(), got[0]+got[1], "the columns fill the text width")
			}
		})
	}
}

func TestDecimal(t *testing.T) {
	tests := []struct {
		in     float64
		places int
		want   string
	}{
		{25.0119, 1, "25"}, {67.5126, 1, "67.5"}, {-0.001, 2, "0"}, {-6.25, 1, "-6.3"},
		{1.15 * 1.5, 3, "1.725"}, {100.0 / 9, 2, "11.11"}, {64.4, 1, "64.4"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, decimal(tt.in, tt.places), "%v to %d places", tt.in, tt.places)
	}
}
