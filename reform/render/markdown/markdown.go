// Package markdown writes a laid-out document as Markdown (văn bản dạng
// Markdown): CommonMark with the GitHub extensions (GFM) for tables and
// footnotes, so that it reads well as a file on GitHub and as plain text.
//
// How the parts of the document map to Markdown:
//
//   - The header is a two-column GFM table, as the printed header is a
//     two-column table: the agencies and the national title with the motto
//     in its head row, the number (with urgency and secrecy marks) and the
//     place and date in its one body row. Lines inside a cell are joined by
//     "<br>". A table reads on GitHub as the printed page does, which bold
//     lines one under the other would not.
//   - The kind name is the one level-1 heading ("# BÁO CÁO"), the trích yếu
//     a bold paragraph under it, "DỰ THẢO" a bold paragraph above it, and
//     the "Kính gửi" lines a paragraph with a line break after each line.
//   - Sections are headings one level down from their depth ("## I. …",
//     "### 1. …", "#### 1.1. …", "##### a) …", at most "######") with their
//     labels; levels the style sets in italics are written in italics.
//   - List items with the "-" and "+" markers are Markdown bullet items with
//     the same marker, nested items indented under their parent, so GitHub
//     shows them as nested lists. Items labelled "a)" or "1)" are paragraphs
//     that start with their label ("a) …", "1\) …"): Markdown has no
//     lettered lists, and an ordered list would renumber "1)" as "1.".
//   - Footnote references are "[^1]"; the definitions "[^1]: …" come at the
//     end of the file, where GitHub lists them.
//   - Tables are GFM tables with the alignment of each column's first cell;
//     a cell spanning columns is followed by empty cells, as GFM has no
//     spans.
//   - Bold and italic runs are "**…**" and "*…*" ("***…***" for both), the
//     spaces at their ends moved outside. Where CommonMark would not read
//     the marks as emphasis (punctuation inside the mark against a letter
//     outside, or two emphases touching) the run is written with <strong>
//     and <em>, which GitHub keeps.
//   - The closing is a bold italic "Nơi nhận:" paragraph, the recipients as
//     a bullet list, then the authority lines with the title, and the name,
//     in bold; the drafter line follows.
//   - Each appendix comes after a thematic break, with "# Phụ lục …" as its
//     heading, the title in bold and the reference line in italics.
//
// Text is text: every character that Markdown would read as syntax where it
// stands is escaped with a backslash. Everywhere: \ ` * _ [ ] < > | ~ $ @
// (emphasis, code, links and footnotes, raw HTML, tables, strikethrough,
// math, e-mail autolinks); "&" where it would start an entity; ":" before
// "//" and "." after "www" (URL autolinks, so a bare URL stays text as it is
// printed). At the start of a line: "#", "-", "+", "=" and the "." or ")"
// after digits (headings, list items, setext underlines, thematic breaks).
// In a heading: every "#". After a footnote reference: ":" and "(". So no
// run of any document can add a heading, a list item, a link or a footnote
// to the output, and characters that are not syntax where they stand (a
// "1." inside a line, "-" between words, parentheses) are left alone.
// Spaces at the ends of lines are dropped (Markdown reads leading spaces as
// indentation); a line break in a run becomes a hard line break ("\" at the
// end of the line), and consecutive line breaks one, since a blank line
// would end the paragraph. Alignment and the first-line indent have no
// Markdown form and are left to the reader.
//
// Every piece of text is cleaned as the layout cleans it (doc.Clean: NFC,
// no control characters) even when the Layout was built by hand. Only "\n"
// ends a line and the output ends with a newline.
//
// The package decides nothing about numbering, wording or dates: doc.Lay
// does, and this package maps the Layout to Markdown.
package markdown

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
)

// Format returns the Markdown format: name "md", extension ".md", media type
// "text/markdown; charset=utf-8".
func Format() render.Format {
	return render.Format{
		Name:      "md",
		Extension: ".md",
		MediaType: "text/markdown; charset=utf-8",
		Write:     WriteLayout,
	}
}

// Write lays out d with doc.Lay and writes it as Markdown.
func Write(w io.Writer, d *doc.Document) error { return Format().Render(w, d) }

// WriteLayout writes a laid-out document as Markdown. A layout that
// Layout.Check refuses (one built by hand, not by doc.Lay: a footnote cited
// but not held, a table row wider than its table, an unknown paragraph kind
// …) comes back as Check's *doc.LayoutError, and nothing is written.
func WriteLayout(w io.Writer, l *doc.Layout) error {
	if err := l.Check(); err != nil {
		return err
	}
	mw := &writer{}
	mw.layout(l)
	mw.b.WriteByte('\n')
	_, err := w.Write(mw.b.Bytes())
	return err
}

// block is the kind of the last block written, for the separator before
// the next one.
type block int

const (
	blockOther block = iota
	blockBullet
)

// writer writes the Markdown of a layout.
type writer struct {
	b    bytes.Buffer
	last block
	// indents are the content columns of the open list items by depth:
	// where the items one level deeper start.
	indents []string
	// bulletDepth is the depth of the last bullet item written.
	bulletDepth int
}

// begin starts a block: consecutive bullet items are one tight list, every
// other pair of blocks is separated by a blank line.
func (w *writer) begin(k block) {
	if w.b.Len() > 0 {
		if k == blockBullet && w.last == blockBullet {
			w.b.WriteByte('\n')
		} else {
			w.b.WriteString("\n\n")
		}
	}
	w.last = k
}

// para writes spans as a paragraph, unless they hold no text.
func (w *writer) para(spans []doc.Span) {
	if s := inline(spans, inPara, ""); s != "" {
		w.begin(blockOther)
		w.b.WriteString(s)
	}
}

// plain is a span of text without emphasis.
func plain(s string) doc.Span { return doc.Span{Text: s} }

// strong is a span of bold text.
func strong(s string) doc.Span { return doc.Span{Text: s, Bold: true} }

// layout writes the header, the body, the closing, the appendices and the
// footnote definitions.
func (w *writer) layout(l *doc.Layout) {
	w.header(l.Header)
	w.paras(l.Body)
	w.closing(l.Closing)
	for _, a := range l.Appendices {
		w.begin(blockOther)
		w.b.WriteString("---")
		w.title(a.Label)
		w.para([]doc.Span{strong(a.Title)})
		w.para([]doc.Span{{Text: a.Reference, Italic: true}})
		w.paras(a.Body)
	}
	w.notes(l.Notes)
}

// title writes a first-level heading: the kind of document, an
// appendix's label.
func (w *writer) title(s string) {
	w.begin(blockOther)
	w.b.WriteString(strings.TrimRight("# "+inline([]doc.Span{plain(s)}, inHeading, ""), " "))
}

// header writes the two columns of the header as a table, then the draft
// mark, the kind and subject, and the "Kính gửi" lines.
func (w *writer) header(h doc.HeaderLayout) {
	w.begin(blockOther)
	w.b.WriteString(headerTable(h))
	if h.Draft != "" {
		w.para([]doc.Span{strong(h.Draft)})
	}
	w.title(h.KindName)
	w.para([]doc.Span{strong(h.Subject)})
	var to []doc.Span
	for i, t := range h.To {
		if i > 0 {
			to = append(to, plain("\n"))
		}
		to = append(to, plain(t))
	}
	w.para(to)
}

// headerTable is the table of the header's two columns: the agencies and
// the national title over the number and the place and date.
func headerTable(h doc.HeaderLayout) string {
	left := []doc.Span{plain(h.ParentAgency), plain("\n"), strong(h.IssuingAgency)}
	right := []doc.Span{strong(h.NationalTitle), plain("\n"), strong(h.Motto)}
	number := []doc.Span{plain(h.Number)}
	for _, m := range h.Marks {
		number = append(number, plain("\n"), strong(m))
	}
	date := []doc.Span{{Text: h.PlaceDate, Italic: true}}
	cell := func(spans []doc.Span) string {
		return "| " + inline(spans, inCell, "") + " "
	}
	return cell(left) + cell(right) + "|\n| :---: | :---: |\n" + cell(number) + cell(date) + "|"
}

// closing writes the recipients, a bullet list, then the signature block.
func (w *writer) closing(c doc.ClosingLayout) {
	w.para([]doc.Span{{Text: c.Label, Bold: true, Italic: true}})
	for _, r := range c.Recipients {
		if rest, ok := strings.CutPrefix(r, "- "); ok {
			w.begin(blockBullet)
			w.b.WriteString(strings.TrimRight("- "+inline([]doc.Span{plain(rest)}, inPara, "  "), " "))
			continue
		}
		w.para([]doc.Span{plain(r)})
	}
	var signer []doc.Span
	for _, a := range append(append([]string(nil), c.Authority...), c.Title) {
		signer = append(signer, strong(a), plain("\n"))
	}
	w.para(signer)
	w.para([]doc.Span{strong(c.Name)})
	w.para([]doc.Span{plain(c.Drafter)})
}

// paras writes laid-out paragraphs of a checked layout.
func (w *writer) paras(ps []doc.Para) {
	for _, p := range ps {
		if p.Kind != doc.KindItem {
			w.indents = nil
		}
		switch p.Kind {
		case doc.KindHeading:
			w.heading(p)
		case doc.KindParagraph:
			w.para(p.Spans)
		case doc.KindItem:
			w.item(p)
		case doc.KindTable:
			w.table(p.Table)
		}
	}
}

// heading writes a heading as an ATX heading one level below the title.
func (w *writer) heading(p doc.Para) {
	level := min(max(p.Depth, 1)+1, 6)
	var spans []doc.Span
	if label := clean(p.Label); label != "" {
		spans = append(spans, doc.Span{Text: label + " ", Italic: p.Italic})
	}
	for _, s := range p.Spans {
		s.Italic = s.Italic || p.Italic && s.Note == 0
		spans = append(spans, s)
	}
	w.begin(blockOther)
	w.b.WriteString(strings.TrimRight(strings.Repeat("#", level)+" "+inline(spans, inHeading, ""), " "))
}

// item writes a list item: a bullet item for the "-" and "+" markers, a
// paragraph starting with its label for any other.
func (w *writer) item(p doc.Para) {
	depth := max(p.Depth, 1)
	indent := ""
	if k := min(depth-1, len(w.indents)); k > 0 {
		indent = w.indents[k-1]
	}
	label := strings.TrimSpace(clean(p.Label))
	content := indent
	if label == "-" || label == "+" {
		content = indent + "  "
		w.bulletItem(p.Spans, depth, indent, label)
	} else {
		w.labelledItem(p.Spans, indent, label)
	}
	w.indents = append(w.indents[:min(depth-1, len(w.indents))], content)
}

// bulletItem writes a "-" or "+" item at depth, its marker at indent.
func (w *writer) bulletItem(spans []doc.Span, depth int, indent, label string) {
	text := inline(spans, inPara, indent+"  ")
	if text == "" && (w.last != blockBullet || w.bulletDepth < depth) {
		// An empty item cannot interrupt a paragraph: right under its
		// parent's text, "-" would underline that text as a heading.
		w.begin(blockOther)
		w.last = blockBullet
	} else {
		w.begin(blockBullet)
	}
	w.bulletDepth = depth
	w.b.WriteString(strings.TrimRight(indent+label+" "+text, " "))
}

// labelledItem writes an item of another marker ("1)", "a)") as a
// paragraph at indent that starts with its label.
func (w *writer) labelledItem(spans []doc.Span, indent, label string) {
	if label != "" {
		spans = append([]doc.Span{plain(label + " ")}, spans...)
	}
	if s := inline(spans, inPara, indent); s != "" {
		w.begin(blockOther)
		w.b.WriteString(indent + s)
	}
}

// table writes a GFM table: the heads, the alignment row and the rows.
func (w *writer) table(t *doc.TableLayout) {
	// Layout.Check has made sure no row covers more than the columns.
	ncol := len(t.Widths)
	lines := make([]string, 0, len(t.Rows)+2)
	lines = append(lines, tableRow(plainHeads(t.Head), ncol), "| "+strings.Join(columnAligns(t.Rows, ncol), " | ")+" |")
	for _, r := range t.Rows {
		lines = append(lines, tableRow(r, ncol))
	}
	w.begin(blockOther)
	w.b.WriteString(strings.Join(lines, "\n"))
}

// tableRow writes a row of a table of ncol columns: a cell spanning
// columns is followed by empty cells, and so is a row covering fewer.
func tableRow(cells []doc.CellLayout, ncol int) string {
	var b strings.Builder
	col := 0
	for _, c := range cells {
		span := max(c.Span, 1)
		b.WriteString("| " + inline(c.Spans, inCell, "") + " ")
		b.WriteString(strings.Repeat("|  ", span-1))
		col += span
	}
	b.WriteString(strings.Repeat("|  ", max(ncol-col, 0)))
	b.WriteString("|")
	return b.String()
}

// columnAligns returns the alignment row's cells: the alignment of a
// column is that of its first data cell that spans it alone.
func columnAligns(rows [][]doc.CellLayout, ncol int) []string {
	aligns := make([]string, ncol)
	for j := range aligns {
		aligns[j] = "---"
	}
	set := make([]bool, ncol)
	for _, r := range rows {
		col := 0
		for _, c := range r {
			span := max(c.Span, 1)
			if span == 1 && col < ncol && !set[col] {
				set[col] = true
				aligns[col] = alignRow(c.Align)
			}
			col += span
		}
	}
	return aligns
}

// plainHeads returns the heads without their bold: they are bold as table
// heads, and their own bold mark would repeat it.
func plainHeads(heads []doc.CellLayout) []doc.CellLayout {
	out := make([]doc.CellLayout, len(heads))
	for i, c := range heads {
		out[i] = c
		out[i].Spans = make([]doc.Span, len(c.Spans))
		for k, s := range c.Spans {
			s.Bold = false
			out[i].Spans[k] = s
		}
	}
	return out
}

// alignRow is the cell of the alignment row for an alignment.
func alignRow(a doc.Align) string {
	switch a {
	case doc.AlignLeft:
		return ":---"
	case doc.AlignCenter:
		return ":---:"
	case doc.AlignRight:
		return "---:"
	}
	return "---"
}

// notes writes the footnote definitions.
func (w *writer) notes(notes []doc.NoteLayout) {
	for _, n := range notes {
		w.begin(blockOther)
		w.b.WriteString(strings.TrimRight(fmt.Sprintf("[^%d]: ", n.Number)+inline(n.Spans, inPara, "    "), " "))
	}
}
