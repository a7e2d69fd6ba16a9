package personnel_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/personnel"
)

func TestJSONRoundTrip(t *testing.T) {
	p := reference(t)
	b, err := json.Marshal(p)
	require.NoError(t, err)
	q, err := personnel.Decode(b)
	require.NoError(t, err)
	if diff := cmp.Diff(p, q); diff != "" {
		t.Errorf("round trip (-before +after):\n%s", diff)
	}
	// Absent figures stay absent: no "null", no 0.
	assert.NotContains(t, string(b), "null")
	assert.NotContains(t, string(b), `"doctor"`)

	// The fixture is already in canonical form but for its layout.
	raw, err := os.ReadFile(referencePath)
	require.NoError(t, err)
	assert.JSONEq(t, string(raw), string(b))
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"unknown field", `{"organisation":{"department":{"name":"x","staf":84}}}`, `unknown field "staf"`},
		{"wrong type", `{"organisation":{"department":{"name":"x","staff":"84"}}}`, `field "organisation.department.staff"`},
		{"fraction", `{"organisation":{"department":{"staff":84.5}}}`, `organisation.department.staff`},
		{"trailing", `{} {}`, "trailing data"},
		{"syntax", `{"organisation":`, "decode"},
		{"not an object", `[]`, "decode"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := personnel.Decode([]byte(tt.in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
