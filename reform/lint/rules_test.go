package lint_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/lint"
)

// TestRules keeps lint's catalogue well formed and apart from the typed
// checks' codes, and every shared code documented by reform.Rules.
func TestRules(t *testing.T) {
	own := lint.Rules()
	require.NoError(t, own.Validate())
	typed := reform.Rules()
	for _, r := range own {
		assert.True(t, strings.HasPrefix(string(r.Code), "lint."), "%s: lint's own codes start with lint.", r.Code)
		_, dup := typed.Lookup(r.Code)
		assert.False(t, dup, "%s is also a typed check's code", r.Code)
		assert.NotEmpty(t, r.Doc, "%s has its documentation", r.Code)
	}
	for _, c := range lint.SharedCodes() {
		_, ok := typed.Lookup(c)
		assert.True(t, ok, "shared code %s is documented in reform.Rules()", c)
	}
	all := lint.AllRules()
	require.NoError(t, all.Validate())
	assert.Len(t, all, len(own)+len(lint.SharedCodes()))
}

// TestCodesFile keeps reform/lint/CODES.md, the catalogue of every code
// lint can make, in step with the code (UPDATE_GOLDEN=1 rewrites it).
func TestCodesFile(t *testing.T) {
	shared := lint.AllRules()[:0:0]
	all := lint.AllRules()
	for _, c := range lint.SharedCodes() {
		r, _ := all.Lookup(c)
		shared = append(shared, r)
	}
	got := "# Lint codes\n\nEvery code `cchc lint` can make, generated from `lint.Rules()` and `lint.SharedCodes()` " +
		"(run `UPDATE_GOLDEN=1 go test ./reform/lint` after changing a rule).\n\n## Lint's own codes\n\n" +
		"The checks that only a written document needs: its numbering, footnotes, layout, header and closing as written, " +
		"text hygiene, and the figures of prose where no typed check has the rule.\n\n" + lint.Rules().Markdown() +
		"\n## Codes shared with the typed checks\n\nWhere lint reads from the text a rule a typed check applies to the JSON " +
		"(`cchc check`), it makes that check's finding, with its code and severity; `reform/CODES.md` documents them.\n\n" +
		shared.Merge().Markdown()
	if want := testutil.Golden(t, "CODES.md", []byte(got)); string(want) != got {
		t.Fatal("reform/lint/CODES.md is stale: run UPDATE_GOLDEN=1 go test ./reform/lint and commit it")
	}
}

// TestRuleSet trims and re-grades lint's findings as a department's rule
// set says.
func TestRuleSet(t *testing.T) {
	rs := finding.RuleSet{}.Disable("citation").Override(lint.CodeNumberingRepeat, finding.Warning)
	res, err := lint.Bytes(seedPath, readSeed(t), lint.Options{Rules: rs})
	require.NoError(t, err)
	repeat := 0
	for _, f := range res.Findings {
		assert.False(t, strings.HasPrefix(string(f.Code), "citation."), "%s disabled", f.Code)
		if f.Code == lint.CodeNumberingRepeat {
			repeat++
			assert.Equal(t, finding.Warning, f.Severity)
		}
	}
	assert.Equal(t, 1, repeat)
	assert.Len(t, res.Findings, 7, "24 findings less the 17 of citations (issue 17: notes 4/10 are citation.conflict.source, and two citation.kind.case)")
}
