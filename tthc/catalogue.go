// Topic: the catalogue of procedures (sub-item c, công khai thủ tục hành
// chính): the procedures under the unit's authority by online service level
// (mức độ 1–4 or toàn trình / một phần), the procedures announced and the
// internal processes approved in the period. Its types, rules and checks,
// roll-up, and sentences.

package tthc

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// Catalogue is the procedures under the unit's authority (thủ tục hành chính
// thuộc thẩm quyền giải quyết) by online service level, with the procedures
// announced and the internal processes approved in the period.
//
// The service levels come in one of two schemes, never both, and one is
// never turned into the other:
//   - Levels: mức độ 1–4 of Nghị định 43/2011/NĐ-CP, the scheme of the
//     reference report (148 = 49 mức độ 2 + 25 mức độ 3 + 74 mức độ 4);
//   - Online: Nghị định 42/2022/NĐ-CP, dịch vụ công trực tuyến toàn trình /
//     một phần / information only (An Giang 2024: 759 + 441 + 724 = 1.924).
//
// Both may be nil when the report gives only announcements or internal
// processes. The number of procedures is derived from the scheme's parts; a
// total the report states goes in Declared.
type Catalogue struct {
	// Levels are the procedures by mức độ (Nghị định 43/2011/NĐ-CP).
	Levels *Levels `json:"levels,omitempty"`
	// Online are the procedures by online-service kind (Nghị định
	// 42/2022/NĐ-CP).
	Online *OnlineServices `json:"online,omitempty"`
	// Announced are the procedures announced in the period (công bố).
	Announced *Announced `json:"announced,omitempty"`
	// InternalProcesses is the number of internal processes for handling
	// procedures approved in the period (quy trình nội bộ được phê duyệt);
	// nil when not given.
	InternalProcesses *int64 `json:"internal_processes,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Declared are the figures the report states.
	Declared DeclaredCatalogue `json:"declared,omitzero"`
}

// Levels are procedures by service level under Nghị định 43/2011/NĐ-CP
// (mức độ 1–4): the type the digital government section counts in too,
// defined once in reform/section.
type Levels = section.Levels

// Level is one service level with its count.
type Level = section.Level

// OnlineServices are procedures by online-service kind under Nghị định
// 42/2022/NĐ-CP.
type OnlineServices struct {
	// Full is the number offered as dịch vụ công trực tuyến toàn trình.
	Full int64 `json:"full" validate:"gte=0,lte=1000000000000"`
	// Partial is the number offered as dịch vụ công trực tuyến một phần.
	Partial int64 `json:"partial" validate:"gte=0,lte=1000000000000"`
	// InformationOnly is the number for which only information is offered
	// online (chỉ cung cấp thông tin).
	InformationOnly int64 `json:"information_only" validate:"gte=0,lte=1000000000000"`
	// EligibleFull is the number eligible to be offered toàn trình (đủ điều
	// kiện cung cấp dịch vụ công trực tuyến toàn trình); nil when not given.
	EligibleFull *int64 `json:"eligible_full,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// Total is the number of procedures: toàn trình + một phần + information
// only. Errors are those of Levels.Total.
func (o OnlineServices) Total() (int64, error) {
	return finding.Sum(o.Full, o.Partial, o.InformationOnly)
}

// Announced are the procedures announced in the period (thủ tục hành chính
// được công bố): new, amended or supplemented, and abolished.
type Announced struct {
	// New is the number newly issued (ban hành mới).
	New int64 `json:"new" validate:"gte=0,lte=1000000000000"`
	// Amended is the number amended or supplemented (sửa đổi, bổ sung).
	Amended int64 `json:"amended" validate:"gte=0,lte=1000000000000"`
	// Abolished is the number abolished (bãi bỏ).
	Abolished int64 `json:"abolished" validate:"gte=0,lte=1000000000000"`
}

// Total is new + amended + abolished. Errors are those of Levels.Total.
func (a Announced) Total() (int64, error) { return finding.Sum(a.New, a.Amended, a.Abolished) }

// DeclaredCatalogue are the catalogue figures the report states. Counts are
// nil and rates empty when not stated; rates are the text as written
// ("39,45%").
type DeclaredCatalogue struct {
	// Total is the stated number of procedures ("Tổng số thủ tục là 148").
	Total *int64 `json:"total,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// FullRate is the stated share of toàn trình procedures.
	FullRate string `json:"full_rate,omitempty"`
	// PartialRate is the stated share of một phần procedures.
	PartialRate string `json:"partial_rate,omitempty"`
	// InformationOnlyRate is the stated share of information-only
	// procedures.
	InformationOnlyRate string `json:"information_only_rate,omitempty"`
	// Announced is the stated number of procedures announced.
	Announced *int64 `json:"announced,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// Total returns the number of procedures and whether a scheme gives it: ok
// is false when the catalogue gives no scheme or both, and when the sum
// leaves the int64 range (counts above MaxCount, which Validate reports).
func (c *Catalogue) Total() (int64, bool) {
	var (
		n   int64
		err error
	)
	switch {
	case c.Levels != nil && c.Online == nil:
		n, err = c.Levels.Total()
	case c.Online != nil && c.Levels == nil:
		n, err = c.Online.Total()
	default:
		return 0, false
	}
	return n, err == nil
}

// The codes of the findings about the catalogue (mã kiểm tra). Rules
// documents each one with its default severity and its source.
const (
	// CodeCatalogueScheme: a catalogue gives both schemes of service levels,
	// or declared figures without any breakdown.
	CodeCatalogueScheme finding.Code = "tthc.catalogue.scheme"
	// CodeCatalogueTotal: the declared number of procedures differs from the
	// sum of the levels.
	CodeCatalogueTotal finding.Code = "tthc.catalogue.total"
	// CodeCatalogueEligible: more toàn trình procedures than procedures
	// eligible for toàn trình.
	CodeCatalogueEligible finding.Code = "tthc.catalogue.eligible"
	// CodeCatalogueEligibleTotal: more eligible procedures than procedures.
	CodeCatalogueEligibleTotal finding.Code = "tthc.catalogue.eligible.total"
	// CodeCatalogueRate: a declared share of a service level differs from
	// the computed one.
	CodeCatalogueRate finding.Code = "tthc.catalogue.rate"
	// CodeCatalogueAnnounced: the declared number of procedures announced
	// differs from new + amended + abolished.
	CodeCatalogueAnnounced finding.Code = "tthc.catalogue.announced"
)

// The rules of the catalogue checks, one per code (quy tắc kiểm tra): built
// once, never changed. The checks make their findings from them, and Rules
// lists them.
var (
	ruleCatalogueScheme = finding.Rule{Code: CodeCatalogueScheme, Severity: finding.Error,
		Summary: "Danh mục thủ tục hành chính ghi cả hai cách phân loại mức độ, hoặc ghi tổng số, tỷ lệ mà không có số chi tiết để đối chiếu.",
		Doc: "A catalogue gives procedures either by the mức độ 1–4 of Nghị định 43/2011/NĐ-CP or by the online-service kinds of " +
			"Nghị định 42/2022/NĐ-CP (toàn trình, một phần, information only), never both: one scheme is never coerced into the " +
			"other. Declared totals or rates need one of the two breakdowns to be checked against."}
	ruleCatalogueTotal = finding.Rule{Code: CodeCatalogueTotal, Severity: finding.Error,
		Summary: "Tổng số thủ tục hành chính ghi trong báo cáo khác tổng số thủ tục theo mức độ.",
		Doc:     "catalogue.declared.total = the sum of the levels (mức độ 1–4) or of toàn trình + một phần + information only."}
	ruleCatalogueEligible = finding.Rule{Code: CodeCatalogueEligible, Severity: finding.Error,
		Summary: "Số thủ tục cung cấp dịch vụ công trực tuyến toàn trình vượt quá số thủ tục đủ điều kiện.",
		Doc:     "toàn trình ≤ procedures eligible for toàn trình (Nghị định 42/2022/NĐ-CP)."}
	ruleCatalogueEligibleTotal = finding.Rule{Code: CodeCatalogueEligibleTotal, Severity: finding.Error,
		Summary: "Số thủ tục đủ điều kiện cung cấp toàn trình vượt quá tổng số thủ tục.",
		Doc:     "procedures eligible for toàn trình ≤ procedures in the catalogue."}
	ruleCatalogueRate = finding.RateRule{
		Mismatch: finding.Rule{Code: CodeCatalogueRate, Severity: finding.Error,
			Summary: "Tỷ lệ thủ tục theo mức độ ghi trong báo cáo khác tỷ lệ tính từ số thủ tục.",
			Doc:     "A declared share (e.g. toàn trình 39,45%) is compared with count / total at the stated precision, rounded half-up."},
		Truncated: finding.Rule{Code: finding.TruncatedCode(CodeCatalogueRate), Severity: finding.Warning,
			Summary: "Tỷ lệ thủ tục theo mức độ ghi trong báo cáo bị cắt bớt chữ số thay vì làm tròn.",
			Doc:     "The declared share equals the computed share cut off, not rounded, at the stated precision."},
	}
	ruleCatalogueAnnounced = finding.Rule{Code: CodeCatalogueAnnounced, Severity: finding.Error,
		Summary: "Tổng số thủ tục hành chính được công bố khác tổng số ban hành mới, sửa đổi, bổ sung và bãi bỏ.",
		Doc:     "Procedures announced in the period = new + amended + abolished (e.g. An Giang H1/2025: 844 + 473 + 102 = 1.419)."}
)

// check checks the catalogue; path is the JSON path of c.
func (c *Catalogue) check(path string, l *finding.List) {
	c.checkScheme(path, l)
	c.checkTotal(path, l)
	if c.Online != nil {
		c.checkOnline(path, l)
	}
	if c.Declared.Announced != nil {
		c.checkAnnounced(path, l)
	}
}

// addScheme adds a finding of the catalogue's scheme.
func addScheme(l *finding.List, at, msg string, related ...string) {
	l.Add(ruleCatalogueScheme.At(at, msg).WithRelated(related...))
}

// checkScheme reports a catalogue that gives both schemes, and declared
// figures that no breakdown can be checked against.
func (c *Catalogue) checkScheme(path string, l *finding.List) {
	p := func(name string) string { return finding.Join(path, name) }
	switch {
	case c.Levels != nil && c.Online != nil:
		addScheme(l, path, "Danh mục thủ tục hành chính ghi cả số thủ tục theo mức độ 1–4 (Nghị định 43/2011/NĐ-CP) và theo dịch vụ công "+
			"trực tuyến toàn trình, một phần (Nghị định 42/2022/NĐ-CP); mỗi danh mục chỉ dùng một cách phân loại.",
			p("levels"), p("online"))
	case c.Levels == nil && c.Online == nil && c.Declared.Total != nil:
		addScheme(l, finding.Join(path, "declared", "total"), "Tổng số thủ tục hành chính được ghi nhưng không có số thủ tục theo mức độ hoặc theo dịch vụ công trực tuyến để đối chiếu.")
	}
	if c.Online == nil {
		c.checkRatesWithoutOnline(path, l)
	}
}

// checkRatesWithoutOnline reports declared shares of a catalogue that does
// not count procedures by online-service kind.
func (c *Catalogue) checkRatesWithoutOnline(path string, l *finding.List) {
	for _, r := range []struct{ name, stated string }{
		{"full_rate", c.Declared.FullRate}, {"partial_rate", c.Declared.PartialRate},
		{"information_only_rate", c.Declared.InformationOnlyRate},
	} {
		if r.stated != "" {
			addScheme(l, finding.Join(path, "declared", r.name), fmt.Sprintf("Tỷ lệ %s được ghi nhưng danh mục không có số thủ tục theo dịch vụ công trực tuyến "+
				"toàn trình, một phần (Nghị định 42/2022/NĐ-CP) để đối chiếu.", r.stated), finding.Join(path, "online"))
		}
	}
}

// checkTotal compares the declared number of procedures with the sum of the
// scheme's parts.
func (c *Catalogue) checkTotal(path string, l *finding.List) {
	total, ok := c.Total()
	if !ok {
		return
	}
	related := []string{finding.Join(path, "levels")}
	if c.Online != nil {
		related = []string{finding.Join(path, "online")}
	}
	checkDeclared(l, ruleCatalogueTotal.Subject(finding.Join(path, "declared", "total"), "tổng số thủ tục hành chính", related...),
		c.Declared.Total, total, nil)
}

// checkOnline checks the procedures by online-service kind: toàn trình ≤
// eligible ≤ procedures, and the declared shares. A total past the int64
// range comes only from counts above MaxCount, which the field rules report:
// its checks are left out.
func (c *Catalogue) checkOnline(path string, l *finding.List) {
	o := c.Online
	total, err := o.Total()
	if err != nil {
		return
	}
	if o.EligibleFull != nil {
		o.checkEligible(finding.Join(path, "online"), total, l)
	}
	dp := func(name string) string { return finding.Join(path, "declared", name) }
	op := func(name string) string { return finding.Join(path, "online", name) }
	checkRate(l, ruleCatalogueRate, dp("full_rate"), c.Declared.FullRate,
		"tỷ lệ thủ tục cung cấp toàn trình", o.Full, total, op("full"))
	checkRate(l, ruleCatalogueRate, dp("partial_rate"), c.Declared.PartialRate,
		"tỷ lệ thủ tục cung cấp một phần", o.Partial, total, op("partial"))
	checkRate(l, ruleCatalogueRate, dp("information_only_rate"), c.Declared.InformationOnlyRate,
		"tỷ lệ thủ tục chỉ cung cấp thông tin", o.InformationOnly, total, op("information_only"))
}

// checkEligible checks toàn trình ≤ eligible ≤ total; path is the JSON path
// of o.
func (o *OnlineServices) checkEligible(path string, total int64, l *finding.List) {
	op := func(name string) string { return finding.Join(path, name) }
	if f, ok := finding.AtMost(ruleCatalogueEligible.Subject(op("full"),
		"số thủ tục cung cấp dịch vụ công trực tuyến toàn trình", op("eligible_full")),
		o.Full, *o.EligibleFull); ok {
		l.Add(f)
	}
	if f, ok := finding.AtMost(ruleCatalogueEligibleTotal.Subject(op("eligible_full"),
		"số thủ tục đủ điều kiện cung cấp toàn trình", op("full"), op("partial"), op("information_only")),
		*o.EligibleFull, total); ok {
		l.Add(f)
	}
}

// checkAnnounced compares the declared number of procedures announced with
// new + amended + abolished.
func (c *Catalogue) checkAnnounced(path string, l *finding.List) {
	dp := finding.Join(path, "declared", "announced")
	if c.Announced == nil {
		addScheme(l, dp, vn.NFC("Số thủ tục hành chính được công bố được ghi nhưng không có số thủ tục ban hành mới, "+
			"sửa đổi, bổ sung và bãi bỏ để đối chiếu."))
		return
	}
	announced, err := c.Announced.Total()
	ap := func(name string) string { return finding.Join(path, "announced", name) }
	checkDeclared(l, ruleCatalogueAnnounced.Subject(dp,
		"tổng số thủ tục hành chính được công bố", ap("new"), ap("amended"), ap("abolished")),
		c.Declared.Announced, announced, err)
}

// addCatalogue adds two units' catalogues (see Section.Add).
func addCatalogue(x, y *Catalogue) (*Catalogue, error) {
	if !both(x, y) {
		return nil, nil
	}
	if (x.Levels != nil && y.Online != nil) || (x.Online != nil && y.Levels != nil) {
		return nil, fmt.Errorf("tthc: add: catalogue: one unit counts procedures by mức độ (Nghị định 43/2011/NĐ-CP), " +
			"the other by toàn trình / một phần (Nghị định 42/2022/NĐ-CP); the schemes do not mix")
	}
	a := section.NewAdder("tthc")
	out := &Catalogue{InternalProcesses: a.Optional("catalogue.internal_processes", x.InternalProcesses, y.InternalProcesses)}
	var err error
	if out.Levels, err = addLevels(a, x.Levels, y.Levels); err != nil {
		return nil, err
	}
	if out.Online, err = addOnline(a, x.Online, y.Online); err != nil {
		return nil, err
	}
	if out.Announced, err = addAnnounced(a, x.Announced, y.Announced); err != nil {
		return nil, err
	}
	if err := a.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// addLevels adds the levels of mức độ; a level left out on both sides stays
// out, on one side counts as none.
func addLevels(a *section.Adder, x, y *Levels) (*Levels, error) {
	if !both(x, y) {
		return nil, nil
	}
	sum := x.Add(a, "catalogue.levels", *y)
	return &sum, nil
}

// addOnline adds the procedures by online-service kind.
func addOnline(a *section.Adder, x, y *OnlineServices) (*OnlineServices, error) {
	if !both(x, y) {
		return nil, nil
	}
	return &OnlineServices{
		Full:            a.Add("catalogue.online.full", x.Full, y.Full),
		Partial:         a.Add("catalogue.online.partial", x.Partial, y.Partial),
		InformationOnly: a.Add("catalogue.online.information_only", x.InformationOnly, y.InformationOnly),
		EligibleFull:    a.Optional("catalogue.online.eligible_full", x.EligibleFull, y.EligibleFull),
	}, nil
}

// addAnnounced adds the procedures announced.
func addAnnounced(a *section.Adder, x, y *Announced) (*Announced, error) {
	if !both(x, y) {
		return nil, nil
	}
	return &Announced{
		New:       a.Add("catalogue.announced.new", x.New, y.New),
		Amended:   a.Add("catalogue.announced.amended", x.Amended, y.Amended),
		Abolished: a.Add("catalogue.announced.abolished", x.Abolished, y.Abolished),
	}, nil
}

// zeroCatalogue returns a catalogue with the same parts as c, every count
// zero; nil for nil.
func zeroCatalogue(c *Catalogue) *Catalogue {
	if c == nil {
		return nil
	}
	z := &Catalogue{InternalProcesses: zero(c.InternalProcesses)}
	if c.Levels != nil {
		z.Levels = &Levels{}
	}
	if c.Online != nil {
		z.Online = &OnlineServices{EligibleFull: zero(c.Online.EligibleFull)}
	}
	if c.Announced != nil {
		z.Announced = &Announced{}
	}
	return z
}

// CatalogueFigures are the formatted catalogue figures for the catalogue,
// announcement and internal-process sentences. Counts are section.Figure values: a figure
// that is not given has Given false (and writes nothing); {{if
// .Announced.Value}} tests for a zero. Rates are strings, empty when not
// given.
type CatalogueFigures struct {
	Names
	// Total is the number of procedures: "148".
	Total section.Figure
	// Levels are the mức độ levels given, in order (old scheme only).
	Levels []LevelFigure
	// Full, Partial and InformationOnly are the toàn trình, một phần and
	// information-only counts (new scheme only).
	Full, Partial, InformationOnly section.Figure
	// FullRate, PartialRate and InformationOnlyRate are their shares of
	// Total: "39,5%".
	FullRate, PartialRate, InformationOnlyRate string
	// EligibleFull is the number eligible for toàn trình.
	EligibleFull section.Figure
	// Announced is the number announced; New, Amended and Abolished its
	// parts.
	Announced, New, Amended, Abolished section.Figure
	// InternalProcesses is the number of internal processes approved.
	InternalProcesses section.Figure
}

// LevelFigure is one mức độ with its formatted count.
type LevelFigure struct {
	// Level is the level number: "2".
	Level string
	// Count is the count: "49".
	Count section.Figure
}

// CatalogueSentence returns the sentence of the procedures under the unit's
// authority by service level (sub-item c), e.g. "Số lượng thủ tục hành chính
// thuộc thẩm quyền giải quyết của Sở Tư pháp: Tổng số thủ tục là 148; …".
// It returns ErrNoFigures when the catalogue gives no service levels.
func (s *Section) CatalogueSentence(w Wording) (string, error) {
	if s == nil || s.Catalogue == nil || (s.Catalogue.Levels == nil && s.Catalogue.Online == nil) {
		return "", ErrNoFigures
	}
	wr, err := w.writer()
	if err != nil {
		return "", err
	}
	ss := catalogueSentences(wr, s.Catalogue, w.Numbers, s.names())
	if err := wr.Err(); err != nil {
		return "", err
	}
	return strings.Join(ss, " "), nil
}

// publicityBlocks is sub-item c: narrative, announcements, internal
// processes, catalogue.
func (s *Section) publicityBlocks(wr *section.Writer, f vn.Format, n Names) []doc.Block {
	out := textBlocks(wr, s.Publicity, "publicity")
	c := s.Catalogue
	if c == nil {
		return out
	}
	figs, err := catalogueFigures(c, n, f)
	wr.Fail(err)
	if c.Announced != nil {
		out = appendSentence(wr, out, "Announced", figs)
	}
	if c.InternalProcesses != nil {
		out = appendSentence(wr, out, "InternalProcesses", figs)
	}
	for _, t := range catalogueSentences(wr, c, f, n) {
		out = append(out, doc.P(doc.Plain(t)))
	}
	return out
}

// catalogueSentences are the sentences of the schemes the catalogue gives:
// one, or two when it wrongly gives both (the text shows what was given). A
// sentence that writes nothing is left out.
func catalogueSentences(wr *section.Writer, c *Catalogue, f vn.Format, n Names) []string {
	var out []string
	scheme := func(field string, c *Catalogue) {
		figs, err := catalogueFigures(c, n, f)
		wr.Fail(err)
		if t := wr.Text(field, figs); t != "" {
			out = append(out, t)
		}
	}
	if c.Levels != nil {
		scheme("CatalogueLevels", &Catalogue{Levels: c.Levels})
	}
	if c.Online != nil {
		scheme("CatalogueOnline", &Catalogue{Online: c.Online})
	}
	return out
}

// catalogueFigures formats the figures of the catalogue's sentences.
func catalogueFigures(c *Catalogue, n Names, f vn.Format) (CatalogueFigures, error) {
	out := CatalogueFigures{Names: n, InternalProcesses: section.Optional(f, c.InternalProcesses)}
	if c.Levels != nil {
		if err := out.setLevels(c.Levels, f); err != nil {
			return out, err
		}
	}
	if c.Online != nil {
		if err := out.setOnline(c.Online, f); err != nil {
			return out, err
		}
	}
	if c.Announced != nil {
		if err := out.setAnnounced(c.Announced, f); err != nil {
			return out, err
		}
	}
	return out, nil
}

// setLevels formats the total and the levels of mức độ.
func (out *CatalogueFigures) setLevels(l *Levels, f vn.Format) error {
	total, err := l.Total()
	if err != nil {
		return sumError("catalogue.levels", err)
	}
	out.Total = section.Count(f, total)
	for _, g := range l.Given() {
		out.Levels = append(out.Levels, LevelFigure{Level: strconv.Itoa(g.Level), Count: section.Count(f, g.Count)})
	}
	return nil
}

// setOnline formats the total, the online-service kinds and their shares.
func (out *CatalogueFigures) setOnline(o *OnlineServices, f vn.Format) error {
	total, err := o.Total()
	if err != nil {
		return sumError("catalogue.online", err)
	}
	out.Total = section.Count(f, total)
	out.Full, out.Partial, out.InformationOnly = section.Count(f, o.Full), section.Count(f, o.Partial), section.Count(f, o.InformationOnly)
	out.FullRate, out.PartialRate = percent(f, o.Full, total), percent(f, o.Partial, total)
	out.InformationOnlyRate = percent(f, o.InformationOnly, total)
	out.EligibleFull = section.Optional(f, o.EligibleFull)
	return nil
}

// setAnnounced formats the procedures announced and their parts.
func (out *CatalogueFigures) setAnnounced(a *Announced, f vn.Format) error {
	total, err := a.Total()
	if err != nil {
		return sumError("catalogue.announced", err)
	}
	out.Announced = section.Count(f, total)
	out.New, out.Amended, out.Abolished = section.Count(f, a.New), section.Count(f, a.Amended), section.Count(f, a.Abolished)
	return nil
}

// catalogueRules are the rules of the catalogue of procedures, in the
// order Rules lists them.
func catalogueRules() finding.Catalogue {
	return finding.Catalogue{
		ruleCatalogueScheme,
		ruleCatalogueTotal,
		ruleCatalogueEligible,
		ruleCatalogueEligibleTotal,
		ruleCatalogueRate.Mismatch,
		ruleCatalogueRate.Truncated,
		ruleCatalogueAnnounced,
	}
}
