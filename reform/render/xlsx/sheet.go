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
	id, err := b.f.NewStyle(st)
	if err != nil {
		return 0, fmt.Errorf("xlsx: style: %w", err)
	}
	b.styles[k] = id
	return id, nil
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
	if g.headEnd > 0 {
		ref := fmt.Sprintf("'%s'!$%d:$%d", s.name, g.headStart, g.headEnd)
		if err := b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: ref, Scope: s.name}); err != nil {
			return fmt.Errorf("xlsx: sheet %q: %w", s.name, err)
		}
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

// sheetWriter streams the rows of one sheet.
type sheetWriter struct {
	b   *book
	sw  *excelize.StreamWriter
	s   sheet
	g   *grid
	row int // the last row written
}

// write streams the sheet's rows: the lines above, the head, the body and
// the notes.
func (w *sheetWriter) write() error {
	for i, wd := range w.g.widths {
		if err := w.sw.SetColWidth(i+1, i+1, wd); err != nil {
			return w.fail(err)
		}
	}
	if w.g.headEnd > 0 {
		top, _ := excelize.CoordinatesToCellName(1, w.g.bodyStart)
		if err := w.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: w.g.headEnd, TopLeftCell: top, ActivePane: "bottomLeft"}); err != nil {
			return w.fail(err)
		}
	}
	for _, l := range w.s.caption {
		if err := w.line(l); err != nil {
			return err
		}
	}
	if t := w.s.table; t != nil {
		w.row = w.g.headStart - 1
		if err := w.head(t); err != nil {
			return err
		}
		if err := w.body(t); err != nil {
			return err
		}
	}
	if len(w.s.after) > 0 {
		w.row++ // a blank row under the table
		for _, l := range w.s.after {
			if err := w.line(l); err != nil {
				return err
			}
		}
	}
	if len(w.s.notes) > 0 {
		w.row++ // a blank row above the notes
		for _, n := range w.s.notes {
			spans := append([]doc.Span{{Text: "[" + strconv.Itoa(n.Number) + "] "}}, n.Spans...)
			if err := w.line(line{spans: spans, align: doc.AlignLeft, size: noteSize}); err != nil {
				return err
			}
		}
	}
	return nil
}

// fail names the sheet in an error of the stream writer.
func (w *sheetWriter) fail(err error) error {
	return fmt.Errorf("xlsx: sheet %q: %w", w.s.name, err)
}

// line writes one line merged across the sheet's columns.
func (w *sheetWriter) line(l line) error {
	w.row++
	k := styleKey{bold: l.bold, italic: l.italic, size: l.size, align: l.align}
	v, k, err := w.content(l.spans, k, false)
	if err != nil {
		return err
	}
	id, err := w.b.style(k)
	if err != nil {
		return err
	}
	text := doc.PlainText(l.spans)
	height := rowHeight(lines(text, sum(w.g.widths), l.size, k.bold), l.size)
	cells := []any{excelize.Cell{StyleID: id, Value: v}}
	if err := w.sw.SetRow(w.cell(1), cells, excelize.RowOpts{Height: height}); err != nil {
		return w.fail(err)
	}
	if w.g.cols > 1 {
		return w.merge(1, w.row, w.g.cols, w.row)
	}
	return nil
}

// cell is the reference of column col of the current row.
func (w *sheetWriter) cell(col int) string {
	s, _ := excelize.CoordinatesToCellName(col, w.row)
	return s
}

// merge merges the cells from (c1, r1) to (c2, r2), columns and rows from 1.
func (w *sheetWriter) merge(c1, r1, c2, r2 int) error {
	a, _ := excelize.CoordinatesToCellName(c1, r1)
	b, _ := excelize.CoordinatesToCellName(c2, r2)
	if err := w.sw.MergeCell(a, b); err != nil {
		return w.fail(err)
	}
	return nil
}

// head writes the head rows, their cells merged as the layout spans them.
func (w *sheetWriter) head(t *doc.TableLayout) error {
	rows := headRows(t)
	heights := w.headHeights(rows)
	for r, row := range rows {
		w.row++
		values := make([]any, w.g.cols)
		col := 0
		for _, c := range row {
			span := max(c.Span, 1)
			if col+span > w.g.cols {
				break // Layout.Check refuses it; nothing to write past the grid
			}
			k := styleKey{size: cellSize, align: c.Align, border: true}
			if k.align == doc.AlignDefault {
				k.align = doc.AlignCenter
			}
			var v any
			if !c.Continued {
				var err error
				if v, k, err = w.content(c.Spans, k, false); err != nil {
					return err
				}
			}
			id, err := w.b.style(k)
			if err != nil {
				return err
			}
			for j := col; j < col+span; j++ {
				values[j] = excelize.Cell{StyleID: id}
			}
			values[col] = excelize.Cell{StyleID: id, Value: v}
			rowSpan := max(c.RowSpan, 1)
			if !c.Continued && (span > 1 || rowSpan > 1) {
				if err := w.merge(col+1, w.row, col+span, w.row+rowSpan-1); err != nil {
					return err
				}
			}
			col += span
		}
		if err := w.sw.SetRow(w.cell(1), values, excelize.RowOpts{Height: heights[r]}); err != nil {
			return w.fail(err)
		}
	}
	return nil
}

// headHeights estimates the height of each head row: a cell spanning rows
// shares its lines among them.
func (w *sheetWriter) headHeights(rows [][]doc.CellLayout) []float64 {
	need := make([]float64, len(rows))
	for r, row := range rows {
		col := 0
		for _, c := range row {
			span := max(c.Span, 1)
			if col+span > w.g.cols {
				break
			}
			if !c.Continued {
				h := rowHeight(lines(doc.PlainText(c.Spans), sum(w.g.widths[col:col+span]), cellSize, allBold(c.Spans)), cellSize)
				n := max(c.RowSpan, 1)
				for k := r; k < r+n && k < len(rows); k++ {
					need[k] = max(need[k], h/float64(n))
				}
			}
			col += span
		}
	}
	for i := range need {
		need[i] = max(need[i], rowHeight(1, cellSize))
	}
	return need
}

// body writes the rows of the table, a total's sums as formulas.
func (w *sheetWriter) body(t *doc.TableLayout) error {
	formulas := w.formulas(t)
	for i, row := range t.Rows {
		w.row++
		values := make([]any, w.g.cols)
		height := 1 // lines
		col := 0
		for _, c := range row {
			span := max(c.Span, 1)
			if col+span > w.g.cols {
				break
			}
			k := styleKey{size: cellSize, align: c.Align, border: true}
			v, k, err := w.content(c.Spans, k, true)
			if err != nil {
				return err
			}
			id, err := w.b.style(k)
			if err != nil {
				return err
			}
			for j := col; j < col+span; j++ {
				values[j] = excelize.Cell{StyleID: id}
			}
			cell := excelize.Cell{StyleID: id, Value: v}
			if f, ok := formulas[[2]int{i, col}]; ok {
				cell.Formula = f
			}
			values[col] = cell
			if span > 1 {
				if err := w.merge(col+1, w.row, col+span, w.row); err != nil {
					return err
				}
			}
			height = max(height, linesOf(c.Spans, sum(w.g.widths[col:col+span])))
			col += span
		}
		for ; col < w.g.cols; col++ {
			id, err := w.b.style(styleKey{size: cellSize, align: doc.AlignLeft, border: true})
			if err != nil {
				return err
			}
			values[col] = excelize.Cell{StyleID: id}
		}
		if err := w.sw.SetRow(w.cell(1), values, excelize.RowOpts{Height: rowHeight(height, cellSize)}); err != nil {
			return w.fail(err)
		}
	}
	return nil
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
func (w *sheetWriter) content(spans []doc.Span, k styleKey, numbers bool) (any, styleKey, error) {
	bold, italic, texts := true, true, 0
	notes := false
	for _, s := range spans {
		if s.Note > 0 {
			notes = true
			continue
		}
		if s.Text == "" {
			continue
		}
		texts++
		bold = bold && s.Bold
		italic = italic && s.Italic
	}
	if texts == 0 {
		bold, italic = false, false
	}
	k.bold, k.italic = k.bold || bold, k.italic || italic
	text := doc.PlainText(spans)
	if numbers && !notes {
		if n, ok := parseNumber(strings.TrimSpace(text)); ok {
			k.numFmt = n.format
			return n.value(), k, nil
		}
	}
	if text == "" {
		return nil, k, nil
	}
	uniform := true
	for _, s := range spans {
		if s.Note == 0 && s.Text != "" && (s.Bold != bold || s.Italic != italic) {
			uniform = false
		}
	}
	if uniform {
		return text, k, nil
	}
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
	return runs, k, nil
}

// formulas returns the formulas of the total rows, by row index and first
// column: =SUM of the cells the total adds up, where the total's cell and
// every cell it adds up are integers, and the sum is the total's value.
func (w *sheetWriter) formulas(t *doc.TableLayout) map[[2]int]string {
	out := map[[2]int]string{}
	if len(t.Totals) == 0 {
		return out
	}
	// ints[i][col] is the integer of the one-column cell of row i that
	// starts at col, when it is one.
	ints := make([]map[int]int64, len(t.Rows))
	for i, row := range t.Rows {
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
	for _, tt := range t.Totals {
		rows := append([]int(nil), tt.Of...)
		sort.Ints(rows)
		for col, total := range ints[tt.Row] {
			var acc int64
			ok := true
			for _, r := range rows {
				v, has := ints[r][col]
				if !has {
					ok = false
					break
				}
				if acc, ok = add(acc, v); !ok {
					break
				}
			}
			if !ok || acc != total {
				continue
			}
			if f, ok := sumFormula(col+1, rows, w.g.bodyStart); ok {
				out[[2]int{tt.Row, col}] = f
			}
		}
	}
	return out
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
