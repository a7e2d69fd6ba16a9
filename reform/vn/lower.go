package vn

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lower returns s in lower case, as strings.ToLower does, and of the same
// length in bytes whenever strings.ToLower keeps it: the checks that read
// a lowered copy of a narrative use its offsets in the original.
//
// Text with no capital comes back as it is, without a copy; otherwise the
// letters of Vietnamese are lowered without the Unicode tables (ASCII,
// Latin-1, Latin Extended-A and -B and Latin Extended Additional, where Đ, Ơ, Ư and the
// precomposed capitals Ạ … Ỹ are), which keeps the checks of a report's
// text fast. Any other capital, and invalid UTF-8, go to strings.ToLower.
func Lower(s string) string {
	i := firstUpper(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		l, ok := lowerVietnamese(r)
		if !ok || r == utf8.RuneError {
			return strings.ToLower(s)
		}
		b.WriteRune(l)
		i += size
	}
	return b.String()
}

// firstUpper returns the offset of the first rune of s that Lower may
// change, or -1: an ASCII capital, or any rune outside ASCII that is not a
// lower-case Vietnamese letter or common punctuation.
func firstUpper(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if l, ok := lowerVietnamese(r); !ok || l != r || r == utf8.RuneError {
			return i
		}
		i += size
	}
	return -1
}

// lowerVietnamese returns the lower case of r when r is a rune Lower
// lowers without the Unicode tables, in the same number of UTF-8 bytes:
// Latin-1 letters, Latin Extended-A and -B (Đ đ, Ă ă, Ơ ơ, Ư ư …), Latin Extended
// Additional (Ạ … ỹ), and marks and punctuation that have no case.
func lowerVietnamese(r rune) (rune, bool) {
	switch {
	case r >= 0xC0 && r <= 0xDE && r != 0xD7:
		return r + 0x20, true
	case r < 0x100:
		return r, true
	case r >= 0x1E00 && r <= 0x1E95, r >= 0x1EA0 && r <= 0x1EFF:
		// Capital and small letter in pairs, the capital even: Ạ ạ … Ỹ ỹ.
		return r | 1, true
	case r >= 0x100 && r <= 0x24F, r >= 0x1E96 && r <= 0x1E9F:
		l := unicode.ToLower(r)
		return l, utf8.RuneLen(l) == utf8.RuneLen(r)
	case r >= 0x2010 && r <= 0x2027, r >= 0x300 && r <= 0x36F:
		return r, true
	}
	return r, false
}
