package citation

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cchc-go/cchc/reform/vn"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

func TestScan(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // the citations as written, in order
	}{
		{"the issue's forms",
			"Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ; Nghị định 130/2005/NĐ-CP ngày 17/10/2005; " +
				"Quyết định số 766/QĐ-TTg ngày 23-06-2022; Công văn số 822/STP-XDKT&TDTHPL ngày 06/6/2024 của Sở Tư pháp; " +
				"Thông tư số 01/2022/TT-BTP ngày 04/1/2022; Luật Hộ tịch; Nghị quyết số 18-NQ/TW ngày 25/10/2017 và " +
				"Kế hoạch số 217-KH/BDVTU ngày 09/4/2024.",
			issueForms},
		{"date in words",
			"theo Nghị định số 100/2019/NĐ-CP ngày 31 tháng 12 năm 2019 của Chính phủ quy định xử phạt vi phạm hành chính; Luật Phòng, chống ma túy năm 2021",
			[]string{
				"Nghị định số 100/2019/NĐ-CP ngày 31 tháng 12 năm 2019 của Chính phủ quy định xử phạt vi phạm hành chính",
				"Luật Phòng, chống ma túy năm 2021",
			}},
		{"a title ends at the next citation",
			"Thông tư số 01/2022/TT-BTP ngày 04/01/2022 quy định chi tiết thi hành Nghị định số 87/2020/NĐ-CP ngày 28/7/2020 của Chính phủ.",
			[]string{
				"Thông tư số 01/2022/TT-BTP ngày 04/01/2022 quy định chi tiết thi hành",
				"Nghị định số 87/2020/NĐ-CP ngày 28/7/2020 của Chính phủ",
			}},
		{"a title ends at a comma before a capital",
			"Thực hiện Kế hoạch số 14/KH-STP ngày 31/01/2024 về công tác cải cách hành chính năm 2024, Giám đốc Sở giao các Phòng",
			[]string{"Kế hoạch số 14/KH-STP ngày 31/01/2024 về công tác cải cách hành chính năm 2024"}},
		{"page break inside the số, ký hiệu",
			"Báo cáo nhu cầu theo Nghị định số 73/2024/NĐ-\n\nCP của Chính phủ. Báo cáo",
			[]string{"Nghị định số 73/2024/NĐ-\n\nCP của Chính phủ"}},
		{"lower-case kind word",
			"Báo cáo số 698/BC-UBND ngày 11/7/2024 của UBND tỉnh; báo cáo số 1085/BC-UBND ngày 30/10/2024 của UBND tỉnh",
			[]string{"Báo cáo số 698/BC-UBND ngày 11/7/2024 của UBND tỉnh", "báo cáo số 1085/BC-UBND ngày 30/10/2024 của UBND tỉnh"}},
		{"laws by name, one after another",
			"quy định chi tiết thi hành Luật Đất đai, Luật Nhà ở và các Nghị định; Luật Giám định tư pháp và Đề án tiếp tục đổi mới",
			[]string{"Luật Đất đai", "Luật Nhà ở", "Luật Giám định tư pháp"}},
		{"not citations",
			"Số: 380/BC-STP. Sơ kết Đề án 06/CP; Bản tin Tư pháp số 30/4/2024; các dự án Luật trình Quốc hội; " +
				"Luật hộ tịch; phối hợp báo cáo số liệu; Kế hoạch số 12; Quyết định số 30/4/2024; tháng 07/2024; " +
				"hệ thống pháp luật Việt Nam; luật sư Trần Văn A; hiến pháp năm 2013",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range Scan(tt.text) {
				got = append(got, c.Text)
				assert.Equal(t, tt.text[c.Start:c.End], c.Text)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestScanAt(t *testing.T) {
	text := "Thực hiện Kế hoạch số 14/KH-STP ngày 31/01/2024."
	start := strings.Index(text, "Kế hoạch")
	end := strings.Index(text, ".")
	cits := ScanAt("sections.tthc.narrative", text)
	require.Len(t, cits, 1)
	assert.Equal(t, "sections.tthc.narrative", cits[0].Path)
	assert.Equal(t, fmt.Sprintf("sections.tthc.narrative[%d:%d]", start, end), cits[0].Where())
	assert.Equal(t, fmt.Sprintf("[%d:%d]", start, end), Scan(text)[0].Where())
}

func TestScanNotNFC(t *testing.T) {
	// Decomposed marks (NFD), as some systems write Vietnamese: the offsets
	// still refer to the text as given.
	nfc := "Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ; Luật Hộ tịch."
	text := norm.NFD.String(nfc)
	require.False(t, vn.IsNFC(text))
	cits := Scan(text)
	require.Len(t, cits, 2)
	assert.Equal(t, norm.NFD.String("Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ"), cits[0].Text)
	assert.Equal(t, "Thủ tướng Chính phủ", cits[0].Issuer, "fields are in NFC")
	assert.Equal(t, norm.NFD.String("Luật Hộ tịch"), cits[1].Text)
	assert.Equal(t, "Hộ tịch", cits[1].Name)
	for _, c := range cits {
		assert.Equal(t, text[c.Start:c.End], c.Text)
	}
	// Text in NFC apart from a rarer sequence (Å as U+212B, the Ångström
	// sign): the fields still come out in NFC.
	cits = Scan("Công văn số 12/UBND-NC của Sở \u212Bng")
	require.Len(t, cits, 1)
	assert.Equal(t, "Sở \u00C5ng", cits[0].Issuer)
}

func TestScanEmpty(t *testing.T) {
	assert.Empty(t, Scan(""))
	assert.Empty(t, Scan("Kế hoạch"))
	assert.Empty(t, Scan("\xff\xfe Nghị định số"))
}

// megabyte returns about 1 MiB of report text: the reference report repeated.
func megabyte(tb testing.TB) string {
	seed := readSeed(tb)
	return strings.Repeat(seed, (1<<20)/len(seed)+1)[:1<<20]
}

func BenchmarkScan(b *testing.B) {
	text := megabyte(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Scan(text)
	}
}

func BenchmarkScanAndCheck(b *testing.B) {
	text := megabyte(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		CheckAll(Scan(text), Options{ReportDate: vn.Date(2024, 11, 19)})
	}
}

// BenchmarkScanAdversarial scans 1 MiB of kind names and numbers that almost
// make citations: the time must stay linear.
func BenchmarkScanAdversarial(b *testing.B) {
	unit := "Nghị định số 12/ Luật hộ Thông tư 5-a, Quyết định số 1/QĐ-UBND ngày 3 tháng của Ủy ban về việc Kế hoạch "
	text := strings.Repeat(unit, (1<<20)/len(unit)+1)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Scan(text)
	}
}

// BenchmarkCheckAllSameSymbol checks 1 MiB of citations that share one số,
// ký hiệu across many years and issuers: the cross-checks must stay linear.
func BenchmarkCheckAllSameSymbol(b *testing.B) {
	var t strings.Builder
	for i := 0; t.Len() < 1<<20; i++ {
		fmt.Fprintf(&t, "Kế hoạch số 01/KH-UBND ngày 05/01/%d của Sở A%d; ", 1000+i%9000, i)
	}
	cits := Scan(t.String())
	b.ReportAllocs()
	for b.Loop() {
		CheckAll(cits, Options{})
	}
}
