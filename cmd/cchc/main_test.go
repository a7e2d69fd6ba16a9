package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"
)

// binary is the path of the cchc built for the tests, set by TestMain.
var binary string

// TestMain builds the command once, so that the tests run it as a user
// does: its exit status, standard streams and files.
func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	flag.Parse()
	if f := flag.Lookup("test.fuzzworker"); f != nil && f.Value.String() == "true" {
		// A fuzzing worker runs only the fuzz target, in process.
		return m.Run()
	}
	dir, err := os.MkdirTemp("", "cchc-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	name := "cchc"
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	binary = filepath.Join(dir, name)
	goTool, err := exec.LookPath("go")
	if err != nil {
		fmt.Fprintf(os.Stderr, "the tests build cchc with the go command: %v\n", err)
		return 1
	}
	build := exec.Command(goTool, "build", "-o", binary, ".")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building cchc: %v\n%s", err, out)
		return 1
	}
	return m.Run()
}

// result is what one run of cchc gave.
type result struct {
	code   int
	stdout []byte
	stderr []byte
}

// String describes the result for failure messages.
func (r result) String() string {
	return fmt.Sprintf("exit %d\n--- stdout (%d bytes):\n%.2000s\n--- stderr:\n%.4000s", r.code, len(r.stdout), r.stdout, r.stderr)
}

// runner runs cchc with arguments and standard input.
type runner struct {
	name string
	run  func(t *testing.T, stdin []byte, args ...string) result
}

// runBinary runs the built command.
func runBinary(t *testing.T, stdin []byte, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = t.TempDir()
	cmd.Stdin = bytes.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if err != nil {
		var ee *exec.ExitError
		require.True(t, errors.As(err, &ee), "running cchc: %v", err)
		code = ee.ExitCode()
	}
	return result{code: code, stdout: out.Bytes(), stderr: errOut.Bytes()}
}

// runInProcess calls run, as main does.
func runInProcess(t *testing.T, stdin []byte, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, bytes.NewReader(stdin), &out, &errOut)
	return result{code: code, stdout: out.Bytes(), stderr: errOut.Bytes()}
}

// runners are the two ways the table tests run cchc: the built binary, and
// run in this process (which the race detector watches).
func runners() []runner {
	return []runner{{"binary", runBinary}, {"run", runInProcess}}
}

// forEachRunner runs f as a subtest for each runner.
func forEachRunner(t *testing.T, f func(t *testing.T, cchc func(t *testing.T, stdin []byte, args ...string) result)) {
	for _, r := range runners() {
		t.Run(r.name, func(t *testing.T) { f(t, r.run) })
	}
}

// reference is the absolute path of the reference report (380/BC-STP).
func reference(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "..", "examples", "testdata", "380-BC-STP.json"))
	require.NoError(t, err)
	return p
}

// clean is the absolute path of a small report without any finding.
func clean(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("testdata", "clean.json"))
	require.NoError(t, err)
	return p
}

// readFile returns the content of a file the test needs.
func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return b
}

// zipHas reports whether data is a zip archive with the named part.
func zipHas(t *testing.T, data []byte, part string) bool {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err, "not a zip archive")
	for _, f := range zr.File {
		if f.Name == part {
			return true
		}
	}
	return false
}

// dirNames returns the names in dir.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}
