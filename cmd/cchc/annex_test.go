package main

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// annexNote is what "cchc aggregate --annex" says of the province's three
// departments that resolve no procedure.
const annexNote = "cchc aggregate: --annex: 3 of the 120 units have no section II.2 (they resolve no procedure): " +
	"they are not rows of Biểu số 06/VPCP/KSTT\n"

// TestAggregateAnnex: with --annex, the province's rendered roll-up is the
// one without it followed by its three annexes by unit: Biểu số
// 06/VPCP/KSTT of the units that resolve procedures, grouped by level; the
// catalogue by level, each taken once (1.519 + 358 = 1.877, not the
// communes' 102 × 358); the indicators of the other sections by unit.
func TestAggregateAnnex(t *testing.T) {
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		plain := cchc(t, nil, provinceArgs(t, "-f", "txt")...)
		require.Equal(t, exitOK, plain.code, "%s", plain)
		res := cchc(t, nil, provinceArgs(t, "--annex", "-f", "txt")...)
		require.Equal(t, exitOK, res.code, "%s", res)
		out := string(res.stdout)
		report := strings.TrimRight(string(plain.stdout), "\n")
		require.True(t, strings.HasPrefix(out, report), "the report comes first, unchanged")
		annexes := out[len(report):]
		for _, want := range []string{
			"Phụ lục I\nKẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
			"Phụ lục II\nTHỦ TỤC HÀNH CHÍNH THEO MỨC ĐỘ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN",
			"Phụ lục III\nMỘT SỐ CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH THEO CƠ QUAN, ĐƠN VỊ",
			"Kỳ báo cáo: quý III năm 2025 (từ ngày 15/6/2025 đến ngày 14/9/2025)",
		} {
			assert.Contains(t, annexes, want)
		}
		assert.Equal(t, 3, strings.Count(annexes, "(Kèm theo Báo cáo số 412/BC-UBND ngày 19/9/2025"))
		flat := squashed(annexes)
		for _, want := range []string{"ICấptỉnh", "IICấpxã", "Tổngcộng1.877", "1Cấptỉnh1.519", "2Cấpxã358"} {
			assert.Contains(t, flat, want)
		}
		assert.NotContains(t, flat, "Ban Quản lý Khu du lịch quốc gia Núi Sam7.", "no Biểu 06 row for a unit that resolves no procedure")
		assert.Contains(t, string(res.stderr), annexNote)
		assert.NotContains(t, string(plain.stderr), "--annex")
	})
}

// squashed removes every kind of white space.
func squashed(s string) string { return strings.Join(strings.Fields(s), "") }

// TestAggregateAnnexXLSX: the annexes as sheets of the workbook, the total
// of the indicators' staff column a formula over the two levels' rows,
// cached, and the levels' rows formulas over their units.
func TestAggregateAnnexXLSX(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tinh.xlsx")
	res := runInProcess(t, nil, provinceArgs(t, "--annex", "-o", path)...)
	require.Equal(t, exitOK, res.code, "%s", res)
	f, err := excelize.OpenFile(path)
	require.NoError(t, err)
	defer f.Close()
	sheets := f.GetSheetList()
	require.GreaterOrEqual(t, len(sheets), 3)
	assert.Equal(t, []string{"Phụ lục I", "Phụ lục II", "Phụ lục III"}, sheets[len(sheets)-3:])

	rows, err := f.GetRows("Phụ lục III")
	require.NoError(t, err)
	at := map[string]int{}
	for i, r := range rows {
		if len(r) > 1 {
			at[r[1]] = i + 1
		}
	}
	require.NotZero(t, at["Tổng cộng"])
	cell := func(row int) string { ref, _ := excelize.CoordinatesToCellName(3, row); return ref }
	formula, err := f.GetCellFormula("Phụ lục III", cell(at["Tổng cộng"]))
	require.NoError(t, err)
	assert.Equal(t, "SUM("+cell(at["Cấp tỉnh"])+","+cell(at["Cấp xã"])+")", formula)
	total, err := f.GetCellValue("Phụ lục III", cell(at["Tổng cộng"]), excelize.Options{RawCellValue: true})
	require.NoError(t, err)
	// The units' rows are those numbered 1, 2 …; the levels' are I and II.
	var sum int64
	for _, r := range rows {
		if len(r) < 3 {
			continue
		}
		if _, err := strconv.Atoi(r[0]); err == nil {
			n, err := strconv.ParseInt(strings.ReplaceAll(r[2], ".", ""), 10, 64)
			require.NoError(t, err, r)
			sum += n
		}
	}
	assert.Equal(t, strconv.FormatInt(sum, 10), total, "the staff of the 120 units")
}

// TestAggregateAnnexJSON: the JSON roll-up carries no annex: --annex
// changes nothing in it and says so.
func TestAggregateAnnexJSON(t *testing.T) {
	plain := runInProcess(t, nil, append([]string{"aggregate", "--frame", examplesData(t, "rollup", "frame.json")}, rollupUnits(t)...)...)
	require.Equal(t, exitOK, plain.code, "%s", plain)
	res := runInProcess(t, nil, append([]string{"aggregate", "--annex", "--frame", examplesData(t, "rollup", "frame.json")}, rollupUnits(t)...)...)
	require.Equal(t, exitOK, res.code, "%s", res)
	assert.Equal(t, string(plain.stdout), string(res.stdout))
	assert.Contains(t, string(res.stderr), "cchc aggregate: --annex: the roll-up is written as JSON, which carries no annex by unit")

	help := runInProcess(t, nil, "aggregate", "-h")
	assert.Contains(t, string(help.stderr), "[--annex]")
	assert.Contains(t, squashed(string(help.stderr)), squashed("they are produced only when rendering"))
}
