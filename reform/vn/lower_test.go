package vn_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/reform/vn"
)

func TestLower(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"đã tổ chức", "đã tổ chức"},
		{"Tổ chức 02 Hội nghị", "tổ chức 02 hội nghị"},
		{"ĐẨY MẠNH CẢI CÁCH HÀNH CHÍNH", "đẩy mạnh cải cách hành chính"},
		{"Ủy ban nhân dân – “Sở”", "ủy ban nhân dân – “sở”"},
		{"İstanbul", strings.ToLower("İstanbul")}, // a capital outside Vietnamese: strings.ToLower's answer
		{"ẞ and Ω", "ß and ω"},                    // lowers to another length: strings.ToLower's answer
		{"a\xffB", strings.ToLower("a\xffB")},     // invalid UTF-8, as strings.ToLower
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, vn.Lower(tt.in))
		})
	}
}

// TestLowerEveryRune compares Lower with strings.ToLower on every rune of
// the Basic Multilingual Plane, alone and after a capital.
func TestLowerEveryRune(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, s := range []string{string(r), "Ab" + string(r) + "C"} {
			if got, want := vn.Lower(s), strings.ToLower(s); got != want {
				t.Fatalf("Lower(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// TestLowerNoCopy checks that text without a capital comes back as it is.
func TestLowerNoCopy(t *testing.T) {
	s := strings.Repeat("đã tổ chức 02 hội nghị, “mỗi tháng” – 14 lượt; ", 2)
	var got string
	allocs := testing.AllocsPerRun(10, func() { got = vn.Lower(s) })
	assert.Equal(t, s, got)
	assert.Zero(t, allocs)
}

func FuzzLower(f *testing.F) {
	for _, s := range []string{"", "Tổ chức", "ĐẨY MẠNH", "İ", "a\xffB", "Vie\u0302\u0323t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := vn.Lower(s), strings.ToLower(s); got != want {
			t.Fatalf("Lower(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkLower(b *testing.B) {
	s := strings.Repeat("Tổ chức 02 Hội nghị tập huấn, bồi dưỡng kiến thức pháp luật cho cán bộ, công chức. ", 20)
	b.Run("vn", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = vn.Lower(s)
		}
	})
	b.Run("strings", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = strings.ToLower(s)
		}
	})
}
