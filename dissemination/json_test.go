package dissemination_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJSONRoundTrip(t *testing.T) {
	d := reference(t)
	out, err := json.Marshal(d)
	require.NoError(t, err)
	back, err := decode(out)
	require.NoError(t, err)
	if diff := cmp.Diff(d, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}

	// The reference file holds every field the report needs, in the names the
	// marshalled form uses.
	raw, err := os.ReadFile(filepath.Join("testdata", "reference.json"))
	require.NoError(t, err)
	assert.JSONEq(t, string(raw), string(out))
}

func TestJSONStrict(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"unknown field", `{"organiser":"Sở Tư pháp","events":{"items":[{"kind":"class","count":1,"attendence":3}]}}`, "attendence"},
		{"wrong type", `{"organiser":"Sở Tư pháp","events":{"items":[{"kind":"class","count":"03"}]}}`, "events.items.count"},
		{"figure as a Vietnamese number", `{"publications":{"declared":{"copies":4.521}}}`, "publications.declared.copies"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decode([]byte(tt.in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
