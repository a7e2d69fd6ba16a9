package lint

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
	"github.com/cchc-go/cchc/tthc"
)

// text is a paragraph's tokens.
type text struct {
	p    *para
	toks []tok
	// claimed marks the percentages another extractor has checked.
	claimed map[int]bool
}

// tokens tokenizes a paragraph's content, its citations masked, once.
func (c *checker) tokens(p *para) *text {
	if t, ok := c.tokCache[p]; ok {
		return t
	}
	if c.tokCache == nil {
		c.tokCache = map[*para]*text{}
	}
	t := c.tokenize(p)
	c.tokCache[p] = t
	return t
}

// tokenize tokenizes a paragraph's content, its citations masked.
func (c *checker) tokenize(p *para) *text {
	var spans [][2]int
	for _, ct := range c.o.cits[p] {
		spans = append(spans, [2]int{ct.Start, ct.End})
	}
	toks := tokenize(p.text, spans)
	// The label or list mark is not content.
	k := 0
	for k < len(toks) && toks[k].start < p.bodyOff {
		k++
	}
	return &text{p: p, toks: toks[k:], claimed: map[int]bool{}}
}

// isWord reports whether token i is the word w.
func (t *text) isWord(i int, w string) bool {
	return i >= 0 && i < len(t.toks) && t.toks[i].kind == tWord && t.toks[i].low == w
}

// isPunct reports whether token i is one of the marks.
func (t *text) isPunct(i int, marks string) bool {
	return i >= 0 && i < len(t.toks) && t.toks[i].kind == tPunct && strings.Contains(marks, t.toks[i].low)
}

// words reports whether the words ws start at token i.
func (t *text) words(i int, ws ...string) bool {
	for k, w := range ws {
		if !t.isWord(i+k, w) {
			return false
		}
	}
	return true
}

// sentenceEnd reports whether token i ends a sentence: "." or "…", "!",
// "?" followed by the end, a capital or a list mark.
func (t *text) sentenceEnd(i int) bool {
	if !t.isPunct(i, ".!?…") {
		return false
	}
	if i+1 >= len(t.toks) {
		return true
	}
	next := t.toks[i+1]
	if next.kind == tMark {
		return true
	}
	if next.kind == tWord {
		r := []rune(t.p.text[next.start:next.end])
		return len(r) > 0 && r[0] != []rune(strings.ToLower(string(r[0])))[0]
	}
	return next.kind == tPunct && strings.Contains("-+“\"(", next.low)
}

// unit returns the words after token i that name what a figure counts, in
// lower case: up to four words, up to punctuation, a number or a word that
// starts a new phrase.
func (t *text) unit(i int) []string {
	var out []string
	for k := i + 1; k < len(t.toks) && len(out) < 4; k++ {
		tk := t.toks[k]
		if tk.kind != tWord || unitStops[tk.low] {
			break
		}
		out = append(out, tk.low)
	}
	return out
}

// scanBack bounds how far back in a paragraph the readers of figures look
// for the start of a sentence, a whole or a subject (tokens); maxItems how
// far an enumeration reaches. Both keep reading linear in the text.
const (
	scanBack = 200
	maxItems = 600
)

// unitStops end the unit of a figure.
var unitStops = map[string]bool{
	"của": true, "trên": true, "tại": true, "cho": true, "với": true, "trong": true, "và": true, "đã": true,
	"được": true, "là": true, "có": true, "theo": true, "về": true, "so": true, "tăng": true, "giảm": true,
	"đạt": true, "thuộc": true, "ở": true, "đến": true, "từ": true, "do": true, "năm": true, "gồm": true,
	"bao": true, "cụ": true, "như": true, "chiếm": true, "vào": true, "để": true, "nhằm": true, "qua": true,
	"đang": true, "chưa": true, "trước": true, "đúng": true, "quá": true, "trễ": true, "tham": true,
}

// checkFigures reads the figures of the body's prose and checks them.
func (c *checker) checkFigures() {
	var body []*text
	for _, p := range c.o.paras {
		if p.part == PartBody {
			body = append(body, c.tokens(p))
		}
	}
	for i, t := range body {
		c.checkDossiers(t)
		c.checkEnumerations(body, i)
	}
	for _, t := range body {
		c.checkRates(t)
	}
	c.checkStaff(body)
}

// part is an item of an enumeration: its figure (ok false when it gives
// none) and where it is.
type part struct {
	value int64
	ok    bool
	// t and from, to locate the item: tokens [from, to) of t.
	t        *text
	from, to int
	words    []string // the item's words, lower case
}

// place returns the place of the item.
func (p part) place() Place {
	if p.t == nil || p.from >= p.to {
		return Place{}
	}
	return p.t.p.place(p.t.toks[p.from].start, p.t.toks[p.to-1].end)
}

// trigger is the word that opens an enumeration.
type trigger int

const (
	trigNone    trigger = iota
	trigAmong           // "trong đó": a partition only when its parts say so
	trigDetail          // "cụ thể (như sau)": complete
	trigInclude         // "gồm", "bao gồm": complete
	trigParen           // "N … (a …, b …)": a partition only when its parts say so
)

// checkEnumerations finds the totals of paragraph i followed by an
// enumeration of their parts and checks the sum.
func (c *checker) checkEnumerations(body []*text, i int) {
	t := body[i]
	for k := 0; k < len(t.toks); k++ {
		if t.toks[k].masked {
			continue
		}
		var trig trigger
		end := k
		switch {
		case t.words(k, "trong", "đó"):
			trig, end = trigAmong, k+2
			if t.isWord(end, "gồm") || t.words(end, "bao", "gồm") {
				// "trong đó gồm" is still a "trong đó".
				end += 1 + boolInt(t.isWord(end, "bao"))
			}
		case t.words(k, "cụ", "thể"):
			trig, end = trigDetail, k+2
			if t.words(end, "như", "sau") {
				end += 2
			}
		case t.words(k, "như", "sau") && t.isPunct(k+2, ":"):
			trig, end = trigDetail, k+2
		case t.words(k, "bao", "gồm"):
			trig, end = trigInclude, k+2
		case t.isWord(k, "gồm"):
			trig, end = trigInclude, k+1
		case t.isPunct(k, "(") && k > 0:
			trig, end = trigParen, k+1
		default:
			continue
		}
		for t.isPunct(end, ":") || t.isWord(end, "có") || t.isWord(end, "là") {
			end++
		}
		total := c.totalBefore(t, k, trig)
		if total < 0 {
			continue
		}
		unit := t.unit(total)
		if c.dossierContext(t, total, unit) {
			continue
		}
		if len(unit) == 0 {
			// "Tổng số thủ tục là 148": what is counted stands before.
			unit = t.subject(total)
		}
		paren := trig == trigParen || t.isPunct(k-1, "(")
		var parts []part
		var listMode bool
		next := end
		if end >= len(t.toks) {
			if trig == trigAmong || trig == trigParen {
				continue
			}
			parts, listMode = c.listItems(body, i, unit), true
		} else {
			// The words of the items are not read again as triggers.
			parts, next = c.inlineItems(t, end, trig, paren, unit)
		}
		if len(parts) >= 2 && (trig != trigAmong && trig != trigParen || partition(parts)) {
			c.checkSum(t, total, k, unit, parts, listMode)
		}
		k = max(k, next-1)
	}
}

// dossierContext reports a total of dossiers, which checkDossiers reads.
func (c *checker) dossierContext(t *text, total int, unit []string) bool {
	if len(unit) > 0 && unit[0] == "hồ" {
		return true
	}
	for k := total - 1; k >= 0 && k >= total-5; k-- {
		if t.words(k, "hồ", "sơ") {
			return true
		}
	}
	return false
}

// totalBefore returns the token of the total an enumeration at k counts,
// or -1: for "trong đó", "gồm" and a parenthesis the figure just before it,
// with only the words of its unit between; for "cụ thể" the figure after
// "tổng số" in the sentence before, or its only figure.
func (c *checker) totalBefore(t *text, k int, trig trigger) int {
	if trig == trigDetail {
		start := k - 1
		for start > 0 && t.isPunct(start, ".:") {
			start--
		}
		var figs []int
		for j := start; j >= 0 && j >= start-scanBack; j-- {
			if t.sentenceEnd(j) {
				break
			}
			tk := t.toks[j]
			if tk.kind == tPct || tk.kind == tRatio {
				return -1
			}
			if tk.figure() {
				if t.isWord(j-1, "số") && t.isWord(j-2, "tổng") || t.isWord(j-1, "tổng") || t.isWord(j-1, "cộng") && t.isWord(j-2, "tổng") {
					return j
				}
				figs = append(figs, j)
			}
		}
		if len(figs) == 1 {
			return figs[0]
		}
		return -1
	}
	words := 0
	for j := k - 1; j >= 0; j-- {
		tk := t.toks[j]
		switch {
		case tk.kind == tWord:
			words++
			if words > 6 {
				return -1
			}
		case tk.figure():
			if trig == trigParen && words == 0 {
				return -1
			}
			return j
		case tk.kind == tPunct && strings.Contains(",;:(", tk.low) && trig != trigParen:
			if tk.low == "(" && j != k-1 {
				return -1
			}
		case tk.kind == tPunct && tk.low == "." && trig == trigAmong && j == k-1:
			// "… 04 đơn vị. Trong đó có 03 …"
		default:
			return -1
		}
	}
	return -1
}

// subject returns the words that name what a figure counts when they stand
// before it: "tổng số thủ tục là 148" gives "thủ tục".
func (t *text) subject(i int) []string {
	var out []string
	for k := i - 1; k >= 0 && len(out) < 5; k-- {
		tk := t.toks[k]
		if tk.kind != tWord {
			break
		}
		switch tk.low {
		case "là", "có":
			continue
		case "số", "tổng", "lượng":
			k = -1
			continue
		}
		out = append([]string{tk.low}, out...)
	}
	return out
}

// inlineItems reads the items of an enumeration in the same paragraph,
// from token from: up to the end of the sentence (or of the parenthesis),
// split at ";" when there is one, else at "," and "và".
func (c *checker) inlineItems(t *text, from int, trig trigger, paren bool, unit []string) ([]part, int) {
	end := min(len(t.toks), from+maxItems)
	limit := end
	depth := 0
	semicolon := false
	for k := from; k < limit; k++ {
		switch {
		case t.isPunct(k, "("):
			depth++
		case t.isPunct(k, ")"):
			if depth == 0 && paren {
				end = k
			}
			depth--
		case t.isPunct(k, ";") && depth <= 0:
			semicolon = true
		}
		if end != limit {
			break
		}
		if trig == trigAmong && depth <= 0 && t.sentenceEnd(k) {
			end = k
			break
		}
	}
	// Items: spans of tokens between separators at depth 0.
	var items [][2]int
	start := from
	depth = 0
	for k := from; k <= end; k++ {
		sep := k == end
		if k < end {
			switch {
			case t.isPunct(k, "("):
				depth++
			case t.isPunct(k, ")"):
				depth--
			case depth == 0 && semicolon && t.isPunct(k, ";"):
				sep = true
			case depth == 0 && !semicolon && (t.isPunct(k, ",") || t.isWord(k, "và")):
				sep = true
			case depth == 0 && t.sentenceEnd(k) && k == end-1:
				sep = true
			}
		}
		if sep {
			if k > start {
				items = append(items, [2]int{start, k})
			}
			start = k + 1
		}
	}
	// When the items start with their figures ("3.000 tờ gấp về phòng,
	// chống ma túy"), a piece that does not is the end of the one before,
	// cut at a comma of its own.
	if len(items) > 0 && !semicolon && t.toks[items[0][0]].figure() {
		merged := items[:1]
		for _, it := range items[1:] {
			first := it[0]
			if !t.toks[first].figure() && !t.isWord(first-1, "và") {
				merged[len(merged)-1][1] = it[1]
				continue
			}
			merged = append(merged, it)
		}
		items = merged
	}
	var parts []part
	for _, it := range items {
		parts = append(parts, c.itemFigure(t, it[0], it[1], unit, false))
	}
	return parts, end
}

// listItems reads the items of an enumeration that continues in the list
// paragraphs after paragraph i: those with the same list mark, deeper than
// paragraph i's own.
func (c *checker) listItems(body []*text, i int, unit []string) []part {
	own := body[i].p.bullet
	mark := ""
	var parts []part
	for _, t := range body[i+1:] {
		p := t.p
		if p.label.scheme != schemeNone || p.bullet == "" || p.bullet == own && own != "" {
			break
		}
		if mark == "" {
			mark = p.bullet
		}
		if p.bullet != mark {
			break
		}
		parts = append(parts, c.itemFigure(t, 0, len(t.toks), unit, true))
	}
	// Items that name no figure by the total's unit but all start with a
	// figure ("+ 1.000 cuốn …", "+ 230 cuốn …") are counted by it.
	for _, p := range parts {
		if p.ok || p.value < 0 {
			return parts
		}
	}
	var leading []part
	for _, t := range body[i+1 : i+1+len(parts)] {
		k := 0
		for k < len(t.toks) && t.toks[k].start < t.p.bodyOff {
			k++
		}
		if k >= len(t.toks) || !t.toks[k].figure() {
			return parts
		}
		leading = append(leading, part{value: t.toks[k].n, ok: true, t: t, from: 0, to: len(t.toks)})
	}
	return leading
}

// itemFigure reads the figure of an item, tokens [from, to) of t: the
// number it starts with; else in a list paragraph the one number followed
// by the total's unit; else the one number after "là" or ":", or the only
// figure of the item.
func (c *checker) itemFigure(t *text, from, to int, unit []string, list bool) part {
	pt := part{t: t, from: from, to: to}
	for k := from; k < to; k++ {
		if t.toks[k].kind == tWord {
			pt.words = append(pt.words, t.toks[k].low)
		}
	}
	first := from
	for first < to && (t.isWord(first, "có") || t.isWord(first, "là") || t.isPunct(first, ":")) {
		first++
	}
	if first < to && t.toks[first].figure() && !list {
		pt.value, pt.ok = t.toks[first].n, true
		return pt
	}
	var figs []int
	for k := from; k < to; k++ {
		if t.toks[k].kind == tRatio || t.toks[k].kind == tPct && !list {
			return part{t: t, from: from, to: to, words: pt.words, value: -1}
		}
		if t.toks[k].figure() && !labelNumber(t, k) {
			figs = append(figs, k)
			// A figure of another measure ("… với 149 lượt người") makes
			// the item ambiguous in prose.
			if !list && (t.isWord(k-1, "với") || len(t.unit(k)) > 0 && len(unit) > 0 && !sameUnit(unit, t.unit(k)) && !t.isWord(k-1, "là")) {
				return part{t: t, from: from, to: to, words: pt.words, value: -1}
			}
		}
	}
	if list {
		var match []int
		for _, k := range figs {
			if sameUnit(unit, t.unit(k)) {
				match = append(match, k)
			}
		}
		if len(match) == 1 {
			pt.value, pt.ok = t.toks[match[0]].n, true
		} else if len(match) > 1 {
			pt.value = -1
		}
		return pt
	}
	for _, k := range figs {
		if t.isWord(k-1, "là") || t.isPunct(k-1, ":") {
			pt.value, pt.ok = t.toks[k].n, true
			return pt
		}
	}
	if len(figs) == 1 {
		pt.value, pt.ok = t.toks[figs[0]].n, true
	} else if len(figs) > 1 {
		pt.value = -1
	}
	return pt
}

// labelNumber reports a number that names a level or a group rather than
// counting: "mức độ 2", "nhóm 1", "đợt 3", "số 2".
func labelNumber(t *text, k int) bool {
	if k == 0 {
		return false
	}
	switch t.toks[k-1].low {
	case "độ", "mức", "nhóm", "loại", "cấp", "đợt", "lần", "số", "khoản", "điều", "đoạn", "phòng", "khu", "tổ", "ấp", "khóm", "khối", "quý", "tháng", "ngày", "phiên", "kỳ", "thứ", "hạng", "lớp":
		return true
	}
	return false
}

// sameUnit reports whether the unit of an item's figure is the total's:
// the item's unit words all belong to the total's, or both start alike.
func sameUnit(total, item []string) bool {
	if len(total) == 0 || len(item) == 0 {
		return false
	}
	if item[0] == total[0] && (len(item) == 1 || len(total) == 1 || item[1] == total[1]) {
		return true
	}
	for _, w := range item {
		if !slices.Contains(total, w) {
			return false
		}
	}
	return true
}

// partitions are the sets of labels that split a whole without remainder.
var partitions = [][]string{
	{"trực tuyến", "trực tiếp"},
	{"đúng hạn", "quá hạn"},
	{"trong hạn", "quá hạn"},
	{"nam", "nữ"},
}

// partition reports whether the items of a "trong đó" or parenthesised
// enumeration split their total: one of them is "khác" or "còn lại", each
// is a "mức độ", or together they name one of the known partitions.
func partition(parts []part) bool {
	joined := make([]string, len(parts))
	levels := 0
	for i, p := range parts {
		j := " " + strings.Join(p.words, " ") + " "
		joined[i] = j
		if strings.Contains(j, " khác ") || strings.Contains(j, " còn lại ") {
			return true
		}
		if strings.Contains(j, " mức độ ") || strings.HasPrefix(j, " mức ") {
			levels++
		}
	}
	if levels == len(parts) {
		return true
	}
	for _, set := range partitions {
		all := true
		for _, w := range set {
			found := false
			for _, j := range joined {
				if strings.Contains(j, " "+w+" ") {
					found = true
				}
			}
			all = all && found
		}
		if all {
			return true
		}
	}
	return false
}

// checkSum compares a total with the sum of its parts.
func (c *checker) checkSum(t *text, total, trig int, unit []string, parts []part, listMode bool) {
	for _, p := range parts {
		if p.value < 0 {
			return // an item with two candidate figures: ambiguous
		}
	}
	u := strings.Join(unit, " ")
	code, exceeded := CodeFigureSum, CodeFigureSumExceeded
	sev := finding.Warning
	label := "tổng số"
	if u != "" {
		label = "tổng số " + u
	}
	switch {
	case containsAny(u, "tài liệu", "cuốn", "bản tin", "ấn phẩm", "tờ gấp", "tờ rơi") || u == "bản":
		code, exceeded, sev, label = dissemination.CodeCopies, dissemination.CodeCopiesExceeded, finding.Error, "tổng số tài liệu"
	case containsAny(u, "tham dự", "tham gia") || strings.Contains(u, "lượt") && strings.Contains(u, "người"):
		code, exceeded, sev, label = dissemination.CodeAttendance, dissemination.CodeAttendanceExceeded, finding.Error, "tổng số lượt người tham dự"
	case strings.HasPrefix(u, "thủ tục") && allMention(parts, "mức"):
		code, exceeded, sev, label = tthc.CodeCatalogueTotal, tthc.CodeCatalogueTotal, finding.Error, "tổng số thủ tục hành chính"
	}
	tk := t.toks[total]
	end := t.toks[min(trig+1, len(t.toks)-1)].end
	at := t.p.place(tk.start, max(end, tk.end))
	var rel []Place
	var known []finding.Part
	missing := 0
	for _, p := range parts {
		if listMode && len(rel) < 12 {
			rel = append(rel, p.place())
		}
		if !p.ok {
			missing++
			continue
		}
		known = append(known, finding.Part{Value: p.value})
	}
	if missing == 0 {
		if f, ok := finding.SumEquals(finding.Subject{Code: code, Severity: sev, Label: label}, tk.n, known...); ok {
			c.addFinding(f, at, rel)
		}
		return
	}
	if len(known) == 0 {
		return
	}
	vals := make([]int64, len(known))
	terms := make([]string, len(known))
	for i, k := range known {
		vals[i] = k.Value
		terms[i] = vn.Int(k.Value)
	}
	sum, err := finding.Sum(vals...)
	if err != nil || sum <= tk.n {
		return
	}
	c.add(exceeded, sev, at, rel,
		[]finding.Value{{Name: "total", Value: fmt.Sprint(tk.n)}, {Name: "known_sum", Value: fmt.Sprint(sum)}, {Name: "missing", Value: fmt.Sprint(missing)}},
		fmt.Sprintf("%s ghi %s nhưng %d thành phần có số liệu đã cộng lại được %s (%s), vượt %s, dù còn %d thành phần chưa có số liệu.",
			section.Capitalize(label), vn.Int(tk.n), len(known), vn.Int(sum), strings.Join(terms, " + "), vn.Int(sum-tk.n), missing))
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// allMention reports whether every part's words include w.
func allMention(parts []part, w string) bool {
	for _, p := range parts {
		if !slices.Contains(p.words, w) {
			return false
		}
	}
	return true
}

// boolInt is 1 for true.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
