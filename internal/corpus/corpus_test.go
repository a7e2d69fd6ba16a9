package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBuild(t *testing.T) {
	tests := []struct {
		name string
		edit Edit
		want string
	}{
		{"set a new key", Edit{Op: "set", Path: "header.place", Value: json.RawMessage(`"An Giang"`)},
			"{\n  \"header\": {\n    \"agency\": \"Sở Tư pháp\",\n    \"to\": [\n      \"A\"\n    ],\n    \"place\": \"An Giang\"\n  },\n  \"rows\": [\n    {\n      \"n\": 1\n    },\n    {\n      \"n\": 2\n    }\n  ]\n}\n"},
		{"set in an array, making objects", Edit{Op: "set", Path: "rows[1].x.y", Value: json.RawMessage(`1`)},
			"{\n  \"header\": {\n    \"agency\": \"Sở Tư pháp\",\n    \"to\": [\n      \"A\"\n    ]\n  },\n  \"rows\": [\n    {\n      \"n\": 1\n    },\n    {\n      \"n\": 2,\n      \"x\": {\n        \"y\": 1\n      }\n    }\n  ]\n}\n"},
		{"delete", Edit{Op: "delete", Path: "rows"},
			"{\n  \"header\": {\n    \"agency\": \"Sở Tư pháp\",\n    \"to\": [\n      \"A\"\n    ]\n  }\n}\n"},
		{"append", Edit{Op: "append", Path: "header.to", Value: json.RawMessage(`"B<&>"`)},
			"{\n  \"header\": {\n    \"agency\": \"Sở Tư pháp\",\n    \"to\": [\n      \"A\",\n      \"B<&>\"\n    ]\n  },\n  \"rows\": [\n    {\n      \"n\": 1\n    },\n    {\n      \"n\": 2\n    }\n  ]\n}\n"},
		{"replace bytes with escapes", Edit{Op: "replace", Old: `"n": 1`, New: `"n": \xff`}, "{\n  \"header\": {\"agency\": \"Sở Tư pháp\", \"to\": [\"A\"]},\n  \"rows\": [{\"n\": \xff}, {\"n\": 2}]\n}\n"},
		{"cut", Edit{Op: "cut", Old: `"rows"`}, "{\n  \"header\": {\"agency\": \"Sở Tư pháp\", \"to\": [\"A\"]},\n  "},
		{"generated string", Edit{Op: "set", Path: "header", Value: json.RawMessage(`"ab"`), Repeat: 3}, "{\n  \"header\": \"ababab\",\n  \"rows\": [\n    {\n      \"n\": 1\n    },\n    {\n      \"n\": 2\n    }\n  ]\n}\n"},
		{"generated nesting", Edit{Op: "set", Path: "header", Value: json.RawMessage(`0`), Repeat: 3, Nest: `[%v]`}, "{\n  \"header\": [[[0]]],\n  \"rows\": [\n    {\n      \"n\": 1\n    },\n    {\n      \"n\": 2\n    }\n  ]\n}\n"},
		{"generated array", Edit{Op: "set", Path: "header", Value: json.RawMessage(`1`), Repeat: 3, Elements: true}, "{\n  \"header\": [1,1,1],\n  \"rows\": [\n    {\n      \"n\": 1\n    },\n    {\n      \"n\": 2\n    }\n  ]\n}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Case{Name: tt.name, Base: "base.json", Edits: []Edit{tt.edit}}.Build("testdata")
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}

func TestBuildErrors(t *testing.T) {
	for _, e := range []Edit{
		{Op: "set", Path: "rows[5].n", Value: json.RawMessage(`1`)},
		{Op: "delete", Path: "header.none"},
		{Op: "append", Path: "header.agency", Value: json.RawMessage(`1`)},
		{Op: "replace", Old: "absent"},
		{Op: "munge"},
		{Op: "set", Path: "header[", Value: json.RawMessage(`1`)},
		{Op: "set", Path: "header", Value: json.RawMessage(`1`), Repeat: 2, Nest: "no marker"},
	} {
		_, err := Case{Name: "x", Base: "base.json", Edits: []Edit{e}}.Build("testdata")
		assert.Error(t, err, "%+v", e)
	}
}

func TestLoadRefusesTwoCasesOfOneName(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.json")
	require.NoError(t, os.WriteFile(path, []byte(`[{"name":"a","base":"b","edits":[],"want":{}},{"name":"a","base":"b","edits":[],"want":{}}]`), 0o644))
	_, err := Load(path)
	assert.Error(t, err)
	require.NoError(t, os.WriteFile(path, []byte(`[{"name":"a","bass":"b"}]`), 0o644))
	_, err = Load(path)
	assert.Error(t, err, "unknown fields are refused")
}

func TestExpectMatches(t *testing.T) {
	assert.True(t, Expect{Code: "c", Path: "a.b"}.Matches("c", "a.b"))
	assert.False(t, Expect{Code: "c", Path: "a.b"}.Matches("c", "a.b.c"))
	assert.True(t, Expect{Code: "c", Path: "a.b…"}.Matches("c", "a.b[3:9]"))
	assert.False(t, Expect{Code: "c", Path: "a.b…"}.Matches("d", "a.b"))
}
