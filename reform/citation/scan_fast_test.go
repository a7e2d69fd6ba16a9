package citation

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// scanEvery is scan without its quick tests (a digit after, the second
// letter of a kind name): it tries every kind name at a word start.
func scanEvery(s string) []Citation {
	r := reader{s: s}
	var out []Citation
	for i := 0; i < len(s); i++ {
		if !mayStartKind(s, i) {
			continue
		}
		if !wordStart(s, i) {
			continue
		}
		if c, ok := r.cite(i, true); ok {
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
