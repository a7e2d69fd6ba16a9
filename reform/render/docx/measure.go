package docx

import (
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
)

// The solid rules of the layout are drawn at a length that follows the
// text above them (Nghị định 30/2020, Phụ lục I): the line under the motto
// is as long as the motto, the lines under the issuing agency and the trích
// yếu are 1/3 to 1/2 of their line. A DOCX cannot measure text, so the
// writer estimates the width of a line from the advance widths of Times New
// Roman (the same as those of its metric clones Liberation Serif and Tinos,
// which LibreOffice uses in its place), the ones doc.Advance gives.

// runeWidth returns the advance width of r in thousandths of an em: the
// widths the layout measures the header's agency names with (doc.Advance),
// so that a line doc.Lay found to fit is one balanced leaves whole.
func runeWidth(r rune, bold bool) int { return doc.Advance(r, bold) }

// ems returns the width of one line of text in thousandths of an em.
func ems(line string, bold bool) int {
	em := 0
	for _, r := range line {
		em += runeWidth(r, bold)
	}
	return em
}

// twips converts a width in thousandths of an em at size points to twips.
func twips(em int, size doc.Points) doc.Twips {
	// thousandths of an em × points × 20 twips per point
	return doc.Twips((em*int(size)*20 + 500) / 1000)
}

// textWidth estimates the width of s printed at size points on one line;
// for text with line breaks, the width of its longest line.
func textWidth(s string, size doc.Points, bold bool) doc.Twips {
	widest := 0
	for line := range strings.SplitSeq(s, "\n") {
		widest = max(widest, ems(line, bold))
	}
	return twips(widest, size)
}

// ruleIndent returns the left and right indents that centre a rule of the
// given fraction (num/den) of the width of text in a space of width avail:
// the text's line is at most avail wide, since longer text wraps.
func ruleIndent(text string, size doc.Points, bold bool, num, den int, avail doc.Twips) int {
	w := min(textWidth(text, size, bold), avail)
	rule := int(w) * num / den
	return max((int(avail)-rule)/2, 0)
}

// fitsPercent is the share of a line the writer fills when it breaks a
// line itself: the estimate of a width may be a little short, and a line it
// breaks must not wrap again.
const fitsPercent = 95

// balanced returns s broken into two lines as even as possible when it is
// too wide for one line of width avail and fits in two: a centred agency
// name or trích yếu that Word would wrap leaving one word alone ("ỦY BAN
// NHÂN DÂN TỈNH AN" / "GIANG") reads "ỦY BAN NHÂN DÂN" / "TỈNH AN GIANG".
// The decree lets these names run over several lines. Text with line breaks
// of its own, text that fits, and text that needs three lines or more are
// returned unchanged, for Word to wrap.
func balanced(s string, size doc.Points, bold bool, avail doc.Twips) string {
	limit := avail * fitsPercent / 100
	if strings.Contains(s, "\n") || textWidth(s, size, bold) <= limit {
		return s
	}
	words := strings.Split(s, " ")
	space := runeWidth(' ', bold)
	widths := make([]int, len(words))
	total := space * (len(words) - 1)
	first, last := -1, -1 // the first and last words that are not empty
	for i, w := range words {
		widths[i] = ems(w, bold)
		total += widths[i]
		if w != "" {
			last = i
			if first < 0 {
				first = i
			}
		}
	}
	// Break before word i, for every i that leaves words on both lines.
	best, bestWidth := 0, limit+1
	head := 0
	for i := 1; i < len(words); i++ {
		if i > 1 {
			head += space
		}
		head += widths[i-1]
		if i <= first || i > last {
			continue
		}
		tail := total - head - space
		if w := twips(max(head, tail), size); w < bestWidth {
			best, bestWidth = i, w
		}
	}
	if best == 0 {
		return s
	}
	return strings.Join(words[:best], " ") + "\n" + strings.Join(words[best:], " ")
}
