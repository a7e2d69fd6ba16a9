package finding_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/reform/finding"
)

func TestFoldIntoFields(t *testing.T) {
	neg := finding.Finding{Code: "field.gte", Severity: finding.Error, Path: "dossiers.online", Message: "âm"}
	sum := finding.Finding{Code: "tthc.dossier.received", Severity: finding.Error, Path: "dossiers.declared.received",
		Related: []string{"dossiers.online", "dossiers.in_person"}}
	balance := finding.Finding{Code: "tthc.dossier.balance", Severity: finding.Warning, Path: "dossiers.pending",
		Related: []string{"dossiers.online"}}
	same := finding.Finding{Code: "reform.period.invalid", Severity: finding.Error, Path: "dossiers.online"}
	other := finding.Finding{Code: "tthc.feedback.answered", Severity: finding.Error, Path: "feedback.answered",
		Related: []string{"feedback.received"}}
	required := finding.Finding{Code: "field.required", Severity: finding.Error, Path: "dossiers.online"}
	for _, tt := range []struct {
		name string
		in   finding.List
		want finding.List
	}{
		{"nothing to fold", finding.List{sum, other}, finding.List{sum, other}},
		{"the sums a negative count throws off", finding.List{sum, neg, balance, other},
			finding.List{{Code: "field.gte", Severity: finding.Error, Path: "dossiers.online", Message: "âm",
				Related: []string{"dossiers.declared.received", "dossiers.pending"}}, other}},
		{"a check of the same field", finding.List{neg, same}, finding.List{neg}},
		{"a check of the part that holds the count", finding.List{neg, {Code: "reform.cross", Path: "dossiers"}},
			finding.List{{Code: "field.gte", Severity: finding.Error, Path: "dossiers.online", Message: "âm", Related: []string{"dossiers"}}}},
		{"a missing field is no count", finding.List{required, {Code: "reform.cross", Path: "dossiers"}},
			finding.List{required, {Code: "reform.cross", Path: "dossiers"}}},
		{"two field rules stay apart", finding.List{neg, required}, finding.List{neg, required}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := append(finding.List(nil), tt.in...)
			assert.Equal(t, tt.want, tt.in.FoldIntoFields())
			assert.Equal(t, in, tt.in, "the list is not changed")
			assert.Equal(t, tt.want, tt.want.FoldIntoFields(), "folding twice changes nothing")
		})
	}
}
