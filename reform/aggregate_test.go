package reform_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	sectionpkg "github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/tthc"
)

// unit returns a unit report of quý III năm 2024 with its plan and dossiers.
func unit(name string, planned, done, online, inPerson, onTime, late int64) *reform.Report {
	return &reform.Report{
		Header:  reform.Header{Agency: name, AgencyCode: "X", Place: "An Giang", Date: reform.NewDate(2024, 9, 20)},
		Period:  reform.Period{Kind: reform.Quarter, Year: 2024, N: 3},
		Figures: []reform.Figure{{Name: "classes", Count: planned, Prior: i64(done)}},
		Direction: &reform.Direction{
			Plan:       &reform.Plan{TasksPlanned: planned, TasksDone: done, DeclaredRate: "100%"},
			Leadership: reform.Text{{Bullets: []doc.Narrative{{Text: name + " chỉ đạo."}}}},
		},
		Results: &reform.Results{
			Procedures: &tthc.Section{Unit: name, Catalogue: &tthc.Catalogue{Online: &tthc.OnlineServices{Full: 10, Partial: 5, InformationOnly: 2}},
				Dossiers: &tthc.Dossiers{Counts: tthc.Counts{Online: online, InPerson: inPerson, OnTime: onTime, Late: late}}},
			Finance: &reform.Finance{Autonomy: &reform.Autonomy{Recurrent: i64(1), State: i64(1)}},
		},
	}
}

func TestAggregateAddsCountsAndRederivesRates(t *testing.T) {
	units := []*reform.Report{
		unit("Sở Tư pháp", 10, 10, 90, 10, 100, 0),
		unit("Sở Nội vụ", 30, 15, 10, 90, 95, 5),
		unit("UBND huyện Thoại Sơn", 60, 60, 300, 700, 990, 10),
	}
	h := reform.Header{Agency: "Ủy ban nhân dân tỉnh An Giang", AgencyCode: "UBND", Place: "An Giang", Date: reform.NewDate(2024, 9, 25)}
	out, l := reform.Aggregate(h, reform.Period{Kind: reform.Quarter, Year: 2024, N: 3}, units, reform.AggregateOptions{})
	assert.Empty(t, l)
	p := out.Direction.Plan
	assert.Equal(t, int64(100), p.TasksPlanned)
	assert.Equal(t, int64(85), p.TasksDone)
	assert.Empty(t, p.DeclaredRate, "declared figures belong to one unit and are dropped")
	// The plan rate of the roll-up is 85/100 = 85%, not the mean of 100%, 50% and 100% (83,3%).
	out.Closing = reform.Closing{Signer: reform.Signer{Title: "Chủ tịch", Name: "A"}}
	lay := lay(t, out)
	assert.Contains(t, doc.PlainText(lay.Body[3].Spans), "85/100 nhiệm vụ", "the rate is derived again")
	assert.Contains(t, doc.PlainText(lay.Body[3].Spans), "đạt tỷ lệ 85%")
	d := out.Results.Procedures.Dossiers
	received, err := d.Received()
	require.NoError(t, err)
	assert.Equal(t, int64(1200), received)
	assert.Equal(t, int64(15), d.Late)
	assert.Equal(t, int64(3), *out.Results.Finance.Autonomy.Recurrent)
	assert.Nil(t, out.Results.Finance.Autonomy.Full, "a group no unit states stays unstated")
	assert.Equal(t, []reform.Figure{{Name: "classes", Count: 100, Prior: i64(85)}}, out.Figures)
	assert.Nil(t, out.Direction.Leadership, "narrative is left out unless asked for")

	out, _ = reform.Aggregate(h, reform.Period{Kind: reform.Quarter, Year: 2024, N: 3}, units, reform.AggregateOptions{Narrative: true})
	assert.Len(t, out.Direction.Leadership, 3)
}

func TestAggregateRefusesMixedPeriodsAndSchemes(t *testing.T) {
	other := unit("Sở Y tế", 5, 5, 1, 1, 2, 0)
	other.Period = reform.Period{Kind: reform.HalfYear, Year: 2024}
	mixed := unit("Sở Xây dựng", 5, 5, 1, 1, 2, 0)
	mixed.Results.Procedures.Catalogue = &tthc.Catalogue{Levels: &tthc.Levels{Level4: i64(3)}}
	units := []*reform.Report{unit("Sở Tư pháp", 10, 10, 90, 10, 100, 0), other, mixed, unit("Sở Nội vụ", 10, 10, 7, 3, 10, 0)}
	out, l := reform.Aggregate(reform.Header{Agency: "UBND tỉnh"}, reform.Period{Kind: reform.Quarter, Year: 2024, N: 3}, units, reform.AggregateOptions{})
	require.Equal(t, 3, l.Len(), "%v", l)
	assert.Equal(t, reform.CodeAggregatePeriod, l[0].Code)
	assert.Equal(t, "units[1].period", l[0].Path)
	assert.Contains(t, l[0].Message, "Sở Y tế (đơn vị thứ 2)")
	assert.Equal(t, reform.CodeAggregateSection, l[1].Code)
	assert.Equal(t, "units[2].results.procedures.catalogue", l[1].Path, "the finding names the unit whose catalogue is in the other scheme")
	assert.Contains(t, l[1].Message, "Sở Xây dựng (đơn vị thứ 3)")
	assert.Equal(t, reform.CodeAggregateCatalogue, l[2].Code, "the roll-up takes no catalogue")
	assert.Nil(t, out.Results.Procedures.Catalogue)
	assert.Equal(t, int64(25), out.Direction.Plan.TasksPlanned, "the unit of another period is not added")
	received, err := out.Results.Procedures.Dossiers.Received()
	require.NoError(t, err)
	assert.Equal(t, int64(112), received, "the catalogue aside, every unit of the period adds its dossiers")
}

func BenchmarkAggregate10000(b *testing.B) {
	units := make([]*reform.Report, 10000)
	for i := range units {
		units[i] = unit(fmt.Sprintf("Đơn vị %d", i), 10, int64(i%11), 90, 10, 99, 1)
	}
	h := reform.Header{Agency: "UBND tỉnh"}
	p := reform.Period{Kind: reform.Quarter, Year: 2024, N: 3}
	b.ReportAllocs()
	for b.Loop() {
		if _, l := reform.Aggregate(h, p, units, reform.AggregateOptions{}); l.Len() != 0 {
			b.Fatal(l)
		}
	}
}

func BenchmarkValidateReference(b *testing.B) {
	r := reference(b)
	b.ReportAllocs()
	for b.Loop() {
		r.Validate()
	}
}

func BenchmarkDocumentReference(b *testing.B) {
	r := reference(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Document(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAggregateIsRepeatedAdd checks that Aggregate, which sums each section
// in one pass (I.4 by gathering the units' lists), gives what adding the
// units' sections one by one with their Add gives, the roll-up's names and
// the sets taken once aside; with and without the narrative, which I.4
// carries in its own list.
func TestAggregateIsRepeatedAdd(t *testing.T) {
	ref := reference(t)
	units := rollupUnits(ref, 5)
	comm := *units[3].Direction.Communication
	comm.Events.Partner, comm.Media.Topics = "Hội Luật gia tỉnh", append([]string{"Chủ đề mới"}, comm.Media.Topics...)
	comm.Narrative = sectionpkg.Text{{Paragraph: &doc.Narrative{Text: "Đơn vị 4 tuyên truyền thêm."}}}
	units[3].Direction.Communication = &comm
	for _, narrative := range []bool{false, true} {
		t.Run(fmt.Sprintf("narrative=%t", narrative), func(t *testing.T) {
			sum, l := reform.Aggregate(ref.Header, ref.Period, units, reform.AggregateOptions{Narrative: narrative})
			require.False(t, l.HasErrors(), "%v", l)
			want := foldCommunication(t, units)
			want.Organiser, want.Events.Partner, want.Media.Partner = ref.Header.Name(), "", ref.Direction.Communication.Media.Partner
			if !narrative {
				want.Narrative = nil
			}
			assert.Empty(t, cmp.Diff(want, *sum.Direction.Communication))
			procedures := fold(t, units, func(u *reform.Report) tthc.Section {
				s := *u.Results.Procedures
				s.Catalogue = nil
				return s
			}, tthc.Section.Add)
			procedures.Unit, procedures.UnitShort, procedures.Catalogue = ref.Header.Name(), "", sum.Results.Procedures.Catalogue
			assert.Empty(t, cmp.Diff(procedures, *sum.Results.Procedures))
			people := fold(t, units, func(u *reform.Report) personnel.Section { return *u.Results.Personnel }, personnel.Section.Add)
			people.Organisation.Department.Name, people.Organisation.Department.ShortName = ref.Header.Name(), ""
			assert.Empty(t, cmp.Diff(people, *sum.Results.Personnel))
		})
	}
}

// foldCommunication adds the units' I.4 one by one, from the first unit's
// alone.
func foldCommunication(t *testing.T, units []*reform.Report) dissemination.Section {
	return fold(t, units, func(u *reform.Report) dissemination.Section { return *u.Direction.Communication }, dissemination.Section.Add)
}

// fold adds the sections part gives of the units one by one with add.
func fold[T any](t *testing.T, units []*reform.Report, part func(*reform.Report) T, add func(a, b T) (T, error)) T {
	t.Helper()
	acc := part(units[0])
	for i, u := range units[1:] {
		var err error
		acc, err = add(acc, part(u))
		require.NoError(t, err, "units[%d]", i+1)
	}
	return acc
}
