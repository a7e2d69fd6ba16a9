package lint

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// nationalTitle and motto are the Quốc hiệu and Tiêu ngữ as Nghị định
// 30/2020/NĐ-CP writes them.
const (
	nationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	motto         = "Độc lập - Tự do - Hạnh phúc"
)

// headerParts are what readHeader found of the header.
type headerParts struct {
	number, dateLine, national, motto *para
	numberText                        string
	dateStart                         int // offset of "ngày" in dateLine
}

// readHeader reads the report's number, date, title and period into res,
// and the period and date the checks use.
func (c *checker) readHeader(res *Result) {
	h := c.header()
	if h.number != nil {
		res.Number = h.numberText
	}
	if h.dateLine != nil {
		if d, err := vn.ParseDate(h.dateLine.text[h.dateStart:]); err == nil {
			c.date = d
		}
	}
	res.Title = c.titleText()
	if per, ok := parsePeriod(res.Title); ok {
		c.period = &per
	}
	c.applyOptions()
	res.Period, res.ReportDate = c.period, c.date
}

// applyOptions lets the period and the date of the options override those
// read.
func (c *checker) applyOptions() {
	if c.opts.Period != nil {
		per := *c.opts.Period
		c.period = &per
	}
	if !c.opts.ReportDate.IsZero() {
		c.date = c.opts.ReportDate
	}
}

// titleText returns the trích yếu: the lines of the title other than the
// kind name and the "Kính gửi" lines, joined.
func (c *checker) titleText() string {
	var title []string
	for _, p := range c.o.inPart(PartTitle) {
		if !kindNames[normalizeLine(p.text)] && !startsFold(p.text, "kính gửi") && !strings.HasPrefix(strings.TrimSpace(p.text), "-") {
			title = append(title, strings.TrimSpace(p.text))
		}
	}
	return strings.Join(title, " ")
}

// header finds the elements of the header among the first paragraphs.
func (c *checker) header() headerParts {
	var h headerParts
	for i, p := range c.o.paras {
		if p.part == PartHeader || i < 12 && p.part == PartBody && p.label.scheme == schemeNone && isHeaderLine(p.text) {
			h.read(p)
		}
	}
	return h
}

// read takes p as the header element it is, when that element is not
// found yet: the number, the place-date line, the Quốc hiệu, the Tiêu ngữ.
func (h *headerParts) read(p *para) {
	t := strings.TrimSpace(p.text)
	u := strings.ToUpper(vn.NFC(t))
	switch {
	case h.number == nil && isNumberLine(t):
		h.number = p
		_, after, _ := strings.Cut(t, ":")
		h.numberText = strings.TrimSpace(after)
	case h.dateLine == nil && strings.Contains(t, ", ngày ") && strings.Contains(t, " tháng ") && strings.Contains(t, " năm "):
		h.dateLine = p
		h.dateStart = strings.Index(p.text, "ngày ")
	case h.national == nil && (strings.HasPrefix(u, "CỘNG HÒA") || strings.HasPrefix(u, "CỘNG HOÀ")):
		h.national = p
	case h.motto == nil && strings.HasPrefix(u, "ĐỘC LẬP"):
		h.motto = p
	}
}

// isNumberLine reports the line of the số, ký hiệu: "Số: …".
func isNumberLine(t string) bool {
	return strings.HasPrefix(t, "Số:") || strings.HasPrefix(t, "Số :") || strings.HasPrefix(t, "SỐ:")
}

// checkHeader checks what a text shows of the header, title and closing:
// the số, ký hiệu, the place-date line, the Quốc hiệu and Tiêu ngữ as
// written, "V/v", the recipients, the end mark and the signer.
func (c *checker) checkHeader() {
	h := c.header()
	if p := h.number; p != nil {
		c.checkNumber(p, h.numberText)
	}
	if p := h.dateLine; p != nil {
		c.checkPlaceDate(p, h.dateStart)
	}
	if p := h.national; p != nil {
		c.checkNational(p)
	}
	if p := h.motto; p != nil {
		c.checkMotto(p)
	}
	if c.o.doc.Layout && (c.o.title >= 0 || h.number != nil) {
		c.checkHeaderComplete(h)
	}
	c.checkTitleVV()
	c.checkClosing()
}

// checkTitleVV reports a "V/v" before the trích yếu of a report.
func (c *checker) checkTitleVV() {
	for _, p := range c.o.inPart(PartTitle) {
		if startsFold(p.text, "v/v") || startsFold(p.text, "về việc") {
			c.add(CodeTitleVV, finding.Error, p.place(0, min(len(p.text), 80)), nil, nil,
				"Báo cáo ghi “V/v” trước trích yếu; “V/v” chỉ dùng cho công văn, trích yếu của báo cáo đặt ngay dưới tên loại “BÁO CÁO”.")
		}
	}
}

// checkNational checks the Quốc hiệu: its words, in capitals.
func (c *checker) checkNational(p *para) {
	t := strings.Join(strings.Fields(vn.NFC(p.text)), " ")
	written := strings.ReplaceAll(strings.ToUpper(t), "HOÀ", "HÒA")
	if written != nationalTitle || (t != strings.ToUpper(t) && !allCaps(p)) {
		c.add(CodeHeaderNational, finding.Error, p.whole(), nil,
			[]finding.Value{{Name: "written", Value: t}, {Name: "expected", Value: nationalTitle}},
			fmt.Sprintf("Quốc hiệu ghi “%s”; thể thức là “%s”, chữ in hoa.", t, nationalTitle))
	}
}

// checkMotto checks the Tiêu ngữ as the decree writes it.
func (c *checker) checkMotto(p *para) {
	t := strings.Join(strings.Fields(vn.NFC(p.text)), " ")
	if t != motto {
		c.add(CodeHeaderMotto, finding.Error, p.whole(), nil,
			[]finding.Value{{Name: "written", Value: t}, {Name: "expected", Value: motto}},
			fmt.Sprintf("Tiêu ngữ ghi “%s”; thể thức là “%s”: chữ cái đầu của các cụm từ viết hoa, giữa các cụm từ có gạch nối và cách chữ.", t, motto))
	}
}

// checkHeaderComplete reports the elements the header of a DOCX lacks.
func (c *checker) checkHeaderComplete(h headerParts) {
	var missing []string
	for _, e := range []struct {
		p    *para
		name string
	}{{h.national, "Quốc hiệu"}, {h.motto, "Tiêu ngữ"}, {h.number, "số, ký hiệu"}, {h.dateLine, "địa danh và ngày tháng năm"}} {
		if e.p == nil {
			missing = append(missing, e.name)
		}
	}
	if len(missing) > 0 {
		c.add(CodeHeaderMissing, finding.Warning, Place{Part: PartHeader}, nil,
			[]finding.Value{{Name: "missing", Value: strings.Join(missing, ", ")}},
			fmt.Sprintf("Phần đầu văn bản thiếu: %s.", strings.Join(missing, ", ")))
	}
}

// allCaps reports whether every run of p is formatted in capitals.
func allCaps(p *para) bool {
	if len(p.runs) == 0 {
		return false
	}
	for _, r := range p.runs {
		if r.End > r.Start && !r.Caps {
			return false
		}
	}
	return true
}

// checkNumber checks the report's số, ký hiệu as the typed header check
// does.
func (c *checker) checkNumber(p *para, num string) {
	start := strings.Index(p.text, num)
	at := p.place(max(start, 0), max(start, 0)+len(num))
	cit, err := citation.Parse("Báo cáo số " + num)
	if err != nil || len(cit.Groups) < 2 || cit.Number == 0 {
		c.add(reform.CodeHeaderNumber, finding.Error, at, nil, []finding.Value{{Name: "number", Value: num}},
			fmt.Sprintf("Số, ký hiệu “%s” không đúng thể thức: cần dạng số/BC-<cơ quan>, ví dụ 380/BC-STP.", num))
		return
	}
	c.checkNumberCitation(cit, at)
	if cit.Groups[0] != "BC" && c.isReport() {
		c.add(reform.CodeHeaderKind, finding.Error, at, nil, []finding.Value{{Name: "kind", Value: cit.Groups[0]}},
			fmt.Sprintf("Ký hiệu “%s” có nhóm chữ viết tắt tên loại “%s”, không phải BC của Báo cáo.", num, cit.Groups[0]))
	}
}

// checkNumberCitation checks the số, ký hiệu as a citation of the
// report, but for the kind it names, which checkNumber checks.
func (c *checker) checkNumberCitation(cit citation.Citation, at Place) {
	for _, f := range cit.Check(citation.Options{}) {
		if f.Code != citation.CodeKindMismatch {
			c.addFinding(f, at, nil)
		}
	}
}

// isReport reports whether the document's kind name is BÁO CÁO (or none is
// found).
func (c *checker) isReport() bool {
	for _, p := range c.o.paras {
		if p.part == PartTitle && kindNames[normalizeLine(p.text)] {
			return normalizeLine(p.text) == "BÁO CÁO"
		}
	}
	return true
}

// checkPlaceDate checks "<place>, ngày dd tháng mm năm yyyy".
func (c *checker) checkPlaceDate(p *para, start int) {
	line := strings.TrimSpace(p.text)
	at := p.whole()
	f := strings.Fields(vn.NFC(p.text[start:]))
	if !isDateWords(f) {
		c.add(CodeHeaderDate, finding.Error, at, nil, []finding.Value{{Name: "written", Value: line}},
			fmt.Sprintf("Dòng địa danh, ngày tháng “%s” không viết theo dạng “<địa danh>, ngày … tháng … năm …”.", line))
		return
	}
	year := strings.TrimRight(f[5], ".")
	d, err := vn.ParseDate("ngày " + f[1] + " tháng " + f[3] + " năm " + year)
	if err != nil {
		c.add(CodeHeaderDate, finding.Error, at, nil, []finding.Value{{Name: "written", Value: line}},
			fmt.Sprintf("Ngày tháng “%s” không có thật hoặc không đọc được.", strings.Join(f[:6], " ")))
		return
	}
	want := vn.HeaderDate(d)
	got := "ngày " + f[1] + " tháng " + f[3] + " năm " + year
	if got != want {
		c.add(CodeHeaderDate, finding.Error, at, nil,
			[]finding.Value{{Name: "written", Value: got}, {Name: "expected", Value: want}},
			fmt.Sprintf("Ngày tháng ghi “%s”; thể thức là “%s”: ngày dưới 10 và tháng 1, 2 có số 0 ở trước, các tháng khác không.", got, want))
	}
	c.checkDateAfterPeriod(d, at)
}

// isDateWords reports whether the words f start "ngày … tháng … năm …".
func isDateWords(f []string) bool {
	return len(f) >= 6 && f[0] == "ngày" && f[2] == "tháng" && f[4] == "năm"
}

// checkDateAfterPeriod checks that the report is dated after the cut-off
// of its period.
func (c *checker) checkDateAfterPeriod(d time.Time, at Place) {
	if c.period == nil || d.IsZero() {
		return
	}
	if _, to, err := c.period.Window(); err == nil && !d.After(to) {
		c.add(reform.CodePeriodDate, finding.Error, at, nil,
			[]finding.Value{{Name: "date", Value: vn.CitationDate(d)}, {Name: "cutoff", Value: vn.CitationDate(to)}},
			fmt.Sprintf("Báo cáo %s ghi ngày %s, không sau ngày chốt số liệu %s của kỳ báo cáo.", c.period.Label(), vn.CitationDate(d), vn.CitationDate(to)))
	}
}

// checkClosing checks the recipients' punctuation and the Lưu line at the
// end of their list, the end mark and the signer's name; reform's checks
// of the closing block (checkWritten) check the rest.
func (c *checker) checkClosing() {
	closing := c.o.inPart(PartClosing)
	if len(closing) == 0 {
		return
	}
	c.checkEndMark()
	list := recipientList(closing)
	c.checkRecipients(list)
	c.checkArchiveLine(list)
	c.checkSigner(closing, list)
}

// checkRecipients checks the dash and the final punctuation of each line
// of the list: maxListed findings, and one that counts the rest.
func (c *checker) checkRecipients(list []*para) {
	n := 0
	for i, p := range list {
		t := strings.TrimSpace(p.text)
		why := recipientProblem(t, i == len(list)-1)
		if why == "" {
			continue
		}
		if n++; n <= maxListed {
			c.add(CodeClosingRecipients, finding.Error, p.whole(), nil, []finding.Value{{Name: "written", Value: clip(t, quoteLimit)}},
				fmt.Sprintf("Dòng nơi nhận “%s” %s.", clip(t, 120), why))
		}
	}
	if n > maxListed {
		c.add(CodeClosingRecipients, finding.Error, list[0].whole(), nil, []finding.Value{{Name: "more", Value: strconv.Itoa(n - maxListed)}},
			fmt.Sprintf("Còn %s dòng nơi nhận khác viết sai gạch đầu dòng hoặc dấu câu như %d dòng đã nêu.", vn.Int(int64(n-maxListed)), maxListed))
	}
}

// maxListed is how many findings of one rule the lines of a list get one
// by one; one more counts the rest, as reform's checks of the closing do.
const maxListed = 20

// checkArchiveLine reports a list of recipients that does not end with a
// Lưu line that says where the copies are kept ("- Lưu: VT, CCHC."): a
// written report prints no line the author left out. A Lưu line in the
// middle of the list is reform's (reform.closing.recipient.archive).
func (c *checker) checkArchiveLine(list []*para) {
	if len(list) == 0 {
		return
	}
	for _, p := range list[:len(list)-1] {
		if _, ok := archiveOf(trimOneMark(strings.TrimSpace(p.text))); ok {
			return
		}
	}
	last := list[len(list)-1]
	rest, ok := archiveOf(trimOneMark(strings.TrimSpace(last.text)))
	switch {
	case !ok:
		c.add(CodeClosingRecipients, finding.Error, last.whole(), nil, nil,
			"Danh sách nơi nhận không kết thúc bằng dòng “- Lưu: VT, …” (bản lưu tại văn thư và đơn vị soạn thảo).")
	case strings.IndexFunc(rest, unicode.IsLetter) < 0:
		c.add(CodeClosingRecipients, finding.Error, last.whole(), nil, nil,
			"Dòng “Lưu” không ghi nơi lưu văn bản: ghi “- Lưu: VT, <chữ viết tắt đơn vị soạn thảo>.”.")
	}
}

// checkEndMark checks that the end mark ends the body.
func (c *checker) checkEndMark() {
	var last *para
	for _, p := range c.o.paras {
		if p.part == PartBody {
			last = p
		}
	}
	if last != nil && !strings.HasSuffix(strings.TrimRight(last.text, " \t"), "./.") {
		t := strings.TrimSpace(last.text)
		c.add(CodeClosingEndMark, finding.Warning, last.place(max(0, len(last.text)-60), len(last.text)), nil, nil,
			"Đoạn cuối của phần nội dung không kết thúc bằng dấu “./.”"+tail(t)+".")
	}
}

// recipientList returns the recipients: the dash lines after "Nơi nhận"
// (in a table, the lines of the list's column up to the signer's).
func recipientList(closing []*para) []*para {
	var list []*para
	inList := false
	for _, p := range closing {
		t := strings.TrimSpace(p.text)
		if startsFold(t, "nơi nhận") {
			inList = true
			continue
		}
		if !inList {
			continue
		}
		if isRecipientLine(p, t, list) {
			list = append(list, p)
			continue
		}
		if len(list) > 0 {
			break
		}
	}
	return list
}

// isRecipientLine reports whether p, of text t, continues the list of
// recipients: a dash line, or in a table a line of the list's column that
// is not the signer's.
func isRecipientLine(p *para, t string, list []*para) bool {
	if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "–") || strings.HasPrefix(t, "+") {
		return true
	}
	return p.cell != nil && len(list) > 0 && !isAuthority(t) && p.cell.Col == list[0].cell.Col
}

// recipientProblem says what is wrong with a recipient line t, the last of
// the list or not: "" when nothing is.
func recipientProblem(t string, last bool) string {
	switch {
	case !strings.HasPrefix(t, "- "):
		return "không bắt đầu bằng gạch đầu dòng “- ”"
	case last && !strings.HasSuffix(t, "."):
		return "là dòng cuối nên phải kết thúc bằng dấu chấm"
	case !last && !strings.HasSuffix(t, ";"):
		return "phải kết thúc bằng dấu chấm phẩy"
	}
	return ""
}

// checkSigner checks that the signer's block (authority lines and title)
// ends with the signer's name; reform's checks read the name itself
// (reform.closing.signer.name: capitals, titles, digits).
func (c *checker) checkSigner(closing, list []*para) {
	block, name := signerBlock(signerLines(closing, list))
	if len(block) == 0 || name != nil {
		return
	}
	last := block[len(block)-1]
	c.add(CodeClosingSigner, finding.Warning, last.place(), nil, nil,
		fmt.Sprintf("Sau “%s” không có họ tên người ký.", clip(last.text, 120)))
}

// tail quotes the end of t for a message: " (… tổng hợp)".
func tail(t string) string {
	r := []rune(t)
	if len(r) > 40 {
		return " (“…" + string(r[len(r)-40:]) + "”)"
	}
	return " (“" + t + "”)"
}

// isAuthority reports the line of the signer's authority or title: capitals
// ("GIÁM ĐỐC", "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN").
func isAuthority(t string) bool {
	if t == "" || len(t) > 80 || t != strings.ToUpper(t) || !strings.ContainsFunc(t, unicode.IsLetter) {
		return false
	}
	u := vn.NFC(t)
	for _, w := range []string{"GIÁM ĐỐC", "CHỦ TỊCH", "TRƯỞNG", "CHÁNH", "THỦ TRƯỞNG", "BỘ TRƯỞNG", "KT.", "TM.", "TL.", "TUQ.", "Q.", "BÍ THƯ", "CỤC TRƯỞNG"} {
		if strings.Contains(u, w) {
			return true
		}
	}
	return false
}

// isName reports a line that may be a person's name: two to six words, each
// starting with a capital, not all capitals.
func isName(t string) bool {
	f := strings.Fields(strings.Trim(t, "*"))
	if len(f) < 2 || len(f) > 6 || t == strings.ToUpper(t) {
		return false
	}
	for _, w := range f {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// parsePeriod reads the period from a trích yếu: "11 tháng đầu năm 2024",
// "6 tháng đầu năm 2025", "quý III năm 2024", "tháng 5 năm 2024",
// "năm 2024".
func parsePeriod(title string) (reform.Period, bool) {
	w := titleWords(strings.Fields(strings.ToLower(vn.NFC(title))))
	for i := range w {
		if per, ok := w.periodAt(i); ok {
			return per, true
		}
	}
	return w.closingYear()
}

// titleWords are the words of a trích yếu in lower case.
type titleWords []string

// year reads word i as a year.
func (w titleWords) year(i int) (int, bool) {
	if i < 0 || i >= len(w) {
		return 0, false
	}
	s := strings.TrimRight(w[i], ".,;:)")
	y, err := strconv.Atoi(s)
	return y, err == nil && len(s) == 4 && y >= 1945
}

// periodAt reads the period that starts at word i, if one does.
func (w titleWords) periodAt(i int) (reform.Period, bool) {
	switch {
	case i+4 < len(w) && w[i+1] == "tháng" && w[i+2] == "đầu" && w[i+3] == "năm":
		return w.firstMonths(i)
	case w[i] == "quý" && i+1 < len(w):
		return w.quarter(i)
	case w[i] == "tháng" && i+1 < len(w) && (i == 0 || w[i-1] != "6" && w[i-1] != "9"):
		return w.month(i)
	}
	return reform.Period{}, false
}

// firstMonths reads "N tháng đầu năm Y" at word i: the half year, nine
// months, the year, or the first N months.
func (w titleWords) firstMonths(i int) (reform.Period, bool) {
	n, err := strconv.Atoi(w[i])
	y, ok := w.year(i + 4)
	if err != nil || !ok || n < 1 || n > 12 {
		return reform.Period{}, false
	}
	switch n {
	case 6:
		return reform.Period{Kind: reform.HalfYear, Year: y}, true
	case 9:
		return reform.Period{Kind: reform.NineMonths, Year: y}, true
	case 12:
		return reform.Period{Kind: reform.Year, Year: y}, true
	}
	return reform.Period{Kind: reform.FirstMonths, N: n, Year: y}, true
}

// quarter reads "quý III năm Y" (or "quý 3 Y") at word i.
func (w titleWords) quarter(i int) (reform.Period, bool) {
	q, err := vn.ParseRoman(strings.ToUpper(w[i+1]))
	if err != nil {
		q, err = strconv.Atoi(w[i+1])
	}
	next := i + 2
	if next < len(w) && w[next] == "năm" {
		next++
	}
	if y, ok := w.year(next); ok && err == nil && q >= 1 && q <= 4 {
		return reform.Period{Kind: reform.Quarter, N: q, Year: y}, true
	}
	return reform.Period{}, false
}

// month reads "tháng 5 năm Y" or "tháng 5/Y" at word i.
func (w titleWords) month(i int) (reform.Period, bool) {
	m, rest, _ := strings.Cut(w[i+1], "/")
	n, err := strconv.Atoi(m)
	if err != nil || n < 1 || n > 12 {
		return reform.Period{}, false
	}
	if rest != "" {
		return monthOfYear(n, rest)
	}
	if i+3 < len(w) && w[i+2] == "năm" {
		if y, ok := w.year(i + 3); ok {
			return reform.Period{Kind: reform.Month, N: n, Year: y}, true
		}
	}
	return reform.Period{}, false
}

// monthOfYear reads the year of "tháng 5/2024": month n of year.
func monthOfYear(n int, year string) (reform.Period, bool) {
	if y, err := strconv.Atoi(year); err == nil && len(year) == 4 {
		return reform.Period{Kind: reform.Month, N: n, Year: y}, true
	}
	return reform.Period{}, false
}

// closingYear reads "năm Y" closing the title: a year's report.
func (w titleWords) closingYear() (reform.Period, bool) {
	for i := len(w) - 2; i >= 0 && i >= len(w)-3; i-- {
		if w[i] == "năm" {
			if y, ok := w.year(i + 1); ok {
				return reform.Period{Kind: reform.Year, Year: y}, true
			}
		}
	}
	return reform.Period{}, false
}
