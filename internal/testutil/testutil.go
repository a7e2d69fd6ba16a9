// Package testutil is what the tests of packages across the module share:
// the reference report's file, golden files committed beside the code, and
// the loops of benchmarks. It imports nothing of the module, so that the
// tests of any package, the leaves included, may use it.
package testutil

import (
	"archive/zip"
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// ReferenceFile is the path of the reference report (Báo cáo số
// 380/BC-STP of Sở Tư pháp An Giang) in the interchange format, from the
// root of the module.
const ReferenceFile = "examples/testdata/380-BC-STP.json"

// Root returns the absolute path of the module's root: the nearest folder
// at or above the test's working folder that holds go.mod.
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Fatal("no go.mod at or above the working folder")
		}
		dir = up
	}
}

// ReferencePath returns the absolute path of the reference report's JSON.
func ReferencePath(t testing.TB) string {
	t.Helper()
	return filepath.Join(Root(t), ReferenceFile)
}

// Reference returns the bytes of the reference report's JSON.
func Reference(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile(ReferencePath(t))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// UpdateGolden reports whether golden files are being rewritten
// (UPDATE_GOLDEN=1).
func UpdateGolden() bool { return os.Getenv("UPDATE_GOLDEN") == "1" }

// Golden returns the content of the golden file at path, having written got
// there first when UPDATE_GOLDEN=1. A file that cannot be read fails the
// test, with the hint to create it. The caller compares got with it, and
// says how the file is brought up to date.
func Golden(t testing.TB, path string, got []byte) []byte {
	t.Helper()
	if UpdateGolden() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden file %s: %v (run with UPDATE_GOLDEN=1 to create it)", path, err)
	}
	return want
}

// Zip returns a zip archive of parts, each content stored under its name,
// in the order of the names.
func Zip(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range slices.Sorted(maps.Keys(parts)) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
