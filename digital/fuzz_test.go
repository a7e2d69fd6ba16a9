package digital_test

import (
	"encoding/json"
	"testing"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform/doc"
)

// FuzzDigital decodes arbitrary JSON strictly, validates it, writes its text
// and lays it out: nothing panics, every finding has a code and a message,
// and the text of a value that decodes and passes the markup check lays out.
func FuzzDigital(f *testing.F) {
	testutil.Seed(f, "testdata/reference.json",
		`{}`,
		`{"documents":{"outgoing":{"total":3728,"signed":3500,"declared":{"signed_share":"93,8%"}}}}`,
		`{"documents":{"incoming":{"total":0,"handled":0,"declared":{"handled_share":"100%"}}}}`,
		`{"documents":{"outgoing":{"total":-1,"signed":-2,"issued":9223372036854775807}}}`,
		`{"services":{"online":{"full":759,"partial":441,"information_only":724},"declared":{"total":1924}}}`,
		`{"services":{"levels":{"level_2":49},"online":{"full":1}}}`,
		`{"email":{"staff":86,"with_email":46,"declared":{"share":"53,4%"}}}`,
		`{"email":{"declared":{"share":"1e5%"}}}`,
		`{"digitisation":[{"records":"dữ liệu hộ tịch","intro":{"text":"*a*[^1]","notes":["b"],"items":[{"text":"c"}]},`+
			`"phases":[{"count":2500000,"qualifier":"above","from_year":2015,"to_year":2003,"uploaded_on":"2024-02-30"}]}]}`,
		`{"systems":[{"text":"a *b"},{"text":"","items":[{"text":"[^9]"}]}]}`,
		`{"digitisation":[{"records":"","intro":{"text":"\ue000digital.intro\ue001"}}]}`,
	)
	w := digital.DefaultWording()
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := decode(data)
		if err != nil {
			return
		}
		findings := d.Validate()
		markup := false
		for _, fd := range findings {
			if fd.Code == "" || fd.Message == "" {
				t.Fatalf("finding without code or message: %+v", fd)
			}
			if fd.Code == digital.CodeNarrativeMarkup {
				markup = true
			}
		}
		_ = d.Citations()
		blocks, err := d.Blocks(w)
		if err != nil {
			if !markup {
				t.Fatalf("Blocks failed without a markup finding: %v\nfindings: %v", err, findings)
			}
			return
		}
		if blocks == nil {
			return
		}
		if _, err := doc.Lay(document(blocks)); err != nil {
			t.Fatalf("Lay: %v\ninput: %s", err, data)
		}
		if _, err := json.Marshal(d); err != nil {
			t.Fatalf("Marshal: %v", err)
		}
	})
}
