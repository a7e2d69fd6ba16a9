package doc

import (
	"fmt"
	"strings"
)

// Dump writes a layout as indented text, one line per element, for golden
// tests and for reading a layout without rendering it. Emphasis is marked
// **bold**, *italic* and ***bold italic***; footnote references as [n].
func Dump(l *Layout) string {
	var b strings.Builder
	w := func(indent int, format string, args ...any) {
		b.WriteString(strings.Repeat("  ", indent))
		fmt.Fprintf(&b, format, args...)
		b.WriteByte('\n')
	}
	h := l.Header
	w(0, "header:")
	// One entry per line of a name: a name on one line dumps as before.
	for line := range strings.SplitSeq(h.ParentAgency, "\n") {
		w(1, "parent_agency: %s", line)
	}
	for line := range strings.SplitSeq(h.IssuingAgency, "\n") {
		w(1, "issuing_agency: %s", line)
	}
	w(1, "number: %s", h.Number)
	for _, m := range h.Marks {
		w(1, "mark: %s", m)
	}
	w(1, "national_title: %s", h.NationalTitle)
	w(1, "motto: %s", h.Motto)
	w(1, "place_date: %s", h.PlaceDate)
	if h.Draft != "" {
		w(1, "draft: %s", h.Draft)
	}
	w(1, "kind_name: %s", h.KindName)
	w(1, "subject: %s", h.Subject)
	for _, t := range h.To {
		w(1, "to: %s", t)
	}
	w(0, "body:")
	dumpParas(w, 1, l.Body)
	w(0, "notes:")
	for _, n := range l.Notes {
		w(1, "%d: %s", n.Number, marked(n.Spans))
	}
	c := l.Closing
	w(0, "closing:")
	w(1, "label: %s", c.Label)
	for _, r := range c.Recipients {
		w(1, "recipient: %s", r)
	}
	for _, a := range c.Authority {
		w(1, "authority: %s", a)
	}
	w(1, "title: %s", c.Title)
	w(1, "name: %s", c.Name)
	if c.Drafter != "" {
		w(1, "drafter: %s", c.Drafter)
	}
	for _, a := range l.Appendices {
		w(0, "appendix: %s", a.Label)
		w(1, "title: %s", a.Title)
		w(1, "reference: %s", a.Reference)
		dumpPage(w, a)
		dumpParas(w, 1, a.Body)
	}
	return b.String()
}

func dumpParas(w func(int, string, ...any), indent int, ps []Para) {
	for _, p := range ps {
		switch p.Kind {
		case KindHeading:
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
			w(indent, "heading %d [%s] %s %s", p.Depth, strings.Join(emph, ","), p.Label, marked(p.Spans))
		case KindParagraph:
			w(indent, "paragraph%s: %s", alignMark(p), marked(p.Spans))
		case KindItem:
			w(indent+p.Depth-1, "item %s %s", p.Label, marked(p.Spans))
		case KindTable:
			w(indent, "table widths=%v%s", p.Table.Widths, tableSize(p.Table))
			row := func(cells []CellLayout) string {
				parts := make([]string, len(cells))
				for i, c := range cells {
					parts[i] = marked(c.Spans)
					if c.Span > 1 {
						parts[i] += fmt.Sprintf(" (span %d)", c.Span)
					}
				}
				return strings.Join(parts, " | ")
			}
			w(indent+1, "head: %s", row(p.Table.Head))
			for _, r := range p.Table.Rows {
				w(indent+1, "row: %s", row(r))
			}
			dumpTable(w, indent+1, p.Table)
		}
	}
}

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
