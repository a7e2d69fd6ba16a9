package dissemination

// The mechanism of declared totals, which the events (attendance) and the
// publications (copies) share: the check of a total the report states
// against the figures of its items, some of which may be missing, and the
// choice of the total the text prints (domain.md §5).

import (
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// CodeOverflow: the known figures of a total add up past the int64 range.
const CodeOverflow finding.Code = "dissemination.figures.overflow"

// ruleOverflow is the rule of CodeOverflow, which Rules lists: built once,
// never changed.
var ruleOverflow = finding.Rule{Code: CodeOverflow, Severity: finding.Error,
	Summary: "Tổng các số liệu đã biết vượt quá phạm vi tính toán nên không đối chiếu được.",
	Doc:     "The known figures of a total whose items are not all given add up past the int64 range; no other check of that total is made."}

// knownSum adds the figures that are given and returns the indexes of those
// that are not. ok is false when the sum leaves the int64 range.
func knownSum(vals []*int64) (sum int64, missing []int, ok bool) {
	for i, v := range vals {
		if v == nil {
			missing = append(missing, i)
			continue
		}
		var err error
		if sum, err = finding.Sum(sum, *v); err != nil {
			return 0, nil, false
		}
	}
	return sum, missing, true
}

// total is the figure the text prints for a total of items: value, unless
// has is false (nothing is known), and atLeast when value is only the sum of
// the known figures.
type total struct {
	value   int64
	has     bool
	atLeast bool
}

// shownTotal decides the total the text prints for items whose figures are
// vals, given the declared total (nil when the report states none):
//   - every item has the figure: their sum, the derived value;
//   - some lack it and the declared total covers the known sum: the declared
//     total, the only figure that counts every item;
//   - otherwise the known sum, marked atLeast (nothing when no item has it).
//
// field names the list in the error made when the sum leaves int64.
func shownTotal(vals []*int64, declared *int64, field string) (total, error) {
	sum, missing, ok := knownSum(vals)
	if !ok {
		return total{}, fmt.Errorf("dissemination: %s: the sum of the figures no longer fits in an int64", field)
	}
	switch {
	case len(missing) == 0 && len(vals) > 0:
		return total{value: sum, has: true}, nil
	case declared != nil && *declared >= sum:
		return total{value: *declared, has: true}, nil
	case len(missing) < len(vals):
		return total{value: sum, has: true, atLeast: true}, nil
	}
	return total{}, nil
}

// entry is one item of a total: the path of its figure, the figure (nil
// when not given) and its name in messages.
type entry struct {
	path  string
	value *int64
}

// totalCheck checks a declared total against its items (domain.md §5).
type totalCheck struct {
	// rule is that of a total that is not the sum of its items, exceeded
	// that of items with a figure that already exceed it, missing that of
	// the info naming the items without a figure.
	rule, exceeded, missing finding.Rule
	// path is the declared total's path.
	path string
	// label names the total, in lower case: "tổng số lượt người tham dự".
	label string
	// known names the sum of the known figures, in lower case: "tổng số lượt
	// người tham dự của các hoạt động có số liệu".
	known string
	// what is the noun of the items: "hoạt động".
	what string
	// name names the i-th item in a message; called only for the items a
	// message names, so that a report with every figure given builds no
	// name.
	name func(i int) string
}

// run checks the declared total against the items: with every figure given,
// it must equal their sum; with some missing, their known sum must not
// exceed it, and an info names the items without a figure. Nothing is
// checked without a declared total.
func (c totalCheck) run(l *finding.List, declared *int64, items []entry) {
	if declared == nil {
		return
	}
	sum, missing, ok := knownSum(entryValues(items))
	if !ok {
		l.Add(ruleOverflow.At(c.path,
			section.Capitalize(fmt.Sprintf("%s: các số liệu chi tiết cộng lại vượt quá phạm vi tính toán, không đối chiếu được.", c.label))))
		return
	}
	parts, known := knownParts(items)
	result, f, bad := finding.Partition(c.rule.Subject(c.path, c.label), *declared, len(missing) == 0, parts...)
	if len(missing) == 0 {
		if bad {
			l.Add(f)
		}
		return
	}
	if result == finding.PartitionExceeds {
		// The items with a figure already make more than the total: the
		// finding compares their sum, as one figure, with it.
		if f, bad := finding.AtMost(c.exceeded.Subject(c.path, c.known+" (không thể vượt tổng số ghi trong báo cáo)", known...),
			sum, *declared); bad {
			l.Add(f)
		}
	}

	l.Add(c.missingInfo(*declared, sum, result, items, missing, len(known) > 0))
}

// entryValues returns the figure of each item, nil where not given.
func entryValues(items []entry) []*int64 {
	vals := make([]*int64, len(items))
	for i, it := range items {
		vals[i] = it.value
	}
	return vals
}

// knownParts returns the items that have a figure as parts of a sum, and
// their paths.
func knownParts(items []entry) (parts []finding.Part, paths []string) {
	for _, it := range items {
		if it.value != nil {
			parts = append(parts, finding.Part{Path: it.path, Value: *it.value})
			paths = append(paths, it.path)
		}
	}
	return parts, paths
}

// missingInfo is the info naming the items without a figure (missing, their
// indexes in items): the declared total, the sum of the known figures and,
// when they do not exceed the total, the gap they leave.
func (c totalCheck) missingInfo(declared, sum int64, result finding.PartitionResult, items []entry, missing []int, anyKnown bool) finding.Finding {
	names := make([]string, len(missing))
	related := make([]string, len(missing))
	for i, j := range missing {
		names[i] = c.name(j)
		related[i] = items[j].path
	}
	gap, gapOK := sub(declared, sum)
	gapOK = gapOK && result != finding.PartitionExceeds
	msg := fmt.Sprintf("%s ghi %s; %s %s chưa có số liệu nên chỉ đối chiếu được một phần: %s.",
		section.Capitalize(c.label), vn.Int(declared), vn.Count(int64(len(missing))), c.what, strings.Join(names, "; "))
	msg += c.knownSentence(sum, gap, gapOK, anyKnown)
	values := []finding.Value{
		{Name: "declared", Value: fmt.Sprint(declared)},
		{Name: "known_sum", Value: fmt.Sprint(sum)},
		{Name: "missing", Value: fmt.Sprint(len(missing))},
	}
	if gapOK {
		values = append(values, finding.Value{Name: "gap", Value: fmt.Sprint(gap)})
	}
	return c.missing.At(c.path, vn.NFC(msg)).WithRelated(related...).WithValues(values...)
}

// knownSentence is the sentence of missingInfo about the items with a
// figure: that there are none, or their sum and, when gapOK, the gap they
// leave.
func (c totalCheck) knownSentence(sum, gap int64, gapOK, anyKnown bool) string {
	switch {
	case !anyKnown:
		return fmt.Sprintf(" Không %s nào có số liệu.", c.what)
	case gapOK:
		return fmt.Sprintf(" Các %s có số liệu cộng lại được %s, còn %s chưa rõ thuộc %s nào.", c.what, vn.Int(sum), vn.Int(gap), c.what)
	default:
		return fmt.Sprintf(" Các %s có số liệu cộng lại được %s.", c.what, vn.Int(sum))
	}
}

// sub returns a−b and whether it fits in an int64.
func sub(a, b int64) (int64, bool) {
	d, err := finding.Diff(a, b)
	return d, err == nil
}

// clip shortens a name to its first 12 words, marking the cut with "…".
func clip(s string) string {
	const maxWords = 12
	words := strings.Fields(s)
	if len(words) <= maxWords {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:maxWords], " ") + " …"
}

// totalRules are the rules of the sums of the section.
func totalRules() finding.Catalogue {
	return finding.Catalogue{ruleOverflow}
}
