package tthc

import (
	"encoding/json"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform/doc"
)

// rowTexts returns the text of each row of t, cells joined by " | ".
func rowTexts(t *doc.Table) []string {
	return testutil.TableRows(t.Rows, cellRuns, runText)
}

// cellRuns returns the runs of c, for testutil.TableRows.
func cellRuns(c doc.Cell) []doc.Run { return c.Runs }

// runText returns the text of r, for testutil.TableRows.
func runText(r doc.Run) string { return r.Text }

// counts builds the dossier figures of one row, every figure split.
func counts(online, inPerson, carried, early, onTime, late, pending, inTime int64) *Counts {
	return &Counts{Online: online, InPerson: inPerson, CarriedOver: carried, Early: i64(early), OnTime: onTime,
		Late: late, Pending: pending, PendingInTime: i64(inTime)}
}

func TestForm06Head(t *testing.T) {
	head, err := Form06().head()
	require.NoError(t, err)
	texts := func(r []doc.Cell) []string {
		var out []string
		for _, c := range r {
			s := c.Runs[0].Text
			if c.Span > 1 {
				s += fmt.Sprintf(" ×%d", c.Span)
			}
			if c.RowSpan > 1 {
				s += fmt.Sprintf(" ↓%d", c.RowSpan)
			}
			out = append(out, s)
		}
		return out
	}
	require.Len(t, head, 4)
	assert.Equal(t, []string{"STT ↓3", "Lĩnh vực, công việc giải quyết theo cấp ↓3", "Số hồ sơ nhận giải quyết ×4", "Kết quả giải quyết ×7"}, texts(head[0]))
	assert.Equal(t, []string{"Tổng số ↓2", "Trong đó ×3", "Số hồ sơ đã giải quyết ×4", "Số hồ sơ đang giải quyết ×3"}, texts(head[1]))
	assert.Equal(t, []string{"Số mới tiếp nhận trực tuyến", "Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính", "Số kỳ trước chuyển qua",
		"Tổng số", "Trả trước hạn", "Trả đúng thời hạn", "Trả quá hạn", "Tổng số", "Trong hạn", "Quá hạn"}, texts(head[2]))
	assert.Len(t, head[3], 13)
	assert.Equal(t, "(13)", head[3][12].Runs[0].Text)
	assert.Len(t, Form06().Columns, 13, "Biểu số 06/VPCP/KSTT has 13 columns")
}

// TestFieldTable: the total row is the sum of the fields, every figure,
// marked as the total of the fields.
func TestFieldTable(t *testing.T) {
	d := &Dossiers{
		Counts: *counts(10, 5, 2, 3, 10, 1, 3, 2),
		Fields: []FieldCounts{
			{Field: " Hộ tịch ", Counts: *counts(6, 3, 1, 2, 6, 0, 2, 1)},
			{Field: "Chứng thực", Counts: *counts(4, 2, 1, 1, 4, 1, 1, 1)},
		},
	}
	tab, err := d.FieldTable(Form06())
	require.NoError(t, err)
	assert.Equal(t, []string{
		" | Tổng cộng | 17 | 10 | 5 | 2 | 14 | 3 | 10 | 1 | 3 | 2 | 1",
		"1 | Hộ tịch | 10 | 6 | 3 | 1 | 8 | 2 | 6 | 0 | 2 | 1 | 1",
		"2 | Chứng thực | 7 | 4 | 2 | 1 | 6 | 1 | 4 | 1 | 1 | 1 | 0",
	}, rowTexts(tab))
	assert.Equal(t, []doc.Total{{Row: 0, Of: []int{1, 2}}}, tab.Totals)
	assert.True(t, tab.Rows[0][1].Runs[0].Bold, "the total row is bold")
	assert.False(t, tab.Rows[1][1].Runs[0].Bold)
	assert.Equal(t, doc.AlignLeft, tab.Columns[1].Align)
	assert.Equal(t, doc.AlignCenter, tab.Columns[2].Align)

	_, err = (&Dossiers{Counts: d.Counts}).FieldTable(Form06())
	assert.ErrorIs(t, err, ErrNoFigures)
	_, err = (*Dossiers)(nil).FieldTable(Form06())
	assert.ErrorIs(t, err, ErrNoFigures)
}

// TestUnitTableGroups: a roll-up by level, each level's row carrying its
// subtotal, units numbered from 1 in each level, the total adding up the
// subtotals.
func TestUnitTableGroups(t *testing.T) {
	groups := []UnitGroup{
		{Name: "Cấp tỉnh", Units: []NamedCounts{
			{Name: "Sở Tư pháp", Counts: counts(100, 50, 10, 20, 120, 5, 15, 10)},
			{Name: "Sở Y tế", Counts: counts(80, 20, 5, 10, 85, 0, 10, 10)},
		}},
		{Name: "Cấp xã", Units: []NamedCounts{
			{Name: "Xã Bình Hòa", Counts: counts(30, 30, 2, 5, 50, 2, 5, 4)},
		}},
	}
	tab, err := UnitTable(groups, Form06())
	require.NoError(t, err)
	assert.Equal(t, []string{
		" | Tổng cộng | 327 | 210 | 100 | 17 | 297 | 35 | 255 | 7 | 30 | 24 | 6",
		"I | Cấp tỉnh | 265 | 180 | 70 | 15 | 240 | 30 | 205 | 5 | 25 | 20 | 5",
		"1 | Sở Tư pháp | 160 | 100 | 50 | 10 | 145 | 20 | 120 | 5 | 15 | 10 | 5",
		"2 | Sở Y tế | 105 | 80 | 20 | 5 | 95 | 10 | 85 | 0 | 10 | 10 | 0",
		"II | Cấp xã | 62 | 30 | 30 | 2 | 57 | 5 | 50 | 2 | 5 | 4 | 1",
		"1 | Xã Bình Hòa | 62 | 30 | 30 | 2 | 57 | 5 | 50 | 2 | 5 | 4 | 1",
	}, rowTexts(tab))
	assert.Equal(t, []doc.Total{{Row: 0, Of: []int{1, 4}}, {Row: 1, Of: []int{2, 3}}, {Row: 4, Of: []int{5}}}, tab.Totals)

	f := Form06()
	f.TotalAtEnd = true
	tab, err = UnitTable(groups[:1], f)
	require.NoError(t, err)
	got := rowTexts(tab)
	assert.Equal(t, " | Tổng cộng | 265 | 180 | 70 | 15 | 240 | 30 | 205 | 5 | 25 | 20 | 5", got[len(got)-1])
	assert.Equal(t, []doc.Total{{Row: 0, Of: []int{1, 2}}, {Row: 3, Of: []int{0}}}, tab.Totals)
}

// TestUnitTableGaps: a figure a row does not give is an empty cell, and a
// total over it is empty too, never a partial sum; early and on time are
// merged in every row when one row does not split them.
func TestUnitTableGaps(t *testing.T) {
	noSplit := counts(10, 10, 0, 0, 15, 1, 4, 0)
	noSplit.Early, noSplit.PendingInTime = nil, nil
	units := []NamedCounts{
		{Name: "A", Counts: counts(10, 0, 0, 4, 5, 0, 1, 1)},
		{Name: "B", Counts: noSplit},
		{Name: "C"},
	}
	tab, err := UnitTable([]UnitGroup{{Units: units}}, Form06())
	require.NoError(t, err)
	assert.Equal(t, []string{
		" | Tổng cộng |  |  |  |  |  |  |  |  |  |  | ",
		"1 | A | 10 | 10 | 0 | 0 | 9 |  | 9 | 0 | 1 | 1 | 0",
		"2 | B | 20 | 10 | 10 | 0 | 16 |  | 15 | 1 | 4 |  | ",
		"3 | C |  |  |  |  |  |  |  |  |  |  | ",
	}, rowTexts(tab))
	tab, err = UnitTable([]UnitGroup{{Units: units[:2]}}, Form06())
	require.NoError(t, err)
	assert.Equal(t, " | Tổng cộng | 30 | 20 | 10 | 0 | 25 |  | 24 | 1 | 5 |  | ", rowTexts(tab)[0])
}

func TestUnitTableErrors(t *testing.T) {
	_, err := UnitTable(nil, Form06())
	assert.ErrorIs(t, err, ErrNoFigures)
	_, err = UnitTable([]UnitGroup{{Name: "Cấp xã"}}, Form06())
	assert.ErrorIs(t, err, ErrNoFigures)
	big := &Counts{Online: math.MaxInt64}
	_, err = UnitTable([]UnitGroup{{Units: []NamedCounts{{Name: "A", Counts: big}, {Name: "B", Counts: big}}}}, Form06())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "past the int64 range")
}

func TestFormErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Form)
		want   string
	}{
		{"no columns", func(f *Form) { f.Columns = nil }, "tthc: form.columns: a table needs at least one column"},
		{"unknown figure", func(f *Form) { f.Columns[2].Figure = "recieved" }, `tthc: form.columns[2].figure: "recieved" is not a figure of this table`},
		{"catalogue figure in a dossier table", func(f *Form) { f.Columns[2].Figure = FigureFull }, `form.columns[2].figure: "full"`},
		{"blank head", func(f *Form) { f.Columns[3].Heads[2] = " " }, "tthc: form.columns[3].heads[2]: a head needs text"},
		{"no head", func(f *Form) { f.Columns[0].Heads = nil }, "tthc: form.columns[0].heads: a column needs at least one head"},
		{"rate of a label", func(f *Form) { f.Columns[1].Per = FigureReceived }, "tthc: form.columns[1].per"},
		{"rate of an unknown figure", func(f *Form) { f.Columns[3].Per = "x" }, "tthc: form.columns[3].per"},
		{"negative width", func(f *Form) { f.Columns[3].Width = -1 }, "tthc: form.columns[3].width"},
		{"rate places", func(f *Form) { f.RatePlaces = 99 }, "tthc: form.rate_places"},
		{"two columns one head", func(f *Form) { f.Columns[3].Heads = f.Columns[2].Heads }, "tthc: form.columns[2].heads: the head \"Tổng số\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Form06()
			tc.change(&f)
			_, err := UnitTable([]UnitGroup{{Units: []NamedCounts{{Name: "A", Counts: &Counts{}}}}}, f)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// TestFormFromJSON: a vendor's variant of the form, loaded from JSON, with
// a column for withdrawn or returned dossiers and the rates.
func TestFormFromJSON(t *testing.T) {
	var f Form
	require.NoError(t, json.Unmarshal([]byte(`{
		"title": "Kết quả giải quyết hồ sơ", "unit": "Hồ sơ", "total_label": "Cộng", "total_at_end": true, "rate_places": 1,
		"columns": [
			{"heads": ["Đơn vị"], "figure": "name", "width": 20},
			{"heads": ["Tiếp nhận"], "figure": "received"},
			{"heads": ["Rút, trả lại"], "figure": "other"},
			{"heads": ["Tỷ lệ", "Đúng hạn"], "figure": "early_or_on_time", "per": "resolved"},
			{"heads": ["Tỷ lệ", "Trực tuyến"], "figure": "online", "per": "received_in_period"}
		]}`), &f))
	other := counts(30, 10, 0, 10, 20, 5, 4, 4)
	other.Other = i64(1)
	tab, err := UnitTable([]UnitGroup{{Units: []NamedCounts{{Name: "A", Counts: other}, {Name: "B", Counts: counts(5, 5, 0, 0, 8, 0, 2, 2)}}}}, f)
	require.NoError(t, err)
	assert.Equal(t, []string{"A | 40 | 1 | 85,7% | 75%", "B | 10 |  | 100% | 50%", "Cộng | 50 |  | 88,4% | 70%"}, rowTexts(tab))
	assert.Len(t, tab.Head, 2)
}

// TestCatalogueTable: one row per level, the shares derived again from the
// summed counts in the total (never summed), a row of the other scheme
// empty in this scheme's columns.
func TestCatalogueTable(t *testing.T) {
	rows := []NamedCatalogue{
		{Name: "Cấp tỉnh", Catalogue: anGiangOnline()},
		{Name: "Cấp xã", Catalogue: &Catalogue{Online: &OnlineServices{Full: 98, Partial: 143, InformationOnly: 42}}},
	}
	tab, err := CatalogueTable(rows, CatalogueForm())
	require.NoError(t, err)
	assert.Equal(t, []string{
		" | Tổng cộng | 2.207 | 857 | 38,83% | 584 | 26,46% | 766 | 34,71%",
		"1 | Cấp tỉnh | 1.924 | 759 | 39,45% | 441 | 22,92% | 724 | 37,63%",
		"2 | Cấp xã | 283 | 98 | 34,63% | 143 | 50,53% | 42 | 14,84%",
	}, rowTexts(tab))
	assert.Equal(t, []doc.Total{{Row: 0, Of: []int{1, 2}}}, tab.Totals)

	one, err := CatalogueTable(rows[:1], CatalogueForm())
	require.NoError(t, err)
	assert.Len(t, one.Rows, 1, "one row needs no total")
	assert.Empty(t, one.Totals)

	levels := []NamedCatalogue{{Name: "Sở Tư pháp", Catalogue: &Catalogue{Levels: &Levels{Level2: i64(49), Level3: i64(25), Level4: i64(74)}}}, rows[0]}
	tab, err = CatalogueTable(levels, CatalogueLevelsForm())
	require.NoError(t, err)
	assert.Equal(t, []string{
		" | Tổng cộng | 2.072 |  |  |  |  |  |  |  | ",
		"1 | Sở Tư pháp | 148 |  |  | 49 | 33,11% | 25 | 16,89% | 74 | 50%",
		"2 | Cấp tỉnh | 1.924 |  |  |  |  |  |  |  | ",
	}, rowTexts(tab), "a catalogue of the other scheme is not coerced into this one; the number of procedures adds up whatever the scheme")

	_, err = CatalogueTable(nil, CatalogueForm())
	assert.ErrorIs(t, err, ErrNoFigures)
	_, err = CatalogueTable(rows, Form06())
	assert.Error(t, err, "a dossier form is not a catalogue form")
}

func TestFormBlocks(t *testing.T) {
	bs := Form06().Blocks("quý III năm 2024", &doc.Table{})
	require.Len(t, bs, 4)
	text := func(b doc.Block) string { return b.(*doc.Paragraph).Runs[0].Text }
	assert.Equal(t, "(Biểu số 06/VPCP/KSTT ban hành kèm theo Thông tư số 01/2020/TT-VPCP)", text(bs[0]))
	assert.Equal(t, "Kỳ báo cáo: quý III năm 2024", text(bs[1]))
	assert.Equal(t, "Đơn vị tính: Số hồ sơ TTHC", text(bs[2]))
	assert.Equal(t, doc.AlignRight, bs[2].(*doc.Paragraph).Align)
	assert.Len(t, (Form{Title: "x"}).Blocks("", nil), 0)
}

func BenchmarkUnitTable(b *testing.B) {
	// A province on the 2025 structure: 20 departments and 3.321 communes.
	groups := []UnitGroup{{Name: "Cấp tỉnh"}, {Name: "Cấp xã"}}
	for i := range 20 {
		groups[0].Units = append(groups[0].Units, NamedCounts{Name: fmt.Sprintf("Sở %d", i), Counts: counts(900, 400, 50, 300, 980, 3, 67, 60)})
	}
	for i := range 3321 {
		groups[1].Units = append(groups[1].Units, NamedCounts{Name: fmt.Sprintf("Xã %d", i), Counts: counts(90, 40, 5, 30, 98, 1, 6, 6)})
	}
	f := Form06()
	for b.Loop() {
		if _, err := UnitTable(groups, f); err != nil {
			b.Fatal(err)
		}
	}
}

// Frame is the head of the form's tables without rows: the same columns and
// head rows as a table with figures.
func TestFormFrame(t *testing.T) {
	form := Form06()
	frame, err := form.Frame()
	require.NoError(t, err)
	full, err := UnitTable([]UnitGroup{{Units: []NamedCounts{{Name: "Xã A", Counts: counts(1, 2, 0, 0, 3, 0, 0, 0)}}}}, form)
	require.NoError(t, err)
	assert.Equal(t, full.Head, frame.Head)
	assert.Equal(t, full.Columns, frame.Columns)
	assert.Empty(t, frame.Rows)

	_, err = Form{Columns: []FormColumn{{Figure: FigureName}}}.Frame()
	assert.Error(t, err, "a column without a head")
}
