package finding

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCount(t *testing.T) {
	tests := []struct {
		name string
		l    List
		want Counts
		text string
	}{
		{"none", nil, Counts{}, "0 lỗi, 0 cảnh báo, 0 lưu ý"},
		{"one of each", List{{Severity: Info}, {Severity: Error}, {Severity: Warning}}, Counts{1, 1, 1}, "1 lỗi, 1 cảnh báo, 1 lưu ý"},
		{"errors only", List{{Severity: Error}, {Severity: Error}}, Counts{Errors: 2}, "2 lỗi, 0 cảnh báo, 0 lưu ý"},
		{"no severity is no count", List{{Severity: 0}, {Severity: 4}, {Severity: Warning}}, Counts{Warnings: 1}, "0 lỗi, 1 cảnh báo, 0 lưu ý"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.l.Count()
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.text, got.String())
			// The counts agree with the filters.
			assert.Equal(t, Counts{len(tt.l.Errors()), len(tt.l.Warnings()), len(tt.l.Infos())}, got)
		})
	}
}

// TestSummaryJSON pins the shape of the answer of "cchc check --json" and
// of the service's /check: the counts beside the findings, at the top
// level, and [] for no findings.
func TestSummaryJSON(t *testing.T) {
	b, err := json.Marshal(List(nil).Summary())
	require.NoError(t, err)
	assert.JSONEq(t, `{"findings": [], "errors": 0, "warnings": 0, "infos": 0}`, string(b))

	l := List{{Code: "a.b", Severity: Warning, Path: "x", Message: "m"}}
	b, err = json.Marshal(l.Summary())
	require.NoError(t, err)
	var back struct {
		Findings []map[string]any `json:"findings"`
		Counts
	}
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, Counts{Warnings: 1}, back.Counts)
	require.Len(t, back.Findings, 1)
	assert.Equal(t, "a.b", back.Findings[0]["code"])
	assert.Equal(t, "warning", back.Findings[0]["severity"])
}
