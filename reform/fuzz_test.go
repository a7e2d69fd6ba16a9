package reform_test

import (
	"errors"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/cchc-go/cchc/internal/corpus"
	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
)

// FuzzReport decodes arbitrary bytes as a report, validates it and builds
// and lays out its document: never a panic; input that is not a report
// gets problems that each have a code, a message and a UTF-8 path; and
// check and render agree: a report without error-level findings builds and
// lays out. The seeds are the examples and the bad-input corpus.
func FuzzReport(f *testing.F) {
	f.Add(testutil.Reference(f))
	min, _ := minimal().Encode()
	f.Add(min)
	f.Add([]byte(`{"header":{"agency":"x"},"basis":{"text":"{a} *b"},"figures":[{"name":"a","count":1,"declared_delta":-2}]}`))
	dir := filepath.Join("..", "examples", "testdata")
	if cases, err := corpus.Load(filepath.Join(dir, "corpus", "cases.json")); err == nil {
		for _, c := range cases {
			if data, err := c.Build(dir); err == nil && len(data) < 1<<20 {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := reform.Decode(data)
		if err != nil {
			var de *reform.DecodeError
			if !errors.As(err, &de) || len(de.Problems) == 0 {
				t.Fatalf("not a *DecodeError with problems: %v", err)
			}
			for _, p := range de.Problems {
				if p.Code == "" || p.Message == "" || !utf8.ValidString(p.Path) || !utf8.ValidString(p.Message) {
					t.Fatalf("problem without code or message, or not UTF-8: %+v", p)
				}
			}
			return
		}
		l := r.Validate()
		d, err := r.Document()
		if err == nil {
			_, err = doc.Lay(d)
		}
		if err != nil && !l.HasErrors() {
			t.Fatalf("check passes but render refuses: %v", err)
		}
	})
}
