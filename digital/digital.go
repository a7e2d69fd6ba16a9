package digital

import (
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
)

// Section is section II.6 of the report: building digital government
// (Xây dựng và phát triển Chính quyền điện tử, Chính quyền số). Every part is
// optional; a part left out is not printed and not checked.
type Section struct {
	// Agency is the agency the section reports on, as the sentences name it
	// (cơ quan báo cáo), e.g. "Sở Tư pháp": "thủ tục hành chính thuộc thẩm
	// quyền giải quyết của Sở Tư pháp". Empty leaves the name out.
	Agency string `json:"agency,omitempty"`
	// Plan is the digital-transformation plan of the year (kế hoạch chuyển
	// đổi số), the citation exactly as the report writes it: "Kế hoạch số
	// 64/KH-STP ngày 27/03/2024 của Sở Tư pháp về Chuyển đổi số của Sở Tư
	// pháp năm 2024". Package reform checks its form with reform/citation.
	Plan string `json:"plan,omitempty"`
	// Documents is the document flow on the electronic office system (tình
	// hình sử dụng phần mềm quản lý văn bản).
	Documents *Documents `json:"documents,omitempty"`
	// Services are the procedures by online service level (thủ tục hành
	// chính theo mức độ dịch vụ công trực tuyến).
	Services *Services `json:"services,omitempty"`
	// Email is the staff's official e-mail accounts (thư điện tử công vụ).
	Email *Email `json:"email,omitempty"`
	// Digitisation are the digitisation projects (dự án, đề án số hóa), one
	// "-" item each.
	Digitisation []Project `json:"digitisation,omitempty" validate:"dive"`
	// Systems are the other items of the subsection, as narrative: systems
	// migrated (chuyển đổi dữ liệu từ Hệ thống 158 sang Hệ thống thông tin
	// quản lý hộ tịch), network security reports (bảo đảm an toàn, an ninh
	// mạng), Đề án 06 models. One "-" item each; a narrative's items print
	// as "+" items.
	Systems []doc.Narrative `json:"systems,omitempty"`
}

// Documents is the document flow on the electronic office system (văn bản
// đến, văn bản đi trên hệ thống văn phòng điện tử).
type Documents struct {
	// Incoming are the documents received (văn bản đến).
	Incoming *Incoming `json:"incoming,omitempty"`
	// Outgoing are the documents sent (văn bản đi).
	Outgoing *Outgoing `json:"outgoing,omitempty"`
}

// Incoming are the documents received in the period (văn bản đến).
type Incoming struct {
	// Total is the number of documents received (số văn bản đến).
	Total int64 `json:"total" validate:"gte=0,lte=1000000000000"`
	// ExcludesSecret says that Total leaves out the secret documents (trừ
	// các văn bản mật), which are not handled on the electronic system.
	ExcludesSecret bool `json:"excludes_secret,omitempty"`
	// Handled is the number of documents assigned and handled on the
	// electronic office system (được phân công xử lý trên hệ thống văn
	// phòng điện tử); nil when the report does not say.
	Handled *int64 `json:"handled,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Declared are the figures the report states besides the counts.
	Declared DeclaredIncoming `json:"declared,omitzero"`
}

// DeclaredIncoming are the shares a report states about incoming documents,
// as written ("100%", "98,5%").
type DeclaredIncoming struct {
	// HandledShare is the stated share of Handled in Total.
	HandledShare string `json:"handled_share,omitempty"`
}

// Outgoing are the documents sent in the period (văn bản đi).
type Outgoing struct {
	// Total is the number of documents sent (số văn bản đi).
	Total int64 `json:"total" validate:"gte=0,lte=1000000000000"`
	// Signed is the number of documents digitally signed (được ký số); nil
	// when the report does not say.
	Signed *int64 `json:"signed,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Issued is the number of documents issued on the electronic office
	// system (xử lý phát hành trên hệ thống văn phòng điện tử); nil when the
	// report does not say.
	Issued *int64 `json:"issued,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Declared are the figures the report states besides the counts.
	Declared DeclaredOutgoing `json:"declared,omitzero"`
}

// DeclaredOutgoing are the shares a report states about outgoing documents,
// as written.
type DeclaredOutgoing struct {
	// SignedShare is the stated share of Signed in Total.
	SignedShare string `json:"signed_share,omitempty"`
	// IssuedShare is the stated share of Issued in Total.
	IssuedShare string `json:"issued_share,omitempty"`
}

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
// 43/2011/NĐ-CP (mức độ 1, 2, 3, 4). A level the report does not mention is
// nil: it is neither printed nor added.
type Levels struct {
	// Level1 is mức độ 1 (information only).
	Level1 *int64 `json:"level_1,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Level2 is mức độ 2 (forms online).
	Level2 *int64 `json:"level_2,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Level3 is mức độ 3 (submitted online).
	Level3 *int64 `json:"level_3,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Level4 is mức độ 4 (submitted, paid and returned online).
	Level4 *int64 `json:"level_4,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

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

// Email is the staff's official e-mail accounts (thư điện tử công vụ).
//
// A report states either counts ("80/86 công chức, viên chức") or that every
// staff member has an address ("100% công chức, viên chức đều được cấp thư
// điện tử"). The second is All: the text derives "100%" from it; a stated
// share goes in Declared.
type Email struct {
	// Staff is the number of civil servants and public employees (công
	// chức, viên chức); nil when the report does not say.
	Staff *int64 `json:"staff,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// WithEmail is how many of them have an official e-mail address; nil
	// when the report does not say.
	WithEmail *int64 `json:"with_email,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// All says that every staff member has an official address, when the
	// report says so without counts (tất cả, 100%).
	All bool `json:"all,omitempty"`
	// Declared are the figures the report states besides the counts.
	Declared DeclaredEmail `json:"declared,omitzero"`
}

// DeclaredEmail is the share of staff with an e-mail address as a report
// states it.
type DeclaredEmail struct {
	// Share is the stated share, as written: "100%".
	Share string `json:"share,omitempty"`
}

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
