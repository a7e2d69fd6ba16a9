package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/lint"
	"github.com/cchc-go/cchc/reform/lint/input"
)

// lintCommand is "cchc lint".
func lintCommand() command {
	return command{
		name:      "lint",
		synopsis:  "cchc lint [--json] [--format docx|txt|md] [--max-size SIZE] FILE.docx|FILE.txt|FILE.md",
		about:     lintAbout,
		examples:  lintExamples,
		run:       (*env).lint,
		oneReport: true,
	}
}

// lintAbout and lintExamples are the help of "cchc lint".
const (
	lintAbout = `Lint reads a report a person wrote — a DOCX, a plain text or Markdown — and
checks it offline, with no JSON: the header, title and closing lines, the
numbering of headings (repeats, gaps, "2.2" without its dot, the order of
the letters a b c d đ e g …), footnotes, every citation of a legal or
administrative document (the checks of "cchc check", over the whole text and
the notes), the figures stated in prose (a total and its enumerated parts, a
rate and its fraction, the dossier results of Biểu 06/VPCP/KSTT, the staff of
a unit stated twice), dates against the report's period and date, text
hygiene, and for a DOCX the layout of Nghị định 30/2020/NĐ-CP (page, margins,
fonts and sizes of each part, header, page numbers). Findings use the codes
of "cchc check" where the rule is the same, and lint.* codes otherwise.

Each finding is printed on one line, errors first: the severity (lỗi, cảnh
báo, lưu ý), the code, the place — the heading path and the paragraph under
it ("II.2.2.đ, đoạn 1"), with the paragraph's number in the file and its
line for a text — the quoted text and the Vietnamese message; the counts
follow on standard error. With --json it prints one JSON object instead:
  {"file", "format", "number", "title", "period", "report_date",
   "findings": [{"code", "severity", "path", "values", "message",
                 "place": {"part", "heading", "index", "paragraph", "line",
                           "footnote", "start", "end", "quote"},
                 "related_places"}, …],
   "errors": N, "warnings": N, "infos": N}

The format is read from the content (a DOCX is a zip archive) and the name
(.md, .markdown; anything else is text); --format chooses it, e.g. for
standard input. The input is read up to --max-size bytes (default 16MiB):
a larger one is refused without being read whole; a DOCX's parts are read
within their own limits, so a zip bomb is refused in bounded time and
memory.

Exit status: 0 when there is no error-level finding, 1 when there is, 2 when
the input cannot be read (missing, too large, not UTF-8, a damaged DOCX) or
the output cannot be written; the reason is printed on standard error (and
with --json as {"problems": [{"message"}]} on standard output).`
	lintExamples = `  cchc lint bao-cao.docx
  cchc lint --json bao-cao.txt > phat-hien.json
  pdftotext -layout bao-cao.pdf - | cchc lint -
  cchc lint --format md - < bao-cao.md
`
)

// lint runs "cchc lint".
func (e *env) lint(c command, args []string) int {
	fs := e.flagSet(c)
	asJSON := fs.Bool("json", false, "print the findings as one JSON object")
	format := fs.String("format", "", "read the input as `FORMAT`: docx, txt or md (default: from the content and the name)")
	maxSize := maxSizeFlag(fs)
	pos, code, ok := e.parseN(c, fs, args, 1, "expected one FILE.docx, FILE.txt or FILE.md (or - for standard input)")
	if !ok {
		return code
	}
	name, ok := lintName(pos[0], *format)
	if !ok {
		return e.badUsage(c, fmt.Sprintf("--format %q: expected docx, txt or md", *format))
	}
	doc, display, err := e.readLintInput(pos[0], name, int64(*maxSize))
	if err != nil {
		if errors.Is(err, lint.ErrTooLarge) {
			err = fmt.Errorf("%s is larger than the input limit of %s; --max-size changes it", display, byteSize(*maxSize).describe())
		}
		e.cannotRead(c, err, *asJSON)
		return exitFail
	}
	res := lint.Check(doc, lint.Options{})
	e.printLint(res, display, *asJSON)
	return exitFor(res.List())
}

// lintName returns the name the reader of arg is chosen by: arg, or with
// the extension of the format given (docx, txt or md); false for another
// format.
func lintName(arg, format string) (string, bool) {
	switch format {
	case "":
		return arg, true
	case "docx":
		return forceExt(arg, ".docx"), true
	case "txt", "text":
		return forceExt(arg, ".txt"), true
	case "md", "markdown":
		return forceExt(arg, ".md"), true
	}
	return "", false
}

// printLint prints the findings of lint: as one JSON object, or a line
// each, errors first, and the counts on standard error.
func (e *env) printLint(res *lint.Result, display string, asJSON bool) {
	if asJSON {
		e.writeJSON(res.Summary(display))
		return
	}
	for _, f := range bySeverity(res.Findings, func(f lint.Finding) finding.Severity { return f.Severity }) {
		fmt.Fprintln(e.stdout, lintLine(f))
	}
	fmt.Fprintf(e.stderr, "%s: %s\n", display, res.List().Count())
}

// forceExt gives name the extension ext, so that the reader is chosen by it.
func forceExt(name, ext string) string {
	if name == "-" {
		return "stdin" + ext
	}
	return name + ext
}

// readLintInput reads the document named by arg ("-" for standard input),
// choosing its reader by name. A file larger than maxSize is refused from
// its size, without reading it.
func (e *env) readLintInput(arg, name string, maxSize int64) (*input.Document, string, error) {
	lim := lint.Limits{MaxBytes: maxSize}
	if arg == "-" {
		doc, err := lint.ReadFrom(name, e.stdin, lim)
		return doc, stdinName, err
	}
	f, err := os.Open(arg)
	if err != nil {
		return nil, arg, err
	}
	defer f.Close()
	doc, err := readLintFile(f, name, lim)
	return doc, arg, err
}

// readLintFile reads an open file named name: a DOCX in place (only the
// parts lint needs), another regular file up to the limit, refused from
// its size when it is larger.
func readLintFile(f *os.File, name string, lim lint.Limits) (*input.Document, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return lint.ReadFrom(name, f, lim)
	}
	if info.Size() > lim.MaxBytes {
		return nil, lint.ErrTooLarge
	}
	head := make([]byte, 4)
	n, _ := io.ReadFull(f, head)
	if lint.FormatOf(name, head[:n]) == input.DOCX {
		return lint.ReadAt(f, info.Size(), lim)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return lint.ReadFrom(name, f, lim)
}

// lintLine writes a finding on one line: severity, code, place, quote and
// message.
func lintLine(f lint.Finding) string {
	var b strings.Builder
	b.WriteString(f.Severity.Vietnamese())
	b.WriteString(" ")
	b.WriteString(string(f.Code))
	b.WriteString(" ")
	b.WriteString(f.Place.Where())
	if q := oneLine(f.Place.Quote); q != "" {
		r := []rune(q)
		if len(r) > 80 {
			q = strings.TrimSuffix(string(r[:80]), "…") + "…"
		}
		b.WriteString(" “" + q + "”")
	}
	b.WriteString(": ")
	b.WriteString(oneLine(f.Message))
	return b.String()
}
