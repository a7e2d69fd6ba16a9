package dissemination

import (
	"fmt"
	"strings"
	"text/template"
	"time"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/vn"
)

// Section returns the section with its title (Wording.Title) and the blocks
// of Blocks. Its number ("4.") follows from its place in the report.
func (d *Dissemination) Section(w Wording) (*doc.Section, error) {
	c, err := w.compile()
	if err != nil {
		return nil, err
	}
	title, err := c.text(c.title, nil)
	if err != nil {
		return nil, err
	}
	blocks, err := d.blocks(c)
	if err != nil {
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
// on an event of unknown kind, on a contest date that is not YYYY-MM-DD, and
// on a sum that no longer fits in an int64.
func (d *Dissemination) Blocks(w Wording) ([]doc.Block, error) {
	c, err := w.compile()
	if err != nil {
		return nil, err
	}
	return d.blocks(c)
}

func (d *Dissemination) blocks(c *compiled) ([]doc.Block, error) {
	if d == nil {
		return nil, nil
	}
	list := &doc.List{Marker: doc.Dash}
	for _, part := range []func(*compiled) (*doc.Item, error){d.eventsItem, d.contestsItem, d.publicationsItem, d.mediaItem} {
		it, err := part(c)
		if err != nil {
			return nil, err
		}
		if it != nil {
			list.Items = append(list.Items, *it)
		}
	}
	if len(d.Narrative) > 0 {
		extra, err := doc.ItemList(d.Narrative, doc.Dash, "narrative")
		if err != nil {
			return nil, fmt.Errorf("dissemination: %w", err)
		}
		list.Items = append(list.Items, extra.Items...)
	}
	if len(list.Items) == 0 {
		return nil, nil
	}
	return []doc.Block{list}, nil
}

// esc makes data text safe to put in a template's markup output.
func esc(s string) string { return doc.EscapeInline(s) }

// runs executes t with data and parses its output as inline markup.
func (c *compiled) runs(t *template.Template, data any) ([]doc.Run, error) {
	s, err := c.text(t, data)
	if err != nil {
		return nil, err
	}
	runs, err := doc.ParseInline(s, nil)
	if err != nil {
		return nil, fmt.Errorf("dissemination: wording.%s: the text it makes is not valid inline markup: %w", t.Name(), err)
	}
	return runs, nil
}

// item executes the template of a piece that another template joins (a
// contest, a publication, a broadcast …) and checks that its output is valid
// markup by itself, so that an error names the template that made it.
func (c *compiled) item(t *template.Template, data any) (string, error) {
	s, err := c.text(t, data)
	if err != nil {
		return "", err
	}
	if _, err := doc.ParseInline(s, nil); err != nil {
		return "", fmt.Errorf("dissemination: wording.%s: the text it makes is not valid inline markup: %w", t.Name(), err)
	}
	return s, nil
}

// count formats a count with the wording's conventions.
func (c *compiled) count(n int64) string { return c.w.Numbers.Count(n) }

// optCount formats a count that may be absent.
func (c *compiled) optCount(n *int64) string {
	if n == nil {
		return ""
	}
	return c.count(*n)
}

// shown formats a total decided by shownTotal.
func (c *compiled) shown(t total) string {
	if !t.has {
		return ""
	}
	return c.count(t.value)
}

// joinAnd joins parts the Vietnamese way: "A", "A và B", "A, B và C".
func joinAnd(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " và " + parts[len(parts)-1]
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

func (d *Dissemination) eventsItem(c *compiled) (*doc.Item, error) {
	ev := d.Events
	if len(ev.Items) == 0 {
		return nil, nil
	}
	sums, err := sessions(ev.Items)
	if err != nil {
		return nil, err
	}
	att := make([]*int64, len(ev.Items))
	for i, e := range ev.Items {
		att[i] = e.Attendance
	}
	attendance, err := shownTotal(att, ev.Declared.Attendance, "events.items")
	if err != nil {
		return nil, err
	}
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
	summary, err := c.runs(c.summary, SummaryData{
		Organiser:   esc(d.Organiser),
		Partner:     esc(ev.Partner),
		Sessions:    joinAnd(parts),
		Training:    figures[catTraining],
		Conferences: figures[catConference],
		Seminars:    figures[catSeminar],
		LawDays:     figures[catLawDay],
		Attendance:  c.shown(attendance),
		AtLeast:     attendance.atLeast,
	})
	if err != nil {
		return nil, err
	}
	bullets := &doc.List{Marker: doc.Plus}
	for i, e := range ev.Items {
		noun, ok := e.noun(c.w.ItemNouns)
		if !ok {
			return nil, fmt.Errorf("dissemination: events.items[%d].kind: unknown kind %q; expected class, conference, seminar or law_day", i, e.Kind)
		}
		runs, err := c.runs(c.event, EventData{
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
		})
		if err != nil {
			return nil, err
		}
		bullets.Items = append(bullets.Items, doc.Item{Runs: runs})
	}
	return &doc.Item{Runs: summary, Blocks: []doc.Block{bullets}}, nil
}

func (d *Dissemination) contestsItem(c *compiled) (*doc.Item, error) {
	if len(d.Contests) == 0 {
		return nil, nil
	}
	clauses := make([]string, len(d.Contests))
	for i, k := range d.Contests {
		date := ""
		if k.Date != "" {
			t, err := time.Parse(time.DateOnly, k.Date)
			if err != nil {
				return nil, fmt.Errorf("dissemination: contests[%d].date: %q is not a date written YYYY-MM-DD", i, k.Date)
			}
			date = vn.CitationDate(t)
		}
		var from []string
		if k.Units != nil {
			from = append(from, strings.TrimSpace(c.count(*k.Units)+" "+esc(k.UnitsNoun)))
		}
		for _, a := range k.Also {
			from = append(from, esc(a))
		}
		s, err := c.item(c.contest, ContestData{
			Name:         esc(k.Name),
			Partner:      esc(k.Partner),
			Online:       k.Mode == Online,
			Date:         date,
			Attempts:     c.optCount(k.Attempts),
			Contestants:  c.optCount(k.Contestants),
			Teams:        c.optCount(k.Teams),
			Participants: c.optCount(k.Participants),
			Audience:     esc(k.Audience),
			From:         joinAnd(from),
		})
		if err != nil {
			return nil, err
		}
		clauses[i] = s
	}
	runs, err := c.runs(c.contests, ContestsData{Organiser: esc(d.Organiser), Items: clauses})
	if err != nil {
		return nil, err
	}
	return &doc.Item{Runs: runs}, nil
}

func (d *Dissemination) publicationsItem(c *compiled) (*doc.Item, error) {
	p := d.Publications
	if len(p.Items) == 0 && len(p.Electronic) == 0 {
		return nil, nil
	}
	org := OrganiserData{Organiser: esc(d.Organiser)}
	lead, err := c.runs(c.pubLead, org)
	if err != nil {
		return nil, err
	}
	bullets := &doc.List{Marker: doc.Plus}
	if len(p.Items) > 0 {
		copies := make([]*int64, len(p.Items))
		items := make([]string, len(p.Items))
		for i, it := range p.Items {
			copies[i] = it.Copies
			if items[i], err = c.item(c.pub, PublicationData{Copies: c.optCount(it.Copies), Unit: esc(it.Unit), Title: esc(it.Title)}); err != nil {
				return nil, err
			}
		}
		t, err := shownTotal(copies, p.Declared.Copies, "publications.items")
		if err != nil {
			return nil, err
		}
		runs, err := c.runs(c.pubs, PublicationsData{Organiser: org.Organiser, Copies: c.shown(t), AtLeast: t.atLeast, Items: items})
		if err != nil {
			return nil, err
		}
		bullets.Items = append(bullets.Items, doc.Item{Runs: runs})
	}
	for _, e := range p.Electronic {
		runs, err := c.runs(c.electronic, ElectronicData{
			Issued:  e.Action == Issued,
			Count:   c.optCount(e.Count),
			Channel: esc(e.Channel),
			Topic:   esc(e.Topic),
		})
		if err != nil {
			return nil, err
		}
		bullets.Items = append(bullets.Items, doc.Item{Runs: runs})
	}
	return &doc.Item{Runs: lead, Blocks: []doc.Block{bullets}}, nil
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

func (d *Dissemination) mediaItem(c *compiled) (*doc.Item, error) {
	m := d.Media
	if len(m.Broadcasts) == 0 && len(m.Press) == 0 && len(m.Topics) == 0 && len(m.SMS) == 0 {
		return nil, nil
	}
	org := esc(d.Organiser)
	lead, err := c.runs(c.mediaLead, OrganiserData{Organiser: org})
	if err != nil {
		return nil, err
	}
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
				return nil, fmt.Errorf("dissemination: media.broadcasts[%d].cadence: unknown cadence %q; expected week, month, quarter or year", i, b.Cadence)
			}
			s, err := c.item(c.broadcast, BroadcastData{
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
			})
			if err != nil {
				return nil, err
			}
			items = append(items, s)
		}
		for _, p := range m.Press {
			s, err := c.item(c.press, PressData{Outlet: esc(p.Outlet), Column: esc(p.Column), Noun: esc(p.Noun), Count: c.optCount(p.Count)})
			if err != nil {
				return nil, err
			}
			items = append(items, s)
		}
		runs, err := c.runs(c.outlets, OutletsData{Organiser: org, Partner: esc(m.Partner), Items: items})
		if err != nil {
			return nil, err
		}
		bullets.Items = append(bullets.Items, doc.Item{Runs: runs})
	}
	if len(m.Topics) > 0 || len(m.SMS) > 0 {
		var sentences []string
		if len(m.Topics) > 0 {
			topics := make([]string, len(m.Topics))
			for i, t := range m.Topics {
				topics[i] = esc(t)
			}
			s, err := c.item(c.topics, TopicsData{Topics: topics})
			if err != nil {
				return nil, err
			}
			sentences = append(sentences, s)
		}
		for _, s := range m.SMS {
			carriers := make([]string, len(s.Carriers))
			for i, k := range s.Carriers {
				carriers[i] = esc(k)
			}
			text, err := c.item(c.sms, SMSData{
				Organiser:   org,
				First:       len(sentences) == 0,
				Partner:     esc(s.Partner),
				Audience:    esc(s.Audience),
				Messages:    c.optCount(s.Messages),
				Subscribers: c.optCount(s.Subscribers),
				Carriers:    strings.Join(carriers, ", "),
			})
			if err != nil {
				return nil, err
			}
			sentences = append(sentences, text)
		}
		runs, err := doc.ParseInline(strings.Join(sentences, " "), nil)
		if err != nil {
			return nil, fmt.Errorf("dissemination: wording.Topics, wording.SMS: the text they make is not valid inline markup: %w", err)
		}
		bullets.Items = append(bullets.Items, doc.Item{Runs: runs})
	}
	return &doc.Item{Runs: lead, Blocks: []doc.Block{bullets}}, nil
}
