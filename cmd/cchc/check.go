package main

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/finding"
)

// checkCommand is "cchc check".
func checkCommand() command {
	return command{
		name:      "check",
		synopsis:  "cchc check [--json] [--max-size SIZE] REPORT.json",
		about:     checkAbout,
		examples:  checkExamples,
		run:       (*env).check,
		oneReport: true,
	}
}

// checkAbout and checkExamples are the help of "cchc check".
const (
	checkAbout = `Check decodes the report strictly and runs every check on it. It prints the
findings (phát hiện) on standard output, errors first, one per line: the
severity (lỗi, cảnh báo, lưu ý), the code, the JSON path of the field and the
Vietnamese message; the counts follow on standard error. With --json it prints
one JSON object instead:
  {"findings": [{"code", "severity", "path", "related", "values", "message"}, …],
   "errors": N, "warnings": N, "infos": N}

The report is read once, up to --max-size bytes (default 16MiB): a larger
input is refused without being read whole.

Exit status: 0 when there is no error-level finding, 1 when there is, 2 when
the input is not a report (invalid JSON, an unknown field, a value of the
wrong type, an input beyond a limit) or the output cannot be written. Each
problem of the input is printed on standard error, one per line: the JSON
path, the line and column, the Vietnamese message and the code, e.g.
  header.date (dòng 5, cột 13): … [decode.date.invalid]
and with --json as {"problems": [{"code", "path", "line", "column",
"message"}, …]} on standard output (an input that cannot be read at all is
one problem without code, path or place).`
	checkExamples = `  cchc check bao-cao.json
  cchc check --json bao-cao.json > phat-hien.json
  cchc check --max-size 64M bao-cao-toan-tinh.json
  curl -s https://portal.example/bao-cao/380.json | cchc check -
`
)

// check runs "cchc check".
func (e *env) check(c command, args []string) int {
	fs := e.flagSet(c)
	asJSON := fs.Bool("json", false, "print the findings as one JSON object")
	maxSize := maxSizeFlag(fs)
	pos, code, ok := e.parseN(c, fs, args, 1, "expected one REPORT.json (or - for standard input)")
	if !ok {
		return code
	}
	r, name, ok := e.readReport(c, pos[0], int64(*maxSize), *asJSON)
	if !ok {
		return exitFail
	}
	l := r.Validate()
	e.printFindings(l, name, *asJSON)
	return exitFor(l)
}

// printFindings prints the findings of the report called name: as one
// JSON object, or a line each, errors first, and the counts on standard
// error.
func (e *env) printFindings(l finding.List, name string, asJSON bool) {
	if asJSON {
		e.writeJSON(l.Summary())
		return
	}
	for _, f := range bySeverity(l, findingSeverity) {
		fmt.Fprintln(e.stdout, line(f))
	}
	fmt.Fprintf(e.stderr, "%s: %s\n", name, l.Count())
}

// exitFor is the exit status of a command that reports the findings l:
// exitFindings when one is an error, exitOK otherwise.
func exitFor(l finding.List) int {
	if l.HasErrors() {
		return exitFindings
	}
	return exitOK
}
