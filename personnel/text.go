package personnel

// The mechanism that writes the text: the generator that runs the wording's
// templates over one Section value, and the helpers the topics use to put
// their sentences together into paragraphs, list items and sub-sections.
// The sentences themselves are built in the topic files.

import (
	"errors"
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// generator writes the blocks of one Section value with one wording. Its
// Writer remembers the first error (a template, a narrative's markup, a
// degree's sum); the exported methods check it once, at the end (generate).
type generator struct {
	p       *Section
	wr      *section.Writer
	numbers vn.Format
	names   Names
	outline section.Outline // section.Fixed keeps every sub-section's heading
}

// generator compiles w and returns the generator of p with it; a nil Section
// or a template that does not compile is an error.
func (p *Section) generator(w Wording) (*generator, error) {
	if p == nil {
		return nil, errors.New("personnel: nil Section")
	}
	wr, err := compiler.Writer(w)
	if err != nil {
		return nil, err
	}
	d := p.Organisation.Department
	return &generator{p: p, wr: wr, numbers: w.Numbers, names: Names{Agency: esc(d.Name), Short: esc(d.Short())}}, nil
}

// generate writes part of the text of p with w: build runs on a generator,
// and the Writer's first error, if any, is returned in place of its result.
func generate[T any](p *Section, w Wording, build func(*generator) T) (T, error) {
	var zero T
	g, err := p.generator(w)
	if err != nil {
		return zero, err
	}
	out := build(g)
	if err := g.wr.Err(); err != nil {
		return zero, err
	}
	return out, nil
}

// section puts blocks under a heading written by the title template; an
// empty title puts them directly in place. Without blocks there is no
// section, unless keep is set or the outline is section.Fixed.
func (g *generator) section(titleField string, blocks []doc.Block, keep bool) []doc.Block {
	if !g.outline.Keep(keep || len(blocks) > 0) {
		return nil
	}
	title := g.wr.Sentence(titleField, g.names)
	if title == "" {
		return blocks
	}
	return []doc.Block{&doc.Section{Title: unescape(title), Blocks: blocks}}
}

// unescape turns the escaped data in a title back to plain text: titles are
// not inline markup.
func unescape(s string) string {
	runs, err := doc.ParseInline(s, nil)
	if err != nil {
		return s
	}
	var b strings.Builder
	for _, r := range runs {
		b.WriteString(r.Text)
	}
	return b.String()
}

// narrative returns the runs of a narrative field and its items as a "+"
// list (for a list item) or a "-" list (for a paragraph). Broken markup is
// the Writer's error, naming path.
func (g *generator) narrative(n doc.Narrative, path string, m doc.Marker) ([]doc.Run, *doc.List) {
	runs, err := n.Runs()
	if err != nil {
		g.wr.Fail(fmt.Errorf("personnel: %s: %w", path, err))
		return nil, nil
	}
	if len(n.Items) == 0 {
		return runs, nil
	}
	l, err := doc.ItemList(n.Items, m, path+".items")
	if err != nil {
		g.wr.Fail(fmt.Errorf("personnel: %s: %w", path, err))
		return nil, nil
	}
	return runs, l
}

// narrativeParagraphs writes free text: each paragraph followed by its
// items as a "-" list, each list as a list; path names the field, e.g.
// "organisation.notes". An error is the Writer's, naming the JSON path.
func (g *generator) narrativeParagraphs(t section.Text, path string) []doc.Block {
	blocks, err := t.Blocks(path, nil)
	if err != nil {
		g.wr.Fail(fmt.Errorf("personnel: %w", err))
		return nil
	}
	return blocks
}

// join joins pieces of text with a space, leaving out empty ones, and gives
// a piece that starts a sentence an upper-case first letter.
func join(pieces ...[]doc.Run) []doc.Run {
	out := make([]doc.Run, 0, joinedLen(pieces))
	for _, p := range pieces {
		if len(p) == 0 {
			continue
		}
		upper := len(out) == 0 || endsSentence(out)
		if len(out) > 0 {
			out = append(out, doc.Plain(" "))
		}
		start := len(out)
		out = append(out, p...)
		if upper {
			// The piece is copied into out: its first letter is changed there.
			out[start].Text = section.Capitalize(out[start].Text)
		}
	}
	return out
}

// joinedLen is the number of runs of the non-empty pieces joined with one
// separator run between two of them: the size of join's output, allocated
// once.
func joinedLen(pieces [][]doc.Run) int {
	n := -1
	for _, p := range pieces {
		if len(p) > 0 {
			n += len(p) + 1
		}
	}
	return max(n, 0)
}

// joinWith joins non-empty pieces with sep.
func joinWith(sep string, pieces [][]doc.Run) []doc.Run {
	out := make([]doc.Run, 0, joinedLen(pieces))
	for _, p := range pieces {
		if len(p) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, doc.Plain(sep))
		}
		out = append(out, p...)
	}
	return out
}

// endsSentence reports whether runs end a sentence: their last text, before
// any trailing space, ends with a stop, a colon, "!" or "?".
func endsSentence(runs []doc.Run) bool {
	last := runs[len(runs)-1]
	if last.Note != nil {
		// A footnote mark follows its sentence's last word or stop.
		last.Text = strings.TrimRight(last.Text, " ")
		if last.Text == "" {
			return false
		}
	}
	t := strings.TrimRight(last.Text, " ")
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', ':', '!', '?':
		return true
	}
	return false
}

// paragraph returns a paragraph of runs followed by a list, leaving out what
// is empty.
func paragraph(runs []doc.Run, l *doc.List) []doc.Block {
	var out []doc.Block
	if len(runs) > 0 {
		out = append(out, &doc.Paragraph{Runs: runs})
	}
	if l != nil {
		out = append(out, l)
	}
	return out
}

// item returns a list item of a lead, a narrative, its sub-list and
// generated sentences; ok is false when the narrative and the sentences are
// all empty and there is no sub-list.
func item(lead, text []doc.Run, sub *doc.List, sentences ...[]doc.Run) (doc.Item, bool) {
	body := join(append([][]doc.Run{text}, sentences...)...)
	if len(body) == 0 && sub == nil {
		return doc.Item{}, false
	}
	it := doc.Item{Runs: join(lead, body)}
	if sub != nil {
		it.Blocks = []doc.Block{sub}
	}
	return it, true
}

// fig returns the Figure of an optional count.
func (g *generator) fig(p *int64) Figure { return section.Optional(g.numbers, p) }

// ratio writes num/den ("04/04") when both are given, num alone otherwise.
func (g *generator) ratio(num, den *int64) string {
	switch {
	case num == nil:
		return ""
	case den == nil:
		return g.numbers.Count(*num)
	}
	return g.numbers.Ratio(*num, *den)
}

// percent writes num/den as a percentage at the precision of the declared
// rate when it reads, at Numbers.Places otherwise; "" when it cannot be
// computed.
func (g *generator) percent(num, den *int64, declared string) string {
	if num == nil || den == nil {
		return ""
	}
	if declared != "" {
		if _, places, err := vn.ParsePercent(declared); err == nil {
			if s, err := vn.Percent(*num, *den, places); err == nil {
				return s
			}
		}
	}
	s, err := vn.Percent(*num, *den, g.numbers.Places)
	if err != nil {
		return ""
	}
	return s
}

// esc escapes text from the data for the inline markup of the templates.
func esc(s string) string { return doc.EscapeInline(s) }

// list escapes items and joins them the Vietnamese way (section.Join): "a",
// "a và b", "a, b và c".
func list(items []string) string {
	escaped := make([]string, len(items))
	for i, s := range items {
		escaped[i] = esc(s)
	}
	return section.Join(escaped)
}
