package citation

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// Source is a footnote that gives the documents a passage of a text comes
// from (chú thích nguồn): the passage the footnote's mark follows and the
// citations of the footnote's text. Reports list what a body did in a
// sentence and put the documents in a footnote: "Ủy ban nhân dân tỉnh ban
// hành Kế hoạch rà soát, hệ thống hóa VBQPPL năm 2024⁴" with the note
// "⁴ Kế hoạch số 04/KH-UBND ngày 05/01/2024 của UBND tỉnh".
type Source struct {
	// Passage is the text the mark follows, from the start of its
	// sentence or the end of the previous mark (Passage gives it).
	Passage string
	// PassagePath is where the passage is, e.g. "….text[0:120]": a related
	// path of the findings.
	PassagePath string
	// Citations are the citations of the footnote's text, found with ScanAt
	// and the footnote's path.
	Citations []Citation
}

// maxPassage bounds the bytes a passage reaches back from its mark: a
// sentence longer than that is cut, so that the work stays linear.
const maxPassage = 2000

// Passage returns the start of the passage that a footnote mark at byte
// offset mark of text follows: the start of its sentence (after ". " and a
// capital letter), the end of the previous mark (floor), or 2.000 bytes
// before the mark, whichever is latest.
func Passage(text string, floor, mark int) int {
	mark = min(max(mark, 0), len(text))
	lo := min(max(floor, mark-maxPassage, 0), mark)
	for lo < mark && !utf8.RuneStart(text[lo]) {
		lo++
	}
	for j := mark - 2; j > lo; j-- {
		if text[j] == '.' && text[j+1] == ' ' {
			r, _ := utf8.DecodeRuneInString(text[j+2:])
			if unicode.IsUpper(r) {
				return j + 2
			}
		}
	}
	return lo
}

// CheckSources reports a document (kind, số, ký hiệu and date) that two
// footnotes give as the source of two passages which each describe a
// document of its kind, differently: "Kế hoạch số 04/KH-UBND ngày
// 05/01/2024" as the source of "Kế hoạch rà soát, hệ thống hóa VBQPPL" and
// of "Kế hoạch công tác kiểm tra, rà soát VBQPPL" (citation.conflict.source,
// an info). A passage describes a document of the kind by the words after
// the kind's name, outside the citations it holds; passages that do not
// name the kind, or share a description, say nothing against each other.
// Each document is reported once, at its later citation, with the earlier
// one's path and both passages' as related paths; the earlier is the first
// whose passage describes a document of the kind. Time and memory grow
// linearly with the sources.
func CheckSources(srcs []Source) finding.List {
	var docs sourceDocs
	descs := make(map[int][]description)
	describe := func(i int, kind Kind) []description {
		key := i<<8 | int(kindPlace(kind))
		if d, ok := descs[key]; ok {
			return d
		}
		d := describeKind(srcs[i].Passage, kind)
		descs[key] = d
		return d
	}
	var out finding.List
	var keyBuf [96]byte
	for i, s := range srcs {
		for ci := range s.Citations {
			c := &s.Citations[ci]
			if c.Number == 0 || c.Date.IsZero() || len(c.Groups) == 0 {
				continue
			}
			key := appendSourceKey(keyBuf[:0], c)
			u, seen := docs.find(key)
			if !seen || len(describe(u.src, c.Kind)) == 0 {
				docs.set(key, sourceUse{src: i, cit: ci}) // the first use whose passage describes the document
				continue
			}
			if u.src == i || u.reported {
				continue
			}
			d1, d2 := describe(u.src, c.Kind), describe(i, c.Kind)
			if len(d2) == 0 || overlap(d1, d2) {
				continue
			}
			docs.uses[u.at].reported = true
			out = append(out, conflictSource(c, &srcs[u.src].Citations[u.cit], d1[0].quote, d2[0].quote,
				srcs[u.src].PassagePath, s.PassagePath))
		}
	}
	return out
}

// conflictSource is the finding of CheckSources about c, whose passage
// (at path, described as p2) differs from that of the earlier citation
// first of its document (at firstPath, described as p1).
func conflictSource(c, first *Citation, p1, p2, firstPath, path string) finding.Finding {
	label := string(c.Kind) + " số " + c.Symbol() + " ngày " + vn.CitationDate(c.Date)
	return ruleConflictSource.At(c.Where(), fmt.Sprintf(
		"%s được chú thích là nguồn của “%s” và ở chú thích trước là nguồn của “%s”: một số, ký hiệu chỉ là của một văn bản; kiểm tra lại số, ký hiệu của %s ở một trong hai chú thích.",
		label, p2, p1, vn.Lower(string(c.Kind)))).
		WithRelated(first.Where(), firstPath, path).
		WithValues(
			finding.Value{Name: "document", Value: label},
			finding.Value{Name: "description", Value: p2},
			finding.Value{Name: "other_description", Value: p1})
}

// appendSourceKey appends to b the key of the document c cites, as
// CheckSources compares them: its kind, số, ký hiệu and date,
// "Kế hoạch|04/KH-UBND|05/01/2024".
func appendSourceKey(b []byte, c *Citation) []byte {
	b = append(b, c.Kind...)
	b = append(b, '|')
	b = append(b, c.Symbol()...)
	b = append(b, '|')
	return append(b, vn.CitationDate(c.Date)...)
}

// sourceUse is the citation CheckSources compares the later citations of
// a document with: citation cit of source src; at is its place in
// sourceDocs.uses, and reported says the document has been reported.
type sourceUse struct {
	src, cit, at int
	reported     bool
}

// sourceDocs are the documents CheckSources has met, by their
// appendSourceKey: the map holds the place of each one's use in uses, so
// that changing the use makes no new key.
type sourceDocs struct {
	place map[string]int
	uses  []sourceUse
}

// find returns the use of the document of key, if it has been met.
func (d *sourceDocs) find(key []byte) (sourceUse, bool) {
	k, ok := d.place[string(key)] // no string is made to look a key up
	if !ok {
		return sourceUse{}, false
	}
	return d.uses[k], true
}

// set makes u the use of the document of key, which stays reported if it
// was.
func (d *sourceDocs) set(key []byte, u sourceUse) {
	if k, ok := d.place[string(key)]; ok {
		u.at, u.reported = k, d.uses[k].reported
		d.uses[k] = u
		return
	}
	if d.place == nil {
		d.place = make(map[string]int)
	}
	u.at = len(d.uses)
	d.place[string(key)] = u.at
	d.uses = append(d.uses, u)
}

// kindPlace is the place of k in the table of kinds.
func kindPlace(k Kind) uint8 {
	if i, ok := kindIndexes.place[k]; ok {
		return i
	}
	return 255
}

// maxDescription bounds the bytes after a kind's name that its
// description is read from: three words, so that a passage naming the kind
// many times is read in linear time.
const maxDescription = 200

// description is how a passage describes a document of a kind: the first
// words after the kind's name, in lower case, and a quote of the mention.
type description struct {
	words string
	quote string
}

// describeKind returns how passage describes the documents of the kind it
// names outside the citations it holds: for each mention of the kind's
// name, up to three words after it, up to the first punctuation.
func describeKind(passage string, kind Kind) []description {
	text := vn.NFC(passage)
	lower := vn.Lower(text)
	if len(lower) != len(text) {
		text = lower // offsets of one are those of the other only when the cases have one length
	}
	name := vn.Lower(string(kind))
	cits := Scan(text)
	var out []description
	for i := 0; i < len(lower); {
		j := strings.Index(lower[i:], name)
		if j < 0 {
			break
		}
		at := i + j
		i = at + len(name)
		if at > 0 {
			if r, _ := utf8.DecodeLastRuneInString(lower[:at]); isAlnum(r) {
				continue
			}
		}
		if !boundary(lower, i) || inside(cits, at) {
			continue
		}
		var words []string
		for _, w := range strings.Fields(lower[i:min(len(lower), i+maxDescription)]) {
			stop := strings.IndexAny(w, ",;:()“”\"[*{")
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
			quote := text[at:]
			if e := strings.IndexAny(quote, ";[("); e >= 0 {
				quote = quote[:e]
			}
			out = append(out, description{words: strings.Join(words, " "), quote: vn.Excerpt(strings.TrimRight(quote, " ,.:"), 60)})
		}
	}
	return out
}

// inside reports whether byte offset at lies in one of the citations.
func inside(cits []Citation, at int) bool {
	for _, c := range cits {
		if at >= c.Start && at < c.End {
			return true
		}
	}
	return false
}

// overlap reports whether two lists of descriptions share one.
func overlap(a, b []description) bool {
	for _, x := range a {
		for _, y := range b {
			if x.words == y.words {
				return true
			}
		}
	}
	return false
}
