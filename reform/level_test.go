package reform_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
)

// communeReport is a commune's report on the two-level structure: quý III năm
// 2025, signed by a Phó Chủ tịch without authority lines.
func communeReport() *reform.Report {
	return &reform.Report{
		Header: reform.Header{Level: reform.LevelCommune, Agency: "Ủy ban nhân dân xã Bình Hòa", AgencyCode: "UBND",
			Number: "125/BC-UBND", Place: "Bình Hòa", Date: reform.NewDate(2025, 9, 18), SentTo: "Sở Nội vụ"},
		Period:  reform.Period{Kind: reform.Quarter, Year: 2025, N: 3},
		Closing: reform.Closing{Recipients: []string{"Sở Nội vụ"}, Archive: "VT, VP", Signer: reform.Signer{Title: "Phó Chủ tịch", Name: "Nguyễn Văn Bình"}},
	}
}

func TestHeaderName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sở Tư pháp", "Sở Tư pháp"},
		{"Ủy ban nhân dân\nxã Bình Hòa", "Ủy ban nhân dân xã Bình Hòa"},
		{"Ủy ban nhân dân \r\n\r\n  xã Bình Hòa", "Ủy ban nhân dân xã Bình Hòa"},
		{"  spaces kept without a break ", "  spaces kept without a break "},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, reform.Header{Agency: tt.in}.Name(), "%q", tt.in)
	}
}

// TestLevelDecidesTheHeader lays reports of each level out: the level
// decides the header lines and the signer's usual authority; a report
// without a level is laid out as it always was.
func TestLevelDecidesTheHeader(t *testing.T) {
	tests := []struct {
		name            string
		level           reform.Level
		parent, agency  string
		title           string
		authority       []string
		wantParent      string
		wantIssuer      string
		wantAuthority   []string
		wantSignerTitle string
	}{
		{"province", reform.LevelProvince, "", "Ủy ban nhân dân tỉnh An Giang", "Chủ tịch", nil,
			"", "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG", []string{"TM. ỦY BAN NHÂN DÂN"}, "CHỦ TỊCH"},
		{"department", reform.LevelDepartment, "Ủy ban nhân dân tỉnh An Giang", "Sở Tư pháp", "Phó Giám đốc", nil,
			"UBND TỈNH AN GIANG", "SỞ TƯ PHÁP", []string{"KT. GIÁM ĐỐC"}, "PHÓ GIÁM ĐỐC"},
		{"department head", reform.LevelDepartment, "Ủy ban nhân dân tỉnh An Giang", "Sở Nông nghiệp và Môi trường", "Giám đốc", nil,
			"UBND TỈNH AN GIANG", "SỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG", nil, "GIÁM ĐỐC"},
		{"district", reform.LevelDistrict, "", "Ủy ban nhân dân huyện An Thạnh", "Phó Chủ tịch", nil,
			"", "ỦY BAN NHÂN DÂN\nHUYỆN AN THẠNH", []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, "PHÓ CHỦ TỊCH"},
		{"commune", reform.LevelCommune, "", "Ủy ban nhân dân xã Bình Hòa", "Phó Chủ tịch", nil,
			"", "ỦY BAN NHÂN DÂN\nXÃ BÌNH HÒA", []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, "PHÓ CHỦ TỊCH"},
		{"commune written UBND", reform.LevelCommune, "", "UBND phường Long Xuyên", "Chủ tịch", nil,
			"", "ỦY BAN NHÂN DÂN\nPHƯỜNG LONG XUYÊN", []string{"TM. ỦY BAN NHÂN DÂN"}, "CHỦ TỊCH"},
		{"explicit breaks win", reform.LevelCommune, "", "Ủy ban nhân dân xã\nBình Hòa", "Chủ tịch", nil,
			"", "ỦY BAN NHÂN DÂN XÃ\nBÌNH HÒA", []string{"TM. ỦY BAN NHÂN DÂN"}, "CHỦ TỊCH"},
		{"given authority wins", reform.LevelCommune, "", "Ủy ban nhân dân xã Bình Hòa", "Chánh Văn phòng", []string{"TM. Ủy ban nhân dân", "TL. Chủ tịch"},
			"", "ỦY BAN NHÂN DÂN\nXÃ BÌNH HÒA", []string{"TM. ỦY BAN NHÂN DÂN", "TL. CHỦ TỊCH"}, "CHÁNH VĂN PHÒNG"},
		{"no level: as written, on one line", "", "Ủy ban nhân dân tỉnh An Giang", "Sở Tư pháp", "Phó Giám đốc", nil,
			"ỦY BAN NHÂN DÂN TỈNH AN GIANG", "SỞ TƯ PHÁP", nil, "PHÓ GIÁM ĐỐC"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := minimal()
			r.Header.Level, r.Header.ParentAgency, r.Header.Agency = tt.level, tt.parent, tt.agency
			r.Closing.Signer.Title, r.Closing.Signer.Authority = tt.title, tt.authority
			l := lay(t, r)
			assert.Equal(t, tt.wantParent, l.Header.ParentAgency)
			assert.Equal(t, tt.wantIssuer, l.Header.IssuingAgency)
			assert.Equal(t, tt.wantAuthority, l.Closing.Authority)
			assert.Equal(t, tt.wantSignerTitle, l.Closing.Title)
		})
	}
}

// TestAgencyBreakStaysInTheHeader: a line break typed in the agency's name
// breaks the header there, and is a space wherever the text names the
// unit: the opening, the plan, the closing sentence, the appendix line.
func TestAgencyBreakStaysInTheHeader(t *testing.T) {
	r := communeReport()
	r.Header.Agency = "Ủy ban nhân dân\nxã Bình Hòa"
	r.Direction = &reform.Direction{Plan: &reform.Plan{TasksPlanned: 20, TasksDone: 18}}
	r.Appendices = []reform.Appendix{{Title: "Số liệu", Table: &reform.Table{Columns: []string{"A"}, Rows: [][]string{{"1"}}}}}
	l := lay(t, r)
	assert.Equal(t, "ỦY BAN NHÂN DÂN\nXÃ BÌNH HÒA", l.Header.IssuingAgency)
	var body []string
	for _, p := range l.Body {
		body = append(body, doc.PlainText(p.Spans))
	}
	text := strings.Join(body, "\n")
	assert.Contains(t, text, "Ủy ban nhân dân xã Bình Hòa báo cáo công tác cải cách hành chính quý III năm 2025")
	assert.Contains(t, text, "Ủy ban nhân dân xã Bình Hòa đã hoàn thành 18/20 nhiệm vụ")
	assert.Contains(t, text, "của Ủy ban nhân dân xã Bình Hòa gửi đến Sở Nội vụ")
	assert.NotContains(t, text, "dân\nxã")
	require.Len(t, l.Appendices, 1)
	assert.Equal(t, "(Kèm theo Báo cáo số 125/BC-UBND ngày 18/9/2025 của Ủy ban nhân dân xã Bình Hòa)", l.Appendices[0].Reference)
}

func TestLevelAuthority(t *testing.T) {
	tests := []struct {
		level reform.Level
		title string
		want  []string
	}{
		{reform.LevelProvince, "Chủ tịch", []string{"TM. ỦY BAN NHÂN DÂN"}},
		{reform.LevelCommune, "Phó Chủ tịch", []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}},
		{reform.LevelDistrict, "phó  chủ tịch", []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}},
		{reform.LevelDepartment, "Giám đốc", nil},
		{reform.LevelDepartment, "Phó Giám đốc", []string{"KT. GIÁM ĐỐC"}},
		{reform.LevelDepartment, "Phó Trưởng ban", []string{"KT. TRƯỞNG BAN"}},
		{reform.LevelDepartment, "Phó Giám đốc phụ trách", nil},
		{reform.LevelProvince, "Phó Chủ tịch Thường trực", []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}},
		{reform.LevelCommune, "Chánh Văn phòng", []string{"TM. ỦY BAN NHÂN DÂN"}},
		{"", "Phó Giám đốc", nil},
		{"ward", "Phó Chủ tịch", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.level.Authority(tt.title), "%s %s", tt.level, tt.title)
	}
}

// TestCheckLevel runs the checks of the level: each finding is the one
// expected at its path, and a report without a level is not checked.
func TestCheckLevel(t *testing.T) {
	type want struct {
		code finding.Code
		sev  finding.Severity
		path string
	}
	tests := []struct {
		name   string
		change func(r *reform.Report)
		want   []want
	}{
		{"a commune as it should be", func(*reform.Report) {}, nil},
		{"a district in quý III năm 2025: the window 15/6–14/9/2025 runs past 01/7/2025", func(r *reform.Report) {
			r.Header.Level, r.Header.Agency = reform.LevelDistrict, "Ủy ban nhân dân huyện Châu Thành"
		}, []want{{reform.CodeLevelDistrict, finding.Error, "header.level"}}},
		{"a district in 6 tháng đầu năm 2025, dated 18/6/2025: fine", func(r *reform.Report) {
			r.Header.Level, r.Header.Agency = reform.LevelDistrict, "Ủy ban nhân dân huyện Châu Thành"
			r.Period, r.Header.Date = reform.Period{Kind: reform.HalfYear, Year: 2025}, reform.NewDate(2025, 6, 18)
		}, nil},
		{"a district report of 6 tháng đầu năm 2025 dated 02/7/2025", func(r *reform.Report) {
			r.Header.Level, r.Header.Agency = reform.LevelDistrict, "Ủy ban nhân dân huyện Châu Thành"
			r.Period, r.Header.Date = reform.Period{Kind: reform.HalfYear, Year: 2025}, reform.NewDate(2025, 7, 2)
		}, []want{{reform.CodeLevelDistrict, finding.Error, "header.level"}}},
		{"a thị trấn after 01/7/2025", func(r *reform.Report) {
			r.Header.Agency = "Ủy ban nhân dân thị trấn Phú Mỹ"
		}, []want{{reform.CodeLevelAgency, finding.Warning, "header.agency"}}},
		{"a thị trấn in quý II năm 2025", func(r *reform.Report) {
			r.Header.Agency = "Ủy ban nhân dân thị trấn Phú Mỹ"
			r.Period, r.Header.Date = reform.Period{Kind: reform.Quarter, Year: 2025, N: 2}, reform.NewDate(2025, 6, 18)
		}, nil},
		{"a special zone", func(r *reform.Report) { r.Header.Agency = "Ủy ban nhân dân đặc khu Phú Quốc" }, nil},
		{"a commune named like a department", func(r *reform.Report) { r.Header.Agency = "Văn phòng HĐND và UBND xã" },
			[]want{{reform.CodeLevelAgency, finding.Warning, "header.agency"}}},
		{"a department named like a committee, without its parent", func(r *reform.Report) {
			r.Header.Level = reform.LevelDepartment
			r.Closing.Signer = reform.Signer{Title: "Giám đốc", Name: "Trịnh Tuấn Ngọc"}
		}, []want{{reform.CodeLevelAgency, finding.Warning, "header.agency"}, {reform.CodeLevelParent, finding.Warning, "header.parent_agency"}}},
		{"a department signed TM.", func(r *reform.Report) {
			r.Header.Level, r.Header.ParentAgency, r.Header.Agency = reform.LevelDepartment, "Ủy ban nhân dân tỉnh An Giang", "Sở Tư pháp"
			r.Closing.Signer = reform.Signer{Authority: []string{"TM. Sở Tư pháp", "KT. Giám đốc"}, Title: "Phó Giám đốc", Name: "A"}
		}, []want{{reform.CodeLevelAuthority, finding.Warning, "closing.signer.authority"}}},
		{"a commune signed KT. GIÁM ĐỐC", func(r *reform.Report) {
			r.Closing.Signer.Authority = []string{"KT. GIÁM ĐỐC"}
		}, []want{{reform.CodeLevelAuthority, finding.Warning, "closing.signer.authority"}}},
		{"a commune signed TM. then KT. GIÁM ĐỐC", func(r *reform.Report) {
			r.Closing.Signer.Authority = []string{"TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC"}
		}, []want{{reform.CodeLevelAuthority, finding.Warning, "closing.signer.authority"}}},
		// Whether the lines suit the title is the closing's check
		// (reform.closing.authority.title), not the level's.
		{"a deputy without KT.: not the level's", func(r *reform.Report) {
			r.Closing.Signer.Authority = []string{"TM. ỦY BAN NHÂN DÂN"}
		}, nil},
		{"older mark placement", func(r *reform.Report) {
			r.Closing.Signer.Authority = []string{"TM. Uỷ ban nhân dân", "KT. Chủ tịch"}
		}, nil},
		{"the usual lines, written by hand", func(r *reform.Report) {
			r.Closing.Signer.Authority = []string{"TM. Ủy ban nhân dân", "KT.  Chủ tịch"}
		}, nil},
		{"by order of the chairman", func(r *reform.Report) {
			r.Closing.Signer = reform.Signer{Authority: []string{"TM. ỦY BAN NHÂN DÂN", "TL. CHỦ TỊCH"}, Title: "Chánh Văn phòng", Name: "A"}
		}, nil},
		{"no level: nothing is checked", func(r *reform.Report) {
			r.Header.Level, r.Header.Agency = "", "Sở Tư pháp"
			r.Closing.Signer.Authority = []string{"KT. GIÁM ĐỐC"}
		}, nil},
		{"an unknown level is a field rule's", func(r *reform.Report) { r.Header.Level = "ward" },
			[]want{{"field.oneof", finding.Error, "header.level"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := communeReport()
			tt.change(r)
			var got []want
			for _, f := range r.Validate() {
				if strings.HasPrefix(string(f.Code), "reform.header.level.") || f.Path == "header.level" {
					got = append(got, want{f.Code, f.Severity, f.Path})
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestCheckLevelMessages reads two messages in full: they say what is
// wrong and what is expected.
func TestCheckLevelMessages(t *testing.T) {
	r := communeReport()
	r.Header.Level, r.Header.Agency = reform.LevelDistrict, "Ủy ban nhân dân huyện Châu Thành"
	l := r.Validate().WithCode(reform.CodeLevelDistrict)
	require.Len(t, l, 1)
	assert.Equal(t, "Báo cáo quý III năm 2025 ngày 18/9/2025 được ghi là của cấp huyện, nhưng từ ngày 01/7/2025 chính quyền địa phương chỉ còn hai cấp (tỉnh, xã), không còn cấp huyện.", l[0].Message)
	assert.Equal(t, []string{"period", "header.date"}, l[0].Related)

	r = communeReport()
	r.Header.Agency = "Ủy ban nhân dân thị trấn Phú Mỹ"
	l = r.Validate().WithCode(reform.CodeLevelAgency)
	require.Len(t, l, 1)
	assert.Equal(t, "Tên cơ quan “Ủy ban nhân dân thị trấn Phú Mỹ” không phải tên Ủy ban nhân dân cấp xã trong kỳ báo cáo: cần dạng “Ủy ban nhân dân <xã, phường, đặc khu> <tên>” để tiêu đề ghi hai dòng “ỦY BAN NHÂN DÂN” và tên đơn vị hành chính.", l[0].Message)
}

// TestLevelRulesAreDocumented: every code of the level's checks is in the
// catalogue, with its severity.
func TestLevelRulesAreDocumented(t *testing.T) {
	for code, sev := range map[finding.Code]finding.Severity{
		reform.CodeLevelDistrict: finding.Error, reform.CodeLevelAgency: finding.Warning,
		reform.CodeLevelParent: finding.Warning, reform.CodeLevelAuthority: finding.Warning,
	} {
		r, ok := reform.Rules().Lookup(code)
		require.True(t, ok, code)
		assert.Equal(t, sev, r.Severity, code)
	}
}

// TestLevelFromJSON: the level travels as header.level; an unknown one is
// refused by the field rules, naming the path.
func TestLevelFromJSON(t *testing.T) {
	r, err := reform.Decode([]byte(`{"header": {"level": "commune", "agency": "Ủy ban nhân dân xã Bình Hòa", "agency_code": "UBND", "place": "Bình Hòa", "date": "2025-09-18"},
		"period": {"kind": "quarter", "year": 2025, "n": 3}, "closing": {"signer": {"title": "Chủ tịch", "name": "Nguyễn Văn Bình"}}}`))
	require.NoError(t, err)
	assert.Equal(t, reform.LevelCommune, r.Header.Level)
	out, err := r.Encode()
	require.NoError(t, err)
	assert.Contains(t, string(out), `"level": "commune"`)
}

// The level of a commune decides its header: two lines, "ỦY BAN NHÂN DÂN"
// and the commune, and the Phó Chủ tịch signs for the committee.
func ExampleLevel() {
	r := &reform.Report{
		Header: reform.Header{Level: reform.LevelCommune, Agency: "Ủy ban nhân dân xã Bình Hòa", AgencyCode: "UBND",
			Number: "125/BC-UBND", Place: "Bình Hòa", Date: reform.NewDate(2025, 9, 18)},
		Period:  reform.Period{Kind: reform.Quarter, Year: 2025, N: 3},
		Closing: reform.Closing{Signer: reform.Signer{Title: "Phó Chủ tịch", Name: "Nguyễn Văn Bình"}},
	}
	d, err := r.Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	l, err := doc.Lay(d)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l.Header.IssuingAgency)
	fmt.Println(strings.Join(l.Closing.Authority, "\n"))
	fmt.Println(l.Closing.Title)
	// Output:
	// ỦY BAN NHÂN DÂN
	// XÃ BÌNH HÒA
	// TM. ỦY BAN NHÂN DÂN
	// KT. CHỦ TỊCH
	// PHÓ CHỦ TỊCH
}

// FuzzLevelHeader puts any text in the names and the title of a report of
// each level: Document never fails on them unless the layout refuses a
// blank name, the header's names are clean lines, and the text names the
// unit on one line.
func FuzzLevelHeader(f *testing.F) {
	for _, s := range []string{"Ủy ban nhân dân xã Bình Hòa", "UBND tỉnh An Giang", "Ủy ban nhân dân\nxã", "Phó Chủ tịch", "uỷ ban nhân dân  phường  1", "\xff\r\n", ""} {
		f.Add(s, s, s)
	}
	f.Fuzz(func(t *testing.T, agency, parent, title string) {
		for _, level := range append(reform.Levels(), "") {
			r := communeReport()
			r.Header.Level, r.Header.Agency, r.Header.ParentAgency = level, agency, parent
			r.Closing.Signer.Title = title
			_ = r.Validate()
			d, err := r.Document()
			if err != nil {
				t.Fatalf("%s: Document: %v", level, err)
			}
			if strings.ContainsAny(r.Header.Name(), "\n\r") {
				t.Fatalf("Name(%q) = %q", agency, r.Header.Name())
			}
			l, err := doc.Lay(d)
			if err != nil {
				if doc.Blank(agency) || doc.Blank(title) {
					continue
				}
				t.Fatalf("%s: Lay: %v", level, err)
			}
			for _, line := range strings.Split(l.Header.IssuingAgency, "\n") {
				if level != "" && strings.TrimSpace(line) != line {
					t.Fatalf("%s: line %q of %q", level, line, agency)
				}
			}
		}
	})
}
