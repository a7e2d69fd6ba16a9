package lint

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWrittenSeed reads the reference report's text the way reform's checks
// of the written parts see it. None of them finds anything on it (see
// TestSeedText), and this is why: its place name is "An Giang"; it is dated
// 19/11/2024, five days after the cut-off of its 11 months (14/11/2024);
// its opening and closing sentences name "11 tháng đầu năm 2024", its
// title's period; its six recipients are one per line, and its Lưu line
// "VT, CCHC" starts with VT; the Giám đốc signs himself, his name in
// sentence case.
func TestWrittenSeed(t *testing.T) {
	data, err := os.ReadFile("testdata/seed.txt")
	require.NoError(t, err)
	d, err := Read("seed.txt", data, Limits{})
	require.NoError(t, err)
	c := &checker{o: build(d)}
	c.readHeader(&Result{})
	w := c.readWritten()
	r := w.r
	assert.Equal(t, "An Giang", r.Header.Place)
	assert.Empty(t, r.Header.Agency, "the text lost the header table")
	assert.Equal(t, "Công tác cải cách hành chính 11 tháng đầu năm 2024", r.Header.Subject)
	assert.Equal(t, "2024-11-19", r.Header.Date.String())
	require.NotNil(t, r.Basis)
	assert.Contains(t, r.Basis.Text, "Sở Tư pháp báo cáo công tác cải cách hành chính 11 tháng đầu năm 2024")
	require.NotNil(t, r.Closing.Conclusion)
	assert.Contains(t, r.Closing.Conclusion.Text, "Trên đây là báo cáo công tác cải cách hành chính 11 tháng đầu năm 2024")
	assert.Equal(t, []string{"Sở Nội vụ", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "Giám đốc, Phó Giám đốc Sở",
		"Phòng, đơn vị trực thuộc Sở", "Công Thông tin điện tử Sở"}, r.Closing.Recipients)
	assert.Equal(t, "VT, CCHC", r.Closing.Archive)
	assert.Empty(t, r.Closing.Signer.Authority)
	assert.Equal(t, "GIÁM ĐỐC", r.Closing.Signer.Title)
	assert.Equal(t, "Trịnh Tuấn Ngọc", r.Closing.Signer.Name)
	assert.Empty(t, r.CheckClosing())
	assert.Empty(t, r.CheckPeriodText())
	at := w.place("closing.signer.name")
	assert.Equal(t, "Trịnh Tuấn Ngọc", at.Quote)
	assert.Positive(t, at.Line)
}

// TestSignerBlock reads the signer's block from the lines after the
// recipients: the authority lines, the title and the name, marks of a
// signature and the drafter's initials aside.
func TestSignerBlock(t *testing.T) {
	tests := []struct {
		name, text, authority, title, person string
	}{
		{"the head", "GIÁM ĐỐC\nTrịnh Tuấn Ngọc", "", "GIÁM ĐỐC", "Trịnh Tuấn Ngọc"},
		{"a committee", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nTrần Thị Mỹ Linh\nVP.(04)", "TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Mỹ Linh"},
		{"a name in capitals", "GIÁM ĐỐC\nTRỊNH TUẤN NGỌC", "", "GIÁM ĐỐC", "TRỊNH TUẤN NGỌC"},
		{"a name after a degree", "GIÁM ĐỐC\nTS. Trịnh Tuấn Ngọc", "", "GIÁM ĐỐC", "TS. Trịnh Tuấn Ngọc"},
		{"the Party's form", "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nLê Văn Hùng", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Văn Hùng"},
		{"a title in sentence case", "KT. GIÁM ĐỐC\nPhó Giám đốc\nNguyễn Văn An", "KT. GIÁM ĐỐC", "Phó Giám đốc", "Nguyễn Văn An"},
		{"emphasis marks kept by a text", "**GIÁM ĐỐC**\n\n**Trịnh Tuấn Ngọc**", "", "GIÁM ĐỐC", "Trịnh Tuấn Ngọc"},
		{"no name", "GIÁM ĐỐC", "", "GIÁM ĐỐC", ""},
		{"a name without a title is no block", "Trịnh Tuấn Ngọc", "", "", ""},
		{"an appendix's heading is no title", "PHỤ LỤC I\nBIỂU TỔNG HỢP SỐ LIỆU", "", "", ""},
		{"an appendix after the signer", "GIÁM ĐỐC\nTrịnh Tuấn Ngọc\nPHỤ LỤC I", "", "GIÁM ĐỐC", "Trịnh Tuấn Ngọc"},
		{"a digital signature's stamp", "GIÁM ĐỐC\nKý bởi: Sở Tư pháp\nTrịnh Tuấn Ngọc", "", "GIÁM ĐỐC", "Trịnh Tuấn Ngọc"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := &para{text: tc.text, segs: []segment{{line: 1}}}
			block, name := signerBlock(linesOf(p))
			var authority []string
			title, person := "", ""
			for i, l := range block {
				if i == len(block)-1 {
					title = l.text
				} else {
					authority = append(authority, l.text)
				}
			}
			if name != nil {
				person = name.text
			}
			want := []string(nil)
			if tc.authority != "" {
				want = strings.Split(tc.authority, "|")
			}
			assert.Equal(t, want, authority)
			assert.Equal(t, tc.title, title)
			assert.Equal(t, tc.person, person)
		})
	}
}

// TestArchiveOf reads the Lưu line, one list mark off.
func TestArchiveOf(t *testing.T) {
	tests := []struct {
		line, want string
		ok         bool
	}{
		{"Lưu: VT, CCHC.", "VT, CCHC", true},
		{"Lưu VT", "VT", true},
		{"Lưu: VT.", "VT", true},
		{"Lưu.", "", true},
		{"Lưu: Lưu: VT.", "Lưu: VT", true},
		{"- Lưu: VT.", "- VT", true},
		{"LƯU: VT, VP.", "VT, VP", true},
		{"Lưu trữ lịch sử tỉnh;", "", false},
		{"Sở Nội vụ;", "", false},
	}
	for _, tc := range tests {
		got, ok := archiveOf(tc.line)
		assert.Equal(t, tc.ok, ok, tc.line)
		assert.Equal(t, tc.want, got, tc.line)
	}
}
