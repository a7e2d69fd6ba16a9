package finding_test

import (
	"errors"
	"fmt"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/shopspring/decimal"
)

// The reference report states 15.613 dossiers received, 15.265 resolved and
// 301 pending: 47 dossiers are not accounted for. The balance is a warning
// (the form has no column for withdrawn or returned dossiers).
func ExampleSumEquals() {
	s := finding.Subject{
		Code:     "tthc.dossier.balance",
		Severity: finding.Warning,
		Path:     "tthc.dossiers.received",
		Label:    "tổng số hồ sơ tiếp nhận",
	}
	f, ok := finding.SumEquals(s, 15613,
		finding.Part{Label: "đã giải quyết", Path: "tthc.dossiers.resolved", Value: 15265},
		finding.Part{Label: "đang giải quyết", Path: "tthc.dossiers.pending", Value: 301},
	)
	fmt.Println(ok)
	fmt.Println(f.Severity, f.Code, f.Path, f.Related)
	fmt.Println(f.Values)
	fmt.Println(f.Message)

	_, ok = finding.SumEquals(finding.Subject{Code: "tthc.dossier.received"}, 15613,
		finding.Part{Label: "trực tuyến", Value: 8252},
		finding.Part{Label: "trực tiếp", Value: 6806},
		finding.Part{Label: "kỳ trước chuyển sang", Value: 555},
	)
	fmt.Println(ok)
	// Output:
	// true
	// warning tthc.dossier.balance tthc.dossiers.received [tthc.dossiers.resolved tthc.dossiers.pending]
	// [{total 15613} {sum 15566} {difference 47}]
	// Tổng số hồ sơ tiếp nhận ghi 15.613 nhưng các thành phần cộng lại được 15.566 (đã giải quyết 15.265 + đang giải quyết 301), chênh lệch 47.
	// false
}

// The reference report writes 46/86 women as "53,4%": 53,488…% cut off
// after one decimal, where rounding gives 53,5%.
func ExampleCheckRate_truncated() {
	s := finding.Subject{Code: "personnel.women.rate", Path: "personnel.women.rate", Label: "tỷ lệ cán bộ nữ"}
	result, f, ok := finding.CheckRate(s, decimal.RequireFromString("53.4"), 1, 46, 86)
	fmt.Println(result, ok)
	fmt.Println(f.Severity, f.Code)
	fmt.Println(f.Values)
	fmt.Println(f.Message)

	// 7/16 written "43,75%" is right.
	result, _, ok = finding.CheckRate(s, decimal.RequireFromString("43.75"), 2, 7, 16)
	fmt.Println(result, ok)
	// Output:
	// truncated true
	// warning personnel.women.rate.truncated
	// [{stated 53.4} {computed 53.5} {truncated 53.4} {numerator 46} {denominator 86}]
	// Tỷ lệ cán bộ nữ ghi 53,4% nhưng 46/86 tính được 53,5% (làm tròn); 53,4% là giá trị bị cắt bớt chữ số, không làm tròn.
	// ok false
}

func ExampleList_Err() {
	var l finding.List
	if f, ok := finding.NotNegative(finding.Subject{Code: "tthc.dossier.negative", Path: "tthc.dossiers.online", Label: "số hồ sơ trực tuyến"}, 8252); ok {
		l.Add(f)
	}
	fmt.Println(l.Err() == nil)

	if f, ok := finding.AtMost(finding.Subject{Code: "personnel.emulation.cstdcs", Path: "personnel.emulation.grassroots_fighters", Label: "số chiến sĩ thi đua cơ sở"}, 12, 10); ok {
		l.Add(f)
	}
	err := l.Err()
	fmt.Println(err)
	var ve *finding.ValidationError
	fmt.Println(errors.As(err, &ve), ve.Findings.Codes())
	// Output:
	// true
	// 1 lỗi; personnel.emulation.cstdcs personnel.emulation.grassroots_fighters: Số chiến sĩ thi đua cơ sở là 12, vượt quá mức tối đa là 10, chênh lệch 2.
	// true [personnel.emulation.cstdcs]
}

// A department that does not keep the dossier balance and treats truncated
// rates as an error.
func ExampleRuleSet() {
	l := finding.List{
		{Code: "tthc.dossier.balance", Severity: finding.Warning, Path: "tthc.dossiers.received", Message: "…"},
		{Code: "personnel.women.rate.truncated", Severity: finding.Warning, Path: "personnel.women.rate", Message: "…"},
		{Code: "personnel.emulation.cstdcs", Severity: finding.Error, Path: "personnel.emulation.grassroots_fighters", Message: "…"},
	}
	rs := finding.RuleSet{}.
		Disable("tthc.dossier").
		Override("personnel.women.rate.truncated", finding.Error)
	for _, f := range rs.Apply(l) {
		fmt.Println(f.Severity, f.Code)
	}
	fmt.Println(rs.Enabled("tthc.dossier.received"), rs.Enabled("tthc.feedback.late"))
	// Output:
	// error personnel.women.rate.truncated
	// error personnel.emulation.cstdcs
	// false true
}

func ExampleCatalogue_Markdown() {
	tthc := finding.Catalogue{
		{Code: "tthc.dossier.received", Severity: finding.Error,
			Summary: "Tổng số hồ sơ tiếp nhận khác tổng trực tuyến, trực tiếp và kỳ trước chuyển sang.",
			Doc:     "received = online + in person + carried over (Biểu 06/VPCP/KSTT, Thông tư 01/2020/TT-VPCP)."},
	}
	personnel := finding.Catalogue{
		{Code: "personnel.women.rate", Severity: finding.Error,
			Summary: "Tỷ lệ cán bộ nữ ghi khác tỷ lệ tính được.", Doc: "women / staff × 100, half-up at the stated precision."},
		{Code: finding.TruncatedCode("personnel.women.rate"), Severity: finding.Warning,
			Summary: "Tỷ lệ cán bộ nữ bị cắt bớt chữ số thay vì làm tròn.", Doc: "The stated rate is the truncated value."},
	}
	all := tthc.Merge(personnel)
	fmt.Println(all.Validate())
	fmt.Print(all.Markdown())
	// Output:
	// <nil>
	// | Code | Severity | Summary |
	// |---|---|---|
	// | `personnel.women.rate` | error | Tỷ lệ cán bộ nữ ghi khác tỷ lệ tính được. |
	// | `personnel.women.rate.truncated` | warning | Tỷ lệ cán bộ nữ bị cắt bớt chữ số thay vì làm tròn. |
	// | `tthc.dossier.received` | error | Tổng số hồ sơ tiếp nhận khác tổng trực tuyến, trực tiếp và kỳ trước chuyển sang. |
}

// Staff by degree split the staff. A report that gives 86 staff as 2
// doctors, 30 masters and 50 bachelors, without the staff below a
// bachelor's degree, falls short by 4, which the staff below may make up:
// Partition leaves the gap to the caller. Given degrees that make more than
// the staff are a finding whatever the missing ones are.
func ExamplePartition() {
	s := finding.Subject{Code: "personnel.qualification.degrees", Path: "staff", Label: "số nhân sự"}
	doctors := finding.Part{Label: "tiến sĩ", Path: "doctor", Value: 2}
	masters := finding.Part{Label: "thạc sĩ", Path: "master", Value: 30}

	result, _, ok := finding.Partition(s, 86, false, doctors, masters, finding.Part{Label: "đại học", Path: "bachelor", Value: 50})
	fmt.Println(result, ok)

	result, f, ok := finding.Partition(s, 86, false, doctors, masters, finding.Part{Label: "đại học", Path: "bachelor", Value: 60})
	fmt.Println(result, ok)
	fmt.Println(f.Severity, f.Code, f.Related)
	fmt.Println(f.Message)
	// Output:
	// short false
	// exceeds true
	// error personnel.qualification.degrees [doctor master bachelor]
	// Số nhân sự ghi 86 nhưng các thành phần cộng lại được 92 (tiến sĩ 2 + thạc sĩ 30 + đại học 60), chênh lệch 6.
}

// A package declares each rule once and makes its findings from it: the
// check helpers through Subject, a finding written by hand through At. Its
// catalogue lists the same values, so that Check finds nothing to report.
func ExampleRule() {
	var (
		ruleBalance = finding.Rule{Code: "tthc.dossier.balance", Severity: finding.Warning,
			Summary: "Số hồ sơ tiếp nhận lớn hơn số hồ sơ đã giải quyết và đang giải quyết."}
		ruleCarriedOver = finding.Rule{Code: "tthc.dossier.carried_over", Severity: finding.Warning,
			Summary: "Số hồ sơ kỳ trước chuyển sang khác số hồ sơ đang giải quyết cuối kỳ trước."}
	)
	rules := finding.Catalogue{ruleBalance, ruleCarriedOver}

	var l finding.List
	if f, ok := finding.SumEquals(ruleBalance.Subject("dossiers.pending", "tổng số hồ sơ tiếp nhận"), 15613,
		finding.Part{Label: "đã giải quyết", Value: 15265}, finding.Part{Label: "đang giải quyết", Value: 301}); ok {
		l.Add(f)
	}
	l.Add(ruleCarriedOver.At("dossiers.carried_over", "Số hồ sơ kỳ trước chuyển sang là 555 nhưng số hồ sơ đang giải quyết cuối kỳ trước là 554, chênh lệch 1.").
		WithRelated("dossiers.previous_pending").
		WithValues(finding.Value{Name: "difference", Value: "1"}))
	for _, f := range l {
		fmt.Println(f.Severity, f.Code, f.Path, f.Related)
	}
	fmt.Println(rules.Check(l))
	// Output:
	// warning tthc.dossier.balance dossiers.pending []
	// warning tthc.dossier.carried_over dossiers.carried_over [dossiers.previous_pending]
	// <nil>
}

// A command closes with how many findings of each severity the report has.
func ExampleList_Count() {
	l := finding.List{
		{Code: "tthc.dossier.balance", Severity: finding.Warning},
		{Code: "tthc.dossier.received", Severity: finding.Error},
		{Code: "reform.period.label", Severity: finding.Info},
		{Code: "tthc.rate.ontime", Severity: finding.Error},
	}
	n := l.Count()
	fmt.Println(n.Errors, n.Warnings, n.Infos)
	fmt.Println(n)
	// Output:
	// 2 1 1
	// 2 lỗi, 1 cảnh báo, 1 lưu ý
}
