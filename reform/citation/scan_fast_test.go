package citation

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scanEvery is scan without its quick tests (a digit after, the second
// letter of a kind name): it tries every kind name at a word start.
func scanEvery(s string) []Citation {
	return scanEach(s, func(r reader, i int) (Citation, bool) { return r.cite(i, true) })
}

// scanEach reads a citation with read at every word start of s where a
// kind name may start, and goes on after each one found: the oracle
// scanners of the tests.
func scanEach(s string, read func(r reader, i int) (Citation, bool)) []Citation {
	r := reader{s: s}
	var out []Citation
	for i := 0; i < len(s); i++ {
		if !mayStartKind(s, i) || !wordStart(s, i) {
			continue
		}
		if c, ok := read(r, i); ok {
			out = append(out, c)
			i = c.End - 1
		}
	}
	return out
}

// scanFastSeeds are texts whose citations come before, after and without
// digits, and named documents in every case.
var scanFastSeeds = []string{"Luật Hộ tịch; luật hộ tịch; LUẬT HỘ TỊCH, Bộ luật Dân sự và Pháp lệnh Dân số, Hiến pháp năm 2013",
	"Nghị định số 63/2010/NĐ-CP và Luật Đất đai", "Kế hoạch số 1; Quyết định số", "Công văn số 12/STP-VP ngày 5/1/2024 của Sở. Luật Hộ tịch",
	"Bộ Luật Hình sự 2015", "pháp luật Việt Nam", "Thông tư 5-a", "Hiến Pháp", "",
	"CÔNG VĂN SỐ 12/STP-VP; ĐỀ ÁN số 1-ĐA/UBND; Tờ trình số 5/TTr-STP; TỜ TRÌNH SỐ 6/TTr-STP; tỉnh, định, tục 1/2024/QĐ-UBND",
	"Đề án số 06-ĐA/TU, đề án 7/ĐA-UBND, ĐIỀU LỆ số 2-ĐL/TW, Chỉ thị số 1/CT-TTg, CHƯƠNG TRÌNH số 3/CTr-UBND"}

// TestScanDigits checks that scan with its quick tests finds what trying
// every kind name finds, line by line of the reference report and on the
// seeds.
func TestScanDigits(t *testing.T) {
	lines := append(strings.Split(readSeed(t), "\n"), scanFastSeeds...)
	n := 0
	for _, s := range lines {
		want := scanEvery(s)
		n += len(want)
		assert.Equal(t, want, scan(s), s)
	}
	assert.Greater(t, n, 50)
	assert.True(t, namedStarts.has('L') && namedStarts.has('B') && namedStarts.has('P') && namedStarts.has('H') && !namedStarts.has('N'))
}

func FuzzScanDigits(f *testing.F) {
	for _, s := range scanFastSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if want, got := scanEvery(s), scan(s); !reflect.DeepEqual(want, got) {
			t.Fatalf("%q: %v, want %v", s, got, want)
		}
	})
}

// kindNameEvery is reader.kindName without kindTrie: it matches every name
// of the first byte's bucket, the longest first, as foldPrefix reads it.
func kindNameEvery(s string, i int, bounded bool) (Kind, int, bool) {
	if i >= len(s) {
		return "", i, false
	}
	rn, size := runeAt(s, i)
	if rn < utf8.RuneSelf {
		rn |= 0x20
	} else {
		rn = unicode.ToLower(rn)
	}
	for _, n := range kindNames.names[kindBucket(s[i])] {
		if n.first != rn {
			continue
		}
		k, ok := foldPrefix(s[i+size:], n.tail)
		if !ok {
			continue
		}
		if e := i + size + k; !bounded || boundary(s, e) {
			return n.kind, e, true
		}
	}
	return "", i, false
}

// foldPrefix reports whether s starts with lower, a text in lower case,
// whatever the case of s, and returns the length of that start of s.
func foldPrefix(s, lower string) (int, bool) {
	i, j := 0, 0
	for j < len(lower) {
		if i >= len(s) {
			return 0, false
		}
		a, b := s[i], lower[j]
		if a == b {
			i, j = i+1, j+1
			continue
		}
		if a < utf8.RuneSelf || b < utf8.RuneSelf {
			// An upper-case ASCII letter, or no match (an ASCII letter has
			// no case among the multi-byte letters).
			if 'A' <= a && a <= 'Z' && a|0x20 == b {
				i, j = i+1, j+1
				continue
			}
			return 0, false
		}
		if a >= 0xC0 || b >= 0xC0 {
			return 0, false // different first bytes: the cases of a Vietnamese letter share theirs
		}
		// The bytes differ inside a character: compare the characters,
		// which start at the same distance back in both.
		for i > 0 && s[i]&0xC0 == 0x80 {
			i, j = i-1, j-1
		}
		ra, na := utf8.DecodeRuneInString(s[i:])
		rb, nb := utf8.DecodeRuneInString(lower[j:])
		if ra != rb && unicode.ToLower(ra) != rb {
			return 0, false
		}
		i, j = i+na, j+nb
	}
	return i, true
}

// kindNameSeeds are kind names in every case and spelling, cut short, run
// on and spelled with letters of the same first byte.
var kindNameSeeds = []string{"THÔNG TƯ LIÊN TỊCH", "Thông tư liên", "thông tưx", "ĐỀ ÁN", "Đề Án", "đề ăn", "BẢN THOẢ THUẬN",
	"Bản thỏa thuận", "GIẤY ỦY QUYỀN", "giấy uỷ quyền", "Nghị quyết liên tịchx", "Ngh\xe1\xbb", "Lệnh", "LUẬT", "luậtx", "İ", "Kelvin \u212a"}

// checkKindName compares reader.kindName with kindNameEvery at every
// offset of s, bounded or not.
func checkKindName(t *testing.T, s string) {
	t.Helper()
	r := reader{s: s}
	for i := 0; i <= len(s); i++ {
		for _, bounded := range []bool{false, true} {
			k, e, ok := r.kindName(i, bounded)
			wk, we, wok := kindNameEvery(s, i, bounded)
			if k != wk || e != we || ok != wok {
				t.Fatalf("%q at %d (bounded %v): %q %d %v, want %q %d %v", s, i, bounded, k, e, ok, wk, we, wok)
			}
		}
	}
}

// TestKindNameTrie checks kindTrie against every name of its bucket, on
// the reference report, the seeds and every kind name in three cases.
func TestKindNameTrie(t *testing.T) {
	checkKindName(t, readSeed(t))
	for _, s := range append(slices.Clone(kindNameSeeds), scanFastSeeds...) {
		checkKindName(t, s)
	}
	for _, info := range kindTable {
		k := string(info.Kind)
		checkKindName(t, k+" "+strings.ToUpper(k)+" "+strings.ToLower(k)+" "+k+"x")
	}
}

// TestKindTrieSize checks that kindTrieSize counts the nodes of kindTrie,
// so that building it allocates them once.
func TestKindTrieSize(t *testing.T) {
	assert.Equal(t, cap(kindTrie.nodes), len(kindTrie.nodes))
	assert.Equal(t, 1+kindTrieSize(), len(kindTrie.nodes))
}

func FuzzKindName(f *testing.F) {
	for _, s := range append(slices.Clone(kindNameSeeds), scanFastSeeds...) {
		f.Add(s)
	}
	f.Fuzz(checkKindName)
}

// TestNextDigit compares nextDigit with a walk of the bytes, for every
// byte at every offset of a word and after it.
func TestNextDigit(t *testing.T) {
	walk := func(s string, i int) int {
		for ; i < len(s); i++ {
			if '0' <= s[i] && s[i] <= '9' {
				return i
			}
		}
		return -1
	}
	base := []byte("xxxxxxxxxxxxxxxxxxx")
	for c := range 256 {
		for at := range base {
			b := slices.Clone(base)
			b[at] = byte(c)
			s := string(b)
			for i := 0; i <= len(s); i++ {
				if got, want := nextDigit(s, i), walk(s, i); got != want {
					t.Fatalf("nextDigit(%q, %d) = %d, want %d", s, i, got, want)
				}
			}
		}
	}
}

// TestLowersTo compares lowersTo with every rune of the same first byte.
func TestLowersTo(t *testing.T) {
	for _, x := range []rune{'ô', 'ờ', 'ệ', 'ị', 'ư', 'ơ', 'đ', 'á', 'ả', 'ử'} {
		lead := utf8.AppendRune(nil, x)[0]
		var want []rune
		for r := rune(0x80); r < 0x10000; r++ {
			if utf8.ValidRune(r) && utf8.AppendRune(nil, r)[0] == lead && (r == x || unicode.ToLower(r) == x) {
				want = append(want, r)
			}
		}
		assert.ElementsMatch(t, want, lowersTo(x), "%q", x)
	}
}

// TestKindNodeCapital checks that each letter of kindTrie has at most one
// rune besides itself that foldLetter reads as it, the capital it keeps,
// against every rune of the same first byte.
func TestKindNodeCapital(t *testing.T) {
	for _, n := range kindTrie.nodes[1:] {
		if n.lead < utf8.RuneSelf {
			continue
		}
		var want []rune
		for r := rune(0x80); r < 0x10000; r++ {
			if r != n.r && utf8.ValidRune(r) && utf8.AppendRune(nil, r)[0] == n.lead && unicode.ToLower(r) == n.r {
				want = append(want, r)
			}
		}
		require.LessOrEqual(t, len(want), 1, "%q", n.r)
		if len(want) == 0 {
			assert.Equal(t, rune(-1), n.capital, "%q", n.r)
		} else {
			assert.Equal(t, want[0], n.capital, "%q", n.r)
		}
	}
}
