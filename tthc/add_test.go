package tthc

import (
	"strings"
	"testing"

	"github.com/cchc-go/cchc/reform/vn"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// secondUnit is another department in the reference's shape (mức độ,
// dossiers, feedback), with the early and pending splits.
func secondUnit() Section {
	return Section{
		Unit: "Sở Nội vụ", UnitShort: "Sở",
		Review: []Text{P("Rà soát.")},
		Catalogue: &Catalogue{
			Levels:   &Levels{Level1: i64(2), Level4: i64(10)},
			Declared: DeclaredCatalogue{Total: i64(12)},
		},
		Dossiers: &Dossiers{
			Counts:   Counts{Online: 40, InPerson: 50, CarriedOver: 10, Early: i64(20), OnTime: 30, Late: 40, Pending: 10, PendingOverdue: i64(4)},
			Declared: DeclaredDossiers{Received: i64(100), OnTimeRate: "55,6%"},
		},
		Feedback: &Feedback{Received: 2, Answered: i64(1), AnsweredOnTime: i64(1), Channel: "Cổng dịch vụ công Quốc gia"},
	}
}

func TestAdd(t *testing.T) {
	a, b := referenceFigures(), secondUnit()
	a.Review = []Text{P("Rà soát, đánh giá.")}
	before := []Section{referenceFigures(), secondUnit()}
	before[0].Review = a.Review

	got, err := a.Add(b)
	require.NoError(t, err)
	want := Section{
		Catalogue: &Catalogue{Levels: &Levels{Level1: i64(2), Level2: i64(49), Level3: i64(25), Level4: i64(84)}},
		Dossiers: &Dossiers{Counts: Counts{
			Online: 8292, InPerson: 6856, CarriedOver: 565,
			// the reference does not split early from on time: 15.264 + (20 + 30)
			OnTime: 15314, Late: 41,
			// the reference does not split pending: the split is dropped
			Pending: 311,
		}},
		// one unit answered 03 of 03, the other 01 of 02; "answered" adds.
		Feedback: &Feedback{Received: 5, Answered: i64(4), Channel: "Cổng dịch vụ công Quốc gia"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// Different units: the caller names the roll-up. Declared figures and
	// narrative are gone, the operands unchanged.
	assert.Empty(t, got.Unit)
	assert.Empty(t, cmp.Diff(before, []Section{a, b}), "Add changed an operand")

	// Rates are derived again from the sums, never averaged: 15.264/15.265
	// (≈100%) and 50/90 (55,6%) average 77,8%; the sum is 15.314/15.355.
	onTime, err := got.Dossiers.EarlyOrOnTime()
	require.NoError(t, err)
	resolved, err := got.Dossiers.Resolved()
	require.NoError(t, err)
	rate, err := vn.Percent(onTime, resolved, 1)
	require.NoError(t, err)
	assert.Equal(t, "99,7%", rate)
	got.Unit = "Các sở"
	para, err := got.DossierParagraph(DefaultWording())
	require.NoError(t, err)
	assert.Contains(t, para, "Các sở tiếp nhận 15.713 hồ sơ")
}

func TestAddSplits(t *testing.T) {
	a, b := secondUnit(), secondUnit()
	got, err := a.Add(b)
	require.NoError(t, err)
	assert.Equal(t, "Sở Nội vụ", got.Unit, "the same unit twice keeps its name")
	assert.Equal(t, "Sở", got.UnitShort)
	// Both split early and pending: the splits add; in time is derived
	// from pending − overdue (10 − 4) on each side.
	assert.Equal(t, i64(40), got.Dossiers.Early)
	assert.Equal(t, int64(60), got.Dossiers.OnTime)
	assert.Equal(t, i64(12), got.Dossiers.PendingInTime)
	assert.Equal(t, i64(8), got.Dossiers.PendingOverdue)
	assert.Equal(t, i64(2), got.Feedback.AnsweredOnTime)
	assert.Equal(t, i64(4), got.Catalogue.Levels.Level1)
	assert.Nil(t, got.Catalogue.Levels.Level2, "a level neither unit names stays out")
}

func TestAddFields(t *testing.T) {
	a := Section{Unit: "A", Dossiers: balancedWithFields()}
	b := Section{Unit: "B", Dossiers: balancedWithFields()}
	b.Dossiers.Fields[0].Field = " HỘ TỊCH" // the same field, written otherwise
	b.Dossiers.Fields[1].Field = "Nuôi con nuôi"
	got, err := a.Add(b)
	require.NoError(t, err)
	require.Len(t, got.Dossiers.Fields, 3)
	assert.Equal(t, "Hộ tịch", got.Dossiers.Fields[0].Field)
	assert.Equal(t, int64(140), got.Dossiers.Fields[0].Online)
	assert.Equal(t, "Chứng thực", got.Dossiers.Fields[1].Field)
	assert.Equal(t, "Nuôi con nuôi", got.Dossiers.Fields[2].Field)
	got.Unit = "A và B"
	assert.Empty(t, got.Validate(), "rows that add up in each unit add up in the sum")

	// Rows in one unit only: the rows are dropped, the totals kept.
	b.Dossiers.Fields = nil
	got, err = a.Add(b)
	require.NoError(t, err)
	assert.Nil(t, got.Dossiers.Fields)
	assert.Equal(t, int64(200), got.Dossiers.Online)
}

func TestAddErrors(t *testing.T) {
	tests := []struct {
		name string
		edit func(a, b *Section)
		want string
	}{
		{"schemes mix", func(_, b *Section) { b.Catalogue = anGiangOnline() }, "schemes do not mix"},
		{"sum above MaxCount", func(a, b *Section) { a.Dossiers.Online, b.Dossiers.Online = MaxCount, 1 }, "dossiers.online"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := referenceFigures(), secondUnit()
			tt.edit(&a, &b)
			_, err := a.Add(b)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// TestAddOneUnitSilent: a part or an optional figure one unit leaves out
// makes the roll-up's unknown (left out); the addition does not fail, so a
// roll-up never drops a unit for it.
func TestAddOneUnitSilent(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(a, b *Section)
		check func(t *testing.T, s Section)
	}{
		{"catalogue", func(_, b *Section) { b.Catalogue = nil }, func(t *testing.T, s Section) { assert.Nil(t, s.Catalogue) }},
		{"dossiers", func(a, _ *Section) { a.Dossiers = nil }, func(t *testing.T, s Section) { assert.Nil(t, s.Dossiers) }},
		{"feedback", func(_, b *Section) { b.Feedback = nil }, func(t *testing.T, s Section) { assert.Nil(t, s.Feedback) }},
		{"apology letters", func(a, b *Section) { a.Dossiers.ApologyLetters, b.Dossiers.ApologyLetters = i64(1), nil },
			func(t *testing.T, s Section) { assert.Nil(t, s.Dossiers.ApologyLetters) }},
		{"other bucket", func(a, b *Section) { a.Dossiers.Other, b.Dossiers.Other = nil, i64(1) },
			func(t *testing.T, s Section) { assert.Nil(t, s.Dossiers.Other) }},
		{"announcements", func(a, b *Section) { a.Catalogue.Announced, b.Catalogue.Announced = &Announced{New: 1}, nil },
			func(t *testing.T, s Section) { assert.Nil(t, s.Catalogue.Announced) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := referenceFigures(), secondUnit()
			tt.edit(&a, &b)
			got, err := a.Add(b)
			require.NoError(t, err)
			tt.check(t, got)
		})
	}
}

func TestSum(t *testing.T) {
	got, err := Sum()
	require.NoError(t, err)
	assert.Equal(t, Section{}, got)

	// One unit: its figures, without declared figures and narrative.
	one, err := Sum(secondUnit())
	require.NoError(t, err)
	want := secondUnit()
	want.Review = nil
	want.Catalogue.Declared = DeclaredCatalogue{}
	want.Dossiers.Declared = DeclaredDossiers{}
	want.Dossiers.PendingInTime = i64(6) // derived from 10 pending − 04 overdue
	if diff := cmp.Diff(want, one); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}

	// Three units in one call equal two calls of Add.
	units := []Section{secondUnit(), secondUnit(), secondUnit()}
	three, err := Sum(units...)
	require.NoError(t, err)
	ab, err := units[0].Add(units[1])
	require.NoError(t, err)
	abc, err := ab.Add(units[2])
	require.NoError(t, err)
	assert.Empty(t, cmp.Diff(abc, three))
	assert.Equal(t, int64(120), three.Dossiers.Online)

	big := secondUnit()
	big.Dossiers.Online = MaxCount
	_, err = Sum(secondUnit(), big)
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(err.Error(), "tthc: add:"), err.Error())
}
