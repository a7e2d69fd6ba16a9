package citation

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/vn"
	"golang.org/x/text/unicode/norm"
)

// Scan finds every citation in free text, in order, with its byte offsets:
// "Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ",
// "Quyết định số 766/QĐ-TTg ngày 23-06-2022", "Nghị quyết số 18-NQ/TW",
// "Luật Hộ tịch". A citation starts with the name of a kind (in any case:
// "báo cáo số 1085/BC-UBND" counts) and goes on with "số" and its số, ký
// hiệu, then an optional date ("ngày …"), issuer ("của …") and title ("về
// việc …", "quy định …"). Without "số", a số, ký hiệu must have a hyphen, a
// year or the Party form to count. A law, code or ordinance may be cited by
// its name; then the kind and the name start with a capital letter, as Nghị
// định 30/2020/NĐ-CP writes them ("Luật Hộ tịch": "Luật hộ tịch" and
// "pháp luật Việt Nam" are not read as citations).
//
// A title ends at ";", at the end of the sentence or line, at a footnote
// mark, at a parenthesis, at a comma before a capital letter, or where
// another citation with a số, ký hiệu starts.
//
// The offsets are those of text as given. Text that is not in NFC is read in
// NFC; the offsets still refer to text, and each citation's fields are in NFC.
// Scan uses no regular expression: its time grows linearly with the text.
func Scan(text string) []Citation {
	// Decomposed Vietnamese carries combining marks U+0300–U+036F, whose
	// UTF-8 starts with 0xCC or 0xCD; text without them is read as it is,
	// which spares a full NFC check, and the fields of its citations are
	// normalized in case it holds a rarer non-NFC sequence.
	if strings.IndexByte(text, 0xCC) < 0 && strings.IndexByte(text, 0xCD) < 0 || vn.IsNFC(text) {
		cits := scan(text)
		for i := range cits {
			cits[i].normalizeFields()
		}
		return cits
	}
	nfc, toOrig := normalize(text)
	cits := scan(nfc)
	for i := range cits {
		c := &cits[i]
		c.Start, c.End = toOrig(c.Start, false), toOrig(c.End, true)
		c.Text = text[c.Start:c.End]
	}
	return cits
}

// normalizeFields puts the fields read from the text in NFC.
func (c *Citation) normalizeFields() {
	if vn.IsNFC(c.Text) {
		return
	}
	for _, f := range []*string{&c.Name, &c.Issuer, &c.Title, &c.SymbolText, &c.DateText} {
		if !vn.IsNFC(*f) {
			*f = vn.NFC(*f)
		}
	}
	for i, g := range c.Groups {
		if !vn.IsNFC(g) {
			c.Groups[i] = vn.NFC(g)
		}
	}
}

// ScanAt is Scan for the text of the field at path: each citation's Path is
// set to path, so that its findings are put under it.
func ScanAt(path, text string) []Citation {
	cits := Scan(text)
	for i := range cits {
		cits[i].Path = path
	}
	return cits
}

// scan finds the citations of s, which is in NFC.
func scan(s string) []Citation {
	sc := newScanner(s)
	var c Citation
	if !sc.next(&c) {
		return nil // most texts: nothing to collect
	}
	return sc.collect(&c)
}

// collect returns first and the citations after it.
func (sc *scanner) collect(first *Citation) []Citation {
	var found citations
	for ok := true; ok; ok = sc.next(first) {
		found.add(first, len(sc.r.s))
	}
	return found.slice()
}

// scanner reads the citations of a text one after the other.
//
// A citation has its số, ký hiệu, which starts with an ASCII digit, after
// its kind, unless it is a document cited by name ("Luật Hộ tịch"): where
// no digit follows near enough (digitCursor.reach), only the capital
// letter of such a name is read on.
type scanner struct {
	r      reader
	i      int         // where the next citation is looked for
	digits digitCursor // the digits at or after the positions read
	starts *[256]bool  // the bytes a citation can start with (scanStarts)
}

// newScanner returns a scanner of s, which is in NFC.
func newScanner(s string) scanner {
	// starts holds the bytes a citation can start with: those of every kind
	// name while a digit follows, then only those of the kinds cited by name.
	sc := scanner{r: reader{s: s}, starts: &scanStarts.kind, digits: newDigitCursor(s, 0, true)}
	if sc.digits.next < 0 {
		sc.starts = &scanStarts.named
	}
	return sc
}

// next reads the next citation into *c and reports whether there is one.
func (sc *scanner) next(c *Citation) bool {
	s, starts := sc.r.s, sc.starts
	for i := sc.i; i < len(s); i++ {
		// A kind name starts with one of a few letters, at a word start:
		// not after an ASCII letter or digit (wordStart decides after other
		// bytes).
		if !starts[s[i]] || i > 0 && scanStarts.asciiAlnum[s[i-1]] || !mayStartKind(s, i) {
			continue
		}
		if !sc.digits.reach(i) {
			if sc.digits.next < 0 {
				starts = &scanStarts.named
			}
			if !namedStarts.has(s[i]) {
				continue
			}
		}
		if !wordStart(s, i) || !maySecond(s, i) {
			continue
		}
		if sc.r.citeInto(c, i, true) {
			sc.i, sc.starts = c.End, starts
			return true
		}
	}
	sc.i = len(s)
	return false
}

// citations collects the citations scan finds: most texts hold none or a
// few, which it keeps in buf until it returns them in one slice of their
// number; more go on in a slice that grows. buf lives in the frame of
// collect, which runs only for a text that holds a citation.
type citations struct {
	buf  [16]Citation
	n    int        // the citations in buf
	more []Citation // all the citations, once buf is full
}

// add adds a copy of *c, a citation of a text of size bytes.
func (f *citations) add(c *Citation, size int) {
	switch {
	case f.more != nil:
		f.more = append(f.more, *c)
	case f.n < len(f.buf):
		f.buf[f.n] = *c
		f.n++
	default:
		f.more = make([]Citation, f.n, moreRoom(f.n+1, c.End, size))
		copy(f.more, f.buf[:f.n])
		f.more = append(f.more, *c)
	}
}

// moreRoom returns the room for the citations of a text of size bytes
// whose first n citations end at byte end: as many as their density
// promises for the whole text and an eighth more, from 2n to 8n (a long
// text holds its citations about evenly, and the slice then grows once or
// not at all).
func moreRoom(n, end, size int) int {
	est := n
	if end > 0 {
		est = int(int64(n) * int64(size) / int64(end))
	}
	return min(max(est+est/8, 2*n), 8*n)
}

// slice returns the citations added, in order, or nil when there are none.
func (f *citations) slice() []Citation {
	if f.more != nil || f.n == 0 {
		return f.more
	}
	out := make([]Citation, f.n)
	copy(out, f.buf[:f.n])
	return out
}

// wordStart reports whether i starts a word of s: no letter or digit
// before it.
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	if p := s[i-1]; p < utf8.RuneSelf {
		return !isAlnum(rune(p))
	}
	prev, _ := runeBefore(s, i)
	return !isAlnum(prev)
}

// kindSeconds holds, for each first byte of a kind name (kindBucket), the
// second letters of the names that start with it and are not ASCII, as
// kindName reads them: the letter in lower case ("ô" for Công văn, "ờ" for
// Tờ trình) and every letter whose UTF-8 starts with the same byte and
// whose lower case it is ("Ô"). Built once from kindNames when the package
// is initialised and never changed, so it is safe for concurrent use.
var kindSeconds = func() *[256][]rune {
	var out [256][]rune
	for b, names := range kindNames.names {
		for _, n := range names {
			x, _ := utf8.DecodeRuneInString(n.tail)
			if x < utf8.RuneSelf {
				continue
			}
			for _, r := range lowersTo(x) {
				if !slices.Contains(out[b], r) {
					out[b] = append(out[b], r)
				}
			}
		}
	}
	return &out
}()

// lowersTo returns x and the runes whose lower case is x and whose UTF-8
// starts with the same byte as x's: its capital ("Ô" for "ô"). They are
// among the runes of x's case-folding orbit (unicode.SimpleFold).
func lowersTo(x rune) []rune {
	out := []rune{x}
	lead := utf8.AppendRune(nil, x)[0]
	for r := unicode.SimpleFold(x); r != x; r = unicode.SimpleFold(r) {
		if unicode.ToLower(r) == x && utf8.AppendRune(nil, r)[0] == lead {
			out = append(out, r)
		}
	}
	return out
}

// maySecond reports whether the letter after the first at i may be the
// second of a kind name that starts with s[i]: a quick test after
// mayStartKind, which has read the first byte of the second letter (all of
// it when it is ASCII), and before kindName, which matches the rest of the
// name as kindTrie does (the letter itself, or a letter of the same first
// byte whose lower case it is).
func maySecond(s string, i int) bool {
	j := i + 1
	if s[i] >= utf8.RuneSelf {
		_, size := utf8.DecodeRuneInString(s[i:])
		j = i + size
	}
	if j >= len(s) || s[j] < utf8.RuneSelf {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return slices.Contains(kindSeconds[kindBucket(s[i])], r)
}

// scanStarts holds the quick tests of the bytes around a position of scan,
// one table lookup each. Built once from kindNames and namedStarts when the
// package is initialised and never changed, so it is safe for concurrent
// use.
var scanStarts = func() *startTables {
	var t startTables
	for c := range 256 {
		t.kind[c] = len(kindNames.names[kindBucket(byte(c))]) > 0
		t.named[c] = t.kind[c] && namedStarts.has(byte(c))
		t.asciiAlnum[c] = c < utf8.RuneSelf && isAlnum(rune(c))
	}
	return &t
}()

// startTables are the tables of scanStarts.
type startTables struct {
	kind       [256]bool // the bytes a kind name starts with: mayStartKind's first test
	named      [256]bool // those of the kinds cited by name (namedStarts)
	asciiAlnum [256]bool // the ASCII letters and digits: no word starts after one
}

// nextDigit returns the offset of the first ASCII digit of s from i, or -1.
// It reads eight bytes at a time (digitBytes): most of a text has no digit.
func nextDigit(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if m := digitBytes(w); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if isDigitByte(s[i]) {
			return i
		}
	}
	return -1
}

// digitBytes returns w with the high bit of each of its bytes that is an
// ASCII digit set, and every other bit clear. Each byte is tested on its
// own, without a carry into the next: its low seven bits plus 0x50 reach
// 0x80 from '0' on, plus 0x46 from ':' on, and never 0x100.
func digitBytes(w uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low := w &^ highs
	return (low + 0x50*ones) &^ (low + 0x46*ones) &^ w & highs
}

// digitCursor tells whether a text has an ASCII digit at or after an
// offset, and whether a số, ký hiệu may start there after a kind name, for
// offsets that never go back: it reads each byte of the text once, however
// many offsets it is asked about. A citation with a số, ký hiệu has a digit
// after its kind, so where none is left, or none near enough, none starts.
type digitCursor struct {
	s    string
	next int // the first digit at or after the last offset asked about, or -1
	// wide holds, for each of wideSpaces, where it is first found at or
	// after the last offset reach searched from, up to next or, when whole
	// is set, to the end of s; that end when it is not found, -1 before
	// reach searches. Each is searched for again only once passed, so
	// that every byte is searched once for each.
	wide  [len(wideSpaces)]int
	whole bool
}

// wideSpaces are the starts of white space that skipSpaces may read as
// more than one byte: a tab, a no-break space or two spaces (a tab alone
// is counted too). Never changed, so it is safe for concurrent use.
var wideSpaces = [...]string{"\t", "\u00a0", "  "}

// newDigitCursor returns a digitCursor over s from offset i. When whole is
// set, reach searches the rest of the text for wide white space, the
// quickest where it asks about the whole text (scanner); otherwise up to
// the next digit only, where it asks about a stretch (reader.title).
func newDigitCursor(s string, i int, whole bool) digitCursor {
	return digitCursor{s: s, next: nextDigit(s, i), wide: [...]int{-1, -1, -1}, whole: whole}
}

// from reports whether s has a digit at or after i, which is not before
// the offsets asked about earlier.
func (d *digitCursor) from(i int) bool {
	if d.next >= 0 && d.next < i {
		d.next = nextDigit(d.s, i)
	}
	return d.next >= 0
}

// reach reports whether the next digit from i may start the số, ký hiệu of
// a kind name that starts at i, which is not before the offsets asked about
// earlier: it is at most headReach bytes away, or white space wider than
// one space (wideSpaces) lies between, which skipSpaces reads across.
func (d *digitCursor) reach(i int) bool {
	if !d.from(i) {
		return false
	}
	if d.next-i <= headReach {
		return true
	}
	end := d.next
	if d.whole {
		end = len(d.s)
	}
	for k, w := range wideSpaces {
		if d.wide[k] < i {
			d.wide[k] = end
			if j := strings.Index(d.s[i:end], w); j >= 0 {
				d.wide[k] = i + j
			}
		}
		if d.wide[k] < d.next {
			return true
		}
	}
	return false
}

// headReach is the most bytes from the start of a kind name to the first
// digit of its số, ký hiệu where no white space wider than one space lies
// between (reader.number): the longest kind name, as kindName reads it (a
// letter of the same length in either case), then " số: " at its longest,
// "ſố" with the long s that strings.EqualFold reads as "s". Computed once
// when the package is initialised, so it is safe for concurrent use.
var headReach = func() int {
	longest := 0
	for _, names := range kindNames.names {
		for _, n := range names {
			longest = max(longest, utf8.RuneLen(n.first)+len(n.tail))
		}
	}
	return longest + len(" ſố: ")
}()

// namedStarts holds the first bytes of the names of the kinds cited by
// name (named), in upper case: a citation without a số, ký hiệu starts
// with one of them. Built once from kindTable when the package is
// initialised and never changed, so it is safe for concurrent use.
var namedStarts = func() *byteSet {
	var b byteSet
	for _, info := range kindTable {
		if named(info.Kind) {
			r, _ := utf8.DecodeRuneInString(string(info.Kind))
			b.add(string(unicode.ToUpper(r))[0])
		}
	}
	return &b
}()

// runeBefore decodes the rune that ends at i.
func runeBefore(s string, i int) (rune, int) {
	if i <= 0 {
		return -1, 0
	}
	j := i - 1
	for j > 0 && i-j < 4 && s[j]&0xC0 == 0x80 {
		j--
	}
	return runeAt(s, j)
}

// normalize returns text in NFC and a function that maps an offset in the
// NFC text back to text. An offset inside a normalization segment maps to the
// segment's start, or to its end when end is set, so that a span in the NFC
// text maps to a span of text that covers it.
func normalize(text string) (string, func(off int, end bool) int) {
	var it norm.Iter
	it.InitString(norm.NFC, text)
	var out []byte
	var nfcStarts, origStarts []int
	for !it.Done() {
		orig := it.Pos()
		nfcStarts = append(nfcStarts, len(out))
		origStarts = append(origStarts, orig)
		out = append(out, it.Next()...)
	}
	nfcStarts = append(nfcStarts, len(out))
	origStarts = append(origStarts, len(text))
	return string(out), func(off int, end bool) int {
		// k is the first segment boundary at or after off.
		k := sort.SearchInts(nfcStarts, off)
		if k < len(nfcStarts) && nfcStarts[k] == off {
			return origStarts[k]
		}
		if end {
			return origStarts[min(k, len(origStarts)-1)]
		}
		return origStarts[max(k-1, 0)]
	}
}
