package xlsx_test

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/xlsx"
	"github.com/cchc-go/cchc/reform/vn"
)

// FuzzWrite puts arbitrary text in a heading, a paragraph above a table, a
// head cell, a data cell and the total row of the form table: whenever
// doc.Lay accepts the document, the workbook is written (or refused as too
// large for a sheet), excelize reads every sheet back, and
// the data cell holds a number exactly when its text is a Vietnamese
// number, else its text.
func FuzzWrite(f *testing.F) {
	f.Add("Số liệu", "Xã Bình Hòa", "15.613", "17.630")
	f.Add("<script>&\"'", "]]><!--", "53,5%", "03")
	f.Add("\x00\x01\x1f\ufffe\uffff", "a\r\nb\tc", "-9.223.372.036.854.775.808", "1,2345678901234567890")
	f.Add("\xff\xfe invalid UTF-8", "e\u0301", "9.007.199.254.740.993", "")
	f.Add("Phụ lục ' [I]", strings.Repeat("dài ", 200), "1.23", "0")
	f.Fuzz(func(t *testing.T, title, text, number, total string) {
		if len(title)+len(text)+len(number)+len(total) > 4096 {
			return
		}
		d := smallDoc()
		d.Body = append(d.Body, &doc.Section{Title: title, Blocks: []doc.Block{
			doc.P(doc.Plain(text)),
			&doc.Table{Columns: []doc.Column{{Title: title}}, Rows: [][]doc.Cell{{{Runs: doc.Text(number)}}}},
		}})
		tab := d.Appendices[1].Body[2].(*doc.Table)
		tab.Head[0][1] = doc.Cell{Runs: doc.Text(title), RowSpan: 3}
		tab.Rows[2][2] = doc.Cell{Runs: doc.Text(number)}
		tab.Rows[2][1] = doc.Cell{Runs: []doc.Run{doc.Bold(text), doc.Italic(title)}}
		tab.Rows[0][2] = doc.Cell{Runs: doc.Text(total)}
		l, err := doc.Lay(d)
		if err != nil {
			return // a document Lay refuses is Lay's to report
		}
		var a bytes.Buffer
		err = xlsx.Write(&a, l)
		if errors.Is(err, xlsx.ErrTooLarge) {
			return
		}
		if err != nil {
			t.Fatalf("Write: %v", err)
		}
		wb, err := excelize.OpenReader(bytes.NewReader(a.Bytes()))
		if err != nil {
			t.Fatalf("excelize cannot read it: %v", err)
		}
		defer wb.Close()
		for _, s := range wb.GetSheetList() {
			if _, err := wb.GetRows(s); err != nil {
				t.Fatalf("sheet %q: %v", s, err)
			}
		}
		// The data cell of Sở Tư pháp's received dossiers: C13 of the form
		// sheet, under five lines, a blank row and four head rows.
		got, err := wb.GetCellValue("Phụ lục II", "C13", excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		typ, _ := wb.GetCellType("Phụ lục II", "C13")
		laid := doc.PlainText(l.Appendices[1].Body[2].Table.Rows[2][2].Spans)
		if typ == excelize.CellTypeUnset && got != "" {
			if !isNumber(strings.TrimSpace(laid)) {
				t.Fatalf("%q is a number cell (%s) but not a Vietnamese number", laid, got)
			}
			if _, err := strconv.ParseFloat(got, 64); err != nil {
				t.Fatalf("the number cell of %q holds %q", laid, got)
			}
		} else if got != laid {
			t.Fatalf("the text cell of %q holds %q", laid, got)
		}
	})
}

// smallDoc is annexDoc with the text of the sample left out, so that the
// fuzzer runs more inputs per second: a body of one paragraph, and the two
// appendices.
func smallDoc() *doc.Document {
	d := annexDoc()
	d.Body = []doc.Block{doc.P(doc.Plain("Báo cáo số liệu."))}
	d.Closing.Recipients = nil
	return d
}

// isNumber reports whether s reads as a Vietnamese number.
func isNumber(s string) bool {
	if _, err := vn.ParseInt(s); err == nil {
		return true
	}
	if _, _, err := vn.ParsePercent(s); err == nil {
		return true
	}
	_, err := vn.ParseDecimal(s)
	return err == nil
}
