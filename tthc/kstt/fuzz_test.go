package kstt_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/cchc-go/cchc/tthc"
	"github.com/cchc-go/cchc/tthc/kstt"
)

// fuzzLimits keep a fuzzed reading small.
var fuzzLimits = kstt.Limits{MaxBytes: 1 << 20, MaxUnzipped: 4 << 20, MaxStrings: 1 << 14, MaxRows: 2000, MaxCells: 1 << 15}

// checkImport checks what any reading must be: findings the catalogue
// documents, each at a cell; units whose JSON reads back as sections.
func checkImport(t *testing.T, imp *kstt.Import) {
	t.Helper()
	if err := kstt.Rules().Check(imp.Findings); err != nil {
		t.Fatal(err)
	}
	for _, f := range imp.Findings {
		if !strings.Contains(f.Path, "!") || f.Message == "" {
			t.Fatalf("a finding without its cell or message: %+v", f)
		}
	}
	for _, u := range imp.Units {
		data, err := json.Marshal(u.Dossiers)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tthc.DecodeJSON(bytes.NewReader([]byte(`{"unit":"x","dossiers":` + string(data) + `}`))); err != nil {
			t.Fatalf("the figures do not read back: %v\n%s", err, data)
		}
	}
}

// FuzzReadCSV reads any bytes as a CSV export: never a panic; a reading is
// an error or an import that checkImport accepts.
func FuzzReadCSV(f *testing.F) {
	vendor, err := os.ReadFile("testdata/vendor-libreoffice.csv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(vendor)
	f.Add([]byte(vendorCSV))
	f.Add(append([]byte("\xFF\xFE"), []byte("S\x00T\x00T\x00")...))
	f.Add([]byte("sep=;\nSTT;Lĩnh vực;Trực tuyến\n1;a;\"1.234\"\n"))
	f.Add([]byte(csvHead() + ",Tổng cộng,,2,,,,,,,,,\n,I. Cấp tỉnh,,1,,,,,1,,,,\n1.1,Hộ tịch,,1,,,,,1,,,,\n,Cộng,,9,,,,,,,,,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		imp, err := kstt.ReadCSV(bytes.NewReader(data), kstt.Options{Limits: fuzzLimits})
		if err == nil {
			checkImport(t, imp)
		}
	})
}

// FuzzReadXLSX reads any bytes as a workbook: never a panic, and a reading
// checkImport accepts. Seeds: the vendor's export, and a workbook written
// by hand.
func FuzzReadXLSX(f *testing.F) {
	f.Add(vendorExport(f))
	f.Add(rawBook(f, `<sheetData>`+headXML()+`<row r="5"><c r="A5" t="s"><v>0</v></c><c r="D5"><f>1</f></c></row></sheetData>`,
		`<sst><si><t>1</t></si></sst>`))
	f.Add([]byte("PK\x05\x06" + strings.Repeat("\x00", 18)))
	f.Fuzz(func(t *testing.T, data []byte) {
		imp, err := kstt.ReadXLSX(bytes.NewReader(data), int64(len(data)), kstt.Options{Limits: fuzzLimits})
		if err == nil {
			checkImport(t, imp)
		}
	})
}

// FuzzSheetXML reads any sheet XML inside a well-formed workbook, where a
// fuzzer gets past the zip's checksums: never a panic.
func FuzzSheetXML(f *testing.F) {
	f.Add(`<sheetData>` + headXML() + `<row r="5"><c r="A5"><v>1</v></c><c r="B5" t="inlineStr"><is><t>Hộ tịch</t></is></c>` +
		`<c r="D5" t="s"><v>0</v></c><c r="E5" t="e"><v>#REF!</v></c></row></sheetData><mergeCells><mergeCell ref="C1:F1"/></mergeCells>`)
	f.Add(`<sheetData><row><c><v>1</v></c><c t="b"><v>1</v></c></row><row r="0"/></sheetData>`)
	f.Fuzz(func(t *testing.T, sheet string) {
		data := rawBook(t, sheet, `<sst><si><t>1.234</t></si><si><r><t>Hộ </t></r><r><t>tịch</t></r><rPh><t>x</t></rPh></si></sst>`)
		imp, err := kstt.ReadXLSX(bytes.NewReader(data), int64(len(data)), kstt.Options{Limits: fuzzLimits})
		if err == nil {
			checkImport(t, imp)
		}
	})
}
