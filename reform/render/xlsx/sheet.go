package xlsx

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/xuri/excelize/v2"

	"github.com/cchc-go/cchc/reform/doc"
)

// book writes the sheets of one workbook; it holds the styles made so far.
type book struct {
	f      *excelize.File
	font   string
	styles map[styleKey]int
}

// styleKey is what a cell style is made of.
type styleKey struct {
	bold, italic bool
	size         float64
	align        doc.Align
	border       bool
	numFmt       string
}

// style returns the id of the style k, made once per workbook.
func (b *book) style(k styleKey) (int, error) {
	if id, ok := b.styles[k]; ok {
		return id, nil
	}
	id, err := b.f.NewStyle(b.newStyle(k))
	if err != nil {
		return 0, fmt.Errorf("xlsx: style: %w", err)
	}
	b.styles[k] = id
	return id, nil
}

// newStyle is the cell style k describes: the workbook's font, the
// alignment, thin black borders on every side, a number format.
func (b *book) newStyle(k styleKey) *excelize.Style {
	h := "left"
	switch k.align {
	case doc.AlignCenter:
		h = "center"
	case doc.AlignRight:
		h = "right"
	}
	st := &excelize.Style{
		Font:      &excelize.Font{Family: b.font, Size: k.size, Bold: k.bold, Italic: k.italic, Color: "000000"},
		Alignment: &excelize.Alignment{Horizontal: h, Vertical: "center", WrapText: true},
	}
	if k.border {
		for _, side := range []string{"left", "top", "right", "bottom"} {
			st.Border = append(st.Border, excelize.Border{Type: side, Color: "000000", Style: 1})
		}
	}
	if k.numFmt != "" {
		nf := k.numFmt
		st.CustomNumFmt = &nf
	}
	return st
}

// Page setup: margins in inches (20 mm at the top, 15 mm elsewhere, the
// header 8 mm from the edge), A4 (paper size 9 of SpreadsheetML).
const (
	marginTop    = 0.79
	marginOther  = 0.59
	marginHeader = 0.31
	paperA4      = 9
)

// tableWidth is the width, in the spreadsheet's units of about one
// character, the columns share: what A4 landscape holds at 12 pt between
// the margins.
const tableWidth = 130

// sheet writes s to its sheet of the workbook.
func (b *book) sheet(s sheet) error {
	g := newGrid(s)
	if err := b.setup(s.name, g); err != nil {
		return err
	}
	sw, err := b.f.NewStreamWriter(s.name)
	if err != nil {
		return fmt.Errorf("xlsx: sheet %q: %w", s.name, err)
	}
	w := &sheetWriter{b: b, sw: sw, s: s, g: g}
	if err := w.write(); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("xlsx: sheet %q: %w", s.name, err)
	}
	return b.printTitles(s.name, g)
}

// printTitles makes the head rows of a sheet's table print on every page.
func (b *book) printTitles(name string, g *grid) error {
	if g.headEnd == 0 {
		return nil
	}
	ref := fmt.Sprintf("'%s'!$%d:$%d", name, g.headStart, g.headEnd)
	if err := b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: ref, Scope: name}); err != nil {
		return fmt.Errorf("xlsx: sheet %q: %w", name, err)
	}
	return nil
}

// setup sets the page of a sheet before its rows are streamed: A4
// landscape, one page wide, the page number from page 2 on, each sheet
// numbered from 1 as the decree numbers each appendix.
func (b *book) setup(name string, g *grid) error {
	f := b.f
	yes, one, zero, size, land, first := true, 1, 0, paperA4, "landscape", uint(1)
	page := fmt.Sprintf(`&C&"%s,Regular"&12&P`, b.font)
	for _, err := range []error{
		f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &yes}),
		f.SetPageLayout(name, &excelize.PageLayoutOptions{Size: &size, Orientation: &land, FitToWidth: &one, FitToHeight: &zero,
			FirstPageNumber: &first}),
		f.SetPageMargins(name, &excelize.PageLayoutMarginsOptions{Top: ptr(marginTop), Bottom: ptr(marginOther),
			Left: ptr(marginOther), Right: ptr(marginOther), Header: ptr(marginHeader), Footer: ptr(marginHeader)}),
		f.SetHeaderFooter(name, &excelize.HeaderFooterOptions{DifferentFirst: true, OddHeader: page}),
	} {
		if err != nil {
			return fmt.Errorf("xlsx: sheet %q: page setup: %w", name, err)
		}
	}
	return nil
}

// ptr returns a pointer to v.
func ptr[T any](v T) *T { return &v }

// grid is where the parts of a sheet go: its column widths and the rows
// (from 1) of the head and the body.
type grid struct {
	cols               int
	widths             []float64
	headStart, headEnd int // 0 when there is no table
	bodyStart          int
}

// newGrid places the parts of s.
func newGrid(s sheet) *grid {
	g := &grid{cols: 1, widths: []float64{tableWidth}}
	t := s.table
	if t == nil {
		return g
	}
	g.cols = len(t.Widths)
	g.widths = columnWidths(t.Widths)
	g.headStart = len(s.caption) + 1
	if len(s.caption) > 0 {
		g.headStart++ // a blank row under the lines above
	}
	g.headEnd = g.headStart + len(headRows(t)) - 1
	g.bodyStart = g.headEnd + 1
	return g
}

// headRows are the rows of a table's head: as on paper when the layout has
// them, else the one-row head.
func headRows(t *doc.TableLayout) [][]doc.CellLayout {
	if len(t.HeadRows) > 0 {
		return t.HeadRows
	}
	return [][]doc.CellLayout{t.Head}
}

// columnWidths shares tableWidth among the columns by their relative
// widths, each at least 4 units.
func columnWidths(rel []int) []float64 {
	total := 0
	for _, w := range rel {
		total += max(w, 1)
	}
	out := make([]float64, len(rel))
	for i, w := range rel {
		out[i] = max(4, math.Round(float64(max(w, 1))*tableWidth/float64(max(total, 1))*10)/10)
	}
	return out
}

// sheetWriter streams the rows of one sheet. It keeps the first error of
// the stream writer or of a style, after which it writes nothing more.
type sheetWriter struct {
	b   *book
	sw  *excelize.StreamWriter
	s   sheet
	g   *grid
	row int // the last row written
	err error
}

// write streams the sheet's rows: the lines above, the head, the body and
// the notes.
func (w *sheetWriter) write() error {
	w.columns()
	for _, l := range w.s.caption {
		w.line(l)
	}
	if t := w.s.table; t != nil {
		w.row = w.g.headStart - 1
		w.head(t)
		w.body(t)
	}
	if len(w.s.after) > 0 {
		w.row++ // a blank row under the table
		for _, l := range w.s.after {
			w.line(l)
		}
	}
	w.notes()
	return w.err
}

// columns sets the widths of the columns and freezes the head.
func (w *sheetWriter) columns() {
	for i, wd := range w.g.widths {
		if w.err == nil {
			w.keep(w.sw.SetColWidth(i+1, i+1, wd))
		}
	}
	if w.g.headEnd > 0 && w.err == nil {
		top, _ := excelize.CoordinatesToCellName(1, w.g.bodyStart)
		w.keep(w.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: w.g.headEnd, TopLeftCell: top, ActivePane: "bottomLeft"}))
	}
}

// notes writes the footnotes the sheet references, after a blank row,
// each marked with its number in brackets.
func (w *sheetWriter) notes() {
	if len(w.s.notes) == 0 {
		return
	}
	w.row++ // a blank row above the notes
	for _, n := range w.s.notes {
		spans := append([]doc.Span{{Text: "[" + strconv.Itoa(n.Number) + "] "}}, n.Spans...)
		w.line(line{spans: spans, align: doc.AlignLeft, size: noteSize})
	}
}

// keep records err, naming the sheet, when it is the first error.
func (w *sheetWriter) keep(err error) {
	if err != nil && w.err == nil {
		w.err = fmt.Errorf("xlsx: sheet %q: %w", w.s.name, err)
	}
}

// styleID returns the id of style k; 0 after an error.
func (w *sheetWriter) styleID(k styleKey) int {
	if w.err != nil {
		return 0
	}
	id, err := w.b.style(k)
	if err != nil {
		w.err = err
	}
	return id
}

// setRow writes the current row's values at a height in points.
func (w *sheetWriter) setRow(values []any, height float64) {
	if w.err == nil {
		w.keep(w.sw.SetRow(w.cell(1), values, excelize.RowOpts{Height: height}))
	}
}

// line writes one line merged across the sheet's columns.
func (w *sheetWriter) line(l line) {
	w.row++
	v, k := w.content(l.spans, styleKey{bold: l.bold, italic: l.italic, size: l.size, align: l.align}, false)
	id := w.styleID(k)
	text := doc.PlainText(l.spans)
	w.setRow([]any{excelize.Cell{StyleID: id, Value: v}}, rowHeight(lines(text, sum(w.g.widths), l.size, k.bold), l.size))
	if w.g.cols > 1 {
		w.merge(1, w.row, w.g.cols, w.row)
	}
}

// cell is the reference of column col of the current row.
func (w *sheetWriter) cell(col int) string {
	s, _ := excelize.CoordinatesToCellName(col, w.row)
	return s
}

// merge merges the cells from (c1, r1) to (c2, r2), columns and rows from 1.
func (w *sheetWriter) merge(c1, r1, c2, r2 int) {
	if w.err != nil {
		return
	}
	a, _ := excelize.CoordinatesToCellName(c1, r1)
	b, _ := excelize.CoordinatesToCellName(c2, r2)
	w.keep(w.sw.MergeCell(a, b))
}

// head writes the head rows, their cells merged as the layout spans them.
func (w *sheetWriter) head(t *doc.TableLayout) {
	rows := headRows(t)
	heights := w.headHeights(rows)
	for r, row := range rows {
		w.row++
		values := make([]any, w.g.cols)
		w.eachCell(row, func(col, span int, c doc.CellLayout) {
			w.headCell(values, col, span, c)
		})
		w.setRow(values, heights[r])
	}
}

// eachCell calls fn with each cell of row, its first column (from 0) and
// the columns it spans, up to the last that fits the grid (Layout.Check
// refuses a row wider than its table; nothing is written past the grid).
// It returns the column after the last cell.
func (w *sheetWriter) eachCell(row []doc.CellLayout, fn func(col, span int, c doc.CellLayout)) int {
	col := 0
	for _, c := range row {
		span := max(c.Span, 1)
		if col+span > w.g.cols {
			break
		}
		fn(col, span, c)
		col += span
	}
	return col
}

// headCell puts a head cell into values: centred unless aligned, merged
// across the columns and rows it spans; a place covered by a cell above
// (Continued) has the style and no value.
func (w *sheetWriter) headCell(values []any, col, span int, c doc.CellLayout) {
	k := styleKey{size: cellSize, align: c.Align, border: true}
	if k.align == doc.AlignDefault {
		k.align = doc.AlignCenter
	}
	var v any
	if !c.Continued {
		v, k = w.content(c.Spans, k, false)
	}
	place(values, col, span, excelize.Cell{StyleID: w.styleID(k), Value: v})
	if rowSpan := max(c.RowSpan, 1); !c.Continued && (span > 1 || rowSpan > 1) {
		w.merge(col+1, w.row, col+span, w.row+rowSpan-1)
	}
}

// place puts cell into values at col, and its style without a value in
// the other columns it spans.
func place(values []any, col, span int, cell excelize.Cell) {
	for j := col + 1; j < col+span; j++ {
		values[j] = excelize.Cell{StyleID: cell.StyleID}
	}
	values[col] = cell
}

// headHeights estimates the height of each head row: a cell spanning rows
// shares its lines among them.
func (w *sheetWriter) headHeights(rows [][]doc.CellLayout) []float64 {
	need := make([]float64, len(rows))
	for r, row := range rows {
		w.eachCell(row, func(col, span int, c doc.CellLayout) {
			if c.Continued {
				return
			}
			h := rowHeight(lines(doc.PlainText(c.Spans), sum(w.g.widths[col:col+span]), cellSize, allBold(c.Spans)), cellSize)
			n := max(c.RowSpan, 1)
			for k := r; k < r+n && k < len(rows); k++ {
				need[k] = max(need[k], h/float64(n))
			}
		})
	}
	for i := range need {
		need[i] = max(need[i], rowHeight(1, cellSize))
	}
	return need
}

// body writes the rows of the table, a total's sums as formulas.
func (w *sheetWriter) body(t *doc.TableLayout) {
	formulas := w.formulas(t)
	for i, row := range t.Rows {
		w.row++
		values := make([]any, w.g.cols)
		height := 1 // lines
		col := w.eachCell(row, func(col, span int, c doc.CellLayout) {
			w.bodyCell(values, col, span, c, formulas[[2]int{i, col}])
			height = max(height, linesOf(c.Spans, sum(w.g.widths[col:col+span])))
		})
		for ; col < w.g.cols; col++ {
			values[col] = excelize.Cell{StyleID: w.styleID(styleKey{size: cellSize, align: doc.AlignLeft, border: true})}
		}
		w.setRow(values, rowHeight(height, cellSize))
	}
}

// bodyCell puts a body cell into values: a number where its text is one,
// the formula of a total when it has one, merged across the columns it
// spans.
func (w *sheetWriter) bodyCell(values []any, col, span int, c doc.CellLayout, formula string) {
	v, k := w.content(c.Spans, styleKey{size: cellSize, align: c.Align, border: true}, true)
	place(values, col, span, excelize.Cell{StyleID: w.styleID(k), Value: v, Formula: formula})
	if span > 1 {
		w.merge(col+1, w.row, col+span, w.row)
	}
}

// linesOf is the number of lines the text of spans takes in width units.
func linesOf(spans []doc.Span, width float64) int {
	return lines(doc.PlainText(spans), width, cellSize, allBold(spans))
}

// allBold reports whether every span with text is bold.
func allBold(spans []doc.Span) bool {
	for _, s := range spans {
		if s.Text != "" && !s.Bold {
			return false
		}
	}
	return true
}

// content returns what a cell holds and its style: a number, with the
// format that prints it as written, when numbers is set and its whole text
// is one; else its text, as rich text when the emphasis of its spans
// varies. The emphasis every span shares becomes the style's.
func (w *sheetWriter) content(spans []doc.Span, k styleKey, numbers bool) (any, styleKey) {
	e := emphasisOf(spans)
	k.bold, k.italic = k.bold || e.bold, k.italic || e.italic
	text := doc.PlainText(spans)
	if numbers && !e.notes {
		if n, ok := parseNumber(strings.TrimSpace(text)); ok {
			k.numFmt = n.format
			return n.value(), k
		}
	}
	switch {
	case text == "":
		return nil, k
	case e.uniform(spans):
		return text, k
	}
	return w.richText(spans, k), k
}

// emphasis is what the spans of a cell share: bold and italic when every
// span with text has it; notes when one references a footnote.
type emphasis struct {
	bold, italic, notes bool
}

// emphasisOf returns the emphasis spans share.
func emphasisOf(spans []doc.Span) emphasis {
	e := emphasis{bold: true, italic: true}
	texts := 0
	for _, s := range spans {
		if s.Note > 0 {
			e.notes = true
			continue
		}
		if s.Text == "" {
			continue
		}
		texts++
		e.bold = e.bold && s.Bold
		e.italic = e.italic && s.Italic
	}
	if texts == 0 {
		e.bold, e.italic = false, false
	}
	return e
}

// uniform reports whether every span with text has the shared emphasis.
func (e emphasis) uniform(spans []doc.Span) bool {
	for _, s := range spans {
		if s.Note == 0 && s.Text != "" && (s.Bold != e.bold || s.Italic != e.italic) {
			return false
		}
	}
	return true
}

// richText writes spans as runs of rich text over the style k, footnote
// references as their numbers in brackets.
func (w *sheetWriter) richText(spans []doc.Span, k styleKey) []excelize.RichTextRun {
	var runs []excelize.RichTextRun
	for _, s := range spans {
		t, b, it := s.Text, k.bold || s.Bold, k.italic || s.Italic
		if s.Note > 0 {
			t, b, it = "["+strconv.Itoa(s.Note)+"]", k.bold, k.italic
		}
		if t == "" {
			continue
		}
		runs = append(runs, excelize.RichTextRun{Text: t, Font: &excelize.Font{Family: w.b.font, Size: k.size, Bold: b, Italic: it, Color: "000000"}})
	}
	return runs
}

// formulas returns the formulas of the total rows, by row index and first
// column: =SUM of the cells the total adds up, where the total's cell and
// every cell it adds up are integers, and the sum is the total's value.
func (w *sheetWriter) formulas(t *doc.TableLayout) map[[2]int]string {
	out := map[[2]int]string{}
	if len(t.Totals) == 0 {
		return out
	}
	ints := integerCells(t.Rows)
	for _, tt := range t.Totals {
		rows := append([]int(nil), tt.Of...)
		sort.Ints(rows)
		for col, total := range ints[tt.Row] {
			if sum, ok := sumColumn(ints, rows, col); !ok || sum != total {
				continue
			}
			if f, ok := sumFormula(col+1, rows, w.g.bodyStart); ok {
				out[[2]int{tt.Row, col}] = f
			}
		}
	}
	return out
}

// integerCells returns, for each row, the integers of its one-column cells
// by the column they start at: ints[i][col].
func integerCells(rows [][]doc.CellLayout) []map[int]int64 {
	ints := make([]map[int]int64, len(rows))
	for i, row := range rows {
		ints[i] = map[int]int64{}
		col := 0
		for _, c := range row {
			span := max(c.Span, 1)
			if span == 1 && !hasNote(c.Spans) {
				if n, ok := parseNumber(strings.TrimSpace(doc.PlainText(c.Spans))); ok && n.isInt {
					ints[i][col] = n.i
				}
			}
			col += span
		}
	}
	return ints
}

// sumColumn adds the integers of column col of rows; false when one of
// them is not an integer or the sum leaves the int64 range.
func sumColumn(ints []map[int]int64, rows []int, col int) (int64, bool) {
	var acc int64
	for _, r := range rows {
		v, has := ints[r][col]
		if !has {
			return 0, false
		}
		var ok bool
		if acc, ok = add(acc, v); !ok {
			return 0, false
		}
	}
	return acc, true
}

// hasNote reports whether spans reference a footnote.
func hasNote(spans []doc.Span) bool {
	for _, s := range spans {
		if s.Note > 0 {
			return true
		}
	}
	return false
}

// add adds two integers, or reports that the sum leaves the int64 range.
func add(a, b int64) (int64, bool) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, false
	}
	return s, true
}

// maxFormula is the length of a formula a spreadsheet accepts; a SUM takes
// at most maxArgs arguments, so longer lists are SUMs of SUMs.
const (
	maxFormula = 8192
	maxArgs    = 255
)

// sumFormula returns SUM(D7,D9:D12) over the sorted body rows of column
// col, the body starting at sheet row start; false when the formula would
// be longer than a spreadsheet accepts.
func sumFormula(col int, rows []int, start int) (string, bool) {
	refs := cellRanges(col, rows, start)
	var parts []string
	for len(refs) > maxArgs {
		parts = append(parts, "SUM("+strings.Join(refs[:maxArgs], ",")+")")
		refs = refs[maxArgs:]
	}
	if len(parts) > 0 {
		refs = append(parts, refs...)
		if len(refs) > maxArgs {
			return "", false
		}
	}
	f := "SUM(" + strings.Join(refs, ",") + ")"
	return f, len(f) < maxFormula
}

// cellRanges returns the references of the sorted body rows of column col,
// runs of consecutive rows as ranges: "D7", "D9:D12".
func cellRanges(col int, rows []int, start int) []string {
	var refs []string
	for i := 0; i < len(rows); {
		j := i
		for j+1 < len(rows) && rows[j+1] == rows[j]+1 {
			j++
		}
		a, _ := excelize.CoordinatesToCellName(col, start+rows[i])
		if j > i {
			b, _ := excelize.CoordinatesToCellName(col, start+rows[j])
			a += ":" + b
		}
		refs = append(refs, a)
		i = j + 1
	}
	return refs
}

// sum adds widths.
func sum(ws []float64) float64 {
	var s float64
	for _, w := range ws {
		s += w
	}
	return s
}

// lines estimates the lines text takes in a cell width units wide at
// size points, bold or not: a unit holds about one small letter of
// Vietnamese text at 11 pt (measured in LibreOffice with Liberation Serif,
// the metric twin of Times New Roman), a capital a third more, and bold
// text a tenth more.
func lines(text string, width, size float64, bold bool) int {
	per := max(1, width*11/size)
	if bold {
		per /= 1.1
	}
	n := 0
	for part := range strings.SplitSeq(text, "\n") {
		w := 0.0
		for _, r := range part {
			w++
			if unicode.IsUpper(r) {
				w += 0.35
			}
		}
		n += max(1, int(math.Ceil(w/per)))
	}
	return n
}

// rowHeight is the height in points of n lines at size points, with the
// cell's padding; a row holds at most 409 points.
func rowHeight(n int, size float64) float64 {
	return min(409, math.Round((float64(n)*size*1.3+4)*4)/4)
}
