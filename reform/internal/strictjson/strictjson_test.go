package strictjson_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

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
		return fmt.Errorf("date %q: expected YYYY-MM-DD", s) // no *ValueError: decode.value
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
	err := strictjson.Decode([]byte("\ufeff"+`{"unit":"Sở Tư pháp","date":"2024-11-19","kind":"year","n":null,"rows":[{"name":"a\u0300\ud83d\ude00\/","count":3}],"flags":{"x":1},"ok":true,"ratio":0.5}`), &d, strictjson.Options{})
	require.NoError(t, err)
	assert.Equal(t, "Sở Tư pháp", d.Unit)
	assert.Equal(t, 2024, d.Date.Year())
	assert.Equal(t, int64(3), d.Rows[0].Count)
	assert.Equal(t, "a\u0300😀/", d.Rows[0].Name, "escapes and surrogate pairs decode")
	assert.Equal(t, map[string]int{"x": 1}, d.Flags)
	assert.Nil(t, d.N)
	assert.True(t, d.OK)
	assert.Equal(t, 0.5, d.Ratio)
}

// p is a problem without its message, which tests do not match.
type p struct {
	Code, Path   string
	Line, Column int
}

func TestDecodeReportsEveryProblemWithItsPath(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []p
	}{
		{"unknown field", `{"unit":"a","colour":1}`, []p{{"decode.unknown_field", "colour", 1, 13}}},
		{"case-variant key", `{"Unit":"a"}`, []p{{"decode.key_case", "Unit", 1, 2}}},
		{"string for a number", `{"rows":[{"name":"a","count":"3"}]}`, []p{{"decode.type", "rows[0].count", 1, 30}}},
		{"fraction for a count", `{"rows":[{"name":"a","count":1.5}]}`, []p{{"decode.number", "rows[0].count", 1, 30}}},
		{"count beyond int64", `{"rows":[{"count":9223372036854775808}]}`, []p{{"decode.number", "rows[0].count", 1, 19}}},
		{"bad date", `{"date":"19/11/2024"}`, []p{{"decode.value", "date", 1, 9}}},
		{"object for an array", `{"rows":{"a":[1]}}`, []p{{"decode.type", "rows", 1, 9}}},
		{"duplicate key", `{"kind":"year","kind":"month"}`, []p{{"decode.duplicate_key", "kind", 1, 16}}},
		{"duplicate map key", `{"flags":{"a":1,"a":2}}`, []p{{"decode.duplicate_key", "flags.a", 1, 17}}},
		{"bool", `{"ok":"yes"}`, []p{{"decode.type", "ok", 1, 7}}},
		{"map value", `{"flags":{"x":"1"}}`, []p{{"decode.type", "flags.x", 1, 15}}},
		{"several at once, lines and columns in code points", "{\"colour\":1,\n\"rows\":[{\"name\":1},\n {\"count\":-1,\"ễ\":true}],\"ok\":1}", []p{
			{"decode.unknown_field", "colour", 1, 2},
			{"decode.type", "rows[0].name", 2, 17},
			{"decode.unknown_field", "rows[1].ễ", 3, 14},
			{"decode.type", "ok", 3, 30},
		}},
		{"not an object", `[1]`, []p{{"decode.type", "", 1, 1}}},
		{"syntax inside a value", "{\n\"rows\": [{\"name\": }]}", []p{{"decode.syntax", "rows[0].name", 2, 19}}},
		{"syntax after a byte order mark", "\ufeff{x}", []p{{"decode.syntax", "", 1, 2}}},
		{"truncated", `{"unit":`, []p{{"decode.truncated", "unit", 1, 9}}},
		{"truncated string", `{"unit":"ab`, []p{{"decode.truncated", "unit", 1, 12}}},
		{"empty", ``, []p{{"decode.truncated", "", 1, 1}}},
		{"trailing data", `{} {}`, []p{{"decode.trailing", "", 1, 4}}},
		{"invalid UTF-8 in a value", "{\"unit\":\"a\xffb\"}", []p{{"decode.utf8", "unit", 1, 9}}},
		{"lone surrogate", `{"unit":"a\ud800b"}`, []p{{"decode.surrogate", "unit", 1, 9}}},
		{"control character", "{\"unit\":\"a\x01\"}", []p{{"decode.syntax", "unit", 1, 11}}},
		{"bad escape", `{"unit":"a\x"}`, []p{{"decode.syntax", "unit", 1, 12}}},
		{"leading zero", `{"ratio":01}`, []p{{"decode.syntax", "ratio", 1, 11}}},
		{"wrong word", `{"ok":tru}`, []p{{"decode.syntax", "ok", 1, 10}}},
		{"missing comma", `{"ok":true "unit":"a"}`, []p{{"decode.syntax", "", 1, 12}}},
		{"array too long", `{"rows":[{},{},{},{}]}`, []p{{"decode.limit.array", "rows", 1, 19}}},
		{"string too long", `{"unit":"abcdefghijk"}`, []p{{"decode.limit.string", "unit", 1, 9}}},
		{"too deep", `{"rows":[{"name":[[[[1]]]]}]}`, []p{{"decode.type", "rows[0].name", 1, 18}, {"decode.limit.depth", "rows[0].name[0][0]", 1, 20}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			err := strictjson.Decode([]byte(tt.in), &d, strictjson.Options{MaxArray: 3, MaxString: 10, MaxDepth: 5})
			var se *strictjson.Error
			require.ErrorAs(t, err, &se)
			got := make([]p, len(se.Problems))
			for i, pr := range se.Problems {
				got[i] = p{pr.Code, pr.Path, pr.Line, pr.Column}
				assert.NotEmpty(t, pr.Message)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
	assert.Error(t, strictjson.Decode([]byte(`{}`), doc{}, strictjson.Options{}), "a non-pointer is misuse")
}

func TestDecodeMessagesAreVietnamese(t *testing.T) {
	var d doc
	err := strictjson.Decode([]byte(`{"colour":1,"ok":"yes","rows":[{"count":1.5}]}`), &d, strictjson.Options{})
	var se *strictjson.Error
	require.ErrorAs(t, err, &se)
	want := []string{
		`trường "colour" không có trong định dạng: cần một trong các trường date, flags, kind, n, ok, ratio, rows, unit`,
		`gặp chuỗi "yes": cần true hoặc false`,
		`gặp số 1.5: cần một số nguyên, không có phần thập phân hay số mũ`,
	}
	var got []string
	for _, pr := range se.Problems {
		got = append(got, pr.Message)
	}
	assert.Equal(t, want, got)
}

func TestDecodeStopsAtMaxProblems(t *testing.T) {
	tests := []struct{ name, row string }{
		{"wrong types", `{"count":"x"},`},
		{"unknown keys", `{"colour":1,"Count":2},`}, // messages not built past the limit
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := `{"rows":[` + strings.Repeat(tt.row, 50) + `{}]}`
			var d doc
			err := strictjson.Decode([]byte(in), &d, strictjson.Options{MaxProblems: 10})
			var se *strictjson.Error
			require.ErrorAs(t, err, &se)
			require.Len(t, se.Problems, 11)
			assert.Equal(t, "decode.limit.problems", se.Problems[10].Code)
			for _, p := range se.Problems[:10] {
				assert.NotEqual(t, "decode.limit.problems", p.Code)
				assert.NotEmpty(t, p.Message)
			}
		})
	}
}

func TestDecodeRefusesLargeInputAtOnce(t *testing.T) {
	var d doc
	err := strictjson.Decode(make([]byte, 101), &d, strictjson.Options{MaxBytes: 100})
	var se *strictjson.Error
	require.ErrorAs(t, err, &se)
	require.Len(t, se.Problems, 1)
	assert.Equal(t, "decode.limit.size", se.Problems[0].Code)
	assert.Contains(t, se.Problems[0].Message, "100 byte")
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
	for _, s := range []string{`{"unit":"a","rows":[{"name":"x","count":1}]}`, `{"date":"2024-01-01"}`, `[`, `{"n":1e99}`, `{"flags":{"a":1}}`, "\ufeff{\"ok\":true}", `{"unit":"\ud83d\ude00\u00e9\/"}`, `{"unit":"\ud800"}`, "{\"unit\":\"\xff\"}", `{"rows":[{"count":-0}]}`, `{"ratio":-1.5e-3}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var d doc
		err := strictjson.Decode(data, &d, strictjson.Options{})
		if err == nil {
			// What strict decoding accepts, encoding/json accepts too (but
			// for a byte order mark, which only the strict decoder skips),
			// with the same result.
			var d2 doc
			if err := json.Unmarshal(bytes.TrimPrefix(data, []byte("\ufeff")), &d2); err != nil {
				t.Fatalf("strict accepted what encoding/json refuses: %v", err)
			}
			if diff := cmp.Diff(d2, d, cmp.Comparer(func(a, b day) bool { return a.Equal(b.Time) })); diff != "" {
				t.Fatalf("strict and encoding/json differ (-json +strict):\n%s", diff)
			}
			return
		}
		var se *strictjson.Error
		if !errors.As(err, &se) || len(se.Problems) == 0 {
			t.Fatalf("not an *Error with problems: %v", err)
		}
		for _, p := range se.Problems {
			if p.Code == "" || p.Message == "" || !utf8.ValidString(p.Message) || !utf8.ValidString(p.Path) {
				t.Fatalf("problem without code or message, or not UTF-8: %+v", p)
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

// TestDecodeOverAFilledValue lays an input over a value: objects merge key
// by key (through pointers already set), arrays and scalars replace.
func TestDecodeOverAFilledValue(t *testing.T) {
	type inner struct {
		A string `json:"a"`
		B string `json:"b"`
	}
	type outer struct {
		P    *inner `json:"p"`
		Q    *inner `json:"q"`
		Rows []row  `json:"rows"`
		Kind string `json:"kind"`
		Keep string `json:"keep"`
	}
	v := outer{P: &inner{A: "a", B: "b"}, Rows: []row{{Name: "x"}, {Name: "y"}}, Kind: "month", Keep: "k"}
	keep := v.P
	require.NoError(t, strictjson.Decode([]byte(`{"p": {"b": "B"}, "q": {"a": "A"}, "rows": [{"name": "z"}], "kind": "year"}`), &v, strictjson.Options{}))
	assert.Equal(t, outer{P: &inner{A: "a", B: "B"}, Q: &inner{A: "A"}, Rows: []row{{Name: "z"}}, Kind: "year", Keep: "k"}, v)
	assert.Same(t, keep, v.P, "a pointer already set is decoded into")
}

// TestDecodeWideStruct decodes into a struct of more than 64 fields: a key
// given twice is a problem beyond the 64th field as before it.
func TestDecodeWideStruct(t *testing.T) {
	var fields []reflect.StructField
	for i := range 70 {
		fields = append(fields, reflect.StructField{Name: fmt.Sprintf("F%d", i), Type: reflect.TypeFor[string](), Tag: reflect.StructTag(fmt.Sprintf(`json:"f%d"`, i))})
	}
	v := reflect.New(reflect.StructOf(fields))
	err := strictjson.Decode([]byte(`{"f66":"a","f1":"c","f66":"b","f1":"d"}`), v.Interface(), strictjson.Options{})
	var se *strictjson.Error
	require.ErrorAs(t, err, &se)
	require.Len(t, se.Problems, 2)
	assert.Equal(t, []string{"f66", "f1"}, []string{se.Problems[0].Path, se.Problems[1].Path})
	assert.Equal(t, strictjson.CodeDuplicateKey, se.Problems[1].Code)
	assert.Equal(t, "a", v.Elem().Field(66).String())
	assert.Equal(t, "c", v.Elem().Field(1).String())
}

// TestDecodeConcurrent decodes into a type not decoded before from many
// goroutines at once, so that what the decoder knows of the type is built
// while others use it (go test -race checks it is shared safely).
func TestDecodeConcurrent(t *testing.T) {
	type part struct {
		Title string `json:"title"`
		Parts []part `json:"parts"`
		Day   *day   `json:"day"`
	}
	data := []byte(`{"title":"a","parts":[{"title":"b","parts":[{"title":"c","day":"2024-01-02"}]},{"title":"d"}]}`)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			var p part
			assert.NoError(t, strictjson.Decode(data, &p, strictjson.Options{}))
			assert.Equal(t, "c", p.Parts[0].Parts[0].Title)
			assert.Equal(t, 2024, p.Parts[0].Parts[0].Day.Year())
		})
	}
	wg.Wait()
}
