package personnel_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/section"
)

// commune is a commune's II.3 and II.4 on the structure of 2025: its
// committee's offices and staff, its training and its women.
func commune() *personnel.Section {
	return &personnel.Section{
		Organisation: personnel.Organisation{
			Department:   personnel.Department{Name: "Ủy ban nhân dân xã Bình Hòa", ShortName: "Ủy ban nhân dân xã", Units: i64(4), Staff: i64(58)},
			Appointments: i64(3),
			SalarySteps:  i64(9),
		},
		CivilService: personnel.CivilService{
			Training: personnel.Training{Held: i64(2), Attendance: i64(120), Sent: i64(31)},
			Gender: personnel.Gender{Groups: []personnel.Women{
				{Group: personnel.GroupDepartment, Women: i64(26)},
				{Group: personnel.GroupLeaders, Women: i64(3), Total: i64(8)},
			}},
		},
	}
}

// Each tier reads its own sentences where the department's would read
// wrong: a commune has cán bộ, công chức and cơ quan chuyên môn, not
// "phòng, đơn vị thuộc Sở" nor viên chức.
func TestWordingAtTier(t *testing.T) {
	tests := []struct {
		tier section.Tier
		want []string
	}{
		{section.Department, []string{
			"Ủy ban nhân dân xã Bình Hòa hiện có 04 phòng, đơn vị thuộc Sở với 58 nhân sự.",
			"Thực hiện quy trình bổ nhiệm, bổ nhiệm lại công chức lãnh đạo quản lý cấp Sở 03 trường hợp.",
			"Đến nay, đã hoàn thành tổ chức 02 lớp tập huấn, bồi dưỡng nghiệp vụ công tác tư pháp, có 120 lượt người tham dự.",
			"Ủy ban nhân dân xã cử 31 lượt công chức, viên chức tham gia",
			"03/08 nhân sự lãnh đạo cấp phòng thuộc Sở là nữ",
		}},
		{section.Commune, []string{
			"Ủy ban nhân dân xã Bình Hòa hiện có 04 cơ quan chuyên môn, đơn vị trực thuộc với 58 cán bộ, công chức.",
			"Thực hiện quy trình bổ nhiệm, bổ nhiệm lại công chức lãnh đạo, quản lý 03 trường hợp.",
			"Thực hiện nâng bậc lương thường xuyên đối với 09 trường hợp cán bộ, công chức.",
			"Đến nay, đã hoàn thành tổ chức 02 lớp tập huấn, bồi dưỡng chuyên môn, nghiệp vụ với 120 lượt người tham dự.",
			"Ủy ban nhân dân xã cử 31 lượt cán bộ, công chức tham gia",
			"Ủy ban nhân dân xã có 26/58 cán bộ nữ (đạt tỷ lệ 44,8%), 03/08 nhân sự lãnh đạo cấp phòng là nữ (đạt tỷ lệ 37,5%).",
		}},
		{section.Province, []string{
			"Ủy ban nhân dân xã Bình Hòa hiện có 04 cơ quan chuyên môn, đơn vị trực thuộc với 58 nhân sự.",
			"Thực hiện nâng bậc lương thường xuyên đối với 09 trường hợp cán bộ, công chức, viên chức.",
			"Ủy ban nhân dân xã cử 31 lượt cán bộ, công chức, viên chức tham gia",
		}},
		{section.District, []string{
			"hiện có 04 cơ quan chuyên môn, đơn vị trực thuộc với 58 nhân sự.",
			"03/08 nhân sự lãnh đạo cấp phòng là nữ",
		}},
	}
	for _, tt := range tests {
		t.Run(string(tt.tier), func(t *testing.T) {
			txt := text(t, commune(), personnel.DefaultWording().At(tt.tier))
			for _, want := range tt.want {
				assert.Contains(t, txt, want)
			}
		})
	}
}

// A sentence the caller changed is kept at every tier; the others become
// the tier's.
func TestWordingAtKeepsChanges(t *testing.T) {
	w := personnel.DefaultWording()
	w.Units = "{{.Agency}} có {{.Staff}} người."
	at := w.At(section.Commune)
	assert.Equal(t, w.Units, at.Units)
	assert.Equal(t, personnel.DefaultWording().At(section.Commune).TrainingSent, at.TrainingSent)
	assert.NotEqual(t, w.TrainingSent, at.TrainingSent)
	assert.Equal(t, w, w.At(section.Department), "a department's wording is the default")
	assert.Equal(t, w, w.At(""), "so is a report's that gives no level")
}

// With no training to write, gender equality opens II.4 instead of
// standing alone under the heading of the training; with training, it
// follows it as in the reference report.
func TestGenderWithoutTraining(t *testing.T) {
	p := commune()
	p.CivilService.Training = personnel.Training{}
	blocks, err := p.CivilServiceBlocks(personnel.DefaultWording())
	require.NoError(t, err)
	require.NotEmpty(t, blocks)
	para, ok := blocks[0].(*doc.Paragraph)
	require.True(t, ok, "%T", blocks[0])
	assert.Contains(t, plain(para.Runs), "26/58 cán bộ nữ")
	for _, b := range blocks {
		if s, ok := b.(*doc.Section); ok {
			assert.NotContains(t, s.Title, "tập huấn", "no training heading without training")
		}
	}

	blocks, err = commune().CivilServiceBlocks(personnel.DefaultWording())
	require.NoError(t, err)
	require.Len(t, blocks, 1)
	train, ok := blocks[0].(*doc.Section)
	require.True(t, ok, "%T", blocks[0])
	assert.Equal(t, "Công tác tập huấn bồi dưỡng chuyên môn, nghiệp vụ:", train.Title)
	last, ok := train.Blocks[len(train.Blocks)-1].(*doc.Paragraph)
	require.True(t, ok)
	assert.Contains(t, plain(last.Runs), "26/58 cán bộ nữ")
}

// text returns the text of II.3 and II.4 of p with w, one laid-out line
// each.
func text(t *testing.T, p *personnel.Section, w personnel.Wording) string {
	t.Helper()
	blocks, err := p.Blocks(w)
	require.NoError(t, err)
	var out string
	for _, line := range body(lay(t, blocks)) {
		out += line + "\n"
	}
	return out
}
