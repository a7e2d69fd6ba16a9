// Package text writes a laid-out document as UTF-8 plain text (văn bản dạng
// chữ thuần), in the shape of a report pasted into an e-mail and of the
// reference report's text, block by block with one blank line between
// blocks:
//
//	ỦY BAN NHÂN DÂN TỈNH AN GIANG
//	SỞ TƯ PHÁP
//
//	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
//	Độc lập - Tự do - Hạnh phúc
//
//	Số: 380/BC-STP
//
//	An Giang, ngày 19 tháng 11 năm 2024
//
//	BÁO CÁO
//	Công tác cải cách hành chính 11 tháng đầu năm 2024
//
//	I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH
//
//	- Thực hiện Kế hoạch số 14/KH-STP …
//
//	+ Phối hợp với Liên đoàn lao động tỉnh …
//
//	… năm 2024¹; Công điện số 15/CĐ-TTg …
//
//	¹ Công văn số 134/UBND-NC ngày 31/01/2024 của UBND tỉnh
//
//	Nơi nhận:
//	- Sở Nội vụ;
//	- Lưu: VT, CCHC.
//
//	GIÁM ĐỐC
//
//	Trịnh Tuấn Ngọc
//
// The two columns of the printed header are read row by row, as the text
// extracted from a printed report reads: the parent and issuing agencies,
// the national title and motto, the number with the urgency and secrecy
// marks under it, the place and date; then "DỰ THẢO" for a draft, the kind
// name with the trích yếu, and the "Kính gửi" lines. Headings and list items
// start with their labels ("I.", "1.", "1.1.", "a)", "-", "+", "1)");
// nested items are not indented, their markers show the level as in the
// reference report. Footnote references are superscript digits ("¹", "¹⁴";
// two side by side are parted by a comma, "¹,²") and each footnote follows,
// as a block of its own, the paragraph, item or table that cites it. The
// closing is the "Nơi nhận:" label with the recipient lines under it, the
// authority lines with the title, the name, and the drafter line. Each
// appendix follows with its label, title and reference line, then its
// content.
//
// Tables are written as columns aligned by display width (East Asian wide
// characters count two, combining marks none) with a rule of "-" under the
// heads; a cell spanning columns takes their width, widening the last of
// them when it needs more. Tables are never wrapped.
//
// The default output (Format, Write, WriteLayout: DefaultOptions) is what a
// person reads in a terminal or an e-mail: lines wrapped at 80 columns with a
// hanging indent, and emphasis without marks, since "**195**" in plain text
// is noise to a reader. Options{} writes each paragraph on one line with
// bold text **like this** and italic text *like this*, as the reference
// report's text marks emphasis, for programs that read the marks back.
// Headings and table heads carry no marks: their labels, capitals and rule
// show them.
//
// Every piece of text is cleaned as the layout cleans it (doc.Clean: NFC,
// no control characters) even when the Layout was built by hand; the line
// and paragraph separators U+2028 and U+2029 become line breaks. Only "\n"
// ends a line, lines carry no spaces at their ends and the output ends with
// a newline. A blank line always separates two blocks and nothing else, so
// a line break typed inside a run never makes one: consecutive line breaks
// inside a paragraph collapse into one.
//
// Options.Width wraps every line longer than Width runes at spaces, never
// inside a word; the continuation lines of a heading, list item or footnote
// are indented under its text (a hanging indent after the label), and so are
// the lines after a line break inside them.
//
// The package decides nothing about numbering, wording or dates: doc.Lay
// does, and this package maps the Layout to text.
package text

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
)

// DefaultWidth is the line length of the default output: the 80 columns of
// a terminal and of plain-text e-mail.
const DefaultWidth = 80

// DefaultOptions returns the options of the default output: lines wrapped
// at DefaultWidth, no emphasis marks.
func DefaultOptions() Options { return Options{Width: DefaultWidth, Plain: true} }

// Options are the choices of the text output. The zero value writes lines
// unwrapped with emphasis marks; DefaultOptions is what Format uses.
type Options struct {
	// Width is the longest line in runes: longer lines are wrapped at spaces
	// (a word longer than the line stands alone on its line). 0 leaves lines
	// as they are; a negative width is an error.
	Width int
	// Plain leaves out the emphasis marks **bold** and *italic*.
	Plain bool
}

// Format returns the plain-text format with the default options
// (DefaultOptions): name "txt", extension ".txt", media type
// "text/plain; charset=utf-8".
func Format() render.Format { return DefaultOptions().Format() }

// Format returns the plain-text format writing with options o.
func (o Options) Format() render.Format {
	return render.Format{
		Name:      "txt",
		Extension: ".txt",
		MediaType: "text/plain; charset=utf-8",
		Write: func(w io.Writer, l *doc.Layout) error {
			return WriteLayoutOptions(w, l, o)
		},
	}
}

// Write lays out d with doc.Lay and writes it as plain text with the
// default options.
func Write(w io.Writer, d *doc.Document) error { return WriteOptions(w, d, DefaultOptions()) }

// WriteOptions lays out d with doc.Lay and writes it as plain text with
// options o.
func WriteOptions(w io.Writer, d *doc.Document, o Options) error { return o.Format().Render(w, d) }

// WriteLayout writes a laid-out document as plain text with the default
// options.
func WriteLayout(w io.Writer, l *doc.Layout) error { return WriteLayoutOptions(w, l, DefaultOptions()) }

// WriteLayoutOptions writes a laid-out document as plain text with options
// o. A layout that Layout.Check refuses (one built by hand, not by doc.Lay:
// a footnote cited but not held, a table row wider than its table, an
// unknown paragraph kind …) comes back as Check's *doc.LayoutError, and
// nothing is written; so does a negative width, as an error of the options.
func WriteLayoutOptions(w io.Writer, l *doc.Layout, o Options) error {
	if o.Width < 0 {
		return fmt.Errorf("text: options.width: %d is negative; expected 0 (no wrapping) or a line length in runes", o.Width)
	}
	if err := l.Check(); err != nil {
		return err
	}
	_, err := w.Write(build(l, o))
	return err
}

// writer collects the blocks of the output.
type writer struct {
	o      Options
	notes  map[int]doc.NoteLayout // by number, for lookup only
	blocks [][]string
}

// build renders a checked layout into the bytes of the output.
func build(l *doc.Layout, o Options) []byte {
	w := &writer{o: o, notes: make(map[int]doc.NoteLayout, len(l.Notes))}
	for _, n := range l.Notes {
		w.notes[n.Number] = n
	}
	w.header(l.Header)
	w.paras(l.Body)
	w.closing(l.Closing)
	for _, a := range l.Appendices {
		w.lines(a.Label, a.Title, a.Reference)
		w.paras(a.Body)
	}
	return joinBlocks(w.blocks)
}

// joinBlocks writes blocks of lines with a blank line between two blocks
// and a newline at the end.
func joinBlocks(blocks [][]string) []byte {
	var b bytes.Buffer
	for i, bl := range blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(strings.Join(bl, "\n"))
	}
	b.WriteByte('\n')
	return b.Bytes()
}

// add appends a block unless it has no lines.
func (w *writer) add(lines []string) {
	if len(lines) > 0 {
		w.blocks = append(w.blocks, lines)
	}
}

// lines writes one block of fixed lines (header, closing), each cleaned and
// wrapped; empty lines are left out.
func (w *writer) lines(ss ...string) {
	var out []string
	for _, s := range ss {
		for _, line := range hardLines(s) {
			out = append(out, wrap(line, "", "", w.o.Width)...)
		}
	}
	w.add(out)
}

// header writes the header's lines in the order text extracted from the
// printed header reads, row by row across its two columns.
func (w *writer) header(h doc.HeaderLayout) {
	w.lines(h.ParentAgency, h.IssuingAgency)
	w.lines(h.NationalTitle, h.Motto)
	w.lines(append([]string{h.Number}, h.Marks...)...)
	w.lines(h.PlaceDate)
	w.lines(h.Draft)
	w.lines(h.KindName, h.Subject)
	w.lines(h.To...)
}

// closing writes the recipients, then the signature block.
func (w *writer) closing(c doc.ClosingLayout) {
	w.lines(append([]string{c.Label}, c.Recipients...)...)
	w.lines(append(append([]string(nil), c.Authority...), c.Title)...)
	w.lines(c.Name)
	w.lines(c.Drafter)
}

// paras writes laid-out paragraphs, each followed by the footnotes it cites.
func (w *writer) paras(ps []doc.Para) {
	for _, p := range ps {
		for _, n := range w.para(p) {
			w.note(n)
		}
	}
}

// para writes a laid-out paragraph as a block and returns the footnotes it
// cites.
func (w *writer) para(p doc.Para) []int {
	switch p.Kind {
	case doc.KindHeading, doc.KindItem:
		lines, refs := w.inline(p.Spans)
		w.add(w.labelled(clean(p.Label), lines))
		return refs
	case doc.KindParagraph:
		lines, refs := w.inline(p.Spans)
		w.add(w.labelled("", lines))
		return refs
	case doc.KindTable:
		lines, refs := w.table(p.Table)
		w.add(lines)
		return refs
	}
	return nil
}

// note writes footnote n as its own block.
func (w *writer) note(n int) {
	lines, _ := w.inline(w.notes[n].Spans)
	w.add(w.labelled(render.Superscript(n), lines))
}

// labelled puts label before the first line and indents the following
// lines under the text (a hanging indent), wrapping each line.
func (w *writer) labelled(label string, lines []string) []string {
	first, cont := "", ""
	if label != "" {
		first = label + " "
		cont = strings.Repeat(" ", runeCount(first))
		if len(lines) == 0 {
			return []string{label}
		}
	}
	var out []string
	for i, line := range lines {
		p := cont
		if i == 0 {
			p = first
		}
		out = append(out, wrap(line, p, cont, w.o.Width)...)
	}
	return out
}
