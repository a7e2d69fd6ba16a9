// The options of a reading: the sheet, the limits, and the mapping of a
// vendor's columns, which is configuration and reads from JSON.

package kstt

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cchc-go/cchc/tthc"
)

// Options are the options of a reading. The zero value reads the first
// sheet that holds a Biểu 06 head with the default limits and mapping.
type Options struct {
	// Sheet is the sheet of a workbook to read, by name (compared without
	// regard to case); empty for the first sheet that holds a Biểu 06 head.
	Sheet string
	// Name is the name the findings give a CSV file's one sheet, as a
	// spreadsheet program names it after the file ("bieu06" for
	// bieu06.csv); empty for "Sheet1".
	Name string
	// Mapping adapts the reading to a vendor's variant of the form.
	Mapping Mapping
	// Limits bound what a reading reads; zero fields take the defaults.
	Limits Limits
}

// Limits bound the time and memory of a reading whatever the input: a
// reading past one is an error wrapping ErrTooLarge that names the limit.
type Limits struct {
	// MaxBytes is the size of the file (default DefaultMaxBytes, 16 MiB).
	MaxBytes int64
	// MaxUnzipped is the number of bytes of a workbook's parts that are
	// decompressed and read, the sum over the parts read (default 64 MiB):
	// a part that claims more is refused before it is read, and a part
	// that holds more than it claims is a damaged file.
	MaxUnzipped int64
	// MaxStrings is the number of shared strings of a workbook (default
	// 1.048.576).
	MaxStrings int
	// MaxRows is the last row that may hold a value (default 100.000; at
	// most 1.048.576, a spreadsheet's).
	MaxRows int
	// MaxColumns is the last column that may hold a value (default 256,
	// column IV; at most 16.384, XFD).
	MaxColumns int
	// MaxCells is the number of cells with a value (default 1.000.000).
	MaxCells int
}

// The default limits.
const (
	// DefaultMaxBytes is the default size of a file, 16 MiB.
	DefaultMaxBytes = 16 << 20
	// DefaultMaxUnzipped is the default number of decompressed bytes read.
	DefaultMaxUnzipped = 64 << 20
	// DefaultMaxStrings is the default number of shared strings.
	DefaultMaxStrings = 1 << 20
	// DefaultMaxRows is the default last row with a value.
	DefaultMaxRows = 100000
	// DefaultMaxColumns is the default last column with a value.
	DefaultMaxColumns = 256
	// DefaultMaxCells is the default number of cells with a value.
	DefaultMaxCells = 1000000
)

// withDefaults returns l with the defaults in place of zero or negative
// fields, and the rows and columns within those of a spreadsheet.
func (l Limits) withDefaults() Limits {
	def := func(v, d int64) int64 {
		if v <= 0 {
			return d
		}
		return v
	}
	return Limits{
		MaxBytes:    def(l.MaxBytes, DefaultMaxBytes),
		MaxUnzipped: def(l.MaxUnzipped, DefaultMaxUnzipped),
		MaxStrings:  int(def(int64(l.MaxStrings), DefaultMaxStrings)),
		MaxRows:     int(min(def(int64(l.MaxRows), DefaultMaxRows), maxRow)),
		MaxColumns:  int(min(def(int64(l.MaxColumns), DefaultMaxColumns), maxColumn)),
		MaxCells:    int(def(int64(l.MaxCells), DefaultMaxCells)),
	}
}

// Ignore is the figure of a column the reading leaves out (Mapping.Columns).
const Ignore tthc.ColumnFigure = "ignore"

// The ways the rows of a table are read (Mapping.Rows).
const (
	// RowsFields reads the deepest rows as fields (lĩnh vực) of the unit
	// of the row above them, or of the sheet's unit (Mapping.Unit).
	RowsFields = "fields"
	// RowsUnits reads the rows under the groups (or the top rows, without
	// groups) as units, and rows under a unit as its fields.
	RowsUnits = "units"
)

// Mapping adapts a reading to a vendor's variant of Biểu số 06/VPCP/KSTT
// (ánh xạ cột): columns in another order or with other heads, extra
// columns (withdrawn, returned), the way the rows are read. It is
// configuration: DecodeMapping reads it from JSON, e.g.
//
//	{"columns": [{"column": "N", "figure": "other"},
//	             {"head": "hồ sơ trả lại", "figure": "ignore"}],
//	 "rows": "units"}
//
// A column is matched, in order, by Columns (a letter, then words of its
// head), by the heads of Form (exactly, after normalising case and spaces),
// and by the built-in words of the usual layouts (doc.go).
type Mapping struct {
	// Form is a layout whose columns' heads are matched exactly; nil for
	// tthc.Form06. A province on a newer form, or a vendor, gives its own.
	Form *tthc.Form `json:"form,omitempty"`
	// Columns name columns by letter or by the words of their head.
	Columns []ColumnMap `json:"columns,omitempty"`
	// Other says what to do with the columns of dossiers withdrawn,
	// returned or refused: "keep" (the default) adds them up into the
	// other bucket (tthc.Counts.Other); "ignore" leaves them out.
	Other string `json:"other,omitempty"`
	// Rows says how rows are read: RowsFields, RowsUnits, or empty to
	// decide from the head of the name column (units when it names units —
	// "cơ quan", "đơn vị", "địa phương" — and not fields).
	Rows string `json:"rows,omitempty"`
	// Unit is the name of the unit of a table by field with no unit row.
	Unit string `json:"unit,omitempty"`
	// Encoding is the encoding of a CSV file without a byte-order mark:
	// "utf-8" (the default), "windows-1258" or "windows-1252". A file with
	// a byte-order mark is read in the encoding it marks.
	Encoding string `json:"encoding,omitempty"`
	// TotalLabels are names of total rows besides "Tổng cộng", "Tổng số",
	// "Tổng", "Toàn tỉnh" and those starting "Cộng".
	TotalLabels []string `json:"total_labels,omitempty"`
}

// ColumnMap names one column of an export.
type ColumnMap struct {
	// Column is the column's letter, e.g. "N"; or empty, and Head is set.
	Column string `json:"column,omitempty"`
	// Head matches a column whose heads, top to bottom, contain these
	// words in this order (without regard to case), e.g. "trả lại".
	Head string `json:"head,omitempty"`
	// Figure is what the column holds: a figure of tthc.Counts (online,
	// in_person, carried_over, received, received_in_period, resolved,
	// early, on_time, early_or_on_time, late, pending, pending_in_time,
	// pending_overdue, other), "number" (STT), "name", or "ignore".
	Figure tthc.ColumnFigure `json:"figure"`
}

// DecodeMapping reads a mapping from JSON strictly: an unknown field, a
// value of the wrong type or data after the object is an error; then
// Mapping.Check.
func DecodeMapping(r io.Reader) (Mapping, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var m Mapping
	if err := dec.Decode(&m); err != nil {
		return Mapping{}, fmt.Errorf("kstt: mapping: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Mapping{}, errors.New("kstt: mapping: unexpected data after the JSON object")
	}
	return m, m.Check()
}

// Check returns an error naming the first field of m that is not one: an
// unknown figure, a column that is not a letter, a column map with neither
// letter nor head, an unknown value of Other, Rows or Encoding.
func (m Mapping) Check() error {
	for i, c := range m.Columns {
		p := fmt.Sprintf("kstt: mapping: columns[%d]", i)
		switch {
		case c.Column == "" && strings.TrimSpace(c.Head) == "":
			return fmt.Errorf("%s: give a column letter or words of its head", p)
		case c.Column != "" && columnNumber(c.Column) == 0:
			return fmt.Errorf("%s.column: %q is not a column letter (A to XFD)", p, c.Column)
		case c.Column == "" && len(words(c.Head)) == 0:
			return fmt.Errorf("%s.head: %q has no word to match", p, c.Head)
		case !mappable(c.Figure):
			return fmt.Errorf("%s.figure: %q is not a figure; expected %s", p, c.Figure, mappableNames())
		}
	}
	switch {
	case m.Other != "" && m.Other != "keep" && m.Other != "ignore":
		return fmt.Errorf("kstt: mapping: other: %q; expected \"keep\" or \"ignore\"", m.Other)
	case m.Rows != "" && m.Rows != RowsFields && m.Rows != RowsUnits:
		return fmt.Errorf("kstt: mapping: rows: %q; expected %q or %q", m.Rows, RowsFields, RowsUnits)
	}
	if _, err := charmapOf(m.Encoding); err != nil {
		return fmt.Errorf("kstt: mapping: encoding: %w", err)
	}
	return nil
}
