package lint

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// lookalikes are characters no Vietnamese word uses that look like its
// letters, with the letter meant.
var lookalikes = map[rune]string{
	'ǎ': "ă", 'Ǎ': "Ă", 'Ð': "Đ", 'ð': "đ", 'Ɖ': "Đ", 'ɖ': "đ", 'ȃ': "ă", 'Ȃ': "Ă",
}

// maxHygiene bounds the findings of each hygiene check in a document.
const maxHygiene = 20

// checkHygiene checks every paragraph and note for text that is not NFC,
// look-alike characters, doubled spaces and doubled punctuation.
func (c *checker) checkHygiene() {
	h := &hygiene{c: c, counts: map[finding.Code]int{}}
	var nfc []*para
	for _, p := range c.ordered() {
		if !vn.IsNFC(p.text) {
			nfc = append(nfc, p)
		}
		h.lookalikes(p)
		h.spaces(p)
		h.punctuation(p)
	}
	if len(nfc) > 0 {
		c.reportNFC(nfc)
	}
}

// reportNFC reports the paragraphs not in NFC once, at the first.
func (c *checker) reportNFC(nfc []*para) {
	p := nfc[0]
	i := firstNonNFC(p.text)
	c.add(CodeTextNFC, finding.Warning, p.place(wordStart(p.text, i), wordEnd(p.text, i)), nil,
		[]finding.Value{{Name: "paragraphs", Value: fmt.Sprint(len(nfc))}},
		fmt.Sprintf("Có %d đoạn chứa chữ tiếng Việt không ở dạng Unicode dựng sẵn (NFC), đoạn đầu tiên ở đây; "+
			"chữ tổ hợp (chữ cái kèm dấu rời) khó tìm kiếm, sắp xếp và có thể hiển thị sai: chuyển văn bản sang Unicode dựng sẵn.", len(nfc)))
}

// hygiene reports the hygiene findings of a document, at most maxHygiene
// of each code.
type hygiene struct {
	c      *checker
	counts map[finding.Code]int
}

// add reports a finding unless its code has reached the bound.
func (h *hygiene) add(code finding.Code, sev finding.Severity, at Place, values []finding.Value, msg string) {
	if h.counts[code] < maxHygiene {
		h.c.add(code, sev, at, nil, values, msg)
	}
	h.counts[code]++
}

// lookalikes reports the characters of p that look like Vietnamese letters
// but are not: known look-alikes, and Cyrillic or Greek letters in a Latin
// word.
func (h *hygiene) lookalikes(p *para) {
	for i, r := range p.text {
		if r >= 0xD0 && (r <= 0x24F || r >= 0x370 && r <= 0x4FF) {
			h.lookalike(p, i, r)
		}
	}
}

// lookalike reports the character r at offset i of p when it is a
// look-alike.
func (h *hygiene) lookalike(p *para, i int, r rune) {
	s := p.text
	if want, ok := lookalikes[r]; ok {
		at := p.place(wordStart(s, i), wordEnd(s, i))
		h.add(CodeTextLookalike, finding.Warning, at,
			[]finding.Value{{Name: "character", Value: fmt.Sprintf("U+%04X", r)}, {Name: "expected", Value: want}},
			fmt.Sprintf("Chữ “%s” có ký tự “%c” (U+%04X) không dùng trong tiếng Việt; có lẽ phải là “%s”.", at.Quote, r, r, want))
		return
	}
	if (unicode.In(r, unicode.Cyrillic, unicode.Greek)) && inLatinWord(s, i) {
		at := p.place(wordStart(s, i), wordEnd(s, i))
		h.add(CodeTextLookalike, finding.Warning, at,
			[]finding.Value{{Name: "character", Value: fmt.Sprintf("U+%04X", r)}},
			fmt.Sprintf("Chữ “%s” có ký tự “%c” (U+%04X) của bảng chữ cái khác (Kirin hoặc Hy Lạp) lẫn trong chữ Latinh.", at.Quote, r, r))
	}
}

// spaces reports two spaces in a row inside p's text.
func (h *hygiene) spaces(p *para) {
	s := p.text
	if i := strings.Index(strings.TrimSpace(s), "  "); i >= 0 {
		off := strings.Index(s, strings.TrimSpace(s)) + i
		h.add(CodeTextSpace, finding.Info, p.place(max(0, off-20), min(len(s), off+22)), nil,
			"Đoạn văn có hai dấu cách liền nhau.")
	}
}

// punctuation reports ",", ";", ":" or "." typed twice ("..." aside).
func (h *hygiene) punctuation(p *para) {
	s := p.text
	for i := 0; i+1 < len(s); i++ {
		ch := s[i]
		if ch != ',' && ch != ';' && ch != ':' && ch != '.' || s[i+1] != ch {
			continue
		}
		if ch == '.' && (i+2 < len(s) && s[i+2] == '.' || i > 0 && s[i-1] == '.') {
			continue // "..."
		}
		h.add(CodeTextPunctuation, finding.Info, p.place(max(0, i-20), min(len(s), i+22)),
			[]finding.Value{{Name: "written", Value: s[i : i+2]}},
			fmt.Sprintf("Dấu “%c” bị gõ hai lần.", ch))
		i++
	}
}

// firstNonNFC returns the offset of the first combining mark of s.
func firstNonNFC(s string) int {
	for i, r := range s {
		if unicode.Is(unicode.Mn, r) {
			return i
		}
	}
	return 0
}

// inLatinWord reports whether the rune at i sits in a word that also has
// Latin letters.
func inLatinWord(s string, i int) bool {
	w := s[wordStart(s, i):wordEnd(s, i)]
	for _, r := range w {
		if r < 0x250 && unicode.IsLetter(r) {
			return true
		}
		if r >= 0x1EA0 && r <= 0x1EFF {
			return true
		}
	}
	return false
}

// wordStart returns the start of the word around offset i.
func wordStart(s string, i int) int {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !vn.IsLetter(r) {
			break
		}
		i -= size
	}
	return i
}

// wordEnd returns the end of the word around offset i.
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !vn.IsLetter(r) {
			break
		}
		i += size
	}
	return i
}
