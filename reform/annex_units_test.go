package reform_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/tthc"
)

// indicatorUnitData are the figures of a unit of the indicator tests; nil
// pointers are figures the unit does not give.
type indicatorUnitData struct {
	agency     string
	level      reform.Level
	events     []dissemination.Event // nil: no section I.4
	staff      int64
	women      int64
	sent       *int64
	in, done   int64 // incoming documents, handled on the system
	out, sign  int64 // outgoing documents, signed
	withEmail  int64
	full, part int64 // procedures offered online
	counts     tthc.Counts
}

// report returns the unit's report of quý III năm 2025.
func (u indicatorUnitData) report() *reform.Report {
	p := &personnel.Section{}
	p.Organisation.Department = personnel.Department{Name: u.agency, Staff: count64(u.staff)}
	p.CivilService.Training.Sent = u.sent
	p.CivilService.Gender.Groups = []personnel.Women{{Group: personnel.GroupDepartment, Women: count64(u.women)}}
	r := &reform.Report{
		Header:    reform.Header{Level: u.level, Agency: u.agency},
		Period:    reform.Period{Kind: reform.Quarter, Year: 2025, N: 3},
		Direction: &reform.Direction{},
		Results: &reform.Results{
			Personnel: p,
			Digital: &digital.Section{
				Documents: &digital.Documents{Incoming: &digital.Incoming{Total: u.in, Handled: count64(u.done)},
					Outgoing: &digital.Outgoing{Total: u.out, Signed: count64(u.sign)}},
				Email:    &digital.Email{Staff: count64(u.staff), WithEmail: count64(u.withEmail)},
				Services: &digital.Services{Online: &digital.Online{Full: count64(u.full), Partial: count64(u.part), Information: count64(20)}},
			},
			Procedures: &tthc.Section{Unit: u.agency, Dossiers: &tthc.Dossiers{Counts: u.counts}},
		},
	}
	if u.events != nil {
		r.Direction.Communication = &dissemination.Section{Organiser: u.agency, Events: dissemination.Events{Items: u.events}}
	}
	return r
}

// indicatorUnits are a department and two communes:
//   - Sở Tư pháp: 03 classes (120) and 02 law days (80); 80 staff, 41
//     women, 30 sent to training; 1.000/1.000 documents handled, 396/400
//     signed, 80/80 e-mail; 60 + 40 procedures online; dossiers 2.1
//     (980 + 10)/1.000, 3.3 700/1.000;
//   - xã Bình Hòa: 01 conference without attendance; 40 staff, 15 women, no
//     training figure; 450/500 handled, 100/100 signed, 38/40 e-mail; 132 +
//     168 online; 2.1 (290 + 5)/300, 3.3 90/300;
//   - phường Mỹ Thới: no event (0 sessions, 0 attendance); 60 staff, 30
//     women, 20 sent; no incoming document (0/0), 150/200 signed, 60/60
//     e-mail; 132 + 168 online; no dossier (0/0).
func indicatorUnits() []*reform.Report {
	early := func(n int64) *int64 { return count64(n) }
	data := []indicatorUnitData{
		{agency: "Sở Tư pháp", level: reform.LevelDepartment,
			events: []dissemination.Event{{Kind: dissemination.KindClass, Count: 3, Attendance: count64(120)},
				{Kind: dissemination.KindLawDay, Count: 2, Attendance: count64(80)}},
			staff: 80, women: 41, sent: count64(30), in: 1000, done: 1000, out: 400, sign: 396, withEmail: 80, full: 60, part: 40,
			counts: tthc.Counts{Online: 700, InPerson: 300, Early: early(500), OnTime: 480, Late: 10, Pending: 10,
				PendingInTime: count64(10), PendingOverdue: count64(0)}},
		{agency: "Ủy ban nhân dân xã Bình Hòa", level: reform.LevelCommune,
			events: []dissemination.Event{{Kind: dissemination.KindConference, Count: 1}},
			staff:  40, women: 15, in: 500, done: 450, out: 100, sign: 100, withEmail: 38, full: 132, part: 168,
			counts: tthc.Counts{Online: 90, InPerson: 210, Early: early(100), OnTime: 190, Late: 5, Pending: 5,
				PendingInTime: count64(5), PendingOverdue: count64(0)}},
		{agency: "Ủy ban nhân dân phường Mỹ Thới", level: reform.LevelCommune, events: []dissemination.Event{},
			staff: 60, women: 30, sent: count64(20), out: 200, sign: 150, withEmail: 60, full: 132, part: 168,
			counts: tthc.Counts{Early: early(0), PendingInTime: count64(0), PendingOverdue: count64(0)}},
	}
	out := make([]*reform.Report, len(data))
	for i, d := range data {
		out[i] = d.report()
	}
	return out
}

// indicatorTable returns the rows of the annex as "name | figures…", the
// number column left out.
func indicatorTable(t *testing.T, a doc.Appendix) []string {
	t.Helper()
	var out []string
	for _, r := range tableRows(a) {
		out = append(out, r[strings.Index(r, " | ")+3:])
	}
	return out
}

func TestIndicatorAnnex(t *testing.T) {
	units := indicatorUnits()
	groups := reform.AnnexGroupsByLevel(units[0].Period, units)
	a, err := reform.IndicatorAnnex(units[0].Period, groups, reform.DefaultIndicators())
	require.NoError(t, err)
	assert.Equal(t, "Một số chỉ tiêu cải cách hành chính theo cơ quan, đơn vị", a.Title)
	// Columns: sessions, attendance | staff, women, sent | handled, signed,
	// e-mail, online services | 766 2.1, 3.3.
	assert.Equal(t, []string{
		// 6 = 5 + 1 + 0 sessions; attendance and training empty: Bình Hòa
		// gives neither. 180 = 80 + 40 + 60 staff, 86 = 41 + 15 + 30 women.
		// Rates from the summed counts: 1.450/1.500 = 96,67%, 646/700 =
		// 92,29%, 178/180 = 98,89%, 1.285/1.300 = 98,85%, 790/1.300 =
		// 60,77%; the online services, a set, are not totalled.
		"Tổng cộng | 6 |  | 180 | 86 |  | 96,7% | 92,3% | 98,9% |  | 98,8% | 60,8%",
		"Cấp tỉnh | 5 | 200 | 80 | 41 | 30 | 100% | 99% | 100% |  | 99% | 70%",
		"Sở Tư pháp | 5 | 200 | 80 | 41 | 30 | 100% | 99% | 100% | 100 | 99% | 70%",
		// 450/500 = 90%, 250/300 = 83,33%, 98/100 = 98%; 2.1 295/300 =
		// 98,33%; 3.3 90/300 = 30%, where the mean of the communes' own
		// rates would be nothing (Mỹ Thới has no base).
		"Cấp xã | 1 |  | 100 | 45 |  | 90% | 83,3% | 98% |  | 98,3% | 30%",
		"Ủy ban nhân dân xã Bình Hòa | 1 |  | 40 | 15 |  | 90% | 100% | 95% | 300 | 98,3% | 30%",
		"Ủy ban nhân dân phường Mỹ Thới | 0 | 0 | 60 | 30 | 20 |  | 75% | 100% | 300 |  | ",
	}, indicatorTable(t, a))

	// The total row and the groups' rows are marked as sums of their rows,
	// for a spreadsheet to write their counts as formulas.
	var tab *doc.Table
	for _, b := range a.Body {
		if x, ok := b.(*doc.Table); ok {
			tab = x
		}
	}
	require.NotNil(t, tab)
	assert.Equal(t, []doc.Total{{Row: 0, Of: []int{1, 3}}, {Row: 1, Of: []int{2}}, {Row: 3, Of: []int{4, 5}}}, tab.Totals)
	// Three head rows: the sections, the indicators, the column numbers.
	require.Len(t, tab.Head, 3)
	assert.Equal(t, "Nhân sự", tab.Head[0][3].Runs[0].Text)
	assert.Equal(t, 3, tab.Head[0][3].Span)
	assert.Equal(t, "(13)", tab.Head[2][12].Runs[0].Text)

	// The annex lays out under a report (here one of the districts').
	d, err := districts(t)[0].Document()
	require.NoError(t, err)
	d.Appendices = append(d.Appendices, a)
	_, err = doc.Lay(d)
	require.NoError(t, err)
}

// TestIndicatorAnnexRate: a rate of a group or the total is the summed
// numerator over the summed denominator, never the mean of the units'
// rates; a unit without a base adds nothing and prints no rate, and so
// does a unit without the section; a unit with the section but not the
// figure leaves the total unknown.
func TestIndicatorAnnexRate(t *testing.T) {
	units := indicatorUnits()
	share := reform.DefaultIndicators()[10] // 766 3.3
	require.Equal(t, "tthc.766.3.3", share.Name)
	// A department that resolves no procedure has no section II.2: it
	// takes no part. One whose section gives no dossier figures does not
	// give the rate: the total is unknown.
	noSection, noDossiers := *units[0], *units[0]
	noSection.Results = &reform.Results{}
	noDossiers.Results = &reform.Results{Procedures: &tthc.Section{Unit: "Sở Tư pháp"}}
	tests := []struct {
		name  string
		units []*reform.Report
		want  string
	}{
		// 790/1.300 = 60,77%; the mean of 70% and 30% would be 50%.
		{"pooled", units[:2], "Tổng cộng | 60,8%"},
		{"a unit without a base adds nothing", units, "Tổng cộng | 60,8%"},
		{"nothing to measure", units[2:], "Tổng cộng | "},
		{"a unit without the section takes no part", []*reform.Report{&noSection, units[1]}, "Tổng cộng | 30%"},
		{"no unit takes part", []*reform.Report{&noSection}, "Tổng cộng | "},
		{"a unit without the figure", []*reform.Report{&noDossiers, units[1]}, "Tổng cộng | "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := reform.IndicatorAnnex(units[0].Period, []reform.AnnexGroup{{Units: tc.units}}, []reform.Indicator{share})
			require.NoError(t, err)
			assert.Equal(t, tc.want, indicatorTable(t, a)[0])
		})
	}
}

func TestIndicatorAnnexErrors(t *testing.T) {
	units := indicatorUnits()
	p := units[0].Period
	other := *units[1]
	other.Period.N = 2
	staff := reform.DefaultIndicators()[2]
	tests := []struct {
		name   string
		groups []reform.AnnexGroup
		cols   []reform.Indicator
		want   string
	}{
		{"another period", []reform.AnnexGroup{{Name: "Cấp xã", Units: []*reform.Report{units[2], &other}}}, []reform.Indicator{staff},
			"reform: annex: groups[0].units[1] (Ủy ban nhân dân xã Bình Hòa): the report is for quý II năm 2025, the annex for quý III năm 2025"},
		{"nil unit", []reform.AnnexGroup{{Units: []*reform.Report{nil}}}, []reform.Indicator{staff},
			"reform: annex: groups[0].units[0]: no report (nil)"},
		{"no column", []reform.AnnexGroup{{Units: units}}, nil, "reform: annex: indicators: a table needs at least one indicator"},
		{"no figure", []reform.AnnexGroup{{Units: units}}, []reform.Indicator{{Name: "x", Heads: []string{"X"}}},
			"reform: annex: indicators[0] (x): no figure: the indicator needs a way to get a unit's figure"},
		{"blank head", []reform.AnnexGroup{{Units: units}}, []reform.Indicator{{Name: "x", Heads: []string{" "}, Figure: staff.Figure}},
			"reform: annex: indicators[0] (x): heads[0]: a head needs text"},
		{"unknown total", []reform.AnnexGroup{{Units: units}}, []reform.Indicator{{Name: "x", Heads: []string{"X"}, Figure: staff.Figure, Total: 7}},
			"reform: annex: indicators[0] (x): unknown total 7"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := reform.IndicatorAnnex(p, tc.groups, tc.cols)
			assert.EqualError(t, err, tc.want)
		})
	}
	_, err := reform.IndicatorAnnex(p, nil, []reform.Indicator{staff})
	assert.ErrorIs(t, err, reform.ErrNoAnnexFigures)

	// Counts past the int64 range are an error naming the row and the
	// indicator, never a wrapped sum.
	big := reform.Indicator{Name: "big", Heads: []string{"X"},
		Figure: func(*reform.Report) (reform.UnitFigure, bool) { return reform.UnitFigure{N: 1 << 62}, true }}
	_, err = reform.IndicatorAnnex(p, []reform.AnnexGroup{{Units: units}}, []reform.Indicator{big})
	assert.ErrorContains(t, err, "reform: annex: Tổng cộng: big: ")
}

func TestGivenIndicators(t *testing.T) {
	units := indicatorUnits()
	for _, u := range units {
		u.Direction.Communication = nil
		u.Results.Personnel.CivilService.Training.Sent = nil
	}
	var names []string
	for _, c := range reform.GivenIndicators([]reform.AnnexGroup{{Units: append(units, nil)}}, reform.DefaultIndicators()) {
		names = append(names, c.Name)
	}
	assert.Equal(t, []string{"personnel.staff", "personnel.women", "digital.documents_handled", "digital.documents_signed",
		"digital.email", "digital.online_services", "tthc.766.2.1", "tthc.766.3.3"}, names)
}

func TestAnnexGroupsByLevel(t *testing.T) {
	r := func(agency string, l reform.Level) *reform.Report {
		return &reform.Report{Header: reform.Header{Agency: agency, Level: l}, Period: reform.Period{Kind: reform.Year, Year: 2024}}
	}
	other := r("xã G", reform.LevelCommune)
	other.Period.Year = 2023
	units := []*reform.Report{r("xã A", reform.LevelCommune), r("Sở B", reform.LevelDepartment), nil, r("C", ""),
		r("huyện D", reform.LevelDistrict), other, r("xã E", reform.LevelCommune), r("tỉnh F", reform.LevelProvince)}
	var got []string
	for _, g := range reform.AnnexGroupsByLevel(units[0].Period, units) {
		var names []string
		for _, u := range g.Units {
			names = append(names, u.Header.Agency)
		}
		got = append(got, g.Name+": "+strings.Join(names, ", "))
	}
	assert.Equal(t, []string{"Cấp tỉnh: Sở B, tỉnh F", "Cấp huyện: huyện D", "Cấp xã: xã A, xã E", "Cơ quan, đơn vị khác: C"}, got)
	assert.Empty(t, reform.AnnexGroupsByLevel(units[0].Period, nil))
}

func TestProcedureGroups(t *testing.T) {
	units := indicatorUnits()
	noSection := *units[1]
	noSection.Results = &reform.Results{}
	groups := reform.ProcedureGroups([]reform.AnnexGroup{
		{Name: "Cấp tỉnh", Units: []*reform.Report{&noSection, nil}},
		{Name: "Cấp xã", Units: []*reform.Report{units[1], &noSection, units[2]}},
	})
	require.Len(t, groups, 1, "a group left without a unit is dropped")
	assert.Equal(t, "Cấp xã", groups[0].Name)
	assert.Equal(t, []*reform.Report{units[1], units[2]}, groups[0].Units)
}

func TestLevelCatalogues(t *testing.T) {
	cat := func(full, partial, info int64) *tthc.Catalogue {
		return &tthc.Catalogue{Online: &tthc.OnlineServices{Full: full, Partial: partial, InformationOnly: info}}
	}
	unit := func(l reform.Level, c *tthc.Catalogue) *reform.Report {
		return &reform.Report{Header: reform.Header{Level: l}, Results: &reform.Results{Procedures: &tthc.Section{Catalogue: c}}}
	}
	dep, com := reform.LevelDepartment, reform.LevelCommune
	tests := []struct {
		name  string
		units []*reform.Report
		want  *tthc.Catalogue
	}{
		// Each department resolves its own procedures: the level's
		// catalogue is the sum of the parts, a unit without one adding
		// nothing.
		{"departments' parts", []*reform.Report{unit(dep, cat(67, 52, 27)), unit(dep, cat(3, 5, 4)), unit(dep, nil)}, cat(70, 57, 31)},
		// The communes serve one list: taken once, not 3 × 358.
		{"one commune list", []*reform.Report{unit(com, cat(132, 168, 58)), unit(com, cat(132, 168, 58)), unit(com, cat(132, 168, 58))}, cat(132, 168, 58)},
		{"communes that differ", []*reform.Report{unit(com, cat(132, 168, 58)), unit(com, cat(132, 168, 57))}, nil},
		{"no catalogue", []*reform.Report{unit(com, nil)}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows := reform.LevelCatalogues([]reform.AnnexGroup{{Name: "Cấp", Units: tc.units}})
			require.Len(t, rows, 1)
			assert.Equal(t, "Cấp", rows[0].Name)
			assert.Equal(t, tc.want, rows[0].Catalogue)
		})
	}
}

// The indicators of the three districts of a roll-up by unit: the columns
// of the default list that some district gives (they report on procedures
// and digital government only), the rates of the level and of the total
// derived again from the summed counts. Phú Hưng and Tân Lập do not split
// their pending dossiers, so 766's indicator 2.1 has no rate for them and
// none for the level.
func ExampleIndicatorAnnex() {
	units, err := exampleDistricts()
	if err != nil {
		fmt.Println(err)
		return
	}
	groups := []reform.AnnexGroup{{Name: "Cấp huyện", Units: units}}
	cols := reform.GivenIndicators(groups, reform.DefaultIndicators())
	a, err := reform.IndicatorAnnex(units[0].Period, groups, cols)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	for _, c := range cols {
		fmt.Println(c.Name+":", c.Heads[len(c.Heads)-1])
	}
	for _, r := range tableRows(a) {
		fmt.Println(strings.TrimSpace(r))
	}
	// Output:
	// Một số chỉ tiêu cải cách hành chính theo cơ quan, đơn vị
	// digital.documents_handled: Tỷ lệ văn bản đến xử lý trên hệ thống
	// digital.documents_signed: Tỷ lệ văn bản đi được ký số
	// digital.email: Tỷ lệ công chức, viên chức có thư điện tử công vụ
	// digital.online_services: Số thủ tục cung cấp dịch vụ công trực tuyến
	// tthc.766.2.1: Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn (2.1)
	// tthc.766.3.3: Tỷ lệ hồ sơ tiếp nhận trực tuyến (3.3)
	// | Tổng cộng | 100% | 98,9% | 98,7% |  |  | 56%
	// I | Cấp huyện | 100% | 98,9% | 98,7% |  |  | 56%
	// 1 | Ủy ban nhân dân huyện An Thạnh | 100% | 100% | 97,8% | 241 | 99,5% | 56,3%
	// 2 | Ủy ban nhân dân huyện Phú Hưng | 100% | 96,7% | 100% | 241 |  | 51,9%
	// 3 | Ủy ban nhân dân huyện Tân Lập | 100% | 100% | 98,3% | 241 |  | 62,6%
}

// exampleDistricts reads the three districts of the roll-up example.
func exampleDistricts() ([]*reform.Report, error) {
	var units []*reform.Report
	for _, name := range []string{"district-an-thanh.json", "district-phu-hung.json", "district-tan-lap.json"} {
		data, err := os.ReadFile("../examples/testdata/" + name)
		if err != nil {
			return nil, err
		}
		r, err := reform.Decode(data)
		if err != nil {
			return nil, err
		}
		units = append(units, r)
	}
	return units, nil
}
