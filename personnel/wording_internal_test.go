package personnel

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/section"
)

// The default wording compiles: the package-level compiler holds it.
func TestDefaultWordingCompiles(t *testing.T) {
	_, err := section.Compile("personnel", DefaultWording().sentences())
	require.NoError(t, err)
	_, err = compiler.Compile(DefaultWording().sentences())
	require.NoError(t, err)
}

// sentences lists every template field of Wording, by its Go name, with its
// text.
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
	for _, s := range w.sentences() {
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
// every field of Wording is written.
func TestGeneratorNamesAreSentences(t *testing.T) {
	names := map[string]bool{}
	for _, s := range DefaultWording().sentences() {
		names[s.Name] = true
	}
	f, err := parser.ParseFile(token.NewFileSet(), "blocks.go", nil, 0)
	require.NoError(t, err)
	used := map[string]bool{}
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
			assert.True(t, names[name], "blocks.go uses %q, which is not a field of Wording", name)
			used[name] = true
		}
		return true
	})
	assert.Equal(t, names, used, "every sentence of Wording is written")
}
