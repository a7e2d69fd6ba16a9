package lint

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/lint/input"
)

// FuzzFigures runs the reading of figures on one paragraph of any text:
// tokens in order inside the text, and every check of figures without a
// panic, each finding placed inside the paragraph.
func FuzzFigures(f *testing.F) {
	for _, s := range []string{
		"Sở Tư pháp tiếp nhận 15.613 hồ sơ; trong đó hồ sơ trực tuyến là 8.252, trực tiếp 6.806, hồ sơ kỳ trước chuyển sang là 555. Số lượng hồ sơ đã giải quyết là 15.265 (trong đó 15.264 hồ sơ đúng hạn, 01 hồ sơ quá hạn); số lượng hồ sơ đang giải quyết là 301 hồ sơ.",
		"Sở Tư pháp có 46/86 cán bộ nữ (đạt tỷ lệ 53,4%), trong đó có 09 nhân sự là nữ có trình độ Thạc sĩ, 7/16 nhân sự lãnh đạo cấp phòng thuộc Sở là nữ (đạt tỷ lệ 43,75%).",
		"cấp phát **4.521** tài liệu pháp luật. Cụ thể như sau: **1.000** cuốn Bản tin; **230** cuốn Luật; **95** cuốn Tài liệu năm 2024.",
		"Tổng số thủ tục là 148; trong đó mức độ 2 là 49 thủ tục, mức độ 3 là 25 thủ tục, mức độ 4 là 74 thủ tục.",
		"Tại cấp xã, có 306 công chức trong đó có 300 công chức được cấp chứng chỉ Hộ tịch (đạt 98%). 14 thạc sĩ (12 luật, 02 khác), 28/8/1945 - 28/8/2024, 6,7,8, 2003-2015, III/2024, 9000 tin nhắn, 1,5 %",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\n\r") {
			return
		}
		spans := [][2]int{{0, len(s) / 3}}
		prev := 0
		for _, tk := range tokenize(s, spans) {
			if tk.start < prev || tk.end <= tk.start || tk.end > len(s) {
				t.Fatalf("token %+v out of order or outside %q", tk, s)
			}
			prev = tk.end
		}
		doc := &input.Document{Format: input.Text, Paragraphs: []input.Paragraph{{Text: s, Line: 1, Runs: []input.Run{{End: len(s)}}}}}
		c := &checker{o: build(doc)}
		c.checkCitations()
		c.checkFigures()
		c.checkDates()
		for _, fd := range c.out {
			if fd.Place.Start < 0 || fd.Place.End > len(c.o.paras[0].text) || fd.Place.Start > fd.Place.End {
				t.Fatalf("%s placed at %d:%d in a paragraph of %d bytes", fd.Code, fd.Place.Start, fd.Place.End, len(s))
			}
		}
	})
}
