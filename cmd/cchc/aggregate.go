package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
)

// aggregateCommand is "cchc aggregate".
func aggregateCommand() command {
	return command{
		name:     "aggregate",
		synopsis: "cchc aggregate --frame FRAME.json [-f json|" + formatChoice() + "] [-o FILE] [--wording FILE] [--narrative] [--annex] [--sources] [--strict] [--force] [--max-size SIZE] UNIT...",
		about: `Aggregate rolls the reports of many units up into one report (báo cáo tổng
hợp): a province from its departments and communes, a district from its
communes. Counts add and every rate is derived again from the sums, never
averaged; the units' declared figures are dropped (each unit is checked
first); a unit of another period, or whose section cannot be added, is a
finding naming that unit and its part is left out of the sum.

The frame is a report in the interchange format that holds what belongs to
the roll-up itself: its header and period (required), its closing, and any
part it writes itself (basis, assessment, the names the sentences use, a
catalogue of procedures that every unit shares). It is laid over the sum of
the units: what the frame gives replaces the sum's value at that path,
objects merge key by key, arrays replace.

A UNIT is a report file, a folder (its *.json files, in name order, not its
sub-folders), or - for standard input as JSON lines (one report per line).

Each unit's findings are summarised on standard error under its file name,
then the roll-up's, where units[i] names the i-th unit (from 0) as listed in
"units:". The roll-up is written as JSON (the interchange format, the
default) or rendered as render does (-f, or the extension of -o), with
--wording as for render. --strict refuses to write a roll-up whose units or
frame-laid sum have error-level findings, and exits 1.

--sources writes, instead of the roll-up, which units each of its figures
came from, as JSON (to -o or standard output): "units" lists the units by
index (units[i]) and agency, "refused" for one of another period; "figures"
maps the JSON path of each figure the units give ("results.procedures.
dossiers.online") to "from", the units whose value the sum adds, and
"unknown", the units whose part leaves it out, so that the roll-up leaves it
out too. A figure the frame sets is the frame's, whatever its sources.`,
		examples: `  # The province's report from its units' reports, as JSON:
  cchc aggregate --frame tinh.json -o tinh-tong-hop.json so/ xa/
  # Which units each figure of it came from:
  cchc aggregate --frame tinh.json --sources -o nguon-so-lieu.json so/ xa/
  # Straight to Word, with the province's own sentences:
  cchc aggregate --frame tinh.json --wording cau-chu.json -o tinh.docx so/*.json xa/*.json
  # Units produced by another system, one report per line:
  other-system export | cchc aggregate --frame tinh.json -f json - > tinh.json
`,
		run: (*env).aggregate,
	}
}

// unitReport is one unit of a roll-up with the name messages give it.
type unitReport struct {
	name   string
	report *reform.Report
}

// aggregateFlags are the options of "cchc aggregate".
type aggregateFlags struct {
	frame, format, out, wording string
	narrative, strict, force    bool
	annex, sources              bool
	maxSize                     *byteSize
}

// aggregate runs "cchc aggregate".
func (e *env) aggregate(c command, args []string) int {
	fs := e.flagSet(c)
	var o aggregateFlags
	fs.StringVar(&o.frame, "frame", "", "the roll-up's own `FILE`: header, period, closing and its own parts (required)")
	fs.StringVar(&o.format, "f", "", "output `format`: json, "+formatNames()+" (default: from the extension of -o, else json)")
	fs.StringVar(&o.out, "o", "", "write the roll-up to `FILE` (default: standard output)")
	fs.StringVar(&o.wording, "wording", "", "change generated sentences with the JSON wording in `FILE` (see \"cchc wording\")")
	fs.BoolVar(&o.narrative, "narrative", false, "keep each unit's narrative of the report's own sections, one after another")
	fs.BoolVar(&o.strict, "strict", false, "refuse to write when a unit or the roll-up has error-level findings, and exit 1")
	fs.BoolVar(&o.force, "force", false, "overwrite the -o file when it exists")
	fs.BoolVar(&o.annex, "annex", false, annexUsage)
	fs.BoolVar(&o.sources, "sources", false, "write which units each figure of the roll-up came from, as JSON, instead of the roll-up")
	o.maxSize = maxSizeFlag(fs)
	pos, code, ok := e.parse(c, fs, args)
	if !ok {
		return code
	}
	switch {
	case o.frame == "":
		return e.badUsage(c, "expected --frame FRAME.json: the roll-up's header and period")
	case len(pos) == 0:
		return e.badUsage(c, "expected at least one UNIT: a report file, a folder of them, or - for JSON lines on standard input")
	case o.sources && !isJSONOutput(o.format, o.out):
		return e.badUsage(c, "--sources writes JSON: give no -f, or -f json, and an -o file ending in .json")
	}
	if code, ok := e.outputTaken(c, o.out, o.force); !ok {
		return code
	}
	return e.rollUp(c, o, pos)
}

// outputTaken reports, before the work, an -o file that exists without
// --force; writeFile checks again when it creates the file.
func (e *env) outputTaken(c command, out string, force bool) (int, bool) {
	if out != "" && out != "-" && !force && exists(out) {
		fmt.Fprintf(e.stderr, "cchc %s: %s exists; use --force to overwrite it\n", c.name, out)
		return exitFail, false
	}
	return exitOK, true
}

// rollUp reads the frame and the units, checks each unit, adds them up,
// lays the frame over the sum and writes it.
func (e *env) rollUp(c command, o aggregateFlags, args []string) int {
	w, ok := e.readWording(c, o.wording)
	if !ok {
		return exitFail
	}
	frameData, frameName, ok := e.readInput(c, o.frame, int64(*o.maxSize), false)
	if !ok {
		return exitFail
	}
	frame, ok := e.decodeReport(c, frameName, frameData, int64(*o.maxSize), false)
	if !ok {
		return exitFail
	}
	units, ok := e.readUnits(c, args, int64(*o.maxSize))
	if !ok {
		return exitFail
	}
	unitErrors := e.checkUnits(units)
	sum, src, rolled := aggregateUnits(frame, units, o)
	if err := (reform.DecodeOptions{MaxBytes: int64(*o.maxSize)}).DecodeOver(sum, frameData); err != nil {
		// The frame decoded on its own: only a failure of the library
		// could get here.
		fmt.Fprintf(e.stderr, "cchc %s: laying %s over the roll-up: %v\n", c.name, frameName, err)
		return exitFail
	}
	l := append(rolled, sum.Validate()...)
	writeSummary(e.stderr, "tổng hợp", l)
	if o.strict && (unitErrors > 0 || l.HasErrors()) {
		fmt.Fprintf(e.stderr, "cchc %s: --strict: %s in the units, %s in the roll-up; nothing written\n",
			c.name, plural(unitErrors, "error-level finding"), plural(len(l.Errors()), "error-level finding"))
		return exitFindings
	}
	if src != nil {
		return e.writeSources(c, o, src)
	}
	return e.writeRollUp(c, o, sum, w, units)
}

// aggregateUnits adds the units up under the frame's header and period,
// with the sources of the figures when --sources asks for them.
func aggregateUnits(frame *reform.Report, units []unitReport, o aggregateFlags) (*reform.Report, *reform.Sources, finding.List) {
	opts := reform.AggregateOptions{Narrative: o.narrative}
	if o.sources {
		return reform.AggregateSources(frame.Header, frame.Period, reports(units), opts)
	}
	sum, l := reform.Aggregate(frame.Header, frame.Period, reports(units), opts)
	return sum, nil, l
}

// writeSources writes the sources of the roll-up's figures as JSON.
func (e *env) writeSources(c command, o aggregateFlags, src *reform.Sources) int {
	data, err := json.Marshal(src)
	if err != nil {
		fmt.Fprintf(e.stderr, "cchc %s: %v\n", c.name, err)
		return exitFail
	}
	return e.emit(c, o.out, o.force, append(data, '\n'), "json")
}

// reports returns the reports of the units.
func reports(units []unitReport) []*reform.Report {
	out := make([]*reform.Report, len(units))
	for i, u := range units {
		out[i] = u.report
	}
	return out
}

// checkUnits validates each unit and writes its summary under its name,
// after the list that tells which unit units[i] is. It returns the number of
// error-level findings of all units.
func (e *env) checkUnits(units []unitReport) int {
	fmt.Fprintln(e.stderr, "units:")
	for i, u := range units {
		fmt.Fprintf(e.stderr, "  units[%d] %s (%s)\n", i, u.name, oneLine(u.report.Header.Agency))
	}
	n := 0
	for _, u := range units {
		l := u.report.Validate()
		if l.Len() > 0 {
			writeSummary(e.stderr, u.name, l)
		}
		n += len(l.Errors())
	}
	return n
}

// writeRollUp writes the roll-up as JSON or renders it.
func (e *env) writeRollUp(c command, o aggregateFlags, sum *reform.Report, w reform.Wording, units []unitReport) int {
	if isJSONOutput(o.format, o.out) {
		e.noAnnexInJSON(c, o.annex)
		data, err := sum.Encode()
		if err != nil {
			fmt.Fprintf(e.stderr, "cchc %s: %v\n", c.name, err)
			return exitFail
		}
		return e.emit(c, o.out, o.force, data, "json")
	}
	f, err := pickFormat(o.format, o.out)
	if err != nil {
		return e.badUsage(c, err.Error())
	}
	d, err := e.rollUpDocument(c, o.annex, sum, w, units)
	if err != nil {
		fmt.Fprintf(e.stderr, "cchc %s: the roll-up cannot be laid out: %v\n", c.name, err)
		return exitFail
	}
	var buf bytes.Buffer
	if err := f.Render(&buf, d); err != nil {
		fmt.Fprintf(e.stderr, "cchc %s: writing %s: %v\n", c.name, f.Name, err)
		return exitFail
	}
	return e.emit(c, o.out, o.force, buf.Bytes(), f.Name)
}

// isJSONOutput reports whether the roll-up is written as JSON: -f json, an
// -o file ending in .json, or neither -f nor -o.
func isJSONOutput(format, out string) bool {
	switch {
	case format != "":
		return strings.EqualFold(format, "json")
	case out == "" || out == "-":
		return true
	}
	return strings.EqualFold(extension(out), ".json")
}

// readUnits reads every unit named by args, reporting every one that cannot
// be read or is not a report before giving up.
func (e *env) readUnits(c command, args []string, maxSize int64) ([]unitReport, bool) {
	var units []unitReport
	ok := true
	for _, arg := range args {
		us, good := e.readUnitArg(c, arg, maxSize)
		units = append(units, us...)
		ok = ok && good
	}
	if ok && len(units) == 0 {
		fmt.Fprintf(e.stderr, "cchc %s: no unit report found in %s\n", c.name, strings.Join(args, ", "))
		return nil, false
	}
	return units, ok
}

// readUnitArg reads the units of one argument: a file, a folder or "-".
func (e *env) readUnitArg(c command, arg string, maxSize int64) ([]unitReport, bool) {
	if arg == "-" {
		return e.readUnitLines(c, maxSize)
	}
	if st, err := os.Stat(arg); err == nil && st.IsDir() {
		return e.readUnitDir(c, arg, maxSize)
	}
	r, name, ok := e.readReport(c, arg, maxSize, false)
	if !ok {
		return nil, false
	}
	return []unitReport{{name: name, report: r}}, true
}

// readUnitDir reads the *.json files of a folder, in name order.
func (e *env) readUnitDir(c command, dir string, maxSize int64) ([]unitReport, bool) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		e.cannotRead(c, err, false)
		return nil, false
	}
	var names []string
	for _, en := range entries {
		if !en.IsDir() && strings.EqualFold(filepath.Ext(en.Name()), ".json") {
			names = append(names, filepath.Join(dir, en.Name()))
		}
	}
	slices.Sort(names)
	var units []unitReport
	ok := true
	for _, name := range names {
		r, _, good := e.readReport(c, name, maxSize, false)
		if good {
			units = append(units, unitReport{name: name, report: r})
		}
		ok = ok && good
	}
	return units, ok
}

// readUnitLines reads standard input as JSON lines: one report per line,
// blank lines skipped, each line at most maxSize bytes.
func (e *env) readUnitLines(c command, maxSize int64) ([]unitReport, bool) {
	limit := maxSize
	if limit <= 0 {
		limit = reform.DefaultMaxBytes
	}
	sc := bufio.NewScanner(e.stdin)
	sc.Buffer(make([]byte, 0, 64<<10), int(min(limit+1, 1<<31-1)))
	var units []unitReport
	ok := true
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		name := fmt.Sprintf("%s, line %d", stdinName, n)
		r, good := e.decodeReport(c, name, sc.Bytes(), maxSize, false)
		if good {
			units = append(units, unitReport{name: name, report: r})
		}
		ok = ok && good
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintf(e.stderr, "cchc %s: %s: %v (a line longer than the input limit %s? --max-size changes it)\n",
			c.name, stdinName, err, byteSize(limit).describe())
		return nil, false
	}
	return units, ok
}
