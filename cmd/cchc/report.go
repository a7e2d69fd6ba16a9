package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
)

// stdinName is how messages name standard input.
const stdinName = "standard input"

// readReport reads and decodes the report named by arg ("-" for standard
// input) in one pass, reading at most maxSize bytes of it (0 for the
// default limit, reform.DefaultMaxBytes): a larger input is refused without
// being read whole. When the input is not a report it writes the problems on
// standard error, one per line with the JSON path, line, column and code (and
// as a JSON object on standard output when asJSON is set) and returns false;
// the command then exits with exitFail. It also returns the name of the
// input for messages.
func (e *env) readReport(c command, arg string, maxSize int64, asJSON bool) (*reform.Report, string, bool) {
	data, name, ok := e.readInput(c, arg, maxSize, asJSON)
	if !ok {
		return nil, name, false
	}
	r, ok := e.decodeReport(c, name, data, maxSize, asJSON)
	return r, name, ok
}

// readInput reads the input named by arg ("-" for standard input), at most
// maxSize bytes of it (0 for reform.DefaultMaxBytes) and one byte more, so
// that decoding tells an input at the limit from one beyond. A failure to
// read is written as cannotRead does.
func (e *env) readInput(c command, arg string, maxSize int64, asJSON bool) ([]byte, string, bool) {
	if arg == "-" {
		return e.readLimited(c, e.stdin, stdinName, maxSize, asJSON)
	}
	f, err := os.Open(arg)
	if err != nil {
		e.cannotRead(c, err, asJSON)
		return nil, arg, false
	}
	defer f.Close()
	return e.readLimited(c, f, arg, maxSize, asJSON)
}

// readLimited reads in, called name, up to the input limit of maxSize and
// one byte more.
func (e *env) readLimited(c command, in io.Reader, name string, maxSize int64, asJSON bool) ([]byte, string, bool) {
	data, err := io.ReadAll(io.LimitReader(in, inputLimit(maxSize)+1))
	if err != nil {
		e.cannotRead(c, err, asJSON)
		return nil, name, false
	}
	return data, name, true
}

// inputLimit is the input limit of --max-size maxSize:
// reform.DefaultMaxBytes for 0.
func inputLimit(maxSize int64) int64 {
	if maxSize <= 0 {
		return reform.DefaultMaxBytes
	}
	return maxSize
}

// decodeReport decodes the report called name. When the input is not a
// report it writes the problems on standard error, one per line with the
// JSON path, line, column and code (and as a JSON object on standard output
// when asJSON is set), and returns false.
func (e *env) decodeReport(c command, name string, data []byte, maxSize int64, asJSON bool) (*reform.Report, bool) {
	r, err := reform.DecodeOptions{MaxBytes: maxSize}.Decode(data)
	if err == nil {
		return r, true
	}
	var de *reform.DecodeError
	if !errors.As(err, &de) {
		e.cannotRead(c, err, asJSON)
		return nil, false
	}
	e.decodeProblems(c, name, de.Problems, maxSize, asJSON)
	return nil, false
}

// decodeProblems writes the problems of an input that is not a report.
func (e *env) decodeProblems(c command, name string, problems []reform.Problem, maxSize int64, asJSON bool) {
	fmt.Fprintf(e.stderr, "cchc %s: %s is not a report in the interchange format (%s):\n",
		c.name, name, plural(len(problems), "problem"))
	tooLarge := false
	for _, p := range problems {
		fmt.Fprintln(e.stderr, oneLine(p.String()))
		tooLarge = tooLarge || p.Code == reform.ProblemSize
	}
	if tooLarge {
		fmt.Fprintf(e.stderr, "cchc %s: the input limit is %s; --max-size changes it\n", c.name, byteSize(inputLimit(maxSize)).describe())
	}
	if asJSON {
		e.writeProblems(problems)
	}
}

// cannotRead writes err, a failure to read the input, on standard error
// (and as a JSON object on standard output when asJSON is set).
func (e *env) cannotRead(c command, err error, asJSON bool) {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		// "open bao-cao.json: no such file or directory", without the
		// wrapping of DecodeFrom.
		err = pe
	}
	fmt.Fprintf(e.stderr, "cchc %s: %v\n", c.name, err)
	if asJSON {
		// A problem without a code: the input could not be read, so nothing
		// is known about it.
		e.writeProblems([]reform.Problem{{Message: err.Error()}})
	}
}

// writeProblems writes {"problems": [{"code": …, "path": …, "line": …,
// "column": …, "message": …}, …]} on standard output.
func (e *env) writeProblems(ps []reform.Problem) {
	if ps == nil {
		ps = []reform.Problem{}
	}
	e.writeJSON(struct {
		Problems []reform.Problem `json:"problems"`
	}{ps})
}

// writeJSON writes v as indented JSON on standard output, leaving "<", ">"
// and "&" as they are so that messages read as written. A failure to write
// is remembered by e.stdout and reported by run.
func (e *env) writeJSON(v any) {
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil && e.stdout.err == nil {
		// The values are plain data: only a failing writer should get
		// here, and e.stdout has the error then.
		e.stdout.err = err
	}
}

// bySeverity returns the findings of l, errors first, then warnings, then
// infos, each group in the order of l; severity gives a finding's severity
// (findings of package finding and of lint).
func bySeverity[F any](l []F, severity func(F) finding.Severity) []F {
	out := make([]F, 0, len(l))
	for _, s := range []finding.Severity{finding.Error, finding.Warning, finding.Info} {
		for _, f := range l {
			if severity(f) == s {
				out = append(out, f)
			}
		}
	}
	return out
}

// findingSeverity is the severity of f, for bySeverity.
func findingSeverity(f finding.Finding) finding.Severity { return f.Severity }

// line writes a finding on one line: the severity in Vietnamese, the code,
// the JSON path, the place in the printed report and the message, e.g. "lỗi personnel.base.mismatch
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
	if f.Place != "" {
		b.WriteString(" [tại: " + f.Place + "]")
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
