package digital_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/digital"
)

// The reference section goes to JSON and back unchanged, and its JSON is
// the file's (same keys, same values).
func TestJSONRoundTrip(t *testing.T) {
	ref := reference(t)
	data, err := json.Marshal(ref)
	require.NoError(t, err)
	back, err := decode(data)
	require.NoError(t, err)
	if diff := cmp.Diff(ref, back); diff != "" {
		t.Errorf("round trip (-before +after):\n%s", diff)
	}
	file, err := os.ReadFile("testdata/reference.json")
	require.NoError(t, err)
	assert.JSONEq(t, string(file), string(data))
}

// Absent figures stay absent: nothing is written as 0, and a 0 that was
// given is kept.
func TestJSONAbsentIsNotZero(t *testing.T) {
	d := digital.Section{
		Documents: &digital.Documents{Outgoing: &digital.Outgoing{Total: 0, Signed: ptr(0)}},
		Services:  &digital.Services{Levels: &digital.Levels{Level1: ptr(0)}},
	}
	data, err := json.Marshal(d)
	require.NoError(t, err)
	assert.JSONEq(t, `{"documents":{"outgoing":{"total":0,"signed":0}},"services":{"levels":{"level_1":0}}}`, string(data))
}

func TestJSONStrict(t *testing.T) {
	for name, in := range map[string]string{
		"unknown field":         `{"documents":{"incoming":{"total":1,"secret":2}}}`,
		"wrong type":            `{"documents":{"incoming":{"total":"10.343"}}}`,
		"fraction of a count":   `{"services":{"levels":{"level_2":4.5}}}`,
		"kinds not a list":      `{"digitisation":[{"records":"x","phases":[{"kinds":"khai sinh"}]}]}`,
		"systems not narrative": `{"systems":["text"]}`,
	} {
		_, err := decode([]byte(in))
		assert.Error(t, err, name)
	}
}

// The Go value of the examples and the JSON of the tests are the same
// section.
func TestExampleIsReference(t *testing.T) {
	if diff := cmp.Diff(reference(t), referenceSection()); diff != "" {
		t.Errorf("example data differs from testdata/reference.json:\n%s", diff)
	}
}
