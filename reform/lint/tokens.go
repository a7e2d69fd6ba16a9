package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/cchc-go/cchc/reform/lint/input"
	"github.com/cchc-go/cchc/reform/vn"
)

// tkind is the kind of a token of prose.
type tkind uint8

// The kinds of tokens.
const (
	tWord  tkind = iota // a run of letters
	tNum                // a count: 15.613, 03, 9000
	tDec                // a decimal: 53,4
	tPct                // a percentage: 53,4%, 98%
	tRatio              // a fraction of counts: 46/86
	tDate               // a date: 29/12/2023, 23-06-2022
	tOther              // another number: a range, a month/year, part of a symbol, a year
	tPunct              // one punctuation mark
	tMark               // a footnote mark in superscript digits
)

// tok is a token of a paragraph.
type tok struct {
	kind       tkind
	start, end int
	// low is a word in lower case; for other tokens the text as written.
	low string
	// n is a count's value, a ratio's numerator; d a ratio's denominator.
	n, d int64
	// pct and places are a percentage's value and its decimals.
	pct    decimal.Decimal
	places int32
	// masked says the token is inside a citation.
	masked bool
	// year says a count is a year ("năm 2024").
	year bool
}

// figure reports whether t is a count that may be a figure: not inside a
// citation, not a year.
func (t tok) figure() bool { return t.kind == tNum && !t.masked && !t.year }

// yearWords are the words after which a four-digit number is a year.
var yearWords = map[string]bool{"năm": true, "kỳ": true, "đoạn": true, "khóa": true, "khoá": true, "niên": true, "từ": true, "đến": true}

// tokenize splits text into tokens; spans are the byte ranges of the
// citations, whose tokens are masked.
func tokenize(text string, spans [][2]int) []tok {
	out := make([]tok, 0, len(text)/6+4)
	for i := 0; i < len(text); {
		t, next, ok := nextToken(text, i)
		if ok {
			out = append(out, t)
		}
		i = next
	}
	for k := range out {
		out[k].masked = inSpans(out[k], spans)
		if out[k].kind == tNum && out[k].end-out[k].start == 4 && out[k].n >= 1900 && out[k].n <= 2100 {
			out[k].year = isYear(out, k)
		}
	}
	return out
}

// nextToken reads the token at text[i] and returns it with where the next
// one may start; false for space and the emphasis marks left in a text
// ("**84**"), which are not content.
func nextToken(text string, i int) (tok, int, bool) {
	r, size := utf8.DecodeRuneInString(text[i:])
	switch {
	case r == ' ' || r == '\t' || r == '\n' || r == '\u00a0' || r == '*':
		return tok{}, i + size, false
	case vn.IsLetter(r):
		j := runEnd(text, i, vn.IsLetter)
		return tok{kind: tWord, start: i, end: j, low: lowerWord(text[i:j])}, j, true
	case r >= '0' && r <= '9':
		t, j := number(text, i)
		return t, j, true
	case input.SuperDigit(r) >= 0:
		j := runEnd(text, i, isSuperDigit)
		return tok{kind: tMark, start: i, end: j, low: text[i:j]}, j, true
	}
	return tok{kind: tPunct, start: i, end: i + size, low: text[i : i+size]}, i + size, true
}

// isSuperDigit reports whether r is a superscript digit.
func isSuperDigit(r rune) bool { return input.SuperDigit(r) >= 0 }

// runEnd returns the end of the run of runes from text[i] on that in
// accepts.
func runEnd(text string, i int, in func(rune) bool) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !in(r) {
			break
		}
		i += size
	}
	return i
}

// number reads the number that starts at text[i] — digits, with ".", ",",
// "/" and "-" between digits — with the "%" after it (after a space or
// not) of a percentage; it returns the token and where it ends.
func number(text string, i int) (tok, int) {
	j := numberEnd(text, i)
	t := classify(text, i, j)
	k := j
	if k < len(text) && text[k] == ' ' {
		k++
	}
	if (t.kind == tNum || t.kind == tDec) && k < len(text) && text[k] == '%' {
		if t.kind == tNum {
			t.pct = decimal.NewFromInt(t.n)
		}
		t.kind = tPct
		t.end = k + 1
		j = k + 1
	}
	return t, j
}

// numberEnd returns the end of the digits from text[i] on, with ".", ",",
// "/" and "-" between digits.
func numberEnd(text string, j int) int {
	for j < len(text) {
		c := text[j]
		if c >= '0' && c <= '9' || (c == '.' || c == ',' || c == '/' || c == '-') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
			j++
			continue
		}
		break
	}
	return j
}

// inSpans reports whether t lies inside one of the spans.
func inSpans(t tok, spans [][2]int) bool {
	for _, s := range spans {
		if t.start >= s[0] && t.end <= s[1] {
			return true
		}
	}
	return false
}

// isYear reports whether the four-digit count out[k] is a year: after a
// word that introduces a year ("năm 2024"), or one year of a range ("2019
// - 2023", "giai đoạn 2021 - 2025").
func isYear(out []tok, k int) bool {
	afterWord := k > 0 && out[k-1].kind == tWord
	if afterWord && yearWords[out[k-1].low] {
		return true
	}
	// "2019 - 2023": a year's partner in a range.
	if k > 1 && isDash(out[k-1]) && out[k-2].kind == tNum && out[k-2].year {
		return true
	}
	return k+2 < len(out) && isDash(out[k+1]) && out[k+2].kind == tNum && out[k+2].end-out[k+2].start == 4 &&
		afterWord && (yearWords[out[k-1].low] || out[k-1].low == "đoạn")
}

// isDash reports whether t is a hyphen or an en dash.
func isDash(t tok) bool { return t.low == "-" || t.low == "–" }

// lowerWord returns a word in lower case, without allocating when it is.
func lowerWord(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// classify reads the number text[i:j]: a count, a decimal, a ratio, a date,
// or another number (a range, a month and year, part of a symbol).
func classify(text string, i, j int) tok {
	s := text[i:j]
	t := tok{kind: tOther, start: i, end: j, low: s}
	if partOfWord(text, i, j) {
		return t
	}
	switch {
	case strings.Contains(s, "/"):
		return slashed(t, s)
	case strings.Contains(s, "-"):
		if isDate(s, "-") {
			t.kind = tDate
		}
	case strings.Contains(s, ","):
		return decimalTok(t, s)
	case strings.Contains(s, "."):
		if n, ok := count(s); ok {
			t.kind, t.n = tNum, n
		} else if isDate(s, ".") {
			t.kind = tDate
		}
	default:
		if n, ok := count(s); ok {
			t.kind, t.n = tNum, n
		}
	}
	return t
}

// partOfWord reports whether the number text[i:j] is part of a symbol or a
// longer number: a letter, "/", "-", "." or "," or a digit before it, a
// letter or "/" after it.
func partOfWord(text string, i, j int) bool {
	if i > 0 {
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if vn.IsLetter(prev) || prev == '/' || prev == '-' || prev == '.' || prev == ',' || prev >= '0' && prev <= '9' {
			return true
		}
	}
	if j < len(text) {
		next, _ := utf8.DecodeRuneInString(text[j:])
		return vn.IsLetter(next) || next == '/'
	}
	return false
}

// slashed reads a number with "/": a ratio of counts (46/86), a date, or
// another number (a month and year, 07/2024).
func slashed(t tok, s string) tok {
	parts := strings.Split(s, "/")
	switch len(parts) {
	case 2:
		a, ok1 := count(parts[0])
		b, ok2 := count(parts[1])
		if !ok1 || !ok2 {
			return t
		}
		if isMonthYear(parts[1], a, b) {
			return t // month/year: 07/2024
		}
		t.kind, t.n, t.d = tRatio, a, b
	case 3:
		if isDateParts(parts) {
			t.kind = tDate
		}
	}
	return t
}

// isMonthYear reports whether a/b, b written year, is a month and a year:
// "07/2024".
func isMonthYear(year string, a, b int64) bool {
	return len(year) == 4 && b >= 1900 && b <= 2100 && a >= 1 && a <= 12 && !strings.Contains(year, ".")
}

// decimalTok reads a decimal with one "," and at most four decimals.
func decimalTok(t tok, s string) tok {
	if strings.Count(s, ",") != 1 {
		return t
	}
	whole, frac, _ := strings.Cut(s, ",")
	if _, ok := count(whole); !ok || len(frac) > 4 || strings.Contains(frac, ".") {
		return t
	}
	d, err := decimal.NewFromString(strings.ReplaceAll(whole, ".", "") + "." + frac)
	if err != nil {
		return t
	}
	t.kind, t.pct, t.places = tDec, d, int32(len(frac))
	return t
}

// isDate reports whether s is a date whose parts sep separates.
func isDate(s, sep string) bool {
	parts := strings.Split(s, sep)
	return len(parts) == 3 && isDateParts(parts)
}

// count reads a count written with "." between thousands, or plain digits
// (a leading zero allowed: "03"). It refuses more than 13 digits.
func count(s string) (int64, bool) {
	groups := strings.Split(s, ".")
	if s == "" || !thousandGroups(groups) {
		return 0, false
	}
	digits := strings.Join(groups, "")
	if len(digits) > 13 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}

// thousandGroups reports whether the groups of a number split at "." are
// thousands: one to three digits, then three each.
func thousandGroups(groups []string) bool {
	if len(groups) == 1 {
		return true
	}
	if len(groups[0]) == 0 || len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// isDateParts reports whether day, month and year parts may be a date:
// one or two digits, one or two digits, four digits.
func isDateParts(p []string) bool {
	return len(p[0]) >= 1 && len(p[0]) <= 2 && len(p[1]) >= 1 && len(p[1]) <= 2 && len(p[2]) == 4
}
