package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/doc"
)

// clean returns s as the layout cleans text (NFC, no control characters but
// "\n") with the Unicode line and paragraph separators as "\n".
func clean(s string) string {
	s = doc.Clean(s)
	if strings.ContainsAny(s, "\u2028\u2029") {
		s = strings.NewReplacer("\u2028", "\n", "\u2029", "\n").Replace(s)
	}
	return s
}

// hardLines cleans s and splits it at its line breaks, trimming spaces at
// both ends of each line and leaving out the lines that are empty.
func hardLines(s string) []string {
	var out []string
	for line := range strings.SplitSeq(clean(s), "\n") {
		if line = strings.Trim(line, " "); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// piece is text of one emphasis or a footnote reference, after merging.
type piece struct {
	text         string
	bold, italic bool
	note         int
}

// merge cleans the text of spans and joins neighbours of the same emphasis,
// so that text split across runs (even inside a character: "a" + U+0301)
// comes out whole and in NFC.
func merge(spans []doc.Span) []piece {
	var out []piece
	for _, s := range spans {
		if s.Text != "" {
			if n := len(out); n > 0 && out[n-1].note == 0 && out[n-1].bold == s.Bold && out[n-1].italic == s.Italic {
				out[n-1].text += s.Text
			} else {
				out = append(out, piece{text: s.Text, bold: s.Bold, italic: s.Italic})
			}
		}
		if s.Note != 0 {
			out = append(out, piece{note: s.Note})
		}
	}
	for i := range out {
		if out[i].note == 0 {
			out[i].text = clean(out[i].text)
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
// whether emphasis is marked.
func inline(spans []doc.Span, marks bool) (lines []string, refs []int) {
	var b strings.Builder
	prevNote := false
	for _, p := range merge(spans) {
		if p.note != 0 {
			if prevNote {
				b.WriteByte(',')
			}
			b.WriteString(superscript(p.note))
			refs = append(refs, p.note)
			prevNote = true
			continue
		}
		prevNote = false
		mark := ""
		if marks {
			switch {
			case p.bold && p.italic:
				mark = "***"
			case p.bold:
				mark = "**"
			case p.italic:
				mark = "*"
			}
		}
		if mark == "" {
			b.WriteString(p.text)
			continue
		}
		// Marks go around each line's text, with the spaces outside:
		// " **195** ", never "** 195 **".
		for i, seg := range strings.Split(p.text, "\n") {
			if i > 0 {
				b.WriteByte('\n')
			}
			core := strings.TrimFunc(seg, unicode.IsSpace)
			if core == "" {
				b.WriteString(seg)
				continue
			}
			start := strings.Index(seg, core)
			b.WriteString(seg[:start])
			b.WriteString(mark + core + mark)
			b.WriteString(seg[start+len(core):])
		}
	}
	for line := range strings.SplitSeq(b.String(), "\n") {
		if line = strings.Trim(line, " "); line != "" {
			lines = append(lines, line)
		}
	}
	return lines, refs
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

func runeCount(s string) int { return utf8.RuneCountInString(s) }
