package vn

import (
	"fmt"
	"slices"
	"strings"
)

// romanDigits are the symbols of canonical Roman numerals, largest first,
// with the subtractive pairs. Read only.
var romanDigits = [...]struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

// MaxRoman is the largest number Roman writes: MMMCMXCIX.
const MaxRoman = 3999

// romanExpected is what ParseRoman expects, quoted in its errors.
const romanExpected = "expected a Roman numeral in canonical form from I to MMMCMXCIX, e.g. XIV"

// Roman writes n in Roman numerals (số La Mã), the numbering of a report's
// mục: 1 → "I", 4 → "IV", 9 → "IX", 14 → "XIV", 2024 → "MMXXIV". It fails
// for n outside 1 to 3999.
func Roman(n int) (string, error) {
	if n < 1 || n > MaxRoman {
		return "", fmt.Errorf("vn: Roman numeral for %d: expected a number from 1 to %d", n, MaxRoman)
	}
	var b strings.Builder
	for _, d := range romanDigits {
		for n >= d.value {
			b.WriteString(d.symbol)
			n -= d.value
		}
	}
	return b.String(), nil
}

// ParseRoman reads a Roman numeral (đọc số La Mã) in canonical upper-case
// form only: "XIV" → 14. "IIII", "VX", "IC", "xiv" and numerals above
// MMMCMXCIX are rejected with a *ParseError that, where the value is clear,
// names the canonical form ("IIII": expected "IV").
func ParseRoman(s string) (int, error) {
	fail := func(reason string) (int, error) {
		return 0, &ParseError{Kind: "Roman numeral", Text: s, Reason: reason}
	}
	if s == "" {
		return fail("empty; " + romanExpected)
	}
	if len(s) > len("MMMDCCCLXXXVIII") {
		return fail("longer than any Roman numeral; " + romanExpected)
	}
	if upper := strings.ToUpper(s); upper != s && strings.Trim(upper, "MDCLXVI") == "" {
		return fail("lower case; expected upper-case letters, e.g. XIV")
	}
	if strings.Trim(s, "MDCLXVI") != "" {
		return fail(romanExpected)
	}
	// Read greedily with the canonical symbols, then insist that the value
	// is written back exactly as given.
	n, rest := 0, s
	for _, d := range romanDigits {
		for strings.HasPrefix(rest, d.symbol) {
			n += d.value
			rest = rest[len(d.symbol):]
		}
	}
	if rest != "" {
		return fail(romanExpected)
	}
	if n > MaxRoman {
		return fail("above MMMCMXCIX (3999); " + romanExpected)
	}
	if canonical, _ := Roman(n); canonical != s {
		return fail(fmt.Sprintf("expected the canonical form %q of %d", canonical, n))
	}
	return n, nil
}

// diemLetters are the letters of điểm in Vietnamese alphabetical order
// (Nghị định 30/2020, Phụ lục I): no f, j, w, z and no letter with a mark
// other than đ. Read only.
var diemLetters = [Letters]string{
	"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
	"n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y",
}

// Letters is the number of điểm letters: a to y, 23 of them.
const Letters = 23

// Letter returns the letter of the i-th điểm, counted from 1 (chữ cái
// đánh số điểm), in Vietnamese order a b c d đ e g h i k l m n o p q r s t u
// v x y: 1 → "a", 5 → "đ", 6 → "e", 7 → "g", 23 → "y". It fails for i
// outside 1 to 23.
func Letter(i int) (string, error) {
	if i < 1 || i > Letters {
		return "", fmt.Errorf("vn: điểm letter %d: expected a number from 1 to %d (a to y)", i, Letters)
	}
	return diemLetters[i-1], nil
}

// ParseLetter returns the 1-based position of a điểm letter (đọc chữ cái
// đánh số điểm): "a" → 1, "đ" → 5, "y" → 23. Only the lower-case letters
// Letter writes are accepted, without the ")" that follows them in text.
func ParseLetter(s string) (int, error) {
	if i := slices.Index(diemLetters[:], s); i >= 0 {
		return i + 1, nil
	}
	reason := "expected one of a b c d đ e g h i k l m n o p q r s t u v x y"
	switch lower := strings.ToLower(s); {
	case lower != s && slices.Contains(diemLetters[:], lower):
		reason = "upper case; " + reason
	case s == "f" || s == "j" || s == "w" || s == "z":
		reason = "not used in Vietnamese numbering; " + reason
	}
	return 0, &ParseError{Kind: "điểm letter", Text: s, Reason: reason}
}
