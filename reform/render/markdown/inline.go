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

// clean returns s as the layout cleans text (NFC, no control characters but
// "\n") with the Unicode line and paragraph separators as "\n".
func clean(s string) string {
	s = doc.Clean(s)
	if strings.ContainsAny(s, "\u2028\u2029") {
		s = strings.NewReplacer("\u2028", "\n", "\u2029", "\n").Replace(s)
	}
	return s
}

// tok is a piece of one line: text of one emphasis, or a footnote reference.
type tok struct {
	text         string
	bold, italic bool
	note         int
}

func (t tok) emphasis() bool { return t.note == 0 && (t.bold || t.italic) }

// lines cleans spans, joins neighbours of the same emphasis (so text split
// across runs, even inside a character, comes out whole and in NFC), and
// cuts the result into lines at its line breaks. Emphasised text loses the
// spaces at its ends to plain text beside it ("**195** ", not "**195 **"),
// each line loses the spaces at its ends, and empty lines are left out: a
// blank line would end the paragraph.
func lines(spans []doc.Span, c context) [][]tok {
	var merged []tok
	for _, s := range spans {
		if s.Text != "" {
			if n := len(merged); n > 0 && merged[n-1].note == 0 && merged[n-1].bold == s.Bold && merged[n-1].italic == s.Italic {
				merged[n-1].text += s.Text
			} else {
				merged = append(merged, tok{text: s.Text, bold: s.Bold, italic: s.Italic})
			}
		}
		if s.Note != 0 {
			merged = append(merged, tok{note: s.Note})
		}
	}
	var out [][]tok
	var cur []tok
	add := func(t tok) {
		if t.note == 0 && t.text == "" {
			return
		}
		if n := len(cur); n > 0 && t.note == 0 && !t.emphasis() && cur[n-1].note == 0 && !cur[n-1].emphasis() {
			cur[n-1].text += t.text
			return
		}
		cur = append(cur, t)
	}
	flush := func() {
		// Trim the spaces at the ends of the line; Markdown would read
		// leading spaces as indentation.
		for len(cur) > 0 && cur[0].note == 0 && !cur[0].emphasis() {
			if cur[0].text = strings.TrimLeft(cur[0].text, " "); cur[0].text != "" {
				break
			}
			cur = cur[1:]
		}
		for len(cur) > 0 && cur[len(cur)-1].note == 0 && !cur[len(cur)-1].emphasis() {
			n := len(cur) - 1
			if cur[n].text = strings.TrimRight(cur[n].text, " "); cur[n].text != "" {
				break
			}
			cur = cur[:n]
		}
		if len(cur) > 0 {
			out = append(out, cur)
		}
		cur = nil
	}
	for _, t := range merged {
		if t.note != 0 {
			add(t)
			continue
		}
		text := clean(t.text)
		if c == inHeading {
			text = strings.ReplaceAll(text, "\n", " ")
		}
		for i, seg := range strings.Split(text, "\n") {
			if i > 0 {
				flush()
			}
			if !t.emphasis() {
				add(tok{text: seg})
				continue
			}
			core := strings.TrimFunc(seg, unicode.IsSpace)
			if core == "" {
				add(tok{text: seg})
				continue
			}
			start := strings.Index(seg, core)
			add(tok{text: seg[:start]})
			add(tok{text: core, bold: t.bold, italic: t.italic})
			add(tok{text: seg[start+len(core):]})
		}
	}
	flush()
	return out
}

// inline writes spans as Markdown inline text in context c; indent is put
// before every line after the first (the content column of a list item or
// footnote).
func inline(spans []doc.Span, c context, indent string) string {
	var b strings.Builder
	ls := lines(spans, c)
	for li, line := range ls {
		if li > 0 {
			switch c {
			case inCell:
				b.WriteString("<br>")
			case inHeading:
				b.WriteByte(' ')
			default:
				b.WriteString("\\\n")
				b.WriteString(indent)
			}
		}
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
			// The rune before and after the emphasis, as the parser sees
			// them; a line's start and end count as whitespace, "<br>" as
			// punctuation.
			prev := ' '
			if b.Len() > lineStart {
				prev, _ = utf8.DecodeLastRuneInString(b.String())
			} else if c == inCell && li > 0 {
				prev = '>'
			}
			next := ' '
			switch {
			case i+1 < len(line) && line[i+1].note != 0:
				next = '['
			case i+1 < len(line) && line[i+1].emphasis():
				// The next emphasis sees this one's closing mark and falls
				// back to HTML: its first character is "<".
				next = '<'
			case i+1 < len(line):
				next, _ = utf8.DecodeRuneInString(escape(line[i+1].text, flagsAt(line, i+1, c)))
			case c == inCell && li+1 < len(ls):
				next = '<'
			}
			b.WriteString(emphasize(content, t.bold, t.italic, prev, next))
		}
	}
	return b.String()
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

func punctLoose(r rune) bool { return asciiPunct(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) }

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
	i := 0
	if f.lineStart && s != "" {
		if strings.IndexByte("#-+=", s[0]) >= 0 {
			b.WriteByte('\\')
			b.WriteByte(s[0])
			i = 1
		} else if n := leadingDigits(s); n > 0 && n < len(s) && (s[n] == '.' || s[n] == ')') {
			b.WriteString(s[:n])
			b.WriteByte('\\')
			b.WriteByte(s[n])
			i = n + 1
		}
	}
	if f.afterRef && i == 0 && s != "" && (s[0] == ':' || s[0] == '(') {
		b.WriteByte('\\')
		b.WriteByte(s[0])
		i = 1
	}
	// Every character tested is ASCII, and no byte of a multi-byte UTF-8
	// sequence is, so the bytes can be walked one by one.
	for ; i < len(s); i++ {
		c := s[i]
		esc := false
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '$', '@':
			esc = true
		case '#':
			esc = f.heading
		case '&':
			esc = entityAt(s[i:])
		case ':':
			esc = strings.HasPrefix(s[i+1:], "//")
		case '.':
			esc = i >= 3 && strings.EqualFold(s[i-3:i], "www")
		case '!':
			esc = f.beforeRef && i == len(s)-1
		}
		if esc {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

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

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
