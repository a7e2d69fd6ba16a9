package reform

import (
	"fmt"
	"strings"
	"sync"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
	"github.com/cchc-go/cchc/tthc"
)

// Wording is the wording of every generated sentence of a report: the
// report's own (text/template strings executed with WordingData, which may
// call the shared functions of section.Funcs) and each domain package's.
// DefaultWording is the register of the reference report; a department
// replaces any field. The report's own templates are all parsed before any
// is executed; errors name the field, "reform: wording.Intro: …".
type Wording struct {
	// Intro follows the basis: "{{.Agency}} báo cáo công tác cải cách hành
	// chính {{.Period}} với các kết quả như sau:".
	Intro string
	// Plan is the sentence of the plan's tasks.
	Plan string
	// Conclusion is the closing sentence ("Trên đây là báo cáo …").
	Conclusion string
	// Subject is the default trích yếu.
	Subject string
	// Procedures is the wording of section II.2.
	Procedures tthc.Wording
	// Personnel is the wording of sections II.3 and II.4.
	Personnel personnel.Wording
	// Communication is the wording of section I.4.
	Communication dissemination.Wording
	// Digital is the wording of section II.6.
	Digital digital.Wording
}

// WordingData are the values the report's own templates see.
type WordingData struct {
	// Agency is the issuing agency in sentence case ("Sở Tư pháp").
	Agency string
	// Period is the period's label ("11 tháng đầu năm 2024").
	Period string
	// SentTo is the agency the report goes to, or "".
	SentTo string
	// Done and Planned are the plan's tasks ("33", "33"): {{.Done}} writes
	// the count, {{if .Done.Value}} tests for a zero; in the report's other
	// sentences they are not given. Rate is the share done ("100%"), "" when
	// nothing was planned.
	Done, Planned section.Figure
	// Rate is the share of the tasks done: "100%".
	Rate string
	// FromYearStart says the plan was set at the start of the year, so the
	// plan sentence reads "đề ra từ đầu năm" (Plan.FromYearStart); only in
	// the plan sentence.
	FromYearStart bool
}

// DefaultWording returns the wording of the reference report.
func DefaultWording() Wording {
	return Wording{
		Intro: "{{.Agency}} báo cáo công tác cải cách hành chính {{.Period}} với các kết quả như sau:",
		Plan: "Tính đến thời điểm hiện tại, {{.Agency}} " +
			"{{if .Done.Value}}đã hoàn thành {{.Done}}/{{.Planned}} nhiệm vụ theo Kế hoạch cải cách hành chính đề ra{{if .FromYearStart}} từ đầu năm{{end}}{{if .Rate}}, đạt tỷ lệ {{.Rate}}{{end}}." +
			"{{else if .Planned.Value}}đang triển khai {{.Planned}} nhiệm vụ theo Kế hoạch cải cách hành chính đề ra{{if .FromYearStart}} từ đầu năm{{end}}, chưa có nhiệm vụ hoàn thành." +
			"{{else}}không có nhiệm vụ theo Kế hoạch cải cách hành chính đề ra{{if .FromYearStart}} từ đầu năm{{end}}.{{end}}",
		Conclusion:    "Trên đây là báo cáo công tác cải cách hành chính {{.Period}} của {{.Agency}}{{if .SentTo}} gửi đến {{.SentTo}} để tổng hợp{{end}}.",
		Subject:       "Công tác cải cách hành chính {{.Period}}",
		Procedures:    tthc.DefaultWording(),
		Personnel:     personnel.DefaultWording(),
		Communication: dissemination.DefaultWording(),
		Digital:       digital.DefaultWording(),
	}
}

// At returns w for a report of level l: each section's sentences that are
// still the department's defaults become the level's (tthc.Wording.At and
// the others'), so that a commune's report counts its "cán bộ, công chức";
// a sentence the caller changed, and the report's own sentences, are kept.
// DocumentWith calls it with the report's header.level.
func (w Wording) At(l Level) Wording {
	t := section.Tier(l)
	w.Procedures, w.Personnel = w.Procedures.At(t), w.Personnel.At(t)
	w.Communication, w.Digital = w.Communication.At(t), w.Digital.At(t)
	return w
}

// sentences lists the report's own templates by their field names; the
// domain packages' wordings compile in their packages.
func (w Wording) sentences() []section.Sentence {
	return []section.Sentence{
		{Name: "Intro", Text: w.Intro},
		{Name: "Plan", Text: w.Plan},
		{Name: "Conclusion", Text: w.Conclusion},
		{Name: "Subject", Text: w.Subject},
	}
}

// compiler holds the report's own sentences of DefaultWording compiled:
// built once, on first use, and never changed after, so that a program
// that builds no document (cchc schema, cchc --help) parses no template;
// it is safe for concurrent use.
var compiler = sync.OnceValue(func() *section.Compiler {
	return section.NewCompiler("reform", DefaultWording().sentences())
})

// Document builds the report as a document tree in the official layout, with
// the default wording. It needs no validation to pass: a report with slips
// renders as its authors wrote it. An error means the report cannot be laid
// out (broken narrative markup, a placeholder that names no figure); Validate
// reports the same problems as findings.
func (r *Report) Document() (*doc.Document, error) {
	return r.DocumentWith(DefaultWording())
}

// DocumentWith builds the document tree with the given wording. Every
// template of the report's own sentences is parsed first, so one that does
// not parse is an error even where the report does not use it (Plan for a
// report with no plan); errors name the field, "reform: wording.Plan: …".
// The sections read the wording of the report's level (Wording.At).
func (r *Report) DocumentWith(w Wording) (*doc.Document, error) {
	w = w.At(r.Header.Level)
	set, err := compiler().Compile(w.sentences())
	if err != nil {
		return nil, err
	}
	b := builder{r: r, w: w, wr: set.Writer(), titles: r.Titles.merged(), figs: r.figures()}
	b.data = WordingData{Agency: r.Header.Name(), Period: r.Period.Label(), SentTo: r.Header.SentTo}
	// The level decides the header's lines and the signer's usual
	// authority when the report does not give them (level.go).
	parent, issuing := r.Header.agencyLines()
	d := &doc.Document{
		Header: doc.Header{
			ParentAgency:  parent,
			IssuingAgency: issuing,
			WrapAgencies:  r.Header.Level.Known(),
			IssuerName:    r.Header.Name(),
			Number:        r.Header.Number,
			Place:         r.Header.Place,
			Date:          r.Header.Date.Time,
			KindName:      "BÁO CÁO",
			Subject:       r.Header.Subject,
			To:            r.Header.To,
			Urgency:       r.Header.Urgency,
			Secrecy:       r.Header.Secrecy,
		},
		Closing: doc.Closing{
			Recipients: r.Closing.Recipients,
			Archive:    r.Closing.Archive,
			Signer:     doc.Signer{Authority: r.Closing.Signer.authority(r.Header.Level), Title: r.Closing.Signer.Title, Name: r.Closing.Signer.Name},
			Drafter:    r.Closing.Drafter,
		},
	}
	if d.Header.Subject == "" {
		d.Header.Subject = b.wr.Text("Subject", b.data)
	}
	body, err := b.body()
	// A sentence's error comes before any error body returns: body stops at
	// its first error, and the Writer only records.
	if werr := b.wr.Err(); werr != nil {
		return nil, werr
	}
	if err != nil {
		return nil, err
	}
	d.Body = body
	for i, a := range r.Appendices {
		ap, err := r.appendix(i, a, b.figs)
		if err != nil {
			return nil, err
		}
		d.Appendices = append(d.Appendices, ap)
	}
	return d, nil
}

func (t *Table) block() *doc.Table {
	out := &doc.Table{}
	for _, c := range t.Columns {
		out.Columns = append(out.Columns, doc.Column{Title: c})
	}
	for _, row := range t.Rows {
		cells := make([]doc.Cell, len(row))
		for i, c := range row {
			cells[i] = doc.Cell{Runs: doc.Text(c)}
		}
		out.Rows = append(out.Rows, cells)
	}
	return out
}

type builder struct {
	r      *Report
	w      Wording
	wr     *section.Writer // the report's own sentences; DocumentWith checks its error
	titles Titles
	figs   figureSet
	data   WordingData
}

// node is one section of the outline: its key, how to build it, and its
// children.
type node struct {
	key      string
	title    string
	sources  []string                    // the JSON paths the node presents, for findings' places
	build    func() ([]doc.Block, error) // content before the children; nil means absent
	children []node
}

func (b *builder) outline() []node {
	r, t := b.r, b.titles
	var dir Direction
	if r.Direction != nil {
		dir = *r.Direction
	}
	var res Results
	if r.Results != nil {
		res = *r.Results
	}
	if r.Outline.fixed() {
		dir, res = b.fixedSections(dir, res)
	}
	text := func(path string, tx Text) func() ([]doc.Block, error) {
		if len(tx) == 0 {
			return nil
		}
		return func() ([]doc.Block, error) { return tx.blocks(path, b.figs) }
	}
	nodes := []node{
		{key: "I", title: t.Direction, sources: []string{"direction"}, children: []node{
			{key: "I.1", title: t.Plan, sources: []string{"direction.plan"}, build: b.plan()},
			{key: "I.2", title: t.Leadership, sources: []string{"direction.leadership"}, build: text("direction.leadership", dir.Leadership)},
			{key: "I.3", title: t.Inspection, sources: []string{"direction.inspection"}, build: text("direction.inspection", dir.Inspection)},
			{key: "I.4", title: t.Communication, sources: []string{"direction.communication"}, build: domain(dir.Communication != nil, "direction.communication", func() ([]doc.Block, error) {
				return dir.Communication.Blocks(b.w.Communication, r.Outline.sections())
			})},
		}},
		{key: "II", title: t.Results, sources: []string{"results"}, children: []node{
			{key: "II.1", title: t.Institutions, sources: []string{"results.institutions"}, build: b.parts("results.institutions", "parts", res.Institutions != nil, func() (Text, []Part) {
				return res.Institutions.Text, res.Institutions.Parts
			})},
			{key: "II.2", title: t.Procedures, sources: []string{"results.procedures"}, build: domain(res.Procedures != nil, "results.procedures", func() ([]doc.Block, error) {
				return res.Procedures.Blocks(b.w.Procedures, r.Outline.sections())
			})},
			{key: "II.3", title: t.Organisation, sources: []string{"results.personnel.organisation"}, build: domain(res.Personnel != nil, "results.personnel.organisation", func() ([]doc.Block, error) {
				return res.Personnel.OrganisationBlocks(b.w.Personnel, r.Outline.sections())
			})},
			{key: "II.4", title: t.CivilService, sources: []string{"results.personnel.civil_service"}, build: domain(res.Personnel != nil, "results.personnel.civil_service", func() ([]doc.Block, error) {
				return res.Personnel.CivilServiceBlocks(b.w.Personnel, r.Outline.sections())
			})},
			{key: "II.5", title: t.Finance, sources: []string{"results.finance"}, build: b.parts("results.finance", "parts", res.Finance != nil, func() (Text, []Part) {
				return res.Finance.Text, res.Finance.Parts
			})},
			{key: "II.6", title: t.Digital, sources: []string{"results.digital"}, build: domain(res.Digital != nil, "results.digital", func() ([]doc.Block, error) {
				return res.Digital.Blocks(b.w.Digital, r.Outline.sections())
			})},
		}},
		{key: "III", title: t.Assessment, sources: []string{"assessment"}, build: b.assessment()},
		{key: "IV", title: t.Directions, sources: []string{"directions"}, build: b.directions()},
		{key: "V", title: t.Recommendations, sources: []string{"recommendations"}, build: func() func() ([]doc.Block, error) {
			if r.Recommendations == nil {
				return nil
			}
			return text("recommendations.text", r.Recommendations.Text)
		}()},
	}
	if r.Directions != nil && !doc.Blank(r.Directions.Title) {
		nodes[3].title = r.Directions.Title
	}
	return nodes
}

// domain wraps a domain package's blocks, naming the path in its error.
func domain(present bool, path string, f func() ([]doc.Block, error)) func() ([]doc.Block, error) {
	if !present {
		return nil
	}
	return func() ([]doc.Block, error) {
		bs, err := f()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return bs, nil
	}
}

// parts builds a text and its parts; the parts are the array partsKey of
// the object at path ("parts", or "areas" for section IV).
func (b *builder) parts(path, partsKey string, present bool, get func() (Text, []Part)) func() ([]doc.Block, error) {
	if !present {
		return nil
	}
	return func() ([]doc.Block, error) {
		tx, parts := get()
		out, err := tx.blocks(path+".text", b.figs)
		if err != nil {
			return nil, err
		}
		for i, p := range parts {
			s, err := p.blocks(fmt.Sprintf("%s.%s[%d]", path, partsKey, i), b.figs)
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
		return out, nil
	}
}

func (b *builder) plan() func() ([]doc.Block, error) {
	r := b.r
	if r.Direction == nil || r.Direction.Plan == nil {
		return nil
	}
	p := r.Direction.Plan
	return func() ([]doc.Block, error) {
		data := b.data
		data.Done, data.Planned = section.Count(vn.DefaultFormat(), p.TasksDone), section.Count(vn.DefaultFormat(), p.TasksPlanned)
		data.FromYearStart = p.FromYearStart(r.Period)
		if p.TasksPlanned > 0 {
			rate, err := vn.Percent(p.TasksDone, p.TasksPlanned, 1)
			if err != nil {
				return nil, fmt.Errorf("direction.plan: %w", err)
			}
			data.Rate = rate
		}
		sentence := b.wr.Text("Plan", data)
		var runs []doc.Run
		var items []doc.Block
		for _, part := range []struct {
			path string
			n    *doc.Narrative
		}{{"direction.plan.text", p.Text}, {"", nil}, {"direction.plan.after", p.After}} {
			if part.path == "" {
				runs = appendSentence(runs, sentence)
				continue
			}
			if part.n == nil {
				continue
			}
			bs, err := b.narrative(part.path, *part.n)
			if err != nil {
				return nil, err
			}
			runs = appendRuns(runs, bs[0].(*doc.Paragraph).Runs)
			items = append(items, bs[1:]...)
		}
		return append([]doc.Block{&doc.Paragraph{Runs: runs}}, items...), nil
	}
}

// narrative resolves placeholders and returns the narrative's paragraph and
// item list.
func (b *builder) narrative(path string, n doc.Narrative) ([]doc.Block, error) {
	res, err := b.figs.resolveTree(path, n)
	if err != nil {
		return nil, err
	}
	bs, err := res.Paragraph()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return bs, nil
}

// appendSentence adds a sentence after runs, with a space between.
func appendSentence(runs []doc.Run, s string) []doc.Run {
	return appendRuns(runs, []doc.Run{doc.Plain(s)})
}

// appendRuns joins two run lists with one space between them.
func appendRuns(a, b []doc.Run) []doc.Run {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	last := a[len(a)-1]
	if last.Note != nil || !strings.HasSuffix(last.Text, " ") {
		if strings.HasPrefix(b[0].Text, " ") {
			return append(a, b...)
		}
		return append(append(a, doc.Plain(" ")), b...)
	}
	return append(a, b...)
}

func (b *builder) assessment() func() ([]doc.Block, error) {
	a := b.r.Assessment
	if a == nil && b.r.Outline.fixed() {
		a = &Assessment{} // the fixed outline prints III.1 and III.2
	}
	if a == nil {
		return nil
	}
	return func() ([]doc.Block, error) {
		var out []doc.Block
		for _, part := range []struct {
			path, title string
			text        Text
		}{{"assessment.strengths", b.titles.Strengths, a.Strengths}, {"assessment.weaknesses", b.titles.Weaknesses, a.Weaknesses}} {
			if len(part.text) == 0 && !b.r.Outline.fixed() {
				continue
			}
			bs, err := part.text.blocks(part.path, b.figs)
			if err != nil {
				return nil, err
			}
			out = append(out, &doc.Section{Title: part.title, Blocks: bs, Sources: []string{part.path}})
		}
		return out, nil
	}
}

func (b *builder) directions() func() ([]doc.Block, error) {
	d := b.r.Directions
	if d == nil {
		return nil
	}
	return b.parts("directions", "areas", true, func() (Text, []Part) { return d.Text, d.Areas })
}

// body builds the intro, the outline with the custom and extra sections in
// their places, and the conclusion.
func (b *builder) body() ([]doc.Block, error) {
	var out []doc.Block
	intro := b.wr.Text("Intro", b.data)
	var runs []doc.Run
	var basisItems []doc.Block
	if b.r.Basis != nil {
		bs, err := b.narrative("basis", *b.r.Basis)
		if err != nil {
			return nil, err
		}
		runs = bs[0].(*doc.Paragraph).Runs
		basisItems = bs[1:]
	}
	out = append(out, &doc.Paragraph{Runs: appendSentence(runs, intro)})
	out = append(out, basisItems...)

	extra, err := b.extras()
	if err != nil {
		return nil, err
	}
	out = append(out, extra[""]...)
	fixed := b.r.Outline.fixed()
	for _, top := range b.outline() {
		var content []doc.Block
		if top.build != nil {
			bs, err := top.build()
			if err != nil {
				return nil, err
			}
			content = append(content, bs...)
		}
		for _, child := range top.children {
			if child.build != nil || fixed {
				bs, err := child.run()
				if err != nil {
					return nil, err
				}
				content = append(content, &doc.Section{Title: child.title, Blocks: bs, Sources: child.sources})
			}
			content = append(content, extra[child.key]...)
		}
		if len(content) > 0 || fixed {
			out = append(out, &doc.Section{Title: top.title, Blocks: content, Sources: top.sources})
		}
		out = append(out, extra[top.key]...)
	}
	if fixed {
		out = filled(out, b.r.Outline.empty())
	}

	if b.r.Closing.Conclusion != nil {
		bs, err := b.narrative("closing.conclusion", *b.r.Closing.Conclusion)
		if err != nil {
			return nil, err
		}
		out = append(out, bs...)
	} else {
		out = append(out, doc.P(doc.Plain(b.wr.Text("Conclusion", b.data))))
	}
	return out, nil
}

// extras returns the custom (Go) and extra (JSON) sections by the key they
// follow, each as a section.
func (b *builder) extras() (map[string][]doc.Block, error) {
	out := map[string][]doc.Block{}
	for i, e := range b.r.Extra {
		s, err := e.Part.blocks(fmt.Sprintf("extra[%d]", i), b.figs)
		if err != nil {
			return nil, err
		}
		out[e.After] = append(out[e.After], s)
	}
	for _, c := range b.r.custom {
		bs, err := c.section.Blocks()
		if err != nil {
			return nil, fmt.Errorf("custom.%s: %w", c.section.Key(), err)
		}
		out[c.after] = append(out[c.after], &doc.Section{Title: c.section.Title(), Blocks: bs,
			Sources: []string{"custom." + c.section.Key()}})
	}
	return out, nil
}

// addAutonomy adds II.5's autonomy groups: {autonomy.total}, and each group
// stated by its JSON key, and by its name before (self_all, self_recurrent)
// for groups 1 and 2.
func (f figureSet) addAutonomy(a Autonomy) {
	total, err := a.Total()
	f.addSum("autonomy.total", "results.finance.autonomy", total, err)
	before := [4]string{"self_all", "self_recurrent"}
	counts := a.Counts()
	for i, g := range section.AutonomyGroups() {
		c := counts[i]
		if c == nil {
			continue
		}
		f.add("autonomy."+g.Key, *c)
		if before[i] != "" {
			f.add("autonomy."+before[i], *c)
		}
	}
}

// figures returns every figure narratives may quote.
func (r *Report) figures() figureSet {
	set := figuresOf(r.Figures)
	if r.Direction != nil && r.Direction.Plan != nil {
		set.add("plan.done", r.Direction.Plan.TasksDone)
		set.add("plan.planned", r.Direction.Plan.TasksPlanned)
	}
	if r.Results != nil && r.Results.Finance != nil {
		f := r.Results.Finance
		if a := f.Autonomy; a != nil {
			set.addAutonomy(*a)
		}
		for _, m := range f.Budget {
			set["budget."+m.Name] = quoted{text: vn.Money(m.Value.Decimal)}
		}
	}
	return set
}
