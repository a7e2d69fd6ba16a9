package testutil

import (
	"os"
	"testing"
)

// Seed adds to the corpus of a fuzz target the content of the file at path
// (a package's reference data, e.g. testdata/reference.json) and each of
// seeds as bytes. A file that cannot be read fails the target.
func Seed(f *testing.F, path string, seeds ...string) {
	f.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	for _, s := range seeds {
		f.Add([]byte(s))
	}
}
