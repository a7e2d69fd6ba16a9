package doc

import "strings"

// AgencyFill is the share of the header's left column, in percent, that a
// line of an agency name may fill (Style.AgencyLines): the width of a line
// is an estimate (Advance), and a line the layout keeps whole must not wrap
// again in a word processor or a browser. The DOCX writer keeps the same
// margin when it balances a line itself.
const AgencyFill = 95

// AgencyWidth returns the width a line of an agency name may take: AgencyFill
// percent of the header's left column, Style.HeaderColumns[0] (67,5 mm in
// the template of Nghị định 30/2020/NĐ-CP, so 3 635 twips by default).
func (s Style) AgencyWidth() Twips { return s.HeaderColumns[0] * AgencyFill / 100 }

// AgencyLines returns the lines on which the header prints an agency name
// (ô 2 of Nghị định 30/2020/NĐ-CP, Phụ lục I): the parent agency in regular
// type (bold false), the issuing agency in bold. The rule, which Lay applies
// when Header.WrapAgencies is set or when the name has a line break of its
// own, is:
//
//  1. The name is cleaned (Clean) and put in capitals. A line break typed in
//     it ("\n") is a break the header keeps; the pieces between breaks are
//     laid out one by one, with runs of spaces made one and blank pieces
//     left out.
//  2. A piece that fits Style.AgencyWidth at Sizes.Agency, measured with the
//     advance widths of Times New Roman (TextWidth), is one line.
//  3. A piece that does not fit is broken at spaces — Vietnamese separates
//     its syllables by spaces, so no break cuts a syllable — into lines
//     that fit: with the fewest breaks inside a word (kind 2 below), then
//     the fewest lines, then the breaks of the best kinds (each break
//     counts 0, 1 or 2, added up), then the most even lines (the widest
//     narrowest). The kinds: (0) before the name of an administrative unit
//     (TỈNH, THÀNH PHỐ, HUYỆN, QUẬN, THỊ XÃ, XÃ, PHƯỜNG, THỊ TRẤN, ĐẶC KHU),
//     before "VÀ", after a comma or a dash: "ỦY BAN NHÂN DÂN" / "XÃ BÌNH
//     HÒA", "SỞ NÔNG NGHIỆP" / "VÀ MÔI TRƯỜNG"; (1) any other space but
//     those of (2); (2) a space inside the words ỦY BAN NHÂN DÂN, THÀNH
//     PHỐ, THỊ XÃ, THỊ TRẤN, ĐẶC KHU and XÃ HỘI, which a clerk never splits.
//     A word wider than the line stands alone on its line.
//  4. A piece of more than 64 words, which no agency name is, is filled
//     greedily instead, as many words to a line as fit, so that the work
//     stays linear in the length of the name.
//
// The lines never hold a line break; the result is empty for a blank name.
func (s Style) AgencyLines(name string, bold bool) []string {
	limit := s.AgencyWidth()
	var out []string
	for piece := range strings.SplitSeq(upper(Clean(name)), "\n") {
		words := strings.Fields(piece)
		if len(words) == 0 {
			continue
		}
		out = append(out, breakWords(words, s.Sizes.Agency, bold, limit)...)
	}
	return out
}

// breakWords breaks one piece of an agency name into lines of at most limit
// by steps 2–4 of AgencyLines.
func breakWords(words []string, size Points, bold bool, limit Twips) []string {
	space := Advance(' ', bold)
	// widths[i] is the width of words[:i] joined by single spaces.
	widths := make([]int, len(words)+1)
	for i, w := range words {
		widths[i+1] = widths[i] + ems(w, bold)
		if i > 0 {
			widths[i+1] += space
		}
	}
	span := func(i, j int) Twips { // words[i:j] on one line
		w := widths[j] - widths[i]
		if i > 0 {
			w -= space
		}
		return emTwips(w, size)
	}
	n := len(words)
	if span(0, n) <= limit {
		return []string{strings.Join(words, " ")}
	}
	if n > maxBalancedWords {
		return greedy(words, span, limit)
	}
	return balanced(words, span, limit)
}

// maxBalancedWords bounds the words of a piece that balanced lays out: its
// work grows with the square of their number. A longer piece, which no
// agency name is, is filled greedily.
const maxBalancedWords = 64

// lineCost is the cost of a way of breaking the first words of a piece:
// compared by the number of breaks inside a word, then the number of lines,
// then the kinds of its breaks, then its widest line.
type lineCost struct {
	splits, lines, kinds int
	widest               Twips
	from                 int // where the last line starts
}

func (c lineCost) less(d lineCost) bool {
	if c.splits != d.splits {
		return c.splits < d.splits
	}
	if c.lines != d.lines {
		return c.lines < d.lines
	}
	if c.kinds != d.kinds {
		return c.kinds < d.kinds
	}
	return c.widest < d.widest
}

// balanced breaks words into lines of at most limit: with the fewest
// breaks inside a word, then the fewest lines, then the best breaks
// (breakKind: their kinds added up), then the narrowest widest line; a word
// wider than limit stands alone on its line.
func balanced(words []string, span func(i, j int) Twips, limit Twips) []string {
	n := len(words)
	best := make([]lineCost, n+1) // best[i] breaks words[:i]
	for i := 1; i <= n; i++ {
		best[i] = bestEnding(best, words, span, limit, i)
	}
	lines := make([]string, best[n].lines)
	for i, k := n, len(lines)-1; i > 0; i, k = best[i].from, k-1 {
		lines[k] = strings.Join(words[best[i].from:i], " ")
	}
	return lines
}

// bestEnding returns the best breaking of words[:i] whose last line ends
// there, from the best breakings of the words before (best).
func bestEnding(best []lineCost, words []string, span func(i, j int) Twips, limit Twips, i int) lineCost {
	var out lineCost
	found := false
	for j := i - 1; j >= 0; j-- {
		w := span(j, i)
		if w > limit && j < i-1 {
			break // wider still for smaller j
		}
		c := best[j]
		c.lines++
		c.widest, c.from = max(c.widest, w), j
		if j > 0 {
			k := breakKind(words, j)
			c.kinds += k
			if k == breakInsideWord {
				c.splits++
			}
		}
		if !found || c.less(out) {
			out, found = c, true
		}
	}
	return out
}

// greedy fills lines with as many words as fit in limit.
func greedy(words []string, span func(i, j int) Twips, limit Twips) []string {
	var out []string
	start := 0
	for i := 1; i <= len(words); i++ {
		if i == len(words) || span(start, i+1) > limit {
			out = append(out, strings.Join(words[start:i], " "))
			start = i
		}
	}
	return out
}

// The kinds of break of AgencyLines, best first.
const (
	breakPreferred  = iota // before a unit's name or "VÀ", after a comma
	breakPlain             // any other space
	breakInsideWord        // inside ỦY BAN, NHÂN DÂN …
	breakKinds
)

// unitNames are the names of the kinds of administrative unit, in capitals
// and split into syllables: a header breaks before them.
var unitNames = [][]string{
	{"TỈNH"}, {"THÀNH", "PHỐ"}, {"HUYỆN"}, {"QUẬN"}, {"THỊ", "XÃ"},
	{"XÃ"}, {"PHƯỜNG"}, {"THỊ", "TRẤN"}, {"ĐẶC", "KHU"},
}

// compounds are two-syllable words of agency names that a line never
// splits.
var compounds = [][2]string{
	{"ỦY", "BAN"}, {"UỶ", "BAN"}, {"BAN", "NHÂN"}, {"NHÂN", "DÂN"}, {"THÀNH", "PHỐ"}, {"THỊ", "XÃ"},
	{"THỊ", "TRẤN"}, {"ĐẶC", "KHU"}, {"XÃ", "HỘI"},
}

// breakKind returns the kind of a break before words[i].
func breakKind(words []string, i int) int {
	for _, c := range compounds {
		if words[i-1] == c[0] && words[i] == c[1] {
			return breakInsideWord
		}
	}
	if words[i] == "VÀ" || strings.HasSuffix(words[i-1], ",") || words[i-1] == "-" || words[i-1] == "–" {
		return breakPreferred
	}
	for _, u := range unitNames {
		if hasWords(words[i:], u) && !hasWords(words[i:], []string{"XÃ", "HỘI"}) {
			return breakPreferred
		}
	}
	return breakPlain
}

// hasWords reports whether words begins with prefix.
func hasWords(words, prefix []string) bool {
	if len(words) < len(prefix) {
		return false
	}
	for i, p := range prefix {
		if words[i] != p {
			return false
		}
	}
	return true
}
