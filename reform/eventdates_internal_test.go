package reform

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestDatesIn(t *testing.T) {
	tests := []struct {
		in   string
		want []string // "dd/mm/yyyy" with "!" for a date that opens its sentence
	}{
		{"ngày 25/11/2024, sở tổ chức hội nghị.", []string{"25/11/2024!"}},
		{"sở họp. ngày 05 tháng 8 năm 2024, sở tổ chức.", []string{"05/8/2024!"}},
		{"tổ chức vào ngày 23-06-2022 và 01.02.2024", []string{"23/6/2022", "01/02/2024"}},
		{"trước ngày 31/12/2024; đến 30/11/2024; từ ngày 01/7/2025; dự kiến ngày 05/01/2025", nil},
		{"ngày 31/02/2024 và 28/8/1945 - 28/8/2024", []string{"28/8/1945", "28/8/2024"}},
		{"25/11-2024, 1/2/24, quý iii/2024, 12/2024", nil},
		{"- ngày 05/8/2024, tổ chức", []string{"05/8/2024!"}},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range datesIn(tt.in) {
			s := d.date.Format("02/1/2006")
			if d.date.Month() <= time.February {
				s = d.date.Format("02/01/2006")
			}
			if d.opens {
				s += "!"
			}
			got = append(got, s)
			assert.True(t, d.start < d.end && d.end <= len(tt.in), tt.in)
		}
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestSentenceAround(t *testing.T) {
	assert.Equal(t, "Ngày 25/11/2024, họp.", sentenceAround("Tập huấn. Ngày 25/11/2024, họp.", len("Tập huấn. Ngày ")))
	long := sentenceAround(strings.Repeat("ư", 400)+"ngày 25/11/2024", 800)
	assert.True(t, utf8.ValidString(long) && strings.HasSuffix(long, "ngày 25/11/2024") && len(long) <= 300+len("ngày 25/11/2024"), long)
}

func FuzzEventDates(f *testing.F) {
	for _, s := range []string{"Ngày 25/11/2024, Sở tổ chức hội nghị.", "ngày 05 tháng 8 năm 2024", "Kế hoạch số 12/KH-UBND ngày 25/11/2024",
		"28/8/1945 - 28/8/2024", "İ ngày 5/1/2025, İİ", "99/99/9999"} {
		f.Add(s)
	}
	w := eventWindow{label: "11 tháng đầu năm 2024", from: time.Date(2023, 12, 15, 0, 0, 0, 0, time.UTC),
		to: time.Date(2024, 11, 14, 0, 0, 0, 0, time.UTC), report: time.Date(2024, 11, 19, 0, 0, 0, 0, time.UTC)}
	f.Fuzz(func(t *testing.T, s string) {
		text := strings.ToLower(s)
		for _, d := range datesIn(text) {
			if d.start < 0 || d.start >= d.end || d.end > len(text) || d.date.IsZero() {
				t.Fatalf("%q: date %+v", text, d)
			}
		}
		for _, x := range w.textDates("direction.leadership[0].paragraph.text", s) {
			if x.Message == "" || x.Path == "" {
				t.Fatalf("%q: a finding without message or path", s)
			}
		}
	})
}
