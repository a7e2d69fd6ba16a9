package reform_test

import (
	"bytes"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform"
)

// repeatReader yields head, then body n times, then tail, without holding
// the whole input in memory.
func repeatReader(head, body, tail string, n int) io.Reader {
	parts := []io.Reader{strings.NewReader(head)}
	chunk := strings.Repeat(body, max(1, 1<<16/max(1, len(body))))
	per := len(chunk) / max(1, len(body))
	for ; n >= per; n -= per {
		parts = append(parts, strings.NewReader(chunk))
	}
	parts = append(parts, strings.NewReader(strings.Repeat(body, n)), strings.NewReader(tail))
	return io.MultiReader(parts...)
}

// TestDecodeLimits feeds the inputs that once exhausted the stack or the
// memory and checks each is answered quickly, in little memory, with one
// problem naming the limit and the path.
func TestDecodeLimits(t *testing.T) {
	const mib = 1 << 20
	tests := []struct {
		name     string
		in       func() io.Reader
		code     string
		path     string
		inMemory bool // passed to Decode as bytes rather than read
	}{
		{"4 MB of [", func() io.Reader { return repeatReader("", "[", "", 4*mib) }, reform.ProblemDepth, strings.Repeat("[0]", 64), true},
		{"64 MB of [", func() io.Reader { return repeatReader("", "[", "", 64*mib) }, reform.ProblemSize, "", false},
		{"1.000.000-deep objects", func() io.Reader {
			return repeatReader("", `{"a":`, "1"+strings.Repeat("}", 1_000_000), 1_000_000)
		}, reform.ProblemDepth, strings.TrimSuffix(strings.Repeat("a.", 64), "."), true},
		{"1.000.000-deep objects in a field", func() io.Reader {
			return repeatReader(`{"titles":`, `{"plan":`, "1", 1_000_000)
		}, reform.ProblemType, "titles.plan", true},
		{"200 MB report", func() io.Reader {
			return repeatReader(`{"basis":{"text":"`, "Thực hiện kế hoạch. ", `"}}`, 10*mib)
		}, reform.ProblemSize, "", false},
		{"a string of 2 MiB", func() io.Reader {
			return repeatReader(`{"header":{"agency":"`, "a", `"}}`, 2*mib)
		}, reform.ProblemStringLength, "header.agency", true},
		{"an array of 200.000 elements", func() io.Reader {
			return repeatReader(`{"header":{"to":[`, `"x",`, `"x"]}}`, 200_000)
		}, reform.ProblemArrayLength, "header.to", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var data []byte
			if tt.inMemory {
				b, err := io.ReadAll(tt.in())
				require.NoError(t, err)
				data = b
			}
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			var err error
			if tt.inMemory {
				_, err = reform.Decode(data)
			} else {
				_, err = reform.DecodeFrom(tt.in())
			}
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			var de *reform.DecodeError
			require.ErrorAs(t, err, &de)
			require.NotEmpty(t, de.Problems)
			last := de.Problems[len(de.Problems)-1]
			if tt.code == reform.ProblemType {
				last = de.Problems[0]
			}
			assert.Equal(t, tt.code, last.Code, "%v", de)
			assert.Equal(t, tt.path, last.Path)
			assert.NotEmpty(t, last.Message)
			assert.Less(t, took, 2*time.Second*testutil.Slowdown)
			allocated := after.TotalAlloc - before.TotalAlloc
			assert.Less(t, allocated, uint64(200*mib), "bytes allocated by the decoder")
			t.Logf("%s: %v, %d KiB allocated, %d problems", tt.code, took, allocated>>10, len(de.Problems))
		})
	}
}

// TestDecodeOptionsChangeTheLimits: a caller may raise or lower each limit.
func TestDecodeOptionsChangeTheLimits(t *testing.T) {
	data := []byte(`{"header":{"agency":"Sở Tư pháp","to":["a","b","c"]}}`)
	_, err := reform.DecodeOptions{MaxBytes: 10}.Decode(data)
	assertCode(t, err, reform.ProblemSize)
	_, err = reform.DecodeOptions{MaxDepth: 2}.Decode(data)
	assertCode(t, err, reform.ProblemDepth)
	_, err = reform.DecodeOptions{MaxStringBytes: 5}.Decode(data)
	assertCode(t, err, reform.ProblemStringLength)
	_, err = reform.DecodeOptions{MaxArrayLen: 2}.Decode(data)
	assertCode(t, err, reform.ProblemArrayLength)
	r, err := reform.DecodeOptions{MaxDepth: 3, MaxStringBytes: 20, MaxArrayLen: 3, MaxBytes: int64(len(data))}.DecodeFrom(bytes.NewReader(data))
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "b", "c"}, r.Header.To)
}

func assertCode(t *testing.T, err error, code string) {
	t.Helper()
	var de *reform.DecodeError
	require.ErrorAs(t, err, &de)
	require.NotEmpty(t, de.Problems)
	assert.Equal(t, code, de.Problems[0].Code, "%v", de)
}

// TestSchemaVersion: the current version, the older one and none are
// read; another is a problem that says what to do, listed before the
// problems it explains; Encode always writes the current version.
func TestSchemaVersion(t *testing.T) {
	base := `"header":{"agency":"Sở Tư pháp","agency_code":"STP","place":"An Giang","date":"2024-11-19"},"period":{"kind":"year","year":2024},"closing":{"signer":{"title":"Giám đốc","name":"A"}}`
	for _, v := range []string{`"schema_version":"1",`, `"schema_version":"2",`, ``} {
		r, err := reform.Decode([]byte(`{` + v + base + `}`))
		require.NoError(t, err)
		out, err := r.Encode()
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(string(out), "{\n  \"schema_version\": \"2\",\n"), "written first, in the current version")
	}

	_, err := reform.Decode([]byte(`{"schema_version":"3",` + base + `,"signature":{}}`))
	var de *reform.DecodeError
	require.ErrorAs(t, err, &de)
	require.Len(t, de.Problems, 2)
	assert.Equal(t, reform.ProblemVersion, de.Problems[0].Code)
	assert.Equal(t, "schema_version", de.Problems[0].Path)
	assert.Contains(t, de.Problems[0].Message, `phiên bản "3"`)
	assert.Contains(t, de.Problems[0].Message, `các phiên bản "1" và "2"`)
	assert.Equal(t, reform.ProblemUnknownField, de.Problems[1].Code)
}
