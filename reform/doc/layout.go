package doc

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/vn"
)

// Kind is the kind of a laid-out body paragraph.
type Kind int

// The kinds of laid-out paragraphs.
const (
	// KindHeading is a numbered section heading.
	KindHeading Kind = iota + 1
	// KindParagraph is a body paragraph.
	KindParagraph
	// KindItem is a list item with its marker.
	KindItem
	// KindTable is a data table.
	KindTable
)

// String names the kind for dumps.
func (k Kind) String() string {
	switch k {
	case KindHeading:
		return "heading"
	case KindParagraph:
		return "paragraph"
	case KindItem:
		return "item"
	case KindTable:
		return "table"
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Span is a piece of laid-out text. A span with Note > 0 is the reference
// mark of footnote number Note and has no text.
type Span struct {
	// Text is NFC text with no character XML 1.0 or plain text cannot carry;
	// "\n" is a line break.
	Text string
	// Bold and Italic are the emphasis.
	Bold, Italic bool
	// Note is the number of the footnote referenced here, or 0.
	Note int
}

// Para is one laid-out paragraph of a body: a heading, paragraph, list item
// or table, in reading order, with every decision made.
type Para struct {
	// Kind says what the paragraph is.
	Kind Kind
	// Depth is the heading depth (1 = mục) or the list nesting depth (1 = top).
	Depth int
	// Label is the generated number or marker: "I.", "1.", "1.1.", "a)",
	// "-", "+", "1)"; empty for paragraphs and tables.
	Label string
	// Spans are the text, without the label; a heading's text is already in
	// capitals when its level asks for it.
	Spans []Span
	// Bold, Italic and Caps are the emphasis of a heading as a whole.
	Bold, Italic, Caps bool
	// Align is the resolved alignment.
	Align Align
	// Indent is true when the paragraph takes the first-line indent.
	Indent bool
	// Table is the table of a KindTable paragraph.
	Table *TableLayout
	// Path is where the paragraph came from in the Document, e.g.
	// "body[1].blocks[0]", for anchors and messages.
	Path string
}

// TableLayout is a laid-out table.
type TableLayout struct {
	// Widths are the relative column widths.
	Widths []int
	// Head are the column heads, one row. For a table with head rows
	// (Table.Head) it holds, for each column, the texts of the head cells
	// over it, top to bottom, one per line ("Số hồ sơ nhận giải
	// quyết\nTổng số\n(3)"), bold: the head for a renderer that writes
	// a head of one row.
	Head []CellLayout
	// Rows are the data rows.
	Rows [][]CellLayout
	// HeadRows are the head rows as the form prints them, for a table with
	// head rows (Table.Head); nil otherwise. Each row covers every column:
	// a place covered by a cell of a row above, which spans rows, holds a
	// cell with Continued set and that cell's Span. A renderer that can
	// merge cells writes HeadRows instead of Head, and repeats them on
	// every page.
	HeadRows [][]CellLayout
	// Totals are the total rows of Table.Totals, checked: rows in range, no
	// row adds itself up, directly or through another total.
	Totals []Total
	// Size is the size of the table's text in points, head and rows
	// alike; 0 means the body size (Style.Sizes.Body), as every table of
	// the main text has. Lay sets it for the tables of an appendix on
	// landscape pages (AppendixLayout.Landscape): the largest size from
	// WideTableMaxSize down to WideTableMinSize at which the columns hold
	// their words, and it then gives Widths in twips of the landscape text
	// width, each column at least as wide as its widest word (see Wide
	// tables in the package documentation).
	Size Points
}

// CellLayout is a laid-out table cell.
type CellLayout struct {
	// Spans are the cell text.
	Spans []Span
	// Span is the number of columns the cell covers (at least 1).
	Span int
	// Align is the resolved alignment.
	Align Align
	// RowSpan is the number of rows a cell of HeadRows covers (at least
	// 1; 0 for a Continued cell); 0 in Head and Rows, where a cell covers
	// one row.
	RowSpan int
	// Continued marks a place of HeadRows covered by the cell above it,
	// which spans rows: it has no text.
	Continued bool
}

// NoteLayout is a numbered footnote.
type NoteLayout struct {
	// Number is the footnote number, from 1 in reading order.
	Number int
	// Spans are the footnote text.
	Spans []Span
}

// HeaderLayout are the lines of the header block and the title.
type HeaderLayout struct {
	// ParentAgency is the parent agency in capitals, or empty; its lines
	// are separated by "\n" when Lay decided them (Header.WrapAgencies,
	// Style.AgencyLines). A renderer prints one line per "\n"-separated
	// piece.
	ParentAgency string
	// IssuingAgency is the issuing agency in capitals, its lines separated
	// by "\n" like ParentAgency's: "ỦY BAN NHÂN DÂN\nXÃ BÌNH HÒA".
	IssuingAgency string
	// Number is the whole number line: "Số: 380/BC-STP".
	Number string
	// Marks are the urgency and secrecy marks, in that order, when present.
	Marks []string
	// NationalTitle is "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
	NationalTitle string
	// Motto is "Độc lập - Tự do - Hạnh phúc".
	Motto string
	// PlaceDate is "An Giang, ngày 19 tháng 11 năm 2024".
	PlaceDate string
	// Draft is "DỰ THẢO" for a draft, or empty.
	Draft string
	// KindName is the kind name in capitals, e.g. "BÁO CÁO".
	KindName string
	// Subject is the trích yếu.
	Subject string
	// To are the "Kính gửi" lines: one line "Kính gửi: Sở Nội vụ." for one
	// addressee; "Kính gửi:" then "- A;" … "- B." for several; none when
	// the document has no addressee.
	To []string
}

// ClosingLayout are the lines of the closing table.
type ClosingLayout struct {
	// Label is "Nơi nhận:".
	Label string
	// Recipients are the recipient lines, "- Sở Nội vụ;" … "- Lưu: VT, CCHC.".
	Recipients []string
	// Authority are the authority lines in capitals, e.g. "KT. GIÁM ĐỐC".
	Authority []string
	// Title is the signer's title in capitals.
	Title string
	// Name is the signer's name.
	Name string
	// Drafter is the drafter line (ô 12), or empty.
	Drafter string
}

// AppendixLayout is a laid-out appendix.
type AppendixLayout struct {
	// Label is "Phụ lục" when there is one appendix, "Phụ lục I", "Phụ lục
	// II" … when there are several.
	Label string
	// Title is the appendix title in capitals.
	Title string
	// Reference is the italic line under the title: "(Kèm theo Báo cáo số
	// 380/BC-STP ngày 19/11/2024 của Sở Tư pháp)".
	Reference string
	// Body is the laid-out content.
	Body []Para
	// Landscape prints the appendix on landscape pages: a section of its
	// own on the page of Style.Landscape (A4 turned, 297 × 210 mm, the
	// margins by side as they are), the pages before and after it
	// portrait. Lay sets it when a table of the appendix does not fit the
	// portrait text width at the body size: some column, at its share of
	// the width, narrower than its widest word and the cell padding
	// (CellPadding). It then sets the size and the column widths of the
	// appendix's tables for the landscape page (TableLayout.Size).
	Landscape bool
}

// Layout is a document with its layout decided: what renderers map to
// their formats.
type Layout struct {
	// Style is the style sheet in force.
	Style Style
	// Header are the header and title lines.
	Header HeaderLayout
	// Body is the main text in reading order; the end mark is already on its
	// last paragraph.
	Body []Para
	// Closing are the closing lines.
	Closing ClosingLayout
	// Appendices are the appendices in order.
	Appendices []AppendixLayout
	// Notes are the footnotes in order of their references.
	Notes []NoteLayout
}

// Fixed texts of the layout.
const (
	NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	Motto         = "Độc lập - Tự do - Hạnh phúc"
	DraftMark     = "DỰ THẢO"
	ToLabel       = "Kính gửi:"
	ClosingLabel  = "Nơi nhận:"
)

// Lay decides the layout of d: labels from the structure, footnote numbers in
// reading order, the end mark, the header and closing lines, and clean NFC
// text. It returns every structural problem of d at once, each with its
// place, and no layout when there is one.
func Lay(d *Document) (*Layout, error) {
	if d == nil {
		return nil, &Error{Problems: []string{"document: nil"}}
	}
	l := newLayer(d.Style)
	out := &Layout{Style: l.style}
	out.Header = l.header(d.Header)
	out.Body = l.blocks(d.Body, "body", 0, 0)
	l.endMark(&out.Body)
	out.Closing = l.closing(d.Closing)
	for i, a := range d.Appendices {
		out.Appendices = append(out.Appendices, l.appendix(a, i, len(d.Appendices), d.Header))
	}
	out.Notes = l.notes
	if len(l.problems) > 0 {
		return nil, &Error{Problems: l.problems}
	}
	// What Lay builds passes the renderers' check; a failure here is a
	// fault of Lay, reported rather than handed on.
	if err := out.Check(); err != nil {
		return nil, err
	}
	return out, nil
}

// newLayer starts the layout in the style st (the default style when nil),
// with the problems of the style.
func newLayer(st *Style) *layer {
	l := &layer{style: DefaultStyle()}
	if st != nil {
		l.style = *st
	}
	for _, p := range l.style.problems() {
		l.problems = append(l.problems, p.String())
	}
	return l
}

// appendix lays out the i-th of n appendices of a document with header h.
func (l *layer) appendix(a Appendix, i, n int, h Header) AppendixLayout {
	path := indexPath("appendices", i)
	title := l.clean(a.Title)
	al := AppendixLayout{Title: upper(title), Body: l.blocks(a.Body, path+".body", 0, 0)}
	al.Label = l.appendixLabel(i, n, path)
	al.Reference = l.appendixReference(h)
	al.Landscape = l.orient(al.Body)
	if isBlankClean(title) {
		l.problemf("%s.title: an appendix needs a title", path)
	}
	return al
}

// appendixLabel returns the label of the i-th of n appendices (from 0):
// "Phụ lục" alone, or "Phụ lục I", "Phụ lục II" … among several.
func (l *layer) appendixLabel(i, n int, path string) string {
	if n == 1 {
		return "Phụ lục"
	}
	r, err := vn.Roman(i + 1)
	if err != nil {
		l.problemf("%s: %v", path, err)
	}
	return "Phụ lục " + r
}

// layer lays out a document: the style, the footnotes numbered so far and
// the problems found.
type layer struct {
	style    Style
	notes    []NoteLayout
	problems []string
}

// problemf records a problem of the document.
func (l *layer) problemf(format string, args ...any) {
	l.problems = append(l.problems, fmt.Sprintf(format, args...))
}

// clean returns s in NFC with every character that XML 1.0 or plain text
// cannot carry replaced: invalid UTF-8, control characters other than
// newline, and the noncharacters U+FFFE and U+FFFF become U+FFFD; tabs
// become spaces; "\r\n" and "\r" become "\n".
func (l *layer) clean(s string) string { return Clean(s) }

// Clean returns s as every output of the layout carries text: NFC, with
// invalid UTF-8, control characters other than newline and the
// noncharacters U+FFFE and U+FFFF replaced by U+FFFD, tabs as spaces and
// line ends ("\r\n", "\r", U+2028, U+2029) as "\n".
//
// Text that has nothing to replace, as almost all text has, is only
// normalised (vn.NFC, which returns NFC text as it is, without a copy).
func Clean(s string) string {
	if s == "" || vn.IsPlainNFC(s) {
		return s
	}
	if !needsCleaning(s) {
		return vn.NFC(s)
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(cleanRune(r, size))
		i += size
	}
	return vn.NFC(b.String())
}

// cleanRune returns what Clean writes for the rune r read from size bytes:
// U+FFFD for invalid UTF-8, a control character other than newline,
// U+FFFE and U+FFFF; a space for a tab; "\n" for a line end.
func cleanRune(r rune, size int) rune {
	switch {
	case r == utf8.RuneError && size <= 1:
		return unicode.ReplacementChar
	case r == '\t':
		return ' '
	case r == '\r', r == '\n', r == '\u2028', r == '\u2029':
		return '\n'
	case unicode.IsControl(r), r == 0xFFFE, r == 0xFFFF:
		return unicode.ReplacementChar
	}
	return r
}

// needsCleaning reports whether s has a character Clean replaces: invalid
// UTF-8, a control character other than newline (tab and carriage return
// included), U+2028, U+2029, U+FFFE or U+FFFF. The common characters are
// read from their UTF-8 bytes directly; a true for a sequence it does not
// read that way only sends s the long way.
func needsCleaning(s string) bool {
	for i := 0; i < len(s); {
		dirty, size := dirtyAt(s, i)
		if dirty {
			return true
		}
		i += size
	}
	return false
}

// dirtyAt reports whether Clean replaces the character at s[i] (or may:
// see needsCleaning), and returns its size in bytes.
func dirtyAt(s string, i int) (bool, int) {
	c := s[i]
	switch {
	case c < utf8.RuneSelf:
		return c < ' ' && c != '\n' || c == 0x7F, 1
	case 0xC2 <= c && c <= 0xDF: // U+0080–U+07FF; U+0080–U+009F are controls
		return i+1 >= len(s) || s[i+1]&0xC0 != 0x80 || c == 0xC2 && s[i+1] < 0xA0, 2
	case 0xE1 <= c && c <= 0xEC: // U+1000–U+CFFF; U+2028 and U+2029 are E2 80 A8, A9
		return i+2 >= len(s) || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 ||
			c == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9), 3
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return r == utf8.RuneError && size <= 1 || r == 0xFFFE || r == 0xFFFF || unicode.IsControl(r), size
}

// header lays out the header: the agencies, the number, the marks, the
// place and date, the kind and subject, the addressees.
func (l *layer) header(h Header) HeaderLayout {
	out := HeaderLayout{
		ParentAgency:  l.agency(h.ParentAgency, false, h.WrapAgencies),
		IssuingAgency: l.agency(h.IssuingAgency, true, h.WrapAgencies),
		NationalTitle: NationalTitle,
		Motto:         Motto,
		Number:        l.number(h.Number),
		Marks:         l.marks(h.Urgency, h.Secrecy),
		KindName:      upper(l.clean(h.KindName)),
		Subject:       l.clean(h.Subject),
		To:            l.addressees(h.To),
	}
	if h.Draft {
		out.Draft = DraftMark
	}
	if !h.Date.IsZero() {
		out.PlaceDate = vn.PlaceDate(l.clean(h.Place), h.Date)
	}
	l.headerProblems(h)
	return out
}

// number returns the number line: "Số: " and the number, or the blank
// room of a number not given yet.
func (l *layer) number(num string) string {
	num = l.clean(num)
	if num == "" {
		num = "      /"
	}
	return "Số: " + num
}

// marks returns the urgency and secrecy marks given, in capitals.
func (l *layer) marks(marks ...string) []string {
	var out []string
	for _, m := range marks {
		if m = strings.TrimSpace(l.clean(m)); m != "" {
			out = append(out, upper(m))
		}
	}
	return out
}

// headerProblems records what the header lacks.
func (l *layer) headerProblems(h Header) {
	if h.Date.IsZero() {
		l.problemf("header.date: a date is required")
	}
	if Blank(h.Place) {
		l.problemf("header.place: a place name (địa danh) is required")
	}
	if Blank(h.IssuingAgency) {
		l.problemf("header.issuing_agency: the issuing agency is required")
	}
	if Blank(h.KindName) {
		l.problemf("header.kind_name: the kind name (e.g. BÁO CÁO) is required")
	}
}

// addressees returns the "Kính gửi" lines: one line for one addressee,
// else the label and a "-" line each, the last ending the sentence.
func (l *layer) addressees(addressees []string) []string {
	to := trimAll(addressees, l.clean)
	switch len(to) {
	case 0:
		return nil
	case 1:
		return []string{ToLabel + " " + endWith(to[0], ".")}
	}
	out := []string{ToLabel}
	for i, t := range to {
		end := ";"
		if i == len(to)-1 {
			end = "."
		}
		out = append(out, "- "+endWith(t, end))
	}
	return out
}

// agency returns the lines of an agency name joined by "\n": those of
// Style.AgencyLines when wrap is set or the name has a line break of its
// own, otherwise the name on one line in capitals, as it is given.
func (l *layer) agency(name string, bold, wrap bool) string {
	s := l.clean(name)
	if !wrap && !strings.Contains(s, "\n") {
		return upper(s)
	}
	return strings.Join(l.style.AgencyLines(s, bold), "\n")
}

// closing lays out the closing: the recipients with the archive line, the
// signer's authority, title and name, the drafter line.
func (l *layer) closing(c Closing) ClosingLayout {
	out := ClosingLayout{
		Label:   ClosingLabel,
		Title:   upper(l.clean(c.Signer.Title)),
		Name:    l.clean(c.Signer.Name),
		Drafter: l.clean(c.Drafter),
	}
	out.Recipients = l.recipients(c.Recipients, c.Archive)
	for _, a := range trimAll(c.Signer.Authority, l.clean) {
		out.Authority = append(out.Authority, upper(a))
	}
	if Blank(c.Signer.Title) {
		l.problemf("closing.signer.title: the signer's title is required")
	}
	if Blank(c.Signer.Name) {
		l.problemf("closing.signer.name: the signer's name is required")
	}
	return out
}

// recipients returns the "Nơi nhận" lines: a "-" line each, ending with a
// semicolon, then the archive line ("Lưu: VT" when none is given).
func (l *layer) recipients(recipients []string, archive string) []string {
	var out []string
	for _, r := range trimAll(recipients, l.clean) {
		out = append(out, "- "+endWith(r, ";"))
	}
	archive = strings.TrimSpace(l.clean(archive))
	if archive == "" {
		archive = "VT"
	}
	return append(out, "- Lưu: "+endWith(archive, "."))
}

// appendixReference returns the reference line of an appendix: "(Kèm
// theo Báo cáo số … ngày … của …)", or "" without a kind or a date.
func (l *layer) appendixReference(h Header) string {
	kind := l.clean(h.KindName)
	if kind == "" || h.Date.IsZero() {
		return ""
	}
	s := "(Kèm theo " + sentenceCase(kind)
	if n := strings.TrimSpace(l.clean(h.Number)); n != "" {
		s += " số " + n
	}
	s += " ngày " + vn.CitationDate(h.Date)
	if n := strings.TrimSpace(l.clean(h.IssuerName)); n != "" {
		s += " của " + n
	}
	return s + ")"
}

// blocks lays out a sequence of blocks at section depth depth and list depth
// listDepth.
func (l *layer) blocks(bs []Block, path string, depth, listDepth int) []Para {
	// One more place than the blocks make, for the end mark.
	return l.blocksNumbered(bs, path, depth, listDepth, nil, make([]Para, 0, paraCount(bs)+1))
}

// paraCount returns the number of paragraphs blocksNumbered makes of bs
// when every block is valid (an invalid one makes none): a heading and the
// paragraphs of a section, one paragraph per list item and its blocks, one
// per paragraph and table. The body's slice is sized once with it instead
// of growing by doubling.
func paraCount(bs []Block) int {
	n := 0
	for _, b := range bs {
		switch b := b.(type) {
		case *Section:
			if b != nil {
				n += 1 + paraCount(b.Blocks)
			}
		case *List:
			if b != nil {
				for _, it := range b.Items {
					n += 1 + paraCount(it.Blocks)
				}
			}
		default:
			n++
		}
	}
	return n
}

// blocksNumbered lays out bs; numbers are the numbers of the enclosing
// sections, outermost first.
func (l *layer) blocksNumbered(bs []Block, path string, depth, listDepth int, numbers []int, out []Para) []Para {
	n := 0
	for i, b := range bs {
		p := indexPath(path, i)
		if kind, isNil := nilBlock(b); isNil {
			l.problemf("%s: nil %s", p, kind)
			continue
		}
		switch b := b.(type) {
		case *Section:
			if l.sectionFits(p, depth, listDepth) {
				n++
				out = l.section(b, p, depth, append(append([]int(nil), numbers...), n), out)
			}
		case *Paragraph:
			out = append(out, l.paragraph(b, p))
		case *List:
			out = l.list(b, p, depth, listDepth, numbers, out)
		case *Table:
			out = append(out, Para{Kind: KindTable, Table: l.table(b, p), Path: p})
		default:
			l.problemf("%s: unknown block %T", p, b)
		}
	}
	return out
}

// nilBlock reports whether b is nil, or a nil pointer of a kind of block,
// and names its kind.
func nilBlock(b Block) (kind string, isNil bool) {
	switch b := b.(type) {
	case *Section:
		return "section", b == nil
	case *Paragraph:
		return "paragraph", b == nil
	case *List:
		return "list", b == nil
	case *Table:
		return "table", b == nil
	case nil:
		return "block", true
	}
	return "", false
}

// sectionFits reports whether a section may stand at p: not inside a list
// item, and within the style's heading levels.
func (l *layer) sectionFits(p string, depth, listDepth int) bool {
	if listDepth > 0 {
		l.problemf("%s: a section cannot stand inside a list item", p)
		return false
	}
	if errors.Is(l.style.CheckHeading(depth+1, 1), ErrTooDeep) {
		l.problemf("%s: a section at depth %d is deeper than the %d heading levels of the style", p, depth+1, len(l.style.Levels))
		return false
	}
	return true
}

// section lays out a section at depth, numbered nums: its heading in the
// style of its level, then its blocks.
func (l *layer) section(b *Section, p string, depth int, nums []int, out []Para) []Para {
	lv := l.style.Levels[depth]
	label, err := l.label(lv.Numbering, nums)
	if err != nil {
		l.problemf("%s: %v", p, err)
	}
	title := l.clean(b.Title)
	if isBlankClean(title) {
		l.problemf("%s.title: a section needs a title", p)
	}
	if lv.Caps {
		title = upper(title)
	}
	out = append(out, Para{
		Kind: KindHeading, Depth: depth + 1, Label: label,
		Spans: []Span{{Text: title}},
		Bold:  lv.Bold, Italic: lv.Italic, Caps: lv.Caps,
		Align: AlignJustify, Indent: true, Path: p,
	})
	return l.blocksNumbered(b.Blocks, p+".blocks", depth+1, 0, nums, out)
}

// paragraph lays out a paragraph, justified unless aligned.
func (l *layer) paragraph(b *Paragraph, p string) Para {
	align := b.Align
	if align == AlignDefault {
		align = AlignJustify
	}
	return Para{Kind: KindParagraph, Spans: l.spans(b.Runs, p, -1, true),
		Align: align, Indent: !b.NoIndent, Path: p}
}

// list lays out the items of a list at list depth listDepth, each followed
// by the blocks under it.
func (l *layer) list(b *List, p string, depth, listDepth int, numbers []int, out []Para) []Para {
	for j, it := range b.Items {
		ip := p + ".items[" + strconv.Itoa(j) + "]"
		label, err := b.Marker.Label(j + 1)
		if err != nil {
			l.problemf("%s: %v", ip, err)
		}
		out = append(out, Para{Kind: KindItem, Depth: listDepth + 1, Label: label,
			Spans: l.spans(it.Runs, ip, -1, true), Align: AlignJustify, Indent: true, Path: ip})
		if len(it.Blocks) > 0 {
			out = l.blocksNumbered(it.Blocks, ip+".blocks", depth, listDepth+1, numbers, out)
		}
	}
	return out
}

// label returns the label of a heading numbered nums in numbering n:
// "II.", "2.", "2.1.", "a)".
func (l *layer) label(n Numbering, nums []int) (string, error) {
	last := nums[len(nums)-1]
	switch n {
	case Roman:
		s, err := vn.Roman(last)
		return s + ".", err
	case Arabic:
		return strconv.Itoa(last) + ".", nil
	case Dotted:
		return l.dotted(nums), nil
	case Letter:
		s, err := letter(last)
		return s + ")", err
	}
	return "", fmt.Errorf("unknown numbering %d", n)
}

// dotted returns the numbers of the enclosing Arabic and Dotted levels,
// joined: "2.1." under "2.", "2.1.3." under "2.1.".
func (l *layer) dotted(nums []int) string {
	start := len(nums) - 1
	for start > 0 && l.style.Levels[start-1].Numbering != Roman && l.style.Levels[start-1].Numbering != Letter {
		start--
	}
	parts := make([]string, 0, len(nums)-start)
	for _, x := range nums[start:] {
		parts = append(parts, strconv.Itoa(x))
	}
	return strings.Join(parts, ".") + "."
}

// spans lays out runs, those of the value at owner (or of its element at,
// not negative: runsPath); notes says whether footnote references are
// allowed.
func (l *layer) spans(runs []Run, owner string, at int, notes bool) []Span {
	var out []Span
	for i, r := range runs {
		if out == nil && (r.Text != "" || r.Note != nil) {
			out = make([]Span, 0, len(runs)-i) // one span a run, as most have
		}
		if r.Text != "" {
			out = append(out, Span{Text: l.clean(r.Text), Bold: r.Bold, Italic: r.Italic})
		}
		if r.Note == nil {
			continue
		}
		p := runsPath(owner, at) + "[" + strconv.Itoa(i) + "].note"
		if !notes {
			l.problemf("%s: a footnote cannot hold another footnote", p)
			continue
		}
		out = append(out, Span{Note: l.note(r.Note, p)})
	}
	return out
}

// runsPath returns the path of the runs of the value at owner, or of its
// element at when at is not negative: "blocks[2].runs", "rows[0][1].runs".
// spans makes it only for a problem.
func runsPath(owner string, at int) string {
	if at < 0 {
		return owner + ".runs"
	}
	return owner + "[" + strconv.Itoa(at) + "].runs"
}

// note numbers a footnote, lays out its text and returns its number. The
// number is reserved before the note's own runs are laid out.
func (l *layer) note(n *Footnote, p string) int {
	num := len(l.notes) + 1
	l.notes = append(l.notes, NoteLayout{Number: num})
	text := l.spans(n.Runs, p, -1, false)
	if len(text) == 0 {
		l.problemf("%s: a footnote needs text", p)
	}
	l.notes[num-1].Spans = text
	return num
}

// table lays out a table: the columns' widths and texts (the one-row
// head), the rows filled to the columns, the head rows and the total
// marks.
func (l *layer) table(t *Table, path string) *TableLayout {
	out := &TableLayout{}
	if len(t.Columns) == 0 {
		l.problemf("%s.columns: a table needs at least one column", path)
	} else {
		out.Widths, out.Head = make([]int, 0, len(t.Columns)), make([]CellLayout, 0, len(t.Columns))
	}
	if len(t.Rows) > 0 {
		out.Rows = make([][]CellLayout, 0, len(t.Rows))
	}
	for _, c := range t.Columns {
		out.Widths = append(out.Widths, max(c.Width, 1))
		out.Head = append(out.Head, CellLayout{Spans: []Span{{Text: l.clean(c.Title), Bold: true}}, Span: 1, Align: AlignCenter})
	}
	for i, row := range t.Rows {
		out.Rows = append(out.Rows, l.tableRow(t.Columns, row, path+".rows["+strconv.Itoa(i)+"]"))
	}
	if len(t.Head) > 0 {
		out.HeadRows, out.Head = l.headRows(t, path)
	}
	out.Totals = l.totals(t.Totals, len(t.Rows), path)
	return out
}

// tableRow lays out a data row of a table of columns: each cell aligned as
// it says, else as its first column; a short row is filled with empty
// cells so every renderer draws a full grid.
func (l *layer) tableRow(columns []Column, row []Cell, rp string) []CellLayout {
	width := 0
	var cells []CellLayout
	if n := max(len(row), len(columns)); n > 0 {
		cells = make([]CellLayout, 0, n)
	}
	for j, c := range row {
		span := max(c.Span, 1)
		align := cellAlign(c.Align, columns, width)
		width += span
		cells = append(cells, CellLayout{Spans: l.spans(c.Runs, rp, j, true), Span: span, Align: align})
		if c.RowSpan > 1 {
			l.problemf("%s[%d]: a cell of a data row cannot span rows; only head rows (Table.Head) do", rp, j)
		}
	}
	if w := RowWidth(row); w > len(columns) {
		l.problemf("%s: the row covers %d columns but the table has %d", rp, w, len(columns))
	}
	for ; width < len(columns); width++ {
		cells = append(cells, CellLayout{Span: 1, Align: AlignLeft})
	}
	return cells
}

// cellAlign returns the alignment of a data cell: its own, else that of
// col, the first column it covers, else left.
func cellAlign(a Align, columns []Column, col int) Align {
	if a == AlignDefault && col < len(columns) {
		a = columns[col].Align
	}
	if a == AlignDefault {
		a = AlignLeft
	}
	return a
}

// endMark appends the end mark to the last body paragraph or item; when the
// body ends with a heading or a table it gets a paragraph of its own.
func (l *layer) endMark(body *[]Para) {
	mark := l.style.EndMark
	if mark == "" {
		return
	}
	b := *body
	if n := len(b); n > 0 && (b[n-1].Kind == KindParagraph || b[n-1].Kind == KindItem) {
		b[n-1].Spans = append(dropFinalDot(b[n-1].Spans), Span{Text: mark})
		return
	}
	*body = append(b, Para{Kind: KindParagraph, Spans: []Span{{Text: mark}}, Align: AlignJustify, Indent: true, Path: "body.end"})
}

// dropFinalDot drops one final "." the author typed — "tổng hợp." + "./."
// would print "tổng hợp../." — also when a footnote reference follows it.
// An ellipsis keeps its three dots: "khác..." ends "khác.../.".
func dropFinalDot(spans []Span) []Span {
	k := len(spans) - 1
	for k >= 0 && spans[k].Note != 0 {
		k--
	}
	if k >= 0 {
		spans[k].Text = strings.TrimSuffix(strings.TrimRight(spans[k].Text, " "), ".")
	}
	return spans
}

// Walk calls fn for every block of bs and of the blocks under them, in
// reading order, with the block's path (e.g. "body[1].blocks[0]" when path
// is "body"). When fn returns false the blocks under b are skipped.
func Walk(bs []Block, path string, fn func(path string, b Block) bool) {
	for i, b := range bs {
		p := indexPath(path, i)
		if !fn(p, b) {
			continue
		}
		switch b := b.(type) {
		case *Section:
			if b != nil {
				Walk(b.Blocks, p+".blocks", fn)
			}
		case *List:
			if b != nil {
				for j, it := range b.Items {
					Walk(it.Blocks, p+".items["+strconv.Itoa(j)+"].blocks", fn)
				}
			}
		}
	}
}

// PlainText returns the text of spans without emphasis; a footnote
// reference is written as its number in brackets.
func PlainText(spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		if s.Note > 0 {
			fmt.Fprintf(&b, "[%d]", s.Note)
			continue
		}
		b.WriteString(s.Text)
	}
	return b.String()
}

func trimAll(ss []string, clean func(string) string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(clean(s)); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// endWith replaces the final punctuation of s (";", ".", ",") by end.
func endWith(s, end string) string {
	return strings.TrimRight(s, ";.,: ") + end
}

func sentenceCase(s string) string {
	s = strings.ToLower(s)
	r, size := utf8.DecodeRuneInString(s)
	return nfc(string(unicode.ToUpper(r)) + s[size:])
}

// letter returns the n-th điểm letter (from 1), or "?" and ErrNoLetter
// past y.
func letter(n int) (string, error) {
	s, err := vn.Letter(n)
	if err != nil {
		return "?", fmt.Errorf("item %d: %w", n, ErrNoLetter)
	}
	return s, nil
}

// upper returns s in capitals, in NFC: a capital can compose with a mark
// that its small letter does not (ϵ + U+0314 stays two characters, Ε +
// U+0314 is Ἑ), so the capitals of NFC text need not be NFC.
func upper(s string) string { return nfc(strings.ToUpper(s)) }

// nfc returns s in NFC, without copying text that is already.
func nfc(s string) string {
	if vn.IsNFC(s) {
		return s
	}
	return vn.NFC(s)
}

// isBlankClean is Blank for text Clean has returned, which Clean returns as
// it is: it spares the text a second reading.
func isBlankClean(s string) bool { return strings.TrimSpace(s) == "" }

// indexPath returns the path of element i of the list at path: "blocks[2]".
func indexPath(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}
