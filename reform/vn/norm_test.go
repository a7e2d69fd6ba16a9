package vn_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/reform/vn"
)

func TestNFC(t *testing.T) {
	tests := []struct {
		in, want string
		isNFC    bool
	}{
		{"Việt Nam", "Việt Nam", true},
		{"Vie\u0302\u0323t Nam", "Việt Nam", false}, // decomposed: e + circumflex + dot below
		{"Vie\u0323\u0302t Nam", "Việt Nam", false}, // marks in the other order
		{"Tha\u0301ng", "Tháng", false},             // combining acute
		{"Đồng", "Đồng", true},                      // đ has no decomposition
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", true},
		{"", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, vn.NFC(tt.in))
			assert.Equal(t, tt.isNFC, vn.IsNFC(tt.in))
			assert.True(t, vn.IsNFC(vn.NFC(tt.in)))
		})
	}
}

func TestIsLetter(t *testing.T) {
	for _, r := range "aZđĐăâêôơưÀỹỸ\u0300ǎ" {
		assert.True(t, vn.IsLetter(r), "%q", r)
	}
	for _, r := range "0 -/×÷.,;" {
		assert.False(t, vn.IsLetter(r), "%q", r)
	}
}

// TestIsPlainNFC checks every rune of the Basic Multilingual Plane: a rune
// IsPlainNFC takes is NFC and no control character but the newline, and the
// letters, dashes and quotation marks of Vietnamese text are taken.
func TestIsPlainNFC(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		s := string(r)
		if vn.IsPlainNFC(s) {
			require.True(t, vn.IsNFC(s), "%U", r)
			require.True(t, r == '\n' || !unicode.IsControl(r), "%U", r)
		}
	}
	for _, s := range []string{"", "Việt Nam – “Sở Tư pháp”\n", "Đồng", "ỹ…"} {
		assert.True(t, vn.IsPlainNFC(s), "%q", s)
	}
	for _, s := range []string{"a\tb", "a\rb", "\u0085", "\x7f", "Vie\u0302\u0323t", "a\xff", "\u2028"} {
		assert.False(t, vn.IsPlainNFC(s), "%q", s)
	}
}

// TestLowerKeepsLength checks the runes LowerKeepsLength accepts
// against the Unicode tables: each is NFC, and strings.ToLower keeps its
// length; and the four it refuses change length.
func TestLowerKeepsLength(t *testing.T) {
	for r := rune(0); r <= 0x2027; r++ {
		if r > 0x2FF && r < 0x1E00 || r > 0x1EFF && r < 0x2010 {
			continue
		}
		s := string(r)
		lower := strings.ToLower(s)
		if vn.LowerKeepsLength(s) {
			require.True(t, norm.NFC.IsNormalString(s), "%U", r)
			require.Len(t, lower, len(s), "%U", r)
			require.Len(t, vn.Lower(s), len(s), "%U", r)
		} else {
			require.NotEqual(t, len(s), len(lower), "%U", r)
		}
	}
	for _, s := range []string{"\xff", "a\xc3", "\u0301", "\u2028", "\u4e00", "\xe1\xbb", "\xc4\xb0"} {
		assert.False(t, vn.LowerKeepsLength(s), "%q", s)
	}
}
