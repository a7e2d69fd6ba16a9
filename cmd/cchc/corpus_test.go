package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/corpus"
	"github.com/cchc-go/cchc/reform"
)

// TestCorpusThroughTheCommandLine walks the bad-input corpus of the examples
// (examples/testdata/corpus/cases.json) through "cchc check --json" and "cchc
// render" in every format: an input that is not a report exits 2 with its
// problems (code, path, line, column, Vietnamese message) in the JSON; a
// report exits 1 from check exactly when it has error-level findings; and
// when check exits 0, render succeeds in every format (check and render
// agree), never writing a partial document.
func TestCorpusThroughTheCommandLine(t *testing.T) {
	dir := filepath.Join("..", "..", "examples", "testdata")
	cases, err := corpus.Load(filepath.Join(dir, "corpus", "cases.json"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(cases), 100)
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			data, err := c.Build(dir)
			require.NoError(t, err)
			var out, errOut bytes.Buffer
			code := run([]string{"check", "--json", "-"}, bytes.NewReader(data), &out, &errOut)
			if len(c.Want.Decode) > 0 {
				assert.Equal(t, exitFail, code, "stderr: %s", errOut.String())
				var got struct {
					Problems []reform.Problem `json:"problems"`
				}
				require.NoError(t, json.Unmarshal(out.Bytes(), &got), "check --json writes its problems as JSON: %s", out.String())
				require.NotEmpty(t, got.Problems)
				first := got.Problems[0]
				assert.True(t, c.Want.Decode[0].Matches(first.Code, first.Path), "first problem: want %s at %q, got %s", c.Want.Decode[0].Code, c.Want.Decode[0].Path, first)
				assert.Contains(t, errOut.String(), first.Code, "stderr names the problem's code")
				for _, f := range formats() {
					var o, e bytes.Buffer
					assert.Equal(t, exitFail, run([]string{"render", "-f", f.Name, "-"}, bytes.NewReader(data), &o, &e), f.Name)
					assert.Zero(t, o.Len(), "nothing written for %s", f.Name)
				}
				return
			}
			require.Contains(t, []int{exitOK, exitFindings}, code, "stderr: %s", errOut.String())
			if c.Want.Clean {
				assert.Equal(t, exitOK, code, "a clean report: %s", errOut.String())
			}
			if c.Want.Refused {
				assert.Equal(t, exitFindings, code, "a report render refuses has error-level findings")
			}
			for _, f := range formats() {
				var o, e bytes.Buffer
				rc := run([]string{"render", "-f", f.Name, "-"}, bytes.NewReader(data), &o, &e)
				if code == exitOK {
					assert.Equal(t, exitOK, rc, "check passes, so render succeeds in %s: %s", f.Name, e.String())
				}
				if rc != exitOK {
					assert.Zero(t, o.Len(), "nothing written for %s when render fails", f.Name)
					assert.True(t, strings.TrimSpace(e.String()) != "", "render says why it fails")
				}
			}
		})
	}
}
