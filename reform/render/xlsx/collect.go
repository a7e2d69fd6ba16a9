package xlsx

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/doc"
)

// sheet is one sheet of the workbook: a table with the lines it stands
// under, or the lines alone for a document without tables.
type sheet struct {
	// name is the sheet's name.
	name string
	// path is the table's place in the layout, for errors:
	// "appendices[0].body[3].table".
	path string
	// caption are the lines above the table.
	caption []line
	// after are the lines under the table: the paragraphs that end its
	// appendix (the source of the figures, say).
	after []line
	// table is the table; nil for the sheet of a document without one.
	table *doc.TableLayout
	// notes are the footnotes the sheet references, in order.
	notes []doc.NoteLayout
}

// line is a line above or below a table, merged across its columns.
type line struct {
	spans []doc.Span
	align doc.Align
	size  float64
	// bold and italic apply to every span, as the emphasis of a heading
	// or of the appendix's title lines.
	bold, italic bool
}

// Sizes of the sheets' text in points: the style sheet's sizes are those
// of a page of prose; a spreadsheet's are smaller.
const (
	cellSize  = 12
	titleSize = 13
	noteSize  = 11
)

// maxCaption is the number of paragraphs kept above a table of the body:
// the nearest heading and the paragraphs just before the table.
const maxCaption = 3

// collect returns the sheets of l: one per table, in reading order, or
// the one sheet of a document without tables.
func collect(l *doc.Layout) []sheet {
	c := &collector{names: map[string]bool{}}
	c.body(l.Body)
	for ai, a := range l.Appendices {
		c.appendix(ai, a)
	}
	if len(c.out) == 0 {
		c.out = append(c.out, textSheet(l.Header))
	}
	byNumber := make(map[int]doc.NoteLayout, len(l.Notes))
	for _, n := range l.Notes {
		byNumber[n.Number] = n
	}
	for i := range c.out {
		c.out[i].notes = referenced(c.out[i], byNumber)
	}
	return c.out
}

// collector gathers the sheets of a layout, their names unique.
type collector struct {
	out   []sheet
	names map[string]bool
}

// add adds the sheet of a table.
func (c *collector) add(name, path string, caption []line, t *doc.TableLayout) {
	c.out = append(c.out, sheet{name: uniqueName(name, c.names), path: path, caption: caption, table: t})
}

// body adds a sheet for each table of the body, "Bảng 1", "Bảng 2" …,
// under the nearest heading and the paragraphs just before the table.
func (c *collector) body(body []doc.Para) {
	var heading *doc.Para
	var paras []doc.Para
	n := 0
	for i := range body {
		p := &body[i]
		switch p.Kind {
		case doc.KindHeading:
			heading, paras = p, nil
		case doc.KindTable:
			n++
			c.add(fmt.Sprintf("Bảng %d", n), fmt.Sprintf("body[%d].table", i), bodyCaption(heading, paras), p.Table)
			paras = nil
		default:
			paras = append(paras, *p)
		}
	}
}

// bodyCaption returns the lines above a table of the body: the nearest
// heading and at most maxCaption paragraphs just before the table.
func bodyCaption(heading *doc.Para, paras []doc.Para) []line {
	var caption []line
	if heading != nil {
		caption = append(caption, paraLine(*heading))
	}
	return append(caption, paraLines(paras[max(len(paras)-maxCaption, 0):])...)
}

// appendix adds a sheet for each table of appendix ai, named after its
// label, under the appendix's lines and the paragraphs before the table;
// the paragraphs after its last table go under that table.
func (c *collector) appendix(ai int, a doc.AppendixLayout) {
	var paras []doc.Para
	k := 0
	for pi, p := range a.Body {
		if p.Kind != doc.KindTable {
			paras = append(paras, p)
			continue
		}
		k++
		caption := append(appendixLines(a), paraLines(paras)...)
		c.add(appendixSheetName(a.Label, k), fmt.Sprintf("appendices[%d].body[%d].table", ai, pi), caption, p.Table)
		paras = nil
	}
	if k > 0 {
		last := &c.out[len(c.out)-1]
		last.after = append(last.after, paraLines(paras)...)
	}
}

// appendixSheetName is the name of the k-th table of an appendix: its
// label ("Phụ lục" when it has none), numbered from the second table.
func appendixSheetName(label string, k int) string {
	label = strings.TrimSpace(label)
	if label == "" {
		label = "Phụ lục"
	}
	if k > 1 {
		label = fmt.Sprintf("%s (%d)", label, k)
	}
	return label
}

// textSheet is the sheet of a document without tables: its kind and
// subject, and a line that says so.
func textSheet(h doc.HeaderLayout) sheet {
	caption := []line{
		{spans: []doc.Span{{Text: h.KindName}}, align: doc.AlignCenter, size: titleSize, bold: true},
		{spans: []doc.Span{{Text: h.Subject}}, align: doc.AlignCenter, size: titleSize, bold: true},
		{spans: []doc.Span{{Text: "Văn bản không có bảng số liệu."}}, align: doc.AlignCenter, size: cellSize, italic: true},
	}
	return sheet{name: "Văn bản", path: "body", caption: caption}
}

// referenced returns the footnotes that s references, in the order of
// their first reference; notes are the document's by number.
func referenced(s sheet, notes map[int]doc.NoteLayout) []doc.NoteLayout {
	var out []doc.NoteLayout
	seen := map[int]bool{}
	for _, sp := range s.spans() {
		if sp.Note > 0 && !seen[sp.Note] {
			seen[sp.Note] = true
			if n, ok := notes[sp.Note]; ok {
				out = append(out, n)
			}
		}
	}
	return out
}

// spans returns the spans of the sheet in order: the lines above and
// under the table, then the table's head, head rows and rows.
func (s sheet) spans() []doc.Span {
	var out []doc.Span
	for _, c := range append(append([]line(nil), s.caption...), s.after...) {
		out = append(out, c.spans...)
	}
	if t := s.table; t != nil {
		for _, r := range append(append([][]doc.CellLayout{t.Head}, t.HeadRows...), t.Rows...) {
			for _, c := range r {
				out = append(out, c.Spans...)
			}
		}
	}
	return out
}

// appendixLines are the lines an appendix's tables stand under: its
// label, title and reference line.
func appendixLines(a doc.AppendixLayout) []line {
	var out []line
	for _, s := range []struct {
		text         string
		bold, italic bool
		size         float64
	}{{a.Label, true, false, titleSize}, {a.Title, true, false, titleSize}, {a.Reference, false, true, cellSize}} {
		if strings.TrimSpace(s.text) != "" {
			out = append(out, line{spans: []doc.Span{{Text: s.text}}, align: doc.AlignCenter, size: s.size, bold: s.bold, italic: s.italic})
		}
	}
	return out
}

// paraLines returns the lines of paragraphs.
func paraLines(paras []doc.Para) []line {
	var out []line
	for _, p := range paras {
		out = append(out, paraLine(p))
	}
	return out
}

// paraLine is the line of a heading, paragraph or list item: its label
// before its text, its alignment (justified text is set flush left).
func paraLine(p doc.Para) line {
	spans := p.Spans
	if p.Label != "" {
		spans = append([]doc.Span{{Text: p.Label + " "}}, spans...)
	}
	align := p.Align
	if align != doc.AlignCenter && align != doc.AlignRight {
		align = doc.AlignLeft
	}
	return line{spans: spans, align: align, size: cellSize, bold: p.Bold, italic: p.Italic}
}

// uniqueName returns s made a valid sheet name — no []:*?/\ nor
// apostrophes, at most 31 characters, not blank — and not among used,
// which it joins.
func uniqueName(s string, used map[string]bool) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '[', ']', ':', '*', '?', '/', '\\', '\'':
			return '-'
		case '\n':
			return ' '
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	if s == "" {
		s = "Bảng"
	}
	base := truncate(s, 31)
	for k := 2; used[strings.ToLower(base)]; k++ {
		suffix := fmt.Sprintf(" (%d)", k)
		base = truncate(s, 31-len(suffix)) + suffix
	}
	used[strings.ToLower(base)] = true
	return base
}

// truncate returns the first n characters of s.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n]))
}

// fits returns an error wrapping ErrTooLarge when the sheet cannot hold
// the table: too many rows or columns, a cell with too much text.
func (s sheet) fits() error {
	t := s.table
	if t == nil {
		return nil
	}
	if err := s.gridFits(); err != nil {
		return err
	}
	if err := s.linesFit(); err != nil {
		return err
	}
	if err := s.cellsFit(); err != nil {
		return err
	}
	for _, n := range s.notes {
		if err := textFits(fmt.Sprintf("notes[%d]", n.Number-1), n.Spans); err != nil {
			return err
		}
	}
	return nil
}

// gridFits checks the columns of the table and the rows of the sheet:
// the lines above, a blank row, the head, the rows, a blank row and the
// notes, which are counted at most once each.
func (s sheet) gridFits() error {
	t := s.table
	if n := len(t.Widths); n > MaxColumns {
		return fmt.Errorf("xlsx: %s: %d columns; a sheet holds %d: %w", s.path, n, MaxColumns, ErrTooLarge)
	}
	head := max(len(t.HeadRows), 1)
	if n := len(s.caption) + 1 + head + len(t.Rows) + 1 + len(s.after) + len(s.notes); n > MaxRows {
		return fmt.Errorf("xlsx: %s: %d rows; a sheet holds %d: %w", s.path, n, MaxRows, ErrTooLarge)
	}
	return nil
}

// textFits returns an error wrapping ErrTooLarge when spans hold more text
// than a cell; path names the cell.
func textFits(path string, spans []doc.Span) error {
	if n := utf8.RuneCountInString(doc.PlainText(spans)); n > MaxCellText {
		return fmt.Errorf("xlsx: %s: %d characters; a cell holds %d: %w", path, n, MaxCellText, ErrTooLarge)
	}
	return nil
}

// linesFit checks the text of the lines above and under the table.
func (s sheet) linesFit() error {
	for i, c := range s.caption {
		if err := textFits(fmt.Sprintf("%s: line %d above the table", s.path, i+1), c.spans); err != nil {
			return err
		}
	}
	for i, c := range s.after {
		if err := textFits(fmt.Sprintf("%s: line %d under the table", s.path, i+1), c.spans); err != nil {
			return err
		}
	}
	return nil
}

// cellsFit checks the text of the cells of the table's head, head rows and
// rows.
func (s sheet) cellsFit() error {
	t := s.table
	if err := rowFits(s.path+".head", t.Head); err != nil {
		return err
	}
	for i, r := range t.HeadRows {
		if err := rowFits(fmt.Sprintf("%s.head_rows[%d]", s.path, i), r); err != nil {
			return err
		}
	}
	for i, r := range t.Rows {
		if err := rowFits(fmt.Sprintf("%s.rows[%d]", s.path, i), r); err != nil {
			return err
		}
	}
	return nil
}

// rowFits checks the text of the cells of a row; path names the row.
func rowFits(path string, cells []doc.CellLayout) error {
	for j, c := range cells {
		if err := textFits(fmt.Sprintf("%s[%d]", path, j), c.Spans); err != nil {
			return err
		}
	}
	return nil
}
