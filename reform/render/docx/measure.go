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
// which LibreOffice uses in its place).

// advanceRegular and advanceBold are the advance widths of the printable
// ASCII characters U+0020–U+007E in thousandths of an em, of Times New Roman
// regular and bold.
var advanceRegular = [95]int16{
	250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
	500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
	921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
	556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
	333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
	500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
}

var advanceBold = [95]int16{
	250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
	500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
	930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
	611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
	333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
	556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
}

// letterWidth is the width of a Vietnamese letter outside ASCII: đ and the
// horned vowels have widths of their own, every other vowel with marks is
// as wide as its base letter.
var letterWidth = [...]struct {
	forms         string
	regular, bold int16
}{
	{"Đ", 722, 722}, {"đ", 500, 556},
	{"ƠỚỜỞỠỢ", 722, 778}, {"ơớờởỡợ", 529, 554},
	{"ƯỨỪỬỮỰ", 776, 796}, {"ưứừửữự", 542, 600},
}

// baseLetter maps the vowels with marks of Latin-1 and Vietnamese to their
// base letter.
var baseLetter = [...]struct {
	base  byte
	forms string
}{
	{'A', "ÀÁÂÃÄÅĂẠẢẤẦẨẪẬẮẰẲẴẶ"}, {'E', "ÈÉÊËẸẺẼẾỀỂỄỆ"}, {'I', "ÌÍÎÏĨỈỊ"},
	{'O', "ÒÓÔÕÖỌỎỐỒỔỖỘ"}, {'U', "ÙÚÛÜŨỤỦ"}, {'Y', "ÝỲỴỶỸ"},
	{'a', "àáâãäåăạảấầẩẫậắằẳẵặ"}, {'e', "èéêëẹẻẽếềểễệ"}, {'i', "ìíîïĩỉị"},
	{'o', "òóôõöọỏốồổỗộ"}, {'u', "ùúûüũụủ"}, {'y', "ýÿỳỵỷỹ"},
}

// runeWidth returns the advance width of r in thousandths of an em.
func runeWidth(r rune, bold bool) int {
	table := &advanceRegular
	if bold {
		table = &advanceBold
	}
	if r >= 0x20 && r <= 0x7E {
		return int(table[r-0x20])
	}
	for _, l := range letterWidth {
		if strings.ContainsRune(l.forms, r) {
			if bold {
				return int(l.bold)
			}
			return int(l.regular)
		}
	}
	for _, b := range baseLetter {
		if strings.ContainsRune(b.forms, r) {
			return int(table[b.base-0x20])
		}
	}
	// Any other character counts as wide as "n".
	return int(table['n'-0x20])
}

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
