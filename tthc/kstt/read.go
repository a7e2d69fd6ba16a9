// The readings: a workbook, a CSV file, or either told by its first bytes;
// each finds the head, reads the body and makes the units.

package kstt

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cchc-go/cchc/reform/vn"
)

// ErrNoTable is wrapped by the error of a sheet, or a workbook, with no
// head of Biểu số 06/VPCP/KSTT in its first rows.
var ErrNoTable = errors.New("kstt: no table of Biểu 06/VPCP/KSTT")

// Read reads a one-stop system's export of Biểu số 06/VPCP/KSTT from r,
// size bytes: a workbook when it is a zip archive (ReadXLSX), an error
// wrapping ErrEncrypted or ErrLegacyXLS for an OLE file, and a CSV file
// otherwise (ReadCSV).
func Read(r io.ReaderAt, size int64, o Options) (*Import, error) {
	head := make([]byte, 8)
	n, _ := r.ReadAt(head, 0)
	if bytes.HasPrefix(head[:n], zipMagic) || bytes.HasPrefix(head[:n], zipEmpty) || bytes.HasPrefix(head[:n], oleMagic) {
		return ReadXLSX(r, size, o)
	}
	return ReadCSV(io.NewSectionReader(r, 0, size), o)
}

// ReadXLSX reads the workbook r of size bytes: the sheet o.Sheet, or the
// first sheet with a head of the form. A file past o.Limits is an error
// wrapping ErrTooLarge, a password-protected one ErrEncrypted, a legacy
// .xls ErrLegacyXLS, a damaged one ErrCorrupt, and one without the form's
// head ErrNoTable; each names what it found. The figures' problems are
// findings, never errors.
func ReadXLSX(r io.ReaderAt, size int64, o Options) (*Import, error) {
	lim := o.Limits.withDefaults()
	if size > lim.MaxBytes {
		return nil, fmt.Errorf("%w: the file has %d bytes, past the limit of %d", ErrTooLarge, size, lim.MaxBytes)
	}
	if err := o.Mapping.Check(); err != nil {
		return nil, err
	}
	wb, err := openWorkbook(r, size, lim)
	if err != nil {
		return nil, err
	}
	if o.Sheet != "" {
		i, err := wb.sheetIndex(o.Sheet)
		if err != nil {
			return nil, err
		}
		g, err := wb.sheetGrid(i)
		if err != nil {
			return nil, err
		}
		return readGrid(g, o.Mapping)
	}
	return wb.firstTable(o.Mapping)
}

// sheetIndex returns the index of the sheet called name, compared without
// regard to case.
func (wb *workbook) sheetIndex(name string) (int, error) {
	names := make([]string, len(wb.sheets))
	for i, s := range wb.sheets {
		if strings.EqualFold(vn.NFC(s.name), vn.NFC(name)) {
			return i, nil
		}
		names[i] = fmt.Sprintf("%q", s.name)
	}
	return 0, fmt.Errorf("kstt: the workbook has no sheet %q; its sheets are %s", name, strings.Join(names, ", "))
}

// firstTable reads the first sheet that holds a head of the form.
func (wb *workbook) firstTable(m Mapping) (*Import, error) {
	var names []string
	for i, s := range wb.sheets {
		g, err := wb.sheetGrid(i)
		if err != nil {
			return nil, err
		}
		imp, err := readGrid(g, m)
		if !errors.Is(err, ErrNoTable) {
			return imp, err
		}
		names = append(names, fmt.Sprintf("%q", s.name))
	}
	return nil, fmt.Errorf("%w: no sheet of the workbook (%s) has its head (STT, lĩnh vực, số hồ sơ nhận giải quyết …) in its first %d rows",
		ErrNoTable, strings.Join(names, ", "), headSearch)
}

// ReadCSV reads a CSV file: UTF-8, with or without a byte-order mark;
// UTF-16 with one; or the code page o.Mapping.Encoding names. The delimiter
// is the one a "sep=" line names, else the most frequent of ",", ";" and
// tab. Findings name the sheet o.Name ("Sheet1" by default). Errors are
// those of ReadXLSX, and one wrapping ErrEncoding for a file whose
// encoding is not known for certain.
func ReadCSV(r io.Reader, o Options) (*Import, error) {
	lim := o.Limits.withDefaults()
	if err := o.Mapping.Check(); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(r, lim.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("kstt: %w", err)
	}
	if int64(len(data)) > lim.MaxBytes {
		return nil, fmt.Errorf("%w: the file has more than %d bytes", ErrTooLarge, lim.MaxBytes)
	}
	name := o.Name
	if strings.TrimSpace(name) == "" {
		name = "Sheet1"
	}
	enc, _ := charmapOf(o.Mapping.Encoding)
	g, err := csvGrid(data, name, enc, lim)
	if err != nil {
		return nil, err
	}
	return readGrid(g, o.Mapping)
}

// readGrid reads the table of one sheet.
func readGrid(g *grid, m Mapping) (*Import, error) {
	mt := newMatcher(m)
	h, ok := findHead(g, mt)
	if !ok {
		return nil, fmt.Errorf("%w: sheet %q has no head (STT, lĩnh vực, số hồ sơ nhận giải quyết …) in its first %d rows",
			ErrNoTable, g.name, headSearch)
	}
	t := &table{g: g, m: m, mt: mt, h: h}
	cols, hg := classify(g, h, mt)
	t.left, t.right = hg.left, hg.left+hg.cols-1
	if err := t.arrange(cols); err != nil {
		return nil, err
	}
	t.readBody()
	imp := &Import{Sheet: g.name, Units: t.units()}
	imp.Findings = t.l
	if imp.Units == nil {
		imp.Units = []Unit{}
	}
	return imp, nil
}
