package lint

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/lint/input"
	"github.com/cchc-go/cchc/reform/vn"
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
// a document cited twice in different places is compared.
func (c *checker) checkCitations() {
	paras := c.ordered()
	var all []citation.Citation
	for i, p := range paras {
		cits := citation.ScanAt("p"+strconv.Itoa(i), p.text)
		c.o.cits[p] = cits
		all = append(all, cits...)
	}
	at := func(path string) (Place, bool) {
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
	for _, f := range citation.CheckAll(all, citation.Options{ReportDate: c.date}) {
		pl, ok := at(f.Path)
		if !ok {
			continue
		}
		var rel []Place
		for _, r := range f.Related {
			if rp, ok := at(r); ok {
				rel = append(rel, rp)
			}
		}
		c.addFinding(f, pl, rel)
	}
	c.checkSameDocument()
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

// checkSameDocument reports a document that two notes give as the source of
// two passages which each name a document of its kind, differently.
func (c *checker) checkSameDocument() {
	anchors := c.anchors()
	type use struct {
		note *para
		cit  citation.Citation
	}
	first := map[string]use{}
	reported := map[string]bool{}
	for _, n := range c.o.allNotes() {
		for _, cit := range c.o.cits[n] {
			if cit.Number == 0 || cit.Date.IsZero() {
				continue
			}
			key := string(cit.Kind) + "|" + cit.Symbol() + "|" + vn.CitationDate(cit.Date)
			u, seen := first[key]
			if !seen {
				first[key] = use{n, cit}
				continue
			}
			if u.note.note == n.note || reported[key] {
				continue
			}
			a1, ok1 := anchors[u.note.note]
			a2, ok2 := anchors[n.note]
			if !ok1 || !ok2 {
				continue
			}
			kind := strings.ToLower(string(cit.Kind))
			d1 := descriptions(a1, kind, c.o.cits[a1.p])
			d2 := descriptions(a2, kind, c.o.cits[a2.p])
			if len(d1) == 0 || len(d2) == 0 || overlaps(d1, d2) {
				continue
			}
			reported[key] = true
			label := string(cit.Kind) + " số " + cit.Symbol() + " ngày " + vn.CitationDate(cit.Date)
			c.add(CodeFootnoteSameDocument, finding.Warning, n.place(cit.Start, cit.End),
				[]Place{u.note.place(u.cit.Start, u.cit.End), a1.p.place(a1.start, a1.end), a2.p.place(a2.start, a2.end)},
				[]finding.Value{{Name: "document", Value: label}, {Name: "note", Value: n.note}, {Name: "other_note", Value: u.note.note}},
				fmt.Sprintf("%s được dùng làm chú thích %s cho “%s” và làm chú thích %s cho “%s”: một số, ký hiệu chỉ là của một văn bản; kiểm tra lại số, ký hiệu của %s ở một trong hai chú thích.",
					label, u.note.note, shortPassage(a1), n.note, shortPassage(a2), kind))
		}
	}
}

// shortPassage quotes the passage of an anchor, at most about 90 characters.
func shortPassage(a anchor) string {
	s := strings.TrimSpace(a.p.text[a.start:a.end])
	r := []rune(s)
	if len(r) > 90 {
		return string(r[:90]) + "…"
	}
	return s
}

// descriptions returns how an anchor's passage describes the documents of
// a kind it names: the first words after each mention of the kind name
// (outside citations), in lower case.
func descriptions(a anchor, kind string, cits []citation.Citation) []string {
	text := a.p.text[:a.end]
	lower := strings.ToLower(text)
	var out []string
	for i := a.start; i < len(lower); {
		j := strings.Index(lower[i:], kind)
		if j < 0 {
			break
		}
		at := i + j
		i = at + len(kind)
		inside := false
		for _, ct := range cits {
			if at >= ct.Start && at < ct.End {
				inside = true
			}
		}
		if inside || at > 0 && isWordByte(lower[at-1]) {
			continue
		}
		var words []string
		for _, w := range strings.FieldsFunc(lower[i:], func(r rune) bool { return r == ' ' || r == '\t' }) {
			stop := strings.IndexAny(w, ",;:()“”\"")
			if stop >= 0 {
				w = w[:stop]
			}
			if w == "" || w == "số" && len(words) == 0 {
				break
			}
			words = append(words, w)
			if len(words) == 3 || stop >= 0 {
				break
			}
		}
		if len(words) > 0 {
			out = append(out, strings.Join(words, " "))
		}
	}
	return out
}

// isWordByte reports an ASCII letter or digit, or a byte of a multi-byte
// letter.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// overlaps reports whether two lists share an item.
func overlaps(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
