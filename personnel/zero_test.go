package personnel_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/personnel"
)

// zeroCount matches a zero count before its noun, which no generated
// sentence writes: "0 trường hợp", "0 lớp", "(0 khác)".
var zeroCount = regexp.MustCompile(`(^|[^0-9.,/])0 (trường hợp|lớp|lượt|hội nghị|công chức|tập thể|cá nhân|khác|luật|thạc sĩ|đại học)`)

// TestZeroFigures: a count of zero the data gives reads as a clerk writes
// it: a sentence about nothing done is left out (appointments, salary
// steps, staff sent to training), or says so ("chưa tổ chức lớp tập huấn",
// "không có công chức đến thời hạn …"); a part of zero is left out of its
// list ("Tại cấp xã có 18 trường hợp", "54 đại học (54 luật)").
func TestZeroFigures(t *testing.T) {
	p := reference(t)
	p.Organisation.Appointments, p.Organisation.SalarySteps = i64(0), i64(0)
	tr := &p.CivilService.Training
	tr.Held, tr.Attendance, tr.Sent = i64(0), i64(0), i64(0)
	for i := range p.CivilService.Rotations.Levels {
		if p.CivilService.Rotations.Levels[i].Level != personnel.LevelCommune {
			p.CivilService.Rotations.Levels[i].Count = i64(0)
		}
	}
	blocks, err := p.Blocks(personnel.DefaultWording())
	require.NoError(t, err)
	txt := strings.Join(body(lay(t, blocks)), "\n")
	for _, want := range []string{
		"Đến nay, chưa tổ chức lớp tập huấn, bồi dưỡng nghiệp vụ công tác tư pháp.",
		"không có công chức đến thời hạn định kỳ chuyển đổi vị trí công tác",
		"Tại cấp xã có 18 trường hợp là công chức Tư pháp – Hộ tịch được chuyển đổi vị trí công tác",
	} {
		assert.Contains(t, txt, want)
	}
	for _, absent := range []string{"bổ nhiệm lại công chức lãnh đạo quản lý cấp Sở", "nâng bậc lương thường xuyên", "cấp huyện có 0", "lượt công chức, viên chức tham gia"} {
		assert.NotContains(t, txt, absent)
	}
	for _, line := range strings.Split(txt, "\n") {
		assert.False(t, zeroCount.MatchString(line), line)
	}
}
