package text

import (
	"strings"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
)

// clean returns s as the layout cleans text with the Unicode line and
// paragraph separators as "\n" (render.LineText).
func clean(s string) string { return render.LineText(s) }

// hardLines cleans s and splits it at its line breaks, trimming spaces at
// both ends of each line and leaving out the lines that are empty.
func hardLines(s string) []string { return nonEmptyLines(clean(s)) }

// nonEmptyLines splits s at its line breaks, trimming spaces at both ends
// of each line and leaving out the lines that are empty.
func nonEmptyLines(s string) []string {
	var out []string
	for line := range strings.SplitSeq(s, "\n") {
		if line = strings.Trim(line, " "); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// inline returns the lines of spans (at their line breaks, without empty
// lines) and the footnote numbers they cite, in order.
func (w *writer) inline(spans []doc.Span) (lines []string, refs []int) {
	return inline(spans, !w.o.Plain)
}

// inline returns the lines of spans and the footnotes they cite; marks says
// whether emphasis is marked. References side by side are parted by a
// comma: "¹,²".
func inline(spans []doc.Span, marks bool) (lines []string, refs []int) {
	var b strings.Builder
	prevNote := false
	for _, p := range render.MergeSpans(spans) {
		if p.Note != 0 {
			if prevNote {
				b.WriteByte(',')
			}
			b.WriteString(render.Superscript(p.Note))
			refs = append(refs, p.Note)
			prevNote = true
			continue
		}
		prevNote = false
		writeMarked(&b, p.Text, emphasisMark(p, marks))
	}
	return nonEmptyLines(b.String()), refs
}

// emphasisMark returns the mark of the span's emphasis: "***" bold and
// italic, "**" bold, "*" italic; "" when marks is false.
func emphasisMark(p doc.Span, marks bool) string {
	switch {
	case !marks:
		return ""
	case p.Bold && p.Italic:
		return "***"
	case p.Bold:
		return "**"
	case p.Italic:
		return "*"
	}
	return ""
}

// writeMarked writes text with mark around each line's text, the spaces
// outside: " **195** ", never "** 195 **".
func writeMarked(b *strings.Builder, text, mark string) {
	if mark == "" {
		b.WriteString(text)
		return
	}
	for i, seg := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		lead, core, trail := render.SplitSpaces(seg)
		b.WriteString(lead)
		if core != "" {
			b.WriteString(mark + core + mark + trail)
		}
	}
}

// wrap returns line with prefix first, wrapped at spaces so that no line is
// longer than width runes, the following lines starting with prefix cont. A
// line that fits, or any line when width is 0, is returned as it is; a word
// longer than the room stands alone on its line.
func wrap(line, first, cont string, width int) []string {
	full := first + line
	if width <= 0 || runeCount(full) <= width {
		return []string{full}
	}
	words := strings.FieldsFunc(line, func(r rune) bool { return r == ' ' })
	if len(words) == 0 {
		return []string{strings.TrimRight(first, " ")}
	}
	var out []string
	cur := first + words[0]
	n := runeCount(cur)
	for _, word := range words[1:] {
		wn := runeCount(word)
		if n+1+wn <= width {
			cur += " " + word
			n += 1 + wn
			continue
		}
		out = append(out, cur)
		cur = cont + word
		n = runeCount(cur)
	}
	return append(out, cur)
}

// runeCount is the number of runes of s.
func runeCount(s string) int { return utf8.RuneCountInString(s) }
