package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/testutil"
)

// buildDir is the folder of the commands built for the tests, made by the
// first build and removed by TestMain.
var buildDir struct {
	sync.Mutex
	path string
}

// TestMain removes the commands the tests built.
func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir.path != "" {
		os.RemoveAll(buildDir.path)
	}
	os.Exit(code)
}

// built is one build of the command, made on first use so that a run that
// needs none (a fuzzing run with -run='^$') builds nothing.
type built struct {
	once sync.Once
	path string
	err  error
}

// cchcBinary and holdBinary are the command as users run it, and the command
// built with holdBeforeCommit set.
var cchcBinary, holdBinary built

// build builds the command with the extra arguments of go build, once, and
// returns its path.
func (b *built) build(t testing.TB, name string, extra ...string) string {
	t.Helper()
	b.once.Do(func() {
		buildDir.Lock()
		defer buildDir.Unlock()
		if buildDir.path == "" {
			if buildDir.path, b.err = os.MkdirTemp("", "cchc-test-"); b.err != nil {
				return
			}
		}
		if runtime.GOOS == "windows" {
			name += ".exe"
		}
		goTool, err := exec.LookPath("go")
		if err != nil {
			b.err = fmt.Errorf("the tests build cchc with the go command: %w", err)
			return
		}
		path := filepath.Join(buildDir.path, name)
		args := append(append([]string{"build", "-o", path}, extra...), ".")
		if out, err := exec.Command(goTool, args...).CombinedOutput(); err != nil {
			b.err = fmt.Errorf("building cchc: %w\n%s", err, out)
			return
		}
		b.path = path
	})
	require.NoError(t, b.err)
	return b.path
}

// binary returns the path of the command built for the tests.
func binary(t testing.TB) string {
	t.Helper()
	return cchcBinary.build(t, "cchc")
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
	cmd := exec.Command(binary(t), args...)
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
	return testutil.ReferencePath(t)
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
