package tthc_test

import (
	"fmt"

	"github.com/cchc-go/cchc/tthc"
	"github.com/shopspring/decimal"
)

func i64(n int64) *int64 { return &n }

// reference is the figures of section II.2 of the reference report (Báo
// cáo số 380/BC-STP of Sở Tư pháp An Giang), as the report states them. It
// does not split early from on time ("15.264 hồ sơ đúng hạn"), so Early is
// left out and OnTime counts both; it does not split the 301 pending
// dossiers into in time and overdue.
func reference() *tthc.Section {
	return &tthc.Section{
		Unit: "Sở Tư pháp", UnitShort: "Sở",
		Catalogue: &tthc.Catalogue{
			Levels:   &tthc.Levels{Level2: i64(49), Level3: i64(25), Level4: i64(74)},
			Declared: tthc.DeclaredCatalogue{Total: i64(148)},
		},
		Dossiers: &tthc.Dossiers{
			Counts:   tthc.Counts{Online: 8252, InPerson: 6806, CarriedOver: 555, OnTime: 15264, Late: 1, Pending: 301},
			Declared: tthc.DeclaredDossiers{Received: i64(15613), Resolved: i64(15265)},
		},
		Feedback: &tthc.Feedback{Received: 3, Answered: i64(3), Channel: "Cổng dịch vụ công Quốc gia"},
	}
}

// The dossier paragraph of sub-item đ), generated from the reference
// report's figures in its own words: every figure is derived from the data
// (15.613 = 8.252 + 6.806 + 555; 15.265 = 15.264 + 01).
func ExampleSection_DossierParagraph() {
	s := reference()
	text, err := s.DossierParagraph(tthc.DefaultWording())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(text)
	// Output:
	// Kết quả giải quyết TTHC: Sở Tư pháp tiếp nhận 15.613 hồ sơ; trong đó hồ sơ trực tuyến là 8.252, trực tiếp 6.806, hồ sơ kỳ trước chuyển sang là 555. Số lượng hồ sơ đã giải quyết là 15.265 (trong đó 15.264 hồ sơ đúng hạn, 01 hồ sơ quá hạn); số lượng hồ sơ đang giải quyết là 301 hồ sơ.
}

// The catalogue sentence of sub-item c).
func ExampleSection_CatalogueSentence() {
	s := reference()
	text, err := s.CatalogueSentence(tthc.DefaultWording())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(text)
	// Output:
	// Số lượng thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp: Tổng số thủ tục là 148; trong đó mức độ 2 là 49 thủ tục, mức độ 3 là 25 thủ tục, mức độ 4 là 74 thủ tục.
}

// The reference report's dossiers do not balance: 15.613 received, but
// 15.265 resolved + 301 pending = 15.566. It keeps no count of withdrawn,
// returned or refused dossiers, which could explain the gap, so the check is
// a warning naming the 47 unexplained dossiers, not an error.
func ExampleSection_Validate() {
	s := reference()
	for _, f := range s.Validate() {
		fmt.Println(f.Severity, f.Code, f.Path)
		fmt.Println(f.Message)
	}
	// Output:
	// warning tthc.dossier.balance dossiers.pending
	// Số hồ sơ tiếp nhận là 15.613 nhưng số hồ sơ đã giải quyết và đang giải quyết cộng lại là 15.566 (đã giải quyết 15.265 + đang giải quyết 301); còn 47 hồ sơ chưa rõ kết quả, không có số hồ sơ rút, trả lại hoặc từ chối giải quyết để giải thích.
}

// The indicators of Quyết định 766/QĐ-TTg that the reference report's
// figures support. Only 3.3 has its figures: 8.252 online of 15.058 received
// in the period (carry-over excluded). 2.1 needs the pending dossiers still
// in time and 5.2 the feedback answered on time, which the report does not
// give; 3.1 needs the catalogue by toàn trình / một phần, not by mức độ.
// What is missing is "not computable", never 0. The maximum of 3.3 is not
// confirmed in the sources, so the scheme leaves it unset.
func ExampleSection_Indicators() {
	s := reference()
	is, err := s.Indicators(tthc.Scheme766())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, i := range is {
		fmt.Println(i)
	}
	// Output:
	// 2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn: không tính được — thiếu số hồ sơ đang giải quyết trong hạn (chưa tách trong hạn, quá hạn)
	// 3.1 Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến: không tính được — danh mục phân loại theo mức độ 1–4 (Nghị định 43/2011/NĐ-CP), không theo dịch vụ công trực tuyến toàn trình, một phần
	// 3.3 Tỷ lệ hồ sơ tiếp nhận trực tuyến: 54,8% (8.252/15.058) — đạt ngưỡng 50% để được điểm tối đa; điểm tối đa của chỉ số chưa được xác định: chưa tính điểm
	// 4.1 Tỷ lệ hồ sơ được cấp kết quả điện tử: không tính được — phần thủ tục hành chính không có số liệu hồ sơ cấp kết quả điện tử
	// 4.2 Tỷ lệ số hóa hồ sơ: không tính được — phần thủ tục hành chính không có số liệu số hóa hồ sơ
	// 5.2 Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn: không tính được — thiếu số phản ánh, kiến nghị trả lời đúng hạn
	// 5.4 Tỷ lệ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính: không tính được — phần thủ tục hành chính không có số liệu khiếu nại, mức độ hài lòng
}

// A unit whose one-stop system gives every split, scored under the 766
// scheme with a maximum the province sets for 3.3 (not confirmed in the
// sources): 2.1 = (200 early + 700 on time + 80 pending in time) / 1.000
// received = 98%, 20 × 0,98 = 19,6 points; 3.3 = 600 / 900 = 66,7% ≥ 50%,
// full marks; 5.2 = (02 answered on time + 01 pending in time) / 04 = 75%,
// 6 × 0,75 = 4,5 points.
func ExampleScheme_WithMax() {
	s := &tthc.Section{
		Unit: "Sở Nội vụ",
		Dossiers: &tthc.Dossiers{Counts: tthc.Counts{Online: 600, InPerson: 300, CarriedOver: 100,
			Early: i64(200), OnTime: 700, Late: 10, Pending: 90, PendingInTime: i64(80), PendingOverdue: i64(10)}},
		Feedback: &tthc.Feedback{Received: 4, Answered: i64(3), AnsweredOnTime: i64(2), PendingInTime: i64(1)},
	}
	scheme, err := tthc.Scheme766().WithMax("3.3", decimal.NewFromInt(6))
	if err != nil {
		fmt.Println(err)
		return
	}
	is, err := s.Indicators(scheme)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, i := range is {
		if i.Computable() {
			fmt.Println(i)
		}
	}
	// Output:
	// 2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn: 98% (980/1.000); điểm 19,6/20
	// 3.3 Tỷ lệ hồ sơ tiếp nhận trực tuyến: 66,7% (600/900); điểm 6/6
	// 5.2 Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn: 75% (3/4); điểm 4,5/6
}

// Units roll up by adding counts; rates are derived again from the sums,
// never averaged. The reference department resolved 15.264 of 15.265
// dossiers on time (99,99%), a second one 900 of 980 (91,8%): the roll-up's
// rate is 16.164 / 16.245 = 99,5%, not the average 95,9%. Declared figures
// belong to one report and are dropped; the caller names the roll-up.
func ExampleSum() {
	a := reference()
	b := &tthc.Section{Unit: "Sở Nội vụ", UnitShort: "Sở",
		Catalogue: &tthc.Catalogue{Levels: &tthc.Levels{Level2: i64(10), Level4: i64(20)}},
		Dossiers: &tthc.Dossiers{Counts: tthc.Counts{Online: 400, InPerson: 500, CarriedOver: 100,
			OnTime: 900, Late: 80, Pending: 20}},
		Feedback: &tthc.Feedback{Received: 0, Answered: i64(0)},
	}
	sum, err := tthc.Sum(*a, *b)
	if err != nil {
		fmt.Println(err)
		return
	}
	sum.Unit = "Các sở"
	w := tthc.DefaultWording()
	w.Dossiers = "{{.Unit}} tiếp nhận {{.Received}} hồ sơ, đã giải quyết {{.Resolved}} hồ sơ, " +
		"tỷ lệ giải quyết đúng hạn {{.OnTimeRate}}, tỷ lệ hồ sơ trực tuyến {{.OnlineRate}}."
	text, err := sum.DossierParagraph(w)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(text)
	catalogue, err := sum.CatalogueSentence(w)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(catalogue)
	// Output:
	// Các sở tiếp nhận 16.613 hồ sơ, đã giải quyết 16.245 hồ sơ, tỷ lệ giải quyết đúng hạn 99,5%, tỷ lệ hồ sơ trực tuyến 54,2%.
	// Số lượng thủ tục hành chính thuộc thẩm quyền giải quyết của Các sở: Tổng số thủ tục là 178; trong đó mức độ 2 là 59 thủ tục, mức độ 3 là 25 thủ tục, mức độ 4 là 94 thủ tục.
}

// A roll-up that holds its units' sections where they are (a report each)
// adds them with SumSeq, without a slice of copies first.
func ExampleSumSeq() {
	units := []*tthc.Section{reference(), {Unit: "Sở Nội vụ", UnitShort: "Sở",
		Dossiers: &tthc.Dossiers{Counts: tthc.Counts{Online: 400, InPerson: 500, CarriedOver: 100,
			OnTime: 900, Late: 80, Pending: 20}}}}
	sum, err := tthc.SumSeq(func(yield func(tthc.Section) bool) {
		for _, u := range units {
			if !yield(*u) {
				return
			}
		}
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	c := sum.Dossiers.Counts
	fmt.Println(c.Online, c.InPerson, c.CarriedOver, c.Pending)
	// Output:
	// 8652 7306 655 321
}
