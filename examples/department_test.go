package examples_test

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// A department's own report: Sở Y tế tỉnh An Giang reports on 9 tháng đầu
// năm 2024 (made-up figures) with the module as it is, and adapts it in the
// three ways the SDK offers, none of which forks it:
//   - a section of its own written in Go (healthID, the Đề án 06 work in
//     hospitals) with its own figures, text and checks, placed with
//     Report.Insert; and a narrative section of its own in the interchange
//     format (the "extra" of the JSON: inspections of private practices);
//   - rules of its own: a target the department must reach (Checker.Extra)
//     and the module's rules trimmed and re-graded (Checker.Rules);
//   - wording of its own for a generated paragraph (DocumentWith).
const (
	departmentJSON = "department-so-y-te.json"
	departmentStem = "department-so-y-te"
)

// The codes of the department's own checks, documented in healthRules.
const (
	codeHealthIDFacilities finding.Code = "syt.health_id.facilities"
	codeHealthIDVisits     finding.Code = "syt.health_id.visits"
	codeHealthIDRate       finding.Code = "syt.health_id.rate"
	codeHealthIDDeclared   finding.Code = "syt.health_id.declared"
	codeOnlineTarget       finding.Code = "syt.dossier.online_target"
)

// healthRules is the catalogue of the department's codes, kept beside the
// module's (reform.Rules) so that every finding of its reports is documented.
func healthRules() finding.Catalogue {
	return finding.Catalogue{
		{Code: codeHealthIDFacilities, Severity: finding.Error,
			Summary: "Số cơ sở triển khai vượt quá số cơ sở khám bệnh, chữa bệnh công lập.",
			Doc:     "Facilities with cashless payment or chip-ID check-in are among the public facilities."},
		{Code: codeHealthIDVisits, Severity: finding.Error,
			Summary: "Số lượt khám bằng căn cước công dân vượt quá tổng số lượt khám bảo hiểm y tế.",
			Doc:     "Visits checked in with the chip ID card are among the health-insurance visits."},
		{Code: codeHealthIDRate, Severity: finding.Error,
			Summary: "Tỷ lệ lượt khám bằng căn cước công dân ghi trong báo cáo khác tỷ lệ tính từ số liệu.",
			Doc:     "The stated share of chip-ID visits against visits by ID / visits, rounded half-up at the stated precision."},
		{Code: finding.TruncatedCode(codeHealthIDRate), Severity: finding.Warning,
			Summary: "Tỷ lệ lượt khám bằng căn cước công dân bị cắt bớt chữ số thay vì làm tròn.",
			Doc:     "The stated share is the derived one truncated instead of rounded."},
		{Code: codeHealthIDDeclared, Severity: finding.Error,
			Summary: "Tỷ lệ ghi trong báo cáo không đọc được.",
			Doc:     "A stated share must be a Vietnamese percentage such as \"62,4%\"."},
		{Code: codeOnlineTarget, Severity: finding.Warning,
			Summary: "Tỷ lệ hồ sơ trực tuyến chưa đạt chỉ tiêu của ngành.",
			Doc:     "The department's target: at least half of the dossiers received in the period are received online."},
	}
}

// healthID is Sở Y tế's own section (mục do đơn vị bổ sung): Đề án 06 in
// public hospitals, cashless payment and check-in with the chip ID card
// (căn cước công dân gắn chíp) for health-insurance visits. It implements
// reform.Section; the JSON names below are the paths of its findings.
type healthID struct {
	// Facilities is the number of public health facilities.
	Facilities int64 `json:"facilities"`
	// Cashless is the number offering cashless payment.
	Cashless int64 `json:"cashless"`
	// ChipID is the number checking patients in with the chip ID card.
	ChipID int64 `json:"chip_id"`
	// Visits is the number of health-insurance visits of the period.
	Visits int64 `json:"visits"`
	// VisitsByID is the number of those checked in with the chip ID card.
	VisitsByID int64 `json:"visits_by_id"`
	// DeclaredRate is the share of VisitsByID the report states, as written.
	DeclaredRate string `json:"declared_rate"`
}

func (h *healthID) Key() string { return "health_id" }

func (h *healthID) Title() string {
	return "Triển khai Đề án 06 trong khám bệnh, chữa bệnh"
}

// Blocks writes the section with every figure from the data: the rate is
// derived, at the precision of the stated one.
func (h *healthID) Blocks() ([]doc.Block, error) {
	f := vn.DefaultFormat()
	if _, places, err := vn.ParsePercent(h.DeclaredRate); err == nil {
		f.Places = places
	}
	rate, err := f.Percent(h.VisitsByID, h.Visits)
	if err != nil {
		return nil, fmt.Errorf("health_id: %w", err)
	}
	return []doc.Block{
		doc.P(doc.Plain(fmt.Sprintf("Toàn ngành có %s cơ sở khám bệnh, chữa bệnh công lập; %s cơ sở đã triển khai thanh toán viện phí "+
			"không dùng tiền mặt, %s cơ sở tiếp nhận người bệnh bảo hiểm y tế bằng căn cước công dân gắn chíp.",
			f.Count(h.Facilities), f.Ratio(h.Cashless, h.Facilities), f.Ratio(h.ChipID, h.Facilities)))),
		doc.P(doc.Plain(fmt.Sprintf("Trong kỳ có %s lượt khám bệnh, chữa bệnh bảo hiểm y tế, trong đó %s lượt sử dụng căn cước công dân "+
			"gắn chíp thay cho thẻ bảo hiểm y tế (đạt tỷ lệ %s).", vn.Int(h.Visits), vn.Int(h.VisitsByID), rate))),
	}, nil
}

// Validate checks the section with the module's check helpers, so that its
// messages read like the module's.
func (h *healthID) Validate() finding.List {
	var l finding.List
	if f, ok := finding.AtMost(finding.Subject{Code: codeHealthIDFacilities, Path: "cashless", Related: []string{"facilities"},
		Label: "số cơ sở thanh toán không dùng tiền mặt"}, h.Cashless, h.Facilities); ok {
		l.Add(f)
	}
	if f, ok := finding.AtMost(finding.Subject{Code: codeHealthIDFacilities, Path: "chip_id", Related: []string{"facilities"},
		Label: "số cơ sở tiếp nhận bằng căn cước công dân"}, h.ChipID, h.Facilities); ok {
		l.Add(f)
	}
	if f, ok := finding.AtMost(finding.Subject{Code: codeHealthIDVisits, Path: "visits_by_id", Related: []string{"visits"},
		Label: "số lượt khám bằng căn cước công dân"}, h.VisitsByID, h.Visits); ok {
		l.Add(f)
	}
	if h.DeclaredRate != "" {
		stated, places, err := vn.ParsePercent(h.DeclaredRate)
		if err != nil {
			l.Add(finding.Finding{Code: codeHealthIDDeclared, Severity: finding.Error, Path: "declared_rate",
				Message: fmt.Sprintf("Tỷ lệ lượt khám bằng căn cước công dân ghi “%s” không đọc được: %v.", h.DeclaredRate, err)})
		} else if _, f, ok := finding.CheckRate(finding.Subject{Code: codeHealthIDRate, Path: "declared_rate",
			Related: []string{"visits_by_id", "visits"}, Label: "tỷ lệ lượt khám bằng căn cước công dân"},
			stated, places, h.VisitsByID, h.Visits); ok {
			l.Add(f)
		}
	}
	return l
}

// onlineTarget is the department's rule: at least target percent of the
// dossiers received in the period are received online.
func onlineTarget(target int64) reform.Rule {
	return reform.Rule{Code: codeOnlineTarget, Check: func(r *reform.Report) finding.List {
		if r.Results == nil || r.Results.Procedures == nil || r.Results.Procedures.Dossiers == nil {
			return nil
		}
		c := r.Results.Procedures.Dossiers.Counts
		inPeriod, err := c.ReceivedInPeriod()
		if err != nil {
			return nil // counts above finding.MaxCount: the field rules report them
		}
		share, err := vn.Rate(c.Online, inPeriod, 1)
		if err != nil || !share.LessThan(decimal.NewFromInt(target)) {
			return nil
		}
		return finding.List{{Code: codeOnlineTarget, Severity: finding.Warning, Path: "results.procedures.dossiers.online",
			Related: []string{"results.procedures.dossiers.in_person"},
			Values:  []finding.Value{{Name: "share", Value: share.String()}, {Name: "target", Value: fmt.Sprint(target)}},
			Message: fmt.Sprintf("Tỷ lệ hồ sơ tiếp nhận trực tuyến là %s (%s/%s), chưa đạt chỉ tiêu %d%% của ngành Y tế.",
				vn.PercentValue(share, 1), vn.Int(c.Online), vn.Int(inPeriod), target)}}
	}}
}

// departmentChecker is Sở Y tế's checker: the module's rules without the
// style notes on dates (its clerks keep their own date style), with a
// missing apology letter raised to a warning (the department requires one
// for every late dossier), plus its online target.
func departmentChecker() reform.Checker {
	return reform.Checker{
		Rules: finding.RuleSet{}.
			Disable("citation.date.style").
			Override("tthc.dossier.apology.missing", finding.Warning),
		Extra: []reform.Rule{onlineTarget(50)},
	}
}

// departmentWording is Sở Y tế's wording of the dossier paragraph: it states
// the shares its director asks for.
func departmentWording() reform.Wording {
	w := reform.DefaultWording()
	w.Procedures.Dossiers = "Kết quả giải quyết TTHC: {{.Unit}} tiếp nhận {{.Received}} hồ sơ, trong đó {{.Online}} hồ sơ trực tuyến " +
		"(chiếm {{.OnlineRate}} số hồ sơ mới tiếp nhận), {{.InPerson}} hồ sơ trực tiếp và {{.CarriedOver}} hồ sơ kỳ trước chuyển sang. " +
		"Đã giải quyết {{.Resolved}} hồ sơ, trong đó {{.Early}} hồ sơ trước hạn, {{.OnTime}} hồ sơ đúng hạn và {{.Late}} hồ sơ quá hạn " +
		"(tỷ lệ giải quyết trước hạn, đúng hạn đạt {{.OnTimeRate}}); đang giải quyết {{.Pending}} hồ sơ."
	return w
}

// departmentReport loads the department's report and inserts its own
// section after II.2.
func departmentReport(t testing.TB) *reform.Report {
	t.Helper()
	r := loadReport(t, departmentJSON)
	require.NoError(t, r.Insert("II.2", &healthID{
		Facilities: 24, Cashless: 24, ChipID: 22,
		Visits: 1254300, VisitsByID: 783115, DeclaredRate: "62,5%",
	}))
	return r
}

func TestDepartmentReport(t *testing.T) {
	t.Parallel()
	r := departmentReport(t)

	type row struct {
		sev  finding.Severity
		code finding.Code
		path string
	}
	rows := func(l finding.List) []row {
		var out []row
		for _, f := range l {
			out = append(out, row{f.Severity, f.Code, f.Path})
		}
		return out
	}

	// The module's checker already runs the section's own checks:
	// 783.115/1.254.300 = 62,43…%, so the stated 62,5% is neither rounded
	// nor cut off. It notes the plan's date written 05/03/2024, and 5
	// apology letters for 8 late dossiers.
	assert.ElementsMatch(t, []row{
		{finding.Info, "tthc.dossier.apology.missing", "results.procedures.dossiers.apology_letters"},
		{finding.Info, "citation.date.style", "direction.plan.text.text[22:204]"},
		{finding.Error, codeHealthIDRate, "custom.health_id.declared_rate"},
	}, rows(r.Validate()))

	// The department's checker drops the date note, raises the apology to a
	// warning and adds its target: 2.130 of the 4.590 dossiers received in
	// the period came online, 46,4% < 50%.
	got := departmentChecker().Validate(r)
	assert.ElementsMatch(t, []row{
		{finding.Warning, "tthc.dossier.apology.missing", "results.procedures.dossiers.apology_letters"},
		{finding.Error, codeHealthIDRate, "custom.health_id.declared_rate"},
		{finding.Warning, codeOnlineTarget, "results.procedures.dossiers.online"},
	}, rows(got))
	target := got.WithCode(codeOnlineTarget)
	require.Len(t, target, 1)
	share, _ := target[0].Value("share")
	assert.Equal(t, "46.4", share)
	rate := got.WithCode(codeHealthIDRate)
	require.Len(t, rate, 1)
	computed, _ := rate[0].Value("computed")
	assert.Equal(t, "62.4", computed)

	// Every code is documented: the module's catalogue and the department's.
	rules := reform.Rules().Merge(healthRules())
	require.NoError(t, healthRules().Validate())
	for _, f := range got {
		_, ok := rules.Lookup(f.Code)
		assert.True(t, ok, "code %s is not documented", f.Code)
	}

	d, err := r.DocumentWith(departmentWording())
	require.NoError(t, err)
	out := renderAll(t, departmentStem, d)
	txt := textLines(t, d)
	for _, want := range []string{
		"ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSỞ Y TẾ\n",
		"Công tác cải cách hành chính 9 tháng đầu năm 2024",
		// The department's section follows II.2 as its sub-item 2, with the
		// derived rate; the JSON's extra section follows II.6.
		"\n2. Triển khai Đề án 06 trong khám bệnh, chữa bệnh\n",
		"24/24 cơ sở đã triển khai thanh toán viện phí không dùng tiền mặt, 22/24 cơ sở",
		"trong đó 783.115 lượt sử dụng căn cước công dân gắn chíp thay cho thẻ bảo hiểm y tế (đạt tỷ lệ 62,4%)",
		"\n3. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số\n",
		"\n4. Công tác thanh tra, kiểm tra hành nghề y, dược tư nhân\n",
		// The department's wording of the dossier paragraph.
		"2.130 hồ sơ trực tuyến (chiếm 46,4% số hồ sơ mới tiếp nhận)",
		"(tỷ lệ giải quyết trước hạn, đúng hạn đạt 99,8%)",
		"KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Thu Hà",
	} {
		assert.Contains(t, txt, want)
	}
	assert.NotContains(t, txt, "62,5%", "the text prints the derived rate, not the stated one")

	t.Run("real clients", func(t *testing.T) {
		_, pdf := checkDOCX(t, departmentStem, out["docx"])
		flat := squash(pdf)
		for _, want := range []string{"SỞYTẾ", "Số:2315/BC-SYT", "2.TriểnkhaiĐềán06trongkhámbệnh,chữabệnh", "(đạttỷlệ62,4%)", "NguyễnThịThuHà"} {
			assert.Contains(t, flat, want)
		}
	})
}

// TestDepartmentSectionChecks runs the department's section checks on
// impossible figures, so that they are seen to fire.
func TestDepartmentSectionChecks(t *testing.T) {
	tests := []struct {
		name string
		h    healthID
		want []finding.Code
	}{
		{"consistent", healthID{Facilities: 24, Cashless: 24, ChipID: 22, Visits: 1000, VisitsByID: 624, DeclaredRate: "62,4%"}, nil},
		{"more facilities than exist", healthID{Facilities: 24, Cashless: 25, ChipID: 26, Visits: 10, VisitsByID: 1},
			[]finding.Code{codeHealthIDFacilities, codeHealthIDFacilities}},
		{"more ID visits than visits", healthID{Facilities: 1, Visits: 10, VisitsByID: 11}, []finding.Code{codeHealthIDVisits}},
		{"truncated rate", healthID{Facilities: 1, Visits: 3, VisitsByID: 2, DeclaredRate: "66,6%"}, []finding.Code{finding.TruncatedCode(codeHealthIDRate)}},
		{"unreadable rate", healthID{Facilities: 1, Visits: 3, VisitsByID: 2, DeclaredRate: "hai phần ba"}, []finding.Code{codeHealthIDDeclared}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.h.Validate().Codes()
			if len(tt.want) == 0 {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
