package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWording(t *testing.T) {
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		dir := t.TempDir()
		write := func(name, content string) string {
			p := filepath.Join(dir, name)
			require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
			return p
		}

		// The default wording, printed and read back, renders the same text.
		def := cchc(t, nil, "wording")
		require.Equal(t, exitOK, def.code, "%s", def)
		all := write("all.json", string(def.stdout))
		plain := cchc(t, nil, "render", "-f", "txt", reference(t))
		same := cchc(t, nil, "render", "-f", "txt", "--wording", all, reference(t))
		require.Equal(t, exitOK, same.code, "%s", same)
		assert.Equal(t, string(plain.stdout), string(same.stdout))

		// A file that names one sentence changes that sentence only.
		one := write("one.json", `{"Procedures": {"Feedback": "{{.Unit}} nhận được {{.Received}} phản ánh."}}`)
		changed := cchc(t, nil, "render", "-f", "txt", "--wording", one, reference(t))
		require.Equal(t, exitOK, changed.code, "%s", changed)
		assert.Contains(t, string(changed.stdout), "Sở Tư pháp nhận được 03 phản ánh.")
		assert.NotContains(t, string(plain.stdout), "Sở Tư pháp nhận được 03 phản ánh.")

		for _, c := range []struct{ name, content, says string }{
			{"unknown.json", `{"Procedures": {"Dosiers": "x"}}`, "Procedures.Dosiers"},
			{"broken.json", `{"Conclusion": "{{.Period"}`, "reform: wording.Conclusion:"},
		} {
			res := cchc(t, nil, "render", "-f", "txt", "--wording", write(c.name, c.content), reference(t))
			assert.Equal(t, exitFail, res.code, "%s", res)
			assert.Contains(t, string(res.stderr), c.says)
			assert.Empty(t, res.stdout)
		}
		res := cchc(t, nil, "render", "-f", "txt", "--wording", filepath.Join(dir, "missing.json"), reference(t))
		assert.Equal(t, exitFail, res.code, "%s", res)
		assert.Contains(t, string(res.stderr), "--wording")
	})
}

// `cchc wording --level` prints the sentences of a level: a commune counts
// its "cán bộ, công chức" where a department counts "công chức, viên chức";
// an unknown level is a usage error.
func TestWordingLevel(t *testing.T) {
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		dept := cchc(t, nil, "wording")
		commune := cchc(t, nil, "wording", "--level", "commune")
		require.Equal(t, exitOK, commune.code, "%s", commune)
		email := func(s []byte) bool {
			return strings.Contains(string(s), `"Email": "{{.Share}} cán bộ, công chức{{with .Ratio}}`)
		}
		assert.True(t, email(commune.stdout), "a commune's e-mail sentence counts its cán bộ, công chức")
		assert.False(t, email(dept.stdout), "a department's counts its công chức, viên chức")

		bad := cchc(t, nil, "wording", "--level", "xa")
		assert.Equal(t, exitFail, bad.code, "%s", bad)
		assert.Contains(t, string(bad.stderr), "--level")
		assert.Empty(t, bad.stdout)
	})
}
