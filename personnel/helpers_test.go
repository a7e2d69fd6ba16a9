package personnel_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/personnel"
)

// referencePath holds the figures of sections II.3 and II.4 of the reference
// report (Báo cáo số 380/BC-STP, Sở Tư pháp An Giang, 19/11/2024), exactly as
// the report states them, slips included.
const referencePath = "testdata/an-giang-2024.json"

// reference decodes the reference report's figures.
func reference(t testing.TB) *personnel.Section {
	t.Helper()
	b, err := os.ReadFile(referencePath)
	require.NoError(t, err)
	p, err := personnel.Decode(b)
	require.NoError(t, err)
	return p
}

// clean is the reference with its slips mended, so that Validate finds
// nothing: 4 staff below bachelor and no doctor close the degrees (14 + 66 +
// 4 = 84); the gender figures use the organisation's 84 staff (46/84 =
// 54,76…% → "54,8%"); the district rate is rounded (26/57 = 45,61…% → "46%").
func clean(t testing.TB) *personnel.Section {
	t.Helper()
	p := reference(t)
	q := p.Organisation.Department.Qualifications
	q.Doctor = &personnel.Degree{Total: i64(0)}
	q.Below = &personnel.Degree{Total: i64(4)}
	g := p.CivilService.Gender.Groups
	g[0].Total = nil
	g[0].Declared.Rate = "54,8%"
	g[3].Declared.Rate = "46%"
	return p
}

func i64(v int64) *int64 { return &v }
