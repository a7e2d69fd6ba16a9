package citation

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// Issuer is a body that issues documents (cơ quan ban hành) with the code
// its documents carry in their số, ký hiệu: "CP" for the Chính phủ in
// 63/2010/NĐ-CP, "UBND" in 1247/KH-UBND, "TW" in 18-NQ/TW.
type Issuer struct {
	// Code is the abbreviation as a số, ký hiệu writes it, case and Đ
	// included: "TTg", "BTP", "UBND", "STP", "BDVTU".
	Code string
	// Name is the body's name in sentence case: "Thủ tướng Chính phủ",
	// "Bộ Tư pháp", "Ủy ban nhân dân".
	Name string
	// Party reports whether the body is one of the Communist Party's, whose
	// documents are numbered n-KIND/CODE (18-NQ/TW, Hướng dẫn số
	// 36-HD/VPTW); a state body numbers its own n/KIND-CODE (Nghị định
	// 30/2020/NĐ-CP).
	Party bool
}

// Issuers is a registry of issuing bodies by their code (danh mục cơ quan
// ban hành): what the checks look the codes of a số, ký hiệu up in.
// DefaultIssuers holds the bodies every report cites; a province adds its
// own (the codes of its Sở, Ban, Phòng) with With.
//
// A registry is never changed once made: With returns a new registry and
// leaves the one it extends as it was, so one registry may be shared by any
// number of checks and goroutines. The nil *Issuers is an empty registry.
type Issuers struct {
	list   []Issuer
	byCode map[string]int // index into list
}

// NewIssuers returns a registry of the given bodies. A code given twice
// keeps the later body.
func NewIssuers(list ...Issuer) *Issuers {
	return (*Issuers)(nil).With(list...)
}

// With returns a new registry with the bodies of r and the given ones; a
// code r already has takes the body given (a province may rename one). r
// is left as it was.
func (r *Issuers) With(more ...Issuer) *Issuers {
	out := &Issuers{byCode: make(map[string]int, r.Len()+len(more))}
	add := func(is Issuer) {
		is.Code = strings.TrimSpace(is.Code)
		if is.Code == "" {
			return
		}
		if i, ok := out.byCode[is.Code]; ok {
			out.list[i] = is
			return
		}
		out.byCode[is.Code] = len(out.list)
		out.list = append(out.list, is)
	}
	if r != nil {
		for _, is := range r.list {
			add(is)
		}
	}
	for _, is := range more {
		add(is)
	}
	return out
}

// Len returns the number of bodies in the registry.
func (r *Issuers) Len() int {
	if r == nil {
		return 0
	}
	return len(r.list)
}

// List returns the bodies of the registry in the order they were added; the
// slice is a copy.
func (r *Issuers) List() []Issuer {
	if r == nil {
		return nil
	}
	return slices.Clone(r.list)
}

// Lookup returns the body whose code is code, exactly as written ("TTg",
// not "TTG"), and whether the registry knows it. The codes of the Quốc hội
// and its Standing Committee carry their term (QH15, UBTVQH15), and a
// steering committee may carry its number (BCĐ389): a code of known
// letters followed by digits is the body of those letters.
func (r *Issuers) Lookup(code string) (Issuer, bool) {
	if r == nil || code == "" {
		return Issuer{}, false
	}
	if i, ok := r.byCode[code]; ok {
		return r.list[i], true
	}
	if isAssemblyCode(code) {
		body := "Quốc hội"
		if strings.HasPrefix(code, "UBTV") {
			body = "Ủy ban Thường vụ Quốc hội"
		}
		return Issuer{Code: code, Name: body + " khóa " + strings.TrimLeft(code, "UBTVQH")}, true
	}
	base := strings.TrimRightFunc(code, func(r rune) bool { return isDigit(r) })
	if base != code && base != "" {
		if i, ok := r.byCode[base]; ok {
			is := r.list[i]
			is.Code = code
			return is, true
		}
	}
	return Issuer{}, false
}

// near returns the body whose code is code with a slip: written in another
// case or with D for Đ ("Ttg", "BTp"), or one letter off, one letter more
// or less, or two letters swapped ("BPT" for BTP). Codes of fewer than three
// letters are only matched by case, too many of them lie one letter apart.
func (r *Issuers) near(code string) (Issuer, bool) {
	if r == nil {
		return Issuer{}, false
	}
	f := fold(code)
	for _, is := range r.list {
		if fold(is.Code) == f {
			return is, true
		}
	}
	if utf8.RuneCountInString(f) < 3 {
		return Issuer{}, false
	}
	for _, is := range r.list {
		g := fold(is.Code)
		if utf8.RuneCountInString(g) >= 3 && oneEditApart([]rune(f), []rune(g)) {
			return is, true
		}
	}
	return Issuer{}, false
}

// oneEditApart reports whether a and b differ by one substituted, inserted
// or deleted rune, or by two adjacent runes swapped.
func oneEditApart(a, b []rune) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	switch len(a) - len(b) {
	case 0:
		var diff []int
		for i := range a {
			if a[i] != b[i] {
				diff = append(diff, i)
				if len(diff) > 2 {
					return false
				}
			}
		}
		switch len(diff) {
		case 1:
			return true
		case 2:
			i, j := diff[0], diff[1]
			return j == i+1 && a[i] == b[j] && a[j] == b[i]
		}
		return false
	case 1:
		i := 0
		for i < len(b) && a[i] == b[i] {
			i++
		}
		return slices.Equal(a[i+1:], b[i:])
	}
	return false
}

// defaultIssuers is the registry DefaultIssuers returns: built once, when
// the package is initialised, and never changed (With copies).
var defaultIssuers = NewIssuers(defaultIssuerList()...)

// DefaultIssuers returns the registry of the bodies every report cites: the
// Quốc hội and its Standing Committee (their codes carry the term, QH15),
// the State President, the Government (CP) and the Prime Minister (TTg),
// the ministries and ministerial agencies with their codes (BTP, BNV, VPCP,
// NHNN, TTCP, UBDT …, those of 2025 included: BNNMT, BDTTG), the supreme
// court, procuracy and audit office; the bodies of every province and
// district: Ủy ban nhân dân (UBND), Hội đồng nhân dân (HĐND), their offices,
// steering committees (BCĐ) and emulation councils, and the Sở every
// province has (SNV, STP, STC, SYT, SGDĐT …); and the Party's bodies in
// their own form: the Central Committee (TW), provincial, district and
// grassroots committees (TU, HU, QU, ThU, ĐU, ĐUK), Party delegations
// (BCSĐ, ĐĐ), and the boards of each committee (BTGTW, BDVTU, UBKTHU …).
//
// The registry is shared and never changed: a province adds its own codes
// with With, which returns a new registry.
func DefaultIssuers() *Issuers { return defaultIssuers }

// defaultIssuerList is the data of DefaultIssuers.
func defaultIssuerList() []Issuer {
	state := [][2]string{
		// The central bodies (Hiến pháp 2013; Luật Ban hành văn bản quy
		// phạm pháp luật).
		{"QH", "Quốc hội"}, {"UBTVQH", "Ủy ban Thường vụ Quốc hội"}, {"CTN", "Chủ tịch nước"},
		{"CP", "Chính phủ"}, {"TTg", "Thủ tướng Chính phủ"},
		{"TANDTC", "Tòa án nhân dân tối cao"}, {"HĐTP", "Hội đồng Thẩm phán Tòa án nhân dân tối cao"},
		{"VKSNDTC", "Viện kiểm sát nhân dân tối cao"}, {"VKSTC", "Viện kiểm sát nhân dân tối cao"},
		{"KTNN", "Kiểm toán nhà nước"},
		// Ministries and ministerial agencies (Nghị định 123/2016/NĐ-CP and
		// the Government's organisation of 2021 and 2025).
		{"BQP", "Bộ Quốc phòng"}, {"BCA", "Bộ Công an"}, {"BNG", "Bộ Ngoại giao"}, {"BNV", "Bộ Nội vụ"},
		{"BTP", "Bộ Tư pháp"}, {"BKHĐT", "Bộ Kế hoạch và Đầu tư"}, {"BTC", "Bộ Tài chính"},
		{"BCT", "Bộ Công Thương"}, {"BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"},
		{"BNNMT", "Bộ Nông nghiệp và Môi trường"}, {"BGTVT", "Bộ Giao thông vận tải"}, {"BXD", "Bộ Xây dựng"},
		{"BTNMT", "Bộ Tài nguyên và Môi trường"}, {"BTTTT", "Bộ Thông tin và Truyền thông"},
		{"BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"}, {"BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"},
		{"BKHCN", "Bộ Khoa học và Công nghệ"}, {"BGDĐT", "Bộ Giáo dục và Đào tạo"}, {"BYT", "Bộ Y tế"},
		{"BDTTG", "Bộ Dân tộc và Tôn giáo"},
		{"UBDT", "Ủy ban Dân tộc"}, {"NHNN", "Ngân hàng Nhà nước Việt Nam"}, {"TTCP", "Thanh tra Chính phủ"},
		{"VPCP", "Văn phòng Chính phủ"}, {"BHXH", "Bảo hiểm xã hội Việt Nam"},
		// Local government: councils, committees and their offices.
		{"UBND", "Ủy ban nhân dân"}, {"HĐND", "Hội đồng nhân dân"}, {"TTHĐND", "Thường trực Hội đồng nhân dân"},
		{"VP", "Văn phòng"}, {"VPUBND", "Văn phòng Ủy ban nhân dân"},
		{"VPĐĐBQH&HĐND", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân"},
		{"BCĐ", "Ban Chỉ đạo"}, {"HĐTĐKT", "Hội đồng Thi đua - Khen thưởng"}, {"BQL", "Ban Quản lý"},
		{"BDT", "Ban Dân tộc"},
		// The Sở of a province (Nghị định 24/2014/NĐ-CP, 107/2020/NĐ-CP,
		// 45/2025/NĐ-CP), with their usual codes.
		{"SNV", "Sở Nội vụ"}, {"STP", "Sở Tư pháp"}, {"SKHĐT", "Sở Kế hoạch và Đầu tư"}, {"STC", "Sở Tài chính"},
		{"SCT", "Sở Công Thương"}, {"SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"},
		{"SNNMT", "Sở Nông nghiệp và Môi trường"}, {"SGTVT", "Sở Giao thông vận tải"}, {"SXD", "Sở Xây dựng"},
		{"STNMT", "Sở Tài nguyên và Môi trường"}, {"STTTT", "Sở Thông tin và Truyền thông"},
		{"SLĐTBXH", "Sở Lao động - Thương binh và Xã hội"}, {"SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"},
		{"SVHTT", "Sở Văn hóa và Thể thao"}, {"SDL", "Sở Du lịch"}, {"SKHCN", "Sở Khoa học và Công nghệ"},
		{"SGDĐT", "Sở Giáo dục và Đào tạo"}, {"SYT", "Sở Y tế"}, {"SNgV", "Sở Ngoại vụ"},
		{"SDTTG", "Sở Dân tộc và Tôn giáo"},
	}
	var out []Issuer
	for _, s := range state {
		out = append(out, Issuer{Code: s[0], Name: s[1]})
	}
	// The Party's committees (Quy định 66-QĐ/TW; Hướng dẫn 36-HD/VPTW on
	// the form of Party documents), their boards, and Party delegations.
	levels := [][2]string{
		{"TW", "Ban Chấp hành Trung ương"}, {"TU", "Tỉnh ủy"}, {"HU", "Huyện ủy"}, {"QU", "Quận ủy"},
		{"ThU", "Thị ủy"}, {"ĐU", "Đảng ủy"}, {"ĐUK", "Đảng ủy Khối"},
	}
	boards := [][2]string{
		{"BTG", "Ban Tuyên giáo"}, {"BDV", "Ban Dân vận"}, {"BTC", "Ban Tổ chức"}, {"BNC", "Ban Nội chính"},
		{"BTGDV", "Ban Tuyên giáo và Dân vận"}, {"UBKT", "Ủy ban Kiểm tra"}, {"VP", "Văn phòng"},
		{"BKT", "Ban Kinh tế"}, {"BĐN", "Ban Đối ngoại"}, {"BTV", "Ban Thường vụ"},
	}
	for _, lv := range levels {
		out = append(out, Issuer{Code: lv[0], Name: lv[1], Party: true})
	}
	for _, lv := range levels {
		of := lv[1]
		if lv[0] == "TW" {
			of = "Trung ương"
		}
		for _, b := range boards {
			out = append(out, Issuer{Code: b[0] + lv[0], Name: b[1] + " " + of, Party: true})
		}
	}
	out = append(out,
		Issuer{Code: "BCSĐ", Name: "Ban cán sự đảng", Party: true},
		Issuer{Code: "ĐĐ", Name: "Đảng đoàn", Party: true},
	)
	return out
}

// The codes of the writing checks that Options.Issuers turns on, and of
// CheckSources. Rules documents each one.
const (
	// CodeIssuerUnknown: a code of the issuing body in a số, ký hiệu that
	// the registry does not know ("BPT" for BTP).
	CodeIssuerUnknown finding.Code = "citation.issuer.unknown"
	// CodeIssuerForm: a Party document numbered in the state's form
	// ("18/NQ-TW" for 18-NQ/TW), or a state document in the Party's.
	CodeIssuerForm finding.Code = "citation.issuer.form"
	// CodeKindCV: "CV" written as the kind abbreviation of a Công văn
	// ("Công văn số 12/CV-UBND").
	CodeKindCV finding.Code = "citation.kind.cv"
	// CodeKindCase: the kind name written in lower case ("nghị định số
	// 63/2010/NĐ-CP", "báo cáo số 1085/BC-UBND").
	CodeKindCase finding.Code = "citation.kind.case"
	// CodeConflictSource: one số, ký hiệu given by two footnotes as the
	// source of two documents described differently.
	CodeConflictSource finding.Code = "citation.conflict.source"
)

// The rules of the writing checks, each declared once: built when the
// package is initialised and never changed.
var (
	ruleIssuerUnknown = finding.Rule{Code: CodeIssuerUnknown, Severity: finding.Warning,
		Summary: "Chữ viết tắt tên cơ quan ban hành trong số, ký hiệu không có trong danh mục cơ quan ban hành.",
		Doc: "The code of the issuing body (UBND in 1247/KH-UBND, TTg in 766/QĐ-TTg, the codes after the kind of a " +
			"legal normative number, TW in 18-NQ/TW, the first group of a Công văn) is not in the registry of issuing " +
			"bodies (Options.Issuers: the Government, the Prime Minister, ministries and ministerial agencies, " +
			"provincial and district People's Committees and Councils and the usual Sở, the Party's bodies, and what " +
			"a province adds). A warning, never an error: local bodies have codes no registry lists. The message " +
			"names the known code one slip away (case, one letter, two letters swapped) when there is one."}
	ruleIssuerForm = finding.Rule{Code: CodeIssuerForm, Severity: finding.Error,
		Summary: "Văn bản của Đảng viết số, ký hiệu theo thể thức văn bản nhà nước (18/NQ-TW thay cho 18-NQ/TW), hoặc ngược lại.",
		Doc: "A body of the Party numbers its documents n-KIND/AGENCY (Hướng dẫn 36-HD/VPTW), a state body n/KIND-AGENCY " +
			"or n/YYYY/KIND-AGENCY (Nghị định 30/2020/NĐ-CP); the code of the issuer (from the registry) tells which " +
			"form the number must have. layout-nd30.md: accept both standards, do not mix them."}
	ruleKindCV = finding.Rule{Code: CodeKindCV, Severity: finding.Warning,
		Summary: "Công văn có chữ viết tắt “CV” trong số, ký hiệu; theo Nghị định 30/2020/NĐ-CP, công văn không có chữ viết tắt tên loại.",
		Doc: "A Công văn is numbered n/AGENCY-UNIT without a kind abbreviation (Nghị định 30/2020/NĐ-CP, Phụ lục III); " +
			"\"CV\" is the Party's code for a Công văn (12-CV/TU), not the state's. A warning: many agencies still " +
			"number their letters this way."}
	ruleKindCase = finding.Rule{Code: CodeKindCase, Severity: finding.Info,
		Summary: "Tên loại văn bản được viện dẫn viết thường; Nghị định 30/2020/NĐ-CP, Phụ lục II viết hoa chữ cái đầu.",
		Doc: "When a document is cited, the first letter of its kind name is a capital (Nghị định 30/2020/NĐ-CP, " +
			"Phụ lục II: \"Nghị định số 63/2010/NĐ-CP\", \"Báo cáo số 1085/BC-UBND\"). An info: the reader is not " +
			"misled. The generic word \"văn bản\" is not a kind name and is not reported."}
	ruleConflictSource = finding.Rule{Code: CodeConflictSource, Severity: finding.Info,
		Summary: "Cùng một số, ký hiệu được chú thích là nguồn của hai văn bản có tên khác nhau.",
		Doc: "Two footnotes give one document (kind, số, ký hiệu and date) as the source of two passages that each " +
			"describe a document of its kind, differently (the reference report's notes 4 and 10: \"Kế hoạch số " +
			"04/KH-UBND ngày 05/01/2024\" for the plan of rà soát, hệ thống hóa and for the plan of kiểm tra, rà " +
			"soát). One số, ký hiệu is one document: one of the notes likely cites the wrong number. An info: a " +
			"passage may describe one plan in two ways (CheckSources)."}
)

// writingRules documents the writing checks and CheckSources.
func writingRules() finding.Catalogue {
	return finding.Catalogue{ruleIssuerUnknown, ruleIssuerForm, ruleKindCV, ruleKindCase, ruleConflictSource}
}

// checkWriting makes the checks that Options.Issuers turns on: the case of
// the kind name, "CV" as a kind, and the issuer's code against reg. sound
// is false when the kind or the số, ký hiệu is already reported wrong: the
// groups are then not where the issuer's code would be, and only the case
// is checked. info and known are what c.Kind.Info returns.
func (c Citation) checkWriting(reg *Issuers, sound bool, info KindInfo, known bool) finding.List {
	var l finding.List
	if f, ok := c.checkCase(info, known); ok {
		l.Add(f)
	}
	if c.Number == 0 || len(c.Groups) == 0 {
		return l
	}
	cv := c.isCV()
	if cv {
		r := c.Reference
		r.Groups = c.Groups[1:]
		msg := fmt.Sprintf("%s: “CV” không phải chữ viết tắt tên loại của văn bản nhà nước; công văn không có chữ viết tắt tên loại, số, ký hiệu viết dạng số/CƠ QUAN-ĐƠN VỊ", c.label())
		values := []finding.Value{{Name: "written", Value: c.writtenSymbol()}}
		if len(r.Groups) > 0 {
			msg += ": " + r.Symbol()
			values = append(values, finding.Value{Name: "expected", Value: r.Symbol()})
		}
		l.Add(ruleKindCV.At(c.Where(), msg+".").WithValues(values...))
	}
	if sound {
		l.Extend(c.checkIssuer(reg, cv, info))
	}
	return l
}

// checkCase reports a kind name written in lower case; info and known are
// what c.Kind.Info returns.
func (c Citation) checkCase(info KindInfo, known bool) (finding.Finding, bool) {
	if c.Text == "" || !known || info.Generic {
		return finding.Finding{}, false
	}
	if b := c.Text[0]; 'A' <= b && b <= 'Z' {
		// In NFC too the text starts with a capital: the letters composed
		// from an ASCII capital are capitals (a test checks every one).
		return finding.Finding{}, false
	}
	text := vn.NFC(c.Text)
	first, size := utf8.DecodeRuneInString(text)
	if !unicode.IsLower(first) {
		return finding.Finding{}, false
	}
	_, end, ok := reader{s: text}.kindAt(0)
	if !ok {
		return finding.Finding{}, false
	}
	name := text[:end]
	fixed := string(unicode.ToUpper(first)) + name[size:]
	written := vn.Excerpt(text, 60)
	return ruleKindCase.At(c.Where(), fmt.Sprintf("“%s”: tên loại văn bản “%s” viết thường; khi viện dẫn, tên loại văn bản viết hoa chữ cái đầu: “%s”.",
		written, name, fixed+strings.TrimPrefix(written, name))).
		WithValues(finding.Value{Name: "written", Value: name}, finding.Value{Name: "expected", Value: fixed}), true
}

// isCV reports a state document numbered with "CV" as its kind: a Công
// văn, a Thư công or a "Văn bản".
func (c Citation) isCV() bool {
	if c.family() == Party || len(c.Groups) == 0 || c.Groups[0] != "CV" {
		return false
	}
	return c.Kind == Letter || c.Kind == PublicLetter || c.Kind == Document
}

// issuerCodes returns the groups of the số, ký hiệu that name the issuing
// body: the group after the kind (KH-UBND, NQ/TW), every group after the
// kind of a legal normative number (a joint circular has one per body:
// TTLT-BTP-BNV), the first group of a Công văn (UBND-NC) and of a law
// (QH15). cv says the first group is a "CV" to pass over; info is the
// kind's (zero when it is unknown).
func (c Citation) issuerCodes(cv bool, info KindInfo) []string {
	g := c.Groups
	if cv {
		g = g[1:]
	}
	if len(g) == 0 {
		return nil
	}
	hasKind := !cv && (len(expectedAbbrs(info, c.family())) > 0 || info.Generic && isKindAbbr(g[0]))
	if c.family() == Normative && info.Abbr == "" && !info.Generic && !info.HasParty() {
		hasKind = false // a law, a code of law, an ordinance: 80/2015/QH13
	}
	if hasKind {
		g = g[1:]
	}
	if len(g) == 0 {
		return nil
	}
	if c.family() == Normative {
		return g
	}
	return g[:1]
}

// isKindAbbr reports whether g is the abbreviation of a kind in a state
// document's số, ký hiệu.
func isKindAbbr(g string) bool {
	_, ok := KindOfAbbr(g, Administrative)
	return ok || g == "TTLT" || g == "NQLT"
}

// checkIssuer looks the issuer's codes up in reg: a code of the Party in a
// number of the state's form or the reverse is an error, an unknown code a
// warning. info is the kind's (zero when it is unknown).
func (c Citation) checkIssuer(reg *Issuers, cv bool, info KindInfo) finding.List {
	var l finding.List
	codes := c.issuerCodes(cv, info)
	var unknown []string
	for _, code := range codes {
		if strings.ContainsRune(code, '&') {
			continue // a unit of a Công văn or a joint office, not one body's code
		}
		is, ok := reg.Lookup(code)
		if !ok {
			unknown = append(unknown, code)
			continue
		}
		if f, bad := c.checkForm(is, info); bad {
			l.Add(f)
			return l
		}
	}
	if len(unknown) == 0 {
		return l
	}
	code := unknown[0]
	values := []finding.Value{{Name: "code", Value: code}}
	msg := fmt.Sprintf("%s: chữ viết tắt tên cơ quan ban hành “%s” không có trong danh mục cơ quan ban hành", c.label(), code)
	if is, ok := reg.near(code); ok {
		values = append(values, finding.Value{Name: "suggestion", Value: is.Code})
		if fold(is.Code) == fold(code) {
			msg += fmt.Sprintf("; chữ viết tắt của %s viết là “%s”.", is.Name, is.Code)
		} else {
			msg += fmt.Sprintf("; có phải “%s” (%s)?", is.Code, is.Name)
		}
	} else {
		msg += "; kiểm tra lại chữ viết tắt, hoặc bổ sung cơ quan này vào danh mục nếu đó là một cơ quan của địa phương."
	}
	l.Add(ruleIssuerUnknown.At(c.Where(), msg).WithValues(values...))
	return l
}

// checkForm reports a number whose form is not the one the issuer uses: a
// Party body's in the state's form, a state body's in the Party's. info is
// the kind's (zero when it is unknown).
func (c Citation) checkForm(is Issuer, info KindInfo) (finding.Finding, bool) {
	f := c.family()
	if is.Party == (f == Party) {
		return finding.Finding{}, false
	}
	r := c.Reference
	r.Groups = slices.Clone(c.Groups)
	var msg string
	mendable := true
	if is.Party {
		r.Family, r.Year = Party, 0
		mendable = info.Generic || info.HasParty()
		msg = fmt.Sprintf("“%s” là chữ viết tắt của %s, một cơ quan của Đảng: văn bản của Đảng có số, ký hiệu dạng %s, không theo thể thức của văn bản nhà nước",
			is.Code, is.Name, shape(Party, c.Kind))
	} else {
		r.Family = Administrative
		msg = fmt.Sprintf("“%s” là chữ viết tắt của %s, một cơ quan nhà nước: số, ký hiệu viết theo Nghị định 30/2020/NĐ-CP, dạng %s, không theo thể thức của văn bản của Đảng",
			is.Code, is.Name, shape(Administrative, c.Kind))
	}
	values := []finding.Value{{Name: "written", Value: c.writtenSymbol()}, {Name: "issuer", Value: is.Code}}
	msg = c.label() + ": " + msg
	if sym := r.Symbol(); mendable && sym != c.writtenSymbol() {
		values = append(values, finding.Value{Name: "expected", Value: sym})
		msg += ": " + sym
	}
	return ruleIssuerForm.At(c.Where(), msg+".").WithValues(values...), true
}
