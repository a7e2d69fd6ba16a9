package testutil_test

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/testutil"
)

func TestReference(t *testing.T) {
	assert.FileExists(t, filepath.Join(testutil.Root(t), "go.mod"))
	assert.Contains(t, string(testutil.Reference(t)), "380/BC-STP")
}

func TestGoldenWritesThenReads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.golden")
	t.Setenv("UPDATE_GOLDEN", "1")
	assert.Equal(t, "một\n", string(testutil.Golden(t, path, []byte("một\n"))))
	t.Setenv("UPDATE_GOLDEN", "")
	assert.Equal(t, "một\n", string(testutil.Golden(t, path, []byte("hai\n"))), "read, not written")
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "một\n", string(got))
}

func TestZip(t *testing.T) {
	data := testutil.Zip(t, map[string]string{"b.xml": "<b/>", "a.xml": "<a/>"})
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	require.Len(t, zr.File, 2)
	assert.Equal(t, "a.xml", zr.File[0].Name, "in the order of the names")
	f, err := zr.File[1].Open()
	require.NoError(t, err)
	b, err := io.ReadAll(f)
	require.NoError(t, err)
	assert.Equal(t, "<b/>", string(b))
}

func TestUnmarshalAny(t *testing.T) {
	assert.NoError(t, testutil.UnmarshalAny([]byte(`{"a":[1,"x"]}`)))
	assert.Error(t, testutil.UnmarshalAny([]byte(`{`)))
}
