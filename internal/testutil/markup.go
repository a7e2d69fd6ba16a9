package testutil

import "strings"

// Marked writes the pieces of a paragraph (runs or spans, whose fields
// part reads) as one string, a bold piece marked "**…**" as the reference
// report's text is quoted in tests and examples.
func Marked[P any](pieces []P, part func(P) (text string, bold bool)) string {
	var b strings.Builder
	for _, p := range pieces {
		text, bold := part(p)
		if bold {
			b.WriteString("**" + text + "**")
		} else {
			b.WriteString(text)
		}
	}
	return b.String()
}
