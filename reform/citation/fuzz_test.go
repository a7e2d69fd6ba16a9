package citation

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// issueForms are the citations of the issue, in the forms it writes them.
var issueForms = []string{
	"Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ",
	"Nghị định 130/2005/NĐ-CP ngày 17/10/2005",
	"Quyết định số 766/QĐ-TTg ngày 23-06-2022",
	"Công văn số 822/STP-XDKT&TDTHPL ngày 06/6/2024 của Sở Tư pháp",
	"Thông tư số 01/2022/TT-BTP ngày 04/1/2022",
	"Luật Hộ tịch",
	"Nghị quyết số 18-NQ/TW ngày 25/10/2017",
	"Kế hoạch số 217-KH/BDVTU ngày 09/4/2024",
}

// fuzzSeeds are real citations, from the reference report and beyond: the
// issue's forms, then others.
var fuzzSeeds = append(slices.Clone(issueForms),
	"Kế hoạch số 1247/KH-UBND ngày 29/12/2023 của Ủy ban nhân dân tỉnh An Giang về việc ban hành Kế hoạch cải cách hành chính tỉnh An Giang năm 2024",
	"Quyết định số 143/QĐTTg ngày 02/02/2024 của Thủ tướng Chính phủ",
	"Công điện số 644/CD-TTg ngày 13/7/2023",
	"Thông tư số 04/2020/BTT-BTP ngày 28/5/2020 quy định chi tiết thi hành một số điều của Luật hộ tịch",
	"Nghị định số 100/2019/NĐ-CP ngày 31 tháng 12 năm 2019 của Chính phủ",
	"Nghị định số 73/2024/NĐ-\n\nCP của Chính phủ",
	"Quyết định số 766/QĐ-TTg ngày 23-06-2022 của Thủ tướng Chính phủ: Phê duyệt Bộ chỉ số chỉ đạo",
	"Luật Giao thông đường bộ 2008",
	"Luật Đất đai số 31/2024/QH15 ngày 18/01/2024",
	"Hiến pháp năm 2013",
	"Báo cáo số 12/BCTĐ-STP ngày 31/02/2024",
	"Kế hoạch số 5/KH - UBND ngày 05/01/24",
	"Quy định số 08-QĐi/TW",
	"Thông tư liên tịch số 12/2015/TTLT-BTP-BNV",
)

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Parse(s)
		if err != nil {
			return
		}
		if c.Start < 0 || c.Start > c.End || c.End > len(s) {
			t.Fatalf("Parse(%q): offsets [%d:%d] outside the input", s, c.Start, c.End)
		}
		text := c.String()
		back, err := Parse(text)
		if err != nil {
			t.Fatalf("Parse(%q).String() = %q does not parse: %v", s, text, err)
		}
		if diff := cmp.Diff(c.Reference, back.Reference); diff != "" {
			t.Fatalf("Parse(%q).String() = %q reads back differently (-first +again):\n%s", s, text, diff)
		}
		_ = c.Check(Options{})
	})
}

func FuzzScan(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
		f.Add("Căn cứ " + s + "; và " + s + ".")
	}
	f.Add(readSeed(f)[:4000])
	f.Fuzz(func(t *testing.T, text string) {
		cits := Scan(text)
		prev := 0
		for _, c := range cits {
			if c.Start < prev || c.Start >= c.End || c.End > len(text) {
				t.Fatalf("Scan(%q): citation at [%d:%d] after %d: offsets outside the text or overlapping", text, c.Start, c.End, prev)
			}
			if c.Text != text[c.Start:c.End] {
				t.Fatalf("Scan(%q): Text %q is not text[%d:%d]", text, c.Text, c.Start, c.End)
			}
			if utf8.ValidString(text) && !utf8.ValidString(c.Text) {
				t.Fatalf("Scan(%q): citation %q splits a character", text, c.Text)
			}
			prev = c.End
			back, err := Parse(c.String())
			if err != nil {
				t.Fatalf("Scan(%q): String %q of %q does not parse: %v", text, c.String(), c.Text, err)
			}
			if diff := cmp.Diff(c.Reference, back.Reference); diff != "" {
				t.Fatalf("Scan(%q): %q reads back differently (-scanned +parsed):\n%s", text, c.String(), diff)
			}
		}
		l := CheckAll(cits, Options{})
		for _, f := range l {
			if strings.TrimSpace(f.Message) == "" {
				t.Fatalf("empty message for %s", f.Code)
			}
		}
	})
}
