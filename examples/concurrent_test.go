package examples_test

import (
	"bytes"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
)

// TestConcurrentUse checks and renders one report from many goroutines at
// once, as a server shares a report between requests: under the race
// detector (go test -race) any write to shared state fails the test, and
// every goroutine gets the same findings and the same bytes.
func TestConcurrentUse(t *testing.T) {
	r := loadReport(t, "380-BC-STP.json")
	wantFindings := len(r.Validate())
	d, err := r.Document()
	require.NoError(t, err)
	l, err := doc.Lay(d)
	require.NoError(t, err)
	want := map[string][]byte{}
	for _, f := range formats() {
		var b bytes.Buffer
		require.NoError(t, f.Write(&b, l))
		want[f.Name] = b.Bytes()
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			assert.Len(t, r.Validate(), wantFindings)
			d, err := r.Document()
			if !assert.NoError(t, err) {
				return
			}
			l, err := doc.Lay(d)
			if !assert.NoError(t, err) {
				return
			}
			for _, f := range formats() {
				var b bytes.Buffer
				assert.NoError(t, f.Write(&b, l))
				assert.True(t, bytes.Equal(want[f.Name], b.Bytes()), "%s differs between goroutines", f.Name)
			}
		})
	}
	wg.Wait()
}
