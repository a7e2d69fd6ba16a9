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
	doc := &input.Document{Format: input.Markdown}
	lines := strings.Split(s, "\n")
	var pending []string // lines of the paragraph being read
	pendingLine := 0
	var note *input.Footnote
	table, row := -1, 0
	inTable := false
	flush := func() {
		if len(pending) == 0 {
			return
		}
		p := mdParagraph(strings.Join(pending, " "), pendingLine)
		if note != nil {
			note.Paragraphs = append(note.Paragraphs, p)
		} else {
			doc.Paragraphs = append(doc.Paragraphs, p)
		}
		pending = pending[:0]
	}
	afterBlank := false
	for i, raw := range lines {
		lineNo := i + 1
		line := strings.TrimRight(raw, " \t")
		trimmed := strings.TrimLeft(line, " \t")
		indent := len(line) - len(trimmed)
		if trimmed == "" {
			flush()
			inTable = false
			afterBlank = true
			continue
		}
		blank := afterBlank
		afterBlank = false
		// A footnote definition opens a note; lines after it belong to
		// it while they continue its paragraph (no blank line, no new
		// block) or are indented by four spaces.
		if mark, rest, ok := footnoteDef(trimmed); ok && indent < 4 {
			flush()
			doc.Footnotes = append(doc.Footnotes, input.Footnote{Mark: mark})
			note = &doc.Footnotes[len(doc.Footnotes)-1]
			pending, pendingLine = append(pending, rest), lineNo
			continue
		}
		if note != nil {
			switch {
			case indent >= 4:
				if len(pending) == 0 {
					pendingLine = lineNo
				}
				pending = append(pending, trimmed)
				continue
			case !blank && len(pending) > 0 && !startsBlock(trimmed):
				pending = append(pending, trimmed)
				continue
			}
			flush()
			note = nil
		}
		if strings.HasPrefix(trimmed, "|") {
			flush()
			if !inTable {
				table, row, inTable = table+1, 0, true
			}
			cells := splitRow(trimmed)
			if isSeparatorRow(cells) {
				continue
			}
			for c, cell := range cells {
				for _, part := range splitBreaks(cell) {
					part = strings.TrimSpace(part)
					if part == "" {
						continue
					}
					p := mdParagraph(part, lineNo)
					p.Cell = &input.Cell{Table: table, Row: row, Col: c, Cols: len(cells)}
					doc.Paragraphs = append(doc.Paragraphs, p)
				}
			}
			row++
			continue
		}
		inTable = false
		if h, ok := atxHeading(trimmed); ok {
			flush()
			if h != "" {
				doc.Paragraphs = append(doc.Paragraphs, mdParagraph(h, lineNo))
			}
			continue
		}
		if isThematicBreak(trimmed) {
			flush()
			continue
		}
		if item, ok := listItem(trimmed); ok {
			flush()
			pending, pendingLine = append(pending, item), lineNo
			continue
		}
		if len(pending) == 0 {
			pendingLine = lineNo
		}
		pending = append(pending, trimmed)
	}
	flush()
	if len(doc.Paragraphs) == 0 && len(doc.Footnotes) == 0 {
		return nil, ErrEmpty
	}
	return doc, nil
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
		i := strings.Index(s, "[^")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		mark := s[i+2 : i+j]
		b.WriteString(s[:i])
		if mark != "" && allDigits(mark) && len(mark) <= 4 {
			b.WriteString(input.Superscript(mark))
		} else {
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
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
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "|")
	if strings.HasSuffix(s, "|") && !strings.HasSuffix(s, `\|`) {
		s = s[:len(s)-1]
	}
	var cells []string
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && s[i+1] == '|' {
			b.WriteString(`\|`)
			i++
			continue
		}
		if s[i] == '|' {
			cells = append(cells, b.String())
			b.Reset()
			continue
		}
		b.WriteByte(s[i])
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
