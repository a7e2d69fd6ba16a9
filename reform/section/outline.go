package section

// Outline says which topic headings a section's text prints (đề cương rút
// gọn hay cố định). The sections' Blocks functions take it as an optional
// last argument; none is Trimmed.
type Outline int

const (
	// Trimmed leaves a topic with nothing to report out of the text, and the
	// topics that remain are numbered from their places: the layout of the
	// reference report, and the zero value.
	Trimmed Outline = iota
	// Fixed prints the heading of every topic of the section's outline. A
	// topic with nothing to report is a doc.Section with no blocks, for the
	// caller to fill: package reform puts its Outline's paragraph ("Không
	// phát sinh.") there. Every unit's text then numbers its topics alike,
	// so "II.2.2.đ" is the dossier results in every report.
	Fixed
)

// OutlineOf returns the outline given to a Blocks function as its optional
// last argument: the last of o, Trimmed when there is none.
func OutlineOf(o []Outline) Outline {
	if len(o) == 0 {
		return Trimmed
	}
	return o[len(o)-1]
}

// Keep reports whether a topic is printed under o: always under Fixed, and
// under Trimmed when it has something to print (has).
func (o Outline) Keep(has bool) bool { return o == Fixed || has }
