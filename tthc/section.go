// The mechanism of the section: the Section type, and the orchestration of
// its checks (Validate, Rules), its roll-ups (Add, Sum) and its text
// (Blocks) over the topics, each in its own file. Also the declared figures
// every topic compares with derived ones.

package tthc

import (
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// Section is section II.2 of a report, the reform of administrative
// procedures (cải cách thủ tục hành chính): the figures of the catalogue, the
// dossiers and the feedback, and the narrative of the qualitative parts.
//
// Every part is optional; a part with nothing in it is left out of the text
// and the sub-items that remain are lettered from their place.
type Section struct {
	// Unit is the unit's name as the text names it the first time, e.g.
	// "Sở Tư pháp".
	Unit string `json:"unit" validate:"required"`
	// UnitShort is the short name used after the first mention, e.g. "Sở"
	// ("… và Sở đã trả lời công dân theo quy định"); empty means Unit.
	UnitShort string `json:"unit_short,omitempty"`

	// Implementation is the narrative of sub-item 2.1, implementing the
	// procedures set by the Government, ministries and province (thực hiện
	// các thủ tục hành chính).
	Implementation []Text `json:"implementation,omitempty"`
	// NewProcedures is the narrative of the control of new procedures
	// (kiểm soát việc ban hành mới thủ tục hành chính).
	NewProcedures []Text `json:"new_procedures,omitempty"`
	// Review is the narrative of review and simplification (rà soát, đánh
	// giá, đơn giản hóa thủ tục hành chính).
	Review []Text `json:"review,omitempty"`
	// Publicity is the narrative of announcing and publishing procedures
	// (công bố, công khai thủ tục hành chính); the sentences of the catalogue
	// follow it.
	Publicity []Text `json:"publicity,omitempty"`
	// Catalogue is the procedures by service level, announced and internal
	// processes.
	Catalogue *Catalogue `json:"catalogue,omitempty"`
	// OneStop is the narrative of the one-stop mechanism (cơ chế một cửa,
	// một cửa liên thông).
	OneStop []Text `json:"one_stop,omitempty"`
	// Dossiers are the results of handling dossiers.
	Dossiers *Dossiers `json:"dossiers,omitempty"`
	// ResultsText is narrative that follows the dossier figures.
	ResultsText []Text `json:"results_text,omitempty"`
	// Apologies is the narrative of apologising for late dossiers (xin lỗi
	// người dân, tổ chức khi trễ hẹn); the sentence of the apology letters
	// follows it when Dossiers gives them.
	Apologies []Text `json:"apologies,omitempty"`
	// Feedback is the handling of feedback (phản ánh, kiến nghị).
	Feedback *Feedback `json:"feedback,omitempty"`
	// FeedbackText is narrative that follows the feedback sentence.
	FeedbackText []Text `json:"feedback_text,omitempty"`
}

// MaxCount is the largest count a field rule accepts (10^12), the maximum
// every section shares: finding.MaxCount.
const MaxCount = finding.MaxCount

// short returns the short name of the unit.
func (s *Section) short() string {
	if strings.TrimSpace(s.UnitShort) == "" {
		return s.Unit
	}
	return s.UnitShort
}

func (s *Section) names() Names { return Names{Unit: s.Unit, UnitShort: s.short()} }

// Validate checks the section and returns every finding at once: the field
// rules first (negative or impossible counts, a missing unit or field name),
// then the identities of domain.md §3 (see Rules for the codes). Paths are
// JSON paths relative to the section, e.g. "dossiers.pending"; package reform
// puts them under the section's place in the report. A nil section has no
// finding.
func (s *Section) Validate() finding.List {
	if s == nil {
		return nil
	}
	l := fieldFindings(finding.NewFieldChecker(), s)
	s.checkNarratives(&l)
	if s.Catalogue != nil {
		s.Catalogue.check("catalogue", &l)
	}
	if s.Dossiers != nil {
		s.Dossiers.check("dossiers", &l)
	}
	if s.Feedback != nil {
		s.Feedback.check("feedback", &l)
	}
	return l
}

// fieldFindings runs the field rules of the types. The validator names an
// embedded struct by its type ("Counts"), which has no JSON name of its own:
// its fields are the parent's in JSON, so the segment is dropped from the
// path and from the message that quotes it.
func fieldFindings(c *finding.FieldChecker, s *Section) finding.List {
	l := c.Check(s, "")
	for i, f := range l {
		path := dropEmbedded(f.Path)
		if path != f.Path {
			l[i].Message = strings.Replace(f.Message, f.Path, path, 1)
			l[i].Path = path
		}
	}
	return l
}

// dropEmbedded drops from a dotted path the segments that name the embedded
// Counts struct, which is no JSON name: "dossiers.Counts.online" becomes
// "dossiers.online".
func dropEmbedded(path string) string {
	segs := strings.Split(path, ".")
	out := segs[:0]
	for _, s := range segs {
		if s != "Counts" {
			out = append(out, s)
		}
	}
	return strings.Join(out, ".")
}

// CodeDeclaredSyntax: a declared rate cannot be read as a percentage.
const CodeDeclaredSyntax finding.Code = "tthc.declared.syntax"

// ruleDeclaredSyntax is the rule of a declared rate that does not read, in
// any topic.
var ruleDeclaredSyntax = finding.Rule{Code: CodeDeclaredSyntax, Severity: finding.Error,
	Summary: "Tỷ lệ ghi trong báo cáo không đọc được dưới dạng phần trăm.",
	Doc:     "A declared rate is the text the report writes, e.g. \"99,8%\"; it must read with vn.ParsePercent."}

// checkRate checks a declared rate (the text the report writes) against
// num/den with the rules r; an empty stated text checks nothing.
func checkRate(l *finding.List, r finding.RateRule, path, stated, label string, num, den int64, related ...string) {
	if stated == "" {
		return
	}
	v, places, err := vn.ParsePercent(stated)
	if err != nil {
		l.Add(ruleDeclaredSyntax.At(path,
			vn.NFC(fmt.Sprintf("Tỷ lệ %q tại %s không đọc được: cần một tỷ lệ phần trăm như \"53,5%%\" (%v).", stated, path, err))).
			WithValues(finding.Value{Name: "stated", Value: stated}))
		return
	}
	if _, f, ok := r.CheckRate(path, label, v, places, num, den, related...); ok {
		l.Add(f)
	}
}

// checkDeclared compares a declared count with the derived one, when the
// count is declared and its derivation err is nil (a derived total past the
// int64 range comes only from a count above MaxCount, which the field rules
// report).
func checkDeclared(l *finding.List, s finding.Subject, declared *int64, derived int64, err error) {
	if declared == nil || err != nil {
		return
	}
	if f, ok := finding.DeclaredInt(s, *declared, derived); ok {
		l.Add(f)
	}
}

// Rules documents every code Validate can make (danh mục mã kiểm tra của
// phần thủ tục hành chính), topic by topic: each topic lists its own
// rules in its file (catalogueRules, dossierRules …), so a rule a topic
// adds is listed there and Rules need not change. It returns a new slice
// on each call. The findings of the field rules (field.gte for a negative count,
// field.lte for an impossible one, field.required for a missing unit or field
// name) are documented by package finding: their codes are shared by every
// package.
func Rules() finding.Catalogue {
	var c finding.Catalogue
	for _, topic := range []func() finding.Catalogue{
		catalogueRules, declaredRules, dossierRules, fieldRowRules, apologyRules, feedbackRules, narrativeRules,
	} {
		c = append(c, topic()...)
	}
	return c
}

// Add returns the roll-up of two units' sections (tổng hợp số liệu nhiều đơn
// vị), e.g. every department of a province, one call per unit:
//
//   - Counts add; rates and indicators are derived again from the sums
//     (never averaged), since the section stores no rate.
//   - Declared figures are dropped: they belong to one unit's report.
//   - Narrative is dropped: a roll-up's text is written for the roll-up.
//   - Unit and UnitShort are kept when both sections have the same, and are
//     empty otherwise: the caller names the roll-up. A feedback channel is
//     kept when both say the same.
//   - Detail that refines a total and that one side lacks is dropped, and
//     the totals stay exact: early and on time merge into "early or on
//     time"; the pending split, feedback answered, answered on time and
//     pending in time are dropped; rows by field are dropped unless both
//     give them (rows of the same field add, the others are kept).
//   - A part or a figure of its own that one side gives and the other does
//     not (the catalogue, the dossiers, the feedback, a scheme's levels,
//     announcements, internal processes, procedures eligible for toàn trình,
//     apology letters, the previous period's pending, the other bucket) is an
//     error naming it: the sum would be unknown, and dropping it would lose
//     data. Give it for every unit (a zero where there was none) or for none.
//   - Catalogues in two schemes (mức độ and toàn trình) are an error: the
//     schemes never mix. A level of mức độ left out counts as none.
//
// Catalogues add because the procedures under each department's authority
// are its own; units that share one catalogue (districts of a province)
// should set the roll-up's catalogue themselves. A sum above MaxCount is an
// error. Neither operand is changed.
func (s Section) Add(o Section) (Section, error) {
	out := Section{}
	if strings.TrimSpace(s.Unit) == strings.TrimSpace(o.Unit) {
		out.Unit = s.Unit
		if strings.TrimSpace(s.UnitShort) == strings.TrimSpace(o.UnitShort) {
			out.UnitShort = s.UnitShort
		}
	}
	var err error
	if out.Catalogue, err = addCatalogue(s.Catalogue, o.Catalogue); err != nil {
		return Section{}, err
	}
	if out.Dossiers, err = addDossiers(s.Dossiers, o.Dossiers); err != nil {
		return Section{}, err
	}
	if out.Feedback, err = addFeedback(s.Feedback, o.Feedback); err != nil {
		return Section{}, err
	}
	return out, nil
}

// Sum returns the roll-up of many units' sections by Add, in order. An empty
// list gives the zero Section.
func Sum(sections ...Section) (Section, error) { return SumSeq(slices.Values(sections)) }

// SumSeq is Sum of the sections seq yields, in order: a caller that holds
// its units elsewhere (a roll-up of many reports) adds them without copying
// every section into a slice first.
func SumSeq(seq iter.Seq[Section]) (Section, error) {
	return section.Sum(seq,
		func(s Section) (Section, error) { return s.Add(s.withoutFigures()) }, // drops declared figures and narrative of a lone unit
		func(sum, s Section, _ int) (Section, error) { return sum.Add(s) })
}

// withoutFigures returns a section with the same parts as s, every count
// zero: adding it to s keeps s's figures and drops what Add drops.
func (s Section) withoutFigures() Section {
	return Section{Unit: s.Unit, UnitShort: s.UnitShort, Catalogue: zeroCatalogue(s.Catalogue),
		Dossiers: zeroDossiers(s.Dossiers), Feedback: zeroFeedback(s.Feedback)}
}

// zero returns a zero count where p gives one, nil where it does not.
func zero(p *int64) *int64 {
	if p == nil {
		return nil
	}
	return new(int64)
}

// both reports whether a part is given on both sides of an addition: a part
// one unit leaves out makes the roll-up's part unknown (left out), as an
// optional count is under section.Adder.Optional, never a reason to refuse
// the addition and drop a unit.
func both[T any](x, y *T) bool { return x != nil && y != nil }

// Blocks returns the text of the section (nội dung phần cải cách thủ tục
// hành chính) as blocks to place under the section's own heading ("2. Cải cách
// thủ tục hành chính"), in the structure of the reference report:
//
//	2.1. Implementation              narrative
//	2.2. Kiểm soát thủ tục hành chính
//	   a) control of new procedures  narrative
//	   b) review and simplification  narrative
//	   c) publicity                  narrative, then the sentences of procedures announced,
//	                                 internal processes and the catalogue
//	   d) one-stop mechanism         narrative
//	   đ) dossier results            the dossier paragraph, a "-" bullet per field, then ResultsText
//	   e) apologies                  narrative, then the sentence of apology letters
//	   g) feedback                   the feedback sentence, then FeedbackText
//
// A sub-item with nothing in it is left out, unless o is section.Fixed: then
// every sub-item above is printed, one with nothing in it as a heading with
// no blocks for the caller to fill, so that "đ)" is the dossier results in
// every unit's text. Numbers and letters follow from the structure when the
// document is laid out. Every figure is formatted
// from the data with w.Numbers; titles and sentences come from w. The text
// does not need Validate to pass: a section with slips renders as given.
// The error is the first met: a template error naming the Wording field, a
// markup error naming the narrative's JSON path, or a total beyond the
// int64 range naming its JSON path. A nil section has no blocks.
func (s *Section) Blocks(w Wording, o ...section.Outline) ([]doc.Block, error) {
	if s == nil {
		return nil, nil
	}
	wr, err := w.writer()
	if err != nil {
		return nil, err
	}
	n, ol := s.names(), section.OutlineOf(o)
	var out []doc.Block
	if ol.Keep(len(s.Implementation) > 0) {
		out = append(out, &doc.Section{Title: title(wr, "ImplementationTitle", n),
			Blocks: textBlocks(wr, s.Implementation, "implementation"), Sources: []string{".implementation"}})
	}
	if items := s.controlItems(wr, w.Numbers, n, ol); ol.Keep(len(items) > 0) {
		out = append(out, &doc.Section{Title: title(wr, "ControlTitle", n), Blocks: items})
	}
	if err := wr.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// controlPart is one sub-item of 2.2: the Wording field of its title, how
// to build its blocks, and the fields it presents (relative to the section),
// so that a finding about them can name the sub-item.
type controlPart struct {
	field   string
	build   func() []doc.Block
	sources []string
}

// controlParts lists the sub-items of 2.2 in the order of the text.
func (s *Section) controlParts(wr *section.Writer, f vn.Format, n Names) []controlPart {
	return []controlPart{
		{"NewProceduresTitle", func() []doc.Block { return textBlocks(wr, s.NewProcedures, "new_procedures") }, []string{".new_procedures"}},
		{"ReviewTitle", func() []doc.Block { return textBlocks(wr, s.Review, "review") }, []string{".review"}},
		{"PublicityTitle", func() []doc.Block { return s.publicityBlocks(wr, f, n) }, []string{".publicity", ".catalogue"}},
		{"OneStopTitle", func() []doc.Block { return textBlocks(wr, s.OneStop, "one_stop") }, []string{".one_stop"}},
		{"ResultsTitle", func() []doc.Block { return s.resultBlocks(wr, f, n) }, []string{".dossiers", ".results_text"}},
		{"ApologiesTitle", func() []doc.Block { return s.apologyBlocks(wr, f, n) }, []string{".apologies", ".dossiers.apology_letters"}},
		{"FeedbackTitle", func() []doc.Block { return s.feedbackBlocks(wr, f, n) }, []string{".feedback", ".feedback_text"}},
	}
}

// controlItems builds the sub-items of 2.2 that have something in them, or
// every one under section.Fixed. A sub-item is built before its title, in
// order, so that the first error is the first met.
func (s *Section) controlItems(wr *section.Writer, f vn.Format, n Names, ol section.Outline) []doc.Block {
	var items []doc.Block
	for _, p := range s.controlParts(wr, f, n) {
		if bs := p.build(); ol.Keep(len(bs) > 0) {
			items = append(items, &doc.Section{Title: title(wr, p.field, n), Blocks: bs, Sources: p.sources})
		}
	}
	return items
}

func deref(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

// declaredRules are the rules of the section's declared figures.
func declaredRules() finding.Catalogue {
	return finding.Catalogue{ruleDeclaredSyntax}
}
