package lint

import (
	"fmt"
	"regexp"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/lint/input"
)

// ordered returns the paragraphs and notes in reading order: the body with
// its footnote lines as the file has them, and each note kept apart right
// after the paragraph that holds its reference.
func (c *checker) ordered() []*para {
	byMark := map[string]*para{}
	for _, n := range c.o.notes {
		if _, dup := byMark[n.note]; !dup {
			byMark[n.note] = n
		}
	}
	placed := map[*para]bool{}
	var out []*para
	for _, p := range c.o.paras {
		out = append(out, p)
		for _, r := range p.notes {
			if n := byMark[r.Mark]; n != nil && !placed[n] {
				placed[n] = true
				out = append(out, n)
			}
		}
	}
	for _, n := range c.o.notes {
		if !placed[n] {
			out = append(out, n)
		}
	}
	return out
}

// pathRe reads the path checks give a citation: "p12[120:178]".
var pathRe = regexp.MustCompile(`^p(\d+)\[(\d+):(\d+)\]$`)

// checkCitations scans every paragraph and note for citations and runs the
// checks of reform/citation on them all at once, in reading order, so that
// a document cited twice in different places is compared: how each is
// written against the registry of issuing bodies (citation.DefaultIssuers
// with the report's own agency, read from its "Số:" line), and
// citation.CheckSources on the footnotes.
func (c *checker) checkCitations() {
	paras := c.ordered()
	index := make(map[*para]int, len(paras))
	var all []citation.Citation
	for i, p := range paras {
		index[p] = i
		cits := citation.ScanAt("p"+strconv.Itoa(i), p.text)
		c.o.cits[p] = cits
		all = append(all, cits...)
	}
	findings := citation.CheckAll(all, citation.Options{ReportDate: c.date, Issuers: c.issuers()})
	findings.Extend(citation.CheckSources(c.sources(index)))
	for _, f := range findings {
		c.addAt(paras, f)
	}
}

// addAt records a finding of reform/citation, whose paths are those
// checkCitations gives the paragraphs ("p12[120:178]"), at its place.
func (c *checker) addAt(paras []*para, f finding.Finding) {
	pl, ok := placeOf(paras, f.Path)
	if !ok {
		return
	}
	var rel []Place
	for _, r := range f.Related {
		if rp, ok := placeOf(paras, r); ok {
			rel = append(rel, rp)
		}
	}
	c.addFinding(f, pl, rel)
}

// placeOf returns the place of a path "p12[120:178]" among paras.
func placeOf(paras []*para, path string) (Place, bool) {
	m := pathRe.FindStringSubmatch(path)
	if m == nil {
		return Place{}, false
	}
	i, _ := strconv.Atoi(m[1])
	s, _ := strconv.Atoi(m[2])
	e, _ := strconv.Atoi(m[3])
	if i >= len(paras) {
		return Place{}, false
	}
	return paras[i].place(s, e), true
}

// issuers returns the registry the citations are checked against:
// citation.DefaultIssuers with the agency of the report's own số, ký hiệu
// ("STP" in "Số: 380/BC-STP"), whose documents a report cites most.
func (c *checker) issuers() *citation.Issuers {
	reg := citation.DefaultIssuers()
	h := c.header()
	if h.number == nil {
		return reg
	}
	cit, err := citation.Parse("Báo cáo số " + h.numberText)
	if err != nil || len(cit.Groups) < 2 {
		return reg
	}
	code := cit.Groups[len(cit.Groups)-1]
	if _, known := reg.Lookup(code); known || code == "" {
		return reg
	}
	return reg.With(citation.Issuer{Code: code, Name: code})
}

// checkFootnotes checks that every mark has its note and every note its
// mark, and that the marks are numbered in order.
func (c *checker) checkFootnotes() {
	notes := map[string]*para{}
	for _, n := range c.o.allNotes() {
		if _, dup := notes[n.note]; !dup {
			notes[n.note] = n
		}
	}
	used := map[string]bool{}
	prev := 0
	ordered := true
	for _, p := range c.o.paras {
		if p.part == PartFootnote {
			continue
		}
		for _, r := range p.notes {
			if c.o.doc.Format != input.DOCX && isUnitPower(p.text, r) {
				continue
			}
			end := r.Offset + len(input.Superscript(r.Mark))
			at := p.place(max(0, r.Offset-40), min(len(p.text), end))
			if notes[r.Mark] == nil {
				c.add(CodeFootnoteMissing, finding.Error, at, nil, []finding.Value{{Name: "mark", Value: r.Mark}},
					fmt.Sprintf("Dấu chú thích %s không có nội dung chú thích tương ứng.", r.Mark))
			}
			n, _ := strconv.Atoi(r.Mark)
			if !used[r.Mark] && n != prev+1 && ordered {
				// The first mark out of order is reported; those after it
				// follow from it.
				ordered = false
				c.add(CodeFootnoteOrder, finding.Warning, at, nil,
					[]finding.Value{{Name: "mark", Value: r.Mark}, {Name: "expected", Value: strconv.Itoa(prev + 1)}},
					fmt.Sprintf("Dấu chú thích %s đứng sau dấu chú thích %d; chú thích được đánh số liên tục theo thứ tự xuất hiện, dấu này phải là %d.", r.Mark, prev, prev+1))
			}
			if !used[r.Mark] {
				prev = n
			}
			used[r.Mark] = true
		}
	}
	for _, n := range c.o.allNotes() {
		if !used[n.note] {
			c.add(CodeFootnoteUnused, finding.Warning, n.place(0, min(len(n.text), 120)), nil,
				[]finding.Value{{Name: "mark", Value: n.note}},
				fmt.Sprintf("Chú thích %s không có dấu chú thích nào trong văn bản dẫn tới.", n.note))
		}
	}
}

// isUnitPower reports a superscript that is the power of a unit (m², km³),
// not a footnote mark.
func isUnitPower(text string, r input.NoteRef) bool {
	if r.Mark != "2" && r.Mark != "3" {
		return false
	}
	before := text[:r.Offset]
	i := len(before)
	for i > 0 {
		c, size := utf8.DecodeLastRuneInString(before[:i])
		if !unicode.IsLetter(c) {
			break
		}
		i -= size
	}
	switch before[i:] {
	case "m", "km", "cm", "dm", "mm":
		return true
	}
	return false
}

// anchor is where a footnote's mark stands: the paragraph and the passage
// the note documents.
type anchor struct {
	p          *para
	start, end int
}

// anchors returns the anchor of every footnote mark.
func (c *checker) anchors() map[string]anchor {
	out := map[string]anchor{}
	for _, p := range c.o.paras {
		if p.part == PartFootnote {
			continue
		}
		prevEnd := p.bodyOff
		for _, r := range p.notes {
			start := sentenceStart(p.text, r.Offset)
			start = max(start, prevEnd)
			if _, dup := out[r.Mark]; !dup {
				out[r.Mark] = anchor{p: p, start: start, end: r.Offset}
			}
			prevEnd = r.Offset + len(input.Superscript(r.Mark))
		}
	}
	return out
}

// sentenceStart returns the start of the sentence that holds offset i: after
// the last ". " followed by a capital before it, or 0.
func sentenceStart(s string, i int) int {
	floor := max(0, i-2000)
	for floor > 0 && !utf8.RuneStart(s[floor]) {
		floor++
	}
	for j := i - 2; j > floor; j-- {
		if s[j] == '.' && s[j+1] == ' ' {
			r, _ := utf8.DecodeRuneInString(s[j+2:])
			if unicode.IsUpper(r) {
				return j + 2
			}
		}
	}
	return floor
}

// sources returns the footnotes as sources of the passages their marks
// follow (citation.CheckSources), in the order of the notes: the passage
// from the start of its sentence, or the previous mark, to the mark; the
// paths those of checkCitations.
func (c *checker) sources(index map[*para]int) []citation.Source {
	anchors := c.anchors()
	var out []citation.Source
	for _, n := range c.o.allNotes() {
		a, ok := anchors[n.note]
		if !ok || len(c.o.cits[n]) == 0 {
			continue
		}
		i, ok := index[a.p]
		if !ok {
			continue
		}
		out = append(out, citation.Source{
			Passage:     a.p.text[a.start:a.end],
			PassagePath: fmt.Sprintf("p%d[%d:%d]", i, a.start, a.end),
			Citations:   c.o.cits[n],
		})
	}
	return out
}
