package tthc

import (
	"bytes"
	"testing"

	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform/doc"
)

// FuzzSection decodes arbitrary JSON into a section, validates it, builds its
// text and lays it out, computes its indicators and adds it to itself:
// none of it may panic, and the text of a decoded section either builds or
// fails with an error.
func FuzzSection(f *testing.F) {
	testutil.Seed(f, "testdata/reference.json",
		`{}`,
		`{"unit":"Sở Tư pháp","dossiers":{"online":8252,"in_person":6806,"carried_over":555,"on_time":15264,"late":1,"pending":301,"other":47}}`,
		`{"unit":"x","dossiers":{"online":-1,"early":-5,"pending":3,"pending_in_time":9,"pending_overdue":-9,"fields":[{"field":""},{"field":"a","late":1000000000001}]}}`,
		`{"unit":"x","catalogue":{"levels":{"level_1":1},"online":{"full":3,"partial":1,"information_only":0,"eligible_full":2},"declared":{"total":9,"full_rate":"7","partial_rate":"12,5%"}}}`,
		`{"unit":"x","feedback":{"received":0,"answered":5,"answered_on_time":-1},"review":[{"text":"**a[^1]","notes":["*b"]},{"bullet":true,"text":"","items":[{"text":"\\*"}]}]}`,
		`{"unit":"x","dossiers":{"online":9223372036854775807,"in_person":9223372036854775807,"declared":{"on_time_rate":"99,9%","online_rate":"%"}}}`,
	)
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodeJSON(bytes.NewReader(data))
		if err != nil {
			return
		}
		_ = s.Validate()
		if blocks, err := s.Blocks(DefaultWording()); err == nil {
			_, _ = doc.Lay(report(blocks))
		}
		_, _ = s.DossierParagraph(DefaultWording())
		_, _ = s.CatalogueSentence(DefaultWording())
		_, _ = s.FeedbackSentence(DefaultWording())
		if _, err := s.Indicators(Scheme766()); err != nil {
			t.Fatalf("the 766 scheme is valid, Indicators failed: %v", err)
		}
		_, _ = s.Add(*s)
	})
}
