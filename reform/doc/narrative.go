package doc

import (
	"fmt"
	"strconv"
	"strings"
)

// Narrative is free text of a report — the qualitative parts that no figure
// generates — as it travels in the interchange format (nội dung tường thuật).
//
// Text carries a small inline markup: "*italic*", "**bold**", and "[^n]" for
// a reference to Notes[n-1], the text of a footnote. A backslash makes the
// next character literal ("\*", "\[", "\\"). Items are the bullets under the
// narrative: a paragraph's items print as "-" items, an item's items as "+"
// items.
type Narrative struct {
	// Text is the text with its inline markup.
	Text string `json:"text"`
	// Notes are the footnote texts that Text references as [^1], [^2] …;
	// they may hold "*italic*" and "**bold**" but no footnote.
	Notes []string `json:"notes,omitempty"`
	// Items are the bullets under this narrative.
	Items []Narrative `json:"items,omitempty"`
}

// MarkupError is a problem of narrative markup, at a byte offset of a text.
type MarkupError struct {
	// Path is the field of the narrative, e.g. "text" or "notes[1]".
	Path string
	// Offset is the byte offset of the problem in the text.
	Offset int
	// Reason says what is wrong and what was expected.
	Reason string
	// Vietnamese says the same to the clerk who wrote the text, in
	// Vietnamese and without the markup's jargon.
	Vietnamese string
}

// Error names the field, the offset and the reason.
func (e *MarkupError) Error() string {
	return fmt.Sprintf("%s: byte %d: %s", e.Path, e.Offset, e.Reason)
}

// Runs parses the narrative's text into runs with its footnotes. Every note
// must be referenced exactly once.
func (n Narrative) Runs() ([]Run, error) {
	notes := make([]*Footnote, len(n.Notes))
	for i, s := range n.Notes {
		runs, err := ParseInline(s, nil)
		if err != nil {
			if me, ok := err.(*MarkupError); ok {
				me.Path = fmt.Sprintf("notes[%d]", i)
			}
			return nil, err
		}
		if strings.TrimSpace(plain(runs)) == "" {
			return nil, &MarkupError{Path: fmt.Sprintf("notes[%d]", i), Reason: "a footnote needs text",
				Vietnamese: fmt.Sprintf("chú thích thứ %d không có nội dung", i+1)}
		}
		notes[i] = &Footnote{Runs: runs}
	}
	runs, err := ParseInline(n.Text, notes)
	if err != nil {
		return nil, err
	}
	used := make([]int, len(notes))
	for _, r := range runs {
		for i, f := range notes {
			if r.Note == f {
				used[i]++
			}
		}
	}
	for i, u := range used {
		if u != 1 {
			return nil, &MarkupError{Path: fmt.Sprintf("notes[%d]", i), Reason: fmt.Sprintf("note %d is referenced %d times in the text; expected exactly one [^%d]", i+1, u, i+1),
				Vietnamese: fmt.Sprintf("chú thích thứ %d được đánh dấu %d lần trong nội dung, cần đúng một lần [^%d]", i+1, u, i+1)}
		}
	}
	return runs, nil
}

// Paragraph returns the narrative as a paragraph followed by its items as a
// "-" list (whose own items are "+" lists).
func (n Narrative) Paragraph() ([]Block, error) {
	runs, err := n.Runs()
	if err != nil {
		return nil, prefixMarkup(err, "")
	}
	out := []Block{&Paragraph{Runs: runs}}
	if len(n.Items) > 0 {
		l, err := ItemList(n.Items, Dash, "items")
		if err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, nil
}

// ItemList returns narratives as a list with the given marker; the items of
// a "-" item become a "+" list, those of a "+" item another "+" list. The
// path names the narratives' field in error messages.
func ItemList(ns []Narrative, m Marker, path string) (*List, error) {
	l := &List{Marker: m, Items: make([]Item, 0, len(ns))}
	for i, n := range ns {
		runs, err := n.Runs()
		if err != nil {
			return nil, prefixMarkup(err, indexPath(path, i))
		}
		it := Item{Runs: runs}
		if len(n.Items) > 0 {
			sub, err := ItemList(n.Items, Plus, indexPath(path, i)+".items")
			if err != nil {
				return nil, err
			}
			it.Blocks = []Block{sub}
		}
		l.Items = append(l.Items, it)
	}
	return l, nil
}

func prefixMarkup(err error, prefix string) error {
	if me, ok := err.(*MarkupError); ok && prefix != "" {
		c := *me
		c.Path = prefix + "." + me.Path
		return &c
	}
	return err
}

// noMarkup reports whether s holds no inline markup for ParseInline: no
// backslash, asterisk or opening bracket. Three byte searches beat one
// search for any of three bytes.
func noMarkup(s string) bool {
	return strings.IndexByte(s, '*') < 0 && strings.IndexByte(s, '[') < 0 && strings.IndexByte(s, '\\') < 0
}

// ParseInline parses inline markup — "*italic*", "**bold**", "[^n]" and
// backslash escapes — into runs. A reference [^n] points to notes[n-1]; with
// nil notes any reference is an error. Unclosed emphasis is an error that
// names its offset, so a stray "*" is never silently lost: write "\*".
//
// The runs' texts are pieces of s, copied only where a backslash escape is
// taken out; text without markup is one run, s itself.
func ParseInline(s string, notes []*Footnote) ([]Run, error) {
	if noMarkup(s) {
		if s == "" {
			return nil, nil
		}
		return []Run{{Text: s}}, nil
	}
	p := inlineParser{s: s, notes: notes, out: make([]Run, 0, 1+strings.Count(s, "*")+strings.Count(s, "[^"))}
	for p.i < len(s) {
		if err := p.step(); err != nil {
			return nil, err
		}
	}
	if err := p.unclosed(); err != nil {
		return nil, err
	}
	p.flush()
	if len(p.out) == 0 {
		return nil, nil // markup alone: no run
	}
	return p.out, nil
}

// inlineParser reads the inline markup of ParseInline.
type inlineParser struct {
	s     string
	notes []*Footnote
	out   []Run
	i     int
	// The text of the next run: escaped, then s[from:i].
	escaped      []byte
	from         int
	bold, italic bool
	boldAt       int
	italicAt     int
}

// step reads the markup or the character at p.i.
func (p *inlineParser) step() error {
	s, i := p.s, p.i
	switch c := s[i]; {
	case c == '\\':
		return p.escape()
	case c == '*' && strings.HasPrefix(s[i:], "**"):
		p.emphasis(&p.bold, &p.boldAt, 2)
	case c == '*':
		p.emphasis(&p.italic, &p.italicAt, 1)
	case c == '[' && strings.HasPrefix(s[i:], "[^"):
		return p.reference()
	default:
		p.i = nextMarkup(s, i+1)
	}
	return nil
}

// nextMarkup returns the offset of the first byte of s from i on that may
// start markup (a backslash, an asterisk or an opening bracket), or len(s):
// the text between is read in one search, not a step a byte.
func nextMarkup(s string, i int) int {
	if j := strings.IndexAny(s[i:], `\*[`); j >= 0 {
		return i + j
	}
	return len(s)
}

// escape takes out the backslash at p.i, keeping the byte after it.
func (p *inlineParser) escape() error {
	if p.i+1 >= len(p.s) {
		return &MarkupError{Path: "text", Offset: p.i, Reason: `a backslash at the end escapes nothing; write "\\\\" for a backslash`,
			Vietnamese: `dấu “\” ở cuối không đứng trước ký tự nào; viết “\\” để có một dấu “\”`}
	}
	p.escaped = append(append(p.escaped, p.s[p.from:p.i]...), p.s[p.i+1])
	p.i += 2
	p.from = p.i
	return nil
}

// emphasis turns bold or italic on or off at a marker n bytes long.
func (p *inlineParser) emphasis(on *bool, at *int, n int) {
	p.flush()
	if !*on {
		*at = p.i
	}
	*on = !*on
	p.i += n
	p.from = p.i
}

// reference reads the footnote reference [^n] at p.i: the note goes on the
// text before it.
func (p *inlineParser) reference() error {
	s, i := p.s, p.i
	end := strings.IndexByte(s[i:], ']')
	if end < 0 {
		return &MarkupError{Path: "text", Offset: i, Reason: `"[^" opens a footnote reference that is never closed; expected "[^n]" or "\[" for a bracket`,
			Vietnamese: `dấu chú thích “[^” không có “]” đóng lại; viết “[^1]” để dẫn chú thích 1, hoặc “\[” để có dấu ngoặc vuông`}
	}
	num, err := p.noteNumber(s[i : i+end+1])
	if err != nil {
		return err
	}
	p.flush()
	if k := len(p.out); k > 0 && p.out[k-1].Note == nil {
		p.out[k-1].Note = p.notes[num-1]
	} else {
		p.out = append(p.out, Run{Note: p.notes[num-1], Bold: p.bold, Italic: p.italic})
	}
	p.i += end + 1
	p.from = p.i
	return nil
}

// noteNumber reads the number of the reference ref ("[^3]") at p.i, which
// must name one of the notes.
func (p *inlineParser) noteNumber(ref string) (int, error) {
	num, err := strconv.Atoi(ref[2 : len(ref)-1])
	if err != nil || num < 1 {
		return 0, &MarkupError{Path: "text", Offset: p.i, Reason: fmt.Sprintf("footnote reference %q: expected [^n] with n a whole number from 1", ref),
			Vietnamese: fmt.Sprintf("dấu chú thích “%s” cần một số thứ tự từ 1, như [^1]", ref)}
	}
	if num > len(p.notes) {
		return 0, &MarkupError{Path: "text", Offset: p.i, Reason: fmt.Sprintf("footnote reference [^%d] but only %d notes are given", num, len(p.notes)),
			Vietnamese: fmt.Sprintf("nội dung dẫn chú thích [^%d] nhưng chỉ có %d chú thích", num, len(p.notes))}
	}
	return num, nil
}

// flush ends the text read so far as a run, when there is any.
func (p *inlineParser) flush() {
	text := p.s[p.from:p.i]
	if len(p.escaped) > 0 {
		text = string(append(p.escaped, text...))
		p.escaped = p.escaped[:0]
	}
	if text != "" {
		p.out = append(p.out, Run{Text: text, Bold: p.bold, Italic: p.italic})
	}
	p.from = p.i
}

// unclosed reports bold or italic text left open at the end.
func (p *inlineParser) unclosed() error {
	if p.bold {
		return &MarkupError{Path: "text", Offset: p.boldAt, Reason: `"**" opens bold text that is never closed; write "\*\*" for asterisks`,
			Vietnamese: `“**” mở chữ đậm nhưng không có “**” đóng lại; viết “\*\*” để có hai dấu sao`}
	}
	if p.italic {
		return &MarkupError{Path: "text", Offset: p.italicAt, Reason: `"*" opens italic text that is never closed; write "\*" for an asterisk`,
			Vietnamese: `“*” mở chữ nghiêng nhưng không có “*” đóng lại; viết “\*” để có dấu sao`}
	}
	return nil
}

// EscapeInline escapes the characters of s that ParseInline reads as markup,
// so that any text can travel as narrative: ParseInline(EscapeInline(s))
// gives back s as one plain run.
func EscapeInline(s string) string {
	n := strings.Count(s, "\\") + strings.Count(s, "*") + strings.Count(s, "[")
	if n == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + n)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\', '*', '[':
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func plain(runs []Run) string {
	var b strings.Builder
	for _, r := range runs {
		b.WriteString(r.Text)
	}
	return b.String()
}
