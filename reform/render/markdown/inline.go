package markdown

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
)

// context is where inline text is written; it decides what a line break
// becomes and which characters need escaping.
type context int

const (
	// inPara is a paragraph, list item or footnote definition: a line break
	// is a hard break ("\" at the end of the line) and every line is
	// escaped as the start of a block.
	inPara context = iota
	// inHeading is an ATX heading: one line, "#" escaped everywhere.
	inHeading
	// inCell is a table cell: a line break is "<br>".
	inCell
)

// clean returns s as the layout cleans text with the Unicode line and
// paragraph separators as "\n" (render.LineText).
func clean(s string) string { return render.LineText(s) }

// tok is a piece of one line: text of one emphasis, or a footnote reference.
type tok struct {
	text         string
	bold, italic bool
	note         int
}

// emphasis reports whether t is emphasised text.
func (t tok) emphasis() bool { return t.note == 0 && (t.bold || t.italic) }

// plainText reports whether t is text without emphasis.
func (t tok) plainText() bool { return t.note == 0 && !t.emphasis() }

// lines cleans spans, joins neighbours of the same emphasis (so text split
// across runs, even inside a character, comes out whole and in NFC), and
// cuts the result into lines at its line breaks. Emphasised text loses the
// spaces at its ends to plain text beside it ("**195** ", not "**195 **"),
// each line loses the spaces at its ends, and empty lines are left out: a
// blank line would end the paragraph.
func lines(spans []doc.Span, c context) [][]tok {
	lb := &lineBuilder{}
	for _, s := range render.MergeSpans(spans) {
		t := tok{text: s.Text, bold: s.Bold, italic: s.Italic, note: s.Note}
		if t.note != 0 {
			lb.add(t)
			continue
		}
		lb.addText(t, c)
	}
	lb.flush()
	return lb.out
}

// lineBuilder cuts tokens into lines.
type lineBuilder struct {
	out [][]tok
	cur []tok
}

// addText adds a text token, cut at its line breaks (in a heading, line
// breaks are spaces).
func (lb *lineBuilder) addText(t tok, c context) {
	text := t.text
	if c == inHeading {
		text = strings.ReplaceAll(text, "\n", " ")
	}
	for i, seg := range strings.Split(text, "\n") {
		if i > 0 {
			lb.flush()
		}
		lb.addSegment(seg, t)
	}
}

// addSegment adds a piece of t without line breaks; emphasised text gives
// the spaces at its ends to plain text.
func (lb *lineBuilder) addSegment(seg string, t tok) {
	lead, core, trail := render.SplitSpaces(seg)
	if !t.emphasis() || core == "" {
		lb.add(tok{text: seg})
		return
	}
	lb.add(tok{text: lead})
	lb.add(tok{text: core, bold: t.bold, italic: t.italic})
	lb.add(tok{text: trail})
}

// add adds a token to the current line, joining plain text to plain text
// before it; empty text is left out.
func (lb *lineBuilder) add(t tok) {
	if t.note == 0 && t.text == "" {
		return
	}
	if n := len(lb.cur); n > 0 && t.plainText() && lb.cur[n-1].plainText() {
		lb.cur[n-1].text += t.text
		return
	}
	lb.cur = append(lb.cur, t)
}

// flush ends the current line, without the spaces at its ends (Markdown
// would read leading spaces as indentation); an empty line is left out.
func (lb *lineBuilder) flush() {
	if cur := trimLineEnds(lb.cur); len(cur) > 0 {
		lb.out = append(lb.out, cur)
	}
	lb.cur = nil
}

// trimLineEnds trims the spaces of the plain text at both ends of a line,
// dropping the tokens left empty.
func trimLineEnds(cur []tok) []tok {
	for len(cur) > 0 && cur[0].plainText() {
		if cur[0].text = strings.TrimLeft(cur[0].text, " "); cur[0].text != "" {
			break
		}
		cur = cur[1:]
	}
	for len(cur) > 0 && cur[len(cur)-1].plainText() {
		n := len(cur) - 1
		if cur[n].text = strings.TrimRight(cur[n].text, " "); cur[n].text != "" {
			break
		}
		cur = cur[:n]
	}
	return cur
}

// inline writes spans as Markdown inline text in context c; indent is put
// before every line after the first (the content column of a list item or
// footnote).
func inline(spans []doc.Span, c context, indent string) string {
	var b strings.Builder
	ls := lines(spans, c)
	for li := range ls {
		if li > 0 {
			b.WriteString(lineBreak(c, indent))
		}
		writeLine(&b, ls, li, c)
	}
	return b.String()
}

// lineBreak is what a line break becomes in context c: "<br>" in a cell, a
// space in a heading, a hard break followed by indent elsewhere.
func lineBreak(c context, indent string) string {
	switch c {
	case inCell:
		return "<br>"
	case inHeading:
		return " "
	}
	return "\\\n" + indent
}

// writeLine writes line li of ls: references, escaped text and emphasis.
func writeLine(b *strings.Builder, ls [][]tok, li int, c context) {
	line := ls[li]
	lineStart := b.Len()
	for i, t := range line {
		if t.note != 0 {
			b.WriteString("[^" + strconv.Itoa(t.note) + "]")
			continue
		}
		content := escape(t.text, flagsAt(line, i, c))
		if !t.emphasis() {
			b.WriteString(content)
			continue
		}
		prev := prevRune(b.String(), b.Len() > lineStart, c == inCell && li > 0)
		b.WriteString(emphasize(content, t.bold, t.italic, prev, nextRune(ls, li, i, c)))
	}
}

// prevRune returns the rune before emphasis as the parser sees it: the
// last one written when the line has text before it; else a line's start
// counts as whitespace, and after a "<br>" as punctuation.
func prevRune(written string, onLine, afterBreak bool) rune {
	switch {
	case onLine:
		r, _ := utf8.DecodeLastRuneInString(written)
		return r
	case afterBreak:
		return '>'
	}
	return ' '
}

// nextRune returns the rune after the emphasis ls[li][i] as the parser
// sees it; a line's end counts as whitespace, a "<br>" as punctuation.
func nextRune(ls [][]tok, li, i int, c context) rune {
	line := ls[li]
	switch {
	case i+1 < len(line) && line[i+1].note != 0:
		return '['
	case i+1 < len(line) && line[i+1].emphasis():
		// The next emphasis sees this one's closing mark and falls
		// back to HTML: its first character is "<".
		return '<'
	case i+1 < len(line):
		r, _ := utf8.DecodeRuneInString(escape(line[i+1].text, flagsAt(line, i+1, c)))
		return r
	case c == inCell && li+1 < len(ls):
		return '<'
	}
	return ' '
}

// flagsAt returns the escaping flags of the text token line[i]. Emphasis
// marks stand between emphasised text and a reference beside it.
func flagsAt(line []tok, i int, c context) flags {
	plain := !line[i].emphasis()
	return flags{
		lineStart: i == 0 && c == inPara,
		heading:   c == inHeading,
		afterRef:  plain && i > 0 && line[i-1].note != 0,
		beforeRef: plain && i+1 < len(line) && line[i+1].note != 0,
	}
}

// emphasize wraps escaped content in emphasis marks: "**" bold, "*" italic,
// "***" both. Where CommonMark would not read the marks as emphasis — the
// content starts or ends with punctuation against a letter outside, or the
// neighbour is itself a mark — it uses <strong> and <em>, which GitHub
// keeps.
func emphasize(content string, bold, italic bool, prev, next rune) string {
	first, _ := utf8.DecodeRuneInString(content)
	last, _ := utf8.DecodeLastRuneInString(content)
	opens := !unicode.IsSpace(first) && prev != '*' &&
		(!punctLoose(first) || unicode.IsSpace(prev) || punctStrict(prev))
	closes := !unicode.IsSpace(last) && next != '*' &&
		(!punctLoose(last) || unicode.IsSpace(next) || punctStrict(next))
	if opens && closes {
		mark := "*"
		switch {
		case bold && italic:
			mark = "***"
		case bold:
			mark = "**"
		}
		return mark + content + mark
	}
	switch {
	case bold && italic:
		return "<strong><em>" + content + "</em></strong>"
	case bold:
		return "<strong>" + content + "</strong>"
	}
	return "<em>" + content + "</em>"
}

// punctStrict reports whether every version of CommonMark counts r as
// punctuation for emphasis (ASCII punctuation and the Unicode P classes);
// punctLoose whether any version does (the recent spec adds the S classes).
func punctStrict(r rune) bool { return asciiPunct(r) || unicode.IsPunct(r) }

// punctLoose reports whether any version of CommonMark counts r as
// punctuation for emphasis.
func punctLoose(r rune) bool { return asciiPunct(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) }

// asciiPunct reports whether r is ASCII punctuation.
func asciiPunct(r rune) bool {
	return r < utf8.RuneSelf && strings.ContainsRune("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", r)
}

// flags say where a piece of text stands.
type flags struct {
	// lineStart: the text starts a line, where "#", "-", "+", "=", "1."
	// and "1)" would open a block.
	lineStart bool
	// heading: the text is in an ATX heading, where "#" would close it.
	heading bool
	// afterRef: the text follows a footnote reference, where ":" would
	// make a definition and "(" a link.
	afterRef bool
	// beforeRef: the text precedes a footnote reference, where "!" would
	// make an image.
	beforeRef bool
}

// escape backslash-escapes every character of s that Markdown (CommonMark
// with GitHub's extensions) could read as syntax where it stands:
//
//   - everywhere: \ ` * _ [ ] < > | ~ $ @ (emphasis, code, links, raw HTML,
//     tables, strikethrough, math and e-mail autolinks);
//   - "&" when it would start an entity ("&amp;", "&#38;");
//   - ":" before "//" and "." after "www" (URL autolinks);
//   - at the start of a line: "#", "-", "+", "=" and the "." or ")" after
//     leading digits (headings, lists, setext underlines, thematic breaks);
//   - in a heading, every "#";
//   - combining marks at the start, as character references ("&#x338;"): the
//     text follows the renderer's own marks ("<em>", "**", "<br>"), and
//     under NFC ">" and U+0338 compose into "≯" (render.LeadingMarks).
func escape(s string, f flags) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	refs, s := render.LeadingMarks(s)
	b.WriteString(refs)
	// Every character tested is ASCII, and no byte of a multi-byte UTF-8
	// sequence is, so the bytes can be walked one by one.
	for i := escapeStart(&b, s, f); i < len(s); i++ {
		if escapes(s, i, f) {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// escapeStart writes the start of s escaped where it would open a block (at
// a line's start) or make a definition or a link (after a reference), and
// returns the number of bytes of s it wrote.
func escapeStart(b *strings.Builder, s string, f flags) int {
	if s == "" {
		return 0
	}
	if f.lineStart {
		if strings.IndexByte("#-+=", s[0]) >= 0 {
			b.WriteString("\\" + s[:1])
			return 1
		}
		if n := leadingDigits(s); n > 0 && n < len(s) && (s[n] == '.' || s[n] == ')') {
			b.WriteString(s[:n] + "\\" + s[n:n+1])
			return n + 1
		}
	}
	if f.afterRef && (s[0] == ':' || s[0] == '(') {
		b.WriteString("\\" + s[:1])
		return 1
	}
	return 0
}

// escapes reports whether the byte s[i] needs a backslash where it stands.
func escapes(s string, i int, f flags) bool {
	switch s[i] {
	case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '$', '@':
		return true
	case '#':
		return f.heading
	case '&':
		return entityAt(s[i:])
	case ':':
		return strings.HasPrefix(s[i+1:], "//")
	case '.':
		return i >= 3 && strings.EqualFold(s[i-3:i], "www")
	case '!':
		return f.beforeRef && i == len(s)-1
	}
	return false
}

// leadingDigits returns the number of ASCII digits s starts with.
func leadingDigits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// entityAt reports whether s (starting with "&") starts with what an HTML
// entity or numeric character reference looks like: "&name;", "&#123;",
// "&#x1F;".
func entityAt(s string) bool {
	i := 1
	if i < len(s) && s[i] == '#' {
		i++
		if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
			i++
		}
	}
	start := i
	for i < len(s) && i-start < 32 && isAlnum(s[i]) {
		i++
	}
	return i > start && i < len(s) && s[i] == ';'
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
