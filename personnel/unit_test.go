package personnel_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/personnel"
)

// TestUnitFigures: the headcount of a staff group and its women over the
// whole the gender sentence uses.
func TestUnitFigures(t *testing.T) {
	withGroups := func(staff *int64, groups ...personnel.Women) *personnel.Section {
		p := &personnel.Section{}
		p.Organisation.Department = personnel.Department{Name: "Sở Tư pháp", Staff: staff}
		p.CivilService.Gender.Groups = groups
		return p
	}
	dep := personnel.GroupDepartment
	tests := []struct {
		name              string
		p                 *personnel.Section
		staff             int64
		hasStaff          bool
		women, of         int64
		hasWomen, hasWhol bool
	}{
		{"no section", nil, 0, false, 0, 0, false, false},
		{"staff only", withGroups(i64(86)), 86, true, 0, 0, false, false},
		{"women of the staff", withGroups(i64(86), personnel.Women{Group: dep, Women: i64(46)}), 86, true, 46, 86, true, true},
		{"the group's own total", withGroups(i64(86), personnel.Women{Group: dep, Women: i64(46), Total: i64(84)}), 86, true, 46, 84, true, true},
		{"women without a whole", withGroups(nil, personnel.Women{Group: dep, Women: i64(46)}), 0, false, 46, 0, true, false},
		{"the first entry of a group counts", withGroups(i64(86), personnel.Women{Group: dep, Women: i64(46)},
			personnel.Women{Group: dep, Women: i64(40)}), 86, true, 46, 86, true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, ok := tc.p.Staff(dep)
			assert.Equal(t, []any{tc.staff, tc.hasStaff}, []any{s, ok})
			w, of, women, whole := tc.p.Women(dep)
			assert.Equal(t, []any{tc.women, tc.of, tc.hasWomen, tc.hasWhol}, []any{w, of, women, whole})
		})
	}
}
