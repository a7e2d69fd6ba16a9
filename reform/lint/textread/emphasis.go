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
	var ds []delim
	escaped := make(map[int]bool)
	for i := 0; i < len(s); {
		c := s[i]
		if markdown && c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			escaped[i] = true
			i += 2
			continue
		}
		if c != '*' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == '*' {
			j++
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[j:])
		canOpen := j < len(s) && !unicode.IsSpace(next)
		canClose := i > 0 && !unicode.IsSpace(prev)
		n := j - i
		if n > 3 {
			i = j
			continue
		}
		closed := false
		if canClose {
			for k := len(ds) - 1; k >= 0; k-- {
				if !ds[k].paired && ds[k].open && ds[k].count == n {
					ds[k].paired = true
					ds = append(ds, delim{start: i, count: n, paired: true})
					closed = true
					// Openers between the pair cannot pair across it.
					for m := k + 1; m < len(ds)-1; m++ {
						if !ds[m].paired {
							ds[m].open = false
						}
					}
					break
				}
			}
		}
		if !closed && canOpen {
			ds = append(ds, delim{start: i, count: n, open: true})
		}
		i = j
	}
	skip := make(map[int]int) // offset of a paired mark → its length
	kind := make(map[int]int) // offset → count, for toggling
	for _, d := range ds {
		if d.paired {
			skip[d.start] = d.count
			kind[d.start] = d.count
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	var runs []input.Run
	bold, italic := false, false
	runStart := 0
	flush := func() {
		if b.Len() > runStart || len(runs) == 0 {
			runs = append(runs, input.Run{Start: runStart, End: b.Len(), Bold: bold, Italic: italic})
		}
		runStart = b.Len()
	}
	for i := 0; i < len(s); {
		if escaped[i] {
			b.WriteByte(s[i+1])
			i += 2
			continue
		}
		if n, ok := skip[i]; ok {
			flush()
			switch kind[i] {
			case 1:
				italic = !italic
			case 2:
				bold = !bold
			case 3:
				bold, italic = !bold, !italic
			}
			i += n
			continue
		}
		if markdown && s[i] == '<' {
			if tag, n := htmlTag(s[i:]); n > 0 {
				flush()
				switch tag {
				case "em", "i":
					italic = true
				case "/em", "/i":
					italic = false
				case "strong", "b":
					bold = true
				case "/strong", "/b":
					bold = false
				case "br", "br/":
					b.WriteByte(' ')
				}
				i += n
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	flush()
	out := b.String()
	// Drop empty runs left by adjacent marks, keeping at least one.
	kept := runs[:0]
	for _, r := range runs {
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
