package textread

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/lint/input"
)

// delim is a run of "*" that may open or close emphasis.
type delim struct {
	start, count int
	paired       bool
	open         bool // after pairing: opens (true) or closes
}

// emphasis reads the emphasis of s: "**bold**", "*italic*", "***both***".
// A run of stars opens when a non-space follows it and closes when a
// non-space precedes it; one that finds no partner of the same length is
// kept as text. In Markdown a backslash before ASCII punctuation makes it
// literal. It returns the text without the marks and its runs.
func emphasis(s string, markdown bool) (string, []input.Run) {
	if !strings.ContainsAny(s, "*\\<") {
		return s, []input.Run{{Start: 0, End: len(s)}}
	}
	ds, escaped := scanDelims(s, markdown)
	w := &emphasisWriter{}
	w.b.Grow(len(s))
	w.write(s, pairedMarks(ds), escaped, markdown)
	return w.result()
}

// scanDelims finds the runs of stars of s and pairs them; in Markdown it
// also returns the offsets of the backslash escapes.
func scanDelims(s string, markdown bool) ([]delim, map[int]bool) {
	var ds []delim
	escaped := make(map[int]bool)
	for i := 0; i < len(s); {
		if markdown && s[i] == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			escaped[i] = true
			i += 2
			continue
		}
		if s[i] != '*' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == '*' {
			j++
		}
		if j-i <= 3 {
			ds = addDelim(ds, s, i, j)
		}
		i = j
	}
	return ds, escaped
}

// addDelim adds the run of stars s[i:j] to ds: it closes the nearest open
// run of the same length when it can close, or else opens when it can.
func addDelim(ds []delim, s string, i, j int) []delim {
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[j:])
	canOpen := j < len(s) && !unicode.IsSpace(next)
	canClose := i > 0 && !unicode.IsSpace(prev)
	n := j - i
	if k := opener(ds, n); canClose && k >= 0 {
		return closePair(ds, k, i, n)
	}
	if canOpen {
		ds = append(ds, delim{start: i, count: n, open: true})
	}
	return ds
}

// closePair pairs the run of n stars at offset i with the opening run
// ds[k]; the openers between them can no longer pair across it.
func closePair(ds []delim, k, i, n int) []delim {
	ds[k].paired = true
	ds = append(ds, delim{start: i, count: n, paired: true})
	for m := k + 1; m < len(ds)-1; m++ {
		if !ds[m].paired {
			ds[m].open = false
		}
	}
	return ds
}

// opener returns the index of the nearest unpaired opening run of n stars,
// -1 when there is none.
func opener(ds []delim, n int) int {
	for k := len(ds) - 1; k >= 0; k-- {
		if !ds[k].paired && ds[k].open && ds[k].count == n {
			return k
		}
	}
	return -1
}

// pairedMarks maps the offset of each paired run of stars to its length.
func pairedMarks(ds []delim) map[int]int {
	marks := make(map[int]int)
	for _, d := range ds {
		if d.paired {
			marks[d.start] = d.count
		}
	}
	return marks
}

// emphasisWriter writes a text without its emphasis marks and records the
// runs the marks delimit.
type emphasisWriter struct {
	b            strings.Builder
	runs         []input.Run
	bold, italic bool
	runStart     int
}

// write writes s: escaped characters as themselves, paired marks and (in
// Markdown) inline tags as changes of emphasis.
func (w *emphasisWriter) write(s string, marks map[int]int, escaped map[int]bool, markdown bool) {
	for i := 0; i < len(s); {
		switch n := marks[i]; {
		case escaped[i]:
			w.b.WriteByte(s[i+1])
			i += 2
		case n > 0:
			w.toggle(n)
			i += n
		default:
			i += w.writeText(s[i:], markdown)
		}
	}
	w.flush()
}

// toggle ends the run and switches the emphasis a run of n stars marks.
func (w *emphasisWriter) toggle(n int) {
	w.flush()
	switch n {
	case 1:
		w.italic = !w.italic
	case 2:
		w.bold = !w.bold
	case 3:
		w.bold, w.italic = !w.bold, !w.italic
	}
}

// writeText writes the inline tag (Markdown) or the byte s starts with,
// and returns the number of bytes read.
func (w *emphasisWriter) writeText(s string, markdown bool) int {
	if markdown && s[0] == '<' {
		if tag, n := htmlTag(s); n > 0 {
			w.flush()
			w.applyTag(tag)
			return n
		}
	}
	w.b.WriteByte(s[0])
	return 1
}

// applyTag applies an inline tag: emphasis on or off, or a line break
// written as a space.
func (w *emphasisWriter) applyTag(tag string) {
	switch tag {
	case "em", "i":
		w.italic = true
	case "/em", "/i":
		w.italic = false
	case "strong", "b":
		w.bold = true
	case "/strong", "/b":
		w.bold = false
	case "br", "br/":
		w.b.WriteByte(' ')
	}
}

// flush ends the current run (the first one even when empty).
func (w *emphasisWriter) flush() {
	if w.b.Len() > w.runStart || len(w.runs) == 0 {
		w.runs = append(w.runs, input.Run{Start: w.runStart, End: w.b.Len(), Bold: w.bold, Italic: w.italic})
	}
	w.runStart = w.b.Len()
}

// result returns the text written and its runs, without the empty runs
// adjacent marks leave, keeping at least one.
func (w *emphasisWriter) result() (string, []input.Run) {
	out := w.b.String()
	kept := w.runs[:0]
	for _, r := range w.runs {
		if r.End > r.Start {
			kept = append(kept, r)
		}
	}
	if len(kept) == 0 {
		kept = append(kept, input.Run{Start: 0, End: len(out)})
	}
	return out, kept
}

// htmlTag reads a simple inline tag at the start of s ("<br>", "<em>",
// "</strong>") and returns its name and length, or 0.
func htmlTag(s string) (string, int) {
	end := strings.IndexByte(s, '>')
	if end < 2 || end > 10 {
		return "", 0
	}
	name := strings.ToLower(strings.ReplaceAll(s[1:end], " ", ""))
	switch name {
	case "br", "br/", "em", "/em", "i", "/i", "strong", "/strong", "b", "/b":
		return name, end + 1
	}
	return "", 0
}

// isASCIIPunct reports whether c is ASCII punctuation, which a backslash
// escapes in Markdown.
func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}
