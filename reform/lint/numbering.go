package lint

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// scheme is the kind of an outline label.
type scheme int

// The label schemes, from the top of the outline down.
const (
	schemeNone   scheme = iota
	schemeRoman         // I. II. (mục)
	schemeArabic        // 1. 2. (khoản)
	schemeDotted        // 1.1. 2.2 (convention)
	schemeLetter        // a) b) (điểm)
)

// label is an outline label as written at the start of a paragraph.
type label struct {
	scheme scheme
	// text is the label as written: "III.", "2.2", "đ)".
	text string
	// parts are the numbers: [3] for "III." and "3.", [2 2] for "2.2", the
	// 1-based Vietnamese position for a letter (0 for a letter Vietnamese
	// numbering does not use).
	parts []int
	// letter is the letter of a điểm.
	letter string
	// closer is the punctuation after the number: '.' or ')', 0 for none.
	closer byte
}

// rank orders the levels: Roman 0, Arabic 1, dotted by its depth, letters
// below every number.
func (l label) rank() int {
	switch l.scheme {
	case schemeRoman:
		return 0
	case schemeArabic:
		return 1
	case schemeDotted:
		return len(l.parts)
	}
	return 10
}

// key is the label in a heading path: "II", "2", "2.2", "đ".
func (l label) key() string {
	switch l.scheme {
	case schemeLetter:
		return l.letter
	case schemeRoman:
		r, _ := vn.Roman(l.parts[0])
		return r
	}
	return joinNumbers(l.parts)
}

// joinNumbers writes numbers joined by dots: "2.2".
func joinNumbers(parts []int) string {
	s := make([]string, len(parts))
	for i, n := range parts {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ".")
}

// nameOf writes the label as its scheme writes it, for messages: "III.",
// "2.2.", "đ)".
func nameOf(sc scheme, parts []int, letterPos int) string {
	switch sc {
	case schemeRoman:
		r, err := vn.Roman(parts[0])
		if err != nil {
			return strconv.Itoa(parts[0]) + "."
		}
		return r + "."
	case schemeLetter:
		l, err := vn.Letter(letterPos)
		if err != nil {
			return "?)"
		}
		return l + ")"
	}
	return joinNumbers(parts) + "."
}

// leadingMarks reads the outline label or list mark at the start of s and
// returns it with the offset of the content after it.
func leadingMarks(s string) (label, string, int) {
	if l, end, ok := parseLabel(s); ok {
		return l, "", end
	}
	if b, end, ok := parseBullet(s); ok {
		return label{}, b, end
	}
	return label{}, "", 0
}

// hasLeadingLabel reports whether s starts with an outline label.
func hasLeadingLabel(s string) bool {
	_, _, ok := parseLabel(s)
	return ok
}

// hasBullet reports whether s starts with a list mark.
func hasBullet(s string) bool {
	_, _, ok := parseBullet(s)
	return ok
}

// parseBullet reads "- ", "+ ", "– ", "• " at the start of s.
func parseBullet(s string) (string, int, bool) {
	r, size := utf8.DecodeRuneInString(s)
	switch r {
	case '-', '+', '–', '•', '*', '●', '▪', '\uF0B7':
	default:
		return "", 0, false
	}
	if size >= len(s) || (s[size] != ' ' && s[size] != '\t') {
		return "", 0, false
	}
	end := size
	for end < len(s) && (s[end] == ' ' || s[end] == '\t') {
		end++
	}
	return string(r), end, true
}

// parseLabel reads an outline label at the start of s: "III. ", "2. ",
// "2.2. ", "2.2 " (before a capital), "đ) ", "a. ". It returns the label
// and the offset of the content after it and its spaces.
func parseLabel(s string) (label, int, bool) {
	if s == "" {
		return label{}, 0, false
	}
	c := s[0]
	switch {
	case c >= '0' && c <= '9':
		return parseNumberLabel(s)
	case strings.ContainsRune("IVXLC", rune(c)):
		return parseRomanLabel(s)
	}
	return parseLetterLabel(s)
}

// parseRomanLabel reads "III. " at the start of s.
func parseRomanLabel(s string) (label, int, bool) {
	i := 0
	for i < len(s) && strings.IndexByte("IVXLC", s[i]) >= 0 {
		i++
	}
	if i >= len(s) || s[i] != '.' {
		return label{}, 0, false
	}
	n, err := vn.ParseRoman(s[:i])
	if err != nil {
		return label{}, 0, false
	}
	end, ok := afterLabel(s, i+1, false)
	if !ok {
		return label{}, 0, false
	}
	return label{scheme: schemeRoman, text: s[:i+1], parts: []int{n}, closer: '.'}, end, true
}

// parseLetterLabel reads a letter label at the start of s: one lower-case
// letter (or đ), or an upper-case one before ")", then ")" or ".".
func parseLetterLabel(s string) (label, int, bool) {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) || size >= len(s) {
		return label{}, 0, false
	}
	closer := s[size]
	if closer != ')' && closer != '.' || !letterLabelRune(r, closer) {
		return label{}, 0, false
	}
	end, ok := afterLabel(s, size+1, closer == '.')
	if !ok {
		return label{}, 0, false
	}
	letter := string(r)
	pos, err := vn.ParseLetter(letter)
	if err != nil {
		pos = 0
	}
	return label{scheme: schemeLetter, text: s[:size+1], parts: []int{pos}, letter: letter, closer: closer}, end, true
}

// letterLabelRune reports whether r may be the letter of a label closed by
// closer: a lower-case ASCII letter or "đ"; an upper-case one only before
// ")" ("A. PHẦN …" is a part of a report, not a điểm; left alone).
func letterLabelRune(r rune, closer byte) bool {
	if unicode.IsLower(r) {
		return r >= 'a' && r <= 'z' || r == 'đ'
	}
	return closer != '.' && (r >= 'A' && r <= 'Z' || r == 'Đ')
}

// parseNumberLabel reads "1. ", "2.2. ", "2.2 " at the start of s.
func parseNumberLabel(s string) (label, int, bool) {
	parts, i, ok := labelNumbers(s)
	if !ok || len(parts) > 4 {
		return label{}, 0, false
	}
	closer := byte(0)
	if i < len(s) && s[i] == '.' {
		closer = '.'
		i++
	}
	if len(parts) == 1 && closer == 0 {
		return label{}, 0, false
	}
	// A dotted number without its final dot counts only before a capital:
	// "2.2 Kiểm soát", not "1.5 triệu".
	end, ok := afterLabel(s, i, closer == 0)
	if !ok {
		return label{}, 0, false
	}
	sc := schemeArabic
	if len(parts) > 1 {
		sc = schemeDotted
	}
	return label{scheme: sc, text: s[:i], parts: parts, closer: closer}, end, true
}

// labelNumbers reads the numbers of one or two digits joined by dots at
// the start of s, and returns them with the offset after the last.
func labelNumbers(s string) ([]int, int, bool) {
	var parts []int
	i := 0
	for {
		j := i
		for j < len(s) && j-i < 3 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i || j-i > 2 || (j < len(s) && s[j] >= '0' && s[j] <= '9') {
			return nil, 0, false
		}
		n, _ := strconv.Atoi(s[i:j])
		parts = append(parts, n)
		i = j
		if i < len(s) && s[i] == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
			i++
			continue
		}
		return parts, i, true
	}
}

// afterLabel checks what follows a label ending at i: spaces, then a letter
// or an opening quote or emphasis (a capital when capital is set). It
// returns the offset of the content.
func afterLabel(s string, i int, capital bool) (int, bool) {
	j := i
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if j == i || j >= len(s) {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	if capital {
		return j, unicode.IsUpper(r)
	}
	return j, unicode.IsLetter(r) || r == '“' || r == '"' || r == '*' || r == '('
}

// level is a heading on the stack of the outline.
type level struct {
	lab label
	p   *para
}

// placeHeadings numbers every body paragraph under its headings (heading
// path and đoạn) and marks the paragraphs of the directions and
// recommendations parts.
func (o *outline) placeHeadings() {
	var stack []level
	index := 0
	outside := false
	for _, p := range o.inPart(PartBody) {
		if p.label.scheme == schemeNone {
			index++
			p.heading, p.index, p.outsideResults = pathOf(stack), index, outside
			continue
		}
		_, stack = popLevels(stack, p.label)
		stack = append(stack, level{lab: p.label, p: p})
		index = 0
		p.heading, p.index = pathOf(stack), 0
		if p.label.scheme == schemeRoman {
			outside = isDirections(p.content()) || isRecommendations(p.content())
		}
		p.outsideResults = outside
	}
}

// isRecommendations reports whether a mục heading is the one of
// recommendations (kiến nghị, đề xuất).
func isRecommendations(title string) bool {
	t := strings.ToUpper(vn.NFC(title))
	return strings.HasPrefix(strings.TrimSpace(t), "KIẾN NGHỊ") || strings.HasPrefix(strings.TrimSpace(t), "ĐỀ XUẤT")
}

// isDirections reports whether a mục heading is the one of directions and
// tasks for the next period.
func isDirections(title string) bool {
	t := strings.ToUpper(vn.NFC(title))
	return strings.Contains(t, "PHƯƠNG HƯỚNG") || strings.Contains(t, "NHIỆM VỤ TRỌNG TÂM") ||
		strings.Contains(t, "KẾ HOẠCH") && (strings.Contains(t, "THỜI GIAN TỚI") || strings.Contains(t, "KỲ TỚI"))
}

// pathOf writes the heading path of a stack: the keys joined by ".", a
// dotted number standing for the numbers it repeats.
func pathOf(stack []level) string {
	var keys []string
	for i, l := range stack {
		if i+1 < len(stack) && stack[i+1].lab.scheme == schemeDotted &&
			(l.lab.scheme == schemeArabic || l.lab.scheme == schemeDotted) {
			continue
		}
		keys = append(keys, l.lab.key())
	}
	return strings.Join(keys, ".")
}

// checkNumbering checks the sequences of headings at each level and the
// way their labels are written.
func (c *checker) checkNumbering() {
	counts := c.labelCounts()
	var stack []level
	for _, p := range c.o.paras {
		if p.part != PartBody || p.label.scheme == schemeNone {
			continue
		}
		var prev *level
		prev, stack = popLevels(stack, p.label)
		c.checkLabel(p, prev, stack)
		stack = append(stack, level{lab: p.label, p: p})
		c.checkPunctuation(p, counts)
	}
}

// labelCounts counts the ways the body writes dotted numbers and letters:
// with or without a final dot, with ")" or ".".
type labelCounts struct {
	dotted, dottedWithDot, letters, lettersParen int
}

// labelCounts counts the dotted and letter labels of the body.
func (c *checker) labelCounts() labelCounts {
	var n labelCounts
	for _, p := range c.o.inPart(PartBody) {
		switch p.label.scheme {
		case schemeDotted:
			n.dotted++
			if p.label.closer == '.' {
				n.dottedWithDot++
			}
		case schemeLetter:
			n.letters++
			if p.label.closer == ')' {
				n.lettersParen++
			}
		}
	}
	return n
}

// popLevels pops the headings of the stack at l's level or below, and
// returns the last one of l's level and scheme (nil for none) and the
// stack left.
func popLevels(stack []level, l label) (*level, []level) {
	var prev *level
	for len(stack) > 0 && stack[len(stack)-1].lab.rank() >= l.rank() {
		top := stack[len(stack)-1]
		if top.lab.rank() == l.rank() && top.lab.scheme == l.scheme {
			prev = &top
		}
		stack = stack[:len(stack)-1]
	}
	return prev, stack
}

// labelPlace is the place of p's label, quoting the start of the heading.
func labelPlace(p *para) Place {
	at := p.place(0, len(p.label.text))
	at.Quote = clip(p.text, len(p.label.text)+60)
	return at
}

// checkPunctuation reports a label written the minority way of its kind.
func (c *checker) checkPunctuation(p *para, n labelCounts) {
	l := p.label
	at := labelPlace(p)
	switch {
	case l.scheme == schemeDotted && l.closer == 0 && 2*n.dottedWithDot > n.dotted:
		c.add(CodeNumberingPunctuation, finding.Warning, at, nil,
			[]finding.Value{{Name: "written", Value: l.text}, {Name: "expected", Value: l.text + "."}},
			fmt.Sprintf("Số thứ tự “%s” thiếu dấu chấm sau cùng; các đề mục cùng cấp trong báo cáo viết “%s”.", l.text, l.text+"."))
	case l.scheme == schemeDotted && l.closer == '.' && 2*n.dottedWithDot < n.dotted:
		c.add(CodeNumberingPunctuation, finding.Warning, at, nil,
			[]finding.Value{{Name: "written", Value: l.text}, {Name: "expected", Value: strings.TrimSuffix(l.text, ".")}},
			fmt.Sprintf("Số thứ tự “%s” có dấu chấm sau cùng trong khi phần lớn các đề mục cùng cấp trong báo cáo không có.", l.text))
	case l.scheme == schemeLetter && l.closer == '.' && 2*n.lettersParen >= n.letters:
		c.add(CodeNumberingPunctuation, finding.Warning, at, nil,
			[]finding.Value{{Name: "written", Value: l.text}, {Name: "expected", Value: l.letter + ")"}},
			fmt.Sprintf("Điểm “%s” viết bằng dấu chấm; điểm được đánh bằng chữ cái kèm dấu ngoặc đơn: “%s)”.", l.text, l.letter))
	}
}

// labelValues are the values of a finding on a label: as written and as
// expected.
func labelValues(l label, expected string) []finding.Value {
	return []finding.Value{{Name: "written", Value: l.text}, {Name: "expected", Value: expected}}
}

// checkLabel checks one label against the one before it at its level (prev,
// nil for the first under its parent) and, for a dotted number, against
// its parent on the stack.
func (c *checker) checkLabel(p *para, prev *level, stack []level) {
	at := labelPlace(p)
	if p.label.scheme == schemeLetter && !c.checkLetter(p.label, at) {
		return
	}
	if p.label.scheme == schemeDotted && !c.checkParent(p.label, stack, at) {
		return
	}
	c.checkSequence(p.label, prev, at)
}

// checkLetter checks a điểm's letter: one of Vietnamese numbering, in
// lower case; false when it is not.
func (c *checker) checkLetter(l label, at Place) bool {
	if l.parts[0] != 0 && l.letter == strings.ToLower(l.letter) {
		return true
	}
	why := "không có trong bảng chữ cái đánh số điểm tiếng Việt (a b c d đ e g h i k l m n o p q r s t u v x y)"
	if l.letter != strings.ToLower(l.letter) {
		why = "viết hoa; điểm được đánh bằng chữ cái thường"
	}
	c.add(CodeNumberingLetter, finding.Error, at, nil, labelValues(l, ""),
		fmt.Sprintf("Điểm “%s” %s.", l.text, why))
	return false
}

// checkParent checks that a dotted number belongs to the number of its
// heading, the nearest number on the stack; false when it does not.
func (c *checker) checkParent(l label, stack []level, at Place) bool {
	last := len(l.parts) - 1
	for i := len(stack) - 1; i >= 0; i-- {
		pl := stack[i].lab
		if pl.scheme != schemeArabic && pl.scheme != schemeDotted {
			continue
		}
		if len(pl.parts) == len(l.parts)-1 && !slices.Equal(pl.parts, l.parts[:last]) {
			want := nameOf(schemeDotted, append(slices.Clone(pl.parts), l.parts[last]), 0)
			c.add(CodeNumberingParent, finding.Error, at, []Place{stack[i].p.place(0, len(pl.text))}, labelValues(l, want),
				fmt.Sprintf("Đề mục “%s” nằm dưới đề mục “%s” nên phải đánh số “%s”.", l.text, pl.text, want))
			return false
		}
		return true
	}
	return true
}

// name names the kind of heading of the scheme in messages: "mục",
// "khoản", "tiểu mục", "điểm".
func (sc scheme) name() string {
	switch sc {
	case schemeRoman:
		return "mục"
	case schemeArabic:
		return "khoản"
	case schemeDotted:
		return "tiểu mục"
	case schemeLetter:
		return "điểm"
	}
	return ""
}

// checkSequence checks that a label follows the one before it at its level
// (prev), or starts at 1 (a, I) without one: a repeat, a skip or a number
// that goes back.
func (c *checker) checkSequence(l label, prev *level, at Place) {
	last := len(l.parts) - 1
	n := l.parts[last]
	expected := 1
	var rel []Place
	if prev != nil {
		expected = prev.lab.parts[len(prev.lab.parts)-1] + 1
		rel = []Place{prev.p.place(0, len(prev.lab.text))}
	}
	if n == expected {
		return
	}
	want := slices.Clone(l.parts)
	want[last] = expected
	wantName := nameOf(l.scheme, want, expected)
	code, msg := sequenceProblem(l, prev, n, expected, wantName)
	c.add(code, finding.Error, at, rel, labelValues(l, wantName), msg)
}

// sequenceProblem returns the code and message of a label numbered n
// where expected was due: a repeat of the number before (prev), a first
// label that does not start at 1, a skip or a number that goes back.
func sequenceProblem(l label, prev *level, n, expected int, wantName string) (finding.Code, string) {
	kindName := l.scheme.name()
	switch {
	case prev != nil && n == expected-1:
		return CodeNumberingRepeat, fmt.Sprintf("Số thứ tự “%s” lặp lại số của %s trước; %s này phải đánh số “%s”.", l.text, kindName, kindName, wantName)
	case prev == nil:
		return CodeNumberingSkip, fmt.Sprintf("%s đầu tiên được đánh số “%s”; phải bắt đầu từ “%s”.", section.Capitalize(kindName), l.text, wantName)
	case n > expected:
		return CodeNumberingSkip, fmt.Sprintf("Số thứ tự “%s” bỏ sót “%s” ngay sau %s “%s”.", l.text, wantName, kindName, prev.lab.text)
	}
	return CodeNumberingOrder, fmt.Sprintf("Số thứ tự “%s” nhỏ hơn số của %s trước (“%s”); %s này phải đánh số “%s”.", l.text, kindName, prev.lab.text, kindName, wantName)
}
