package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want byteSize // 0: an error
		str  string   // String of the size
	}{
		{"1048576", 1 << 20, "1MiB"},
		{"1500", 1500, "1500"},
		{"1500B", 1500, "1500"},
		{"16M", 16 << 20, "16MiB"},
		{"16m", 16 << 20, "16MiB"},
		{"64MiB", 64 << 20, "64MiB"},
		{"64mib", 64 << 20, "64MiB"},
		{"500KB", 500_000, "500000"},
		{"2k", 2048, "2KiB"},
		{"3 GiB", 3 << 30, "3GiB"},
		{"1GB", 1_000_000_000, "1000000000"},
		{"1T", 1 << 40, "1TiB"},
		{" 7 ", 7, "7"},
		{"", 0, ""},
		{"0", 0, ""},
		{"0M", 0, ""},
		{"-1", 0, ""},
		{"1.5M", 0, ""},
		{"16X", 0, ""},
		{"M", 0, ""},
		{"2T", 0, ""},
		{"1025G", 0, ""},
		{"99999999999999999999", 0, ""},
		{"9223372036854775807K", 0, ""},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.in)
		if tt.want == 0 {
			assert.ErrorIs(t, err, errSize, "%q", tt.in)
			continue
		}
		require.NoError(t, err, "%q", tt.in)
		assert.Equal(t, tt.want, got, "%q", tt.in)
		assert.Equal(t, tt.str, got.String(), "%q", tt.in)
		again, err := parseSize(got.String())
		require.NoError(t, err, "%q", got.String())
		assert.Equal(t, got, again, "String reads back")
	}
	assert.Equal(t, "16MiB (16777216 bytes)", byteSize(16<<20).describe())
	assert.Equal(t, "100 bytes", byteSize(100).describe())
}

func TestMaxSize(t *testing.T) {
	cleanData := readFile(t, clean(t))
	size := strconv.Itoa(len(cleanData))
	// The clean report followed by spaces, past the default limit.
	padded := append(append([]byte(nil), cleanData...), bytes.Repeat([]byte(" "), reform.DefaultMaxBytes)...)
	tests := []struct {
		name  string
		args  []string // "IN" is the report's file, "OUT" an output file
		stdin []byte
		code  int
		limit string // the limit the message names, when the input is refused
	}{
		{"check, exactly the limit", []string{"check", "--max-size", size, "IN"}, nil, exitOK, ""},
		{"check, one byte over", []string{"check", "--max-size=" + strconv.Itoa(len(cleanData)-1), "IN"}, nil, exitFail, strconv.Itoa(len(cleanData)-1) + " bytes"},
		{"check, a unit", []string{"check", "--max-size", "1K", "IN"}, nil, exitFail, "1KiB (1024 bytes)"},
		{"check --json", []string{"check", "--json", "-max-size", "1k", "IN"}, nil, exitFail, "1KiB (1024 bytes)"},
		{"check, default limit", []string{"check", "-"}, padded, exitFail, "16MiB (16777216 bytes)"},
		{"check, limit raised", []string{"check", "--max-size", "17MiB", "-"}, padded, exitOK, ""},
		{"render, flag after the report", []string{"render", "-o", "OUT", "IN", "--max-size", "2KB"}, nil, exitFail, "2000 bytes"},
		{"render, within the limit", []string{"render", "--max-size", "3KB", "-o", "OUT", "IN"}, nil, exitOK, ""},
		{"render, default limit", []string{"render", "-o", "OUT", "-"}, padded, exitFail, "16MiB (16777216 bytes)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
				dir := t.TempDir()
				out := filepath.Join(dir, "bao-cao.txt")
				args := make([]string, len(tt.args))
				for i, a := range tt.args {
					switch a {
					case "IN":
						a = clean(t)
					case "OUT":
						a = out
					}
					args[i] = a
				}
				r := cchc(t, tt.stdin, args...)
				require.Equal(t, tt.code, r.code, "%s", r)
				if tt.code == exitOK {
					return
				}
				assert.Regexp(t, problemLine(problem{code: reform.ProblemSize}, false), string(r.stderr))
				assert.Contains(t, string(r.stderr), "the input limit is "+tt.limit+"; --max-size changes it")
				assert.Empty(t, dirNames(t, dir), "a file was written")
				if args[1] != "--json" {
					assert.Empty(t, r.stdout)
					return
				}
				var got problemsOutput
				require.NoError(t, json.Unmarshal(r.stdout, &got), "%s", r.stdout)
				require.Len(t, got.Problems, 1)
				assert.Equal(t, reform.ProblemSize, got.Problems[0].Code)
			})
		})
	}

	// A bad size is a usage error.
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		for _, size := range []string{"0", "16X", "-5", "2T"} {
			r := cchc(t, nil, "check", "--max-size", size, clean(t))
			assert.Equal(t, exitFail, r.code, "%s: %s", size, r)
			assert.Contains(t, string(r.stderr), `invalid value "`+size+`" for flag -max-size: expected a number of bytes`)
			assert.Contains(t, string(r.stderr), "usage: cchc check")
		}
	})
}

// endless is an input that never ends, counting what was read of it.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	e.n += int64(len(p))
	return len(p), nil
}

// TestMaxSizeReadsNoMore: an input beyond the limit is refused without being
// read whole, even one that never ends.
func TestMaxSizeReadsNoMore(t *testing.T) {
	for _, args := range [][]string{
		{"check", "-"},
		{"check", "--json", "--max-size", "1M", "-"},
		{"render", "-f", "txt", "--max-size", "64KiB", "-"},
	} {
		in := &endless{}
		var out, errOut bytes.Buffer
		code := run(args, in, &out, &errOut)
		assert.Equal(t, exitFail, code, "%v: %s", args, errOut.String())
		assert.Contains(t, errOut.String(), "["+reform.ProblemSize+"]", "%v", args)
		limit := int64(reform.DefaultMaxBytes)
		for i, a := range args {
			if a == "--max-size" {
				s, err := parseSize(args[i+1])
				require.NoError(t, err)
				limit = int64(s)
			}
		}
		assert.LessOrEqual(t, in.n, limit+1<<20, "%v: read %d bytes for a limit of %d", args, in.n, limit)
	}
}

// failingWriter accepts n bytes, then fails.
type failingWriter struct{ n int }

// errFull is the error of failingWriter.
var errFull = errors.New("no space left on device")

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) <= w.n {
		w.n -= len(p)
		return len(p), nil
	}
	n := w.n
	w.n = 0
	return n, errFull
}

// outputCases are commands that write on standard output, with the exit
// status they have when it can be written.
func outputCases(t *testing.T) []struct {
	name  string
	args  []string
	stdin []byte
	code  int
} {
	return []struct {
		name  string
		args  []string
		stdin []byte
		code  int
	}{
		{"check", []string{"check", reference(t)}, nil, exitFindings},
		{"check --json", []string{"check", "--json", reference(t)}, nil, exitFindings},
		{"check --json, clean", []string{"check", "--json", clean(t)}, nil, exitOK},
		{"check --json, not a report", []string{"check", "--json", "-"}, []byte(`{"header": 7}`), exitFail},
		{"render txt", []string{"render", "-f", "txt", reference(t)}, nil, exitOK},
		{"render docx", []string{"render", "-f", "docx", clean(t)}, nil, exitOK},
		{"render html", []string{"render", "-f", "html", "-o", "-", clean(t)}, nil, exitOK},
		{"schema", []string{"schema"}, nil, exitOK},
		{"period", []string{"period", "--json", "year", "2024"}, nil, exitOK},
	}
}

// TestOutputFails: when standard output cannot be written, whenever it
// fails, the command says so and exits 2, whatever it found.
func TestOutputFails(t *testing.T) {
	for _, tt := range outputCases(t) {
		t.Run(tt.name, func(t *testing.T) {
			var full bytes.Buffer
			code := run(tt.args, bytes.NewReader(tt.stdin), &full, io.Discard)
			require.Equal(t, tt.code, code)
			require.NotZero(t, full.Len())
			for _, n := range []int{0, 1, full.Len() / 2, full.Len() - 1} {
				var errOut bytes.Buffer
				code := run(tt.args, bytes.NewReader(tt.stdin), &failingWriter{n: n}, &errOut)
				assert.Equal(t, exitFail, code, "after %d bytes: %s", n, errOut.String())
				assert.Contains(t, errOut.String(), "cchc "+tt.args[0]+": cannot write to standard output: no space left on device\n", "after %d bytes", n)
			}
		})
	}

	// Nothing to write, nothing fails: a clean report checked.
	var errOut bytes.Buffer
	code := run([]string{"check", clean(t)}, nil, &failingWriter{}, &errOut)
	assert.Equal(t, exitOK, code, "%s", errOut.String())
	assert.NotContains(t, errOut.String(), "cannot write")
}

// TestDevFull runs the built command with standard output on /dev/full.
func TestDevFull(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full: %v", err)
	}
	defer full.Close()
	for _, tt := range outputCases(t) {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(binary(t), tt.args...)
			cmd.Stdin = bytes.NewReader(tt.stdin)
			cmd.Stdout = full
			var errOut bytes.Buffer
			cmd.Stderr = &errOut
			err := cmd.Run()
			var ee *exec.ExitError
			require.True(t, errors.As(err, &ee), "exit 0: %v\n%s", err, errOut.String())
			assert.Equal(t, exitFail, ee.ExitCode(), "%s", errOut.String())
			assert.Regexp(t, `(?m)^cchc `+tt.args[0]+`: cannot write to standard output: .*no space left on device$`, errOut.String())
		})
	}
}

// newFileMode returns the permissions a file created with 0666 gets here
// (0666 less the umask).
func newFileMode(t *testing.T) fs.FileMode {
	t.Helper()
	p := filepath.Join(t.TempDir(), "probe")
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	require.NoError(t, err)
	require.NoError(t, f.Close())
	info, err := os.Stat(p)
	require.NoError(t, err)
	return info.Mode().Perm()
}

func TestWriteFile(t *testing.T) {
	data := []byte("báo cáo mới\n")
	old := []byte("bản cũ\n")
	tests := []struct {
		name  string
		setup func(t *testing.T, path string) // what is at path before
		force bool
		link  func(oldname, newname string) error
		err   string      // a part of the error, "" for none
		want  []byte      // the content of path after; nil: nothing at path
		mode  fs.FileMode // the permissions of path after; 0: those of a new file
	}{
		{name: "new file", want: data},
		{name: "new file, --force", force: true, want: data},
		{
			name:  "exists",
			setup: func(t *testing.T, path string) { require.NoError(t, os.WriteFile(path, old, 0o600)) },
			err:   "file exists", want: old, mode: 0o600,
		},
		{
			name:  "exists, --force keeps the permissions",
			setup: func(t *testing.T, path string) { require.NoError(t, os.WriteFile(path, old, 0o600)) },
			force: true, want: data, mode: 0o600,
		},
		{
			name:  "empty file exists",
			setup: func(t *testing.T, path string) { require.NoError(t, os.WriteFile(path, nil, 0o644)) },
			err:   "file exists", want: []byte{}, mode: 0o644,
		},
		{
			name:  "a folder, --force",
			setup: func(t *testing.T, path string) { require.NoError(t, os.Mkdir(path, 0o755)) },
			force: true, err: "is not a regular file",
		},
		{
			name: "another run writes it first",
			link: func(oldname, newname string) error {
				if err := os.WriteFile(newname, old, 0o644); err != nil {
					return err
				}
				return os.Link(oldname, newname)
			},
			err: "file exists", want: old, mode: 0o644,
		},
		{
			name: "no hard links on this file system",
			link: func(oldname, newname string) error {
				return &os.LinkError{Op: "link", Old: oldname, New: newname, Err: errors.ErrUnsupported}
			},
			want: data,
		},
		{
			name: "the link fails",
			link: func(oldname, newname string) error {
				return &os.LinkError{Op: "link", Old: oldname, New: newname, Err: errors.New("input/output error")}
			},
			err: "input/output error",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "bao-cao.docx")
			if tt.setup != nil {
				tt.setup(t, path)
			}
			if tt.link != nil {
				link = tt.link
				defer func() { link = os.Link }()
			}
			err := writeFile(path, data, tt.force)
			if tt.err != "" {
				assert.ErrorContains(t, err, tt.err)
			} else {
				require.NoError(t, err)
			}
			if tt.err == "file exists" {
				assert.ErrorIs(t, err, errExists)
			}
			names := dirNames(t, dir)
			if tt.want == nil {
				if tt.setup == nil {
					assert.Empty(t, names, "a file was left")
				} else {
					assert.Equal(t, []string{"bao-cao.docx"}, names, "a temporary file was left")
				}
				return
			}
			assert.Equal(t, []string{"bao-cao.docx"}, names, "a temporary file was left")
			assert.Equal(t, tt.want, readFile(t, path))
			if runtime.GOOS == "windows" {
				return
			}
			mode := tt.mode
			if mode == 0 {
				mode = newFileMode(t)
			}
			info, err := os.Stat(path)
			require.NoError(t, err)
			assert.Equal(t, mode, info.Mode().Perm())
		})
	}

	// A folder that does not exist: an error, nothing created.
	dir := t.TempDir()
	assert.Error(t, writeFile(filepath.Join(dir, "no", "such", "bao-cao.docx"), data, false))
	assert.Empty(t, dirNames(t, dir))
	assert.Empty(t, temps.names, "temporary files still registered")
}

// TestRenderInterrupted interrupts render while its temporary file is
// complete but not yet in place (the command built with holdBeforeCommit
// stops there): a signal removes the temporary file and leaves the folder
// as it was; a kill that cannot be handled leaves at most a hidden
// temporary file, never a file at the output's name, and the next run
// writes it.
func TestRenderInterrupted(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("sends Unix signals")
	}
	hold := holdBinary.build(t, "cchc-hold", "-ldflags=-X main.holdBeforeCommit=1")
	old := []byte("bản cũ\n")
	tests := []struct {
		name   string
		sig    syscall.Signal
		exists bool // an older file is at the output's name: --force
	}{
		{"SIGINT", syscall.SIGINT, false},
		{"SIGTERM", syscall.SIGTERM, false},
		{"SIGINT, --force over a file", syscall.SIGINT, true},
		{"SIGTERM, --force over a file", syscall.SIGTERM, true},
		{"SIGKILL", syscall.SIGKILL, false},
		{"SIGKILL, --force over a file", syscall.SIGKILL, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "bao-cao.docx")
			args := []string{"render", "-o", out, clean(t)}
			if tt.exists {
				require.NoError(t, os.WriteFile(out, old, 0o644))
				args = append(args, "--force")
			}
			cmd := exec.Command(hold, args...)
			pr, pw, err := os.Pipe()
			require.NoError(t, err)
			defer pr.Close()
			cmd.Stderr = pw
			require.NoError(t, cmd.Start())
			pw.Close()
			defer func() {
				if cmd.ProcessState == nil {
					cmd.Process.Kill()
					cmd.Wait()
				}
			}()

			// Wait for the temporary file to be complete.
			held := make(chan string, 1)
			go func() {
				sc := bufio.NewScanner(pr)
				for sc.Scan() {
					if name, ok := strings.CutPrefix(sc.Text(), "cchc: holding "); ok {
						held <- name
					}
				}
			}()
			var tmp string
			select {
			case tmp = <-held:
			case <-time.After(time.Minute):
				t.Fatal("render did not reach its temporary file")
			}
			assert.Equal(t, dir, filepath.Dir(tmp), "the temporary file is beside the output")
			assert.FileExists(t, tmp)

			require.NoError(t, cmd.Process.Signal(tt.sig))
			err = cmd.Wait()
			var ee *exec.ExitError
			require.True(t, errors.As(err, &ee), "exit 0 after %s", tt.sig)
			ws, ok := ee.Sys().(syscall.WaitStatus)
			require.True(t, ok)
			assert.True(t, ws.Signaled() && ws.Signal() == tt.sig, "ended by %s, as the signal would end it: %v", tt.sig, ee)

			if tt.exists {
				assert.Equal(t, old, readFile(t, out), "the older file changed")
			} else {
				assert.NoFileExists(t, out)
			}
			if tt.sig == syscall.SIGKILL {
				// Nothing could be done; the next run is not hindered (it
				// needs --force only for the older file).
				args := []string{"render", "-o", out, clean(t)}
				if tt.exists {
					args = append(args, "--force")
				}
				r := runBinary(t, nil, args...)
				require.Equal(t, exitOK, r.code, "%s", r)
				isDOCX(t, readFile(t, out))
				return
			}
			names := []string{}
			if tt.exists {
				names = []string{"bao-cao.docx"}
			}
			assert.ElementsMatch(t, names, dirNames(t, dir), "the temporary file was left")
		})
	}
}
