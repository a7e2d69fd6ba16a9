package finding

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSeverityText(t *testing.T) {
	tests := []struct {
		sev        Severity
		str, vi    string
		marshalErr bool
	}{
		{Info, "info", "lưu ý", false},
		{Warning, "warning", "cảnh báo", false},
		{Error, "error", "lỗi", false},
		{0, "severity(0)", "severity(0)", true},
		{4, "severity(4)", "severity(4)", true},
		{-1, "severity(-1)", "severity(-1)", true},
	}
	for _, tt := range tests {
		t.Run(tt.str, func(t *testing.T) {
			assert.Equal(t, tt.str, tt.sev.String())
			assert.Equal(t, tt.vi, tt.sev.Vietnamese())
			b, err := tt.sev.MarshalText()
			if tt.marshalErr {
				require.Error(t, err)
				assert.Nil(t, b)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.str, string(b))
			var back Severity
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tt.sev, back)
		})
	}
}

func TestParseSeverity(t *testing.T) {
	for _, ok := range []struct {
		in   string
		want Severity
	}{{"info", Info}, {"warning", Warning}, {"error", Error}} {
		got, err := ParseSeverity(ok.in)
		require.NoError(t, err)
		assert.Equal(t, ok.want, got)
	}
	for _, bad := range []string{"", "Error", "ERROR", " error", "lỗi", "fatal"} {
		got, err := ParseSeverity(bad)
		require.Error(t, err, bad)
		assert.Zero(t, got)
		assert.Contains(t, err.Error(), `"info", "warning" or "error"`)
	}
	s := Warning
	require.Error(t, s.UnmarshalText([]byte("critical")))
	assert.Equal(t, Warning, s, "a failed UnmarshalText leaves the severity as it was")
}

func TestCodeValid(t *testing.T) {
	for _, c := range []Code{"tthc", "tthc.dossier.balance", "personnel.staff_count", "a.b2.c_3", "766.2_1"} {
		assert.True(t, c.Valid(), c)
	}
	for _, c := range []Code{"", ".", "tthc.", ".tthc", "tthc..dossier", "Tthc.dossier", "tthc dossier", "tthc-dossier", "tthc.hồ_sơ", "tthc/x"} {
		assert.False(t, c.Valid(), c)
	}
}

func sample() List {
	return List{
		{Code: "b.two", Severity: Warning, Path: "x.b", Message: "hai"},
		{Code: "a.one", Severity: Error, Path: "x.a", Related: []string{"x.c"}, Values: []Value{{Name: "sum", Value: "3"}}, Message: "một"},
		{Code: "c.three", Severity: Info, Path: "", Message: "ba"},
		{Code: "a.one", Severity: Error, Path: "x.a", Message: "bốn"},
	}
}

func TestFindingStringAndValue(t *testing.T) {
	l := sample()
	assert.Equal(t, "error a.one x.a: một", l[1].String())
	assert.Equal(t, "info c.three: ba", l[2].String(), "no double space when the path is empty")

	v, ok := l[1].Value("sum")
	assert.True(t, ok)
	assert.Equal(t, "3", v)
	v, ok = l[1].Value("total")
	assert.False(t, ok)
	assert.Empty(t, v)
}

func TestFindingJSON(t *testing.T) {
	f := Finding{Code: "tthc.dossier.balance", Severity: Warning, Path: "tthc.dossiers.received",
		Related: []string{"tthc.dossiers.resolved"}, Values: []Value{{Name: "difference", Value: "47"}}, Message: "Chênh lệch 47."}
	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"tthc.dossier.balance","severity":"warning","path":"tthc.dossiers.received",
		"related":["tthc.dossiers.resolved"],"values":[{"name":"difference","value":"47"}],"message":"Chênh lệch 47."}`, string(b))
	var back Finding
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Empty(t, cmp.Diff(f, back))

	err = json.Unmarshal([]byte(`{"code":"x","severity":"fatal"}`), &back)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "fatal")

	_, err = json.Marshal(Finding{Code: "x"})
	require.Error(t, err, "a finding without a severity does not marshal")
}

func TestListBasics(t *testing.T) {
	var l List
	assert.Equal(t, 0, l.Len())
	assert.False(t, l.HasErrors())
	assert.Empty(t, l.Codes())
	l.Add(sample()[0], sample()[1])
	l.Add()
	l.Extend(sample()[2:])
	l.Extend(nil)
	assert.Equal(t, 4, l.Len())
	assert.Equal(t, []Code{"b.two", "a.one", "c.three", "a.one"}, l.Codes())
	assert.True(t, l.HasErrors())
	assert.False(t, l.Warnings().HasErrors())

	assert.Equal(t, []string{"một", "bốn"}, messages(l.Errors()))
	assert.Equal(t, []string{"hai"}, messages(l.Warnings()))
	assert.Equal(t, []string{"ba"}, messages(l.Infos()))
	assert.Equal(t, []string{"hai"}, messages(l.Filter(Warning)))
	assert.Empty(t, l.Filter(0))
	assert.Equal(t, []string{"một", "bốn"}, messages(l.WithCode("a.one")))
	assert.Empty(t, l.WithCode("a"))
}

func messages(l List) []string {
	out := make([]string, len(l))
	for i, f := range l {
		out[i] = f.Message
	}
	return out
}

func TestListSorted(t *testing.T) {
	l := sample()
	l = append(l, Finding{Code: "a.one", Severity: Error, Path: "x.a", Message: "an"})
	before := messages(l)
	got := l.Sorted()
	// "" < "x.a" < "x.b"; within x.a by code then message ("an" < "bốn" < "một").
	assert.Equal(t, []string{"ba", "an", "bốn", "một", "hai"}, messages(got))
	assert.Equal(t, before, messages(l), "Sorted leaves the list as it was")
	assert.Nil(t, List(nil).Sorted())
}

func TestListPrefixPaths(t *testing.T) {
	l := List{
		{Code: "a", Path: "dossiers.pending", Related: []string{"dossiers.received", "[2].x"}},
		{Code: "b", Path: ""},
		{Code: "c", Path: "[0]"},
	}
	got := l.PrefixPaths("sections.tthc")
	want := List{
		{Code: "a", Path: "sections.tthc.dossiers.pending", Related: []string{"sections.tthc.dossiers.received", "sections.tthc[2].x"}},
		{Code: "b", Path: "sections.tthc"},
		{Code: "c", Path: "sections.tthc[0]"},
	}
	assert.Empty(t, cmp.Diff(want, got))
	assert.Equal(t, "dossiers.pending", l[0].Path, "the receiver is not changed")
	assert.Equal(t, "dossiers.received", l[0].Related[0], "related paths are copied, not changed in place")

	same := l.PrefixPaths("")
	assert.Empty(t, cmp.Diff(l, same))
	same[0].Path = "changed"
	assert.Equal(t, "dossiers.pending", l[0].Path, "PrefixPaths(\"\") returns a copy")
}

func TestJoinAndIndex(t *testing.T) {
	tests := []struct {
		parts []string
		want  string
	}{
		{nil, ""},
		{[]string{""}, ""},
		{[]string{"a"}, "a"},
		{[]string{"a", "b", "c"}, "a.b.c"},
		{[]string{"", "a", "", "b"}, "a.b"},
		{[]string{"items", "[2]", "name"}, "items[2].name"},
		{[]string{"[0]", "x"}, "[0].x"},
		{[]string{"a", "[1][2]"}, "a[1][2]"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Join(tt.parts...), "%q", tt.parts)
	}
	assert.Equal(t, "items[2]", Index("items", 2))
	assert.Equal(t, "[0]", Index("", 0))
	assert.Equal(t, "units[3].staff", Join(Index("units", 3), "staff"))
}

func TestListErr(t *testing.T) {
	// A nil or error-free list gives a plain nil: the interface itself is nil.
	var l List
	err := l.Err()
	assert.True(t, err == nil, "nil list: want a nil interface, got %#v", err)
	err = sample().Warnings().Err()
	assert.True(t, err == nil, "warnings only: want a nil interface, got %#v", err)

	err = sample().Err()
	require.Error(t, err)
	var ve *ValidationError
	require.True(t, errors.As(err, &ve))
	assert.Equal(t, []string{"một", "bốn"}, messages(ve.Findings))
	assert.Equal(t, "2 lỗi; a.one x.a: một; a.one x.a: bốn", err.Error())
}

func TestValidationErrorCutsAfterThree(t *testing.T) {
	var l List
	for _, m := range []string{"1", "2", "3", "4", "5"} {
		l.Add(Finding{Code: "c", Severity: Error, Path: "p", Message: m})
	}
	assert.Equal(t, "5 lỗi; c p: 1; c p: 2; c p: 3; …", l.Err().Error())
}
