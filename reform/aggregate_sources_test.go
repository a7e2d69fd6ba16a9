package reform_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
)

// sourcesUnits are four units of quý III năm 2024: the third of another
// period, the fourth without the prior value of its named figure and
// without the dossiers resolved early.
func sourcesUnits() []*reform.Report {
	units := []*reform.Report{
		unit("Sở Tư pháp", 10, 10, 90, 10, 100, 0),
		unit("Sở Nội vụ", 30, 15, 10, 90, 95, 5),
		unit("Sở Y tế", 5, 5, 1, 1, 2, 0),
		unit("UBND huyện Thoại Sơn", 60, 60, 300, 700, 990, 10),
	}
	for _, u := range units[:3] {
		u.Results.Procedures.Dossiers.Early = i64(1)
	}
	units[2].Period = reform.Period{Kind: reform.HalfYear, Year: 2024}
	units[3].Figures[0].Prior = nil
	return units
}

func TestAggregateSources(t *testing.T) {
	h := reform.Header{Agency: "Ủy ban nhân dân tỉnh An Giang"}
	p := reform.Period{Kind: reform.Quarter, Year: 2024, N: 3}
	units := sourcesUnits()
	sum, src, l := reform.AggregateSources(h, p, units, reform.AggregateOptions{})
	plain, pl := reform.Aggregate(h, p, units, reform.AggregateOptions{})
	assert.Equal(t, pl, l)
	assert.Equal(t, plain, sum, "the roll-up of Aggregate")
	assert.Equal(t, reform.SourceUnit{Index: 2, Agency: "Sở Y tế", Refused: true}, src.Units[2])
	tests := []struct {
		path string
		want reform.FigureSources
		ok   bool
	}{
		{"direction.plan.tasks_planned", reform.FigureSources{From: []int{0, 1, 3}}, true},
		{"figures[0].count", reform.FigureSources{From: []int{0, 1, 3}}, true},
		{"figures[0].prior", reform.FigureSources{From: []int{0, 1}, Unknown: []int{3}}, true},
		{"results.procedures.dossiers.online", reform.FigureSources{From: []int{0, 1, 3}}, true},
		{"results.procedures.dossiers.early", reform.FigureSources{From: []int{0, 1}, Unknown: []int{3}}, true},
		{"results.procedures.catalogue.online.full", reform.FigureSources{From: []int{0, 1, 3}}, true},
		{"results.finance.autonomy.state", reform.FigureSources{From: []int{0, 1, 3}}, true},
		{"results.procedures.dossiers.pending_in_time", reform.FigureSources{}, false},
		{"direction.plan.declared_rate", reform.FigureSources{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			got, ok := src.Figures[tt.path]
			require.Equal(t, tt.ok, ok, "listed")
			assert.Equal(t, tt.want, got)
		})
	}
	assert.Nil(t, sum.Figures[0].Prior, "the prior value one unit leaves out is unknown")
}

func TestAggregateSourcesLeaveOutWhatIsNotAdded(t *testing.T) {
	units := sourcesUnits()[:2]
	units[1].Direction.Plan.TasksPlanned = finding.MaxCount
	_, src, l := reform.AggregateSources(reform.Header{Agency: "UBND tỉnh"}, units[0].Period, units, reform.AggregateOptions{})
	require.Len(t, l, 1)
	assert.Equal(t, "units[1].direction.plan", l[0].Path)
	assert.Equal(t, []int{0}, src.Figures["direction.plan.tasks_done"].From, "the plan that could not be added")
	assert.Equal(t, []int{0, 1}, src.Figures["results.procedures.dossiers.late"].From)
}

func BenchmarkAggregateSources(b *testing.B) {
	ref := reference(b)
	units := rollupUnits(ref, 1000)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, fs := reform.AggregateSources(ref.Header, ref.Period, units, reform.AggregateOptions{}); fs.HasErrors() {
			b.Fatal(fs.Errors())
		}
	}
}

// ExampleAggregateSources rolls up two units, the second without the
// dossiers resolved early, and tells where two figures of the roll-up came
// from.
func ExampleAggregateSources() {
	units := []*reform.Report{
		unit("Sở Tư pháp", 10, 10, 90, 10, 100, 0),
		unit("Sở Nội vụ", 30, 15, 10, 90, 95, 5),
	}
	units[0].Results.Procedures.Dossiers.Early = i64(20)
	_, src, _ := reform.AggregateSources(reform.Header{Agency: "Ủy ban nhân dân tỉnh"}, units[0].Period, units, reform.AggregateOptions{})
	for _, path := range []string{"results.procedures.dossiers.online", "results.procedures.dossiers.early"} {
		fs := src.Figures[path]
		fmt.Printf("%s: from %v, unknown %v\n", path, fs.From, fs.Unknown)
	}
	fmt.Println(src.Units[1].Agency)
	// Output:
	// results.procedures.dossiers.online: from [0 1], unknown []
	// results.procedures.dossiers.early: from [0], unknown [1]
	// Sở Nội vụ
}
