package lint_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/lint"
)

// corpusCase is a short passage in the register of real reports (portal
// notices of TTHC results, commune reports, a Sở's report) with the codes
// lint must find in it, in order; none for a passage without slips.
type corpusCase struct {
	name string
	text string
	want []finding.Code
}

// head is the header and title of a report, for the cases that need a
// period or a date.
func head(place, date, title string) string {
	return "Số: 45/BC-UBND\n" + place + ", " + date + "\nBÁO CÁO\n" + title + "\n"
}

// corpus is written for these tests: figures, names and documents are
// made up in the way real reports write them. Every passage is linted on
// its own.
var corpus = []corpusCase{
	// Passages without slips.
	{"portal notice, month", "Trong tháng 10/2024, Bộ phận Một cửa UBND xã Mỹ Hòa Hưng tiếp nhận 412 hồ sơ (trực tuyến 356 hồ sơ, trực tiếp 56 hồ sơ); " +
		"đã giải quyết 405 hồ sơ, trong đó trước hạn 120, đúng hạn 283, quá hạn 02; đang giải quyết 07 hồ sơ. Tỷ lệ giải quyết trước hạn, đúng hạn đạt 99,5%.", nil},
	{"commune staff and a part of them", "UBND xã hiện có 21 cán bộ, công chức (trong đó có 11 cán bộ, 10 công chức); 100% cán bộ, công chức có trình độ chuyên môn từ trung cấp trở lên.", nil},
	{"plan completed", "Năm 2024, Sở đã hoàn thành 28/30 nhiệm vụ theo Kế hoạch cải cách hành chính, đạt 93,3%; 02 nhiệm vụ còn lại đang triển khai.", nil},
	{"events that add up", "- Trong năm, Phòng Tư pháp phối hợp tổ chức 12 hội nghị tuyên truyền pháp luật với tổng số 1.250 lượt người tham dự. Cụ thể như sau:\n" +
		"+ 05 hội nghị tại các xã với 520 lượt người tham dự;\n+ 04 hội nghị tại các trường học với 480 lượt người tham dự;\n+ 03 hội nghị cho doanh nghiệp với 250 lượt người tham dự.\n" +
		"- Tổ chức 02 cuộc thi tìm hiểu pháp luật.", nil},
	{"publications that add up", "Phát hành 3.500 tài liệu, gồm: 2.000 tờ gấp pháp luật về đất đai, 1.000 cuốn sổ tay hòa giải và 500 cuốn bản tin tư pháp.", nil},
	{"women among staff, no fraction written", "Tổng số công chức, viên chức của Sở là 64 người, trong đó nữ 35 người, chiếm 54,7%.", nil},
	{"citations written right", "Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính " +
		"và Kế hoạch số 120/KH-UBND ngày 25/01/2024 của UBND tỉnh, UBND huyện ban hành Kế hoạch số 15/KH-UBND ngày 05/02/2024 triển khai thực hiện trên địa bàn huyện.", nil},
	{"headings in sequence", "I. KẾT QUẢ THỰC HIỆN\n1. Cải cách thể chế\na) Xây dựng văn bản\nTrình HĐND huyện thông qua 02 nghị quyết.\nb) Kiểm tra văn bản\n" +
		"Tự kiểm tra 15 văn bản.\nc) Rà soát\nd) Hệ thống hóa\nđ) Theo dõi thi hành\ne) Pháp điển\n2. Cải cách thủ tục hành chính\n2.1. Kiểm soát\n2.2. Công khai\nII. PHƯƠNG HƯỚNG", nil},
	{"dossiers with carry-over", "Tổng số hồ sơ tiếp nhận trong kỳ là 1.286 hồ sơ (kỳ trước chuyển sang 14 hồ sơ, tiếp nhận mới 1.272 hồ sơ); đã giải quyết 1.270 hồ sơ, đang giải quyết 16 hồ sơ.", nil},
	{"satisfaction rate", "Kết quả đánh giá mức độ hài lòng: 1.038/1.040 hồ sơ được đánh giá rất hài lòng và hài lòng, đạt 99,8%.", nil},
	{"rewards", "Chủ tịch UBND huyện tặng Giấy khen cho 05 tập thể và 12 cá nhân; công nhận danh hiệu Lao động tiên tiến cho 48 cá nhân, Chiến sĩ thi đua cơ sở cho 06 cá nhân.", nil},
	{"documents signed digitally", "Số văn bản đi: 2.846 văn bản, trong đó 2.846 văn bản được ký số (đạt 100%).", nil},
	{"period and date that agree", head("Thoại Sơn", "ngày 20 tháng 9 năm 2024", "Công tác cải cách hành chính quý III năm 2024") +
		"UBND xã Vĩnh Chánh báo cáo kết quả công tác cải cách hành chính quý III năm 2024 như sau:\nNgày 05/8/2024, UBND xã tổ chức hội nghị đối thoại với Nhân dân.", nil},
	{"a partial list after trong đó", "Huyện đã tổ chức 25 lớp tập huấn, trong đó 10 lớp cho cán bộ cấp xã, 12 lớp cho hòa giải viên ở cơ sở.", nil},
	{"a growth is not a rate", "Số hồ sơ trực tuyến tăng 15% so với cùng kỳ; 1.240/1.300 hồ sơ được số hóa, đạt 95,4%.", nil},
	{"online levels, part of the catalogue", "Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã là 112 thủ tục; trong đó dịch vụ công trực tuyến toàn trình 45 thủ tục, một phần 60 thủ tục.", nil},
	{"events with one attendance missing", "Tổ chức 04 buổi sinh hoạt Ngày Pháp luật với tổng số 600 lượt người tham dự. Cụ thể:\n+ Tại xã Phú Hòa: 180 lượt người tham dự;\n" +
		"+ Tại xã Tây Phú: 170 lượt người tham dự;\n+ Tại thị trấn Núi Sập: 200 lượt người tham dự;\n+ Tại xã Vọng Thê: tổ chức lồng ghép với họp dân.", nil},
	{"a deadline after the report", head("Long Xuyên", "ngày 10 tháng 10 năm 2024", "Công tác cải cách hành chính 9 tháng đầu năm 2024") +
		"Sở đang hoàn thiện dự thảo Đề án, dự kiến trình UBND tỉnh trước ngày 31/12/2024.", nil},
	{"square metres are no footnote", "Trụ sở Bộ phận Một cửa được cải tạo với diện tích 120 m², bố trí 06 quầy tiếp nhận và trả kết quả.", nil},
	{"a Party document", "Quán triệt Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng và Kế hoạch số 217-KH/BDVTU ngày 09/4/2024 của Ban Dân vận Tỉnh ủy.", nil},
	{"resolved and pending that balance", "Sở tiếp nhận 3.215 hồ sơ; đã giải quyết 3.150 hồ sơ (đúng hạn 3.148 hồ sơ, quá hạn 02 hồ sơ); đang giải quyết 65 hồ sơ, trong đó trong hạn 60 hồ sơ, quá hạn 05 hồ sơ.", nil},

	// Passages with slips.
	{"portal: parts exceed the total", "Tháng 9/2024, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 2.350 hồ sơ, trong đó trực tuyến 1.980 hồ sơ, trực tiếp 380 hồ sơ; đã giải quyết 2.350 hồ sơ.",
		[]finding.Code{"tthc.dossier.received"}},
	{"resolved breakdown", "Đã giải quyết 865 hồ sơ (trước hạn 402, đúng hạn 455, quá hạn 04); đang giải quyết 12 hồ sơ.",
		[]finding.Code{"tthc.dossier.resolved"}},
	{"on-time rate truncated", "UBND phường tiếp nhận 530 hồ sơ; đã giải quyết 527 hồ sơ, trong đó đúng hạn 512 hồ sơ, quá hạn 15 hồ sơ; đang giải quyết 03 hồ sơ. Tỷ lệ giải quyết đúng hạn đạt 97,1%.",
		[]finding.Code{"tthc.dossier.on_time_rate.truncated"}},
	{"more resolved and pending than received", "Trong quý, Sở tiếp nhận 640 hồ sơ; đã giải quyết 618 hồ sơ, đang giải quyết 31 hồ sơ.",
		[]finding.Code{"tthc.dossier.balance.mismatch"}},
	{"pending breakdown", "Tiếp nhận 210 hồ sơ; đã giải quyết 190 hồ sơ; đang giải quyết 20 hồ sơ, trong đó trong hạn 17 hồ sơ, quá hạn 02 hồ sơ.",
		[]finding.Code{"tthc.dossier.pending"}},
	{"a rate that does not round", "Có 12/14 xã, thị trấn được công nhận đạt chuẩn tiếp cận pháp luật, đạt tỷ lệ 85,8%.",
		[]finding.Code{lint.CodeFigureRate}},
	{"plan rate", "Đã hoàn thành 45/48 nhiệm vụ theo kế hoạch, đạt 95%.",
		[]finding.Code{"reform.plan.rate"}},
	{"leaflets that do not add up", "In và cấp phát 6.200 tờ gấp, gồm: 3.000 tờ gấp về Luật Đất đai năm 2024, 2.000 tờ gấp về phòng, chống ma túy và 1.500 tờ gấp về an toàn giao thông.",
		[]finding.Code{"dissemination.publications.copies"}},
	{"attendance that does not add up", "- Tổ chức 03 hội nghị với tổng số 420 lượt người tham dự. Cụ thể:\n+ Hội nghị tại xã An Hòa: 150 lượt người tham dự;\n" +
		"+ Hội nghị tại xã An Bình: 140 lượt người tham dự;\n+ Hội nghị tại thị trấn: 150 lượt người tham dự.",
		[]finding.Code{"dissemination.events.attendance"}},
	{"the base of a ratio", "Phòng Tư pháp huyện hiện có 06 công chức, 01 hợp đồng lao động.\nVề bình đẳng giới, Phòng Tư pháp huyện có 3/7 công chức nữ (đạt 42,9%).",
		[]finding.Code{"personnel.base.mismatch"}},
	{"a repeated number", "1. Cải cách thể chế\n2. Cải cách thủ tục hành chính\n2. Cải cách tổ chức bộ máy\n3. Cải cách chế độ công vụ",
		[]finding.Code{lint.CodeNumberingRepeat}},
	{"a letter left out", "a) Rà soát thủ tục\nb) Công bố thủ tục\nc) Công khai thủ tục\nd) Một cửa\ne) Kết quả giải quyết",
		[]finding.Code{lint.CodeNumberingSkip}},
	{"a Roman number left out", "I. CÔNG TÁC CHỈ ĐẠO\nII. KẾT QUẢ THỰC HIỆN\nIV. PHƯƠNG HƯỚNG, NHIỆM VỤ",
		[]finding.Code{lint.CodeNumberingSkip}},
	{"a dotted number under the wrong heading", "1. Cải cách thể chế\n2. Cải cách thủ tục hành chính\n2.1. Kiểm soát\n3.2. Công khai",
		[]finding.Code{lint.CodeNumberingParent}},
	{"a decree dated another year", "Triển khai Nghị định số 107/2021/NĐ-CP ngày 06/12/2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP.",
		[]finding.Code{"citation.year.mismatch"}},
	{"a kind and its symbol", "Thực hiện Quyết định số 25/KH-UBND ngày 15/01/2024 của UBND huyện về công tác cải cách hành chính năm 2024.",
		[]finding.Code{"citation.kind.mismatch"}},
	{"a number without its leading zero", "Ban hành Kế hoạch số 5/KH-UBND ngày 10/01/2024 về kiểm soát thủ tục hành chính.",
		[]finding.Code{"citation.symbol.malformed"}},
	{"a mark without its note", "UBND huyện ban hành Kế hoạch rà soát văn bản quy phạm pháp luật năm 2024¹.",
		[]finding.Code{lint.CodeFootnoteMissing}},
	{"a look-alike letter", "Kết quả giải quyết hồ sơ của xã Ðông Hòa được công khai trên Cổng dịch vụ công.",
		[]finding.Code{lint.CodeTextLookalike}},
	{"two spaces", "Sở đã tổ chức  02 lớp tập huấn nghiệp vụ kiểm soát thủ tục hành chính.",
		[]finding.Code{lint.CodeTextSpace}},
	{"the period named differently", head("Châu Phú", "ngày 18 tháng 6 năm 2024", "Công tác cải cách hành chính 6 tháng đầu năm 2024") +
		"UBND huyện báo cáo kết quả công tác cải cách hành chính 9 tháng đầu năm 2024 như sau:",
		[]finding.Code{lint.CodePeriodMismatch}},
	{"a day without its leading zero", head("Châu Thành", "ngày 5 tháng 7 năm 2024", "Công tác cải cách hành chính 6 tháng đầu năm 2024") +
		"UBND huyện báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm 2024 như sau:",
		[]finding.Code{lint.CodeHeaderDate}},
	{"an event after the report", head("Tân Châu", "ngày 10 tháng 10 năm 2024", "Công tác cải cách hành chính 9 tháng đầu năm 2024") +
		"Ngày 25/10/2024, UBND xã tổ chức hội nghị tuyên truyền về cải cách hành chính.",
		[]finding.Code{lint.CodeDateFuture}},
	{"the last recipient", "Trên đây là báo cáo công tác cải cách hành chính của UBND xã./.\nNơi nhận:\n- UBND huyện;\n- Lưu: VT\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An",
		[]finding.Code{lint.CodeClosingRecipients}},
	{"levels that do not add up", "Tổng số thủ tục là 96; trong đó mức độ 2 là 30 thủ tục, mức độ 3 là 25 thủ tục, mức độ 4 là 40 thủ tục.",
		[]finding.Code{"tthc.catalogue.total"}},
	{"decomposed text", "Kết quả giải quyết thủ tục hành chính của Sở Tư pha\u0301p được công khai.",
		[]finding.Code{lint.CodeTextNFC}},
	{"a comma typed twice", "Tổ chức tập huấn cho cán bộ,, công chức cấp xã về kỹ năng tiếp nhận hồ sơ.",
		[]finding.Code{lint.CodeTextPunctuation}},
	{"a note nothing refers to", "UBND huyện ban hành Kế hoạch rà soát thủ tục hành chính¹.\n¹ Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND huyện\n² Kế hoạch số 20/KH-UBND ngày 22/01/2024 của UBND huyện",
		[]finding.Code{lint.CodeFootnoteUnused}},
	{"marks out of order", "Ban hành Kế hoạch kiểm tra² và Kế hoạch rà soát¹.\n¹ Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND huyện\n² Kế hoạch số 20/KH-UBND ngày 22/01/2024 của UBND huyện",
		[]finding.Code{lint.CodeFootnoteOrder}},
	{"one plan for two", "UBND huyện ban hành Kế hoạch kiểm tra công vụ năm 2024¹; Kế hoạch tuyên truyền cải cách hành chính năm 2024².\n" +
		"¹ Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND huyện\n² Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND huyện",
		[]finding.Code{"citation.conflict.source"}},
	{"the same plan twice", "UBND huyện ban hành Kế hoạch kiểm tra công vụ năm 2024¹. Thực hiện Kế hoạch kiểm tra công vụ năm 2024², đã kiểm tra 05 xã.\n" +
		"¹ Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND huyện\n² Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND huyện", nil},
	{"a letter Vietnamese does not use", "a) Rà soát\nb) Công bố\nf) Công khai",
		[]finding.Code{lint.CodeNumberingLetter}},
	{"a V/v on a report", "BÁO CÁO\nV/v kết quả công tác cải cách hành chính quý I năm 2024\nUBND xã báo cáo như sau:",
		[]finding.Code{lint.CodeTitleVV}},
	{"qualifications with others", "Về chuyên môn, Sở có 14 thạc sĩ (10 luật, 03 khác).",
		[]finding.Code{lint.CodeFigureSum}},
}

// TestCorpus lints every passage of the corpus and compares its findings
// with those expected; it reports the false alarms (findings not
// expected) and the misses.
func TestCorpus(t *testing.T) {
	require.GreaterOrEqual(t, len(corpus), 30)
	expected, found, falseAlarms, misses, clean := 0, 0, 0, 0, 0
	all := lint.AllRules()
	for _, cc := range corpus {
		res, err := lint.Bytes(cc.name+".txt", []byte(cc.text), lint.Options{})
		require.NoError(t, err, cc.name)
		var got []finding.Code
		for _, f := range res.Findings {
			got = append(got, f.Code)
			rule, ok := all.Lookup(f.Code)
			assert.True(t, ok, "%s: code %s is in lint.AllRules()", cc.name, f.Code)
			assert.Equal(t, rule.Severity, f.Severity, "%s: %s has its catalogue's severity", cc.name, f.Code)
			assert.NotEmpty(t, f.Place.Quote, "%s: %s quotes its text", cc.name, f.Code)
		}
		if len(cc.want) == 0 {
			clean++
		}
		expected += len(cc.want)
		found += len(got)
		extra, missing := diff(got, cc.want)
		falseAlarms += len(extra)
		misses += len(missing)
		if !assert.Equal(t, cc.want, got, cc.name) {
			for _, f := range res.Findings {
				t.Logf("  %s %s %q: %s", f.Code, f.Place, f.Place.Quote, f.Message)
			}
		}
	}
	t.Logf("corpus: %d passages (%d without slips), %d findings expected, %d made, %d false alarms, %d missed",
		len(corpus), clean, expected, found, falseAlarms, misses)
	assert.Zero(t, falseAlarms, "false alarms")
}

// diff returns the codes of got not in want and of want not in got,
// counting repeats.
func diff(got, want []finding.Code) (extra, missing []finding.Code) {
	left := map[finding.Code]int{}
	for _, c := range want {
		left[c]++
	}
	for _, c := range got {
		if left[c] > 0 {
			left[c]--
			continue
		}
		extra = append(extra, c)
	}
	for c, n := range left {
		for range n {
			missing = append(missing, c)
		}
	}
	return extra, missing
}

// ExampleBytes lints a passage of a commune report.
func ExampleBytes() {
	text := "UBND xã tiếp nhận 640 hồ sơ; đã giải quyết 618 hồ sơ, đang giải quyết 31 hồ sơ.\n" +
		"Có 12/14 ấp đạt chuẩn, đạt tỷ lệ 85,8%."
	res, err := lint.Bytes("bao-cao.txt", []byte(text), lint.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range res.Findings {
		fmt.Printf("%s %s (%s): %s\n", f.Severity, f.Code, f.Place, strings.TrimSpace(f.Message))
	}
	// Output:
	// error tthc.dossier.balance.mismatch (mở đầu, đoạn 1): Tổng số hồ sơ tiếp nhận ghi 640 nhưng các thành phần cộng lại được 649 (đã giải quyết 618 + đang giải quyết 31), chênh lệch 9.
	// error lint.figure.rate (mở đầu, đoạn 2): Tỷ lệ ấp ghi 85,8% nhưng 12/14 tính được 85,7% (làm tròn), chênh lệch 0,1 điểm phần trăm.
}
