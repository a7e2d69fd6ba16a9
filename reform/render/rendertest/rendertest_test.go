package rendertest_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/render/rendertest"
)

func TestGoldenWritesThenCompares(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("UPDATE_GOLDEN", "1")
	rendertest.Golden(t, "sub/a.txt", []byte("một\n"))
	got, err := os.ReadFile(filepath.Join("testdata", "sub", "a.txt"))
	require.NoError(t, err)
	assert.Equal(t, "một\n", string(got))

	t.Setenv("UPDATE_GOLDEN", "")
	rendertest.Golden(t, "sub/a.txt", []byte("một\n"))
	rec := &recorder{TB: t}
	rendertest.Golden(rec, "sub/a.txt", []byte("hai\n"))
	assert.True(t, rec.failed, "a text that differs from the golden file fails the test")
}

// recorder turns the failure of a difference into a pass, so the test can
// assert that Golden reports it.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Errorf(format string, args ...any) { r.failed = true }
func (r *recorder) Helper()                           {}

func TestOutDir(t *testing.T) {
	t.Setenv("CCHC_OUT", "")
	assert.Empty(t, rendertest.OutDir(t))
	dir := filepath.Join(t.TempDir(), "out")
	t.Setenv("CCHC_OUT", dir)
	assert.Equal(t, dir, rendertest.OutDir(t))
	rendertest.WriteOut(t, "x.txt", []byte("x"))
	b, err := os.ReadFile(filepath.Join(dir, "x.txt"))
	require.NoError(t, err)
	assert.Equal(t, "x", string(b))
}

func TestMissingToolSkipsUnlessRequired(t *testing.T) {
	t.Setenv("CCHC_REQUIRE_TOOLS", "")
	t.Setenv("PATH", t.TempDir())
	ok := t.Run("skips", func(t *testing.T) {
		rendertest.Tool(t, "soffice")
		t.Error("Tool returned for a missing program")
	})
	assert.True(t, ok, "a missing tool skips the test")
	assert.False(t, rendertest.Required())
	t.Setenv("CCHC_REQUIRE_TOOLS", "1")
	assert.True(t, rendertest.Required())
}
