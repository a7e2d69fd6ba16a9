package doc

import "strings"

// The layout decides where the agency names of the header break (see
// Style.AgencyLines), so it measures text as the renderers print it: with
// the advance widths of Times New Roman, which its metric clones Liberation
// Serif and Tinos share (LibreOffice uses them in its place). The widths are
// an estimate: kerning is left out, and a character outside the tables
// counts as wide as "n".

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

// Advance returns the advance width of r in Times New Roman, regular or
// bold, in thousandths of an em: 500 for "n", 722 for "Đ", 796 for a bold
// "Ự". A precomposed Vietnamese vowel is as wide as its base letter but for
// the horned ones; any other character counts as wide as "n".
func Advance(r rune, bold bool) int {
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
	return int(table['n'-0x20])
}

// ems returns the width of one line of text in thousandths of an em.
func ems(line string, bold bool) int {
	em := 0
	for _, r := range line {
		em += Advance(r, bold)
	}
	return em
}

// emTwips converts a width in thousandths of an em at size points to twips,
// rounded to the nearest twip.
func emTwips(em int, size Points) Twips {
	// thousandths of an em × points × 20 twips per point
	return Twips((em*int(size)*20 + 500) / 1000)
}

// TextWidth estimates the width of s printed in Times New Roman at size
// points on one line; for text with line breaks, the width of its longest
// line.
func TextWidth(s string, size Points, bold bool) Twips {
	widest := 0
	for line := range strings.SplitSeq(s, "\n") {
		widest = max(widest, ems(line, bold))
	}
	return emTwips(widest, size)
}
