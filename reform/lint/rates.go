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
		if tk.kind != tPct || tk.masked || t.claimed[k] || t.growth(k) {
			continue
		}
		if num, den, from, ok := t.fraction(k); ok && den > 0 && num <= den && num >= 0 {
			c.checkRate(t, k, from, num, den)
		}
	}
}

// checkRate checks the percentage at token k against the fraction num/den
// that starts at token from, and claims it.
func (c *checker) checkRate(t *text, k, from int, num, den int64) {
	tk := t.toks[k]
	label := strings.TrimSpace("tỷ lệ " + strings.Join(t.unit(from), " "))
	code := rateCode(" " + strings.Join(t.wordsBetween(from, k), " ") + " ")
	at := t.p.place(t.toks[from].start, tk.end)
	if _, f, bad := finding.CheckRate(finding.Subject{Code: code, Label: label}, tk.pct, tk.places, num, den); bad {
		c.addFinding(f, at, nil)
	}
	t.claimed[k] = true
}

// rateCode returns the code of a rate by the words of its fraction
// (joined between spaces): the typed checks' rates of women, of
// certificates and of the plan's tasks, lint's own otherwise.
func rateCode(around string) finding.Code {
	switch {
	case strings.Contains(around, " nữ "):
		return personnel.CodeWomenRate
	case strings.Contains(around, " chứng chỉ "):
		return personnel.CodeCertifiedRate
	case strings.Contains(around, " nhiệm vụ "):
		return reform.CodePlanRate
	}
	return CodeFigureRate
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
	if j := t.ratioBefore(k); j >= 0 {
		return t.toks[j].n, t.toks[j].d, j, true
	}
	// "N <unit> trong đó (có) M <unit> … (đạt x%)": one part of a whole.
	for j := k - 1; j >= 1 && j >= k-scanBack; j-- {
		if t.sentenceEnd(j) || t.toks[j].kind == tPct || t.toks[j].kind == tRatio {
			return 0, 0, 0, false
		}
		if t.words(j, "trong", "đó") {
			return t.wholeAndPart(j, k)
		}
	}
	return 0, 0, 0, false
}

// ratioBefore returns the nearest ratio before the percentage at k in the
// same sentence and clause, within 15 words, with no percentage between;
// -1 when there is none.
func (t *text) ratioBefore(k int) int {
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
			return j
		}
		if tk.kind == tPunct && tk.low == ";" {
			break
		}
	}
	return -1
}

// wholeAndPart reads "N <unit> trong đó (có) M <unit>" around the "trong
// đó" at token j, the percentage at k: the one part M (no other figure
// between it and the percentage) of the whole N of the same unit just
// before. It returns M, N and the token of N.
func (t *text) wholeAndPart(j, k int) (num, den int64, from int, ok bool) {
	m := j + 2
	if t.isWord(m, "có") {
		m++
	}
	if m >= k || !t.toks[m].figure() {
		return 0, 0, 0, false
	}
	for x := m + 1; x < k; x++ {
		if t.toks[x].figure() {
			return 0, 0, 0, false
		}
	}
	w := j - 1
	for w >= 0 && (t.toks[w].kind == tWord || t.isPunct(w, ",")) && j-w <= 6 {
		w--
	}
	if w < 0 || !t.toks[w].figure() || !sameUnit(t.unit(w), t.unit(m)) {
		return 0, 0, 0, false
	}
	return t.toks[m].n, t.toks[w].n, w, true
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
