package doc_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
)

// formTable is a table with a head of three rows as Biểu số 06/VPCP/KSTT
// prints it, cut to five columns: STT and the name span the three rows,
// "Số hồ sơ" spans three columns, "Trong đó" two, and a total row first.
func formTable() *doc.Table {
	b := func(s string, span, rows int) doc.Cell {
		return doc.Cell{Runs: []doc.Run{doc.Bold(s)}, Span: span, RowSpan: rows}
	}
	num := func(s string) doc.Cell { return doc.Cell{Runs: doc.Text(s)} }
	return &doc.Table{
		Columns: []doc.Column{{Width: 1}, {Width: 4, Align: doc.AlignLeft}, {Width: 2}, {Width: 2}, {Width: 2}},
		Head: [][]doc.Cell{
			{b("STT", 1, 3), b("Lĩnh vực", 1, 3), b("Số hồ sơ", 3, 1)},
			{b("Tổng số", 1, 2), b("Trong đó", 2, 1)},
			{b("Trực tuyến", 1, 1), b("Trực tiếp", 1, 1)},
		},
		Rows: [][]doc.Cell{
			{num(""), num("Tổng cộng"), num("30"), num("18"), num("12")},
			{num("1"), num("Hộ tịch"), num("20"), num("12"), num("8")},
			{num("2"), num("Chứng thực"), num("10"), num("6"), num("4")},
		},
		Totals: []doc.Total{{Row: 0, Of: []int{1, 2}}},
	}
}

func TestHeadRowsLayOutAsOnPaper(t *testing.T) {
	l := lay(t, minimal(formTable()))
	tab := l.Body[0].Table
	require.NotNil(t, tab)
	type cell struct {
		Text            string
		Span, RowSpan   int
		Continued, Bold bool
	}
	var got [][]cell
	for _, r := range tab.HeadRows {
		var row []cell
		for _, c := range r {
			row = append(row, cell{doc.PlainText(c.Spans), c.Span, c.RowSpan, c.Continued, len(c.Spans) > 0 && c.Spans[0].Bold})
		}
		got = append(got, row)
	}
	want := [][]cell{
		{{"STT", 1, 3, false, true}, {"Lĩnh vực", 1, 3, false, true}, {"Số hồ sơ", 3, 1, false, true}},
		{{"", 1, 0, true, false}, {"", 1, 0, true, false}, {"Tổng số", 1, 2, false, true}, {"Trong đó", 2, 1, false, true}},
		{{"", 1, 0, true, false}, {"", 1, 0, true, false}, {"", 1, 0, true, false}, {"Trực tuyến", 1, 1, false, true}, {"Trực tiếp", 1, 1, false, true}},
	}
	assert.Empty(t, cmp.Diff(want, got))
	// The one-row head holds each column's heads, top to bottom.
	var flat []string
	for _, c := range tab.Head {
		flat = append(flat, doc.PlainText(c.Spans))
	}
	assert.Equal(t, []string{"STT", "Lĩnh vực", "Số hồ sơ\nTổng số", "Số hồ sơ\nTrong đó\nTrực tuyến", "Số hồ sơ\nTrong đó\nTrực tiếp"}, flat)
	assert.Equal(t, []doc.Total{{Row: 0, Of: []int{1, 2}}}, tab.Totals)
	// Head cells are centred unless they say otherwise.
	assert.Equal(t, doc.AlignCenter, tab.HeadRows[0][1].Align)
	require.NoError(t, l.Check())
}

func TestTableWithoutHeadRowsIsAsBefore(t *testing.T) {
	l := lay(t, minimal(&doc.Table{Columns: []doc.Column{{Title: "A"}}, Rows: [][]doc.Cell{{{Runs: doc.Text("1")}}}}))
	tab := l.Body[0].Table
	assert.Nil(t, tab.HeadRows)
	assert.Nil(t, tab.Totals)
	assert.Equal(t, "A", doc.PlainText(tab.Head[0].Spans))
	assert.NotContains(t, doc.Dump(l), "head row:")
	assert.NotContains(t, doc.Dump(l), "total:")
}

func TestDumpShowsHeadRowsAndTotals(t *testing.T) {
	out := doc.Dump(lay(t, minimal(formTable())))
	assert.Contains(t, out, "head row: **STT** (rows 3) | **Lĩnh vực** (rows 3) | **Số hồ sơ** (span 3)\n")
	assert.Contains(t, out, "head row: ^ | ^ | **Tổng số** (rows 2) | **Trong đó** (span 2)\n")
	assert.Contains(t, out, "total: row 0 = 1 + 2\n")
}

func TestHeadRowsAndTotalsProblems(t *testing.T) {
	tests := []struct {
		name   string
		change func(*doc.Table)
		want   string
	}{
		{"cell past the columns", func(t *doc.Table) { t.Head[0][2].Span = 4 }, "body[0].head[0][2]: the cell reaches column 6 but the table has 5"},
		{"span past the head", func(t *doc.Table) { t.Head[1][0].RowSpan = 3 }, "body[0].head[1][0]: the cell spans 3 rows but the head has 2 rows from it"},
		{"too many cells", func(t *doc.Table) { t.Head[2] = append(t.Head[2], doc.Cell{Runs: doc.Text("x")}) }, "body[0].head[2]: the row has 1 cells past the 5 columns of the table"},
		{"footnote in the head", func(t *doc.Table) { t.Head[2][0].Runs = append(t.Head[2][0].Runs, doc.NoteText("x")) }, "body[0].head[2][0].runs[1].note: a head cell cannot hold a footnote"},
		{"row span in the body", func(t *doc.Table) { t.Rows[1][0].RowSpan = 2 }, "body[0].rows[1][0]: a cell of a data row cannot span rows"},
		{"total row out of range", func(t *doc.Table) { t.Totals[0].Row = 3 }, "body[0].totals[0].row: row 3; the table has 3 rows"},
		{"total of nothing", func(t *doc.Table) { t.Totals[0].Of = nil }, "body[0].totals[0].of: a total adds up at least one row"},
		{"total of itself", func(t *doc.Table) { t.Totals[0].Of = []int{0, 1} }, "body[0].totals[0].of[0]: row 0 adds itself up"},
		{"row added twice", func(t *doc.Table) { t.Totals[0].Of = []int{1, 1} }, "body[0].totals[0].of[1]: row 1 is added twice"},
		{"row marked twice", func(t *doc.Table) { t.Totals = append(t.Totals, doc.Total{Row: 0, Of: []int{2}}) }, "body[0].totals[1].row: row 0 is also marked by totals[0]"},
		{"cycle through totals", func(t *doc.Table) {
			t.Totals = []doc.Total{{Row: 0, Of: []int{1}}, {Row: 1, Of: []int{2}}, {Row: 2, Of: []int{0}}}
		}, "adds itself up through other totals"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tab := formTable()
			tc.change(tab)
			_, err := doc.Lay(minimal(tab))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// TestCheckRefusesBrokenHeadRows: a layout built by hand whose head rows or
// total marks do not hold together is refused by Check, with the codes
// every renderer answers.
func TestCheckRefusesBrokenHeadRows(t *testing.T) {
	tests := []struct {
		name   string
		change func(*doc.TableLayout)
		code   doc.ProblemCode
		path   string
	}{
		{"continued with nothing above", func(t *doc.TableLayout) { t.HeadRows[0][0].Continued = true }, doc.ProblemHeadRows, "body[0].table.head_rows[0][0]"},
		{"covered place not continued", func(t *doc.TableLayout) { t.HeadRows[1] = t.HeadRows[1][:1] }, doc.ProblemHeadRows, "body[0].table.head_rows[1]"},
		{"cell over a covered place", func(t *doc.TableLayout) { t.HeadRows[1][0].Continued = false; t.HeadRows[1][0].RowSpan = 1 }, doc.ProblemHeadRows, "body[0].table.head_rows[1][0]"},
		{"span past the head", func(t *doc.TableLayout) { t.HeadRows[2][3].RowSpan = 2 }, doc.ProblemHeadRows, "body[0].table.head_rows[2][3]"},
		{"head row too wide", func(t *doc.TableLayout) { t.HeadRows[0][2].Span = 4 }, doc.ProblemRowWidth, "body[0].table.head_rows[0]"},
		{"total out of range", func(t *doc.TableLayout) { t.Totals[0].Of = []int{1, 7} }, doc.ProblemTotal, "body[0].table.totals[0].of[1]"},
		{"cycle", func(t *doc.TableLayout) { t.Totals = append(t.Totals, doc.Total{Row: 1, Of: []int{0}}) }, doc.ProblemTotal, "body[0].table.totals[0].of"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := lay(t, minimal(formTable()))
			tc.change(l.Body[0].Table)
			err := l.Check()
			var le *doc.LayoutError
			require.True(t, errors.As(err, &le), "%v", err)
			found := false
			for _, p := range le.Problems {
				found = found || p.Code == tc.code && p.Path == tc.path
			}
			assert.True(t, found, "want %s at %s in %v", tc.code, tc.path, err)
		})
	}
}

// TestLongTotalChain: a chain of totals as long as the table is checked
// without deep recursion, and a cycle at its end is found.
func TestLongTotalChain(t *testing.T) {
	const n = 20000
	tab := &doc.Table{Columns: []doc.Column{{Title: "A"}}}
	for i := range n {
		tab.Rows = append(tab.Rows, []doc.Cell{{Runs: doc.Text("1")}})
		if i+1 < n {
			tab.Totals = append(tab.Totals, doc.Total{Row: i, Of: []int{i + 1}})
		}
	}
	_, err := doc.Lay(minimal(tab))
	require.NoError(t, err)
	tab.Totals = append(tab.Totals, doc.Total{Row: n - 1, Of: []int{0}})
	_, err = doc.Lay(minimal(tab))
	require.Error(t, err)
	assert.True(t, strings.Contains(err.Error(), "through other totals"))
}

// FuzzTableMarks builds head rows and total marks from arbitrary bytes:
// Lay never panics, whatever it accepts its own check accepts, and every
// head row it lays out covers every column.
func FuzzTableMarks(f *testing.F) {
	f.Add([]byte{5, 1, 3, 1, 3, 3, 1, 1, 2, 2, 1, 0}, []byte{0, 2, 1, 2})
	f.Add([]byte{3, 9, 9, 0, 0}, []byte{1, 1, 1})
	f.Add([]byte{}, []byte{})
	f.Fuzz(func(t *testing.T, head, totals []byte) {
		if len(head) > 200 || len(totals) > 200 {
			return
		}
		cols := 1
		if len(head) > 0 {
			cols = int(head[0]%8) + 1
			head = head[1:]
		}
		tab := &doc.Table{}
		for range cols {
			tab.Columns = append(tab.Columns, doc.Column{Title: "c"})
		}
		var row []doc.Cell
		for i := 0; i+1 < len(head); i += 2 {
			if head[i] == 0 {
				tab.Head = append(tab.Head, row)
				row = nil
				continue
			}
			row = append(row, doc.Cell{Runs: doc.Text("h"), Span: int(head[i] % 5), RowSpan: int(head[i+1] % 5)})
		}
		if row != nil {
			tab.Head = append(tab.Head, row)
		}
		for range 4 {
			tab.Rows = append(tab.Rows, []doc.Cell{{Runs: doc.Text("1")}})
		}
		for i := 0; i+1 < len(totals); i += 2 {
			tab.Totals = append(tab.Totals, doc.Total{Row: int(totals[i] % 6), Of: []int{int(totals[i+1] % 6)}})
		}
		l, err := doc.Lay(minimal(tab))
		if err != nil {
			return
		}
		if err := l.Check(); err != nil {
			t.Fatalf("Lay accepted a layout Check refuses: %v", err)
		}
		for i, r := range l.Body[0].Table.HeadRows {
			if w := doc.RowWidth(toCells(r)); w != cols {
				t.Fatalf("head row %d covers %d of %d columns", i, w, cols)
			}
		}
	})
}

// toCells returns laid-out cells as cells of their spans, for RowWidth.
func toCells(cs []doc.CellLayout) []doc.Cell {
	out := make([]doc.Cell, len(cs))
	for i, c := range cs {
		out[i] = doc.Cell{Span: c.Span}
	}
	return out
}
