package examples_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
)

// Roll-ups nest: the province's communes rolled up first, its Sở, ban,
// ngành apart, then the two roll-ups rolled up again give the dossier
// figures, the staff and the plan of the province's direct roll-up of all
// 120 units: counts add the same way whatever the grouping, and the rates
// derived from them are the same.
func TestRollUpsNest(t *testing.T) {
	units, _, _, sum, _ := provinceRollUp(t)
	communes, departments := communesApart(units)
	byCommunes, _ := reform.Aggregate(sum.Header, sum.Period, communes, reform.AggregateOptions{})
	byDepartments, _ := reform.Aggregate(sum.Header, sum.Period, departments, reform.AggregateOptions{})
	nested, _ := reform.Aggregate(sum.Header, sum.Period, []*reform.Report{byDepartments, byCommunes}, reform.AggregateOptions{})

	require.NotNil(t, nested.Results.Procedures.Dossiers)
	assert.Equal(t, sum.Results.Procedures.Dossiers.Counts, nested.Results.Procedures.Dossiers.Counts)
	assert.Equal(t, sum.Results.Personnel.Organisation.Department.Staff, nested.Results.Personnel.Organisation.Department.Staff)
	assert.Equal(t, sum.Direction.Plan.TasksPlanned, nested.Direction.Plan.TasksPlanned)
	assert.Equal(t, sum.Direction.Plan.TasksDone, nested.Direction.Plan.TasksDone)
}

// communesApart parts units into the communes and the others (the Sở, ban,
// ngành), each in the order of units.
func communesApart(units []*reform.Report) (communes, departments []*reform.Report) {
	for _, u := range units {
		if u.Header.Level == reform.LevelCommune {
			communes = append(communes, u)
		} else {
			departments = append(departments, u)
		}
	}
	return communes, departments
}
