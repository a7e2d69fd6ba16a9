package kstt_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/tthc/kstt"
)

// text is a cell a test writes as a text cell, whatever it holds.
type text string

// formula is a cell a test writes as a formula with its cached value.
type formula struct {
	f     string
	value int
}

// sheet is a sheet a test writes: its name, its rows from row 1 (an int
// is a number cell, a string or a text a text cell, nil an empty cell), and
// its merged ranges.
type sheet struct {
	name   string
	rows   [][]any
	merges []string
}

// book writes the sheets as an XLSX workbook with excelize.
func book(t testing.TB, sheets ...sheet) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			require.NoError(t, f.SetSheetName("Sheet1", s.name))
		} else {
			_, err := f.NewSheet(s.name)
			require.NoError(t, err)
		}
		for r, row := range s.rows {
			for c, v := range row {
				writeCell(t, f, s.name, c+1, r+1, v)
			}
		}
		for _, m := range s.merges {
			a, b, _ := strings.Cut(m, ":")
			require.NoError(t, f.MergeCell(s.name, a, b))
		}
	}
	var buf bytes.Buffer
	require.NoError(t, f.Write(&buf))
	return buf.Bytes()
}

// writeCell writes one cell of a test's sheet.
func writeCell(t testing.TB, f *excelize.File, sheet string, col, row int, v any) {
	t.Helper()
	ref, err := excelize.CoordinatesToCellName(col, row)
	require.NoError(t, err)
	switch v := v.(type) {
	case nil:
	case int:
		require.NoError(t, f.SetCellInt(sheet, ref, int64(v)))
	case float64:
		require.NoError(t, f.SetCellFloat(sheet, ref, v, -1, 64))
	case string:
		require.NoError(t, f.SetCellStr(sheet, ref, v))
	case text:
		require.NoError(t, f.SetCellStr(sheet, ref, string(v)))
	case bool:
		require.NoError(t, f.SetCellBool(sheet, ref, v))
	case formula:
		require.NoError(t, f.SetCellFormula(sheet, ref, v.f))
		require.NoError(t, f.SetCellValue(sheet, ref, v.value))
		require.NoError(t, f.SetCellFormula(sheet, ref, v.f))
	default:
		t.Fatalf("cell %s: a test cannot write %T", ref, v)
	}
}

// readBook reads data as a workbook with o.
func readBook(t testing.TB, data []byte, o kstt.Options) *kstt.Import {
	t.Helper()
	imp, err := kstt.ReadXLSX(bytes.NewReader(data), int64(len(data)), o)
	require.NoError(t, err)
	require.NoError(t, kstt.Rules().Check(imp.Findings), "every finding is in the catalogue")
	return imp
}

// at returns the findings of code c as "cell" strings, in order.
func at(l finding.List, c finding.Code) []string {
	var out []string
	for _, f := range l.WithCode(c) {
		out = append(out, f.Path)
	}
	return out
}

// form06Head is the head of Biểu 06 as the one-stop systems print it: three
// rows of heads with merged cells, then the column numbers.
func form06Head() [][]any {
	return [][]any{
		{"STT", "Lĩnh vực, công việc giải quyết theo cấp", "Số hồ sơ nhận giải quyết", nil, nil, nil, "Kết quả giải quyết"},
		{nil, nil, "Tổng số", "Trong đó", nil, nil, "Số hồ sơ đã giải quyết", nil, nil, nil, "Số hồ sơ đang giải quyết"},
		{nil, nil, nil, "Số mới tiếp nhận trực tuyến", "Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính", "Số kỳ trước chuyển qua",
			"Tổng số", "Trả trước hạn", "Trả đúng thời hạn", "Trả quá hạn", "Tổng số", "Trong hạn", "Quá hạn"},
		{"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)", "(13)"},
	}
}

// form06Merges are the merged cells of form06Head placed from row top.
func form06Merges(top int) []string {
	r := func(c1 string, r1 int, c2 string, r2 int) string {
		return c1 + itoa(top+r1) + ":" + c2 + itoa(top+r2)
	}
	return []string{r("A", 0, "A", 2), r("B", 0, "B", 2), r("C", 0, "F", 0), r("G", 0, "M", 0), r("C", 1, "C", 2),
		r("D", 1, "F", 1), r("G", 1, "J", 1), r("K", 1, "M", 1)}
}

func itoa(n int) string { return strconv.Itoa(n) }

// figs are the figures of a data row in the order of the form's columns 3
// to 13, derived from its parts: online, in person, carried over, early,
// on time, late, in time, overdue.
func figs(online, inPerson, carried, early, onTime, late, inTime, overdue int) []any {
	return []any{online + inPerson + carried, online, inPerson, carried, early + onTime + late, early, onTime, late,
		inTime + overdue, inTime, overdue}
}

// row is a data row: its number, its name and its figures.
func row(number any, name string, figures []any) []any {
	return append([]any{number, name}, figures...)
}

// sumRows adds the figures of rows, column by column.
func sumRows(rows ...[]any) []any {
	out := make([]any, len(rows[0]))
	for i := range out {
		n := 0
		for _, r := range rows {
			n += r[i].(int)
		}
		out[i] = n
	}
	return out
}

// rawBook writes a workbook by hand, part by part, for what excelize does
// not write: a sheet's XML as given, shared strings, parts that lie about
// their size. sheetXML is the content of sheetData and what follows it;
// sst, when not empty, the shared strings part.
func rawBook(t testing.TB, sheetXML, sst string) []byte {
	t.Helper()
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
			`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
		"xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
			sheetXML + `</worksheet>`,
	}
	if sst != "" {
		parts["xl/sharedStrings.xml"] = sst
	}
	return zipParts(t, parts)
}

// zipParts writes parts as a zip archive, in name order.
func zipParts(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		w, err := z.Create(n)
		require.NoError(t, err)
		_, err = io.WriteString(w, parts[n])
		require.NoError(t, err)
	}
	require.NoError(t, z.Close())
	return buf.Bytes()
}

// headXML is the form's head as sheet XML rows 1 to 4, inline strings.
func headXML() string {
	var b strings.Builder
	for r, cells := range form06Head() {
		fmt.Fprintf(&b, `<row r="%d">`, r+1)
		for c, v := range cells {
			if s, ok := v.(string); ok {
				fmt.Fprintf(&b, `<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>`, colName(c+1), r+1, s)
			}
		}
		b.WriteString(`</row>`)
	}
	return b.String()
}

// colName returns the letters of a column.
func colName(c int) string {
	s, _ := excelize.ColumnNumberToName(c)
	return s
}

// csvHead is the form's head as LibreOffice writes it to CSV: the merged
// cells' text in their first cell, the others empty.
func csvHead() string {
	var b strings.Builder
	for _, r := range form06Head() {
		fields := make([]string, 13)
		for i, v := range r {
			if s, ok := v.(string); ok {
				fields[i] = csvField(s)
			}
		}
		b.WriteString(strings.Join(fields, ",") + "\n")
	}
	return b.String()
}

// csvField quotes a field that holds a comma.
func csvField(s string) string {
	if strings.ContainsAny(s, ",\"") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

// readCSV reads the CSV text with o.
func readCSV(t testing.TB, text string, o kstt.Options) *kstt.Import {
	t.Helper()
	imp, err := kstt.ReadCSV(strings.NewReader(text), o)
	require.NoError(t, err)
	require.NoError(t, kstt.Rules().Check(imp.Findings), "every finding is in the catalogue")
	return imp
}
