package section_test

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// The units of II.5 by autonomy group, "04 đơn vị sự nghiệp. Trong đó có 03
// đơn vị đảm bảo chi thường xuyên và 01 do nhà nước đảm bảo chi thường
// xuyên", typed with a declared total of 05: groups 1 and 3 are not stated,
// so the gap of 1 is a warning, not an error.
func ExampleAutonomy_CheckDeclared() {
	rules := section.AutonomyRules{
		Mismatch:   finding.Rule{Code: "reform.autonomy.total", Severity: finding.Error},
		Incomplete: finding.Rule{Code: "reform.autonomy.incomplete", Severity: finding.Warning},
	}
	three, one, five := int64(3), int64(1), int64(5)
	a := section.Autonomy{Recurrent: &three, State: &one, DeclaredTotal: &five}
	total, _ := a.Total()
	fmt.Println(total, a.Complete())
	for _, f := range a.CheckDeclared(rules, "results.finance.autonomy", "tổng số đơn vị sự nghiệp được giao tự chủ") {
		fmt.Println(f.Code, f.Path)
		fmt.Println(f.Message)
	}
	// Output:
	// 4 false
	// reform.autonomy.incomplete results.finance.autonomy.declared_total
	// Tổng số đơn vị sự nghiệp được giao tự chủ là 5 nhưng các nhóm được nêu cộng lại được 4 (tự bảo đảm chi thường xuyên 3 + do Nhà nước bảo đảm chi thường xuyên 1), thiếu 1 chưa rõ thuộc nhóm nào; báo cáo không nêu số liệu: tự bảo đảm chi thường xuyên và chi đầu tư, tự bảo đảm một phần chi thường xuyên.
}
