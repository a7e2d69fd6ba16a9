package dissemination_test

import (
	"path/filepath"
	"testing"

	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform/doc"
)

// FuzzDissemination decodes arbitrary bytes strictly, validates, generates
// the section and lays it out: none of it may panic, and a value that decodes
// must either generate blocks that lay out or fail with an error.
func FuzzDissemination(f *testing.F) {
	testutil.Seed(f, filepath.Join("testdata", "reference.json"),
		`{}`,
		`{"organiser":"Sở","events":{"items":[{"kind":"law_day","training":true,"count":-1,"attendance":9223372036854775807},{"kind":"class","count":1,"attendance":1}],"declared":{"attendance":5}}}`,
		`{"organiser":"*","contests":[{"mode":"online","name":"[^1]","attempts":1,"contestants":2,"date":"2024-02-30"}],"media":{"sms":[{"messages":1,"subscribers":3}],"broadcasts":[{"station":"\\","noun":"x","min_minutes":9,"max_minutes":1,"cadence":"month","per_period":2}],"topics":["**"]}}`,
		`{"publications":{"items":[{"title":"a"},{"title":"b","copies":3}],"electronic":[{"action":"issued"}],"declared":{"copies":2}},"narrative":[{"text":"x","items":[{"text":"y"}]}]}`,
	)
	w := dissemination.DefaultWording()
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := decode(data)
		if err != nil {
			return
		}
		for _, fd := range d.Validate() {
			if fd.Code == "" || fd.Message == "" {
				t.Fatalf("finding without code or message: %+v", fd)
			}
		}
		sec, err := d.Section(w)
		if err != nil {
			return
		}
		if _, err := doc.Lay(report([]doc.Block{sec})); err != nil {
			t.Fatalf("generated blocks do not lay out: %v", err)
		}
	})
}
