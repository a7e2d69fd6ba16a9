package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// The exit statuses of every command.
const (
	// exitOK: the command did its work; for check, no error-level finding.
	exitOK = 0
	// exitFindings: the report has error-level findings (check; render
	// --strict, which then writes nothing).
	exitFindings = 1
	// exitFail: the command could not do its work: bad usage, input that is
	// not a report, a report that cannot be laid out, an output file that
	// exists, a failure to write.
	exitFail = 2
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 {
		if c, ok := lookup(args[0]); ok && c.oneReport {
			collectLess() // before the wording and the report are read: see reportGC
		}
	}
	os.Exit(run(args, os.Stdin, os.Stdout, os.Stderr))
}

// env is where a run reads and writes: the standard streams of the process,
// or buffers in tests.
type env struct {
	stdin io.Reader
	// stdout remembers its first write error; run checks it once, after the
	// command, so that commands write their output without checking each
	// write and a failed write still ends in exitFail.
	stdout *errWriter
	stderr io.Writer
}

// errWriter is a writer that remembers its first error: after it, every
// write does nothing and returns that error.
type errWriter struct {
	w   io.Writer
	err error
}

// Write writes p to the underlying writer unless an earlier write failed.
func (w *errWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		w.err = err
	}
	return n, err
}

// command is one subcommand of cchc.
type command struct {
	// name is the word that selects the command.
	name string
	// synopsis is the one-line usage.
	synopsis string
	// about says what the command does, for -h.
	about string
	// examples are example command lines with comments, for -h.
	examples string
	// run runs the command with the arguments after its name.
	run func(e *env, c command, args []string) int
	// oneReport is set for a command that reads, checks and writes one
	// report and ends (render, check, lint): main lowers the garbage
	// collector's work for it (collectLess), never for serve or aggregate.
	oneReport bool
}

// commands returns the subcommands in the order the usage lists them.
func commands() []command {
	return []command{renderCommand(), checkCommand(), lintCommand(), aggregateCommand(), importCommand(), schemaCommand(), periodCommand(), wordingCommand(), serveCommand()}
}

// run runs cchc with the arguments after the program name and returns the
// exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: &errWriter{w: stdout}, stderr: stderr}
	if len(args) == 0 {
		e.usage()
		return exitFail
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		return e.runHelp(args)
	}
	c, ok := lookup(args[0])
	if !ok {
		fmt.Fprintf(e.stderr, "cchc: unknown command %q\n\n", args[0])
		e.usage()
		return exitFail
	}
	return e.runCommand(c, args[1:])
}

// runCommand runs c with its arguments. Whatever the command found, its
// output is incomplete when standard output could not be written: a caller
// must not take it for the whole answer, and the run fails.
func (e *env) runCommand(c command, args []string) int {
	code := c.run(e, c, args)
	if err := e.stdout.err; err != nil {
		fmt.Fprintf(e.stderr, "cchc %s: cannot write to standard output: %v\n", c.name, err)
		return exitFail
	}
	return code
}

// runHelp answers "cchc help [COMMAND]" and "cchc -h": the help of the
// command named, or the usage.
func (e *env) runHelp(args []string) int {
	if len(args) < 2 || args[0] != "help" {
		e.usage()
		return exitOK
	}
	if c, ok := lookup(args[1]); ok {
		return c.run(e, c, []string{"-h"})
	}
	fmt.Fprintf(e.stderr, "cchc help: unknown command %q\n\n", args[1])
	e.usage()
	return exitFail
}

// lookup returns the command called name.
func lookup(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// usage writes the usage of cchc on standard error.
func (e *env) usage() {
	var b strings.Builder
	b.WriteString(usageHead)
	for _, c := range commands() {
		b.WriteString("  " + c.synopsis + "\n")
	}
	b.WriteString(usageFoot)
	io.WriteString(e.stderr, b.String())
}

// usageHead and usageFoot are the usage of cchc before and after the
// synopses of the commands.
const (
	usageHead = `cchc renders and checks periodic administrative-reform reports
(báo cáo công tác cải cách hành chính) written in the JSON interchange format.

Usage:
`
	usageFoot = `
REPORT.json may be "-" to read standard input. Run "cchc COMMAND -h" for the
flags and examples of a command.

Exit status: 0 done (check: no error-level finding); 1 the report has
error-level findings (check, render --strict); 2 the command could not do its
work (usage, input that is not a report, output file exists, the output could
not be written).

Example:
  cchc render -o bao-cao.docx examples/testdata/380-BC-STP.json
`
)

// flagSet returns an empty flag set for c that reports its errors on
// standard error; parse prints the help and the short usage.
func (e *env) flagSet(c command) *flag.FlagSet {
	fs := flag.NewFlagSet("cchc "+c.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {}
	return fs
}

// parse parses args with fs, accepting flags before and after the positional
// arguments ("--" ends the flags), and returns the positional arguments.
// When it returns false the command must return code: 0 after -h, which
// printed the help, or exitFail after a bad flag.
func (e *env) parse(c command, fs *flag.FlagSet, args []string) (pos []string, code int, ok bool) {
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				e.help(c, fs)
				return nil, exitOK, false
			}
			// The flag package has written the error.
			return nil, e.badUsage(c, ""), false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, exitOK, true
		}
		if used := args[:len(args)-len(rest)]; len(used) > 0 && used[len(used)-1] == "--" {
			return append(pos, rest...), exitOK, true
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// parseN parses args as parse does and checks that c was given n positional
// arguments; with another count it prints usage, which says what c expects,
// and the short usage, and returns false with exitFail.
func (e *env) parseN(c command, fs *flag.FlagSet, args []string, n int, usage string) (pos []string, code int, ok bool) {
	pos, code, ok = e.parse(c, fs, args)
	if !ok {
		return nil, code, false
	}
	if len(pos) != n {
		return nil, e.badUsage(c, usage), false
	}
	return pos, exitOK, true
}

// badUsage writes msg, if any, and the short usage of c on standard error
// and returns exitFail.
func (e *env) badUsage(c command, msg string) int {
	if msg != "" {
		fmt.Fprintf(e.stderr, "cchc %s: %s\n", c.name, msg)
	}
	fmt.Fprintf(e.stderr, "usage: %s\nRun \"cchc %s -h\" for help.\n", c.synopsis, c.name)
	return exitFail
}

// help writes the help of c on standard error: usage, description, flags and
// examples.
func (e *env) help(c command, fs *flag.FlagSet) {
	fmt.Fprintf(e.stderr, "usage: %s\n\n%s\n", c.synopsis, c.about)
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		fmt.Fprintf(e.stderr, "\nFlags (also written --flag):\n")
		fs.PrintDefaults()
	}
	fmt.Fprintf(e.stderr, "\nExamples:\n%s", c.examples)
}
