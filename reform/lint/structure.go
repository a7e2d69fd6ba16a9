package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/lint/input"
	"github.com/cchc-go/cchc/reform/lint/textread"
	"github.com/cchc-go/cchc/reform/vn"
)

// segment maps a part of a paragraph's text back to the file: the text from
// off on came from the source paragraph src (0-based), which starts on line.
type segment struct {
	off, src, line int
}

// para is a paragraph as lint reads it: the halves of a paragraph split by
// a page break joined, its part of the document, its heading path.
type para struct {
	text  string
	runs  []input.Run
	notes []input.NoteRef
	segs  []segment
	props input.Props
	cell  *input.Cell
	part  Part
	// label is the outline label at the start (typed, or the word
	// processor's); ok false when there is none.
	label label
	// bullet is the list mark at the start ("-", "+"), if any.
	bullet string
	// bodyOff is the offset in text where the content starts, after the
	// label or list mark.
	bodyOff int
	// heading and index place the paragraph (see Place).
	heading string
	index   int
	// note is the footnote mark when part is PartFootnote.
	note string
	// noteDocx says the note is a DOCX or Markdown footnote (no paragraph
	// number of its own).
	noteDocx bool
	// outsideResults says the paragraph is under the heading of directions
	// for the next period (phương hướng, nhiệm vụ) or of recommendations
	// (kiến nghị, đề xuất): no result of the period.
	outsideResults bool
}

// place returns the place of text[start:end] in p.
func (p *para) place(start, end int) Place {
	start, end = runeBounds(p.text, start, end)
	pl := Place{Part: p.part, Heading: p.heading, Index: p.index, Footnote: p.note, Start: start, End: end}
	if !p.noteDocx && len(p.segs) > 0 {
		s := p.segmentAt(start)
		pl.Paragraph = s.src + 1
		pl.Line = s.line
	}
	pl.Quote = shorten(p.text[start:end])
	return pl
}

// runeBounds clamps the byte range [start, end) to text and widens it to
// whole characters.
func runeBounds(text string, start, end int) (int, int) {
	start = max(0, min(start, len(text)))
	end = max(start, min(end, len(text)))
	for start > 0 && start < len(text) && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return start, end
}

// segmentAt returns the segment of p's text the offset off lies in: the
// source paragraph and line it came from.
func (p *para) segmentAt(off int) segment {
	s := p.segs[0]
	for _, g := range p.segs {
		if g.off <= off {
			s = g
		}
	}
	return s
}

// whole returns the place of the whole paragraph.
func (p *para) whole() Place { return p.place(0, len(p.text)) }

// content returns the text after the label or list mark.
func (p *para) content() string { return p.text[p.bodyOff:] }

// outline is a document as lint reads it.
type outline struct {
	doc   *input.Document
	paras []*para // every paragraph in order, footnotes written as lines included
	notes []*para // footnotes kept apart by the file (DOCX, Markdown)
	// title is the index in paras of the kind name ("BÁO CÁO"), -1 if none.
	title int
	// cits are the citations of every paragraph and note, by paragraph.
	cits map[*para][]citation.Citation
}

// inPart returns the paragraphs of a part, in order.
func (o *outline) inPart(part Part) []*para {
	var out []*para
	for _, p := range o.paras {
		if p.part == part {
			out = append(out, p)
		}
	}
	return out
}

// allNotes returns every footnote: lines and DOCX notes.
func (o *outline) allNotes() []*para {
	out := o.inPart(PartFootnote)
	return append(out, o.notes...)
}

// kindNames are the kind names a title line may be, in capitals.
var kindNames = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range citation.Kinds() {
		m[strings.ToUpper(string(k.Kind))] = true
	}
	m["BÁO CÁO"] = true
	return m
}()

// build reads the structure of a document.
func build(doc *input.Document) *outline {
	o := &outline{doc: doc, cits: map[*para][]citation.Citation{}}
	src := make([]*para, len(doc.Paragraphs))
	for i := range doc.Paragraphs {
		src[i] = sourcePara(doc, i)
	}
	o.title = findTitle(src)
	markParts(src, o.title, findClosing(src, o.title), headerEnd(src, o.title))
	if o.title >= 0 {
		markAddressees(src, markSubject(src, o.title, doc.Layout))
	}
	o.paras = joinBreaks(src)
	for _, p := range o.paras {
		if p.part != PartFootnote {
			p.label, p.bullet, p.bodyOff = leadingMarks(p.text)
		}
	}
	o.placeHeadings()
	o.numberParts()
	for _, fn := range doc.Footnotes {
		o.notes = append(o.notes, keptNote(fn))
	}
	return o
}

// numberParts gives each paragraph of the header, the title and the
// closing its number within its part (Place.Index).
func (o *outline) numberParts() {
	n := map[Part]int{}
	for _, p := range o.paras {
		if p.part == PartHeader || p.part == PartTitle || p.part == PartClosing {
			n[p.part]++
			p.index = n[p.part]
		}
	}
}

// sourcePara is paragraph i of the file as lint reads it: in the body
// until its part is known, the word processor's label read as if typed,
// so that the outline and its checks are the same for both.
func sourcePara(doc *input.Document, i int) *para {
	sp := &doc.Paragraphs[i]
	p := &para{text: sp.Text, runs: sp.Runs, notes: sp.Notes, props: sp.Props, cell: sp.Cell,
		segs: []segment{{off: 0, src: i, line: sp.Line}}, part: PartBody}
	if doc.Format == input.DOCX && len(doc.Footnotes) == 0 && len(p.notes) == 0 {
		// A DOCX made from text has its marks typed in superscript.
		p.notes = textread.SuperscriptNotes(p.text)
	}
	if sp.Label != "" {
		p.text = sp.Label + " " + sp.Text
		shift := len(sp.Label) + 1
		p.runs = shiftRuns(sp.Runs, shift)
		p.notes = shiftNotes(sp.Notes, shift)
		p.segs[0].off = 0
	}
	return p
}

// findTitle returns the index of the kind name ("BÁO CÁO") among the
// first paragraphs outside tables, -1 when there is none.
func findTitle(src []*para) int {
	for i, p := range src {
		if i > 40 {
			break
		}
		if p.cell == nil && kindNames[normalizeLine(p.text)] {
			return i
		}
	}
	return -1
}

// findClosing returns the index of the first paragraph of the closing:
// "Nơi nhận" after the title; without it, the paragraph after the one that
// ends with the end mark, when one does; else -1.
func findClosing(src []*para, title int) int {
	for i := title + 1; i < len(src); i++ {
		if startsFold(strings.TrimSpace(src[i].text), "nơi nhận") {
			return i
		}
	}
	for i := len(src) - 1; i > title; i-- {
		if strings.HasSuffix(strings.TrimSpace(src[i].text), "./.") {
			if i+1 < len(src) {
				return i + 1
			}
			return -1
		}
	}
	return -1
}

// headerEnd returns the index after the header: the title's; without a
// title, after the leading lines that are header elements (số,
// place-date, Quốc hiệu, Tiêu ngữ), if any.
func headerEnd(src []*para, title int) int {
	if title >= 0 {
		return title
	}
	header := 0
	for i, p := range src {
		if i >= 12 {
			break
		}
		if isHeaderLine(p.text) {
			header = i + 1
		}
	}
	return header
}

// markParts gives each paragraph its part: header, title, closing, or a
// footnote written as a line of the body.
func markParts(src []*para, title, closing, header int) {
	for i, p := range src {
		switch {
		case i < header:
			p.part = PartHeader
		case i == title:
			p.part = PartTitle
		case closing >= 0 && i >= closing:
			p.part = PartClosing
		}
		if isFootnoteLine(p.text) && p.cell == nil && (closing < 0 || i < closing) && i > title {
			p.part = PartFootnote
			p.note, p.bodyOff = footnoteMark(p.text)
		}
	}
}

// markSubject gives the title's part to the trích yếu after the kind name
// (centred in a DOCX, one plain line otherwise), and returns the index
// after it.
func markSubject(src []*para, title int, layout bool) int {
	i := title + 1
	for n := 0; i < len(src) && n < 4; n++ {
		p := src[i]
		if p.part != PartBody || startsFold(p.text, "kính gửi") {
			break
		}
		if !subjectLine(p, n == 0, layout) {
			break
		}
		p.part = PartTitle
		i++
	}
	return i
}

// subjectLine reports whether p may be a line of the trích yếu: centred
// in a DOCX, or the first line after the kind name when it is one plain
// line (no label, list mark or closing colon).
func subjectLine(p *para, first, layout bool) bool {
	t := strings.TrimSpace(p.text)
	plain := first && len(t) <= 400 && !hasLeadingLabel(t) && !hasBullet(t) && !strings.HasSuffix(t, ":")
	return plain || layout && p.props.Align == input.AlignCenter
}

// markAddressees gives the title's part to the "Kính gửi" line at i, and
// to the "-" lines under it when it ends with a colon, up to the one that
// ends the sentence.
func markAddressees(src []*para, i int) {
	if i >= len(src) || src[i].part != PartBody || !startsFold(src[i].text, "kính gửi") {
		return
	}
	src[i].part = PartTitle
	open := strings.HasSuffix(strings.TrimSpace(src[i].text), ":")
	for i++; open && i < len(src) && src[i].part == PartBody; i++ {
		t := strings.TrimSpace(src[i].text)
		if !strings.HasPrefix(t, "-") {
			break
		}
		src[i].part = PartTitle
		if strings.HasSuffix(t, ".") {
			break
		}
	}
}

// keptNote is a footnote the file keeps apart, its paragraphs joined.
func keptNote(fn input.Footnote) *para {
	var parts []string
	for _, fp := range fn.Paragraphs {
		parts = append(parts, fp.Text)
	}
	p := &para{text: strings.Join(parts, " "), part: PartFootnote, note: fn.Mark, noteDocx: true}
	if len(fn.Paragraphs) > 0 {
		p.runs = fn.Paragraphs[0].Runs
		p.props = fn.Paragraphs[0].Props
		if fn.Paragraphs[0].Line > 0 {
			p.noteDocx = false
			p.segs = []segment{{off: 0, src: -1, line: fn.Paragraphs[0].Line}}
		}
	}
	return p
}

// joinBreaks joins the halves of paragraphs split by a page break of
// extracted text: a body paragraph that does not end a sentence continues
// in the next body paragraph when that one starts with a lower-case letter,
// when it ends with a hyphen right after a word ("73/2024/NĐ-" + "CP"), or
// when footnote lines stand between them (the foot of a page) and the next
// starts with a letter. Headings, list items and table cells are never
// joined.
func joinBreaks(src []*para) []*para {
	out := make([]*para, 0, len(src))
	var open *para // the last body paragraph, while it may continue
	notesBetween := false
	for _, p := range src {
		if p.part == PartFootnote {
			out = append(out, p)
			notesBetween = open != nil
			continue
		}
		if open != nil && p.part == PartBody && p.cell == nil && continues(open.text, p.text, notesBetween) {
			appendHalf(open, p)
			notesBetween = false
			continue
		}
		out = append(out, p)
		notesBetween = false
		open = nil
		if p.part == PartBody && p.cell == nil && !endsSentence(p.text) {
			open = p
		}
	}
	return out
}

// appendHalf appends the second half p of a paragraph split by a page
// break to its first half, joined by a space or, after a word's hyphen,
// by nothing.
func appendHalf(open, p *para) {
	sep := " "
	if endsWithWordHyphen(open.text) {
		sep = ""
	}
	off := len(open.text) + len(sep)
	open.text += sep + p.text
	open.runs = append(open.runs, shiftRuns(p.runs, off)...)
	open.notes = append(open.notes, shiftNotes(p.notes, off)...)
	for _, g := range p.segs {
		g.off += off
		open.segs = append(open.segs, g)
	}
}

// continues reports whether next continues prev across a page break.
func continues(prev, next string, notesBetween bool) bool {
	if hasLeadingLabel(next) || hasBullet(next) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if endsWithWordHyphen(prev) {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	if unicode.IsLower(r) {
		return true
	}
	if !notesBetween || !unicode.IsLetter(r) {
		return false
	}
	// A heading never continues into an upper-case paragraph.
	return !hasLeadingLabel(prev) && len(prev) > 120
}

// endsSentence reports whether s ends with the punctuation that ends a
// sentence, a heading's colon, or the end mark, footnote marks, quotes,
// parentheses and emphasis set aside.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || input.SuperDigit(r) >= 0 || r == '”' || r == '"' || r == '’' || r == ')' || r == '*'
	})
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".:;!?…", r)
}

// endsWithWordHyphen reports whether s ends with "-" right after a letter or
// digit: a số, ký hiệu or a word cut by a page break.
func endsWithWordHyphen(s string) bool {
	s = strings.TrimRight(s, " \t")
	if !strings.HasSuffix(s, "-") || len(s) < 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// shiftRuns returns runs moved by off bytes.
func shiftRuns(runs []input.Run, off int) []input.Run {
	out := make([]input.Run, len(runs))
	for i, r := range runs {
		r.Start += off
		r.End += off
		out[i] = r
	}
	return out
}

// shiftNotes returns note references moved by off bytes.
func shiftNotes(notes []input.NoteRef, off int) []input.NoteRef {
	out := make([]input.NoteRef, len(notes))
	for i, n := range notes {
		n.Offset += off
		out[i] = n
	}
	return out
}

// normalizeLine returns s in NFC, trimmed, spaces collapsed, upper case.
func normalizeLine(s string) string {
	s = strings.Join(strings.Fields(vn.NFC(s)), " ")
	if len(s) > 40 {
		return ""
	}
	return strings.ToUpper(strings.Trim(s, "*#"))
}

// startsFold reports whether s starts with prefix, case aside (prefix is
// lower case).
func startsFold(s, prefix string) bool {
	s = strings.TrimLeft(s, " \t*#")
	if len(s) < len(prefix) {
		return false
	}
	return strings.EqualFold(s[:len(prefix)], prefix)
}

// isFootnoteLine reports whether s is a footnote written as a line: its
// mark in superscript digits, then its text.
func isFootnoteLine(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if input.SuperDigit(r) < 0 {
		return false
	}
	_, off := footnoteMark(s)
	return off < len(s)
}

// footnoteMark reads the superscript mark that starts a footnote line and
// returns it in ordinary digits with the offset of the note's text.
func footnoteMark(s string) (string, int) {
	i := runEnd(s, 0, isSuperDigit)
	mark := plainDigits(s[:i])
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return strings.TrimLeft(mark, "0"), i
}

// plainDigits writes superscript digits as ASCII digits: "¹⁴" → "14".
func plainDigits(s string) string {
	return strings.Map(func(r rune) rune { return '0' + rune(input.SuperDigit(r)) }, s)
}

// isHeaderLine reports the lines of a header: "Số: …", the place-date line,
// the Quốc hiệu and the Tiêu ngữ.
func isHeaderLine(s string) bool {
	t := strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(t, "Số:") || strings.HasPrefix(t, "Số :"):
		return true
	case strings.Contains(t, ", ngày ") && strings.Contains(t, " tháng ") && strings.Contains(t, " năm ") && len(t) < 80:
		return true
	}
	u := normalizeLine(t)
	return u == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" || u == "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" || strings.HasPrefix(u, "ĐỘC LẬP - TỰ DO")
}
