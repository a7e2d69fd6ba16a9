package reform

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// plainTextDates is textDatesOf as it was before its quick tests read the
// shape of a date: one test after the other, each a reading of the whole
// text, and a new slice of tokens for each text. The quick tests must find
// what it finds.
func (w eventWindow) plainTextDates(path, s string, cits []citation.Citation) finding.List {
	if !digitOutside(s, cits) && vn.IsNFC(s) {
		return nil
	}
	orig := vn.NFC(s)
	if !strings.ContainsAny(orig, "0123456789") {
		return nil
	}
	text := strings.ToLower(orig)
	if len(text) != len(orig) {
		orig = text
	}
	dates := datesIn(text)
	if orig != s {
		cits = citation.Scan(orig)
	}
	var l finding.List
	for _, d := range dates {
		if !inside(cits, d.start) {
			if f, bad := w.textDate(path, orig, d); bad {
				l.Add(f)
			}
		}
	}
	return l
}

// speed3Pieces are the parts generated texts are made of: dates in every
// written form and case, citations around dates, span words, numbers that
// look like dates, and runes whose lower case has another length.
var speed3Pieces = []string{
	"Ngày 25/11/2024, Sở tổ chức hội nghị.", "ngày 05 tháng 8 năm 2023", "NGÀY 05 THÁNG 8 NĂM 2024", "Ngày 5 Tháng 01 Năm 2025",
	"05-01-2024", "5.1.2023", "1.2.2025", "31/02/2024", "20/11/2023", "29/2/2024", "15.613 hồ sơ", "53,5%", "12/2024",
	"tháng 12/2024", "6 tháng đầu năm 2024", "hằng tháng", "đến ngày 30/11/2024", "trước 20/12/2024", "dự kiến ngày 5/12/2024",
	"Kế hoạch số 12/KH-UBND ngày 25/11/2024 của UBND tỉnh", "Quyết định số 1/QĐ-UBND ngày 30/11/2024 về việc",
	"Luật Hộ tịch ngày 20/11/2014", "Nghị định 30/2020/NĐ-CP", "Thông tư số 01/2024/TT-BTP ngày 05 tháng 01 năm 2025",
	"İ", "Ⱥ", "Ⱦ", "ẞ", "\u212a", "\u0130ngày 5/1/2025", "\xff", "2\u0301", "tha\u0301ng", "NA\u0306M", "a05/01/2024",
	"05/01/2024a", "5 tháng8 năm2024", "5\u00a0tháng\u00a08\u00a0năm\u00a02024", "**05/01/2024**", "(01/12/2024)",
	"; ", ". ", ", ", "\n", " ", "- ", "Sở Tư pháp", "đã triển khai", "THÁNG", "năm 2024", "1945", "/", "-", ".", "0",
}

// speed3Text makes a text of n pieces, some of them decomposed (NFD) or in
// upper case.
func speed3Text(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		p := speed3Pieces[rng.IntN(len(speed3Pieces))]
		switch rng.IntN(6) {
		case 0:
			p = norm.NFD.String(p)
		case 1:
			p = strings.ToUpper(p)
		}
		b.WriteString(p)
		if rng.IntN(3) > 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// speed3Windows are the windows dates are compared with: the reference
// report's and one its dates all fall after.
var speed3Windows = []eventWindow{fastWindow, {label: "năm 2022", from: vn.Date(2022, 1, 1), to: vn.Date(2022, 12, 31), report: vn.Date(2023, 1, 5)}}

// TestTextDatesShape compares textDatesOf, with one token buffer for every
// text, with the plain reading of each text, on generated texts and on the
// strings of the reference report.
func TestTextDatesShape(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 18))
	texts := speed3Pieces
	for range 20000 {
		texts = append(texts, speed3Text(rng, 1+rng.IntN(12)))
	}
	speed3Reference(t).ownStrings(func(_, s string) { texts = append(texts, s) })
	found := 0
	for _, w := range speed3Windows {
		w.tokens = new(tokenBuffer)
		for _, s := range texts {
			cits := citation.ScanAt("x", s)
			want := w.plainTextDates("x", s, cits)
			found += len(want)
			require.Equal(t, want, w.textDatesOf("x", s, cits), "%q", s)
		}
	}
	assert.Greater(t, found, 1000)
}

// FuzzTextDatesShape compares textDatesOf with the plain reading of a text.
func FuzzTextDatesShape(f *testing.F) {
	for _, s := range speed3Pieces {
		f.Add(s)
	}
	f.Add("Kế hoạch số 12/KH-UBND ngày 25/11/2024 İ; ngày 30/11/2024, Sở họp")
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range speed3Windows {
			cits := citation.Scan(s)
			assert.Equal(t, w.plainTextDates("x", s, cits), w.textDatesOf("x", s, cits), "%q", s)
		}
	})
}

// TestTokenBufferFrequencies checks that the frequencies read into one
// token buffer, from text to text, are those read into new slices.
func TestTokenBufferFrequencies(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 18))
	words := []string{"phát sóng", "02", "30", "1.000", "tình huống pháp luật", "mỗi tháng", "hằng tuần", "hàng quý", "Mỗi Tháng",
		"m\u00f4\u0303i tháng", "lần", "đến nay", "đã", "15", ".", ",", "\n", "**16**", "tin bài", "mỗi", "năm"}
	p := Period{Kind: FirstMonths, N: 11, Year: 2024}
	buf := new(tokenBuffer)
	n := 0
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(30) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(' ')
		}
		s := b.String()
		want := textFrequencies("x", s, p)
		n += len(want)
		require.Equal(t, want, textFrequenciesWith(buf, "x", s, p), "%q", s)
	}
	assert.Positive(t, n)
}

// plainShorten is shorten as it was, through a slice of runes.
func plainShorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// TestShortenRunes compares shorten with the cut of a slice of runes.
func TestShortenRunes(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 18))
	parts := []string{"Kết quả", " ", "giải quyết", "TTHC", ",", ";", ":", "\xff", "ệ", "\u0301", "a"}
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		for _, n := range []int{0, 1, 5, 20, 80} {
			require.Equal(t, plainShorten(s, n), shorten(s, n), "%q %d", s, n)
		}
	}
}

// TestHeadingPlaces checks that the places written when first asked are
// those every heading had written before: the number chain and the title.
func TestHeadingPlaces(t *testing.T) {
	r := speed3Reference(t)
	d, lay, err := r.laidOut(DefaultWording())
	require.NoError(t, err)
	hs := headings(d, lay)
	var paths []string
	for _, h := range hs {
		paths = append(paths, h.sources...)
	}
	for _, f := range r.Validate() {
		paths = append(paths, f.Path, f.Path+".x", f.Path+"[0]")
	}
	want := plainHeadings(d, lay)
	for _, p := range paths {
		assert.Equal(t, plainPlaceOf(p, want), placeOf(p, hs), p)
	}
	for i := range hs {
		if hs[i].chain != "" {
			assert.Equal(t, want[i].place, hs[i].placeText())
		}
	}
}

// plainPlaceOf is placeOf over headings whose places are all written.
func plainPlaceOf(path string, hs []heading) string {
	best, bestLen := "", -1
	for _, h := range hs {
		for _, s := range h.sources {
			if len(s) > bestLen && within(path, s) {
				best, bestLen = h.place, len(s)
			}
		}
	}
	if best != "" {
		return best
	}
	for _, o := range outside {
		if within(path, o.path) {
			return o.place
		}
	}
	return ""
}

// plainHeadings is headings with every place written.
func plainHeadings(d *doc.Document, l *doc.Layout) []heading {
	hs := headings(d, l)
	for i := range hs {
		hs[i].placeText()
	}
	return hs
}

// speed3Reference decodes the reference report.
func speed3Reference(t testing.TB) *Report {
	data, err := os.ReadFile("../examples/testdata/380-BC-STP.json")
	require.NoError(t, err)
	r, err := Decode(data)
	require.NoError(t, err)
	return r
}

// BenchmarkScanOwnTexts walks and reads the own strings of the reference
// report as Validate does.
func BenchmarkScanOwnTexts(b *testing.B) {
	r := speed3Reference(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = r.scanOwnTexts()
	}
}
