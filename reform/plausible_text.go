package reform

// The frequencies a narrative states ("phát sóng 02 tình huống pháp luật
// mỗi tháng … Đến nay, đã phát sóng 30 tình huống pháp luật") against the
// count of the same thing the same passage gives.

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// maxNounWords is how many words the noun of a frequency may have
// ("tình huống pháp luật": 3).
const maxNounWords = 4

// genericNouns are nouns too general to tell one activity's count from
// another's in the same passage ("01 lần mỗi tháng … kiểm tra 20 lần").
var genericNouns = map[string]bool{"lần": true, "lượt": true}

// frequencyReach bounds, in bytes, how far from a frequency its count is
// looked for: the same or the next sentence.
const frequencyReach = 400

// resultText reports whether the text at path tells what was done in the
// period: not the header, basis, closing, section IV (the next period's
// tasks), section V (proposals), the figures or the appendices.
func resultText(path string) bool {
	root := pathRoot(path)
	return !mentionSkip[root] && root != "recommendations"
}

// cadenceOf reads the word after "mỗi" as a cadence.
func cadenceOf(w string) (dissemination.Cadence, bool) {
	switch w {
	case "tháng":
		return dissemination.Monthly, true
	case "tuần":
		return dissemination.Weekly, true
	case "quý":
		return dissemination.Quarterly, true
	case "năm":
		return dissemination.Yearly, true
	}
	return "", false
}

// gapOK reports whether what separates two tokens is only spaces and
// emphasis marks ("**16** tình huống").
func gapOK(text string, from, to int) bool {
	if from > to {
		return false
	}
	for i := from; i < to; i++ {
		if strings.IndexByte(" \t*_", text[i]) < 0 {
			return false
		}
	}
	return true
}

// readCount reads a count at token i of ts, the tokens of text: one to three
// digits, then groups of three after dots ("1.000"); not a part of a date, a
// ratio or a decimal. It returns the value and the index of the token after.
func readCount(text string, ts []token, i int) (int64, int, bool) {
	t := ts[i]
	if len(t.w) > 3 || !allASCIIDigits(t.w) || t.start > 0 && strings.IndexByte("/,.-", text[t.start-1]) >= 0 {
		return 0, i, false
	}
	v := int64(0)
	for _, c := range t.w {
		v = v*10 + int64(c-'0')
	}
	j := i + 1
	for ; j < len(ts) && j-i < 5 && ts[j-1].sep == '.' && ts[j].start == ts[j-1].end+1 && len(ts[j].w) == 3 && allASCIIDigits(ts[j].w); j++ {
		for _, c := range ts[j].w {
			v = v*10 + int64(c-'0')
		}
	}
	if s := ts[j-1].sep; s == '/' || s == ',' || s == '.' && j < len(ts) && ts[j].start == ts[j-1].end+1 {
		return 0, i, false
	}
	return v, j, true
}

// isWord reports a token of letters only.
func isWord(t token) bool {
	for _, r := range t.w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return t.w != ""
}

// nounAt returns the k words from token j, joined by one space, when they
// are words separated by spaces only and follow token j-1 across a gap.
func nounAt(text string, ts []token, j, k int) (string, bool) {
	if j+k > len(ts) || j == 0 || !gapOK(text, ts[j-1].end, ts[j].start) {
		return "", false
	}
	words := make([]string, k)
	for n := range k {
		t := ts[j+n]
		if !isWord(t) || n > 0 && !gapOK(text, ts[j+n-1].end, t.start) {
			return "", false
		}
		words[n] = t.w
	}
	return strings.Join(words, " "), true
}

// isFrequencyMark reports "mỗi", "hằng" or "hàng" followed by a cadence at
// token j.
func isFrequencyMark(ts []token, j int) (dissemination.Cadence, bool) {
	if j+1 >= len(ts) {
		return "", false
	}
	switch ts[j].w {
	case "mỗi", "hằng", "hàng":
		return cadenceOf(ts[j+1].w)
	}
	return "", false
}

// textCount is a count of a text with the noun words after it.
type textCount struct {
	value      int64
	noun       string
	cadence    dissemination.Cadence // set for a frequency
	start, end int                   // the bytes of the count and its noun (and cadence)
}

// frequencyAt reads "<count> <noun> mỗi <cadence>" at token i.
func frequencyAt(text string, ts []token, i int) (textCount, bool) {
	v, j, ok := readCount(text, ts, i)
	if !ok {
		return textCount{}, false
	}
	for k := 1; k <= maxNounWords; k++ {
		noun, ok := nounAt(text, ts, j, k)
		if !ok {
			break
		}
		if c, ok := isFrequencyMark(ts, j+k); ok && !genericNouns[noun] {
			return textCount{value: v, noun: noun, cadence: c, start: ts[i].start, end: ts[j+k+1].end}, true
		}
	}
	return textCount{}, false
}

// textCounts returns the frequencies of text (lower case) and the counts
// followed by the noun of one of them.
func textCounts(text string) (freqs, counts []textCount) { return countsIn(text, tokens(text)) }

// countsIn is textCounts with the tokens ts of text already read.
func countsIn(text string, ts []token) (freqs, counts []textCount) {
	nouns := map[string]bool{}
	isFreq := map[int]bool{}
	for i := range ts {
		if f, ok := frequencyAt(text, ts, i); ok {
			freqs = append(freqs, f)
			nouns[f.noun] = true
			isFreq[i] = true
		}
	}
	if len(freqs) == 0 {
		return nil, nil
	}
	for i := range ts {
		if !isFreq[i] && (i == 0 || ts[i-1].w != "mỗi") {
			if c, ok := countOf(text, ts, i, nouns); ok {
				counts = append(counts, c)
			}
		}
	}
	return freqs, counts
}

// countOf reads at token i a count followed by one of the nouns.
func countOf(text string, ts []token, i int, nouns map[string]bool) (textCount, bool) {
	v, j, ok := readCount(text, ts, i)
	if !ok {
		return textCount{}, false
	}
	for k := maxNounWords; k >= 1; k-- {
		if noun, ok := nounAt(text, ts, j, k); ok && nouns[noun] {
			return textCount{value: v, noun: noun, start: ts[i].start, end: ts[j+k-1].end}, true
		}
	}
	return textCount{}, false
}

// near returns the counts of f's noun within frequencyReach of f; of is
// in text order, so only the counts in reach are looked at.
func near(f textCount, of []textCount) []textCount {
	lo := sort.Search(len(of), func(i int) bool { return of[i].end+frequencyReach > f.start })
	var out []textCount
	for _, c := range of[lo:] {
		if c.start >= f.end+frequencyReach {
			break
		}
		if c.noun == f.noun {
			out = append(out, c)
		}
	}
	return out
}

// textFrequencies returns the findings of the text s at path: each
// frequency with exactly one count of its noun near it, and no other
// frequency of that noun, whose count exceeds what it allows over p.
func textFrequencies(path, s string, p Period) finding.List {
	return textFrequenciesWith(nil, path, s, p)
}

// textFrequenciesWith is textFrequencies reading the words of the text into
// buf, reused from call to call; a nil buf makes a new slice.
func textFrequenciesWith(buf *tokenBuffer, path, s string, p Period) finding.List {
	if !mayHoldFrequency(s) {
		return nil
	}
	orig := vn.NFC(s)
	text := vn.Lower(orig)
	if len(text) != len(orig) {
		orig = text
	}
	freqs, counts := countsIn(text, buf.read(text))
	var l finding.List
	for _, f := range freqs {
		cs := near(f, counts)
		if len(cs) != 1 || len(near(f, freqs)) != 1 {
			continue
		}
		fq := frequency{per: f.value, cadence: f.cadence, noun: f.noun, stated: cs[0].value}
		if units, most, over := fq.bound(p); over {
			l.Add(rulePlausibleFrequency.At(path, fmt.Sprintf("Đoạn văn nêu “%s”, tức nhiều nhất %s %s trong %s (%s %s), nhưng cũng ghi “%s”: kiểm tra lại số đã thực hiện (có thể đã tính cả trước kỳ báo cáo) hoặc tần suất.",
				plainQuote(orig[f.start:f.end]), vn.Int(most), f.noun, p.Label(), vn.Int(units), cadenceWord(f.cadence), plainQuote(orig[cs[0].start:cs[0].end]))).
				WithRelated("period").
				WithValues(fq.values(units, most)...))
		}
	}
	return l
}

// mayHoldFrequency reports whether s may hold a frequency: "mỗi", "hằng"
// or "hàng" before a space, in NFC or, when s holds combining marks (their
// UTF-8 starts with 0xCC or 0xCD), once s is put in NFC.
func mayHoldFrequency(s string) bool {
	if strings.IndexByte(s, 0xCC) >= 0 || strings.IndexByte(s, 0xCD) >= 0 {
		s = vn.NFC(s)
	}
	return containsAfter(s, "mỗi ", len("mỗ")-1) || containsAfter(s, "hằng ", len("hằ")-1) || containsAfter(s, "hàng ", len("hà")-1)
}

// containsAfter is strings.Contains(s, word), which it finds by the bytes
// of word from at on, led by a byte that is rare in Vietnamese text (the
// last byte of "ỗ", "ằ" or "à"): strings.Contains, led by the first
// byte, would stop at every "h", about one byte in twenty.
func containsAfter(s, word string, at int) bool {
	if len(s) < len(word) {
		return false
	}
	head, tail := word[:at], word[at:]
	for i := at; ; {
		j := strings.Index(s[i:], tail)
		if j < 0 {
			return false
		}
		if s[i+j-at:i+j] == head {
			return true
		}
		i += j + 1
	}
}

// plainQuote quotes a phrase of a narrative without its emphasis marks
// ("**16** tình huống" is quoted "16 tình huống").
func plainQuote(s string) string {
	return vn.Excerpt(strings.Join(strings.Fields(strings.ReplaceAll(s, "*", "")), " "), 80)
}
