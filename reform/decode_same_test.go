package reform_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
)

// TestDecodeMatchesEncodingJSON keeps the strict decoder's result on valid
// input equal to what encoding/json makes of the same bytes.
func TestDecodeMatchesEncodingJSON(t *testing.T) {
	files, err := filepath.Glob("../examples/testdata/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			got, err := reform.Decode(data)
			require.NoError(t, err)
			var want reform.Report
			require.NoError(t, json.Unmarshal(data, &want))
			if d := cmp.Diff(&want, got, cmp.AllowUnexported(reform.Report{}), cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })); d != "" {
				t.Errorf("strict decode differs from encoding/json (-json +strict):\n%s", d)
			}
		})
	}
}
