package citation

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/cchc-go/cchc/reform/vn"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Reference
		sym  string // SymbolText
		date string // DateText
	}{
		{"Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ",
			Reference{Kind: Decree, Family: Normative, Number: 63, Year: 2010, Groups: []string{"NĐ", "CP"}, Date: vn.Date(2010, 6, 8), Issuer: "Chính phủ"},
			"63/2010/NĐ-CP", "08/6/2010"},
		{"Nghị định 130/2005/NĐ-CP ngày 17/10/2005",
			Reference{Kind: Decree, Family: Normative, Number: 130, Year: 2005, Groups: []string{"NĐ", "CP"}, Date: vn.Date(2005, 10, 17)},
			"130/2005/NĐ-CP", "17/10/2005"},
		{"Quyết định số 766/QĐ-TTg ngày 23-06-2022",
			Reference{Kind: Decision, Family: Administrative, Number: 766, Groups: []string{"QĐ", "TTg"}, Date: vn.Date(2022, 6, 23)},
			"766/QĐ-TTg", "23-06-2022"},
		{"Công văn số 822/STP-XDKT&TDTHPL ngày 06/6/2024 của Sở Tư pháp",
			Reference{Kind: Letter, Family: Administrative, Number: 822, Groups: []string{"STP", "XDKT&TDTHPL"}, Date: vn.Date(2024, 6, 6), Issuer: "Sở Tư pháp"},
			"822/STP-XDKT&TDTHPL", "06/6/2024"},
		{"Thông tư số 01/2022/TT-BTP ngày 04/1/2022",
			Reference{Kind: Circular, Family: Normative, Number: 1, Year: 2022, Groups: []string{"TT", "BTP"}, Date: vn.Date(2022, 1, 4)},
			"01/2022/TT-BTP", "04/1/2022"},
		{"Luật Hộ tịch", Reference{Kind: Law, Name: "Hộ tịch"}, "", ""},
		{"Nghị quyết số 18-NQ/TW ngày 25/10/2017",
			Reference{Kind: Resolution, Family: Party, Number: 18, Groups: []string{"NQ", "TW"}, Date: vn.Date(2017, 10, 25)},
			"18-NQ/TW", "25/10/2017"},
		{"Kế hoạch số 217-KH/BDVTU ngày 09/4/2024 của Ban Dân vận Tỉnh ủy",
			Reference{Kind: Plan, Family: Party, Number: 217, Groups: []string{"KH", "BDVTU"}, Date: vn.Date(2024, 4, 9), Issuer: "Ban Dân vận Tỉnh ủy"},
			"217-KH/BDVTU", "09/4/2024"},
		{"Nghị định số 100/2019/NĐ-CP ngày 31 tháng 12 năm 2019 của Chính phủ quy định xử phạt vi phạm hành chính.",
			Reference{Kind: Decree, Family: Normative, Number: 100, Year: 2019, Groups: []string{"NĐ", "CP"}, Date: vn.Date(2019, 12, 31),
				Issuer: "Chính phủ", Title: "quy định xử phạt vi phạm hành chính"},
			"100/2019/NĐ-CP", "31 tháng 12 năm 2019"},
		{"Kế hoạch số 1247/KH-UBND ngày 29/12/2023 của Ủy ban nhân dân tỉnh An Giang về việc ban hành Kế hoạch cải cách hành chính tỉnh An Giang năm 2024",
			Reference{Kind: Plan, Family: Administrative, Number: 1247, Groups: []string{"KH", "UBND"}, Date: vn.Date(2023, 12, 29),
				Issuer: "Ủy ban nhân dân tỉnh An Giang", Title: "về việc ban hành Kế hoạch cải cách hành chính tỉnh An Giang năm 2024"},
			"1247/KH-UBND", "29/12/2023"},
		{"Quyết định số 766/QĐ-TTg ngày 23-06-2022 của Thủ tướng Chính phủ: Phê duyệt Bộ chỉ số chỉ đạo, điều hành",
			Reference{Kind: Decision, Family: Administrative, Number: 766, Groups: []string{"QĐ", "TTg"}, Date: vn.Date(2022, 6, 23),
				Issuer: "Thủ tướng Chính phủ", Title: "Phê duyệt Bộ chỉ số chỉ đạo, điều hành"},
			"766/QĐ-TTg", "23-06-2022"},
		// Slips are read through, for Check to report.
		{"Quyết định số 143/QĐTTg ngày 02/02/2024",
			Reference{Kind: Decision, Family: Administrative, Number: 143, Groups: []string{"QĐTTg"}, Date: vn.Date(2024, 2, 2)},
			"143/QĐTTg", "02/02/2024"},
		{"Kế hoạch số 5/KH - UBND",
			Reference{Kind: Plan, Family: Administrative, Number: 5, Groups: []string{"KH", "UBND"}},
			"5/KH - UBND", ""},
		{"Kế hoạch số 5/KH- UBND",
			Reference{Kind: Plan, Family: Administrative, Number: 5, Groups: []string{"KH", "UBND"}},
			"5/KH- UBND", ""},
		{"Nghị định số 73/2024/NĐ-\n\nCP của Chính phủ",
			Reference{Kind: Decree, Family: Normative, Number: 73, Year: 2024, Groups: []string{"NĐ", "CP"}, Issuer: "Chính phủ"},
			"73/2024/NĐ-\n\nCP", ""},
		{"Báo cáo số 12/BC-UBND ngày 31/02/2024",
			Reference{Kind: Report, Family: Administrative, Number: 12, Groups: []string{"BC", "UBND"}},
			"12/BC-UBND", "31/02/2024"},
		{"Đề án 06/CP", // "số" may be left out in Parse, which reads one citation
			Reference{Kind: Scheme, Family: Administrative, Number: 6, Groups: []string{"CP"}}, "06/CP", ""},
		{"Luật Giao thông đường bộ 2008", Reference{Kind: Law, Name: "Giao thông đường bộ", Year: 2008}, "", ""},
		{"Luật Phòng, chống tham nhũng", Reference{Kind: Law, Name: "Phòng, chống tham nhũng"}, "", ""},
		{"Luật Đất đai số 31/2024/QH15",
			Reference{Kind: Law, Name: "Đất đai", Family: Normative, Number: 31, Year: 2024, Groups: []string{"QH15"}}, "31/2024/QH15", ""},
		{"Hiến pháp năm 2013", Reference{Kind: Constitution, Year: 2013}, "", ""},
		{"  thông tư liên tịch số 12/2015/TTLT-BTP-BNV;  ",
			Reference{Kind: JointCircular, Family: Normative, Number: 12, Year: 2015, Groups: []string{"TTLT", "BTP", "BNV"}}, "12/2015/TTLT-BTP-BNV", ""},
		{"NGHỊ ĐỊNH SỐ 63/2010/NĐ-CP NGÀY 08/6/2010", // a heading in capitals
			Reference{Kind: Decree, Family: Normative, Number: 63, Year: 2010, Groups: []string{"NĐ", "CP"}, Date: vn.Date(2010, 6, 8)},
			"63/2010/NĐ-CP", "08/6/2010"},
		{"Quy định số 101-QĐ/TW, ngày 07/6/2012 của Ban Bí thư",
			Reference{Kind: Provision, Family: Party, Number: 101, Groups: []string{"QĐ", "TW"}, Date: vn.Date(2012, 6, 7), Issuer: "Ban Bí thư"},
			"101-QĐ/TW", "07/6/2012"},
		{"Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ Lao động - Thương binh và Xã hội",
			Reference{Kind: Circular, Family: Normative, Number: 2, Year: 2017, Groups: []string{"TT", "VPCP"}, Date: vn.Date(2017, 10, 31),
				Issuer: "Bộ Lao động - Thương binh và Xã hội"},
			"02/2017/TT-VPCP", "31/10/2017"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c, err := Parse(tt.in)
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, c.Reference); diff != "" {
				t.Errorf("Parse(%q) (-want +got):\n%s", tt.in, diff)
			}
			assert.Equal(t, tt.sym, c.SymbolText)
			assert.Equal(t, tt.date, c.DateText)
			assert.Equal(t, tt.in[c.Start:c.End], c.Text)
			// String writes a citation that reads back to the same reference.
			back, err := Parse(c.String())
			require.NoError(t, err, c.String())
			if diff := cmp.Diff(c.Reference, back.Reference); diff != "" {
				t.Errorf("Parse(%q) (-first +again):\n%s", c.String(), diff)
			}
		})
	}
}

func TestParseNotNFC(t *testing.T) {
	// "Nghị định" with its marks decomposed, as text copied from some systems is.
	in := "Nghi\u0323 đi\u0323nh số 63/2010/NĐ-CP"
	require.False(t, vn.IsNFC(in))
	c, err := Parse(in)
	require.NoError(t, err)
	assert.Equal(t, Decree, c.Kind)
	assert.Equal(t, in, c.Text)
	assert.Equal(t, 0, c.Start)
	assert.Equal(t, len(in), c.End)
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in     string
		reason string
	}{
		{"", "empty"},
		{"   ", "empty"},
		{"Sổ tay số 12/ST-STP", "expected the kind of document first"},
		{"Kế hoạch cải cách hành chính", `expected "số" and a số, ký hiệu after "Kế hoạch"`},
		{"Kế hoạch số 30/4/2024", `expected "số" and a số, ký hiệu`}, // a date, not a số, ký hiệu
		{"Kế hoạch số 0/KH-UBND", `expected "số" and a số, ký hiệu`},
		{"Kế hoạch số 1234567890/KH-UBND", `expected "số" and a số, ký hiệu`},
		{"Luật hộ tịch", "a name with a capital letter"},
		{"Kế hoạch số 14/KH-STP và Nghị định 63/2010/NĐ-CP", `unexpected " và Nghị định 63/2010/NĐ-CP" after the citation`},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		require.Error(t, err, tt.in)
		var pe *ParseError
		require.True(t, errors.As(err, &pe), tt.in)
		assert.Equal(t, tt.in, pe.Text)
		assert.Contains(t, err.Error(), tt.reason, tt.in)
	}
}

func TestMustParse(t *testing.T) {
	assert.Equal(t, Plan, MustParse("Kế hoạch số 14/KH-STP").Kind)
	assert.Panics(t, func() { MustParse("Kế hoạch") })
}

func TestDateParts(t *testing.T) {
	tests := []struct {
		in      string
		d, m, y string
		n       int
		date    time.Time
	}{
		{"29/12/2023 của", "29", "12", "2023", 10, vn.Date(2023, 12, 29)},
		{"23-06-2022", "23", "06", "2022", 10, vn.Date(2022, 6, 23)},
		{"05.01.2024", "05", "01", "2024", 10, vn.Date(2024, 1, 5)},
		{"31 tháng 12 năm 2019", "31", "12", "2019", len("31 tháng 12 năm 2019"), vn.Date(2019, 12, 31)},
		{"23/06-2022", "23", "06", "2022", 10, vn.Date(2022, 6, 23)}, // mixed separators: read, reported as style
		{"31/02/2024", "31", "02", "2024", 10, time.Time{}},          // does not exist
		{"05/01/24", "05", "01", "24", 8, time.Time{}},               // year of two digits
		{"5/1", "", "", "", 0, time.Time{}},
		{"30/4/20245", "", "", "", 0, time.Time{}},
		{"hôm nay", "", "", "", 0, time.Time{}},
	}
	for _, tt := range tests {
		d, m, y, n := dateParts(tt.in)
		assert.Equal(t, []any{tt.d, tt.m, tt.y, tt.n}, []any{d, m, y, n}, tt.in)
		if n > 0 {
			assert.Equal(t, tt.date, dateOf(tt.in[:n]), tt.in)
		}
	}
}

// TestDateOfParseDate checks that dateOf reads every date of one or two digit
// days and months, in every form, as vn.ParseDate does.
func TestDateOfParseDate(t *testing.T) {
	for _, y := range []string{"2024", "2023", "2000", "1900", "0000", "0001", "9999", "24", "202"} {
		for m := 0; m < 100; m++ {
			for d := 0; d < 100; d++ {
				for _, text := range []string{
					fmt.Sprintf("%d/%d/%s", d, m, y), fmt.Sprintf("%02d-%02d-%s", d, m, y),
					fmt.Sprintf("%d tháng %02d năm %s", d, m, y),
				} {
					want, err := vn.ParseDate(text)
					if err != nil {
						want = time.Time{}
					}
					if got := dateOf(text); !got.Equal(want) || got.IsZero() != want.IsZero() {
						t.Fatalf("dateOf(%q) = %v, want %v", text, got, want)
					}
				}
			}
		}
	}
}
