// Package input is what the readers of reform/lint make of a report a
// person wrote (văn bản do người soạn): its paragraphs in reading order with
// their formatting, its footnotes, and, for a DOCX, its page setup and page
// headers. The text reader (reform/lint/textread) and the DOCX reader
// (reform/lint/docxread) both produce a *Document; reform/lint checks it.
//
// A Document says what the file holds, nothing more: it does not know which
// paragraph is a heading or a footnote written as a line of text. reform/lint
// decides that, the same way for every reader.
//
// The package imports nothing from the module.
package input

import "strings"

// Format is the kind of file a Document was read from.
type Format string

// The formats the readers know.
const (
	// Text is plain text (.txt): one paragraph per line.
	Text Format = "text"
	// Markdown is Markdown (.md): paragraphs, lists, tables, footnotes [^n].
	Markdown Format = "markdown"
	// DOCX is a WordprocessingML document (.docx).
	DOCX Format = "docx"
)

// Document is a report as read from a file.
type Document struct {
	// Format is the kind of file the document was read from.
	Format Format
	// Paragraphs are the paragraphs of the body in reading order, those in
	// table cells included (Paragraph.Cell says where), empty ones left out.
	Paragraphs []Paragraph
	// Footnotes are the notes the file keeps apart from the body: DOCX
	// footnotes and Markdown "[^n]: …" definitions. A footnote written as a
	// line of plain text ("⁴ Kế hoạch số …") is a Paragraph.
	Footnotes []Footnote
	// Sections are the page setups of a DOCX, in order; empty for text.
	Sections []Section
	// Headers are the page headers and footers of a DOCX.
	Headers []HeaderFooter
	// Layout reports whether the paragraphs carry resolved formatting
	// (fonts, sizes, alignment, indents): true for DOCX only.
	Layout bool
}

// Paragraph is one paragraph (đoạn) as the file writes it.
type Paragraph struct {
	// Text is the text as displayed, without the list label. A footnote
	// anchor is written as its number in superscript digits ("¹⁴") where the
	// reference stands, as printed pages show it.
	Text string
	// Label is the list label a word processor displays before the text
	// from its automatic numbering ("II.", "2.2.", "a)", "-"); empty when
	// the label, if any, is typed in Text.
	Label string
	// Runs are the formatting of Text: spans in order, covering it. A
	// reader that knows no formatting gives one run without properties, or
	// runs for the emphasis it read (**bold**, *italic*).
	Runs []Run
	// Props are the paragraph's resolved properties (DOCX).
	Props Props
	// Line is the 1-based line of the file the paragraph starts on (text
	// and Markdown); 0 for DOCX.
	Line int
	// Cell is the table cell the paragraph is in; nil outside tables.
	Cell *Cell
	// Notes are the footnote references of the paragraph, in order.
	Notes []NoteRef
}

// Run is a span of a paragraph's text with one formatting.
type Run struct {
	// Start and End are byte offsets into Paragraph.Text.
	Start, End int
	// Font is the font family of the run ("Times New Roman"); empty when
	// unknown.
	Font string
	// HalfPoints is the font size in half-points (28 is 14 pt); 0 when
	// unknown.
	HalfPoints int
	// Bold, Italic, Caps (all capitals by formatting), Superscript and
	// Underline are the run's emphasis.
	Bold, Italic, Caps, Superscript, Underline bool
}

// Align is a paragraph's horizontal alignment.
type Align string

// The alignments.
const (
	AlignUnknown Align = ""
	AlignLeft    Align = "left"
	AlignCenter  Align = "center"
	AlignRight   Align = "right"
	AlignJustify Align = "both"
)

// Props are the resolved properties of a paragraph, in twips (1/20 pt;
// 567 twips are 1 cm).
type Props struct {
	// Style is the name of the paragraph style ("Heading 1", "Body Text").
	Style string
	// Align is the alignment.
	Align Align
	// FirstLine is the first-line indent (negative for a hanging indent).
	FirstLine int
	// Left is the left indent.
	Left int
	// Before and After are the spacing before and after the paragraph.
	Before, After int
	// Line is the line spacing in 240ths of a line when LineAuto, or in
	// twips otherwise; 0 when not set.
	Line int
	// LineAuto says Line is proportional (240 = single, 360 = 1,5 lines).
	LineAuto bool
	// Outline is the outline level of the paragraph (0 for a heading 1),
	// -1 when it has none.
	Outline int
	// BorderBelow says the paragraph has a bottom border (the short line
	// under the issuing agency, the motto and the title).
	BorderBelow bool
}

// Cell places a paragraph in a table.
type Cell struct {
	// Table is the 0-based index of the table in the document; Row and Col
	// are 0-based positions in it.
	Table, Row, Col int
	// Cols is the number of cells in the row.
	Cols int
	// Width is the cell's width in twips, 0 when not given.
	Width int
}

// NoteRef is a footnote reference in a paragraph.
type NoteRef struct {
	// Offset is the byte offset in Paragraph.Text of the mark.
	Offset int
	// Mark is the mark as displayed: "14".
	Mark string
}

// Footnote is a note kept apart from the body.
type Footnote struct {
	// Mark is the mark as displayed, the number its references carry.
	Mark string
	// Paragraphs are the note's paragraphs.
	Paragraphs []Paragraph
}

// Section is the page setup of a DOCX section, in twips.
type Section struct {
	// PageWidth and PageHeight are the paper size; Landscape the
	// orientation.
	PageWidth, PageHeight int
	// Landscape says the page is turned.
	Landscape bool
	// Top, Bottom, Left and Right are the margins.
	Top, Bottom, Left, Right int
	// TitlePage says the first page has its own header (w:titlePg).
	TitlePage bool
	// Known says the section gave a page size.
	Known bool
}

// HeaderFooter is a page header or footer of a DOCX section.
type HeaderFooter struct {
	// Section is the 0-based index of the section.
	Section int
	// Footer says it is a footer, not a header.
	Footer bool
	// Kind is "default", "first" or "even".
	Kind string
	// Text is its text, fields shown by their result.
	Text string
	// PageField says it holds a PAGE field (the page number).
	PageField bool
	// Align is the alignment of its first paragraph with text or a field.
	Align Align
	// HalfPoints is the font size of its page number, 0 when unknown.
	HalfPoints int
}

// Superscript writes the digits of a footnote mark in superscript, as the
// readers put marks into a paragraph's text: "14" → "¹⁴". Other characters
// are kept.
func Superscript(mark string) string { return strings.Map(superscriptRune, mark) }

// superscriptRune returns the superscript form of a digit; another rune
// is kept.
func superscriptRune(c rune) rune {
	switch {
	case c == '1':
		return '¹'
	case c == '2':
		return '²'
	case c == '3':
		return '³'
	case c == '0':
		return '⁰'
	case c >= '4' && c <= '9':
		return '⁴' + (c - '4')
	}
	return c
}

// SuperDigit returns the value of a superscript digit, or -1.
func SuperDigit(r rune) int {
	switch r {
	case '⁰':
		return 0
	case '¹':
		return 1
	case '²':
		return 2
	case '³':
		return 3
	case '⁴', '⁵', '⁶', '⁷', '⁸', '⁹':
		return int(r-'⁴') + 4
	}
	return -1
}
