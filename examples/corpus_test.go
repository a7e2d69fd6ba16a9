package examples_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/bench/pipeline"
	"github.com/cchc-go/cchc/internal/corpus"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// corpusCases loads the bad-input corpus, testdata/corpus/cases.json.
func corpusCases(t *testing.T) []corpus.Case {
	t.Helper()
	cases, err := corpus.Load(filepath.Join("testdata", "corpus", "cases.json"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(cases), 100, "the corpus has at least 100 cases")
	return cases
}

// TestCorpus walks the bad-input corpus through the library: each case has
// the outcome it states (decode problems by code and path; findings by code,
// path and severity), never a panic; check and render agree (a report with
// no error-level finding renders in every format); every DOCX passes the
// Open XML validator; markup written into the report never comes out raw.
func TestCorpus(t *testing.T) {
	validate := rendertest.Required() || haveValidator()
	for _, c := range corpusCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			data, err := c.Build("testdata")
			require.NoError(t, err)
			if len(data) < 1<<20 {
				rendertest.WriteOut(t, "corpus-"+fileName(c.Name)+".json", data)
			}
			r, err := reform.Decode(data)
			if len(c.Want.Decode) > 0 {
				checkProblems(t, c, err)
				return
			}
			require.NoError(t, err)
			l := r.Validate()
			checkFindings(t, c, l)
			outs, err := renderEvery(r)
			if c.Want.Refused {
				assert.Error(t, err, "the case says Document refuses the report")
			}
			if err != nil {
				assert.True(t, l.HasErrors(), "render refused a report that check passes: %v", err)
				return
			}
			checkRenders(t, c, outs)
			if validate {
				validateDOCX(t, outs["docx"])
			}
		})
	}
}

// haveValidator says whether the Open XML validator is at hand.
func haveValidator() bool {
	if p := os.Getenv("CCHC_OOXML_VALIDATOR"); p != "" {
		_, err := os.Stat(p)
		return err == nil
	}
	return false
}

// checkProblems compares the decode problems with the case's.
func checkProblems(t *testing.T, c corpus.Case, err error) {
	t.Helper()
	var de *reform.DecodeError
	require.ErrorAs(t, err, &de, "the case says the input is not a report")
	for _, p := range de.Problems {
		_, known := reform.DecodeProblems().Lookup(finding.Code(p.Code))
		assert.True(t, known, "code %q is documented in reform.DecodeProblems", p.Code)
		assert.NotEmpty(t, p.Message)
		assert.False(t, strings.Contains(p.Message, "expected"), "a Vietnamese message: %s", p.Message)
	}
	if !c.Want.More {
		require.Len(t, de.Problems, len(c.Want.Decode), "%v", de)
	}
	require.GreaterOrEqual(t, len(de.Problems), len(c.Want.Decode), "%v", de)
	for i, want := range c.Want.Decode {
		got := de.Problems[i]
		assert.True(t, want.Matches(got.Code, got.Path), "problem %d: want %s at %q, got %s", i, want.Code, want.Path, got)
	}
}

// checkFindings looks for each expected finding among the report's.
func checkFindings(t *testing.T, c corpus.Case, l finding.List) {
	t.Helper()
	for _, want := range c.Want.Findings {
		found := false
		for _, f := range l {
			if want.Matches(string(f.Code), f.Path) && (want.Severity == "" || want.Severity == f.Severity.String()) {
				found = true
				break
			}
		}
		assert.True(t, found, "no finding %s (%s) at %q among:\n%s", want.Code, want.Severity, want.Path, listFindings(l))
	}
	if c.Want.Clean {
		assert.False(t, l.HasErrors(), "the case says no error-level finding:\n%s", listFindings(l))
	}
}

func listFindings(l finding.List) string {
	var b strings.Builder
	for _, f := range l {
		b.WriteString(f.Severity.String() + " " + string(f.Code) + " " + f.Path + "\n")
	}
	return b.String()
}

// renderEvery builds, lays out and writes the report in every format.
func renderEvery(r *reform.Report) (map[string][]byte, error) {
	s, err := pipeline.Build(r)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for _, f := range formats() {
		var b bytes.Buffer
		if err := f.Write(&b, s.Layout); err != nil {
			return nil, err
		}
		out[f.Name] = b.Bytes()
	}
	return out, nil
}

// checkRenders checks that markup written into the report comes out as text.
func checkRenders(t *testing.T, c corpus.Case, outs map[string][]byte) {
	t.Helper()
	if m := c.Want.Markup; m != "" {
		assert.False(t, strings.Contains(strings.ToLower(string(outs["html"])), strings.ToLower(m)), "raw markup %q in HTML", m)
		assert.False(t, rawMarkdown(string(outs["md"]), m), "raw markup %q in Markdown", m)
	}
	if m := c.Want.MarkdownMarkup; m != "" {
		assert.False(t, rawMarkdown(string(outs["md"]), m), "raw Markdown %q", m)
	}
	if s := c.Want.Text; s != "" {
		for _, name := range []string{"html", "md", "txt"} {
			assert.Contains(t, string(outs[name]), s, name)
		}
	}
}

// validateDOCX runs the Open XML validator on a DOCX render.
func validateDOCX(t *testing.T, data []byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "case.docx")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	rendertest.CheckOOXML(t, path)
}

// rawMarkdown reports whether md holds m where its first character is not
// escaped by a backslash (an escaped "\<" or "\[" is text).
func rawMarkdown(md, m string) bool {
	for i := 0; ; {
		j := strings.Index(md[i:], m)
		if j < 0 {
			return false
		}
		at := i + j
		if at == 0 || md[at-1] != '\\' {
			return true
		}
		i = at + 1
	}
}

// fileName makes a case name a file name: letters, digits, "-" and "."
// kept, anything else "_".
func fileName(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.' {
			return r
		}
		return '_'
	}, s)
}
