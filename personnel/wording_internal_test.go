package personnel

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/section"
)

// The default wording compiles: the package-level compiler holds it.
func TestDefaultWordingCompiles(t *testing.T) {
	_, err := section.Compile("personnel", section.SentencesOf(DefaultWording()))
	require.NoError(t, err)
	_, err = compiler.Compile(DefaultWording())
	require.NoError(t, err)
}

// section.SentencesOf lists every template field of Wording, by its Go
// name, with its text.
func TestSentencesListEveryField(t *testing.T) {
	var w Wording
	v := reflect.ValueOf(&w).Elem()
	want := map[string]string{}
	for i := range v.NumField() {
		if f := v.Type().Field(i); f.Type.Kind() == reflect.String {
			text := fmt.Sprintf("text of %s", f.Name)
			v.Field(i).SetString(text)
			want[f.Name] = text
		}
	}
	got := map[string]string{}
	for _, s := range section.SentencesOf(w) {
		assert.NotContains(t, got, s.Name, "listed twice")
		got[s.Name] = s.Text
	}
	assert.Equal(t, want, got)
}

// A wrong sentence name is an error naming it, not a panic: a typo in the
// generating code fails the call.
func TestUnknownSentenceIsAnError(t *testing.T) {
	g, err := (&Section{}).generator(DefaultWording())
	require.NoError(t, err)
	assert.NotPanics(t, func() {
		assert.Empty(t, g.wr.Runs("Unit", g.names))
		assert.Nil(t, g.section("OrganisationTitel", nil, true))
	})
	require.Error(t, g.wr.Err())
	assert.Contains(t, g.wr.Err().Error(), "personnel: wording.Unit:")
}

// Every sentence name the generating code passes as a literal is a field of
// Wording, so that a typo fails here rather than in a caller's report, and
// every field of Wording is written. The sentences are built in the topic
// files, so every file of the package is read.
func TestGeneratorNamesAreSentences(t *testing.T) {
	names := map[string]bool{}
	for _, s := range section.SentencesOf(DefaultWording()) {
		names[s.Name] = true
	}
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	used := map[string]bool{}
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
		require.NoError(t, err)
		for _, name := range sentenceNames(t, f) {
			assert.True(t, names[name], "%s uses %q, which is not a field of Wording", file, name)
			used[name] = true
		}
	}
	assert.Equal(t, names, used, "every sentence of Wording is written")
}

// sentenceNames returns the sentence names f passes as literals to the
// Writer (Runs, Sentence, Text), to section and to localRuns.
func sentenceNames(t *testing.T, f *ast.File) []string {
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || len(call.Args) < 2 {
			return true
		}
		var args []ast.Expr
		switch sel.Sel.Name {
		case "Runs", "Sentence", "Text", "section":
			args = call.Args[:1]
		case "localRuns":
			args = call.Args[1:]
		}
		for _, a := range args {
			lit, ok := a.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				continue
			}
			name, err := strconv.Unquote(lit.Value)
			require.NoError(t, err)
			out = append(out, name)
		}
		return true
	})
	return out
}
