package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// summaryLine matches the counts render and check print on standard error.
var summaryLine = regexp.MustCompile(`(?m)^(.+): (\d+) lỗi, (\d+) cảnh báo, (\d+) lưu ý$`)

// isDOCX checks a DOCX file: a zip archive with the main document part.
func isDOCX(t *testing.T, b []byte) {
	t.Helper()
	assert.True(t, zipHas(t, b, "word/document.xml"), "no word/document.xml in the archive")
}

// isPDF checks a PDF file: its header, its end, and the text of the title
// in the document information.
func isPDF(t *testing.T, b []byte) {
	t.Helper()
	assert.True(t, bytes.HasPrefix(b, []byte("%PDF-1.7\n")), "starts %.20q", b)
	assert.True(t, bytes.HasSuffix(b, []byte("%%EOF\n")), "ends %.20q", b[max(len(b)-20, 0):])
	assert.Contains(t, string(b), "/FT /Sig", "the empty signature field")
}

// isHTML checks an HTML page of the reference report.
func isHTML(t *testing.T, b []byte) {
	t.Helper()
	assert.True(t, bytes.HasPrefix(b, []byte("<!DOCTYPE html>")), "starts %.40q", b)
	assert.Contains(t, string(b), "BÁO CÁO")
	assert.Contains(t, string(b), "380/BC-STP")
}

// isText checks Markdown or plain text of the reference report.
func isText(t *testing.T, b []byte) {
	t.Helper()
	assert.Contains(t, string(b), "BÁO CÁO")
	assert.Contains(t, string(b), "Số: 380/BC-STP")
	assert.Contains(t, string(b), "Trịnh Tuấn Ngọc")
	assert.NotContains(t, string(b), "<!DOCTYPE")
	assert.False(t, bytes.HasPrefix(b, []byte("PK")), "a zip archive")
}

func TestRenderFormats(t *testing.T) {
	ref := reference(t)
	tests := []struct {
		name  string
		args  []string // before the report; "OUT" is the output file
		file  string   // the output file's name, "" for standard output
		check func(t *testing.T, b []byte)
	}{
		{"docx by extension", []string{"-o", "OUT"}, "bao-cao.docx", isDOCX},
		{"pdf by extension", []string{"-o", "OUT"}, "bao-cao.pdf", isPDF},
		{"html by extension", []string{"-o", "OUT"}, "bao-cao.html", isHTML},
		{"md by extension", []string{"-o", "OUT"}, "bao-cao.md", isText},
		{"txt by extension", []string{"-o", "OUT"}, "bao-cao.txt", isText},
		{"extension in capitals", []string{"-o", "OUT"}, "BAO-CAO.DOCX", isDOCX},
		{"docx by -f, no extension", []string{"-f", "docx", "-o", "OUT"}, "bao-cao", isDOCX},
		{"html by --f over the extension", []string{"--f", "html", "--o", "OUT"}, "bao-cao.txt", isHTML},
		{"docx to standard output", []string{"-f", "docx"}, "", isDOCX},
		{"pdf to standard output", []string{"-f", "pdf"}, "", isPDF},
		{"html to standard output", []string{"-f", "html", "-o", "-"}, "", isHTML},
		{"md to standard output", []string{"-f", "md"}, "", isText},
		{"txt to standard output", []string{"-f", "txt"}, "", isText},
		{"format by extension name", []string{"-f", ".TXT"}, "", isText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
				dir := t.TempDir()
				out := filepath.Join(dir, tt.file)
				args := []string{"render"}
				for _, a := range tt.args {
					if a == "OUT" {
						a = out
					}
					args = append(args, a)
				}
				r := cchc(t, nil, append(args, ref)...)
				require.Equal(t, exitOK, r.code, "%s", r)
				m := summaryLine.FindSubmatch(r.stderr)
				require.NotNil(t, m, "no summary of the findings:\n%s", r.stderr)
				assert.Equal(t, ref, string(m[1]))
				assert.NotEqual(t, "0", string(m[2]), "the reference report has error-level findings and still renders")
				// Each error and warning has its line, after the counts.
				assert.Regexp(t, `(?m)^lỗi [a-z0-9_.]+ \S+( \[tại: [^]]+\])?: \S`, string(r.stderr))
				assert.Regexp(t, `(?m)^cảnh báo [a-z0-9_.]+ \S+( \[tại: [^]]+\])?: \S`, string(r.stderr))
				if tt.file == "" {
					tt.check(t, r.stdout)
					return
				}
				assert.Empty(t, r.stdout, "the document went to a file")
				assert.Contains(t, string(r.stderr), "wrote "+out)
				tt.check(t, readFile(t, out))
				assert.Equal(t, []string{tt.file}, dirNames(t, dir), "a temporary file was left")
			})
		})
	}
}

// TestRenderDeterministic renders the same report twice: the same bytes.
func TestRenderDeterministic(t *testing.T) {
	ref := reference(t)
	for _, f := range []string{"docx", "pdf", "html", "md", "txt"} {
		a := runBinary(t, nil, "render", "-f", f, ref)
		b := runBinary(t, nil, "render", "-f", f, ref)
		require.Equal(t, exitOK, a.code, "%s", a)
		assert.True(t, bytes.Equal(a.stdout, b.stdout), "%s: two runs differ", f)
	}
}

func TestRenderStdin(t *testing.T) {
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		r := cchc(t, readFile(t, clean(t)), "render", "-f", "txt", "-")
		require.Equal(t, exitOK, r.code, "%s", r)
		assert.Contains(t, string(r.stdout), "PHÒNG TƯ PHÁP")
		assert.Contains(t, string(r.stdout), "Công tác cải cách hành chính 6 tháng đầu năm 2024")
		assert.Contains(t, string(r.stdout), "thẩm định 12 dự thảo văn bản, tăng 03 so với cùng kỳ")
		assert.Equal(t, "standard input: 0 lỗi, 0 cảnh báo, 0 lưu ý\n", string(r.stderr))

		// The same from standard input to a file, the flags after "-".
		out := filepath.Join(t.TempDir(), "bao-cao.docx")
		r = cchc(t, readFile(t, reference(t)), "render", "-", "-o", out)
		require.Equal(t, exitOK, r.code, "%s", r)
		isDOCX(t, readFile(t, out))
	})
}

func TestRenderDraft(t *testing.T) {
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		for _, f := range []string{"txt", "md"} {
			plain := cchc(t, nil, "render", "-f", f, clean(t))
			draft := cchc(t, nil, "render", "-f", f, "--draft", clean(t))
			require.Equal(t, exitOK, plain.code, "%s", plain)
			require.Equal(t, exitOK, draft.code, "%s", draft)
			assert.NotContains(t, string(plain.stdout), "DỰ THẢO", f)
			// "DỰ THẢO" stands above the title.
			s := string(draft.stdout)
			i, j := strings.Index(s, "DỰ THẢO"), strings.Index(s, "BÁO CÁO")
			require.True(t, i >= 0 && j >= 0, "%s: no draft mark or title:\n%s", f, s)
			assert.Less(t, i, j, "%s: the draft mark is not above the title", f)
		}
	})
}

func TestRenderStrict(t *testing.T) {
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		dir := t.TempDir()
		out := filepath.Join(dir, "bao-cao.docx")
		r := cchc(t, nil, "render", "--strict", "-o", out, reference(t))
		assert.Equal(t, exitFindings, r.code, "%s", r)
		assert.Empty(t, dirNames(t, dir), "--strict wrote a file")
		assert.Empty(t, r.stdout)
		assert.Regexp(t, `--strict: the report has \d+ error-level findings; nothing written`, string(r.stderr))
		assert.Regexp(t, summaryLine, string(r.stderr), "the findings are shown")

		// To standard output: nothing either.
		r = cchc(t, nil, "render", "-strict", "-f", "txt", reference(t))
		assert.Equal(t, exitFindings, r.code, "%s", r)
		assert.Empty(t, r.stdout)

		// A report without error-level findings renders.
		r = cchc(t, nil, "render", "--strict", "-o", out, clean(t))
		require.Equal(t, exitOK, r.code, "%s", r)
		isDOCX(t, readFile(t, out))
	})
}

func TestRenderExistingFile(t *testing.T) {
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		dir := t.TempDir()
		out := filepath.Join(dir, "bao-cao.docx")
		old := []byte("bản cũ, không được ghi đè\n")
		require.NoError(t, os.WriteFile(out, old, 0o600))

		r := cchc(t, nil, "render", "-o", out, reference(t))
		assert.Equal(t, exitFail, r.code, "%s", r)
		assert.Contains(t, string(r.stderr), out+" exists; use --force to overwrite it")
		assert.Equal(t, old, readFile(t, out), "the existing file changed")
		assert.Equal(t, []string{"bao-cao.docx"}, dirNames(t, dir))

		r = cchc(t, nil, "render", "--force", "-o", out, reference(t))
		require.Equal(t, exitOK, r.code, "%s", r)
		isDOCX(t, readFile(t, out))
		assert.Equal(t, []string{"bao-cao.docx"}, dirNames(t, dir), "a temporary file was left")
		if runtime.GOOS != "windows" {
			info, err := os.Stat(out)
			require.NoError(t, err)
			assert.Equal(t, os.FileMode(0o600), info.Mode().Perm(), "--force keeps the file's permissions")
		}
	})
}

func TestRenderFails(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"header": {"agency": "Sở Tư pháp", "agency_code": 7}}`), 0o644))
	tests := []struct {
		name   string
		args   []string // "OUT" is a file in an empty folder
		stderr string
	}{
		{"standard output without -f", []string{"render", reference(t)}, "writing to standard output needs -f docx|pdf|html|md|txt|xlsx"},
		{"unknown -f", []string{"render", "-f", "odt", "-o", "OUT", reference(t)}, `unknown format "odt": expected docx, pdf, html, md, txt or xlsx`},
		{"unknown extension", []string{"render", "-o", "OUT.odt", reference(t)}, "no format writes .odt files: give -f (docx, pdf, html, md, txt or xlsx)"},
		{"no extension", []string{"render", "-o", "OUT", reference(t)}, "has no extension to tell the format by"},
		{"no report", []string{"render", "-o", "OUT.docx"}, "expected one REPORT.json"},
		{"two reports", []string{"render", "-o", "OUT.docx", reference(t), clean(t)}, "expected one REPORT.json"},
		{"unknown flag", []string{"render", "--landscape", "-o", "OUT.docx", reference(t)}, "flag provided but not defined: -landscape"},
		{"missing report", []string{"render", "-o", "OUT.docx", filepath.Join(t.TempDir(), "none.json")}, "none.json"},
		{"bad JSON", []string{"render", "-o", "OUT.docx", bad}, "header.agency_code (dòng 1, cột 52): "},
		{"folder missing", []string{"render", "-o", "OUT/no/such/bao-cao.docx", reference(t)}, "no/such"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
				dir := t.TempDir()
				args := make([]string, len(tt.args))
				for i, a := range tt.args {
					args[i] = strings.Replace(a, "OUT", filepath.Join(dir, "bao-cao"), 1)
				}
				r := cchc(t, nil, args...)
				assert.Equal(t, exitFail, r.code, "%s", r)
				assert.Contains(t, string(r.stderr), tt.stderr)
				assert.Empty(t, r.stdout)
				assert.Empty(t, dirNames(t, dir), "a file was written")
			})
		})
	}
}

func TestPickFormat(t *testing.T) {
	tests := []struct {
		f, out, want, err string
	}{
		{"", "a.docx", "docx", ""},
		{"", "dir.v2/a.HTML", "html", ""},
		{"", "bao-cao.md", "md", ""},
		{"", "x.txt", "txt", ""},
		{"", "bao-cao.PDF", "pdf", ""},
		{"md", "x.txt", "md", ""},
		{"DOCX", "", "docx", ""},
		{"", "dir.v2/bao-cao", "", "no extension"},
		{"", "", "", "needs -f"},
		{"", "-", "", "needs -f"},
		{"odt", "a.docx", "", `unknown format "odt"`},
	}
	for _, tt := range tests {
		f, err := pickFormat(tt.f, tt.out)
		if tt.err != "" {
			assert.ErrorContains(t, err, tt.err, "%q %q", tt.f, tt.out)
			continue
		}
		require.NoError(t, err, "%q %q", tt.f, tt.out)
		assert.Equal(t, tt.want, f.Name, "%q %q", tt.f, tt.out)
	}
}

// TestOneReportDoesNotCollect runs the built command on the reference report
// with the collector's trace on: rendering, checking or linting one
// ordinary report in a fresh process allocates less than reportGC's
// minimum heap, counting what the packages' initialisation allocated
// before, so no collection runs (a collection in a fresh process costs a
// sixth of the command).
func TestOneReportDoesNotCollect(t *testing.T) {
	report, err := filepath.Abs("../../examples/testdata/380-BC-STP.json")
	require.NoError(t, err)
	typed, err := filepath.Abs("../../examples/testdata/seed-380-BC-STP.txt")
	require.NoError(t, err)
	for _, args := range [][]string{
		{"render", "-o", "bao-cao.docx", report},
		{"check", report},
		{"lint", typed},
	} {
		t.Run(args[0], func(t *testing.T) {
			cmd := exec.Command(binary(t), args...)
			cmd.Dir = t.TempDir()
			cmd.Env = append(withoutGC(os.Environ()), "GODEBUG=gctrace=1")
			var stdout, errOut bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &errOut
			err := cmd.Run()
			if ee := (*exec.ExitError)(nil); err != nil && !(errors.As(err, &ee) && ee.ExitCode() == exitFindings) {
				require.NoError(t, err, "%s", errOut.String())
			}
			out := stdout.String() + errOut.String()
			require.Contains(t, out, "380-BC-STP", "the command ran")
			assert.NotRegexp(t, `(?m)^gc \d+ @`, errOut.String())
		})
	}
}

// withoutGC returns the environment without the collector's settings (GOGC,
// GOMEMLIMIT, GODEBUG), so that the command's own apply: it leaves the
// collector alone when GOGC is set.
func withoutGC(env []string) []string {
	var out []string
	for _, kv := range env {
		if !strings.HasPrefix(kv, "GOGC=") && !strings.HasPrefix(kv, "GOMEMLIMIT=") && !strings.HasPrefix(kv, "GODEBUG=") {
			out = append(out, kv)
		}
	}
	return out
}
