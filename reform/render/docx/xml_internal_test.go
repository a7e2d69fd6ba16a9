package docx

import (
	"bytes"
	"encoding/xml"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// escapeCases are texts whose escaping the writer must write as
// encoding/xml.EscapeText does: markup characters, white space, control
// characters, bytes that are not UTF-8, characters outside XML 1.0 and
// Vietnamese text.
var escapeCases = []struct{ name, text string }{
	{"empty", ""},
	{"plain", "Sở Tư pháp tỉnh An Giang"},
	{"markup", `a < b & c > d "e" 'f'`},
	{"white space", "tab\there\nnewline\rreturn"},
	{"control", "nul\x00bell\x07esc\x1b"},
	{"not UTF-8", "a\xffb\xc3"},
	{"replacement character", "\uFFFD"},
	{"outside XML", "\uFFFE\uFFFF"},
	{"past the BMP", "😀𝔄"},
	{"Vietnamese letters", "Ủy ban nhân dân tỉnh ằ ẵ ự ữ ỹ ơ ư đ Đ"},
	{"truncated sequences", "\xe1\xbb \xc3 \xe1"},
	{"surrogate", "\xed\xa0\x80"},
	{"overlong", "\xc0\xaf \xe0\x80\xaf"},
	{"past U+10FFFF", "\xf4\x90\x80\x80"},
	{"combining", "e\u0301"},
	{"delete", "\x7f"},
}

func TestEscapeIsEncodingXML(t *testing.T) {
	for _, tt := range escapeCases {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, encodingXML(tt.text), escaped(tt.text))
		})
	}
}

func FuzzEscapeIsEncodingXML(f *testing.F) {
	for _, tt := range escapeCases {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := encodingXML(s)
		if got := escaped(s); got != want {
			t.Fatalf("escape(%q) = %q, encoding/xml writes %q", s, got, want)
		}
		var x xmlWriter
		if x.escapeRunes(s); string(x.b) != want {
			t.Fatalf("escapeRunes(%q) = %q, encoding/xml writes %q", s, string(x.b), want)
		}
	})
}

// escaped is the writer's escape of s.
func escaped(s string) string {
	var x xmlWriter
	x.escape(s)
	return string(x.b)
}

// encodingXML is encoding/xml's escape of s.
func encodingXML(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// BenchmarkEscape measures the writer's escape, its rune-by-rune version
// and encoding/xml's on the same sentence of a report.
func BenchmarkEscape(b *testing.B) {
	s := "Trên đây là báo cáo công tác cải cách hành chính năm 2024 của Sở Tư pháp <gửi> Sở Nội vụ & Ủy ban nhân dân tỉnh."
	var x xmlWriter
	var buf bytes.Buffer
	for _, e := range []struct {
		name   string
		escape func()
	}{
		{"writer", func() { x.b = x.b[:0]; x.escape(s) }},
		{"runes", func() { x.b = x.b[:0]; x.escapeRunes(s) }},
		{"encoding-xml", func() { buf.Reset(); _ = xml.EscapeText(&buf, []byte(s)) }},
	} {
		b.Run(e.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				e.escape()
			}
		})
	}
}

// escapeRunes is escape rune by rune, every character decoded: the plain
// version escape must agree with (BenchmarkEscape).
func (x *xmlWriter) escapeRunes(s string) {
	last := 0
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRuneInString(s[i:])
		esc := ""
		switch {
		case r < utf8.RuneSelf:
			esc = asciiEscapes[r]
		case r == utf8.RuneError && width == 1 || !inCharacterRange(r):
			esc = "\uFFFD"
		}
		if esc != "" {
			x.raw(s[last:i])
			x.raw(esc)
			last = i + width
		}
		i += width
	}
	x.raw(s[last:])
}
