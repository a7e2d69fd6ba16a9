package digital

// The mechanism of the section: the Section type and the orchestration of
// its operations. Validate, Blocks, Add and Sum call each topic in the order
// of the outline (plan, documents, services, email, digitisation, systems);
// Rules lists every topic's rules in the order of the code catalogue. What
// a topic holds (its types, rules, checks, roll-up and sentences) lives in
// the topic's file.

import (
	"errors"
	"fmt"
	"iter"
	"slices"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
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
	// Systems are the other items of the subsection, as free text: systems
	// migrated (chuyển đổi dữ liệu từ Hệ thống 158 sang Hệ thống thông tin
	// quản lý hộ tịch), network security reports (bảo đảm an toàn, an ninh
	// mạng), Đề án 06 models. Each of its narratives prints as a "-" item, a
	// narrative's items as "+" items.
	Systems section.Text `json:"systems,omitempty"`
}

// Rules returns the catalogue of the codes Validate makes (danh mục mã kiểm
// tra của mục Chính quyền điện tử, Chính quyền số), topic by topic: each
// topic lists its own rules in its file (documentRules, emailRules …), so
// a rule a topic adds is listed there and Rules need not change. It
// returns a new slice on each call. The field-rule codes come from finding.Fields and are not listed:
// "field.gte" for a negative count, "field.oneof" for an unknown qualifier,
// "field.required" for a project without its records noun, "field.datetime"
// for an upload date not written YYYY-MM-DD.
func Rules() finding.Catalogue {
	var c finding.Catalogue
	for _, topic := range []func() finding.Catalogue{
		planRules, documentRules, serviceRules, emailRules, declaredRules, digitisationRules, systemRules,
	} {
		c = append(c, topic()...)
	}
	return c
}

// Validate checks the section and returns every finding at once (never only
// the first): the field rules first, then the checks of Rules. Paths are

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
	checkDigitisation(&out, s.Digitisation)
	checkSystems(&out, s.Systems)
	return out
}

// Blocks writes subsection 6.1 (Ứng dụng CNTT trong hoạt động của cơ quan
// hành chính nhà nước) as document blocks: a section titled Wording.Title
// holding a "-" list, one item per part in this order — plan, document flow
// (with "+" items for incoming and outgoing documents), procedures by level,
// e-mail, each digitisation project, each systems narrative. Parts left out
// of the data are left out of the text; so are a services part with both
// schemes, an e-mail part with nothing to derive a share from, and declared
// figures (Validate reports each). With nothing to print it returns nil,
// unless o is section.Fixed: then it returns the heading of 6.1 with no
// blocks, for the caller to fill, so that every unit's text has its 6.1.
//
// Every figure is derived from the data and formatted with w.Format. The
// error is a wording template that does not parse or execute, named by
// field ("digital: wording.Email: …"), narrative markup that cannot be read,
// named by path, or a procedure total past the int64 range; the data need
// not otherwise be valid.
func (s *Section) Blocks(w Wording, o ...section.Outline) ([]doc.Block, error) {
	if s == nil {
		return nil, nil
	}
	sw, err := compiler.Writer(w)
	if err != nil {
		return nil, err
	}
	wr := &writer{Writer: sw, format: w.Format}
	items := s.items(wr)
	var title string
	if section.OutlineOf(o).Keep(len(items) > 0) {
		title = wr.line("Title", nil)
	}
	if err := wr.Err(); err != nil {
		return nil, err
	}
	return titledList(title, items), nil
}

// items writes the "-" items of the subsection, one per part, in the order
// Blocks gives; a part with nothing to print has no item.
func (s *Section) items(wr *writer) []doc.Item {
	items := appendText(nil, wr.planText(s.Plan))
	if it, ok := wr.documentsItem(s.Documents); ok {
		items = append(items, it)
	}
	items = appendText(items, wr.servicesText(s.Agency, s.Services))
	items = appendText(items, wr.emailText(s.Email))
	for i := range s.Digitisation {
		if it, ok := wr.projectItem(&s.Digitisation[i], fmt.Sprintf("digitisation[%d]", i)); ok {
			items = append(items, it)
		}
	}
	return append(items, wr.systemsItems(s.Systems)...)
}

// titledList is the "-" list of items in a section titled title, or the
// list alone when title is empty. Without items it is the heading alone,
// with no blocks, and nil when title is empty too.
func titledList(title string, items []doc.Item) []doc.Block {
	var blocks []doc.Block
	if len(items) > 0 {
		blocks = []doc.Block{&doc.List{Marker: doc.Dash, Items: items}}
	}
	if title == "" {
		return blocks
	}
	return []doc.Block{&doc.Section{Title: title, Blocks: blocks}}
}

// ErrOverflow is matched (errors.Is) by the error of Add and Sum when a sum
// of counts is not a count: above finding.MaxCount, or past the int64 range.
// The error names the field and the addends and wraps the
// finding.ErrAboveMaxCount or finding.ErrOverflow it comes from:
// "digital: add: documents.outgoing.total: 999999999999 + 2: …".
var ErrOverflow = errors.New("sum exceeds the largest count")

// Add returns the roll-up of two units' sections (tổng hợp nhiều đơn vị):
//
//   - counts add; shares are not stored, so the text re-derives them from the
//     summed counts and never averages them;
//   - a count is in the sum only when both sides give it (a part such as
//     Documents, Services.Levels, or a figure such as Outgoing.Signed):
//     a figure missing on one side would make the sum, and every share over
//     it, cover some units only. Such a figure is absent from the sum, never
//     read as 0; so the zero Section is not an identity for Add, and Sum is
//     the way to roll up many units;
//   - declared figures are dropped: they belong to one unit's report;
//   - flags hold for the sum when they hold on both sides (Email.All,
//     Incoming.ExcludesSecret);
//   - Agency and Plan are kept when both sides have the same text, else
//     dropped: a plan belongs to the unit that issued it;
//   - digitisation projects and systems narratives are concatenated, a's
//     first. A project stays one unit's project, so it is copied whole,
//     its declared number of phases included.
//
// The result shares no memory with a or b.
//
// It fails with ErrScheme when the procedures of the two sides (or of one
// side) use different online-level schemes, and with ErrOverflow when a sum
// is not a count (above finding.MaxCount, or past the int64 range); the
// error names the field.
func (a Section) Add(b Section) (Section, error) {
	out := strip(a)
	if err := out.addFrom(b, "digital"); err != nil {
		return Section{}, err
	}
	return out, nil
}

// addFrom adds b into d, which the caller owns (a strip copy): the figures
// as Add says, b's projects and narratives copied onto the end. Sum calls it
// so that a roll-up of n units copies each project once, not n times. Errors
// start with prefix: "digital", or "digital: units[3]" for Sum.
func (d *Section) addFrom(b Section, prefix string) error {
	if err := checkSchemes(d.Services, b.Services); err != nil {
		return fmt.Errorf("%s: services: %w", prefix, err)
	}
	ad := section.NewAdder(prefix)
	d.Documents = addDocuments(ad, d.Documents, b.Documents)
	d.Services = addServices(ad, d.Services, b.Services)
	d.Email = addEmail(ad, d.Email, b.Email)
	if err := ad.Err(); err != nil {
		return overflowError{err}
	}
	if d.Agency != b.Agency {
		d.Agency = ""
	}
	if d.Plan != b.Plan {
		d.Plan = ""
	}
	d.Digitisation = appendProjects(d.Digitisation, b.Digitisation)
	d.Systems = appendNarratives(d.Systems, b.Systems)
	return nil
}

// Sum rolls up the sections of many units in one call, as repeated Add from
// the first unit: see Add. The sum of one unit is a copy without its declared
// figures; the sum of none is the zero Section. An error names the unit:
// "digital: units[3]: services: …".
func Sum(units ...Section) (Section, error) { return SumSeq(slices.Values(units)) }

// SumSeq is Sum of the sections seq yields, in order: a caller that holds
// its units elsewhere (a roll-up of many reports) adds them without copying
// every section into a slice first.
func SumSeq(seq iter.Seq[Section]) (Section, error) {
	return section.Sum(seq, func(u Section) (Section, error) {
		if sv := u.Services; sv != nil && sv.Levels != nil && sv.Online != nil {
			return Section{}, fmt.Errorf("digital: units[0]: services: %w", ErrScheme)
		}
		return strip(u), nil
	}, func(sum, u Section, i int) (Section, error) {
		err := sum.addFrom(u, fmt.Sprintf("digital: units[%d]", i))
		return sum, err
	})
}

// strip returns a deep copy of d without its declared figures (projects keep
// theirs, as in Add).
func strip(d Section) Section {
	return Section{
		Agency:       d.Agency,
		Plan:         d.Plan,
		Documents:    stripDocuments(d.Documents),
		Services:     stripServices(d.Services),
		Email:        stripEmail(d.Email),
		Digitisation: appendProjects(nil, d.Digitisation),
		Systems:      appendNarratives(nil, d.Systems),
	}
}

// overflowError is the error of the section.Adder of addFrom, which only
// meets sums that are not counts: it reads as the Adder's error and matches
// ErrOverflow as well as the finding error it wraps.
type overflowError struct{ err error }

func (e overflowError) Error() string   { return e.err.Error() }
func (e overflowError) Unwrap() []error { return []error{e.err, ErrOverflow} }

// clonePtr returns a copy of the count p points to, or nil.
func clonePtr(p *int64) *int64 {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}
