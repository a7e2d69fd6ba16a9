package dissemination_test

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/reform/finding"
)

func TestAddReferenceTwice(t *testing.T) {
	a, b := reference(t), reference(t)
	sum, err := a.Add(*b)
	require.NoError(t, err)

	assert.Len(t, sum.Events.Items, 16)
	assert.Len(t, sum.Contests, 6)
	assert.Len(t, sum.Publications.Items, 18)
	assert.Len(t, sum.Publications.Electronic, 4)
	assert.Len(t, sum.Media.SMS, 2)
	assert.Equal(t, a.Media.Topics, sum.Media.Topics, "a topic listed by both units is listed once")
	assert.Equal(t, dissemination.DeclaredEvents{}, sum.Events.Declared, "declared totals belong to one unit")
	assert.Equal(t, dissemination.DeclaredPublications{}, sum.Publications.Declared)
	assert.Equal(t, "Sở Tư pháp", sum.Organiser)

	// The roll-up's totals are derived again: 13 × 2 = 26 training sessions,
	// 03 × 2 = 06 law days; attendance 1.578 × 2 = 3.156 known, and with two
	// conferences without a figure and no declared total, "ít nhất".
	// Copies 4.520 × 2 = 9.040.
	text := strings.Join(bodyLines(t, mustBlocks(t, &sum, dissemination.DefaultWording())), "\n")
	assert.Contains(t, text, "tổ chức 26 lớp tập huấn và 06 buổi sinh hoạt ngày pháp luật với ít nhất 3.156 lượt người tham dự.")
	assert.Contains(t, text, "cấp phát **9.040** tài liệu pháp luật")

	// Nothing to check against without declared totals; the per-item checks remain.
	assert.Empty(t, sum.Validate())

	// The roll-up shares nothing with its operands.
	*sum.Events.Items[0].Attendance = 1
	sum.Contests[0].Also[0] = "x"
	sum.Media.SMS[0].Carriers[0] = "x"
	*sum.Publications.Items[0].Copies = 1
	if d := cmp.Diff(reference(t), a); d != "" {
		t.Errorf("Add changed its receiver (-want +got):\n%s", d)
	}
	if d := cmp.Diff(reference(t), b); d != "" {
		t.Errorf("Add changed its argument (-want +got):\n%s", d)
	}
}

func TestAddRollUp(t *testing.T) {
	district := func(class, attendance int64) dissemination.Section {
		return dissemination.Section{
			Organiser: "Phòng Tư pháp",
			Events: dissemination.Events{
				Items:    []dissemination.Event{{Kind: dissemination.KindClass, Count: class, Attendance: n(attendance)}},
				Declared: dissemination.DeclaredEvents{TrainingSessions: n(class + 1)},
			},
			Media: dissemination.Media{Topics: []string{"Luật Đất đai năm 2024", " Luật Đất đai năm 2024 "}},
		}
	}
	// A roll-up starts from a value that names its organiser.
	total := dissemination.Section{Organiser: "Sở Tư pháp"}
	for _, u := range []dissemination.Section{district(2, 60), district(3, 95), district(1, 30)} {
		var err error
		total, err = total.Add(u)
		require.NoError(t, err)
	}
	assert.Equal(t, "Sở Tư pháp", total.Organiser)
	assert.Equal(t, []string{"Luật Đất đai năm 2024"}, total.Media.Topics)
	assert.Empty(t, total.Validate(), "the districts' wrong declared totals are dropped")
	// 2 + 3 + 1 = 6 classes; 60 + 95 + 30 = 185.
	lines := bodyLines(t, mustBlocks(t, &total, dissemination.DefaultWording()))
	assert.Contains(t, lines[0], "tổ chức 06 lớp tập huấn với tổng số 185 lượt người tham dự.")

	empty := dissemination.Section{}
	got, err := empty.Add(district(2, 60))
	require.NoError(t, err)
	assert.Equal(t, "Phòng Tư pháp", got.Organiser, "the second organiser when the first is empty")
}

func TestAddOverflow(t *testing.T) {
	big := dissemination.Section{Organiser: "Sở Tư pháp", Events: dissemination.Events{Items: []dissemination.Event{
		{Kind: dissemination.KindClass, Count: math.MaxInt64},
	}}}
	_, err := big.Add(big)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "events.items[1].count")

	copies := dissemination.Section{Publications: dissemination.Publications{Items: []dissemination.Publication{
		{Title: "Bản tin", Copies: n(math.MaxInt64)},
	}}}
	_, err = copies.Add(copies)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "publications.items")

	// Validate of a value that overflows anyway (built by hand) reports it.
	copies.Publications.Items = append(copies.Publications.Items, dissemination.Publication{Title: "Sổ tay", Copies: n(1)},
		dissemination.Publication{Title: "Tờ gấp"})
	copies.Publications.Declared.Copies = n(10)
	assert.Contains(t, copies.Validate().Codes(), finding.Code(dissemination.CodeOverflow))
}

func TestSum(t *testing.T) {
	none, err := dissemination.Sum()
	require.NoError(t, err)
	assert.Equal(t, dissemination.Section{}, none)

	a, b := reference(t), reference(t)
	pair, err := a.Add(*b)
	require.NoError(t, err)
	sum, err := dissemination.Sum(*a, *b)
	require.NoError(t, err)
	assert.Equal(t, pair, sum)

	one, err := dissemination.Sum(*a)
	require.NoError(t, err)
	assert.Equal(t, dissemination.DeclaredPublications{}, one.Publications.Declared, "a lone unit's declared totals are dropped too")
	assert.Equal(t, a.Publications.Items, one.Publications.Items)

	big := dissemination.Section{Events: dissemination.Events{Items: []dissemination.Event{{Kind: dissemination.KindClass, Count: math.MaxInt64}}}}
	_, err = dissemination.Sum(big, *a)
	assert.ErrorContains(t, err, "dissemination: units[1]: events.items[1].count:")
}
