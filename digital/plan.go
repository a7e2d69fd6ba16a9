package digital

// Topic: the digital-transformation plan of the year (kế hoạch chuyển đổi
// số), Section.Plan, kept as the citation the report writes. Its check is
// that the plan reads as a citation at all; its text is the plan item
// (Wording.Plan, with PlanData). A roll-up keeps the plan only when every
// unit gives the same one (see Add).

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/finding"
)

// CodePlanCitation: the plan does not read as a citation.
const CodePlanCitation finding.Code = "digital.plan.citation"

// rulePlanCitation is the rule of the plan's check (see Rules): built once,
// never changed.
var rulePlanCitation = finding.Rule{Code: CodePlanCitation, Severity: finding.Warning,
	Summary: "Kế hoạch chuyển đổi số không đọc được là một viện dẫn văn bản.",
	Doc: "The plan (plan) is parsed with citation.Parse; when it is not one citation (kind, số, ký hiệu, date, issuer, title) " +
		"package reform cannot check its form, so the slip is reported here. The form itself is checked by reform/citation."}

// checkPlan reports a plan that does not read as a citation.
func (s *Section) checkPlan(out *finding.List) {
	if s.Plan == "" {
		return
	}
	if _, err := citation.Parse(s.Plan); err != nil {
		out.Add(rulePlanCitation.At("plan", fmt.Sprintf("Kế hoạch chuyển đổi số “%s” không đọc được là một viện dẫn văn bản "+
			"(loại văn bản, số, ký hiệu, ngày ban hành, cơ quan ban hành, trích yếu); không kiểm tra được thể thức viện dẫn.", s.Plan)).
			WithValues(finding.Value{Name: "text", Value: s.Plan}))
	}
}

// PlanData is the data of Wording.Plan.
type PlanData struct {
	// Plan is the plan's citation as written.
	Plan string
}

// planText is the plan item (Wording.Plan); empty when there is no plan.
func (w *writer) planText(plan string) string {
	if plan == "" {
		return ""
	}
	return w.line("Plan", PlanData{Plan: plan})
}

// planRules are the rules of the plan.
func planRules() finding.Catalogue {
	return finding.Catalogue{rulePlanCitation}
}
