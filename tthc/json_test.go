package tthc

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestJSONReference checks that testdata/reference.json holds the figures of
// referenceFigures and is in the canonical form MarshalIndent writes.
func TestJSONReference(t *testing.T) {
	raw, err := os.ReadFile("testdata/reference.json")
	require.NoError(t, err)
	s := loadReference(t)
	figures := *s
	for _, n := range []*[]Text{&figures.Implementation, &figures.NewProcedures, &figures.Review,
		&figures.Publicity, &figures.OneStop, &figures.Apologies} {
		assert.NotEmpty(t, *n)
		*n = nil
	}
	if diff := cmp.Diff(referenceFigures(), figures); diff != "" {
		t.Errorf("reference.json figures (-want +got):\n%s", diff)
	}
	out, err := s.MarshalIndent()
	require.NoError(t, err)
	assert.Equal(t, string(raw), string(out))
}

// TestJSONRoundTrip encodes a section with every field set and decodes it
// back.
func TestJSONRoundTrip(t *testing.T) {
	s := Section{
		Unit: "Sở Tư pháp", UnitShort: "Sở",
		Implementation: []Text{P("Triển khai[^1].", "Nghị định số 63/2010/NĐ-CP")},
		NewProcedures:  []Text{Bullet("Trình công bố.")},
		Review:         []Text{{Paragraph: &doc.Narrative{Text: "Rà soát:", Items: []doc.Narrative{{Text: "a;"}}}}},
		Publicity:      []Text{P("Công khai.")},
		Catalogue: &Catalogue{
			Online:            &OnlineServices{Full: 759, Partial: 441, InformationOnly: 724, EligibleFull: i64(800)},
			Announced:         &Announced{New: 844, Amended: 473, Abolished: 102},
			InternalProcesses: i64(12),
			Declared:          DeclaredCatalogue{Total: i64(1924), FullRate: "39,45%", PartialRate: "22,92%", InformationOnlyRate: "37,63%", Announced: i64(1419)},
		},
		OneStop: []Text{Bullet("Một cửa.")},
		Dossiers: &Dossiers{
			Counts: Counts{Online: 100, InPerson: 50, CarriedOver: 10, Early: i64(20), OnTime: 118, Late: 2,
				Pending: 15, PendingInTime: i64(13), PendingOverdue: i64(2), Other: i64(5)},
			Fields:          []FieldCounts{{Field: "Hộ tịch", Counts: Counts{Online: 100, Early: i64(1)}}},
			ApologyLetters:  i64(2),
			PreviousPending: i64(10),
			Declared:        DeclaredDossiers{Received: i64(160), ReceivedInPeriod: i64(150), Resolved: i64(140), OnTimeRate: "98,6%", OnlineRate: "66,7%"},
		},
		ResultsText:  []Text{P("Kết quả.")},
		Apologies:    []Text{P("Xin lỗi.")},
		Feedback:     &Feedback{Received: 3, Answered: i64(3), AnsweredOnTime: i64(3), PendingInTime: i64(0), Channel: "Cổng dịch vụ công Quốc gia"},
		FeedbackText: []Text{P("PAKN.")},
	}
	b, err := s.MarshalIndent()
	require.NoError(t, err)
	for _, key := range []string{`"in_person": 50`, `"pending_overdue": 2`, `"information_only_rate": "37,63%"`,
		`"apology_letters": 2`, `"bullets": [`, `"results_text"`, `"eligible_full": 800`} {
		assert.Contains(t, string(b), key)
	}
	back, err := DecodeJSON(bytes.NewReader(b))
	require.NoError(t, err)
	if diff := cmp.Diff(s, *back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	// A zero declared block is left out of the JSON.
	b, err = (&Section{Unit: "x", Dossiers: &Dossiers{}}).MarshalIndent()
	require.NoError(t, err)
	assert.NotContains(t, string(b), "declared")
}

func TestDecodeJSONErrors(t *testing.T) {
	tests := []struct {
		name, json, want string
	}{
		{"unknown field", `{"unit":"x","dossiers":{"onlien":1}}`, `unknown field "onlien"`},
		{"wrong type", `{"unit":"x","dossiers":{"online":"8.252"}}`, "field dossiers.online: expected int64"},
		{"wrong type in a row", `{"unit":"x","dossiers":{"fields":[{"field":"a","late":1.5}]}}`, "dossiers.fields.late"},
		{"trailing data", `{"unit":"x"} {}`, "unexpected data after"},
		{"not an object", `[1]`, "decode"},
		{"empty", ``, "EOF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeJSON(strings.NewReader(tt.json))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
