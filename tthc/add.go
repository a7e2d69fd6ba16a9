package tthc

import (
	"errors"
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/reform/section"
)

// Add returns the roll-up of two units' sections (tổng hợp số liệu nhiều đơn
// vị), e.g. every department of a province, one call per unit:
//
//   - Counts add; rates and indicators are derived again from the sums
//     (never averaged), since the section stores no rate.
//   - Declared figures are dropped: they belong to one unit's report.
//   - Narrative is dropped: a roll-up's text is written for the roll-up.
//   - Unit and UnitShort are kept when both sections have the same, and are
//     empty otherwise: the caller names the roll-up. A feedback channel is
//     kept when both say the same.
//   - Detail that refines a total and that one side lacks is dropped, and
//     the totals stay exact: early and on time merge into "early or on
//     time"; the pending split, feedback answered, answered on time and
//     pending in time are dropped; rows by field are dropped unless both
//     give them (rows of the same field add, the others are kept).
//   - A part or a figure of its own that one side gives and the other does
//     not (the catalogue, the dossiers, the feedback, a scheme's levels,
//     announcements, internal processes, procedures eligible for toàn trình,
//     apology letters, the previous period's pending, the other bucket) is an
//     error naming it: the sum would be unknown, and dropping it would lose
//     data. Give it for every unit (a zero where there was none) or for none.
//   - Catalogues in two schemes (mức độ and toàn trình) are an error: the
//     schemes never mix. A level of mức độ left out counts as none.
//
// Catalogues add because the procedures under each department's authority
// are its own; units that share one catalogue (districts of a province)
// should set the roll-up's catalogue themselves. A sum above MaxCount is an
// error. Neither operand is changed.
func (s Section) Add(o Section) (Section, error) {
	out := Section{}
	if strings.TrimSpace(s.Unit) == strings.TrimSpace(o.Unit) {
		out.Unit = s.Unit
		if strings.TrimSpace(s.UnitShort) == strings.TrimSpace(o.UnitShort) {
			out.UnitShort = s.UnitShort
		}
	}
	var err error
	if out.Catalogue, err = addCatalogue(s.Catalogue, o.Catalogue); err != nil {
		return Section{}, err
	}
	if out.Dossiers, err = addDossiers(s.Dossiers, o.Dossiers); err != nil {
		return Section{}, err
	}
	if out.Feedback, err = addFeedback(s.Feedback, o.Feedback); err != nil {
		return Section{}, err
	}
	return out, nil
}

// Sum returns the roll-up of many units' sections by Add, in order. An empty
// list gives the zero Section.
func Sum(sections ...Section) (Section, error) {
	if len(sections) == 0 {
		return Section{}, nil
	}
	out := sections[0]
	out, err := out.Add(out.withoutFigures()) // drops declared figures and narrative of a lone unit
	if err != nil {
		return Section{}, err
	}
	for _, s := range sections[1:] {
		if out, err = out.Add(s); err != nil {
			return Section{}, err
		}
	}
	return out, nil
}

// withoutFigures returns a section with the same parts as s, every count
// zero: adding it to s keeps s's figures and drops what Add drops.
func (s Section) withoutFigures() Section {
	z := Section{Unit: s.Unit, UnitShort: s.UnitShort}
	zero := func(p *int64) *int64 {
		if p == nil {
			return nil
		}
		return new(int64)
	}
	zc := func(c Counts) Counts {
		return Counts{Early: zero(c.Early), PendingInTime: zero(c.PendingInTime),
			PendingOverdue: zero(c.PendingOverdue), Other: zero(c.Other)}
	}
	if c := s.Catalogue; c != nil {
		z.Catalogue = &Catalogue{InternalProcesses: zero(c.InternalProcesses)}
		if c.Levels != nil {
			z.Catalogue.Levels = &Levels{}
		}
		if c.Online != nil {
			z.Catalogue.Online = &OnlineServices{EligibleFull: zero(c.Online.EligibleFull)}
		}
		if c.Announced != nil {
			z.Catalogue.Announced = &Announced{}
		}
	}
	if d := s.Dossiers; d != nil {
		z.Dossiers = &Dossiers{Counts: zc(d.Counts), ApologyLetters: zero(d.ApologyLetters),
			PreviousPending: zero(d.PreviousPending)}
		for _, r := range d.Fields {
			z.Dossiers.Fields = append(z.Dossiers.Fields, FieldCounts{Field: r.Field, Counts: zc(r.Counts)})
		}
	}
	if f := s.Feedback; f != nil {
		z.Feedback = &Feedback{Answered: zero(f.Answered), AnsweredOnTime: zero(f.AnsweredOnTime),
			PendingInTime: zero(f.PendingInTime), Channel: f.Channel}
	}
	return z
}

// part checks that a part is given on both sides or neither.
func part[T any](name string, x, y *T) (both bool, err error) {
	switch {
	case x == nil && y == nil:
		return false, nil
	case x == nil || y == nil:
		return false, fmt.Errorf("tthc: add: %s is given for one unit only; give it for every unit or for none", name)
	}
	return true, nil
}

func addCatalogue(x, y *Catalogue) (*Catalogue, error) {
	if both, err := part("catalogue", x, y); !both {
		return nil, err
	}
	if (x.Levels != nil && y.Online != nil) || (x.Online != nil && y.Levels != nil) {
		return nil, fmt.Errorf("tthc: add: catalogue: one unit counts procedures by mức độ (Nghị định 43/2011/NĐ-CP), " +
			"the other by toàn trình / một phần (Nghị định 42/2022/NĐ-CP); the schemes do not mix")
	}
	a := section.NewAdder("tthc")
	out := &Catalogue{InternalProcesses: a.Matched("catalogue.internal_processes", x.InternalProcesses, y.InternalProcesses)}
	if both, err := part("catalogue.levels", x.Levels, y.Levels); err != nil {
		return nil, err
	} else if both {
		lv := func(name string, p, q *int64) *int64 {
			if p == nil && q == nil {
				return nil
			}
			v := a.Add(name, deref(p), deref(q))
			return &v
		}
		out.Levels = &Levels{
			Level1: lv("catalogue.levels.level_1", x.Levels.Level1, y.Levels.Level1),
			Level2: lv("catalogue.levels.level_2", x.Levels.Level2, y.Levels.Level2),
			Level3: lv("catalogue.levels.level_3", x.Levels.Level3, y.Levels.Level3),
			Level4: lv("catalogue.levels.level_4", x.Levels.Level4, y.Levels.Level4),
		}
	}
	if both, err := part("catalogue.online", x.Online, y.Online); err != nil {
		return nil, err
	} else if both {
		out.Online = &OnlineServices{
			Full:            a.Add("catalogue.online.full", x.Online.Full, y.Online.Full),
			Partial:         a.Add("catalogue.online.partial", x.Online.Partial, y.Online.Partial),
			InformationOnly: a.Add("catalogue.online.information_only", x.Online.InformationOnly, y.Online.InformationOnly),
			EligibleFull:    a.Matched("catalogue.online.eligible_full", x.Online.EligibleFull, y.Online.EligibleFull),
		}
	}
	if both, err := part("catalogue.announced", x.Announced, y.Announced); err != nil {
		return nil, err
	} else if both {
		out.Announced = &Announced{
			New:       a.Add("catalogue.announced.new", x.Announced.New, y.Announced.New),
			Amended:   a.Add("catalogue.announced.amended", x.Announced.Amended, y.Announced.Amended),
			Abolished: a.Add("catalogue.announced.abolished", x.Announced.Abolished, y.Announced.Abolished),
		}
	}
	if err := a.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// addCounts adds one row of dossier counts; name is its JSON path.
func addCounts(a *section.Adder, name string, x, y Counts) Counts {
	p := func(f string) string { return name + "." + f }
	out := Counts{
		Online:      a.Add(p("online"), x.Online, y.Online),
		InPerson:    a.Add(p("in_person"), x.InPerson, y.InPerson),
		CarriedOver: a.Add(p("carried_over"), x.CarriedOver, y.CarriedOver),
		Late:        a.Add(p("late"), x.Late, y.Late),
		Pending:     a.Add(p("pending"), x.Pending, y.Pending),
		Other:       a.Matched(p("other"), x.Other, y.Other),
	}
	if x.Early != nil && y.Early != nil {
		out.Early = a.Optional(p("early"), x.Early, y.Early)
		out.OnTime = a.Add(p("on_time"), x.OnTime, y.OnTime)
	} else {
		xt, xerr := x.EarlyOrOnTime()
		yt, yerr := y.EarlyOrOnTime()
		if err := errors.Join(xerr, yerr); err != nil {
			a.Fail(fmt.Errorf("tthc: add: %s: %w", p("on_time"), err))
		}
		out.OnTime = a.Add(p("on_time"), xt, yt)
	}
	xi, xok := x.InTime()
	yi, yok := y.InTime()
	xo, _ := x.Overdue()
	yo, _ := y.Overdue()
	if xok && yok {
		out.PendingInTime = a.Optional(p("pending_in_time"), &xi, &yi)
		out.PendingOverdue = a.Optional(p("pending_overdue"), &xo, &yo)
	}
	return out
}

func addDossiers(x, y *Dossiers) (*Dossiers, error) {
	if both, err := part("dossiers", x, y); !both {
		return nil, err
	}
	a := section.NewAdder("tthc")
	out := &Dossiers{
		Counts:          addCounts(a, "dossiers", x.Counts, y.Counts),
		ApologyLetters:  a.Matched("dossiers.apology_letters", x.ApologyLetters, y.ApologyLetters),
		PreviousPending: a.Matched("dossiers.previous_pending", x.PreviousPending, y.PreviousPending),
	}
	if len(x.Fields) > 0 && len(y.Fields) > 0 {
		index := make(map[string]int, len(x.Fields)+len(y.Fields))
		for _, r := range append(append([]FieldCounts(nil), x.Fields...), y.Fields...) {
			k := fieldKey(r.Field)
			if i, ok := index[k]; ok {
				out.Fields[i].Counts = addCounts(a, "dossiers.fields["+r.Field+"]", out.Fields[i].Counts, r.Counts)
				continue
			}
			index[k] = len(out.Fields)
			out.Fields = append(out.Fields, FieldCounts{Field: r.Field, Counts: cloneCounts(r.Counts)})
		}
	}
	if err := a.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

func addFeedback(x, y *Feedback) (*Feedback, error) {
	if both, err := part("feedback", x, y); !both {
		return nil, err
	}
	a := section.NewAdder("tthc")
	out := &Feedback{
		Received:       a.Add("feedback.received", x.Received, y.Received),
		Answered:       a.Optional("feedback.answered", x.Answered, y.Answered),
		AnsweredOnTime: a.Optional("feedback.answered_on_time", x.AnsweredOnTime, y.AnsweredOnTime),
		PendingInTime:  a.Optional("feedback.pending_in_time", x.PendingInTime, y.PendingInTime),
	}
	if strings.TrimSpace(x.Channel) == strings.TrimSpace(y.Channel) {
		out.Channel = x.Channel
	}
	if err := a.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// cloneCounts copies c with its own optional counts.
func cloneCounts(c Counts) Counts {
	cp := func(p *int64) *int64 {
		if p == nil {
			return nil
		}
		v := *p
		return &v
	}
	c.Early, c.PendingInTime, c.PendingOverdue, c.Other = cp(c.Early), cp(c.PendingInTime), cp(c.PendingOverdue), cp(c.Other)
	return c
}
