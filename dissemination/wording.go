package dissemination

// The wording of the generated text, in one place for the whole section: the
// Wording type with its nouns, DefaultWording and At (every template of the
// reference report is data, the file wording/department.tmpl), the compiled
// templates, and the writer that the topics' text functions write with. The
// data type each template sees is declared beside the code that fills it, in
// the file of its topic.

import (
	"embed"
	"fmt"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// Wording is the wording of the generated text (câu chữ của phần được sinh từ
// số liệu): one text/template string per generated sentence, title or list
// item, the nouns of the event kinds, and the number conventions.
//
// Each template is executed with the data type its field names, whose
// fields are already formatted: counts as "03", "1.745", "" when not given;
// text from the data escaped; lists also joined as the default wording joins
// them (Joined). The output is inline markup (doc.ParseInline): a template
// may use "**bold**" and "*italic*", and writes "\*" for an asterisk. The
// functions of section.Funcs are available: join ("a, b và c"), upper and
// bold. A figure that Emphasis makes bold is written
// {{if $.Emphasis}}{{bold .}}{{else}}{{.}}{{end}}. In the text of an item
// or a bullet, runs of blanks become one space and the ends are trimmed.
//
// A template that does not parse or execute, or whose output is not valid
// markup, makes Blocks fail with an error naming the field, "dissemination:
// wording.Contest: …"; every template that does not parse is reported, even
// one the data does not reach.
type Wording struct {
	// Numbers are the conventions of counts (the leading zero of "03").
	Numbers vn.Format
	// Emphasis asks the templates to print figures bold, as the reference
	// report prints its print runs and media counts ("**4.521** tài liệu"):
	// it reaches them as the Emphasis field of their data. On in
	// DefaultWording; the default templates make bold the copies of the
	// publications paragraph and the aired and published counts of the media
	// paragraph, where the report is consistent, and not event attendance,
	// which the report bolds in three bullets of eight.
	Emphasis bool
	// ItemNouns are the nouns of the event kinds in the bullets.
	ItemNouns ItemNouns
	// SummaryNouns are the nouns of the session counts in the summary.
	SummaryNouns SummaryNouns

	// Title is the section title, plain text, executed with no data.
	Title string
	// Summary is the "-" item that opens the events (SummaryData).
	Summary string
	// Event is the "+" bullet of one group of events (EventData).
	Event string
	// Contests is the "-" item of the contests (ContestsData).
	Contests string
	// Contest is one contest's clause, joined into Contests (ContestData).
	Contest string
	// PublicationsLead is the "-" item over the publications (OrganiserData).
	PublicationsLead string
	// Publications is the "+" paragraph of the printed items
	// (PublicationsData).
	Publications string
	// Publication is one printed item, joined into Publications
	// (PublicationData).
	Publication string
	// Electronic is the "+" bullet of a group of electronic documents
	// (ElectronicData).
	Electronic string
	// MediaLead is the "-" item over the media work (OrganiserData).
	MediaLead string
	// Outlets is the "+" paragraph of the broadcasts and press items
	// (OutletsData).
	Outlets string
	// Broadcast is one programme's sentences, joined into Outlets
	// (BroadcastData).
	Broadcast string
	// Press is one newspaper's sentence, joined into Outlets (PressData).
	Press string
	// Topics is the sentence of the topics disseminated, which opens the
	// last "+" paragraph of the media (TopicsData).
	Topics string
	// SMS is the sentence of one SMS campaign, in the same paragraph
	// (SMSData).
	SMS string
}

// ItemNouns are the nouns of the event kinds in the bullets ("03 lớp tập
// huấn …"); an Event's own Noun replaces them. They are inline markup.
type ItemNouns struct {
	// Class is the noun of a class, e.g. "lớp tập huấn".
	Class string
	// Conference is the noun of a conference, e.g. "Hội nghị".
	Conference string
	// Seminar is the noun of a seminar, e.g. "buổi tọa đàm".
	Seminar string
	// LawDay is the noun of a law-day session, e.g. "đợt sinh hoạt “Ngày
	// pháp luật”".
	LawDay string
	// Online follows the noun of an online event, e.g. "trực tuyến":
	// "Hội nghị trực tuyến".
	Online string
}

// SummaryNouns are the nouns of the session counts of the summary sentence
// ("13 lớp tập huấn và 03 buổi sinh hoạt ngày pháp luật"). They are inline
// markup.
type SummaryNouns struct {
	// Training is the noun of the training sessions: classes and training
	// conferences and seminars, e.g. "lớp tập huấn".
	Training string
	// Conference is the noun of the other conferences, e.g. "hội nghị".
	Conference string
	// Seminar is the noun of the other seminars, e.g. "buổi tọa đàm".
	Seminar string
	// LawDay is the noun of the law-day sessions, e.g. "buổi sinh hoạt ngày
	// pháp luật".
	LawDay string
}

// OrganiserData is the data of the lead items, which need only the
// organiser.
type OrganiserData struct {
	// Organiser is the organising agency, e.g. "Sở Tư pháp".
	Organiser string
}

// defaultItemNouns are the nouns of the reference report's bullets.
func defaultItemNouns() ItemNouns {
	return ItemNouns{
		Class:      "lớp tập huấn",
		Conference: "Hội nghị",
		Seminar:    "buổi tọa đàm",
		LawDay:     "đợt sinh hoạt “Ngày pháp luật”",
		Online:     "trực tuyến",
	}
}

// DefaultWording returns the wording of the reference report's section I.4
// (Báo cáo 380/BC-STP of Sở Tư pháp An Giang, 19/11/2024), the wording of a
// department's report, with the number conventions of vn.DefaultFormat and
// Emphasis on. Its sentences are the template file wording/department.tmpl;
// At gives them for a report of another tier.
func DefaultWording() Wording {
	w := Wording{
		Numbers:   vn.DefaultFormat(),
		Emphasis:  true,
		ItemNouns: defaultItemNouns(),
		SummaryNouns: SummaryNouns{
			Training:   "lớp tập huấn",
			Conference: "hội nghị",
			Seminar:    "buổi tọa đàm",
			LawDay:     "buổi sinh hoạt ngày pháp luật",
		},
	}
	return compiler.Department(w)
}

// At returns w for a report of tier t: each sentence that is still the
// department's default becomes the tier's (a file wording/<tier>.tmpl), and
// every sentence the caller changed is kept. The nouns are not sentences and
// are kept as they are.
func (w Wording) At(t section.Tier) Wording {
	return compiler.At(w, t)
}

// wordingFiles are the default sentences of every tier (section.Defaults).
//
//go:embed wording/*.tmpl
var wordingFiles embed.FS

// compiler holds the templates of the default wording of every tier, read
// from wordingFiles and compiled once, on first use (section.Defaults), and
// never changed after: it is safe for concurrent use. A Wording whose
// templates are the default ones uses them without parsing them again.
var compiler = section.ReadWordings[Wording]("dissemination", wordingFiles)

// Check compiles every sentence of w and returns the templates that do not
// parse, each named by its field; nil when all do.
func (w Wording) Check() error { return compiler.Check(w) }

// writer writes the sentences of one Wording: a section.Writer of its
// compiled templates, which remembers the first error of the section,
// template or data, and the wording's nouns and number conventions.
type writer struct {
	*section.Writer
	w Wording
}

// newWriter compiles the templates of w.
func newWriter(w Wording) (*writer, error) {
	wr, err := compiler.Writer(w)
	if err != nil {
		return nil, err
	}
	return &writer{Writer: wr, w: w}, nil
}

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

// esc makes data text safe to put in a template's markup output.
func esc(s string) string { return doc.EscapeInline(s) }

// escAll escapes every text of s with esc.
func escAll(s []string) []string {
	out := make([]string, len(s))
	for i, t := range s {
		out[i] = esc(t)
	}
	return out
}
