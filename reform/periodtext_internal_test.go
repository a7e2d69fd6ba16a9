package reform

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestPeriodPhrases(t *testing.T) {
	tests := []struct {
		in   string
		want []string // the labels, with "?" for a phrase without a year
	}{
		{"công tác cải cách hành chính 11 tháng đầu năm 2024", []string{"11 tháng đầu năm 2024"}},
		{"06 tháng đầu năm 2024 và 6 tháng cuối năm", []string{"6 tháng đầu năm 2024"}},
		{"quý iii/2024; quý 2 năm 2023; quý iv", []string{"quý III năm 2024", "quý II năm 2023", "quý IV năm ?"}},
		{"tháng 5/2024, tháng 12 năm 2024", []string{"tháng 5 năm 2024", "tháng 12 năm 2024"}},
		{"ngày 19 tháng 11 năm 2024", []string{"năm 2024"}},
		{"tháng 6,7,8 năm 2024", []string{"năm 2024"}},
		{"9 tháng đầu năm", []string{"9 tháng đầu năm ?"}},
		{"10 tháng năm 2024", []string{"10 tháng đầu năm 2024"}},
		{"trong 10 tháng qua; quý v năm 2024; 13 tháng đầu năm 2024", []string{"năm 2024", "năm 2024"}},
	}
	for _, tt := range tests {
		var got []string
		for _, ph := range periodPhrases(tt.in) {
			p := ph.period
			label := p.Label()
			if ph.yearless {
				label = strings.Replace(p.Label(), "năm 0", "năm ?", 1)
			}
			got = append(got, label)
			assert.True(t, ph.start >= 0 && ph.start < ph.end && ph.end <= len(tt.in), "%s: [%d:%d]", tt.in, ph.start, ph.end)
		}
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func FuzzPeriodPhrases(f *testing.F) {
	for _, s := range []string{"quý III năm 2024", "11 tháng đầu năm 2024", "tháng 5/2024", "ngày 19 tháng 11 năm 2024", "Trong quý II, "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text := strings.ToLower(s)
		for _, ph := range periodPhrases(text) {
			if ph.start < 0 || ph.start >= ph.end || ph.end > len(text) {
				t.Fatalf("%q: phrase at [%d:%d]", text, ph.start, ph.end)
			}
			if err := ph.period.Check(); err != nil && !ph.yearless {
				t.Fatalf("%q: a phrase that is not a period: %v", text, err)
			}
		}
		for i := range len(s) {
			_ = sentenceStart(s, i)
		}
		_, _ = newMentions(Period{Kind: Quarter, Year: 2024, N: 3}).periodMention("assessment.strengths[0].paragraph.text", s)
		p := Period{Kind: Quarter, Year: 2024, N: 3}
		for _, f := range checkReportPeriod("basis.text", s, p, "Câu căn cứ") {
			if !utf8.ValidString(f.Message) && utf8.ValidString(s) {
				t.Fatalf("message not UTF-8: %q", f.Message)
			}
		}
		_, _ = checkSubjectPeriod(s, p)
	})
}

func FuzzClosingFields(f *testing.F) {
	for _, s := range []string{"KT. GIÁM ĐỐC", "Lưu: VT, CCHC", "- Sở Nội vụ;", "An Giang, ngày 19 tháng 11 năm 2024", "TS. TRỊNH TUẤN NGỌC", "<b>\x00</b>", "İİ ngày 5 tháng 3", "Q. İ", "Tỉnh İ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := &Report{
			Header:  Header{Agency: s, Place: s, Subject: s},
			Period:  Period{Kind: Quarter, Year: 2024, N: 3},
			Closing: Closing{Recipients: []string{s, s}, Archive: s, Drafter: s, Signer: Signer{Authority: []string{s, s}, Title: s, Name: s}},
		}
		for _, x := range append(r.checkClosing(), r.checkPeriodText()...) {
			if x.Message == "" || x.Path == "" {
				t.Fatalf("%q: %s without message or path", s, x.Code)
			}
		}
		_ = parseAuthority(s).canonical()
		_, _ = datedPlace(s)
		_ = textProblems(s, 60, false)
	})
}

func BenchmarkPeriodPhrases(b *testing.B) {
	text := strings.ToLower(strings.Repeat("Trong quý II năm 2024, Sở đã ban hành 03 kế hoạch; ngày 19 tháng 11 năm 2024, 11 tháng đầu năm 2024. ", 200))
	for b.Loop() {
		_ = periodPhrases(text)
	}
}
