package citation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/finding"
)

// source makes the source of the footnote note whose mark ends passage.
func source(path, passage, note string) Source {
	return Source{Passage: passage, PassagePath: path + ".text", Citations: ScanAt(path+".notes[0]", note)}
}

func TestCheckSources(t *testing.T) {
	// The reference report's notes 4 and 10.
	plan4 := source("a", "Ủy ban nhân dân tỉnh ban hành Kế hoạch rà soát, hệ thống hóa VBQPPL năm 2024 trên địa bàn tỉnh An Giang",
		"Kế hoạch số 04/KH-UBND ngày 05/01/2024 của UBND tỉnh")
	plan10 := source("b", "Ủy ban nhân dân tỉnh ban hành Kế hoạch công tác kiểm tra, rà soát VBQPPL năm 2024; kế hoạch triển khai thực hiện "+
		"Quyết định số 2179/QĐ-BTP ngày 08/9/2023 của Bộ trưởng Bộ Tư pháp ban hành Kế hoạch kiểm tra chuyên đề",
		"Kế hoạch số 04/KH-UBND ngày 05/01/2024 của UBND tỉnh; Kế hoạch số 33/KH-UBND ngày 12/01/2024 của UBND tỉnh")
	tests := []struct {
		name string
		srcs []Source
		want int
	}{
		{"one number for two plans", []Source{plan4, plan10}, 1},
		{"the same plan described alike", []Source{plan4, source("b", "Sở tham mưu Kế hoạch rà soát, hệ thống hóa năm 2024", "Kế hoạch số 04/KH-UBND ngày 05/01/2024")}, 0},
		{"a passage that names no plan", []Source{plan4, source("b", "Sở góp ý dự thảo báo cáo", "Kế hoạch số 04/KH-UBND ngày 05/01/2024")}, 0},
		{"another date, another document", []Source{plan4, source("b", "ban hành Kế hoạch kiểm tra", "Kế hoạch số 04/KH-UBND ngày 05/01/2023")}, 0},
		{"one note", []Source{plan4}, 0},
		{"a plan named inside a citation's title is not the passage's", []Source{plan4,
			source("b", "triển khai Quyết định số 2179/QĐ-BTP ngày 08/9/2023 của Bộ trưởng Bộ Tư pháp ban hành Kế hoạch kiểm tra chuyên đề", "Kế hoạch số 04/KH-UBND ngày 05/01/2024")}, 0},
		{"reported once", []Source{plan4, plan10, plan10}, 1},
		{"the first note's passage names no plan", []Source{source("c", "Sở góp ý dự thảo báo cáo", "Kế hoạch số 04/KH-UBND ngày 05/01/2024"), plan4, plan10}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := CheckSources(tt.srcs)
			require.Len(t, l, tt.want, "%v", l)
			for _, f := range l {
				assert.Equal(t, CodeConflictSource, f.Code)
				assert.Equal(t, finding.Info, f.Severity)
			}
		})
	}
	f := CheckSources([]Source{plan4, plan10})[0]
	assert.Equal(t, "b.notes[0][0:63]", f.Path)
	assert.Equal(t, []string{"a.notes[0][0:63]", "a.text", "b.text"}, f.Related)
	assert.Equal(t, "Kế hoạch số 04/KH-UBND ngày 05/01/2024 được chú thích là nguồn của “Kế hoạch công tác kiểm tra, rà soát VBQPPL năm 2024” "+
		"và ở chú thích trước là nguồn của “Kế hoạch rà soát, hệ thống hóa VBQPPL năm 2024 trên địa bàn tỉnh An Giang”: "+
		"một số, ký hiệu chỉ là của một văn bản; kiểm tra lại số, ký hiệu của kế hoạch ở một trong hai chú thích.", f.Message)
	doc, _ := f.Value("document")
	assert.Equal(t, "Kế hoạch số 04/KH-UBND ngày 05/01/2024", doc)
}

func TestPassage(t *testing.T) {
	text := "Sở tổ chức hội nghị. Ủy ban nhân dân tỉnh ban hành Kế hoạch A[^1]; kế hoạch B[^2]."
	mark1 := strings.Index(text, "[^1]")
	assert.Equal(t, "Ủy ban nhân dân tỉnh ban hành Kế hoạch A", text[Passage(text, 0, mark1):mark1])
	mark2 := strings.Index(text, "[^2]")
	assert.Equal(t, "; kế hoạch B", text[Passage(text, mark1+len("[^1]"), mark2):mark2], "from the previous mark")
	long := strings.Repeat("ă", 3000) + "[^1]"
	start := Passage(long, 0, len(long)-4)
	assert.LessOrEqual(t, len(long)-4-start, 2000)
	assert.Equal(t, 0, (len(long)-4-start)%2, "a passage starts at a character")
	assert.Equal(t, 0, Passage("abc", 5, -1), "offsets out of range are clamped")
}

// TestCheckSourcesBadInput gives CheckSources 10.000 notes of one number
// for different plans, passages of markup and control characters: one
// finding per document, in bounded time.
func TestCheckSourcesBadInput(t *testing.T) {
	var srcs []Source
	for i := range 10000 {
		passage := strings.Repeat("<b>\x00**", i%7) + "ban hành Kế hoạch " + strings.Repeat("x", i%5) + " số " + strings.Repeat("ă", i%3)
		srcs = append(srcs, source("p"+strings.Repeat("1", i%4), passage, "Kế hoạch số 04/KH-UBND ngày 05/01/2024 của UBND tỉnh"))
	}
	srcs = append(srcs, source("q", strings.Repeat("Kế hoạch kiểm tra ", 5000), "Kế hoạch số 04/KH-UBND ngày 05/01/2024"))
	l := CheckSources(srcs)
	assert.Len(t, l, 1, "one number, reported once")
	for _, f := range l {
		assert.NotEmpty(t, f.Message)
	}
}
