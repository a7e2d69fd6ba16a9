package textread

import (
	"strings"

	"github.com/cchc-go/cchc/reform/lint/input"
)

// ReadMarkdown reads Markdown.
func ReadMarkdown(data []byte) (*input.Document, error) {
	s, err := decode(data)
	if err != nil {
		return nil, err
	}
	r := &mdReader{doc: &input.Document{Format: input.Markdown}, table: -1}
	for i, raw := range strings.Split(s, "\n") {
		r.line(raw, i+1)
	}
	r.flush()
	if len(r.doc.Paragraphs) == 0 && len(r.doc.Footnotes) == 0 {
		return nil, ErrEmpty
	}
	return r.doc, nil
}

// mdReader reads Markdown line by line into a document.
type mdReader struct {
	doc *input.Document
	// pending are the lines of the paragraph being read, from line
	// pendingLine.
	pending     []string
	pendingLine int
	// note is the footnote being read, nil outside footnotes.
	note *input.Footnote
	// table and row are the index of the last table and of its next row;
	// inTable says the previous line was a row of it.
	table, row int
	inTable    bool
	afterBlank bool
}

// line reads one line, numbered lineNo.
func (r *mdReader) line(raw string, lineNo int) {
	line := strings.TrimRight(raw, " \t")
	trimmed := strings.TrimLeft(line, " \t")
	indent := len(line) - len(trimmed)
	if trimmed == "" {
		r.blankLine()
		return
	}
	blank := r.afterBlank
	r.afterBlank = false
	if r.footnoteLine(trimmed, indent, blank, lineNo) {
		return
	}
	if strings.HasPrefix(trimmed, "|") {
		r.flush()
		r.tableRow(trimmed, lineNo)
		return
	}
	r.inTable = false
	r.block(trimmed, lineNo)
}

// blankLine ends the paragraph and the table being read.
func (r *mdReader) blankLine() {
	r.flush()
	r.inTable = false
	r.afterBlank = true
}

// footnoteLine reads a line that opens a footnote or continues the open
// one, and reports whether it did. A footnote definition opens a note;
// lines after it belong to it while they continue its paragraph (no blank
// line, no new block) or are indented by four spaces; another line closes
// it.
func (r *mdReader) footnoteLine(trimmed string, indent int, blank bool, lineNo int) bool {
	if mark, rest, ok := footnoteDef(trimmed); ok && indent < 4 {
		r.flush()
		r.doc.Footnotes = append(r.doc.Footnotes, input.Footnote{Mark: mark})
		r.note = &r.doc.Footnotes[len(r.doc.Footnotes)-1]
		r.add(rest, lineNo)
		return true
	}
	if r.note == nil {
		return false
	}
	if indent >= 4 || !blank && len(r.pending) > 0 && !startsBlock(trimmed) {
		r.add(trimmed, lineNo)
		return true
	}
	r.flush()
	r.note = nil
	return false
}

// tableRow reads a row of a table: each cell's parts between <br> tags
// become paragraphs of the cell; the row under the header is passed over.
func (r *mdReader) tableRow(trimmed string, lineNo int) {
	if !r.inTable {
		r.table, r.row, r.inTable = r.table+1, 0, true
	}
	cells := splitRow(trimmed)
	if isSeparatorRow(cells) {
		return
	}
	for c, cell := range cells {
		r.cell(cell, c, len(cells), lineNo)
	}
	r.row++
}

// cell adds the paragraphs of the cell col of a row of cols cells.
func (r *mdReader) cell(cell string, col, cols, lineNo int) {
	for _, part := range splitBreaks(cell) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		p := mdParagraph(part, lineNo)
		p.Cell = &input.Cell{Table: r.table, Row: r.row, Col: col, Cols: cols}
		r.doc.Paragraphs = append(r.doc.Paragraphs, p)
	}
}

// block reads a line outside tables and footnotes: a heading (a paragraph
// of its own), a thematic break, a list item (which starts a paragraph) or
// a line of a paragraph.
func (r *mdReader) block(trimmed string, lineNo int) {
	if h, ok := atxHeading(trimmed); ok {
		r.flush()
		if h != "" {
			r.doc.Paragraphs = append(r.doc.Paragraphs, mdParagraph(h, lineNo))
		}
		return
	}
	if isThematicBreak(trimmed) {
		r.flush()
		return
	}
	if item, ok := listItem(trimmed); ok {
		r.flush()
		trimmed = item
	}
	r.add(trimmed, lineNo)
}

// add adds a line to the paragraph being read.
func (r *mdReader) add(line string, lineNo int) {
	if len(r.pending) == 0 {
		r.pendingLine = lineNo
	}
	r.pending = append(r.pending, line)
}

// flush ends the paragraph being read: a paragraph of the open footnote,
// or of the body.
func (r *mdReader) flush() {
	if len(r.pending) == 0 {
		return
	}
	p := mdParagraph(strings.Join(r.pending, " "), r.pendingLine)
	if r.note != nil {
		r.note.Paragraphs = append(r.note.Paragraphs, p)
	} else {
		r.doc.Paragraphs = append(r.doc.Paragraphs, p)
	}
	r.pending = r.pending[:0]
}

// mdParagraph makes a paragraph of Markdown inline text: footnote
// references "[^n]" become superscript marks, then emphasis is read.
func mdParagraph(text string, lineNo int) input.Paragraph {
	text = footnoteRefs(text)
	return paragraph(text, lineNo, true)
}

// footnoteRefs writes every "[^n]" reference as the superscript digits of n.
func footnoteRefs(s string) string {
	if !strings.Contains(s, "[^") {
		return s
	}
	var b strings.Builder
	for {
		before, after, ok := strings.Cut(s, "[^")
		mark, rest, closed := strings.Cut(after, "]")
		if !ok || !closed {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(before)
		b.WriteString(referenceMark(mark))
		s = rest
	}
}

// referenceMark writes the mark of a reference "[^mark]" as superscript
// digits, or as written when it is not a number of at most four digits.
func referenceMark(mark string) string {
	if allDigits(mark) && len(mark) <= 4 {
		return input.Superscript(mark)
	}
	return "[^" + mark + "]"
}

// footnoteDef reads "[^n]: text".
func footnoteDef(s string) (mark, rest string, ok bool) {
	if !strings.HasPrefix(s, "[^") {
		return "", "", false
	}
	j := strings.Index(s, "]:")
	if j < 3 {
		return "", "", false
	}
	mark = s[2:j]
	if !allDigits(mark) || len(mark) > 4 {
		return "", "", false
	}
	return strings.TrimLeft(mark, "0"), strings.TrimSpace(s[j+2:]), true
}

// allDigits reports whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// startsBlock reports whether a line starts a new block.
func startsBlock(s string) bool {
	if strings.HasPrefix(s, "|") || strings.HasPrefix(s, "#") || isThematicBreak(s) {
		return true
	}
	_, ok := listItem(s)
	return ok
}

// atxHeading reads "## Title" and returns the title.
func atxHeading(s string) (string, bool) {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(s) && s[n] != ' ' && s[n] != '\t') {
		return "", false
	}
	h := strings.TrimSpace(s[n:])
	h = strings.TrimSpace(strings.TrimRight(h, "#"))
	return h, true
}

// isThematicBreak reports "---", "***" or "___" lines.
func isThematicBreak(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) < 3 {
		return false
	}
	c := s[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	return strings.Count(s, string(c)) == len(s)
}

// listItem reads a bullet item. "-" and "+" items keep their mark, which is
// the Vietnamese list mark of the text; "*" items are written with "-".
func listItem(s string) (string, bool) {
	if len(s) < 2 || s[1] != ' ' {
		return "", false
	}
	switch s[0] {
	case '-', '+':
		return s, true
	case '*':
		return "- " + strings.TrimSpace(s[2:]), true
	}
	return "", false
}

// splitRow splits a table row "| a | b |" into its cells, honouring "\|".
func splitRow(s string) []string {
	s = strings.TrimPrefix(strings.TrimSpace(s), "|")
	if strings.HasSuffix(s, "|") && !strings.HasSuffix(s, `\|`) {
		s = s[:len(s)-1]
	}
	var cells []string
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == '|':
			b.WriteString(`\|`)
			i++
		case s[i] == '|':
			cells = append(cells, b.String())
			b.Reset()
		default:
			b.WriteByte(s[i])
		}
	}
	return append(cells, b.String())
}

// isSeparatorRow reports the "| --- | :---: |" row under a table's header.
func isSeparatorRow(cells []string) bool {
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" || strings.Trim(c, ":-") != "" || !strings.Contains(c, "-") {
			return false
		}
	}
	return len(cells) > 0
}

// splitBreaks splits a cell at its <br> tags.
func splitBreaks(s string) []string {
	var out []string
	for {
		i := strings.Index(strings.ToLower(s), "<br")
		if i < 0 {
			return append(out, s)
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+j+1:]
	}
}
