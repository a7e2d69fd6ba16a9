package citation

// Text helpers of the reader. Offsets are bytes; words are runs of letters.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/vn"
)

// runeAt decodes the rune at i; size 0 and rune -1 past the end.
func runeAt(s string, i int) (rune, int) {
	if i < 0 || i >= len(s) {
		return -1, 0
	}
	if b := s[i]; b < utf8.RuneSelf {
		return rune(b), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isDigit(r rune) bool     { return '0' <= r && r <= '9' }
func isDigitByte(b byte) bool { return '0' <= b && b <= '9' }

// isAlnum reports whether r is a letter (vn.IsLetter) or an ASCII digit.
func isAlnum(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiClass[r]&(letterByte|digitByte) != 0
	}
	return vn.IsLetter(r)
}

// The classes of ASCII bytes in asciiClass.
const (
	letterByte = 1 << iota // an ASCII letter, as vn.IsLetter says
	digitByte              // an ASCII digit
)

// asciiClass holds the class of each ASCII byte, for the quick tests of
// the reader. Built once when the package is initialised and never
// changed, so it is safe for concurrent use.
var asciiClass = func() *[utf8.RuneSelf]uint8 {
	var t [utf8.RuneSelf]uint8
	for c := range rune(utf8.RuneSelf) {
		if vn.IsLetter(c) {
			t[c] |= letterByte
		}
		if isDigit(c) {
			t[c] |= digitByte
		}
	}
	return &t
}()

// isSep reports whether r separates the groups of a số, ký hiệu: "/", the
// hyphen, or a dash typed in its place.
func isSep(r rune) bool {
	switch r {
	case '/', '-', '–', '—', '‐', '‑':
		return true
	}
	return false
}

// isSuperscript reports whether r is a superscript digit (a footnote mark).
func isSuperscript(r rune) bool {
	switch r {
	case '¹', '²', '³', '⁰', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹':
		return true
	}
	return false
}

// word returns the run of letters at i and the offset after it.
func word(s string, i int) (string, int) {
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if asciiClass[c]&letterByte == 0 {
				break
			}
			j++
			continue
		}
		rn, size := runeAt(s, j)
		if !vn.IsLetter(rn) {
			break
		}
		j += size
	}
	return s[i:j], j
}

// nextWord returns the word after the spaces at i.
func nextWord(s string, i int) string {
	w, _ := word(s, skipSpaces(s, i))
	return w
}

// skipSpaces skips spaces, tabs and no-break spaces, not line breaks.
func skipSpaces(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case strings.HasPrefix(s[i:], "\u00a0"):
			i += len("\u00a0")
		default:
			return i
		}
	}
	return i
}

// digits reads up to max ASCII digits at i.
func digits(s string, i, max int) (string, int) {
	j := i
	for j < len(s) && j-i < max && isDigitByte(s[j]) {
		j++
	}
	return s[i:j], j
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// boundary reports whether no letter or digit follows at i.
func boundary(s string, i int) bool {
	rn, _ := runeAt(s, i)
	return !isAlnum(rn)
}

func startsLetter(s string) bool {
	rn, _ := runeAt(s, 0)
	return vn.IsLetter(rn)
}

func startsUpper(s string) bool {
	rn, _ := runeAt(s, 0)
	return unicode.IsUpper(rn)
}

func lowerFirst(s string) string {
	rn, size := runeAt(s, 0)
	if size == 0 {
		return s
	}
	return string(unicode.ToLower(rn)) + s[size:]
}
