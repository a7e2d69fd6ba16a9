package lint

import (
	"strings"

	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
)

// growthWords before a percentage make it a change, not a rate of the
// fraction before it.
var growthWords = map[string]bool{"tăng": true, "giảm": true, "vượt": true, "hơn": true, "thêm": true, "cao": true, "thấp": true}

// checkRates checks every stated percentage that has its fraction nearby:
// "46/86 cán bộ nữ (đạt tỷ lệ 53,4%)", "33/33 nhiệm vụ …, đạt tỷ lệ 100%",
// "306 công chức trong đó có 300 công chức … (đạt 98%)".
func (c *checker) checkRates(t *text) {
	for k, tk := range t.toks {
		if tk.kind != tPct || tk.masked || t.claimed[k] {
			continue
		}
		if t.growth(k) {
			continue
		}
		num, den, from, ok := t.fraction(k)
		if !ok || den <= 0 || num > den || num < 0 {
			continue
		}
		unit := t.unit(from)
		around := " " + strings.Join(t.wordsBetween(from, k), " ") + " "
		code := CodeFigureRate
		switch {
		case strings.Contains(around, " nữ "):
			code = personnel.CodeWomenRate
		case strings.Contains(around, " chứng chỉ "):
			code = personnel.CodeCertifiedRate
		case strings.Contains(around, " nhiệm vụ "):
			code = reform.CodePlanRate
		}
		label := "tỷ lệ"
		if len(unit) > 0 {
			label = "tỷ lệ " + strings.Join(unit, " ")
		}
		at := t.p.place(t.toks[from].start, tk.end)
		if _, f, bad := finding.CheckRate(finding.Subject{Code: code, Label: label}, tk.pct, tk.places, num, den); bad {
			c.addFinding(f, at, nil)
		}
		t.claimed[k] = true
	}
}

// growth reports whether the percentage at k is a change ("tăng 5%", "5%
// so với cùng kỳ").
func (t *text) growth(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if t.toks[j].kind == tWord && growthWords[t.toks[j].low] {
			return true
		}
	}
	return t.words(k+1, "so", "với")
}

// fraction finds the fraction a percentage at k states: the nearest ratio
// before it in the same sentence with no other percentage or ratio
// between; else a whole and its part, "N … trong đó (có) M …". It returns
// the numerator, the denominator and the token where the fraction starts.
func (t *text) fraction(k int) (num, den int64, from int, ok bool) {
	words := 0
	for j := k - 1; j >= 0; j-- {
		tk := t.toks[j]
		if t.sentenceEnd(j) || tk.kind == tPct {
			break
		}
		if tk.kind == tWord {
			words++
			if words > 15 {
				break
			}
		}
		if tk.kind == tRatio && !tk.masked {
			return tk.n, tk.d, j, true
		}
		if tk.kind == tPunct && tk.low == ";" {
			break
		}
	}
	// "N <unit> trong đó (có) M <unit> … (đạt x%)": one part of a whole.
	for j := k - 1; j >= 1 && j >= k-scanBack; j-- {
		if t.sentenceEnd(j) || t.toks[j].kind == tPct || t.toks[j].kind == tRatio {
			return 0, 0, 0, false
		}
		if !t.words(j, "trong", "đó") {
			continue
		}
		m := j + 2
		if t.isWord(m, "có") {
			m++
		}
		if m >= k || !t.toks[m].figure() {
			return 0, 0, 0, false
		}
		// Only one part: no other figure between it and the percentage.
		for x := m + 1; x < k; x++ {
			if t.toks[x].figure() {
				return 0, 0, 0, false
			}
		}
		w := j - 1
		for w >= 0 && (t.toks[w].kind == tWord || t.isPunct(w, ",")) && j-w <= 6 {
			w--
		}
		if w < 0 || !t.toks[w].figure() {
			return 0, 0, 0, false
		}
		if !sameUnit(t.unit(w), t.unit(m)) {
			return 0, 0, 0, false
		}
		return t.toks[m].n, t.toks[w].n, w, true
	}
	return 0, 0, 0, false
}

// wordsBetween returns the words of tokens [from, to), lower case.
func (t *text) wordsBetween(from, to int) []string {
	var out []string
	for k := from; k < to && k < len(t.toks); k++ {
		if t.toks[k].kind == tWord {
			out = append(out, t.toks[k].low)
		}
	}
	return out
}
