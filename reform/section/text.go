package section

// Free text (nội dung tường thuật): the one shape every part of a report
// that a person writes in their own words takes in the interchange format,
// whichever package owns the part.

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
)

// Entry is one piece of free text: a paragraph, a "-" list or an a) b) c)
// list. Exactly one of its fields is set.
//
// In the interchange format (schema version 2) an entry is an object with
// one key: {"paragraph": {…}}, {"bullets": […]} or {"letters": […]}, each
// narrative an object {"text", "notes", "items"} (doc.Narrative).
type Entry struct {
	// Paragraph is a paragraph, with the "-" items under it, if any.
	Paragraph *doc.Narrative `json:"paragraph,omitempty"`
	// Bullets are "-" items; their own items are "+" items.
	Bullets []doc.Narrative `json:"bullets,omitempty"`
	// Letters are items numbered a), b), c) … in Vietnamese order.
	Letters []doc.Narrative `json:"letters,omitempty"`
}

// Text is free text: paragraphs and lists in order. It is the one shape of
// the free text of every section, and of the report's own parts; a field
// that holds a few words a generated sentence or item prints around them (a
// lead, an outcome) is a single doc.Narrative, the same object an entry
// holds.
//
// Consecutive bullets entries print as one "-" list. Where a section prints
// the text as items of a list of its own (Text.Items), every narrative of
// every entry is an item of that list. Citations in the text are kept as
// written and checked by package reform.
//
// A Text is plain data: it may be read from many goroutines at once as
// long as none changes it.
type Text []Entry

// Paragraph returns the entry of a paragraph with its footnotes.
func Paragraph(text string, notes ...string) Entry {
	return Entry{Paragraph: &doc.Narrative{Text: text, Notes: notes}}
}

// Bullets returns the entry of a "-" list of the narratives.
func Bullets(items ...doc.Narrative) Entry { return Entry{Bullets: items} }

// Letters returns the entry of an a) b) c) list of the narratives.
func Letters(items ...doc.Narrative) Entry { return Entry{Letters: items} }

// Kinds returns how many of the entry's fields are set: 1 for an entry
// that prints.
func (e Entry) Kinds() int {
	n := 0
	for _, set := range []bool{e.Paragraph != nil, e.Bullets != nil, e.Letters != nil} {
		if set {
			n++
		}
	}
	return n
}

// Walk calls fn for every narrative of the text, the items under each
// included, with its JSON path under path: "path[0].paragraph",
// "path[1].bullets[2]", "path[1].bullets[2].items[0]".
func (t Text) Walk(path string, fn func(path string, n doc.Narrative)) {
	for i, e := range t {
		// Each path is built in one concatenation: the entry's own path
		// ("path[i]") is never needed alone.
		at := strconv.Itoa(i)
		if e.Paragraph != nil {
			WalkNarrative(path+"["+at+"].paragraph", *e.Paragraph, fn)
		}
		for j, n := range e.Bullets {
			WalkNarrative(path+"["+at+"].bullets["+strconv.Itoa(j)+"]", n, fn)
		}
		for j, n := range e.Letters {
			WalkNarrative(path+"["+at+"].letters["+strconv.Itoa(j)+"]", n, fn)
		}
	}
}

// WalkNarrative calls fn for n at path and for each of its items, at
// "path.items[i]", depth first.
func WalkNarrative(path string, n doc.Narrative, fn func(path string, n doc.Narrative)) {
	fn(path, n)
	for i, it := range n.Items {
		WalkNarrative(path+".items["+strconv.Itoa(i)+"]", it, fn)
	}
}

// Check adds to l, as findings of rule, every entry that is not exactly one
// of a paragraph, a "-" list and an a) b) c) list (CheckEntries), and the
// inline markup of every narrative that cannot be read (CheckMarkup), with
// JSON paths under path.
func (t Text) Check(l *finding.List, rule finding.Rule, path string) {
	t.CheckEntries(l, rule, path)
	t.Each(path, func(p string, n doc.Narrative) { CheckMarkup(l, rule, p, n) })
}

// CheckEntries adds to l, as findings of rule, every entry that is not
// exactly one of a paragraph, a "-" list and an a) b) c) list: the layout
// cannot print it without dropping content.
func (t Text) CheckEntries(l *finding.List, rule finding.Rule, path string) {
	for i, e := range t {
		if n := e.Kinds(); n != 1 {
			l.Add(rule.At(finding.Index(path, i), fmt.Sprintf("Mục nội dung thứ %d cần đúng một loại: một đoạn văn, một danh sách gạch đầu dòng hoặc một danh sách a), b), c); mục này có %d loại.", i+1, n)).
				WithValues(finding.Value{Name: "kinds", Value: fmt.Sprint(n)}))
		}
	}
}

// Each calls fn for the narratives of the entries in order, without their
// items, with their JSON paths under path: "path[0].paragraph",
// "path[1].bullets[0]". An entry of several kinds gives each of them.
func (t Text) Each(path string, fn func(path string, n doc.Narrative)) {
	for i, e := range t {
		e.each(finding.Index(path, i), fn)
	}
}

// pathed is a narrative of an entry with its JSON path.
type pathed struct {
	path string
	n    doc.Narrative
}

// narratives returns the narratives of the entry at JSON path p, without
// their items.
func (e Entry) narratives(p string) []pathed {
	out := make([]pathed, 0, e.count())
	e.each(p, func(path string, n doc.Narrative) { out = append(out, pathed{path, n}) })
	return out
}

// count is the number of narratives of the entry, without their items.
func (e Entry) count() int {
	n := len(e.Bullets) + len(e.Letters)
	if e.Paragraph != nil {
		n++
	}
	return n
}

// each calls fn for the narratives of the entry at JSON path p, without
// their items, in the order of narratives, and builds no list of them.
func (e Entry) each(p string, fn func(path string, n doc.Narrative)) {
	if e.Paragraph != nil {
		fn(p+".paragraph", *e.Paragraph)
	}
	for j, n := range e.Bullets {
		fn(p+".bullets["+strconv.Itoa(j)+"]", n)
	}
	for j, n := range e.Letters {
		fn(p+".letters["+strconv.Itoa(j)+"]", n)
	}
}

// Resolve rewrites a narrative before it is printed, e.g. package reform's
// figure placeholders ({name}); path is the narrative's JSON path. The
// error stops the printing.
type Resolve func(path string, n doc.Narrative) (doc.Narrative, error)

// Blocks returns the text as document blocks: a paragraph with its items
// as a "-" list, a "-" list (consecutive bullets entries make one) whose
// items' items are "+" lists, an a) b) c) list. resolve, when not nil,
// rewrites each narrative first. An entry that is not exactly one kind, or
// markup that cannot be read, is an error naming the JSON path under path.
func (t Text) Blocks(path string, resolve Resolve) ([]doc.Block, error) {
	var out []doc.Block
	dash := false // the last block is the list of a bullets entry
	for i, e := range t {
		bs, err := e.blocks(finding.Index(path, i), resolve)
		if err != nil {
			return nil, err
		}
		if e.Bullets != nil && dash {
			prev := out[len(out)-1].(*doc.List)
			prev.Items = append(prev.Items, bs[0].(*doc.List).Items...)
			continue
		}
		out = append(out, bs...)
		dash = e.Bullets != nil
	}
	return out, nil
}

// blocks returns the blocks of the entry at JSON path p.
func (e Entry) blocks(p string, resolve Resolve) ([]doc.Block, error) {
	if k := e.Kinds(); k != 1 {
		return nil, fmt.Errorf("%s: an entry needs exactly one of paragraph, bullets or letters, not %d", p, k)
	}
	switch {
	case e.Paragraph != nil:
		n, err := resolved(p+".paragraph", *e.Paragraph, resolve)
		if err != nil {
			return nil, err
		}
		bs, err := n.Paragraph()
		if err != nil {
			return nil, fmt.Errorf("%s.paragraph: %w", p, err)
		}
		return bs, nil
	case e.Bullets != nil:
		return list(p+".bullets", e.Bullets, doc.Dash, resolve)
	}
	return list(p+".letters", e.Letters, doc.Letters, resolve)
}

// resolved is n rewritten by resolve, or n when resolve is nil.
func resolved(path string, n doc.Narrative, resolve Resolve) (doc.Narrative, error) {
	if resolve == nil {
		return n, nil
	}
	return resolve(path, n)
}

// list returns the narratives at JSON path path as one list with marker m.
func list(path string, ns []doc.Narrative, m doc.Marker, resolve Resolve) ([]doc.Block, error) {
	out := ns
	if resolve != nil {
		// Each narrative's path is built only for resolve to name it.
		out = make([]doc.Narrative, len(ns))
		for i, n := range ns {
			r, err := resolve(finding.Index(path, i), n)
			if err != nil {
				return nil, err
			}
			out[i] = r
		}
	}
	l, err := doc.ItemList(out, m, path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return []doc.Block{l}, nil
}

// Items returns the text as the items of a list a section prints (a "-"
// list of its own, after the items it writes): every narrative of every
// entry, in order, is one item, a paragraph's included; each item's items
// are "+" items. An entry that is not exactly one kind, or markup that
// cannot be read, is an error naming the JSON path under path.
func (t Text) Items(path string) ([]doc.Item, error) {
	var out []doc.Item
	for i, e := range t {
		p := finding.Index(path, i)
		if k := e.Kinds(); k != 1 {
			return nil, fmt.Errorf("%s: an entry needs exactly one of paragraph, bullets or letters, not %d", p, k)
		}
		for _, n := range e.narratives(p) {
			it, err := item(n)
			if err != nil {
				return nil, err
			}
			out = append(out, it)
		}
	}
	return out, nil
}

// item is the list item of a narrative, its items a "+" list under it.
func item(n pathed) (doc.Item, error) {
	runs, err := n.n.Runs()
	if err != nil {
		return doc.Item{}, fmt.Errorf("%s: %w", n.path, err)
	}
	it := doc.Item{Runs: runs}
	if len(n.n.Items) > 0 {
		sub, err := doc.ItemList(n.n.Items, doc.Plus, n.path+".items")
		if err != nil {
			return doc.Item{}, err
		}
		it.Blocks = []doc.Block{sub}
	}
	return it, nil
}

// Narratives returns the narratives of the entries in order, without their
// items: the paragraph of each paragraph entry and the items of each list.
func (t Text) Narratives() []doc.Narrative {
	var out []doc.Narrative
	for _, e := range t {
		for _, n := range e.narratives("") {
			out = append(out, n.n)
		}
	}
	return out
}

// Clone returns a deep copy of the text: a roll-up that keeps a unit's text
// shares nothing with the unit.
func (t Text) Clone() Text {
	if t == nil {
		return nil
	}
	out := make(Text, len(t))
	for i, e := range t {
		if e.Paragraph != nil {
			p := CloneNarrative(*e.Paragraph)
			out[i].Paragraph = &p
		}
		out[i].Bullets = cloneNarratives(e.Bullets)
		out[i].Letters = cloneNarratives(e.Letters)
	}
	return out
}

// CloneNarrative returns a deep copy of n: its notes and items copied.
func CloneNarrative(n doc.Narrative) doc.Narrative {
	n.Notes = slices.Clone(n.Notes)
	n.Items = cloneNarratives(n.Items)
	return n
}

func cloneNarratives(ns []doc.Narrative) []doc.Narrative {
	if ns == nil {
		return nil
	}
	out := make([]doc.Narrative, len(ns))
	for i, n := range ns {
		out[i] = CloneNarrative(n)
	}
	return out
}
