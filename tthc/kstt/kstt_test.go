package kstt_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/tthc"
	"github.com/cchc-go/cchc/tthc/kstt"
)

// vendorRow is a data row of the vendor's export: the form's 11 figures,
// the dossiers withdrawn or returned, and the on-time rate the system
// prints beside them.
func vendorRow(number any, name string, online, inPerson, carried, early, onTime, late, inTime, overdue, other int) []any {
	r := row(number, name, figs(online, inPerson, carried, early, onTime, late, inTime, overdue))
	return append(r, other, float64(early+onTime)*100/float64(early+onTime+late))
}

// vendorExport is a province's Biểu 06 as a one-stop system exports it,
// with the slips a test looks for: its title lines, the form's head in
// three rows of merged cells with the row of column numbers, two columns
// of the vendor's own (dossiers withdrawn or returned, the on-time rate),
// a total, two levels with their subtotals and their fields, and the
// signer's line under the table. The subtotal of Cấp tỉnh counts one late
// dossier too many (J10), and Hộ tịch's dossiers received in person are
// typed as text, "1.234" (E11).
func vendorExport(t testing.TB) []byte {
	t.Helper()
	hoTich := vendorRow(1, "Hộ tịch", 1000, 1234, 66, 900, 1200, 20, 140, 10, 30)
	hoTich[4] = text("1.234")
	chungThuc := vendorRow(2, "Chứng thực", 500, 700, 0, 300, 850, 5, 40, 0, 5)
	lyLich := vendorRow(3, "Lý lịch tư pháp", 300, 20, 10, 100, 200, 0, 25, 5, 0)
	xaHoTich := vendorRow(1, "Hộ tịch", 800, 900, 100, 500, 1100, 30, 140, 10, 20)
	xaChungThuc := vendorRow(2, "Chứng thực", 400, 1600, 0, 700, 1250, 0, 40, 0, 10)
	counts := func(r []any) []any {
		out := make([]any, 12)
		for i := range out {
			switch v := r[2+i].(type) {
			case int:
				out[i] = v
			default:
				out[i] = 1234
			}
		}
		return out
	}
	tinh := sumRows(counts(hoTich), counts(chungThuc), counts(lyLich))
	xa := sumRows(counts(xaHoTich), counts(xaChungThuc))
	total := sumRows(tinh, xa)
	tinhRow := append([]any{"I", "Cấp tỉnh"}, tinh...)
	tinhRow[9] = tinh[7].(int) + 1 // J10: one late dossier too many
	head := form06Head()
	head[0] = append(head[0], nil, nil, nil, nil, nil, nil, "Số hồ sơ rút, trả lại", "Tỷ lệ giải quyết đúng hạn (%)")
	head[3] = append(head[3], "(14)", "(15)")
	rows := [][]any{
		{"ỦY BAN NHÂN DÂN TỈNH AN GIANG"},
		{"KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"},
		{"Kỳ báo cáo: quý III năm 2025 (từ ngày 15/6/2025 đến ngày 14/9/2025)"},
		{nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, "Đơn vị tính: Số hồ sơ TTHC"},
	}
	rows = append(rows, head...)
	rows = append(rows, append([]any{nil, "Tổng cộng"}, total...), tinhRow, hoTich, chungThuc, lyLich,
		append([]any{"II", "Cấp xã"}, xa...), xaHoTich, xaChungThuc, []any{}, []any{nil, "Người lập biểu", nil, nil, nil, nil, nil, nil, nil, "Thủ trưởng đơn vị"})
	return book(t, sheet{name: "Biểu 06", rows: rows, merges: append(form06Merges(5), "A2:O2", "N5:N7", "O5:O7")})
}

// TestVendorExport reads the vendor's export: every slip is a finding at
// its cell, the rest reads without one, and the figures are the units' by
// field, the extra column of withdrawn or returned dossiers kept as the
// other bucket.
func TestVendorExport(t *testing.T) {
	t.Parallel()
	imp := readBook(t, vendorExport(t), kstt.Options{})
	assert.Equal(t, "Biểu 06", imp.Sheet)

	type found struct {
		code     finding.Code
		severity finding.Severity
		path     string
		values   map[string]string
	}
	var got []found
	for _, f := range imp.Findings {
		values := map[string]string{}
		for _, v := range f.Values {
			values[v.Name] = v.Value
		}
		got = append(got, found{f.Code, f.Severity, f.Path, values})
	}
	want := []found{
		// The vendor's rate: recognised, and derived again rather than read.
		{kstt.CodeHeaderIgnored, finding.Info, "'Biểu 06'!O5", map[string]string{"column": "O", "head": "Tỷ lệ giải quyết đúng hạn (%)"}},
		// "1.234" typed as text: read as 1234, with a note.
		{kstt.CodeCellTextNumber, finding.Info, "'Biểu 06'!E11", map[string]string{"text": "1.234"}},
		// The signer's lines under the table.
		{kstt.CodeTableAfter, finding.Info, "'Biểu 06'!A18:O18", map[string]string{}},
		// The subtotal of Cấp tỉnh, one late dossier too many.
		{kstt.CodeSubtotalSum, finding.Error, "'Biểu 06'!J10", map[string]string{"total": "26", "sum": "25", "difference": "1", "figure": "late"}},
	}
	assert.Equal(t, want, got)
	sub := imp.Findings.WithCode(kstt.CodeSubtotalSum)[0]
	assert.Equal(t, []string{"'Biểu 06'!J11:J13"}, sub.Related)
	assert.Equal(t, "dòng 10 “Cấp tỉnh”, cột “Trả quá hạn”", sub.Place)
	assert.Contains(t, sub.Message, "ghi 26 nhưng 3 dòng số liệu mà dòng này cộng lại được 25, chênh lệch 1")

	// The figures: two levels, each with its fields; totals derived.
	require.Len(t, imp.Units, 2)
	tinh, xa := imp.Units[0], imp.Units[1]
	assert.Equal(t, "Cấp tỉnh", tinh.Name)
	assert.Equal(t, "Cấp xã", xa.Name)
	require.Len(t, tinh.Dossiers.Fields, 3)
	ho := tinh.Dossiers.Fields[0]
	assert.Equal(t, "Hộ tịch", ho.Field)
	assert.Equal(t, tthc.Counts{Online: 1000, InPerson: 1234, CarriedOver: 66, Early: ptr(900), OnTime: 1200, Late: 20,
		Pending: 150, PendingInTime: ptr(140), PendingOverdue: ptr(10), Other: ptr(30)}, ho.Counts)
	assert.Equal(t, tthc.Counts{Online: 1800, InPerson: 1954, CarriedOver: 76, Early: ptr(1300), OnTime: 2250, Late: 25,
		Pending: 220, PendingInTime: ptr(205), PendingOverdue: ptr(15), Other: ptr(35)}, tinh.Dossiers.Counts)
	// What tthc finds in the figures read: nothing.
	for _, u := range imp.Units {
		s := tthc.Section{Unit: u.Name, Dossiers: &u.Dossiers}
		assert.Empty(t, s.Validate(), u.Name)
	}
}

func ptr(n int64) *int64 { return &n }
