package examples_test

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/render/text"
	"github.com/cchc-go/cchc/reform/vn"
)

// Load the reference report from the interchange format, validate it and
// print what the checks find: the count by severity, then every error with
// the JSON path of the figure or citation at fault, and one message in full.
func Example_validate() {
	f, err := os.Open("testdata/380-BC-STP.json")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	r, err := reform.DecodeFrom(f)
	if err != nil {
		log.Fatal(err) // not a report: every problem with its JSON path
	}

	findings := r.Validate()
	fmt.Printf("%d lỗi, %d cảnh báo, %d lưu ý\n", len(findings.Errors()), len(findings.Warnings()), len(findings.Infos()))
	for _, e := range findings.Errors() {
		fmt.Println(e.Code, e.Path)
	}
	fmt.Println(findings.WithCode("dissemination.publications.copies")[0].Message)
	// Output:
	// 7 lỗi, 5 cảnh báo, 19 lưu ý
	// dissemination.publications.copies direction.communication.publications.declared.copies
	// personnel.base.mismatch results.personnel.civil_service.gender.groups[0].total
	// citation.symbol.malformed results.institutions.parts[2].text[0].paragraph.text[1341:1588]
	// citation.symbol.malformed results.procedures.new_procedures[0].bullets[1].text[133:212]
	// citation.year.mismatch results.finance.parts[2].parts[0].title[39:86]
	// citation.conflict.date results.finance.parts[2].parts[0].title[39:86]
	// citation.kind.mismatch directions.areas[4].text[0].bullets[1].text[200:324]
	// Tổng số tài liệu ghi 4.521 nhưng các thành phần cộng lại được 4.520 (1.000 + 230 + 460 + 140 + 1.000 + 400 + 1.000 + 195 + 95), chênh lệch 1.
}

// Render the reference report as plain text, wrapped at 72 characters and
// without emphasis marks, and print one section: II.6, from its heading to
// the heading of III. Every figure in it is generated from the data: "tất
// cả" because every document was handled, "100%" because every civil servant
// has an address, "hơn 1 triệu" from 1000000 with the qualifier more_than.
func Example_sectionText() {
	data, err := os.ReadFile("testdata/380-BC-STP.json")
	if err != nil {
		log.Fatal(err)
	}
	r, err := reform.Decode(data)
	if err != nil {
		log.Fatal(err)
	}
	d, err := r.Document()
	if err != nil {
		log.Fatal(err)
	}
	var b strings.Builder
	if err := text.WriteOptions(&b, d, text.Options{Width: 72, Plain: true}); err != nil {
		log.Fatal(err)
	}
	s := b.String()
	from := strings.Index(s, "6. Xây dựng và phát triển Chính quyền điện tử")
	to := strings.Index(s, "III. ĐÁNH GIÁ CHUNG")
	fmt.Print(s[from:to])
	// Output:
	// 6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số
	//
	// 6.1. Ứng dụng CNTT trong hoạt động của cơ quan hành chính nhà nước
	//
	// - Ban hành Kế hoạch số 64/KH-STP ngày 27/03/2024 của Sở Tư pháp về
	//   Chuyển đổi số của Sở Tư pháp năm 2024.
	//
	// - Tình hình sử dụng phần mềm quản lý văn bản:
	//
	// + Số văn bản đến: 10.343 văn bản (trừ các văn bản mật), tất cả đều đã
	//   được phân công xử lý trên hệ thống văn phòng điện tử.
	//
	// + Số văn bản đi: 3.728 văn bản, tất cả văn bản đều được ký số và xử lý
	//   phát hành trên hệ thống văn phòng điện tử.
	//
	// - Số lượng thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư
	//   pháp: Tổng số thủ tục là 148; trong đó mức độ 2 là 49 thủ tục, mức độ
	//   3 là 25 thủ tục, mức độ 4 là 74 thủ tục.
	//
	// - 100% công chức, viên chức đều được cấp thư điện tử để trao đổi công
	//   việc chuyên môn.
	//
	// - Về số hóa sổ hộ tịch: Thực hiện Đề án “Cơ sở dữ liệu hộ tịch điện tử
	//   toàn quốc” của Bộ Tư pháp, từ năm 2017, UBND tỉnh giao Sở Tư pháp chủ
	//   trì thực hiện Dự án chuyển đổi dữ liệu hộ tịch gồm 2 giai đoạn: Giai
	//   đoạn 1, số hóa hơn 1 triệu dữ liệu hộ tịch (Khai sinh, khai tử, kết
	//   hôn từ năm 2003-2015). Giai đoạn 2, số hóa trên 2,5 triệu dữ liệu hộ
	//   tịch lịch sử còn lại. Đến nay, đã số hóa xong toàn bộ dữ liệu hộ tịch
	//   và đã đưa tất cả dữ liệu này lên cơ sở dữ liệu quốc gia.
	//
	// - Hướng dẫn, hỗ trợ công chức cấp xã chuyển đổi dữ liệu từ Hệ thống 158
	//   sang Hệ thống thông tin quản lý Hộ tịch. Báo cáo tình hình, kết quả
	//   thực hiện nhiệm vụ bảo đảm an toàn, an ninh mạng của Sở Tư pháp 06
	//   tháng đầu năm 2024. Rà soát, báo cáo kết quả triển khai mô hình điểm
	//   trên địa bàn tỉnh để phục vụ sơ kết Đề án 06/CP trong 06 tháng đầu năm
	//   2024.
}

// Roll the quý III reports of three districts up into one report of the
// province: counts add, and the rate of dossiers resolved early or on time
// is derived again from the sums. It is not the mean of the districts'
// rates (99,7%, 98,5% and 100% average 99,4%).
func Example_aggregate() {
	var units []*reform.Report
	for _, name := range []string{"district-an-thanh.json", "district-phu-hung.json", "district-tan-lap.json"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			log.Fatal(err)
		}
		r, err := reform.Decode(data)
		if err != nil {
			log.Fatal(err)
		}
		units = append(units, r)
	}
	header := reform.Header{
		ParentAgency: "Ủy ban nhân dân tỉnh An Giang", Agency: "Sở Nội vụ", AgencyCode: "SNV",
		Place: "An Giang", Date: reform.NewDate(2024, 9, 30), SentTo: "Ủy ban nhân dân tỉnh",
	}
	period := reform.Period{Kind: reform.Quarter, Year: 2024, N: 3}
	sum, findings := reform.Aggregate(header, period, units, reform.AggregateOptions{})
	if len(findings) > 0 {
		log.Fatal(findings) // a unit of another period, or sections that cannot be added
	}

	for _, u := range append(units, sum) {
		// Totals are exact or an error: a count above finding.MaxCount
		// could make one leave the int64 range.
		c := u.Results.Procedures.Dossiers.Counts
		onTime, err1 := c.EarlyOrOnTime()
		resolved, err2 := c.Resolved()
		if err := errors.Join(err1, err2); err != nil {
			log.Fatal(err)
		}
		rate, err := vn.Percent(onTime, resolved, 1)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %s/%s = %s\n", u.Header.Agency, vn.Int(onTime), vn.Int(resolved), rate)
	}
	plan := sum.Direction.Plan
	fmt.Printf("Kế hoạch: %d/%d nhiệm vụ, tỷ lệ công bố: %q\n", plan.TasksDone, plan.TasksPlanned, plan.DeclaredRate)
	// Output:
	// Ủy ban nhân dân huyện An Thạnh: 4.121/4.133 = 99,7%
	// Ủy ban nhân dân huyện Phú Hưng: 2.935/2.980 = 98,5%
	// Ủy ban nhân dân huyện Tân Lập: 1.650/1.650 = 100%
	// Sở Nội vụ: 8.706/8.763 = 99,3%
	// Kế hoạch: 89/107 nhiệm vụ, tỷ lệ công bố: ""
}
