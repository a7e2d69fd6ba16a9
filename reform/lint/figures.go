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
		trig, end := t.trigger(k)
		if trig == trigNone {
			continue
		}
		if next, ok := c.enumeration(body, i, k, trig, end); ok {
			// The words of the items are not read again as triggers.
			k = max(k, next-1)
		}
	}
}

// trigger reads the words at token k that open an enumeration, and
// returns its kind and the token after them (and after a colon, "có" or
// "là"); trigNone when there are none.
func (t *text) trigger(k int) (trigger, int) {
	trig, end := t.triggerWords(k)
	if trig == trigNone {
		return trigNone, k
	}
	for t.isPunct(end, ":") || t.isWord(end, "có") || t.isWord(end, "là") {
		end++
	}
	return trig, end
}

// triggerWords reads the words at token k that open an enumeration and
// returns its kind and the token after them.
func (t *text) triggerWords(k int) (trigger, int) {
	switch {
	case t.words(k, "trong", "đó"):
		// "trong đó gồm" is still a "trong đó".
		return trigAmong, k + 2 + t.optional(k+2, []string{"gồm"}, []string{"bao", "gồm"})
	case t.words(k, "cụ", "thể"):
		return trigDetail, k + 2 + t.optional(k+2, []string{"như", "sau"})
	case t.words(k, "như", "sau") && t.isPunct(k+2, ":"):
		return trigDetail, k + 2
	case t.words(k, "bao", "gồm"):
		return trigInclude, k + 2
	case t.isWord(k, "gồm"):
		return trigInclude, k + 1
	case t.isPunct(k, "(") && k > 0:
		return trigParen, k + 1
	}
	return trigNone, k
}

// optional returns the length in tokens of the first of the phrases that
// starts at token i, 0 when none does.
func (t *text) optional(i int, phrases ...[]string) int {
	for _, ph := range phrases {
		if t.words(i, ph...) {
			return len(ph)
		}
	}
	return 0
}

// enumeration reads the total before the enumeration of paragraph i that
// trig opens at token k, its items from token end (or in the list
// paragraphs after it), and checks their sum. It returns the token after
// the items, and false when there is no enumeration of a total to read.
func (c *checker) enumeration(body []*text, i, k int, trig trigger, end int) (int, bool) {
	t := body[i]
	total := c.totalBefore(t, k, trig)
	if total < 0 {
		return 0, false
	}
	unit := t.unit(total)
	if c.dossierContext(t, total, unit) {
		return 0, false
	}
	if len(unit) == 0 {
		// "Tổng số thủ tục là 148": what is counted stands before.
		unit = t.subject(total)
	}
	parts, listMode, next, ok := c.enumerationItems(body, i, k, trig, end, unit)
	if !ok {
		return 0, false
	}
	if len(parts) >= 2 && (trig != trigAmong && trig != trigParen || partition(parts)) {
		c.checkSum(t, total, k, unit, parts, listMode)
	}
	return next, true
}

// enumerationItems reads the items of the enumeration that trig opens at
// token k of paragraph i: from token end in the paragraph, or in the list
// paragraphs after it when the paragraph ends there (listMode). It returns
// them with the token after them; false when a "trong đó" or a
// parenthesis ends the paragraph, which opens no list.
func (c *checker) enumerationItems(body []*text, i, k int, trig trigger, end int, unit []string) (parts []part, listMode bool, next int, ok bool) {
	t := body[i]
	if end < len(t.toks) {
		parts, next = c.inlineItems(t, end, trig, trig == trigParen || t.isPunct(k-1, "("), unit)
		return parts, false, next, true
	}
	if trig == trigAmong || trig == trigParen {
		return nil, false, end, false
	}
	return c.listItems(body, i, unit), true, end, true
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
		return t.sentenceTotal(k)
	}
	return t.adjacentTotal(k, trig)
}

// adjacentTotal returns the figure just before the enumeration at k,
// with at most six words of its unit between (and in a parenthesis at
// least one), -1 when there is none.
func (t *text) adjacentTotal(k int, trig trigger) int {
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

// sentenceTotal returns the total a "cụ thể" at k details: the figure
// after "tổng số" in the sentence before it, or its only figure; -1 when
// there is none, or the sentence has a rate.
func (t *text) sentenceTotal(k int) int {
	start := t.skipBack(k-1, ".:")
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
			if t.afterTotalWords(j) {
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

// skipBack returns the last token at or before j that is not one of the
// marks, stopping at the first token.
func (t *text) skipBack(j int, marks string) int {
	for j > 0 && t.isPunct(j, marks) {
		j--
	}
	return j
}

// afterTotalWords reports whether the figure at token j follows "tổng số",
// "tổng" or "tổng cộng".
func (t *text) afterTotalWords(j int) bool {
	return t.isWord(j-1, "số") && t.isWord(j-2, "tổng") || t.isWord(j-1, "tổng") || t.isWord(j-1, "cộng") && t.isWord(j-2, "tổng")
}

// inlineItems reads the items of an enumeration in the same paragraph,
// from token from: up to the end of the sentence (or of the parenthesis),
// split at ";" when there is one, else at "," and "và".
func (c *checker) inlineItems(t *text, from int, trig trigger, paren bool, unit []string) ([]part, int) {
	end, semicolon := t.itemsEnd(from, trig, paren)
	items := t.itemSpans(from, end, semicolon)
	if len(items) > 0 && !semicolon && t.toks[items[0][0]].figure() {
		items = t.joinFigureItems(items)
	}
	var parts []part
	for _, it := range items {
		parts = append(parts, c.itemFigure(t, it[0], it[1], unit, false))
	}
	return parts, end
}

// itemsEnd returns where the items from token from end — at the end of
// the parenthesis they are in, or of the sentence of a "trong đó", or
// maxItems tokens on — and whether a ";" separates them.
func (t *text) itemsEnd(from int, trig trigger, paren bool) (end int, semicolon bool) {
	end = min(len(t.toks), from+maxItems)
	limit := end
	depth := 0
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
	return end, semicolon
}

// itemSpans returns the items from token from to end: spans of tokens
// between separators outside parentheses, ";" when there is one, else ","
// and "và", and the end of the sentence.
func (t *text) itemSpans(from, end int, semicolon bool) [][2]int {
	var items [][2]int
	start := from
	depth := 0
	for k := from; k <= end; k++ {
		sep := k == end
		if k < end {
			if d := t.paren(k); d != 0 {
				depth += d
			} else {
				sep = depth == 0 && t.separates(k, end, semicolon)
			}
		}
		if sep {
			if k > start {
				items = append(items, [2]int{start, k})
			}
			start = k + 1
		}
	}
	return items
}

// paren returns 1 for an opening parenthesis at token k, -1 for a closing
// one, 0 otherwise.
func (t *text) paren(k int) int {
	switch {
	case t.isPunct(k, "("):
		return 1
	case t.isPunct(k, ")"):
		return -1
	}
	return 0
}

// separates reports whether token k separates two items of an enumeration
// ending at end: ";" when the items have one, else "," and "và"; and the
// end of a sentence just before end.
func (t *text) separates(k, end int, semicolon bool) bool {
	if semicolon {
		return t.isPunct(k, ";") || t.sentenceEnd(k) && k == end-1
	}
	return t.isPunct(k, ",") || t.isWord(k, "và") || t.sentenceEnd(k) && k == end-1
}

// joinFigureItems joins to the item before it each piece that does not
// start with a figure when the items start with their figures ("3.000 tờ
// gấp về phòng, chống ma túy"): it is the end of that item, cut at a comma
// of its own.
func (t *text) joinFigureItems(items [][2]int) [][2]int {
	merged := items[:1]
	for _, it := range items[1:] {
		first := it[0]
		if !t.toks[first].figure() && !t.isWord(first-1, "và") {
			merged[len(merged)-1][1] = it[1]
			continue
		}
		merged = append(merged, it)
	}
	return merged
}

// listItems reads the items of an enumeration that continues in the list
// paragraphs after paragraph i: those with the same list mark, deeper than
// paragraph i's own.
func (c *checker) listItems(body []*text, i int, unit []string) []part {
	list := listRun(body, i)
	parts := make([]part, 0, len(list))
	for _, t := range list {
		parts = append(parts, c.itemFigure(t, 0, len(t.toks), unit, true))
	}
	for _, p := range parts {
		if p.ok || p.value < 0 {
			return parts
		}
	}
	if leading, ok := leadingFigures(list); ok {
		return leading
	}
	return parts
}

// listRun returns the list paragraphs after paragraph i with the same
// list mark, deeper than paragraph i's own.
func listRun(body []*text, i int) []*text {
	own := body[i].p.bullet
	mark := ""
	var list []*text
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
		list = append(list, t)
	}
	return list
}

// leadingFigures returns the items of list paragraphs that name no figure
// by the total's unit but all start with a figure ("+ 1.000 cuốn …", "+
// 230 cuốn …"), counted by it; false when one does not start with one.
func leadingFigures(items []*text) ([]part, bool) {
	var leading []part
	for _, t := range items {
		k := 0
		for k < len(t.toks) && t.toks[k].start < t.p.bodyOff {
			k++
		}
		if k >= len(t.toks) || !t.toks[k].figure() {
			return nil, false
		}
		leading = append(leading, part{value: t.toks[k].n, ok: true, t: t, from: 0, to: len(t.toks)})
	}
	return leading, true
}

// itemFigure reads the figure of an item, tokens [from, to) of t: the
// number it starts with; else in a list paragraph the one number followed
// by the total's unit; else the one number after "là" or ":", or the only
// figure of the item.
func (c *checker) itemFigure(t *text, from, to int, unit []string, list bool) part {
	pt := part{t: t, from: from, to: to, words: t.wordsBetween(from, to)}
	if first := t.firstAfterIntro(from, to); first < to && t.toks[first].figure() && !list {
		pt.value, pt.ok = t.toks[first].n, true
		return pt
	}
	figs, ambiguous := t.itemFigures(from, to, unit, list)
	if ambiguous {
		pt.value = -1
		return pt
	}
	if list {
		return t.onlyFigure(pt, t.ofUnit(figs, unit))
	}
	for _, k := range figs {
		if t.isWord(k-1, "là") || t.isPunct(k-1, ":") {
			pt.value, pt.ok = t.toks[k].n, true
			return pt
		}
	}
	return t.onlyFigure(pt, figs)
}

// firstAfterIntro returns the first token of [from, to) after the words
// that introduce a figure: "có", "là", ":".
func (t *text) firstAfterIntro(from, to int) int {
	for from < to && (t.isWord(from, "có") || t.isWord(from, "là") || t.isPunct(from, ":")) {
		from++
	}
	return from
}

// itemFigures returns the counts of tokens [from, to) that are not labels
// ("mức độ 2"). An item with a ratio, or in prose with a percentage or a
// figure of another measure ("… với 149 lượt người"), is ambiguous.
func (t *text) itemFigures(from, to int, unit []string, list bool) (figs []int, ambiguous bool) {
	for k := from; k < to; k++ {
		if t.toks[k].kind == tRatio || t.toks[k].kind == tPct && !list {
			return nil, true
		}
		if !t.toks[k].figure() || labelNumber(t, k) {
			continue
		}
		figs = append(figs, k)
		if !list && (t.isWord(k-1, "với") || len(t.unit(k)) > 0 && len(unit) > 0 && !sameUnit(unit, t.unit(k)) && !t.isWord(k-1, "là")) {
			return nil, true
		}
	}
	return figs, false
}

// ofUnit returns the figures of figs followed by the unit.
func (t *text) ofUnit(figs []int, unit []string) []int {
	var match []int
	for _, k := range figs {
		if sameUnit(unit, t.unit(k)) {
			match = append(match, k)
		}
	}
	return match
}

// onlyFigure gives pt the value of the one figure of figs; more than one
// makes it ambiguous, none leaves it without a figure.
func (t *text) onlyFigure(pt part, figs []int) part {
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
	return levels == len(parts) || namesPartition(joined)
}

// namesPartition reports whether the items, their words joined between
// spaces, name every label of one of the known partitions.
func namesPartition(joined []string) bool {
	for _, set := range partitions {
		if namesAll(joined, set) {
			return true
		}
	}
	return false
}

// namesAll reports whether each label of set is among the words of one of
// the items, joined between spaces.
func namesAll(joined, set []string) bool {
	for _, w := range set {
		if !slices.ContainsFunc(joined, func(j string) bool { return strings.Contains(j, " "+w+" ") }) {
			return false
		}
	}
	return true
}

// checkSum compares a total with the sum of its parts.
func (c *checker) checkSum(t *text, total, trig int, unit []string, parts []part, listMode bool) {
	for _, p := range parts {
		if p.value < 0 {
			return // an item with two candidate figures: ambiguous
		}
	}
	subj, exceeded := sumSubject(strings.Join(unit, " "), parts)
	tk := t.toks[total]
	end := t.toks[min(trig+1, len(t.toks)-1)].end
	at := t.p.place(tk.start, max(end, tk.end))
	rel := itemPlaces(parts, listMode)
	known := knownFigures(parts)
	missing := len(parts) - len(known)
	if missing > 0 {
		c.checkExceeded(subj, exceeded, tk.n, known, missing, at, rel)
		return
	}
	fp := make([]finding.Part, len(known))
	for i, v := range known {
		fp[i] = finding.Part{Value: v}
	}
	if f, ok := finding.SumEquals(subj, tk.n, fp...); ok {
		c.addFinding(f, at, rel)
	}
}

// itemPlaces returns the places of the first twelve items of an
// enumeration in list paragraphs, none for one in prose.
func itemPlaces(parts []part, listMode bool) []Place {
	if !listMode {
		return nil
	}
	var rel []Place
	for _, p := range parts[:min(len(parts), 12)] {
		rel = append(rel, p.place())
	}
	return rel
}

// knownFigures returns the figures of the parts that give one.
func knownFigures(parts []part) []int64 {
	var known []int64
	for _, p := range parts {
		if p.ok {
			known = append(known, p.value)
		}
	}
	return known
}

// sumSubject returns the subject of a total of unit u — its code, severity
// and label — and the code of its known parts exceeding it: the
// dissemination's copies and attendance and the catalogue of procedures
// by their codes as errors, any other total as lint's warning.
func sumSubject(u string, parts []part) (finding.Subject, finding.Code) {
	label := "tổng số"
	if u != "" {
		label = "tổng số " + u
	}
	switch {
	case containsAny(u, "tài liệu", "cuốn", "bản tin", "ấn phẩm", "tờ gấp", "tờ rơi") || u == "bản":
		return finding.Subject{Code: dissemination.CodeCopies, Severity: finding.Error, Label: "tổng số tài liệu"}, dissemination.CodeCopiesExceeded
	case containsAny(u, "tham dự", "tham gia") || strings.Contains(u, "lượt") && strings.Contains(u, "người"):
		return finding.Subject{Code: dissemination.CodeAttendance, Severity: finding.Error, Label: "tổng số lượt người tham dự"}, dissemination.CodeAttendanceExceeded
	case strings.HasPrefix(u, "thủ tục") && allMention(parts, "mức"):
		return finding.Subject{Code: tthc.CodeCatalogueTotal, Severity: finding.Error, Label: "tổng số thủ tục hành chính"}, tthc.CodeCatalogueTotal
	}
	return finding.Subject{Code: CodeFigureSum, Severity: finding.Warning, Label: label}, CodeFigureSumExceeded
}

// checkExceeded reports parts whose known figures already add up to more
// than the total while missing parts give none.
func (c *checker) checkExceeded(subj finding.Subject, code finding.Code, total int64, known []int64, missing int, at Place, rel []Place) {
	if len(known) == 0 {
		return
	}
	sum, err := finding.Sum(known...)
	if err != nil || sum <= total {
		return
	}
	c.add(code, subj.Severity, at, rel,
		[]finding.Value{{Name: "total", Value: fmt.Sprint(total)}, {Name: "known_sum", Value: fmt.Sprint(sum)}, {Name: "missing", Value: fmt.Sprint(missing)}},
		fmt.Sprintf("%s ghi %s nhưng %d thành phần có số liệu đã cộng lại được %s (%s), vượt %s, dù còn %d thành phần chưa có số liệu.",
			section.Capitalize(subj.Label), vn.Int(total), len(known), vn.Int(sum), sumTerms(known), vn.Int(sum-total), missing))
}

// sumTerms writes figures as the terms of a sum: "15.264 + 255".
func sumTerms(figures []int64) string {
	terms := make([]string, len(figures))
	for i, v := range figures {
		terms[i] = vn.Int(v)
	}
	return strings.Join(terms, " + ")
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
