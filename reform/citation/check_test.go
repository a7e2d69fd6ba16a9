package citation

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// codes returns the codes of the findings Check makes on the citation s.
func codes(t *testing.T, s string, opts Options) []finding.Code {
	t.Helper()
	c, err := Parse(s)
	require.NoError(t, err, s)
	return codesOf(c.Check(opts))
}

// codesOf returns the codes of l, nil when there are none.
func codesOf(l finding.List) []finding.Code {
	if len(l) == 0 {
		return nil
	}
	return l.Codes()
}

func TestCheckKind(t *testing.T) {
	tests := []struct {
		in   string
		want []finding.Code
		why  string
	}{
		{"Thông tư số 04/2020/BTT-BTP", []finding.Code{CodeKindMismatch}, "BTT is Bản thỏa thuận"},
		{"Thông tư số 04/2020/TT-BTP", nil, "TT is Thông tư"},
		{"Kế hoạch số 12/UBND-NC", []finding.Code{CodeKindMismatch}, "a Kế hoạch numbered like a Công văn"},
		{"Chỉ thị số 05/CTr-UBND", []finding.Code{CodeKindMismatch}, "CTr (Chương trình) is not CT"},
		{"Thông tư số 12/2015/TTLT-BTP-BNV", []finding.Code{CodeKindMismatch}, "a Thông tư liên tịch named Thông tư"},
		{"Thông tư liên tịch số 12/2015/TTLT-BTP-BNV", nil, ""},
		{"Hợp đồng số 12/HD-STP", []finding.Code{CodeKindMismatch}, "HD is Hướng dẫn, even if Đ was meant"},
		{"Báo cáo số 12/BCTĐ-STP", []finding.Code{CodeKindLocal}, "a local code that extends BC"},
		{"Báo cáo số 12/BC-STP", nil, ""},
		{"Công văn số 285/BC-UBND", []finding.Code{CodeKindLetter}, "a Công văn with the abbreviation of Báo cáo"},
		{"Công văn số 134/UBND-NC", nil, "AGENCY-UNIT"},
		{"Văn bản số 285/BC-UBND", nil, "Văn bản names any kind"},
		{"Luật số 80/2015/QH13", nil, "a law has no kind abbreviation"},
		{"Luật số 12/2020/NĐ-CP", []finding.Code{CodeKindMismatch}, "NĐ on a law"},
		{"Nghị quyết số 43/2022/QH15", nil, "a resolution of the Quốc hội carries no NQ"},
		{"Nghị quyết số 1023/NQ-UBTVQH15", nil, ""},
		{"Nghị quyết số 18-NQ/TW", nil, "Party"},
		{"Nghị quyết số 18-KL/TW", []finding.Code{CodeKindMismatch}, "KL is a Party Kết luận"},
		{"Quy định số 08-QĐi/TW", nil, "Party Quy định, older code"},
		{"Quy định số 101-QĐ/TW", nil, "Party Quy định"},
		{"Công văn số 123-CV/TU", nil, "Party Công văn"},
		{"Nghị định số 12/NĐ-CP", []finding.Code{CodeYearMissing}, "a decree without year"},
		{"Nghị định số 12/NĐ-CP ngày 05/3/2024", []finding.Code{CodeYearMissing}, "a decree without year, dated"},
		{"Nghị định số 12/2024/NĐ-CP", nil, ""},
		{"Quyết định số 12/QĐ-UBND", nil, "Quyết định may be administrative"},
		{"Quyết định số 46/2021/QĐ-UBND", nil, "or legal normative"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, codes(t, tt.in, Options{}), "%s: %s", tt.in, tt.why)
	}
	c := MustParse("Thông tư số 04/2020/BTT-BTP")
	f := c.Check(Options{})[0]
	assert.Equal(t, finding.Error, f.Severity)
	assert.Equal(t, "Thông tư số 04/2020/BTT-BTP: ký hiệu “BTT” là chữ viết tắt của Bản thỏa thuận, không phải của Thông tư (“TT”).", f.Message)
	v, _ := f.Value("expected")
	assert.Equal(t, "TT", v)
	f = MustParse("Nghị định số 12/NĐ-CP ngày 05/3/2024").Check(Options{})[0]
	assert.Contains(t, f.Message, "12/2024/NĐ-CP")
}

func TestCheckSymbol(t *testing.T) {
	tests := []struct {
		in       string
		expected string // the canonical spelling the finding gives; "" none
		problem  string // part of the message
	}{
		{"Quyết định số 143/QĐTTg", "143/QĐ-TTg", "thiếu dấu “-” giữa “QĐ” và “TTg”"},
		{"Công điện số 644/CD-TTg", "644/CĐ-TTg", "viết “CD” thay cho chữ viết tắt “CĐ”"},
		{"Kế hoạch số 12/kh-UBND", "12/KH-UBND", "viết “kh” thay cho chữ viết tắt “KH”"},
		{"Kế hoạch số 12/KH-ubnd", "", "nhóm “ubnd” viết chữ thường"},
		{"Kế hoạch số 12/KH- UBND", "12/KH-UBND", "có khoảng trắng"},
		{"Kế hoạch số 12 /KH-UBND", "12/KH-UBND", "có khoảng trắng"},
		{"Kế hoạch số 12/KH–UBND", "12/KH-UBND", "dùng dấu “–” thay cho dấu gạch nối “-”"},
		{"Kế hoạch số 12/KH--UBND", "12/KH-UBND", "thừa dấu phân cách"},
		{"Kế hoạch số 12/KH-UBND-", "12/KH-UBND", "thừa dấu phân cách"},
		{"Kế hoạch số 12/KH/UBND", "12/KH-UBND", "dấu phân cách không đúng chỗ (dạng đúng: số/LOẠI-CƠ QUAN)"},
		{"Kế hoạch số 12/KH.UBND", "12/KH-UBND", "dùng dấu chấm"},
		{"Nghị định số 12/2024-NĐ-CP", "12/2024/NĐ-CP", "dạng đúng: số/năm/LOẠI-CƠ QUAN"},
		{"Nghị quyết số 18-NQ-TW", "18-NQ/TW", "dạng đúng: số-LOẠI/CƠ QUAN"},
		{"Nghị quyết số 18-NQTW", "18-NQ/TW", "thiếu dấu “/” giữa “NQ” và “TW”"},
		{"Kế hoạch số 5/KH-UBND", "05/KH-UBND", "số nhỏ hơn 10 phải viết thêm số 0 phía trước (05)"},
		{"Kế hoạch số 012/KH-UBND", "12/KH-UBND", "thừa số 0 ở đầu số"},
		{"Kế hoạch số 12/KH", "", "thiếu phần viết tắt tên cơ quan ban hành sau “KH”"},
		{"Kế hoạch số 12/2024/KH-UBND", "12/KH-UBND", "Kế hoạch không phải là văn bản quy phạm pháp luật"},
		{"Nghị định số 12-NĐ/CP", "", "Nghị định không phải là văn bản của Đảng"},
		{"Thông tri số 12/TT-TU", "", "Thông tri là văn bản của Đảng"},
	}
	for _, tt := range tests {
		c := MustParse(tt.in)
		l := c.Check(Options{}).WithCode(CodeSymbolMalformed)
		require.Len(t, l, 1, tt.in)
		f := l[0]
		assert.Equal(t, finding.Error, f.Severity)
		assert.Contains(t, f.Message, tt.problem, tt.in)
		got, ok := f.Value("expected")
		assert.Equal(t, tt.expected, got, tt.in)
		assert.Equal(t, tt.expected != "", ok, tt.in)
		written, _ := f.Value("written")
		assert.NotEmpty(t, written)
	}
	// Well-formed numbers, and a page break after a hyphen, give no finding.
	for _, in := range []string{
		"Kế hoạch số 1247/KH-UBND", "Nghị định số 63/2010/NĐ-CP", "Nghị quyết số 18-NQ/TW",
		"Kế hoạch số 217-KH/BDVTU", "Công văn số 822/STP-XDKT&TDTHPL", "Luật số 80/2015/QH13",
		"Quyết định số 766/QĐ-TTg", "Nghị định số 73/2024/NĐ-\n\nCP", "Thông tư liên tịch số 12/2015/TTLT-BTP-BNV",
		"Chương trình số 05/CTr-UBND", "Quy định số 08-QĐi/TW",
	} {
		assert.Empty(t, MustParse(in).Check(Options{}), in)
	}
}

func TestCheckDate(t *testing.T) {
	report := Options{ReportDate: vn.Date(2024, 11, 19)}
	tests := []struct {
		in   string
		opts Options
		want []finding.Code
		why  string
	}{
		{"Nghị định 130/2005/NĐ-CP ngày 17/10/2015", Options{}, []finding.Code{CodeYearMismatch}, "2005 in the number, 2015 in the date"},
		{"Nghị định 130/2005/NĐ-CP ngày 17/10/2005", Options{}, nil, ""},
		{"Luật số 80/2015/QH13 ngày 22/6/2016", Options{}, []finding.Code{CodeYearMismatch}, "laws too"},
		{"Kế hoạch số 14/KH-STP ngày 31/01/2023", Options{}, nil, "no year in an administrative number"},
		{"Nghị quyết số 18-NQ/TW ngày 25/10/2017", Options{}, nil, "nor in a Party number"},
		{"Báo cáo số 12/BC-UBND ngày 31/02/2024", Options{}, []finding.Code{CodeDateInvalid}, "31 February"},
		{"Báo cáo số 12/BC-UBND ngày 12/13/2024", Options{}, []finding.Code{CodeDateInvalid}, "month 13"},
		{"Báo cáo số 12/BC-UBND ngày 05/01/24", Options{}, []finding.Code{CodeDateInvalid}, "two-digit year"},
		{"Nghị định số 12/2024/NĐ-CP ngày 31/02/2024", Options{}, []finding.Code{CodeDateInvalid}, "no year check on a date that does not exist"},
		{"Báo cáo số 12/BC-UBND ngày 20/11/2024", report, []finding.Code{CodeDateFuture}, "after the report"},
		{"Báo cáo số 12/BC-UBND ngày 19/11/2024", report, nil, "the report's own day"},
		{"Báo cáo số 12/BC-UBND ngày 20/11/2024", Options{}, nil, "no report date given"},
		{"Quyết định số 766/QĐ-TTg ngày 23-06-2022", Options{}, []finding.Code{CodeDateStyle}, "hyphens, padded month"},
		{"Quyết định số 766/QĐ-TTg ngày 23/6/2022", Options{}, nil, ""},
		{"Báo cáo số 285/BC-UBND ngày 21/03/2024", Options{}, []finding.Code{CodeDateStyle}, "month 3 padded"},
		{"Thông tư số 01/2022/TT-BTP ngày 04/1/2022", Options{}, []finding.Code{CodeDateStyle}, "month 1 not padded"},
		{"Kế hoạch số 04/KH-UBND ngày 5/01/2024", Options{}, []finding.Code{CodeDateStyle}, "day 5 not padded"},
		{"Kế hoạch số 04/KH-UBND ngày 05/01/2024", Options{}, nil, ""},
		{"Quyết định số 289/QĐ-UBND ngày 28/02/2024", Options{}, nil, "month 2 padded"},
		{"Công văn số 2803/SNV-CCHC ngày 11 tháng 11 năm 2024", Options{}, []finding.Code{CodeDateStyle}, "in words"},
		{"Kế hoạch số 04/KH-UBND ngày 05.01.2024", Options{}, []finding.Code{CodeDateStyle}, "dots"},
		{"Nghị định 130/2005/NĐ-CP ngày 17-10-2025", report,
			[]finding.Code{CodeYearMismatch, CodeDateFuture, CodeDateStyle}, "every date check at once"},
		{"Luật Hộ tịch", report, nil, "no date"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, codes(t, tt.in, tt.opts), "%s: %s", tt.in, tt.why)
	}
	f := MustParse("Báo cáo số 12/BC-UBND ngày 31/02/2024").Check(Options{})[0]
	assert.Equal(t, "Báo cáo số 12/BC-UBND: ngày ban hành “31/02/2024” không có thật: tháng 2 năm 2024 không có ngày 31.", f.Message)
	f = MustParse("Báo cáo số 12/BC-UBND ngày 12/13/2024").Check(Options{})[0]
	assert.Contains(t, f.Message, "không có tháng 13")
	f = MustParse("Quyết định số 766/QĐ-TTg ngày 23-06-2022").Check(Options{})[0]
	assert.Equal(t, finding.Info, f.Severity)
	canon, _ := f.Value("canonical")
	assert.Equal(t, "23/6/2022", canon)
}

func TestCheckTyped(t *testing.T) {
	// A reference typed in Go data is checked too, at its path, without the
	// checks of how it was written.
	c := Citation{Path: "basis[0]", Reference: Reference{Kind: Circular, Number: 4, Year: 2020, Groups: []string{"BTT", "BTP"},
		Date: vn.Date(2021, 5, 28)}}
	l := c.Check(Options{})
	assert.Equal(t, []finding.Code{CodeKindMismatch, CodeYearMismatch}, codesOf(l))
	for _, f := range l {
		assert.Equal(t, "basis[0]", f.Path)
	}
}

func TestCheckAll(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []finding.Code
	}{
		{"same document, two dates",
			"Nghị định 130/2005/NĐ-CP ngày 17/10/2005; Nghị định 130/2005/NĐ-CP ngày 17/11/2005",
			[]finding.Code{CodeConflictDate}},
		{"same document, same date",
			"Nghị định số 63/2010/NĐ-CP ngày 08/6/2010; Nghị định số 63/2010/NĐ-CP ngày 08/6/2010; Nghị định số 63/2010/NĐ-CP",
			nil},
		{"administrative numbers restart every year",
			"Kế hoạch số 04/KH-UBND ngày 05/01/2024; Kế hoạch số 04/KH-UBND ngày 08/01/2023",
			nil},
		{"same year, two dates",
			"Kế hoạch số 04/KH-UBND ngày 05/01/2024; Kế hoạch số 04/KH-UBND ngày 08/01/2024",
			[]finding.Code{CodeConflictDate}},
		{"different issuers",
			"Kế hoạch số 04/KH-UBND ngày 05/01/2024 của UBND tỉnh; Kế hoạch số 04/KH-UBND ngày 08/01/2024 của UBND huyện Thoại Sơn",
			nil},
		{"issuer spelled out and abbreviated",
			"Kế hoạch số 04/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh An Giang; Kế hoạch số 04/KH-UBND ngày 08/01/2024 của UBND tỉnh",
			[]finding.Code{CodeConflictDate}},
		{"Party numbers restart every term",
			"Nghị quyết số 18-NQ/TW ngày 25/10/2017; Nghị quyết số 18-NQ/TW ngày 16/6/2022",
			nil},
		{"two spellings",
			"Công điện số 644/CĐ-TTg ngày 13/7/2023; Công điện số 644/CD-TTg ngày 13/7/2023",
			[]finding.Code{CodeSymbolMalformed, CodeConflictSymbol}},
		{"two spellings, the Party form mixed in",
			"Kế hoạch số 217-KH/BDVTU; Kế hoạch số 217/KH-BDVTU",
			[]finding.Code{CodeConflictSymbol}},
		{"leading zero and a page break are not two spellings",
			"Thông tư số 07/2020/TT-BTP; Thông tư số 07/2020/TT-\n\nBTP",
			nil},
		{"two titles",
			"Quyết định số 12/QĐ-UBND ngày 05/3/2024 về việc ban hành Quy chế làm việc; Quyết định số 12/QĐ-UBND ngày 05/3/2024 về việc phê duyệt Đề án",
			[]finding.Code{CodeConflictTitle}},
		{"one title said two ways",
			"Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ về việc phê duyệt Bộ chỉ số chỉ đạo; " +
				"Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ: Phê duyệt Bộ chỉ số chỉ đạo, điều hành",
			nil},
		{"laws by name are not compared", "Luật Hộ tịch; Luật Hộ tịch năm 2014", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := CheckAll(ScanAt("text", tt.text), Options{})
			assert.Equal(t, tt.want, codesOf(l))
			for _, f := range l {
				if f.Code == CodeConflictDate || f.Code == CodeConflictSymbol || f.Code == CodeConflictTitle {
					require.Len(t, f.Related, 1)
					assert.Less(t, f.Related[0], f.Path, "the later citation is reported")
				}
			}
		})
	}
	// Twenty documents numbered 01/KH-UBND, one a year: no finding.
	var years strings.Builder
	for y := 2001; y <= 2020; y++ {
		fmt.Fprintf(&years, "Kế hoạch số 01/KH-UBND ngày 05/01/%d; Kế hoạch số 01/KH-UBND ngày 05/01/%d; ", y, y)
	}
	assert.Empty(t, CheckAll(Scan(years.String()), Options{}))
	// Citations from two fields: each finding names its own.
	a, b := "Nghị định 130/2005/NĐ-CP ngày 17/10/2005", "Nghị định 130/2005/NĐ-CP ngày 17/10/2015"
	cits := append(ScanAt("sections.a", a), ScanAt("sections.b", b)...)
	l := CheckAll(cits, Options{}).WithCode(CodeConflictDate)
	require.Len(t, l, 1)
	assert.Equal(t, fmt.Sprintf("sections.b[0:%d]", len(b)), l[0].Path)
	assert.Equal(t, []string{fmt.Sprintf("sections.a[0:%d]", len(a))}, l[0].Related)
	assert.Equal(t, "Nghị định số 130/2005/NĐ-CP được dẫn với ngày ban hành 17/10/2015, khác với ngày 17/10/2005 ở lần dẫn trước.", l[0].Message)
}

func TestRules(t *testing.T) {
	rules := Rules()
	require.NoError(t, rules.Validate())
	all := []finding.Code{CodeKindMismatch, CodeKindLocal, CodeKindLetter, CodeSymbolMalformed, CodeYearMissing,
		CodeYearMismatch, CodeDateInvalid, CodeDateFuture, CodeDateStyle, CodeConflictDate, CodeConflictSymbol, CodeConflictTitle}
	writing := []finding.Code{CodeIssuerUnknown, CodeIssuerForm, CodeKindCV, CodeKindCase, CodeConflictSource}
	assert.ElementsMatch(t, append(slices.Clone(all), writing...), rules.Codes(), "the writing checks are tested in issuers_test.go")
	// Every finding the checks make has the severity its rule documents.
	text := "Thông tư số 04/2020/BTT-BTP; Báo cáo số 12/BCTĐ-STP; Công văn số 285/BC-UBND; Quyết định số 143/QĐTTg; " +
		"Nghị định số 12/NĐ-CP; Nghị định 130/2005/NĐ-CP ngày 17/10/2015; Báo cáo số 12/BC-UBND ngày 31/02/2024; " +
		"Báo cáo số 13/BC-UBND ngày 20/12/2024; Báo cáo số 14/BC-UBND ngày 21/03/2024; Nghị định 130/2005/NĐ-CP ngày 17/10/2005; " +
		"Công điện số 644/CĐ-TTg; Công điện số 644/CD-TTg; Quyết định số 15/QĐ-UBND ngày 05/3/2024 về việc A; Quyết định số 15/QĐ-UBND ngày 05/3/2024 về việc B"
	l := CheckAll(Scan(text), Options{ReportDate: vn.Date(2024, 11, 19)})
	seen := map[finding.Code]bool{}
	for _, f := range l {
		r, ok := rules.Lookup(f.Code)
		require.True(t, ok, "%s is documented", f.Code)
		assert.Equal(t, r.Severity, f.Severity, "%s", f.Code)
		seen[f.Code] = true
	}
	assert.Len(t, seen, len(all), "every rule fires once in this text: %v", l.Codes())
	// Rules returns a copy.
	rules[0].Severity = finding.Info
	assert.Equal(t, finding.Error, Rules()[0].Severity)
}
