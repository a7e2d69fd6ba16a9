package citation

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// CheckSources as it was written before the uses of its documents were
// kept by index: the oracle of the tests below.

// checkSourcesMap is CheckSources with each document's first use in a map.
func checkSourcesMap(srcs []Source) finding.List {
	type use struct {
		src int
		cit Citation
	}
	first := make(map[string]use)
	reported := make(map[string]bool)
	descs := make(map[int][]description)
	describe := func(i int, kind Kind) []description {
		key := i<<8 | int(kindPlace(kind))
		if d, ok := descs[key]; ok {
			return d
		}
		d := describeKind(srcs[i].Passage, kind)
		descs[key] = d
		return d
	}
	var out finding.List
	for i, s := range srcs {
		for _, c := range s.Citations {
			if c.Number == 0 || c.Date.IsZero() || len(c.Groups) == 0 {
				continue
			}
			key := string(c.Kind) + "|" + c.Symbol() + "|" + vn.CitationDate(c.Date)
			u, seen := first[key]
			if !seen || len(describe(u.src, c.Kind)) == 0 {
				first[key] = use{i, c}
				continue
			}
			if u.src == i || reported[key] {
				continue
			}
			d1, d2 := describe(u.src, c.Kind), describe(i, c.Kind)
			if len(d2) == 0 || overlap(d1, d2) {
				continue
			}
			reported[key] = true
			out = append(out, conflictSource(&c, &u.cit, d1[0].quote, d2[0].quote, srcs[u.src].PassagePath, s.PassagePath))
		}
	}
	return out
}

// crossText returns a text of n citations drawn from few numbers, kinds,
// years, issuers and titles, so that many cite one document, or one số, ký
// hiệu of different documents, in several spellings.
func crossText(rng *rand.Rand, n int) string {
	kinds := []string{"Kế hoạch", "Quyết định", "Công văn", "Nghị định", "Báo cáo"}
	groups := []string{"KH-UBND", "QĐ-UBND", "UBND-NC", "NĐ-CP", "BC-STP", "QĐTTg", "CD-TTg", "kh-ubnd", "KH - UBND"}
	issuers := []string{"", " của UBND tỉnh", " của Ủy ban nhân dân tỉnh An Giang", " của UBND huyện Thoại Sơn", " của Sở Tư pháp"}
	titles := []string{"", " về việc rà soát văn bản", " về rà soát văn bản năm 2024", " quy định chi tiết", " về việc kiểm tra"}
	var b strings.Builder
	for range n {
		fmt.Fprintf(&b, "%s số %d/", kinds[rng.IntN(len(kinds))], 1+rng.IntN(12))
		if rng.IntN(3) == 0 {
			fmt.Fprintf(&b, "%d/", 2020+rng.IntN(5))
		}
		b.WriteString(groups[rng.IntN(len(groups))])
		if rng.IntN(4) > 0 {
			fmt.Fprintf(&b, " ngày %d/%d/%d", 1+rng.IntN(31), 1+rng.IntN(12), 2020+rng.IntN(5))
		}
		b.WriteString(issuers[rng.IntN(len(issuers))])
		b.WriteString(titles[rng.IntN(len(titles))])
		b.WriteString([]string{"; ", ". ", ", và ", "\n"}[rng.IntN(4)])
	}
	return b.String()
}

// TestCheckSourcesTable compares CheckSources with checkSourcesMap on
// generated footnotes: passages that name a kind with a few descriptions,
// and notes drawn from few documents.
func TestCheckSourcesTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	passages := []string{"Ủy ban ban hành Kế hoạch rà soát văn bản", "Sở ban hành Kế hoạch kiểm tra văn bản",
		"ban hành Quyết định công bố thủ tục", "Quyết định phê duyệt đề án", "triển khai Công văn số 5/UBND-NC", "thực hiện tốt"}
	notes := []string{"Kế hoạch số 04/KH-UBND ngày 05/01/2024 của UBND tỉnh", "Quyết định số 12/QĐ-UBND ngày 03/3/2024",
		"Kế hoạch số 04/KH-UBND ngày 05/01/2024; Quyết định số 12/QĐ-UBND ngày 03/3/2024", crossText(rng, 2)}
	reported := 0
	for range 300 {
		var srcs []Source
		for k := range 1 + rng.IntN(30) {
			srcs = append(srcs, Source{
				Passage:     passages[rng.IntN(len(passages))],
				PassagePath: fmt.Sprintf("text[%d:%d]", k, k+1),
				Citations:   ScanAt(fmt.Sprintf("notes[%d]", k), notes[rng.IntN(len(notes))]),
			})
		}
		want, got := checkSourcesMap(srcs), CheckSources(srcs)
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("%v, want %v", got, want)
		}
		reported += len(got)
	}
	if reported < 50 {
		t.Fatalf("%d findings: the footnotes should make many", reported)
	}
}

// FuzzCheckSourcesTable compares CheckSources with checkSourcesMap on the
// citations of any text, each the source of the text before it.
func FuzzCheckSourcesTable(f *testing.F) {
	for _, s := range append(slices.Clone(scanFastSeeds), crossText(rand.New(rand.NewPCG(5, 6)), 30)) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cits := Scan(s)
		srcs := make([]Source, len(cits))
		for i := range cits {
			srcs[i] = Source{Passage: s[:cits[i].Start], PassagePath: "p", Citations: cits[i : i+1]}
		}
		if want, got := checkSourcesMap(srcs), CheckSources(srcs); !reflect.DeepEqual(want, got) {
			t.Fatalf("%v, want %v", got, want)
		}
	})
}

// TestScanMany compares scan with scanEvery on texts of up to a thousand
// citations, which collect keeps beyond its buffer (moreRoom).
func TestScanMany(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{1, 15, 16, 17, 18, 40, 200, 1000} {
		s := crossText(rng, n) + strings.Repeat("thực hiện tốt. ", rng.IntN(2000))
		if want, got := scanEvery(s), scan(s); !reflect.DeepEqual(want, got) {
			t.Fatalf("%d citations: %d found, want %d", n, len(got), len(want))
		}
	}
}
