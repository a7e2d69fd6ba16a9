package section_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

func i64(v int64) *int64 { return &v }

// The reference report's units: 04 = 03 tự bảo đảm chi thường xuyên + 01 do
// Nhà nước bảo đảm; groups 1 and 3 not stated.
func reference() section.Autonomy {
	return section.Autonomy{Recurrent: i64(3), State: i64(1)}
}

// every states each group: 0, 3, 0, 1.
func every() section.Autonomy {
	return section.Autonomy{Full: i64(0), Recurrent: i64(3), Partial: i64(0), State: i64(1)}
}

var autonomyRules = section.AutonomyRules{
	Mismatch:   finding.Rule{Code: "test.autonomy", Severity: finding.Error, Summary: "s"},
	Incomplete: finding.Rule{Code: "test.autonomy.incomplete", Severity: finding.Warning, Summary: "s"},
}

func TestAutonomyGroupsFollowCounts(t *testing.T) {
	a := section.Autonomy{Full: i64(1), Recurrent: i64(2), Partial: i64(3), State: i64(4)}
	var keys []string
	for i, g := range section.AutonomyGroups() {
		keys = append(keys, g.Key)
		assert.Equal(t, int64(i+1), *a.Counts()[i], g.Key)
		assert.NotEmpty(t, g.Name)
	}
	assert.Equal(t, []string{"full", "recurrent", "partial", "state"}, keys, "the JSON keys, nhóm 1 to 4")
}

func TestAutonomyTotal(t *testing.T) {
	for _, c := range []struct {
		name     string
		a        section.Autonomy
		total    int64
		complete bool
		err      bool
	}{
		{"none stated", section.Autonomy{}, 0, false, false},
		{"the reference", reference(), 4, false, false},
		{"every group", every(), 4, true, false},
		{"the declared total is no group", section.Autonomy{State: i64(1), DeclaredTotal: i64(9)}, 1, false, false},
		{"past the int64 range", section.Autonomy{Full: i64(math.MaxInt64), State: i64(1)}, 0, false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			total, err := c.a.Total()
			assert.Equal(t, c.err, err != nil, "%v", err)
			if !c.err {
				assert.Equal(t, c.total, total)
			}
			assert.Equal(t, c.complete, c.a.Complete())
		})
	}
}

func TestAutonomyPartition(t *testing.T) {
	for _, c := range []struct {
		name  string
		a     section.Autonomy
		whole int64
		want  finding.PartitionResult
	}{
		{"every group, adds up", every(), 4, finding.PartitionOK},
		{"every group, does not", every(), 5, finding.PartitionMismatch},
		{"some stated, make it", reference(), 4, finding.PartitionOK},
		{"some stated, short", reference(), 5, finding.PartitionShort},
		{"some stated, exceed", reference(), 3, finding.PartitionExceeds},
		{"a negative group counts as not stated", section.Autonomy{Full: i64(-1), Recurrent: i64(3), Partial: i64(0), State: i64(1)}, 4, finding.PartitionOK},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, c.a.Partition(c.whole))
		})
	}
}

func TestAutonomyCheck(t *testing.T) {
	const path = "finance.autonomy"
	whole := func(v int64) section.Whole {
		return section.Whole{Value: v, Path: "units", Label: "số đơn vị sự nghiệp"}
	}
	for _, c := range []struct {
		name    string
		a       section.Autonomy
		whole   int64
		code    finding.Code
		related []string
		message string
	}{
		{"the reference closes", reference(), 4, "", nil, ""},
		{"nothing stated, nothing checked", section.Autonomy{}, 4, "", nil, ""},
		{"every group, wrong", every(), 5, "test.autonomy",
			[]string{path + ".full", path + ".recurrent", path + ".partial", path + ".state"},
			"Số đơn vị sự nghiệp ghi 5 nhưng các thành phần cộng lại được 4 (tự bảo đảm chi thường xuyên và chi đầu tư 0 + " +
				"tự bảo đảm chi thường xuyên 3 + tự bảo đảm một phần chi thường xuyên 0 + do Nhà nước bảo đảm chi thường xuyên 1), chênh lệch 1."},
		{"some stated, exceeding", reference(), 3, "test.autonomy", []string{path + ".recurrent", path + ".state"}, ""},
		{"some stated, short", reference(), 6, "test.autonomy.incomplete", []string{path + ".recurrent", path + ".state"},
			"Số đơn vị sự nghiệp là 6 nhưng các nhóm được nêu cộng lại được 4 (tự bảo đảm chi thường xuyên 3 + do Nhà nước bảo đảm " +
				"chi thường xuyên 1), thiếu 2 chưa rõ thuộc nhóm nào; báo cáo không nêu số liệu: tự bảo đảm chi thường xuyên và chi đầu tư, " +
				"tự bảo đảm một phần chi thường xuyên."},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := c.a.Check(autonomyRules, path, whole(c.whole))
			if c.code == "" {
				assert.Empty(t, l)
				return
			}
			require.Len(t, l, 1)
			f := l[0]
			assert.Equal(t, c.code, f.Code)
			assert.Equal(t, "units", f.Path)
			assert.Equal(t, c.related, f.Related)
			assert.NoError(t, finding.Catalogue{autonomyRules.Mismatch, autonomyRules.Incomplete}.Check(l))
			if c.message != "" {
				assert.Equal(t, c.message, f.Message)
			}
		})
	}
}

func TestAutonomyCheckDeclared(t *testing.T) {
	for _, c := range []struct {
		name string
		a    section.Autonomy
		code finding.Code
	}{
		{"no declared total", reference(), ""},
		{"declared 04 = 03 + 01", with(reference(), 4), ""},
		{"declared 05, every group stated", with(every(), 5), "test.autonomy"},
		{"declared 05, two groups stated", with(reference(), 5), "test.autonomy.incomplete"},
		{"a negative declared total is its field rule's", with(reference(), -1), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := c.a.CheckDeclared(autonomyRules, "finance.autonomy", "tổng số đơn vị sự nghiệp được giao tự chủ")
			if c.code == "" {
				assert.Empty(t, l)
				return
			}
			require.Len(t, l, 1)
			assert.Equal(t, c.code, l[0].Code)
			assert.Equal(t, "finance.autonomy.declared_total", l[0].Path)
		})
	}
}

func TestAutonomyAdd(t *testing.T) {
	for _, c := range []struct {
		name string
		a, b section.Autonomy
		want section.Autonomy
		err  string
	}{
		{"groups both state add", every(), reference(),
			section.Autonomy{Recurrent: i64(6), State: i64(2)}, ""},
		{"a group one side leaves out is unknown", section.Autonomy{Full: i64(1), State: i64(1)}, section.Autonomy{State: i64(2)},
			section.Autonomy{State: i64(3)}, ""},
		{"the declared totals are dropped", with(every(), 4), with(every(), 4),
			section.Autonomy{Full: i64(0), Recurrent: i64(6), Partial: i64(0), State: i64(2)}, ""},
		{"a sum above the maximum", section.Autonomy{State: i64(finding.MaxCount)}, section.Autonomy{State: i64(1)},
			section.Autonomy{}, "test: add: finance.autonomy.state: 1000000000000 + 1: "},
	} {
		t.Run(c.name, func(t *testing.T) {
			ad := section.NewAdder("test")
			got := c.a.Add(ad, "finance.autonomy", c.b)
			if c.err != "" {
				require.Error(t, ad.Err())
				assert.Contains(t, ad.Err().Error(), c.err)
				assert.ErrorIs(t, ad.Err(), finding.ErrAboveMaxCount)
				return
			}
			require.NoError(t, ad.Err())
			assert.Equal(t, c.want, got)
		})
	}
}

// with returns a with the declared total v.
func with(a section.Autonomy, v int64) section.Autonomy {
	a.DeclaredTotal = &v
	return a
}

// A roll-up starts from the first unit's groups, each 0: adding them keeps
// the groups it states, checks them against the maximum and drops its
// declared total.
func TestAutonomyZero(t *testing.T) {
	first := with(reference(), 4)
	zero := first.Zero()
	assert.Equal(t, section.Autonomy{Recurrent: i64(0), State: i64(0)}, zero)
	ad := section.NewAdder("test")
	assert.Equal(t, reference(), zero.Add(ad, "finance.autonomy", first))
	require.NoError(t, ad.Err())

	big := section.Autonomy{State: i64(finding.MaxCount + 1)}
	ad = section.NewAdder("test")
	big.Zero().Add(ad, "finance.autonomy", big)
	assert.ErrorIs(t, ad.Err(), finding.ErrAboveMaxCount, "a first unit above the maximum is refused like any other")
}
