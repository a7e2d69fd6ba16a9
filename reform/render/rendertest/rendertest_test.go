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

func TestPDFWords(t *testing.T) {
	text := "ỦY BAN\nBảng\nA\nB\n1 2\n\f2\nA\nB\n3 4 năm 2024¹; xong\n¹\nGhi chú\n\f"
	assert.Equal(t, []string{"ỦY", "BAN", "Bảng", "A", "B", "1", "2", "3", "4", "năm", "2024", "¹", ";", "xong", "¹", "Ghi", "chú"},
		rendertest.PDFWords(text, "A", "B"), "the page number and the repeated head are left out, marks are words")
}

func TestSameWords(t *testing.T) {
	plain := "BÁO CÁO\n\nNăm 2024¹, năm 2025.\n\n¹ Ghi chú\n\nA   B\n--  -\n1   2\n"
	pdf := "BÁO CÁO\nNăm 2024¹, năm\n2025.\nA B\n1\f2\nA B\n2\n¹ Ghi chú\n\f"
	rendertest.SameWords(t, pdf, plain, "A B")

	r := &fatalRecorder{}
	func() {
		defer func() { recover() }()
		rendertest.SameWords(r, "BÁO CÁO\nNăm 2025.\n", plain)
	}()
	assert.True(t, r.failed, "a missing word fails")
}

// fatalRecorder records a fatal failure and stops the function that failed.
type fatalRecorder struct {
	testing.TB
	failed bool
}

func (r *fatalRecorder) Fatalf(format string, args ...any) { r.failed = true; panic("fatal") }
func (r *fatalRecorder) Helper()                           {}
