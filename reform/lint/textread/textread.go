// Package textread reads a report written as plain text (.txt) or Markdown
// (.md) into an input.Document for reform/lint.
//
// Plain text is read as the text extracted from a report usually is
// (../shared/seed holds such a text): one paragraph per non-blank line,
// emphasis written **bold** and *italic*, footnote references as
// superscript digits after a word ("An Giang¹⁴") and each footnote as a line
// of its own that starts with its mark ("¹⁴ Kế hoạch số 761/KH-UBND …"). The
// reader keeps such lines as paragraphs; reform/lint recognises them, and
// joins the halves of a paragraph split by a page break.
//
// Markdown is read as the SDK's Markdown renderer and people write it:
// paragraphs of one or more lines, "#" headings, "-", "+" and "*" list items
// (kept with their dash, the Vietnamese list mark), tables (each cell's
// lines become paragraphs of a table), footnote references "[^n]" (written
// as superscript digits, as printed) and definitions "[^n]: …", backslash
// escapes, <br> and emphasis.
//
// Input must be UTF-8 (a byte-order mark is dropped; UTF-16 with a mark is
// decoded); other bytes, and NUL bytes, are an error naming the line and
// column. Reading is linear in the input and uses no regular expression.
package textread

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/lint/input"
)

// Error is the error Read returns for input that is not text: its line and
// column (1-based, in bytes) and what is wrong.
type Error struct {
	// Line and Column locate the first offending byte.
	Line, Column int
	// Reason says what is wrong, in English.
	Reason string
}

// Error writes the place and the reason.
func (e *Error) Error() string {
	return fmt.Sprintf("textread: line %d, column %d: %s", e.Line, e.Column, e.Reason)
}

// ErrEmpty is the error for input with no text at all.
var ErrEmpty = errors.New("textread: the input has no text")

// Read reads plain text.
func Read(data []byte) (*input.Document, error) {
	s, err := decode(data)
	if err != nil {
		return nil, err
	}
	doc := &input.Document{Format: input.Text}
	for i, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, " \t\u00a0")
		if strings.TrimSpace(line) == "" {
			continue
		}
		line = strings.TrimLeft(line, " \t\u00a0")
		doc.Paragraphs = append(doc.Paragraphs, paragraph(line, i+1, false))
	}
	if len(doc.Paragraphs) == 0 {
		return nil, ErrEmpty
	}
	return doc, nil
}

// decode returns the input as a string of UTF-8 text with "\n" line ends.
func decode(data []byte) (string, error) {
	data, err := dropByteOrderMark(data)
	if err != nil {
		return "", err
	}
	if err := checkUTF8(data); err != nil {
		return "", err
	}
	s := string(data)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s, nil
}

// dropByteOrderMark drops a UTF-8 byte-order mark, and decodes UTF-16 that
// starts with one.
func dropByteOrderMark(data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return data[3:], nil
	case len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF):
		if len(data)%2 != 0 {
			return nil, &Error{Line: 1, Column: 1, Reason: "UTF-16 input of an odd number of bytes"}
		}
		return fromUTF16(data[2:], data[0] == 0xFE), nil
	}
	return data, nil
}

// fromUTF16 decodes UTF-16 of an even number of bytes, big-endian or
// little-endian, to UTF-8.
func fromUTF16(data []byte, big bool) []byte {
	u := make([]uint16, 0, len(data)/2)
	for i := 0; i+1 < len(data); i += 2 {
		if big {
			u = append(u, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			u = append(u, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	return []byte(string(utf16.Decode(u)))
}

// checkUTF8 returns an error naming the line and column of the first NUL
// byte or byte that is not UTF-8.
func checkUTF8(data []byte) error {
	line, col := 1, 1
	for i := 0; i < len(data); {
		size, reason := charAt(data, i)
		if reason != "" {
			return &Error{Line: line, Column: col, Reason: reason}
		}
		if data[i] == '\n' {
			line, col = line+1, 1
		} else {
			col += size
		}
		i += size
	}
	return nil
}

// charAt returns the size of the character at data[i] and, when it is not
// text, why: a NUL byte, a byte that is not UTF-8.
func charAt(data []byte, i int) (int, string) {
	b := data[i]
	switch {
	case b == 0:
		return 1, "a NUL byte: the input is binary, not text (a .doc or .pdf file?)"
	case b < utf8.RuneSelf:
		return 1, ""
	}
	if r, size := utf8.DecodeRune(data[i:]); r != utf8.RuneError || size > 1 {
		return size, ""
	}
	return 1, fmt.Sprintf("byte 0x%02X is not UTF-8: save the file as UTF-8 (Unicode), not in a legacy code page such as TCVN3 or VNI", b)
}

// paragraph makes the paragraph of one line of text: emphasis read into
// runs, superscript footnote marks after a word recorded as references.
func paragraph(line string, lineNo int, markdown bool) input.Paragraph {
	text, runs := emphasis(line, markdown)
	p := input.Paragraph{Text: text, Runs: runs, Line: lineNo, Props: input.Props{Outline: -1}}
	p.Notes = SuperscriptNotes(text)
	return p
}

// SuperscriptNotes finds the footnote marks typed in a text: runs of
// superscript digits right after a non-space character. A run that starts
// the text is the mark of a footnote line, not a reference, and so is a
// run of zeros.
func SuperscriptNotes(text string) []input.NoteRef {
	var notes []input.NoteRef
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if input.SuperDigit(r) < 0 || i == 0 {
			i += size
			continue
		}
		ref, ok, end := referenceAt(text, i)
		if ok {
			notes = append(notes, ref)
		}
		i = end
	}
	return notes
}

// referenceAt reads the run of superscript digits at text[i] and returns
// it as a reference, and where it ends; false when it stands after a space
// or is zeros: footnotes are numbered from 1, and a lone "⁰" (a degree, an
// exponent) is not a mark.
func referenceAt(text string, i int) (input.NoteRef, bool, int) {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	mark, end := superscriptRun(text, i)
	m := strings.TrimLeft(mark, "0")
	ok := m != "" && prev != ' ' && prev != '\t' && input.SuperDigit(prev) < 0
	return input.NoteRef{Offset: i, Mark: m}, ok, end
}

// superscriptRun reads the run of superscript digits at text[i:] and
// returns it in ASCII digits, and the offset where it ends.
func superscriptRun(text string, i int) (string, int) {
	var mark strings.Builder
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		d := input.SuperDigit(r)
		if d < 0 {
			break
		}
		mark.WriteByte(byte('0' + d))
		i += size
	}
	return mark.String(), i
}
