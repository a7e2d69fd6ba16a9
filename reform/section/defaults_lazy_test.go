package section

import (
	"io/fs"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// countingFS counts the files opened.
type countingFS struct {
	fs.FS
	opened *atomic.Int32
}

func (c countingFS) Open(name string) (fs.File, error) {
	c.opened.Add(1)
	return c.FS.Open(name)
}

// The files are read on first use, once, whatever the goroutines that use
// the Defaults first.
func TestReadDefaultsOnFirstUse(t *testing.T) {
	var opened atomic.Int32
	d := ReadDefaults("test", countingFS{testFiles(), &opened}, testWording{})
	assert.Zero(t, opened.Load(), "nothing is read before a method is called")
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			var w testWording
			d.Fill(&w, Commune)
			assert.Equal(t, "cán bộ, công chức", w.Email)
		})
	}
	wg.Wait()
	n := opened.Load()
	assert.Positive(t, n)
	require.NoError(t, d.Err())
	assert.Equal(t, n, opened.Load(), "read once")
}

// A tier's set takes the templates of the sentences it does not change
// from the set under it, and a caller's set those of the defaults.
func TestDefaultsShareTemplates(t *testing.T) {
	d := ReadDefaults("test", testFiles(), testWording{})
	dept, err := d.Compile(d.Sentences(Department))
	require.NoError(t, err)
	commune, err := d.Compile(d.Sentences(Commune))
	require.NoError(t, err)
	assert.Same(t, dept.tmpl["Staff"], commune.tmpl["Staff"], "the same sentence")
	assert.NotSame(t, dept.tmpl["Email"], commune.tmpl["Email"], "the commune's own")

	changed := d.Sentences(Department)
	changed[2].Text = "{{.Agency}}"
	own, err := d.Compile(changed)
	require.NoError(t, err)
	assert.Same(t, dept.tmpl["Staff"], own.tmpl["Staff"])
	got, err := own.Execute("Email", map[string]string{"Agency": "Sở"})
	require.NoError(t, err)
	assert.Equal(t, "Sở", got)

	changed[1].Text = "{{.N"
	_, err = d.Compile(changed)
	assert.ErrorContains(t, err, "test: wording.Staff:", "a sentence that does not parse is named as Compile names it")
}
