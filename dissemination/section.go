package dissemination

// The section as a whole: the Section type and the orchestration of its
// operations over the topics (events.go, contests.go, publications.go,
// media.go, narrative.go): Validate and the catalogue of Rules, the text
// (Section, Blocks) and the roll-up (Add, Sum).

import (
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// Section is section I.4 of a report: reform communication and law
// dissemination (công tác tuyên truyền cải cách hành chính, phổ biến, giáo dục
// pháp luật).
type Section struct {
	// Organiser is the agency that organises the work and the subject of the
	// generated sentences (cơ quan tổ chức), e.g. "Sở Tư pháp".
	Organiser string `json:"organiser" validate:"required"`
	// Events are the classes, conferences, law days and seminars with their
	// declared totals (hội nghị, tập huấn, sinh hoạt ngày pháp luật).
	Events Events `json:"events"`
	// Contests are the contests held (hội thi, cuộc thi).
	Contests []Contest `json:"contests,omitempty" validate:"dive"`
	// Publications are the printed and electronic documents (tài liệu).
	Publications Publications `json:"publications"`
	// Media is the work through the mass media and SMS (thông tin đại chúng).
	Media Media `json:"media"`
	// Narrative is the further free text of the section that no figure
	// generates (nội dung khác): each of its narratives prints as a "-" item
	// after the generated ones, its own items as "+" items.
	Narrative section.Text `json:"narrative,omitempty"`
}

// Checks.

// Rules returns the catalogue of the codes Validate makes, topic by topic:
// each topic lists its own rules in its file (eventRules, mediaRules …), so
// a rule a topic adds is listed there and Rules need not change. It leaves
// out the field rules (finding.FieldCode: "field.gte" for a negative count,
// "field.oneof" for an unknown kind, mode, unit, action or cadence,
// "field.required" for a missing name, "field.required_with" for a figure
// without its noun or cadence, "field.excluded_if" for a law day marked as
// training, "field.datetime" for a date not written YYYY-MM-DD).
func Rules() finding.Catalogue {
	var c finding.Catalogue
	for _, topic := range []func() finding.Catalogue{
		eventRules, publicationRules, totalRules, contestRules, mediaRules, narrativeRules,
	} {
		c = append(c, topic()...)
	}
	return c
}

// Validate returns every finding about d at once: the field rules first (see
// Rules for their codes), then the declared totals against the items, the
// contests, and the media. Paths are JSON paths relative to d, e.g.
// "events.declared.attendance"; package reform puts them under the report's.
func (d *Section) Validate() finding.List {
	l := finding.Fields(d, "")
	if d == nil {
		return l
	}
	d.Events.check(&l)
	checkContests(&l, d.Contests)
	d.Publications.check(&l)
	d.Media.check(&l)
	checkNarratives(&l, d.Narrative)
	return l
}

// Text.

// Section returns the section with its title (Wording.Title) and the blocks
// of Blocks. Its number ("4.") follows from its place in the report.
func (d *Section) Section(w Wording) (*doc.Section, error) {
	c, err := newWriter(w)
	if err != nil {
		return nil, err
	}
	title := c.Text("Title", nil)
	blocks := d.blocks(c)
	if err := c.Err(); err != nil {
		return nil, err
	}
	return &doc.Section{Title: title, Blocks: blocks}, nil
}

// Blocks returns the content of the section in the layout of the reference
// report: one "-" list whose items are, in order, the events (the summary
// sentence with a "+" bullet per group of events), the contests, the
// publications (the paragraph of the printed items and a "+" bullet per group
// of electronic documents), the media (the paragraph of the broadcasts and
// press items, then the topics and SMS campaigns), and the Narrative. A part
// without data is left out; with no data at all Blocks returns no block.
// The section has no topic headings, only items of one list, so an outline
// o changes nothing: under section.Fixed the caller fills a section with no
// block, as it fills every topic of the other sections with nothing to say.
//
// Every figure is printed as derived from the items: session counts, and the
// attendance and copies when every item has them. When some items lack the
// figure, the total printed is the declared one if it covers the known sum
// (it is the only figure that counts every item; Validate says which items
// lack it), and otherwise the known sum, which the default wording prefixes
// with "ít nhất".
//
// Blocks does not need Validate to pass: figures that break a check are
// printed as given. It fails on a template error (naming the Wording field),
// on an event of unknown kind, on a contest date that is not YYYY-MM-DD, on
// an unknown cadence, and on a sum that no longer fits in an int64.
func (d *Section) Blocks(w Wording, o ...section.Outline) ([]doc.Block, error) {
	c, err := newWriter(w)
	if err != nil {
		return nil, err
	}
	blocks := d.blocks(c)
	if err := c.Err(); err != nil {
		return nil, err
	}
	return blocks, nil
}

// blocks writes the section's blocks; an error is left in c.
func (d *Section) blocks(c *writer) []doc.Block {
	if d == nil {
		return nil
	}
	list := &doc.List{Marker: doc.Dash}
	for _, part := range []func(*writer) *doc.Item{d.eventsItem, d.contestsItem, d.publicationsItem, d.mediaItem} {
		if it := part(c); it != nil {
			list.Items = append(list.Items, *it)
		}
	}
	extra, ok := d.narrativeItems(c)
	if !ok {
		return nil
	}
	list.Items = append(list.Items, extra...)
	if len(list.Items) == 0 {
		return nil
	}
	return []doc.Block{list}
}

// Roll-up.

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
		Organiser:    or(a.Organiser, b.Organiser),
		Events:       a.Events.add(b.Events),
		Contests:     addContests(a.Contests, b.Contests),
		Publications: a.Publications.add(b.Publications),
		Media:        a.Media.add(b.Media),
		Narrative:    addNarrative(a.Narrative, b.Narrative),
	}
	if err := r.computable(); err != nil {
		return Section{}, err
	}
	return r, nil
}

// Sum returns the roll-up of many units' sections by Add, in order: the
// first unit's section with its declared totals dropped, then each other
// added. An empty list gives the zero Section. An error names the unit.
func Sum(sections ...Section) (Section, error) { return SumSeq(slices.Values(sections)) }

// SumSeq is Sum of the sections seq yields, in order, as the other
// sections' SumSeq: a caller that holds its units elsewhere adds them
// without copying every section into a slice first.
func SumSeq(seq iter.Seq[Section]) (Section, error) {
	add := func(sum, s Section, i int) (Section, error) {
		out, err := sum.Add(s)
		if err != nil {
			return Section{}, fmt.Errorf("dissemination: units[%d]: %s", i, strings.TrimPrefix(err.Error(), "dissemination: "))
		}
		return out, nil
	}
	return section.Sum(seq, func(s Section) (Section, error) { return add(Section{}, s, 0) }, add)
}

// computable checks that every total the text derives fits in an int64.
func (d Section) computable() error {
	if err := d.Events.computable(); err != nil {
		return err
	}
	return d.Publications.computable()
}

// or returns a, or b when a is empty.
func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// cloneAll returns the elements of the lists one after another, in the
// order given, each copied by clone, in one new slice of the size they need,
// so that it shares nothing with them; nil when they are all empty. It
// copies each element once: concatenating the lists first would copy them
// twice.
func cloneAll[T any](clone func(T) T, lists ...[]T) []T {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	if n == 0 {
		return nil
	}
	out := make([]T, 0, n)
	for _, l := range lists {
		for _, v := range l {
			out = append(out, clone(v))
		}
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
