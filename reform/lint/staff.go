package lint

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// staffPhrases name the staff of a unit, longest first, with the class of
// staff they count: "all" (nhân sự, cán bộ, công chức, viên chức), "cbcc"
// (cán bộ, công chức), "cb" (cán bộ), "cc" (công chức), "vc" (viên chức),
// "ccvc". Two headcounts are compared only within a class; the base of a
// ratio of women "cán bộ nữ" also with a headcount of all staff, the
// loose sense of "cán bộ" in a department's report.
var staffPhrases = []struct {
	words []string
	class string
}{
	{[]string{"cán", "bộ", ",", "công", "chức", ",", "viên", "chức", "và", "người", "lao", "động"}, "all"},
	{[]string{"cán", "bộ", ",", "công", "chức", ",", "viên", "chức", ",", "người", "lao", "động"}, "all"},
	{[]string{"cán", "bộ", ",", "công", "chức", ",", "viên", "chức"}, "all"},
	{[]string{"công", "chức", ",", "viên", "chức", "và", "người", "lao", "động"}, "all"},
	{[]string{"công", "chức", ",", "viên", "chức", ",", "người", "lao", "động"}, "all"},
	{[]string{"công", "chức", ",", "viên", "chức"}, "ccvc"},
	{[]string{"cán", "bộ", ",", "công", "chức"}, "cbcc"},
	{[]string{"cbccvc"}, "all"},
	{[]string{"nhân", "sự"}, "all"},
	{[]string{"cán", "bộ"}, "cb"},
	{[]string{"công", "chức"}, "cc"},
	{[]string{"viên", "chức"}, "vc"},
}

// headAfter are the tokens that may follow a headcount: the end of its
// phrase.
var headAfter = map[string]bool{".": true, ";": true, ",": true, "(": true, ")": true, ":": true,
	"trong": true, "gồm": true, "thuộc": true, "hiện": true, "đang": true, "làm": true}

// staffFact is a statement of a unit's staff: a headcount ("84 nhân sự")
// or the denominator of a ratio of women ("46/86 cán bộ nữ").
type staffFact struct {
	subject, class string
	display        string // the unit as written
	value          int64
	ratio          bool
	at             Place
	text           string
}

// checkStaff compares the headcounts of a unit stated in different places,
// and the denominators of its ratios of women with its headcount.
func (c *checker) checkStaff(body []*text) {
	var facts []staffFact
	for _, t := range body {
		for k := range t.toks {
			if f, ok := t.staffFact(k); ok {
				facts = append(facts, f)
			}
		}
	}
	first := map[string]staffFact{}
	for _, f := range facts {
		head, ok := firstStatement(first, f)
		if !ok {
			if !f.ratio {
				first[f.subject+"|"+f.class] = f
			}
			continue
		}
		if f.value != head.value {
			c.staffMismatch(f, head)
		}
	}
}

// firstStatement returns the first headcount of f's unit and class among
// first; for a ratio of officials without one, the unit's whole staff.
func firstStatement(first map[string]staffFact, f staffFact) (staffFact, bool) {
	head, ok := first[f.subject+"|"+f.class]
	if !ok && f.ratio && f.class == "cb" {
		head, ok = first[f.subject+"|all"]
	}
	return head, ok
}

// staffFact reads the statement of a unit's staff at token k: a headcount
// followed by a staff phrase and the end of the phrase, or a ratio of
// women; false when k is none.
func (t *text) staffFact(k int) (staffFact, bool) {
	tk := t.toks[k]
	if tk.masked || !(tk.figure() || tk.kind == tRatio) {
		return staffFact{}, false
	}
	class, end := staffPhrase(t, k+1)
	if class == "" {
		return staffFact{}, false
	}
	ratio := tk.kind == tRatio
	if !t.staffPhraseEnds(end, ratio) {
		return staffFact{}, false
	}
	subject, display := t.subjectOf(k)
	if subject == "" || t.partOfWhole(k) {
		return staffFact{}, false
	}
	value := tk.n
	if ratio {
		end, value = t.afterWomen(end), tk.d
	}
	last := t.toks[min(end, len(t.toks))-1]
	return staffFact{subject: subject, display: display, class: class, value: value, ratio: ratio,
		at: t.p.place(tk.start, last.end), text: t.p.text[tk.start:last.end]}, true
}

// staffPhraseEnds reports whether the staff phrase ending at token end
// ends a statement: a ratio's "nữ" ("46/86 cán bộ nữ", "… là nữ"), a
// headcount's end of phrase ("84 nhân sự." or "84 nhân sự, trong đó").
func (t *text) staffPhraseEnds(end int, ratio bool) bool {
	if ratio {
		return t.isWord(end, "nữ") || t.isWord(end, "là") && t.isWord(end+1, "nữ")
	}
	return end >= len(t.toks) || headAfter[t.toks[end].low]
}

// afterWomen returns the token after the "nữ" (or "là nữ") of a ratio of
// women whose staff phrase ends at token end.
func (t *text) afterWomen(end int) int {
	end++ // "nữ", or "là"
	if t.isWord(end, "nữ") {
		end++
	}
	return end
}

// staffMismatch reports a statement f of a unit's staff that differs from
// the first, head: a ratio's denominator or another headcount.
func (c *checker) staffMismatch(f, head staffFact) {
	d := f.value - head.value
	if f.ratio {
		c.add(personnel.CodeBase, finding.Error, f.at, []Place{head.at},
			[]finding.Value{{Name: "stated", Value: fmt.Sprint(f.value)}, {Name: "organisation", Value: fmt.Sprint(head.value)}, {Name: "difference", Value: fmt.Sprint(d)}},
			fmt.Sprintf("Mẫu số của tỷ lệ “%s” là %s nhưng số nhân sự của %s ghi ở %s (“%s”) là %s, chênh lệch %s; hai số liệu phải là một.",
				f.text, vn.Int(f.value), f.display, head.at.String(), head.text, vn.Int(head.value), vn.Int(abs(d))))
		return
	}
	c.add(reform.CodeStaff, finding.Error, f.at, []Place{head.at},
		[]finding.Value{{Name: "stated", Value: fmt.Sprint(f.value)}, {Name: "other", Value: fmt.Sprint(head.value)}, {Name: "difference", Value: fmt.Sprint(d)}},
		fmt.Sprintf("Số nhân sự của %s ghi “%s” nhưng ở %s ghi “%s”, chênh lệch %s; hai số liệu phải là một.",
			f.display, f.text, head.at.String(), head.text, vn.Int(abs(d))))
}

// abs returns the absolute value of n.
func abs(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// staffPhrase reads a staff phrase at token k and returns its class and the
// token after it, or "".
func staffPhrase(t *text, k int) (string, int) {
	for _, sp := range staffPhrases {
		ok := true
		for i, w := range sp.words {
			j := k + i
			if j >= len(t.toks) || t.toks[j].low != w {
				ok = false
				break
			}
		}
		if ok {
			return sp.class, k + len(sp.words)
		}
	}
	return "", k
}

// orgHeads start the name of a unit.
var orgHeads = map[string]bool{"sở": true, "phòng": true, "ubnd": true, "ủy": true, "uỷ": true, "trung": true,
	"văn": true, "chi": true, "cục": true, "ban": true, "tòa": true, "viện": true, "bộ": true}

// nameStops end the name of a unit.
var nameStops = map[string]bool{"hiện": true, "có": true, "với": true, "là": true, "gồm": true, "đã": true,
	"được": true, "tại": true, "trong": true, "thuộc": true, "đang": true, "tổng": true, "giao": true}

// subjectOf returns the unit a figure at k is about: the first unit named
// in its sentence before it ("Sở Tư pháp tỉnh An Giang hiện có …"), or a
// level ("Tại cấp xã, có 306 công chức"), normalized: lower case, the place
// after "tỉnh", "thành phố" dropped; and the unit as written. "" when
// there is none.
func (t *text) subjectOf(k int) (string, string) {
	for j := t.clauseStart(k); j < k; j++ {
		tk := t.toks[j]
		if tk.kind != tWord {
			continue
		}
		if tk.low == "cấp" && j+1 < k && (t.isWord(j+1, "xã") || t.isWord(j+1, "huyện") || t.isWord(j+1, "tỉnh")) {
			return "cấp " + t.toks[j+1].low, t.p.text[tk.start:t.toks[j+1].end]
		}
		r := []rune(t.p.text[tk.start:tk.end])
		if orgHeads[tk.low] && unicode.IsUpper(r[0]) {
			return t.unitName(j, k)
		}
	}
	return "", ""
}

// clauseStart returns the first token of the sentence or clause (after a
// colon) of token k, at most scanBack tokens back.
func (t *text) clauseStart(k int) int {
	start := k
	for start > 0 && start > k-scanBack && !t.sentenceEnd(start-1) && !t.isPunct(start-1, ":") {
		start--
	}
	return start
}

// unitName reads the name of a unit from token j, before token k: at most
// eight words, up to a word that ends it or the place ("tỉnh", "thành
// phố" …). It returns the name in lower case and as written.
func (t *text) unitName(j, k int) (string, string) {
	var words []string
	last := t.toks[j]
	for x := j; x < k; x++ {
		w := t.toks[x]
		if w.kind != tWord || nameStops[w.low] {
			break
		}
		if len(words) > 0 && (w.low == "tỉnh" || w.low == "thành" || w.low == "thị" || w.low == "quận") {
			break
		}
		words = append(words, w.low)
		last = w
		if len(words) == 8 {
			break
		}
	}
	return strings.Join(words, " "), t.p.text[t.toks[j].start:last.end]
}

// partOfWhole reports a figure inside a "trong đó" clause or a parenthesis
// of its sentence: a part of a whole stated before it, not a headcount.
func (t *text) partOfWhole(k int) bool {
	for j := k - 1; j >= 0 && j >= k-scanBack; j-- {
		if t.sentenceEnd(j) {
			return false
		}
		if t.words(j, "trong", "đó") || t.isPunct(j, "(") {
			return true
		}
	}
	return false
}
