package main

import (
	"fmt"

	"github.com/cchc-go/cchc/reform"
)

// schemaCommand is "cchc schema".
func schemaCommand() command {
	return command{
		name:     "schema",
		synopsis: "cchc schema",
		about:    schemaAbout,
		examples: schemaExamples,
		run:      (*env).schema,
	}
}

// schemaAbout and schemaExamples are the help of "cchc schema".
const (
	schemaAbout = `Schema prints the JSON Schema (draft 2020-12) of the interchange format on
standard output: what a report's JSON holds, field by field, for the systems
that produce reports (PHP, Java, .NET …) to validate them before calling
"cchc check". Decoding is stricter than any schema: cchc check names the
JSON path of every problem.`
	schemaExamples = `  cchc schema > report.schema.json
`
)

// endLine returns s ending with a newline.
func endLine(s []byte) []byte {
	if len(s) > 0 && s[len(s)-1] != '\n' {
		return append(s, '\n')
	}
	return s
}

// schema runs "cchc schema".
func (e *env) schema(c command, args []string) int {
	fs := e.flagSet(c)
	pos, code, ok := e.parse(c, fs, args)
	if !ok {
		return code
	}
	if len(pos) != 0 {
		return e.badUsage(c, fmt.Sprintf("unexpected argument %q", pos[0]))
	}
	s, err := reform.Schema()
	if err != nil {
		fmt.Fprintf(e.stderr, "cchc schema: %v\n", err)
		return exitFail
	}
	s = endLine(s)
	// A failure to write is remembered by e.stdout and reported by run.
	e.stdout.Write(s)
	return exitOK
}
