package section

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Wordings fills, moves to a tier, checks and compiles a wording struct as
// the Defaults it wraps do, keeping the fields that are not sentences.
func TestWordings(t *testing.T) {
	s := ReadWordings[testWording]("test", testFiles())
	require.NoError(t, s.Err())
	w := s.Department(testWording{Numbers: 7})
	assert.Equal(t, 7, w.Numbers, "not a sentence: kept")
	assert.Equal(t, "công chức, viên chức", w.Email)

	w.Title = "Chuyển đổi số"
	at := s.At(w, Commune)
	assert.Equal(t, "Chuyển đổi số", at.Title, "the caller's sentence")
	assert.Equal(t, "cán bộ, công chức", at.Email, "the commune's default")
	assert.Equal(t, "công chức, viên chức", w.Email, "w itself is not changed")

	a, err := s.Compile(s.Department(testWording{}))
	require.NoError(t, err)
	b, err := s.Compile(s.Department(testWording{}))
	require.NoError(t, err)
	assert.Same(t, a, b, "the default is compiled once")

	wr, err := s.Writer(at)
	require.NoError(t, err)
	assert.Equal(t, "cán bộ, công chức", wr.Text("Email", nil))

	at.Staff = "{{"
	assert.ErrorContains(t, s.Check(at), "test: wording.Staff:")
	_, err = s.Writer(at)
	assert.Error(t, err)
}

// A problem of the files is returned by Err and by every compile.
func TestWordingsProblem(t *testing.T) {
	s := ReadWordings[testWording]("test", fstest.MapFS{})
	assert.Error(t, s.Err())
	assert.Error(t, s.Check(testWording{}))
}
