package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
)

func TestSchema(t *testing.T) {
	want, err := reform.Schema()
	require.NoError(t, err)
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		r := cchc(t, nil, "schema")
		require.Equal(t, exitOK, r.code, "%s", r)
		assert.Empty(t, r.stderr)
		var s map[string]any
		require.NoError(t, json.Unmarshal(r.stdout, &s))
		assert.Contains(t, s, "$schema")
		assert.Equal(t, reform.SchemaID, s["$id"])
		assert.JSONEq(t, string(want), string(r.stdout))
		assert.True(t, strings.HasSuffix(string(r.stdout), "}\n"), "ends with a newline")

		r = cchc(t, nil, "schema", "report.json")
		assert.Equal(t, exitFail, r.code, "%s", r)
		assert.Empty(t, r.stdout)
		assert.Contains(t, string(r.stderr), `unexpected argument "report.json"`)
	})
}

func TestPeriod(t *testing.T) {
	// The windows follow Nghị định 09/2019/NĐ-CP, Điều 12, worked out by
	// hand: the 15th of the month before the period to the 14th of its last
	// month; the cumulative periods start on 15/12 of the year before.
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"first_months", "2024", "11"}, "11 tháng đầu năm 2024\n15/12/2023 – 14/11/2024\n"},
		{[]string{"month", "2024", "5"}, "tháng 5 năm 2024\n15/4/2024 – 14/5/2024\n"},
		{[]string{"thang", "2025", "1"}, "tháng 1 năm 2025\n15/12/2024 – 14/01/2025\n"},
		{[]string{"quarter", "2024", "1"}, "quý I năm 2024\n15/12/2023 – 14/3/2024\n"},
		{[]string{"quý", "2024", "3"}, "quý III năm 2024\n15/6/2024 – 14/9/2024\n"},
		{[]string{"half_year", "2025"}, "6 tháng đầu năm 2025\n15/12/2024 – 14/6/2025\n"},
		{[]string{"9thang", "2024"}, "9 tháng đầu năm 2024\n15/12/2023 – 14/9/2024\n"},
		{[]string{"year", "2024"}, "năm 2024\n15/12/2023 – 14/12/2024\n"},
		{[]string{"NĂM", "2024"}, "năm 2024\n15/12/2023 – 14/12/2024\n"},
	}
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		for _, tt := range tests {
			r := cchc(t, nil, append([]string{"period"}, tt.args...)...)
			require.Equal(t, exitOK, r.code, "%v: %s", tt.args, r)
			assert.Equal(t, tt.want, string(r.stdout), "%v", tt.args)
			assert.Empty(t, r.stderr)
		}

		r := cchc(t, nil, "period", "--json", "first_months", "2024", "11")
		require.Equal(t, exitOK, r.code, "%s", r)
		assert.JSONEq(t, `{"kind": "first_months", "year": 2024, "n": 11, "label": "11 tháng đầu năm 2024",
			"from": "2023-12-15", "to": "2024-11-14"}`, string(r.stdout))
		r = cchc(t, nil, "period", "year", "2024", "-json")
		require.Equal(t, exitOK, r.code, "%s", r)
		assert.JSONEq(t, `{"kind": "year", "year": 2024, "label": "năm 2024", "from": "2023-12-15", "to": "2024-12-14"}`, string(r.stdout))
	})
}

func TestPeriodFails(t *testing.T) {
	tests := []struct {
		args   []string
		stderr string
	}{
		{[]string{"month", "2024"}, "period.n: month 0: expected 1 to 12"},
		{[]string{"quarter", "2024", "5"}, "period.n: quarter 5: expected 1 to 4"},
		{[]string{"year", "2024", "3"}, "period.n: 3: a year period takes no n"},
		{[]string{"month", "1900", "3"}, "period.year"},
		{[]string{"week", "2024", "3"}, `unknown KIND "week"`},
		{[]string{"month", "năm nay", "3"}, `YEAR "năm nay": expected a whole number`},
		{[]string{"month", "2024", "V"}, `N "V": expected a whole number`},
		{[]string{"month"}, "expected KIND YEAR [N]"},
		{[]string{"month", "2024", "1", "2"}, "expected KIND YEAR [N]"},
	}
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		for _, tt := range tests {
			r := cchc(t, nil, append([]string{"period"}, tt.args...)...)
			assert.Equal(t, exitFail, r.code, "%v: %s", tt.args, r)
			assert.Contains(t, string(r.stderr), tt.stderr, "%v", tt.args)
			assert.Empty(t, r.stdout, "%v", tt.args)
		}
	})
}

func TestHelp(t *testing.T) {
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		for _, c := range commands() {
			for _, args := range [][]string{{c.name, "-h"}, {c.name, "--help"}, {"help", c.name}} {
				r := cchc(t, nil, args...)
				assert.Equal(t, exitOK, r.code, "%v: %s", args, r)
				assert.Empty(t, r.stdout, "%v: help is for people: standard error", args)
				help := string(r.stderr)
				assert.True(t, strings.HasPrefix(help, "usage: cchc "+c.name), "%v: %.80q", args, help)
				// An example of the command itself.
				_, examples, ok := strings.Cut(help, "\nExamples:\n")
				require.True(t, ok, "%v: no examples:\n%s", args, help)
				assert.Contains(t, examples, "cchc "+c.name+" ", "%v", args)
			}
		}
		r := cchc(t, nil, "render", "-h")
		assert.Contains(t, string(r.stderr), "cchc render -o bao-cao.docx examples/testdata/380-BC-STP.json")
		for _, f := range []string{"-f format", "-o FILE", "-strict", "-draft", "-force", "-max-size SIZE"} {
			assert.Contains(t, string(r.stderr), "  "+f+"\n", "render -h lists %s", f)
		}
		r = cchc(t, nil, "check", "-h")
		for _, f := range []string{"-json", "-max-size SIZE"} {
			assert.Contains(t, string(r.stderr), "  "+f+"\n", "check -h lists %s", f)
		}
		assert.Contains(t, string(r.stderr), "(default 16MiB)")

		for _, args := range [][]string{{"-h"}, {"--help"}, {"help"}} {
			r := cchc(t, nil, args...)
			assert.Equal(t, exitOK, r.code, "%v: %s", args, r)
			for _, c := range commands() {
				assert.Contains(t, string(r.stderr), "  "+c.synopsis+"\n", "%v", args)
			}
		}
		for _, args := range [][]string{nil, {"draw"}, {"help", "draw"}, {"--strict"}} {
			r := cchc(t, nil, args...)
			assert.Equal(t, exitFail, r.code, "%v: %s", args, r)
			assert.Contains(t, string(r.stderr), "Usage:\n", "%v", args)
			assert.Empty(t, r.stdout, "%v", args)
		}
	})
}

// TestSameAsLibrary: the document cchc writes is the one the library
// writes, byte for byte.
func TestSameAsLibrary(t *testing.T) {
	r, err := reform.Decode(readFile(t, reference(t)))
	require.NoError(t, err)
	d, err := r.Document()
	require.NoError(t, err)
	for _, f := range formats() {
		var want strings.Builder
		require.NoError(t, f.Render(&want, d), f.Name)
		got := runInProcess(t, nil, "render", "-f", f.Name, reference(t))
		require.Equal(t, exitOK, got.code, "%s", got)
		assert.True(t, want.String() == string(got.stdout), "%s differs from the library's", f.Name)
	}
}

// FuzzCheck runs check on any input from standard input: never a panic,
// exit 2 exactly when the input is not a report, and with --json always
// JSON on standard output.
func FuzzCheck(f *testing.F) {
	for _, p := range []string{"testdata/clean.json", "../../examples/testdata/380-BC-STP.json"} {
		b, err := os.ReadFile(p)
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(`{"header": {"agency": 1}, "period": {"kind": "month", "year": "2024"}}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(``))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, decodeErr := reform.Decode(data)
		r := runInProcess(t, data, "check", "--json", "-")
		switch {
		case decodeErr != nil:
			require.Equal(t, exitFail, r.code, "%s", r)
			var got problemsOutput
			require.NoError(t, json.Unmarshal(r.stdout, &got), "%s", r.stdout)
			require.NotEmpty(t, got.Problems)
		default:
			require.Contains(t, []int{exitOK, exitFindings}, r.code, "%s", r)
			var got checkOutput
			require.NoError(t, json.Unmarshal(r.stdout, &got), "%s", r.stdout)
			require.Equal(t, got.Errors > 0, r.code == exitFindings)
		}
	})
}
