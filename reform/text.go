package reform

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/doc"
)

// Entry is one piece of narrative content: a paragraph, a "-" list or an
// a) b) c) list. Exactly one of its fields is set.
type Entry struct {
	// Paragraph is a paragraph, with the "-" items under it, if any.
	Paragraph *doc.Narrative `json:"paragraph,omitempty"`
	// Bullets are "-" items; their own items are "+" items.
	Bullets []doc.Narrative `json:"bullets,omitempty"`
	// Letters are items numbered a), b), c) … in Vietnamese order.
	Letters []doc.Narrative `json:"letters,omitempty"`
}

// Text is narrative content (nội dung): paragraphs and lists in order.
type Text []Entry

// Part is a titled sub-item of a section with its narrative content and
// sub-items; its number follows from its place (1., 1.1., a)).
type Part struct {
	// Title is the heading without its number.
	Title string `json:"title" validate:"required"`
	// Text is the content under the heading.
	Text Text `json:"text,omitempty"`
	// Parts are the sub-items.
	Parts []Part `json:"parts,omitempty" validate:"dive"`
}

// narratives calls fn for every narrative of the text with its JSON path.
func (t Text) narratives(path string, fn func(path string, n doc.Narrative)) {
	for i, e := range t {
		p := fmt.Sprintf("%s[%d]", path, i)
		if e.Paragraph != nil {
			walkNarrative(p+".paragraph", *e.Paragraph, fn)
		}
		for j, n := range e.Bullets {
			walkNarrative(fmt.Sprintf("%s.bullets[%d]", p, j), n, fn)
		}
		for j, n := range e.Letters {
			walkNarrative(fmt.Sprintf("%s.letters[%d]", p, j), n, fn)
		}
	}
}

func walkNarrative(path string, n doc.Narrative, fn func(string, doc.Narrative)) {
	fn(path, n)
	for i, it := range n.Items {
		walkNarrative(fmt.Sprintf("%s.items[%d]", path, i), it, fn)
	}
}

func (p Part) narratives(path string, fn func(string, doc.Narrative)) {
	p.Text.narratives(path+".text", fn)
	for i, sub := range p.Parts {
		sub.narratives(fmt.Sprintf("%s.parts[%d]", path, i), fn)
	}
}

// kinds returns how many of the entry's fields are set.
func (e Entry) kinds() int {
	n := 0
	if e.Paragraph != nil {
		n++
	}
	if e.Bullets != nil {
		n++
	}
	if e.Letters != nil {
		n++
	}
	return n
}

// texts calls fn for the text of a part and of its sub-parts.
func (p Part) texts(path string, fn func(string, Text)) {
	fn(path+".text", p.Text)
	for i, sub := range p.Parts {
		sub.texts(fmt.Sprintf("%s.parts[%d]", path, i), fn)
	}
}

// blocks turns the text into document blocks, resolving figure
// placeholders with figs.
func (t Text) blocks(path string, figs figureSet) ([]doc.Block, error) {
	var out []doc.Block
	for i, e := range t {
		p := fmt.Sprintf("%s[%d]", path, i)
		if e.kinds() != 1 {
			return nil, fmt.Errorf("%s: an entry needs exactly one of paragraph, bullets or letters, not %d", p, e.kinds())
		}
		switch {
		case e.Paragraph != nil:
			n, err := figs.resolveTree(p+".paragraph", *e.Paragraph)
			if err != nil {
				return nil, err
			}
			bs, err := n.Paragraph()
			if err != nil {
				return nil, fmt.Errorf("%s.paragraph: %w", p, err)
			}
			out = append(out, bs...)
		case e.Bullets != nil:
			l, err := figs.list(p+".bullets", e.Bullets, doc.Dash)
			if err != nil {
				return nil, err
			}
			out = append(out, l)
		case e.Letters != nil:
			l, err := figs.list(p+".letters", e.Letters, doc.Letters)
			if err != nil {
				return nil, err
			}
			out = append(out, l)
		default:
			return nil, fmt.Errorf("%s: an entry needs one of paragraph, bullets or letters", p)
		}
	}
	return out, nil
}

func (f figureSet) list(path string, ns []doc.Narrative, m doc.Marker) (*doc.List, error) {
	resolved := make([]doc.Narrative, len(ns))
	for i, n := range ns {
		r, err := f.resolveTree(fmt.Sprintf("%s[%d]", path, i), n)
		if err != nil {
			return nil, err
		}
		resolved[i] = r
	}
	l, err := doc.ItemList(resolved, m, path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return l, nil
}

// blocks turns a part into a section with its content.
func (p Part) blocks(path string, figs figureSet) (*doc.Section, error) {
	s := &doc.Section{Title: p.Title, Sources: []string{path}}
	bs, err := p.Text.blocks(path+".text", figs)
	if err != nil {
		return nil, err
	}
	s.Blocks = bs
	for i, sub := range p.Parts {
		ss, err := sub.blocks(fmt.Sprintf("%s.parts[%d]", path, i), figs)
		if err != nil {
			return nil, err
		}
		s.Blocks = append(s.Blocks, ss)
	}
	return s, nil
}
