package reform_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/tthc"
)

// commune returns the quý III năm 2024 report of a commune: its plan, its
// dossiers, the province's catalogue of commune-level procedures (108 = 40
// toàn trình + 50 một phần + 18 information only, the same for every
// commune), its staff and women, its e-mail coverage. The short names of its
// sections are "Xã", as a commune writes them.
func commune(name string, f communeFigures) *reform.Report {
	full, partial, info := int64(40), int64(50), int64(18)
	p := &personnel.Section{}
	p.Organisation.Department = personnel.Department{Name: name, ShortName: "Xã", Staff: i64(f.staff)}
	p.CivilService.Gender.Groups = []personnel.Women{{Group: personnel.GroupDepartment, Women: i64(f.women)}}
	return &reform.Report{
		Header:    reform.Header{Agency: name, AgencyCode: "UBND", Place: "An Giang", Date: reform.NewDate(2024, 9, 20)},
		Period:    reform.Period{Kind: reform.Quarter, Year: 2024, N: 3},
		Direction: &reform.Direction{Plan: &reform.Plan{TasksPlanned: f.planned, TasksDone: f.done}},
		Results: &reform.Results{
			Procedures: &tthc.Section{Unit: name, UnitShort: "Xã",
				Catalogue: &tthc.Catalogue{Online: &tthc.OnlineServices{Full: full, Partial: partial, InformationOnly: info}},
				Dossiers: &tthc.Dossiers{Counts: tthc.Counts{Online: f.online, InPerson: f.inPerson, OnTime: f.onTime, Late: f.late,
					Pending: f.online + f.inPerson - f.onTime - f.late}}},
			Personnel: p,
			Digital: &digital.Section{Agency: name, Email: &digital.Email{Staff: i64(f.staff), WithEmail: i64(f.withEmail)},
				Services: &digital.Services{Online: &digital.Online{Full: i64(full), Partial: i64(partial), Information: i64(info)}}},
		},
	}
}

// communeFigures are the figures of a commune's report.
type communeFigures struct {
	planned, done                  int64
	online, inPerson, onTime, late int64
	staff, women, withEmail        int64
}

var quarterIII = reform.Period{Kind: reform.Quarter, Year: 2024, N: 3}

func districtHeader() reform.Header {
	return reform.Header{Agency: "Ủy ban nhân dân huyện Thoại Sơn", AgencyCode: "UBND", Place: "An Giang", Date: reform.NewDate(2024, 9, 25)}
}

func threeCommunes() []*reform.Report {
	return []*reform.Report{
		commune("Ủy ban nhân dân xã Bình Hòa", communeFigures{10, 9, 120, 80, 190, 4, 20, 8, 20}),
		commune("Ủy ban nhân dân xã Vĩnh Chánh", communeFigures{12, 12, 60, 90, 140, 0, 22, 10, 21}),
		commune("Ủy ban nhân dân xã Định Mỹ", communeFigures{8, 5, 30, 70, 92, 3, 18, 8, 18}),
	}
}

// TestAggregateNamesSectionsAfterTheRollUp: the personnel section of a
// roll-up is named after its agency like the procedures and digital ones, so
// the roll-up validates without field.required at
// results.personnel.organisation.department.name, and its sentences name the
// roll-up, not "Xã" (the short name every commune gave).
func TestAggregateNamesSectionsAfterTheRollUp(t *testing.T) {
	out, l := reform.Aggregate(districtHeader(), quarterIII, threeCommunes(), reform.AggregateOptions{})
	require.Empty(t, l)
	out.Closing = reform.Closing{Signer: reform.Signer{Title: "Chủ tịch", Name: "A"}}

	assert.NotContains(t, out.Validate().Codes(), finding.Code("field.required"), "%v", out.Validate())
	assert.Empty(t, out.Validate())
	d := out.Results.Personnel.Organisation.Department
	assert.Equal(t, "Ủy ban nhân dân huyện Thoại Sơn", d.Name)
	assert.Empty(t, d.ShortName, "the communes' short name is not the roll-up's")
	assert.Empty(t, out.Results.Procedures.UnitShort)

	txt := layoutText(lay(t, out))
	for _, want := range []string{
		"Ủy ban nhân dân huyện Thoại Sơn có 26/60 cán bộ nữ (đạt tỷ lệ 43,3%)",
		"Kết quả giải quyết TTHC: Ủy ban nhân dân huyện Thoại Sơn tiếp nhận 450 hồ sơ",
		"thuộc thẩm quyền giải quyết của Ủy ban nhân dân huyện Thoại Sơn: Tổng số thủ tục là 108",
	} {
		assert.Contains(t, txt, want)
	}
	assert.NotContains(t, txt, "Xã có")
	assert.NotContains(t, txt, "324", "the catalogue is taken once, not added")
}

// TestAggregateNamesCommunication: I.4 of the roll-up is organised by the
// roll-up's agency, not by the first unit (dissemination's Add keeps the
// first organiser), and a partner of the whole section stays only when every
// unit names the same.
func TestAggregateNamesCommunication(t *testing.T) {
	units := threeCommunes()
	for i, u := range units {
		u.Direction.Communication = &dissemination.Section{Organiser: u.Header.Agency,
			Events: dissemination.Events{Partner: "các ban, ngành, đoàn thể", Items: []dissemination.Event{{Kind: dissemination.KindClass, Count: int64(i + 1)}}},
			Media:  dissemination.Media{Partner: fmt.Sprintf("Đài truyền thanh xã số %d", i+1)}}
	}
	out, l := reform.Aggregate(districtHeader(), quarterIII, units, reform.AggregateOptions{})
	require.Empty(t, l)
	c := out.Direction.Communication
	assert.Equal(t, "Ủy ban nhân dân huyện Thoại Sơn", c.Organiser)
	assert.Equal(t, "các ban, ngành, đoàn thể", c.Events.Partner)
	assert.Empty(t, c.Media.Partner)
	assert.Len(t, c.Events.Items, 3)
}

// TestAggregateTakesTheCatalogueOnce: a catalogue is a set, not a count.
func TestAggregateTakesTheCatalogueOnce(t *testing.T) {
	online := func(full int64) *tthc.Catalogue {
		return &tthc.Catalogue{Online: &tthc.OnlineServices{Full: full, Partial: 50, InformationOnly: 18}}
	}
	for _, tc := range []struct {
		name     string
		edit     func(us []*reform.Report)
		want     *tthc.Catalogue
		services bool // the procedures of II.6 are taken once too
		codes    []finding.Code
	}{
		{name: "the same catalogue", edit: func([]*reform.Report) {}, want: online(40), services: true},
		{name: "a unit gives none", edit: func(us []*reform.Report) {
			us[1].Results.Procedures.Catalogue, us[1].Results.Digital.Services = nil, nil
		}, want: online(40), services: true},
		{name: "declared figures aside", edit: func(us []*reform.Report) {
			us[2].Results.Procedures.Catalogue.Declared = tthc.DeclaredCatalogue{Total: i64(108), FullRate: "37%"}
			us[2].Results.Digital.Services.Declared.Total = i64(108)
		}, want: online(40), services: true},
		{name: "catalogues differ", edit: func(us []*reform.Report) {
			us[2].Results.Procedures.Catalogue = online(41)
		}, want: nil, services: true, codes: []finding.Code{reform.CodeAggregateCatalogue}},
		{name: "services differ", edit: func(us []*reform.Report) {
			us[1].Results.Digital.Services.Online.Full = i64(39)
		}, want: online(40), codes: []finding.Code{reform.CodeAggregateCatalogue}},
		{name: "another scheme", edit: func(us []*reform.Report) {
			us[2].Results.Procedures.Catalogue = &tthc.Catalogue{Levels: &tthc.Levels{Level3: i64(50), Level4: i64(58)}}
		}, want: nil, services: true, codes: []finding.Code{reform.CodeAggregateSection, reform.CodeAggregateCatalogue}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			units := threeCommunes()
			tc.edit(units)
			out, l := reform.Aggregate(districtHeader(), quarterIII, units, reform.AggregateOptions{})
			if tc.codes == nil {
				assert.Empty(t, l)
			} else {
				assert.Equal(t, tc.codes, l.Codes(), "%v", l)
			}
			assert.Equal(t, tc.want, out.Results.Procedures.Catalogue)
			if tc.services {
				assert.Equal(t, &digital.Services{Online: &digital.Online{Full: i64(40), Partial: i64(50), Information: i64(18)}}, out.Results.Digital.Services)
			} else {
				assert.Nil(t, out.Results.Digital.Services)
			}
			// The dossiers of every unit add, whatever its catalogue.
			received, err := out.Results.Procedures.Dossiers.Received()
			require.NoError(t, err)
			assert.Equal(t, int64(200+150+100), received)
		})
	}
}

// TestAggregateCatalogueFindings: the finding of catalogues that differ is
// an info at the roll-up's path naming both units; a unit in the other
// scheme of levels is a finding at its own path.
func TestAggregateCatalogueFindings(t *testing.T) {
	units := threeCommunes()
	units[2].Results.Procedures.Catalogue = &tthc.Catalogue{Levels: &tthc.Levels{Level3: i64(50), Level4: i64(58)}}
	_, l := reform.Aggregate(districtHeader(), quarterIII, units, reform.AggregateOptions{})
	require.Equal(t, 2, l.Len(), "%v", l)

	scheme := l[0]
	assert.Equal(t, finding.Error, scheme.Severity)
	assert.Equal(t, "units[2].results.procedures.catalogue", scheme.Path)
	assert.Equal(t, []string{"units[0].results.procedures.catalogue"}, scheme.Related)
	assert.Contains(t, scheme.Message, "Ủy ban nhân dân xã Định Mỹ (đơn vị thứ 3) phân loại theo mức độ 1–4")
	assert.Contains(t, scheme.Message, "Ủy ban nhân dân xã Bình Hòa (đơn vị thứ 1) phân loại theo dịch vụ công trực tuyến toàn trình")

	info := l[1]
	assert.Equal(t, finding.Info, info.Severity)
	assert.Equal(t, "results.procedures.catalogue", info.Path)
	assert.Equal(t, []string{"units[0].results.procedures.catalogue", "units[2].results.procedures.catalogue"}, info.Related)
	assert.Contains(t, info.Message, "Danh mục thủ tục hành chính (mục II.2) của Ủy ban nhân dân xã Định Mỹ (đơn vị thứ 3) "+
		"khác với danh mục của Ủy ban nhân dân xã Bình Hòa (đơn vị thứ 1)")
	assert.Contains(t, info.Message, "trong khung báo cáo tổng hợp (results.procedures.catalogue)")
	agency, _ := info.Value("agency")
	assert.Equal(t, "Ủy ban nhân dân xã Định Mỹ", agency)
	assert.NoError(t, reform.Rules().Check(l), "the findings are those the catalogue documents")
}

// TestAggregateNamesUnits: every finding about a unit names it by its
// header's agency and its place, and carries the agency among its values.
func TestAggregateNamesUnits(t *testing.T) {
	units := threeCommunes()
	units[0].Period = reform.Period{Kind: reform.HalfYear, Year: 2024}
	units[1].Figures = []reform.Figure{{Name: "classes", Count: finding.MaxCount}}
	units[2].Figures = []reform.Figure{{Name: "classes", Count: 1}}
	units[2].Results.Digital.Services = &digital.Services{Levels: &digital.Levels{Level4: i64(3)}}
	nameless := commune("", communeFigures{1, 1, 1, 0, 1, 0, 1, 0, 1})
	nameless.Period = reform.Period{Kind: reform.Quarter, Year: 2024, N: 2}
	units = append(units, nameless)
	_, l := reform.Aggregate(districtHeader(), quarterIII, units, reform.AggregateOptions{})

	want := map[string]string{
		"units[0].period":                   "Ủy ban nhân dân xã Bình Hòa (đơn vị thứ 1)",
		"units[2].figures[0]":               "Ủy ban nhân dân xã Định Mỹ (đơn vị thứ 3)",
		"units[2].results.digital.services": "Ủy ban nhân dân xã Định Mỹ (đơn vị thứ 3)",
		"results.digital.services":          "Ủy ban nhân dân xã Định Mỹ (đơn vị thứ 3)",
		"units[3].period":                   "đơn vị thứ 4",
	}
	got := map[string]string{}
	for _, f := range l {
		got[f.Path] = f.Message
		assert.NotContains(t, f.Message, "đơn vị thứ 3 ", "no unit is named by its place alone when it has an agency")
	}
	require.Len(t, got, len(want), "%v", l)
	for path, name := range want {
		assert.Contains(t, got[path], name, path)
	}
	for _, f := range l {
		if strings.HasPrefix(f.Path, "units[3]") {
			continue
		}
		agency, ok := f.Value("agency")
		assert.True(t, ok, f.Path)
		assert.True(t, strings.HasPrefix(agency, "Ủy ban nhân dân xã "), f.Path)
	}
}

// TestAggregateRefusesAnotherWindow: a unit whose cut-off window differs from
// the roll-up's is refused, and the message shows both windows since the
// label is the same.
func TestAggregateRefusesAnotherWindow(t *testing.T) {
	units := threeCommunes()
	units[1].Period.From, units[1].Period.To = ptr(reform.NewDate(2024, 7, 1)), ptr(reform.NewDate(2024, 9, 30))
	out, l := reform.Aggregate(districtHeader(), quarterIII, units, reform.AggregateOptions{})
	require.Equal(t, 1, l.Len(), "%v", l)
	assert.Equal(t, reform.CodeAggregatePeriod, l[0].Code)
	assert.Equal(t, "units[1].period", l[0].Path)
	assert.Contains(t, l[0].Message, "Ủy ban nhân dân xã Vĩnh Chánh (đơn vị thứ 2) thuộc kỳ quý III năm 2024 (từ ngày 01/7/2024 đến ngày 30/9/2024), "+
		"không phải kỳ quý III năm 2024 (từ ngày 15/6/2024 đến ngày 14/9/2024)")
	assert.Equal(t, int64(10+8), out.Direction.Plan.TasksPlanned)
}

// TestAggregateOfOneUnit: the roll-up of one unit drops its declared figures
// as a roll-up of many does, and shares no memory with it.
func TestAggregateOfOneUnit(t *testing.T) {
	u := threeCommunes()[0]
	u.Results.Procedures.Dossiers.Declared.OnTimeRate = "98%"
	u.Results.Procedures.Implementation = []tthc.Text{tthc.P("Xã triển khai.")}
	u.Results.Personnel.CivilService.Gender.Groups[0].Declared.Rate = "40%"
	u.Results.Digital.Email.Declared.Share = "100%"
	out, l := reform.Aggregate(districtHeader(), quarterIII, []*reform.Report{u}, reform.AggregateOptions{})
	require.Empty(t, l)
	assert.Zero(t, out.Results.Procedures.Dossiers.Declared)
	assert.Nil(t, out.Results.Procedures.Implementation, "narrative is left out unless asked for")
	assert.Zero(t, out.Results.Personnel.CivilService.Gender.Groups[0].Declared)
	assert.Zero(t, out.Results.Digital.Email.Declared)

	*out.Results.Personnel.Organisation.Department.Staff = 99
	*out.Results.Procedures.Catalogue.Online = tthc.OnlineServices{}
	*out.Results.Digital.Services.Online.Full = 0
	assert.Equal(t, int64(20), *u.Results.Personnel.Organisation.Department.Staff, "the roll-up shares no memory with its unit")
	assert.Equal(t, int64(40), u.Results.Procedures.Catalogue.Online.Full)
	assert.Equal(t, int64(40), *u.Results.Digital.Services.Online.Full)
	assert.Equal(t, "40%", u.Results.Personnel.CivilService.Gender.Groups[0].Declared.Rate, "the unit keeps its own")
}

// TestAggregateRatesFromSummedCounts rolls up units generated from a seed
// and recomputes every rate the roll-up prints from the units' counts,
// summed here and rounded half-up here (math/big, not package vn): the
// plan's rate, the on-time and online rates of the dossiers, the share of
// women and the e-mail coverage. Each must be the pooled rate, which for
// these units differs from the mean of the units' rates.
func TestAggregateRatesFromSummedCounts(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 2024))
	var units []*reform.Report
	var sum communeFigures
	for i := range 40 {
		f := communeFigures{planned: 5 + rng.Int64N(20), online: rng.Int64N(400), inPerson: 1 + rng.Int64N(300),
			staff: 10 + rng.Int64N(15)}
		f.done = rng.Int64N(f.planned + 1)
		f.late = rng.Int64N(1 + (f.online+f.inPerson)/20)
		f.onTime = f.online + f.inPerson - f.late - rng.Int64N(1+(f.online+f.inPerson)/10)
		f.women, f.withEmail = rng.Int64N(f.staff+1), f.staff-rng.Int64N(3)
		units = append(units, commune(fmt.Sprintf("Ủy ban nhân dân xã số %d", i+1), f))
		sum.planned, sum.done = sum.planned+f.planned, sum.done+f.done
		sum.online, sum.inPerson, sum.onTime, sum.late = sum.online+f.online, sum.inPerson+f.inPerson, sum.onTime+f.onTime, sum.late+f.late
		sum.staff, sum.women, sum.withEmail = sum.staff+f.staff, sum.women+f.women, sum.withEmail+f.withEmail
	}
	out, l := reform.Aggregate(districtHeader(), quarterIII, units, reform.AggregateOptions{})
	require.Empty(t, l)
	out.Closing = reform.Closing{Signer: reform.Signer{Title: "Chủ tịch", Name: "A"}}
	assert.Empty(t, out.Validate())

	w := reform.DefaultWording()
	w.Procedures.Dossiers = "Tỷ lệ đúng hạn {{.OnTimeRate}}; tỷ lệ trực tuyến {{.OnlineRate}}."
	d, err := out.DocumentWith(w)
	require.NoError(t, err)
	laid, err := doc.Lay(d)
	require.NoError(t, err)
	txt := layoutText(laid)

	for _, r := range []struct {
		name     string
		num, den int64
		text     string
	}{
		{"plan", sum.done, sum.planned, "nhiệm vụ theo Kế hoạch cải cách hành chính đề ra từ đầu năm, đạt tỷ lệ %s."},
		{"on time", sum.onTime, sum.onTime + sum.late, "Tỷ lệ đúng hạn %s;"},
		{"online", sum.online, sum.online + sum.inPerson, "tỷ lệ trực tuyến %s."},
		{"women", sum.women, sum.staff, "cán bộ nữ (đạt tỷ lệ %s)"},
		{"e-mail", sum.withEmail, sum.staff, "\n%s công chức, viên chức ("},
	} {
		want := halfUpPercent(r.num, r.den)
		assert.Contains(t, txt, fmt.Sprintf(r.text, want), "%s: %d/%d", r.name, r.num, r.den)
		assert.NotEqual(t, want, meanPercent(units, r.name), "%s: the pooled rate is not the mean of the units' rates", r.name)
	}
}

// halfUpPercent writes num/den as a percentage rounded half-up to one
// decimal, with a decimal comma and no ",0": computed with math/big.
func halfUpPercent(num, den int64) string { return halfUp(big.NewRat(num, den)) }

// halfUp writes the rate x (a fraction of 1) as halfUpPercent does.
func halfUp(x *big.Rat) string {
	num, den := x.Num(), x.Denom()
	tenths := new(big.Int).Mul(num, big.NewInt(2000)) // 2 × 1000 × num
	tenths.Add(tenths, den)
	tenths.Quo(tenths, new(big.Int).Mul(den, big.NewInt(2))) // ⌊1000·num/den + ½⌋
	q, r := new(big.Int).QuoRem(tenths, big.NewInt(10), new(big.Int))
	if r.Sign() == 0 {
		return q.String() + "%"
	}
	return q.String() + "," + r.String() + "%"
}

// meanPercent is the mean of the units' rates of the named figure, written
// as halfUpPercent writes a rate: what a roll-up must not print.
func meanPercent(units []*reform.Report, name string) string {
	sum := new(big.Rat)
	for _, u := range units {
		var num, den int64
		c := u.Results.Procedures.Dossiers.Counts
		staff := *u.Results.Personnel.Organisation.Department.Staff
		switch name {
		case "plan":
			num, den = u.Direction.Plan.TasksDone, u.Direction.Plan.TasksPlanned
		case "on time":
			num, den = c.OnTime, c.OnTime+c.Late
		case "online":
			num, den = c.Online, c.Online+c.InPerson
		case "women":
			num, den = *u.Results.Personnel.CivilService.Gender.Groups[0].Women, staff
		case "e-mail":
			num, den = *u.Results.Digital.Email.WithEmail, staff
		}
		sum.Add(sum, big.NewRat(num, den))
	}
	return halfUp(sum.Quo(sum, big.NewRat(int64(len(units)), 1)))
}

func ptr[T any](v T) *T { return &v }

// A catalogue of procedures is a set, not a count: three communes serving
// the province's catalogue of commune-level procedures give the roll-up that
// catalogue once (108 procedures, not 324); communes whose catalogues differ
// give it none, and the roll-up's frame states the catalogue of its level.
func ExampleAggregate_catalogue() {
	units := threeCommunes()
	sum, findings := reform.Aggregate(districtHeader(), quarterIII, units, reform.AggregateOptions{})
	total, _ := sum.Results.Procedures.Catalogue.Total()
	fmt.Println(len(findings), "phát hiện;", total, "thủ tục")

	units[2].Results.Procedures.Catalogue.Online.Full = 41
	sum, findings = reform.Aggregate(districtHeader(), quarterIII, units, reform.AggregateOptions{})
	fmt.Println(sum.Results.Procedures.Catalogue == nil, findings[0].Code, findings[0].Path)
	// Output:
	// 0 phát hiện; 108 thủ tục
	// true reform.aggregate.catalogue results.procedures.catalogue
}
