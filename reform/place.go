package reform

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
)

// heading is a place of the printed report with the JSON paths of the data
// it presents. The place of a numbered heading is written when a finding
// is first put there (place): most headings have none.
type heading struct {
	sources []string
	place   string     // the place, once written
	chain   string     // the number chain of a numbered heading ("II.2.2.đ")
	title   []doc.Span // its title, made part of place when first asked
}

// headings returns the places of the laid-out document l of d: every
// heading whose section names its sources (doc.Section.Sources), as the
// number chain and the title a clerk sees ("II.2.2.đ Kết quả giải quyết
// TTHC"), and every appendix.
func headings(d *doc.Document, l *doc.Layout) []heading {
	sources := map[string][]string{}
	sectionSources(d.Body, "body", nil, sources)
	out := make([]heading, 0, len(sources)+len(l.Appendices))
	var labels []string
	for _, p := range l.Body {
		if p.Kind != doc.KindHeading {
			continue
		}
		labels = append(labels[:min(p.Depth-1, len(labels))], p.Label)
		if src := sources[p.Path]; len(src) > 0 {
			out = append(out, heading{sources: src, chain: chain(labels), title: p.Spans})
		}
	}
	for i, a := range l.Appendices {
		out = append(out, heading{sources: []string{fmt.Sprintf("appendices[%d]", i)}, place: a.Label + ": " + a.Title})
	}
	return out
}

// placeText returns the place of h, written once.
func (h *heading) placeText() string {
	if h.place == "" {
		h.place = h.chain + " " + shorten(doc.PlainText(h.title), 80)
	}
	return h.place
}

// sectionSources records the sources of every section of bs by its path in
// the document ("body[2].blocks[1]"), relative ones resolved against the
// nearest enclosing section that has sources.
func sectionSources(bs []doc.Block, path string, parent []string, out map[string][]string) {
	for i, b := range bs {
		s, ok := b.(*doc.Section)
		if !ok || s == nil {
			continue
		}
		p := finding.Index(path, i)
		own := parent
		if len(s.Sources) > 0 {
			own = resolve(s.Sources, parent)
			out[p] = own
		}
		sectionSources(s.Blocks, p+".blocks", own, out)
	}
}

// resolve joins the relative paths of src (".dossiers") to each of parent.
func resolve(src, parent []string) []string {
	var out []string
	for _, s := range src {
		if !strings.HasPrefix(s, ".") {
			out = append(out, s)
			continue
		}
		for _, p := range parent {
			out = append(out, p+s)
		}
	}
	return out
}

// chain writes heading labels as one number: "II.", "2.", "2.2.", "đ)" →
// "II.2.2.đ". A label that already carries its parent's number ("2.2."
// under "2.") replaces it.
func chain(labels []string) string {
	var buf [8]string // headings nest a few levels deep: the parts are kept without a slice made
	parts := buf[:0]
	for _, l := range labels {
		l = strings.TrimRight(l, ".)")
		if n := len(parts); n > 0 && strings.HasPrefix(l, parts[n-1]+".") {
			parts[n-1] = l
			continue
		}
		parts = append(parts, l)
	}
	return strings.Join(parts, ".")
}

// placeOf returns the place in the printed report of the data at path: the
// heading whose sources hold it most closely, or the part of the document
// outside the numbered body; "" when the text does not show it in one place
// (a figure quoted by narratives).
func placeOf(path string, hs []heading) string {
	best, bestLen := -1, -1
	for i := range hs {
		for _, s := range hs[i].sources {
			if len(s) > bestLen && within(path, s) {
				best, bestLen = i, len(s)
			}
		}
	}
	if best >= 0 {
		return hs[best].placeText()
	}
	for _, o := range outside {
		if within(path, o.path) {
			return o.place
		}
	}
	return ""
}

// outside are the places of the parts of the report outside its numbered
// body.
var outside = [...]struct{ path, place string }{
	{"header.subject", "Trích yếu"},
	{"header", "Phần đầu văn bản (cơ quan, số, ngày)"},
	{"period", "Trích yếu và đoạn mở đầu (kỳ báo cáo)"},
	{"basis", "Đoạn mở đầu"},
	{"closing.conclusion", "Câu kết"},
	{"closing.signer", "Chữ ký"},
	{"closing", "Nơi nhận"},
}

// within reports whether path is prefix or below it.
func within(path, prefix string) bool {
	if !strings.HasPrefix(path, prefix) {
		return false
	}
	rest := path[len(prefix):]
	return rest == "" || rest[0] == '.' || rest[0] == '['
}

// place sets the Place of each finding of l from the headings of the
// laid-out document; with none (the document cannot be built), the parts
// outside the numbered body are still placed.
func place(l finding.List, hs []heading) {
	for i := range l {
		l[i].Place = placeOf(l[i].Path, hs)
	}
}

// shorten cuts s to at most n characters at a word boundary, with "…".
// It counts the runes of s in place, without a copy of them.
func shorten(s string, n int) string {
	cut, count := len(s), 0
	for i := range s {
		if count == n {
			cut = i
			break
		}
		count++
	}
	if cut == len(s) {
		return s
	}
	c := s[:cut]
	if !utf8.ValidString(c) {
		c = string([]rune(c)) // as a copy of runes writes them: U+FFFD for a byte that is none
	}
	if i := strings.LastIndexByte(c, ' '); i > 0 {
		c = c[:i]
	}
	return strings.TrimRight(c, " ,;:") + "…"
}
