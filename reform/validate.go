package reform

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
	"github.com/cchc-go/cchc/tthc"
)

// The codes of the report's own checks; Rules documents them with the codes
// of every package.
const (
	CodePeriod            finding.Code = "reform.period.invalid"
	CodePeriodDate        finding.Code = "reform.period.date"
	CodeHeaderNumber      finding.Code = "reform.header.number"
	CodeHeaderKind        finding.Code = "reform.header.kind"
	CodeHeaderAgency      finding.Code = "reform.header.agency_code"
	CodeHeaderMarks       finding.Code = "reform.header.marks"
	CodePlanDone          finding.Code = "reform.plan.done"
	CodePlanRate          finding.Code = "reform.plan.rate"
	CodeDeclaredUnread    finding.Code = "reform.declared.unreadable"
	CodeFigureName        finding.Code = "reform.figure.name"
	CodeFigureDelta       finding.Code = "reform.figure.delta"
	CodeFigureUnverified  finding.Code = "reform.figure.delta.unverified"
	CodeAutonomyTotal     finding.Code = "reform.autonomy.total"
	CodeNarrativeMarkup   finding.Code = "reform.narrative.markup"
	CodePlaceholder       finding.Code = "reform.narrative.placeholder"
	CodeExtraAfter        finding.Code = "reform.extra.after"
	CodeEntry             finding.Code = "reform.narrative.entry"
	CodeCatalogue         finding.Code = "reform.cross.catalogue"
	CodeCatalogueScheme   finding.Code = "reform.cross.catalogue.scheme"
	CodeStaff             finding.Code = "reform.cross.staff"
	CodeAutonomyCross     finding.Code = "reform.cross.autonomy"
	CodeCarriedOver       finding.Code = "reform.cross.carried_over"
	CodePreviousPeriod    finding.Code = "reform.previous.period"
	CodeCustomSectionFail finding.Code = "reform.custom.blocks"
)

// The rules of the report's own checks, one per code (quy tắc kiểm tra):
// built once, never changed. The checks make their findings from them, and
// ownRules lists them.
var (
	rulePeriod       = finding.Rule{Code: CodePeriod, Severity: finding.Error, Summary: "Kỳ báo cáo không hợp lệ.", Doc: "The period's kind, year, n or explicit window is not a period (Nghị định 09/2019/NĐ-CP, Điều 12)."}
	rulePeriodDate   = finding.Rule{Code: CodePeriodDate, Severity: finding.Error, Summary: "Ngày báo cáo không sau ngày chốt số liệu.", Doc: "The report date must fall after the period's cut-off (domain.md §2)."}
	ruleHeaderNumber = finding.Rule{Code: CodeHeaderNumber, Severity: finding.Error, Summary: "Số, ký hiệu của báo cáo sai thể thức.", Doc: "The số, ký hiệu must read n/BC-AGENCY (Nghị định 30/2020/NĐ-CP, Phụ lục I)."}
	ruleHeaderKind   = finding.Rule{Code: CodeHeaderKind, Severity: finding.Error, Summary: "Ký hiệu không phải của loại Báo cáo (BC).", Doc: "The kind group of the symbol must be BC for a Báo cáo."}
	ruleHeaderAgency = finding.Rule{Code: CodeHeaderAgency, Severity: finding.Error, Summary: "Chữ viết tắt cơ quan trong ký hiệu không khớp cơ quan ban hành.", Doc: "The agency group of the symbol (STP in 380/BC-STP) must be the issuing agency's code."}
	ruleHeaderMarks  = finding.Rule{Code: CodeHeaderMarks, Severity: finding.Error, Summary: "Dấu độ khẩn, độ mật không hợp lệ.", Doc: "Urgency is HỎA TỐC, THƯỢNG KHẨN or KHẨN; secrecy MẬT, TỐI MẬT or TUYỆT MẬT."}
	rulePlanDone     = finding.Rule{Code: CodePlanDone, Severity: finding.Error, Summary: "Số nhiệm vụ hoàn thành vượt số nhiệm vụ kế hoạch.", Doc: "Tasks done must not exceed tasks planned (I.1)."}
	rulePlanRate     = finding.RateRule{
		Mismatch:  finding.Rule{Code: CodePlanRate, Severity: finding.Error, Summary: "Tỷ lệ hoàn thành kế hoạch ghi không đúng.", Doc: "The stated rate of tasks done against the rate computed from the counts; .truncated when the stated rate is the truncated value."},
		Truncated: finding.Rule{Code: finding.TruncatedCode(CodePlanRate), Severity: finding.Warning, Summary: "Tỷ lệ hoàn thành kế hoạch bị cắt bớt chữ số, không làm tròn.", Doc: "The stated rate equals the truncated value, not the rounded one."},
	}
	ruleDeclaredUnread    = finding.Rule{Code: CodeDeclaredUnread, Severity: finding.Error, Summary: "Không đọc được số liệu khai báo.", Doc: "A declared rate is not written as a Vietnamese percentage (\"53,4%\")."}
	ruleFigureName        = finding.Rule{Code: CodeFigureName, Severity: finding.Error, Summary: "Tên số liệu không hợp lệ hoặc trùng.", Doc: "Figure names are lower-case letters, digits, '_' and '.', unique in a report."}
	ruleFigureDelta       = finding.Rule{Code: CodeFigureDelta, Severity: finding.Error, Summary: "Mức tăng, giảm so với cùng kỳ ghi không đúng.", Doc: "A stated change against the same period of the year before must equal count − prior."}
	ruleFigureUnverified  = finding.Rule{Code: CodeFigureUnverified, Severity: finding.Info, Summary: "Mức tăng, giảm so với cùng kỳ không kiểm tra được do thiếu số liệu cùng kỳ.", Doc: "A stated change without the prior value is printed as stated and cannot be checked."}
	ruleAutonomyTotal     = finding.Rule{Code: CodeAutonomyTotal, Severity: finding.Error, Summary: "Tổng số đơn vị sự nghiệp tự chủ không bằng tổng các nhóm.", Doc: "The stated number of public-service units must equal the sum of the autonomy groups (Nghị định 60/2021/NĐ-CP)."}
	ruleNarrativeMarkup   = finding.Rule{Code: CodeNarrativeMarkup, Severity: finding.Error, Summary: "Đánh dấu định dạng hoặc chú thích trong nội dung sai.", Doc: "Narrative markup (*italic*, **bold**, [^n]) that cannot be read; the document cannot be built until it is fixed."}
	rulePlaceholder       = finding.Rule{Code: CodePlaceholder, Severity: finding.Error, Summary: "Nội dung dẫn một số liệu không có.", Doc: "A {name} placeholder names no figure of the report."}
	ruleEntry             = finding.Rule{Code: CodeEntry, Severity: finding.Error, Summary: "Một mục nội dung phải là đoạn văn, danh sách gạch đầu dòng hoặc danh sách a), b), c) — đúng một loại.", Doc: "An entry of narrative content sets exactly one of paragraph, bullets and letters; none or several cannot be laid out without dropping content."}
	ruleExtraAfter        = finding.Rule{Code: CodeExtraAfter, Severity: finding.Error, Summary: "Vị trí của mục bổ sung không có trong đề cương.", Doc: "An extra section must follow a key of the outline (I, I.1 … II.6, III, IV, V or \"\")."}
	ruleCatalogue         = finding.Rule{Code: CodeCatalogue, Severity: finding.Error, Summary: "Số thủ tục hành chính ở mục II.2 và II.6 không khớp.", Doc: "The procedure catalogue of II.2 and the online services of II.6 must give the same counts (domain.md §6)."}
	ruleCatalogueScheme   = finding.Rule{Code: CodeCatalogueScheme, Severity: finding.Warning, Summary: "Mục II.2 và II.6 dùng hai cách phân loại mức độ khác nhau.", Doc: "One report should use one service-level scheme; the counts of two schemes are not compared."}
	ruleStaff             = finding.Rule{Code: CodeStaff, Severity: finding.Error, Summary: "Số nhân sự của cơ quan không thống nhất giữa các mục.", Doc: "The department's staff must be the same number wherever it appears (domain.md §4)."}
	ruleAutonomyCross     = finding.Rule{Code: CodeAutonomyCross, Severity: finding.Error, Summary: "Số đơn vị sự nghiệp ở mục II.3 và II.5 không khớp.", Doc: "The public-service units of II.3 (their number and autonomy groups, when given) must be the units II.5 splits by autonomy group (Nghị định 60/2021/NĐ-CP)."}
	ruleCarriedOver       = finding.Rule{Code: CodeCarriedOver, Severity: finding.Error, Summary: "Số hồ sơ kỳ trước chuyển sang không bằng số hồ sơ đang giải quyết cuối kỳ trước.", Doc: "Dossiers carried over must equal the dossiers pending at the end of the previous report (domain.md §3)."}
	rulePreviousPeriod    = finding.Rule{Code: CodePreviousPeriod, Severity: finding.Warning, Summary: "Báo cáo kỳ trước không thuộc cùng cơ quan hoặc không trước kỳ này.", Doc: "The previous report must be of the same agency and end before this period starts."}
	ruleAggregatePeriod   = finding.Rule{Code: CodeAggregatePeriod, Severity: finding.Error, Summary: "Báo cáo của đơn vị không cùng kỳ với báo cáo tổng hợp.", Doc: "Aggregate adds only units of the roll-up's period; a unit of another period is left out (domain.md §2: never mix windows)."}
	ruleAggregateSection  = finding.Rule{Code: CodeAggregateSection, Severity: finding.Error, Summary: "Không cộng được số liệu của các đơn vị ở một mục.", Doc: "A section's Add failed (two service-level schemes, counts past the limit); the part that could not be added is left out."}
	ruleCustomSectionFail = finding.Rule{Code: CodeCustomSectionFail, Severity: finding.Error, Summary: "Không dựng được nội dung của mục bổ sung.", Doc: "A department's section returned an error when building its content."}
)

// ownRules documents the report's own checks.
func ownRules() finding.Catalogue {
	return finding.Catalogue{
		rulePeriod,
		rulePeriodDate,
		ruleHeaderNumber,
		ruleHeaderKind,
		ruleHeaderAgency,
		ruleHeaderMarks,
		rulePlanDone,
		rulePlanRate.Mismatch,
		rulePlanRate.Truncated,
		ruleDeclaredUnread,
		ruleFigureName,
		ruleFigureDelta,
		ruleFigureUnverified,
		ruleAutonomyTotal,
		ruleAutonomyIncomplete,
		ruleNarrativeMarkup,
		rulePlaceholder,
		ruleEntry,
		ruleExtraAfter,
		ruleCatalogue,
		ruleCatalogueScheme,
		ruleStaff,
		ruleAutonomyCross,
		ruleCarriedOver,
		rulePreviousPeriod,
		ruleAggregatePeriod,
		ruleAggregateSection,
		ruleAggregateCatalogue,
		ruleCustomSectionFail,
	}
}

// Rules returns the catalogue of every code a report's validation can
// produce: the report's own, each section package's, citations' and the
// field rules' codes.
func Rules() finding.Catalogue {
	return ownRules().Merge(schemaVersionRules(), layoutRules(), annexRules(), levelRules(), closingRules(), periodTextRules(), eventDateRules(), plausibleRules(), tthc.Rules(), personnel.Rules(), dissemination.Rules(), digital.Rules(), citation.Rules(), finding.FieldRules())
}

// Rule is a check a department adds to the validation of its reports.
type Rule struct {
	// Code is the rule's code, documented in the department's catalogue.
	Code finding.Code
	// Check returns the rule's findings for a report.
	Check func(r *Report) finding.List
}

// Checker validates reports with a rule set: the module's checks trimmed,
// re-graded or reworded by Rules, plus a department's own rules.
type Checker struct {
	// Rules disables codes, overrides their severity or rewords their
	// messages (finding.RuleSet.Reword).
	Rules finding.RuleSet
	// Extra are the department's own rules, run after the module's.
	Extra []Rule
	// SkipDocument leaves out the last check of Validate, which builds and
	// lays out a report that has no error finding (reform.layout): about
	// as much work again as the other checks. A caller that checks many
	// reports it does not render may set it; the checks that name each
	// refusal of the layout by its path still run.
	SkipDocument bool
	// Issuers is the registry of issuing bodies the codes in the số, ký
	// hiệu of cited documents are looked up in (citation.Options.Issuers);
	// nil is citation.DefaultIssuers. The report's own agency code is
	// added to it. A province adds the codes of its Sở, Ban and Phòng with
	// citation.DefaultIssuers().With(…).
	Issuers *citation.Issuers
}

// Validate returns every finding of the report with the default checker.
func (r *Report) Validate() finding.List { return Checker{}.Validate(r) }

// Validate returns every finding of the report: field rules, every
// section's checks with paths from the report's root, citation checks over
// every text, the cross-section rules, the custom sections' and the extra
// rules' findings, then trimmed and re-graded by the rule set.
//
// Whatever Document, doc.Lay or a renderer would refuse is an error finding
// with the JSON path of the data at fault (reform.part.depth,
// reform.appendix.row, field.required for a blank signer …): a report
// without error findings renders. When no other error is found, Validate
// builds the document with the default wording to make sure, and reports a
// refusal it did not foresee as reform.layout. When the document builds,
// each finding gets its Place in it ("II.2.2.đ Kết quả giải quyết TTHC");
// Checker.SkipDocument skips both. Check returns the document it builds,
// for a caller that validates and renders.
func (c Checker) Validate(r *Report) finding.List {
	l := c.checks(r)
	if c.SkipDocument {
		return l
	}
	d, lay, err := r.laidOut(DefaultWording())
	return c.placed(l, d, lay, err)
}

// checks runs every check of Validate but the last, which builds the
// document, and applies the rule set.
func (c Checker) checks(r *Report) finding.List {
	var l finding.List
	l.Extend(r.checkSchemaVersion())
	l.Extend(finding.Fields(r, ""))
	l.Extend(r.checkPeriod())
	l.Extend(r.checkHeader())
	l.Extend(r.checkLevel())
	l.Extend(r.checkClosing())
	l.Extend(r.checkPeriodText())
	texts := r.scanOwnTexts()
	l.Extend(r.checkEventDates(texts))
	l.Extend(r.checkPlausible(texts))
	l.Extend(r.checkFigures())
	l.Extend(r.checkNarratives())
	l.Extend(r.checkLayout())
	l.Extend(r.checkAnnexes())
	l.Extend(r.checkSections())
	custom := r.customContents()
	l.Extend(r.checkCitations(texts.cits, custom, c.Issuers))
	l.Extend(texts.own)
	l.Extend(r.checkCross())
	for _, c := range custom {
		l.Extend(c.section.Validate().PrefixPaths(c.prefix))
		if c.err != nil {
			l.Add(ruleCustomSectionFail.At(c.prefix, fmt.Sprintf("Không dựng được nội dung của mục “%s”: %v.", c.section.Title(), c.err)))
		} else if f, bad := checkCustomLayout(c.placed, c.blocks); bad {
			l.Add(f)
		}
	}
	for _, x := range c.Extra {
		if x.Check != nil {
			l.Extend(x.Check(r))
		}
	}
	return c.Rules.Apply(l.FoldIntoFields())
}

// placed ends Validate with the document built with the default wording
// (d laid out as lay, or err): the checks name what Document and doc.Lay
// refuse; building the document makes sure that a report they pass
// renders, and tells each finding its place in the printed report.
func (c Checker) placed(l finding.List, d *doc.Document, lay *doc.Layout, err error) finding.List {
	if err != nil {
		if !l.HasErrors() {
			l.Extend(c.Rules.Apply(finding.List{layoutFinding(err)}))
		}
		place(l, nil)
		return l
	}
	place(l, headings(d, lay))
	return l
}

func (r *Report) checkPeriod() finding.List {
	var l finding.List
	if err := r.Period.Check(); err != nil {
		var pe *PeriodError
		path, why := "period", err.Error()
		if errors.As(err, &pe) {
			path, why = path+"."+pe.Field, pe.Vietnamese
		}
		l.Add(rulePeriod.At(path, fmt.Sprintf("Kỳ báo cáo không hợp lệ: %s.", why)))
		return l
	}
	_, to, _ := r.Period.Window()
	if !r.Header.Date.IsZero() && !r.Header.Date.After(to) {
		l.Add(rulePeriodDate.At("header.date", fmt.Sprintf("Ngày báo cáo %s không sau ngày chốt số liệu %s của kỳ %s.", vn.CitationDate(r.Header.Date.Time), vn.CitationDate(to), r.Period.Label())).
			WithRelated("period").
			WithValues(finding.Value{Name: "date", Value: r.Header.Date.String()}, finding.Value{Name: "cut_off", Value: to.Format("2006-01-02")}))
	}
	return l
}

var validMarks = map[string][]string{
	"urgency": {"HỎA TỐC", "THƯỢNG KHẨN", "KHẨN"},
	"secrecy": {"MẬT", "TỐI MẬT", "TUYỆT MẬT"},
}

func (r *Report) checkHeader() finding.List {
	var l finding.List
	for field, v := range map[string]string{"urgency": r.Header.Urgency, "secrecy": r.Header.Secrecy} {
		if v == "" {
			continue
		}
		ok := false
		for _, m := range validMarks[field] {
			if strings.EqualFold(vn.NFC(v), m) {
				ok = true
			}
		}
		if !ok {
			l.Add(ruleHeaderMarks.At("header."+field, fmt.Sprintf("Dấu “%s” không hợp lệ: dùng một trong %s.", v, strings.Join(validMarks[field], ", "))).
				WithValues(finding.Value{Name: "value", Value: v}))
		}
	}
	l = l.Sorted()
	num := strings.TrimSpace(r.Header.Number)
	if num == "" {
		return l
	}
	c, err := citation.Parse("Báo cáo số " + num)
	if err != nil || len(c.Groups) < 2 || c.Number == 0 {
		l.Add(ruleHeaderNumber.At("header.number", fmt.Sprintf("Số, ký hiệu “%s” không đúng thể thức: cần dạng số/BC-<cơ quan>, ví dụ 380/BC-STP.", num)).
			WithValues(finding.Value{Name: "number", Value: num}))
		return l
	}
	for _, f := range c.Check(citation.Options{}) {
		if f.Code == citation.CodeKindMismatch {
			continue // told below in the report's own words
		}
		f.Path = "header.number"
		l.Add(f)
	}
	if c.Groups[0] != "BC" {
		l.Add(ruleHeaderKind.At("header.number", fmt.Sprintf("Ký hiệu “%s” có nhóm chữ viết tắt tên loại “%s”, không phải BC của Báo cáo.", num, c.Groups[0])).
			WithValues(finding.Value{Name: "kind", Value: c.Groups[0]}))
	}
	if code := strings.TrimSpace(r.Header.AgencyCode); code != "" && c.Groups[1] != code {
		l.Add(ruleHeaderAgency.At("header.number", fmt.Sprintf("Ký hiệu “%s” ghi cơ quan “%s” nhưng chữ viết tắt của %s là “%s”.", num, c.Groups[1], r.Header.Agency, code)).
			WithRelated("header.agency_code").
			WithValues(finding.Value{Name: "symbol", Value: c.Groups[1]}, finding.Value{Name: "agency_code", Value: code}))
	}
	return l
}

func validFigureName(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

func (r *Report) checkFigures() finding.List {
	var l finding.List
	seen := map[string]int{}
	var quotes map[string]figureQuote
	for i, f := range r.Figures {
		p := finding.Index("figures", i)
		// A figure whose name is wrong is quoted by no placeholder, or
		// its placeholders print the other figure: its change against
		// the prior period is not read until it is renamed.
		if j, dup := seen[f.Name]; dup {
			l.Add(ruleFigureName.At(p+".name", fmt.Sprintf("Tên số liệu “%s” trùng với số liệu thứ %d.", f.Name, j+1)).
				WithRelated(fmt.Sprintf("figures[%d].name", j)))
			continue
		}
		seen[f.Name] = i
		if !validFigureName(f.Name) {
			l.Add(ruleFigureName.At(p+".name", fmt.Sprintf("Tên số liệu “%s” không hợp lệ: chỉ dùng chữ thường không dấu, chữ số, “_” và “.”.", f.Name)))
			continue
		}
		if f.DeclaredDelta == nil {
			continue
		}
		if quotes == nil {
			quotes = r.figureQuotes()
		}
		// The message names the figure as the printed report shows it,
		// not by its name in the data.
		label, quoted := figureLabel(quotes, i, f)
		if f.Prior == nil {
			fd := ruleFigureUnverified.At(p+".declared_delta", fmt.Sprintf("Mức “%s” của %s được in như báo cáo ghi, không kiểm tra được vì thiếu số liệu cùng kỳ.", DeltaPhrase(*f.DeclaredDelta), label)).
				WithValues(finding.Value{Name: "declared", Value: fmt.Sprint(*f.DeclaredDelta)})
			if quoted != "" {
				fd = fd.WithRelated(quoted)
			}
			l.Add(fd)
			continue
		}
		// A change past the int64 range comes only from counts above
		// MaxCount, which the field rules report.
		if delta, err := finding.Diff(f.Count, *f.Prior); err != nil {
			continue
		} else if fd, bad := finding.DeclaredInt(ruleFigureDelta.Subject(p+".declared_delta", "mức tăng, giảm so với cùng kỳ của "+label,
			p+".count", p+".prior"), *f.DeclaredDelta, delta); bad {
			l.Add(fd)
		}
	}
	if i := slices.IndexFunc(l, func(f finding.Finding) bool { return f.Code == CodeFigureName }); i >= 0 {
		if ps := r.unresolved(); len(ps) > 0 {
			l[i] = withPlaceholders(l[i], ps)
		}
	}
	// A count out of the field rules' range is their finding alone.
	if r.Direction != nil && r.Direction.Plan != nil && countable(r.Direction.Plan.TasksDone, r.Direction.Plan.TasksPlanned) {
		p := r.Direction.Plan
		// One finding per mistake: with more tasks done than planned, the
		// stated rate cannot be checked against a share above 100%.
		if fd, bad := finding.AtMost(rulePlanDone.Subject("direction.plan.tasks_done", "số nhiệm vụ đã hoàn thành", "direction.plan.tasks_planned"),
			p.TasksDone, p.TasksPlanned); bad {
			if p.DeclaredRate != "" {
				fd = fd.WithRelated("direction.plan.declared_rate")
			}
			l.Add(fd)
		} else {
			l.Extend(declaredRate(rulePlanRate, "direction.plan.declared_rate", p.DeclaredRate, p.TasksDone, p.TasksPlanned, "tỷ lệ hoàn thành nhiệm vụ"))
		}
	}
	l.Extend(r.checkAutonomy())
	return l
}

// declaredRate checks a stated percentage against num/den with the rules r.
func declaredRate(r finding.RateRule, path, stated string, num, den int64, label string) finding.List {
	if stated == "" {
		return nil
	}
	v, places, err := vn.ParsePercent(stated)
	if err != nil {
		return finding.List{ruleDeclaredUnread.At(path, fmt.Sprintf("Không đọc được %s “%s”: cần dạng phần trăm như 53,4%%.", label, stated)).
			WithValues(finding.Value{Name: "declared", Value: stated})}
	}
	if _, fd, bad := r.CheckRate(path, label, v, places, num, den); bad {
		return finding.List{fd}
	}
	return nil
}

// reformNarratives calls fn for every narrative the report itself owns
// (not the domain sections'), with its JSON path.
func (r *Report) reformNarratives(fn func(path string, n doc.Narrative)) {
	one := func(path string, n *doc.Narrative) {
		if n != nil {
			walkNarrative(path, *n, fn)
		}
	}
	one("basis", r.Basis)
	if d := r.Direction; d != nil {
		if d.Plan != nil {
			one("direction.plan.text", d.Plan.Text)
			one("direction.plan.after", d.Plan.After)
		}
		d.Leadership.narratives("direction.leadership", fn)
		d.Inspection.narratives("direction.inspection", fn)
	}
	if r.Results != nil {
		if in := r.Results.Institutions; in != nil {
			in.Text.narratives("results.institutions.text", fn)
			for i, p := range in.Parts {
				p.narratives(finding.Index("results.institutions.parts", i), fn)
			}
		}
		if f := r.Results.Finance; f != nil {
			f.Text.narratives("results.finance.text", fn)
			for i, p := range f.Parts {
				p.narratives(finding.Index("results.finance.parts", i), fn)
			}
		}
	}
	if a := r.Assessment; a != nil {
		a.Strengths.narratives("assessment.strengths", fn)
		a.Weaknesses.narratives("assessment.weaknesses", fn)
	}
	if d := r.Directions; d != nil {
		d.Text.narratives("directions.text", fn)
		for i, p := range d.Areas {
			p.narratives(finding.Index("directions.areas", i), fn)
		}
	}
	if v := r.Recommendations; v != nil {
		v.Text.narratives("recommendations.text", fn)
	}
	for i, e := range r.Extra {
		e.Part.narratives(finding.Index("extra", i), fn)
	}
	for i, a := range r.Appendices {
		a.Text.narratives(finding.Index("appendices", i)+".text", fn)
	}
	one("closing.conclusion", r.Closing.Conclusion)
}

// reformTexts calls fn for every Text the report itself owns, with its JSON
// path.
func (r *Report) reformTexts(fn func(path string, t Text)) {
	if d := r.Direction; d != nil {
		fn("direction.leadership", d.Leadership)
		fn("direction.inspection", d.Inspection)
	}
	parts := func(path string, text Text, ps []Part, name string) {
		fn(path+".text", text)
		for i, p := range ps {
			p.texts(path+"."+name+"["+strconv.Itoa(i)+"]", fn)
		}
	}
	if r.Results != nil {
		if in := r.Results.Institutions; in != nil {
			parts("results.institutions", in.Text, in.Parts, "parts")
		}
		if f := r.Results.Finance; f != nil {
			parts("results.finance", f.Text, f.Parts, "parts")
		}
	}
	if a := r.Assessment; a != nil {
		fn("assessment.strengths", a.Strengths)
		fn("assessment.weaknesses", a.Weaknesses)
	}
	if d := r.Directions; d != nil {
		parts("directions", d.Text, d.Areas, "areas")
	}
	if v := r.Recommendations; v != nil {
		fn("recommendations.text", v.Text)
	}
	for i, e := range r.Extra {
		e.Part.texts(finding.Index("extra", i), fn)
	}
	for i, a := range r.Appendices {
		fn(finding.Index("appendices", i)+".text", a.Text)
	}
}

// checkNarratives reports the markup and placeholder errors that would stop
// Document, one finding per narrative, and entries that set no or several
// kinds of content.
func (r *Report) checkNarratives() finding.List {
	var l finding.List
	figs := r.figures()
	// A placeholder that names no figure because a figure's name is typed
	// wrong is told by that name's finding (withPlaceholders).
	folded := r.badFigureName()
	r.reformNarratives(func(path string, n doc.Narrative) {
		res, err := figs.resolve(path, n)
		if err != nil {
			var pe *PlaceholderError
			if errors.As(err, &pe) && !folded {
				l.Add(rulePlaceholder.At(pe.Path, fmt.Sprintf("Nội dung dẫn số liệu {%s} nhưng báo cáo không có số liệu nào tên như vậy.", pe.Name)).
					WithValues(finding.Value{Name: "placeholder", Value: pe.Name}))
			}
			return
		}
		res.Items = nil
		if _, err := res.Runs(); err != nil {
			l.Add(section.MarkupFinding(ruleNarrativeMarkup, path, n, err))
		}
	})
	r.reformTexts(func(path string, t Text) {
		for i, e := range t {
			if n := e.Kinds(); n != 1 {
				l.Add(ruleEntry.At(fmt.Sprintf("%s[%d]", path, i), fmt.Sprintf("Mục nội dung thứ %d phải là đúng một trong: đoạn văn (paragraph), danh sách gạch đầu dòng (bullets) hoặc danh sách a), b), c) (letters); mục này có %d loại.", i+1, n)).
					WithValues(finding.Value{Name: "kinds", Value: fmt.Sprint(n)}))
			}
		}
	})
	for i, e := range r.Extra {
		if !validKey(e.After) {
			l.Add(ruleExtraAfter.At(fmt.Sprintf("extra[%d].after", i), fmt.Sprintf("Mục bổ sung “%s” đặt sau “%s”, không có trong đề cương (I, I.1 … I.4, II, II.1 … II.6, III, IV, V).", e.Title, e.After)).
				WithValues(finding.Value{Name: "after", Value: e.After}))
		}
	}
	return l
}

// checkSections runs each section package's checks with its paths put under
// the section's place in the report.
func (r *Report) checkSections() finding.List {
	var l finding.List
	if r.Direction != nil && r.Direction.Communication != nil {
		l.Extend(r.Direction.Communication.Validate().PrefixPaths("direction.communication"))
	}
	if res := r.Results; res != nil {
		if res.Procedures != nil {
			l.Extend(res.Procedures.Validate().PrefixPaths("results.procedures"))
		}
		if res.Personnel != nil {
			l.Extend(res.Personnel.Validate().PrefixPaths("results.personnel"))
		}
		if res.Digital != nil {
			l.Extend(res.Digital.Validate().PrefixPaths("results.digital"))
		}
	}
	return l
}

// checkCitations runs the citation checks across every text of the
// report, the sections' included, with the report's date as the bound:
// own are the citations of the report's own strings (scanOwnTexts), to
// which it adds those of the custom sections.
//
// The sections a department adds in Go (Insert) are scanned too, their
// blocks' texts with paths under custom.<key>, so that a citation written
// wrong there is found as it is in a section of the interchange format,
// and a document cited in both is checked across them. The codes of the
// issuers are looked up in reg with the report's own agency added
// (Checker.Issuers).
func (r *Report) checkCitations(own []citation.Citation, custom []customContent, reg *citation.Issuers) finding.List {
	cits := own
	scan := func(path, s string) { cits = append(cits, citation.ScanAt(path, s)...) }
	for _, c := range custom {
		if c.err == nil {
			scan(c.prefix+".title", c.section.Title())
			blockTexts(c.blocks, c.prefix+".blocks", scan)
		}
	}
	return citation.CheckAll(cits, citation.Options{ReportDate: r.Header.Date.Time, Issuers: r.issuers(reg)})
}

// customContent is a department's section with the blocks it returned.
type customContent struct {
	placed
	prefix string
	blocks []doc.Block
	err    error
}

// customContents asks each section a department added for its blocks, once.
func (r *Report) customContents() []customContent {
	out := make([]customContent, len(r.custom))
	for i, p := range r.custom {
		bs, err := p.section.Blocks()
		out[i] = customContent{placed: p, prefix: "custom." + p.section.Key(), blocks: bs, err: err}
	}
	return out
}

// blockTexts calls fn with the text of every paragraph, list item, table
// cell, section title and footnote of bs, with a path under base (e.g.
// "custom.health.blocks[0].items[1]").
func blockTexts(bs []doc.Block, base string, fn func(path, s string)) {
	runs := func(path string, rs []doc.Run) {
		var b strings.Builder
		n := 0
		for _, r := range rs {
			b.WriteString(r.Text)
			if r.Note != nil {
				runsText(fmt.Sprintf("%s.notes[%d]", path, n), r.Note.Runs, fn)
				n++
			}
		}
		if b.Len() > 0 {
			fn(path, b.String())
		}
	}
	doc.Walk(bs, base, func(path string, b doc.Block) bool {
		switch b := b.(type) {
		case *doc.Section:
			if b != nil {
				fn(path+".title", b.Title)
			}
		case *doc.Paragraph:
			if b != nil {
				runs(path, b.Runs)
			}
		case *doc.List:
			if b != nil {
				for i, it := range b.Items {
					runs(fmt.Sprintf("%s.items[%d]", path, i), it.Runs)
				}
			}
		case *doc.Table:
			if b != nil {
				for i, row := range b.Rows {
					for j, c := range row {
						runs(fmt.Sprintf("%s.rows[%d][%d]", path, i, j), c.Runs)
					}
				}
			}
		}
		return true
	})
}

// runsText calls fn with the text of a footnote's runs.
func runsText(path string, rs []doc.Run, fn func(path, s string)) {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.Text)
	}
	if b.Len() > 0 {
		fn(path, b.String())
	}
}
