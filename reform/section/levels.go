package section

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/finding"
)

// Levels are procedures by service level under Nghị định 43/2011/NĐ-CP
// (mức độ 1–4), the scheme both the procedures section (II.2) and the digital
// government section (II.6) count in. A level left out (nil) has no
// procedure and is not named in the generated sentence: the reference report
// names only mức độ 2, 3 and 4.
type Levels struct {
	// Level1 is the number at mức độ 1 (information only).
	Level1 *int64 `json:"level_1,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Level2 is the number at mức độ 2 (forms to download).
	Level2 *int64 `json:"level_2,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Level3 is the number at mức độ 3 (submitted online).
	Level3 *int64 `json:"level_3,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Level4 is the number at mức độ 4 (submitted, paid and returned online).
	Level4 *int64 `json:"level_4,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// Level is one service level with its count.
type Level struct {
	// Level is the level, 1 to 4.
	Level int
	// Count is the number of procedures at the level.
	Count int64
}

// levels returns the four levels in order.
func (l Levels) levels() [4]*int64 { return [4]*int64{l.Level1, l.Level2, l.Level3, l.Level4} }

// Given returns the levels that are given, from 1 to 4.
func (l Levels) Given() []Level {
	var out []Level
	for i, p := range l.levels() {
		if p != nil {
			out = append(out, Level{Level: i + 1, Count: *p})
		}
	}
	return out
}

// Total is the number of procedures: the sum of the levels given. The sum is
// exact or an error wrapping finding.ErrOverflow: it fails only for counts
// above finding.MaxCount, which the sections' checks report.
func (l Levels) Total() (int64, error) {
	var xs []int64
	for _, p := range l.levels() {
		if p != nil {
			xs = append(xs, *p)
		}
	}
	return finding.Sum(xs...)
}

// Add returns the levels of a roll-up of l and o under a's add policy: a
// level either side gives is the sum, a level the other side leaves out
// counting as no procedure; a level neither gives stays out. path names the
// levels in an overflow error ("catalogue.levels").
func (l Levels) Add(a *Adder, path string, o Levels) Levels {
	sum := func(level int, x, y *int64) *int64 {
		if x == nil && y == nil {
			return nil
		}
		v := a.Add(fmt.Sprintf("%s.level_%d", path, level), deref(x), deref(y))
		return &v
	}
	return Levels{
		Level1: sum(1, l.Level1, o.Level1),
		Level2: sum(2, l.Level2, o.Level2),
		Level3: sum(3, l.Level3, o.Level3),
		Level4: sum(4, l.Level4, o.Level4),
	}
}

// Clone returns a copy of l that shares no pointer with it.
func (l Levels) Clone() Levels {
	c := func(p *int64) *int64 {
		if p == nil {
			return nil
		}
		v := *p
		return &v
	}
	return Levels{c(l.Level1), c(l.Level2), c(l.Level3), c(l.Level4)}
}

// deref returns *p, or 0 for nil.
func deref(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}
