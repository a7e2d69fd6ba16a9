package doc

import "fmt"

// Twips is a length in twentieths of a point (1/1440 inch), the unit of
// WordprocessingML; 567 twips are 1 cm.
type Twips int

// Millimetres returns the length in millimetres.
func (t Twips) Millimetres() float64 { return float64(t) * 25.4 / 1440 }

// MM converts a length in tenths of a millimetre to twips, rounded to the
// nearest twip: MM(675) is 67,5 mm.
func MM(tenths int) Twips {
	// twips = mm * 1440 / 25.4 = tenths * 1440 / 254 = tenths * 720 / 127
	n := tenths * 720
	if n >= 0 {
		return Twips((n + 63) / 127)
	}
	return -Twips((-n + 63) / 127)
}

// Points is a font size or spacing in whole points.
type Points int

// Numbering is how a heading level is numbered.
type Numbering int

// The numbering schemes of heading levels.
const (
	// Roman numbers I., II., III. (mục).
	Roman Numbering = iota
	// Arabic numbers 1., 2., 3. (khoản).
	Arabic
	// Dotted numbers 1.1., 1.2. under an Arabic parent.
	Dotted
	// Letter numbers a), b), c) in Vietnamese order (điểm).
	Letter
)

// LevelStyle is the numbering and emphasis of one heading level.
type LevelStyle struct {
	// Numbering is the scheme of the level's labels.
	Numbering Numbering
	// Bold, Italic and Caps are the emphasis of the heading.
	Bold, Italic, Caps bool
}

// Margins are the page margins.
type Margins struct {
	// Top, Bottom, Left and Right margins.
	Top, Bottom, Left, Right Twips
}

// Sizes are the font sizes of the parts of the layout.
type Sizes struct {
	// Body is the size of body text and headings (13–14).
	Body Points
	// NationalTitle is "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (12–13).
	NationalTitle Points
	// Motto is "Độc lập - Tự do - Hạnh phúc" (13–14).
	Motto Points
	// PlaceDate is the place and date line (13–14).
	PlaceDate Points
	// Agency is the parent and issuing agency lines (12–13).
	Agency Points
	// Number is the "Số:" line (13).
	Number Points
	// Title is the kind name and trích yếu (14).
	Title Points
	// Footnote is the footnote text.
	Footnote Points
	// ClosingLabel is "Nơi nhận:" (12).
	ClosingLabel Points
	// Recipients is the recipients list (11).
	Recipients Points
	// Signer is the authority, title and name of the signer (13–14).
	Signer Points
	// PageNumber is the page number in the header (13–14).
	PageNumber Points
	// Drafter is the drafter's initials line (11).
	Drafter Points
	// Marks is the urgency and secrecy marks (13–14).
	Marks Points
}

// Style is the style sheet: every size, margin and indent the renderers use.
// DefaultStyle returns the defaults of layout-nd30.md; a caller may change
// any field within the decree's ranges (see Validate).
type Style struct {
	// PageWidth and PageHeight are the paper size (A4 portrait).
	PageWidth, PageHeight Twips
	// Margins are the page margins.
	Margins Margins
	// Font is the font family.
	Font string
	// Sizes are the font sizes.
	Sizes Sizes
	// FirstLineIndent is the first-line indent of body paragraphs (1 cm or 1,27 cm).
	FirstLineIndent Twips
	// SpaceBefore is the space before each body paragraph (at least 6 pt).
	SpaceBefore Points
	// LineSpacing is the line spacing in percent of single (100 to 150).
	LineSpacing int
	// HeaderColumns are the widths of the header table's two columns.
	HeaderColumns [2]Twips
	// ClosingColumns are the widths of the closing table's two columns.
	ClosingColumns [2]Twips
	// Levels are the heading levels from depth 1 (mục) down.
	Levels []LevelStyle
	// EndMark is appended to the last body paragraph ("./."); empty leaves
	// it out.
	EndMark string
	// SignatureSpace is the number of blank lines left for the signature
	// and seal.
	SignatureSpace int
}

// DefaultStyle returns the defaults of layout-nd30.md: A4 portrait, margins
// 25/20/35/20 mm, Times New Roman, the size set 13/14/14, body 14 pt justified
// with a 1 cm first-line indent and 6 pt before, headings I. (caps, bold),
// 1. (bold), 1.1. (bold italic), a) (italic), and the end mark "./.".
func DefaultStyle() Style {
	return Style{
		PageWidth:  11906,
		PageHeight: 16838,
		Margins:    Margins{Top: 1418, Bottom: 1134, Left: 1985, Right: 1134},
		Font:       "Times New Roman",
		Sizes: Sizes{
			Body: 14, NationalTitle: 13, Motto: 14, PlaceDate: 14, Agency: 13, Number: 13,
			Title: 14, Footnote: 12, ClosingLabel: 12, Recipients: 11, Signer: 14,
			PageNumber: 14, Drafter: 11, Marks: 13,
		},
		FirstLineIndent: 567,
		SpaceBefore:     6,
		LineSpacing:     100,
		HeaderColumns:   [2]Twips{MM(675), MM(1000)},
		ClosingColumns:  [2]Twips{MM(528), MM(1109)},
		Levels: []LevelStyle{
			{Numbering: Roman, Bold: true, Caps: true},
			{Numbering: Arabic, Bold: true},
			{Numbering: Dotted, Bold: true, Italic: true},
			{Numbering: Letter, Italic: true},
		},
		EndMark:        "./.",
		SignatureSpace: 4,
	}
}

// TextWidth returns the width between the left and right margins.
func (s Style) TextWidth() Twips { return s.PageWidth - s.Margins.Left - s.Margins.Right }

// TextHeight returns the height between the top and bottom margins.
func (s Style) TextHeight() Twips { return s.PageHeight - s.Margins.Top - s.Margins.Bottom }

// MaxLevels is the largest number of heading levels a style sheet may have:
// the outline levels of a word processor (Heading 1 … Heading 9).
const MaxLevels = 9

// Validate reports every value of the style sheet that falls outside the
// ranges of Nghị định 30/2020, Phụ lục I, or that leaves no room for text,
// joined in one *Error, or nil.
func (s Style) Validate() error {
	return problemsError(s.problems())
}

// problems returns the problems of the style sheet, each with its path
// (e.g. "style.margins.left").
func (s Style) problems() []Problem {
	var ps problemList
	ps.margins(s)
	ps.page(s)
	ps.sizes(s)
	ps.spacing(s)
	ps.structure(s)
	return ps
}

// problemList collects the problems of a style sheet or a layout.
type problemList []Problem

func (ps *problemList) addf(code ProblemCode, path, format string, args ...any) {
	*ps = append(*ps, Problem{Path: path, Code: code, Message: fmt.Sprintf(format, args...)})
}

// margins checks the margins against the decree's ranges. The bounds allow
// one twip either way: the decree's Word file writes 25 mm as 1418 twips
// and 35 mm as 1985 (rounded up).
func (ps *problemList) margins(s Style) {
	check := func(name string, v Twips, lo, hi int) {
		lt, ht := MM(lo*10)-1, MM(hi*10)+1
		if v < lt || v > ht {
			ps.addf(ProblemStyle, "style.margins."+name, "%.1f mm is outside %d–%d mm", v.Millimetres(), lo, hi)
		}
	}
	check("top", s.Margins.Top, 20, 25)
	check("bottom", s.Margins.Bottom, 20, 25)
	check("left", s.Margins.Left, 30, 35)
	check("right", s.Margins.Right, 15, 20)
}

// page checks the paper size and that the margins leave room for text.
func (ps *problemList) page(s Style) {
	if s.PageWidth <= 0 || s.PageHeight <= 0 {
		ps.addf(ProblemStyle, "style.page", "width and height must be positive")
		return
	}
	if s.TextWidth() <= 0 || s.TextHeight() <= 0 {
		ps.addf(ProblemStyle, "style.page", "the margins leave no room for text on a page of %d × %d twips", s.PageWidth, s.PageHeight)
	}
}

// sizes checks the font and its sizes.
func (ps *problemList) sizes(s Style) {
	if s.Font == "" {
		ps.addf(ProblemStyle, "style.font", "a font family is required")
	}
	sizes := []struct {
		name   string
		v      Points
		lo, hi Points
	}{
		{"body", s.Sizes.Body, 13, 14}, {"national_title", s.Sizes.NationalTitle, 12, 13},
		{"motto", s.Sizes.Motto, 13, 14}, {"place_date", s.Sizes.PlaceDate, 13, 14},
		{"agency", s.Sizes.Agency, 12, 13}, {"number", s.Sizes.Number, 13, 13},
		{"title", s.Sizes.Title, 13, 14}, {"footnote", s.Sizes.Footnote, 10, 14},
		{"closing_label", s.Sizes.ClosingLabel, 12, 12}, {"recipients", s.Sizes.Recipients, 11, 11},
		{"signer", s.Sizes.Signer, 13, 14}, {"page_number", s.Sizes.PageNumber, 13, 14},
		{"drafter", s.Sizes.Drafter, 11, 11}, {"marks", s.Sizes.Marks, 13, 14},
	}
	for _, z := range sizes {
		if z.v < z.lo || z.v > z.hi {
			ps.addf(ProblemStyle, "style.sizes."+z.name, "%d pt is outside %d–%d pt", z.v, z.lo, z.hi)
		}
	}
	// The decree ties the three sizes together: {12, 13, 13} or {13, 14, 14}.
	if s.Sizes.Motto != s.Sizes.NationalTitle+1 || s.Sizes.PlaceDate != s.Sizes.Motto {
		ps.addf(ProblemStyle, "style.sizes", "national title, motto and place-date must be 12/13/13 or 13/14/14, not %d/%d/%d",
			s.Sizes.NationalTitle, s.Sizes.Motto, s.Sizes.PlaceDate)
	}
}

// spacing checks the spacing and the first-line indent.
func (ps *problemList) spacing(s Style) {
	if s.SpaceBefore < 6 {
		ps.addf(ProblemStyle, "style.space_before", "%d pt is below the 6 pt minimum", s.SpaceBefore)
	}
	if s.LineSpacing < 100 || s.LineSpacing > 150 {
		ps.addf(ProblemStyle, "style.line_spacing", "%d%% is outside 100–150%%", s.LineSpacing)
	}
	if s.FirstLineIndent != 567 && s.FirstLineIndent != 720 {
		ps.addf(ProblemStyle, "style.first_line_indent", "%d twips is neither 1 cm (567) nor 1,27 cm (720)", s.FirstLineIndent)
	}
}

// structure checks the heading levels, the header and closing columns and
// the signature space.
func (ps *problemList) structure(s Style) {
	switch {
	case len(s.Levels) == 0:
		ps.addf(ProblemStyle, "style.levels", "at least one heading level is required")
	case len(s.Levels) > MaxLevels:
		ps.addf(ProblemStyle, "style.levels", "%d heading levels; at most %d are allowed", len(s.Levels), MaxLevels)
	}
	for i, c := range append(s.HeaderColumns[:], s.ClosingColumns[:]...) {
		if c <= 0 {
			ps.addf(ProblemStyle, fmt.Sprintf("style.columns[%d]", i), "width must be positive")
		}
	}
	if s.SignatureSpace < 0 {
		ps.addf(ProblemStyle, "style.signature_space", "must not be negative")
	}
}

// problemsError returns problems as an *Error, the error of a document or
// style sheet, or nil when there are none.
func problemsError(ps []Problem) error {
	if len(ps) == 0 {
		return nil
	}
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return &Error{Problems: lines}
}

// Error lists the problems found in a document or style sheet, each naming
// its place (e.g. "body[2].blocks[0]: a section at depth 5 …").
type Error struct {
	// Problems are the problems, one line each.
	Problems []string
}

// Error joins the problems.
func (e *Error) Error() string {
	if len(e.Problems) == 1 {
		return "doc: " + e.Problems[0]
	}
	s := fmt.Sprintf("doc: %d problems", len(e.Problems))
	for _, p := range e.Problems {
		s += "\n  " + p
	}
	return s
}
