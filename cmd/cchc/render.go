package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/render"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/html"
	"github.com/cchc-go/cchc/reform/render/markdown"
	"github.com/cchc-go/cchc/reform/render/pdf"
	"github.com/cchc-go/cchc/reform/render/text"
	"github.com/cchc-go/cchc/reform/render/xlsx"
)

// renderCommand is "cchc render".
func renderCommand() command {
	return command{
		name:     "render",
		synopsis: "cchc render [-f " + formatChoice() + "] [-o FILE] [--wording FILE] [--strict] [--draft] [--force] [--max-size SIZE] REPORT.json",
		about: `Render writes the report as an official document (văn bản) in the layout of
Nghị định 30/2020/NĐ-CP: DOCX for Word, PDF (fonts embedded, with an empty
signature field over the signer's block, ready to sign), one printable HTML
page, Markdown or plain text.

It checks the report first and prints a summary of the findings (phát hiện) on
standard error: the counts ("2 lỗi, 5 cảnh báo, 12 lưu ý") and one line per
error and warning ("cchc check" lists them all). A report with error-level
findings still renders, as its authors signed it; --strict refuses to render
it and exits 1, writing nothing.

The format is -f, or else the extension of the -o file (.docx, .pdf, .html,
.md, .txt). Without -o (or with -o -) the document goes to standard output
and -f is needed. An existing file is only overwritten with --force; the
document is written to a temporary file beside it and moved into place once
complete, so a failed or interrupted run leaves neither a half-written nor an
empty file.

--wording FILE changes generated sentences without writing Go: a JSON object
whose keys are the names of the wording's fields (go doc reform.Wording),
nested by section, e.g. {"Procedures": {"Feedback": "…"}}; a sentence left
out keeps its default. "cchc wording" prints the default wording in that
form, to start from.

The report is read once, up to --max-size bytes (default 16MiB): a larger
input is refused without being read whole.`,
		examples: `  # The reference report as a Word file:
  cchc render -o bao-cao.docx examples/testdata/380-BC-STP.json
  # The same as a PDF, ready to sign:
  cchc render -o bao-cao.pdf examples/testdata/380-BC-STP.json
  # A draft for review, refused if any figure is wrong:
  cchc render --strict --draft -o du-thao.html bao-cao.json
  # With a department's own sentences:
  cchc render --wording cau-chu.json -o bao-cao.docx bao-cao.json
  # From standard input to standard output:
  cat bao-cao.json | cchc render -f md - > bao-cao.md
`,
		run:       (*env).render,
		oneReport: true,
	}
}

// formats returns the formats render offers.
func formats() []render.Format {
	return []render.Format{docx.Format(), pdf.Format(), html.Format(), markdown.Format(), text.Format(), xlsx.Format()}
}

// formatNames writes the names of the formats: "docx, pdf, html, md, txt or
// xlsx".
func formatNames() string {
	fs := formats()
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.Name
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// formatChoice writes the names of the formats as a choice:
// "docx|pdf|html|md|txt|xlsx".
func formatChoice() string {
	fs := formats()
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.Name
	}
	return strings.Join(names, "|")
}

// pickFormat returns the format named by name, or else the one of the
// output file's extension.
func pickFormat(name, out string) (render.Format, error) {
	if name != "" {
		f, err := render.Pick(name, formats()...)
		if err != nil {
			return render.Format{}, fmt.Errorf("unknown format %q: expected %s", name, formatNames())
		}
		return f, nil
	}
	if out == "" || out == "-" {
		return render.Format{}, fmt.Errorf("writing to standard output needs -f %s", formatChoice())
	}
	ext := extension(out)
	if ext == "" {
		return render.Format{}, fmt.Errorf("%s has no extension to tell the format by: give -f (%s)", out, formatNames())
	}
	f, err := render.Pick(ext, formats()...)
	if err != nil {
		return render.Format{}, fmt.Errorf("no format writes %s files: give -f (%s)", ext, formatNames())
	}
	return f, nil
}

// extension returns the extension of a file name, dot included, or "".
func extension(name string) string {
	i := strings.LastIndexAny(name, `./\`)
	if i < 0 || name[i] != '.' {
		return ""
	}
	return name[i:]
}

// render runs "cchc render".
func (e *env) render(c command, args []string) int {
	fs := e.flagSet(c)
	formatName := fs.String("f", "", "output `format`: "+formatNames()+" (default: from the extension of -o)")
	out := fs.String("o", "", "write the document to `FILE` (default: standard output)")
	strict := fs.Bool("strict", false, "refuse to render when the report has error-level findings, and exit 1")
	draft := fs.Bool("draft", false, "mark the document as a draft: \"DỰ THẢO\" above the title")
	force := fs.Bool("force", false, "overwrite the -o file when it exists")
	wordingFile := fs.String("wording", "", "change generated sentences with the JSON wording in `FILE` (see \"cchc wording\")")
	maxSize := maxSizeFlag(fs)
	pos, code, ok := e.parseN(c, fs, args, 1, "expected one REPORT.json (or - for standard input)")
	if !ok {
		return code
	}
	f, err := pickFormat(*formatName, *out)
	if err != nil {
		return e.badUsage(c, err.Error())
	}
	toFile := *out != "" && *out != "-"
	if toFile && *formatName != "" {
		if ext := extension(*out); !strings.EqualFold(ext, f.Extension) {
			fmt.Fprintf(e.stderr, "cchc render: note: writing %s to %s\n", f.Name, *out)
		}
	}
	if toFile && !*force && exists(*out) {
		// Said before the work; writeFile checks again when it creates the file.
		fmt.Fprintf(e.stderr, "cchc render: %s exists; use --force to overwrite it\n", *out)
		return exitFail
	}

	w, ok := e.readWording(c, *wordingFile)
	if !ok {
		return exitFail
	}
	r, name, ok := e.readReport(c, pos[0], int64(*maxSize), false)
	if !ok {
		return exitFail
	}
	// The document Validate builds to check the report is the one written.
	checked := reform.Checker{}.Check(r, w)
	l := checked.Findings
	writeSummary(e.stderr, name, l)
	if *strict && l.HasErrors() {
		fmt.Fprintf(e.stderr, "cchc render: --strict: the report has %s; nothing written\n",
			plural(len(l.Errors()), "error-level finding"))
		return exitFindings
	}
	if checked.Document == nil {
		fmt.Fprintf(e.stderr, "cchc render: %s cannot be laid out: %v\n", name, checked.Err)
		return exitFail
	}
	data, err := writeChecked(f, checked, *draft)
	if err != nil {
		fmt.Fprintf(e.stderr, "cchc render: writing %s: %v\n", f.Name, err)
		return exitFail
	}
	return e.emit(c, *out, *force, data, f.Name)
}

// reportGC is the garbage collector's target percentage (GOGC) while one
// report is read, checked and rendered or linted (render, check, lint):
// its minimum heap is 4 MiB × reportGC/100 = 16 MiB, more than the few MiB
// an ordinary report allocates from its bytes to its document, so that the
// command does not stop to collect; a large report (up to --max-size) is
// collected as usual, its heap up to five times what it keeps. The process
// ends after one report: the kernel takes its memory back. It is set
// before anything is read: the packages' initialisation has allocated some
// 2 MiB by then, and the default 4 MiB would collect once, halfway
// through, a sixth of the command's time in a fresh process (cold caches,
// the collector's first start).
const reportGC = 400

// collectLess sets the garbage collector's target of the process to
// reportGC, unless the environment sets one (GOGC). Only main calls it,
// before anything else runs, for a command that reads one report
// (command.oneReport): the setting is the whole process's, so a test that
// runs commands side by side in one process never changes it.
func collectLess() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(reportGC)
	}
}

// writeChecked writes a checked report in format f; a draft is laid out again
// with its mark ("DỰ THẢO" above the title).
func writeChecked(f render.Format, checked reform.Checked, draft bool) ([]byte, error) {
	var buf bytes.Buffer
	if draft {
		checked.Document.Header.Draft = true
		err := f.Render(&buf, checked.Document)
		return buf.Bytes(), err
	}
	if checked.Layout == nil {
		return nil, checked.Err // what doc.Lay refused
	}
	if f.Write == nil {
		return nil, fmt.Errorf("render: format %q has no writer", f.Name)
	}
	err := f.Write(&buf, checked.Layout)
	return buf.Bytes(), err
}

// emit writes the output of command c to the file out, or to standard
// output when out is "" or "-"; what names the format in the message. An
// existing file is only replaced with force (writeFile).
func (e *env) emit(c command, out string, force bool, data []byte, what string) int {
	if out == "" || out == "-" {
		// A failure to write is remembered by e.stdout and reported by run.
		e.stdout.Write(data)
		return exitOK
	}
	if err := writeFile(out, data, force); err != nil {
		if errors.Is(err, errExists) {
			fmt.Fprintf(e.stderr, "cchc %s: %s exists; use --force to overwrite it\n", c.name, out)
		} else {
			fmt.Fprintf(e.stderr, "cchc %s: %v\n", c.name, err)
		}
		return exitFail
	}
	fmt.Fprintf(e.stderr, "cchc %s: wrote %s (%s)\n", c.name, out, what)
	return exitOK
}

// writeSummary writes the summary of the findings of the report called name:
// the counts by severity, then one line per error and per warning, and how to
// see the infos.
func writeSummary(w io.Writer, name string, l finding.List) {
	fmt.Fprintf(w, "%s: %s\n", name, l.Count())
	for _, f := range l.Errors() {
		fmt.Fprintln(w, line(f))
	}
	for _, f := range l.Warnings() {
		fmt.Fprintln(w, line(f))
	}
	if n := len(l.Infos()); n > 0 {
		fmt.Fprintf(w, "Xem %d lưu ý bằng lệnh: cchc check\n", n)
	}
}
