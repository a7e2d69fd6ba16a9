package doc

import (
	"fmt"
	"strings"
)

// Dump writes a layout as indented text, one line per element, for golden
// tests and for reading a layout without rendering it. Emphasis is marked
// **bold**, *italic* and ***bold italic***; footnote references as [n].
func Dump(l *Layout) string {
	d := &dumper{}
	d.header(l.Header)
	d.w(0, "body:")
	dumpParas(d.w, 1, l.Body)
	d.w(0, "notes:")
	for _, n := range l.Notes {
		d.w(1, "%d: %s", n.Number, marked(n.Spans))
	}
	d.closing(l.Closing)
	for _, a := range l.Appendices {
		d.w(0, "appendix: %s", a.Label)
		d.w(1, "title: %s", a.Title)
		d.w(1, "reference: %s", a.Reference)
		dumpPage(d.w, a)
		dumpParas(d.w, 1, a.Body)
	}
	return d.b.String()
}

// dumper writes the lines of a dump.
type dumper struct {
	b strings.Builder
}

// w writes one line, indented by indent steps of two spaces.
func (d *dumper) w(indent int, format string, args ...any) {
	d.b.WriteString(strings.Repeat("  ", indent))
	fmt.Fprintf(&d.b, format, args...)
	d.b.WriteByte('\n')
}

// header writes the header, one entry per line of an agency's name: a
// name on one line dumps as before.
func (d *dumper) header(h HeaderLayout) {
	d.w(0, "header:")
	for line := range strings.SplitSeq(h.ParentAgency, "\n") {
		d.w(1, "parent_agency: %s", line)
	}
	for line := range strings.SplitSeq(h.IssuingAgency, "\n") {
		d.w(1, "issuing_agency: %s", line)
	}
	d.w(1, "number: %s", h.Number)
	for _, m := range h.Marks {
		d.w(1, "mark: %s", m)
	}
	d.w(1, "national_title: %s", h.NationalTitle)
	d.w(1, "motto: %s", h.Motto)
	d.w(1, "place_date: %s", h.PlaceDate)
	if h.Draft != "" {
		d.w(1, "draft: %s", h.Draft)
	}
	d.w(1, "kind_name: %s", h.KindName)
	d.w(1, "subject: %s", h.Subject)
	for _, t := range h.To {
		d.w(1, "to: %s", t)
	}
}

// closing writes the closing.
func (d *dumper) closing(c ClosingLayout) {
	d.w(0, "closing:")
	d.w(1, "label: %s", c.Label)
	for _, r := range c.Recipients {
		d.w(1, "recipient: %s", r)
	}
	for _, a := range c.Authority {
		d.w(1, "authority: %s", a)
	}
	d.w(1, "title: %s", c.Title)
	d.w(1, "name: %s", c.Name)
	if c.Drafter != "" {
		d.w(1, "drafter: %s", c.Drafter)
	}
}

// dumpParas writes laid-out paragraphs at indent; an item is indented by
// its depth.
func dumpParas(w func(int, string, ...any), indent int, ps []Para) {
	for _, p := range ps {
		switch p.Kind {
		case KindHeading:
			w(indent, "heading %d [%s] %s %s", p.Depth, headingEmphasis(p), p.Label, marked(p.Spans))
		case KindParagraph:
			w(indent, "paragraph%s: %s", alignMark(p), marked(p.Spans))
		case KindItem:
			w(indent+p.Depth-1, "item %s %s", p.Label, marked(p.Spans))
		case KindTable:
			w(indent, "table widths=%v%s", p.Table.Widths, tableSize(p.Table))
			w(indent+1, "head: %s", dumpRow(p.Table.Head))
			for _, r := range p.Table.Rows {
				w(indent+1, "row: %s", dumpRow(r))
			}
			dumpTable(w, indent+1, p.Table)
		}
	}
}

// headingEmphasis lists a heading's emphasis: "bold,italic,caps".
func headingEmphasis(p Para) string {
	var emph []string
	if p.Bold {
		emph = append(emph, "bold")
	}
	if p.Italic {
		emph = append(emph, "italic")
	}
	if p.Caps {
		emph = append(emph, "caps")
	}
	return strings.Join(emph, ",")
}

// dumpRow writes the cells of a row, a cell spanning columns saying so.
func dumpRow(cells []CellLayout) string {
	parts := make([]string, len(cells))
	for i, c := range cells {
		parts[i] = marked(c.Spans)
		if c.Span > 1 {
			parts[i] += fmt.Sprintf(" (span %d)", c.Span)
		}
	}
	return strings.Join(parts, " | ")
}

// alignMark writes a paragraph's alignment and indent when they are not
// the default: " [center no-indent]".
func alignMark(p Para) string {
	var s string
	switch p.Align {
	case AlignLeft:
		s = " left"
	case AlignCenter:
		s = " center"
	case AlignRight:
		s = " right"
	}
	if !p.Indent {
		s += " no-indent"
	}
	if s != "" {
		return " [" + strings.TrimSpace(s) + "]"
	}
	return ""
}

// marked writes spans with Markdown-like emphasis marks for dumps.
func marked(spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		switch {
		case s.Note > 0:
			fmt.Fprintf(&b, "[%d]", s.Note)
		case s.Bold && s.Italic:
			b.WriteString("***" + s.Text + "***")
		case s.Bold:
			b.WriteString("**" + s.Text + "**")
		case s.Italic:
			b.WriteString("*" + s.Text + "*")
		default:
			b.WriteString(s.Text)
		}
	}
	return strings.ReplaceAll(b.String(), "\n", "⏎")
}
