package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
)

// checkOutput is the JSON that check --json prints.
type checkOutput struct {
	Findings []finding.Finding `json:"findings"`
	Errors   int               `json:"errors"`
	Warnings int               `json:"warnings"`
	Infos    int               `json:"infos"`
}

// problemsOutput is the JSON that check --json prints for input that is not
// a report.
type problemsOutput struct {
	Problems []reform.Problem `json:"problems"`
}

// severityOf returns the severity a line of check starts with.
func severityOf(t *testing.T, line string) finding.Severity {
	t.Helper()
	for _, s := range []finding.Severity{finding.Error, finding.Warning, finding.Info} {
		if strings.HasPrefix(line, s.Vietnamese()+" ") {
			return s
		}
	}
	t.Fatalf("line without a severity: %q", line)
	return 0
}

func TestCheckReference(t *testing.T) {
	ref := reference(t)
	want, err := reform.Decode(readFile(t, ref))
	require.NoError(t, err)
	findings := want.Validate()
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		r := cchc(t, nil, "check", ref)
		require.Equal(t, exitFindings, r.code, "the reference report has error-level findings:\n%s", r)
		lines := strings.Split(strings.TrimSuffix(string(r.stdout), "\n"), "\n")
		require.Len(t, lines, len(findings))

		// Errors first, then warnings, then infos; the counts on standard
		// error agree with the lines.
		n := map[finding.Severity]int{}
		last := finding.Error
		for _, l := range lines {
			s := severityOf(t, l)
			assert.LessOrEqual(t, s, last, "line out of order: %q", l)
			last = s
			n[s]++
			assert.Regexp(t, `^(lỗi|cảnh báo|lưu ý) [a-z0-9_]+(\.[a-z0-9_]+)+ \S+( \[tại: [^]]+\])?: \S`, l)
		}
		m := summaryLine.FindStringSubmatch(string(r.stderr))
		require.NotNil(t, m, "%s", r.stderr)
		assert.Equal(t, ref, m[1])
		assert.Equal(t, []string{strconv.Itoa(n[finding.Error]), strconv.Itoa(n[finding.Warning]), strconv.Itoa(n[finding.Info])}, m[2:])
		assert.Positive(t, n[finding.Error])

		// Every finding of the library is a line, with its severity, code,
		// path and message.
		for _, f := range findings {
			place := ""
			if f.Place != "" {
				place = " [tại: " + f.Place + "]"
			}
			assert.Contains(t, lines, f.Severity.Vietnamese()+" "+string(f.Code)+" "+f.Path+place+": "+f.Message)
		}
	})
}

func TestCheckJSON(t *testing.T) {
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		r := cchc(t, nil, "check", "--json", reference(t))
		require.Equal(t, exitFindings, r.code, "%s", r)
		var got checkOutput
		require.NoError(t, json.Unmarshal(r.stdout, &got), "%s", r.stdout)
		require.NotEmpty(t, got.Findings)
		n := map[finding.Severity]int{}
		for _, f := range got.Findings {
			assert.True(t, f.Code.Valid(), "code %q", f.Code)
			assert.NotEmpty(t, f.Message)
			n[f.Severity]++
		}
		assert.Equal(t, n[finding.Error], got.Errors)
		assert.Equal(t, n[finding.Warning], got.Warnings)
		assert.Equal(t, n[finding.Info], got.Infos)
		assert.Positive(t, got.Errors)
		assert.Contains(t, string(r.stdout), `"severity": "error"`, "severities are written as words")

		r = cchc(t, nil, "check", clean(t), "--json")
		require.Equal(t, exitOK, r.code, "%s", r)
		assert.JSONEq(t, `{"findings": [], "errors": 0, "warnings": 0, "infos": 0}`, string(r.stdout))
	})
}

func TestCheckClean(t *testing.T) {
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		r := cchc(t, nil, "check", clean(t))
		require.Equal(t, exitOK, r.code, "%s", r)
		assert.Empty(t, r.stdout)
		assert.Equal(t, clean(t)+": 0 lỗi, 0 cảnh báo, 0 lưu ý\n", string(r.stderr))

		r = cchc(t, readFile(t, clean(t)), "check", "-")
		require.Equal(t, exitOK, r.code, "%s", r)
		assert.Equal(t, "standard input: 0 lỗi, 0 cảnh báo, 0 lưu ý\n", string(r.stderr))
	})
}

// TestCheckFieldRule: a value of the right type that breaks a field rule
// decodes, and is an error-level finding with its path.
func TestCheckFieldRule(t *testing.T) {
	data := strings.Replace(string(readFile(t, clean(t))), `"tasks_done": 6`, `"tasks_done": -6`, 1)
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		r := cchc(t, []byte(data), "check", "-")
		require.Equal(t, exitFindings, r.code, "%s", r)
		assert.Regexp(t, `(?m)^lỗi \S+ direction\.plan\.tasks_done: `, string(r.stdout))
	})
}

// problem is a decode problem a test expects: its code and JSON path.
type problem struct {
	code, path string
	// at, when set, is a part of the input where the problem is: its line
	// and column are checked.
	at string
}

// place returns the line and column (in characters), from 1, of the first
// at in input.
func place(t *testing.T, input, at string) (line, column int) {
	t.Helper()
	i := strings.Index(input, at)
	require.GreaterOrEqual(t, i, 0, "%q is not in the input", at)
	before := input[:i]
	line = strings.Count(before, "\n") + 1
	column = utf8.RuneCountInString(before[strings.LastIndex(before, "\n")+1:]) + 1
	return line, column
}

// problemLine matches the line check prints for a problem of the input:
// "path (dòng L, cột C): message [code]", or without a place (placed
// false) "message [code]".
func problemLine(p problem, placed bool) *regexp.Regexp {
	prefix := ""
	switch {
	case placed && p.path != "":
		prefix = regexp.QuoteMeta(p.path) + ` \(dòng \d+, cột \d+\): `
	case placed:
		prefix = `\(dòng \d+, cột \d+\): `
	case p.path != "":
		prefix = regexp.QuoteMeta(p.path) + `: `
	}
	return regexp.MustCompile(`(?m)^` + prefix + `\S.* \[` + regexp.QuoteMeta(p.code) + `\]$`)
}

func TestCheckNotAReport(t *testing.T) {
	cleanData := string(readFile(t, clean(t)))
	tests := []struct {
		name     string
		input    string
		problems []problem
	}{
		{
			name:     "unknown field",
			input:    strings.Replace(cleanData, `"archive": "VT",`, `"archive": "VT", "stamp": true,`, 1),
			problems: []problem{{reform.ProblemUnknownField, "closing.stamp", `"stamp"`}},
		},
		{
			name:     "string for a number",
			input:    strings.Replace(cleanData, `"tasks_planned": 10`, `"tasks_planned": "10"`, 1),
			problems: []problem{{reform.ProblemType, "direction.plan.tasks_planned", `"10"`}},
		},
		{
			name: "both at once",
			input: strings.Replace(strings.Replace(cleanData, `"count": 12`, `"count": 12.5`, 1),
				`"date": "2024-06-18"`, `"date": "18/06/2024"`, 1),
			problems: []problem{
				{reform.ProblemDateFormat, "header.date", `"18/06/2024"`},
				{reform.ProblemNumber, "figures[0].count", "12.5"},
			},
		},
		{name: "not JSON", input: "{\"header\": ", problems: []problem{{reform.ProblemTruncated, "header", ""}}},
		{name: "empty", input: "", problems: []problem{{reform.ProblemTruncated, "", ""}}},
		{name: "an array", input: "[]", problems: []problem{{reform.ProblemType, "", "[]"}}},
		{name: "too deep", input: strings.Repeat("[", 100_000), problems: []problem{
			{reform.ProblemType, "", "["},
			{reform.ProblemDepth, strings.Repeat("[0]", reform.DefaultMaxDepth), ""},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "bao-cao.json")
			require.NoError(t, os.WriteFile(file, []byte(tt.input), 0o644))
			forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
				// Lines on standard error: path, place, message, code.
				r := cchc(t, nil, "check", file)
				require.Equal(t, exitFail, r.code, "%s", r)
				assert.Empty(t, r.stdout)
				assert.Contains(t, string(r.stderr), file+" is not a report in the interchange format")
				for _, p := range tt.problems {
					assert.Regexp(t, problemLine(p, true), string(r.stderr))
				}

				// JSON on standard output, from standard input: the code,
				// path, line and column of each problem.
				r = cchc(t, []byte(tt.input), "check", "--json", "-")
				require.Equal(t, exitFail, r.code, "%s", r)
				var got problemsOutput
				require.NoError(t, json.Unmarshal(r.stdout, &got), "%s", r.stdout)
				var codes, paths []string
				for _, p := range got.Problems {
					codes = append(codes, p.Code)
					paths = append(paths, p.Path)
					assert.NotEmpty(t, p.Message)
					assert.Positive(t, p.Line, "%+v", p)
					assert.Positive(t, p.Column, "%+v", p)
				}
				var wantCodes, wantPaths []string
				for _, p := range tt.problems {
					wantCodes = append(wantCodes, p.code)
					wantPaths = append(wantPaths, p.path)
					if p.at == "" {
						continue
					}
					line, column := place(t, tt.input, p.at)
					for _, g := range got.Problems {
						if g.Path == p.path {
							assert.Equal(t, []int{line, column}, []int{g.Line, g.Column}, "line and column of %s", p.path)
						}
					}
				}
				assert.ElementsMatch(t, wantCodes, codes)
				assert.ElementsMatch(t, wantPaths, paths)
				assert.Contains(t, string(r.stderr), "standard input is not a report")
			})
		})
	}
}

func TestCheckUsage(t *testing.T) {
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		for _, args := range [][]string{
			{"check"},
			{"check", clean(t), reference(t)},
			{"check", "--yaml", clean(t)},
		} {
			r := cchc(t, nil, args...)
			assert.Equal(t, exitFail, r.code, "%v: %s", args, r)
			assert.Contains(t, string(r.stderr), "usage: cchc check [--json] [--max-size SIZE] REPORT.json")
			assert.Empty(t, r.stdout)
		}
		r := cchc(t, nil, "check", "--json", filepath.Join(t.TempDir(), "none.json"))
		assert.Equal(t, exitFail, r.code, "%s", r)
		var got problemsOutput
		require.NoError(t, json.Unmarshal(r.stdout, &got), "%s", r.stdout)
		require.Len(t, got.Problems, 1)
		assert.Contains(t, got.Problems[0].Message, "none.json")
		assert.Empty(t, got.Problems[0].Code, "an input that cannot be read has no decode problem")
	})
}
