package digital

// The wording of the section: the Wording type with one template per
// sentence, DefaultWording (the register of the reference report, in this
// one place), the compiler of the templates and the writer that runs them
// for Blocks. The data each template sees (PlanData, IncomingData, …) and the
// functions that derive it live in the file of its topic.

import (
	"strings"

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
		Incoming: "Số văn bản đến: {{if .None}}không có{{else}}{{.Total}} văn bản{{if .ExcludesSecret}} (trừ các văn bản mật){{end}}" +
			"{{with .Handled}}, {{if .All}}tất cả đều đã được phân công xử lý" +
			"{{else if .None}}chưa có văn bản được phân công xử lý" +
			"{{else}}trong đó {{.Count}} văn bản{{with .Share}} ({{.}}){{end}} đã được phân công xử lý{{end}}" +
			" trên hệ thống văn phòng điện tử{{end}}{{end}}.",
		Outgoing: "Số văn bản đi: {{if .None}}không có{{else}}{{.Total}} văn bản" +
			"{{if .AllSignedAndIssued}}, tất cả văn bản đều được ký số và xử lý phát hành trên hệ thống văn phòng điện tử" +
			"{{else}}" +
			"{{with .Signed}}, {{if .All}}tất cả văn bản đều được ký số" +
			"{{else if .None}}chưa có văn bản được ký số" +
			"{{else}}trong đó {{.Count}} văn bản{{with .Share}} ({{.}}){{end}} được ký số{{end}}{{end}}" +
			"{{with .Issued}}{{if $.Signed}}; {{else}}, {{end}}{{if .All}}tất cả văn bản đều được xử lý phát hành" +
			"{{else if .None}}chưa có văn bản được xử lý phát hành" +
			"{{else}}{{if not $.Signed}}trong đó {{end}}{{.Count}} văn bản{{with .Share}} ({{.}}){{end}} được xử lý phát hành{{end}}" +
			" trên hệ thống văn phòng điện tử{{end}}" +
			"{{end}}{{end}}.",
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

// Check compiles every sentence of w and returns the templates that do not
// parse, each named by its field; nil when all do.
func (w Wording) Check() error { return compiler.Check(w.sentences()) }
