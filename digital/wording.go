package digital

// The wording of the section: the Wording type with one template per
// sentence, DefaultWording and At (the sentences themselves are data, the
// template files under wording/, one per tier of government), the compiler
// of the templates and the writer that runs them for Blocks. The data each
// template sees (PlanData, IncomingData, …) and the functions that derive it
// live in the file of its topic.

import (
	"embed"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// Wording is the text of the generated sentences (câu chữ của văn bản): one
// template per sentence (reform/section: Go text/template with the functions
// join, upper and bold), executed with the data struct named on each field,
// whose figures are already formatted the Vietnamese way. Callers start from
// DefaultWording (At for a report of another tier of government) and replace
// any field. A template that does not parse or fails to execute makes Blocks
// return an error naming the field, "digital: wording.Email: …".
type Wording struct {
	// Format is how counts and shares are written: the leading zero of
	// counts below 10, the decimals of a share.
	Format vn.Format
	// Title is the subsection heading (no data): "Ứng dụng CNTT trong hoạt
	// động của cơ quan hành chính nhà nước". When it executes to an empty
	// string, Blocks returns the list without a subsection.
	Title string
	// Plan is the plan item, with PlanData.
	Plan string
	// Documents is the lead of the document-flow item (no data); the
	// incoming and outgoing sentences follow as "+" items.
	Documents string
	// Incoming is the incoming-documents sentence, with IncomingData.
	Incoming string
	// Outgoing is the outgoing-documents sentence, with OutgoingData.
	Outgoing string
	// Services is the procedures sentence, with ServicesData.
	Services string
	// Email is the e-mail sentence, with EmailData.
	Email string
	// Project is a digitisation project item, with ProjectData.
	Project string
	// Phase is the sentence of one phase, with PhaseData; the phases are
	// joined with a space into ProjectData.Phases.
	Phase string
	// Status is the closing sentence of a project (what is done, what is on
	// the national database), with StatusData; it becomes
	// ProjectData.Status.
	Status string
}

// DefaultWording returns the register of section 6.1 of the reference report
// (Báo cáo số 380/BC-STP of Sở Tư pháp An Giang), the wording of a
// department's report, and the reference report's number format
// (vn.DefaultFormat). Its sentences are the template file
// wording/department.tmpl; At gives them for a report of another tier.
func DefaultWording() Wording {
	return compiler.Department(Wording{Format: vn.DefaultFormat()})
}

// At returns w for a report of tier t: each sentence that is still the
// department's default becomes the tier's (wording/commune.tmpl, …), and
// every sentence the caller changed is kept. A commune's report, for one,
// gives e-mail to its cán bộ, công chức.
func (w Wording) At(t section.Tier) Wording {
	return compiler.At(w, t)
}

// wordingFiles are the default sentences of every tier (section.Defaults).
//
//go:embed wording/*.tmpl
var wordingFiles embed.FS

// compiler holds the sentences of the default wording of every tier, read
// from wordingFiles and compiled once, on first use (section.Defaults), and
// never changed after, so that Blocks with the default sentences of a tier
// parses no template; it is safe for concurrent use.
var compiler = section.ReadWordings[Wording]("digital", wordingFiles)

// writer writes the sentences of one Blocks call with the number format of
// its Wording; the section.Writer remembers the first error.
type writer struct {
	*section.Writer
	format vn.Format
}

// line runs the named sentence and returns its output without surrounding
// space; blanks inside are kept as the template writes them.
func (w *writer) line(name string, data any) string {
	return strings.TrimSpace(w.Text(name, data))
}

// appendText appends an item of plain text to items unless text is empty.
func appendText(items []doc.Item, text string) []doc.Item {
	if text == "" {
		return items
	}
	return append(items, doc.Item{Runs: doc.Text(text)})
}

// Check compiles every sentence of w and returns the templates that do not
// parse, each named by its field; nil when all do.
func (w Wording) Check() error { return compiler.Check(w) }
