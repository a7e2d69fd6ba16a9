package reform_test

import (
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
	"github.com/cchc-go/cchc/tthc"
)

// layoutText is every text of a laid-out document, paragraphs, tables and
// notes, one per line.
func layoutText(l *doc.Layout) string {
	var b strings.Builder
	paras := func(ps []doc.Para) {
		for _, p := range ps {
			b.WriteString(doc.PlainText(p.Spans) + "\n")
			if p.Table != nil {
				for _, row := range p.Table.Rows {
					for _, c := range row {
						b.WriteString(doc.PlainText(c.Spans) + "\n")
					}
				}
			}
		}
	}
	paras(l.Body)
	for _, a := range l.Appendices {
		paras(a.Body)
	}
	for _, n := range l.Notes {
		b.WriteString(doc.PlainText(n.Spans) + "\n")
	}
	return b.String()
}

// dots writes an integer of any size the Vietnamese way, "." between
// thousands, as vn.Int does for an int64.
func dots(n *big.Int) string {
	s := new(big.Int).Abs(n).String()
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	if n.Sign() < 0 {
		return "-" + b.String()
	}
	return b.String()
}

// TestCountsAtTheLimit puts MaxCount, MaxCount+1 and the int64 maximum in
// counts of every section. A count above MaxCount is a field.lte error at its
// path; the text prints every total exactly or Document refuses, naming the
// section: a wrapped sum ("tiếp nhận 38 hồ sơ", a negative total) is never
// printed.
func TestCountsAtTheLimit(t *testing.T) {
	i64 := func(v int64) *int64 { return &v }
	quote := func(r *reform.Report, s string) {
		r.Recommendations = &reform.Recommendations{Text: para(s)}
	}
	tests := []struct {
		name string
		// path is the count's JSON path.
		path string
		set  func(r *reform.Report, v int64)
		// terms are the terms of the figure printed from the count.
		terms func(r *reform.Report, v int64) []int64
		// refusal is the JSON path Document names when it refuses.
		refusal string
	}{
		{"a figure quoted", "figures[8].count", func(r *reform.Report, v int64) {
			r.Figures = append(r.Figures, reform.Figure{Name: "so_lieu", Count: v})
			quote(r, "Có {so_lieu} việc.")
		}, func(_ *reform.Report, v int64) []int64 { return []int64{v} }, "figures[8]"},
		{"a figure's change", "figures[8].count", func(r *reform.Report, v int64) {
			r.Figures = append(r.Figures, reform.Figure{Name: "so_lieu", Count: v, Prior: i64(0)})
			quote(r, "Số việc {so_lieu.delta}.")
		}, func(_ *reform.Report, v int64) []int64 { return []int64{v} }, "figures[8]"},
		{"a figure's prior value", "figures[8].prior", func(r *reform.Report, v int64) {
			r.Figures = append(r.Figures, reform.Figure{Name: "so_lieu", Count: 0, Prior: i64(v)})
			quote(r, "Số việc {so_lieu.delta}.")
		}, func(_ *reform.Report, v int64) []int64 { return []int64{v} }, "figures[8]"},
		{"the plan's tasks", "direction.plan.tasks_planned", func(r *reform.Report, v int64) {
			r.Direction.Plan.TasksPlanned, r.Direction.Plan.TasksDone = v, v
			r.Direction.Plan.DeclaredRate = ""
		}, func(_ *reform.Report, v int64) []int64 { return []int64{v} }, "direction.plan"},
		{"dossiers received online", "results.procedures.dossiers.online", func(r *reform.Report, v int64) {
			r.Results.Procedures.Dossiers.Online = v
		}, func(r *reform.Report, v int64) []int64 {
			d := r.Results.Procedures.Dossiers
			return []int64{v, d.InPerson, d.CarriedOver}
		}, "results.procedures"},
		{"procedures of a service level", "results.procedures.catalogue.levels.level_1", func(r *reform.Report, v int64) {
			r.Results.Procedures.Catalogue = &tthc.Catalogue{Levels: &tthc.Levels{Level1: i64(v), Level4: i64(74)}}
		}, func(_ *reform.Report, v int64) []int64 { return []int64{v, 74} }, "results.procedures"},
		{"public-service units by autonomy", "results.finance.autonomy.full", func(r *reform.Report, v int64) {
			r.Results.Finance.Autonomy.Full = i64(v)
			r.Results.Finance.Autonomy.DeclaredTotal = nil
			r.Results.Finance.Text = append(r.Results.Finance.Text, para("Có {autonomy.total} đơn vị sự nghiệp.")...)
		}, func(r *reform.Report, v int64) []int64 {
			a := r.Results.Finance.Autonomy
			return []int64{v, *a.Recurrent, *a.Partial, *a.State}
		}, "results.finance.autonomy"},
		{"online services", "results.digital.services.levels.level_2", func(r *reform.Report, v int64) {
			r.Results.Digital.Services.Levels.Level2 = i64(v)
			r.Results.Digital.Services.Declared.Total = nil
		}, func(r *reform.Report, v int64) []int64 {
			l := r.Results.Digital.Services.Levels
			return []int64{v, *l.Level3, *l.Level4}
		}, "results.digital"},
		{"masters in law", "results.personnel.organisation.department.qualifications.master.law", func(r *reform.Report, v int64) {
			r.Results.Personnel.Organisation.Department.Qualifications.Master.Law = i64(v)
		}, func(r *reform.Report, v int64) []int64 {
			return []int64{v, *r.Results.Personnel.Organisation.Department.Qualifications.Master.Other}
		}, "results.personnel"},
		{"classes held", "direction.communication.events.items[0].count", func(r *reform.Report, v int64) {
			r.Direction.Communication.Events.Items[0].Count = v
			r.Direction.Communication.Events.Declared = dissemination.DeclaredEvents{}
		}, func(r *reform.Report, v int64) []int64 {
			var out []int64
			for _, e := range r.Direction.Communication.Events.Items {
				if e.Kind == dissemination.KindClass || (e.Training && e.Kind != dissemination.KindLawDay) {
					out = append(out, e.Count)
				}
			}
			return out
		}, "direction.communication"},
	}
	for _, tt := range tests {
		for _, v := range []int64{finding.MaxCount, finding.MaxCount + 1, math.MaxInt64} {
			t.Run(tt.name+"/"+strconv.FormatInt(v, 10), func(t *testing.T) {
				r := reference(t)
				tt.set(r, v)
				l := r.Validate()
				assert.Equal(t, v > finding.MaxCount, hasError(l, "field.lte", tt.path),
					"a count above %d is field.lte at %s:\n%s", int64(finding.MaxCount), tt.path, errorList(l))
				if v > finding.MaxCount {
					assert.True(t, l.HasErrors())
				}

				want, wrapped := new(big.Int), int64(0)
				for _, x := range tt.terms(r, v) {
					want.Add(want, big.NewInt(x))
					wrapped += x // what an unchecked sum would print
				}
				d, err := r.Document()
				if err == nil {
					var lay *doc.Layout
					lay, err = doc.Lay(d)
					require.NoError(t, err)
					text := layoutText(lay)
					require.True(t, want.IsInt64(), "a total past the int64 range is printed:\n%s", text)
					assert.Contains(t, text, dots(want), "the exact total is printed")
					if big.NewInt(wrapped).Cmp(want) != 0 {
						assert.NotContains(t, text, vn.Int(wrapped))
					}
					return
				}
				assert.Contains(t, err.Error(), tt.refusal, "the refusal names the section")
				assert.False(t, want.IsInt64(), "Document refuses only a total past the int64 range: %v", err)
				assert.True(t, l.HasErrors(), "check fails where render refuses")
			})
		}
	}
}

// TestEveryCountHasTheMaximum walks the report's types: every count field
// (int64) has the field rule lte=finding.MaxCount, so that the schema says
// "maximum" and Validate reports a larger count; a signed change has the
// mirror minimum.
func TestEveryCountHasTheMaximum(t *testing.T) {
	want := finding.MaxCountRule
	seen := map[reflect.Type]bool{}
	counted := 0
	var walk func(path string, typ reflect.Type)
	walk = func(path string, typ reflect.Type) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || seen[typ] || typ.PkgPath() == "time" {
			return
		}
		seen[typ] = true
		for i := range typ.NumField() {
			f := typ.Field(i)
			if !f.IsExported() {
				continue
			}
			p := path + "." + f.Name
			ft := f.Type
			for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Int64 && ft.PkgPath() == "" {
				counted++
				rules := strings.Split(f.Tag.Get("validate"), ",")
				assert.Contains(t, rules, want, "%s (%s) has no maximum", p, f.Tag)
				if strings.HasSuffix(f.Name, "Delta") {
					assert.Contains(t, rules, "gte=-"+strings.TrimPrefix(want, "lte="), "%s: a change has the mirror minimum", p)
				} else {
					assert.Contains(t, rules, "gte=0", "%s: a count is not negative", p)
				}
				continue
			}
			walk(p, f.Type)
		}
	}
	walk("Report", reflect.TypeOf(reform.Report{}))
	assert.Greater(t, counted, 100, "the walk reaches every section's counts")
	assert.Equal(t, int64(finding.MaxCount), int64(tthc.MaxCount), "tthc shares the maximum")
}

// TestAggregateKeepsCountsUnderTheMaximum: a roll-up's counts are counts too.
// A unit whose figure, plan or autonomy groups would take the sum above
// finding.MaxCount is a finding at that unit's path and its part is left out;
// the other units are summed.
func TestAggregateKeepsCountsUnderTheMaximum(t *testing.T) {
	big := unit("Sở Tư pháp", finding.MaxCount, finding.MaxCount, 90, 10, 100, 0)
	big.Figures[0].Prior = i64(finding.MaxCount)
	big.Results.Finance.Autonomy.State = i64(finding.MaxCount)
	units := []*reform.Report{big, unit("Sở Nội vụ", 30, 15, 10, 90, 95, 5), unit("Sở Y tế", math.MaxInt64, 1, 10, 90, 95, 5)}
	h := reform.Header{Agency: "Ủy ban nhân dân tỉnh An Giang", AgencyCode: "UBND", Place: "An Giang", Date: reform.NewDate(2024, 9, 25)}
	out, l := reform.Aggregate(h, reform.Period{Kind: reform.Quarter, Year: 2024, N: 3}, units, reform.AggregateOptions{})

	var paths []string
	for _, f := range l {
		assert.Equal(t, reform.CodeAggregateSection, f.Code)
		assert.Contains(t, f.Message, "1.000.000.000.000")
		paths = append(paths, f.Path)
	}
	assert.Equal(t, []string{
		"units[1].figures[0]", "units[1].direction.plan", "units[1].results.finance.autonomy",
		"units[2].figures[0]", "units[2].direction.plan", "units[2].results.finance.autonomy",
	}, paths)
	assert.Equal(t, int64(finding.MaxCount), out.Figures[0].Count, "the units that cannot be added are left out")
	assert.Equal(t, int64(finding.MaxCount), out.Direction.Plan.TasksPlanned)
	assert.Equal(t, int64(finding.MaxCount), out.Direction.Plan.TasksDone)
	assert.Equal(t, int64(finding.MaxCount), *out.Results.Finance.Autonomy.State)
	assert.Equal(t, int64(1), *out.Results.Finance.Autonomy.Recurrent, "a unit's autonomy groups are added or left out together")
	assert.False(t, out.Validate().WithCode("field.lte").HasErrors(), "the roll-up has no count above the maximum")
}

// TestPlanWithZeroTasks: the plan's sentence reads naturally when nothing
// was done or nothing planned ("chưa có nhiệm vụ hoàn thành", never "0/10
// nhiệm vụ, đạt tỷ lệ 0%" or "0/0 nhiệm vụ"), and as the reference report
// writes it otherwise.
func TestPlanWithZeroTasks(t *testing.T) {
	for _, tc := range []struct {
		planned, done int64
		want          string
	}{
		{33, 33, "Tính đến thời điểm hiện tại, Sở Tư pháp đã hoàn thành 33/33 nhiệm vụ theo Kế hoạch cải cách hành chính đề ra từ đầu năm, đạt tỷ lệ 100%."},
		{10, 0, "Tính đến thời điểm hiện tại, Sở Tư pháp đang triển khai 10 nhiệm vụ theo Kế hoạch cải cách hành chính đề ra từ đầu năm, chưa có nhiệm vụ hoàn thành."},
		{0, 0, "Tính đến thời điểm hiện tại, Sở Tư pháp không có nhiệm vụ theo Kế hoạch cải cách hành chính đề ra từ đầu năm."},
		{0, 2, "Tính đến thời điểm hiện tại, Sở Tư pháp đã hoàn thành 02/0 nhiệm vụ theo Kế hoạch cải cách hành chính đề ra từ đầu năm."},
	} {
		r := minimal()
		r.Direction = &reform.Direction{Plan: &reform.Plan{TasksPlanned: tc.planned, TasksDone: tc.done}}
		txt := layoutText(lay(t, r))
		assert.Contains(t, txt, "\n"+tc.want+"\n", "%d/%d: a slip (done > planned) still shows as written", tc.done, tc.planned)
	}
}
