package digital

import (
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// The codes of the findings Validate makes besides the field rules
// ("field.gte" for a negative count, "field.oneof" for an unknown qualifier,
// "field.required" for a project without its records noun, "field.datetime"
// for an upload date not written YYYY-MM-DD). Rules documents each one.
const (
	// CodePlanCitation: the plan does not read as a citation.
	CodePlanCitation finding.Code = "digital.plan.citation"
	// CodeDocumentsHandled: more incoming documents handled on the system
	// than received.
	CodeDocumentsHandled finding.Code = "digital.documents.handled"
	// CodeDocumentsSigned: more outgoing documents signed than sent.
	CodeDocumentsSigned finding.Code = "digital.documents.signed"
	// CodeDocumentsIssued: more outgoing documents issued on the system than
	// sent.
	CodeDocumentsIssued finding.Code = "digital.documents.issued"
	// CodeDocumentsShare: a stated share of documents differs from the one
	// computed from the counts.
	CodeDocumentsShare finding.Code = "digital.documents.share"
	// CodeServicesScheme: procedures given in both online-level schemes.
	CodeServicesScheme finding.Code = "digital.services.scheme"
	// CodeServicesTotal: the stated number of procedures differs from the sum
	// of the levels.
	CodeServicesTotal finding.Code = "digital.services.total"
	// CodeEmailAccounts: more staff with an e-mail address than staff.
	CodeEmailAccounts finding.Code = "digital.email.accounts"
	// CodeEmailAll: "all staff" stated while the counts say otherwise.
	CodeEmailAll finding.Code = "digital.email.all"
	// CodeEmailIncomplete: one e-mail count given without the other.
	CodeEmailIncomplete finding.Code = "digital.email.incomplete"
	// CodeEmailShare: the stated e-mail share differs from the derived one.
	CodeEmailShare finding.Code = "digital.email.share"
	// CodeShareRange: a stated share below 0% or above 100%.
	CodeShareRange finding.Code = "digital.share.range"
	// CodeShareSyntax: a stated share that is not a percentage.
	CodeShareSyntax finding.Code = "digital.share.syntax"
	// CodeDeclaredUnderived: a stated figure without the data it derives
	// from; it is left out of the text.
	CodeDeclaredUnderived finding.Code = "digital.declared.underived"
	// CodeDigitisationPhases: the stated number of phases differs from the
	// phases listed.
	CodeDigitisationPhases finding.Code = "digital.digitisation.phases"
	// CodeDigitisationYears: the years a phase covers are not a sane range.
	CodeDigitisationYears finding.Code = "digital.digitisation.years"
	// CodeDigitisationUpload: an upload date on a phase not uploaded.
	CodeDigitisationUpload finding.Code = "digital.digitisation.upload"
	// CodeDigitisationQualifier: a qualifier ("hơn") without a count.
	CodeDigitisationQualifier finding.Code = "digital.digitisation.qualifier"
	// CodeNarrativeMarkup: narrative whose inline markup cannot be read.
	CodeNarrativeMarkup finding.Code = "digital.narrative.markup"
)

// MinYear and MaxYear bound the years a digitised phase may cover: civil
// status records in Viet Nam go back to the registers of the late nineteenth
// century, and a year past 2100 is a typing slip.
const (
	MinYear = 1800
	MaxYear = 2100
)

// The rules of Validate, one per code (quy tắc kiểm tra): built once, never
// changed. The checks make their findings from them, and Rules lists them.
var (
	rulePlanCitation = finding.Rule{Code: CodePlanCitation, Severity: finding.Warning,
		Summary: "Kế hoạch chuyển đổi số không đọc được là một viện dẫn văn bản.",
		Doc: "The plan (plan) is parsed with citation.Parse; when it is not one citation (kind, số, ký hiệu, date, issuer, title) " +
			"package reform cannot check its form, so the slip is reported here. The form itself is checked by reform/citation."}
	ruleDocumentsHandled = finding.Rule{Code: CodeDocumentsHandled, Severity: finding.Error,
		Summary: "Số văn bản đến được xử lý trên hệ thống văn phòng điện tử vượt quá số văn bản đến.",
		Doc:     "documents.incoming.handled ≤ documents.incoming.total (finding.AtMost)."}
	ruleDocumentsSigned = finding.Rule{Code: CodeDocumentsSigned, Severity: finding.Error,
		Summary: "Số văn bản đi được ký số vượt quá số văn bản đi.",
		Doc:     "documents.outgoing.signed ≤ documents.outgoing.total (finding.AtMost)."}
	ruleDocumentsIssued = finding.Rule{Code: CodeDocumentsIssued, Severity: finding.Error,
		Summary: "Số văn bản đi được phát hành trên hệ thống vượt quá số văn bản đi.",
		Doc:     "documents.outgoing.issued ≤ documents.outgoing.total (finding.AtMost)."}
	ruleDocumentsShare = finding.RateRule{
		Mismatch: finding.Rule{Code: CodeDocumentsShare, Severity: finding.Error,
			Summary: "Tỷ lệ văn bản ghi trong báo cáo khác tỷ lệ tính từ số văn bản.",
			Doc: "A declared share of documents (handled_share, signed_share, issued_share) is compared with count/total × 100 " +
				"rounded half-up at the stated precision (finding.CheckRate)."},
		Truncated: finding.Rule{Code: finding.TruncatedCode(CodeDocumentsShare), Severity: finding.Warning,
			Summary: "Tỷ lệ văn bản ghi trong báo cáo bị cắt bớt chữ số thay vì làm tròn.",
			Doc:     "The declared share of documents equals the truncated value, not the rounded one (finding.CheckRate)."},
	}
	ruleServicesScheme = finding.Rule{Code: CodeServicesScheme, Severity: finding.Error,
		Summary: "Thủ tục hành chính được ghi theo cả hai cách phân loại mức độ dịch vụ công trực tuyến.",
		Doc: "services.levels (Nghị định 43/2011/NĐ-CP, mức độ 1–4) and services.online (Nghị định 42/2022/NĐ-CP, toàn trình / " +
			"một phần) are both given; a catalogue uses one scheme and one is never coerced into the other. No total is derived."}
	ruleServicesTotal = finding.Rule{Code: CodeServicesTotal, Severity: finding.Error,
		Summary: "Tổng số thủ tục hành chính ghi trong báo cáo khác tổng các mức độ.",
		Doc:     "services.declared.total = sum of the levels given in the scheme used (finding.SumEquals)."}
	ruleEmailAccounts = finding.Rule{Code: CodeEmailAccounts, Severity: finding.Error,
		Summary: "Số công chức, viên chức được cấp thư điện tử vượt quá số công chức, viên chức.",
		Doc:     "email.with_email ≤ email.staff (finding.AtMost)."}
	ruleEmailAll = finding.Rule{Code: CodeEmailAll, Severity: finding.Error,
		Summary: "Báo cáo ghi tất cả công chức, viên chức được cấp thư điện tử nhưng số liệu cho thấy không phải tất cả.",
		Doc:     "email.all is set while email.with_email ≠ email.staff; the text follows the counts."}
	ruleEmailIncomplete = finding.Rule{Code: CodeEmailIncomplete, Severity: finding.Warning,
		Summary: "Chỉ có một trong hai số liệu về thư điện tử (số công chức, viên chức và số người được cấp).",
		Doc: "email.staff or email.with_email is given without the other and email.all is not set: no share can be derived " +
			"and the e-mail sentence is left out of the text."}
	ruleEmailShare = finding.RateRule{
		Mismatch: finding.Rule{Code: CodeEmailShare, Severity: finding.Error,
			Summary: "Tỷ lệ công chức, viên chức được cấp thư điện tử ghi trong báo cáo khác tỷ lệ tính được.",
			Doc: "email.declared.share is compared with with_email/staff × 100 at the stated precision (finding.CheckRate), " +
				"or with 100% when only email.all is given."},
		Truncated: finding.Rule{Code: finding.TruncatedCode(CodeEmailShare), Severity: finding.Warning,
			Summary: "Tỷ lệ công chức, viên chức được cấp thư điện tử bị cắt bớt chữ số thay vì làm tròn.",
			Doc:     "The declared e-mail share equals the truncated value, not the rounded one (finding.CheckRate)."},
	}
	ruleShareRange = finding.Rule{Code: CodeShareRange, Severity: finding.Error,
		Summary: "Tỷ lệ ghi trong báo cáo nhỏ hơn 0% hoặc lớn hơn 100%.",
		Doc:     "Every declared share of this section is a part of a whole: 0% ≤ share ≤ 100%."}
	ruleShareSyntax = finding.Rule{Code: CodeShareSyntax, Severity: finding.Error,
		Summary: "Tỷ lệ ghi trong báo cáo không viết đúng dạng tỷ lệ phần trăm.",
		Doc:     "A declared share must read with vn.ParsePercent: \"98%\", \"53,4%\"."}
	ruleDeclaredUnderived = finding.Rule{Code: CodeDeclaredUnderived, Severity: finding.Warning,
		Summary: "Số liệu ghi trong báo cáo không có số liệu chi tiết để tính lại; số liệu này không được đưa vào văn bản.",
		Doc: "A declared figure (a share without its count, a total without levels) cannot be compared with a derived one; " +
			"the generated text prints derived figures only, so it leaves the figure out (DESIGN principle 1)."}
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
	ruleNarrativeMarkup = finding.Rule{Code: CodeNarrativeMarkup, Severity: finding.Error,
		Summary: "Nội dung tường thuật có lỗi đánh dấu định dạng (in nghiêng, in đậm, chú thích).",
		Doc:     "A narrative (systems[i], digitisation[i].intro) whose inline markup doc.Narrative cannot read; Blocks fails on it."}
)

// Rules returns the catalogue of the codes Validate makes (danh mục mã kiểm
// tra của mục Chính quyền điện tử, Chính quyền số), a new slice on each
// call. The field-rule
// codes ("field.gte", …) come from finding.Fields and are not listed.
func Rules() finding.Catalogue {
	return finding.Catalogue{
		rulePlanCitation,
		ruleDocumentsHandled,
		ruleDocumentsSigned,
		ruleDocumentsIssued,
		ruleDocumentsShare.Mismatch,
		ruleDocumentsShare.Truncated,
		ruleServicesScheme,
		ruleServicesTotal,
		ruleEmailAccounts,
		ruleEmailAll,
		ruleEmailIncomplete,
		ruleEmailShare.Mismatch,
		ruleEmailShare.Truncated,
		ruleShareRange,
		ruleShareSyntax,
		ruleDeclaredUnderived,
		ruleDigitisationPhases,
		ruleDigitisationYears,
		ruleDigitisationUpload,
		ruleDigitisationQualifier,
		ruleNarrativeMarkup,
	}
}

// Validate checks the section and returns every finding at once (never only
// the first): the field rules first, then the checks of Rules. Paths are
// relative to the Section value, in JSON names. A nil Section has no finding.
func (s *Section) Validate() finding.List {
	if s == nil {
		return nil
	}
	out := finding.Fields(s, "")
	s.checkPlan(&out)
	s.Documents.check(&out)
	s.Services.check(&out)
	s.Email.check(&out)
	for i := range s.Digitisation {
		s.Digitisation[i].check(&out, finding.Index("digitisation", i))
	}
	for i, n := range s.Systems {
		checkNarrative(&out, finding.Index("systems", i), n)
	}
	return out
}

func (s *Section) checkPlan(out *finding.List) {
	if s.Plan == "" {
		return
	}
	if _, err := citation.Parse(s.Plan); err != nil {
		out.Add(rulePlanCitation.At("plan", fmt.Sprintf("Kế hoạch chuyển đổi số “%s” không đọc được là một viện dẫn văn bản "+
			"(loại văn bản, số, ký hiệu, ngày ban hành, cơ quan ban hành, trích yếu); không kiểm tra được thể thức viện dẫn.", s.Plan)).
			WithValues(finding.Value{Name: "text", Value: s.Plan}))
	}
}

func (d *Documents) check(out *finding.List) {
	if d == nil {
		return
	}
	if in := d.Incoming; in != nil {
		atMost(out, ruleDocumentsHandled, "documents.incoming.handled", "documents.incoming.total",
			"số văn bản đến được xử lý trên hệ thống văn phòng điện tử", in.Handled, in.Total)
		checkShare(out, shareSubject{
			rule: ruleDocumentsShare, path: "documents.incoming.declared.handled_share",
			numPath: "documents.incoming.handled", denPath: "documents.incoming.total",
			label: "tỷ lệ văn bản đến được xử lý trên hệ thống văn phòng điện tử",
			data:  "số văn bản đến được xử lý trên hệ thống",
		}, in.Declared.HandledShare, in.Handled, in.Total)
	}
	if o := d.Outgoing; o != nil {
		atMost(out, ruleDocumentsSigned, "documents.outgoing.signed", "documents.outgoing.total",
			"số văn bản đi được ký số", o.Signed, o.Total)
		atMost(out, ruleDocumentsIssued, "documents.outgoing.issued", "documents.outgoing.total",
			"số văn bản đi được phát hành trên hệ thống văn phòng điện tử", o.Issued, o.Total)
		checkShare(out, shareSubject{
			rule: ruleDocumentsShare, path: "documents.outgoing.declared.signed_share",
			numPath: "documents.outgoing.signed", denPath: "documents.outgoing.total",
			label: "tỷ lệ văn bản đi được ký số",
			data:  "số văn bản đi được ký số",
		}, o.Declared.SignedShare, o.Signed, o.Total)
		checkShare(out, shareSubject{
			rule: ruleDocumentsShare, path: "documents.outgoing.declared.issued_share",
			numPath: "documents.outgoing.issued", denPath: "documents.outgoing.total",
			label: "tỷ lệ văn bản đi được phát hành trên hệ thống văn phòng điện tử",
			data:  "số văn bản đi được phát hành trên hệ thống",
		}, o.Declared.IssuedShare, o.Issued, o.Total)
	}
}

// atMost adds the finding of rule r, part ≤ whole, when part is given.
func atMost(out *finding.List, r finding.Rule, path, wholePath, label string, part *int64, whole int64) {
	if part == nil {
		return
	}
	if f, ok := finding.AtMost(r.Subject(path, label, wholePath), *part, whole); ok {
		out.Add(f)
	}
}

// shareSubject names a declared share and the counts it derives from.
type shareSubject struct {
	rule             finding.RateRule
	path             string // the declared share
	numPath, denPath string // the counts
	label            string // "tỷ lệ văn bản đi được ký số"
	data             string // the missing count, for the underived message
}

// parseShare reads a declared share and adds the syntax and range findings.
// ok is false when the text does not read as a percentage.
func parseShare(out *finding.List, path, label, text string) (v decimal.Decimal, places int32, ok bool) {
	v, places, err := vn.ParsePercent(text)
	if err != nil {
		out.Add(ruleShareSyntax.At(path, fmt.Sprintf("%s ghi “%s”, không phải một tỷ lệ phần trăm viết đúng cách (ví dụ “98%%”, “53,4%%”).",
			section.Capitalize(label), text)).
			WithValues(finding.Value{Name: "stated", Value: text}))
		return decimal.Decimal{}, 0, false
	}
	if v.IsNegative() || v.GreaterThan(hundred) {
		out.Add(ruleShareRange.At(path, fmt.Sprintf("%s ghi %s, nằm ngoài khoảng từ 0%% đến 100%% của một tỷ lệ thành phần trên tổng số.",
			section.Capitalize(label), vn.PercentValue(v, places))).
			WithValues(finding.Value{Name: "stated", Value: v.String()}, finding.Value{Name: "min", Value: "0"},
				finding.Value{Name: "max", Value: "100"}))
	}
	return v, places, true
}

var hundred = decimal.NewFromInt(100)

// checkShare checks a declared share against num/den: syntax, range, then
// the rate, or the underived warning when num is not given.
func checkShare(out *finding.List, s shareSubject, text string, num *int64, den int64) {
	if text == "" {
		return
	}
	v, places, ok := parseShare(out, s.path, s.label, text)
	if !ok {
		return
	}
	if num == nil {
		out.Add(underived(s.path, []string{s.numPath}, text,
			fmt.Sprintf("%s ghi %s nhưng không có %s để tính lại; tỷ lệ này không được đưa vào văn bản.",
				section.Capitalize(s.label), text, s.data)))
		return
	}
	if _, f, bad := s.rule.CheckRate(s.path, s.label, v, places, *num, den, s.numPath, s.denPath); bad {
		out.Add(f)
	}
}

func underived(path string, related []string, stated, message string) finding.Finding {
	return ruleDeclaredUnderived.At(path, message).WithRelated(related...).WithValues(finding.Value{Name: "declared", Value: stated})
}

func (s *Services) check(out *finding.List) {
	if s == nil {
		return
	}
	parts, ok := s.parts()
	if !ok {
		out.Add(ruleServicesScheme.At("services", "Thủ tục hành chính được ghi theo cả mức độ 1–4 (Nghị định số 43/2011/NĐ-CP) "+
			"và dịch vụ công trực tuyến toàn trình, một phần (Nghị định số 42/2022/NĐ-CP); mỗi báo cáo chỉ dùng một cách phân loại, "+
			"nên không tính được tổng số thủ tục.").
			WithRelated("services.levels", "services.online"))
		return
	}
	total := s.Declared.Total
	if total == nil {
		return
	}
	const path = "services.declared.total"
	if len(parts) == 0 {
		out.Add(underived(path, nil, strconv.FormatInt(*total, 10),
			fmt.Sprintf("Tổng số thủ tục hành chính ghi %s nhưng không có số thủ tục theo từng mức độ để tính lại; "+
				"tổng số này không được đưa vào văn bản.", vn.Int(*total))))
		return
	}
	terms := make([]finding.Part, len(parts))
	for i, p := range parts {
		terms[i] = finding.Part{Label: p.label, Path: "services." + p.path, Value: p.value}
	}
	if f, bad := finding.SumEquals(ruleServicesTotal.Subject(path, "tổng số thủ tục hành chính"), *total, terms...); bad {
		out.Add(f)
	}
}

func (e *Email) check(out *finding.List) {
	if e == nil {
		return
	}
	counts := e.Staff != nil && e.WithEmail != nil
	if counts {
		atMost(out, ruleEmailAccounts, "email.with_email", "email.staff",
			"số công chức, viên chức được cấp thư điện tử", e.WithEmail, *e.Staff)
		if e.All && *e.WithEmail != *e.Staff {
			out.Add(ruleEmailAll.At("email.all", fmt.Sprintf("Báo cáo ghi tất cả công chức, viên chức đều được cấp thư điện tử "+
				"nhưng số liệu là %s/%s; văn bản ghi theo số liệu.", vn.Int(*e.WithEmail), vn.Int(*e.Staff))).
				WithRelated("email.with_email", "email.staff").
				WithValues(finding.Value{Name: "with_email", Value: strconv.FormatInt(*e.WithEmail, 10)},
					finding.Value{Name: "staff", Value: strconv.FormatInt(*e.Staff, 10)}))
		}
	} else if !e.All && (e.Staff != nil || e.WithEmail != nil) {
		given, missing, path := "số công chức, viên chức", "số người được cấp thư điện tử", "email.staff"
		v := e.Staff
		if e.WithEmail != nil {
			given, missing, path = missing, given, "email.with_email"
			v = e.WithEmail
		}
		out.Add(ruleEmailIncomplete.At(path, fmt.Sprintf("Dữ liệu thư điện tử có %s (%s) nhưng không có %s; không tính được tỷ lệ, "+
			"câu về thư điện tử không được đưa vào văn bản.", given, vn.Int(*v), missing)).
			WithValues(finding.Value{Name: "value", Value: strconv.FormatInt(*v, 10)}))
	}

	text := e.Declared.Share
	if text == "" {
		return
	}
	const path, label = "email.declared.share", "tỷ lệ công chức, viên chức được cấp thư điện tử"
	v, places, ok := parseShare(out, path, label, text)
	switch {
	case !ok:
	case counts:
		if _, f, bad := ruleEmailShare.CheckRate(path, label, v, places, *e.WithEmail, *e.Staff, "email.with_email", "email.staff"); bad {
			out.Add(f)
		}
	case e.All:
		if !v.Equal(hundred) {
			out.Add(ruleEmailShare.Mismatch.At(path, fmt.Sprintf("Tỷ lệ công chức, viên chức được cấp thư điện tử ghi %s "+
				"nhưng dữ liệu ghi tất cả công chức, viên chức đều được cấp (100%%).", vn.PercentValue(v, places))).
				WithRelated("email.all").
				WithValues(finding.Value{Name: "declared", Value: v.String()}, finding.Value{Name: "derived", Value: "100"},
					finding.Value{Name: "difference", Value: v.Sub(hundred).String()}))
		}
	default:
		out.Add(underived(path, []string{"email.with_email", "email.staff", "email.all"}, text,
			fmt.Sprintf("Tỷ lệ công chức, viên chức được cấp thư điện tử ghi %s nhưng không có số công chức, viên chức "+
				"và số người được cấp thư điện tử để tính lại; tỷ lệ này không được đưa vào văn bản. "+
				"Nếu tất cả đều được cấp, hãy ghi nhận điều đó (all).", text)))
	}
}

func (p *Project) check(out *finding.List, path string) {
	checkNarrative(out, finding.Join(path, "intro"), p.Intro)
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

func (ph *Phase) check(out *finding.List, path string, number int) {
	year := func(field string, y int, which string) bool {
		if y == 0 || (y >= MinYear && y <= MaxYear) {
			return true
		}
		out.Add(ruleDigitisationYears.At(finding.Join(path, field), fmt.Sprintf("Năm %s của dữ liệu giai đoạn %d là %d, "+
			"ngoài khoảng hợp lý từ năm %d đến năm %d.", which, number, y, MinYear, MaxYear)).
			WithValues(finding.Value{Name: "year", Value: strconv.Itoa(y)}, finding.Value{Name: "min", Value: strconv.Itoa(MinYear)},
				finding.Value{Name: "max", Value: strconv.Itoa(MaxYear)}))
		return false
	}
	fromOK := year("from_year", ph.FromYear, "bắt đầu")
	toOK := year("to_year", ph.ToYear, "kết thúc")
	if fromOK && toOK && ph.FromYear != 0 && ph.ToYear != 0 && ph.FromYear > ph.ToYear {
		out.Add(ruleDigitisationYears.At(finding.Join(path, "from_year"), fmt.Sprintf("Dữ liệu giai đoạn %d ghi từ năm %d "+
			"đến năm %d: năm bắt đầu sau năm kết thúc.", number, ph.FromYear, ph.ToYear)).
			WithRelated(finding.Join(path, "to_year")).
			WithValues(finding.Value{Name: "from", Value: strconv.Itoa(ph.FromYear)}, finding.Value{Name: "to", Value: strconv.Itoa(ph.ToYear)}))
	}
	if ph.UploadedOn != "" && !ph.Uploaded {
		out.Add(ruleDigitisationUpload.At(finding.Join(path, "uploaded_on"), fmt.Sprintf("Giai đoạn %d có ngày đưa dữ liệu "+
			"lên cơ sở dữ liệu quốc gia (%s) nhưng không ghi là đã đưa lên.", number, ph.UploadedOn)).
			WithRelated(finding.Join(path, "uploaded")).
			WithValues(finding.Value{Name: "uploaded_on", Value: ph.UploadedOn}))
	}
	if ph.Qualifier != Exact && ph.Count == nil {
		word := ph.Qualifier.Words()
		if word == "" {
			word = string(ph.Qualifier)
		}
		out.Add(ruleDigitisationQualifier.At(finding.Join(path, "qualifier"),
			fmt.Sprintf("Giai đoạn %d ghi “%s” trước số lượng dữ liệu nhưng không có số lượng dữ liệu.", number, word)).
			WithRelated(finding.Join(path, "count")).
			WithValues(finding.Value{Name: "qualifier", Value: string(ph.Qualifier)}))
	}
}

// checkNarrative reports markup that doc.Narrative cannot read, in n and in
// its items.
func checkNarrative(out *finding.List, path string, n doc.Narrative) {
	if _, err := narrativeRuns(n); err != nil {
		where, offset, reason := path, 0, err.Error()
		var me *doc.MarkupError
		if errors.As(err, &me) {
			where, offset, reason = finding.Join(path, me.Path), me.Offset, me.Reason
		}
		out.Add(ruleNarrativeMarkup.At(where, fmt.Sprintf("Nội dung tường thuật có lỗi đánh dấu định dạng tại byte %d (%s); "+
			"dùng “\\*” để viết dấu sao, “\\[” để viết dấu ngoặc vuông.", offset, reason)).
			WithValues(finding.Value{Name: "offset", Value: strconv.Itoa(offset)}, finding.Value{Name: "reason", Value: reason}))
	}
	for i, it := range n.Items {
		checkNarrative(out, finding.Index(finding.Join(path, "items"), i), it)
	}
}

// narrativeRuns is n.Runs, which also refuses a footnote without text: the
// layout (doc.Lay) cannot place one.
func narrativeRuns(n doc.Narrative) ([]doc.Run, error) {
	runs, err := n.Runs()
	if err != nil {
		return nil, err
	}
	for i, note := range n.Notes {
		f, err := doc.ParseInline(note, nil)
		if err != nil {
			return nil, err // n.Runs has read it already
		}
		if !slices.ContainsFunc(f, func(r doc.Run) bool { return r.Text != "" }) {
			return nil, &doc.MarkupError{Path: fmt.Sprintf("notes[%d]", i), Reason: "a footnote needs text"}
		}
	}
	return runs, nil
}

// checkMarkup returns the first markup error of n and its items, with its
// path under path ("systems[0].items[1].text: byte 3: …").
func checkMarkup(path string, n doc.Narrative) error {
	if _, err := narrativeRuns(n); err != nil {
		var me *doc.MarkupError
		if errors.As(err, &me) {
			return fmt.Errorf("digital: %s: byte %d: %s", finding.Join(path, me.Path), me.Offset, me.Reason)
		}
		return fmt.Errorf("digital: %s: %w", path, err)
	}
	for i, it := range n.Items {
		if err := checkMarkup(finding.Index(finding.Join(path, "items"), i), it); err != nil {
			return err
		}
	}
	return nil
}
