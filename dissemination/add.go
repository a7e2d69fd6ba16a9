package dissemination

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/vn"
)

// Add returns the roll-up of a and b (tổng hợp nhiều đơn vị), e.g. of the
// sections of several districts, without changing either:
//
//   - the lists (events, contests, printed and electronic documents,
//     broadcasts, press items, SMS campaigns, narrative) are concatenated, a's
//     first, so every total of the roll-up is derived again from the items:
//     counts add, nothing is averaged;
//   - topics are concatenated without repeating one already listed;
//   - declared totals are dropped: they are figures of one unit's report;
//   - the organiser and partners are a's, or b's where a's are empty: start a
//     roll-up from a value that names the body that reports it.
//
// The result shares no slice or pointer with a or b. Add fails, returning
// the zero value, when a total of the roll-up (a session count, the known
// attendance or copies) no longer fits in an int64.
func (a Section) Add(b Section) (Section, error) {
	r := Section{
		Organiser: or(a.Organiser, b.Organiser),
		Events: Events{
			Partner: or(a.Events.Partner, b.Events.Partner),
			Items:   cloneAll(slices.Concat(a.Events.Items, b.Events.Items), Event.clone),
		},
		Contests: cloneAll(slices.Concat(a.Contests, b.Contests), Contest.clone),
		Publications: Publications{
			Items:      cloneAll(slices.Concat(a.Publications.Items, b.Publications.Items), Publication.clone),
			Electronic: cloneAll(slices.Concat(a.Publications.Electronic, b.Publications.Electronic), Electronic.clone),
		},
		Media: Media{
			Partner:    or(a.Media.Partner, b.Media.Partner),
			Broadcasts: cloneAll(slices.Concat(a.Media.Broadcasts, b.Media.Broadcasts), Broadcast.clone),
			Press:      cloneAll(slices.Concat(a.Media.Press, b.Media.Press), Press.clone),
			Topics:     topics(a.Media.Topics, b.Media.Topics),
			SMS:        cloneAll(slices.Concat(a.Media.SMS, b.Media.SMS), SMS.clone),
		},
		Narrative: cloneAll(slices.Concat(a.Narrative, b.Narrative), cloneNarrative),
	}
	if err := r.computable(); err != nil {
		return Section{}, err
	}
	return r, nil
}

// Sum returns the roll-up of many units' sections by Add, in order: the
// first unit's section with its declared totals dropped, then each other
// added. An empty list gives the zero Section. An error names the unit.
func Sum(sections ...Section) (Section, error) {
	var out Section
	for i, s := range sections {
		var err error
		if out, err = out.Add(s); err != nil {
			return Section{}, fmt.Errorf("dissemination: units[%d]: %s", i, strings.TrimPrefix(err.Error(), "dissemination: "))
		}
	}
	return out, nil
}

// computable checks that every total the text derives fits in an int64.
func (d Section) computable() error {
	if _, err := sessions(d.Events.Items); err != nil {
		return err
	}
	att := make([]*int64, len(d.Events.Items))
	for i, e := range d.Events.Items {
		att[i] = e.Attendance
	}
	if _, err := shownTotal(att, nil, "events.items"); err != nil {
		return err
	}
	copies := make([]*int64, len(d.Publications.Items))
	for i, p := range d.Publications.Items {
		copies[i] = p.Copies
	}
	_, err := shownTotal(copies, nil, "publications.items")
	return err
}

// or returns a, or b when a is empty.
func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// topics concatenates the topic lists, leaving out a topic already listed
// (the same text after NFC normalization and trimming).
func topics(a, b []string) []string {
	var out []string
	seen := make(map[string]bool, len(a)+len(b))
	for _, t := range slices.Concat(a, b) {
		key := normKey(t)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, t)
	}
	return out
}

// normKey is the form two topics are compared in.
func normKey(s string) string { return vn.NFC(strings.TrimSpace(s)) }

// cloneAll returns a copy of s with every element copied by clone; nil for
// an empty s.
func cloneAll[T any](s []T, clone func(T) T) []T {
	if len(s) == 0 {
		return nil
	}
	out := make([]T, len(s))
	for i, v := range s {
		out[i] = clone(v)
	}
	return out
}

// ptr copies a figure that may be absent.
func ptr(p *int64) *int64 {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

func (e Event) clone() Event {
	e.Attendance = ptr(e.Attendance)
	return e
}

func (c Contest) clone() Contest {
	c.Attempts, c.Contestants, c.Teams = ptr(c.Attempts), ptr(c.Contestants), ptr(c.Teams)
	c.Units, c.Participants = ptr(c.Units), ptr(c.Participants)
	c.Also = slices.Clone(c.Also)
	return c
}

func (p Publication) clone() Publication {
	p.Copies = ptr(p.Copies)
	return p
}

func (e Electronic) clone() Electronic {
	e.Count = ptr(e.Count)
	return e
}

func (b Broadcast) clone() Broadcast {
	b.PerPeriod, b.MinMinutes, b.MaxMinutes, b.Aired = ptr(b.PerPeriod), ptr(b.MinMinutes), ptr(b.MaxMinutes), ptr(b.Aired)
	return b
}

func (p Press) clone() Press {
	p.Count = ptr(p.Count)
	return p
}

func (s SMS) clone() SMS {
	s.Messages, s.Subscribers = ptr(s.Messages), ptr(s.Subscribers)
	s.Carriers = slices.Clone(s.Carriers)
	return s
}

func cloneNarrative(n doc.Narrative) doc.Narrative {
	n.Notes = slices.Clone(n.Notes)
	n.Items = cloneAll(n.Items, cloneNarrative)
	return n
}
