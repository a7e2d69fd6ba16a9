package reform_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform"
)

const module = "github.com/cchc-go/cchc"

// TestSchemaDocsAreCurrent keeps reform/schemadoc.go, the doc comments of
// the interchange format's types, fields and named values that the JSON
// Schema carries as descriptions, in step with the source. UPDATE_GOLDEN=1
// rewrites it.
func TestSchemaDocsAreCurrent(t *testing.T) {
	reach := reachable(reflect.TypeFor[reform.Report]())
	docs := map[string]string{}
	values := map[string][][2]string{}
	for _, dir := range []string{".", "doc", "finding", "section", "../tthc", "../personnel", "../dissemination", "../digital"} {
		collect(t, dir, reach, docs, values)
	}
	got := generate(t, docs, values)
	if want := testutil.Golden(t, "schemadoc.go", got); !bytes.Equal(want, got) {
		t.Fatal("reform/schemadoc.go is stale: run UPDATE_GOLDEN=1 go test ./reform, then regenerate the schema")
	}
}

// TestSchemaDescribesEveryProperty: a system in another language learns
// what each field means from the schema alone.
func TestSchemaDescribesEveryProperty(t *testing.T) {
	b, err := reform.Schema()
	require.NoError(t, err)
	var s struct {
		Defs map[string]struct {
			Description string                    `json:"description"`
			Properties  map[string]map[string]any `json:"properties"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(b, &s))
	for name, d := range s.Defs {
		assert.NotEmpty(t, d.Description, "%s has no description", name)
		for p, v := range d.Properties {
			assert.NotEmpty(t, v["description"], "%s.%s has no description", name, p)
		}
	}
}

// reachable returns the keys ("path.Name") of the named types of the JSON
// form of t.
func reachable(t reflect.Type) map[string]bool {
	seen := map[string]bool{}
	var walk func(reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Name() != "" {
			key := t.PkgPath() + "." + t.Name()
			if seen[key] {
				return
			}
			seen[key] = true
		}
		if t.Kind() != reflect.Struct || !strings.HasPrefix(t.PkgPath(), module) {
			return
		}
		for i := range t.NumField() {
			f := t.Field(i)
			if f.IsExported() || f.Anonymous {
				walk(f.Type)
			}
		}
	}
	walk(t)
	return seen
}

// collect reads the doc comments of the package in dir.
func collect(t *testing.T, dir string, reach map[string]bool, docs map[string]string, values map[string][][2]string) {
	abs, err := filepath.Abs(dir)
	require.NoError(t, err)
	root, err := filepath.Abs("..")
	require.NoError(t, err)
	rel, err := filepath.Rel(root, abs)
	require.NoError(t, err)
	pkg := module + "/" + filepath.ToSlash(rel)
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	require.NoError(t, err)
	sort.Strings(files)
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || filepath.Base(name) == "schemadoc.go" {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		require.NoError(t, err)
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, spec := range g.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					key := pkg + "." + s.Name.Name
					if !reach[key] {
						continue
					}
					doc := s.Doc
					if doc == nil && len(g.Specs) == 1 {
						doc = g.Doc
					}
					if d := firstParagraph(doc); d != "" {
						docs[key] = d
					}
					st, ok := s.Type.(*ast.StructType)
					if !ok {
						continue
					}
					last := ""
					for _, fld := range st.Fields.List {
						d := firstParagraph(fld.Doc)
						if d == "" && len(fld.Names) == 1 && strings.Contains(last, fld.Names[0].Name) {
							d = last // "FromYear and ToYear are …" documents both
						}
						last = d
						for _, n := range fld.Names {
							if d != "" && n.IsExported() {
								docs[key+"."+n.Name] = d
							}
						}
					}
				case *ast.ValueSpec:
					id, ok := s.Type.(*ast.Ident)
					if !ok || len(s.Values) != 1 {
						continue
					}
					lit, ok := s.Values[0].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING || !reach[pkg+"."+id.Name] {
						continue
					}
					v, err := strconv.Unquote(lit.Value)
					require.NoError(t, err)
					values[pkg+"."+id.Name] = append(values[pkg+"."+id.Name], [2]string{v, firstSentence(s.Doc)})
				}
			}
		}
	}
}

// firstParagraph returns a comment's first paragraph on one line.
func firstParagraph(c *ast.CommentGroup) string {
	if c == nil {
		return ""
	}
	p, _, _ := strings.Cut(strings.TrimSpace(c.Text()), "\n\n")
	return strings.Join(strings.Fields(p), " ")
}

// firstSentence returns a comment's first sentence, without the name that
// starts it ("Year is the calendar year." → "the calendar year").
func firstSentence(c *ast.CommentGroup) string {
	p := firstParagraph(c)
	if i := strings.Index(p, ". "); i >= 0 {
		p = p[:i+1]
	}
	if _, rest, ok := strings.Cut(p, " is "); ok && !strings.Contains(strings.SplitN(p, " is ", 2)[0], " ") {
		p = rest
	}
	return strings.TrimSuffix(p, ".")
}

// generate writes schemadoc.go.
func generate(t *testing.T, docs map[string]string, values map[string][][2]string) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by TestSchemaDocsAreCurrent (UPDATE_GOLDEN=1 go test ./reform); DO NOT EDIT.\n\n")
	b.WriteString("package reform\n\n")
	b.WriteString("// schemaDocs are the doc comments of the interchange format's types and\n// fields, the descriptions of the JSON Schema. Built once, never changed.\n")
	b.WriteString("var schemaDocs = map[string]string{\n")
	keys := make([]string, 0, len(docs))
	for k := range docs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "%q: %q,\n", strings.TrimPrefix(k, module), docs[k])
	}
	b.WriteString("}\n\n")
	b.WriteString("// schemaValues are the named values of the enumerated types and their\n// meaning. Built once, never changed.\n")
	b.WriteString("var schemaValues = map[string][][2]string{\n")
	keys = keys[:0]
	for k := range values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "%q: {", strings.TrimPrefix(k, module))
		for _, v := range values[k] {
			fmt.Fprintf(&b, "{%q, %q}, ", v[0], v[1])
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n")
	out, err := format.Source(b.Bytes())
	require.NoError(t, err)
	return out
}
