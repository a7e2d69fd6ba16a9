package lint

import (
	"bytes"
	"cmp"
	"errors"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/lint/docxread"
	"github.com/cchc-go/cchc/reform/lint/input"
	"github.com/cchc-go/cchc/reform/lint/textread"
	"github.com/cchc-go/cchc/reform/vn"
)

// Options configures a run of the checks.
type Options struct {
	// Rules disables codes, changes their severity or rewords their
	// messages.
	Rules finding.RuleSet
	// ReportDate is the date of the report; the zero time reads it from
	// the place-date line ("An Giang, ngày 19 tháng 11 năm 2024").
	ReportDate time.Time
	// Period is the period of the report; nil reads it from the trích
	// yếu ("11 tháng đầu năm 2024").
	Period *reform.Period
}

// Result is what the checks found in a document.
type Result struct {
	// Findings are the findings in the order of the document: page setup
	// first, then by paragraph and offset; DOCX footnotes last.
	Findings []Finding
	// Format is the format the document was read from.
	Format input.Format
	// Number is the report's số, ký hiệu from its "Số:" line, if found.
	Number string
	// Title is the trích yếu, if found.
	Title string
	// Period is the period read from the title (or given), nil if none.
	Period *reform.Period
	// ReportDate is the date read from the place-date line (or given).
	ReportDate time.Time
	// Paragraphs and Footnotes count what was read.
	Paragraphs, Footnotes int
}

// Summary is a result as JSON: what "cchc lint --json" prints and the
// HTTP service's /lint answers.
type Summary struct {
	// File names the input ("standard input" for a stream).
	File string `json:"file"`
	// Format is the format the input was read as.
	Format input.Format `json:"format"`
	// Number, Title, Period and ReportDate are what the document says of
	// itself, when found: "380/BC-STP", the trích yếu, "11 tháng đầu năm
	// 2024", "2024-11-19".
	Number     string `json:"number,omitempty"`
	Title      string `json:"title,omitempty"`
	Period     string `json:"period,omitempty"`
	ReportDate string `json:"report_date,omitempty"`
	// Findings are the findings in document order.
	Findings []Finding `json:"findings"`
	// Counts count the findings by severity.
	finding.Counts
}

// Summary returns the result as a Summary of the input called file.
func (r *Result) Summary(file string) Summary {
	out := Summary{File: file, Format: r.Format, Number: r.Number, Title: r.Title, Findings: r.Findings,
		Counts: r.List().Count()}
	if r.Period != nil {
		out.Period = r.Period.Label()
	}
	if !r.ReportDate.IsZero() {
		out.ReportDate = r.ReportDate.Format(time.DateOnly)
	}
	if out.Findings == nil {
		out.Findings = []Finding{}
	}
	return out
}

// List returns the findings as a finding.List, each with its Path the
// place as a clerk reads it.
func (r *Result) List() finding.List {
	out := make(finding.List, len(r.Findings))
	for i, f := range r.Findings {
		out[i] = f.Finding
	}
	return out
}

// HasErrors reports whether a finding has error severity.
func (r *Result) HasErrors() bool { return r.List().HasErrors() }

// Limits bounds what Read accepts.
type Limits struct {
	// MaxBytes is the largest input, in bytes; 0 is DefaultMaxBytes.
	MaxBytes int64
	// DOCX bounds the reading of a DOCX's parts; the zero value is
	// docxread's defaults.
	DOCX docxread.Limits
}

// DefaultMaxBytes is the default limit of an input: 16 MiB, as for a
// report in JSON.
const DefaultMaxBytes = reform.DefaultMaxBytes

// ErrTooLarge is the error of an input above Limits.MaxBytes.
var ErrTooLarge = errors.New("lint: the input is larger than the limit")

// FormatOf chooses the reader of a file by its content and name: a zip
// archive is a DOCX, a name ending in .md or .markdown is Markdown, anything
// else is plain text.
func FormatOf(name string, data []byte) input.Format {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06")) {
		return input.DOCX
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return input.Markdown
	case ".docx":
		return input.DOCX
	}
	return input.Text
}

// Read reads a document of any format (FormatOf) from its bytes.
func Read(name string, data []byte, lim Limits) (*input.Document, error) {
	if max := cmp.Or(lim.MaxBytes, DefaultMaxBytes); int64(len(data)) > max {
		return nil, ErrTooLarge
	}
	switch FormatOf(name, data) {
	case input.DOCX:
		return docxread.Read(bytes.NewReader(data), int64(len(data)), lim.DOCX)
	case input.Markdown:
		return textread.ReadMarkdown(data)
	}
	return textread.Read(data)
}

// ReadFrom reads a document from r, at most lim.MaxBytes of it: a larger
// input is refused with ErrTooLarge without being read whole.
func ReadFrom(name string, r io.Reader, lim Limits) (*input.Document, error) {
	max := cmp.Or(lim.MaxBytes, DefaultMaxBytes)
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, ErrTooLarge
	}
	return Read(name, data, lim)
}

// ReadAt reads a DOCX from r, of size bytes, without reading more than
// its parts need: the way to read a large file from disk.
func ReadAt(r io.ReaderAt, size int64, lim Limits) (*input.Document, error) {
	return docxread.Read(r, size, lim.DOCX)
}

// Bytes reads a document and checks it.
func Bytes(name string, data []byte, opts Options) (*Result, error) {
	doc, err := Read(name, data, Limits{})
	if err != nil {
		return nil, err
	}
	return Check(doc, opts), nil
}

// Check runs every check on a document: the header, title and closing
// lines, the numbering of headings, footnotes, citations (reform/citation on
// every paragraph and note, across the whole document), the figures stated
// in prose, dates against the report's period and date, text hygiene and,
// for a DOCX, the layout of Nghị định 30/2020/NĐ-CP.
func Check(doc *input.Document, opts Options) *Result {
	c := &checker{o: build(doc), opts: opts}
	res := &Result{Format: doc.Format}
	c.readHeader(res)
	c.runChecks(doc.Layout)
	res.Paragraphs = len(doc.Paragraphs)
	res.Footnotes = len(c.o.allNotes())
	res.Findings = c.results()
	return res
}

// runChecks runs the checks of the text, and of the layout when the
// document has one.
func (c *checker) runChecks(layout bool) {
	c.checkHeader()
	c.checkWritten()
	c.checkNumbering()
	c.checkFootnotes()
	c.checkCitations()
	c.checkFigures()
	c.checkDates()
	c.checkHygiene()
	if layout {
		c.checkLayout()
	}
}

// checker runs the checks of one document.
type checker struct {
	o    *outline
	opts Options
	// period and date are the report's, read or given.
	period *reform.Period
	date   time.Time
	out    []Finding
	// once records the layout elements already reported.
	once map[string]bool
	// tokCache holds the tokens of each paragraph read.
	tokCache map[*para]*text
}

// add records a finding.
func (c *checker) add(code finding.Code, sev finding.Severity, at Place, rel []Place, values []finding.Value, msg string) {
	c.addFinding(finding.Finding{Code: code, Severity: sev, Values: values, Message: vn.NFC(msg)}, at, rel)
}

// addFinding records a finding a helper made, at a place.
func (c *checker) addFinding(f finding.Finding, at Place, rel []Place) {
	f.Path = at.String()
	f.Place = f.Path
	f.Related = nil
	for _, r := range rel {
		f.Related = append(f.Related, r.String())
	}
	c.out = append(c.out, Finding{Finding: f, Place: at, RelatedPlaces: rel})
}

// results applies the rule set and puts the findings in the order of the
// document: the page and the header first, then by paragraph, footnote
// and offset.
func (c *checker) results() []Finding {
	out := c.enabled()
	slices.SortStableFunc(out, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(placeGroup(a.Place), placeGroup(b.Place)),
			cmp.Compare(a.Place.Paragraph, b.Place.Paragraph),
			cmp.Compare(noteNumber(a.Place.Footnote), noteNumber(b.Place.Footnote)),
			cmp.Compare(a.Place.Start, b.Place.Start),
		)
	})
	return out
}

// enabled returns the findings of the rules the rule set enables, with
// the severity it gives them.
func (c *checker) enabled() []Finding {
	out := make([]Finding, 0, len(c.out))
	for _, f := range c.out {
		if c.opts.Rules.Enabled(f.Code) {
			f.Severity = c.opts.Rules.Severity(f.Code, f.Severity)
			out = append(out, f)
		}
	}
	return out
}

// placeGroup orders the places of findings: the page and the header as a
// whole first, then the places in a paragraph, then the others.
func placeGroup(p Place) int {
	switch {
	case p.Part == PartPage, p.Part == PartHeader && p.Paragraph == 0:
		return 0
	case p.Paragraph > 0:
		return 1
	}
	return 2
}

// noteNumber is the number of a footnote mark, for ordering.
func noteNumber(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 6; i++ {
		if s[i] < '0' || s[i] > '9' {
			return n
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}
