package reform

import (
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
)

// heading is a place of the printed report with the JSON paths of the data
// it presents.
type heading struct {
	sources []string
	place   string
}

// headings returns the places of the laid-out document l of d: every
// heading whose section names its sources (doc.Section.Sources), as the
// number chain and the title a clerk sees ("II.2.2.đ Kết quả giải quyết
// TTHC"), and every appendix.
func headings(d *doc.Document, l *doc.Layout) []heading {
	sources := map[string][]string{}
	sectionSources(d.Body, "body", nil, sources)
	var out []heading
	var labels []string
	for _, p := range l.Body {
		if p.Kind != doc.KindHeading {
			continue
		}
		labels = append(labels[:min(p.Depth-1, len(labels))], p.Label)
		if src := sources[p.Path]; len(src) > 0 {
			out = append(out, heading{sources: src, place: chain(labels) + " " + shorten(doc.PlainText(p.Spans), 80)})
		}
	}
	for i, a := range l.Appendices {
		out = append(out, heading{sources: []string{fmt.Sprintf("appendices[%d]", i)}, place: a.Label + ": " + a.Title})
	}
	return out
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
	var parts []string
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
	best, bestLen := "", -1
	for _, h := range hs {
		for _, s := range h.sources {
			if len(s) > bestLen && within(path, s) {
				best, bestLen = h.place, len(s)
			}
		}
	}
	if best != "" {
		return best
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
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}
