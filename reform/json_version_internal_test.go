package reform

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/bench"
)

// versionSeeds are documents whose schema_version is written in every way
// currentVersion has to tell apart.
func versionSeeds(tb testing.TB) [][]byte {
	ref, err := os.ReadFile("../examples/testdata/380-BC-STP.json")
	require.NoError(tb, err)
	sorted, err := bench.LargeReport(ref, 1)
	require.NoError(tb, err)
	return [][]byte{ref, sorted, append([]byte("\xEF\xBB\xBF"), ref...),
		[]byte(`{"schema_version": "2"}`), []byte(` { "header": {"a": [1, "}"]}, "schema_version" : "2" , "x": 1}`),
		[]byte(`{"schema_version": "1", "results": {"digital": {"systems": [{"text": "a"}]}}}`),
		[]byte(`{"schema_version": 2, "schema_version": "1"}`),
		[]byte(`{"schema_v\u0065rsion": "1", "schema_version": "2"}`), []byte(`{"schema_version": "\u0032"}`),
		[]byte(`{"schema_version": "2", "schema_version": "1"}`),
		[]byte(`{"results": {"digital": {"systems": [{"text": "a"}]}}}`), []byte(`{"schema_version": "2"`),
		[]byte(`{"schema_version": "22"}`), []byte(`{"a": tru, "schema_version": "2"}`), []byte(`["schema_version", "2"]`),
		[]byte(`{"schema_version"`), []byte(`{"schema_version":`), []byte(`{"a"`), []byte(`{`), []byte(``)}
}

// TestCurrentVersion checks the fast path of DecodeOver: a document it
// passes is one upgrade leaves as it is, and a report of the current
// version written by Encode, or with its keys sorted, takes it.
func TestCurrentVersion(t *testing.T) {
	seeds := versionSeeds(t)
	for _, data := range seeds {
		assertUpgradeSkippable(t, data)
	}
	for _, data := range append(seeds[:5:5], seeds[9]) {
		assert.True(t, currentVersion(data), "%.60s", data)
	}
	for _, data := range seeds[5:9] {
		assert.False(t, currentVersion(data), "%.60s", data)
	}
}

// assertUpgradeSkippable fails when currentVersion passes data but upgrade
// would change it or call it version 1.
func assertUpgradeSkippable(t *testing.T, data []byte) {
	t.Helper()
	if !currentVersion(data) {
		return
	}
	out, legacy := upgrade(bytes.Clone(data))
	if legacy || !bytes.Equal(out, data) {
		t.Fatalf("currentVersion passes %.80q, which upgrade changes", data)
	}
}

func FuzzCurrentVersion(f *testing.F) {
	// The small seeds: the fuzzer mutates a report of 50 KB too slowly.
	for _, s := range versionSeeds(f)[3:] {
		f.Add(s)
	}
	f.Fuzz(assertUpgradeSkippable)
}
