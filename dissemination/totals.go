package dissemination

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/finding"
)

// category is a session count of the summary sentence.
type category int

// The categories, in the order the summary names them.
const (
	catTraining category = iota
	catConference
	catSeminar
	catLawDay
	numCategories
)

// category returns the summary category of e: classes and training
// conferences and seminars are training sessions. It is false for an
// unknown kind.
func (e Event) category() (category, bool) {
	switch e.Kind {
	case KindClass:
		return catTraining, true
	case KindConference:
		if e.Training {
			return catTraining, true
		}
		return catConference, true
	case KindSeminar:
		if e.Training {
			return catTraining, true
		}
		return catSeminar, true
	case KindLawDay:
		return catLawDay, true
	}
	return 0, false
}

// sessions returns the session count of each category, summed over the
// events of a known kind. It fails when a count leaves the int64 range.
func sessions(items []Event) ([numCategories]int64, error) {
	var out [numCategories]int64
	for i, e := range items {
		c, ok := e.category()
		if !ok {
			continue
		}
		var err error
		if out[c], err = finding.Sum(out[c], e.Count); err != nil {
			return out, fmt.Errorf("dissemination: events.items[%d].count: the session count of the events no longer fits in an int64", i)
		}
	}
	return out, nil
}

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
