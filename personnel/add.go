package personnel

// The mechanism of Add: how text, years and keyed lists combine in a
// roll-up. Counts add by section.Adder; each topic's add code, which calls
// these helpers, is in its file; Add and Sum are in section.go.

import (
	"fmt"
	"reflect"
	"slices"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/section"
)

// same returns a when a and b are equal, the zero value otherwise.
func same[T comparable](a, b T) T {
	if a == b {
		return a
	}
	var zero T
	return zero
}

// sameNarrative returns a when a and b are equal, the zero narrative otherwise.
func sameNarrative(a, b doc.Narrative) doc.Narrative {
	if reflect.DeepEqual(a, b) {
		return cloneNarrative(a)
	}
	return doc.Narrative{}
}

// sameNarratives returns a copy of the free text a when a and b are equal,
// nil otherwise.
func sameNarratives(a, b section.Text) section.Text {
	if !reflect.DeepEqual(a, b) {
		return nil
	}
	return a.Clone()
}

// cloneNarrative copies n so that the sum shares no slice with its parts.
func cloneNarrative(n doc.Narrative) doc.Narrative {
	out := doc.Narrative{Text: n.Text, Notes: slices.Clone(n.Notes)}
	for _, it := range n.Items {
		out.Items = append(out.Items, cloneNarrative(it))
	}
	return out
}

// sameStrings returns a copy of a when a and b are equal, nil otherwise.
func sameStrings(a, b []string) []string {
	if slices.Equal(a, b) {
		return slices.Clone(a)
	}
	return nil
}

// union returns the strings of a, then those of b not in a.
func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// addYear returns the year of the sum: a zero year takes the other side's;
// two years that differ are the Adder's error, naming path.
func addYear(ad *section.Adder, path string, a, b int) int {
	switch {
	case a == 0:
		return b
	case b == 0 || a == b:
		return a
	}
	ad.Fail(fmt.Errorf("personnel: add: %s differ (%d and %d): figures of different years do not add up", path, a, b))
	return 0
}

// mergeKeys pairs the entries of a and b by key: a's keys in a's order,
// then b's other keys in b's order. An entry repeated on one side (a slip
// Validate reports) is paired once, from its first occurrence.
func mergeKeys[T any, K comparable](a, b []T, key func(T) K) [][2]*T {
	var out [][2]*T
	index := map[K]int{}
	for i := range a {
		k := key(a[i])
		if _, dup := index[k]; dup {
			continue
		}
		index[k] = len(out)
		out = append(out, [2]*T{&a[i], nil})
	}
	for i := range b {
		k := key(b[i])
		j, ok := index[k]
		switch {
		case !ok:
			index[k] = len(out)
			out = append(out, [2]*T{nil, &b[i]})
		case out[j][1] == nil:
			out[j][1] = &b[i]
		}
	}
	return out
}

// either returns the entry of a pair that only one side has: x when it is
// not nil, y otherwise.
func either[T any](x, y *T) *T {
	if x != nil {
		return x
	}
	return y
}

// clonePtr copies an optional count.
func clonePtr(p *int64) *int64 {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}
