package personnel_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
)

// The reference added to itself: counts double, the text derives the rates
// again (92/172 = 53,488…% → 53,5%), declared rates are gone, the text that
// both sides share stays.
func TestAddReferenceTwice(t *testing.T) {
	a, b := reference(t), reference(t)
	sum, err := a.Add(*b)
	require.NoError(t, err)

	d := sum.Organisation.Department
	assert.Equal(t, "Sở Tư pháp tỉnh An Giang", d.Name)
	assert.Equal(t, int64(168), *d.Staff)
	assert.Equal(t, int64(24), *d.Qualifications.Master.Law)
	assert.Equal(t, int64(28), *d.Qualifications.Master.Total)
	assert.Nil(t, d.Qualifications.Below, "a degree neither side states stays unstated")
	assert.Equal(t, int64(6), *sum.Organisation.PublicServiceUnits.Autonomy.Recurrent)
	assert.Nil(t, sum.Organisation.PublicServiceUnits.Autonomy.Full)

	require.Len(t, sum.Organisation.Local, 2)
	assert.Equal(t, int64(600), *sum.Organisation.Local[1].Certified)
	assert.Empty(t, sum.Organisation.Local[1].Declared.CertifiedRate, "declared figures belong to one report")

	g := sum.CivilService.Gender.Groups
	require.Len(t, g, 4)
	assert.Equal(t, int64(92), *g[0].Women)
	assert.Equal(t, int64(172), *g[0].Total, "86 + 86: the stated wholes add")
	assert.Nil(t, g[2].Total, "the leaders' whole stays the organisation's: 16 + 16")
	assert.Empty(t, g[0].Declared.Rate)

	e := sum.CivilService.Emulation
	assert.Len(t, e.Campaigns, 6, "the same campaigns once")
	assert.Equal(t, int64(144), *e.Titles[1].Awards[0].Individuals)
	require.Len(t, e.Rewards, 4)
	assert.Equal(t, int64(6), *e.Rewards[0].Collectives)
	assert.Nil(t, e.Rewards[2].Collectives, "“các tập thể” stays uncounted")
	assert.Equal(t, 2024, sum.CivilService.Training.Year)
	assert.Equal(t, a.Organisation.Planning, sum.Organisation.Planning)

	para, err := sum.GenderParagraph(personnel.DefaultWording())
	require.NoError(t, err)
	assert.Contains(t, plain(para.Runs), "Sở Tư pháp có 92/172 cán bộ nữ (đạt tỷ lệ 53,5%), trong đó có 18 nhân sự là nữ có trình độ Thạc sĩ, 14/32 nhân sự lãnh đạo cấp phòng thuộc Sở là nữ (đạt tỷ lệ 43,8%). Tại Phòng Tư pháp cấp huyện 52/114 cán bộ nữ (đạt tỷ lệ 45,6%).")

	// The sum shares nothing with its parts.
	*sum.Organisation.Department.Staff = 0
	sum.CivilService.Emulation.Titles[0].Awards[0].Note = "x"
	*sum.CivilService.Emulation.Rewards[0].Collectives = 0
	assert.Equal(t, int64(84), *a.Organisation.Department.Staff)
	assert.Equal(t, int64(3), *a.CivilService.Emulation.Rewards[0].Collectives)
}

func TestAddRules(t *testing.T) {
	t.Run("unknown makes unknown", func(t *testing.T) {
		a, b := reference(t), reference(t)
		b.CivilService.Training.Attendance = nil
		sum, err := a.Add(*b)
		require.NoError(t, err)
		assert.Nil(t, sum.CivilService.Training.Attendance, "a unit that does not state attendance makes the whole unknown")
		assert.Equal(t, int64(38), *sum.CivilService.Training.Held)
	})
	t.Run("wholes resolved per side", func(t *testing.T) {
		a, b := reference(t), reference(t)
		b.CivilService.Gender.Groups[0].Total = nil // b's whole is its organisation's 84
		sum, err := a.Add(*b)
		require.NoError(t, err)
		assert.Equal(t, int64(170), *sum.CivilService.Gender.Groups[0].Total)
	})
	t.Run("entries on one side", func(t *testing.T) {
		a, b := reference(t), reference(t)
		b.Organisation.Local = b.Organisation.Local[:1]
		b.CivilService.Gender.Groups = b.CivilService.Gender.Groups[:1]
		b.CivilService.Emulation.Rewards = nil
		sum, err := a.Add(*b)
		require.NoError(t, err)
		assert.Len(t, sum.Organisation.Local, 1, "the commune level is unknown for the whole")
		assert.Len(t, sum.CivilService.Gender.Groups, 1)
		require.Len(t, sum.CivilService.Emulation.Rewards, 4, "rewards only one side received are kept")
		assert.Equal(t, int64(3), *sum.CivilService.Emulation.Rewards[0].Collectives)
		assert.Empty(t, sum.Validate().WithCode(personnel.CodeCertifiedRate))
	})
	t.Run("different text dropped", func(t *testing.T) {
		a, b := reference(t), reference(t)
		b.Organisation.Department.Name = "Sở Nội vụ tỉnh An Giang"
		b.Organisation.Planning = doc.Narrative{Text: "khác"}
		sum, err := a.Add(*b)
		require.NoError(t, err)
		assert.Empty(t, sum.Organisation.Department.Name)
		assert.Empty(t, sum.Organisation.Planning.Text)
		assert.Equal(t, "Sở Tư pháp", sum.Organisation.Department.ShortName)
	})
	t.Run("different years", func(t *testing.T) {
		a, b := reference(t), reference(t)
		b.CivilService.Emulation.Year = 2023
		_, err := a.Add(*b)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "civil_service.emulation.year")
	})
	t.Run("zero year takes the other", func(t *testing.T) {
		a, b := reference(t), reference(t)
		b.CivilService.Training.Year = 0
		sum, err := a.Add(*b)
		require.NoError(t, err)
		assert.Equal(t, 2024, sum.CivilService.Training.Year)
	})
	t.Run("sum of many", func(t *testing.T) {
		s, err := personnel.Sum(*reference(t), *reference(t), *reference(t))
		require.NoError(t, err)
		assert.Equal(t, int64(252), *s.Organisation.Department.Staff)
		empty, err := personnel.Sum()
		require.NoError(t, err)
		assert.Equal(t, personnel.Section{}, empty)
		b := reference(t)
		b.CivilService.Training.Year = 2020
		_, err = personnel.Sum(*reference(t), *reference(t), *b)
		assert.ErrorContains(t, err, "adding value 2")
	})
}

// A sum of counts is a count: above finding.MaxCount it is an error, never a
// number that wrapped or stuck at the int64 limit.
func TestAddAboveTheMaximum(t *testing.T) {
	for _, tt := range []struct {
		staff int64
		err   error
	}{{finding.MaxCount, finding.ErrAboveMaxCount}, {math.MaxInt64, finding.ErrOverflow}} {
		a, b := reference(t), reference(t)
		a.Organisation.Department.Staff = i64(tt.staff)
		_, err := a.Add(*b)
		assert.ErrorIs(t, err, tt.err, "%d + 84", tt.staff)
		assert.ErrorContains(t, err, "organisation.department.staff", "the error names the figure")
	}
	a, b := reference(t), reference(t)
	a.CivilService.Emulation.Titles[1].Awards[0].Individuals = i64(finding.MaxCount)
	_, err := a.Add(*b)
	assert.ErrorContains(t, err, "civil_service.emulation.titles[1].awards[0].individuals")

	a, b = reference(t), reference(t)
	a.Organisation.Department.Staff = i64(finding.MaxCount - 84)
	sum, err := a.Add(*b)
	require.NoError(t, err)
	assert.Equal(t, int64(finding.MaxCount), *sum.Organisation.Department.Staff)
}
