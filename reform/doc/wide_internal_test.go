package doc

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFitColumns(t *testing.T) {
	tests := []struct {
		name   string
		widths []int
		need   []Twips
		width  Twips
		want   []int
		ok     bool
	}{
		{"in proportion", []int{1, 2, 1}, []Twips{10, 10, 10}, 400, []int{100, 200, 100}, true},
		{"rounding to the last free column", []int{1, 1, 1}, []Twips{10, 10, 10}, 100, []int{33, 33, 34}, true},
		{"a short column takes its need", []int{1, 10, 10}, []Twips{50, 10, 10}, 210, []int{50, 80, 80}, true},
		{"short columns in turn", []int{1, 1, 20}, []Twips{60, 50, 10}, 220, []int{60, 50, 110}, true},
		{"needs exactly the width", []int{1, 1}, []Twips{60, 40}, 100, []int{60, 40}, true},
		{"needs more than the width", []int{1, 1}, []Twips{60, 50}, 100, nil, false},
		{"no width", []int{1}, []Twips{0}, 0, nil, false},
		{"huge widths", []int{math.MaxInt, math.MaxInt / 2, 1}, []Twips{10, 10, 10}, 1000, []int{660, 330, 10}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := fitColumns(tc.widths, tc.need, tc.width)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestLinesWidth(t *testing.T) {
	spans := []Span{{Text: "Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính", Bold: true}}
	one := TextWidth("Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính", 12, true)
	assert.Equal(t, one, linesWidth(spans, 12, 1), "one line: the whole text")
	five := linesWidth(spans, 12, 5)
	assert.Less(t, five, one)
	assert.GreaterOrEqual(t, five, widestWord(spans, 12))
	// A line break of the text counts: two lines of short words take two
	// lines at the width of the longer.
	assert.Equal(t, TextWidth("Tổng số", 12, false), linesWidth([]Span{{Text: "Tổng số\n(3)"}}, 12, 2))
	assert.Zero(t, linesWidth(nil, 12, 3))
	assert.Equal(t, TextWidth("chuyển", 12, true), widestWord([]Span{{Text: "Số kỳ trước chuyển qua", Bold: true}}, 12))
}
