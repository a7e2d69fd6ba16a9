package examples_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
)

// Every figure of the province's roll-up says which units it came from
// (issue 15): reform.AggregateSources, checked here against the units'
// own JSON, apart from the roll-up. A figure every unit of its section
// gives is the sum of those units' values; a set (the catalogue of
// procedures) is the value each of its units gives; a figure some unit
// leaves out is unknown in the roll-up.

// provinceSources rolls the province's units up with their sources, with
// the frame's header and period, before the frame is laid over the sum.
func provinceSources(t *testing.T) ([]*reform.Report, *reform.Report, *reform.Sources) {
	t.Helper()
	units, _ := provinceUnitReports(t)
	frameData, err := os.ReadFile(provincePath("frame.json"))
	require.NoError(t, err)
	frame, err := reform.Decode(frameData)
	require.NoError(t, err)
	sum, src, l := reform.AggregateSources(frame.Header, frame.Period, units, reform.AggregateOptions{})
	plain, pl := reform.Aggregate(frame.Header, frame.Period, units, reform.AggregateOptions{})
	assert.Equal(t, pl, l, "the findings of Aggregate")
	assert.Equal(t, jsonOf(t, plain), jsonOf(t, sum), "the roll-up of Aggregate")
	return units, sum, src
}

func TestProvinceSourcesUnits(t *testing.T) {
	units, _, src := provinceSources(t)
	require.Len(t, src.Units, len(units))
	for i, u := range src.Units {
		assert.Equal(t, reform.SourceUnit{Index: i, Agency: units[i].Header.Name()}, u)
	}
}

func TestProvinceSourcesFigures(t *testing.T) {
	units, sum, src := provinceSources(t)
	rolled := flatten(t, sum)
	given := make([]map[string]string, len(units))
	for i, u := range units {
		given[i] = flatten(t, u)
	}
	tests := []struct {
		name, path string
		from       func(u *reform.Report) bool // the units that give the figure
	}{
		{"tasks planned", "direction.plan.tasks_planned", func(u *reform.Report) bool { return u.Direction.Plan != nil }},
		{"dossiers online", "results.procedures.dossiers.online", func(u *reform.Report) bool {
			return u.Results.Procedures != nil && u.Results.Procedures.Dossiers != nil
		}},
		{"staff", "results.personnel.organisation.department.staff", func(u *reform.Report) bool { return u.Results.Personnel != nil }},
		{"e-mail", "results.digital.email.with_email", func(u *reform.Report) bool {
			return u.Results.Digital != nil && u.Results.Digital.Email != nil
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []int
			for i, u := range units {
				if tt.from(u) {
					want = append(want, i)
				}
			}
			require.Contains(t, src.Figures, tt.path)
			assert.Equal(t, want, src.Figures[tt.path].From)
			assert.Empty(t, src.Figures[tt.path].Unknown)
			assert.Equal(t, sumOf(t, given, want, tt.path), rolled[tt.path], "the roll-up is the sum of its units")
		})
	}
}

// TestProvinceSourcesAddUp checks every figure of the sources: with no
// unit that leaves it unknown, the roll-up's value is the sum of its
// units' values (a set: the value each of them gives); with one, the
// roll-up has none.
func TestProvinceSourcesAddUp(t *testing.T) {
	units, sum, src := provinceSources(t)
	rolled := flatten(t, sum)
	given := make([]map[string]string, len(units))
	for i, u := range units {
		given[i] = flatten(t, u)
	}
	checked := 0
	for path, fs := range src.Figures {
		if _, list := given[fs.From[0]][path+"[]"]; list || strings.HasPrefix(path, "figures[") {
			continue // a list of items, or a named figure (reform's tests)
		}
		switch {
		case len(fs.Unknown) > 0:
			assert.NotContains(t, rolled, path, "%s: a unit leaves it out", path)
		case isSet(path):
			// Taken once when every unit gives the same, else none
			// (reform.aggregate.catalogue): communes and Sở differ here.
			for _, i := range fs.From {
				if v, ok := rolled[path]; ok {
					assert.Equal(t, v, given[i][path], "%s: units[%d] gives another set", path, i)
				}
			}
		default:
			assert.Equal(t, sumOf(t, given, fs.From, path), rolled[path], path)
		}
		checked++
	}
	assert.Greater(t, checked, 30, "the province gives most figures of II.2, II.3, II.4 and II.6")
}

// TestProvinceSourcesShareLists checks that the figures every unit of a
// section gives share one list of units: no list per figure.
func TestProvinceSourcesShareLists(t *testing.T) {
	_, _, src := provinceSources(t)
	a := src.Figures["results.procedures.dossiers.online"].From
	b := src.Figures["results.procedures.dossiers.in_person"].From
	require.NotEmpty(t, a)
	assert.Same(t, &a[0], &b[0])
}

func TestProvinceSourcesJSON(t *testing.T) {
	_, _, src := provinceSources(t)
	data, err := json.Marshal(src)
	require.NoError(t, err)
	var back reform.Sources
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, src.Units, back.Units)
	assert.Equal(t, src.Figures["direction.plan.tasks_done"], back.Figures["direction.plan.tasks_done"])
	assert.Contains(t, string(data), `"results.procedures.dossiers.online":{"from":[0,1,2,`)
}

// isSet reports whether the figure at path is part of a set, taken once
// (the catalogue of procedures, the procedures by online level).
func isSet(path string) bool {
	return strings.HasPrefix(path, "results.procedures.catalogue.") || strings.HasPrefix(path, "results.digital.services.")
}

// sumOf adds the integers at path of the units idx, as flatten writes them.
func sumOf(t *testing.T, given []map[string]string, idx []int, path string) string {
	t.Helper()
	total := new(big.Int)
	for _, i := range idx {
		v, ok := new(big.Int).SetString(given[i][path], 10)
		require.True(t, ok, "units[%d] gives no %s", i, path)
		total.Add(total, v)
	}
	return total.String()
}

// flatten returns the numbers of a report's JSON by their paths
// ("results.procedures.dossiers.online", "figures[0].count").
func flatten(t *testing.T, r *reform.Report) map[string]string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(jsonOf(t, r)))
	dec.UseNumber()
	var v any
	require.NoError(t, dec.Decode(&v))
	out := map[string]string{}
	flattenInto(out, "", v)
	return out
}

// flattenInto adds the numbers of v at path to out; a list is also at
// path+"[]", its length, so that a list can be told from a number.
func flattenInto(out map[string]string, path string, v any) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			flattenInto(out, strings.TrimPrefix(path+"."+k, "."), x)
		}
	case []any:
		out[path+"[]"] = strconv.Itoa(len(v))
		for i, x := range v {
			flattenInto(out, fmt.Sprintf("%s[%d]", path, i), x)
		}
	case json.Number:
		out[path] = v.String()
	}
}

// jsonOf is the interchange JSON of a report.
func jsonOf(t *testing.T, r *reform.Report) []byte {
	t.Helper()
	data, err := r.Encode()
	require.NoError(t, err)
	return data
}
