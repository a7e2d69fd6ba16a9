package digital

// Topic: the administrative procedures the agency resolves, by online
// service level (số lượng thủ tục hành chính theo mức độ dịch vụ công trực
// tuyến), in one of two schemes never coerced into each other: mức độ 1–4
// of Nghị định 43/2011/NĐ-CP (Levels) or toàn trình / một phần / chỉ cung
// cấp thông tin of Nghị định 42/2022/NĐ-CP (Online). The total is derived
// from the levels; a stated total is compared with it. Printed as the
// procedures item.

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// Services are the administrative procedures the agency resolves, by online
// service level (số lượng thủ tục hành chính theo mức độ dịch vụ công trực
// tuyến). A report uses one scheme: Levels or Online, not both.
type Services struct {
	// Levels are the counts in the scheme of Nghị định 43/2011/NĐ-CP
	// (mức độ 1–4).
	Levels *Levels `json:"levels,omitempty"`
	// Online are the counts in the scheme of Nghị định 42/2022/NĐ-CP
	// (toàn trình, một phần, chỉ cung cấp thông tin).
	Online *Online `json:"online,omitempty"`
	// Declared are the figures the report states besides the counts.
	Declared DeclaredServices `json:"declared,omitzero"`
}

// Levels are procedure counts by service level under Nghị định
// 43/2011/NĐ-CP (mức độ 1–4): the type the procedures section counts in
// too, defined once in reform/section.
type Levels = section.Levels

// Online are procedure counts under Nghị định 42/2022/NĐ-CP. A kind the
// report does not mention is nil.
type Online struct {
	// Full is dịch vụ công trực tuyến toàn trình.
	Full *int64 `json:"full,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Partial is dịch vụ công trực tuyến một phần.
	Partial *int64 `json:"partial,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Information is procedures offered as information only (chỉ cung cấp
	// thông tin).
	Information *int64 `json:"information_only,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// DeclaredServices are the figures a report states about the procedures
// besides the counts by level.
type DeclaredServices struct {
	// Total is the stated number of procedures (tổng số thủ tục), compared
	// with the sum of the levels.
	Total *int64 `json:"total,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// Total returns the number of procedures: the sum of the levels given in the
// scheme the services use, and whether there is one (false when no level is
// given, or when both schemes are, which Validate reports). It is false too
// when the sum leaves the int64 range (counts above finding.MaxCount, which
// Validate reports): a total is exact or not given, never wrapped.
func (s *Services) Total() (int64, bool) {
	sum, ok, err := s.total()
	return sum, ok && err == nil
}

// total is Total with the overflow told apart: ok says whether a scheme
// gives the total, err whether its sum fits in an int64.
func (s *Services) total() (int64, bool, error) {
	parts, ok := s.parts()
	if !ok || len(parts) == 0 {
		return 0, false, nil
	}
	values := make([]int64, len(parts))
	for i, p := range parts {
		values[i] = p.value
	}
	sum, err := finding.Sum(values...)
	return sum, true, err
}

// servicePart is one level of a scheme as the checks and the text see it.
type servicePart struct {
	path  string // JSON path under services: "levels.level_2", "online.full"
	key   string // JSON name: "level_2", "full"
	label string // Vietnamese label: "mức độ 2"
	value int64
}

// parts returns the levels given, in order, and false when both schemes are
// given.
func (s *Services) parts() ([]servicePart, bool) {
	if s == nil {
		return nil, true
	}
	if s.Levels != nil && s.Online != nil {
		return nil, false
	}
	var out []servicePart
	add := func(scheme, key, label string, v *int64) {
		if v != nil {
			out = append(out, servicePart{scheme + "." + key, key, label, *v})
		}
	}
	if l := s.Levels; l != nil {
		add("levels", "level_1", "mức độ 1", l.Level1)
		add("levels", "level_2", "mức độ 2", l.Level2)
		add("levels", "level_3", "mức độ 3", l.Level3)
		add("levels", "level_4", "mức độ 4", l.Level4)
	}
	if o := s.Online; o != nil {
		add("online", "full", "dịch vụ công trực tuyến toàn trình", o.Full)
		add("online", "partial", "dịch vụ công trực tuyến một phần", o.Partial)
		add("online", "information_only", "chỉ cung cấp thông tin", o.Information)
	}
	return out, true
}

// The codes of the procedures' checks; Rules documents each one.
const (
	// CodeServicesScheme: procedures given in both online-level schemes.
	CodeServicesScheme finding.Code = "digital.services.scheme"
	// CodeServicesTotal: the stated number of procedures differs from the sum
	// of the levels.
	CodeServicesTotal finding.Code = "digital.services.total"
)

// The rules of the procedures' checks (see Rules): built once, never
// changed.
var (
	ruleServicesScheme = finding.Rule{Code: CodeServicesScheme, Severity: finding.Error,
		Summary: "Thủ tục hành chính được ghi theo cả hai cách phân loại mức độ dịch vụ công trực tuyến.",
		Doc: "services.levels (Nghị định 43/2011/NĐ-CP, mức độ 1–4) and services.online (Nghị định 42/2022/NĐ-CP, toàn trình / " +
			"một phần) are both given; a catalogue uses one scheme and one is never coerced into the other. No total is derived."}
	ruleServicesTotal = finding.Rule{Code: CodeServicesTotal, Severity: finding.Error,
		Summary: "Tổng số thủ tục hành chính ghi trong báo cáo khác tổng các mức độ.",
		Doc:     "services.declared.total = sum of the levels given in the scheme used (finding.SumEquals)."}
)

// check checks the procedures: one scheme only, and a stated total equal to
// the sum of the levels.
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
	if total := s.Declared.Total; total != nil {
		checkServicesTotal(out, *total, parts)
	}
}

// checkServicesTotal compares the stated total with the sum of parts, or
// reports it underived when no level is given.
func checkServicesTotal(out *finding.List, total int64, parts []servicePart) {
	const path = "services.declared.total"
	if len(parts) == 0 {
		out.Add(underived(path, nil, strconv.FormatInt(total, 10),
			fmt.Sprintf("Tổng số thủ tục hành chính ghi %s nhưng không có số thủ tục theo từng mức độ để tính lại; "+
				"tổng số này không được đưa vào văn bản.", vn.Int(total))))
		return
	}
	terms := make([]finding.Part, len(parts))
	for i, p := range parts {
		terms[i] = finding.Part{Label: p.label, Path: "services." + p.path, Value: p.value}
	}
	if f, bad := finding.SumEquals(ruleServicesTotal.Subject(path, "tổng số thủ tục hành chính"), total, terms...); bad {
		out.Add(f)
	}
}

// ErrScheme is returned (wrapped) when Add or Sum meets procedures counted
// in the two online-level schemes, or one unit with both: they are never
// coerced into one another.
var ErrScheme = errors.New("procedures counted in both online-level schemes (Nghị định 43/2011/NĐ-CP and 42/2022/NĐ-CP)")

// checkSchemes returns ErrScheme when a or b counts procedures in both
// online-level schemes, or when the two count them in different ones.
func checkSchemes(a, b *Services) error {
	for _, s := range []*Services{a, b} {
		if s != nil && s.Levels != nil && s.Online != nil {
			return ErrScheme
		}
	}
	if a != nil && b != nil && ((a.Levels != nil && b.Online != nil) || (a.Online != nil && b.Levels != nil)) {
		return ErrScheme
	}
	return nil
}

// addServices adds the procedures of one scheme (checkSchemes has passed):
// each level only when both sides give it.
func addServices(ad *section.Adder, a, b *Services) *Services {
	if a == nil || b == nil {
		return nil
	}
	out := &Services{Levels: addLevels(ad, a.Levels, b.Levels), Online: addOnline(ad, a.Online, b.Online)}
	if out.Levels == nil && out.Online == nil {
		return nil
	}
	return out
}

// addLevels adds the levels of Nghị định 43/2011/NĐ-CP when both sides give
// them, by the one rule of section.Levels.Add.
func addLevels(ad *section.Adder, x, y *Levels) *Levels {
	if x == nil || y == nil {
		return nil
	}
	sum := x.Add(ad, "services.levels", *y)
	return &sum
}

// addOnline adds the kinds of Nghị định 42/2022/NĐ-CP when both sides give
// them.
func addOnline(ad *section.Adder, x, y *Online) *Online {
	if x == nil || y == nil {
		return nil
	}
	return &Online{
		Full:        ad.Optional("services.online.full", x.Full, y.Full),
		Partial:     ad.Optional("services.online.partial", x.Partial, y.Partial),
		Information: ad.Optional("services.online.information_only", x.Information, y.Information),
	}
}

// stripServices copies the procedures without their declared total.
func stripServices(x *Services) *Services {
	if x == nil {
		return nil
	}
	out := &Services{}
	if l := x.Levels; l != nil {
		c := l.Clone()
		out.Levels = &c
	}
	if o := x.Online; o != nil {
		out.Online = &Online{clonePtr(o.Full), clonePtr(o.Partial), clonePtr(o.Information)}
	}
	return out
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

// servicesText is the procedures sentence (Wording.Services); empty when
// servicesData has nothing to print.
func (w *writer) servicesText(agency string, s *Services) string {
	data, ok := w.servicesData(agency, s)
	if !ok {
		return ""
	}
	return w.line("Services", data)
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

// serviceRules are the rules of the online public services.
func serviceRules() finding.Catalogue {
	return finding.Catalogue{ruleServicesScheme, ruleServicesTotal}
}
