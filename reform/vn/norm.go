package vn

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normalization form C, the form Vietnamese text takes
// in every output of this module (TCVN 6909:2001 text is precomposed).
func NFC(s string) string {
	return norm.NFC.String(s)
}

// IsNFC reports whether s is already in normalization form C.
func IsNFC(s string) bool {
	return norm.NFC.IsNormalString(s)
}

// IsLetter reports whether r is a letter or a combining mark: what a word
// of Vietnamese text is made of. The letters of Vietnamese (Latin-1, Latin
// Extended-A and -B, Latin Extended Additional) are decided without the
// Unicode tables, which keeps scanning text fast.
func IsLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r >= 0xC0 && r <= 0x24F:
		return r != 0xD7 && r != 0xF7
	case r >= 0x1EA0 && r <= 0x1EFF:
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}
