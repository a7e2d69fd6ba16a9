package reform

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// financeOf wraps an autonomy object of II.5 in a document of version v
// ("" for none).
func financeOf(v, autonomy string) string {
	head := ""
	if v != "" {
		head = `"schema_version": "` + v + `", `
	}
	return `{` + head + `"results": {"finance": {"autonomy": ` + autonomy + `}}}`
}

func TestUpgradeAutonomy(t *testing.T) {
	for _, c := range []struct {
		name, in string
		old      bool
		want     string // "" when the input comes back as it is
	}{
		{"the shape of before, in a document of version 2",
			financeOf("2", `{"self_all": 0, "self_recurrent": 3, "partial": 0, "state": 1, "declared_total": 4}`), false,
			financeOf("2", `{"full"    : 0, "recurrent"     : 3, "partial": 0, "state": 1, "declared_total": 4}`)},
		{"the shape of before, groups left out were 0",
			financeOf("", `{"self_recurrent": 3, "state": 1}`), false,
			financeOf("", `{"recurrent"     : 3, "state": 1, "full": 0, "partial": 0}`)},
		{"a null group was 0, a null declared total is none",
			financeOf("2", `{"self_all": null, "self_recurrent": 3, "partial": 0, "state": 1, "declared_total": null}`), false,
			financeOf("2", `{"full"    : 0   , "recurrent"     : 3, "partial": 0, "state": 1, "declared_total": null}`)},
		{"a document of version 1: every II.5 object is of before",
			financeOf("1", `{"state": 1, "declared_total": 1}`), true,
			financeOf("1", `{"state": 1, "declared_total": 1, "full": 0, "recurrent": 0, "partial": 0}`)},
		{"an empty object of version 1: every group 0",
			financeOf("1", `{}`), true,
			financeOf("1", `{"full": 0, "recurrent": 0, "partial": 0, "state": 0}`)},
		{"a key written with an escape",
			financeOf("2", `{"self\u005fall": 1, "recurrent": 3, "partial": 0, "state": 0}`), false,
			financeOf("2", `{"full"         : 1, "recurrent": 3, "partial": 0, "state": 0}`)},
		{"the previous report's too",
			`{"previous": {"results": {"finance": {"autonomy": {"self_all": 1}}}}}`, false,
			`{"previous": {"results": {"finance": {"autonomy": {"full"    : 1, "recurrent": 0, "partial": 0, "state": 0}}}}}`},
		{"after a byte order mark",
			"\xEF\xBB\xBF" + financeOf("2", `{"self_all": 1, "self_recurrent": 0, "partial": 0, "state": 0}`), false,
			"\xEF\xBB\xBF" + financeOf("2", `{"full"    : 1, "recurrent"     : 0, "partial": 0, "state": 0}`)},
		{"the current shape, groups left out", financeOf("2", `{"recurrent": 3, "state": 1}`), false, ""},
		{"the current shape in version 1, complete", financeOf("1", `{"full": 0, "recurrent": 3, "partial": 0, "state": 1}`), true, ""},
		{"II.3's groups kept their shape",
			`{"schema_version": "1", "results": {"personnel": {"organisation": {"public_service_units": {"autonomy": {"state": 1}}}}}}`, true, ""},
		{"not an object", financeOf("1", `[1]`), true, ""},
		{"not JSON", financeOf("2", `{"self_all": 1,}`), false, ""},
		{"no II.5", `{"schema_version": "1"}`, true, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, found := upgradeAutonomy([]byte(c.in), c.old)
			want := c.want
			if want == "" {
				want = c.in
			}
			assert.Equal(t, want, string(out))
			assert.Equal(t, c.want != "", found)
		})
	}
}

// A report written with II.5's groups of before reads as the same report
// written with the current ones, whatever version it says, and Encode writes
// the current shape.
func TestDecodeAutonomyOfBefore(t *testing.T) {
	current, err := os.ReadFile("../examples/testdata/380-BC-STP.json")
	require.NoError(t, err)
	before := strings.Replace(strings.Replace(string(current), `"full": 0,`, `"self_all": 0,`, 1), `"recurrent": 3,`, `"self_recurrent": 3,`, 1)
	require.NotEqual(t, string(current), before)
	want, err := Decode(current)
	require.NoError(t, err)
	for _, v := range []string{`"schema_version": "2"`, `"schema_version": "1"`} {
		got, err := Decode([]byte(strings.Replace(before, `"schema_version": "2"`, v, 1)))
		require.NoError(t, err, v)
		got.SchemaVersion = want.SchemaVersion
		assert.Empty(t, cmp.Diff(want, got, cmp.AllowUnexported(Report{})), v)
	}
	out, err := want.Encode()
	require.NoError(t, err)
	assert.NotContains(t, string(out), "self_all")
	assert.Equal(t, want.Validate(), mustDecode(t, before).Validate(), "the same findings")
}

func mustDecode(t *testing.T, s string) *Report {
	t.Helper()
	r, err := Decode([]byte(s))
	require.NoError(t, err)
	return r
}

// The problems of II.5's groups of before are on the document's lines and
// columns: the conversion moves no key.
func TestDecodeAutonomyOfBeforeProblemPlaces(t *testing.T) {
	doc := "{\"schema_version\": \"2\",\n \"results\": {\"finance\": {\"autonomy\": {\n  \"self_all\": \"x\",\n  \"self_recurrent\": 1.5}}}}"
	_, err := Decode([]byte(doc))
	var de *DecodeError
	require.ErrorAs(t, err, &de)
	require.Len(t, de.Problems, 2, "%v", de)
	assert.Equal(t, "results.finance.autonomy.full", de.Problems[0].Path)
	assert.Equal(t, [2]int{3, 15}, [2]int{de.Problems[0].Line, de.Problems[0].Column})
	assert.Equal(t, "results.finance.autonomy.recurrent", de.Problems[1].Path)
	assert.Equal(t, [2]int{4, 21}, [2]int{de.Problems[1].Line, de.Problems[1].Column})
}

// FuzzUpgradeAutonomy: for any input upgradeAutonomy does not panic; valid
// JSON stays valid JSON with as many lines; what it does not convert comes
// back unchanged; converted once, a document is not converted again.
func FuzzUpgradeAutonomy(f *testing.F) {
	f.Add([]byte(financeOf("2", `{"self_all": null, "self_recurrent": 3, "state": 1, "declared_total": 4}`)), false)
	f.Add([]byte(financeOf("1", "{\n}")), true)
	f.Add([]byte(`{"previous": {"results": {"finance": {"autonomy": {"self\u005frecurrent": 1, "self_all": 2}}}}}`), false)
	f.Fuzz(func(t *testing.T, data []byte, old bool) {
		out, found := upgradeAutonomy(bytes.Clone(data), old)
		if !found {
			if !bytes.Equal(out, data) {
				t.Fatalf("changed a document it found nothing to convert in")
			}
			return
		}
		if !json.Valid(bytes.TrimPrefix(out, []byte("\xEF\xBB\xBF"))) {
			t.Fatalf("not JSON after the conversion:\n%s", out)
		}
		if bytes.Count(out, []byte("\n")) != bytes.Count(data, []byte("\n")) {
			t.Fatalf("the lines changed")
		}
		if again, twice := upgradeAutonomy(bytes.Clone(out), old); twice || !bytes.Equal(again, out) {
			t.Fatalf("converted twice:\n%s\n%s", out, again)
		}
	})
}

// Input with II.5's groups of before that is not JSON gets the problem of
// its syntax, not the unknown keys the conversion could not reach.
func TestDecodeAutonomyOfBeforeNotJSON(t *testing.T) {
	_, err := Decode([]byte(`{"results": {"finance": {"autonomy": {"self_all": 1, "colour": 2}}}, "header": {"agency": x}}`))
	var de *DecodeError
	require.ErrorAs(t, err, &de)
	var codes []string
	for _, p := range de.Problems {
		codes = append(codes, p.Code+" "+p.Path)
	}
	assert.Equal(t, []string{ProblemUnknownField + " results.finance.autonomy.colour", ProblemSyntax + " header.agency"}, codes)
	assert.True(t, isOldAutonomy("previous.previous.results.finance.autonomy.self_recurrent"))
	assert.False(t, isOldAutonomy("results.finance.autonomy.full"))
	assert.False(t, isOldAutonomy("results.personnel.organisation.public_service_units.autonomy.self_all"))
}

// II.5's narratives quote each group stated by its JSON key, and groups 1
// and 2 by their names of before too; a group not stated names no figure.
func TestAutonomyFigures(t *testing.T) {
	three, one := int64(3), int64(1)
	set := figureSet{}
	set.addAutonomy(Autonomy{Recurrent: &three, State: &one})
	for name, want := range map[string]string{"autonomy.total": "04", "autonomy.recurrent": "03",
		"autonomy.self_recurrent": "03", "autonomy.state": "01"} {
		assert.Equal(t, want, set[name].text, name)
	}
	for _, name := range []string{"autonomy.full", "autonomy.self_all", "autonomy.partial"} {
		_, ok := set[name]
		assert.False(t, ok, name)
	}
}
