package section

import (
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// Autonomy are public-service units (đơn vị sự nghiệp công lập) by level of
// financial autonomy (mức tự chủ tài chính), the four groups of Nghị định
// 60/2021/NĐ-CP, Điều 9. It is the one type of the two sections that state
// them: the public-service units of II.3 (package personnel) and public
// finance, II.5 (package reform), so that both state the same figures in
// the same shape.
//
// A nil group is one the report does not state, never zero: reports
// commonly name only the groups they have ("04 đơn vị … trong đó 03 đơn vị
// tự bảo đảm chi thường xuyên và 01 do Nhà nước bảo đảm chi thường
// xuyên").
type Autonomy struct {
	// Full are the units that finance their recurrent and investment
	// spending themselves (nhóm 1, tự bảo đảm chi thường xuyên và chi đầu
	// tư).
	Full *int64 `json:"full,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Recurrent are the units that finance their recurrent spending
	// themselves (nhóm 2, tự bảo đảm chi thường xuyên).
	Recurrent *int64 `json:"recurrent,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Partial are the units that finance part of their recurrent spending
	// (nhóm 3, tự bảo đảm một phần chi thường xuyên).
	Partial *int64 `json:"partial,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// State are the units whose recurrent spending the State finances
	// (nhóm 4, do Nhà nước bảo đảm chi thường xuyên).
	State *int64 `json:"state,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// DeclaredTotal is the number of units the report states beside the
	// groups ("04 đơn vị sự nghiệp. Trong đó …"), checked against them; nil
	// when it states none here (II.3 states it as the public-service units'
	// total).
	DeclaredTotal *int64 `json:"declared_total,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// AutonomyGroup names one group of Autonomy.
type AutonomyGroup struct {
	// Key is the group's JSON key: "full", "recurrent", "partial", "state".
	Key string
	// Name is the group's Vietnamese name, as the middle of a sentence
	// writes it: "tự bảo đảm chi thường xuyên và chi đầu tư".
	Name string
}

// AutonomyGroups returns the four groups in the order of Nghị định
// 60/2021/NĐ-CP, Điều 9 (nhóm 1 to 4), the order of Autonomy.Counts.
func AutonomyGroups() [4]AutonomyGroup {
	return [4]AutonomyGroup{
		{Key: "full", Name: "tự bảo đảm chi thường xuyên và chi đầu tư"},
		{Key: "recurrent", Name: "tự bảo đảm chi thường xuyên"},
		{Key: "partial", Name: "tự bảo đảm một phần chi thường xuyên"},
		{Key: "state", Name: "do Nhà nước bảo đảm chi thường xuyên"},
	}
}

// Counts returns the counts of the four groups in the order of
// AutonomyGroups, nil for a group the report does not state.
func (a Autonomy) Counts() [4]*int64 { return [4]*int64{a.Full, a.Recurrent, a.Partial, a.State} }

// autonomyOf returns the groups of counts c, in the order of Counts.
func autonomyOf(c [4]*int64) Autonomy {
	return Autonomy{Full: c[0], Recurrent: c[1], Partial: c[2], State: c[3]}
}

// Complete reports whether every group is stated.
func (a Autonomy) Complete() bool {
	for _, c := range a.Counts() {
		if c == nil {
			return false
		}
	}
	return true
}

// Total returns the number of units in the groups stated. The sum is exact
// or an error wrapping finding.ErrOverflow: it fails only for counts above
// finding.MaxCount, which the field rules report.
func (a Autonomy) Total() (int64, error) {
	var xs []int64
	for _, c := range a.Counts() {
		if c != nil {
			xs = append(xs, *c)
		}
	}
	return finding.Sum(xs...)
}

// Add returns the groups of a roll-up of a and o under ad's add policy: a
// group is stated in the sum when both state it (one unit's silence makes
// the group unknown); the declared total, which belongs to one report, is
// dropped. path names the groups in an overflow error
// ("results.finance.autonomy").
func (a Autonomy) Add(ad *Adder, path string, o Autonomy) Autonomy {
	ac, oc := a.Counts(), o.Counts()
	var sum [4]*int64
	for i, g := range AutonomyGroups() {
		sum[i] = ad.Optional(path+"."+g.Key, ac[i], oc[i])
	}
	return autonomyOf(sum)
}

// Zero returns the groups a states, each 0, without a declared total: the
// start of a roll-up, to which its first unit's groups are added (and
// checked against finding.MaxCount) like every other unit's.
func (a Autonomy) Zero() Autonomy {
	var zero [4]*int64
	for i, c := range a.Counts() {
		if c != nil {
			zero[i] = new(int64)
		}
	}
	return autonomyOf(zero)
}

// parts returns the groups stated, as the parts of a sum with their JSON
// paths below path, and the names of the groups not stated. A negative
// count, which its field rule reports, counts as not stated.
func (a Autonomy) parts(path string) (parts []finding.Part, missing []string) {
	counts := a.Counts()
	for i, g := range AutonomyGroups() {
		if c := counts[i]; c != nil && *c >= 0 {
			parts = append(parts, finding.Part{Label: g.Name, Path: path + "." + g.Key, Value: *c})
		} else {
			missing = append(missing, g.Name)
		}
	}
	return parts, missing
}

// Partition compares the groups with whole, the number of units they split,
// as finding.Partition does: with every group stated they add up to whole
// (PartitionOK) or not (PartitionMismatch); with one missing the stated
// ones exceed whole (PartitionExceeds), fall short of it (PartitionShort)
// or make it already (PartitionOK).
func (a Autonomy) Partition(whole int64) finding.PartitionResult {
	parts, missing := a.parts("")
	result, _, _ := finding.Partition(finding.Subject{}, whole, len(missing) == 0, parts...)
	return result
}

// AutonomyRules are the rules of a section's check of its groups against a
// number of units (Autonomy.Check): the codes and severities are the
// section's.
type AutonomyRules struct {
	// Mismatch: the groups, every one stated, do not add up to the units,
	// or the groups stated already exceed them.
	Mismatch finding.Rule
	// Incomplete: some group is not stated and the stated ones fall short
	// of the units.
	Incomplete finding.Rule
}

// Whole is a number of units the groups are checked against: its value,
// the JSON path of its field and its Vietnamese name as the start of a
// sentence writes it, in lower case ("số đơn vị sự nghiệp").
type Whole struct {
	// Value is the number of units.
	Value int64
	// Path is the JSON path of the field that states it.
	Path string
	// Label is its Vietnamese name.
	Label string
}

// Check checks the groups, whose JSON path is path, against the units w
// they split (finding.Partition): with every group stated they must add up
// to w (rule Mismatch); with some missing the stated ones must not exceed w
// (Mismatch), and a shortfall is rule Incomplete, naming the gap and the
// groups not stated. No group stated is no finding. The findings are at
// w.Path, the groups among their related paths.
func (a Autonomy) Check(r AutonomyRules, path string, w Whole) finding.List {
	parts, missing := a.parts(path)
	if len(parts) == 0 {
		return nil
	}
	result, f, ok := finding.Partition(r.Mismatch.Subject(w.Path, w.Label), w.Value, len(missing) == 0, parts...)
	switch {
	case ok:
		return finding.List{f}
	case result == finding.PartitionShort:
		return finding.List{shortfall(r.Incomplete, w, parts, missing)}
	}
	return nil
}

// CheckDeclared checks the groups, whose JSON path is path, against
// DeclaredTotal (path.declared_total) when the report states it, as Check
// does; label is the declared total's Vietnamese name. A negative declared
// total, which its field rule reports, is left alone.
func (a Autonomy) CheckDeclared(r AutonomyRules, path, label string) finding.List {
	if a.DeclaredTotal == nil || *a.DeclaredTotal < 0 {
		return nil
	}
	return a.Check(r, path, Whole{Value: *a.DeclaredTotal, Path: path + ".declared_total", Label: label})
}

// shortfall is the finding of rule incomplete: the stated groups fall short
// of the units w, and the groups not stated may or may not make up the gap.
func shortfall(incomplete finding.Rule, w Whole, parts []finding.Part, missing []string) finding.Finding {
	// The stated groups fall short of w, so their sum and the gap fit.
	var sum int64
	terms := make([]string, len(parts))
	related := make([]string, len(parts))
	for i, p := range parts {
		sum += p.Value
		terms[i], related[i] = p.Label+" "+vn.Int(p.Value), p.Path
	}
	gap := w.Value - sum
	return incomplete.At(w.Path, Capitalize(fmt.Sprintf("%s là %s nhưng các nhóm được nêu cộng lại được %s (%s), thiếu %s "+
		"chưa rõ thuộc nhóm nào; báo cáo không nêu số liệu: %s.",
		w.Label, vn.Int(w.Value), vn.Int(sum), strings.Join(terms, " + "), vn.Int(gap), strings.Join(missing, ", ")))).
		WithRelated(related...).
		WithValues(
			finding.Value{Name: "total", Value: fmt.Sprint(w.Value)},
			finding.Value{Name: "sum", Value: fmt.Sprint(sum)},
			finding.Value{Name: "difference", Value: fmt.Sprint(gap)},
			finding.Value{Name: "missing", Value: strings.Join(missing, ", ")})
}
