package dissemination

import (
	"fmt"
	"strings"
	"time"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

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
func (d *Section) Blocks(w Wording) ([]doc.Block, error) {
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

// writer writes the sentences of one Wording: a section.Writer of its
// compiled templates, which remembers the first error of the section,
// template or data, and the wording's nouns and number conventions.
type writer struct {
	*section.Writer
	w Wording
}

// newWriter compiles the templates of w.
func newWriter(w Wording) (*writer, error) {
	set, err := compiler.Compile(w.sentences())
	if err != nil {
		return nil, err
	}
	return &writer{Writer: set.Writer(), w: w}, nil
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
	if len(d.Narrative) > 0 {
		extra, err := doc.ItemList(d.Narrative, doc.Dash, "narrative")
		if err != nil {
			c.Fail(fmt.Errorf("dissemination: %w", err))
			return nil
		}
		list.Items = append(list.Items, extra.Items...)
	}
	if len(list.Items) == 0 {
		return nil
	}
	return []doc.Block{list}
}

// esc makes data text safe to put in a template's markup output.
func esc(s string) string { return doc.EscapeInline(s) }

// piece runs the named template, that of a piece another template joins (a
// contest, a publication, a broadcast …), and checks that its output is
// valid markup by itself, so that an error names the template that made it.
// The output is returned as written: the sentence that joins it collapses
// its blanks.
func (c *writer) piece(name string, data any) string {
	s := c.Text(name, data)
	if _, err := doc.ParseInline(s, nil); err != nil {
		c.Fail(fmt.Errorf("dissemination: wording.%s: the text %q is not valid inline markup: %w", name, s, err))
		return ""
	}
	return s
}

// count formats a count with the wording's conventions.
func (c *writer) count(n int64) string { return c.w.Numbers.Count(n) }

// optCount formats a count that may be absent: "" when it is.
func (c *writer) optCount(n *int64) string { return section.Optional(c.w.Numbers, n).Text }

// shown formats a total decided by shownTotal.
func (c *writer) shown(t total) string {
	if !t.has {
		return ""
	}
	return c.count(t.value)
}

// kindNoun returns the noun of kind k among n, and false for an unknown kind.
func kindNoun(n ItemNouns, k EventKind) (string, bool) {
	switch k {
	case KindClass:
		return n.Class, true
	case KindConference:
		return n.Conference, true
	case KindSeminar:
		return n.Seminar, true
	case KindLawDay:
		return n.LawDay, true
	}
	return "", false
}

// noun returns the noun of e in the bullets, as markup: its own Noun
// (escaped) or the wording's for its kind, followed by the wording's word for
// an online event.
func (e Event) noun(n ItemNouns) (string, bool) {
	s, ok := kindNoun(n, e.Kind)
	if !ok {
		return "", false
	}
	if e.Noun != "" {
		s = esc(e.Noun)
	}
	if e.Mode == Online && n.Online != "" {
		s += " " + n.Online
	}
	return s, true
}

// eventsItem writes the summary of the events with a "+" bullet per group.
func (d *Section) eventsItem(c *writer) *doc.Item {
	ev := d.Events
	if len(ev.Items) == 0 {
		return nil
	}
	sums, err := sessions(ev.Items)
	c.Fail(err)
	att := make([]*int64, len(ev.Items))
	for i, e := range ev.Items {
		att[i] = e.Attendance
	}
	attendance, err := shownTotal(att, ev.Declared.Attendance, "events.items")
	c.Fail(err)
	sn := c.w.SummaryNouns
	nouns := [numCategories]string{catTraining: sn.Training, catConference: sn.Conference, catSeminar: sn.Seminar, catLawDay: sn.LawDay}
	var figures [numCategories]string
	var parts []string
	for cat, n := range sums {
		if n != 0 {
			figures[cat] = c.count(n)
			parts = append(parts, figures[cat]+" "+nouns[cat])
		}
	}
	summary := c.Runs("Summary", SummaryData{
		Organiser:   esc(d.Organiser),
		Partner:     esc(ev.Partner),
		Sessions:    section.Join(parts),
		Training:    figures[catTraining],
		Conferences: figures[catConference],
		Seminars:    figures[catSeminar],
		LawDays:     figures[catLawDay],
		Attendance:  c.shown(attendance),
		AtLeast:     attendance.atLeast,
		Emphasis:    c.w.Emphasis,
	})
	bullets := &doc.List{Marker: doc.Plus}
	for i, e := range ev.Items {
		noun, ok := e.noun(c.w.ItemNouns)
		if !ok {
			c.Fail(fmt.Errorf("dissemination: events.items[%d].kind: unknown kind %q; expected class, conference, seminar or law_day", i, e.Kind))
		}
		bullets.Items = append(bullets.Items, doc.Item{Runs: c.Runs("Event", EventData{
			Count:      c.count(e.Count),
			Noun:       noun,
			Partner:    esc(e.Partner),
			Topic:      esc(e.Topic),
			Audience:   esc(e.Audience),
			Place:      esc(e.Place),
			Detail:     esc(e.Detail),
			Online:     e.Mode == Online,
			Attendance: c.optCount(e.Attendance),
			Persons:    e.AttendanceUnit == Persons,
			Emphasis:   c.w.Emphasis,
		})})
	}
	return &doc.Item{Runs: summary, Blocks: []doc.Block{bullets}}
}

// contestsItem writes the item of the contests, one clause each.
func (d *Section) contestsItem(c *writer) *doc.Item {
	if len(d.Contests) == 0 {
		return nil
	}
	clauses := make([]string, len(d.Contests))
	for i, k := range d.Contests {
		date := ""
		if k.Date != "" {
			t, err := time.Parse(time.DateOnly, k.Date)
			if err != nil {
				c.Fail(fmt.Errorf("dissemination: contests[%d].date: %q is not a date written YYYY-MM-DD", i, k.Date))
			}
			date = vn.CitationDate(t)
		}
		var from []string
		if k.Units != nil {
			from = append(from, c.count(*k.Units)+" "+esc(k.UnitsNoun))
		}
		for _, a := range k.Also {
			from = append(from, esc(a))
		}
		clauses[i] = c.piece("Contest", ContestData{
			Name:         esc(k.Name),
			Partner:      esc(k.Partner),
			Online:       k.Mode == Online,
			Date:         date,
			Attempts:     c.optCount(k.Attempts),
			Contestants:  c.optCount(k.Contestants),
			Teams:        c.optCount(k.Teams),
			Participants: c.optCount(k.Participants),
			Audience:     esc(k.Audience),
			From:         section.Join(from),
			Emphasis:     c.w.Emphasis,
		})
	}
	runs := c.Runs("Contests", ContestsData{Organiser: esc(d.Organiser), Items: clauses, Joined: strings.Join(clauses, "; ")})
	return &doc.Item{Runs: runs}
}

// publicationsItem writes the item of the publications: the paragraph of
// the printed items and a "+" bullet per group of electronic documents.
func (d *Section) publicationsItem(c *writer) *doc.Item {
	p := d.Publications
	if len(p.Items) == 0 && len(p.Electronic) == 0 {
		return nil
	}
	org := esc(d.Organiser)
	lead := c.Runs("PublicationsLead", OrganiserData{Organiser: org})
	bullets := &doc.List{Marker: doc.Plus}
	if len(p.Items) > 0 {
		copies := make([]*int64, len(p.Items))
		items := make([]string, len(p.Items))
		for i, it := range p.Items {
			copies[i] = it.Copies
			items[i] = c.piece("Publication", PublicationData{Copies: c.optCount(it.Copies), Unit: esc(it.Unit), Title: esc(it.Title), Emphasis: c.w.Emphasis})
		}
		t, err := shownTotal(copies, p.Declared.Copies, "publications.items")
		c.Fail(err)
		bullets.Items = append(bullets.Items, doc.Item{Runs: c.Runs("Publications", PublicationsData{
			Organiser: org, Copies: c.shown(t), AtLeast: t.atLeast, Items: items, Joined: strings.Join(items, "; "), Emphasis: c.w.Emphasis,
		})})
	}
	for _, e := range p.Electronic {
		bullets.Items = append(bullets.Items, doc.Item{Runs: c.Runs("Electronic", ElectronicData{
			Issued:   e.Action == Issued,
			Count:    c.optCount(e.Count),
			Channel:  esc(e.Channel),
			Topic:    esc(e.Topic),
			Emphasis: c.w.Emphasis,
		})})
	}
	return &doc.Item{Runs: lead, Blocks: []doc.Block{bullets}}
}

// cadenceWords returns the words of a cadence: "mỗi tháng".
func cadenceWords(c Cadence) (string, bool) {
	switch c {
	case Weekly:
		return "mỗi tuần", true
	case Monthly:
		return "mỗi tháng", true
	case Quarterly:
		return "mỗi quý", true
	case Yearly:
		return "mỗi năm", true
	}
	return "", false
}

// duration writes a duration range the way the reference report does:
// "từ 7-15 phút"; a single bound, or equal bounds, as "15 phút".
func duration(lo, hi *int64) string {
	switch {
	case lo != nil && hi != nil && *lo != *hi:
		return "từ " + vn.Int(*lo) + "-" + vn.Int(*hi) + " phút"
	case hi != nil:
		return vn.Int(*hi) + " phút"
	case lo != nil:
		return vn.Int(*lo) + " phút"
	}
	return ""
}

func optInt(n *int64) string {
	if n == nil {
		return ""
	}
	return vn.Int(*n)
}

// mediaItem writes the item of the media: the paragraph of the broadcasts
// and press items, then that of the topics and SMS campaigns.
func (d *Section) mediaItem(c *writer) *doc.Item {
	m := d.Media
	if len(m.Broadcasts) == 0 && len(m.Press) == 0 && len(m.Topics) == 0 && len(m.SMS) == 0 {
		return nil
	}
	org := esc(d.Organiser)
	lead := c.Runs("MediaLead", OrganiserData{Organiser: org})
	bullets := &doc.List{Marker: doc.Plus}
	if len(m.Broadcasts) > 0 || len(m.Press) > 0 {
		var items []string
		for i, b := range m.Broadcasts {
			unit := b.Unit
			if unit == "" {
				unit = b.Noun
			}
			cadence, ok := cadenceWords(b.Cadence)
			if !ok && b.Cadence != "" {
				c.Fail(fmt.Errorf("dissemination: media.broadcasts[%d].cadence: unknown cadence %q; expected week, month, quarter or year", i, b.Cadence))
			}
			items = append(items, c.piece("Broadcast", BroadcastData{
				Station:    esc(b.Station),
				Programme:  esc(b.Programme),
				Noun:       esc(b.Noun),
				Unit:       esc(unit),
				PerPeriod:  c.optCount(b.PerPeriod),
				Cadence:    cadence,
				MinMinutes: optInt(b.MinMinutes),
				MaxMinutes: optInt(b.MaxMinutes),
				Duration:   duration(b.MinMinutes, b.MaxMinutes),
				Aired:      c.optCount(b.Aired),
				Emphasis:   c.w.Emphasis,
			}))
		}
		for _, p := range m.Press {
			items = append(items, c.piece("Press", PressData{
				Outlet: esc(p.Outlet), Column: esc(p.Column), Noun: esc(p.Noun), Count: c.optCount(p.Count), Emphasis: c.w.Emphasis,
			}))
		}
		bullets.Items = append(bullets.Items, doc.Item{Runs: c.Runs("Outlets", OutletsData{
			Organiser: org, Partner: esc(m.Partner), Items: items, Joined: strings.Join(items, " "),
		})})
	}
	if len(m.Topics) > 0 || len(m.SMS) > 0 {
		var sentences []string
		if len(m.Topics) > 0 {
			topics := make([]string, len(m.Topics))
			for i, t := range m.Topics {
				topics[i] = esc(t)
			}
			sentences = append(sentences, c.piece("Topics", TopicsData{Topics: topics, Joined: strings.Join(topics, "; ")}))
		}
		for _, s := range m.SMS {
			carriers := make([]string, len(s.Carriers))
			for i, k := range s.Carriers {
				carriers[i] = esc(k)
			}
			sentences = append(sentences, c.piece("SMS", SMSData{
				Organiser:   org,
				First:       len(sentences) == 0,
				Partner:     esc(s.Partner),
				Audience:    esc(s.Audience),
				Messages:    c.optCount(s.Messages),
				Subscribers: c.optCount(s.Subscribers),
				Carriers:    strings.Join(carriers, ", "),
				Emphasis:    c.w.Emphasis,
			}))
		}
		runs, err := doc.ParseInline(section.Collapse(strings.Join(sentences, " ")), nil)
		if err != nil {
			c.Fail(fmt.Errorf("dissemination: wording.Topics, wording.SMS: the text they make is not valid inline markup: %w", err))
		}
		bullets.Items = append(bullets.Items, doc.Item{Runs: runs})
	}
	return &doc.Item{Runs: lead, Blocks: []doc.Block{bullets}}
}
