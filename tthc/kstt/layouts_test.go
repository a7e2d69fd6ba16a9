package kstt_test

import (
	"bytes"
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/tthc"
	"github.com/cchc-go/cchc/tthc/kstt"
)

// TestLibreOfficeCSV reads the vendor's export as LibreOffice converts it
// to CSV (testdata/vendor-libreoffice.csv, from soffice --convert-to csv):
// no merged cells, the head's text in the first cell of each merged range;
// and the same file with a byte-order mark, ";" between fields and "\r\n"
// between records, as a spreadsheet set to a Vietnamese locale saves it.
// Both give the workbook's figures and its findings, at the same cells of
// the sheet named after the file.
func TestLibreOfficeCSV(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("testdata/vendor-libreoffice.csv")
	require.NoError(t, err)
	want := readBook(t, vendorExport(t), kstt.Options{})
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	require.NoError(t, err)
	var semi bytes.Buffer
	semi.WriteString("\uFEFF")
	w := csv.NewWriter(&semi)
	w.Comma, w.UseCRLF = ';', true
	require.NoError(t, w.WriteAll(recs))
	for name, text := range map[string]string{"comma": string(data), "semicolon": semi.String()} {
		t.Run(name, func(t *testing.T) {
			imp := readCSV(t, text, kstt.Options{Name: "vendor"})
			assert.Equal(t, want.Units, imp.Units)
			assert.Equal(t, []string{"vendor!J10"}, at(imp.Findings, kstt.CodeSubtotalSum))
			assert.Equal(t, []string{"vendor!O5"}, at(imp.Findings, kstt.CodeHeaderIgnored))
			// In a CSV file every field is text: "1.234" is the way a
			// Vietnamese spreadsheet writes the number, no finding.
			assert.Empty(t, at(imp.Findings, kstt.CodeCellTextNumber))
		})
	}
}

// vendorCSV is another system's export: a head of one row, columns in its
// own order and words, in person and by post apart, a column of withdrawn
// dossiers and one of notes; rows by unit under the levels' names, each
// level closed by its "Cộng" row and the total last. The communes' "Cộng"
// row counts one dossier received online too few (C12).
const vendorCSV = `BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC QUÝ III/2025
STT,Tên đơn vị,Tồn kỳ trước,Tiếp nhận trực tuyến,Tiếp nhận trực tiếp,Tiếp nhận qua bưu chính,Đã giải quyết trước hạn,Đã giải quyết đúng hạn,Đã giải quyết quá hạn,Đang giải quyết trong hạn,Đang giải quyết quá hạn,Rút hồ sơ,Ghi chú
,Cấp tỉnh,,,,,,,,,,,
1,Sở Tư pháp,5,100,40,10,50,90,2,10,1,2,
2,Sở Y tế,0,60,20,0,20,55,0,5,0,0,mới
,Cộng cấp tỉnh,5,160,60,10,70,145,2,15,1,2,
,Cấp xã,,,,,,,,,,,
1,Xã Mỹ Hòa Hưng,1,30,30,0,10,45,1,5,0,0,
2,Phường Long Xuyên,0,80,20,0,40,55,0,5,0,0,
,Cộng cấp xã,1,109,50,0,50,100,1,10,0,0,
,Tổng cộng,6,270,110,10,120,245,3,25,1,2,
`

// TestVendorLayout reads vendorCSV: every column is told from its words,
// rows are units (the name column names units) under their levels, the
// footers are checked, and the notes column is a column not read.
func TestVendorLayout(t *testing.T) {
	t.Parallel()
	imp := readCSV(t, vendorCSV, kstt.Options{})
	assert.Equal(t, []string{"Sheet1!M2"}, at(imp.Findings, kstt.CodeHeaderUnknown))
	assert.Equal(t, []string{"Sheet1!D10"}, at(imp.Findings, kstt.CodeSubtotalSum))
	assert.Len(t, imp.Findings, 2, "%v", imp.Findings)
	require.Len(t, imp.Units, 4)
	u := imp.Units[0]
	assert.Equal(t, "Sở Tư pháp", u.Name)
	assert.Equal(t, "Cấp tỉnh", u.Group)
	assert.Equal(t, tthc.Counts{Online: 100, InPerson: 50, CarriedOver: 5, Early: ptr(50), OnTime: 90, Late: 2,
		Pending: 11, PendingInTime: ptr(10), PendingOverdue: ptr(1), Other: ptr(2)}, u.Dossiers.Counts)
	assert.Equal(t, "Phường Long Xuyên", imp.Units[3].Name)
	assert.Equal(t, "Cấp xã", imp.Units[3].Group)

	// Read as fields instead, the levels are the units.
	imp = readCSV(t, vendorCSV, kstt.Options{Mapping: kstt.Mapping{Rows: kstt.RowsFields}})
	require.Len(t, imp.Units, 2)
	assert.Equal(t, "Cấp tỉnh", imp.Units[0].Name)
	assert.Equal(t, int64(160), imp.Units[0].Dossiers.Online)
	assert.Len(t, imp.Units[0].Dossiers.Fields, 2)
}

// TestMapping adapts readings with a mapping: columns by letter and by
// words of their head, the other bucket ignored, another total's name, the
// unit of a table by field, a form of the province's own.
func TestMapping(t *testing.T) {
	t.Parallel()
	m := kstt.Mapping{Columns: []kstt.ColumnMap{{Column: "M", Figure: kstt.Ignore}, {Head: "rút hồ sơ", Figure: kstt.Ignore}}}
	imp := readCSV(t, vendorCSV, kstt.Options{Mapping: m})
	assert.Equal(t, []string{"Sheet1!L2", "Sheet1!M2"}, at(imp.Findings, kstt.CodeHeaderIgnored))
	assert.Nil(t, imp.Units[0].Dossiers.Other)

	imp = readCSV(t, vendorCSV, kstt.Options{Mapping: kstt.Mapping{Other: "ignore"}})
	assert.Equal(t, []string{"Sheet1!L2"}, at(imp.Findings, kstt.CodeHeaderIgnored))
	assert.Nil(t, imp.Units[0].Dossiers.Other)

	// A district's table by field, its total named "Toàn huyện", its
	// columns named by the district's own form.
	form := tthc.Form{Title: "Kết quả", TotalLabel: "Toàn huyện", Columns: []tthc.FormColumn{
		{Heads: []string{"TT"}, Figure: tthc.FigureNumber}, {Heads: []string{"Lĩnh vực"}, Figure: tthc.FigureName},
		{Heads: []string{"Hồ sơ qua mạng"}, Figure: tthc.FigureOnline}, {Heads: []string{"Hồ sơ tại quầy"}, Figure: tthc.FigureInPerson},
		{Heads: []string{"Kỳ trước"}, Figure: tthc.FigureCarriedOver}, {Heads: []string{"Xong sớm"}, Figure: tthc.FigureEarly},
		{Heads: []string{"Xong đúng hẹn"}, Figure: tthc.FigureOnTime}, {Heads: []string{"Xong muộn"}, Figure: tthc.FigureLate},
		{Heads: []string{"Còn lại"}, Figure: tthc.FigurePending},
	}}
	text := "TT,Lĩnh vực,Hồ sơ qua mạng,Hồ sơ tại quầy,Kỳ trước,Xong sớm,Xong đúng hẹn,Xong muộn,Còn lại\n" +
		",Toàn huyện,30,20,0,10,35,0,5\n1,Hộ tịch,20,10,0,5,22,0,3\n2,Đất đai,10,10,0,5,13,0,2\n"
	imp = readCSV(t, text, kstt.Options{Mapping: kstt.Mapping{Form: &form, TotalLabels: []string{"Toàn huyện"}, Unit: "UBND huyện Tân Lập"}})
	assert.Empty(t, imp.Findings)
	require.Len(t, imp.Units, 1)
	assert.Equal(t, "UBND huyện Tân Lập", imp.Units[0].Name)
	assert.Equal(t, []string{"Hộ tịch", "Đất đai"}, []string{imp.Units[0].Dossiers.Fields[0].Field, imp.Units[0].Dossiers.Fields[1].Field})
	assert.Equal(t, int64(30), imp.Units[0].Dossiers.Online)
}

// TestDecodeMapping reads mappings from JSON, and refuses those that are
// not one with the field named.
func TestDecodeMapping(t *testing.T) {
	t.Parallel()
	m, err := kstt.DecodeMapping(strings.NewReader(`{"columns": [{"column": "N", "figure": "other"}, {"head": "trả lại", "figure": "ignore"}],
		"other": "keep", "rows": "units", "encoding": "windows-1258", "total_labels": ["Toàn huyện"]}`))
	require.NoError(t, err)
	assert.Equal(t, kstt.RowsUnits, m.Rows)
	assert.Equal(t, tthc.FigureOther, m.Columns[0].Figure)
	for in, want := range map[string]string{
		`{"colums": []}`:                                `unknown field "colums"`,
		`{"columns": [{"figure": "online"}]}`:           "columns[0]: give a column letter",
		`{"columns": [{"column": "1", "figure": "x"}]}`: `columns[0].column: "1" is not a column letter`,
		`{"columns": [{"column": "N", "figure": "x"}]}`: `columns[0].figure: "x" is not a figure`,
		`{"columns": [{"head": "!!", "figure": "x"}]}`:  `columns[0].head: "!!" has no word`,
		`{"other": "drop"}`:                             `other: "drop"`,
		`{"rows": "lines"}`:                             `rows: "lines"`,
		`{"encoding": "latin-9"}`:                       `encoding: "latin-9"`,
		`{} {}`:                                         "unexpected data after",
	} {
		_, err := kstt.DecodeMapping(strings.NewReader(in))
		assert.ErrorContains(t, err, want, in)
	}
}

// TestRows reads the rows a table may have: a number written in the name's
// cell, a total written in the number's cell, a row without a name, a row
// without figures, a field named twice, and rows whose figures break the
// form's identities, with tthc's codes at the cells.
func TestRows(t *testing.T) {
	t.Parallel()
	text := csvHead() +
		"Tổng cộng,,,,,,,,,,,,\n" +
		",I. Cấp tỉnh,,,,,,,,,,,\n" +
		"1,Hộ tịch,31,20,10,1,30,5,25,0,1,1,0\n" + // received 31, resolved 30, pending 1: agrees
		"2,Đất đai,40,20,10,0,27,5,20,2,2,1,0\n" + // received states 40 for 30; pending 2 for 1 + 0
		"3,Hộ tịch,10,5,5,0,8,2,6,0,1,,\n" + // Hộ tịch again; 10 received, 8 + 1 accounted for
		",,5,3,2,0,5,1,4,0,0,,\n" + // no name
		"4,Quốc tịch,,,,,,,,,,,\n" // no figure
	imp := readCSV(t, text, kstt.Options{})
	byCode := map[finding.Code][]string{}
	for _, f := range imp.Findings {
		byCode[f.Code] = append(byCode[f.Code], f.Path)
	}
	// Rows 5 and 6 are the total and the level, 7 to 11 the fields.
	assert.Equal(t, map[finding.Code][]string{
		tthc.CodeDossierReceived:        {"Sheet1!C8"},
		tthc.CodeDossierPending:         {"Sheet1!K8"},
		tthc.CodeDossierBalance:         {"Sheet1!K8", "Sheet1!K9"},
		tthc.CodeDossierFieldsDuplicate: {"Sheet1!B9"},
		kstt.CodeRowUnnamed:             {"Sheet1!B10"},
		kstt.CodeRowEmpty:               {"Sheet1!B11"},
	}, byCode)
	recv := imp.Findings.WithCode(tthc.CodeDossierReceived)[0]
	assert.Equal(t, []string{"Sheet1!D8", "Sheet1!E8", "Sheet1!F8"}, recv.Related)
	assert.Equal(t, "dòng 8 “Đất đai”, cột “Tổng số”", recv.Place)
	require.Len(t, imp.Units, 1)
	u := imp.Units[0]
	assert.Equal(t, "Cấp tỉnh", u.Name)
	var names []string
	for _, f := range u.Dossiers.Fields {
		names = append(names, f.Field)
	}
	assert.Equal(t, []string{"Hộ tịch", "Đất đai", "Hộ tịch", "Dòng 10", "Quốc tịch"}, names)
	// Early is given by every row but Quốc tịch's, which gives nothing:
	// the unit's early dossiers are then merged into on time.
	assert.Nil(t, u.Dossiers.Early)
	assert.Equal(t, int64(5+5+2+1+25+20+6+4), u.Dossiers.OnTime)
}

// TestHeads reads heads that are not the form's: two columns of one
// figure, a missing column, a column of figures with no head.
func TestHeads(t *testing.T) {
	t.Parallel()
	text := "STT,Lĩnh vực,Trực tuyến,Trực tiếp,Trực tuyến,Đúng hạn,Quá hạn,Đang giải quyết,\n" +
		"1,Hộ tịch,5,5,5,10,0,0,7\n"
	imp := readCSV(t, text, kstt.Options{})
	assert.Equal(t, []string{"Sheet1!E1"}, at(imp.Findings, kstt.CodeHeaderDuplicate))
	assert.Equal(t, []string{"Sheet1!I1"}, at(imp.Findings, kstt.CodeHeaderUnknown))
	assert.Equal(t, []string{"Sheet1!A1:I1"}, at(imp.Findings, kstt.CodeHeaderMissing))
	missing := imp.Findings.WithCode(kstt.CodeHeaderMissing)[0]
	v, _ := missing.Value("figure")
	assert.Equal(t, "carried_over", v)

	for name, text := range map[string]string{
		"no names":   "STT,Trực tuyến,Trực tiếp\n1,2,3\n",
		"no figures": "STT,Lĩnh vực,Ghi chú\n1,Hộ tịch,x\n",
		"no head":    "a,b,c\n1,2,3\n",
	} {
		_, err := kstt.ReadCSV(strings.NewReader(text), kstt.Options{})
		assert.ErrorIs(t, err, kstt.ErrNoTable, name)
	}
}

// TestTotalOnly reads a table of one total row and no data rows: the
// total is the unit's figures, its identities checked.
func TestTotalOnly(t *testing.T) {
	t.Parallel()
	imp := readCSV(t, csvHead()+",Tổng cộng,31,20,10,1,30,5,25,0,1,1,0\n", kstt.Options{Mapping: kstt.Mapping{Unit: "Sở Tư pháp"}})
	assert.Empty(t, imp.Findings)
	require.Len(t, imp.Units, 1)
	assert.Equal(t, "Sở Tư pháp", imp.Units[0].Name)
	assert.Equal(t, int64(20), imp.Units[0].Dossiers.Online)
	imp = readCSV(t, csvHead()+",Tổng cộng,32,20,10,1,30,5,25,0,1,1,0\n", kstt.Options{})
	assert.Equal(t, []string{"Sheet1!C5"}, at(imp.Findings, tthc.CodeDossierReceived))
}
