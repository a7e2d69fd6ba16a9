package finding_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/finding"
)

type fieldRow struct {
	Name  string `json:"name" validate:"required"`
	Count int64  `json:"count" validate:"gte=0"`
}

type fieldSection struct {
	Received int64      `json:"received" validate:"gte=0"`
	Scheme   string     `json:"scheme" validate:"omitempty,oneof=old nd42"`
	Rows     []fieldRow `json:"rows" validate:"dive"`
}

func TestFields(t *testing.T) {
	ok := fieldSection{Received: 3, Scheme: "old", Rows: []fieldRow{{Name: "Hộ tịch", Count: 1}}}
	assert.Empty(t, finding.Fields(ok, "sections.tthc"))

	bad := fieldSection{Received: -1, Scheme: "new", Rows: []fieldRow{{Name: "a"}, {Count: -2}}}
	got := finding.Fields(&bad, "sections.tthc")
	require.Len(t, got, 4, "every broken rule is reported")
	assert.Equal(t, []finding.Code{"field.gte", "field.oneof", "field.required", "field.gte"}, got.Codes())
	assert.Equal(t, "sections.tthc.received", got[0].Path)
	assert.Equal(t, "sections.tthc.rows[1].name", got[2].Path)
	assert.Equal(t, "sections.tthc.rows[1].count", got[3].Path)
	assert.Equal(t, "Trường sections.tthc.received có giá trị -1, nhỏ hơn mức tối thiểu 0.", got[0].Message)
	v, _ := got[1].Value("rule")
	assert.Equal(t, "oneof=old nd42", v)
	assert.Equal(t, finding.Error, got[0].Severity)

	assert.Equal(t, finding.Code("field.invalid"), finding.Fields(42, "x")[0].Code)
}

type fieldExtra struct {
	After string `json:"after"`
	fieldRow
}

type fieldHolder struct {
	Extra []fieldExtra `json:"extra" validate:"dive"`
}

// An embedded struct has no JSON name: its fields are named as its
// parent's.
func TestFieldsEmbedded(t *testing.T) {
	got := finding.Fields(fieldHolder{Extra: []fieldExtra{{After: "I", fieldRow: fieldRow{Count: -1}}}}, "")
	require.Len(t, got, 2)
	assert.Equal(t, "extra[0].name", got[0].Path)
	assert.Equal(t, "extra[0].count", got[1].Path)
	assert.Equal(t, "Trường extra[0].name là bắt buộc nhưng chưa có giá trị.", got[0].Message)
}
