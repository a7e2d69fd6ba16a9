package reform

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/reform/vn"
)

func TestTextCounts(t *testing.T) {
	tests := []struct {
		in            string
		freqs, counts []string // "value noun" and, for a frequency, "/cadence"
	}{
		{"phát sóng 02 tình huống pháp luật mỗi tháng. đến nay đã phát **16** tình huống pháp luật",
			[]string{"2 tình huống pháp luật/month"}, []string{"16 tình huống pháp luật"}},
		{"gửi 1.000 tin nhắn hằng tuần; tổng cộng 12.000 tin nhắn", []string{"1000 tin nhắn/week"}, []string{"12000 tin nhắn"}},
		{"01 cuộc họp hàng quý và 01 hội nghị mỗi năm", []string{"1 cuộc họp/quarter", "1 hội nghị/year"}, nil},
		{"ngày 05/8/2024 tình huống mỗi tháng", nil, nil},
		{"53,5 tình huống mỗi tháng; 7-15 phút mỗi tháng", nil, nil},
		{"thời lượng mỗi tình huống từ 7 phút", nil, nil},
		{"02 tình huống mỗi tháng, mỗi 30 tình huống", []string{"2 tình huống/month"}, nil},
		{"30 tình huống (02 tình huống mỗi tháng)", []string{"2 tình huống/month"}, []string{"30 tình huống"}},
	}
	for _, tt := range tests {
		freqs, counts := textCounts(tt.in)
		var gf, gc []string
		for _, f := range freqs {
			gf = append(gf, strconv.FormatInt(f.value, 10)+" "+f.noun+"/"+string(f.cadence))
			assert.True(t, f.start < f.end && f.end <= len(tt.in), tt.in)
		}
		for _, c := range counts {
			gc = append(gc, strconv.FormatInt(c.value, 10)+" "+c.noun)
			assert.True(t, c.start < c.end && c.end <= len(tt.in), tt.in)
		}
		assert.Equal(t, tt.freqs, gf, tt.in)
		assert.Equal(t, tt.counts, gc, tt.in)
	}
}

func TestCadenceUnits(t *testing.T) {
	m11 := Period{Kind: FirstMonths, Year: 2024, N: 11}
	q3 := Period{Kind: Quarter, Year: 2024, N: 3}
	year := Period{Kind: Year, Year: 2024}
	tests := []struct {
		p    Period
		c    dissemination.Cadence
		want int64
	}{
		{m11, dissemination.Monthly, 11}, {m11, dissemination.Weekly, 48}, {m11, dissemination.Quarterly, 4}, {m11, dissemination.Yearly, 1},
		{q3, dissemination.Monthly, 3}, {q3, dissemination.Weekly, 14}, {q3, dissemination.Quarterly, 1},
		{year, dissemination.Monthly, 12}, {year, dissemination.Weekly, 53},
	}
	for _, tt := range tests {
		got, ok := cadenceUnits(tt.p, tt.c)
		assert.True(t, ok)
		assert.Equal(t, tt.want, got, "%s %s", tt.p.Label(), tt.c)
	}
	_, ok := cadenceUnits(Period{Kind: Quarter, Year: 2024, N: 5}, dissemination.Monthly)
	assert.False(t, ok, "no period, no bound")
}

func FuzzTextFrequencies(f *testing.F) {
	for _, s := range []string{"phát sóng 02 tình huống pháp luật mỗi tháng. Đến nay đã phát **30** tình huống pháp luật",
		"gửi 1.000 tin nhắn hằng tuần; tổng cộng 12.000 tin nhắn", "30 tình huống (02 tình huống mỗi tháng)",
		"999.999.999.999.999 tin mỗi tuần 1 tin", "İİ 02 İ mỗi tháng 30 İ"} {
		f.Add(s)
	}
	p := Period{Kind: FirstMonths, Year: 2024, N: 11}
	f.Fuzz(func(t *testing.T, s string) {
		text := strings.ToLower(s)
		freqs, counts := textCounts(text)
		for _, c := range append(freqs, counts...) {
			if c.start < 0 || c.start >= c.end || c.end > len(text) || c.value < 0 {
				t.Fatalf("%q: count %+v", text, c)
			}
		}
		if got, want := mayHoldFrequency(s), holdsFrequencyWord(vn.NFC(s)); got != want {
			t.Fatalf("%q: mayHoldFrequency %v, want %v", s, got, want)
		}
		for _, x := range textFrequencies("direction.leadership[0].paragraph.text", s, p) {
			if x.Message == "" {
				t.Fatalf("%q: a finding without message", s)
			}
		}
	})
}

// holdsFrequencyWord is the oracle of mayHoldFrequency on NFC text.
func holdsFrequencyWord(s string) bool {
	return strings.Contains(s, "mỗi ") || strings.Contains(s, "hằng ") || strings.Contains(s, "hàng ")
}

func TestMayHoldFrequency(t *testing.T) {
	for _, s := range []string{"", "m", "h", "mỗi", "mỗi ", "hằng ", "hàng ", "hàng", "Mỗi tháng", "chỉ mỗi tháng", "nhằng ",
		"hàng năm", "mỗi ", "hàng\u00a0năm", "thực hiện hằng  tuần", "mỗ i ", "hhàng "} {
		assert.Equal(t, holdsFrequencyWord(vn.NFC(s)), mayHoldFrequency(s), "%q", s)
	}
}
