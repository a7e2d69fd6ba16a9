package finding

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	ruleBalance = Rule{Code: "tthc.dossier.balance", Severity: Warning, Summary: "Hồ sơ tiếp nhận chưa rõ kết quả."}
	ruleWomen   = RateRule{
		Mismatch:  Rule{Code: "personnel.women.rate", Severity: Error, Summary: "Tỷ lệ nữ ghi khác tỷ lệ tính được."},
		Truncated: Rule{Code: "personnel.women.rate.truncated", Severity: Info, Summary: "Tỷ lệ nữ bị cắt bớt chữ số."},
	}
)

func TestRuleSubject(t *testing.T) {
	s := ruleBalance.Subject("dossiers.pending", "tổng số hồ sơ tiếp nhận", "dossiers.online", "dossiers.late")
	assert.Equal(t, Subject{Code: "tthc.dossier.balance", Severity: Warning, Path: "dossiers.pending",
		Related: []string{"dossiers.online", "dossiers.late"}, Label: "tổng số hồ sơ tiếp nhận"}, s)
	assert.Nil(t, ruleBalance.Subject("a", "b").Related, "no related path is nil, as in a literal")

	// The helpers take the rule's severity, not their default.
	f, ok := SumEquals(s, 15613, Part{Label: "đã giải quyết", Value: 15265}, Part{Label: "đang giải quyết", Value: 301})
	require.True(t, ok)
	assert.Equal(t, Warning, f.Severity)
	assert.Equal(t, ruleBalance.Code, f.Code)
}

func TestRuleAt(t *testing.T) {
	f := ruleBalance.At("dossiers.pending", "Còn 47 hồ sơ chưa rõ kết quả.")
	assert.Equal(t, Finding{Code: "tthc.dossier.balance", Severity: Warning, Path: "dossiers.pending", Message: "Còn 47 hồ sơ chưa rõ kết quả."}, f)

	g := f.WithRelated("dossiers.online", "dossiers.late").WithValues(Value{"unexplained", "47"})
	assert.Equal(t, []string{"dossiers.online", "dossiers.late"}, g.Related)
	assert.Equal(t, []Value{{"unexplained", "47"}}, g.Values)
	assert.Nil(t, f.Related, "With… return a copy")
	assert.Equal(t, []string{"x"}, g.WithRelated("x").Related, "WithRelated replaces")
	assert.Nil(t, g.WithRelated().Related)
	assert.Nil(t, g.WithValues().Values)
}

func TestRateRuleCheckRate(t *testing.T) {
	// 46/86 = 53,488…%: "53,4%" is truncated, "53,0%" a mismatch, "53,5%" right.
	result, f, ok := ruleWomen.CheckRate("gender.rate", "tỷ lệ nữ", decimal.RequireFromString("53.4"), 1, 46, 86, "gender.women")
	require.True(t, ok)
	assert.Equal(t, RateTruncated, result)
	assert.Equal(t, Code("personnel.women.rate.truncated"), f.Code)
	assert.Equal(t, Info, f.Severity, "the truncated rule's severity, not CheckRate's default")
	assert.Equal(t, "gender.rate", f.Path)
	assert.Equal(t, []string{"gender.women"}, f.Related)

	result, f, ok = ruleWomen.CheckRate("gender.rate", "tỷ lệ nữ", decimal.RequireFromString("53.0"), 1, 46, 86)
	require.True(t, ok)
	assert.Equal(t, RateRounding, result)
	assert.Equal(t, Code("personnel.women.rate"), f.Code)
	assert.Equal(t, Error, f.Severity)

	// Apart from code and severity the finding is CheckRate's.
	warn := ruleWomen
	warn.Mismatch.Severity = Warning
	_, f, _ = warn.CheckRate("gender.rate", "tỷ lệ nữ", decimal.RequireFromString("53.0"), 1, 46, 86, "gender.women")
	_, want, _ := CheckRate(Subject{Code: "personnel.women.rate", Severity: Warning, Path: "gender.rate",
		Related: []string{"gender.women"}, Label: "tỷ lệ nữ"}, decimal.RequireFromString("53.0"), 1, 46, 86)
	assert.Empty(t, cmp.Diff(want, f))

	result, f, ok = ruleWomen.CheckRate("gender.rate", "tỷ lệ nữ", decimal.RequireFromString("53.5"), 1, 46, 86)
	assert.Equal(t, RateOK, result)
	assert.False(t, ok)
	assert.Empty(t, cmp.Diff(Finding{}, f))
	result, _, ok = ruleWomen.CheckRate("gender.rate", "tỷ lệ nữ", decimal.RequireFromString("53.5"), 1, 46, 0)
	assert.Equal(t, RateNoBase, result)
	assert.False(t, ok)
}

func TestCatalogueCheck(t *testing.T) {
	c := Catalogue{ruleBalance, ruleWomen.Mismatch, ruleWomen.Truncated}
	assert.NoError(t, c.Check(nil))
	assert.NoError(t, c.Check(List{
		ruleBalance.At("a", "…"), ruleBalance.At("b", "…"),
		ruleWomen.Truncated.At("c", "…"),
	}))

	err := c.Check(List{
		ruleBalance.At("a", "…"),
		{Code: "tthc.dossier.balance", Severity: Error, Path: "b", Message: "…"},
		{Code: "tthc.dossier.balance", Severity: Info, Path: "c", Message: "…"},
		{Code: "tthc.unknown", Severity: Error, Path: "d", Message: "…"},
		{Code: "tthc.unknown", Severity: Error, Path: "e", Message: "…"},
		{Code: "field.gte", Severity: Error, Path: "f", Message: "…"},
	})
	require.Error(t, err)
	assert.Equal(t, `finding: code "tthc.dossier.balance" (at "b") has severity error; the catalogue says warning`+"\n"+
		`finding: code "tthc.unknown" (at "d") is not in the catalogue`+"\n"+
		`finding: code "field.gte" (at "f") is not in the catalogue`, err.Error(), "each code once, in the order of the list")

	assert.NoError(t, c.Merge(FieldRules()).Check(List{{Code: "field.gte", Severity: Error, Path: "f"}}),
		"the field rules' catalogue documents the shared codes")
}

func TestFieldRule(t *testing.T) {
	r := FieldRule("required")
	assert.Equal(t, FieldCode("required"), r.Code)
	assert.Equal(t, Error, r.Severity)
	assert.NotEmpty(t, r.Summary, "documented by FieldRules")
	assert.Equal(t, Rule{Code: "field.email", Severity: Error}, FieldRule("email"))
}
