package doc_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
)

// form06 is a table laid out as Biểu số 06/VPCP/KSTT: 13 columns of the
// form's widths, its four head rows (the last the column numbers) and
// units rows of figures under a total row.
func form06(units int) *doc.Table {
	b := func(s string, span, rows int) doc.Cell {
		return doc.Cell{Runs: []doc.Run{doc.Bold(s)}, Span: span, RowSpan: rows}
	}
	t := &doc.Table{
		Columns: []doc.Column{{Width: 4, Align: doc.AlignCenter}, {Width: 24, Align: doc.AlignLeft}},
		Head: [][]doc.Cell{
			{b("STT", 1, 3), b("Cơ quan, đơn vị", 1, 3), b("Số hồ sơ nhận giải quyết", 4, 1), b("Kết quả giải quyết", 7, 1)},
			{b("Tổng số", 1, 2), b("Trong đó", 3, 1), b("Số hồ sơ đã giải quyết", 4, 1), b("Số hồ sơ đang giải quyết", 3, 1)},
			{b("Số mới tiếp nhận trực tuyến", 1, 1), b("Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính", 1, 1),
				b("Số kỳ trước chuyển qua", 1, 1), b("Tổng số", 1, 1), b("Trả trước hạn", 1, 1), b("Trả đúng thời hạn", 1, 1),
				b("Trả quá hạn", 1, 1), b("Tổng số", 1, 1), b("Trong hạn", 1, 1), b("Quá hạn", 1, 1)},
			nil,
		},
	}
	for i := range 13 {
		if i >= 2 {
			t.Columns = append(t.Columns, doc.Column{Width: 7, Align: doc.AlignCenter})
		}
		t.Head[3] = append(t.Head[3], doc.Cell{Runs: doc.Text(fmt.Sprintf("(%d)", i+1))})
	}
	row := func(stt, name string, bold bool) []doc.Cell {
		cells := []doc.Cell{{Runs: doc.Text(stt)}, {Runs: doc.Text(name)}}
		for range 11 {
			r := doc.Plain("15.613")
			r.Bold = bold
			cells = append(cells, doc.Cell{Runs: []doc.Run{r}})
		}
		return cells
	}
	t.Rows = append(t.Rows, row("", "Tổng cộng", true))
	total := doc.Total{Row: 0}
	for i := range units {
		t.Rows = append(t.Rows, row(strconv.Itoa(i+1), "Ủy ban nhân dân huyện An Thạnh", false))
		total.Of = append(total.Of, i+1)
	}
	t.Totals = []doc.Total{total}
	return t
}

// withAppendix returns the minimal document with one appendix holding
// blocks.
func withAppendix(blocks ...doc.Block) *doc.Document {
	d := minimal(doc.P(doc.Plain("Nội dung.")))
	d.Appendices = []doc.Appendix{{Title: "Kết quả giải quyết thủ tục hành chính", Body: blocks}}
	return d
}

func TestWideAppendixIsLandscape(t *testing.T) {
	small := &doc.Table{
		Columns: []doc.Column{{Title: "STT", Width: 1}, {Title: "Chỉ tiêu", Width: 6}, {Title: "Số hồ sơ", Width: 2}},
		Rows:    [][]doc.Cell{{{Runs: doc.Text("1")}, {Runs: doc.Text("Tiếp nhận trực tuyến")}, {Runs: doc.Text("8.252")}}},
	}
	l := lay(t, withAppendix(doc.P(doc.Italic("Đơn vị tính: Số hồ sơ TTHC")), form06(3), small))
	a := l.Appendices[0]
	require.True(t, a.Landscape, "13 columns of figures do not fit 155 mm")
	st := l.Style.PageOf(&a)
	assert.Equal(t, doc.Twips(16838), st.PageWidth)
	assert.Equal(t, doc.Twips(11906), st.PageHeight)
	assert.Equal(t, l.Style.Margins, st.Margins, "the margins keep their sides")
	assert.Equal(t, doc.Twips(16838-1985-1134), st.TextWidth())

	for _, p := range a.Body {
		if p.Kind != doc.KindTable {
			continue
		}
		tab := p.Table
		assert.Equal(t, doc.Points(12), tab.Size, p.Path)
		sum := 0
		for _, w := range tab.Widths {
			sum += w
		}
		assert.Equal(t, int(st.TextWidth()), sum, "%s: the widths are twips of the landscape text width", p.Path)
	}
	// Every column of the form holds its widest word at 12 pt: "15.613" in
	// bold, "STT", "chuyển".
	form := a.Body[1].Table
	for i, w := range form.Widths[2:] {
		assert.GreaterOrEqual(t, w, int(doc.TextWidth("15.613", 12, true)+2*doc.CellPadding), "column %d", i+3)
	}
	assert.GreaterOrEqual(t, form.Widths[0], int(doc.TextWidth("STT", 12, true)+2*doc.CellPadding))
	// The long head of column 5 gets room for at most HeadLines lines, so
	// that it is wider than its neighbours of the same relative width.
	assert.Greater(t, form.Widths[4], form.Widths[3])
	assert.Greater(t, form.Widths[1], form.Widths[4], "the names keep the widest column")
	// The main text is not turned, and the dump says what was decided.
	dump := doc.Dump(l)
	assert.Contains(t, dump, "appendix: Phụ lục\n  title: KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\n  reference: (Kèm theo Báo cáo số 380/BC-STP ngày 19/11/2024 của Sở Tư pháp)\n  page: landscape\n")
	assert.Contains(t, dump, "] size=12\n")
	require.NoError(t, l.Check())
}

func TestNarrowAppendixStaysPortrait(t *testing.T) {
	tab := &doc.Table{
		Columns: []doc.Column{{Title: "STT", Width: 1}, {Title: "Chỉ tiêu", Width: 6}, {Title: "Số hồ sơ", Width: 2}},
		Rows:    [][]doc.Cell{{{Runs: doc.Text("1")}, {Runs: doc.Text("Tiếp nhận trực tuyến")}, {Runs: doc.Text("8.252")}}},
	}
	l := lay(t, withAppendix(tab, formTable()))
	a := l.Appendices[0]
	assert.False(t, a.Landscape)
	assert.Equal(t, l.Style, l.Style.PageOf(&a))
	assert.Equal(t, []int{1, 6, 2}, a.Body[0].Table.Widths, "widths as given")
	assert.Zero(t, a.Body[0].Table.Size)
	assert.Equal(t, []int{1, 4, 2, 2, 2}, a.Body[1].Table.Widths)
	assert.NotContains(t, doc.Dump(l), "landscape")
	assert.NotContains(t, doc.Dump(l), "size=")
}

func TestWideTableOfTheBodyIsNotTurned(t *testing.T) {
	l := lay(t, minimal(form06(2)))
	tab := l.Body[0].Table
	assert.Zero(t, tab.Size, "the main text keeps its pages and sizes")
	assert.Equal(t, 4, tab.Widths[0])
}

func TestWideTableTooWideEvenLandscape(t *testing.T) {
	// Forty columns of five-digit figures cannot hold their words on 242
	// mm at any size: the appendix is turned all the same, the table set
	// at the smallest size with its widths as given.
	tab := &doc.Table{}
	var row []doc.Cell
	for range 40 {
		tab.Columns = append(tab.Columns, doc.Column{Title: "Số", Width: 1})
		row = append(row, doc.Cell{Runs: doc.Text("123.456")})
	}
	tab.Rows = [][]doc.Cell{row}
	l := lay(t, withAppendix(tab))
	a := l.Appendices[0]
	assert.True(t, a.Landscape)
	assert.Equal(t, doc.WideTableMinSize, a.Body[0].Table.Size)
	assert.Equal(t, 1, a.Body[0].Table.Widths[0])
}

func TestWideTableWithHugeWidths(t *testing.T) {
	// Relative widths near the int range neither overflow nor panic.
	tab := form06(1)
	for i := range tab.Columns {
		tab.Columns[i].Width = 1<<62 - i
	}
	tab.Columns[1].Width = 1 << 40
	l := lay(t, withAppendix(tab))
	assert.True(t, l.Appendices[0].Landscape)
	sum := 0
	for _, w := range l.Appendices[0].Body[0].Table.Widths {
		assert.Positive(t, w)
		sum += w
	}
	assert.Equal(t, int(l.Style.Landscape().TextWidth()), sum)
}

func TestLandscapeStyle(t *testing.T) {
	st := doc.DefaultStyle()
	turned := st.Landscape()
	assert.Equal(t, st.PageHeight, turned.PageWidth)
	assert.Equal(t, st.PageWidth, turned.PageHeight)
	assert.Equal(t, turned, turned.Landscape(), "a landscape page stays landscape")
	assert.Equal(t, st, st.PageOf(nil))
	require.NoError(t, turned.Validate())
}

func TestCheckTableSize(t *testing.T) {
	for _, tc := range []struct {
		size doc.Points
		ok   bool
	}{{0, true}, {10, true}, {12, true}, {14, true}, {9, false}, {15, false}, {-1, false}} {
		t.Run(strconv.Itoa(int(tc.size)), func(t *testing.T) {
			l := lay(t, minimal(formTable()))
			l.Body[0].Table.Size = tc.size
			err := l.Check()
			if tc.ok {
				assert.NoError(t, err)
				return
			}
			var le *doc.LayoutError
			require.ErrorAs(t, err, &le)
			assert.Equal(t, []doc.ProblemCode{doc.ProblemTableSize}, le.Codes())
			assert.True(t, strings.HasPrefix(le.Problems[0].Path, "body[0].table.size"), le.Problems[0].Path)
		})
	}
}

// BenchmarkLayWide lays out a roll-up annex of a hundred units: measuring
// the words of its cells is the cost of deciding its page.
func BenchmarkLayWide(b *testing.B) {
	d := withAppendix(form06(100))
	for b.Loop() {
		if _, err := doc.Lay(d); err != nil {
			b.Fatal(err)
		}
	}
}
