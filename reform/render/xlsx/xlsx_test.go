package xlsx_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
	"github.com/cchc-go/cchc/reform/render/xlsx"
)

func TestSheets(t *testing.T) {
	f := open(t, write(t, annexDoc()))
	assert.Equal(t, []string{"Bảng 1", "Phụ lục I", "Phụ lục II"}, f.GetSheetList())
	rows, err := f.GetRows("Bảng 1")
	require.NoError(t, err)
	// The nearest heading and the paragraph before the table, a blank row,
	// the head and the row.
	assert.Equal(t, [][]string{{"IV. SỐ LIỆU"}, {"Số liệu tổng hợp như sau:"}, nil, {"Chỉ tiêu", "Số lượng"}, {"Hồ sơ", "15613"}}, rows, "excelize ignores the conditions of the format: digits without dots")
	rows, err = f.GetRows("Phụ lục II")
	require.NoError(t, err)
	var top []string
	for _, r := range rows[:5] {
		top = append(top, strings.Join(r, ""))
	}
	assert.Equal(t, []string{"Phụ lục II", "KẾT QUẢ GIẢI QUYẾT HỒ SƠ THEO ĐƠN VỊ",
		"(Kèm theo Báo cáo số 380/BC-STP ngày 19/11/2024 của Sở Tư pháp)", "(Biểu số 06/VPCP/KSTT)", "Đơn vị tính: Số hồ sơ TTHC"}, top)
	// The paragraph that ends an appendix is printed under its last table.
	first, err := f.GetRows("Phụ lục I")
	require.NoError(t, err)
	assert.Equal(t, []string{"Số liệu do Hệ thống thông tin giải quyết TTHC tỉnh An Giang cung cấp."}, first[len(first)-1])
	// The note the table references is printed under it.
	assert.Equal(t, []string{"[7] Sáp nhập từ ngày 01/7/2025."}, rows[len(rows)-1])
}

// TestNumbersAreNumbers: excelize reading the workbook back finds numbers,
// not text, in every cell whose text is a Vietnamese number, each with the
// format that prints it as written; other cells are text.
func TestNumbersAreNumbers(t *testing.T) {
	f := open(t, write(t, annexDoc()))
	const sheet = "Phụ lục II"
	tests := []struct {
		cell, raw, format string
		number            bool
	}{
		{"C11", "17630", `[<1000]0;[<1000000]#"."##0;#"."###"."##0`, true},
		{"D13", "8252", `[<1000]0;[<1000000]#"."##0;#"."###"."##0`, true},
		{"E14", "587", `[<1000]0;[<1000000]#"."##0;#"."###"."##0`, true},
		{"F11", "0.549", "[$-42A]#,##0.0%", true},
		{"A13", "1", `[<1000]0;[<1000000]#"."##0;#"."###"."##0`, true},
		{"C17", "3", "00", true},
		{"D17", "1234.5", "[$-42A]#,##0.0", true},
		{"E17", "1.23", "", false},
		{"A12", "I", "", false},
		{"B15", "Xã Bình Hòa[7]", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.cell, func(t *testing.T) {
			raw, err := f.GetCellValue(sheet, tc.cell, excelize.Options{RawCellValue: true})
			require.NoError(t, err)
			assert.Equal(t, tc.raw, raw)
			typ, err := f.GetCellType(sheet, tc.cell)
			require.NoError(t, err)
			if tc.number {
				assert.Contains(t, []excelize.CellType{excelize.CellTypeUnset, excelize.CellTypeNumber}, typ, "a number, not text")
				_, err := strconv.ParseFloat(raw, 64)
				assert.NoError(t, err)
			} else {
				assert.Equal(t, excelize.CellTypeInlineString, typ)
			}
			id, err := f.GetCellStyle(sheet, tc.cell)
			require.NoError(t, err)
			st, err := f.GetStyle(id)
			require.NoError(t, err)
			got := ""
			if st.CustomNumFmt != nil {
				got = *st.CustomNumFmt
			}
			assert.Equal(t, tc.format, got)
			assert.Equal(t, "Times New Roman", st.Font.Family)
		})
	}
}

// TestTotalsAreFormulas: the cells of the rows marked as totals that add up
// are =SUM formulas with their values cached; the rates are not.
func TestTotalsAreFormulas(t *testing.T) {
	f := open(t, write(t, annexDoc()))
	const sheet = "Phụ lục II"
	tests := []struct{ cell, formula, cached string }{
		{"C11", "SUM(C12,C14)", "17630"},
		{"D11", "SUM(D12,D14)", "9682"},
		{"E11", "SUM(E12,E14)", "7948"},
		{"C12", "SUM(C13)", "15613"},
		{"C14", "SUM(C15:C16)", "2017"},
		{"F11", "", "0.549"},
		{"B11", "", "Tổng cộng"},
		{"C13", "", "15613"},
	}
	for _, tc := range tests {
		formula, err := f.GetCellFormula(sheet, tc.cell)
		require.NoError(t, err)
		assert.Equal(t, tc.formula, formula, tc.cell)
		raw, err := f.GetCellValue(sheet, tc.cell, excelize.Options{RawCellValue: true})
		require.NoError(t, err)
		assert.Equal(t, tc.cached, raw, tc.cell)
		if tc.formula != "" {
			calc, err := f.CalcCellValue(sheet, tc.cell, excelize.Options{RawCellValue: true})
			require.NoError(t, err)
			assert.Equal(t, tc.cached, calc, "%s: the cached value is what the formula computes", tc.cell)
		}
	}
}

// TestTotalThatDoesNotAddUp: a total mark over figures that do not add up
// to the total's is written as printed, without a formula that would show
// another number once recalculated.
func TestTotalThatDoesNotAddUp(t *testing.T) {
	d := annexDoc()
	tab := d.Appendices[1].Body[2].(*doc.Table)
	tab.Rows[0][2] = doc.Cell{Runs: doc.Text("17.631")}
	f := open(t, write(t, d))
	formula, err := f.GetCellFormula("Phụ lục II", "C11")
	require.NoError(t, err)
	assert.Empty(t, formula)
	formula, err = f.GetCellFormula("Phụ lục II", "D11")
	require.NoError(t, err)
	assert.Equal(t, "SUM(D12,D14)", formula)
}

// TestHeadMerged: the head rows are merged as on paper, cells spanning rows
// and columns, and repeated on every page.
func TestHeadMerged(t *testing.T) {
	f := open(t, write(t, annexDoc()))
	const sheet = "Phụ lục II"
	merges, err := f.GetMergeCells(sheet)
	require.NoError(t, err)
	var got []string
	for _, m := range merges {
		got = append(got, m.GetStartAxis()+":"+m.GetEndAxis()+"="+m.GetCellValue())
	}
	for _, want := range []string{"A7:A9=STT", "B7:B9=Cơ quan, đơn vị", "C7:E7=Số hồ sơ tiếp nhận", "F7:F9=Tỷ lệ trực tuyến",
		"C8:C9=Tổng số", "D8:E8=Trong đó", "A1:F1=Phụ lục II"} {
		assert.Contains(t, got, want)
	}
	names := f.GetDefinedName()
	require.NotEmpty(t, names)
	found := false
	for _, n := range names {
		if n.Name == "_xlnm.Print_Titles" && n.Scope == sheet {
			found = true
			assert.Equal(t, "'Phụ lục II'!$7:$10", n.RefersTo, "the head rows and the row of column numbers")
		}
	}
	assert.True(t, found, "Print_Titles of %s in %v", sheet, names)
}

func TestPageSetup(t *testing.T) {
	f := open(t, write(t, annexDoc()))
	for _, sheet := range f.GetSheetList() {
		p, err := f.GetPageLayout(sheet)
		require.NoError(t, err)
		require.NotNil(t, p.Orientation)
		assert.Equal(t, "landscape", *p.Orientation, sheet)
		assert.Equal(t, 9, *p.Size, "%s: A4", sheet)
		assert.Equal(t, 1, *p.FitToWidth, "%s: one page wide", sheet)
		assert.Equal(t, uint(1), *p.FirstPageNumber, "%s: each sheet's pages numbered from 1", sheet)
		hf, err := f.GetHeaderFooter(sheet)
		require.NoError(t, err)
		assert.True(t, hf.DifferentFirst, "%s: no page number on page 1", sheet)
		assert.Contains(t, hf.OddHeader, "&P")
	}
}

// TestDeterministic: the same layout gives the same bytes, and the package
// properties carry the document's date, not the clock's.
func TestDeterministic(t *testing.T) {
	l, err := doc.Lay(annexDoc())
	require.NoError(t, err)
	var a, b bytes.Buffer
	require.NoError(t, xlsx.Write(&a, l))
	require.NoError(t, xlsx.Write(&b, l))
	assert.True(t, bytes.Equal(a.Bytes(), b.Bytes()))
	z, err := zip.NewReader(bytes.NewReader(a.Bytes()), int64(a.Len()))
	require.NoError(t, err)
	assert.Equal(t, "[Content_Types].xml", z.File[0].Name)
	for _, zf := range z.File {
		assert.True(t, zf.Modified.Equal(time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)) || zf.Modified.Year() == 1980, zf.Name)
	}
	f := open(t, a.Bytes())
	props, err := f.GetDocProps()
	require.NoError(t, err)
	assert.Equal(t, "2024-11-19T00:00:00Z", props.Created)
	assert.Equal(t, "vi-VN", props.Language)
	assert.Equal(t, "BÁO CÁO Công tác cải cách hành chính 11 tháng đầu năm 2024", props.Title)
}

// TestNoTable: a document without tables still renders: one sheet that
// says so under its title.
func TestNoTable(t *testing.T) {
	d := annexDoc()
	d.Body = d.Body[:len(d.Body)-1]
	d.Appendices = nil
	f := open(t, write(t, d))
	assert.Equal(t, []string{"Văn bản"}, f.GetSheetList())
	rows, err := f.GetRows("Văn bản")
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"BÁO CÁO"}, {"Công tác cải cách hành chính 11 tháng đầu năm 2024"}, {"Văn bản không có bảng số liệu."}}, rows)
}

// TestRefusesBrokenLayout: a layout Check refuses is refused, with the
// *doc.LayoutError every renderer returns, and nothing is written.
func TestRefusesBrokenLayout(t *testing.T) {
	l, err := doc.Lay(annexDoc())
	require.NoError(t, err)
	tab := l.Appendices[1].Body[2].Table
	tab.Totals = append(tab.Totals, doc.Total{Row: 2, Of: []int{0}})
	var b bytes.Buffer
	err = xlsx.Write(&b, l)
	var le *doc.LayoutError
	require.True(t, errors.As(err, &le), "%v", err)
	assert.Contains(t, le.Codes(), doc.ProblemTotal)
	assert.Zero(t, b.Len())
}

func TestTooLarge(t *testing.T) {
	d := annexDoc()
	tab := d.Appendices[1].Body[2].(*doc.Table)
	tab.Rows[6][1] = doc.Cell{Runs: doc.Text(strings.Repeat("x", xlsx.MaxCellText+1))}
	l, err := doc.Lay(d)
	require.NoError(t, err)
	var b bytes.Buffer
	err = xlsx.Write(&b, l)
	require.ErrorIs(t, err, xlsx.ErrTooLarge)
	assert.Contains(t, err.Error(), "appendices[1].body[2].table.rows[6][1]: 32768 characters")
	assert.Zero(t, b.Len())
}

func TestFormat(t *testing.T) {
	f, err := render.Pick("xlsx", xlsx.Format())
	require.NoError(t, err)
	assert.Equal(t, ".xlsx", f.Extension)
	var b bytes.Buffer
	require.NoError(t, f.Render(&b, annexDoc()))
	assert.True(t, bytes.HasPrefix(b.Bytes(), []byte("PK")))
}

func BenchmarkWrite(b *testing.B) {
	// A roll-up of 3.341 rows: a province's departments and communes.
	d := annexDoc()
	tab := d.Appendices[1].Body[2].(*doc.Table)
	row := tab.Rows[2]
	for range 3341 {
		tab.Rows = append(tab.Rows, row)
	}
	l, err := doc.Lay(d)
	require.NoError(b, err)
	for b.Loop() {
		var buf bytes.Buffer
		if err := xlsx.Write(&buf, l); err != nil {
			b.Fatal(err)
		}
	}
}
