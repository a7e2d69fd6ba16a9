package section

import (
	"fmt"
	"iter"

	"github.com/cchc-go/cchc/reform/finding"
)

// Adder adds the counts of a roll-up under the one add policy of the
// sections (see the package documentation) and remembers the first error,
// "tthc: add: dossiers.received: 999999999999 + 2: …", with the path of the
// figure. After an error every call returns the zero value; Err returns it.
// An Adder is for one goroutine.
type Adder struct {
	pkg string
	err error
}

// NewAdder returns an Adder whose errors name section pkg.
func NewAdder(pkg string) *Adder { return &Adder{pkg: pkg} }

// Err returns the first error met, or nil.
func (a *Adder) Err() error { return a.err }

// Add returns x + y: a sum above finding.MaxCount, or past the int64 range,
// is an error and gives 0.
func (a *Adder) Add(path string, x, y int64) int64 {
	if a.err != nil {
		return 0
	}
	s, err := finding.SumCount(x, y)
	if err != nil {
		a.err = fmt.Errorf("%s: add: %s: %d + %d: %w", a.pkg, path, x, y, err)
		return 0
	}
	return s
}

// Optional adds two optional counts: the sum is given only when both are
// (a unit that does not give a figure makes the total unknown).
func (a *Adder) Optional(path string, x, y *int64) *int64 {
	if x == nil || y == nil || a.err != nil {
		return nil
	}
	s := a.Add(path, *x, *y)
	if a.err != nil {
		return nil
	}
	return &s
}

// Fail records err as the Adder's error unless one is already recorded.
func (a *Adder) Fail(err error) {
	if a.err == nil && err != nil {
		a.err = err
	}
}

// Sum adds up the sections seq yields, in order, as every section's SumSeq
// does: start makes the sum of the first section alone (what a roll-up of
// one unit keeps of it), add adds the i-th section (i from 1) to the sum so
// far. The first error stops the sum and is returned; the sum of nothing is
// the zero value. seq is read once, so a roll-up yields its units' sections
// where they are instead of copying them into a slice first.
func Sum[S any](seq iter.Seq[S], start func(S) (S, error), add func(sum, s S, i int) (S, error)) (S, error) {
	var (
		sum S
		err error
		i   int
	)
	for s := range seq {
		if i == 0 {
			sum, err = start(s)
		} else {
			sum, err = add(sum, s, i)
		}
		if err != nil {
			var zero S
			return zero, err
		}
		i++
	}
	return sum, nil
}
