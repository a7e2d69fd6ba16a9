package reform_test

import (
	"os"
	"testing"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
)

// FuzzReport decodes arbitrary bytes as a report, validates it and builds
// and lays out its document: never a panic, and a report that decodes
// always validates.
func FuzzReport(f *testing.F) {
	if data, err := os.ReadFile(referencePath); err == nil {
		f.Add(data)
	}
	min, _ := minimal().Encode()
	f.Add(min)
	f.Add([]byte(`{"header":{"agency":"x"},"basis":{"text":"{a} *b"},"figures":[{"name":"a","count":1,"declared_delta":-2}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := reform.Decode(data)
		if err != nil {
			return
		}
		r.Validate()
		d, err := r.Document()
		if err != nil {
			return
		}
		_, _ = doc.Lay(d)
	})
}
