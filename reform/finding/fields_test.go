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

// FieldLabel names the row's fields and a row, as a department's type does.
func (fieldRow) FieldLabel(field string) string {
	return map[string]string{"": "dòng", "Name": "tên lĩnh vực", "Count": "số hồ sơ"}[field]
}

type fieldSection struct {
	Received int64      `json:"received" validate:"gte=0"`
	Scheme   string     `json:"scheme" validate:"omitempty,oneof=old nd42"`
	Rows     []fieldRow `json:"rows" validate:"dive"`
}

// FieldLabel names the section's fields.
func (fieldSection) FieldLabel(field string) string {
	return map[string]string{"Received": "số hồ sơ tiếp nhận", "Scheme": "cách phân loại"}[field]
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
	assert.Equal(t, []string{
		"Số hồ sơ tiếp nhận không được âm: báo cáo ghi -1.",
		"Cách phân loại ghi “new”, không phải một trong các giá trị dùng được: old, nd42.",
		"Chưa ghi tên lĩnh vực của dòng thứ 2: đây là nội dung bắt buộc.",
		"Số hồ sơ của dòng thứ 2 không được âm: báo cáo ghi -2.",
	}, messages(got), "messages name the field as a clerk reads it, never its path")
	v, _ := got[1].Value("rule")
	assert.Equal(t, "oneof=old nd42", v)
	assert.Equal(t, finding.Error, got[0].Severity)

	assert.Equal(t, finding.Code("field.invalid"), finding.Fields(42, "x")[0].Code)
}

func messages(l finding.List) []string {
	out := make([]string, len(l))
	for i, f := range l {
		out[i] = f.Message
	}
	return out
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
	assert.Equal(t, "Chưa ghi tên lĩnh vực của dòng thứ 1: đây là nội dung bắt buộc.", got[0].Message, "the row names promoted from the embedded type")
}

// ruled has one field per rule the module's types use, unnamed ones
// included.
type ruled struct {
	Min      []string `validate:"min=1"`
	Max      int64    `validate:"max=10"`
	Lte      int64    `validate:"lte=1000000"`
	Gte      int64    `validate:"gte=5"`
	Gt       int64    `validate:"gt=0"`
	Year     int      `validate:"gte=1945"`
	Date     string   `validate:"omitempty,datetime=2006-01-02"`
	Kind     string   `validate:"omitempty,oneof=a b"`
	Units    *int64
	Noun     string `validate:"required_with=Units"`
	Annex    string
	Title    string `validate:"required_without=Annex"`
	Table    string `validate:"excluded_with=Annex"`
	Training bool   `validate:"excluded_if=Kind b"`
	Other    string `validate:"omitempty,alpha"`
	Unnamed  int64  `validate:"gte=0"`
}

// FieldLabel names the fields but Unnamed.
func (ruled) FieldLabel(field string) string {
	if field == "Unnamed" {
		return ""
	}
	return "trường " + field
}

// Each rule reads as a Vietnamese sentence that quotes the value as the
// report gives it and names no JSON path.
func TestFieldMessages(t *testing.T) {
	units := int64(3)
	v := ruled{Max: 11, Lte: 2_000_000, Gte: 4, Year: 1900, Date: "2024-02-30", Kind: "b", Units: &units,
		Annex: "x", Table: "y", Training: true, Other: "1", Unnamed: -1}
	want := map[string]string{
		"Min":      "Trường Min cần có ít nhất 1 mục.",
		"Max":      "Trường Max ghi 11, lớn hơn mức tối đa 10.",
		"Lte":      "Trường Lte ghi 2.000.000, lớn hơn mức tối đa 1.000.000.",
		"Gte":      "Trường Gte ghi 4, nhỏ hơn mức tối thiểu 5.",
		"Gt":       "Trường Gt ghi 0, phải lớn hơn 0.",
		"Year":     "Trường Year ghi 1900, nhỏ hơn mức tối thiểu 1945.",
		"Date":     "Trường Date ghi “2024-02-30”, không phải một ngày có thật viết theo dạng năm-tháng-ngày (ví dụ 2024-11-19).",
		"Noun":     "Chưa ghi trường Noun: cần ghi khi đã có trường Units.",
		"Table":    "Trường Table không dùng được cùng với trường Annex.",
		"Training": "Trường Training không dùng được khi trường Kind là “b”.",
		"Other":    "Trường Other ghi 1, không đạt yêu cầu của dữ liệu (quy tắc alpha).",
		"Unnamed":  "Giá trị này không được âm: báo cáo ghi -1.",
	}
	got := map[string]string{}
	for _, f := range finding.Fields(v, "") {
		got[f.Path] = f.Message
	}
	for field, msg := range want {
		t.Run(field, func(t *testing.T) {
			assert.Equal(t, msg, got[field])
		})
	}
	assert.Len(t, got, len(want))
	got = map[string]string{}
	for _, f := range finding.Fields(ruled{Min: []string{"x"}, Gte: 5, Gt: 1, Year: 2024}, "") {
		got[f.Path] = f.Message
	}
	assert.Equal(t, "Chưa ghi trường Title: cần ghi khi không có trường Annex.", got["Title"])
}
