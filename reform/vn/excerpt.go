package vn

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Excerpt quotes s for a message, as the clerk will recognise it: its first
// n characters on one line (white space and control characters as one
// space, not counted), with "…" when it is longer.
func Excerpt(s string, n int) string {
	var b strings.Builder
	size := len(s) // an excerpt is never longer than s, nor than n runes and "…"
	if n >= 0 && n <= size && 4*n+len("…") < size {
		size = 4*n + len("…")
	}
	b.Grow(size)
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError {
			space = b.Len() > 0
			continue
		}
		if n == 0 {
			b.WriteString("…")
			break
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
		n--
	}
	return b.String()
}
