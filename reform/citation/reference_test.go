package citation

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cchc-go/cchc/reform/vn"
	"github.com/stretchr/testify/assert"
)

func TestReferenceFormat(t *testing.T) {
	plan := Reference{Kind: Plan, Number: 1247, Groups: []string{"KH", "UBND"}, Date: vn.Date(2023, 12, 29),
		Issuer: "Ủy ban nhân dân tỉnh An Giang", Title: "về việc ban hành Kế hoạch cải cách hành chính tỉnh An Giang năm 2024"}
	tests := []struct {
		name string
		ref  Reference
		form Form
		want string
	}{
		{"full with title", plan, Full,
			"Kế hoạch số 1247/KH-UBND ngày 29/12/2023 của Ủy ban nhân dân tỉnh An Giang về việc ban hành Kế hoạch cải cách hành chính tỉnh An Giang năm 2024"},
		{"dated", plan, Dated, "Kế hoạch số 1247/KH-UBND ngày 29/12/2023"},
		{"short", plan, Short, "Kế hoạch số 1247/KH-UBND"},
		{"day and month padded", Reference{Kind: Plan, Number: 4, Groups: []string{"KH", "UBND"}, Date: vn.Date(2024, 1, 5)}, Full,
			"Kế hoạch số 04/KH-UBND ngày 05/01/2024"},
		{"month 5 not padded", Reference{Kind: Letter, Number: 618, Groups: []string{"UBND", "NC"}, Date: vn.Date(2024, 5, 15), Issuer: "UBND tỉnh"}, Full,
			"Công văn số 618/UBND-NC ngày 15/5/2024 của UBND tỉnh"},
		{"normative, family inferred", Reference{Kind: Decree, Number: 63, Year: 2010, Groups: []string{"NĐ", "CP"}, Date: vn.Date(2010, 6, 8), Issuer: "Chính phủ"}, Full,
			"Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ"},
		{"party", Reference{Kind: Resolution, Family: Party, Number: 18, Groups: []string{"NQ", "TW"}, Date: vn.Date(2017, 10, 25)}, Full,
			"Nghị quyết số 18-NQ/TW ngày 25/10/2017"},
		{"party with unit", Reference{Kind: Plan, Family: Party, Number: 217, Groups: []string{"KH", "BDVTU"}}, Short,
			"Kế hoạch số 217-KH/BDVTU"},
		{"law by name", Reference{Kind: Law, Name: "Hộ tịch"}, Full, "Luật Hộ tịch"},
		{"law by name and year", Reference{Kind: Law, Name: "Đất đai", Year: 2024}, Short, "Luật Đất đai năm 2024"},
		{"law by name and number", Reference{Kind: Law, Name: "Đất đai", Family: Normative, Number: 31, Year: 2024, Groups: []string{"QH15"}, Date: vn.Date(2024, 1, 18)}, Full,
			"Luật Đất đai số 31/2024/QH15 ngày 18/01/2024"},
		{"constitution", Reference{Kind: Constitution, Year: 2013}, Full, "Hiến pháp năm 2013"},
		// A year that the số, ký hiệu does not carry is written before it,
		// where the text gave it, not dropped: Scan reads this back.
		{"law by name and year, number without year", Reference{Kind: Law, Name: "Đ", Family: Administrative, Number: 1, Year: 2020, Groups: []string{"A"}}, Full,
			"Luật Đ năm 2020 số 01/A"},
		{"year beside an administrative number", Reference{Kind: Plan, Family: Administrative, Number: 14, Year: 2024, Groups: []string{"KH", "STP"}}, Short,
			"Kế hoạch năm 2024 số 14/KH-STP"},
		{"title after a colon", Reference{Kind: Decision, Number: 766, Groups: []string{"QĐ", "TTg"}, Issuer: "Thủ tướng Chính phủ", Title: "Phê duyệt Bộ chỉ số"}, Full,
			"Quyết định số 766/QĐ-TTg của Thủ tướng Chính phủ: Phê duyệt Bộ chỉ số"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.ref.Format(tt.form))
			if tt.form == Full {
				assert.Equal(t, tt.want, tt.ref.String())
			}
		})
	}
}

func TestReferenceSymbol(t *testing.T) {
	assert.Equal(t, "", Reference{Kind: Law, Name: "Hộ tịch"}.Symbol())
	assert.Equal(t, "80/2015/QH13", Reference{Kind: Law, Number: 80, Year: 2015, Groups: []string{"QH13"}}.Symbol())
	assert.Equal(t, "09/KH-STP", Reference{Kind: Plan, Number: 9, Groups: []string{"KH", "STP"}}.Symbol())
	assert.Equal(t, "12/2015/TTLT-BTP-BNV", Reference{Kind: JointCircular, Number: 12, Year: 2015, Groups: []string{"TTLT", "BTP", "BNV"}}.Symbol())
	// A year on an administrative reference is not written in its number.
	assert.Equal(t, "14/KH-STP", Reference{Kind: Plan, Family: Administrative, Number: 14, Year: 2024, Groups: []string{"KH", "STP"}}.Symbol())
}

func TestFamilyString(t *testing.T) {
	assert.Equal(t, "administrative", Administrative.String())
	assert.Equal(t, "normative", Normative.String())
	assert.Equal(t, "party", Party.String())
	assert.Equal(t, "family(0)", Family(0).String())
}

func TestCiter(t *testing.T) {
	var c Citer
	decree := Reference{Kind: Decree, Number: 63, Year: 2010, Groups: []string{"NĐ", "CP"}, Date: vn.Date(2010, 6, 8), Issuer: "Chính phủ",
		Title: "về kiểm soát thủ tục hành chính"}
	law := Reference{Kind: Law, Name: "Hộ tịch"}
	assert.Equal(t, "Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính", c.Cite(decree))
	assert.Equal(t, "Luật Hộ tịch", c.Cite(law))
	assert.Equal(t, "Nghị định số 63/2010/NĐ-CP", c.Cite(decree))
	assert.Equal(t, "Luật Hộ tịch", c.Cite(law))
	// A new Citer starts afresh.
	var d Citer
	assert.Equal(t, decree.String(), d.Cite(decree))
}

// TestWriteYear checks writeYear against "%04d".
func TestWriteYear(t *testing.T) {
	for _, y := range []int{-12345, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 2024, 9999, 10000, 123456} {
		var b strings.Builder
		writeYear(&b, y)
		assert.Equal(t, fmt.Sprintf("%04d", y), b.String())
	}
}
