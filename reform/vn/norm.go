package vn

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normalization form C, the form Vietnamese text takes
// in every output of this module (TCVN 6909:2001 text is precomposed).
//
// Text that is already NFC, as almost all text is, comes back as it is
// without a copy; text of ASCII, Latin letters (Vietnamese's included) and
// common punctuation is recognised as NFC without the Unicode tables
// (quickNFC), which keeps laying out and scanning text fast.
func NFC(s string) string {
	if quickNFC(s) {
		return s
	}
	return norm.NFC.String(s)
}

// IsNFC reports whether s is already in normalization form C.
func IsNFC(s string) bool {
	return quickNFC(s) || norm.NFC.IsNormalString(s)
}

// nfcStable reports whether r is in the set of runes that are their own NFC
// and never compose with the rune before them (in golang.org/x/text's terms,
// NFC(r) = r and BoundaryBefore): a string of such runes alone is NFC, each
// rune a normalization segment of its own. The set is ASCII, Latin-1, Latin
// Extended-A and -B, the IPA extensions and spacing modifier letters
// (U+0000–U+02FF), Latin Extended Additional (U+1E00–U+1EFF, where the
// precomposed Vietnamese letters ạ … ỹ are) and the dashes, quotation marks,
// bullet and ellipsis of General Punctuation (U+2010–U+2027). A test checks
// every rune of the set against the Unicode tables of golang.org/x/text.
func nfcStable(r rune) bool {
	return r < 0x300 || 0x1E00 <= r && r < 0x1F00 || 0x2010 <= r && r < 0x2028
}

// quickNFC reports whether every rune of s is nfcStable, which makes s NFC.
// False says nothing: s may be NFC still (a Greek or Cyrillic word) or not
// (a combining mark, invalid UTF-8), and the Unicode tables decide.
func quickNFC(s string) bool { return stableBytes(s, false, false) }

// IsPlainNFC reports whether s is NFC and plain: every rune is one that
// makes text NFC without the Unicode tables (printable ASCII and newline,
// U+00A0–U+02FF, U+1E00–U+1EFF, U+2010–U+2027), so s holds no control
// character but the newline. False says nothing: s may be NFC and plain
// still; IsNFC and the caller's own test decide. doc.Clean returns such
// text as it is after one reading of its bytes.
func IsPlainNFC(s string) bool { return stableBytes(s, true, false) }

// LowerKeepsLength reports, from the bytes of s alone, that s is NFC and
// that Lower(s) has the byte length of s rune by rune, so that a byte offset
// into s is the same offset into its lower case: every rune is one quickNFC
// accepts but the four capitals among them whose lower case has another
// length, İ (U+0130), Ⱥ (U+023A), Ⱦ (U+023E) and ẞ (U+1E9E). False says
// nothing: the caller lowers and compares.
func LowerKeepsLength(s string) bool { return stableBytes(s, false, true) }

// stableBytes is quickNFC, IsPlainNFC when plain is set and
// LowerKeepsLength when sameLower is: the runes are read from their UTF-8
// bytes directly (a lead byte C2–CB is U+0080–U+02FF, E1 B8–BB is
// U+1E00–U+1EFF and E2 80 90–A7 is U+2010–U+2027); plain also refuses the
// C0 controls but newline, DEL and the C1 controls (C2 80–9F), sameLower
// the capitals İ (C4 B0), Ⱥ (C8 BA), Ⱦ (C8 BE) and ẞ (E1 BA 9E).
func stableBytes(s string, plain, sameLower bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if plain && (c < ' ' && c != '\n' || c == 0x7F) {
				return false
			}
			i++
		case 0xC2 <= c && c <= 0xCB:
			if i+1 >= len(s) || s[i+1]&0xC0 != 0x80 || plain && c == 0xC2 && s[i+1] < 0xA0 ||
				sameLower && (c == 0xC4 && s[i+1] == 0xB0 || c == 0xC8 && (s[i+1] == 0xBA || s[i+1] == 0xBE)) {
				return false // invalid UTF-8, a C1 control, or a capital whose lower case is longer or shorter
			}
			i += 2
		case c == 0xE1:
			if i+2 >= len(s) || s[i+1] < 0xB8 || s[i+1] > 0xBB || s[i+2]&0xC0 != 0x80 ||
				sameLower && s[i+1] == 0xBA && s[i+2] == 0x9E {
				return false
			}
			i += 3
		case c == 0xE2:
			if i+2 >= len(s) || s[i+1] != 0x80 || s[i+2] < 0x90 || s[i+2] > 0xA7 {
				return false
			}
			i += 3
		default:
			return false
		}
	}
	return true
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
