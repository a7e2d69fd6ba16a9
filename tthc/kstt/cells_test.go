package kstt_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/tthc/kstt"
)

// TestCells reads cell D5, the dossiers received online of a field, in
// every way a workbook can write it: the count read and the finding of a
// cell that is not a plain number, at the cell.
func TestCells(t *testing.T) {
	t.Parallel()
	inline := func(s string) string { return `<c r="D5" t="inlineStr"><is><t>` + s + `</t></is></c>` }
	tests := []struct {
		name, cell string
		code       finding.Code // "" for none
		online     int64
	}{
		{"number", `<c r="D5"><v>10</v></c>`, "", 10},
		{"exponent", `<c r="D5"><v>1E3</v></c>`, "", 1000},
		{"formula with its value", `<c r="D5"><f>10+0</f><v>10</v></c>`, "", 10},
		{"empty text", inline(""), "", 0},
		{"text 1.234", inline("1.234"), kstt.CodeCellTextNumber, 1234},
		{"shared text 1.234", `<c r="D5" t="s"><v>0</v></c>`, kstt.CodeCellTextNumber, 1234},
		{"text with spaces", inline("1 234"), kstt.CodeCellTextNumber, 1234},
		{"text 03", inline("03"), kstt.CodeCellTextNumber, 3},
		{"English grouping", inline("1,234"), kstt.CodeCellSeparator, 1234},
		{"abc", inline("abc"), kstt.CodeCellNotNumber, 0},
		{"truth value", `<c r="D5" t="b"><v>1</v></c>`, kstt.CodeCellNotNumber, 0},
		{"spreadsheet error", `<c r="D5" t="e"><v>#REF!</v></c>`, kstt.CodeCellNotNumber, 0},
		{"negative number", `<c r="D5"><v>-5</v></c>`, kstt.CodeCellNotCount, 0},
		{"decimal number", `<c r="D5"><v>2.5</v></c>`, kstt.CodeCellNotCount, 0},
		{"above 10^12", `<c r="D5"><v>2000000000000</v></c>`, kstt.CodeCellNotCount, 0},
		{"negative text", inline("-5"), kstt.CodeCellNotCount, 0},
		{"rate", inline("53,5%"), kstt.CodeCellNotCount, 0},
		{"dash", inline("-"), kstt.CodeCellDash, 0},
		{"formula without its value", `<c r="D5"><f>SUM(E5:F5)</f></c>`, kstt.CodeCellNoValue, 0},
		{"formula with an empty value", `<c r="D5"><f>SUM(E5:F5)</f><v></v></c>`, kstt.CodeCellNoValue, 0},
	}
	sst := `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>1.234</t></si></sst>`
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := rawBook(t, `<sheetData>`+headXML()+`<row r="5"><c r="A5"><v>1</v></c>`+
				`<c r="B5" t="inlineStr"><is><t>Hộ tịch</t></is></c>`+tt.cell+`</row></sheetData>`, sst)
			imp := readBook(t, data, kstt.Options{})
			if assertCellCode(t, imp, tt.code) {
				f := imp.Findings.WithCode(tt.code)[0]
				assert.Equal(t, "dòng 5 “Hộ tịch”, cột “Số mới tiếp nhận trực tuyến”", f.Place)
				assert.Contains(t, f.Message, "Ô Sheet1!D5 ")
			}
			require.Len(t, imp.Units, 1)
			require.Len(t, imp.Units[0].Dossiers.Fields, 1)
			assert.Equal(t, tt.online, imp.Units[0].Dossiers.Fields[0].Online)
		})
	}
}

// TestCSVCells reads the same cell from a CSV file, where every field is
// text: a number written the Vietnamese way is read without a finding.
func TestCSVCells(t *testing.T) {
	t.Parallel()
	tests := []struct {
		field  string
		code   finding.Code
		online int64
	}{
		{"10", "", 10},
		{"1.234", "", 1234},
		{`"1 234"`, "", 1234},
		{`"1,234"`, kstt.CodeCellSeparator, 1234},
		{"abc", kstt.CodeCellNotNumber, 0},
		{"12.5", kstt.CodeCellNotCount, 0},
		{"-", kstt.CodeCellDash, 0},
	}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			csv := csvHead() + "1,Hộ tịch,," + tt.field + ",0,0,,0,0,0,0,0,0\n"
			imp := readCSV(t, csv, kstt.Options{})
			assertCellCode(t, imp, tt.code)
			assert.Equal(t, tt.online, imp.Units[0].Dossiers.Fields[0].Online)
		})
	}
}

// assertCellCode checks that the only finding of the reader (kstt.…) at
// cell D5 is code, or that there is none for code "", and reports whether
// there is one to look at further.
func assertCellCode(t *testing.T, imp *kstt.Import, code finding.Code) bool {
	t.Helper()
	var codes []finding.Code
	for _, f := range imp.Findings {
		if f.Path == "Sheet1!D5" && strings.HasPrefix(string(f.Code), "kstt.") {
			codes = append(codes, f.Code)
		}
	}
	if code == "" {
		assert.Empty(t, codes)
		return false
	}
	return assert.Equal(t, []finding.Code{code}, codes)
}
