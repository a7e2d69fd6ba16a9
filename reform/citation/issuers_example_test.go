package citation_test

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/citation"
)

// A province adds the codes of its own bodies to the registry of issuing
// bodies; with the registry, the checks also read who issued each document
// and how its kind is written.
func ExampleIssuers_With() {
	reg := citation.DefaultIssuers().With(citation.Issuer{Code: "PTP", Name: "Phòng Tư pháp"})
	text := "Thực hiện Nghị quyết số 18/NQ-TW ngày 25/10/2017, Thông tư số 01/2022/TT-BPT ngày 04/01/2022 " +
		"và kế hoạch số 12/KH-PTP ngày 05/3/2024 của Phòng Tư pháp."
	for _, f := range citation.CheckAll(citation.Scan(text), citation.Options{Issuers: reg}) {
		fmt.Println(f.Severity, f.Code)
		fmt.Println(f.Message)
	}
	// Output:
	// error citation.issuer.form
	// Nghị quyết số 18/NQ-TW: “TW” là chữ viết tắt của Ban Chấp hành Trung ương, một cơ quan của Đảng: văn bản của Đảng có số, ký hiệu dạng số-LOẠI/CƠ QUAN, không theo thể thức của văn bản nhà nước: 18-NQ/TW.
	// warning citation.issuer.unknown
	// Thông tư số 01/2022/TT-BPT: chữ viết tắt tên cơ quan ban hành “BPT” không có trong danh mục cơ quan ban hành; có phải “BTP” (Bộ Tư pháp)?
	// info citation.kind.case
	// “kế hoạch số 12/KH-PTP ngày 05/3/2024 của Phòng Tư pháp”: tên loại văn bản “kế hoạch” viết thường; khi viện dẫn, tên loại văn bản viết hoa chữ cái đầu: “Kế hoạch số 12/KH-PTP ngày 05/3/2024 của Phòng Tư pháp”.
}
