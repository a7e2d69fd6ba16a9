package vn_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

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
