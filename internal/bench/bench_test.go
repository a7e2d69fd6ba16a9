package bench_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/bench"
)

func TestLargeReport(t *testing.T) {
	in := []byte(`{"figures": [{"name": "a"}], "closing": {"recipients": ["x"]}, "text": [{"bullets": ["p", "q"]}], "n": 12}`)
	out, err := bench.LargeReport(in, 3)
	require.NoError(t, err)
	var v map[string]any
	require.NoError(t, json.Unmarshal(out, &v))
	assert.Len(t, v["figures"], 1, "figures are not repeated")
	assert.Len(t, v["closing"].(map[string]any)["recipients"], 1)
	text := v["text"].([]any)
	assert.Len(t, text, 3)
	assert.Len(t, text[0].(map[string]any)["bullets"], 2, "inner lists are not repeated")
	assert.JSONEq(t, "12", string(must(json.Marshal(v["n"]))))
	again, err := bench.LargeReport(in, 3)
	require.NoError(t, err)
	assert.Equal(t, out, again, "deterministic")
	_, err = bench.LargeReport([]byte("{"), 2)
	assert.Error(t, err)
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

// BenchmarkLargeReport builds a report twenty times a small one.
func BenchmarkLargeReport(b *testing.B) {
	in := []byte(`{"text": [{"paragraph": {"text": "Sở Tư pháp"}}], "parts": [{"title": "a", "text": []}]}`)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := bench.LargeReport(in, 20); err != nil {
			b.Fatal(err)
		}
	}
}
