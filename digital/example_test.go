package digital_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/section"
)

func count(n int64) *int64 { return &n }

// referenceSection is section II.6 of the reference report (Báo cáo số
// 380/BC-STP of Sở Tư pháp An Giang), figure by figure.
func referenceSection() *digital.Section {
	return &digital.Section{
		Agency: "Sở Tư pháp",
		Plan:   "Kế hoạch số 64/KH-STP ngày 27/03/2024 của Sở Tư pháp về Chuyển đổi số của Sở Tư pháp năm 2024",
		Documents: &digital.Documents{
			Incoming: &digital.Incoming{Total: 10343, ExcludesSecret: true, Handled: count(10343)},
			Outgoing: &digital.Outgoing{Total: 3728, Signed: count(3728), Issued: count(3728)},
		},
		Services: &digital.Services{
			Levels:   &digital.Levels{Level2: count(49), Level3: count(25), Level4: count(74)},
			Declared: digital.DeclaredServices{Total: count(148)},
		},
		Email: &digital.Email{All: true, Declared: digital.DeclaredEmail{Share: "100%"}},
		Digitisation: []digital.Project{{
			Title: "Về số hóa sổ hộ tịch",
			Intro: doc.Narrative{Text: "Thực hiện Đề án “Cơ sở dữ liệu hộ tịch điện tử toàn quốc” của Bộ Tư pháp, " +
				"từ năm 2017, UBND tỉnh giao Sở Tư pháp chủ trì thực hiện Dự án chuyển đổi dữ liệu hộ tịch"},
			Records: "dữ liệu hộ tịch",
			Phases: []digital.Phase{
				{Count: count(1_000_000), Qualifier: digital.MoreThan, Kinds: []string{"khai sinh", "khai tử", "kết hôn"},
					FromYear: 2003, ToYear: 2015, Done: true, Uploaded: true},
				{Count: count(2_500_000), Qualifier: digital.Above, Note: "lịch sử còn lại", Done: true, Uploaded: true},
			},
			Declared: digital.DeclaredProject{Phases: count(2)},
		}},
		Systems: section.Text{section.Bullets(doc.Narrative{Text: "Hướng dẫn, hỗ trợ công chức cấp xã chuyển đổi dữ liệu từ Hệ thống 158 sang " +
			"Hệ thống thông tin quản lý Hộ tịch. Báo cáo tình hình, kết quả thực hiện nhiệm vụ bảo đảm an toàn, an ninh mạng " +
			"của Sở Tư pháp 06 tháng đầu năm 2024. Rà soát, báo cáo kết quả triển khai mô hình điểm trên địa bàn tỉnh để " +
			"phục vụ sơ kết Đề án 06/CP trong 06 tháng đầu năm 2024."})},
	}
}

// printSection lays blocks out under section II.6 of a report and prints
// each line of section 6 with its number or marker.
func printSection(blocks []doc.Block) {
	var before []doc.Block
	for _, t := range []string{"Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy",
		"Cải cách chế độ công vụ", "Cải cách tài chính công"} {
		before = append(before, &doc.Section{Title: t})
	}
	style := doc.DefaultStyle()
	style.EndMark = ""
	l, err := doc.Lay(&doc.Document{
		Header: doc.Header{IssuingAgency: "SỞ TƯ PHÁP", Place: "An Giang", KindName: "BÁO CÁO",
			Date: time.Date(2024, 11, 19, 0, 0, 0, 0, time.UTC)},
		Body: []doc.Block{&doc.Section{Title: "Kết quả thực hiện", Blocks: append(before,
			&doc.Section{Title: "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", Blocks: blocks})}},
		Closing: doc.Closing{Signer: doc.Signer{Title: "GIÁM ĐỐC", Name: "Trịnh Tuấn Ngọc"}},
		Style:   &style,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range l.Body {
		if strings.HasPrefix(p.Path, "body[0].blocks[5]") {
			fmt.Println(p.Label, doc.PlainText(p.Spans))
		}
	}
}

// The figures of the reference report give back its section 6.1, in its
// register: "-" items, "+" items for the document flow, every figure derived
// from the data (148 = 49 + 25 + 74; "tất cả" because 3.728 of 3.728 were
// signed; "hơn 1 triệu" from 1.000.000 and more_than).
func ExampleSection_Blocks() {
	d := referenceSection()
	blocks, err := d.Blocks(digital.DefaultWording())
	if err != nil {
		fmt.Println(err)
		return
	}
	printSection(blocks)
	// Output:
	// 6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số
	// 6.1. Ứng dụng CNTT trong hoạt động của cơ quan hành chính nhà nước
	// - Ban hành Kế hoạch số 64/KH-STP ngày 27/03/2024 của Sở Tư pháp về Chuyển đổi số của Sở Tư pháp năm 2024.
	// - Tình hình sử dụng phần mềm quản lý văn bản:
	// + Số văn bản đến: 10.343 văn bản (trừ các văn bản mật), tất cả đều đã được phân công xử lý trên hệ thống văn phòng điện tử.
	// + Số văn bản đi: 3.728 văn bản, tất cả văn bản đều được ký số và xử lý phát hành trên hệ thống văn phòng điện tử.
	// - Số lượng thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp: Tổng số thủ tục là 148; trong đó mức độ 2 là 49 thủ tục, mức độ 3 là 25 thủ tục, mức độ 4 là 74 thủ tục.
	// - 100% công chức, viên chức đều được cấp thư điện tử để trao đổi công việc chuyên môn.
	// - Về số hóa sổ hộ tịch: Thực hiện Đề án “Cơ sở dữ liệu hộ tịch điện tử toàn quốc” của Bộ Tư pháp, từ năm 2017, UBND tỉnh giao Sở Tư pháp chủ trì thực hiện Dự án chuyển đổi dữ liệu hộ tịch gồm 2 giai đoạn: Giai đoạn 1, số hóa hơn 1 triệu dữ liệu hộ tịch (Khai sinh, khai tử, kết hôn từ năm 2003-2015). Giai đoạn 2, số hóa trên 2,5 triệu dữ liệu hộ tịch lịch sử còn lại. Đến nay, đã số hóa xong toàn bộ dữ liệu hộ tịch và đã đưa tất cả dữ liệu này lên cơ sở dữ liệu quốc gia.
	// - Hướng dẫn, hỗ trợ công chức cấp xã chuyển đổi dữ liệu từ Hệ thống 158 sang Hệ thống thông tin quản lý Hộ tịch. Báo cáo tình hình, kết quả thực hiện nhiệm vụ bảo đảm an toàn, an ninh mạng của Sở Tư pháp 06 tháng đầu năm 2024. Rà soát, báo cáo kết quả triển khai mô hình điểm trên địa bàn tỉnh để phục vụ sơ kết Đề án 06/CP trong 06 tháng đầu năm 2024.
}

// When fewer documents were signed than sent, the text says how many, with
// the share derived from the counts; a declared share that disagrees is a
// finding, not the printed figure.
func ExampleSection_Validate() {
	d := &digital.Section{Documents: &digital.Documents{Outgoing: &digital.Outgoing{
		Total: 3728, Signed: count(3500), Issued: count(3728),
		Declared: digital.DeclaredOutgoing{SignedShare: "93,8%"},
	}}}
	for _, f := range d.Validate() {
		fmt.Println(f.Severity, f.Code, f.Path)
		fmt.Println(f.Message)
	}
	w := digital.DefaultWording()
	w.Title = ""
	blocks, err := d.Blocks(w)
	if err != nil {
		fmt.Println(err)
		return
	}
	printSection(blocks)
	// Output:
	// warning digital.documents.share.truncated documents.outgoing.declared.signed_share
	// Tỷ lệ văn bản đi được ký số ghi 93,8% nhưng 3.500/3.728 tính được 93,9% (làm tròn); 93,8% là giá trị bị cắt bớt chữ số, không làm tròn.
	// 6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số
	// - Tình hình sử dụng phần mềm quản lý văn bản:
	// + Số văn bản đi: 3.728 văn bản, trong đó 3.500 văn bản (93,9%) được ký số; tất cả văn bản đều được xử lý phát hành trên hệ thống văn phòng điện tử.
}

// Sum rolls up units: counts add and the shares in the text are derived
// from the sums, never averaged.
func ExampleSum() {
	a := digital.Section{Documents: &digital.Documents{Outgoing: &digital.Outgoing{Total: 3728, Signed: count(3728)}}}
	b := digital.Section{Documents: &digital.Documents{Outgoing: &digital.Outgoing{Total: 200, Signed: count(100)}}}
	sum, err := digital.Sum(a, b)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(sum.Documents.Outgoing.Total, *sum.Documents.Outgoing.Signed)
	w := digital.DefaultWording()
	w.Title = ""
	blocks, _ := sum.Blocks(w)
	printSection(blocks)
	// Output:
	// 3928 3828
	// 6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số
	// - Tình hình sử dụng phần mềm quản lý văn bản:
	// + Số văn bản đi: 3.928 văn bản, trong đó 3.828 văn bản (97,5%) được ký số.
}
