package digital

// Topic: the digitisation projects (dự án, đề án số hóa), e.g. the
// civil-status books (sổ hộ tịch) converted into the electronic civil-status
// database in phases, each phase with the records digitised ("hơn 1 triệu
// dữ liệu hộ tịch"), the years they cover and whether they are done and on
// the national database. Printed as one "-" item per project: its intro
// narrative, the phase sentences and a closing status sentence.

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// Project is one digitisation project (dự án số hóa), e.g. the conversion of
// the civil-status books into the electronic civil-status database (Dự án
// chuyển đổi dữ liệu hộ tịch), in phases.
type Project struct {
	// Title is the lead-in of the item, e.g. "Về số hóa sổ hộ tịch"; the
	// text puts ": " after it. Empty leaves it out.
	Title string `json:"title,omitempty"`
	// Intro is the qualitative part before the phases: the programme it
	// implements, since when, who runs it ("Thực hiện Đề án “Cơ sở dữ liệu
	// hộ tịch điện tử toàn quốc” của Bộ Tư pháp, từ năm 2017, UBND tỉnh
	// giao Sở Tư pháp chủ trì thực hiện Dự án chuyển đổi dữ liệu hộ tịch").
	// Its items print as "+" items under the project.
	Intro doc.Narrative `json:"intro,omitzero"`
	// Records is the noun of the records digitised, e.g. "dữ liệu hộ tịch".
	Records string `json:"records" validate:"required"`
	// Phases are the phases in order (giai đoạn 1, 2, …); their numbers come
	// from their places.
	Phases []Phase `json:"phases,omitempty" validate:"dive"`
	// Declared are the figures the report states besides the phases.
	Declared DeclaredProject `json:"declared,omitzero"`
}

// DeclaredProject are the figures a report states about a project.
type DeclaredProject struct {
	// Phases is the stated number of phases ("gồm 2 giai đoạn"), compared
	// with the phases listed.
	Phases *int64 `json:"phases,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// Phase is one phase of a digitisation project (giai đoạn).
type Phase struct {
	// Count is the number of records digitised; nil when the report does
	// not say. With a Qualifier it is a bound, e.g. 1.000.000 with more_than
	// for "hơn 1 triệu".
	Count *int64 `json:"count,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Qualifier says how exact Count is; empty means exact.
	Qualifier Qualifier `json:"qualifier,omitempty" validate:"omitempty,oneof=more_than above at_least about"`
	// Note are the words after the records noun, e.g. "lịch sử còn lại" in
	// "dữ liệu hộ tịch lịch sử còn lại".
	Note string `json:"note,omitempty"`
	// Kinds are the kinds of records, in lower case as in the middle of a
	// sentence: "khai sinh", "khai tử", "kết hôn". The text writes them
	// with the first letter in upper case: "(Khai sinh, khai tử, kết hôn …)".
	Kinds []string `json:"kinds,omitempty" validate:"dive,required"`
	// FromYear and ToYear are the years the records cover (từ năm
	// 2003-2015); zero means not given.
	FromYear int `json:"from_year,omitempty"`
	ToYear   int `json:"to_year,omitempty"`
	// Done says the phase is finished (đã số hóa xong).
	Done bool `json:"done,omitempty"`
	// Uploaded says the phase's records are on the national database (đã
	// đưa lên cơ sở dữ liệu quốc gia).
	Uploaded bool `json:"uploaded,omitempty"`
	// UploadedOn is the date of the upload, YYYY-MM-DD; empty when the
	// report does not say.
	UploadedOn string `json:"uploaded_on,omitempty" validate:"omitempty,datetime=2006-01-02"`
}

// Qualifier says how exact a count of records is, as a report writes it
// ("hơn 1 triệu", "trên 2,5 triệu", "khoảng 500.000").
type Qualifier string

// The qualifiers. MoreThan, Above and AtLeast make the count a lower bound;
// About makes it an estimate; Exact (empty) an exact figure.
const (
	// Exact is an exact count.
	Exact Qualifier = ""
	// MoreThan is "hơn": more than the count.
	MoreThan Qualifier = "more_than"
	// Above is "trên": more than the count, in the other word reports use.
	Above Qualifier = "above"
	// AtLeast is "ít nhất": the count or more.
	AtLeast Qualifier = "at_least"
	// About is "khoảng": about the count.
	About Qualifier = "about"
)

// Words returns the Vietnamese word written before the count: "hơn", "trên",
// "ít nhất", "khoảng", or "" for an exact count or an unknown qualifier.
func (q Qualifier) Words() string {
	switch q {
	case MoreThan:
		return "hơn"
	case Above:
		return "trên"
	case AtLeast:
		return "ít nhất"
	case About:
		return "khoảng"
	}
	return ""
}

// MinYear and MaxYear bound the years a digitised phase may cover: civil
// status records in Viet Nam go back to the registers of the late nineteenth
// century, and a year past 2100 is a typing slip.
const (
	MinYear = 1800
	MaxYear = 2100
)

// The codes of the digitisation checks; Rules documents each one.
const (
	// CodeDigitisationPhases: the stated number of phases differs from the
	// phases listed.
	CodeDigitisationPhases finding.Code = "digital.digitisation.phases"
	// CodeDigitisationYears: the years a phase covers are not a sane range.
	CodeDigitisationYears finding.Code = "digital.digitisation.years"
	// CodeDigitisationUpload: an upload date on a phase not uploaded.
	CodeDigitisationUpload finding.Code = "digital.digitisation.upload"
	// CodeDigitisationQualifier: a qualifier ("hơn") without a count.
	CodeDigitisationQualifier finding.Code = "digital.digitisation.qualifier"
)

// The rules of the digitisation checks (see Rules): built once, never
// changed.
var (
	ruleDigitisationPhases = finding.Rule{Code: CodeDigitisationPhases, Severity: finding.Error,
		Summary: "Số giai đoạn ghi trong báo cáo khác số giai đoạn được liệt kê.",
		Doc:     "digitisation[i].declared.phases = len(digitisation[i].phases) (finding.DeclaredInt)."}
	ruleDigitisationYears = finding.Rule{Code: CodeDigitisationYears, Severity: finding.Error,
		Summary: "Khoảng năm của dữ liệu được số hóa không hợp lý.",
		Doc:     "from_year and to_year, when given, lie in [MinYear, MaxYear] and from_year ≤ to_year."}
	ruleDigitisationUpload = finding.Rule{Code: CodeDigitisationUpload, Severity: finding.Error,
		Summary: "Có ngày đưa dữ liệu lên cơ sở dữ liệu quốc gia nhưng không ghi là đã đưa lên.",
		Doc:     "phases[j].uploaded_on is given while phases[j].uploaded is false."}
	ruleDigitisationQualifier = finding.Rule{Code: CodeDigitisationQualifier, Severity: finding.Error,
		Summary: "Có từ chỉ mức độ chính xác (hơn, trên, khoảng) nhưng không có số lượng dữ liệu.",
		Doc:     "phases[j].qualifier is given while phases[j].count is not."}
)

// checkDigitisation checks each project, path digitisation[i].
func checkDigitisation(out *finding.List, projects []Project) {
	for i := range projects {
		projects[i].check(out, finding.Index("digitisation", i))
	}
}

// check checks a project at path: its intro's markup, its stated number of
// phases, then each phase.
func (p *Project) check(out *finding.List, path string) {
	section.CheckMarkup(out, ruleNarrativeMarkup, finding.Join(path, "intro"), p.Intro)
	if n := p.Declared.Phases; n != nil {
		subj := ruleDigitisationPhases.Subject(finding.Join(path, "declared.phases"), "số giai đoạn của dự án số hóa",
			finding.Join(path, "phases"))
		if f, bad := finding.DeclaredInt(subj, *n, int64(len(p.Phases))); bad {
			out.Add(f)
		}
	}
	for j := range p.Phases {
		p.Phases[j].check(out, finding.Index(finding.Join(path, "phases"), j), j+1)
	}
}

// check checks phase number (from 1) at path: the years it covers, its
// upload date and its qualifier.
func (ph *Phase) check(out *finding.List, path string, number int) {
	ph.checkYears(out, path, number)
	if ph.UploadedOn != "" && !ph.Uploaded {
		out.Add(ruleDigitisationUpload.At(finding.Join(path, "uploaded_on"), fmt.Sprintf("Giai đoạn %d có ngày đưa dữ liệu "+
			"lên cơ sở dữ liệu quốc gia (%s) nhưng không ghi là đã đưa lên.", number, ph.UploadedOn)).
			WithRelated(finding.Join(path, "uploaded")).
			WithValues(finding.Value{Name: "uploaded_on", Value: ph.UploadedOn}))
	}
	if ph.Qualifier != Exact && ph.Count == nil {
		ph.checkQualifier(out, path, number)
	}
}

// checkYears checks that each year given lies in [MinYear, MaxYear] and that
// the range does not run backwards.
func (ph *Phase) checkYears(out *finding.List, path string, number int) {
	fromOK := checkYear(out, path, "from_year", ph.FromYear, "bắt đầu", number)
	toOK := checkYear(out, path, "to_year", ph.ToYear, "kết thúc", number)
	if fromOK && toOK && ph.FromYear != 0 && ph.ToYear != 0 && ph.FromYear > ph.ToYear {
		out.Add(ruleDigitisationYears.At(finding.Join(path, "from_year"), fmt.Sprintf("Dữ liệu giai đoạn %d ghi từ năm %d "+
			"đến năm %d: năm bắt đầu sau năm kết thúc.", number, ph.FromYear, ph.ToYear)).
			WithRelated(finding.Join(path, "to_year")).
			WithValues(finding.Value{Name: "from", Value: strconv.Itoa(ph.FromYear)}, finding.Value{Name: "to", Value: strconv.Itoa(ph.ToYear)}))
	}
}

// checkYear reports year y of field (which: "bắt đầu", "kết thúc") outside
// [MinYear, MaxYear]; it is true when y is not given or in range.
func checkYear(out *finding.List, path, field string, y int, which string, number int) bool {
	if y == 0 || (y >= MinYear && y <= MaxYear) {
		return true
	}
	out.Add(ruleDigitisationYears.At(finding.Join(path, field), fmt.Sprintf("Năm %s của dữ liệu giai đoạn %d là %d, "+
		"ngoài khoảng hợp lý từ năm %d đến năm %d.", which, number, y, MinYear, MaxYear)).
		WithValues(finding.Value{Name: "year", Value: strconv.Itoa(y)}, finding.Value{Name: "min", Value: strconv.Itoa(MinYear)},
			finding.Value{Name: "max", Value: strconv.Itoa(MaxYear)}))
	return false
}

// checkQualifier reports a qualifier given without a count.
func (ph *Phase) checkQualifier(out *finding.List, path string, number int) {
	word := ph.Qualifier.Words()
	if word == "" {
		word = string(ph.Qualifier)
	}
	out.Add(ruleDigitisationQualifier.At(finding.Join(path, "qualifier"),
		fmt.Sprintf("Giai đoạn %d ghi “%s” trước số lượng dữ liệu nhưng không có số lượng dữ liệu.", number, word)).
		WithRelated(finding.Join(path, "count")).
		WithValues(finding.Value{Name: "qualifier", Value: string(ph.Qualifier)}))
}

// appendProjects appends a copy of each project to dst: a roll-up
// concatenates the units' projects.
func appendProjects(dst, projects []Project) []Project {
	for _, p := range projects {
		dst = append(dst, cloneProject(p))
	}
	return dst
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

// ProjectData is the data of Wording.Project.
type ProjectData struct {
	// Title is Project.Title.
	Title string
	// Intro stands for the project's intro narrative, which keeps its
	// emphasis and footnotes: print it once, as {{.Intro}}, when HasIntro.
	Intro string
	// HasIntro is true when the project has an intro.
	HasIntro bool
	// Records is the records noun: "dữ liệu hộ tịch".
	Records string
	// NumPhases is the number of phases as a count ("02"); NumPhasesPlain
	// without the leading zero ("2"), as the reference report writes it.
	NumPhases, NumPhasesPlain string
	// Phases are the phase sentences (Wording.Phase), joined with spaces.
	Phases string
	// Status is the closing sentence (Wording.Status), or empty.
	Status string
}

// PhaseData is the data of Wording.Phase.
type PhaseData struct {
	// Number is the phase number from 1: "1".
	Number string
	// Count is the count with its qualifier: "hơn 1 triệu", "2.345"; empty
	// when not given. Amount is the count alone, Qualifier the word.
	Count, Amount, Qualifier string
	// Records is the records noun; Note the words after it.
	Records, Note string
	// Kinds are the kinds of records joined, the first letter in upper
	// case: "Khai sinh, khai tử, kết hôn".
	Kinds string
	// FromYear and ToYear are the years covered, or empty.
	FromYear, ToYear string
	// Done and Uploaded are the phase's status.
	Done, Uploaded bool
	// UploadedOn is the upload date as a citation date ("15/3/2023"), or
	// empty.
	UploadedOn string
}

// StatusData is the data of Wording.Status.
type StatusData struct {
	// Records is the records noun.
	Records string
	// AllDone is true when every phase (at least one) is done; DonePhases
	// lists the done phases otherwise: "1", "1 và 2".
	AllDone    bool
	DonePhases string
	// AllUploaded is true when every phase (at least one) is uploaded;
	// UploadedPhases lists the uploaded phases otherwise.
	AllUploaded    bool
	UploadedPhases string
	// UploadDates are the upload dates: "ngày 15/3/2023" when every
	// uploaded phase has that date, "giai đoạn 1 ngày 15/3/2023, giai đoạn
	// 2 ngày 20/6/2024" otherwise; empty when none is given.
	UploadDates string
}

// introMark stands for the intro narrative in the output of Wording.Project.
const introMark = "\uE000digital.intro\uE001"

// projectItem is the item of a digitisation project, path its JSON path:
// Wording.Project with the phase and status sentences, the intro narrative
// in place of {{.Intro}}, the intro's items as "+" items; false when it
// holds nothing.
func (w *writer) projectItem(p *Project, path string) (doc.Item, bool) {
	phases := w.phaseSentences(p)
	status := w.line("Status", statusData(p))
	if w.Fail(checkMarkup(path+".intro", p.Intro)) {
		return doc.Item{}, false
	}
	intro, hasIntro, ok := w.introRuns(p, path)
	if !ok {
		return doc.Item{}, false
	}
	text := w.line("Project", w.projectData(p, phases, status, hasIntro))
	if w.Err() != nil {
		return doc.Item{}, false
	}
	runs, ok := w.projectRuns(text, intro, hasIntro, path)
	if !ok {
		return doc.Item{}, false
	}
	it := doc.Item{Runs: mergeRuns(runs)}
	if it.Blocks, ok = w.introItems(p, path); !ok {
		return doc.Item{}, false
	}
	if len(it.Runs) == 0 && len(it.Blocks) == 0 {
		return doc.Item{}, false
	}
	return it, true
}

// phaseSentences runs Wording.Phase for each phase of p and keeps the
// sentences that write something.
func (w *writer) phaseSentences(p *Project) []string {
	phases := make([]string, 0, len(p.Phases))
	for j := range p.Phases {
		if text := w.line("Phase", w.phaseData(p, j)); text != "" {
			phases = append(phases, text)
		}
	}
	return phases
}

// introRuns reads the runs of p's intro; hasIntro is false when the intro
// has neither text nor notes, ok is false when it does not read (the writer
// has the error).
func (w *writer) introRuns(p *Project, path string) (runs []doc.Run, hasIntro, ok bool) {
	if p.Intro.Text == "" && len(p.Intro.Notes) == 0 {
		return nil, false, true
	}
	runs, err := p.Intro.Runs()
	if err != nil {
		w.Fail(fmt.Errorf("digital: %s.intro.%w", path, err))
		return nil, true, false
	}
	return runs, true, true
}

// projectData is the data of Wording.Project for p, with its phase
// sentences and its status sentence.
func (w *writer) projectData(p *Project, phases []string, status string, hasIntro bool) ProjectData {
	data := ProjectData{
		Title: p.Title, HasIntro: hasIntro, Records: p.Records,
		NumPhases: w.format.Count(int64(len(p.Phases))), NumPhasesPlain: strconv.Itoa(len(p.Phases)),
		Phases: strings.Join(phases, " "), Status: status,
	}
	if hasIntro {
		data.Intro = introMark
	}
	return data
}

// projectRuns are the runs of the project sentence text: with an intro, the
// intro's runs in place of introMark, which the text must hold once; false
// when it does not (the writer has the error).
func (w *writer) projectRuns(text string, intro []doc.Run, hasIntro bool, path string) ([]doc.Run, bool) {
	var runs []doc.Run
	switch n := strings.Count(text, introMark); {
	case hasIntro && n != 1:
		w.Fail(fmt.Errorf("digital: wording.Project: prints the intro of %s %d times; expected {{.Intro}} once", path, n))
		return nil, false
	case hasIntro:
		before, after, _ := strings.Cut(text, introMark)
		if before != "" {
			runs = append(runs, doc.Plain(before))
		}
		runs = append(runs, intro...)
		if after != "" {
			runs = append(runs, doc.Plain(after))
		}
	case text != "":
		runs = doc.Text(text)
	}
	return runs, true
}

// introItems are the intro's items as a "+" list, or nil when it has none;
// false when they do not read (the writer has the error).
func (w *writer) introItems(p *Project, path string) ([]doc.Block, bool) {
	if len(p.Intro.Items) == 0 {
		return nil, true
	}
	l, err := doc.ItemList(p.Intro.Items, doc.Plus, path+".intro.items")
	if err != nil {
		w.Fail(fmt.Errorf("digital: %w", err))
		return nil, false
	}
	return []doc.Block{l}, true
}

// phaseData derives the figures of phase j of p.
func (w *writer) phaseData(p *Project, j int) PhaseData {
	ph := &p.Phases[j]
	d := PhaseData{
		Number: strconv.Itoa(j + 1), Qualifier: ph.Qualifier.Words(),
		Records: p.Records, Note: ph.Note, Kinds: section.Capitalize(strings.Join(ph.Kinds, ", ")),
		Done: ph.Done, Uploaded: ph.Uploaded, UploadedOn: uploadDate(ph.UploadedOn),
	}
	if ph.Count != nil {
		d.Amount = recordCount(w.format, *ph.Count)
		d.Count = strings.TrimSpace(d.Qualifier + " " + d.Amount)
	}
	if ph.FromYear != 0 {
		d.FromYear = strconv.Itoa(ph.FromYear)
	}
	if ph.ToYear != 0 {
		d.ToYear = strconv.Itoa(ph.ToYear)
	}
	return d
}

// statusData derives the closing sentence's figures of p: which phases are
// done and uploaded, and the upload dates.
func statusData(p *Project) StatusData {
	done, up, dates := phaseStatus(p.Phases)
	all := len(p.Phases)
	d := StatusData{Records: p.Records, AllDone: all > 0 && len(done) == all, AllUploaded: all > 0 && len(up) == all}
	if !d.AllDone {
		d.DonePhases = section.Join(done)
	}
	if !d.AllUploaded {
		d.UploadedPhases = section.Join(up)
	}
	d.UploadDates = uploadDates(dates, len(up))
	return d
}

// phaseDate is the upload date of a phase, both as the text writes them.
type phaseDate struct{ phase, date string }

// phaseStatus returns the numbers of the phases done and of those uploaded,
// and the upload dates given.
func phaseStatus(phases []Phase) (done, up []string, dates []phaseDate) {
	for j, ph := range phases {
		n := strconv.Itoa(j + 1)
		if ph.Done {
			done = append(done, n)
		}
		if ph.Uploaded {
			up = append(up, n)
			if ph.UploadedOn != "" {
				dates = append(dates, phaseDate{n, uploadDate(ph.UploadedOn)})
			}
		}
	}
	return done, up, dates
}

// uploadDates writes the upload dates of the uploaded phases (uploaded of
// them): "ngày 15/3/2023" when every uploaded phase has that date, else one
// "giai đoạn 1 ngày 15/3/2023" per date given; empty when none is.
func uploadDates(dates []phaseDate, uploaded int) string {
	same := len(dates) > 0 && len(dates) == uploaded
	for _, x := range dates {
		same = same && x.date == dates[0].date
	}
	if same {
		return "ngày " + dates[0].date
	}
	parts := make([]string, len(dates))
	for i, x := range dates {
		parts[i] = "giai đoạn " + x.phase + " ngày " + x.date
	}
	return strings.Join(parts, ", ")
}

// uploadDate writes a YYYY-MM-DD date as a citation date, "15/3/2023"; a
// date that does not read is written as given (Validate reports it).
func uploadDate(s string) string {
	if s == "" {
		return ""
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return vn.CitationDate(d)
}

// recordCount writes a count of records: in triệu when it is at least one
// million and a whole number of ten-thousands ("1 triệu", "2,5 triệu",
// "1,25 triệu"), else as a count ("2.345.678", "05").
func recordCount(f vn.Format, n int64) string {
	const million, step = 1_000_000, 10_000
	if n >= million && n%step == 0 {
		return vn.Decimal(decimal.New(n, -6), 2) + " triệu"
	}
	return f.Count(n)
}

// mergeRuns joins neighbouring runs of the same emphasis where the first has
// no footnote reference, so that generated text and narrative read as one
// run where they meet.
func mergeRuns(runs []doc.Run) []doc.Run {
	var out []doc.Run
	for _, r := range runs {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if last.Note == nil && last.Bold == r.Bold && last.Italic == r.Italic {
				last.Text += r.Text
				last.Note = r.Note
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// digitisationRules are the rules of the digitisation of records, in the order Rules lists them.
func digitisationRules() finding.Catalogue {
	return finding.Catalogue{
		ruleDigitisationPhases,
		ruleDigitisationYears,
		ruleDigitisationUpload,
		ruleDigitisationQualifier,
	}
}
