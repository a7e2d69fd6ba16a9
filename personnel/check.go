package personnel

// The mechanism of Validate: the checker that collects the findings, the
// checks every topic uses (part ≤ whole, a partition, a restated whole, a
// declared rate) and the rules of the findings they share. Each topic's own
// rules and checks are in its file; Validate and Rules, which list them in
// order, are in section.go.

import (
	"fmt"
	"math"
	"strings"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// The codes of the findings Validate makes, documented by Rules, are declared
// with their topic; these are the ones several topics share. Findings of the
// field rules (validate tags) carry the codes of finding.FieldCode:
// "field.required", "field.gte", "field.oneof", "field.min", …; a negative
// count is reported that way ("field.gte") and left out of every other check.
const (
	// CodeBase: a restated whole differs from the organisation's figure.
	CodeBase finding.Code = "personnel.base.mismatch"
	// CodeDeclaredSyntax: a declared rate does not read as a percentage.
	CodeDeclaredSyntax finding.Code = "personnel.declared.syntax"
	// CodeDeclaredNoBase: a declared rate has no whole to be checked against.
	CodeDeclaredNoBase finding.Code = "personnel.declared.no_base"
)

// The rules of Validate, one per code (quy tắc kiểm tra): built once, never
// changed. The checks make their findings from them, and Rules lists them.
// These are the shared ones; each topic declares its own.
var (
	ruleBase = finding.Rule{Code: CodeBase, Severity: finding.Error,
		Summary: "Mẫu số của một tỷ lệ khác số liệu của cùng nhóm ở phần tổ chức bộ máy.",
		Doc: "Every ratio whose whole is a group the organisation part counts (the department's staff, leaders, masters, " +
			"the district or commune staff, the offices of a level) must use the organisation's figure (domain.md §4). " +
			"The finding's path is the restated whole and its related path the organisation's figure."}
	ruleDeclaredSyntax = finding.Rule{Code: CodeDeclaredSyntax, Severity: finding.Error,
		Summary: "Tỷ lệ ghi trong báo cáo không đọc được.",
		Doc:     "A declared rate must read as a Vietnamese percentage (vn.ParsePercent), e.g. \"53,4%\"."}
	ruleDeclaredNoBase = finding.Rule{Code: CodeDeclaredNoBase, Severity: finding.Warning,
		Summary: "Tỷ lệ ghi trong báo cáo không đối chiếu được vì thiếu mẫu số.",
		Doc:     "A declared rate whose whole is not given (or is 0) cannot be checked."}
)

// checker holds the findings of one Validate call.
type checker struct {
	p *Section
	l finding.List
}

// add adds f when ok, as the finding helpers return them.
func (c *checker) add(f finding.Finding, ok bool) {
	if ok {
		c.l.Add(f)
	}
}

// atMost adds the AtMost finding of rule r, part ≤ whole, when both are
// usable.
func (c *checker) atMost(r finding.Rule, path, label string, part *int64, whole *int64, wholePath string) {
	pv, pok := count(part)
	wv, wok := count(whole)
	if !pok || !wok {
		return
	}
	c.add(finding.AtMost(r.Subject(path, label, wholePath), pv, wv))
}

// keyed is a list whose entries each name a key (a level, a staff group)
// that no other entry may name again.
type keyed[K ~string] struct {
	// rule is the rule of an entry that names a key again.
	rule finding.Rule
	// n is the number of entries.
	n int
	// key returns the key of entry i; "" is no key and is never a repeat.
	key func(i int) K
	// path returns the JSON path of the key of entry i.
	path func(i int) string
	// name names the key among the values of the finding: "level", "group".
	name string
	// message returns the message of entry i, which names key k again after
	// entry first.
	message func(k K, first, i int) string
}

// each checks that every key is named once: an entry that names a key again
// is a finding of the list's rule, related to the first entry of the key,
// and is not checked further; check checks every other entry. It returns the
// first entry of each key.
func (k keyed[K]) each(l *finding.List, check func(i int)) map[K]int {
	seen := map[K]int{}
	for i := range k.n {
		key := k.key(i)
		if j, dup := seen[key]; dup && key != "" {
			l.Add(k.rule.At(k.path(i), k.message(key, j, i)).WithRelated(k.path(j)).
				WithValues(finding.Value{Name: k.name, Value: string(key)}))
			continue
		}
		seen[key] = i
		check(i)
	}
	return seen
}

// term is one group of a partition: its Vietnamese label, its path and its
// value, usable or not.
type term struct {
	label, path string
	v           int64
	ok          bool
}

// partition checks that terms partition whole (finding.Partition). When
// every term is given they must add up (rule r); when some are missing the
// given ones must not exceed whole (r) and a shortfall is the warning of
// rule incomplete, naming the gap and the missing groups.
func (c *checker) partition(r, incomplete finding.Rule, path, label string, whole int64, terms []term) {
	var parts []finding.Part
	var missing []string
	for _, t := range terms {
		if !t.ok {
			missing = append(missing, t.label)
			continue
		}
		parts = append(parts, finding.Part{Label: t.label, Path: t.path, Value: t.v})
	}
	if len(parts) == 0 {
		return
	}
	result, f, ok := finding.Partition(r.Subject(path, label), whole, len(missing) == 0, parts...)
	c.add(f, ok)
	if result == finding.PartitionShort {
		c.l.Add(shortfall(incomplete, path, label, whole, parts, missing))
	}
}

// shortfall is the finding of rule incomplete: the given parts fall short of
// whole and the missing groups may or may not make up the gap.
func shortfall(incomplete finding.Rule, path, label string, whole int64, parts []finding.Part, missing []string) finding.Finding {
	// The given parts fall short of whole, so their sum and the gap fit.
	var sum int64
	terms := make([]string, len(parts))
	related := make([]string, len(parts))
	for i, p := range parts {
		sum += p.Value
		terms[i] = p.Label + " " + vn.Int(p.Value)
		related[i] = p.Path
	}
	gap := whole - sum
	return incomplete.At(path, section.Capitalize(fmt.Sprintf("%s là %s nhưng các nhóm được nêu cộng lại được %s (%s), thiếu %s "+
		"chưa rõ thuộc nhóm nào; báo cáo không nêu số liệu: %s.",
		label, vn.Int(whole), vn.Int(sum), strings.Join(terms, " + "), vn.Int(gap), strings.Join(missing, ", ")))).
		WithRelated(related...).
		WithValues(
			finding.Value{Name: "total", Value: fmt.Sprint(whole)},
			finding.Value{Name: "sum", Value: fmt.Sprint(sum)},
			finding.Value{Name: "difference", Value: fmt.Sprint(gap)},
			finding.Value{Name: "missing", Value: strings.Join(missing, ", ")})
}

// base checks that a whole restated at path equals the organisation's figure
// of the same group at orgPath.
func (c *checker) base(path, label string, stated int64, org int64, orgPath, orgLabel string) {
	if stated == org {
		return
	}
	d := stated - org
	if d < 0 {
		d = -d
	}
	c.l.Add(ruleBase.At(path, section.Capitalize(fmt.Sprintf("%s là %s nhưng %s ở phần tổ chức bộ máy là %s, chênh lệch %s; "+
		"hai số liệu phải là một.", label, vn.Int(stated), orgLabel, vn.Int(org), vn.Int(d)))).
		WithRelated(orgPath).
		WithValues(
			finding.Value{Name: "stated", Value: fmt.Sprint(stated)},
			finding.Value{Name: "organisation", Value: fmt.Sprint(org)},
			finding.Value{Name: "difference", Value: fmt.Sprint(stated - org)}))
}

// rate checks a declared rate against num/den with the rules r.
//
// denOK false with denGiven true means a negative whole, which its field rule
// reports: the rate is then left alone.
func (c *checker) rate(r finding.RateRule, path, label, stated string, num int64, numOK bool, den int64, denOK, denGiven bool, related ...string) {
	if stated == "" || !numOK {
		return
	}
	value, places, err := vn.ParsePercent(stated)
	if err != nil {
		c.l.Add(ruleDeclaredSyntax.At(path,
			section.Capitalize(fmt.Sprintf("%s ghi “%s” không đọc được như một tỷ lệ phần trăm (ví dụ “53,5%%”): %v.", label, stated, err))).
			WithValues(finding.Value{Name: "stated", Value: stated}))
		return
	}
	if !denOK && denGiven {
		return
	}
	if !denOK || den <= 0 {
		c.l.Add(ruleDeclaredNoBase.At(path, section.Capitalize(fmt.Sprintf("%s ghi %s nhưng không có mẫu số để đối chiếu.", label, stated))).
			WithRelated(related...).
			WithValues(finding.Value{Name: "stated", Value: value.String()}))
		return
	}
	_, f, ok := r.CheckRate(path, label, value, places, num, den, related...)
	c.add(f, ok)
}

// count returns the value of an optional count and whether it is usable:
// given and not negative (a negative count is reported by its field rule and
// left out of every other check).
func count(p *int64) (int64, bool) {
	if p == nil || *p < 0 {
		return 0, false
	}
	return *p, true
}

// addSat adds two non-negative counts for a comparison: a sum past the int64
// range (counts above finding.MaxCount, which the field rules report) stays
// at the largest int64, which still compares above every count. The sums it
// makes are compared, never printed: a message prints finding.SumEquals's
// exact sum.
func addSat(a, b int64) int64 {
	s, err := finding.Sum(a, b)
	if err != nil {
		return math.MaxInt64
	}
	return s
}

// baseRules are the rules of the staff base and the declared rates, in the order Rules lists them.
func baseRules() finding.Catalogue {
	return finding.Catalogue{
		ruleBase,
		ruleDeclaredSyntax,
		ruleDeclaredNoBase,
	}
}
