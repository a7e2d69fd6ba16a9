package citation

// The scanner and the title before the digitCursor.reach filter, kept as
// an oracle: scan and reader.title must decide as they did on every text.

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/vn"
)

// scanOld is scan as it was: every kind name at a word start is read with
// citeIntoOld, without the quick tests of scanner.next.
func scanOld(s string) []Citation {
	return scanEach(s, func(r reader, i int) (Citation, bool) {
		var c Citation
		ok := citeIntoOld(r, &c, i, true)
		return c, ok
	})
}

// citeIntoOld is reader.citeInto with titleOld.
func citeIntoOld(r reader, c *Citation, i int, strict bool) bool {
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
	if title, e, ok := titleOld(r, end); ok {
		c.Title, end = title, e
	}
	c.End, c.Text = end, s[i:end]
	return true
}

// titleOld is reader.title as it was before digitCursor.reach: it tries
// headAt at every word start while a digit follows. It reads the title at p: " về việc …", " quy định …" or ": Phê duyệt …",
// up to ";", the end of the sentence or line, a footnote mark, "(" or ")", a
// comma before a capital letter, or the next citation with a số, ký hiệu (a
// title that names another numbered document ends there, and that document is
// a citation of its own). A trailing "và" or comma is left out.
func titleOld(r reader, p int) (string, int, bool) {
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
		case atWord && end > start+lead && vn.IsLetter(rn) && digits.from(end) && r.headAt(end):
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

// reachTokens are the pieces generated texts are made of: kind names in
// every case, the white space skipSpaces reads and the rest, "số" in its
// forms, số, ký hiệu, dates, issuers, title starts and filler.
var reachTokens = func() []string {
	out := []string{" ", " ", " ", "  ", "\t", "\u00a0", " \u00a0", "\n", ", ", "; ", ". ", ": ", ":", "-", " - ",
		"số", "Số", "SỐ", "ſố", "số:", "số ", "12", "1247/KH-UBND", "63/2010/NĐ-CP", "18-NQ/TW", "06/CP", "2024",
		"31/12/2023", "5", "0", "1/", "/QĐ-TTg", "ngày", "ngày 5/1/2024", "của", "Ủy ban nhân dân tỉnh", "về việc",
		"quy định", "ban hành", "Hộ tịch", "công tác", "và", "năm", "năm 2013", "chính", "thực hiện", "pháp luật",
		"Chính phủ", "x", "(", ")", "¹", strings.Repeat("a", 40), strings.Repeat(" ", 30), "Dân sự", "Đất đai"}
	for _, info := range kindTable {
		k := string(info.Kind)
		out = append(out, k, strings.ToUpper(k), strings.ToLower(k))
	}
	return out
}()

// reachSpaces, reachSo and reachSymbols make the head of a citation in
// generated texts: the white space after a kind name, "số" in its forms
// (or nothing) and a số, ký hiệu.
var (
	reachSpaces  = []string{" ", " ", " ", "", "  ", "\t", "\t ", "\u00a0", " \u00a0", "\n", ":", ": "}
	reachSo      = []string{"", "", "số", "Số", "SỐ", "ſố", "ſỐ", "số:", "ſố:", "sô"}
	reachSymbols = []string{"12/STP-VP", "1247/KH-UBND", "63/2010/NĐ-CP", "18-NQ/TW", "06/CP", "2024", "5/1/2024", "12"}
)

// reachText returns a text of n pieces drawn by rng: tokens of reachTokens,
// or the head of a citation with its kind, white space, "số" and số, ký
// hiệu in any of their forms.
func reachText(rng *rand.Rand, n int) string {
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	var b strings.Builder
	for range n {
		if rng.IntN(3) > 0 {
			b.WriteString(pick(reachTokens))
			continue
		}
		k := string(kindTable[rng.IntN(len(kindTable))].Kind)
		switch rng.IntN(3) {
		case 0:
			k = strings.ToUpper(k)
		case 1:
			k = strings.ToLower(k)
		}
		b.WriteString(k + pick(reachSpaces) + pick(reachSo) + pick(reachSpaces) + pick(reachSymbols))
	}
	return b.String()
}

// checkReach compares scan with scanOld on s, and reader.title with
// titleOld at every offset of s.
func checkReach(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) || !vn.IsNFC(s) {
		s = vn.NFC(strings.ToValidUTF8(s, "?"))
	}
	if got, want := scan(s), scanOld(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("scan(%q) = %v, want %v", s, got, want)
	}
	r := reader{s: s}
	for p := 0; p <= len(s); p++ {
		gt, ge, gok := r.title(p)
		wt, we, wok := titleOld(r, p)
		if gt != wt || ge != we || gok != wok {
			t.Fatalf("title(%q, %d) = %q %d %v, want %q %d %v", s, p, gt, ge, gok, wt, we, wok)
		}
	}
}

// TestScanReach compares scan and reader.title with their old forms on the
// reference report, the seeds and generated texts, short and long, where
// kind names stand near and far from digits, across wide white space.
func TestScanReach(t *testing.T) {
	for _, s := range append(strings.Split(readSeed(t), "\n"), scanFastSeeds...) {
		checkReach(t, s)
	}
	rng := rand.New(rand.NewPCG(18, 4))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for i := range n {
		checkReach(t, reachText(rng, 1+i%60))
	}
}

func FuzzScanReach(f *testing.F) {
	for _, s := range append(scanFastSeeds, fuzzSeeds...) {
		f.Add(s)
	}
	f.Add("Công văn \t\t số 12/STP-VP và Quyết định \u00a0  số:  5/QĐ-UBND, Thông tư liên tịch ſố: 1/2015/TTLT-BTP")
	f.Fuzz(checkReach)
}

// BenchmarkScanWideSpaces scans 1 MiB of kind names far from any digit,
// between runs of white space of every width, and the same with a digit
// near each: the time must stay linear.
func BenchmarkScanWideSpaces(b *testing.B) {
	for _, unit := range []string{"Công  văn \t và\u00a0Quyết định  của  Ủy ban   Thông tư ", "Công  văn 1 và\u00a0Quyết định 2 Thông tư\t3 "} {
		text := strings.Repeat(unit, (1<<20)/len(unit)+1) + "Kế hoạch số 1/KH-UBND"
		b.Run(strings.Fields(unit)[2], func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Scan(text)
			}
		})
	}
}
