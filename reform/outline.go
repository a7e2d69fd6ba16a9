package reform

import (
	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/tthc"
)

// DefaultEmpty is the paragraph the fixed outline prints under an item with
// nothing to report.
const DefaultEmpty = "Không phát sinh."

// Outline is the layout of the report's outline (đề cương báo cáo).
// Without it a report prints the items it has something to say about,
// numbered from their places: a commune with no law-dissemination work has
// no I.4, and its "II.2.2.c)" may be the dossier results where a
// department's is the publicity. With Fixed, every item of the standard
// outline is printed in its place, and one with nothing to report holds one
// paragraph, "Không phát sinh.", so that every unit numbers its items alike:
// what a unit whose report is rolled up or compared item by item asks for.
//
// In JSON it sits beside "titles":
//
//	"outline": {"fixed": true, "empty": "Không phát sinh."}
//
// The standard outline is the headings a report prints when it has data:
//
//	I.    1. plan, 2. leadership, 3. inspection, 4. communication
//	II.   1. institutions; 2. procedures: 2.1, 2.2 with a) to g);
//	      3. organisation: 3.1; 4. civil service: 4.1 to 4.3;
//	      5. finance; 6. digital government: 6.1
//	III.  1. strengths, 2. weaknesses
//	IV.   directions; V. recommendations
//
// The sub-items of 2., 3., 4. and 6. are the sections' own (tthc, personnel,
// digital; their Blocks under section.Fixed). The parts of II.1, II.5 and IV
// and the extra and custom sections are the report's: printed as given, one
// with nothing in it holding the paragraph too. Aggregate does not take the
// outline from the units: a roll-up's outline is its own, set by the caller
// or in the frame that "cchc aggregate --frame" lays over the sum.
type Outline struct {
	// Fixed prints every item of the standard outline, one with nothing to
	// report holding the Empty paragraph; false prints the items with data
	// only, as a report without Outline does.
	Fixed bool `json:"fixed,omitempty"`
	// Empty is the paragraph under an item with nothing to report, e.g.
	// "Không có nội dung phát sinh trong kỳ."; empty or blank means
	// DefaultEmpty ("Không phát sinh."). It is plain text, printed as
	// written. Without Fixed it changes nothing.
	Empty string `json:"empty,omitempty"`
}

// fixed reports whether the report asks for the fixed outline.
func (o *Outline) fixed() bool { return o != nil && o.Fixed }

// sections returns the outline the sections' Blocks functions take.
func (o *Outline) sections() section.Outline {
	if o.fixed() {
		return section.Fixed
	}
	return section.Trimmed
}

// empty returns the paragraph under an item with nothing to report.
func (o *Outline) empty() string {
	if o == nil || doc.Blank(o.Empty) {
		return DefaultEmpty
	}
	return o.Empty
}

// filled returns bs with the paragraph text under every heading, at any
// depth, that has no block. The sections are copied, never changed: a
// custom section's blocks stay its own.
func filled(bs []doc.Block, text string) []doc.Block {
	out := make([]doc.Block, len(bs))
	for i, b := range bs {
		s, ok := b.(*doc.Section)
		if !ok {
			out[i] = b
			continue
		}
		c := *s
		if len(c.Blocks) == 0 {
			c.Blocks = []doc.Block{doc.P(doc.Plain(text))}
		} else {
			c.Blocks = filled(c.Blocks, text)
		}
		out[i] = &c
	}
	return out
}

// fixedSections returns dir and res with an empty section, named for the
// issuing unit, in place of each domain section they leave out, so that
// the fixed outline prints that section's topics too.
func (b *builder) fixedSections(dir Direction, res Results) (Direction, Results) {
	name := b.r.Header.Name()
	if dir.Communication == nil {
		dir.Communication = &dissemination.Section{Organiser: name}
	}
	if res.Procedures == nil {
		res.Procedures = &tthc.Section{Unit: name}
	}
	if res.Personnel == nil {
		res.Personnel = &personnel.Section{Organisation: personnel.Organisation{Department: personnel.Department{Name: name}}}
	}
	if res.Digital == nil {
		res.Digital = &digital.Section{Agency: name}
	}
	return dir, res
}

// run builds the node's content: none when the node has no build, an item
// the fixed outline prints all the same.
func (n node) run() ([]doc.Block, error) {
	if n.build == nil {
		return nil, nil
	}
	return n.build()
}
