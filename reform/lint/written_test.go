package lint_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/lint"
)

// writtenCase is a report written by hand, around its header and closing,
// with the codes lint must find in it, in order, and the place of the
// first.
type writtenCase struct {
	name  string
	text  string
	opts  lint.Options
	want  []finding.Code
	place string
}

// base is a short report of quý III năm 2024 written right, with its
// header, opening, a result, closing sentence, recipients and signer.
const base = "Số: 45/BC-STP\nAn Giang, ngày 20 tháng 9 năm 2024\nBÁO CÁO\nCông tác cải cách hành chính quý III năm 2024\n" +
	"Thực hiện Công văn số 120/SNV-CCHC ngày 05/01/2024 của Sở Nội vụ, Sở Tư pháp báo cáo công tác cải cách hành chính quý III năm 2024 như sau:\n" +
	"I. KẾT QUẢ THỰC HIỆN\nSở tiếp nhận 120 hồ sơ, đã giải quyết 120 hồ sơ.\n" +
	"Trên đây là báo cáo công tác cải cách hành chính quý III năm 2024 của Sở Tư pháp./.\n" +
	"Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, VP.\nGIÁM ĐỐC\nTrịnh Tuấn Ngọc"

// edited returns base with each pair of old and new text replaced, once.
func edited(pairs ...string) string {
	s := base
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			panic("edited: no " + pairs[i])
		}
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	return s
}

// signedBy returns base signed with the block (authority, title, name).
func signedBy(block string) string { return edited("GIÁM ĐỐC\nTrịnh Tuấn Ngọc", block) }

// byCommittee returns base written by a commune's People's Committee and
// signed with block.
func byCommittee(block string) string {
	return "ỦY BAN NHÂN DÂN\nXÃ BÌNH HÒA\n" + edited("An Giang,", "Bình Hòa,", "GIÁM ĐỐC\nTrịnh Tuấn Ngọc", block)
}

// listed returns base with the recipients' lines.
func listed(lines string) string { return edited("- Sở Nội vụ;\n- Lưu: VT, VP.", lines) }

// datedAt returns base with the place-date line.
func datedAt(line string) string { return edited("An Giang, ngày 20 tháng 9 năm 2024", line) }

// writtenCases are the closing block, the place name and the periods of
// the report's own text as a clerk writes them: each slip found with the
// typed checks' code, one finding per slip, and the variants real reports
// use found with none.
var writtenCases = []writtenCase{
	{"written right", base, lint.Options{}, nil, ""},

	// The signer's authority against the title (Nghị định 30/2020/NĐ-CP, Điều 13).
	{"a deputy signs for the head", signedBy("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An"), lint.Options{}, nil, ""},
	{"an acting head, as the title", signedBy("Q. GIÁM ĐỐC\nNguyễn Văn An"), lint.Options{}, nil, ""},
	{"an acting head above a deputy's title", signedBy("Q. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An"), lint.Options{}, nil, ""},
	{"by order of the chair", signedBy("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Văn An"), lint.Options{}, nil, ""},
	{"by authorisation", signedBy("TUQ. CHỦ TỊCH\nGIÁM ĐỐC SỞ NỘI VỤ\nNguyễn Văn An"), lint.Options{}, nil, ""},
	{"a deputy in charge signs as the head", signedBy("PHÓ GIÁM ĐỐC PHỤ TRÁCH\nNguyễn Văn An"), lint.Options{}, nil, ""},
	{"a title in sentence case", signedBy("KT. GIÁM ĐỐC\nPhó Giám đốc\nNguyễn Văn An"), lint.Options{}, nil, ""},
	{"the mark of a signature between", signedBy("GIÁM ĐỐC\n(Đã ký)\nTrịnh Tuấn Ngọc"), lint.Options{}, nil, ""},
	{"a committee's vice-chair", byCommittee("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Thị Mỹ Linh\nVP.(04)"), lint.Options{}, nil, ""},
	{"a deputy without KT.", signedBy("GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An"), lint.Options{},
		[]finding.Code{reform.CodeAuthorityTitle}, "phần kết thúc, đoạn 4"},
	{"a deputy without any authority line", signedBy("PHÓ GIÁM ĐỐC\nNguyễn Văn An"), lint.Options{},
		[]finding.Code{reform.CodeAuthorityTitle}, "phần kết thúc, đoạn 4"},
	{"the head signs KT. for himself", signedBy("KT. GIÁM ĐỐC\nGIÁM ĐỐC\nNguyễn Văn An"), lint.Options{},
		[]finding.Code{reform.CodeAuthorityTitle}, "phần kết thúc, đoạn 4"},
	{"the Party's K/T", signedBy("K/T GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An"), lint.Options{},
		[]finding.Code{reform.CodeAuthorityForm}, "phần kết thúc, đoạn 4"},
	{"KT without its dot", signedBy("KT GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An"), lint.Options{},
		[]finding.Code{reform.CodeAuthorityForm}, "phần kết thúc, đoạn 4"},
	{"TM. before a Sở", signedBy("TM. SỞ TƯ PHÁP\nGIÁM ĐỐC\nNguyễn Văn An"), lint.Options{},
		[]finding.Code{reform.CodeAuthorityCollective}, "phần kết thúc, đoạn 4"},
	{"a committee's vice-chair without TM.", byCommittee("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Thị Mỹ Linh"), lint.Options{},
		[]finding.Code{reform.CodeAuthorityCollective}, "phần kết thúc, đoạn 4"},

	// The signer's name (ô 7b).
	{"a name in capitals", signedBy("GIÁM ĐỐC\nTRỊNH TUẤN NGỌC"), lint.Options{},
		[]finding.Code{reform.CodeSignerName}, "phần kết thúc, đoạn 5"},
	{"a name with a degree", signedBy("GIÁM ĐỐC\nTS. Trịnh Tuấn Ngọc"), lint.Options{},
		[]finding.Code{reform.CodeSignerName}, "phần kết thúc, đoạn 5"},
	{"no name", signedBy("GIÁM ĐỐC"), lint.Options{}, []finding.Code{lint.CodeClosingSigner}, "phần kết thúc, đoạn 4"},

	// The recipients and the Lưu line (ô 9b).
	{"a Lưu line with VT alone", listed("- Sở Nội vụ;\n- Lưu: VT."), lint.Options{}, nil, ""},
	{"VT not first", listed("- Sở Nội vụ;\n- Lưu: VP, VT."), lint.Options{},
		[]finding.Code{reform.CodeClosingArchive}, "phần kết thúc, đoạn 3"},
	{"Lưu typed twice", listed("- Sở Nội vụ;\n- Lưu: Lưu: VT."), lint.Options{},
		[]finding.Code{reform.CodeClosingArchive}, "phần kết thúc, đoạn 3"},
	{"the Lưu line among the recipients", listed("- Lưu: VT;\n- Sở Nội vụ."), lint.Options{},
		[]finding.Code{reform.CodeRecipientArchive}, "phần kết thúc, đoạn 2"},
	{"no Lưu line", listed("- Sở Nội vụ;\n- Sở Tài chính."), lint.Options{},
		[]finding.Code{lint.CodeClosingRecipients}, "phần kết thúc, đoạn 3"},
	{"an empty Lưu line", listed("- Sở Nội vụ;\n- Lưu."), lint.Options{},
		[]finding.Code{lint.CodeClosingRecipients}, "phần kết thúc, đoạn 3"},
	{"two recipients on one line", listed("- Sở Nội vụ; Sở Tài chính;\n- Lưu: VT, VP."), lint.Options{},
		[]finding.Code{reform.CodeRecipientForm}, "phần kết thúc, đoạn 2"},
	{"a dash typed twice", listed("- - Sở Nội vụ;\n- Lưu: VT, VP."), lint.Options{},
		[]finding.Code{reform.CodeRecipientForm}, "phần kết thúc, đoạn 2"},

	// The place name (ô 4).
	{"a city", datedAt("Thành phố Hồ Chí Minh, ngày 20 tháng 9 năm 2024"), lint.Options{}, nil, ""},
	{"a district named by its number", datedAt("Quận 1, ngày 20 tháng 9 năm 2024"), lint.Options{}, nil, ""},
	{"the kind of unit first", datedAt("Tỉnh An Giang, ngày 20 tháng 9 năm 2024"), lint.Options{},
		[]finding.Code{reform.CodeHeaderPlacePrefix}, "phần đầu, đoạn 2"},
	{"a dot after the place", datedAt("An Giang., ngày 20 tháng 9 năm 2024"), lint.Options{},
		[]finding.Code{reform.CodeHeaderPlaceForm}, "phần đầu, đoạn 2"},

	// The periods of the report's own text and its date (Nghị định 09/2019/NĐ-CP).
	{"quý I and the first 3 months are one period",
		edited("ngày 20 tháng 9", "ngày 20 tháng 3", "quý III", "quý I", "quý III", "quý I", "quý III năm 2024 của Sở", "3 tháng đầu năm 2024 của Sở"), lint.Options{}, nil, ""},
	{"a trích yếu of another quarter", edited("Công tác cải cách hành chính quý III", "Công tác cải cách hành chính quý II"),
		lint.Options{Period: &reform.Period{Kind: reform.Quarter, N: 3, Year: 2024}},
		[]finding.Code{reform.CodePeriodSubject}, "tên loại và trích yếu, đoạn 2"},
	{"the closing sentence of another quarter", edited("Trên đây là báo cáo công tác cải cách hành chính quý III", "Trên đây là báo cáo công tác cải cách hành chính quý II"), lint.Options{},
		[]finding.Code{reform.CodePeriodText}, "I, đoạn 2"},
	{"the opening of another quarter", edited("Sở Tư pháp báo cáo công tác cải cách hành chính quý III", "Sở Tư pháp báo cáo công tác cải cách hành chính 6 tháng đầu năm"), lint.Options{},
		[]finding.Code{reform.CodePeriodText}, "mở đầu, đoạn 1"},
	{"a basis that cites another report", edited("Công văn số 120/SNV-CCHC ngày 05/01/2024", "Báo cáo số 12/BC-STP ngày 20/6/2024 về công tác cải cách hành chính quý II năm 2024"),
		lint.Options{}, nil, ""},
	{"dated the month after the cut-off", datedAt("An Giang, ngày 20 tháng 10 năm 2024"), lint.Options{}, nil, ""},
	{"dated long after the cut-off", datedAt("An Giang, ngày 20 tháng 12 năm 2024"), lint.Options{},
		[]finding.Code{reform.CodePeriodLate}, "phần đầu, đoạn 2"},
	{"an event after the report", edited("Sở tiếp nhận", "Ngày 25/9/2024, Sở tổ chức hội nghị. Sở tiếp nhận"), lint.Options{},
		[]finding.Code{reform.CodeEventTextFuture}, "I, đoạn 1"},
	{"a sentence left over from the last quarter", edited("Sở tiếp nhận", "Trong quý II năm 2024, Sở đã tổ chức hội nghị. Sở tiếp nhận"), lint.Options{},
		[]finding.Code{reform.CodePeriodMention}, "I, đoạn 1"},
	{"a sentence of the period's own quarter", edited("Sở tiếp nhận", "Trong quý III năm 2024, Sở tiếp nhận"), lint.Options{}, nil, ""},
	{"a span that starts after the report", edited("Sở tiếp nhận", "Sở trình Đề án từ ngày 25/9/2024. Sở tiếp nhận"), lint.Options{}, nil, ""},
}

// TestWritten lints the cases of writtenCases: the codes in order, the
// place of the first, each finding documented with its catalogue's
// severity and a message without a JSON path.
func TestWritten(t *testing.T) {
	all := lint.AllRules()
	for _, tc := range writtenCases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := lint.Bytes("bao-cao.txt", []byte(tc.text), tc.opts)
			require.NoError(t, err)
			var got []finding.Code
			for _, f := range res.Findings {
				got = append(got, f.Code)
				rule, ok := all.Lookup(f.Code)
				if assert.True(t, ok, "%s in lint.AllRules()", f.Code) {
					assert.Equal(t, rule.Severity, f.Severity, "%s", f.Code)
				}
				for _, p := range []string{"closing.", "header.", "basis", "[0]"} {
					assert.NotContains(t, f.Message, p, "%s: %s", f.Code, f.Message)
				}
				assert.NotContains(t, f.Path, "closing.", "the place as a clerk reads it")
				assert.Positive(t, f.Place.Line, "%s: %s has its line", f.Code, f.Path)
			}
			if !assert.Equal(t, tc.want, got) {
				for _, f := range res.Findings {
					t.Logf("%s %s %q: %s", f.Code, f.Place.Where(), f.Place.Quote, f.Message)
				}
				return
			}
			if len(tc.want) > 0 {
				assert.Equal(t, tc.place, res.Findings[0].Path)
			}
		})
	}
}

// TestWrittenBadInput lints a closing of 10.000 recipients full of markup
// and control characters: bounded findings, in bounded time.
func TestWrittenBadInput(t *testing.T) {
	var b strings.Builder
	for range 10000 {
		b.WriteString("- <b>Sở</b>\x01 Nội vụ\n")
	}
	b.WriteString("- Lưu: VT.")
	start := time.Now()
	res, err := lint.Bytes("bao-cao.txt", []byte(listed(b.String())), lint.Options{})
	require.NoError(t, err)
	assert.Less(t, time.Since(start), 10*time.Second)
	counts := map[finding.Code]int{}
	for _, f := range res.Findings {
		counts[f.Code]++
	}
	assert.Equal(t, 21, counts[reform.CodeClosingText], "20 recipients one by one, one finding counts the rest")
	assert.Equal(t, 21, counts[lint.CodeClosingRecipients], "20 lines without their “;”, one finding counts the rest")
	assert.Len(t, res.Findings, 42, "%v", counts)
}
