package reform

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// The public-service units by autonomy group of II.5 (Finance.Autonomy):
// the check of their declared total, and the reading of their shape before
// they took the type of II.3's (section.Autonomy).

// CodeAutonomyIncomplete: some autonomy group of II.5 is not stated and the
// stated ones fall short of the declared total.
const CodeAutonomyIncomplete finding.Code = "reform.autonomy.incomplete"

// The rules of the check of II.5's autonomy groups: built once, never
// changed.
var (
	ruleAutonomyIncomplete = finding.Rule{Code: CodeAutonomyIncomplete, Severity: finding.Warning,
		Summary: "Các nhóm tự chủ được nêu cộng lại ít hơn tổng số đơn vị sự nghiệp được giao tự chủ và báo cáo không nêu đủ các nhóm.",
		Doc:     "Some autonomy group of II.5 is not stated and the stated ones fall short of the declared total: the gap is unexplained."}
	autonomyRules = section.AutonomyRules{Mismatch: ruleAutonomyTotal, Incomplete: ruleAutonomyIncomplete}
)

// checkAutonomy checks II.5's autonomy groups against the total the report
// states beside them.
func (r *Report) checkAutonomy() finding.List {
	if r.Results == nil || r.Results.Finance == nil || r.Results.Finance.Autonomy == nil {
		return nil
	}
	return r.Results.Finance.Autonomy.CheckDeclared(autonomyRules, financeAutonomyPath, "tổng số đơn vị sự nghiệp được giao tự chủ")
}

// Before II.5 took the type of II.3's autonomy groups, it wrote groups 1
// and 2 as "self_all" and "self_recurrent" (now "full" and "recurrent"),
// and a group it left out, or wrote as null, was 0 (now: not stated).
// upgradeAutonomy reads that shape in the current one, whatever the
// document's schema_version says: no key of the current shape is
// "self_all" or "self_recurrent", so a II.5 object that has one is of the
// old shape, and so is every II.5 object of a document of an older
// version. II.3's groups kept their shape.
//
// The one document read otherwise than before says version 2 (or none, and
// has no other shape of version 1) and has a II.5 object without either key
// of before that leaves a group out: the group is read as not stated, not
// as 0. Encode always wrote every group, so such a document was written by
// hand, on the day version 2 appeared; its findings are the same whenever
// the groups it states make its declared total.

// oldAutonomyKeys are the current keys of groups 1 and 2 of II.5 by their
// keys of before. Built once, never changed.
var oldAutonomyKeys = map[string]string{"self_all": "full", "self_recurrent": "recurrent"}

// upgradeAutonomy returns data with the autonomy groups of II.5 written in
// the old shape in the current one, of the report and of the reports it
// holds as previous, and whether it found one. old says the document is of
// an older version: every II.5 object is then of the old shape. The
// conversion keeps every line where it is: a key is renamed in place,
// padded with spaces, a null group becomes 0 in place, and the groups left
// out are added as 0 before the object's closing brace. Input that is not
// JSON, or a document without an object of the old shape, is returned as
// it is.
func upgradeAutonomy(data []byte, old bool) ([]byte, bool) {
	if !old && !mayHaveOldAutonomy(data) {
		return data, false
	}
	start := len(data) - len(bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF")))
	if !json.Valid(data[start:]) {
		return data, false
	}
	out := slices.Clone(data)
	var ins []insertion
	for obj := skipSpace(out, start); obj >= 0 && out[obj] == '{'; obj = objectMember(out, obj, "previous") {
		if at := objectPath(out, obj, []string{"results", "finance", "autonomy"}); at >= 0 && out[at] == '{' {
			ins = append(ins, oldAutonomy(out, at, old)...)
		}
	}
	if bytes.Equal(out, data) && len(ins) == 0 {
		return data, false
	}
	return insert(out, ins), true
}

// mayHaveOldAutonomy reports whether data may hold a key of II.5's old
// shape: it holds one of them, or an escape (\u) that may spell one.
func mayHaveOldAutonomy(data []byte) bool {
	return bytes.Contains(data, []byte(`self_all"`)) || bytes.Contains(data, []byte(`self_recurrent"`)) ||
		bytes.Contains(data, []byte(`\u`))
}

// oldAutonomy rewrites in b the II.5 object at offset at, when it is of the
// old shape (old, or a key of it), and returns the insertions of the groups
// it leaves out.
func oldAutonomy(b []byte, at int, old bool) []insertion {
	ms := members(b, at)
	if !old && !slices.ContainsFunc(ms, func(m member) bool { return oldAutonomyKeys[m.key] != "" }) {
		return nil
	}
	given := map[string]bool{}
	for _, m := range ms {
		key := m.key
		if to := oldAutonomyKeys[key]; to != "" {
			key = to
			overwrite(b, m.keyAt, stringEnd(b, m.keyAt), `"`+to+`"`)
		}
		if string(b[m.at:m.end]) == "null" && key != "declared_total" {
			overwrite(b, m.at, m.end, "0")
		}
		given[key] = true
	}
	return missingGroups(b, at, given, len(ms) > 0)
}

// missingGroups returns the insertion of the groups not in given, each 0,
// before the closing brace of the object at offset at; comma says the
// object has members.
func missingGroups(b []byte, at int, given map[string]bool, comma bool) []insertion {
	var text []byte
	for _, g := range section.AutonomyGroups() {
		if given[g.Key] {
			continue
		}
		if comma {
			text = append(text, ", "...)
		}
		text, comma = append(text, `"`+g.Key+`": 0`...), true
	}
	if len(text) == 0 {
		return nil
	}
	return []insertion{{valueEnd(b, at) - 1, string(text)}}
}

// overwrite writes s over b[from:to], padded with spaces; s is no longer
// than the bytes it replaces.
func overwrite(b []byte, from, to int, s string) {
	n := copy(b[from:to], s)
	for i := from + n; i < to; i++ {
		b[i] = ' '
	}
}

// withoutOldAutonomy leaves out of the problems of input that upgrade
// cannot read (not JSON, too deep: withoutOldShapes) the unknown keys of
// II.5's groups of before, "self_all" and "self_recurrent": once the syntax
// is mended they are read.
func withoutOldAutonomy(ps []Problem) []Problem {
	if !slices.ContainsFunc(ps, func(p Problem) bool { return unreadable[p.Code] }) {
		return ps
	}
	return slices.DeleteFunc(ps, func(p Problem) bool { return p.Code == ProblemUnknownField && isOldAutonomy(p.Path) })
}

// isOldAutonomy reports whether path is a key of II.5's groups of before:
// "results.finance.autonomy.self_all", "previous.results.finance.autonomy.self_recurrent".
func isOldAutonomy(path string) bool {
	for strings.HasPrefix(path, "previous.") {
		path = strings.TrimPrefix(path, "previous.")
	}
	key, ok := strings.CutPrefix(path, "results.finance.autonomy.")
	return ok && oldAutonomyKeys[key] != ""
}
