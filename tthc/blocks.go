package tthc

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
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
// The error is the first met: a template error naming the Wording field, a
// markup error naming the narrative's JSON path, or a total beyond the
// int64 range naming its JSON path. A nil section has no blocks.
func (s *Section) Blocks(w Wording) ([]doc.Block, error) {
	if s == nil {
		return nil, nil
	}
	wr, err := w.writer()
	if err != nil {
		return nil, err
	}
	n, f := s.names(), w.Numbers
	var out []doc.Block
	if len(s.Implementation) > 0 {
		out = append(out, &doc.Section{Title: title(wr, "ImplementationTitle", n),
			Blocks: textBlocks(wr, s.Implementation, "implementation"), Sources: []string{".implementation"}})
	}
	// Each sub-item names the fields it presents (relative to the section),
	// so that a finding about them can name the sub-item. A sub-item is built
	// before its title, in order, so that the first error is the first met.
	parts := []struct {
		field   string
		build   func() []doc.Block
		sources []string
	}{
		{"NewProceduresTitle", func() []doc.Block { return textBlocks(wr, s.NewProcedures, "new_procedures") }, []string{".new_procedures"}},
		{"ReviewTitle", func() []doc.Block { return textBlocks(wr, s.Review, "review") }, []string{".review"}},
		{"PublicityTitle", func() []doc.Block { return s.publicityBlocks(wr, f, n) }, []string{".publicity", ".catalogue"}},
		{"OneStopTitle", func() []doc.Block { return textBlocks(wr, s.OneStop, "one_stop") }, []string{".one_stop"}},
		{"ResultsTitle", func() []doc.Block { return s.resultBlocks(wr, f, n) }, []string{".dossiers", ".results_text"}},
		{"ApologiesTitle", func() []doc.Block { return s.apologyBlocks(wr, f, n) }, []string{".apologies", ".dossiers.apology_letters"}},
		{"FeedbackTitle", func() []doc.Block { return s.feedbackBlocks(wr, f, n) }, []string{".feedback", ".feedback_text"}},
	}
	var items []doc.Block
	for _, p := range parts {
		if bs := p.build(); len(bs) > 0 {
			items = append(items, &doc.Section{Title: title(wr, p.field, n), Blocks: bs, Sources: p.sources})
		}
	}
	if len(items) > 0 {
		out = append(out, &doc.Section{Title: title(wr, "ControlTitle", n), Blocks: items})
	}
	if err := wr.Err(); err != nil {
		return nil, err
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
	wr, err := w.writer()
	if err != nil {
		return "", err
	}
	figs, err := dossierFigures(s.Dossiers.Counts, "", "dossiers", s.names(), w.Numbers)
	wr.Fail(err)
	t := wr.Text("Dossiers", figs)
	return t, wr.Err()
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

// FeedbackSentence returns the sentence of feedback (sub-item g), e.g. "Sở
// Tư pháp nhận được 03 phản ánh, kiến nghị …". It returns ErrNoFigures when
// the section has no feedback figures.
func (s *Section) FeedbackSentence(w Wording) (string, error) {
	if s == nil || s.Feedback == nil {
		return "", ErrNoFigures
	}
	wr, err := w.writer()
	if err != nil {
		return "", err
	}
	t := wr.Text("Feedback", feedbackFigures(s.Feedback, s.names(), w.Numbers))
	return t, wr.Err()
}

func (s *Section) names() Names { return Names{Unit: s.Unit, UnitShort: s.short()} }

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

// resultBlocks is sub-item đ: the dossier paragraph, the rows by field and
// the narrative after them.
func (s *Section) resultBlocks(wr *section.Writer, f vn.Format, n Names) []doc.Block {
	var out []doc.Block
	if d := s.Dossiers; d != nil {
		figs, err := dossierFigures(d.Counts, "", "dossiers", n, f)
		wr.Fail(err)
		out = appendSentence(wr, out, "Dossiers", figs)
		var rows []doc.Item
		for i, r := range d.Fields {
			figs, err := dossierFigures(r.Counts, strings.TrimSpace(r.Field), finding.Index("dossiers.fields", i), n, f)
			wr.Fail(err)
			if t := wr.Text("FieldRow", figs); t != "" {
				rows = append(rows, doc.Item{Runs: []doc.Run{doc.Plain(t)}})
			}
		}
		if len(rows) > 0 {
			out = append(out, &doc.List{Marker: doc.Dash, Items: rows})
		}
	}
	return append(out, textBlocks(wr, s.ResultsText, "results_text")...)
}

// apologyBlocks is sub-item e: narrative, then the apology letters.
func (s *Section) apologyBlocks(wr *section.Writer, f vn.Format, n Names) []doc.Block {
	out := textBlocks(wr, s.Apologies, "apologies")
	if d := s.Dossiers; d != nil && d.ApologyLetters != nil {
		figs := ApologyFigures{Names: n, Letters: f.Count(*d.ApologyLetters)}
		if d.Late != 0 {
			figs.Late = f.Count(d.Late)
		}
		out = appendSentence(wr, out, "ApologyLetters", figs)
	}
	return out
}

// feedbackBlocks is sub-item g: the feedback sentence, then narrative.
func (s *Section) feedbackBlocks(wr *section.Writer, f vn.Format, n Names) []doc.Block {
	var out []doc.Block
	if s.Feedback != nil {
		out = appendSentence(wr, out, "Feedback", feedbackFigures(s.Feedback, n, f))
	}
	return append(out, textBlocks(wr, s.FeedbackText, "feedback_text")...)
}

// textBlocks turns narrative into paragraphs and "-" lists; consecutive
// bullets make one list. A markup error, naming the narrative's JSON path,
// is recorded in wr and gives no blocks.
func textBlocks(wr *section.Writer, ts []Text, path string) []doc.Block {
	var out []doc.Block
	var list *doc.List
	for i, t := range ts {
		p := finding.Index(path, i)
		if !t.Bullet {
			list = nil
			bs, err := t.Paragraph()
			if err != nil {
				wr.Fail(fmt.Errorf("tthc: %s: %w", p, err))
				return nil
			}
			out = append(out, bs...)
			continue
		}
		runs, err := t.Runs()
		if err != nil {
			wr.Fail(fmt.Errorf("tthc: %s: %w", p, err))
			return nil
		}
		it := doc.Item{Runs: runs}
		if len(t.Items) > 0 {
			sub, err := doc.ItemList(t.Items, doc.Plus, p+".items")
			if err != nil {
				wr.Fail(fmt.Errorf("tthc: %w", err))
				return nil
			}
			it.Blocks = []doc.Block{sub}
		}
		if list == nil {
			list = &doc.List{Marker: doc.Dash}
			out = append(out, list)
		}
		list.Items = append(list.Items, it)
	}
	return out
}

// appendSentence runs the named sentence and appends it as a paragraph
// unless it writes nothing.
func appendSentence(wr *section.Writer, out []doc.Block, field string, data any) []doc.Block {
	if t := wr.Text(field, data); t != "" {
		return append(out, doc.P(doc.Plain(t)))
	}
	return out
}

// percent formats num/den, or "" when there is no rate to write.
func percent(f vn.Format, num, den int64) string {
	s, err := f.Percent(num, den)
	if err != nil {
		return ""
	}
	return s
}

// sumError names the JSON path of figures whose total leaves the int64
// range: the text refuses to print a wrong total.
func sumError(path string, err error) error {
	return fmt.Errorf("tthc: %s: %w", path, err)
}

func catalogueFigures(c *Catalogue, n Names, f vn.Format) (CatalogueFigures, error) {
	out := CatalogueFigures{Names: n, InternalProcesses: section.Optional(f, c.InternalProcesses).Text}
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
		out.EligibleFull = section.Optional(f, o.EligibleFull).Text
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
		Resolved: f.Count(resolved), Early: section.Optional(f, c.Early).Text, OnTime: f.Count(c.OnTime), Late: f.Count(c.Late),
		Pending: f.Count(c.Pending), Other: section.Optional(f, c.Other).Text,
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
		Answered: section.Optional(f, fb.Answered).Text, AnsweredOnTime: section.Optional(f, fb.AnsweredOnTime).Text,
		Channel: strings.TrimSpace(fb.Channel),
	}
	if u, ok := fb.Unanswered(); ok {
		out.Unanswered = f.Count(u)
		out.AllAnswered = u == 0
	}
	return out
}
