package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
)

// examplesData is the path of a file of examples/testdata.
func examplesData(t *testing.T, parts ...string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join(append([]string{"..", "..", "examples", "testdata"}, parts...)...))
	require.NoError(t, err)
	return p
}

// rollupUnits are the three district reports the examples roll up.
func rollupUnits(t *testing.T) []string {
	return []string{examplesData(t, "district-an-thanh.json"), examplesData(t, "district-phu-hung.json"), examplesData(t, "district-tan-lap.json")}
}

// TestAggregateReproducesTheGoRollUp: the command, given the example's frame
// and wording, writes the example's golden files byte for byte.
func TestAggregateReproducesTheGoRollUp(t *testing.T) {
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		for _, f := range []struct{ format, golden string }{{"txt", ".txt"}, {"md", ".md"}, {"html", ".html"}} {
			args := append([]string{"aggregate", "--frame", examplesData(t, "rollup", "frame.json"),
				"--wording", examplesData(t, "rollup", "wording.json"), "-f", f.format}, rollupUnits(t)...)
			res := cchc(t, nil, args...)
			require.Equal(t, exitOK, res.code, "%s", res)
			want := readFile(t, examplesData(t, "golden", "rollup-quy-III-2024"+f.golden))
			assert.Equal(t, string(want), string(res.stdout), f.format)
			assert.Contains(t, string(res.stderr), "units[1] "+rollupUnits(t)[1]+" (Ủy ban nhân dân huyện Phú Hưng)")
			assert.Contains(t, string(res.stderr), "tổng hợp: 0 lỗi, 0 cảnh báo, 0 lưu ý")
		}
	})
}

// TestAggregateInputs: files, a folder and JSON lines give the same roll-up,
// as JSON that reads back as a report.
func TestAggregateInputs(t *testing.T) {
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		frame := examplesData(t, "rollup", "frame.json")
		files := cchc(t, nil, append([]string{"aggregate", "--frame", frame}, rollupUnits(t)...)...)
		require.Equal(t, exitOK, files.code, "%s", files)

		dir := t.TempDir()
		var lines bytes.Buffer
		for i, u := range rollupUnits(t) {
			data := readFile(t, u)
			require.NoError(t, os.WriteFile(filepath.Join(dir, string(rune('a'+i))+".json"), data, 0o644))
			var compact bytes.Buffer
			require.NoError(t, json.Compact(&compact, data))
			lines.Write(compact.Bytes())
			lines.WriteString("\n\n")
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a report"), 0o644))
		folder := cchc(t, nil, "aggregate", "--frame", frame, "-f", "json", dir)
		require.Equal(t, exitOK, folder.code, "%s", folder)
		assert.Equal(t, string(files.stdout), string(folder.stdout))

		stdin := cchc(t, lines.Bytes(), "aggregate", "--frame", frame, "-")
		require.Equal(t, exitOK, stdin.code, "%s", stdin)
		assert.Equal(t, string(files.stdout), string(stdin.stdout))
		assert.Contains(t, string(stdin.stderr), "units[2] standard input, line 5")

		// The JSON roll-up is a report: rendered with the wording, it is the
		// golden text.
		out := filepath.Join(t.TempDir(), "tinh.json")
		require.NoError(t, os.WriteFile(out, files.stdout, 0o644))
		txt := cchc(t, nil, "render", "-f", "txt", "--wording", examplesData(t, "rollup", "wording.json"), out)
		require.Equal(t, exitOK, txt.code, "%s", txt)
		assert.Equal(t, string(readFile(t, examplesData(t, "golden", "rollup-quy-III-2024.txt"))), string(txt.stdout))
	})
}

func TestAggregateFailures(t *testing.T) {
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		frame := examplesData(t, "rollup", "frame.json")
		units := rollupUnits(t)
		dir := t.TempDir()
		bad := filepath.Join(dir, "bad.json")
		require.NoError(t, os.WriteFile(bad, []byte(`{"header": 3}`), 0o644))
		empty := t.TempDir()

		for _, c := range []struct {
			name string
			args []string
			code int
			says []string
		}{
			{"no frame", units, exitFail, []string{"--frame"}},
			{"no unit", []string{"--frame", frame}, exitFail, []string{"UNIT"}},
			{"unit not a report", append([]string{"--frame", frame, bad}, units...), exitFail, []string{bad, "header"}},
			{"frame not a report", append([]string{"--frame", bad}, units...), exitFail, []string{bad}},
			{"empty folder", []string{"--frame", frame, empty}, exitFail, []string{"no unit report found"}},
			{"another period", append([]string{"--frame", frame, reference(t)}, units...), exitOK,
				[]string{"units[0] " + reference(t), "reform.aggregate.period units[0].period"}},
			{"strict", append([]string{"--strict", "--frame", frame, reference(t)}, units...), exitFindings,
				[]string{"--strict", "nothing written"}},
			{"unknown format", append([]string{"--frame", frame, "-f", "odt"}, units...), exitFail, []string{"odt"}},
		} {
			t.Run(c.name, func(t *testing.T) {
				res := cchc(t, nil, append([]string{"aggregate"}, c.args...)...)
				assert.Equal(t, c.code, res.code, "%s", res)
				for _, s := range c.says {
					assert.Contains(t, string(res.stderr), s)
				}
				if c.code != exitOK {
					assert.Empty(t, res.stdout)
				}
			})
		}
	})
}

func TestAggregateWritesAFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "tinh.docx")
	args := append([]string{"aggregate", "--frame", examplesData(t, "rollup", "frame.json"), "-o", out}, rollupUnits(t)...)
	res := runInProcess(t, nil, args...)
	require.Equal(t, exitOK, res.code, "%s", res)
	assert.True(t, zipHas(t, readFile(t, out), "word/document.xml"))
	again := runInProcess(t, nil, args...)
	assert.Equal(t, exitFail, again.code)
	assert.True(t, strings.Contains(string(again.stderr), "--force"))
}

// TestAggregateSources: --sources writes the units of each figure of the
// roll-up as JSON, those reform.AggregateSources gives, and refuses a
// rendered format.
func TestAggregateSources(t *testing.T) {
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		res := cchc(t, nil, provinceArgs(t, "--sources")...)
		require.Equal(t, exitOK, res.code, "%s", res)
		var src reform.Sources
		require.NoError(t, json.Unmarshal(res.stdout, &src))
		require.Len(t, src.Units, 120)
		assert.Equal(t, reform.SourceUnit{Index: 0, Agency: "Sở Tư pháp"}, src.Units[0])
		online := src.Figures["results.procedures.dossiers.online"]
		assert.Len(t, online.From, 117, "every unit with procedures gives its dossiers received online")
		assert.NotContains(t, online.From, 18, "three Ban resolve no procedure")
		assert.Empty(t, online.Unknown)
		assert.Contains(t, string(res.stderr), "tổng hợp: ", "the findings are written as without --sources")

		bad := cchc(t, nil, provinceArgs(t, "--sources", "-f", "docx")...)
		assert.Equal(t, exitFail, bad.code, "%s", bad)
		assert.Contains(t, string(bad.stderr), "--sources writes JSON")
	})
}
