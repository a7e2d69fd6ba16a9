package lint

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/finding"
)

// Part names the part of a document a place is in.
type Part string

// The parts of a report, in the order of the document.
const (
	// PartPage is the page setup and the page headers (DOCX).
	PartPage Part = "page"
	// PartHeader is the header: agencies, Quốc hiệu, Tiêu ngữ, số, ký
	// hiệu, place and date.
	PartHeader Part = "header"
	// PartTitle is the kind name, the trích yếu and "Kính gửi".
	PartTitle Part = "title"
	// PartBody is the content, from the first paragraph after the title to
	// the end mark "./.".
	PartBody Part = "body"
	// PartClosing is "Nơi nhận", the recipients and the signer.
	PartClosing Part = "closing"
	// PartFootnote is a footnote.
	PartFootnote Part = "footnote"
)

// Place is where a finding is in the document (vị trí trong văn bản).
type Place struct {
	// Part is the part of the document.
	Part Part `json:"part"`
	// Heading is the path of the headings the place is under, their labels
	// joined by dots, a dotted number standing for its parent: "II.2.2.đ".
	// Empty before the first heading and outside the body.
	Heading string `json:"heading,omitempty"`
	// Index is the paragraph's number under its heading (đoạn 3), counted
	// from 1 after the heading, list items included; 0 for the heading
	// itself and outside the body it is the number within the part.
	Index int `json:"index,omitempty"`
	// Paragraph is the 1-based number of the paragraph among the
	// non-empty paragraphs of the file (table cells included, DOCX
	// footnotes not); 0 for the page setup and DOCX footnotes.
	Paragraph int `json:"paragraph,omitempty"`
	// Line is the 1-based line of the file (text and Markdown).
	Line int `json:"line,omitempty"`
	// Footnote is the mark of the footnote the place is in.
	Footnote string `json:"footnote,omitempty"`
	// Start is the byte offset of the quoted text in the paragraph.
	Start int `json:"start"`
	// End is the byte offset after the quoted text.
	End int `json:"end"`
	// Quote is the text at the place, shortened to about 160 characters.
	Quote string `json:"quote,omitempty"`
}

// String writes the place as a clerk reads it: "II.2.2.đ, đoạn 3",
// "III", "mở đầu, đoạn 1", "chú thích 4", "phần đầu, đoạn 2",
// "thiết lập trang".
func (p Place) String() string {
	switch p.Part {
	case PartPage:
		return "thiết lập trang"
	case PartFootnote:
		return "chú thích " + p.Footnote
	}
	if name := partPlace(p.Part); name != "" {
		return withIndex(name, p.Index)
	}
	if p.Heading == "" {
		return withIndex("mở đầu", p.Index)
	}
	if p.Index == 0 {
		return p.Heading
	}
	return withIndex(p.Heading, p.Index)
}

// partPlace names the header, title and closing parts in a place; "" for
// another part.
func partPlace(part Part) string {
	switch part {
	case PartHeader:
		return "phần đầu"
	case PartTitle:
		return "tên loại và trích yếu"
	case PartClosing:
		return "phần kết thúc"
	}
	return ""
}

// withIndex writes s, and the paragraph's number after it when it has one.
func withIndex(s string, i int) string {
	if i <= 0 {
		return s
	}
	return s + ", đoạn " + strconv.Itoa(i)
}

// Where writes the place with its paragraph and line numbers, for a line of
// output: "II.2.2.đ, đoạn 1 (đoạn 150, dòng 150)".
func (p Place) Where() string {
	s := p.String()
	var extra []string
	if p.Paragraph > 0 {
		extra = append(extra, "đoạn "+strconv.Itoa(p.Paragraph)+" của tệp")
	}
	if p.Line > 0 {
		extra = append(extra, "dòng "+strconv.Itoa(p.Line))
	}
	if len(extra) == 0 {
		return s
	}
	return s + " (" + strings.Join(extra, ", ") + ")"
}

// Finding is a finding of lint: a finding.Finding whose Path (and its
// Place string) is the place as a clerk reads it (Place.String) and whose
// Related paths are the related places' strings, with the places
// themselves. In JSON the place is the object of Place.
type Finding struct {
	finding.Finding
	// Place is where the finding is.
	Place Place `json:"place"`
	// RelatedPlaces are the places of Related, in the same order.
	RelatedPlaces []Place `json:"related_places,omitempty"`
}

// quoteLimit is the most bytes a quote keeps, about 160 characters of
// Vietnamese.
const quoteLimit = 240

// shorten cuts s to about quoteLimit bytes at a rune boundary, with "…".
func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= quoteLimit {
		return s
	}
	cut := quoteLimit
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > quoteLimit/2 {
		cut = sp
	}
	return s[:cut] + "…"
}

// clip returns the first n bytes of s or fewer, cut at a rune boundary,
// with "…" when cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
