package citation

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/vn"
)

// Citation is a reference as a text writes it (một lần viện dẫn): the typed
// Reference, where the citation lies in the text and how its số, ký hiệu and
// date were written, which the checks of form need. Its String method, the
// Reference's, writes the canonical citation.
type Citation struct {
	// Reference is what the citation refers to.
	Reference
	// Path is the JSON path of the text the citation was found in, e.g.
	// "sections.institutions.narrative"; findings about the citation are put
	// under it. Scan leaves it empty; ScanAt sets it.
	Path string
	// Start and End are the byte offsets of the citation in the text:
	// Text == text[Start:End].
	Start, End int
	// Text is the citation exactly as written, from its kind to the end of
	// its title.
	Text string
	// SymbolText is the số, ký hiệu as written, spaces and line breaks
	// included: "143/QĐTTg", "73/2024/NĐ-\n\nCP".
	SymbolText string
	// DateText is the date as written after "ngày": "23-06-2022",
	// "31 tháng 12 năm 2019"; empty when the citation gives no date.
	DateText string
}

// ParseError is the error Parse returns: the text given and what was expected.
type ParseError struct {
	// Text is the input as given.
	Text string
	// Reason says what was wrong and what was expected.
	Reason string
}

// Error says what was read and what was expected.
func (e *ParseError) Error() string {
	return fmt.Sprintf("citation: %q: %s", e.Text, e.Reason)
}

// Parse reads one citation that makes up the whole of s, leading and trailing
// space and a final "." or ";" aside: "Kế hoạch số 1247/KH-UBND ngày
// 29/12/2023 của Ủy ban nhân dân tỉnh An Giang", "Nghị định 130/2005/NĐ-CP
// ngày 17/10/2005", "Nghị quyết số 18-NQ/TW", "Luật Hộ tịch". "số" may be
// left out; the date may be written dd/mm/yyyy, d-m-yyyy or "ngày … tháng …
// năm …". Parse is lenient with the form of the số, ký hiệu and the date:
// the slips it reads through are what Check reports. The citation's offsets
// are those within s.
func Parse(s string) (Citation, error) {
	text := vn.NFC(s)
	start := len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
	trimmed := strings.TrimRightFunc(text, unicode.IsSpace)
	trimmed = strings.TrimRightFunc(strings.TrimRight(trimmed, ".;"), unicode.IsSpace)
	if start >= len(trimmed) {
		return Citation{}, &ParseError{Text: s, Reason: "empty: expected a citation such as \"Kế hoạch số 1247/KH-UBND ngày 29/12/2023\""}
	}
	r := reader{s: trimmed}
	kind, _, ok := r.kindAt(start)
	if !ok {
		return Citation{}, &ParseError{Text: s, Reason: "expected the kind of document first, e.g. \"Kế hoạch\", \"Nghị định\", \"Công văn\""}
	}
	c, ok := r.cite(start, false)
	if !ok {
		reason := fmt.Sprintf("expected \"số\" and a số, ký hiệu after %q, e.g. \"%s số 1247/KH-UBND\"", kind, kind)
		if named(kind) {
			reason = fmt.Sprintf("expected after %q a name with a capital letter (\"Luật Hộ tịch\"), a year (\"Hiến pháp năm 2013\") or \"số\" and a số, ký hiệu", kind)
		}
		return Citation{}, &ParseError{Text: s, Reason: reason}
	}
	if c.End != len(trimmed) {
		return Citation{}, &ParseError{Text: s, Reason: fmt.Sprintf("unexpected %q after the citation %q", trimmed[c.End:], c.Text)}
	}
	if text != s {
		// The input was not in NFC: the offsets refer to the normalized text,
		// so give the whole input as the citation's text.
		c.Start, c.End, c.Text = 0, len(s), s
	}
	return c, nil
}

// MustParse is Parse for citations written in code, such as tests and
// examples: it panics if s is not a citation.
func MustParse(s string) Citation {
	c, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return c
}

// named reports whether documents of kind k are cited by name: laws, codes,
// ordinances and the constitution.
func named(k Kind) bool {
	return k == Law || k == LegalCode || k == Ordinance || k == Constitution
}

// reader reads citations in s, which is in NFC. Every method takes a byte
// offset and returns the offset where what it read ends.
type reader struct {
	s string
}

// cite reads the citation whose kind starts at i. When strict, as in free
// text, a số, ký hiệu not preceded by "số" must show that it is one: a
// hyphen, a year or the Party form (so "Đề án 06/CP" is not read as a
// citation).
func (r reader) cite(i int, strict bool) (Citation, bool) {
	var c Citation
	ok := r.citeInto(&c, i, strict)
	return c, ok
}

// citeInto is cite that reads the citation into *c, which it sets whole
// when it reports true (scan reads at many offsets where no citation
// starts, and copies only the citations it finds).
func (r reader) citeInto(c *Citation, i int, strict bool) bool {
	s := r.s
	kind, p, ok := r.kindAt(i)
	if !ok {
		return false
	}
	*c = Citation{Reference: Reference{Kind: kind}, Start: i}
	end := -1
	// A document cited by name has its kind capitalized, as Nghị định
	// 30/2020/NĐ-CP writes the kind of a document it names: "Luật Hộ tịch",
	// not the "pháp luật Việt Nam" of a sentence.
	if named(kind) && startsUpper(s[i:]) {
		if name, year, e, ok := r.name(p, kind); ok {
			c.Name, c.Year, p, end = name, year, e, e
		}
	}
	sym, e, ok := r.number(p, strict, true)
	if !ok {
		if end < 0 {
			return false
		}
		c.End, c.Text = end, s[i:end]
		return true
	}
	c.Number, c.Family, c.Groups, c.SymbolText = sym.number, sym.family, sym.groups, sym.written
	if sym.year != 0 {
		c.Year = sym.year
	}
	end = e
	if text, e, ok := r.date(end); ok {
		c.DateText = text
		c.Date = dateOf(text)
		end = e
	}
	if issuer, e, ok := r.issuer(end); ok {
		c.Issuer, end = issuer, e
	}
	if title, e, ok := r.title(end); ok {
		c.Title, end = title, e
	}
	c.End, c.Text = end, s[i:end]
	return true
}

// kindAt reads a kind name starting at i ("Nghị định", "nghị định",
// "Thông tư liên tịch") and returns the kind and the offset after it. Case
// does not matter ("NGHỊ ĐỊNH"); the name must end at a word boundary.
func (r reader) kindAt(i int) (Kind, int, bool) {
	return r.kindName(i, true)
}

// kindName reads a kind name starting at i, the longest that fits; when
// bounded, the name must end at a word boundary. It follows the letters of
// s down kindTrie, case folded as foldPrefix (in the tests) folds them, and keeps the last
// name that ends on the way.
func (r reader) kindName(i int, bounded bool) (Kind, int, bool) {
	s := r.s
	if i >= len(s) {
		return "", i, false
	}
	kind, end := Kind(""), i
	t := kindTrie
	for x, p := t.root[kindBucket(s[i])], i; x != 0; {
		n, size := t.follow(x, s[p:])
		if n == 0 {
			break
		}
		p += size
		if k := t.nodes[n].kind; k != 0 && (!bounded || boundary(s, p)) {
			kind, end = kindTable[k-1].Kind, p
		}
		x = t.nodes[n].child
	}
	return kind, end, kind != ""
}

// headAt reports whether a citation with a số, ký hiệu starts at i: a kind,
// "số" or not, and a number. Titles and names end where one starts.
func (r reader) headAt(i int) bool {
	if i >= len(r.s) || !mayStartKind(r.s, i) {
		return false
	}
	_, p, ok := r.kindAt(i)
	if !ok {
		return false
	}
	_, _, ok = r.number(p, true, false)
	return ok
}

// kindWordAt reports whether a kind name with a capital first letter starts
// at i ("Luật", "Nghị định"): a name or an issuer ends there. Unlike kindAt
// it does not look past the name, so that where a name ends never depends on
// what follows the citation.
func (r reader) kindWordAt(i int) bool {
	if rn, _ := runeAt(r.s, i); !unicode.IsUpper(rn) {
		return false
	}
	_, _, ok := r.kindName(i, false)
	return ok
}

// symbol is a số, ký hiệu as read.
type symbol struct {
	number  int
	year    int
	family  Family
	groups  []string
	written string
}

// number reads " số 1247/KH-UBND" (or without "số") at p. When strict and
// "số" is missing, the số, ký hiệu must have a hyphen, a year or the Party
// form. The symbol's groups are made only when groups is set (headAt only
// asks whether there is one).
func (r reader) number(p int, strict, groups bool) (symbol, int, bool) {
	s := r.s
	q := skipSpaces(s, p)
	if q == p {
		return symbol{}, p, false
	}
	hasSo := false
	if w, we := word(s, q); strings.EqualFold(w, "số") {
		q2 := we
		if q2 < len(s) && s[q2] == ':' {
			q2++
		}
		if q3 := skipSpaces(s, q2); q3 > q2 {
			q, hasSo = q3, true
		}
	}
	sym, end, ok := readSymbol(s, q, !strict, groups)
	if !ok {
		return symbol{}, p, false
	}
	if strict && !hasSo && sym.family == Administrative && !strings.ContainsAny(sym.written, "-–—‐‑") {
		return symbol{}, p, false
	}
	return sym, end, true
}

// maxNumberDigits bounds the digits of a document number: no register
// reaches a billion documents, and the bound keeps the number in an int.
const maxNumberDigits = 9

// readSymbol reads a số, ký hiệu starting with its number at p: digits, then
// groups of letters, digits and "&" between separators ("/", "-", dashes,
// "."). It reads through a line break after a separator (a page break in
// extracted text: "73/2024/NĐ-\n\nCP") and through spaces next to a separator
// ("KH- UBND", "1247 /KH"), which Check reports. Only when spaced is set
// (one citation given alone) does it read across " - ", which in free text is
// a dash in the sentence. The symbol's groups are made only when groups is
// set.
func readSymbol(s string, p int, spaced, groups bool) (symbol, int, bool) {
	q := p
	for q < len(s) && isDigitByte(s[q]) {
		q++
	}
	if q == p || q-p > maxNumberDigits {
		return symbol{}, p, false
	}
	end := q
	for end < len(s) {
		rn, size := runeAt(s, end)
		switch {
		case isAlnum(rn) || rn == '&' || isSep(rn):
			end += size
			continue
		case rn == '.':
			if next, _ := runeAt(s, end+1); isAlnum(next) {
				end++
				continue
			}
		case unicode.IsSpace(rn):
			if j, ok := joinAcrossSpace(s, end, spaced); ok {
				end = j
				continue
			}
		}
		break
	}
	written := s[p:end]
	var partBuf [8]string
	var sepBuf [8]rune
	parts, seps := splitSymbol(written, partBuf[:0], sepBuf[:0])
	sym, ok := symbolOf(parts, seps, groups)
	if !ok {
		return symbol{}, p, false
	}
	sym.written = written
	return sym, end, true
}

// joinAcrossSpace decides whether the số, ký hiệu read up to ws goes on past
// the white space at ws, and returns where it goes on. It does after a
// separator when a letter (after a line break) or a letter or digit (after
// spaces) follows, and before a separator that a letter or digit follows
// directly ("KH -UBND"), and across " - " only when spaced is set.
func joinAcrossSpace(s string, ws int, spaced bool) (int, bool) {
	last, _ := utf8.DecodeLastRuneInString(s[:ws])
	we := ws
	newlines := 0
	for we < len(s) {
		rn, size := runeAt(s, we)
		if !unicode.IsSpace(rn) {
			break
		}
		if rn == '\n' {
			newlines++
		}
		we += size
	}
	next, size := runeAt(s, we)
	if isSep(last) {
		if newlines > 0 {
			return we, newlines <= 3 && vn.IsLetter(next)
		}
		return we, isAlnum(next)
	}
	if newlines == 0 && isSep(next) {
		after, _ := runeAt(s, we+size)
		return we, isAlnum(after) || spaced && unicode.IsSpace(after)
	}
	return ws, false
}

// splitSymbol splits a written số, ký hiệu into its parts (the number first)
// and the separators between them, leaving white space out. An empty part
// stands for a doubled, leading or trailing separator. The parts and
// separators are appended to parts and seps, which may be buffers of the
// caller: the parts are strings of written, or new ones.
func splitSymbol(written string, parts []string, seps []rune) ([]string, []rune) {
	start, clean := 0, true
	for i := 0; i < len(written); {
		rn, size := rune(written[i]), 1
		if rn > ' ' && rn < utf8.RuneSelf && rn != '/' && rn != '-' && rn != '.' {
			i++ // a letter or digit, most of a số, ký hiệu
			continue
		}
		if rn >= utf8.RuneSelf {
			rn, size = utf8.DecodeRuneInString(written[i:])
		}
		switch {
		case unicode.IsSpace(rn) || rn == utf8.RuneError:
			clean = false
		case isSep(rn) || rn == '.':
			parts = append(parts, symbolPart(written[start:i], clean))
			seps = append(seps, rn)
			start, clean = i+size, true
		}
		i += size
	}
	return append(parts, symbolPart(written[start:], clean)), seps
}

// symbolPart returns a part of a written số, ký hiệu without its white
// space, each character as read (an invalid byte as U+FFFD). A clean part,
// without white space or U+FFFD, is returned as it is.
func symbolPart(part string, clean bool) string {
	if clean {
		return part
	}
	var b strings.Builder
	for _, rn := range part {
		if !unicode.IsSpace(rn) {
			b.WriteRune(rn)
		}
	}
	return b.String()
}

// symbolOf makes the số, ký hiệu of split parts: the number, the year of a
// legal normative number, the family and the non-empty groups. It fails when
// no group has a letter (a date such as 30/4/2024 is no số, ký hiệu). The
// groups are made only when groups is set.
func symbolOf(parts []string, seps []rune, groups bool) (symbol, bool) {
	if len(seps) == 0 || len(parts) < 2 {
		return symbol{}, false
	}
	n, err := strconv.Atoi(parts[0])
	if err != nil || n <= 0 {
		return symbol{}, false
	}
	sym := symbol{number: n, family: Administrative}
	rest := parts[1:]
	// The year is the first non-empty part after the number, when more follow.
	first := slices.IndexFunc(rest, func(p string) bool { return p != "" })
	switch {
	case first >= 0 && first < len(rest)-1 && len(rest[first]) == 4 && allDigits(rest[first]) && rest[first] != "0000":
		sym.family = Normative
		sym.year, _ = strconv.Atoi(rest[first])
		rest = rest[first+1:]
	case seps[0] != '/' && seps[0] != '.' && startsLetter(parts[1]):
		sym.family = Party
	}
	// An empty part has no letter: the parts left are the groups.
	if !slices.ContainsFunc(rest, func(g string) bool { return strings.IndexFunc(g, vn.IsLetter) >= 0 }) {
		return symbol{}, false // no group made for a symbol read in vain
	}
	if groups {
		sym.groups = nonEmpty(rest)
	}
	return sym, true
}

// nonEmpty returns a new slice of the parts that are not empty, in order,
// or nil when all are.
func nonEmpty(parts []string) []string {
	n := 0
	for _, p := range parts {
		if p != "" {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// date reads ", ngày 29/12/2023" or " ngày 31 tháng 12 năm 2019" at p and
// returns the date as written after "ngày". A date of the right shape that
// does not exist (31/02/2024) is read too: Check reports it.
func (r reader) date(p int) (string, int, bool) {
	s := r.s
	q := p
	if q < len(s) && s[q] == ',' {
		q++
	}
	q2 := skipSpaces(s, q)
	if q2 == q {
		return "", p, false
	}
	w, we := word(s, q2)
	if !strings.EqualFold(w, "ngày") {
		return "", p, false
	}
	ds := skipSpaces(s, we)
	if ds == we {
		return "", p, false
	}
	_, _, _, n := dateParts(s[ds:])
	if n == 0 {
		return "", p, false
	}
	return s[ds : ds+n], ds + n, true
}

// dateParts reads a date at the start of s, "29/12/2023", "23-06-2022",
// "05.01.2024" or "31 tháng 12 năm 2019", and returns its day, month and year
// digits and its length in bytes; n is 0 when s does not start with a date.
// The day and month have one or two digits, the year one to four (a short
// year is read so that Check can report it).
func dateParts(s string) (day, month, year string, n int) {
	d, i := digits(s, 0, 2)
	if d == "" {
		return "", "", "", 0
	}
	if i < len(s) && (s[i] == '/' || s[i] == '-' || s[i] == '.') {
		m, j := digits(s, i+1, 2)
		if m == "" || j >= len(s) || (s[j] != '/' && s[j] != '-' && s[j] != '.') {
			return "", "", "", 0
		}
		y, k := digits(s, j+1, 4)
		if y == "" || !boundary(s, k) {
			return "", "", "", 0
		}
		return d, m, y, k
	}
	j := skipSpaces(s, i)
	w, we := word(s, j)
	if j == i || !strings.EqualFold(w, "tháng") {
		return "", "", "", 0
	}
	m, k := digits(s, skipSpaces(s, we), 2)
	if m == "" {
		return "", "", "", 0
	}
	k2 := skipSpaces(s, k)
	w, we = word(s, k2)
	if k2 == k || !strings.EqualFold(w, "năm") {
		return "", "", "", 0
	}
	k2 = skipSpaces(s, we)
	y, e := digits(s, k2, 4)
	if y == "" || !boundary(s, e) {
		return "", "", "", 0
	}
	return d, m, y, e
}

// dateOf returns the date written as text, or the zero time when it does not
// exist or its year does not have four digits. The calendar check is
// vn.ParseDate's (a test compares them): a year from 0001 to 9999, a month
// from 1 to 12, a day of that month.
func dateOf(text string) time.Time {
	d, m, y, n := dateParts(text)
	if n == 0 || len(y) != 4 {
		return time.Time{}
	}
	day, _ := strconv.Atoi(d)
	month, _ := strconv.Atoi(m)
	year, _ := strconv.Atoi(y)
	if year == 0 || month < 1 || month > 12 {
		return time.Time{}
	}
	t := vn.Date(year, time.Month(month), day)
	if day < 1 || t.Day() != day {
		return time.Time{}
	}
	return t
}

// issuer reads " của Ủy ban nhân dân tỉnh An Giang" at p: proper-noun words
// and the lower-case words of agency names (nhân dân, tỉnh, chấp hành, …),
// up to the title or the end of the phrase.
func (r reader) issuer(p int) (string, int, bool) {
	s := r.s
	q := skipSpaces(s, p)
	if q == p {
		return "", p, false
	}
	w, we := word(s, q)
	if w != "của" {
		return "", p, false
	}
	q = skipSpaces(s, we)
	if q == we {
		return "", p, false
	}
	start := q
	if rn, _ := runeAt(s, q); !unicode.IsUpper(rn) {
		return "", p, false
	}
	end := q
	prevUpper := false
	for {
		w, we := word(s, q)
		if w == "" {
			break
		}
		upper := startsUpper(w)
		switch {
		case upper && q > start && r.kindWordAt(q):
		case upper:
			end = we
		case w == "và":
			nq := skipSpaces(s, we)
			if nq == we || !startsUpper(nextWord(s, we)) || r.kindWordAt(nq) {
				break
			}
			end = we
		case nameStops[w] || titleWordsAt(s, w, we):
		case prevUpper || issuerWords[w]:
			// The lower-case syllables of a name ("Thủ tướng", "Ban Dân vận")
			// or of the kind of body ("nhân dân tỉnh", "chấp hành").
			end = we
		}
		prevUpper = upper
		if end != we {
			break
		}
		// The next word: after one space, or " - " before a capital
		// ("Bộ Lao động - Thương binh và Xã hội").
		q = skipSpaces(s, we)
		if q == we {
			break
		}
		if strings.HasPrefix(s[q:], "- ") {
			q2 := skipSpaces(s, q+1)
			if rn, _ := runeAt(s, q2); q2 == q+1 || !unicode.IsUpper(rn) {
				break
			}
			q = q2
		}
	}
	return s[start:end], end, true
}

// issuerWords are the lower-case words of the names of issuing bodies.
var issuerWords = map[string]bool{
	"nhân": true, "dân": true, "tỉnh": true, "huyện": true, "xã": true, "thị": true, "trấn": true,
	"thành": true, "phố": true, "quận": true, "phường": true, "ban": true, "chấp": true, "hành": true,
	"thường": true, "trực": true, "vụ": true, "đồng": true, "chính": true, "phủ": true, "trưởng": true,
	"phó": true, "chủ": true, "tịch": true, "nhà": true, "nước": true, "quốc": true, "hội": true,
	"trung": true, "ương": true, "đảng": true, "ủy": true, "uỷ": true, "kiểm": true, "sát": true,
	"tòa": true, "toà": true, "án": true, "tối": true, "cao": true, "liên": true, "ngành": true,
	"cục": true, "sở": true, "bộ": true, "tư": true, "pháp": true, "văn": true, "phòng": true,
}

// titleStarts are the words a title (trích yếu) starts with when a citation
// gives one without a colon.
var titleStarts = [...]string{
	"về việc", "về", "quy định", "hướng dẫn", "ban hành", "phê duyệt", "sửa đổi", "bãi bỏ",
	"công bố", "thông báo", "phát động",
}

// titleStartWords are titleStarts split into words.
var titleStartWords = func() [len(titleStarts)][]string {
	var out [len(titleStarts)][]string
	for i, t := range titleStarts {
		out[i] = strings.Fields(t)
	}
	return out
}()

// titleStartAt returns the length of the title start at i ("về việc",
// "quy định" …), or 0 when none starts there.
func titleStartAt(s string, i int) int {
	for _, t := range titleStarts {
		if strings.HasPrefix(s[i:], t) && boundary(s, i+len(t)) {
			return len(t)
		}
	}
	return 0
}

// titleWordsAt reports whether the words from first, a word of s that
// ends at end, are those a title starts with, whatever follows the last of
// them, so that where an issuer ends never depends on what follows the
// citation.
func titleWordsAt(s, first string, end int) bool {
	for _, t := range titleStartWords {
		if t[0] != first {
			continue
		}
		q, ok := end, true
		for _, tw := range t[1:] {
			w, we := word(s, skipSpaces(s, q))
			if w != tw {
				ok = false
				break
			}
			q = we
		}
		if ok {
			return true
		}
	}
	return false
}

// title reads the title at p: " về việc …", " quy định …" or ": Phê duyệt …",
// up to ";", the end of the sentence or line, a footnote mark, "(" or ")", a
// comma before a capital letter, or the next citation with a số, ký hiệu (a
// title that names another numbered document ends there, and that document is
// a citation of its own). A trailing "và" or comma is left out.
func (r reader) title(p int) (string, int, bool) {
	s := r.s
	q := p
	colon := false
	if q < len(s) && s[q] == ':' {
		q++
		colon = true
	}
	start := skipSpaces(s, q)
	if start == q {
		return "", p, false
	}
	lead := 0
	if colon {
		if rn, _ := runeAt(s, start); !unicode.IsUpper(rn) {
			return "", p, false
		}
	} else if lead = titleStartAt(s, start); lead == 0 {
		return "", p, false
	}
	end := start
	atWord := true
	digits := newDigitCursor(s, start, false)
scan:
	for end < len(s) {
		// Most of a title: a space, or an ASCII letter or digit inside a
		// word, where it goes on and no citation starts.
		if c := s[end]; c == ' ' || !atWord && c < utf8.RuneSelf && asciiClass[c]&(letterByte|digitByte) != 0 {
			atWord = c == ' '
			end++
			continue
		}
		rn, size := rune(s[end]), 1 // runeAt, without a call for ASCII
		if rn >= utf8.RuneSelf {
			rn, size = utf8.DecodeRuneInString(s[end:])
		}
		switch {
		case rn == ';' || rn == '\n' || rn == '\r' || rn == '(' || rn == ')' || rn == '?' || rn == '!' || isSuperscript(rn):
			break scan
		case rn == '.':
			if next, _ := runeAt(s, end+1); !vn.IsLetter(next) && !isDigit(next) {
				break scan
			}
		case rn == ',':
			// A comma before a capital starts a new clause ("…năm 2024,
			// Giám đốc Sở giao…"); the commas of a title precede lower case.
			if q := skipSpaces(s, end+1); q > end+1 && startsUpper(s[q:]) {
				break scan
			}
		case atWord && end > start+lead && vn.IsLetter(rn) && digits.reach(end) && r.headAt(end):
			break scan
		}
		atWord = !isAlnum(rn)
		end += size
	}
	end = trimTitleEnd(s, start, end)
	if end <= start+lead {
		return "", p, false
	}
	return s[start:end], end, true
}

// trimTitleEnd leaves out what ends a title but belongs to the sentence:
// spaces, commas, colons, dashes, full stops and a last "và" or "hoặc".
func trimTitleEnd(s string, start, end int) int {
	for end > start {
		t := strings.TrimRightFunc(s[start:end], func(rn rune) bool {
			return unicode.IsSpace(rn) || rn == ',' || rn == ':' || rn == '-' || rn == '–' || rn == '.'
		})
		for _, w := range []string{" và", " hoặc"} {
			t = strings.TrimSuffix(t, w)
		}
		if start+len(t) == end {
			break
		}
		end = start + len(t)
	}
	return end
}

// nameStops are the lower-case words that end the name of a law: they start
// the rest of the sentence.
var nameStops = map[string]bool{
	"với": true, "của": true, "theo": true, "tại": true, "trong": true, "cho": true, "do": true,
	"đã": true, "được": true, "để": true, "nhằm": true, "trên": true, "từ": true, "khi": true,
	"là": true, "thì": true, "có": true, "gồm": true, "số": true, "ngày": true, "về": true,
	"đến": true, "đối": true, "như": true, "mà": true, "này": true, "đó": true, "sẽ": true,
	"vào": true, "bởi": true, "năm": true,
}

// nameStopPair reports whether w and next are one of the two-word phrases
// that end the name of a law: "quy định", "sửa đổi", "hướng dẫn", "ban
// hành", "thi hành" (compared word by word, without building the phrase).
func nameStopPair(w, next string) bool {
	switch w {
	case "quy":
		return next == "định"
	case "sửa":
		return next == "đổi"
	case "hướng":
		return next == "dẫn"
	case "ban", "thi":
		return next == "hành"
	}
	return false
}

// determiners after "và" start a new phrase, not the rest of a name
// ("Luật Nhà ở và các Nghị định…").
var determiners = map[string]bool{"các": true, "những": true, "một": true, "mọi": true, "nhiều": true}

// name reads the name of a law, code or ordinance at p, " Hộ tịch",
// " Bảo vệ môi trường năm 2020", " Giao thông đường bộ 2008", and the year
// after it. The name starts with a capital letter, as Nghị định 30/2020/NĐ-CP
// writes the names of documents; the constitution may be cited by its year
// alone ("Hiến pháp năm 2013").
func (r reader) name(p int, kind Kind) (name string, year, end int, ok bool) {
	s := r.s
	q := skipSpaces(s, p)
	if q == p {
		return "", 0, p, false
	}
	if y, e, ok := yearAt(s, q); ok && kind == Constitution {
		return "", y, e, true
	}
	if rn, _ := runeAt(s, q); !unicode.IsUpper(rn) || r.kindWordAt(q) {
		return "", 0, p, false
	}
	start, end := q, q
	for {
		w, we := word(s, q)
		if w == "" {
			if y, e, ok := bareYearAt(s, q); ok && end > start {
				return s[start:end], y, e, true
			}
			break
		}
		if y, e, ok := yearAt(s, q); ok {
			return s[start:end], y, e, true
		}
		if !startsUpper(w) {
			next := nextWord(s, we)
			if nameStops[w] || nameStopPair(w, next) || r.headAt(q) {
				break
			}
			if w == "và" && (next == "" || startsUpper(next) || determiners[next] || r.headAt(skipSpaces(s, we))) {
				break
			}
		} else if q > start && r.kindWordAt(q) {
			break
		}
		end = we
		// The next word: after one space, or after ", " when it is in
		// lower case ("Luật Phòng, chống tham nhũng").
		q = skipSpaces(s, we)
		if q == we && strings.HasPrefix(s[we:], ", ") {
			q = skipSpaces(s, we+1)
			if rn, _ := runeAt(s, q); !unicode.IsLower(rn) {
				break
			}
			if w2, we2 := word(s, q); nameStops[w2] || w2 == "và" || nameStopPair(w2, nextWord(s, we2)) || r.headAt(q) {
				break
			}
		} else if q == we {
			break
		}
	}
	// A last "và" belongs to the sentence: "Luật A và của…".
	for strings.HasSuffix(s[start:end], " và") {
		end -= len(" và")
	}
	if end == start {
		return "", 0, p, false
	}
	return s[start:end], 0, end, true
}

// yearAt reads "năm 2024" at q.
func yearAt(s string, q int) (int, int, bool) {
	w, we := word(s, q)
	if w != "năm" {
		return 0, q, false
	}
	return bareYearAt(s, skipSpaces(s, we))
}

// bareYearAt reads a four-digit year at q that ends at a word boundary.
func bareYearAt(s string, q int) (int, int, bool) {
	d, e := digits(s, q, 5)
	y, _ := strconv.Atoi(d)
	if len(d) != 4 || y == 0 || !boundary(s, e) {
		return 0, q, false
	}
	return y, e, true
}
