package tthc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
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

// Text is one piece of narrative (nội dung tường thuật): a paragraph, or a
// "-" bullet when Bullet is set. It carries the inline markup of
// doc.Narrative, footnoted citations included ("… năm 2024[^1]" with the
// note "Công văn số 134/UBND-NC ngày 31/01/2024 của UBND tỉnh"); its Items
// print under it as "-" bullets (under a paragraph) or "+" bullets (under a
// bullet). Consecutive bullets make one list. Citations are kept as the
// report writes them and checked by package reform.
type Text struct {
	// Bullet prints the text as a "-" item instead of a paragraph.
	Bullet bool `json:"bullet,omitempty"`
	doc.Narrative
}

// P returns a paragraph of narrative text with its footnotes.
func P(text string, notes ...string) Text {
	return Text{Narrative: doc.Narrative{Text: text, Notes: notes}}
}

// Bullet returns a "-" bullet of narrative text with its footnotes.
func Bullet(text string, notes ...string) Text {
	return Text{Bullet: true, Narrative: doc.Narrative{Text: text, Notes: notes}}
}

// short returns the short name of the unit.
func (s *Section) short() string {
	if strings.TrimSpace(s.UnitShort) == "" {
		return s.Unit
	}
	return s.UnitShort
}

// narratives lists the narrative fields with their JSON names, in the order
// of the text.
func (s *Section) narratives() []struct {
	name string
	ts   []Text
} {
	return []struct {
		name string
		ts   []Text
	}{
		{"implementation", s.Implementation}, {"new_procedures", s.NewProcedures}, {"review", s.Review},
		{"publicity", s.Publicity}, {"one_stop", s.OneStop}, {"results_text", s.ResultsText},
		{"apologies", s.Apologies}, {"feedback_text", s.FeedbackText},
	}
}

// Validate checks the section and returns every finding at once: the field
// rules first (negative or impossible counts, a missing unit or field name),
// then the identities of domain.md §3 (see Rules for the codes). Paths are
// JSON paths relative to the section, e.g. "dossiers.pending"; package reform
// puts them under the section's place in the report. A nil section has no
// finding.
func (s *Section) Validate() finding.List {
	return s.ValidateWith(nil)
}

// ValidateWith is Validate with a field checker that the caller keeps across
// many sections (a roll-up of units, a batch of reports): building the
// validator is most of the cost of one Validate. A nil checker builds one.
func (s *Section) ValidateWith(c *finding.FieldChecker) finding.List {
	if s == nil {
		return nil
	}
	if c == nil {
		c = finding.NewFieldChecker()
	}
	l := fieldFindings(c, s)
	for _, n := range s.narratives() {
		for i, t := range n.ts {
			checkNarrative(t.Narrative, finding.Index(n.name, i), &l)
		}
	}
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

// checkNarrative reports markup that does not parse and empty text, for a
// narrative and the items under it.
func checkNarrative(n doc.Narrative, path string, l *finding.List) {
	if strings.TrimSpace(n.Text) == "" {
		l.Add(ruleNarrativeEmpty.At(finding.Join(path, "text"),
			vn.NFC(fmt.Sprintf("Nội dung tại %s không có chữ nào; đoạn văn này sẽ in thành dòng trống.", path))))
	}
	if _, err := n.Runs(); err != nil {
		at := finding.Join(path, "text")
		var me *doc.MarkupError
		if errors.As(err, &me) && me.Path != "" {
			at = finding.Join(path, me.Path)
		}
		l.Add(ruleNarrativeMarkup.At(at, vn.NFC(fmt.Sprintf("Nội dung tại %s có lỗi định dạng: %v.", path, err))).
			WithValues(finding.Value{Name: "error", Value: err.Error()}))
	}
	for i, it := range n.Items {
		checkNarrative(it, finding.Index(finding.Join(path, "items"), i), l)
	}
}

// DecodeJSON reads a section from JSON strictly: an unknown field, a value
// of the wrong type or data after the object is an error that names what was
// wrong. It does not validate: call Validate on the result.
func DecodeJSON(r io.Reader) (*Section, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var s Section
	if err := dec.Decode(&s); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return nil, fmt.Errorf("tthc: decode: field %s: expected %s, got JSON %s", dropEmbedded(te.Field), te.Type, te.Value)
		}
		return nil, fmt.Errorf("tthc: decode: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("tthc: decode: unexpected data after the section's JSON object")
	}
	return &s, nil
}

// MarshalIndent writes the section as indented JSON, the interchange format
// DecodeJSON reads.
func (s *Section) MarshalIndent() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, fmt.Errorf("tthc: encode: %w", err)
	}
	return b.Bytes(), nil
}
