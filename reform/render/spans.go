package render

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/vn"
)

// LineText returns s as the layout cleans text (doc.Clean: NFC, no control
// characters but "\n") with the Unicode line and paragraph separators
// U+2028 and U+2029 as "\n": the line breaks of the text outputs.
func LineText(s string) string {
	s = doc.Clean(s)
	if strings.ContainsAny(s, "\u2028\u2029") {
		s = strings.NewReplacer("\u2028", "\n", "\u2029", "\n").Replace(s)
	}
	return s
}

// MergeSpans joins neighbouring spans of the same emphasis and cleans their
// text with LineText, so that text split across runs (even inside a
// character: "a" + U+0301) comes out whole and in NFC. A footnote reference
// becomes a span of its own, with Note set and no text; spans without text
// or reference are left out.
func MergeSpans(spans []doc.Span) []doc.Span {
	var out []doc.Span
	for _, s := range spans {
		if s.Text != "" {
			out = appendText(out, s)
		}
		if s.Note != 0 {
			out = append(out, doc.Span{Note: s.Note})
		}
	}
	for i := range out {
		out[i].Text = LineText(out[i].Text)
	}
	return out
}

// appendText appends the text of s to the last span of out when that is
// text of the same emphasis, or as a span of its own.
func appendText(out []doc.Span, s doc.Span) []doc.Span {
	if n := len(out); n > 0 && out[n-1].Note == 0 && out[n-1].Bold == s.Bold && out[n-1].Italic == s.Italic {
		out[n-1].Text += s.Text
		return out
	}
	return append(out, doc.Span{Text: s.Text, Bold: s.Bold, Italic: s.Italic})
}

// SplitSpaces splits s into the white space at its start, the text between
// and the white space at its end, so that emphasis marks go around the
// text with the spaces outside: " **195** ", never "** 195 **". A text of
// white space only is all lead.
func SplitSpaces(s string) (lead, core, trail string) {
	core = strings.TrimFunc(s, unicode.IsSpace)
	if core == "" {
		return s, "", ""
	}
	start := strings.Index(s, core)
	return s[:start], core, s[start+len(core):]
}

// Superscript writes a footnote number in superscript digits, as printed
// text and the text outputs show marks: 14 → "¹⁴".
func Superscript(n int) string {
	const digits = "⁰¹²³⁴⁵⁶⁷⁸⁹"
	sup := []rune(digits)
	var b strings.Builder
	for _, c := range strconv.Itoa(n) {
		if c >= '0' && c <= '9' {
			b.WriteRune(sup[c-'0'])
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// DocumentDate returns the date of a document read back from its
// place-date line ("An Giang, ngày 19 tháng 11 năm 2024"), or false when
// the line holds no date. The properties of an output file carry it
// instead of the time of writing, so the same layout always gives the same
// bytes.
func DocumentDate(placeDate string) (time.Time, bool) {
	i := strings.LastIndex(placeDate, ", ")
	if i < 0 {
		return time.Time{}, false
	}
	t, err := vn.ParseDate(placeDate[i+2:])
	return t, err == nil
}
