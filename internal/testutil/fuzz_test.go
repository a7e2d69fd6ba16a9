package testutil_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/testutil"
)

// FuzzSeed checks that Seed adds the file and every seed: run as a test,
// the target sees each of them.
func FuzzSeed(f *testing.F) {
	path := filepath.Join(f.TempDir(), "seed.json")
	require.NoError(f, os.WriteFile(path, []byte(`{"a":1}`), 0o644))
	testutil.Seed(f, path, `{}`, `[]`)
	seen := map[string]bool{}
	f.Cleanup(func() {
		if len(seen) == 0 {
			return // fuzzing: the seeds ran in the workers
		}
		assert.Equal(f, map[string]bool{`{"a":1}`: true, `{}`: true, `[]`: true}, seen)
	})
	f.Fuzz(func(_ *testing.T, data []byte) {
		seen[string(data)] = true
	})
}
