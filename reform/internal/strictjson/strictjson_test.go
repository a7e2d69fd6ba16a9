package strictjson_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/internal/strictjson"
)

type day struct{ time.Time }

func (d *day) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("expected a string YYYY-MM-DD")
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return fmt.Errorf("date %q: expected YYYY-MM-DD", s)
	}
	d.Time = t
	return nil
}

type row struct {
	Name  string `json:"name" validate:"required"`
	Count int64  `json:"count" validate:"gte=0"`
}

type Base struct {
	Unit string `json:"unit"`
}

type doc struct {
	Base
	Date    day            `json:"date"`
	Kind    string         `json:"kind" validate:"oneof=month year"`
	N       *int           `json:"n,omitempty" validate:"omitempty,gte=1,lte=12"`
	Rows    []row          `json:"rows" validate:"dive"`
	Flags   map[string]int `json:"flags,omitempty"`
	OK      bool           `json:"ok"`
	Ratio   float64        `json:"ratio"`
	Skipped string         `json:"-"`
}

func TestDecodeAcceptsGoodJSON(t *testing.T) {
	var d doc
	err := strictjson.Decode([]byte(`{"unit":"Sở Tư pháp","date":"2024-11-19","kind":"year","n":null,"rows":[{"name":"a","count":3}],"flags":{"x":1},"ok":true,"ratio":0.5}`), &d)
	require.NoError(t, err)
	assert.Equal(t, "Sở Tư pháp", d.Unit)
	assert.Equal(t, 2024, d.Date.Year())
	assert.Equal(t, int64(3), d.Rows[0].Count)
}

func TestDecodeReportsEveryProblemWithItsPath(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []strictjson.Problem
	}{
		{"unknown field", `{"unit":"a","colour":1}`, []strictjson.Problem{{Path: "colour", Message: `unknown field "colour": expected one of date, flags, kind, n, ok, ratio, rows, unit`}}},
		{"case-insensitive match refused", `{"Unit":"a"}`, []strictjson.Problem{{Path: "Unit", Message: `unknown field "Unit": expected one of date, flags, kind, n, ok, ratio, rows, unit`}}},
		{"string for a number", `{"rows":[{"name":"a","count":"3"}]}`, []strictjson.Problem{{Path: "rows[0].count", Message: `found "3": expected a whole number`}}},
		{"fraction for a count", `{"rows":[{"name":"a","count":1.5}]}`, []strictjson.Problem{{Path: "rows[0].count", Message: `found 1.5: expected a whole number that fits in 64 bits`}}},
		{"bad date", `{"date":"19/11/2024"}`, []strictjson.Problem{{Path: "date", Message: `date "19/11/2024": expected YYYY-MM-DD`}}},
		{"object for an array", `{"rows":{}}`, []strictjson.Problem{{Path: "rows", Message: "found an object: expected an array"}}},
		{"duplicate key", `{"kind":"year","kind":"month"}`, []strictjson.Problem{{Path: "kind", Message: `the key "kind" appears twice: expected each field once`}}},
		{"bool", `{"ok":"yes"}`, []strictjson.Problem{{Path: "ok", Message: `found "yes": expected true or false`}}},
		{"map value", `{"flags":{"x":"1"}}`, []strictjson.Problem{{Path: "flags.x", Message: `found "1": expected a whole number`}}},
		{"several at once", `{"colour":1,"rows":[{"name":1},{"count":-1,"extra":true}],"ok":1}`, []strictjson.Problem{
			{Path: "colour", Message: `unknown field "colour": expected one of date, flags, kind, n, ok, ratio, rows, unit`},
			{Path: "rows[0].name", Message: "found the number 1: expected a string"},
			{Path: "rows[1].extra", Message: `unknown field "extra": expected one of count, name`},
			{Path: "ok", Message: "found the number 1: expected true or false"},
		}},
		{"not an object", `[1]`, []strictjson.Problem{{Message: "found an array: expected an object"}}},
		{"syntax", "{\n\"unit\": }", []strictjson.Problem{{Message: "invalid JSON at line 2, column 9: invalid character '}' looking for beginning of value"}}},
		{"truncated", `{"unit":`, []strictjson.Problem{{Message: "the JSON ends too early: expected a complete JSON document"}}},
		{"trailing data", `{} {}`, []strictjson.Problem{{Message: "unexpected data after the JSON value at line 1, column 4: expected one JSON document"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			err := strictjson.Decode([]byte(tt.in), &d)
			var se *strictjson.Error
			require.ErrorAs(t, err, &se)
			if diff := cmp.Diff(tt.want, se.Problems); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
	assert.Error(t, strictjson.Decode([]byte(`{}`), doc{}), "a non-pointer is misuse")
}

func TestSchema(t *testing.T) {
	b, err := strictjson.Schema(reflect.TypeFor[doc](), strictjson.SchemaOptions{
		ID: "https://example.org/doc.json", Title: "doc",
		Formats: map[string]map[string]any{"github.com/cchc-go/cchc/reform/internal/strictjson_test.day": {"type": "string", "format": "date"}},
	})
	require.NoError(t, err)
	var s map[string]any
	require.NoError(t, json.Unmarshal(b, &s))
	defs := s["$defs"].(map[string]any)
	d := defs["strictjson_test.doc"].(map[string]any)
	props := d["properties"].(map[string]any)
	assert.Equal(t, false, d["additionalProperties"])
	assert.Equal(t, map[string]any{"type": "string", "format": "date"}, props["date"])
	assert.Equal(t, map[string]any{"type": "string", "enum": []any{"month", "year"}}, props["kind"])
	assert.Equal(t, map[string]any{"anyOf": []any{map[string]any{"type": "integer", "minimum": 1.0, "maximum": 12.0}, map[string]any{"type": "null"}}}, props["n"])
	assert.Contains(t, props, "unit", "embedded fields are promoted")
	assert.NotContains(t, props, "Skipped")
	r := defs["strictjson_test.row"].(map[string]any)
	assert.Equal(t, []any{"name"}, r["required"])
	assert.Equal(t, map[string]any{"type": "integer", "minimum": 0.0}, r["properties"].(map[string]any)["count"])
	assert.Equal(t, "#/$defs/strictjson_test.doc", s["$ref"])
	assert.True(t, strings.HasSuffix(string(b), "}\n"))
	b2, _ := strictjson.Schema(reflect.TypeFor[doc](), strictjson.SchemaOptions{})
	b3, _ := strictjson.Schema(reflect.TypeFor[doc](), strictjson.SchemaOptions{})
	assert.Equal(t, b2, b3, "deterministic")
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{`{"unit":"a","rows":[{"name":"x","count":1}]}`, `{"date":"2024-01-01"}`, `[`, `{"n":1e99}`, `{"flags":{"a":1}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var d doc
		err := strictjson.Decode(data, &d)
		if err == nil {
			// What strict decoding accepts, encoding/json accepts too.
			var d2 doc
			if err := json.Unmarshal(data, &d2); err != nil {
				t.Fatalf("strict accepted what encoding/json refuses: %v", err)
			}
		}
	})
}

func TestStrings(t *testing.T) {
	n := 3
	d := doc{Base: Base{Unit: "Sở"}, Kind: "year", N: &n, Rows: []row{{Name: "a"}, {Name: ""}, {Name: "c"}}, Flags: map[string]int{"x": 1}, Skipped: "hidden"}
	var got []string
	strictjson.Strings(&d, "root", func(path, s string) { got = append(got, path+"="+s) })
	assert.Equal(t, []string{"root.unit=Sở", "root.kind=year", "root.rows[0].name=a", "root.rows[2].name=c"}, got)
	got = nil
	strictjson.Strings(&d, "", func(path, s string) { got = append(got, path) }, reflect.TypeFor[row]())
	assert.Equal(t, []string{"unit", "kind"}, got, "skipped types are not walked")
}
