package digital

import (
	"errors"
	"fmt"
	"slices"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/section"
)

// ErrOverflow is matched (errors.Is) by the error of Add and Sum when a sum
// of counts is not a count: above finding.MaxCount, or past the int64 range.
// The error names the field and the addends and wraps the
// finding.ErrAboveMaxCount or finding.ErrOverflow it comes from:
// "digital: add: documents.outgoing.total: 999999999999 + 2: …".
var ErrOverflow = errors.New("sum exceeds the largest count")

// ErrScheme is returned (wrapped) when Add or Sum meets procedures counted
// in the two online-level schemes, or one unit with both: they are never
// coerced into one another.
var ErrScheme = errors.New("procedures counted in both online-level schemes (Nghị định 43/2011/NĐ-CP and 42/2022/NĐ-CP)")

// Add returns the roll-up of two units' sections (tổng hợp nhiều đơn vị):
//
//   - counts add; shares are not stored, so the text re-derives them from the
//     summed counts and never averages them;
//   - a count is in the sum only when both sides give it (a part such as
//     Documents, Services.Levels, or a figure such as Outgoing.Signed):
//     a figure missing on one side would make the sum, and every share over
//     it, cover some units only. Such a figure is absent from the sum, never
//     read as 0; so the zero Section is not an identity for Add, and Sum is
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
// is not a count (above finding.MaxCount, or past the int64 range); the
// error names the field.
func (a Section) Add(b Section) (Section, error) {
	out := strip(a)
	if err := out.addFrom(b, "digital"); err != nil {
		return Section{}, err
	}
	return out, nil
}

// addFrom adds b into d, which the caller owns (a strip copy): the figures
// as Add says, b's projects and narratives copied onto the end. Sum calls it
// so that a roll-up of n units copies each project once, not n times. Errors
// start with prefix: "digital", or "digital: units[3]" for Sum.
func (d *Section) addFrom(b Section, prefix string) error {
	if err := checkSchemes(d.Services, b.Services); err != nil {
		return fmt.Errorf("%s: services: %w", prefix, err)
	}
	ad := section.NewAdder(prefix)
	d.Documents = addDocuments(ad, d.Documents, b.Documents)
	d.Services = addServices(ad, d.Services, b.Services)
	d.Email = addEmail(ad, d.Email, b.Email)
	if err := ad.Err(); err != nil {
		return overflowError{err}
	}
	if d.Agency != b.Agency {
		d.Agency = ""
	}
	if d.Plan != b.Plan {
		d.Plan = ""
	}
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
// figures; the sum of none is the zero Section. An error names the unit:
// "digital: units[3]: services: …".
func Sum(units ...Section) (Section, error) {
	if len(units) == 0 {
		return Section{}, nil
	}
	if sv := units[0].Services; sv != nil && sv.Levels != nil && sv.Online != nil {
		return Section{}, fmt.Errorf("digital: units[0]: services: %w", ErrScheme)
	}
	out := strip(units[0])
	for i, u := range units[1:] {
		if err := out.addFrom(u, fmt.Sprintf("digital: units[%d]", i+1)); err != nil {
			return Section{}, err
		}
	}
	return out, nil
}

// strip returns a deep copy of d without its declared figures (projects keep
// theirs, as in Add).
func strip(d Section) Section {
	out := Section{Agency: d.Agency, Plan: d.Plan}
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

// overflowError is the error of the section.Adder of addFrom, which only
// meets sums that are not counts: it reads as the Adder's error and matches
// ErrOverflow as well as the finding error it wraps.
type overflowError struct{ err error }

func (e overflowError) Error() string   { return e.err.Error() }
func (e overflowError) Unwrap() []error { return []error{e.err, ErrOverflow} }

// checkSchemes returns ErrScheme when a or b counts procedures in both
// online-level schemes, or when the two count them in different ones.
func checkSchemes(a, b *Services) error {
	for _, s := range []*Services{a, b} {
		if s != nil && s.Levels != nil && s.Online != nil {
			return ErrScheme
		}
	}
	if a != nil && b != nil && ((a.Levels != nil && b.Online != nil) || (a.Online != nil && b.Levels != nil)) {
		return ErrScheme
	}
	return nil
}

// addDocuments adds the document flow: each of incoming and outgoing only
// when both sides give it, each optional count only when both give it.
func addDocuments(ad *section.Adder, a, b *Documents) *Documents {
	if a == nil || b == nil {
		return nil
	}
	out := &Documents{}
	if x, y := a.Incoming, b.Incoming; x != nil && y != nil {
		out.Incoming = &Incoming{
			Total:          ad.Add("documents.incoming.total", x.Total, y.Total),
			Handled:        ad.Optional("documents.incoming.handled", x.Handled, y.Handled),
			ExcludesSecret: x.ExcludesSecret && y.ExcludesSecret,
		}
	}
	if x, y := a.Outgoing, b.Outgoing; x != nil && y != nil {
		out.Outgoing = &Outgoing{
			Total:  ad.Add("documents.outgoing.total", x.Total, y.Total),
			Signed: ad.Optional("documents.outgoing.signed", x.Signed, y.Signed),
			Issued: ad.Optional("documents.outgoing.issued", x.Issued, y.Issued),
		}
	}
	if out.Incoming == nil && out.Outgoing == nil {
		return nil
	}
	return out
}

// addServices adds the procedures of one scheme (checkSchemes has passed):
// each level only when both sides give it.
func addServices(ad *section.Adder, a, b *Services) *Services {
	if a == nil || b == nil {
		return nil
	}
	out := &Services{}
	if x, y := a.Levels, b.Levels; x != nil && y != nil {
		out.Levels = &Levels{
			Level1: ad.Optional("services.levels.level_1", x.Level1, y.Level1),
			Level2: ad.Optional("services.levels.level_2", x.Level2, y.Level2),
			Level3: ad.Optional("services.levels.level_3", x.Level3, y.Level3),
			Level4: ad.Optional("services.levels.level_4", x.Level4, y.Level4),
		}
	}
	if x, y := a.Online, b.Online; x != nil && y != nil {
		out.Online = &Online{
			Full:        ad.Optional("services.online.full", x.Full, y.Full),
			Partial:     ad.Optional("services.online.partial", x.Partial, y.Partial),
			Information: ad.Optional("services.online.information_only", x.Information, y.Information),
		}
	}
	if out.Levels == nil && out.Online == nil {
		return nil
	}
	return out
}

// addEmail adds the e-mail accounts: each count only when both sides give
// it, All when both say it.
func addEmail(ad *section.Adder, a, b *Email) *Email {
	if a == nil || b == nil {
		return nil
	}
	return &Email{
		Staff:     ad.Optional("email.staff", a.Staff, b.Staff),
		WithEmail: ad.Optional("email.with_email", a.WithEmail, b.WithEmail),
		All:       a.All && b.All,
	}
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
