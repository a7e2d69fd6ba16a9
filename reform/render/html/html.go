// Package html writes a laid-out document (doc.Layout) as one
// self-contained, printable HTML page (trang HTML in được): inline CSS, no
// scripts, no external fonts or files. Printed from a browser it gives an A4
// page in the layout of Nghị định 30/2020/NĐ-CP: the page size and margins of
// the style sheet, Times New Roman with metric-compatible serif fallbacks,
// the header and the closing as borderless two-column tables, numbered
// headings, list items with their markers as text, data tables, footnotes as
// numbered notes linked both ways, and every appendix after a page break. On
// screen the same page looks like sheets of A4 on a grey background.
//
// The renderer decides nothing about the document: labels, footnote
// numbers, the end mark, the header and closing lines, the font, every font
// size, the margins, indents and spacing come from the Layout and its Style.
// It only maps them to CSS, and decides what the style sheet does not hold:
// the short rules are 40 % of their text (the decree says 1/3 to 1/2), and a
// header or closing table wider than the text area is fitted into it, since
// a browser clips what leaves the page area: the column of the quốc hiệu,
// or of the recipients, keeps its width and the other gives up the excess.
// Every text is escaped, so markup in the data comes out as text.
//
// Footnotes. A browser cannot put a note at the foot of the page that
// references it, so the notes of each part are gathered at the end of that
// part's text: the notes of the main text after its last paragraph, under a
// short rule, and before the closing; the notes referenced in an appendix at
// the end of that appendix. Before the closing rather than after it, because
// the signature ends a signed document: on paper nothing of the text comes
// after the signer's name (the notes of the last page are above it, or on a
// page before it), and printed from a browser notes after the signature
// read as if added once the document was signed. An appendix is printed on
// pages of its own, so a note never lands on a page before its reference.
// The numbers stay those of the Layout: continuous through the document.
// Notes are set flush left: a browser justifies a short note of two lines
// with stretched spaces.
//
// An appendix laid out on landscape pages (doc.AppendixLayout.Landscape) is
// set on a named page of the turned paper (CSS page property, which
// Chromium prints); a table with head rows as on paper
// (doc.TableLayout.HeadRows) has them as rows of <th> with rowspan and
// colspan in its <thead>. Chromium repeats a <thead> on every page only
// when it takes at most a quarter of the page: a taller head, as the four
// rows of Biểu số 06/VPCP/KSTT at 12 pt are, is printed on the table's
// first page only (the DOCX and PDF repeat it).
//
// Page numbers are printed at the top centre from page 2 on (CSS page
// margin boxes, which Chromium supports). Browsers do not restart the page
// counter, so the pages of an appendix continue the main text's numbers
// instead of restarting at 1 as the decree asks (a Word file can restart
// them).
//
// Output is deterministic, and it is exactly what golang.org/x/net/html
// writes back after parsing it: the parser never has to repair it.
package html

import (
	"bytes"
	"cmp"
	stdhtml "html"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
)

// MediaType is the media type of the output.
const MediaType = "text/html; charset=utf-8"

// Format returns the HTML format for render.Pick: name "html", extension
// ".html".
func Format() render.Format {
	return render.Format{Name: "html", Extension: ".html", MediaType: MediaType, Write: WriteLayout}
}

// Write lays out d with doc.Lay and writes it as an HTML page. It returns
// the layout's problems, each with its place, and writes nothing when there
// are any.
func Write(w io.Writer, d *doc.Document) error { return Format().Render(w, d) }

// WriteLayout writes a laid-out document as an HTML page. A layout that
// Layout.Check refuses (one built by hand, not by doc.Lay: a footnote
// reference without its note, a table paragraph without a table, a style
// outside the decree's ranges …) comes back as Check's *doc.LayoutError,
// naming the place of every problem; nothing is written then. Texts are
// written as doc.Clean returns them (NFC, no control characters), which
// leaves the texts of doc.Lay unchanged.
func WriteLayout(w io.Writer, l *doc.Layout) error {
	if err := l.Check(); err != nil {
		return err
	}
	wr := &writer{l: l, plan: plan(l), ids: map[string]bool{}}
	wr.document()
	_, err := w.Write(wr.b.Bytes())
	return err
}

// notePlan says where each note is printed.
type notePlan struct {
	// main are the indexes into Layout.Notes printed before the closing.
	main []int
	// appendix[i] are those printed at the end of appendix i.
	appendix [][]int
}

// plan decides where the notes of a checked layout go: each at the end of
// the part (the main text or an appendix) that references it, in the order
// of their numbers.
func plan(l *doc.Layout) *notePlan {
	index := make(map[int]int, len(l.Notes)) // note number → index in l.Notes
	for i, n := range l.Notes {
		index[n.Number] = i
	}
	refs := func(paras []doc.Para) []int {
		out := noteIndexes(paras, index)
		sortByNumber(out, l.Notes)
		return out
	}
	p := &notePlan{main: refs(l.Body), appendix: make([][]int, len(l.Appendices))}
	for i, a := range l.Appendices {
		p.appendix[i] = refs(a.Body)
	}
	return p
}

// noteIndexes returns the indexes (by index, from note number) of the
// notes paras reference, in the order of the references.
func noteIndexes(paras []doc.Para, index map[int]int) []int {
	var out []int
	for _, para := range paras {
		for _, s := range paraSpans(para) {
			if s.Note > 0 {
				out = append(out, index[s.Note])
			}
		}
	}
	return out
}

// paraSpans returns the spans of a paragraph; of a table, those of its head
// and its rows.
func paraSpans(p doc.Para) []doc.Span {
	if p.Kind != doc.KindTable {
		return p.Spans
	}
	out := cellSpans(p.Table.Head)
	for _, row := range p.Table.Rows {
		out = append(out, cellSpans(row)...)
	}
	return out
}

// cellSpans returns the spans of cells, in order.
func cellSpans(cells []doc.CellLayout) []doc.Span {
	var out []doc.Span
	for _, c := range cells {
		out = append(out, c.Spans...)
	}
	return out
}

// sortByNumber sorts note indexes by note number, keeping the order of
// equal numbers.
func sortByNumber(idx []int, notes []doc.NoteLayout) {
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(notes[a].Number, notes[b].Number) })
}

// writer builds the page in memory; nothing reaches the caller's writer
// before the whole page is built.
type writer struct {
	b    bytes.Buffer
	l    *doc.Layout
	plan *notePlan
	ids  map[string]bool
}

// s writes parts of markup as they are.
func (w *writer) s(parts ...string) {
	for _, p := range parts {
		w.b.WriteString(p)
	}
}

// text writes s escaped. Line breaks stay "\n" and spaces stay as typed:
// the elements that carry text are styled white-space: pre-wrap, so a line
// break of the data prints as one without adding elements, and the blank
// room of a number left empty ("Số:       /") stays blank room. Combining
// marks at the start are written as character references, so that they do
// not compose with the ">" of the tag before them (render.LeadingMarks).
func (w *writer) text(s string) {
	refs, rest := render.LeadingMarks(doc.Clean(s))
	w.b.WriteString(refs)
	w.b.WriteString(stdhtml.EscapeString(rest))
}

// enclosed writes the text s escaped between the markup open and close.
func (w *writer) enclosed(open, s, close string) {
	w.s(open)
	w.text(s)
	w.s(close)
}

// document writes the page: the head with the style sheet, the sheet of
// the main text, then a sheet for each appendix.
func (w *writer) document() {
	l := w.l
	w.s(`<!DOCTYPE html><html lang="vi"><head>`, "\n")
	w.s(`<meta charset="utf-8"/>`, "\n")
	w.s(`<meta name="viewport" content="width=device-width, initial-scale=1"/>`, "\n")
	title := strings.TrimSpace(l.Header.KindName + " " + l.Header.Subject)
	w.enclosed(`<title>`, strings.Join(strings.Fields(doc.Clean(title)), " "), "</title>\n")
	w.s("<style>\n", stylesheet(l.Style), landscapeSheet(l), "</style>\n</head>\n<body>\n")
	w.main()
	for i, a := range l.Appendices {
		w.appendix(i, a)
	}
	// Nothing may follow </body></html>: a parser moves trailing white space
	// into the body.
	w.s("</body></html>")
}

// main writes the sheet of the main text: header, title, body, its notes
// and the closing.
func (w *writer) main() {
	w.s(`<div class="sheet" id="main">`, "\n")
	w.header()
	w.title()
	w.s(`<div class="text">`, "\n")
	w.paras(w.l.Body)
	w.s("</div>\n")
	w.notes(w.plan.main)
	w.closing()
	w.s("</div>\n")
}

// line writes one <p> with the given class holding s, when s is not blank.
func (w *writer) line(class, s string) {
	if strings.TrimSpace(s) == "" {
		return
	}
	w.enclosed(`<p class="`+class+`">`, s, "</p>\n")
}

// agencyStyle returns the style attribute of the paragraph of an agency
// name of the header. A name on one line has none: the browser fits it to
// the column. A name in lines — the lines doc.Lay decided, separated by
// "\n" — is written white-space: pre, each line kept whole with the break
// between them, so that the page shows the lines the other formats print
// even where the column is narrower than the decree's 67,5 mm.
func agencyStyle(s string) string {
	if strings.Contains(s, "\n") {
		return ` style="white-space:pre"`
	}
	return ""
}

// ruled writes one <p> holding s in a span with a rule under it.
func (w *writer) ruled(class, rule, s string) {
	w.enclosed(`<p class="`+class+`"><span class="ruled `+rule+`">`, s, "</span></p>\n")
}

// twoColumns opens a borderless two-column table of the class and the
// widths (see cols) and its first row.
func (w *writer) twoColumns(class string, widths [2]doc.Twips, keep int) {
	w.s(`<table class="`, class, `">`, "\n")
	w.cols(widths, keep)
	w.s("<tbody>\n<tr>\n")
}

// cols writes the <colgroup> of a two-column table.
func (w *writer) cols(widths [2]doc.Twips, keep int) {
	widths = fitColumns(w.l.Style, widths, keep)
	w.s("<colgroup>")
	for _, c := range widths {
		w.s(`<col style="width:`, mm(c), `"/>`)
	}
	w.s("</colgroup>\n")
}

// header writes the header table: the agencies and the number on the
// left, the national title and the place and date on the right.
func (w *writer) header() {
	h := w.l.Header
	w.twoColumns("header", w.l.Style.HeaderColumns, 1)
	w.s("<td>\n")
	w.agencies(h)
	w.s("</td>\n<td>\n")
	w.line("national", h.NationalTitle)
	if strings.TrimSpace(h.Motto) != "" {
		w.ruled("motto", "full", h.Motto)
	}
	w.s("</td>\n</tr>\n<tr>\n<td>\n")
	w.line("number", h.Number)
	for _, m := range h.Marks {
		if strings.TrimSpace(m) != "" {
			w.enclosed(`<p class="mark"><span>`, m, "</span></p>\n")
		}
	}
	w.s("</td>\n<td>\n")
	w.line("place-date", h.PlaceDate)
	w.s("</td>\n</tr>\n</tbody>\n</table>\n")
}

// agencies writes the parent agency and the issuing agency, ruled.
func (w *writer) agencies(h doc.HeaderLayout) {
	if strings.TrimSpace(h.ParentAgency) != "" {
		w.enclosed(`<p class="agency"`+agencyStyle(h.ParentAgency)+`>`, h.ParentAgency, "</p>\n")
	}
	if strings.TrimSpace(h.IssuingAgency) != "" {
		w.enclosed(`<p class="agency issuer"`+agencyStyle(h.IssuingAgency)+`><span class="ruled short">`, h.IssuingAgency, "</span></p>\n")
	}
}

// title writes the title block — the draft mark, the kind and the subject
// with the short rule under its last line — and the addressees.
func (w *writer) title() {
	h := w.l.Header
	w.s(`<div class="title">`, "\n")
	if strings.TrimSpace(h.Draft) != "" {
		w.enclosed(`<p class="draft"><span>`, h.Draft, "</span></p>\n")
	}
	if strings.TrimSpace(h.Subject) == "" {
		w.ruled("kind", "short", h.KindName)
	} else {
		w.line("kind", h.KindName)
		w.ruled("subject", "short", h.Subject)
	}
	w.s("</div>\n")
	w.addressees(h.To)
}

// addressees writes the "Kính gửi" lines, the first and the items under it.
func (w *writer) addressees(to []string) {
	if len(to) == 0 {
		return
	}
	w.s(`<div class="to">`, "\n")
	for i, t := range to {
		class := "to-line"
		if i > 0 {
			class = "to-item"
		}
		w.enclosed(`<p class="`+class+`">`, t, "</p>\n")
	}
	w.s("</div>\n")
}

// closing writes the closing table: recipients and drafter on the left,
// the signer on the right.
func (w *writer) closing() {
	c := w.l.Closing
	w.twoColumns("closing", w.l.Style.ClosingColumns, 0)
	w.s("<td class=\"recipients\">\n")
	w.line("closing-label", c.Label)
	for _, r := range c.Recipients {
		w.line("recipient", r)
	}
	w.line("drafter", c.Drafter)
	w.s("</td>\n<td class=\"signer\">\n")
	for _, a := range c.Authority {
		w.line("authority", a)
	}
	w.line("signer-title", c.Title)
	w.s(`<div class="sign-space"></div>`, "\n")
	w.line("signer-name", c.Name)
	w.s("</td>\n</tr>\n</tbody>\n</table>\n")
}

// notes writes the notes of Layout.Notes at indexes idx, each linked back to
// its reference.
func (w *writer) notes(idx []int) {
	if len(idx) == 0 {
		return
	}
	w.s(`<section class="notes">`, "\n")
	for _, i := range idx {
		n := w.l.Notes[i]
		num := strconv.Itoa(n.Number)
		w.s(`<p class="note" id="fn-`, num, `"><sup>`)
		w.s(`<a href="#fnref-`, num, `">`, num, `</a>`)
		w.s("</sup> ")
		w.spans(n.Spans)
		w.s("</p>\n")
	}
	w.s("</section>\n")
}

// appendix writes appendix i on a sheet of its own, with its notes.
func (w *writer) appendix(i int, a doc.AppendixLayout) {
	class := "sheet appendix"
	if a.Landscape {
		class += " landscape"
	}
	w.s(`<section class="`, class, `" id="appendix-`, strconv.Itoa(i+1), `">`, "\n")
	w.s(`<div class="appendix-head">`, "\n")
	w.line("appendix-label", a.Label)
	w.line("appendix-title", a.Title)
	w.line("appendix-ref", a.Reference)
	w.s("</div>\n")
	w.s(`<div class="text">`, "\n")
	w.paras(a.Body)
	w.s("</div>\n")
	w.notes(w.plan.appendix[i])
	w.s("</section>\n")
}

// paras writes laid-out paragraphs of a checked layout.
func (w *writer) paras(ps []doc.Para) {
	for _, p := range ps {
		switch p.Kind {
		case doc.KindHeading:
			tag := "h" + strconv.Itoa(min(max(p.Depth, 1), 6))
			w.textBlock(tag, ` id="`+w.id(p.Path)+`"`, paraClasses(p), p.Label, p.Spans)
		case doc.KindParagraph:
			w.textBlock("p", "", paraClasses(p), "", p.Spans)
		case doc.KindItem:
			w.textBlock("p", "", append([]string{"item"}, paraClasses(p)...), p.Label, p.Spans)
		case doc.KindTable:
			w.table(p.Table)
		}
	}
}

// textBlock writes an element of text: the tag with its attributes and
// classes, the label, the spans.
func (w *writer) textBlock(tag, attrs string, classes []string, label string, spans []doc.Span) {
	w.s("<", tag, attrs)
	w.class(classes)
	w.s(">")
	w.label(label)
	w.spans(spans)
	w.s("</", tag, ">\n")
}

// label writes a heading's or item's label and the space after it.
func (w *writer) label(label string) {
	if label != "" {
		w.text(label)
		w.s(" ")
	}
}

// paraClasses are the classes of a paragraph's emphasis, alignment and
// indent; justified and indented is the default of the body.
func paraClasses(p doc.Para) []string {
	var cs []string
	if p.Bold {
		cs = append(cs, "b")
	}
	if p.Italic {
		cs = append(cs, "i")
	}
	if a := alignClass(p.Align); a != "" && p.Align != doc.AlignJustify {
		cs = append(cs, a)
	}
	if !p.Indent {
		cs = append(cs, "ni")
	}
	return cs
}

// alignClass is the class of an alignment.
func alignClass(a doc.Align) string {
	switch a {
	case doc.AlignLeft:
		return "al"
	case doc.AlignCenter:
		return "ac"
	case doc.AlignRight:
		return "ar"
	case doc.AlignJustify:
		return "aj"
	}
	return ""
}

// class writes the class attribute of classes, nothing when there are none.
func (w *writer) class(cs []string) {
	if len(cs) > 0 {
		w.s(` class="`, strings.Join(cs, " "), `"`)
	}
}

// id returns a unique element id for a heading from its Path:
// "body[1].blocks[0]" becomes "h-body-1-blocks-0".
func (w *writer) id(path string) string {
	base := idOf(path)
	id := base
	for n := 2; w.ids[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	w.ids[id] = true
	return id
}

// idOf writes path as an id: "h", then each run of ASCII letters and
// digits, lowercased, after a dash.
func idOf(path string) string {
	var b strings.Builder
	b.WriteString("h")
	dash := true
	for _, r := range strings.ToLower(path) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash {
				b.WriteByte('-')
				dash = false
			}
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

// spans writes text with its emphasis and footnote references.
func (w *writer) spans(ss []doc.Span) {
	for _, s := range ss {
		if s.Text != "" || s.Note == 0 {
			open, close := emphasisTags(s.Bold, s.Italic)
			w.enclosed(open, s.Text, close)
		}
		if s.Note > 0 {
			n := strconv.Itoa(s.Note)
			w.s(`<sup class="fnref"><a href="#fn-`, n, `" id="fnref-`, n, `">`, n, "</a></sup>")
		}
	}
}

// emphasisTags returns the tags that open and close an emphasis.
func emphasisTags(bold, italic bool) (open, close string) {
	if bold {
		open, close = "<b>", "</b>"
	}
	if italic {
		open, close = open+"<i>", "</i>"+close
	}
	return open, close
}

// table writes a data table: its columns in proportion to the layout's
// widths, the head as <thead> (which a browser repeats on every printed
// page), the rows as <tbody>. A table with head rows as on paper
// (doc.TableLayout.HeadRows) gets them as rows of <th> spanning columns
// (colspan) and rows (rowspan); other tables get the one-row head. A table
// with a size of its own (doc.TableLayout.Size) sets it on the table.
func (w *writer) table(t *doc.TableLayout) {
	w.s(`<table class="data"`)
	if t.Size > 0 && t.Size != w.l.Style.Sizes.Body {
		w.s(` style="font-size:`, pt(t.Size), `"`)
	}
	w.s(">\n")
	w.colgroup(t.Widths)
	w.thead(t)
	w.s("<tbody>\n")
	for _, r := range t.Rows {
		w.row("td", r)
	}
	w.s("</tbody>\n</table>\n")
}

// colgroup writes the columns of a data table in percent of its width.
func (w *writer) colgroup(widths []int) {
	if len(widths) == 0 {
		return
	}
	total := 0
	for _, x := range widths {
		total += max(x, 1)
	}
	w.s("<colgroup>")
	for _, x := range widths {
		w.s(`<col style="width:`, decimal(float64(max(x, 1))*100/float64(total), 2), `%"/>`)
	}
	w.s("</colgroup>\n")
}

// thead writes the head of a data table: its head rows as on paper, or its
// one-row head.
func (w *writer) thead(t *doc.TableLayout) {
	rows := t.HeadRows
	if len(rows) == 0 && len(t.Head) > 0 {
		rows = [][]doc.CellLayout{t.Head}
	}
	if len(rows) == 0 {
		return
	}
	w.s("<thead>\n")
	for _, r := range rows {
		w.row("th", r)
	}
	w.s("</thead>\n")
}

// row writes a table row of cells; a place of head rows covered by a cell
// above (Continued) is left out, as HTML wants it, the cell above
// spanning into it with rowspan.
func (w *writer) row(tag string, cells []doc.CellLayout) {
	w.s("<tr>")
	for _, c := range cells {
		if !c.Continued {
			w.cell(tag, c)
		}
	}
	w.s("</tr>\n")
}

// cell writes a table cell with its spans and alignment.
func (w *writer) cell(tag string, c doc.CellLayout) {
	w.s("<", tag)
	if c.Span > 1 {
		w.s(` colspan="`, strconv.Itoa(c.Span), `"`)
	}
	if c.RowSpan > 1 {
		w.s(` rowspan="`, strconv.Itoa(c.RowSpan), `"`)
	}
	if a := alignClass(c.Align); a != "" {
		w.s(` class="`, a, `"`)
	}
	w.s(">")
	w.spans(c.Spans)
	w.s("</", tag, ">")
}
