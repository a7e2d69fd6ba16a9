package render

import (
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// LeadingMarks splits off the characters at the start of s that NFC
// composes with, or reorders against, the character written before them:
// combining marks, and the few other characters that cannot start a
// normalized text. It returns them as numeric character references
// ("&#x338;"), which HTML, XML and Markdown all read back as the
// characters, and the rest of s unchanged.
//
// A renderer writes text right after its own markup: the ">" of "<em>" or
// "<w:t>", the "**" of bold. Written raw, a text that starts with U+0338
// (combining long solidus overlay) composes with that ">" into "≯" once the
// output is normalized: the output is not NFC, and normalizing it breaks the
// markup. As references the marks keep the output NFC and the markup whole;
// the text read back is the same.
func LeadingMarks(s string) (refs, rest string) {
	i := leadingMarksLen(s)
	if i == 0 {
		return "", s
	}
	return charRefs(s[:i]), s[i:]
}

// leadingMarksLen returns the length in bytes of the characters at the
// start of s that NFC composes with, or reorders against, the character
// before them.
func leadingMarksLen(s string) int {
	i := 0
	for i < len(s) {
		p := norm.NFC.PropertiesString(s[i:])
		if p.BoundaryBefore() || p.Size() == 0 {
			break
		}
		i += p.Size()
	}
	return i
}

// charRefs writes each character of s as a hexadecimal numeric character
// reference: "&#x338;".
func charRefs(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteString("&#x")
		b.WriteString(strings.ToUpper(strconv.FormatInt(int64(r), 16)))
		b.WriteByte(';')
	}
	return b.String()
}
