package dissemination

// Topic: the publications (thông qua biên soạn, in ấn, phát hành tài liệu):
// the printed items with their print runs and declared total of copies, and
// the electronic documents posted or issued. In the text they are a "-"
// lead, the "+" paragraph of the printed items ("**4.521** tài liệu pháp
// luật") and one "+" bullet per group of electronic documents.

import (
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
)

// Publications are the documents compiled, printed and handed out, and the
// electronic documents (biên soạn, in ấn, phát hành tài liệu).
type Publications struct {
	// Items are the printed items in the report's order.
	Items []Publication `json:"items,omitempty" validate:"dive"`
	// Electronic are the electronic documents posted or issued.
	Electronic []Electronic `json:"electronic,omitempty" validate:"dive"`
	// Declared are the totals the report states for the printed items.
	Declared DeclaredPublications `json:"declared"`
}

// Publication is one printed item with its print run (tài liệu in ấn).
type Publication struct {
	// Title is the item as written after the copies, e.g. "Bản tin Tư pháp số
	// Xuân Nhâm Thìn 2024".
	Title string `json:"title" validate:"required"`
	// Unit is the classifier between the copies and the title, e.g. "cuốn";
	// empty for none.
	Unit string `json:"unit,omitempty"`
	// Copies is the number of copies, when the report gives it (số bản).
	Copies *int64 `json:"copies,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// DeclaredPublications are the totals a report states for its printed items.
type DeclaredPublications struct {
	// Copies is the stated number of copies of all items ("4.521 tài liệu").
	Copies *int64 `json:"copies,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// ElectronicAction says what was done with an electronic document.
type ElectronicAction string

// The electronic actions.
const (
	// Posted: received and posted (tiếp nhận và đăng tải).
	Posted ElectronicAction = "posted"
	// Issued: issued by the organiser (phát hành).
	Issued ElectronicAction = "issued"
)

// Electronic is a group of electronic documents (tài liệu điện tử).
type Electronic struct {
	// Action is posted or issued.
	Action ElectronicAction `json:"action" validate:"required,oneof=posted issued"`
	// Count is how many documents, when the report gives it.
	Count *int64 `json:"count,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Channel is where they were posted, after "trên", e.g. "cổng thông tin
	// điện tử của Sở Tư pháp".
	Channel string `json:"channel,omitempty"`
	// Topic is what the documents are about, after "tài liệu điện tử".
	Topic string `json:"topic,omitempty"`
}

// The codes of the findings about the publications; Rules documents them.
const (
	// CodeCopies: the declared copies differ from the sum of the items'
	// copies, every item having one.
	CodeCopies finding.Code = "dissemination.publications.copies"
	// CodeCopiesExceeded: some items lack copies and the known sum exceeds
	// the declared copies.
	CodeCopiesExceeded finding.Code = "dissemination.publications.copies.exceeded"
	// CodeCopiesMissing: some items lack copies; the info names them.
	CodeCopiesMissing finding.Code = "dissemination.publications.copies.missing"
)

// The rules of the publications, one per code, which Rules lists: built
// once, never changed.
var (
	ruleCopies = finding.Rule{Code: CodeCopies, Severity: finding.Error,
		Summary: "Tổng số tài liệu ghi trong báo cáo khác tổng số bản của các tài liệu được liệt kê.",
		Doc:     "When every printed item gives its copies, publications.declared.copies must equal their sum (domain.md §5)."}
	ruleCopiesExceeded = finding.Rule{Code: CodeCopiesExceeded, Severity: finding.Error,
		Summary: "Số bản của các tài liệu có số liệu đã vượt tổng số tài liệu ghi trong báo cáo.",
		Doc:     "When some printed items lack copies, the sum of the known figures must not exceed publications.declared.copies."}
	ruleCopiesMissing = finding.Rule{Code: CodeCopiesMissing, Severity: finding.Info,
		Summary: "Có tài liệu chưa có số bản nên tổng số tài liệu chỉ đối chiếu được một phần.",
		Doc:     "When a declared number of copies is given and some items lack theirs, an info names those items."}
)

// copies returns the copies of each printed item, nil where not given.
func copies(items []Publication) []*int64 {
	out := make([]*int64, len(items))
	for i, p := range items {
		out[i] = p.Copies
	}
	return out
}

// Checks.

// check compares the declared copies with the printed items'.
func (p Publications) check(l *finding.List) {
	if p.Declared.Copies == nil {
		return // nothing to compare
	}
	items := make([]entry, len(p.Items))
	for i, it := range p.Items {
		items[i] = entry{path: finding.Index("publications.items", i) + ".copies", value: it.Copies}
	}
	totalCheck{
		rule: ruleCopies, exceeded: ruleCopiesExceeded, missing: ruleCopiesMissing,
		path: "publications.declared.copies", label: "tổng số tài liệu", what: "tài liệu",
		known: "tổng số bản của các tài liệu có số liệu",
		name: func(i int) string {
			it := p.Items[i]
			return fmt.Sprintf("tài liệu thứ %d (%s)", i+1, clip(strings.TrimSpace(it.Unit+" "+it.Title)))
		},
	}.run(l, p.Declared.Copies, items)
}

// Roll-up.

// add returns the publications of a and b put together: the printed and
// electronic items concatenated, a's first, and copied; the declared totals
// dropped.
func (a Publications) add(b Publications) Publications {
	return Publications{
		Items:      cloneAll(Publication.clone, a.Items, b.Items),
		Electronic: cloneAll(Electronic.clone, a.Electronic, b.Electronic),
	}
}

// computable checks that the known copies of the printed items fit in an
// int64.
func (p Publications) computable() error {
	_, err := shownTotal(copies(p.Items), nil, "publications.items")
	return err
}

func (p Publication) clone() Publication {
	p.Copies = ptr(p.Copies)
	return p
}

func (e Electronic) clone() Electronic {
	e.Count = ptr(e.Count)
	return e
}

// Text.

// PublicationsData is the data of Wording.Publications.
type PublicationsData struct {
	// Organiser is the organising agency.
	Organiser string
	// Copies is the number of copies of all items, "" when not known; chosen
	// like SummaryData.Attendance.
	Copies string
	// AtLeast says that Copies is only the sum of the known figures.
	AtLeast bool
	// Items are the items, each made by Wording.Publication.
	Items []string
	// Joined is Items joined with "; ".
	Joined string
	// Emphasis is Wording.Emphasis: whether figures are printed bold.
	Emphasis bool
}

// PublicationData is the data of Wording.Publication.
type PublicationData struct {
	// Copies is the number of copies ("1.000"), "" when not given.
	Copies string
	// Unit and Title are as in Publication.
	Unit, Title string
	// Emphasis is Wording.Emphasis: whether figures are printed bold.
	Emphasis bool
}

// ElectronicData is the data of Wording.Electronic.
type ElectronicData struct {
	// Issued says that the documents were issued, not received and posted.
	Issued bool
	// Count is the number of documents ("01"), "" when not given.
	Count string
	// Channel and Topic are as in Electronic, or "".
	Channel, Topic string
	// Emphasis is Wording.Emphasis: whether figures are printed bold.
	Emphasis bool
}

// publicationsItem writes the item of the publications: the paragraph of
// the printed items and a "+" bullet per group of electronic documents.
func (d *Section) publicationsItem(c *writer) *doc.Item {
	p := d.Publications
	if len(p.Items) == 0 && len(p.Electronic) == 0 {
		return nil
	}
	org := esc(d.Organiser)
	lead := c.Runs("PublicationsLead", OrganiserData{Organiser: org})
	bullets := &doc.List{Marker: doc.Plus}
	if len(p.Items) > 0 {
		bullets.Items = append(bullets.Items, doc.Item{Runs: c.printed(org, p)})
	}
	for _, e := range p.Electronic {
		bullets.Items = append(bullets.Items, doc.Item{Runs: c.electronic(e)})
	}
	return &doc.Item{Runs: lead, Blocks: []doc.Block{bullets}}
}

// printed writes the paragraph of the printed items of p, with the total
// of copies decided by shownTotal.
func (c *writer) printed(org string, p Publications) []doc.Run {
	items := make([]string, len(p.Items))
	for i, it := range p.Items {
		items[i] = c.piece("Publication", PublicationData{Copies: c.optCount(it.Copies), Unit: esc(it.Unit), Title: esc(it.Title), Emphasis: c.w.Emphasis})
	}
	t, err := shownTotal(copies(p.Items), p.Declared.Copies, "publications.items")
	c.Fail(err)
	return c.Runs("Publications", PublicationsData{
		Organiser: org, Copies: c.shown(t), AtLeast: t.atLeast, Items: items, Joined: strings.Join(items, "; "), Emphasis: c.w.Emphasis,
	})
}

// electronic writes the bullet of a group of electronic documents.
func (c *writer) electronic(e Electronic) []doc.Run {
	return c.Runs("Electronic", ElectronicData{
		Issued:   e.Action == Issued,
		Count:    c.optCount(e.Count),
		Channel:  esc(e.Channel),
		Topic:    esc(e.Topic),
		Emphasis: c.w.Emphasis,
	})
}

// publicationRules are the rules of the publications.
func publicationRules() finding.Catalogue {
	return finding.Catalogue{ruleCopies, ruleCopiesExceeded, ruleCopiesMissing}
}
