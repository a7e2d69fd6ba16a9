// Command measure times one stage of the pipeline on the reference report in
// CPU time per document, the way internal/bench/run.sh compares it with its
// peers: after a warm-up, it runs the stage n times and prints
//
//	<name> <cpu ns per op> <wall ns per op> <output bytes>
//
// CPU time is the process's user + system time (getrusage), every thread
// counted, garbage collection included, as the npm peer measures it with
// process.cpuUsage.
//
// Usage:
//
//	go run ./internal/bench/measure [-n 200] [-warmup 50] [-scale 1] STAGE [REPORT.json]
//	go run ./internal/bench/measure -export-layout FILE [REPORT.json]
//
// STAGE is one of pipeline (JSON bytes → Decode → Checker.Check, which
// validates, builds the document and lays it out once → docx.WriteLayout,
// what `cchc render` does), json (encoding/json into any, the peer),
// decode, validate, validate-checks (Validate with Checker.SkipDocument),
// document, lay, docx. -scale n runs it on a report n
// times the reference (bench.LargeReport). -export-layout writes the
// laid-out report as JSON, the input of the npm peer. A whole process
// (`cchc render`, pandoc) is timed by internal/bench/proc, a command of its
// own so that its size does not count in the peak memory of the child.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"syscall"
	"time"

	"github.com/cchc-go/cchc/internal/bench"
	"github.com/cchc-go/cchc/internal/bench/pipeline"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/docx"
)

// defaultReport is the reference report, from the module's root.
const defaultReport = "examples/testdata/380-BC-STP.json"

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("measure", flag.ContinueOnError)
	n := fs.Int("n", 200, "timed runs")
	warmup := fs.Int("warmup", 50, "untimed runs before")
	scale := fs.Int("scale", 1, "run on a report `n` times the reference")
	export := fs.String("export-layout", "", "write the laid-out report as JSON to `FILE` and exit")
	if err := fs.Parse(args); err != nil {
		return err
	}
	pos := fs.Args()
	path := defaultReport
	if *export == "" {
		if len(pos) < 1 || len(pos) > 2 {
			return errors.New("usage: measure [flags] STAGE [REPORT.json]")
		}
		if len(pos) == 2 {
			path = pos[1]
		}
	} else if len(pos) == 1 {
		path = pos[0]
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if *scale > 1 {
		if data, err = bench.LargeReport(data, *scale); err != nil {
			return err
		}
	}
	if *export != "" {
		return exportLayout(data, *export)
	}
	op, err := stage(pos[0], data)
	if err != nil {
		return err
	}
	size := 0
	for range *warmup {
		if size, err = op(); err != nil {
			return err
		}
	}
	cpu0, wall0 := cpuTime(), time.Now()
	for range *n {
		if size, err = op(); err != nil {
			return err
		}
	}
	cpu, wall := cpuTime()-cpu0, time.Since(wall0)
	_, err = fmt.Fprintf(stdout, "%s %d %d %d\n", pos[0], cpu.Nanoseconds()/int64(*n), wall.Nanoseconds()/int64(*n), size)
	return err
}

// stage returns the operation STAGE names, run on data; it returns the size
// of what it made.
func stage(name string, data []byte) (func() (int, error), error) {
	if name == "json" {
		return func() (int, error) {
			var v any
			return len(data), json.Unmarshal(data, &v)
		}, nil
	}
	if name == "pipeline" {
		var out bytes.Buffer
		return func() (int, error) {
			out.Reset()
			err := pipeline.CheckedDOCX(&out, data)
			return out.Len(), err
		}, nil
	}
	s, err := pipeline.Decode(data)
	if err != nil {
		return nil, err
	}
	r, d, l := s.Report, s.Document, s.Layout
	switch name {
	case "decode":
		return func() (int, error) { _, err := reform.Decode(data); return len(data), err }, nil
	case "validate":
		return func() (int, error) { return len(r.Validate()), nil }, nil
	case "validate-checks":
		c := reform.Checker{SkipDocument: true}
		return func() (int, error) { return len(c.Validate(r)), nil }, nil
	case "document":
		return func() (int, error) { _, err := r.Document(); return 0, err }, nil
	case "lay":
		return func() (int, error) { l, err := doc.Lay(d); return len(l.Body), err }, nil
	case "docx":
		var out bytes.Buffer
		return func() (int, error) {
			out.Reset()
			err := docx.WriteLayout(&out, l)
			return out.Len(), err
		}, nil
	}
	return nil, fmt.Errorf("unknown stage %q", name)
}

// exportLayout writes the laid-out report as JSON to file.
func exportLayout(data []byte, file string) error {
	s, err := pipeline.Decode(data)
	if err != nil {
		return err
	}
	out, err := json.Marshal(s.Layout)
	if err != nil {
		return err
	}
	return os.WriteFile(file, out, 0o644)
}

// cpuTime is the process's user and system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
