// Package doc is the layout-neutral document tree of an administrative
// document in the official layout of Nghị định 30/2020/NĐ-CP (thể thức văn bản
// hành chính): the header (quốc hiệu, tiêu ngữ, agencies, số/ký hiệu, place and
// date), the title and trích yếu, the body of numbered sections, paragraphs,
// lists and tables with footnotes, the closing (nơi nhận and signer) and
// appendices, together with the style sheet of sizes, margins and indents.
//
// A caller builds a Document; Lay decides the layout once — numbering from
// structure, footnote numbers, the end mark "./.", the header and closing
// lines, NFC text — and every renderer maps the resulting Layout to its format.
// Renderers never number, format dates or choose sizes themselves.
//
// Layout.Check is the one check of a laid-out document: Lay checks what it
// builds, and every renderer checks the layout it is given, so a layout
// built by hand is refused by all of them alike, with a *LayoutError
// whose problems each carry a path into the layout and a ProblemCode.
//
// The package is a leaf: it imports only reform/vn, whose numbers, dates,
// Roman numerals and điểm letters it writes.
//
// # Wide tables
//
// Nghị định 30/2020/NĐ-CP prints on A4 portrait and allows landscape "only
// for a page of wide tables". Lay decides it per appendix: an appendix one
// of whose tables does not fit the portrait text width at the body size —
// a column, at its share of the width, narrower than its widest word and
// the cell padding (CellPadding, CellSlack) — is laid out on landscape
// pages (AppendixLayout.Landscape, Style.Landscape), and each of its tables
// gets a size of its own, the largest from WideTableMaxSize (12 pt) down to
// WideTableMinSize (10 pt) at which its columns hold their words, with
// column widths in twips of the landscape text width that give every
// column what it needs and a head cell room for at most HeadLines lines
// (TableLayout.Size, TableLayout.Widths). The 13 columns of Biểu số
// 06/VPCP/KSTT are wide; a table of three columns is not. Tables of the
// main text are never turned. wide.go holds the rule and its reasons.
//
// # Concurrent use
//
// A Document and a Layout are plain data. Lay, CheckBlocks and Layout.Check
// only read the document, and the package holds nothing that changes, so one document may
// be laid out, and one layout written by renderers, from many goroutines at
// once as long as none of them changes it.
package doc

import "time"

// Document is one document to render (văn bản).
type Document struct {
	// Header is the header block and the title (ô 1–5, 9a).
	Header Header
	// Body is the content (ô 6): sections, paragraphs, lists and tables.
	Body []Block
	// Closing is the recipients list and the signer (ô 7–9b, 12).
	Closing Closing
	// Appendices are printed after the closing, each in its own page
	// section with its page numbers restarting at 1 (phụ lục).
	Appendices []Appendix
	// Style is the style sheet; nil means DefaultStyle.
	Style *Style
}

// Header holds the fields of the header and the title block.
type Header struct {
	// ParentAgency is the governing agency (cơ quan chủ quản), e.g.
	// "UBND TỈNH AN GIANG"; optional. A line break in it ("\n") is a
	// line break of the header.
	ParentAgency string
	// IssuingAgency is the agency that issues the document (cơ quan ban
	// hành), in capitals, e.g. "SỞ TƯ PHÁP", or "ỦY BAN NHÂN DÂN\nXÃ BÌNH
	// HÒA" with the line break the header prints.
	IssuingAgency string
	// WrapAgencies makes Lay decide the lines of both agency names by the
	// rule of Style.AgencyLines (explicit breaks kept, long lines broken at
	// word boundaries to fit the header's left column), so that every
	// renderer prints the same lines. Lay applies the rule to a name with
	// a line break of its own whether or not WrapAgencies is set. A name on
	// one line without WrapAgencies is left on one line in the layout, and
	// each renderer fits it to the column as it can: DOCX and PDF balance
	// it over two lines, a browser wraps it, text and Markdown keep it
	// whole. Package reform sets WrapAgencies when a report gives its
	// level.
	WrapAgencies bool
	// IssuerName is the issuing agency in sentence case ("Sở Tư pháp"), used
	// in the line under an appendix title; empty means the line leaves it out.
	IssuerName string
	// Number is the số/ký hiệu after "Số: ", e.g. "380/BC-STP". An empty
	// number leaves room for it: "Số:       /".
	Number string
	// Place is the place name of the date line (địa danh), e.g. "An Giang".
	Place string
	// Date is the date of the document (ngày ban hành).
	Date time.Time
	// KindName is the name of the kind in capitals (tên loại), e.g. "BÁO CÁO".
	KindName string
	// Subject is the trích yếu in sentence case, e.g. "Công tác cải cách hành
	// chính 11 tháng đầu năm 2024".
	Subject string
	// To are the addressees of "Kính gửi:" (ô 9a); empty leaves the line out.
	To []string
	// Urgency is the urgency mark (HỎA TỐC, THƯỢNG KHẨN, KHẨN); optional.
	Urgency string
	// Secrecy is the secrecy mark (MẬT, TỐI MẬT, TUYỆT MẬT); optional.
	Secrecy string
	// Draft marks the document as a draft: "DỰ THẢO" above the title.
	Draft bool
}

// Closing holds the recipients list and the signature block.
type Closing struct {
	// Recipients are the places the document goes to (nơi nhận), without the
	// leading "- " and the trailing ";", e.g. "Sở Nội vụ".
	Recipients []string
	// Archive is what follows "Lưu: " on the last line, e.g. "VT, CCHC" or
	// "VT, HC (2)"; empty means "VT".
	Archive string
	// Signer is the person who signs.
	Signer Signer
	// Drafter is the drafter's initials and copies (ô 12), e.g. "PL.(300)";
	// optional.
	Drafter string
}

// Signer is the signature block (ô 7a, 7b).
type Signer struct {
	// Authority are the lines above the title that say on whose behalf the
	// signer signs, each with its prefix: ["KT. GIÁM ĐỐC"], or
	// ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]. Empty when the head signs.
	Authority []string
	// Title is the signer's position in capitals, e.g. "GIÁM ĐỐC" or
	// "PHÓ GIÁM ĐỐC".
	Title string
	// Name is the signer's full name, without academic titles.
	Name string
}

// Appendix is one appendix (phụ lục).
type Appendix struct {
	// Title is the appendix title, written in capitals.
	Title string
	// Body is the content of the appendix.
	Body []Block
}

// Block is one block of the body: *Section, *Paragraph, *List or *Table.
type Block interface {
	isBlock()
}

// Section is a numbered heading with the blocks under it (mục, khoản,
// điểm). Its number follows from its place in the tree: "I." at depth 1,
// "1." at depth 2, "1.1." at depth 3, "a)" at depth 4 (see Style.Levels).
type Section struct {
	// Title is the heading text without its number.
	Title string
	// Blocks are the content under the heading.
	Blocks []Block
	// Sources are the JSON paths of the data the section presents, so that
	// a finding about that data can name the heading a clerk sees (e.g.
	// "results.procedures.dossiers" for "đ) Kết quả giải quyết TTHC"). A
	// path that starts with "." is relative to the nearest enclosing section
	// that has sources. Layout and rendering ignore them.
	Sources []string
}

// Paragraph is a body paragraph made of runs (đoạn văn).
type Paragraph struct {
	// Runs are the pieces of text with their emphasis and footnotes.
	Runs []Run
	// Align overrides the body alignment (justified) when not AlignDefault.
	Align Align
	// NoIndent drops the first-line indent.
	NoIndent bool
}

// Marker is the marker of list items.
type Marker int

// The list markers.
const (
	// Dash marks items with "-" (the default).
	Dash Marker = iota
	// Plus marks items with "+", the usual second level.
	Plus
	// Letters numbers items a), b), c) … in Vietnamese order.
	Letters
	// Numbers numbers items 1), 2), 3) ….
	Numbers
)

// List is a list of items, each on its own paragraph at the body indent.
type List struct {
	// Marker is the marker of the items.
	Marker Marker
	// Items are the list items.
	Items []Item
}

// Item is one list item: its text and optional blocks under it (usually a
// nested list with the "+" marker).
type Item struct {
	// Runs are the item's text.
	Runs []Run
	// Blocks are nested blocks: lists and paragraphs, not sections.
	Blocks []Block
}

// Table is a data table, printed with borders.
type Table struct {
	// Columns are the column heads and relative widths.
	Columns []Column
	// Rows are the data rows; a row may have fewer cells than columns when
	// cells span.
	Rows [][]Cell
	// Head, when not empty, are the rows of a head of several rows as a
	// form prints it (tiêu đề nhiều dòng: the heading rows and the row of
	// column numbers of Biểu số 06/VPCP/KSTT), top to bottom. They replace
	// the columns' titles, which are then not printed (the columns still
	// give the widths and alignments), and are repeated on every page like
	// them. A head cell spans columns with Span and rows with RowSpan; a
	// place that a cell of a row above covers is not written again in the
	// rows below it, as in HTML. Head cells print their runs as given
	// (bold them for bold heads), centred unless they say otherwise, and
	// cannot hold footnotes. See TableLayout.HeadRows.
	Head [][]Cell
	// Totals mark the rows that are totals of other rows (dòng tổng cộng,
	// cộng nhóm), e.g. for a spreadsheet to write them as formulas. The
	// figures in those rows are the caller's, derived as everywhere else:
	// the marks only say which rows they add up.
	Totals []Total
}

// Column is one column of a table.
type Column struct {
	// Title is the column head, printed bold and centred.
	Title string
	// Width is the relative width; zero counts as 1.
	Width int
	// Align is the alignment of the column's cells.
	Align Align
}

// Cell is one table cell.
type Cell struct {
	// Runs are the cell's text.
	Runs []Run
	// Span is the number of columns the cell covers; zero counts as 1.
	Span int
	// RowSpan is the number of rows the cell covers; zero counts as 1.
	// Only the cells of Table.Head span rows.
	RowSpan int
	// Align overrides the column's alignment.
	Align Align
}

// Align is a paragraph alignment.
type Align int

// The alignments.
const (
	// AlignDefault takes the alignment of the context.
	AlignDefault Align = iota
	// AlignLeft aligns left.
	AlignLeft
	// AlignCenter centres.
	AlignCenter
	// AlignRight aligns right.
	AlignRight
	// AlignJustify justifies.
	AlignJustify
)

// Run is a piece of text with one emphasis, or a footnote reference.
type Run struct {
	// Text is the text of the run.
	Text string
	// Bold prints the text bold.
	Bold bool
	// Italic prints the text italic.
	Italic bool
	// Note, when not nil, puts a footnote reference after Text; the note's
	// number follows from its place in the document.
	Note *Footnote
}

// Footnote is the text of a footnote (chú thích cuối trang).
type Footnote struct {
	// Runs are the footnote's text; they cannot hold footnotes themselves.
	Runs []Run
}

func (*Section) isBlock()   {}
func (*Paragraph) isBlock() {}
func (*List) isBlock()      {}
func (*Table) isBlock()     {}

// Text returns plain runs, one per piece of text.
func Text(parts ...string) []Run {
	out := make([]Run, len(parts))
	for i, p := range parts {
		out[i] = Run{Text: p}
	}
	return out
}

// P returns a paragraph of the given runs.
func P(runs ...Run) *Paragraph { return &Paragraph{Runs: runs} }

// Plain returns a plain run.
func Plain(s string) Run { return Run{Text: s} }

// Bold returns a bold run.
func Bold(s string) Run { return Run{Text: s, Bold: true} }

// Italic returns an italic run.
func Italic(s string) Run { return Run{Text: s, Italic: true} }

// Note returns a run that places a footnote with the given text.
func Note(runs ...Run) Run { return Run{Note: &Footnote{Runs: runs}} }

// NoteText returns a run that places a footnote holding plain text.
func NoteText(s string) Run { return Note(Plain(s)) }
