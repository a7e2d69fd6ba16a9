package digital

// The checks of declared figures that several topics share (a mechanism,
// not a topic): a part at most its whole, a stated share read and compared
// with the one derived from its counts, and a stated figure with nothing to
// derive it from (underived), which the text leaves out.

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// The codes of the shared checks of declared figures; Rules documents each
// one.
const (
	// CodeShareRange: a stated share below 0% or above 100%.
	CodeShareRange finding.Code = "digital.share.range"
	// CodeShareSyntax: a stated share that is not a percentage.
	CodeShareSyntax finding.Code = "digital.share.syntax"
	// CodeDeclaredUnderived: a stated figure without the data it derives
	// from; it is left out of the text.
	CodeDeclaredUnderived finding.Code = "digital.declared.underived"
)

// The rules of the shared checks of declared figures (see Rules): built
// once, never changed.
var (
	ruleShareRange = finding.Rule{Code: CodeShareRange, Severity: finding.Error,
		Summary: "Tỷ lệ ghi trong báo cáo nhỏ hơn 0% hoặc lớn hơn 100%.",
		Doc:     "Every declared share of this section is a part of a whole: 0% ≤ share ≤ 100%."}
	ruleShareSyntax = finding.Rule{Code: CodeShareSyntax, Severity: finding.Error,
		Summary: "Tỷ lệ ghi trong báo cáo không viết đúng dạng tỷ lệ phần trăm.",
		Doc:     "A declared share must read with vn.ParsePercent: \"98%\", \"53,4%\"."}
	ruleDeclaredUnderived = finding.Rule{Code: CodeDeclaredUnderived, Severity: finding.Warning,
		Summary: "Số liệu ghi trong báo cáo không có số liệu chi tiết để tính lại; số liệu này không được đưa vào văn bản.",
		Doc: "A declared figure (a share without its count, a total without levels) cannot be compared with a derived one; " +
			"the generated text prints derived figures only, so it leaves the figure out (DESIGN principle 1)."}
)

// atMost adds the finding of rule r, part ≤ whole, when part is given.
func atMost(out *finding.List, r finding.Rule, path, wholePath, label string, part *int64, whole int64) {
	if part == nil {
		return
	}
	if f, ok := finding.AtMost(r.Subject(path, label, wholePath), *part, whole); ok {
		out.Add(f)
	}
}

// shareSubject names a declared share and the counts it derives from.
type shareSubject struct {
	rule             finding.RateRule
	path             string // the declared share
	numPath, denPath string // the counts
	label            string // "tỷ lệ văn bản đi được ký số"
	data             string // the missing count, for the underived message
}

// parseShare reads a declared share and adds the syntax and range findings.
// ok is false when the text does not read as a percentage.
func parseShare(out *finding.List, path, label, text string) (v decimal.Decimal, places int32, ok bool) {
	v, places, err := vn.ParsePercent(text)
	if err != nil {
		out.Add(ruleShareSyntax.At(path, fmt.Sprintf("%s ghi “%s”, không phải một tỷ lệ phần trăm viết đúng cách (ví dụ “98%%”, “53,4%%”).",
			section.Capitalize(label), text)).
			WithValues(finding.Value{Name: "stated", Value: text}))
		return decimal.Decimal{}, 0, false
	}
	if v.IsNegative() || v.GreaterThan(hundred) {
		out.Add(ruleShareRange.At(path, fmt.Sprintf("%s ghi %s, nằm ngoài khoảng từ 0%% đến 100%% của một tỷ lệ thành phần trên tổng số.",
			section.Capitalize(label), vn.PercentValue(v, places))).
			WithValues(finding.Value{Name: "stated", Value: v.String()}, finding.Value{Name: "min", Value: "0"},
				finding.Value{Name: "max", Value: "100"}))
	}
	return v, places, true
}

var hundred = decimal.NewFromInt(100)

// checkShare checks a declared share against num/den: syntax, range, then
// the rate, or the underived warning when num is not given.
func checkShare(out *finding.List, s shareSubject, text string, num *int64, den int64) {
	if text == "" {
		return
	}
	v, places, ok := parseShare(out, s.path, s.label, text)
	if !ok {
		return
	}
	if num == nil {
		out.Add(underived(s.path, []string{s.numPath}, text,
			fmt.Sprintf("%s ghi %s nhưng không có %s để tính lại; tỷ lệ này không được đưa vào văn bản.",
				section.Capitalize(s.label), text, s.data)))
		return
	}
	if _, f, bad := s.rule.CheckRate(s.path, s.label, v, places, *num, den, s.numPath, s.denPath); bad {
		out.Add(f)
	}
}

// underived is the finding of a stated figure at path (as written: stated)
// that the data cannot derive; related are the paths of the missing data.
func underived(path string, related []string, stated, message string) finding.Finding {
	return ruleDeclaredUnderived.At(path, message).WithRelated(related...).WithValues(finding.Value{Name: "declared", Value: stated})
}

// declaredRules are the rules of the declared shares.
func declaredRules() finding.Catalogue {
	return finding.Catalogue{ruleShareRange, ruleShareSyntax, ruleDeclaredUnderived}
}
