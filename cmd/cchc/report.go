package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
)

// stdinName is how messages name standard input.
const stdinName = "standard input"

// readReport reads and decodes the report named by arg ("-" for standard
// input). When the input is not a report it writes the problems, each with
// its JSON path, on standard error (and as a JSON object on standard output
// when asJSON is set) and returns false; the command then exits with
// exitFail. It also returns the name of the input for messages.
func (e *env) readReport(c command, arg string, asJSON bool) (*reform.Report, string, bool) {
	name := arg
	var data []byte
	var err error
	if arg == "-" {
		name = stdinName
		data, err = io.ReadAll(e.stdin)
	} else {
		data, err = os.ReadFile(arg)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "cchc %s: %v\n", c.name, err)
		if asJSON {
			e.writeProblems([]reform.Problem{{Message: err.Error()}})
		}
		return nil, name, false
	}
	r, err := reform.Decode(data)
	if err == nil {
		return r, name, true
	}
	var de *reform.DecodeError
	if !errors.As(err, &de) {
		// Decode returns a *DecodeError for every problem of the input; this
		// is for anything else it may return one day.
		de = &reform.DecodeError{Problems: []reform.Problem{{Message: err.Error()}}}
	}
	fmt.Fprintf(e.stderr, "cchc %s: %s is not a report in the interchange format (%s):\n",
		c.name, name, plural(len(de.Problems), "problem"))
	for _, p := range de.Problems {
		if p.Path == "" {
			fmt.Fprintf(e.stderr, "%s\n", p.Message)
		} else {
			fmt.Fprintf(e.stderr, "%s: %s\n", p.Path, p.Message)
		}
	}
	if asJSON {
		e.writeProblems(de.Problems)
	}
	return nil, name, false
}

// writeProblems writes {"problems": [{"path": …, "message": …}, …]} on
// standard output.
func (e *env) writeProblems(ps []reform.Problem) {
	if ps == nil {
		ps = []reform.Problem{}
	}
	e.writeJSON(struct {
		Problems []reform.Problem `json:"problems"`
	}{ps})
}

// writeJSON writes v as indented JSON on standard output, leaving "<", ">"
// and "&" as they are so that messages read as written.
func (e *env) writeJSON(v any) {
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		// Only a failing writer gets here: the values are plain data.
		fmt.Fprintf(e.stderr, "cchc: writing JSON: %v\n", err)
	}
}

// counts writes the number of findings by severity the Vietnamese way:
// "2 lỗi, 5 cảnh báo, 12 lưu ý".
func counts(l finding.List) string {
	return fmt.Sprintf("%d %s, %d %s, %d %s",
		len(l.Errors()), finding.Error.Vietnamese(),
		len(l.Warnings()), finding.Warning.Vietnamese(),
		len(l.Infos()), finding.Info.Vietnamese())
}

// bySeverity returns the findings of l, errors first, then warnings, then
// infos, each group in the order of l.
func bySeverity(l finding.List) finding.List {
	out := make(finding.List, 0, len(l))
	out = append(out, l.Errors()...)
	out = append(out, l.Warnings()...)
	return append(out, l.Infos()...)
}

// line writes a finding on one line: the severity in Vietnamese, the code,
// the JSON path and the message, e.g. "lỗi personnel.base.mismatch
// results.personnel.civil_service.gender.groups[0].total: Mẫu số …".
func line(f finding.Finding) string {
	var b strings.Builder
	b.WriteString(f.Severity.Vietnamese())
	b.WriteString(" ")
	b.WriteString(string(f.Code))
	if f.Path != "" {
		b.WriteString(" ")
		b.WriteString(f.Path)
	}
	b.WriteString(": ")
	b.WriteString(oneLine(f.Message))
	return b.String()
}

// oneLine replaces the line breaks of s with spaces, so that one finding is
// one line.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// plural writes n and the English noun, with an s when n is not 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
