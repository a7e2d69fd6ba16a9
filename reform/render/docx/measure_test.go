package docx

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/reform/doc"
)

func TestTextWidth(t *testing.T) {
	tests := []struct {
		text string
		size doc.Points
		bold bool
		want doc.Twips
	}{
		{"n", 14, false, 140},     // 500/1000 em × 14 pt × 20
		{"n", 14, true, 156},      // 556
		{"Đ", 10, false, 144},     // 722
		{"ộ", 10, false, 100},     // as wide as o
		{"Ự", 10, true, 159},      // 796, the horn widens U
		{"ư", 10, false, 108},     // 542
		{"漢", 10, false, 100},     // unknown characters count as "n"
		{"AV\nA", 10, false, 289}, // the longest line: A 722 + V 722
		// The motto: 12 241 thousandths of an em in bold.
		{doc.Motto, 14, true, 3427},
		{"", 14, false, 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, textWidth(tt.text, tt.size, tt.bold), "%q", tt.text)
	}
}

func TestRuleIndent(t *testing.T) {
	// Half of a 1000-twip line, centred in 3000 twips: 1250 on each side.
	text := strings.Repeat("n", 20) // 20 × 500 em/1000 × 5 pt × 20 = 1000 twips
	assert.Equal(t, 1250, ruleIndent(text, 5, false, 1, 2, 3000))
	assert.Equal(t, 1000, ruleIndent(text, 5, false, 1, 1, 3000))
	// Text wider than the space: the rule is measured on the space.
	assert.Equal(t, 750, ruleIndent(strings.Repeat(text, 10), 5, false, 1, 2, 3000))
}

func TestBalanced(t *testing.T) {
	col := doc.MM(675)
	tests := []struct {
		name  string
		text  string
		bold  bool
		avail doc.Twips
		want  string
	}{
		{"parent agency at 13 pt", "ỦY BAN NHÂN DÂN TỈNH AN GIANG", false, col, "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG"},
		{"fits", "SỞ TƯ PHÁP", true, col, "SỞ TƯ PHÁP"},
		{"one word", strings.Repeat("W", 40), false, col, strings.Repeat("W", 40)},
		{"three lines", strings.Repeat("BỘ TƯ PHÁP ", 12), false, col, strings.Repeat("BỘ TƯ PHÁP ", 12)},
		{"own breaks", "ỦY BAN NHÂN DÂN TỈNH\nAN GIANG", false, col, "ỦY BAN NHÂN DÂN TỈNH\nAN GIANG"},
		{"spaces kept", "  ỦY BAN  NHÂN DÂN TỈNH AN GIANG ", false, col, "  ỦY BAN  NHÂN DÂN\nTỈNH AN GIANG "},
		{"nothing but spaces", strings.Repeat(" ", 400), false, 100, strings.Repeat(" ", 400)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := balanced(tt.text, 13, tt.bold, tt.avail)
			assert.Equal(t, tt.want, got)
			if got != tt.text {
				assert.Equal(t, tt.text, strings.Replace(got, "\n", " ", 1), "only a space becomes a break")
			}
		})
	}
}
