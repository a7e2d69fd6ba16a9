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
	"strconv"
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
// o. A layout that cites a footnote it does not hold, a table row wider
// than its table or an unknown paragraph kind is an error, and nothing is
// written.
func WriteLayoutOptions(w io.Writer, l *doc.Layout, o Options) error {
	if l == nil {
		return fmt.Errorf("text: layout is nil")
	}
	if o.Width < 0 {
		return fmt.Errorf("text: options.width: %d is negative; expected 0 (no wrapping) or a line length in runes", o.Width)
	}
	out, err := build(l, o)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// writer collects the blocks of the output.
type writer struct {
	o      Options
	notes  map[int]doc.NoteLayout // by number, for lookup only
	done   map[int]bool           // notes already written
	blocks [][]string
}

// build renders l into the bytes of the output.
func build(l *doc.Layout, o Options) ([]byte, error) {
	w := &writer{o: o, notes: make(map[int]doc.NoteLayout, len(l.Notes)), done: map[int]bool{}}
	for i, n := range l.Notes {
		if n.Number <= 0 {
			return nil, fmt.Errorf("text: notes[%d]: number %d; expected a footnote number from 1", i, n.Number)
		}
		if _, dup := w.notes[n.Number]; dup {
			return nil, fmt.Errorf("text: notes[%d]: footnote %d is numbered twice", i, n.Number)
		}
		w.notes[n.Number] = n
	}
	w.header(l.Header)
	if err := w.paras(l.Body, "body"); err != nil {
		return nil, err
	}
	w.closing(l.Closing)
	for i, a := range l.Appendices {
		w.lines(a.Label, a.Title, a.Reference)
		if err := w.paras(a.Body, fmt.Sprintf("appendices[%d].body", i)); err != nil {
			return nil, err
		}
	}
	// A layout built by hand may hold notes nothing cites: they are written
	// at the end rather than lost.
	for _, n := range l.Notes {
		if !w.done[n.Number] {
			if err := w.note(n.Number, "notes"); err != nil {
				return nil, err
			}
		}
	}
	var b bytes.Buffer
	for i, bl := range w.blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(strings.Join(bl, "\n"))
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
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

func (w *writer) header(h doc.HeaderLayout) {
	w.lines(h.ParentAgency, h.IssuingAgency)
	w.lines(h.NationalTitle, h.Motto)
	w.lines(append([]string{h.Number}, h.Marks...)...)
	w.lines(h.PlaceDate)
	w.lines(h.Draft)
	w.lines(h.KindName, h.Subject)
	w.lines(h.To...)
}

func (w *writer) closing(c doc.ClosingLayout) {
	w.lines(append([]string{c.Label}, c.Recipients...)...)
	w.lines(append(append([]string(nil), c.Authority...), c.Title)...)
	w.lines(c.Name)
	w.lines(c.Drafter)
}

// paras writes laid-out paragraphs, each followed by the footnotes it cites.
func (w *writer) paras(ps []doc.Para, where string) error {
	for i, p := range ps {
		path := p.Path
		if path == "" {
			path = fmt.Sprintf("%s[%d]", where, i)
		}
		var refs []int
		switch p.Kind {
		case doc.KindHeading, doc.KindItem:
			var lines []string
			lines, refs = w.inline(p.Spans)
			w.add(w.labelled(clean(p.Label), lines))
		case doc.KindParagraph:
			var lines []string
			lines, refs = w.inline(p.Spans)
			w.add(w.labelled("", lines))
		case doc.KindTable:
			if p.Table == nil {
				return fmt.Errorf("text: %s: a table paragraph without its table", path)
			}
			var lines []string
			var err error
			lines, refs, err = w.table(p.Table, path)
			if err != nil {
				return err
			}
			w.add(lines)
		default:
			return fmt.Errorf("text: %s: unknown paragraph kind %d; expected heading, paragraph, item or table", path, p.Kind)
		}
		for _, n := range refs {
			if err := w.note(n, path); err != nil {
				return err
			}
		}
	}
	return nil
}

// note writes footnote n as its own block, unless it was written already.
func (w *writer) note(n int, path string) error {
	if w.done[n] {
		return nil
	}
	fn, ok := w.notes[n]
	if !ok {
		return fmt.Errorf("text: %s: cites footnote %d, which the layout's notes do not hold", path, n)
	}
	w.done[n] = true
	lines, refs := w.inline(fn.Spans)
	w.add(w.labelled(superscript(n), lines))
	// A note cannot cite notes in a layout from doc.Lay; a hand-built one
	// that does gets them after it.
	for _, r := range refs {
		if err := w.note(r, fmt.Sprintf("notes[%d]", n)); err != nil {
			return err
		}
	}
	return nil
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

// superscript writes n in superscript digits: 14 → "¹⁴".
func superscript(n int) string {
	const digits = "⁰¹²³⁴⁵⁶⁷⁸⁹"
	sup := []rune(digits)
	var b strings.Builder
	for _, c := range strconv.Itoa(n) {
		if c >= '0' && c <= '9' {
			b.WriteRune(sup[c-'0'])
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}
