package examples_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
	"github.com/cchc-go/cchc/tthc"
)

// The provincial roll-up: Sở Nội vụ tỉnh An Giang sums the quý III reports of
// three districts (made up, like their figures) with reform.Aggregate. Counts
// add; every rate of the roll-up is derived again from the summed counts,
// never averaged from the units' rates; the figures a unit declared belong to
// its own report and are dropped.
var rollupUnits = []string{"district-an-thanh.json", "district-phu-hung.json", "district-tan-lap.json"}

const rollupStem = "rollup-quy-III-2024"

// rollupHeader and rollupPeriod are the roll-up's own header and period.
func rollupHeader() reform.Header {
	return reform.Header{
		ParentAgency: "Ủy ban nhân dân tỉnh An Giang",
		Agency:       "Sở Nội vụ",
		AgencyCode:   "SNV",
		Number:       "1987/BC-SNV",
		Place:        "An Giang",
		Date:         reform.NewDate(2024, 9, 30),
		Subject:      "Tổng hợp kết quả công tác cải cách hành chính cấp huyện quý III năm 2024",
		SentTo:       "Ủy ban nhân dân tỉnh",
	}
}

func rollupPeriod() reform.Period { return reform.Period{Kind: reform.Quarter, Year: 2024, N: 3} }

// districtCatalogue is the catalogue of procedures under the districts'
// authority, the same list for every district of the province: 283 =
// 98 toàn trình + 143 một phần + 42 chỉ cung cấp thông tin.
func districtCatalogue() (*tthc.Catalogue, *digital.Services) {
	full, partial, info, eligible := int64(98), int64(143), int64(42), int64(110)
	return &tthc.Catalogue{Online: &tthc.OnlineServices{Full: full, Partial: partial, InformationOnly: info, EligibleFull: &eligible}},
		&digital.Services{Online: &digital.Online{Full: &full, Partial: &partial, Information: &info}}
}

// provinceWording is the roll-up's wording: the sentences speak of the
// districts, not of the agency that sums them, and the dossier paragraph
// states the rates, since they are what the province compares.
func provinceWording() reform.Wording {
	w := reform.DefaultWording()
	w.Plan = "Tính đến thời điểm hiện tại, các huyện đã hoàn thành {{.Done}}/{{.Planned}} nhiệm vụ theo kế hoạch cải cách hành chính năm 2024 của từng huyện" +
		"{{if .Rate}}, đạt tỷ lệ {{.Rate}}{{end}}."
	w.Procedures.Dossiers = "Kết quả giải quyết TTHC cấp huyện: các huyện tiếp nhận {{.Received}} hồ sơ; trong đó hồ sơ trực tuyến là {{.Online}}, " +
		"trực tiếp {{.InPerson}}, hồ sơ kỳ trước chuyển sang là {{.CarriedOver}}; tỷ lệ hồ sơ trực tuyến đạt {{.OnlineRate}}. " +
		"Số lượng hồ sơ đã giải quyết là {{.Resolved}} (trong đó {{.Early}} hồ sơ trước hạn, {{.OnTime}} hồ sơ đúng hạn, {{.Late}} hồ sơ quá hạn), " +
		"tỷ lệ giải quyết trước hạn, đúng hạn đạt {{.OnTimeRate}}; số lượng hồ sơ đang giải quyết là {{.Pending}} hồ sơ."
	return w
}

// rollup loads the units and rolls them up.
func rollup(t testing.TB) ([]*reform.Report, *reform.Report) {
	t.Helper()
	var units []*reform.Report
	for _, name := range rollupUnits {
		units = append(units, loadReport(t, name))
	}
	sum, fs := reform.Aggregate(rollupHeader(), rollupPeriod(), units, reform.AggregateOptions{})
	require.Empty(t, fs)
	return units, sum
}

func TestRollUp(t *testing.T) {
	t.Parallel()
	units, sum := rollup(t)

	// The units' own findings: Phú Hưng wrote its on-time rate cut off
	// (2.935/2.980 = 98,49…% written 98,4%); the other two agree with their
	// data.
	var unitCodes []finding.Code
	for _, u := range units {
		unitCodes = append(unitCodes, u.Validate().Codes()...)
	}
	assert.Equal(t, []finding.Code{"tthc.dossier.on_time_rate.truncated"}, unitCodes)

	// Counts add.
	c := sum.Results.Procedures.Dossiers.Counts
	assert.Equal(t, int64(4384+3025+1670), must(c.Received()))
	assert.Equal(t, int64(4133+2980+1650), must(c.Resolved()))
	assert.Equal(t, int64(12+45+0), c.Late)
	assert.Equal(t, int64(251+45+20), c.Pending)
	plan := sum.Direction.Plan
	assert.Equal(t, int64(31+38+20), plan.TasksDone)
	assert.Equal(t, int64(42+40+25), plan.TasksPlanned)
	// Declared figures are the units' own: none survives the roll-up.
	assert.Empty(t, plan.DeclaredRate)
	assert.Zero(t, sum.Results.Procedures.Dossiers.Declared)

	// Rates are derived from the sums and differ from the mean of the units'
	// rates, which a spreadsheet that averages the column would print.
	pooledOnTime, err := vn.Percent(must(c.EarlyOrOnTime()), must(c.Resolved()), 1)
	require.NoError(t, err)
	assert.Equal(t, "99,3%", pooledOnTime) // 8.706/8.763
	assert.Equal(t, "99,4%", meanRate(t, units, func(u *reform.Report) (int64, int64) {
		d := u.Results.Procedures.Dossiers.Counts
		return must(d.EarlyOrOnTime()), must(d.Resolved())
	}))
	pooledPlan, err := vn.Percent(plan.TasksDone, plan.TasksPlanned, 1)
	require.NoError(t, err)
	assert.Equal(t, "83,2%", pooledPlan) // 89/107
	assert.Equal(t, "82,9%", meanRate(t, units, func(u *reform.Report) (int64, int64) {
		return u.Direction.Plan.TasksDone, u.Direction.Plan.TasksPlanned
	}))
	email := sum.Results.Digital.Email
	require.NotNil(t, email.Staff)
	require.NotNil(t, email.WithEmail)
	assert.Equal(t, int64(186+154+120), *email.Staff)
	assert.Equal(t, int64(182+154+118), *email.WithEmail)

	// The districts share one catalogue, a set and not a count: the roll-up
	// takes it once (283 procedures, not 3 × 283 = 849), and the procedures
	// by level of II.6 likewise.
	wantCatalogue, wantServices := districtCatalogue()
	assert.Equal(t, wantCatalogue, sum.Results.Procedures.Catalogue)
	assert.Equal(t, wantServices, sum.Results.Digital.Services)
	total, ok := sum.Results.Procedures.Catalogue.Total()
	require.True(t, ok)
	assert.Equal(t, int64(283), total)
	// AggregateOptions{Narrative: false} leaves out the units' narrative of
	// II.6 (digital.Systems: An Thạnh's "IOC của huyện; 13/13 xã").
	if sum.Results.Digital.Systems != nil {
		t.Errorf("the units' II.6 narrative reached the roll-up: %v", sum.Results.Digital.Systems)
	}
	provincePart(sum)
	// The roll-up has no declared figure left to disagree with its data.
	assert.Empty(t, sum.Validate())

	d, err := sum.DocumentWith(provinceWording())
	require.NoError(t, err)
	out := renderAll(t, rollupStem, d)
	txt := textLines(t, d)
	for _, want := range []string{
		"ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSỞ NỘI VỤ\n",
		"Tổng hợp kết quả công tác cải cách hành chính cấp huyện quý III năm 2024",
		"các huyện đã hoàn thành 89/107 nhiệm vụ",
		"đạt tỷ lệ " + pooledPlan,
		"các huyện tiếp nhận 9.079 hồ sơ",
		"tỷ lệ hồ sơ trực tuyến đạt 56%", // 4.965/8.868 = 55,99…%
		"tỷ lệ giải quyết trước hạn, đúng hạn đạt " + pooledOnTime,
		"thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp huyện: Tổng số thủ tục là 283",
		"98,7% công chức, viên chức (454/460)",
	} {
		assert.Contains(t, txt, want)
	}
	assert.NotContains(t, txt, "99,4%")
	assert.NotContains(t, txt, "82,9%")
	assert.NotContains(t, txt, "Sở Nội vụ đã")

	t.Run("real clients", func(t *testing.T) {
		_, pdf := checkDOCX(t, rollupStem, out["docx"])
		flat := squash(pdf)
		for _, want := range []string{"SỞNỘIVỤ", "Số:1987/BC-SNV", "89/107", "đạttỷlệ83,2%", "PhạmVănThành"} {
			assert.Contains(t, flat, want)
		}
	})
}

// TestRollUpPeriod shows that a unit of another period is not added: the
// reference report covers 11 months of 2024, not quý III.
func TestRollUpPeriod(t *testing.T) {
	units, _ := rollup(t)
	units = append(units, loadReport(t, referenceJSON))
	sum, fs := reform.Aggregate(rollupHeader(), rollupPeriod(), units, reform.AggregateOptions{})
	require.Len(t, fs, 1)
	assert.Equal(t, reform.CodeAggregatePeriod, fs[0].Code)
	assert.Equal(t, "units[3].period", fs[0].Path)
	assert.Equal(t, int64(89), sum.Direction.Plan.TasksDone, "Sở Tư pháp's 33 tasks are not added")
}

// meanRate is the average of the units' rates, each rounded as its report
// would print it: what a roll-up must not print.
func meanRate(t testing.TB, units []*reform.Report, figures func(*reform.Report) (num, den int64)) string {
	t.Helper()
	sum := decimal.Zero
	for _, u := range units {
		num, den := figures(u)
		r, err := vn.Rate(num, den, 1)
		require.NoError(t, err)
		sum = sum.Add(r)
	}
	return vn.PercentValue(sum.Div(decimal.NewFromInt(int64(len(units)))), 1)
}

// TestRollUpFromFrame builds the same roll-up from data alone, as "cchc
// aggregate --frame testdata/rollup/frame.json --wording
// testdata/rollup/wording.json" does: the frame (the roll-up's header,
// period, closing and own parts) is laid over the sum of the units, and the
// wording file changes the two sentences provinceWording changes. The
// document equals the one TestRollUp builds in Go, so the command's output
// is this example's golden files (cmd/cchc tests it).
func TestRollUpFromFrame(t *testing.T) {
	t.Parallel()
	units, _ := rollup(t)
	frameData, err := os.ReadFile(filepath.Join("testdata", "rollup", "frame.json"))
	require.NoError(t, err)
	frame, err := reform.Decode(frameData)
	require.NoError(t, err)
	sum, fs := reform.Aggregate(frame.Header, frame.Period, units, reform.AggregateOptions{})
	require.Empty(t, fs)
	require.NoError(t, reform.DecodeOptions{}.DecodeOver(sum, frameData))
	assert.Empty(t, sum.Validate())

	wordingData, err := os.ReadFile(filepath.Join("testdata", "rollup", "wording.json"))
	require.NoError(t, err)
	w, err := reform.DecodeWording(wordingData)
	require.NoError(t, err)
	assert.Equal(t, provinceWording(), w)

	got, err := sum.DocumentWith(w)
	require.NoError(t, err)
	want := goRollUpDocument(t)
	assert.Empty(t, cmp.Diff(want, got))
}

// provincePart writes in Go what the roll-up says itself: the catalogue the
// districts share (which Aggregate has already taken once from the units;
// the frame states it too, as a roll-up of units with different catalogues
// must), the names its sentences use (the
// figures are the districts', Aggregate names the sections after the
// roll-up's agency), its basis, assessment and closing.
func provincePart(sum *reform.Report) {
	sum.Results.Procedures.Catalogue, sum.Results.Digital.Services = districtCatalogue()
	sum.Results.Procedures.Unit, sum.Results.Procedures.UnitShort = "Ủy ban nhân dân cấp huyện", "các huyện"
	sum.Results.Digital.Agency = "Ủy ban nhân dân cấp huyện"
	sum.Basis = &doc.Narrative{Text: "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về việc tổng hợp kết quả công tác cải cách hành chính cấp huyện."}
	sum.Assessment = &reform.Assessment{Weaknesses: reform.Text{{Paragraph: &doc.Narrative{
		Text: "Tỷ lệ hồ sơ trực tuyến của các huyện chưa đồng đều; còn 57 hồ sơ giải quyết quá hạn, tập trung ở lĩnh vực đất đai."}}}}
	sum.Closing = reform.Closing{
		Recipients: []string{"Ủy ban nhân dân tỉnh", "Giám đốc, các Phó Giám đốc Sở", "UBND các huyện An Thạnh, Phú Hưng, Tân Lập"},
		Archive:    "VT, CCHC",
		Signer:     reform.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Title: "Phó Giám đốc", Name: "Phạm Văn Thành"},
	}
}

// goRollUpDocument is the document of TestRollUp, built in Go.
func goRollUpDocument(t *testing.T) *doc.Document {
	t.Helper()
	_, sum := rollup(t)
	provincePart(sum)
	d, err := sum.DocumentWith(provinceWording())
	require.NoError(t, err)
	return d
}
