package lint

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/lint/input"
	"github.com/cchc-go/cchc/reform/vn"
)

// The page of Nghị định 30/2020/NĐ-CP in twips, with a tolerance of half a
// millimetre for rounding (layout-nd30.md).
const (
	a4Width     = 11906
	a4Height    = 16838
	twipsPerMM  = 1440.0 / 25.4
	tolerance   = 28
	indentMin   = 567 - 10 // 1 cm
	indentMax   = 720 + 10 // 1,27 cm
	minSpacing  = 120 - 6  // 6 pt
	maxLineAuto = 360      // 1,5 lines
)

// mm converts millimetres to twips.
func mm(v float64) int { return int(v*twipsPerMM + 0.5) }

// checkLayout checks the layout of a DOCX: page, margins, fonts and sizes
// of each part, the header's elements and their emphasis, the title, the
// closing, the body's paragraphs and the page numbers.
func (c *checker) checkLayout() {
	c.checkPage()
	c.checkFonts()
	h := c.header()
	for _, lp := range c.layoutParts(h) {
		c.checkPart(lp)
	}
	c.checkHeaderSizes(h)
	c.checkHeaderTable(h)
	c.checkBody()
	c.checkPageNumbers()
}

// checkHeaderSizes checks that the sizes of the Quốc hiệu, the Tiêu ngữ
// and the place-date line go together: 12, 13, 13 or 13, 14, 14.
func (c *checker) checkHeaderSizes(h headerParts) {
	if h.national == nil || h.motto == nil || h.dateLine == nil {
		return
	}
	n, m, d := sizeOf(h.national), sizeOf(h.motto), sizeOf(h.dateLine)
	if n == 24 && (m != 26 || d != 26) || n == 26 && (m != 28 || d != 28) {
		c.add(CodeLayoutSize, finding.Error, h.national.whole(), []Place{h.motto.whole(), h.dateLine.whole()},
			[]finding.Value{{Name: "national", Value: points(n)}, {Name: "motto", Value: points(m)}, {Name: "date", Value: points(d)}},
			fmt.Sprintf("Cỡ chữ của Quốc hiệu (%s), Tiêu ngữ (%s) và dòng địa danh, ngày tháng (%s) phải đi cùng nhau: 12, 13, 13 hoặc 13, 14, 14.",
				points(n), points(m), points(d)))
	}
}

// checkHeaderTable checks that the header is set in two columns.
func (c *checker) checkHeaderTable(h headerParts) {
	if h.national == nil && h.number == nil || inTable(h.national) || inTable(h.number) {
		return
	}
	p := h.national
	if p == nil {
		p = h.number
	}
	c.add(CodeLayoutHeaderTable, finding.Warning, p.whole(), nil, nil,
		"Phần đầu văn bản không trình bày thành hai cột: tên cơ quan, số và ký hiệu ở cột trái; Quốc hiệu, Tiêu ngữ, địa danh và ngày tháng ở cột phải.")
}

// inTable reports whether p is in a table cell.
func inTable(p *para) bool { return p != nil && p.cell != nil }

// points writes a size in half-points as points: "13", "13,5".
func points(hp int) string {
	if hp == 0 {
		return "không rõ"
	}
	if hp%2 == 0 {
		return fmt.Sprint(hp / 2)
	}
	return fmt.Sprintf("%d,5", hp/2)
}

// checkPage checks the paper and margins of every section.
func (c *checker) checkPage() {
	for i, s := range c.o.doc.Sections {
		if !s.Known {
			continue
		}
		at := Place{Part: PartPage, Index: i + 1}
		c.checkPaper(s, i, at)
		c.checkMargins(s, at)
	}
}

// checkPaper checks that section i is on A4, portrait, or landscape after
// the first section.
func (c *checker) checkPaper(s input.Section, i int, at Place) {
	w, h := s.PageWidth, s.PageHeight
	portrait := abs(int64(w-a4Width)) <= tolerance && abs(int64(h-a4Height)) <= tolerance
	landscape := abs(int64(h-a4Width)) <= tolerance && abs(int64(w-a4Height)) <= tolerance
	if portrait || landscape && i > 0 {
		return
	}
	c.add(CodeLayoutPage, finding.Error, at, nil,
		[]finding.Value{{Name: "width_mm", Value: fmt.Sprintf("%.0f", float64(w)/twipsPerMM)}, {Name: "height_mm", Value: fmt.Sprintf("%.0f", float64(h)/twipsPerMM)}},
		fmt.Sprintf("Khổ giấy %.0f × %.0f mm; văn bản dùng khổ A4 (210 × 297 mm) đứng.", float64(w)/twipsPerMM, float64(h)/twipsPerMM))
}

// checkMargins checks the margins of a section against the decree's
// ranges.
func (c *checker) checkMargins(s input.Section, at Place) {
	for _, m := range []struct {
		name     string
		v        int
		low, hig float64
	}{{"trên", s.Top, 20, 25}, {"dưới", s.Bottom, 20, 25}, {"trái", s.Left, 30, 35}, {"phải", s.Right, 15, 20}} {
		v := int(abs(int64(m.v)))
		if v < mm(m.low)-tolerance || v > mm(m.hig)+tolerance {
			c.add(CodeLayoutMargins, finding.Error, at, nil,
				[]finding.Value{{Name: "margin", Value: m.name}, {Name: "mm", Value: fmt.Sprintf("%.1f", float64(v)/twipsPerMM)}},
				fmt.Sprintf("Lề %s %s mm nằm ngoài khoảng %s–%s mm.", m.name, vnMM(float64(v)/twipsPerMM), vnMM(m.low), vnMM(m.hig)))
		}
	}
}

// vnMM writes millimetres with one decimal and a comma: "25", "17,5".
func vnMM(v float64) string {
	s := fmt.Sprintf("%.1f", v)
	s = strings.TrimSuffix(s, ".0")
	return strings.ReplaceAll(s, ".", ",")
}

// checkFonts reports, once per part, text not in Times New Roman.
func (c *checker) checkFonts() {
	order, byPart := c.otherFonts()
	for _, part := range order {
		b := byPart[part]
		c.add(CodeLayoutFont, finding.Error, b.p.place(b.run.Start, b.run.End), nil,
			[]finding.Value{{Name: "fonts", Value: strings.Join(b.fonts, ", ")}, {Name: "runs", Value: fmt.Sprint(b.count)}},
			fmt.Sprintf("%s dùng phông %s (%d đoạn chữ); văn bản dùng phông Times New Roman.", partName(part), strings.Join(b.fonts, ", "), b.count))
	}
}

// otherFont is the text of a part not in Times New Roman: its first run,
// the number of runs and the first five fonts.
type otherFont struct {
	p     *para
	run   input.Run
	count int
	fonts []string
}

// otherFonts returns the text not in Times New Roman by part, and the parts
// in the order they are met.
func (c *checker) otherFonts() ([]Part, map[Part]*otherFont) {
	byPart := map[Part]*otherFont{}
	var order []Part
	for _, p := range c.ordered() {
		for _, r := range p.runs {
			if !otherFontRun(p, r) {
				continue
			}
			b := byPart[p.part]
			if b == nil {
				b = &otherFont{p: p, run: r}
				byPart[p.part] = b
				order = append(order, p.part)
			}
			b.note(r)
		}
	}
	return order, byPart
}

// note counts the run r, and its font among the first five.
func (b *otherFont) note(r input.Run) {
	b.count++
	if !slices.Contains(b.fonts, r.Font) && len(b.fonts) < 5 {
		b.fonts = append(b.fonts, r.Font)
	}
}

// otherFontRun reports a run of text of p in a font named and not Times
// New Roman.
func otherFontRun(p *para, r input.Run) bool {
	return r.Font != "" && !strings.EqualFold(strings.TrimSpace(r.Font), "Times New Roman") && strings.TrimSpace(p.text[r.Start:r.End]) != ""
}

// partName names a part in a message, capitalised.
func partName(p Part) string {
	switch p {
	case PartHeader:
		return "Phần đầu văn bản"
	case PartTitle:
		return "Tên loại và trích yếu"
	case PartClosing:
		return "Phần kết thúc"
	case PartFootnote:
		return "Chú thích"
	}
	return "Nội dung"
}

// layoutPart is an element of the layout with its rules.
type layoutPart struct {
	p          *para
	name       string
	sizes      []int // allowed sizes in half-points
	bold       bool
	italic     bool
	boldItalic bool
	caps       bool
	center     bool
}

// layoutParts lists the elements of the header, title and closing found.
func (c *checker) layoutParts(h headerParts) []layoutPart {
	var out []layoutPart
	if h.national != nil {
		out = append(out, layoutPart{p: h.national, name: "Quốc hiệu", sizes: []int{24, 26}, bold: true, caps: true, center: true})
	}
	if h.motto != nil {
		out = append(out, layoutPart{p: h.motto, name: "Tiêu ngữ", sizes: []int{26, 28}, bold: true, center: true})
	}
	if h.number != nil {
		out = append(out, layoutPart{p: h.number, name: "Số, ký hiệu", sizes: []int{26}})
	}
	if h.dateLine != nil {
		out = append(out, layoutPart{p: h.dateLine, name: "Địa danh và ngày tháng", sizes: []int{26, 28}, italic: true})
	}
	out = append(out, c.agencyParts(h)...)
	out = append(out, c.titleParts()...)
	return append(out, c.closingParts()...)
}

// agencyParts returns the agencies: the capitals of the header's left
// column above "Số:"; the last is the issuing agency, bold.
func (c *checker) agencyParts(h headerParts) []layoutPart {
	var agencies []*para
	for _, p := range c.o.inPart(PartHeader) {
		if isAgencyLine(p, h) {
			agencies = append(agencies, p)
		}
	}
	out := make([]layoutPart, 0, len(agencies))
	for i, p := range agencies {
		lp := layoutPart{p: p, name: "Tên cơ quan", sizes: []int{24, 26}}
		if i == len(agencies)-1 {
			lp.name, lp.bold = "Tên cơ quan ban hành", true
		}
		out = append(out, lp)
	}
	return out
}

// isAgencyLine reports whether a paragraph of the header is a line of an
// agency's name: capitals in the left column of its table, above "Số:".
func isAgencyLine(p *para, h headerParts) bool {
	return p.cell != nil && p.cell.Col == 0 && p != h.number && strings.TrimSpace(p.text) != "" &&
		strings.ToUpper(p.text) == p.text && (h.number == nil || h.number.cell == nil || p.cell.Table == h.number.cell.Table && p.cell.Row <= h.number.cell.Row)
}

// titleParts returns the kind name, the trích yếu and the "Kính gửi"
// lines.
func (c *checker) titleParts() []layoutPart {
	var out []layoutPart
	for _, p := range c.o.inPart(PartTitle) {
		t := strings.TrimSpace(p.text)
		switch {
		case kindNames[normalizeLine(t)]:
			out = append(out, layoutPart{p: p, name: "Tên loại văn bản", sizes: []int{26, 28}, bold: true, center: true})
		case startsFold(t, "kính gửi") || strings.HasPrefix(t, "-"):
			out = append(out, layoutPart{p: p, name: "Kính gửi", sizes: []int{26, 28}})
		default:
			out = append(out, layoutPart{p: p, name: "Trích yếu", sizes: []int{26, 28}, bold: true, center: true})
		}
	}
	return out
}

// closingParts returns the "Nơi nhận" label and its list, the signer's
// authority and name.
func (c *checker) closingParts() []layoutPart {
	var out []layoutPart
	inList := false
	for _, p := range c.o.inPart(PartClosing) {
		t := strings.TrimSpace(p.text)
		switch {
		case startsFold(t, "nơi nhận"):
			out = append(out, layoutPart{p: p, name: "Nơi nhận", sizes: []int{24}, boldItalic: true})
			inList = true
		case inList && strings.HasPrefix(t, "-"):
			out = append(out, layoutPart{p: p, name: "Nơi nhận (danh sách)", sizes: []int{22}})
		case isAuthority(t):
			out = append(out, layoutPart{p: p, name: "Quyền hạn, chức vụ người ký", sizes: []int{26, 28}, bold: true, center: true})
		case isName(t):
			out = append(out, layoutPart{p: p, name: "Họ tên người ký", sizes: []int{26, 28}, bold: true, center: true})
		}
	}
	return out
}

// sizeOf returns the size of a paragraph's text: the size of its first
// run with text, 0 when unknown.
func sizeOf(p *para) int {
	for _, r := range p.runs {
		if !r.Superscript && strings.TrimSpace(p.text[r.Start:r.End]) != "" {
			return r.HalfPoints
		}
	}
	return 0
}

// checkPart checks one element's size, emphasis and alignment. The lines
// of one element (the recipients) are reported once.
func (c *checker) checkPart(lp layoutPart) {
	if c.once == nil {
		c.once = map[string]bool{}
	}
	if c.once[lp.name] {
		return
	}
	before := len(c.out)
	at := lp.p.whole()
	c.checkPartSize(lp, at)
	if missing := missingStyle(lp); len(missing) > 0 {
		c.add(CodeLayoutStyle, finding.Error, at, nil,
			[]finding.Value{{Name: "part", Value: lp.name}, {Name: "missing", Value: strings.Join(missing, ", ")}},
			fmt.Sprintf("%s phải %s.", lp.name, strings.Join(missing, ", ")))
	}
	if len(c.out) > before {
		c.once[lp.name] = true
	}
}

// checkPartSize reports the first run of an element whose size is not one
// the element allows.
func (c *checker) checkPartSize(lp layoutPart, at Place) {
	p := lp.p
	for _, r := range p.runs {
		if r.Superscript || r.HalfPoints == 0 || strings.TrimSpace(p.text[r.Start:r.End]) == "" {
			continue
		}
		if slices.Contains(lp.sizes, r.HalfPoints) {
			continue
		}
		want := lp.sizeNames()
		c.add(CodeLayoutSize, finding.Error, at, nil,
			[]finding.Value{{Name: "part", Value: lp.name}, {Name: "size", Value: points(r.HalfPoints)}, {Name: "expected", Value: strings.Join(want, ", ")}},
			fmt.Sprintf("%s cỡ chữ %s; thể thức là cỡ %s.", lp.name, points(r.HalfPoints), strings.Join(want, " hoặc ")))
		return
	}
}

// sizeNames writes the sizes an element allows in points.
func (lp layoutPart) sizeNames() []string {
	want := make([]string, len(lp.sizes))
	for i, s := range lp.sizes {
		want[i] = points(s)
	}
	return want
}

// missingStyle returns what an element lacks of its emphasis, capitals
// and alignment: "in đậm", "in nghiêng", "in hoa", "căn giữa".
func missingStyle(lp layoutPart) []string {
	p := lp.p
	var missing []string
	if (lp.bold || lp.boldItalic) && !allRuns(p, func(r input.Run) bool { return r.Bold }) {
		missing = append(missing, "in đậm")
	}
	if (lp.italic || lp.boldItalic) && !allRuns(p, func(r input.Run) bool { return r.Italic }) {
		missing = append(missing, "in nghiêng")
	}
	if lp.caps && vn.NFC(p.text) != strings.ToUpper(vn.NFC(p.text)) && !allCaps(p) {
		missing = append(missing, "in hoa")
	}
	if lp.center && p.props.Align != input.AlignCenter {
		missing = append(missing, "căn giữa")
	}
	return missing
}

// allRuns reports whether p has a run of text, superscripts aside, and
// every such run is f.
func allRuns(p *para, f func(input.Run) bool) bool {
	seen := false
	for _, r := range p.runs {
		if r.Superscript || strings.TrimSpace(p.text[r.Start:r.End]) == "" {
			continue
		}
		seen = true
		if !f(r) {
			return false
		}
	}
	return seen
}

// tally counts the paragraphs of the body that break one rule, and keeps
// the first with its value.
type tally struct {
	first *para
	n     int
	value string
}

// note counts p, whose value is v.
func (t *tally) note(p *para, v string) {
	if t.first == nil {
		t.first, t.value = p, v
	}
	t.n++
}

// bodyTallies are the tallies of the rules of the body's paragraphs.
type bodyTallies struct {
	size, align, indent, spacing, lines, heading tally
}

// checkBody checks the body's paragraphs: size, alignment, first-line
// indent, spacing; each reported once with the number of paragraphs.
func (c *checker) checkBody() {
	var t bodyTallies
	var prev *para
	for _, p := range c.o.paras {
		if p.part != PartBody || p.cell != nil {
			prev = nil
			continue
		}
		t.read(p, prev)
		prev = p
	}
	c.reportBody(t)
}

// read counts the rules p breaks; prev is the body paragraph before it,
// nil after a table or another part.
func (t *bodyTallies) read(p, prev *para) {
	if hp, ok := offBodySize(p); ok {
		t.size.note(p, points(hp))
	}
	long := len(p.text) > 120
	if p.label.scheme == schemeRoman && !allBoldText(p) {
		t.heading.note(p, "")
	}
	if long && p.props.Align != input.AlignJustify && p.props.Align != input.AlignUnknown {
		t.align.note(p, string(p.props.Align))
	}
	if long && p.label.scheme == schemeNone && p.bullet == "" && (p.props.FirstLine < indentMin || p.props.FirstLine > indentMax) {
		t.indent.note(p, fmt.Sprintf("%.2f", float64(p.props.FirstLine)/567))
	}
	t.readSpacing(p, prev)
}

// readSpacing counts the spacing rules p breaks: less than 6 pt after the
// paragraph before (prev), more than 1,5 lines between its lines.
func (t *bodyTallies) readSpacing(p, prev *para) {
	if prev != nil && prev.props.After+p.props.Before < minSpacing {
		t.spacing.note(p, fmt.Sprint((prev.props.After+p.props.Before)/20))
	}
	if p.props.LineAuto && p.props.Line > maxLineAuto+5 {
		t.lines.note(p, fmt.Sprintf("%.2f", float64(p.props.Line)/240))
	}
}

// offBodySize returns the size of the first run of text of p that is
// neither 13 nor 14 points.
func offBodySize(p *para) (int, bool) {
	for _, r := range p.runs {
		if r.Superscript || r.HalfPoints == 0 || strings.TrimSpace(p.text[r.Start:r.End]) == "" {
			continue
		}
		if r.HalfPoints != 26 && r.HalfPoints != 28 {
			return r.HalfPoints, true
		}
	}
	return 0, false
}

// allBoldText reports whether p has runs and every run with text is bold.
func allBoldText(p *para) bool {
	for _, r := range p.runs {
		if strings.TrimSpace(p.text[r.Start:r.End]) != "" && !r.Bold {
			return false
		}
	}
	return len(p.runs) > 0
}

// reportBody reports each rule of the body some paragraph breaks, at the
// first such paragraph, with their number.
func (c *checker) reportBody(t bodyTallies) {
	for _, r := range bodyReports(t) {
		if r.t.first != nil {
			c.add(r.code, r.sev, r.t.first.whole(), nil, r.values, r.msg)
		}
	}
}

// bodyReport is the finding of a rule of the body's paragraphs.
type bodyReport struct {
	t      tally
	code   finding.Code
	sev    finding.Severity
	values []finding.Value
	msg    string
}

// bodyReports returns the finding of each rule of the body's paragraphs
// from its tally.
func bodyReports(t bodyTallies) []bodyReport {
	return []bodyReport{
		{t.size, CodeLayoutSize, finding.Error,
			[]finding.Value{{Name: "part", Value: "Nội dung"}, {Name: "size", Value: t.size.value}, {Name: "paragraphs", Value: fmt.Sprint(t.size.n)}},
			fmt.Sprintf("%d đoạn nội dung có cỡ chữ ngoài khoảng 13–14 (đoạn đầu tiên: cỡ %s).", t.size.n, t.size.value)},
		{t.heading, CodeLayoutStyle, finding.Error,
			[]finding.Value{{Name: "part", Value: "Đề mục cấp mục (I, II, III)"}, {Name: "paragraphs", Value: fmt.Sprint(t.heading.n)}},
			fmt.Sprintf("%d đề mục I, II, III… không in đậm; tên mục viết chữ in hoa, đậm.", t.heading.n)},
		{t.align, CodeLayoutStyle, finding.Error,
			[]finding.Value{{Name: "part", Value: "Nội dung"}, {Name: "paragraphs", Value: fmt.Sprint(t.align.n)}},
			fmt.Sprintf("%d đoạn nội dung không căn đều hai bên; đoạn văn trong nội dung được căn đều hai lề.", t.align.n)},
		{t.indent, CodeLayoutIndent, finding.Warning,
			[]finding.Value{{Name: "cm", Value: t.indent.value}, {Name: "paragraphs", Value: fmt.Sprint(t.indent.n)}},
			fmt.Sprintf("%d đoạn văn có lùi đầu dòng ngoài khoảng 1–1,27 cm (đoạn đầu tiên: %s cm).", t.indent.n, strings.ReplaceAll(t.indent.value, ".", ","))},
		{t.spacing, CodeLayoutSpacing, finding.Warning,
			[]finding.Value{{Name: "pt", Value: t.spacing.value}, {Name: "paragraphs", Value: fmt.Sprint(t.spacing.n)}},
			fmt.Sprintf("%d đoạn văn cách đoạn trước dưới 6 pt (đoạn đầu tiên: %s pt).", t.spacing.n, t.spacing.value)},
		{t.lines, CodeLayoutSpacing, finding.Warning,
			[]finding.Value{{Name: "lines", Value: t.lines.value}, {Name: "paragraphs", Value: fmt.Sprint(t.lines.n)}},
			fmt.Sprintf("%d đoạn văn giãn dòng hơn 1,5 dòng (đoạn đầu tiên: %s dòng).", t.lines.n, strings.ReplaceAll(t.lines.value, ".", ","))},
	}
}

// checkPageNumbers checks that pages are numbered at the top, centred, and
// not on the first page.
func (c *checker) checkPageNumbers() {
	doc := c.o.doc
	if len(doc.Sections) == 0 {
		return
	}
	at := Place{Part: PartPage, Index: 1}
	numbered, first, footer := pageNumbers(doc.Headers)
	switch {
	case numbered == nil && footer != nil:
		c.add(CodeLayoutPageNumber, finding.Error, at, nil, nil,
			"Số trang đặt ở chân trang; số trang được đặt canh giữa theo chiều ngang trong phần lề trên của văn bản.")
	case numbered == nil && c.o.textLength() > 6000:
		c.add(CodeLayoutPageNumber, finding.Error, at, nil, nil,
			"Văn bản nhiều trang nhưng không có số trang (trường PAGE ở đầu trang).")
	case numbered != nil:
		c.checkPageNumber(numbered, first != nil || !doc.Sections[0].TitlePage, at)
	}
}

// textLength returns the length in bytes of the text of the paragraphs.
func (o *outline) textLength() int {
	n := 0
	for _, p := range o.paras {
		n += len(p.text)
	}
	return n
}

// pageNumbers returns the page numbers of the first section: in its
// default header, its first page's header and its footer.
func pageNumbers(headers []input.HeaderFooter) (numbered, first, footer *input.HeaderFooter) {
	for i := range headers {
		h := &headers[i]
		if h.Section != 0 || !h.PageField {
			continue
		}
		switch {
		case h.Footer:
			footer = h
		case h.Kind == "first":
			first = h
		case h.Kind == "default":
			numbered = h
		}
	}
	return numbered, first, footer
}

// checkPageNumber checks the page number of the default header: not on
// the first page (onFirst), centred, at 13 or 14 points.
func (c *checker) checkPageNumber(numbered *input.HeaderFooter, onFirst bool, at Place) {
	if onFirst {
		c.add(CodeLayoutPageNumber, finding.Error, at, nil, nil,
			"Số trang hiện ở trang đầu; số trang không hiển thị ở trang thứ nhất (đầu trang riêng cho trang đầu, để trống).")
	}
	if numbered.Align != input.AlignCenter {
		c.add(CodeLayoutPageNumber, finding.Error, at, nil, []finding.Value{{Name: "align", Value: string(numbered.Align)}},
			"Số trang không căn giữa; số trang được đặt canh giữa theo chiều ngang trong phần lề trên.")
	}
	if numbered.HalfPoints != 0 && numbered.HalfPoints != 26 && numbered.HalfPoints != 28 {
		c.add(CodeLayoutSize, finding.Error, at, nil, []finding.Value{{Name: "part", Value: "Số trang"}, {Name: "size", Value: points(numbered.HalfPoints)}},
			fmt.Sprintf("Số trang cỡ chữ %s; thể thức là cỡ 13 hoặc 14.", points(numbered.HalfPoints)))
	}
}
