package citation_test

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/vn"
)

func ExampleParse() {
	c, err := citation.Parse("Nghị định 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Kind, c.Family, c.Number, c.Year, c.Groups, vn.CitationDate(c.Date), c.Issuer)
	fmt.Println(c.Symbol())
	fmt.Println(c)

	_, err = citation.Parse("Kế hoạch cải cách hành chính")
	fmt.Println(err)
	// Output:
	// Nghị định normative 130 2005 [NĐ CP] 17/10/2005 Chính phủ
	// 130/2005/NĐ-CP
	// Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ
	// citation: "Kế hoạch cải cách hành chính": expected "số" and a số, ký hiệu after "Kế hoạch", e.g. "Kế hoạch số 1247/KH-UBND"
}

func ExampleReference_String() {
	r := citation.Reference{
		Kind:   citation.Plan,
		Number: 1247,
		Groups: []string{"KH", "UBND"},
		Date:   vn.Date(2023, 12, 29),
		Issuer: "Ủy ban nhân dân tỉnh An Giang",
	}
	fmt.Println(r)
	fmt.Println(r.Format(citation.Short))

	// The date follows the header's leading-zero rule: day < 10 and
	// months 1 and 2 padded.
	r = citation.Reference{Kind: citation.Circular, Number: 1, Year: 2022, Groups: []string{"TT", "BTP"}, Date: vn.Date(2022, 1, 4)}
	fmt.Println(r)
	r = citation.Reference{Kind: citation.Resolution, Family: citation.Party, Number: 18, Groups: []string{"NQ", "TW"}, Date: vn.Date(2017, 10, 25)}
	fmt.Println(r)
	// Output:
	// Kế hoạch số 1247/KH-UBND ngày 29/12/2023 của Ủy ban nhân dân tỉnh An Giang
	// Kế hoạch số 1247/KH-UBND
	// Thông tư số 01/2022/TT-BTP ngày 04/01/2022
	// Nghị quyết số 18-NQ/TW ngày 25/10/2017
}

func ExampleCiter() {
	decree := citation.MustParse("Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính")
	var c citation.Citer
	fmt.Println(c.Cite(decree.Reference))
	fmt.Println(c.Cite(decree.Reference))
	// Output:
	// Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính
	// Nghị định số 63/2010/NĐ-CP
}

func ExampleScan() {
	text := "Thực hiện Quyết định số 766/QĐ-TTg ngày 23-06-2022 của Thủ tướng Chính phủ và " +
		"Nghị quyết số 18-NQ/TW ngày 25/10/2017; tiếp tục triển khai Luật Hộ tịch."
	for _, c := range citation.Scan(text) {
		fmt.Printf("[%d:%d] %s\n", c.Start, c.End, c.Text)
		fmt.Printf("  %s\n", c)
	}
	// Output:
	// [14:97] Quyết định số 766/QĐ-TTg ngày 23-06-2022 của Thủ tướng Chính phủ
	//   Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ
	// [102:147] Nghị quyết số 18-NQ/TW ngày 25/10/2017
	//   Nghị quyết số 18-NQ/TW ngày 25/10/2017
	// [175:193] Luật Hộ tịch
	//   Luật Hộ tịch
}

func ExampleCheckAll() {
	text := "Thực hiện Nghị định 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ; Thông tư số 04/2020/BTT-BTP; " +
		"Quyết định số 143/QĐTTg ngày 02/02/2024; Nghị định 130/2005/NĐ-CP ngày 17/10/2015."
	cits := citation.ScanAt("narrative", text)
	for _, f := range citation.CheckAll(cits, citation.Options{ReportDate: vn.Date(2024, 11, 19)}) {
		fmt.Println(f.Severity, f.Code, f.Path)
		fmt.Println(" ", f.Message)
	}
	// Output:
	// error citation.kind.mismatch narrative[82:113]
	//   Thông tư số 04/2020/BTT-BTP: ký hiệu “BTT” là chữ viết tắt của Bản thỏa thuận, không phải của Thông tư (“TT”).
	// error citation.symbol.malformed narrative[115:163]
	//   Quyết định số 143/QĐTTg: số, ký hiệu viết sai quy cách: thiếu dấu “-” giữa “QĐ” và “TTg”. Cách viết đúng: 143/QĐ-TTg.
	// error citation.year.mismatch narrative[165:212]
	//   Nghị định số 130/2005/NĐ-CP: năm trong số, ký hiệu là 2005 nhưng ngày ban hành ghi 17/10/2015.
	// error citation.conflict.date narrative[165:212]
	//   Nghị định số 130/2005/NĐ-CP được dẫn với ngày ban hành 17/10/2015, khác với ngày 17/10/2005 ở lần dẫn trước.
}
