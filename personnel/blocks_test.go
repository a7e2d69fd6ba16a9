package personnel_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/vn"
)

// document puts blocks under "II." of a minimal report, as reform will.
func document(blocks []doc.Block) *doc.Document {
	return &doc.Document{
		Header: doc.Header{ParentAgency: "ỦY BAN NHÂN DÂN TỈNH AN GIANG", IssuingAgency: "SỞ TƯ PHÁP", Number: "380/BC-STP",
			Place: "An Giang", Date: vn.Date(2024, time.November, 19), KindName: "BÁO CÁO",
			Subject: "Công tác cải cách hành chính 11 tháng đầu năm 2024"},
		Body: []doc.Block{
			&doc.Section{Title: "Công tác chỉ đạo, điều hành cải cách hành chính"},
			&doc.Section{Title: "Kết quả thực hiện", Blocks: append([]doc.Block{
				&doc.Section{Title: "Cải cách thể chế"}, &doc.Section{Title: "Cải cách thủ tục hành chính"},
			}, blocks...)},
		},
		Closing: doc.Closing{Recipients: []string{"Sở Nội vụ"}, Archive: "VT, CCHC",
			Signer: doc.Signer{Title: "GIÁM ĐỐC", Name: "Trịnh Tuấn Ngọc"}},
	}
}

func lay(t *testing.T, blocks []doc.Block) *doc.Layout {
	t.Helper()
	l, err := doc.Lay(document(blocks))
	require.NoError(t, err)
	return l
}

// body returns the laid-out paragraphs from "3." on, one line each.
func body(l *doc.Layout) []string {
	var out []string
	on := false
	for _, p := range l.Body {
		if p.Label == "3." {
			on = true
		}
		if on {
			out = append(out, strings.TrimSpace(p.Label+" "+doc.PlainText(p.Spans)))
		}
	}
	return out
}

// The reference report's sections II.3 and II.4, laid out; the golden file is
// reviewed against the report's text (see the seed, "3. Cải cách tổ chức bộ
// máy hành chính nhà nước" to "5. Cải cách tài chính công").
func TestBlocksGolden(t *testing.T) {
	blocks, err := reference(t).Blocks(personnel.DefaultWording())
	require.NoError(t, err)
	got := doc.Dump(lay(t, blocks))
	path := filepath.Join("testdata", "an-giang-2024.golden")
	if os.Getenv("UPDATE_GOLDEN") != "" {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("layout differs from %s (-want +got); UPDATE_GOLDEN=1 rewrites it:\n%s", path, diff)
	}
}

// The numbering and the sentences carrying the reference report's figures.
func TestBlocksReference(t *testing.T) {
	blocks, err := reference(t).Blocks(personnel.DefaultWording())
	require.NoError(t, err)
	lines := body(lay(t, blocks))
	var labels []string
	for _, s := range lines {
		if l, _, _ := strings.Cut(s, " "); strings.HasSuffix(l, ".") && l[0] >= '0' && l[0] <= '9' {
			labels = append(labels, l)
		}
	}
	assert.Equal(t, []string{"3.", "3.1.", "4.", "4.1.", "4.2.", "4.3."}, labels)
	text := strings.Join(lines, "\n")
	for _, want := range []string{
		"Đến nay, 11/11 huyện đã ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng Tư pháp.",
		"Thực hiện quy trình bổ nhiệm, bổ nhiệm lại công chức lãnh đạo quản lý cấp Sở 05 trường hợp. Thực hiện nâng bậc lương thường xuyên đối với 18 trường hợp công chức, viên chức.",
		"Hoàn thành việc xây dựng Đề án vị trí việc làm tại 11/11 Phòng Tư pháp.",
		"thực hiện chuyển đổi vị trí công tác đối với 01 công chức",
		"Tại cấp huyện có 01 trường hợp và cấp xã có 18 trường hợp là công chức Tư pháp – Hộ tịch",
		"tổ chức 25 hội nghị tập huấn",
		"đã hoàn thành tổ chức 19 lớp tập huấn, bồi dưỡng nghiệp vụ công tác tư pháp, có 2.917 lượt người tham dự.",
		"Sở Tư pháp cử 59 lượt công chức, viên chức",
		"Sở Tư pháp có 46/86 cán bộ nữ (đạt tỷ lệ 53,5%)",
		"Ủy ban nhân dân tỉnh tặng Cờ thi đua đối với 01 tập thể xuất sắc dẫn đầu Khối thi đua, phòng, đơn vị; danh hiệu Tập thể Lao động xuất sắc đối với 02 phòng thuộc Sở.",
		"Sở Tư pháp công nhận danh hiệu Lao động tiên tiến đối với 09 tập thể, 72 cá nhân; danh hiệu Chiến sĩ thi đua cơ sở đối với 21 cá nhân.",
		"Chủ tịch UBND tỉnh tặng Bằng khen cho 03 tập thể, 02 cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2023;",
		"Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân đã có thành tích",
	} {
		assert.Contains(t, text, want)
	}
	assert.NotContains(t, text, "53,4%", "the text writes the derived rate")
	assert.NotContains(t, text, "<no value>")
}

func TestBlocksDeterministic(t *testing.T) {
	p := reference(t)
	a, err := p.Blocks(personnel.DefaultWording())
	require.NoError(t, err)
	b, err := p.Blocks(personnel.DefaultWording())
	require.NoError(t, err)
	assert.Equal(t, doc.Dump(lay(t, a)), doc.Dump(lay(t, b)))
}

func TestWordingErrors(t *testing.T) {
	tests := []struct {
		name, field string
		set         func(w *personnel.Wording)
		want        string
	}{
		{"parse", "Units", func(w *personnel.Wording) { w.Units = "{{.Units" }, "wording.Units"},
		{"unknown field", "Gender", func(w *personnel.Wording) { w.Gender = "{{.Nope}}" }, "wording.Gender"},
		{"markup", "TrainingSent", func(w *personnel.Wording) { w.TrainingSent = "a *b" }, "wording.TrainingSent"},
		{"several at once", "Degree", func(w *personnel.Wording) { w.Degree = "{{"; w.Reward = "{{end}}" }, "wording.Reward"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := personnel.DefaultWording()
			tt.set(&w)
			_, err := reference(t).Blocks(w)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.Contains(t, err.Error(), "wording."+tt.field)
		})
	}
}

func TestBlocksNarrativeError(t *testing.T) {
	p := reference(t)
	p.CivilService.Training.Outcome.Text = "Qua đó *góp phần"
	_, err := p.Blocks(personnel.DefaultWording())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "civil_service.training.outcome")
}

// Text from the data prints as written, even with markup characters in it.
func TestBlocksEscapeData(t *testing.T) {
	p := personnel.Section{Organisation: organisation()}
	p.Organisation.Department.Name = "Sở *Tư pháp* [^1]"
	para, err := p.StaffParagraph(personnel.DefaultWording())
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(plain(para.Runs), "Sở *Tư pháp* [^1] hiện có 10 phòng"), plain(para.Runs))
	for _, r := range para.Runs {
		assert.False(t, r.Italic || r.Bold || r.Note != nil)
	}
}

// The wording is data: titles can be left out, the leading zero turned off.
func TestWordingOptions(t *testing.T) {
	p := reference(t)
	w := personnel.DefaultWording()
	w.ReviewTitle = ""
	blocks, err := p.OrganisationBlocks(w)
	require.NoError(t, err)
	require.NotEmpty(t, blocks)
	_, isList := blocks[0].(*doc.List)
	assert.True(t, isList, "without a title the blocks of II.3.1 stand directly under II.3")

	w = personnel.DefaultWording()
	w.Numbers.LeadingZero = false
	para, err := p.GenderParagraph(w)
	require.NoError(t, err)
	assert.Contains(t, plain(para.Runs), "trong đó có 9 nhân sự là nữ có trình độ Thạc sĩ, 7/16 nhân sự lãnh đạo")

	w = personnel.DefaultWording()
	w.Numbers.Places = 2
	p.CivilService.Gender.Groups[0].Declared.Rate = "" // no stated precision: the wording's decides
	para, err = p.GenderParagraph(w)
	require.NoError(t, err)
	assert.Contains(t, plain(para.Runs), "46/86 cán bộ nữ (đạt tỷ lệ 53,49%)")
}

// Figures that are not given are not written, and nothing reads "0" or
// "<no value>" for them.
func TestBlocksAbsentFigures(t *testing.T) {
	blocks, err := (&personnel.Section{}).Blocks(personnel.DefaultWording())
	require.NoError(t, err)
	require.Len(t, blocks, 2, "II.3 and II.4 keep their place in the outline")
	for _, b := range blocks {
		assert.Empty(t, b.(*doc.Section).Blocks)
	}

	p := personnel.Section{Organisation: organisation()}
	p.Organisation.Department.Staff = nil
	p.Organisation.Local = p.Organisation.Local[:1]
	p.Organisation.Local[0].Staff = nil
	para, err := p.StaffParagraph(personnel.DefaultWording())
	require.NoError(t, err)
	text := plain(para.Runs)
	assert.True(t, strings.HasPrefix(text, "Sở Tư pháp tỉnh An Giang hiện có 10 phòng, đơn vị thuộc Sở. Đến nay, 04/04"), text)
	assert.NotContains(t, text, "cấp huyện có")
	assert.NotContains(t, text, "<no value>")
}

// A staff group with degrees outside law is written with the generic list,
// so that no one is left out of the sentence.
func TestBlocksDistrictOtherFields(t *testing.T) {
	p := personnel.Section{Organisation: organisation()}
	p.Organisation.Local[0].Qualifications.Master.Other = n(1)
	para, err := p.StaffParagraph(personnel.DefaultWording())
	require.NoError(t, err)
	assert.Contains(t, plain(para.Runs), "Phòng Tư pháp cấp huyện có 57 công chức (trong đó có 04 thạc sĩ (03 luật, 01 khác), 54 đại học (54 luật)).", "a zero of the split is left out")
}

// Groups are written in a fixed order whatever their order in the data, and a
// paragraph without the department's group still reads.
func TestGenderOrder(t *testing.T) {
	p := personnel.Section{Organisation: organisation()}
	p.CivilService.Gender.Groups = []personnel.Women{
		{Group: personnel.GroupDistrict, Women: n(26)},
		{Group: personnel.GroupLeaders, Women: n(7)},
	}
	para, err := p.GenderParagraph(personnel.DefaultWording())
	require.NoError(t, err)
	assert.Equal(t, "Sở Tư pháp có 07/16 nhân sự lãnh đạo cấp phòng thuộc Sở là nữ (đạt tỷ lệ 43,8%). Tại Phòng Tư pháp cấp huyện 26/57 cán bộ nữ (đạt tỷ lệ 45,6%).", plain(para.Runs))
}

// A grant without awards (a field.required finding) writes nothing rather
// than "Ủy ban nhân dân tỉnh tặng .".
func TestBlocksGrantWithoutAwards(t *testing.T) {
	p := reference(t)
	p.CivilService.Emulation.Titles[0].Awards = nil
	blocks, err := p.Blocks(personnel.DefaultWording())
	require.NoError(t, err)
	text := strings.Join(body(lay(t, blocks)), "\n")
	assert.NotContains(t, text, "tặng .")
	assert.Contains(t, text, "- Danh hiệu thi đua: Sở Tư pháp công nhận danh hiệu Lao động tiên tiến")
}
