package digital

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// Wording is the text of the generated sentences (câu chữ của văn bản): one
// template per sentence (reform/section: Go text/template with the functions
// join, upper and bold), executed with the data struct named on each field,
// whose figures are already formatted the Vietnamese way. Callers start from
// DefaultWording and replace any field. A template that does not parse or
// fails to execute makes Blocks return an error naming the field,
// "digital: wording.Email: …".
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
// (Báo cáo số 380/BC-STP of Sở Tư pháp An Giang) and the reference report's
// number format (vn.DefaultFormat).
func DefaultWording() Wording {
	return Wording{
		Format:    vn.DefaultFormat(),
		Title:     "Ứng dụng CNTT trong hoạt động của cơ quan hành chính nhà nước",
		Plan:      "Ban hành {{.Plan}}.",
		Documents: "Tình hình sử dụng phần mềm quản lý văn bản:",
		Incoming: "Số văn bản đến: {{.Total}} văn bản{{if .ExcludesSecret}} (trừ các văn bản mật){{end}}" +
			"{{with .Handled}}, {{if .All}}tất cả đều đã được phân công xử lý" +
			"{{else}}trong đó {{.Count}} văn bản{{with .Share}} ({{.}}){{end}} đã được phân công xử lý{{end}}" +
			" trên hệ thống văn phòng điện tử{{end}}.",
		Outgoing: "Số văn bản đi: {{.Total}} văn bản" +
			"{{if .AllSignedAndIssued}}, tất cả văn bản đều được ký số và xử lý phát hành trên hệ thống văn phòng điện tử" +
			"{{else}}" +
			"{{with .Signed}}, {{if .All}}tất cả văn bản đều được ký số" +
			"{{else}}trong đó {{.Count}} văn bản{{with .Share}} ({{.}}){{end}} được ký số{{end}}{{end}}" +
			"{{with .Issued}}{{if $.Signed}}; {{else}}, {{end}}{{if .All}}tất cả văn bản đều được xử lý phát hành" +
			"{{else}}{{if not $.Signed}}trong đó {{end}}{{.Count}} văn bản{{with .Share}} ({{.}}){{end}} được xử lý phát hành{{end}}" +
			" trên hệ thống văn phòng điện tử{{end}}" +
			"{{end}}.",
		Services: "Số lượng thủ tục hành chính thuộc thẩm quyền giải quyết{{with .Agency}} của {{.}}{{end}}: " +
			"Tổng số thủ tục là {{.Total}}{{with .Parts}}; trong đó " +
			"{{range $i, $p := .}}{{if $i}}, {{end}}{{$p.Label}} là {{$p.Count}} thủ tục{{end}}{{end}}.",
		Email: "{{.Share}} công chức, viên chức{{with .Ratio}} ({{.}}){{end}}{{if .All}} đều{{end}}" +
			" được cấp thư điện tử để trao đổi công việc chuyên môn.",
		Project: "{{with .Title}}{{.}}:{{end}}{{if .HasIntro}} {{.Intro}}{{end}}" +
			"{{if .Phases}}{{if or .Title .HasIntro}} gồm{{else}}Số hóa {{.Records}} gồm{{end}}" +
			" {{.NumPhasesPlain}} giai đoạn: {{.Phases}}{{end}}{{with .Status}} {{.}}{{end}}",
		Phase: "Giai đoạn {{.Number}}, số hóa {{with .Count}}{{.}} {{end}}{{.Records}}{{with .Note}} {{.}}{{end}}" +
			"{{if or .Kinds .FromYear .ToYear}} ({{.Kinds}}{{if and .Kinds (or .FromYear .ToYear)}} {{end}}" +
			"{{if and .FromYear .ToYear}}từ năm {{.FromYear}}-{{.ToYear}}{{else if .FromYear}}từ năm {{.FromYear}}" +
			"{{else if .ToYear}}đến năm {{.ToYear}}{{end}}){{end}}.",
		Status: "{{if .AllDone}}Đến nay, đã số hóa xong toàn bộ {{.Records}}" +
			"{{else if .DonePhases}}Đến nay, đã số hóa xong {{.Records}} giai đoạn {{.DonePhases}}{{end}}" +
			"{{if .AllUploaded}}{{if or .AllDone .DonePhases}} và đã{{else}}Đến nay, đã{{end}}" +
			" đưa tất cả dữ liệu này lên cơ sở dữ liệu quốc gia{{with .UploadDates}} ({{.}}){{end}}" +
			"{{else if .UploadedPhases}}{{if or .AllDone .DonePhases}}; đã{{else}}Đến nay, đã{{end}}" +
			" đưa {{.Records}} giai đoạn {{.UploadedPhases}} lên cơ sở dữ liệu quốc gia{{with .UploadDates}} ({{.}}){{end}}{{end}}" +
			"{{if or .AllDone .DonePhases .AllUploaded .UploadedPhases}}.{{end}}",
	}
}

// PlanData is the data of Wording.Plan.
type PlanData struct {
	// Plan is the plan's citation as written.
	Plan string
}

// Portion is a count out of a whole (một phần của tổng số), formatted.
type Portion struct {
	// Count is the count: "3.500".
	Count string
	// Share is the count over the whole as a percentage, "93,9%"; empty when
	// it cannot be computed (a whole of 0, a negative count).
	Share string
	// All is true when the count equals a whole above 0: the text may say
	// "tất cả" (all), and only then.
	All bool
}

// IncomingData is the data of Wording.Incoming.
type IncomingData struct {
	// Total is the number of documents received: "10.343".
	Total string
	// ExcludesSecret says the total leaves out secret documents.
	ExcludesSecret bool
	// Handled are the documents handled on the system, or nil.
	Handled *Portion
}

// OutgoingData is the data of Wording.Outgoing.
type OutgoingData struct {
	// Total is the number of documents sent: "3.728".
	Total string
	// Signed are the documents digitally signed, or nil.
	Signed *Portion
	// Issued are the documents issued on the system, or nil.
	Issued *Portion
	// AllSignedAndIssued is true when every document was both signed and
	// issued on the system.
	AllSignedAndIssued bool
}

// ServicesData is the data of Wording.Services.
type ServicesData struct {
	// Agency is Section.Agency.
	Agency string
	// Scheme is "levels" (Nghị định 43/2011/NĐ-CP) or "online" (Nghị định
	// 42/2022/NĐ-CP).
	Scheme string
	// Total is the sum of the parts: "148".
	Total string
	// Parts are the levels given, in order.
	Parts []ServicePart
}

// ServicePart is one level of ServicesData.
type ServicePart struct {
	// Key is the level's JSON name: "level_2", "full", "information_only".
	Key string
	// Label is its Vietnamese name: "mức độ 2", "dịch vụ công trực tuyến
	// toàn trình".
	Label string
	// Count is the number of procedures: "49".
	Count string
	// Share is Count over the total: "33,1%"; empty when it cannot be
	// computed.
	Share string
}

// EmailData is the data of Wording.Email.
type EmailData struct {
	// Share is the share of staff with an address: "100%", "93%".
	Share string
	// Ratio is "80/86" when the counts are given, else empty.
	Ratio string
	// Staff and WithEmail are the counts, or empty.
	Staff, WithEmail string
	// All is true when every staff member has an address.
	All bool
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

// sentences lists the templates of w by the name of their field.
func (w Wording) sentences() []section.Sentence {
	return []section.Sentence{
		{Name: "Title", Text: w.Title}, {Name: "Plan", Text: w.Plan}, {Name: "Documents", Text: w.Documents},
		{Name: "Incoming", Text: w.Incoming}, {Name: "Outgoing", Text: w.Outgoing},
		{Name: "Services", Text: w.Services}, {Name: "Email", Text: w.Email},
		{Name: "Project", Text: w.Project}, {Name: "Phase", Text: w.Phase}, {Name: "Status", Text: w.Status},
	}
}

// compiler holds the sentences of DefaultWording compiled: it is built once,
// when the package is initialised, and never changed, so that Blocks with
// the default sentences parses no template.
var compiler = section.NewCompiler("digital", DefaultWording().sentences())

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

// Blocks writes subsection 6.1 (Ứng dụng CNTT trong hoạt động của cơ quan
// hành chính nhà nước) as document blocks: a section titled Wording.Title
// holding a "-" list, one item per part in this order — plan, document flow
// (with "+" items for incoming and outgoing documents), procedures by level,
// e-mail, each digitisation project, each systems narrative. Parts left out
// of the data are left out of the text; so are a services part with both
// schemes, an e-mail part with nothing to derive a share from, and declared
// figures (Validate reports each). With nothing to print it returns nil.
//
// Every figure is derived from the data and formatted with w.Format. The
// error is a wording template that does not parse or execute, named by
// field ("digital: wording.Email: …"), narrative markup that cannot be read,
// named by path, or a procedure total past the int64 range; the data need
// not otherwise be valid.
func (s *Section) Blocks(w Wording) ([]doc.Block, error) {
	if s == nil {
		return nil, nil
	}
	set, err := compiler.Compile(w.sentences())
	if err != nil {
		return nil, err
	}
	wr := &writer{Writer: set.Writer(), format: w.Format}
	var items []doc.Item
	if s.Plan != "" {
		items = appendText(items, wr.line("Plan", PlanData{Plan: s.Plan}))
	}
	if it, ok := wr.documentsItem(s.Documents); ok {
		items = append(items, it)
	}
	if data, ok := wr.servicesData(s.Agency, s.Services); ok {
		items = appendText(items, wr.line("Services", data))
	}
	if data, ok := wr.emailData(s.Email); ok {
		items = appendText(items, wr.line("Email", data))
	}
	for i := range s.Digitisation {
		if it, ok := wr.projectItem(&s.Digitisation[i], fmt.Sprintf("digitisation[%d]", i)); ok {
			items = append(items, it)
		}
	}
	items = append(items, wr.systemsItems(s.Systems)...)
	var title string
	if len(items) > 0 {
		title = wr.line("Title", nil)
	}
	if err := wr.Err(); err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, nil
	}
	list := &doc.List{Marker: doc.Dash, Items: items}
	if title == "" {
		return []doc.Block{list}, nil
	}
	return []doc.Block{&doc.Section{Title: title, Blocks: []doc.Block{list}}}, nil
}

// portion formats count out of whole; nil when count is not given.
func (w *writer) portion(count *int64, whole int64) *Portion {
	if count == nil {
		return nil
	}
	p := &Portion{Count: w.format.Count(*count), All: *count == whole && whole > 0}
	if share, err := w.format.Percent(*count, whole); err == nil {
		p.Share = share
	}
	return p
}

// documentsItem is the document-flow item: the lead (Wording.Documents)
// with the incoming and outgoing sentences as "+" items; false when neither
// sentence writes anything.
func (w *writer) documentsItem(d *Documents) (doc.Item, bool) {
	if d == nil || (d.Incoming == nil && d.Outgoing == nil) {
		return doc.Item{}, false
	}
	sub := &doc.List{Marker: doc.Plus}
	if in := d.Incoming; in != nil {
		sub.Items = appendText(sub.Items, w.line("Incoming", IncomingData{
			Total: w.format.Count(in.Total), ExcludesSecret: in.ExcludesSecret, Handled: w.portion(in.Handled, in.Total),
		}))
	}
	if o := d.Outgoing; o != nil {
		data := OutgoingData{Total: w.format.Count(o.Total), Signed: w.portion(o.Signed, o.Total), Issued: w.portion(o.Issued, o.Total)}
		data.AllSignedAndIssued = data.Signed != nil && data.Signed.All && data.Issued != nil && data.Issued.All
		sub.Items = appendText(sub.Items, w.line("Outgoing", data))
	}
	lead := w.line("Documents", nil)
	if len(sub.Items) == 0 {
		return doc.Item{}, false
	}
	return doc.Item{Runs: doc.Text(lead), Blocks: []doc.Block{sub}}, true
}

// servicesData derives the procedures sentence's figures; false when no
// level is given or both schemes are. A total past the int64 range is an
// error: the text never prints a wrong total.
func (w *writer) servicesData(agency string, s *Services) (ServicesData, bool) {
	parts, ok := s.parts()
	if !ok || len(parts) == 0 {
		return ServicesData{}, false
	}
	total, _, err := s.total()
	if err != nil {
		w.Fail(fmt.Errorf("digital: services: %w", err))
		return ServicesData{}, false
	}
	data := ServicesData{Agency: agency, Scheme: "levels", Total: w.format.Count(total)}
	if s.Online != nil {
		data.Scheme = "online"
	}
	for _, p := range parts {
		sp := ServicePart{Key: p.key, Label: p.label, Count: w.format.Count(p.value)}
		if share, err := w.format.Percent(p.value, total); err == nil {
			sp.Share = share
		}
		data.Parts = append(data.Parts, sp)
	}
	return data, true
}

// emailData derives the e-mail sentence's figures: from the counts when both
// are given (they win over All), else 100% from All.
func (w *writer) emailData(e *Email) (EmailData, bool) {
	if e == nil {
		return EmailData{}, false
	}
	if e.Staff != nil && e.WithEmail != nil {
		share, err := w.format.Percent(*e.WithEmail, *e.Staff)
		if err == nil {
			return EmailData{
				Share: share, Ratio: w.format.Ratio(*e.WithEmail, *e.Staff),
				Staff: w.format.Count(*e.Staff), WithEmail: w.format.Count(*e.WithEmail),
				All: *e.WithEmail == *e.Staff,
			}, true
		}
	}
	if e.All {
		data := EmailData{Share: vn.PercentValue(hundred, 0), All: true}
		if e.Staff != nil {
			data.Staff = w.format.Count(*e.Staff)
		}
		return data, true
	}
	return EmailData{}, false
}

// projectItem is the item of a digitisation project, path its JSON path:
// Wording.Project with the phase and status sentences, the intro narrative
// in place of {{.Intro}}, the intro's items as "+" items; false when it
// holds nothing.
func (w *writer) projectItem(p *Project, path string) (doc.Item, bool) {
	phases := make([]string, 0, len(p.Phases))
	for j := range p.Phases {
		if text := w.line("Phase", w.phaseData(p, j)); text != "" {
			phases = append(phases, text)
		}
	}
	status := w.line("Status", statusData(p))
	if w.Fail(checkMarkup(path+".intro", p.Intro)) {
		return doc.Item{}, false
	}
	var intro []doc.Run
	hasIntro := p.Intro.Text != "" || len(p.Intro.Notes) > 0
	if hasIntro {
		var err error
		if intro, err = p.Intro.Runs(); err != nil {
			w.Fail(fmt.Errorf("digital: %s.intro.%w", path, err))
			return doc.Item{}, false
		}
	}
	data := ProjectData{
		Title: p.Title, HasIntro: hasIntro, Records: p.Records,
		NumPhases: w.format.Count(int64(len(p.Phases))), NumPhasesPlain: strconv.Itoa(len(p.Phases)),
		Phases: strings.Join(phases, " "), Status: status,
	}
	if hasIntro {
		data.Intro = introMark
	}
	text := w.line("Project", data)
	if w.Err() != nil {
		return doc.Item{}, false
	}
	var runs []doc.Run
	switch n := strings.Count(text, introMark); {
	case hasIntro && n != 1:
		w.Fail(fmt.Errorf("digital: wording.Project: prints the intro of %s %d times; expected {{.Intro}} once", path, n))
		return doc.Item{}, false
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
	it := doc.Item{Runs: mergeRuns(runs)}
	if len(p.Intro.Items) > 0 {
		l, err := doc.ItemList(p.Intro.Items, doc.Plus, path+".intro.items")
		if err != nil {
			w.Fail(fmt.Errorf("digital: %w", err))
			return doc.Item{}, false
		}
		it.Blocks = []doc.Block{l}
	}
	if len(it.Runs) == 0 && len(it.Blocks) == 0 {
		return doc.Item{}, false
	}
	return it, true
}

// systemsItems are the systems narratives as "-" items, their items as "+"
// items.
func (w *writer) systemsItems(ns []doc.Narrative) []doc.Item {
	for i, n := range ns {
		if w.Fail(checkMarkup(fmt.Sprintf("systems[%d]", i), n)) {
			return nil
		}
	}
	if len(ns) == 0 {
		return nil
	}
	l, err := doc.ItemList(ns, doc.Dash, "systems")
	if err != nil {
		w.Fail(fmt.Errorf("digital: %w", err))
		return nil
	}
	return l.Items
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
	d := StatusData{Records: p.Records}
	var done, up []string
	type dated struct{ phase, date string }
	var dates []dated
	for j, ph := range p.Phases {
		n := strconv.Itoa(j + 1)
		if ph.Done {
			done = append(done, n)
		}
		if ph.Uploaded {
			up = append(up, n)
			if ph.UploadedOn != "" {
				dates = append(dates, dated{n, uploadDate(ph.UploadedOn)})
			}
		}
	}
	all := len(p.Phases)
	d.AllDone = all > 0 && len(done) == all
	d.AllUploaded = all > 0 && len(up) == all
	if !d.AllDone {
		d.DonePhases = section.Join(done)
	}
	if !d.AllUploaded {
		d.UploadedPhases = section.Join(up)
	}
	same := len(dates) > 0 && len(dates) == len(up)
	for _, x := range dates {
		same = same && x.date == dates[0].date
	}
	if same {
		d.UploadDates = "ngày " + dates[0].date
	} else {
		parts := make([]string, len(dates))
		for i, x := range dates {
			parts[i] = "giai đoạn " + x.phase + " ngày " + x.date
		}
		d.UploadDates = strings.Join(parts, ", ")
	}
	return d
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

// Check compiles every sentence of w and returns the templates that do not
// parse, each named by its field; nil when all do.
func (w Wording) Check() error { return compiler.Check(w.sentences()) }
