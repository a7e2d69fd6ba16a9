package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/cchc-go/cchc/tthc"
)

// importOutput is the JSON that import kstt prints.
type importOutput struct {
	Sheet string `json:"sheet"`
	Units []struct {
		Unit     string        `json:"unit"`
		Group    string        `json:"group"`
		Dossiers tthc.Dossiers `json:"dossiers"`
	} `json:"units"`
}

// exportCSV is a Sở's export by field in one head row, which agrees with
// itself.
const exportCSV = `STT,Lĩnh vực,Tổng số tiếp nhận,Trực tuyến,Trực tiếp,Kỳ trước chuyển sang,Đã giải quyết,Trước hạn,Đúng hạn,Quá hạn,Đang giải quyết,Ghi chú
,Tổng cộng,1344,1110,214,20,1318,400,916,2,26,
1,Hộ tịch,1300,1084,200,16,1277,390,885,2,23,
2,Chứng thực,44,26,14,4,41,10,31,0,3,mới
`

// exportXLSX writes a workbook of Biểu 06 with a head of two rows, merged,
// under a title; the total counts one late dossier too many (J4) and one
// figure is typed as text (D5).
func exportXLSX(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{
		{"KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"},
		{"STT", "Lĩnh vực", "Tiếp nhận", nil, nil, nil, "Đã giải quyết", nil, nil, nil, "Đang giải quyết"},
		{nil, nil, "Tổng số", "Trực tuyến", "Trực tiếp", "Kỳ trước", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số"},
		{nil, "Tổng cộng", 1344, 1110, 214, 20, 1318, 400, 916, 3, 26},
		{1, "Hộ tịch", 1300, "1.084", 200, 16, 1277, 390, 885, 2, 23},
		{2, "Chứng thực", 44, 26, 14, 4, 41, 10, 31, 0, 3},
	}
	for r, row := range rows {
		cell, err := excelize.CoordinatesToCellName(1, r+1)
		require.NoError(t, err)
		require.NoError(t, f.SetSheetRow("Sheet1", cell, &row))
	}
	for _, m := range [][2]string{{"A2", "A3"}, {"B2", "B3"}, {"C2", "F2"}, {"G2", "J2"}} {
		require.NoError(t, f.MergeCell("Sheet1", m[0], m[1]))
	}
	require.NoError(t, f.SetSheetName("Sheet1", "Biểu 06"))
	var buf bytes.Buffer
	require.NoError(t, f.Write(&buf))
	return buf.Bytes()
}

// writeTemp writes data to a new file called name and returns its path.
func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, data, 0o644))
	return p
}

func TestImportKSTT(t *testing.T) {
	xlsxPath := writeTemp(t, "bieu06.xlsx", exportXLSX(t))
	csvPath := writeTemp(t, "thong-ke.csv", []byte(exportCSV))
	mapPath := writeTemp(t, "map.json", []byte(`{"columns": [{"head": "ghi chú", "figure": "ignore"}], "unit": "Sở Tư pháp"}`))
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		// A workbook with an error-level finding: the figures are printed,
		// the findings named by cell, exit 1.
		r := cchc(t, nil, "import", "kstt", xlsxPath)
		require.Equal(t, exitFindings, r.code, "%s", r)
		var out importOutput
		require.NoError(t, json.Unmarshal(r.stdout, &out), "%s", r.stdout)
		assert.Equal(t, "Biểu 06", out.Sheet)
		require.Len(t, out.Units, 1)
		require.Len(t, out.Units[0].Dossiers.Fields, 2)
		assert.Equal(t, int64(1084), out.Units[0].Dossiers.Fields[0].Online)
		assert.Equal(t, int64(1110), out.Units[0].Dossiers.Online)
		stderr := string(r.stderr)
		assert.Contains(t, stderr, xlsxPath+": 1 lỗi, 0 cảnh báo, 1 lưu ý\n")
		assert.Contains(t, stderr, "lỗi kstt.subtotal.sum 'Biểu 06'!J4 [tại: dòng 4 “Tổng cộng”, cột “Quá hạn”]: ")
		assert.Contains(t, stderr, "lưu ý kstt.cell.text_number 'Biểu 06'!D5 ")
		assert.Less(t, strings.Index(stderr, "lỗi "), strings.Index(stderr, "lưu ý "), "errors first")

		// A CSV file, its notes column ignored by the mapping: no error,
		// exit 0; the sheet is named after the file. From standard input
		// too.
		r = cchc(t, nil, "import", "kstt", "--map", mapPath, csvPath)
		require.Equal(t, exitOK, r.code, "%s", r)
		require.NoError(t, json.Unmarshal(r.stdout, &out))
		assert.Equal(t, "thong-ke", out.Sheet)
		assert.Equal(t, "Sở Tư pháp", out.Units[0].Unit)
		assert.Contains(t, string(r.stderr), "lưu ý kstt.header.ignored 'thong-ke'!L1 ")
		r = cchc(t, []byte(exportCSV), "import", "kstt", "-")
		require.Equal(t, exitOK, r.code, "%s", r)
		assert.Contains(t, string(r.stderr), "cảnh báo kstt.header.unknown Sheet1!L1 ")
	})
}

func TestImportKSTTFailures(t *testing.T) {
	dir := t.TempDir()
	xlsxPath := writeTemp(t, "bieu06.xlsx", exportXLSX(t))
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00")...)
	locked := writeTemp(t, "khoa.xlsx", ole)
	win := writeTemp(t, "win.csv", []byte("STT,L\xec\xf1nh v\xf4\xf2c\n"))
	badMap := writeTemp(t, "bad.json", []byte(`{"columns": [{"column": "1", "figure": "online"}]}`))
	tests := []struct {
		args   []string
		stderr string
	}{
		{[]string{"import"}, "expected the kind of data: kstt"},
		{[]string{"import", "sales", xlsxPath}, "expected the kind of data: kstt"},
		{[]string{"import", "kstt"}, "expected one FILE.xlsx or FILE.csv"},
		{[]string{"import", "kstt", filepath.Join(dir, "none.xlsx")}, "none.xlsx: no such file or directory"},
		{[]string{"import", "kstt", locked}, "the workbook is password-protected"},
		{[]string{"import", "kstt", win}, "line 1, byte 0xEC at offset 5 is not UTF-8"},
		{[]string{"import", "kstt", "--max-size", "1K", xlsxPath}, "--max-size changes it"},
		{[]string{"import", "kstt", "--sheet", "Phụ lục", xlsxPath}, `no sheet "Phụ lục"`},
		{[]string{"import", "kstt", "--map", badMap, xlsxPath}, `columns[0].column: "1" is not a column letter`},
	}
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		for _, tt := range tests {
			r := cchc(t, nil, tt.args...)
			assert.Equal(t, exitFail, r.code, "%v: %s", tt.args, r)
			assert.Contains(t, string(r.stderr), tt.stderr, "%v", tt.args)
			assert.Empty(t, r.stdout, "%v", tt.args)
		}
	})
}
