package digital

import (
	"errors"
	"fmt"
	"slices"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
)

// ErrOverflow is returned (wrapped, with the field's path and the
// finding.ErrAboveMaxCount or finding.ErrOverflow it comes from) when a sum
// of counts is not a count: above finding.MaxCount, or past the int64 range.
var ErrOverflow = errors.New("sum exceeds the largest count")

// ErrScheme is returned (wrapped) when Add meets procedures counted in the
// two online-level schemes, or one unit with both: they are never coerced
// into one another.
var ErrScheme = errors.New("procedures counted in both online-level schemes (Nghị định 43/2011/NĐ-CP and 42/2022/NĐ-CP)")

// Add returns the roll-up of two units' sections (tổng hợp nhiều đơn vị):
//
//   - counts add; shares are not stored, so the text re-derives them from the
//     summed counts and never averages them;
//   - a count is in the sum only when both sides give it (a part such as
//     Documents, Services.Levels, or a figure such as Outgoing.Signed):
//     a figure missing on one side would make the sum, and every share over
//     it, cover some units only. Such a figure is absent from the sum, never
//     read as 0; so the zero Digital is not an identity for Add, and Sum is
//     the way to roll up many units;
//   - declared figures are dropped: they belong to one unit's report;
//   - flags hold for the sum when they hold on both sides (Email.All,
//     Incoming.ExcludesSecret);
//   - Agency and Plan are kept when both sides have the same text, else
//     dropped: a plan belongs to the unit that issued it;
//   - digitisation projects and systems narratives are concatenated, a's
//     first. A project stays one unit's project, so it is copied whole,
//     its declared number of phases included.
//
// The result shares no memory with a or b.
//
// It fails with ErrScheme when the procedures of the two sides (or of one
// side) use different online-level schemes, and with ErrOverflow when a sum
// leaves the int64 range; the error names the field.
func (a Digital) Add(b Digital) (Digital, error) {
	out := strip(a)
	if err := out.addFrom(b); err != nil {
		return Digital{}, err
	}
	return out, nil
}

// addFrom adds b into d, which the caller owns (a strip copy): the figures
// as Add says, b's projects and narratives copied onto the end. Sum calls it
// so that a roll-up of n units copies each project once, not n times.
func (d *Digital) addFrom(b Digital) error {
	if d.Agency != b.Agency {
		d.Agency = ""
	}
	if d.Plan != b.Plan {
		d.Plan = ""
	}
	docs, err := addDocuments(d.Documents, b.Documents)
	if err != nil {
		return err
	}
	services, err := addServices(d.Services, b.Services)
	if err != nil {
		return err
	}
	email, err := addEmail(d.Email, b.Email)
	if err != nil {
		return err
	}
	d.Documents, d.Services, d.Email = docs, services, email
	for _, p := range b.Digitisation {
		d.Digitisation = append(d.Digitisation, cloneProject(p))
	}
	for _, n := range b.Systems {
		d.Systems = append(d.Systems, cloneNarrative(n))
	}
	return nil
}

// Sum rolls up the sections of many units in one call, as repeated Add from
// the first unit: see Add. The sum of one unit is a copy without its declared
// figures; the sum of none is the zero Digital. An error names the unit:
// "units[3]: services: …".
func Sum(units ...Digital) (Digital, error) {
	if len(units) == 0 {
		return Digital{}, nil
	}
	if sv := units[0].Services; sv != nil && sv.Levels != nil && sv.Online != nil {
		return Digital{}, fmt.Errorf("digital: units[0]: services: %w", ErrScheme)
	}
	out := strip(units[0])
	for i, u := range units[1:] {
		if err := out.addFrom(u); err != nil {
			return Digital{}, fmt.Errorf("digital: units[%d]: %w", i+1, unwrapPrefix(err))
		}
	}
	return out, nil
}

// strip returns a deep copy of d without its declared figures (projects keep
// theirs, as in Add).
func strip(d Digital) Digital {
	out := Digital{Agency: d.Agency, Plan: d.Plan}
	if x := d.Documents; x != nil {
		out.Documents = &Documents{}
		if in := x.Incoming; in != nil {
			out.Documents.Incoming = &Incoming{Total: in.Total, ExcludesSecret: in.ExcludesSecret, Handled: clonePtr(in.Handled)}
		}
		if o := x.Outgoing; o != nil {
			out.Documents.Outgoing = &Outgoing{Total: o.Total, Signed: clonePtr(o.Signed), Issued: clonePtr(o.Issued)}
		}
	}
	if x := d.Services; x != nil {
		out.Services = &Services{}
		if l := x.Levels; l != nil {
			out.Services.Levels = &Levels{clonePtr(l.Level1), clonePtr(l.Level2), clonePtr(l.Level3), clonePtr(l.Level4)}
		}
		if o := x.Online; o != nil {
			out.Services.Online = &Online{clonePtr(o.Full), clonePtr(o.Partial), clonePtr(o.Information)}
		}
	}
	if e := d.Email; e != nil {
		out.Email = &Email{Staff: clonePtr(e.Staff), WithEmail: clonePtr(e.WithEmail), All: e.All}
	}
	for _, p := range d.Digitisation {
		out.Digitisation = append(out.Digitisation, cloneProject(p))
	}
	for _, n := range d.Systems {
		out.Systems = append(out.Systems, cloneNarrative(n))
	}
	return out
}

// pathError is an error about the field at path.
type pathError struct {
	path string
	err  error
}

func (e *pathError) Error() string { return "digital: " + e.path + ": " + e.err.Error() }
func (e *pathError) Unwrap() error { return e.err }

// unwrapPrefix drops the "digital: " of a pathError so that Sum can put the
// unit in front of the path.
func unwrapPrefix(err error) error {
	var pe *pathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.path, pe.err)
	}
	return err
}

// addInt adds two counts of the roll-up, failing when the sum is not a
// count (above finding.MaxCount, or past the int64 range).
func addInt(path string, a, b int64) (int64, error) {
	s, err := finding.SumCount(a, b)
	if err != nil {
		return 0, &pathError{path, fmt.Errorf("%w: %w", ErrOverflow, err)}
	}
	return s, nil
}

// addPtr adds two optional counts: the sum is given only when both are.
func addPtr(path string, a, b *int64) (*int64, error) {
	if a == nil || b == nil {
		return nil, nil
	}
	s, err := addInt(path, *a, *b)
	if err != nil {
		return nil, err
	}
	return &s, nil
}

func addDocuments(a, b *Documents) (*Documents, error) {
	if a == nil || b == nil {
		return nil, nil
	}
	out := &Documents{}
	if a.Incoming != nil && b.Incoming != nil {
		total, err := addInt("documents.incoming.total", a.Incoming.Total, b.Incoming.Total)
		if err != nil {
			return nil, err
		}
		handled, err := addPtr("documents.incoming.handled", a.Incoming.Handled, b.Incoming.Handled)
		if err != nil {
			return nil, err
		}
		out.Incoming = &Incoming{Total: total, Handled: handled,
			ExcludesSecret: a.Incoming.ExcludesSecret && b.Incoming.ExcludesSecret}
	}
	if a.Outgoing != nil && b.Outgoing != nil {
		total, err := addInt("documents.outgoing.total", a.Outgoing.Total, b.Outgoing.Total)
		if err != nil {
			return nil, err
		}
		signed, err := addPtr("documents.outgoing.signed", a.Outgoing.Signed, b.Outgoing.Signed)
		if err != nil {
			return nil, err
		}
		issued, err := addPtr("documents.outgoing.issued", a.Outgoing.Issued, b.Outgoing.Issued)
		if err != nil {
			return nil, err
		}
		out.Outgoing = &Outgoing{Total: total, Signed: signed, Issued: issued}
	}
	if out.Incoming == nil && out.Outgoing == nil {
		return nil, nil
	}
	return out, nil
}

func addServices(a, b *Services) (*Services, error) {
	for _, s := range []*Services{a, b} {
		if s != nil && s.Levels != nil && s.Online != nil {
			return nil, &pathError{"services", ErrScheme}
		}
	}
	if a == nil || b == nil {
		return nil, nil
	}
	if (a.Levels != nil && b.Online != nil) || (a.Online != nil && b.Levels != nil) {
		return nil, &pathError{"services", ErrScheme}
	}
	out := &Services{}
	var err error
	if a.Levels != nil && b.Levels != nil {
		l := &Levels{}
		for _, f := range []struct {
			path     string
			dst      **int64
			from, to *int64
		}{
			{"services.levels.level_1", &l.Level1, a.Levels.Level1, b.Levels.Level1},
			{"services.levels.level_2", &l.Level2, a.Levels.Level2, b.Levels.Level2},
			{"services.levels.level_3", &l.Level3, a.Levels.Level3, b.Levels.Level3},
			{"services.levels.level_4", &l.Level4, a.Levels.Level4, b.Levels.Level4},
		} {
			if *f.dst, err = addPtr(f.path, f.from, f.to); err != nil {
				return nil, err
			}
		}
		out.Levels = l
	}
	if a.Online != nil && b.Online != nil {
		o := &Online{}
		for _, f := range []struct {
			path     string
			dst      **int64
			from, to *int64
		}{
			{"services.online.full", &o.Full, a.Online.Full, b.Online.Full},
			{"services.online.partial", &o.Partial, a.Online.Partial, b.Online.Partial},
			{"services.online.information_only", &o.Information, a.Online.Information, b.Online.Information},
		} {
			if *f.dst, err = addPtr(f.path, f.from, f.to); err != nil {
				return nil, err
			}
		}
		out.Online = o
	}
	if out.Levels == nil && out.Online == nil {
		return nil, nil
	}
	return out, nil
}

func addEmail(a, b *Email) (*Email, error) {
	if a == nil || b == nil {
		return nil, nil
	}
	staff, err := addPtr("email.staff", a.Staff, b.Staff)
	if err != nil {
		return nil, err
	}
	with, err := addPtr("email.with_email", a.WithEmail, b.WithEmail)
	if err != nil {
		return nil, err
	}
	return &Email{Staff: staff, WithEmail: with, All: a.All && b.All}, nil
}

func clonePtr(p *int64) *int64 {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

// cloneProject copies a project, its phases and its intro, keeping its
// declared figures: a project stays one unit's project in a roll-up.
func cloneProject(p Project) Project {
	out := p
	out.Intro = cloneNarrative(p.Intro)
	out.Declared.Phases = clonePtr(p.Declared.Phases)
	out.Phases = nil
	for _, ph := range p.Phases {
		c := ph
		c.Count = clonePtr(ph.Count)
		c.Kinds = slices.Clone(ph.Kinds)
		out.Phases = append(out.Phases, c)
	}
	return out
}

func cloneNarrative(n doc.Narrative) doc.Narrative {
	out := doc.Narrative{Text: n.Text, Notes: slices.Clone(n.Notes)}
	for _, it := range n.Items {
		out.Items = append(out.Items, cloneNarrative(it))
	}
	return out
}
