// The wording of the section: the Wording type with one template per title
// or sentence, DefaultWording (the register of the reference report, kept
// here in one place), the compiler of the templates, and the helpers every
// topic's text uses. The figures each template sees, and the functions that
// build them, are in the topic files.

package tthc

import (
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
// the register of the reference report; a caller replaces any field.
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
// 380/BC-STP of Sở Tư pháp An Giang), with the number conventions of
// vn.DefaultFormat.
func DefaultWording() Wording {
	return Wording{
		Numbers: vn.DefaultFormat(),

		ImplementationTitle: "Thực hiện các thủ tục hành chính trên các lĩnh vực quản lý nhà nước theo quy định của Chính phủ, " +
			"các bộ, ngành trung ương, UBND tỉnh.",
		ControlTitle:       "Kiểm soát thủ tục hành chính",
		NewProceduresTitle: "Kiểm soát việc ban hành mới các thủ tục hành chính thuộc thẩm quyền của UBND tỉnh, cơ quan, đơn vị",
		ReviewTitle:        "Rà soát, đánh giá và thực hiện các quy định về đơn giản hóa thủ tục hành chính",
		PublicityTitle:     "Về công khai thủ tục hành chính",
		OneStopTitle:       "Thực hiện cơ chế một cửa, cơ chế một cửa liên thông",
		ResultsTitle:       "Kết quả giải quyết TTHC",
		ApologiesTitle:     "Thực hiện việc xin lỗi người dân, tổ chức khi để xảy ra trễ hẹn trong giải quyết hồ sơ TTHC.",
		FeedbackTitle: "Công tác tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền " +
			"giải quyết của {{.UnitShort}}.",

		CatalogueLevels: "Số lượng thủ tục hành chính thuộc thẩm quyền giải quyết của {{.Unit}}: Tổng số thủ tục là {{.Total}}" +
			"{{with .Levels}}{{$n := 0}}{{range .}}{{if .Count.Value}}{{if $n}}, {{else}}; trong đó {{end}}{{$n = 1}}" +
			"mức độ {{.Level}} là {{.Count}} thủ tục{{end}}{{end}}{{end}}.",
		CatalogueOnline: "Số lượng thủ tục hành chính thuộc thẩm quyền giải quyết của {{.Unit}}: Tổng số thủ tục là {{.Total}}; " +
			"trong đó {{if .Full.Value}}cung cấp dịch vụ công trực tuyến toàn trình là {{.Full}} thủ tục{{if .FullRate}} ({{.FullRate}}){{end}}" +
			"{{else}}không có thủ tục cung cấp dịch vụ công trực tuyến toàn trình{{end}}" +
			"{{if .Partial.Value}}, một phần là {{.Partial}} thủ tục{{if .PartialRate}} ({{.PartialRate}}){{end}}{{end}}" +
			"{{if .InformationOnly.Value}}, chỉ cung cấp thông tin là {{.InformationOnly}} thủ tục{{if .InformationOnlyRate}} ({{.InformationOnlyRate}}){{end}}{{end}}" +
			"{{if .EligibleFull.Given}}; số thủ tục đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình là {{.EligibleFull}}{{end}}.",
		Announced: "{{if .Announced.Value}}Trong kỳ, đã công bố {{.Announced}} thủ tục hành chính thuộc thẩm quyền giải quyết của {{.Unit}}, " +
			"trong đó {{if .New.Value}}ban hành mới {{.New}} thủ tục{{if or .Amended.Value .Abolished.Value}}, {{end}}{{end}}" +
			"{{if .Amended.Value}}sửa đổi, bổ sung {{.Amended}} thủ tục{{if .Abolished.Value}}, {{end}}{{end}}" +
			"{{if .Abolished.Value}}bãi bỏ {{.Abolished}} thủ tục{{end}}." +
			"{{else}}Trong kỳ, không có thủ tục hành chính thuộc thẩm quyền giải quyết của {{.Unit}} được công bố.{{end}}",
		InternalProcesses: "{{if .InternalProcesses.Value}}Trong kỳ, đã phê duyệt {{.InternalProcesses}} quy trình nội bộ giải quyết thủ tục hành chính " +
			"thuộc thẩm quyền giải quyết của {{.Unit}}.{{else}}Trong kỳ, không có quy trình nội bộ giải quyết thủ tục hành chính " +
			"thuộc thẩm quyền giải quyết của {{.Unit}} được phê duyệt.{{end}}",
		Dossiers: "Kết quả giải quyết TTHC: {{.Unit}} " +
			"{{if and (not .Received.Value) (not .Resolved.Value) (not .Pending.Value)}}không tiếp nhận hồ sơ TTHC nào trong kỳ." +
			"{{else}}tiếp nhận {{.Received}} hồ sơ; " +
			"{{if and .Online.Value .InPerson.Value}}trong đó hồ sơ trực tuyến là {{.Online}}, trực tiếp {{.InPerson}}" +
			"{{else if .Online.Value}}trong đó hồ sơ trực tuyến là {{.Online}}, không có hồ sơ trực tiếp" +
			"{{else if .InPerson.Value}}trong đó hồ sơ trực tiếp là {{.InPerson}}, không có hồ sơ trực tuyến" +
			"{{else}}trong kỳ không có hồ sơ mới{{end}}" +
			"{{if .CarriedOver.Value}}, hồ sơ kỳ trước chuyển sang là {{.CarriedOver}}{{end}}. " +
			"{{if .Resolved.Value}}Số lượng hồ sơ đã giải quyết là {{.Resolved}} (trong đó " +
			"{{if .Early.Value}}{{.Early}} hồ sơ trước hạn, {{end}}{{if .OnTime.Value}}{{.OnTime}} hồ sơ đúng hạn, {{end}}" +
			"{{if .Late.Value}}{{.Late}} hồ sơ quá hạn{{else}}không có hồ sơ quá hạn{{end}}); " +
			"{{else}}Chưa có hồ sơ được giải quyết; {{end}}" +
			"{{if .Pending.Value}}số lượng hồ sơ đang giải quyết là {{.Pending}} hồ sơ" +
			"{{if and .PendingInTime.Given .PendingOverdue.Given}}{{if not .PendingOverdue.Value}} (đều trong hạn)" +
			"{{else if not .PendingInTime.Value}} (đều đã quá hạn)" +
			"{{else}} (trong đó {{.PendingInTime}} hồ sơ trong hạn, {{.PendingOverdue}} hồ sơ quá hạn){{end}}{{end}}" +
			"{{else}}không còn hồ sơ đang giải quyết{{end}}" +
			"{{if .Other.Value}}; số hồ sơ rút, trả lại, từ chối giải quyết là {{.Other}} hồ sơ{{end}}.{{end}}",
		FieldRow: "Lĩnh vực {{.Field}}: {{if and (not .Received.Value) (not .Resolved.Value) (not .Pending.Value)}}không phát sinh hồ sơ." +
			"{{else}}tiếp nhận {{.Received}} hồ sơ, " +
			"{{if .Resolved.Value}}đã giải quyết {{.Resolved}} hồ sơ (" +
			"{{if .Early.Value}}{{.Early}} trước hạn{{if or .OnTime.Value .Late.Value}}, {{end}}{{end}}" +
			"{{if .OnTime.Value}}{{.OnTime}} đúng hạn{{if .Late.Value}}, {{end}}{{end}}" +
			"{{if .Late.Value}}{{.Late}} quá hạn{{end}}){{else}}chưa giải quyết hồ sơ nào{{end}}, " +
			"{{if .Pending.Value}}đang giải quyết {{.Pending}} hồ sơ{{else}}không còn hồ sơ đang giải quyết{{end}}.{{end}}",
		ApologyLetters: "{{if .Letters.Value}}Trong kỳ, {{.Unit}} đã gửi {{.Letters}} văn bản xin lỗi người dân, tổ chức đối với hồ sơ giải quyết quá hạn." +
			"{{else if .Late.Value}}Trong kỳ, {{.Unit}} chưa gửi văn bản xin lỗi người dân, tổ chức đối với hồ sơ giải quyết quá hạn." +
			"{{else}}Trong kỳ, {{.Unit}} không có hồ sơ giải quyết quá hạn phải xin lỗi người dân, tổ chức.{{end}}",
		Feedback: "{{if .None}}{{upper .Unit}} không nhận được phản ánh, kiến nghị nào của người dân, tổ chức liên quan đến TTHC" +
			"{{if .Channel}} trên {{.Channel}}{{end}}." +
			"{{else}}{{upper .Unit}} nhận được {{.Received}} phản ánh, kiến nghị của người dân, tổ chức liên quan đến TTHC" +
			"{{if .Channel}} trên {{.Channel}}{{end}}" +
			"{{if .AllAnswered}} và {{.UnitShort}} đã trả lời công dân theo quy định" +
			"{{if .AnsweredOnTime.Given}} ({{if .AnsweredOnTime.Value}}{{.AnsweredOnTime}} phản ánh, kiến nghị được trả lời đúng hạn" +
			"{{else}}không có phản ánh, kiến nghị được trả lời đúng hạn{{end}}){{end}}" +
			"{{else if .Answered.Value}}; đã trả lời {{.Answered}} phản ánh, kiến nghị" +
			"{{if .AnsweredOnTime.Given}} ({{if .AnsweredOnTime.Value}}{{.AnsweredOnTime}} đúng hạn{{else}}không có phản ánh, kiến nghị được trả lời đúng hạn{{end}}){{end}}" +
			", đang xử lý {{.Unanswered}}" +
			"{{else if .Answered.Given}}; các phản ánh, kiến nghị đang được xử lý{{end}}.{{end}}",
	}
}

// Names are the names every template may use.
type Names struct {
	// Unit is the unit's name, e.g. "Sở Tư pháp".
	Unit string
	// UnitShort is its short name, e.g. "Sở"; Unit when none is given.
	UnitShort string
}

// sentences lists every template of the wording by its field name.
func (w Wording) sentences() []section.Sentence {
	return []section.Sentence{
		{Name: "ImplementationTitle", Text: w.ImplementationTitle},
		{Name: "ControlTitle", Text: w.ControlTitle},
		{Name: "NewProceduresTitle", Text: w.NewProceduresTitle},
		{Name: "ReviewTitle", Text: w.ReviewTitle},
		{Name: "PublicityTitle", Text: w.PublicityTitle},
		{Name: "OneStopTitle", Text: w.OneStopTitle},
		{Name: "ResultsTitle", Text: w.ResultsTitle},
		{Name: "ApologiesTitle", Text: w.ApologiesTitle},
		{Name: "FeedbackTitle", Text: w.FeedbackTitle},
		{Name: "CatalogueLevels", Text: w.CatalogueLevels},
		{Name: "CatalogueOnline", Text: w.CatalogueOnline},
		{Name: "Announced", Text: w.Announced},
		{Name: "InternalProcesses", Text: w.InternalProcesses},
		{Name: "Dossiers", Text: w.Dossiers},
		{Name: "FieldRow", Text: w.FieldRow},
		{Name: "ApologyLetters", Text: w.ApologyLetters},
		{Name: "Feedback", Text: w.Feedback},
	}
}

// writer compiles w (the default is compiled once, by compiler) and returns
// a Writer of its sentences.
func (w Wording) writer() (*section.Writer, error) {
	set, err := compiler.Compile(w.sentences())
	if err != nil {
		return nil, err
	}
	return set.Writer(), nil
}

// compiler holds DefaultWording compiled: built once, when the package is
// initialised, and never changed. A caller's wording is compiled anew only
// when it differs from the default.
var compiler = section.NewCompiler("tthc", DefaultWording().sentences())

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
func (w Wording) Check() error { return compiler.Check(w.sentences()) }

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
