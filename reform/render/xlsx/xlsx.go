// Package xlsx writes the tables of a laid-out document (doc.Layout) as an
// Office Open XML workbook (bảng tính Excel): one sheet per table, the way a
// statistical annex (phụ lục, biểu số liệu) goes with a report to the Sở Nội
// vụ or the Bộ Nội vụ. It knows nothing about reports: it maps tables.
//
// Each sheet holds, from the top:
//   - the lines the table stands under: for a table of an appendix, the
//     appendix's label, title and reference line and the paragraphs between
//     the previous table and this one (the form's code, the period, "Đơn vị
//     tính: …"); for a table of the body, the nearest heading above it and
//     the paragraphs after that heading (the last three at most);
//   - the head: the head rows as on paper (doc.TableLayout.HeadRows) with
//     their cells merged across columns and rows, or the one-row head;
//   - the rows, a cell that spans columns merged across them;
//   - for the last table of an appendix, the paragraphs after it (the
//     source of the figures, say);
//   - the footnotes the sheet references, "[1] …".
//
// Numbers are numbers. A cell whose whole text is a Vietnamese number —
// "15.613", "03", "53,5", "53,5%" (vn.ParseInt, vn.ParseDecimal,
// vn.ParsePercent) — is a numeric cell, shown as written: integers with a
// number format that prints "." between thousands whatever the reader's
// locale ([<1000]0;[<1000000]#"."##0;#"."###"."##0, wider for larger
// values), "03" with the format 00, decimals and percentages with the
// format's Vietnamese locale tag ([$-42A]#,##0.0, [$-42A]0.0%), which
// LibreOffice honours and Excel follows only on a Vietnamese system. A
// number beyond the 15 significant digits a spreadsheet keeps stays text.
// Any other cell is text, its emphasis kept as rich text.
//
// Totals are formulas. In a row the table marks as a total (doc.Total),
// each integer cell whose value is the sum of the integer cells of the rows
// it adds up, in the same column, is written as =SUM(…) of those cells,
// with that value cached, so it shows without recalculation and stays
// right when a reader edits a figure. A cell that is not such a sum (a
// label, a rate derived again, a figure a row does not give) is written as
// it is printed.
//
// Print setup: A4 landscape, one page wide, margins 20 mm at the top and 15
// mm elsewhere, the head rows repeated on every page (Print_Titles), the
// page number at the top centre from page 2 on, as Nghị định
// 30/2020/NĐ-CP numbers pages; the panes are frozen under the head. The
// font is the style sheet's (Times New Roman), 12 pt in the table and 13 pt
// bold in the title lines; row heights are estimated from the text, since
// spreadsheets do not fit the height of merged cells.
//
// A document without a table gives a workbook of one sheet, "Văn bản", that
// says so under the document's title: rendering never fails for want of
// tables. Sheets are named after their place: "Phụ lục", "Phụ lục II",
// "Phụ lục II (2)" for a second table of an appendix, "Bảng 1" for the
// first table of the body.
//
// The workbook is built with github.com/xuri/excelize/v2. Output is
// deterministic: parts in a fixed order, fixed times in the zip, and the
// package properties dated by the document's date, never by the clock.
// Limits of the format are errors naming the table or the cell: more rows
// or columns than a sheet holds, a cell of more than 32.767 characters.
package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
)

// MediaType is the media type of the output.
const MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

// Format returns the XLSX format for render.Pick: name "xlsx", extension
// ".xlsx".
func Format() render.Format {
	return render.Format{Name: "xlsx", Extension: ".xlsx", MediaType: MediaType, Write: Write}
}

// Limits of a sheet (Excel's specifications, which LibreOffice shares).
const (
	// MaxRows is the number of rows of a sheet.
	MaxRows = 1048576
	// MaxColumns is the number of columns of a sheet.
	MaxColumns = 16384
	// MaxCellText is the number of characters a cell holds.
	MaxCellText = 32767
)

// ErrTooLarge is the error of a table or a cell past the limits of a
// sheet; the error that wraps it names the table or the cell.
var ErrTooLarge = errors.New("past the limits of a spreadsheet")

// Write writes the tables of l as a workbook. It first checks l
// (doc.Layout.Check) and returns its *doc.LayoutError, writing nothing, for
// a layout it refuses; an error wrapping ErrTooLarge names a table or cell
// no sheet can hold. Nothing is written to w unless the whole workbook is
// built.
func Write(w io.Writer, l *doc.Layout) error {
	if err := l.Check(); err != nil {
		return err
	}
	data, err := build(l)
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// build returns the bytes of the workbook of l.
func build(l *doc.Layout) ([]byte, error) {
	sheets := collect(l)
	for _, s := range sheets {
		if err := s.fits(); err != nil {
			return nil, err
		}
	}
	f := excelize.NewFile()
	defer f.Close()
	z := &zipWriter{core: coreProps(l)}
	f.SetZipWriter(func(w io.Writer) excelize.ZipWriter { z.w = w; return z })
	b, err := newBook(f, l.Style.Font)
	if err != nil {
		return nil, err
	}
	for i, s := range sheets {
		if err := b.addSheet(i, s); err != nil {
			return nil, err
		}
	}
	f.SetActiveSheet(0)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	return buf.Bytes(), nil
}

// newBook starts the workbook of f in font, Times New Roman when none is
// named.
func newBook(f *excelize.File, font string) (*book, error) {
	b := &book{f: f, font: font, styles: map[styleKey]int{}}
	if b.font == "" {
		b.font = "Times New Roman"
	}
	if err := f.SetDefaultFont(b.font); err != nil {
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	return b, nil
}

// addSheet adds sheet i, s, to the workbook: the first renames the sheet
// a new workbook has.
func (b *book) addSheet(i int, s sheet) error {
	var err error
	if i == 0 {
		err = b.f.SetSheetName("Sheet1", s.name)
	} else {
		_, err = b.f.NewSheet(s.name)
	}
	if err != nil {
		return fmt.Errorf("xlsx: sheet %q: %w", s.name, err)
	}
	return b.sheet(s)
}
