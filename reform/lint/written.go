package lint

import (
	"strings"
	"unicode"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// written is what a report a person wrote says of its place name, agency,
// trích yếu, opening and closing sentences, recipients and signer, in the
// shape of a reform.Report, with the place in the document of each JSON
// path it fills: reform's checks of the place name, the closing block and
// the periods of the report's own text run on it (Report.CheckClosing,
// Report.CheckPeriodText), and their findings are placed back where the
// clerk wrote what they are about.
type written struct {
	r  reform.Report
	at map[string]Place
}

// line is a line of a paragraph (a DOCX paragraph may break its lines),
// with its text trimmed of spaces and emphasis marks.
type line struct {
	p          *para
	start, end int
	text       string
}

// place returns the place of the line.
func (l line) place() Place { return l.p.place(l.start, l.end) }

// lineTrim are the characters around a line that are not its text: spaces
// and the emphasis marks a text keeps.
const lineTrim = " \t\r*_"

// linesOf splits p into its non-empty lines.
func linesOf(p *para) []line {
	var out []line
	for start := 0; start <= len(p.text); {
		end := strings.IndexByte(p.text[start:], '\n')
		if end < 0 {
			end = len(p.text)
		} else {
			end += start
		}
		s := p.text[start:end]
		lead := len(s) - len(strings.TrimLeft(s, lineTrim))
		if t := strings.Trim(s, lineTrim); t != "" {
			out = append(out, line{p: p, start: start + lead, end: start + lead + len(t), text: t})
		}
		start = end + 1
	}
	return out
}

// checkWritten runs reform's checks of the place name, the closing block
// and the periods of the report's own text on what the document says of
// them, and places each finding at the line it is about.
func (c *checker) checkWritten() {
	w := c.readWritten()
	l := w.r.CheckClosing()
	if c.period != nil {
		l.Extend(w.r.CheckPeriodText())
	}
	for _, f := range l {
		at := w.place(f.Path)
		c.addFinding(f, at, w.places(f.Related, at))
	}
	c.checkMentions(w.at["period"])
}

// checkMentions reports the paragraphs of the results that open a sentence
// with an earlier period of the report's kind ("Trong quý II năm 2024, …"
// in a quý III report): reform's check of the narrative
// (reform.period.mention), with the place of the period as related.
func (c *checker) checkMentions(period Place) {
	if c.period == nil {
		return
	}
	notResults := c.resultsStart()
	for _, p := range c.o.inPart(PartBody) {
		if p.outsideResults || notResults[p] || p.label.scheme != schemeNone || !strings.Contains(p.text, "rong ") {
			continue
		}
		if f, ok := c.period.EarlierMention("results", p.text); ok {
			var rel []Place
			if period.Part != "" {
				rel = []Place{period}
			}
			c.addFinding(f, p.whole(), rel)
		}
	}
}

// readWritten reads what reform's checks of the written parts need.
func (c *checker) readWritten() *written {
	w := &written{at: map[string]Place{}}
	w.readPlace(c.header(), c)
	w.readAgency(c.o.inPart(PartHeader))
	w.readSubject(c)
	w.readOwnSentences(c.opening(), c.lastBody())
	w.readClosing(c.o.inPart(PartClosing))
	return w
}

// place returns the place of a JSON path of the written report, or of its
// nearest parent that has one ("closing.signer.authority" for
// "closing.signer.authority[25]"); the header when none has.
func (w *written) place(path string) Place {
	for p := path; p != ""; p = parentPath(p) {
		if at, ok := w.at[p]; ok {
			return at
		}
	}
	return Place{Part: PartHeader}
}

// places returns the places of related JSON paths, those without one and
// those at the finding's own place (at) left out.
func (w *written) places(paths []string, at Place) []Place {
	var out []Place
	for _, p := range paths {
		for q := p; q != ""; q = parentPath(q) {
			if r, ok := w.at[q]; ok {
				if r != at {
					out = append(out, r)
				}
				break
			}
		}
	}
	return out
}

// parentPath returns the path without its last step: "closing.signer" for
// "closing.signer.name" and for "closing.signer[2]", "" for "closing".
func parentPath(p string) string {
	if strings.HasSuffix(p, "]") {
		if i := strings.LastIndexByte(p, '['); i >= 0 {
			return p[:i]
		}
	}
	if i := strings.LastIndexByte(p, '.'); i >= 0 {
		return p[:i]
	}
	return ""
}

// readPlace reads the place name of the place-date line (the text before
// its first comma: a comma typed twice is the hygiene check's), the
// report's date and its period.
func (w *written) readPlace(h headerParts, c *checker) {
	w.r.Header.Date = reform.Date{Time: c.date}
	if c.period != nil {
		w.r.Period = *c.period
	}
	p := h.dateLine
	if p == nil {
		return
	}
	w.at["header.date"] = p.whole()
	w.at["period"] = p.whole()
	end := strings.IndexByte(p.text[:h.dateStart], ',')
	if end < 0 {
		end = h.dateStart
	}
	start := len(p.text) - len(strings.TrimLeft(p.text, lineTrim))
	if start < end {
		w.r.Header.Place = strings.Trim(p.text[start:end], lineTrim)
		w.at["header.place"] = p.place(start, end)
	}
}

// unitKinds are the kinds of administrative unit that start the second
// line of a People's Committee's name ("ỦY BAN NHÂN DÂN" / "XÃ BÌNH HÒA").
var unitKinds = [...]string{"TỈNH ", "THÀNH PHỐ ", "HUYỆN ", "QUẬN ", "THỊ XÃ ", "THỊ TRẤN ", "XÃ ", "PHƯỜNG ", "ĐẶC KHU "}

// readAgency reads the issuing agency from the header's lines in capitals
// (the left column of a header table): the last, with the line before it
// when it names the unit of a People's Committee.
func (w *written) readAgency(header []*para) {
	lines := agencyLines(header)
	n := len(lines)
	if n == 0 {
		return
	}
	last := lines[n-1]
	w.r.Header.Agency = last.text
	w.at["header.agency"] = last.place()
	u := vn.NFC(last.text) + " "
	for _, k := range unitKinds {
		if n > 1 && strings.HasPrefix(u, k) {
			w.r.Header.Agency = lines[n-2].text + " " + last.text
			return
		}
	}
}

// agencyLines returns the lines of the header that may name the agency,
// those of a table's right column (the Quốc hiệu's) aside.
func agencyLines(header []*para) []line {
	var lines []line
	for _, p := range header {
		if p.cell != nil && p.cell.Col > 0 {
			continue
		}
		for _, l := range linesOf(p) {
			if agencyLine(l.text) {
				lines = append(lines, l)
			}
		}
	}
	return lines
}

// agencyLine reports a line of the header that may name the agency: in
// capitals, short, and none of the other elements of the header.
func agencyLine(t string) bool {
	u := vn.NFC(t)
	return len(t) <= 120 && t == strings.ToUpper(t) && strings.ContainsFunc(t, unicode.IsLetter) && !isHeaderLine(t) &&
		!strings.Contains(u, "CỘNG HÒA") && !strings.Contains(u, "CỘNG HOÀ") && !strings.Contains(u, "ĐỘC LẬP")
}

// readSubject reads the trích yếu, at the first of its lines.
func (w *written) readSubject(c *checker) {
	w.r.Header.Subject = c.titleText()
	for _, p := range c.o.inPart(PartTitle) {
		if subjectPara(p) {
			w.at["header.subject"] = p.whole()
			w.at["period"] = p.whole()
			return
		}
	}
}

// subjectPara reports whether a paragraph of the title is a line of the
// trích yếu: not the kind name, not "Kính gửi" or an addressee.
func subjectPara(p *para) bool {
	return !kindNames[normalizeLine(p.text)] && !startsFold(p.text, "kính gửi") && !strings.HasPrefix(strings.TrimSpace(p.text), "-")
}

// readOwnSentences reads the paragraphs where the report speaks of itself:
// the opening paragraphs as its basis, and the last paragraph of the body
// as its closing sentence when it is not one of them.
func (w *written) readOwnSentences(opening []*para, last *para) {
	if len(opening) > 0 {
		basis := doc.Narrative{Text: opening[0].text}
		w.at["basis.text"] = opening[0].whole()
		for i, p := range opening[1:] {
			basis.Items = append(basis.Items, doc.Narrative{Text: p.text})
			w.at[finding.Index("basis.items", i)+".text"] = p.whole()
		}
		w.r.Basis = &basis
	}
	if last != nil && (len(opening) == 0 || opening[len(opening)-1] != last) {
		w.r.Closing.Conclusion = &doc.Narrative{Text: last.text}
		w.at["closing.conclusion.text"] = last.whole()
	}
}

// readClosing reads the recipients, the Lưu line and the signer's block.
func (w *written) readClosing(closing []*para) {
	if len(closing) == 0 {
		return
	}
	w.at["closing"] = closing[0].whole()
	list := recipientList(closing)
	if len(list) > 0 {
		w.at["closing.recipients"] = list[0].whole()
	}
	for i, p := range list {
		w.readRecipient(p, i == len(list)-1)
	}
	w.readSigner(signerLines(closing, list))
}

// readRecipient reads a line of the list, its list mark and its final
// punctuation aside (the text needs them, the typed checks do not expect
// them): the Lưu line when it is the last, a recipient otherwise.
func (w *written) readRecipient(p *para, last bool) {
	one := trimOneMark(strings.TrimSpace(p.text))
	if rest, ok := archiveOf(one); ok && last {
		w.r.Closing.Archive = rest
		w.at["closing.archive"] = p.whole()
		return
	}
	w.at[finding.Index("closing.recipients", len(w.r.Closing.Recipients))] = p.whole()
	w.r.Closing.Recipients = append(w.r.Closing.Recipients, strings.TrimRight(one, ";. "))
}

// listMarks are the marks that start a line of a list.
const listMarks = "-–—+•·"

// trimOneMark returns s without the one list mark it starts with, and the
// spaces after it.
func trimOneMark(s string) string {
	for _, m := range listMarks {
		if rest, ok := strings.CutPrefix(s, string(m)); ok {
			return strings.TrimLeft(rest, " \t")
		}
	}
	return s
}

// trimMarks returns s without the list marks it starts with.
func trimMarks(s string) string {
	for {
		t := trimOneMark(s)
		if t == s {
			return s
		}
		s = t
	}
}

// archiveOf reads a recipient line without its list mark as the Lưu line:
// what follows "Lưu" and its colon, the final punctuation aside, with the
// marks typed twice kept ("- VT" for "- - Lưu: VT"); false when the line
// is not one ("Lưu trữ lịch sử tỉnh").
func archiveOf(s string) (string, bool) {
	bare := trimMarks(s)
	i := strings.IndexFunc(bare, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		i = len(bare)
	}
	if strings.ToLower(vn.NFC(bare[:i])) != "lưu" {
		return "", false
	}
	rest := strings.TrimSpace(bare[i:])
	low := strings.ToLower(vn.NFC(rest))
	if rest != "" && !strings.ContainsRune(":.;,", rune(rest[0])) && !strings.HasPrefix(low, "vt") && !strings.HasPrefix(low, "văn thư") {
		return "", false
	}
	marks := s[:len(s)-len(bare)]
	return marks + strings.TrimRight(strings.TrimLeft(rest, ": "), ".;, "), true
}

// signerLines returns the lines of the closing that are not the list of
// recipients: the signer's block and what follows it.
func signerLines(closing, list []*para) []line {
	skip := map[*para]bool{}
	for _, p := range list {
		skip[p] = true
	}
	var out []line
	for _, p := range closing {
		if !skip[p] && !startsFold(strings.TrimSpace(p.text), "nơi nhận") {
			out = append(out, linesOf(p)...)
		}
	}
	return out
}

// readSigner reads the signer's block: the authority lines (KT., TM., Q.,
// TL., TUQ.), the title (the last line of the block) and the name.
func (w *written) readSigner(lines []line) {
	block, name := signerBlock(lines)
	if len(block) == 0 {
		return
	}
	title := block[len(block)-1]
	s := &w.r.Closing.Signer
	s.Title = title.text
	w.at["closing.signer"] = title.place()
	w.at["closing.signer.title"] = title.place()
	w.at["closing.signer.authority"] = block[0].place()
	for i, l := range block[:len(block)-1] {
		s.Authority = append(s.Authority, l.text)
		w.at[finding.Index("closing.signer.authority", i)] = l.place()
	}
	if name != nil {
		s.Name = name.text
		w.at["closing.signer.name"] = name.place()
	}
}

// signerBlock finds the signer's block among the lines: the lines of
// authority and title, from the first that starts with a title's word
// ("GIÁM ĐỐC", "KT.", "TM.", "CHÁNH VĂN PHÒNG") to the person's name (nil
// when the block ends without one). Marks of a signature ("(Đã ký)"), the
// drafter's initials and lines with a colon are passed over.
func signerBlock(lines []line) ([]line, *line) {
	var block []line
	for i, l := range lines {
		switch {
		case signatureMark(l.text):
		case len(block) > 0 && personName(l.text):
			return block, &lines[i]
		case signerTitle(l.text) && (len(block) > 0 || titleStart(l.text) || isAuthority(l.text)):
			block = append(block, l)
		case len(block) > 0:
			return block, nil
		}
	}
	return block, nil
}

// signatureMark reports a line of the signer's block that is neither
// authority, title nor name: "(Đã ký)", "[Chữ ký số]", the drafter's
// "PL.(300)", the "Ký bởi: …" of a digital signature.
func signatureMark(t string) bool {
	low := strings.ToLower(vn.NFC(t))
	return strings.HasPrefix(t, "(") || strings.HasPrefix(t, "[") || strings.ContainsAny(t, ":0123456789") ||
		strings.HasPrefix(low, "đã ký") || low == "ký tên" || strings.HasPrefix(low, "chữ ký")
}

// signerWords are the first words of a signer's title or authority line,
// in capitals: no person's name starts with them.
var signerWords = map[string]bool{
	"GIÁM": true, "PHÓ": true, "CHỦ": true, "TRƯỞNG": true, "CHÁNH": true, "THỦ": true, "BỘ": true, "THỨ": true,
	"CỤC": true, "CHI": true, "TỔNG": true, "BÍ": true, "HIỆU": true, "VIỆN": true, "ỦY": true, "UỶ": true,
	"UBND": true, "HỘI": true, "BAN": true, "THƯỜNG": true, "KẾ": true, "ĐẠI": true, "QUYỀN": true,
	"KÝ": true, "THAY": true, "THỪA": true, "KT": true, "TM": true, "TL": true, "TUQ": true, "Q": true,
	"SỞ": true, "PHÒNG": true, "VĂN": true, "TRUNG": true, "ĐẢNG": true, "TỈNH": true, "HUYỆN": true, "XÃ": true,
}

// titleStart reports whether t starts with a word of a title or authority
// line, or a prefix written with dots or a slash ("K/T", "T.M.", "K.T").
func titleStart(t string) bool {
	u := strings.ToUpper(vn.NFC(t))
	i := strings.IndexFunc(u, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		i = len(u)
	}
	dotted := i == 1 && strings.ContainsRune("KTQ", rune(u[0])) && (u[1] == '.' || u[1] == '/')
	return signerWords[u[:i]] || dotted
}

// signerTitle reports a line of authority or title: short, with letters,
// in capitals or starting with a title's word ("Phó Giám đốc").
func signerTitle(t string) bool {
	return len(t) <= 120 && strings.ContainsFunc(t, unicode.IsLetter) && (t == strings.ToUpper(t) || titleStart(t))
}

// personName reports a line that reads as a person's name: two to six
// words each starting with a capital, in capitals or not, that does not
// start with a title's word; academic titles before it ("TS.", "ThS.")
// aside, which reform's checks report.
func personName(t string) bool {
	if titleStart(t) {
		return false
	}
	f := strings.Fields(t)
	for len(f) > 0 && strings.HasSuffix(f[0], ".") {
		f = f[1:]
	}
	if len(f) < 2 || len(f) > 6 {
		return false
	}
	for _, w := range f {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
			return false
		}
	}
	return true
}
