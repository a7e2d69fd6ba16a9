// The wording of the section: the Wording type with one template per title
// or sentence, DefaultWording and At (the sentences themselves are data, the
// template files under wording/, one per tier of government), the compiler
// of the templates, and the helpers every topic's text uses. The figures
// each template sees, and the functions that build them, are in the topic
// files.

package tthc

import (
	"embed"
	"errors"
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// ErrNoFigures is returned by the sentence methods when the section lacks
// the part the sentence is made from.
var ErrNoFigures = errors.New("tthc: the section has no figures for this sentence")

// Wording is the wording of the generated titles and sentences (câu chữ của
// phần thủ tục hành chính): one text/template string per title or sentence,
// executed with the figures already formatted (see Names, CatalogueFigures,
// DossierFigures, FeedbackFigures, ApologyFigures). DefaultWording returns
// the register of the reference report, At that of another tier of
// government (a commune's, say); a caller replaces any field.
//
// Every count a template sees is a section.Figure: {{.Late}} writes it
// ("12", "01"), {{if .Late.Value}} tests for a zero, {{if .Early.Given}}
// for a count the data may leave out; rates are strings, empty when there
// is none. The default wording writes no zero count: a zero reads as the
// reference report's register says it ("không có hồ sơ quá hạn", "không
// còn hồ sơ đang giải quyết"), or its clause is left out (no carry-over, a
// level of no procedure), and the apology sentence does not repeat the late
// dossiers the dossier paragraph has just stated.
//
// The templates may call the functions every section shares (join, upper,
// bold: see section.Funcs). An empty sentence template leaves the sentence
// out; a title may not be empty, since a sub-item needs a heading. Every
// template is parsed before any is executed, so a template that does not
// parse is an error even where the section has nothing for it; a template
// that does not execute is an error when it is used. Errors name the field:
// "tthc: wording.Dossiers: …".
type Wording struct {
	// Numbers are the conventions of counts and rates: the leading zero of
	// "01 hồ sơ" and the decimals of a rate.
	Numbers vn.Format

	// ImplementationTitle is the title of sub-item 2.1 (with Names).
	ImplementationTitle string
	// ControlTitle is the title of sub-item 2.2 (with Names).
	ControlTitle string
	// NewProceduresTitle is the title of the control of new procedures.
	NewProceduresTitle string
	// ReviewTitle is the title of review and simplification.
	ReviewTitle string
	// PublicityTitle is the title of publicity.
	PublicityTitle string
	// OneStopTitle is the title of the one-stop mechanism.
	OneStopTitle string
	// ResultsTitle is the title of the dossier results.
	ResultsTitle string
	// ApologiesTitle is the title of apologies for late dossiers.
	ApologiesTitle string
	// FeedbackTitle is the title of feedback.
	FeedbackTitle string

	// CatalogueLevels is the catalogue sentence for mức độ 1–4 (with
	// CatalogueFigures).
	CatalogueLevels string
	// CatalogueOnline is the catalogue sentence for toàn trình / một phần
	// (with CatalogueFigures).
	CatalogueOnline string
	// Announced is the sentence of procedures announced (with
	// CatalogueFigures).
	Announced string
	// InternalProcesses is the sentence of internal processes approved
	// (with CatalogueFigures).
	InternalProcesses string
	// Dossiers is the paragraph of dossier results (with DossierFigures).
	Dossiers string
	// FieldRow is one "-" bullet per field under the dossier paragraph
	// (with DossierFigures, Field set).
	FieldRow string
	// ApologyLetters is the sentence of apology letters (with
	// ApologyFigures).
	ApologyLetters string
	// Feedback is the sentence of feedback (with FeedbackFigures).
	Feedback string
}

// DefaultWording returns the wording of the reference report (Báo cáo số
// 380/BC-STP of Sở Tư pháp An Giang), the wording of a department's report,
// with the number conventions of vn.DefaultFormat. Its sentences are the
// template file wording/department.tmpl; At gives them for a report of
// another tier.
func DefaultWording() Wording {
	return compiler.Department(Wording{Numbers: vn.DefaultFormat()})
}

// At returns w for a report of tier t: each sentence that is still the
// department's default becomes the tier's (wording/commune.tmpl, …), and
// every sentence the caller changed is kept. A commune's report, for one,
// says that procedures are announced, not that the commune announces them.
func (w Wording) At(t section.Tier) Wording {
	return compiler.At(w, t)
}

// Names are the names every template may use.
type Names struct {
	// Unit is the unit's name, e.g. "Sở Tư pháp".
	Unit string
	// UnitShort is its short name, e.g. "Sở"; Unit when none is given.
	UnitShort string
}

// writer compiles w (the default is compiled once, by compiler) and returns
// a Writer of its sentences.
func (w Wording) writer() (*section.Writer, error) { return compiler.Writer(w) }

// wordingFiles are the default sentences of every level (section.Defaults).
//
//go:embed wording/*.tmpl
var wordingFiles embed.FS

// compiler holds the default wording of every level, read from wordingFiles
// and compiled once, on first use (section.Defaults), and never changed
// after: it is safe for concurrent use. A caller's wording is compiled anew
// only where it differs from every level's default.
var compiler = section.ReadWordings[Wording]("tthc", wordingFiles)

// title runs the title template of the named field; a title that writes
// nothing (or only blanks) is an error, since a sub-item needs a heading.
func title(wr *section.Writer, field string, n Names) string {
	s := wr.Text(field, n)
	if wr.Err() == nil && strings.TrimSpace(s) == "" {
		wr.Fail(fmt.Errorf("tthc: wording.%s: a sub-item needs a title, the template gives none", field))
	}
	return s
}

// Check compiles every sentence of w and returns the templates that do not
// parse, each named by its field; nil when all do.
func (w Wording) Check() error { return compiler.Check(w) }

// appendSentence runs the named sentence and appends it as a paragraph
// unless it writes nothing.
func appendSentence(wr *section.Writer, out []doc.Block, field string, data any) []doc.Block {
	if t := wr.Text(field, data); t != "" {
		return append(out, doc.P(doc.Plain(t)))
	}
	return out
}

// percent formats num/den, or "" when there is no rate to write.
func percent(f vn.Format, num, den int64) string {
	s, err := f.Percent(num, den)
	if err != nil {
		return ""
	}
	return s
}

// sumError names the JSON path of figures whose total leaves the int64
// range: the text refuses to print a wrong total.
func sumError(path string, err error) error {
	return fmt.Errorf("tthc: %s: %w", path, err)
}
