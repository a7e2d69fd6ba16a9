package tthc

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// ErrNoFigures is returned by the sentence methods when the section lacks
// the part the sentence is made from.
var ErrNoFigures = errors.New("tthc: the section has no figures for this sentence")

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
// A sub-item with nothing in it is left out; numbers and letters follow from
// the structure when the document is laid out. Every figure is formatted
// from the data with w.Numbers; titles and sentences come from w. The text
// does not need Validate to pass: a section with slips renders as given.
// The error is a template error naming the Wording field, or a markup error
// naming the narrative's JSON path. A nil section has no blocks.
func (s *Section) Blocks(w Wording) ([]doc.Block, error) {
	if s == nil {
		return nil, nil
	}
	n := s.names()
	var out []doc.Block
	if len(s.Implementation) > 0 {
		sec, err := section("ImplementationTitle", w.ImplementationTitle, n, s.Implementation, "implementation")
		if err != nil {
			return nil, err
		}
		out = append(out, sec)
	}

	var items []doc.Block
	add := func(field, tmpl string, blocks []doc.Block, sources []string) error {
		if len(blocks) == 0 {
			return nil
		}
		t, err := title(field, tmpl, n)
		if err != nil {
			return err
		}
		items = append(items, &doc.Section{Title: t, Blocks: blocks, Sources: sources})
		return nil
	}
	// Each sub-item names the fields it presents (relative to the section),
	// so that a finding about them can name the sub-item.
	parts := []struct {
		field, tmpl string
		build       func() ([]doc.Block, error)
		sources     []string
	}{
		{"NewProceduresTitle", w.NewProceduresTitle, func() ([]doc.Block, error) { return textBlocks(s.NewProcedures, "new_procedures") }, []string{".new_procedures"}},
		{"ReviewTitle", w.ReviewTitle, func() ([]doc.Block, error) { return textBlocks(s.Review, "review") }, []string{".review"}},
		{"PublicityTitle", w.PublicityTitle, func() ([]doc.Block, error) { return s.publicityBlocks(w, n) }, []string{".publicity", ".catalogue"}},
		{"OneStopTitle", w.OneStopTitle, func() ([]doc.Block, error) { return textBlocks(s.OneStop, "one_stop") }, []string{".one_stop"}},
		{"ResultsTitle", w.ResultsTitle, func() ([]doc.Block, error) { return s.resultBlocks(w, n) }, []string{".dossiers", ".results_text"}},
		{"ApologiesTitle", w.ApologiesTitle, func() ([]doc.Block, error) { return s.apologyBlocks(w, n) }, []string{".apologies", ".dossiers.apology_letters"}},
		{"FeedbackTitle", w.FeedbackTitle, func() ([]doc.Block, error) { return s.feedbackBlocks(w, n) }, []string{".feedback", ".feedback_text"}},
	}
	for _, p := range parts {
		bs, err := p.build()
		if err != nil {
			return nil, err
		}
		if err := add(p.field, p.tmpl, bs, p.sources); err != nil {
			return nil, err
		}
	}
	if len(items) > 0 {
		t, err := title("ControlTitle", w.ControlTitle, n)
		if err != nil {
			return nil, err
		}
		out = append(out, &doc.Section{Title: t, Blocks: items})
	}
	return out, nil
}

// DossierParagraph returns the paragraph of dossier results (sub-item đ),
// e.g. "Kết quả giải quyết TTHC: Sở Tư pháp tiếp nhận 15.613 hồ sơ; …".
// It returns ErrNoFigures when the section has no dossiers.
func (s *Section) DossierParagraph(w Wording) (string, error) {
	if s == nil || s.Dossiers == nil {
		return "", ErrNoFigures
	}
	figs, err := dossierFigures(s.Dossiers.Counts, "", "dossiers", s.names(), w.Numbers)
	if err != nil {
		return "", err
	}
	return execute("Dossiers", w.Dossiers, figs)
}

// CatalogueSentence returns the sentence of the procedures under the unit's
// authority by service level (sub-item c), e.g. "Số lượng thủ tục hành chính
// thuộc thẩm quyền giải quyết của Sở Tư pháp: Tổng số thủ tục là 148; …".
// It returns ErrNoFigures when the catalogue gives no service levels.
func (s *Section) CatalogueSentence(w Wording) (string, error) {
	if s == nil || s.Catalogue == nil || (s.Catalogue.Levels == nil && s.Catalogue.Online == nil) {
		return "", ErrNoFigures
	}
	ss, err := catalogueSentences(s.Catalogue, w, s.names())
	return strings.Join(ss, " "), err
}

// FeedbackSentence returns the sentence of feedback (sub-item g), e.g. "Sở
// Tư pháp nhận được 03 phản ánh, kiến nghị …". It returns ErrNoFigures when
// the section has no feedback figures.
func (s *Section) FeedbackSentence(w Wording) (string, error) {
	if s == nil || s.Feedback == nil {
		return "", ErrNoFigures
	}
	return execute("Feedback", w.Feedback, feedbackFigures(s.Feedback, s.names(), w.Numbers))
}

func (s *Section) names() Names { return Names{Unit: s.Unit, UnitShort: s.short()} }

// publicityBlocks is sub-item c: narrative, announcements, internal
// processes, catalogue.
func (s *Section) publicityBlocks(w Wording, n Names) ([]doc.Block, error) {
	out, err := textBlocks(s.Publicity, "publicity")
	if err != nil {
		return nil, err
	}
	c := s.Catalogue
	if c == nil {
		return out, nil
	}
	figs, err := catalogueFigures(c, n, w.Numbers)
	if err != nil {
		return nil, err
	}
	if c.Announced != nil {
		out, err = appendSentence(out, "Announced", w.Announced, figs)
		if err != nil {
			return nil, err
		}
	}
	if c.InternalProcesses != nil {
		out, err = appendSentence(out, "InternalProcesses", w.InternalProcesses, figs)
		if err != nil {
			return nil, err
		}
	}
	ss, err := catalogueSentences(c, w, n)
	if err != nil {
		return nil, err
	}
	for _, t := range ss {
		out = append(out, doc.P(doc.Plain(t)))
	}
	return out, nil
}

// catalogueSentences are the sentences of the schemes the catalogue gives:
// one, or two when it wrongly gives both (the text shows what was given).
func catalogueSentences(c *Catalogue, w Wording, n Names) ([]string, error) {
	var out []string
	if c.Levels != nil {
		figs, err := catalogueFigures(&Catalogue{Levels: c.Levels}, n, w.Numbers)
		if err != nil {
			return nil, err
		}
		t, err := execute("CatalogueLevels", w.CatalogueLevels, figs)
		if err != nil {
			return nil, err
		}
		out = appendNonEmpty(out, t)
	}
	if c.Online != nil {
		figs, err := catalogueFigures(&Catalogue{Online: c.Online}, n, w.Numbers)
		if err != nil {
			return nil, err
		}
		t, err := execute("CatalogueOnline", w.CatalogueOnline, figs)
		if err != nil {
			return nil, err
		}
		out = appendNonEmpty(out, t)
	}
	return out, nil
}

// resultBlocks is sub-item đ: the dossier paragraph, the rows by field and
// the narrative after them.
func (s *Section) resultBlocks(w Wording, n Names) ([]doc.Block, error) {
	var out []doc.Block
	if d := s.Dossiers; d != nil {
		figs, err := dossierFigures(d.Counts, "", "dossiers", n, w.Numbers)
		if err != nil {
			return nil, err
		}
		out, err = appendSentence(out, "Dossiers", w.Dossiers, figs)
		if err != nil {
			return nil, err
		}
		var rows []doc.Item
		for i, r := range d.Fields {
			figs, err := dossierFigures(r.Counts, strings.TrimSpace(r.Field), finding.Index("dossiers.fields", i), n, w.Numbers)
			if err != nil {
				return nil, err
			}
			t, err := execute("FieldRow", w.FieldRow, figs)
			if err != nil {
				return nil, err
			}
			if t != "" {
				rows = append(rows, doc.Item{Runs: []doc.Run{doc.Plain(t)}})
			}
		}
		if len(rows) > 0 {
			out = append(out, &doc.List{Marker: doc.Dash, Items: rows})
		}
	}
	more, err := textBlocks(s.ResultsText, "results_text")
	if err != nil {
		return nil, err
	}
	return append(out, more...), nil
}

// apologyBlocks is sub-item e: narrative, then the apology letters.
func (s *Section) apologyBlocks(w Wording, n Names) ([]doc.Block, error) {
	out, err := textBlocks(s.Apologies, "apologies")
	if err != nil {
		return nil, err
	}
	if d := s.Dossiers; d != nil && d.ApologyLetters != nil {
		figs := ApologyFigures{Names: n, Letters: w.Numbers.Count(*d.ApologyLetters)}
		if d.Late != 0 {
			figs.Late = w.Numbers.Count(d.Late)
		}
		return appendSentence(out, "ApologyLetters", w.ApologyLetters, figs)
	}
	return out, nil
}

// feedbackBlocks is sub-item g: the feedback sentence, then narrative.
func (s *Section) feedbackBlocks(w Wording, n Names) ([]doc.Block, error) {
	var out []doc.Block
	if s.Feedback != nil {
		var err error
		out, err = appendSentence(out, "Feedback", w.Feedback, feedbackFigures(s.Feedback, n, w.Numbers))
		if err != nil {
			return nil, err
		}
	}
	more, err := textBlocks(s.FeedbackText, "feedback_text")
	if err != nil {
		return nil, err
	}
	return append(out, more...), nil
}

// section is a titled sub-item holding narrative only.
func section(field, tmpl string, n Names, ts []Text, path string) (*doc.Section, error) {
	t, err := title(field, tmpl, n)
	if err != nil {
		return nil, err
	}
	bs, err := textBlocks(ts, path)
	if err != nil {
		return nil, err
	}
	return &doc.Section{Title: t, Blocks: bs, Sources: []string{"." + path}}, nil
}

// textBlocks turns narrative into paragraphs and "-" lists; consecutive
// bullets make one list. Errors name the narrative's JSON path.
func textBlocks(ts []Text, path string) ([]doc.Block, error) {
	var out []doc.Block
	var list *doc.List
	for i, t := range ts {
		p := finding.Index(path, i)
		if !t.Bullet {
			list = nil
			bs, err := t.Paragraph()
			if err != nil {
				return nil, fmt.Errorf("tthc: %s: %w", p, err)
			}
			out = append(out, bs...)
			continue
		}
		runs, err := t.Runs()
		if err != nil {
			return nil, fmt.Errorf("tthc: %s: %w", p, err)
		}
		it := doc.Item{Runs: runs}
		if len(t.Items) > 0 {
			sub, err := doc.ItemList(t.Items, doc.Plus, p+".items")
			if err != nil {
				return nil, fmt.Errorf("tthc: %w", err)
			}
			it.Blocks = []doc.Block{sub}
		}
		if list == nil {
			list = &doc.List{Marker: doc.Dash}
			out = append(out, list)
		}
		list.Items = append(list.Items, it)
	}
	return out, nil
}

// appendSentence executes a sentence template and appends it as a paragraph
// unless it is empty.
func appendSentence(out []doc.Block, field, tmpl string, data any) ([]doc.Block, error) {
	t, err := execute(field, tmpl, data)
	if err != nil {
		return nil, err
	}
	if t == "" {
		return out, nil
	}
	return append(out, doc.P(doc.Plain(t))), nil
}

func appendNonEmpty(ss []string, s string) []string {
	if s == "" {
		return ss
	}
	return append(ss, s)
}

// percent formats num/den, or "" when there is no rate to write.
func percent(f vn.Format, num, den int64) string {
	s, err := f.Percent(num, den)
	if err != nil {
		return ""
	}
	return s
}

// count formats an optional count; nil is "".
func count(f vn.Format, p *int64) string {
	if p == nil {
		return ""
	}
	return f.Count(*p)
}

// sumError names the JSON path of figures whose total leaves the int64
// range: the text refuses to print a wrong total.
func sumError(path string, err error) error {
	return fmt.Errorf("tthc: %s: %w", path, err)
}

func catalogueFigures(c *Catalogue, n Names, f vn.Format) (CatalogueFigures, error) {
	out := CatalogueFigures{Names: n, InternalProcesses: count(f, c.InternalProcesses)}
	if c.Levels != nil {
		total, err := c.Levels.Total()
		if err != nil {
			return out, sumError("catalogue.levels", err)
		}
		out.Total = f.Count(total)
		for _, g := range c.Levels.Given() {
			out.Levels = append(out.Levels, LevelFigure{Level: strconv.Itoa(g.Level), Count: f.Count(g.Count)})
		}
	}
	if o := c.Online; o != nil {
		total, err := o.Total()
		if err != nil {
			return out, sumError("catalogue.online", err)
		}
		out.Total = f.Count(total)
		out.Full, out.Partial, out.InformationOnly = f.Count(o.Full), f.Count(o.Partial), f.Count(o.InformationOnly)
		out.FullRate, out.PartialRate = percent(f, o.Full, total), percent(f, o.Partial, total)
		out.InformationOnlyRate = percent(f, o.InformationOnly, total)
		out.EligibleFull = count(f, o.EligibleFull)
	}
	if a := c.Announced; a != nil {
		total, err := a.Total()
		if err != nil {
			return out, sumError("catalogue.announced", err)
		}
		out.Announced = f.Count(total)
		out.New, out.Amended, out.Abolished = f.Count(a.New), f.Count(a.Amended), f.Count(a.Abolished)
	}
	return out, nil
}

// dossierFigures formats one row of dossier figures; path is its JSON path.
func dossierFigures(c Counts, field, path string, n Names, f vn.Format) (DossierFigures, error) {
	received, err1 := c.Received()
	inPeriod, err2 := c.ReceivedInPeriod()
	resolved, err3 := c.Resolved()
	onTime, err4 := c.EarlyOrOnTime()
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		return DossierFigures{}, sumError(path, finding.ErrOverflow)
	}
	out := DossierFigures{
		Names: n, Field: field,
		Received: f.Count(received), ReceivedInPeriod: f.Count(inPeriod),
		Online: f.Count(c.Online), InPerson: f.Count(c.InPerson), CarriedOver: f.Count(c.CarriedOver),
		Resolved: f.Count(resolved), Early: count(f, c.Early), OnTime: f.Count(c.OnTime), Late: f.Count(c.Late),
		Pending: f.Count(c.Pending), Other: count(f, c.Other),
		OnTimeRate: percent(f, onTime, resolved),
		OnlineRate: percent(f, c.Online, inPeriod),
	}
	if v, ok := c.InTime(); ok {
		out.PendingInTime = f.Count(v)
	}
	if v, ok := c.Overdue(); ok {
		out.PendingOverdue = f.Count(v)
	}
	return out, nil
}

func feedbackFigures(fb *Feedback, n Names, f vn.Format) FeedbackFigures {
	out := FeedbackFigures{
		Names: n, None: fb.Received == 0, Received: f.Count(fb.Received),
		Answered: count(f, fb.Answered), AnsweredOnTime: count(f, fb.AnsweredOnTime),
		Channel: strings.TrimSpace(fb.Channel),
	}
	if u, ok := fb.Unanswered(); ok {
		out.Unanswered = f.Count(u)
		out.AllAnswered = u == 0
	}
	return out
}
