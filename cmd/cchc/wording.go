package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/cchc-go/cchc/reform"
)

// wordingCommand is "cchc wording".
func wordingCommand() command {
	return command{
		name:     "wording",
		synopsis: "cchc wording [--level LEVEL]",
		about: `Wording prints the default wording (câu chữ) of the generated sentences as
JSON: one key per sentence, named as the fields of reform.Wording and nested
by section. Keep the sentences a department changes, delete the others, and
pass the file to "cchc render --wording FILE". A sentence is a Go text/template
over the figures named in go doc of its section's Wording.

The sentences are those of a department's report, which a report of another
level (header.level) reads where its level has no sentence of its own; with
--level they are those of that level ("cán bộ, công chức" for a commune). A
sentence the file keeps as the department's default reads as the report's
level's; a sentence it changes is read as written, at every level.`,
		examples: `  cchc wording > cau-chu.json
  cchc wording --level commune > cau-chu-xa.json
`,
		run: (*env).wording,
	}
}

// wording runs "cchc wording".
func (e *env) wording(c command, args []string) int {
	fs := e.flagSet(c)
	level := fs.String("level", string(reform.LevelDepartment), "print the sentences of a report of `LEVEL`: "+levelNames())
	_, code, ok := e.parseN(c, fs, args, 0, "expected no argument")
	if !ok {
		return code
	}
	if !reform.Level(*level).Known() {
		return e.badUsage(c, fmt.Sprintf("--level %q: expected %s", *level, levelNames()))
	}
	out, err := json.MarshalIndent(reform.DefaultWording().At(reform.Level(*level)), "", "  ")
	if err != nil {
		fmt.Fprintf(e.stderr, "cchc wording: %v\n", err)
		return exitFail
	}
	e.stdout.Write(append(out, '\n'))
	return exitOK
}

// levelNames lists the levels of a report: "province, department, district,
// commune".
func levelNames() string {
	var names []string
	for _, l := range reform.Levels() {
		names = append(names, string(l))
	}
	return strings.Join(names, ", ")
}

// readWording reads the wording file of --wording, or returns the default
// wording when name is "". A problem is written to standard error.
func (e *env) readWording(c command, name string) (reform.Wording, bool) {
	if name == "" {
		return reform.DefaultWording(), true
	}
	f, err := os.Open(name)
	if err != nil {
		fmt.Fprintf(e.stderr, "cchc %s: --wording: %v\n", c.name, err)
		return reform.Wording{}, false
	}
	defer f.Close()
	w, err := reform.DecodeWordingFrom(f)
	var de *reform.DecodeError
	switch {
	case errors.As(err, &de):
		fmt.Fprintf(e.stderr, "cchc %s: --wording: %s is not a wording file (%s):\n", c.name, name, plural(len(de.Problems), "problem"))
		for _, p := range de.Problems {
			fmt.Fprintln(e.stderr, oneLine(p.String()))
		}
		return reform.Wording{}, false
	case err != nil:
		fmt.Fprintf(e.stderr, "cchc %s: --wording: %s: %v\n", c.name, name, err)
		return reform.Wording{}, false
	}
	return w, true
}
