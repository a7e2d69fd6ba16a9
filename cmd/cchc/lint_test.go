package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/lint"
)

// seedText is the absolute path of the reference report's text, the copy
// reform/lint keeps.
func seedText(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "..", "reform", "lint", "testdata", "seed.txt"))
	require.NoError(t, err)
	return p
}

// lintOutput is what lint --json prints.
type lintOutput struct {
	File       string         `json:"file"`
	Format     string         `json:"format"`
	Number     string         `json:"number"`
	Title      string         `json:"title"`
	Period     string         `json:"period"`
	ReportDate string         `json:"report_date"`
	Findings   []lint.Finding `json:"findings"`
	Errors     int            `json:"errors"`
	Warnings   int            `json:"warnings"`
	Infos      int            `json:"infos"`
}

func TestLintSeed(t *testing.T) {
	seed := seedText(t)
	want, err := lint.Bytes(seed, readFile(t, seed), lint.Options{})
	require.NoError(t, err)
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		r := cchc(t, nil, "lint", seed)
		require.Equal(t, exitFindings, r.code, "%s", r)
		lines := strings.Split(strings.TrimSuffix(string(r.stdout), "\n"), "\n")
		require.Len(t, lines, len(want.Findings))
		last := finding.Error
		for _, l := range lines {
			s := severityOf(t, l)
			assert.LessOrEqual(t, s, last, "errors first: %q", l)
			last = s
		}
		assert.Regexp(t, `^lỗi dissemination\.publications\.copies I\.4, đoạn 12 \(đoạn 36 của tệp, dòng 72\) “4\.521 tài liệu pháp luật\. Cụ thể”: Tổng số tài liệu ghi 4\.521`, lines[0])
		assert.Contains(t, string(r.stdout), "lỗi lint.numbering.repeat III (đoạn 149 của tệp, dòng 298)")
		assert.Contains(t, string(r.stderr), "8 lỗi, 5 cảnh báo, 11 lưu ý")

		// The same from standard input.
		r = cchc(t, readFile(t, seed), "lint", "-")
		assert.Equal(t, exitFindings, r.code)
		assert.Len(t, strings.Split(strings.TrimSuffix(string(r.stdout), "\n"), "\n"), len(want.Findings))
		assert.Contains(t, string(r.stderr), "standard input: 8 lỗi")
	})
}

// lintJSON checks that r, a run of cchc lint --json, exited with code, and
// decodes what it wrote.
func lintJSON(t *testing.T, r result, code int) lintOutput {
	t.Helper()
	require.Equal(t, code, r.code, "%s", r)
	var out lintOutput
	require.NoError(t, json.Unmarshal(r.stdout, &out), "%s", r)
	return out
}

func TestLintJSON(t *testing.T) {
	seed := seedText(t)
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		r := cchc(t, nil, "lint", "--json", seed)
		out := lintJSON(t, r, exitFindings)
		assert.Equal(t, "text", out.Format)
		assert.Equal(t, "380/BC-STP", out.Number)
		assert.Equal(t, "11 tháng đầu năm 2024", out.Period)
		assert.Equal(t, "2024-11-19", out.ReportDate)
		assert.Equal(t, 8, out.Errors)
		assert.Equal(t, 5, out.Warnings, "footnote 10's second title is the info citation.conflict.source, as in the JSON check")
		assert.Equal(t, 11, out.Infos, "and two lower-case kind names (citation.kind.case), as in the JSON check")
		require.Len(t, out.Findings, 24)
		f := out.Findings[2]
		assert.Equal(t, finding.Code("dissemination.publications.copies"), f.Code)
		assert.Equal(t, "I.4, đoạn 12", f.Path)
		assert.Equal(t, lint.Place{Part: lint.PartBody, Heading: "I.4", Index: 12, Paragraph: 36, Line: 72,
			Start: f.Place.Start, End: f.Place.End, Quote: "4.521 tài liệu pháp luật. Cụ thể"}, f.Place)
		// The place is an object in JSON, not the finding's place string.
		var raw struct {
			Findings []map[string]any `json:"findings"`
		}
		require.NoError(t, json.Unmarshal(r.stdout, &raw))
		assert.IsType(t, map[string]any{}, raw.Findings[0]["place"])
	})
}

// TestLintRenderedDOCX lints the DOCX that cchc render writes from the
// reference report: no layout finding, and the citation slips the report
// keeps (the render prints derived figures, so the slips of figures are
// gone).
func TestLintRenderedDOCX(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "380.docx")
	r := runInProcess(t, nil, "render", "-o", out, reference(t))
	require.Equal(t, exitOK, r.code, "%s", r)
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		res := lintJSON(t, cchc(t, nil, "lint", "--json", out), exitFindings)
		assert.Equal(t, "docx", res.Format)
		assert.Equal(t, "380/BC-STP", res.Number)
		codes := map[finding.Code]int{}
		for _, f := range res.Findings {
			codes[f.Code]++
			for _, prefix := range []string{"lint.layout.", "lint.header.", "lint.title.", "lint.closing.", "lint.numbering.", "lint.footnote.missing", "lint.footnote.unused", "lint.text.",
				"reform.closing.", "reform.header.place", "reform.period."} {
				assert.False(t, strings.HasPrefix(string(f.Code), prefix), "the render has no %s finding: %s at %s", prefix, f.Message, f.Path)
			}
		}
		for _, c := range []finding.Code{"citation.symbol.malformed", "citation.kind.mismatch", "citation.year.mismatch", "citation.conflict.date",
			"citation.conflict.symbol", "personnel.base.mismatch", "tthc.dossier.balance", citation.CodeConflictSource} {
			assert.Positive(t, codes[c], "%s is found in the render too", c)
		}
	})
}

// TestLintRenderedClosing lints the DOCX and text that cchc render writes
// from the commune's and the department's reports, whose closings are
// tables (recipients on the left, the signer on the right): lint reads
// the signer from them, finds nothing in the layout's own closing, and
// finds the one slip put into it, as check does in the JSON.
func TestLintRenderedClosing(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, file, set string
		want            []finding.Code
	}{
		{"a commune", "commune-binh-hoa.json", "", nil},
		{"a department", "department-so-y-te.json", "", nil},
		{"a commune's signer in capitals", "commune-binh-hoa.json", "TRẦN THỊ MỸ LINH", []finding.Code{"reform.closing.signer.name"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := filepath.Join("..", "..", "examples", "testdata", tc.file)
			if tc.set != "" {
				var doc map[string]any
				require.NoError(t, json.Unmarshal(readFile(t, src), &doc))
				doc["closing"].(map[string]any)["signer"].(map[string]any)["name"] = tc.set
				data, err := json.Marshal(doc)
				require.NoError(t, err)
				src = filepath.Join(dir, "slip-"+tc.file)
				require.NoError(t, os.WriteFile(src, data, 0o644))
			}
			for _, ext := range []string{".docx", ".txt"} {
				out := filepath.Join(dir, strings.TrimSuffix(filepath.Base(src), ".json")+ext)
				r := runInProcess(t, nil, "render", "-o", out, src)
				require.Contains(t, []int{exitOK, exitFindings}, r.code, "%s", r)
				r = runInProcess(t, nil, "lint", "--json", out)
				var res lintOutput
				require.NoError(t, json.Unmarshal(r.stdout, &res), "%s", r)
				var got []finding.Code
				for _, f := range res.Findings {
					if strings.HasPrefix(string(f.Code), "reform.closing.") || strings.HasPrefix(string(f.Code), "reform.period.") ||
						strings.HasPrefix(string(f.Code), "reform.header.place") || strings.HasPrefix(string(f.Code), "lint.closing.") {
						got = append(got, f.Code)
						assert.Equal(t, lint.PartClosing, f.Place.Part, "%s: %s", ext, f.Message)
					}
				}
				assert.Equal(t, tc.want, got, ext)
			}
		})
	}
}

func TestLintCannotRead(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "bao-cao.docx")
	require.NoError(t, os.WriteFile(junk, []byte("PK\x03\x04 not really a zip archive"), 0o644))
	big := filepath.Join(dir, "big.txt")
	require.NoError(t, os.WriteFile(big, bytes.Repeat([]byte("Báo cáo. "), 2000), 0o644))
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	w, _ := zw.Create("word/document.xml")
	w.Write(bytes.Repeat([]byte(" "), 40<<20))
	zw.Close()
	bombPath := filepath.Join(dir, "bomb.docx")
	require.NoError(t, os.WriteFile(bombPath, bomb.Bytes(), 0o644))
	tests := []struct {
		args   []string
		stdin  []byte
		stderr string
	}{
		{[]string{"lint", filepath.Join(dir, "missing.txt")}, nil, "no such file"},
		{[]string{"lint", junk}, nil, "docxread"},
		{[]string{"lint", "-"}, []byte("Báo c\xe1o"), "not UTF-8"},
		{[]string{"lint", "--max-size", "1K", big}, nil, "--max-size"},
		{[]string{"lint", "--max-size", "1K", "-"}, bytes.Repeat([]byte("a"), 2000), "--max-size"},
		{[]string{"lint", bombPath}, nil, "limit"},
	}
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		for _, tt := range tests {
			r := cchc(t, tt.stdin, tt.args...)
			assert.Equal(t, exitFail, r.code, "%v: %s", tt.args, r)
			assert.Contains(t, string(r.stderr), tt.stderr, "%v", tt.args)
			assert.Empty(t, r.stdout, "%v", tt.args)
		}
		r := cchc(t, nil, "lint", "--json", junk)
		assert.Equal(t, exitFail, r.code)
		var p problemsOutput
		require.NoError(t, json.Unmarshal(r.stdout, &p))
		require.Len(t, p.Problems, 1)
		assert.Contains(t, p.Problems[0].Message, "docxread")

		for _, args := range [][]string{{"lint"}, {"lint", "a.txt", "b.txt"}, {"lint", "--format", "pdf", "a.txt"}} {
			r := cchc(t, nil, args...)
			assert.Equal(t, exitFail, r.code, "%v", args)
			assert.Contains(t, string(r.stderr), "usage: cchc lint", "%v", args)
		}
	})
}

func TestLintFormatsAndClean(t *testing.T) {
	md := "# BÁO CÁO\n\n**Công tác cải cách hành chính quý I năm 2024**\n\n## I. KẾT QUẢ\n\nUBND xã tiếp nhận 120 hồ sơ; đã giải quyết 118 hồ sơ, đang giải quyết 02 hồ sơ[^1].\n\n[^1]: Báo cáo số 12/BC-UBND ngày 05/3/2024 của UBND xã\n"
	forEachRunner(t, func(t *testing.T, cchc func(*testing.T, []byte, ...string) result) {
		r := cchc(t, []byte(md), "lint", "--format", "md", "-")
		assert.Equal(t, exitOK, r.code, "%s", r)
		assert.Empty(t, r.stdout)
		assert.Contains(t, string(r.stderr), "standard input: 0 lỗi, 0 cảnh báo, 0 lưu ý")

		out := lintJSON(t, cchc(t, []byte(md), "lint", "--json", "--format", "md", "-"), exitOK)
		assert.Equal(t, "markdown", out.Format)
		assert.Equal(t, "quý I năm 2024", out.Period)
		assert.NotNil(t, out.Findings)
		assert.Empty(t, out.Findings)
	})
}
