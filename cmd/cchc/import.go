package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/tthc/kstt"
)

// importCommand is "cchc import".
func importCommand() command {
	return command{
		name:     "import",
		synopsis: "cchc import kstt [--sheet NAME] [--map FILE.json] [--max-size SIZE] FILE.xlsx|FILE.csv",
		about: `Import reads data from outside into the interchange format. "import kstt"
reads a one-stop system's statistics export (Hệ thống thông tin giải quyết
TTHC) laid out as Biểu số 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP): an XLSX
workbook or a CSV file, with its title lines, its head of one to four rows
(merged cells, the row of column numbers or not), rows by field and by
unit, groups and totals. It prints the units' dossier figures by field as
JSON on standard output:
  {"sheet": …, "units": [{"unit": …, "group": …, "dossiers": {…}}, …]}
where each "dossiers" is the object a report holds at
results.procedures.dossiers (received online, in person, carried over;
resolved early, on time, late; pending, in time, overdue; "fields"), ready
to be pasted into a report. Totals are derived from the rows; the export's
own totals and subtotals are checked against them, never added twice.

The findings go to standard error, errors first, one per line with the
cell ("Sheet1!E7") and its row and column: a cell that is not a number
("abc"; "1.234" typed as text is read as 1234 with a note), a subtotal that
does not add up, a head that matches no column of the form, a row whose
figures break the form's identities (received = online + in person +
carried over, and so on, with the codes of "cchc check").

The sheet is --sheet, or the first with the form's head. --map FILE gives
a vendor's variant as JSON (go doc github.com/cchc-go/cchc/tthc/kstt.Mapping):
columns by letter or by the words of their head, withdrawn or returned
dossiers kept ("other") or ignored, rows read as fields or as units, the
unit of a table by field, the encoding of a CSV file that is not UTF-8
("windows-1258"). A CSV file's sheet is named after the file in findings.

The file is read up to --max-size bytes (default 16MiB), and a workbook's
parts within their own limits, so that a zip bomb, a huge shared-strings
table or a sheet that claims a million rows is refused in bounded time and
memory.

Exit status: 0 when there is no error-level finding, 1 when there is (the
figures are printed all the same), 2 when the file cannot be read: missing,
too large, password-protected, an old .xls, damaged, without the form's
head, or a CSV file whose encoding is not certain.`,
		examples: `  cchc import kstt bieu06-quy-III.xlsx > ho-so.json
  cchc import kstt --sheet "Biểu 06" --map vnpt.json bao-cao-mot-cua.xlsx
  cchc import kstt thong-ke.csv
`,
		run: (*env).importData,
	}
}

// importData runs "cchc import".
func (e *env) importData(c command, args []string) int {
	fs := e.flagSet(c)
	sheet := fs.String("sheet", "", "read the sheet called `NAME` (default: the first with the head of Biểu 06)")
	mapFile := fs.String("map", "", "read a vendor's variant of the form with the JSON mapping in `FILE`")
	maxSize := byteSize(kstt.DefaultMaxBytes)
	fs.Var(&maxSize, "max-size", "refuse a file larger than `SIZE` bytes, without reading it;\n"+
		"K, M, G (or KiB, MiB, GiB) are ×1024, KB, MB, GB ×1000: 64M, 64MiB, 500KB")
	pos, code, ok := e.parse(c, fs, args)
	if !ok {
		return code
	}
	switch {
	case len(pos) == 0 || pos[0] != "kstt":
		return e.badUsage(c, "expected the kind of data: kstt (Biểu số 06/VPCP/KSTT of a one-stop system)")
	case len(pos) != 2:
		return e.badUsage(c, "expected one FILE.xlsx or FILE.csv (or - for standard input)")
	}
	m, ok := e.readMapping(c, *mapFile)
	if !ok {
		return exitFail
	}
	return e.importKSTT(c, pos[1], kstt.Options{Sheet: *sheet, Mapping: m, Limits: kstt.Limits{MaxBytes: int64(maxSize)}})
}

// importKSTT reads the export named by arg with o, prints its figures as
// JSON and its findings, and returns the exit status.
func (e *env) importKSTT(c command, arg string, o kstt.Options) int {
	imp, name, err := e.readExport(arg, o)
	if err != nil {
		fmt.Fprintf(e.stderr, "cchc %s: %s: %v\n", c.name, name, err)
		if errors.Is(err, kstt.ErrTooLarge) {
			fmt.Fprintf(e.stderr, "cchc %s: the file limit is %s; --max-size changes it\n", c.name, byteSize(o.Limits.MaxBytes).describe())
		}
		return exitFail
	}
	e.writeJSON(imp)
	writeAll(e.stderr, name, imp.Findings)
	if imp.Findings.HasErrors() {
		return exitFindings
	}
	return exitOK
}

// readMapping reads the mapping of --map; the zero mapping when name is
// "". A problem is written to standard error.
func (e *env) readMapping(c command, name string) (kstt.Mapping, bool) {
	if name == "" {
		return kstt.Mapping{}, true
	}
	f, err := os.Open(name)
	if err != nil {
		fmt.Fprintf(e.stderr, "cchc %s: --map: %v\n", c.name, err)
		return kstt.Mapping{}, false
	}
	defer f.Close()
	m, err := kstt.DecodeMapping(io.LimitReader(f, 1<<20))
	if err != nil {
		fmt.Fprintf(e.stderr, "cchc %s: --map %s: %v\n", c.name, name, err)
		return kstt.Mapping{}, false
	}
	return m, true
}

// readExport reads the export named by arg ("-" for standard input) and
// returns it with the name messages give it. A file larger than the limit
// is refused from its size, without reading it.
func (e *env) readExport(arg string, o kstt.Options) (*kstt.Import, string, error) {
	if arg == "-" {
		o.Name = "Sheet1"
		imp, err := readLimited(e.stdin, o)
		return imp, stdinName, err
	}
	f, err := os.Open(arg)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, arg, err
	}
	defer f.Close()
	o.Name = strings.TrimSuffix(filepath.Base(arg), filepath.Ext(arg))
	info, err := f.Stat()
	if err != nil {
		return nil, arg, err
	}
	if !info.Mode().IsRegular() {
		imp, err := readLimited(f, o)
		return imp, arg, err
	}
	imp, err := kstt.Read(f, info.Size(), o)
	return imp, arg, err
}

// readLimited reads an export from a stream, at most the limit's bytes.
func readLimited(r io.Reader, o kstt.Options) (*kstt.Import, error) {
	data, err := io.ReadAll(io.LimitReader(r, o.Limits.MaxBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > o.Limits.MaxBytes {
		return nil, fmt.Errorf("%w: the input has more than %d bytes", kstt.ErrTooLarge, o.Limits.MaxBytes)
	}
	return kstt.Read(bytes.NewReader(data), int64(len(data)), o)
}

// writeAll writes the findings of the file called name: the counts by
// severity, then one line per finding, errors first.
func writeAll(w io.Writer, name string, l finding.List) {
	fmt.Fprintf(w, "%s: %s\n", name, l.Count())
	for _, f := range bySeverity(l, findingSeverity) {
		fmt.Fprintln(w, line(f))
	}
}
