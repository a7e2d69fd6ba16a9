package digital_test

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/vn"
)

// reportText is section 6 of the reference report (Báo cáo số 380/BC-STP),
// copied from its text, with the page break inside the last item ("06 tháng
// đầu / năm 2024") joined.
var reportText = []string{
	"6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
	"6.1. Ứng dụng CNTT trong hoạt động của cơ quan hành chính nhà nước",
	"- Ban hành Kế hoạch số 64/KH-STP ngày 27/03/2024 của Sở Tư pháp về Chuyển đổi số của Sở Tư pháp năm 2024.",
	"- Tình hình sử dụng phần mềm quản lý văn bản:",
	"+ Số văn bản đến: 10.343 văn bản (trừ các văn bản mật), tất cả đều đã được phân công xử lý trên hệ thống văn phòng điện tử.",
	"+ Số văn bản đi: 3.728 văn bản, tất cả văn bản đều được ký số và xử lý phát hành trên hệ thống văn phòng điện tử.",
	"- Số lượng thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp: Tổng số thủ tục là 148; trong đó mức độ 2 là 49 thủ tục, mức độ 3 là 25 thủ tục, mức độ 4 là 74 thủ tục.",
	"- 100% công chức, viên chức đều được cấp thư điện tử để trao đổi công việc chuyên môn.",
	"- Về số hóa sổ hộ tịch: Thực hiện Đề án “Cơ sở dữ liệu hộ tịch điện tử toàn quốc” của Bộ Tư pháp, từ năm 2017, UBND tỉnh giao Sở Tư pháp chủ trì thực hiện Dự án chuyển đổi dữ liệu hộ tịch gồm 2 giai đoạn: Giai đoạn 1, số hóa hơn 1 triệu dữ liệu hộ tịch (Khai sinh, khai tử, kết hôn từ năm 2003-2015). Giai đoạn 2, số hóa trên 2,5 triệu dữ liệu hộ tịch lịch sử còn lại. Đến nay, đã số hóa xong toàn bộ dữ liệu hộ tịch và đã đưa tất cả dữ liệu này lên cơ sở dữ liệu quốc gia.",
	"- Hướng dẫn, hỗ trợ công chức cấp xã chuyển đổi dữ liệu từ Hệ thống 158 sang Hệ thống thông tin quản lý Hộ tịch. Báo cáo tình hình, kết quả thực hiện nhiệm vụ bảo đảm an toàn, an ninh mạng của Sở Tư pháp 06 tháng đầu năm 2024. Rà soát, báo cáo kết quả triển khai mô hình điểm trên địa bàn tỉnh để phục vụ sơ kết Đề án 06/CP trong 06 tháng đầu năm 2024.",
}

// The reference figures give back section 6 of the reference report, word
// for word.
func TestReferenceText(t *testing.T) {
	if diff := cmp.Diff(reportText, text(t, reference(t))); diff != "" {
		t.Errorf("generated text differs from the report (-report +generated):\n%s", diff)
	}
}

// The laid-out tree of the reference section, as doc.Dump writes it.
func TestGolden(t *testing.T) {
	blocks, err := reference(t).Blocks(digital.DefaultWording())
	require.NoError(t, err)
	l, err := doc.Lay(document(blocks))
	require.NoError(t, err)
	got := doc.Dump(l)
	const path = "testdata/reference.golden"
	if os.Getenv("UPDATE_GOLDEN") != "" {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), got)
}

// lineWith returns the generated line that starts with prefix, or "".
func lineWith(ls []string, prefix string) string {
	for _, l := range ls {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	return ""
}

func TestBlocksVariants(t *testing.T) {
	const (
		outgoing = "+ Số văn bản đi:"
		incoming = "+ Số văn bản đến:"
		services = "- Số lượng thủ tục hành chính"
		project  = "- Về số hóa sổ hộ tịch:"
	)
	tests := []struct {
		name   string
		change func(d *digital.Section)
		prefix string // the line looked at; "" when absent is expected
		want   string // the whole line, or "" for no such line
		has    string // instead of want: a part the line must hold
	}{
		// 3.500/3.728 = 93,88…% → 93,9%. Never "tất cả" for the signed part.
		{name: "fewer signed than sent", prefix: outgoing,
			change: func(d *digital.Section) { d.Documents.Outgoing.Signed = ptr(3500) },
			want:   "+ Số văn bản đi: 3.728 văn bản, trong đó 3.500 văn bản (93,9%) được ký số; tất cả văn bản đều được xử lý phát hành trên hệ thống văn phòng điện tử."},
		// 3.000/3.728 = 80,47…% → 80,5%.
		{name: "fewer issued than sent", prefix: outgoing,
			change: func(d *digital.Section) { d.Documents.Outgoing.Issued = ptr(3000) },
			want:   "+ Số văn bản đi: 3.728 văn bản, tất cả văn bản đều được ký số; 3.000 văn bản (80,5%) được xử lý phát hành trên hệ thống văn phòng điện tử."},
		{name: "fewer signed and issued", prefix: outgoing,
			change: func(d *digital.Section) {
				d.Documents.Outgoing.Signed, d.Documents.Outgoing.Issued = ptr(3500), ptr(3000)
			},
			want: "+ Số văn bản đi: 3.728 văn bản, trong đó 3.500 văn bản (93,9%) được ký số; 3.000 văn bản (80,5%) được xử lý phát hành trên hệ thống văn phòng điện tử."},
		{name: "signed only", prefix: outgoing,
			change: func(d *digital.Section) { d.Documents.Outgoing.Signed, d.Documents.Outgoing.Issued = ptr(3500), nil },
			want:   "+ Số văn bản đi: 3.728 văn bản, trong đó 3.500 văn bản (93,9%) được ký số."},
		{name: "all signed, issued not stated", prefix: outgoing,
			change: func(d *digital.Section) { d.Documents.Outgoing.Issued = nil },
			want:   "+ Số văn bản đi: 3.728 văn bản, tất cả văn bản đều được ký số."},
		{name: "issued only", prefix: outgoing,
			change: func(d *digital.Section) { d.Documents.Outgoing.Signed, d.Documents.Outgoing.Issued = nil, ptr(3000) },
			want:   "+ Số văn bản đi: 3.728 văn bản, trong đó 3.000 văn bản (80,5%) được xử lý phát hành trên hệ thống văn phòng điện tử."},
		{name: "counts only", prefix: outgoing,
			change: func(d *digital.Section) { d.Documents.Outgoing.Signed, d.Documents.Outgoing.Issued = nil, nil },
			want:   "+ Số văn bản đi: 3.728 văn bản."},
		// "tất cả" of nothing is not said: 0 of 0 has no share either.
		{name: "nothing sent", prefix: outgoing,
			change: func(d *digital.Section) {
				d.Documents.Outgoing = &digital.Outgoing{Total: 0, Signed: ptr(0), Issued: ptr(0)}
			},
			want: "+ Số văn bản đi: không có."},
		{name: "count below ten with a leading zero", prefix: outgoing,
			change: func(d *digital.Section) {
				d.Documents.Outgoing = &digital.Outgoing{Total: 5, Signed: ptr(5), Issued: ptr(5)}
			},
			want: "+ Số văn bản đi: 05 văn bản, tất cả văn bản đều được ký số và xử lý phát hành trên hệ thống văn phòng điện tử."},
		// A declared share does not replace the derived one.
		{name: "declared share is not printed", prefix: outgoing,
			change: func(d *digital.Section) {
				d.Documents.Outgoing.Signed = ptr(3500)
				d.Documents.Outgoing.Declared.SignedShare = "93,8%"
			},
			has: "3.500 văn bản (93,9%) được ký số"},
		// 10.000/10.343 = 96,68…% → 96,7%.
		{name: "fewer handled than received", prefix: incoming,
			change: func(d *digital.Section) {
				d.Documents.Incoming.Handled = ptr(10000)
				d.Documents.Incoming.ExcludesSecret = false
			},
			want: "+ Số văn bản đến: 10.343 văn bản, trong đó 10.000 văn bản (96,7%) đã được phân công xử lý trên hệ thống văn phòng điện tử."},
		{name: "handled not stated", prefix: incoming,
			change: func(d *digital.Section) { d.Documents.Incoming.Handled = nil },
			want:   "+ Số văn bản đến: 10.343 văn bản (trừ các văn bản mật)."},
		{name: "no incoming", prefix: incoming,
			change: func(d *digital.Section) { d.Documents.Incoming = nil }},
		{name: "no document flow", prefix: "- Tình hình sử dụng",
			change: func(d *digital.Section) { d.Documents = &digital.Documents{} }},
		// An Giang 2024: 759 + 441 + 724 = 1.924.
		{name: "new scheme", prefix: services,
			change: func(d *digital.Section) {
				d.Services = &digital.Services{Online: &digital.Online{Full: ptr(759), Partial: ptr(441), Information: ptr(724)}}
			},
			want: "- Số lượng thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp: Tổng số thủ tục là 1.924; trong đó dịch vụ công trực tuyến toàn trình là 759 thủ tục, dịch vụ công trực tuyến một phần là 441 thủ tục, chỉ cung cấp thông tin là 724 thủ tục."},
		{name: "wrong declared total: the text prints the sum", prefix: services,
			change: func(d *digital.Section) { d.Services.Declared.Total = ptr(150) },
			has:    "Tổng số thủ tục là 148;"},
		{name: "levels with one below ten", prefix: services,
			change: func(d *digital.Section) {
				d.Agency = ""
				d.Services = &digital.Services{Levels: &digital.Levels{Level3: ptr(3), Level4: ptr(7)}}
			},
			want: "- Số lượng thủ tục hành chính thuộc thẩm quyền giải quyết: Tổng số thủ tục là 10; trong đó mức độ 3 là 03 thủ tục, mức độ 4 là 07 thủ tục."},
		{name: "both schemes: no sentence", prefix: services,
			change: func(d *digital.Section) { d.Services.Online = &digital.Online{Full: ptr(1)} }},
		{name: "declared total only: no sentence", prefix: services,
			change: func(d *digital.Section) { d.Services.Levels = nil }},
		// 80/86 = 93,02…% → 93%.
		{name: "e-mail counts", prefix: "- 93%",
			change: func(d *digital.Section) { d.Email = &digital.Email{Staff: ptr(86), WithEmail: ptr(80)} },
			want:   "- 93% công chức, viên chức (80/86) được cấp thư điện tử để trao đổi công việc chuyên môn."},
		{name: "e-mail counts of all", prefix: "- 100%",
			change: func(d *digital.Section) { d.Email = &digital.Email{Staff: ptr(86), WithEmail: ptr(86)} },
			want:   "- 100% công chức, viên chức (86/86) đều được cấp thư điện tử để trao đổi công việc chuyên môn."},
		{name: "e-mail counts win over all", prefix: "- 93%",
			change: func(d *digital.Section) { d.Email.Staff, d.Email.WithEmail = ptr(86), ptr(80) },
			want:   "- 93% công chức, viên chức (80/86) được cấp thư điện tử để trao đổi công việc chuyên môn."},
		{name: "e-mail share without counts: no sentence", prefix: "- 100%",
			change: func(d *digital.Section) { d.Email.All = false }},
		{name: "e-mail staff only: no sentence", prefix: "- 100%",
			change: func(d *digital.Section) { d.Email = &digital.Email{Staff: ptr(86)} }},
		{name: "phase 2 not done nor uploaded", prefix: project,
			change: func(d *digital.Section) {
				d.Digitisation[0].Phases[1].Done, d.Digitisation[0].Phases[1].Uploaded = false, false
			},
			has: "lịch sử còn lại. Đến nay, đã số hóa xong dữ liệu hộ tịch giai đoạn 1; đã đưa dữ liệu hộ tịch giai đoạn 1 lên cơ sở dữ liệu quốc gia."},
		{name: "done, none uploaded", prefix: project,
			change: func(d *digital.Section) {
				d.Digitisation[0].Phases[0].Uploaded, d.Digitisation[0].Phases[1].Uploaded = false, false
			},
			has: "lịch sử còn lại. Đến nay, đã số hóa xong toàn bộ dữ liệu hộ tịch."},
		{name: "uploaded, not done", prefix: project,
			change: func(d *digital.Section) {
				d.Digitisation[0].Phases[0].Done, d.Digitisation[0].Phases[1].Done = false, false
			},
			has: "lịch sử còn lại. Đến nay, đã đưa tất cả dữ liệu này lên cơ sở dữ liệu quốc gia."},
		{name: "nothing done: no status", prefix: project,
			change: func(d *digital.Section) {
				for i := range d.Digitisation[0].Phases {
					d.Digitisation[0].Phases[i].Done, d.Digitisation[0].Phases[i].Uploaded = false, false
				}
			},
			has: "dữ liệu hộ tịch lịch sử còn lại."},
		{name: "one upload date", prefix: project,
			change: func(d *digital.Section) {
				d.Digitisation[0].Phases[0].UploadedOn = "2023-03-15"
				d.Digitisation[0].Phases[1].UploadedOn = "2023-03-15"
			},
			has: "đã đưa tất cả dữ liệu này lên cơ sở dữ liệu quốc gia (ngày 15/3/2023)."},
		{name: "two upload dates", prefix: project,
			change: func(d *digital.Section) {
				d.Digitisation[0].Phases[0].UploadedOn = "2023-03-15"
				d.Digitisation[0].Phases[1].UploadedOn = "2024-06-20"
			},
			has: "(giai đoạn 1 ngày 15/3/2023, giai đoạn 2 ngày 20/6/2024)."},
		{name: "exact count not scaled", prefix: project,
			change: func(d *digital.Section) {
				d.Digitisation[0].Phases[0].Count, d.Digitisation[0].Phases[0].Qualifier = ptr(2345678), digital.Exact
			},
			has: "Giai đoạn 1, số hóa 2.345.678 dữ liệu hộ tịch (Khai sinh"},
		{name: "count in triệu with two decimals", prefix: project,
			change: func(d *digital.Section) { d.Digitisation[0].Phases[0].Count = ptr(1250000) },
			has:    "số hóa hơn 1,25 triệu dữ liệu hộ tịch"},
		{name: "count below a million", prefix: project,
			change: func(d *digital.Section) {
				d.Digitisation[0].Phases[0].Count, d.Digitisation[0].Phases[0].Qualifier = ptr(500000), digital.About
			},
			has: "số hóa khoảng 500.000 dữ liệu hộ tịch"},
		{name: "count not given", prefix: project,
			change: func(d *digital.Section) {
				d.Digitisation[0].Phases[1].Count, d.Digitisation[0].Phases[1].Qualifier = nil, digital.Exact
			},
			has: "Giai đoạn 2, số hóa dữ liệu hộ tịch lịch sử còn lại."},
		{name: "first year only", prefix: project,
			change: func(d *digital.Section) { d.Digitisation[0].Phases[0].ToYear = 0 },
			has:    "(Khai sinh, khai tử, kết hôn từ năm 2003)."},
		{name: "last year only, no kinds", prefix: project,
			change: func(d *digital.Section) {
				d.Digitisation[0].Phases[0].FromYear, d.Digitisation[0].Phases[0].Kinds = 0, nil
			},
			has: "số hóa hơn 1 triệu dữ liệu hộ tịch (đến năm 2015)."},
		{name: "declared phases do not replace the list", prefix: project,
			change: func(d *digital.Section) { d.Digitisation[0].Declared.Phases = ptr(3) },
			has:    "gồm 2 giai đoạn:"},
		{name: "no intro", prefix: project,
			change: func(d *digital.Section) { d.Digitisation[0].Intro = doc.Narrative{} },
			want:   "- Về số hóa sổ hộ tịch: gồm 2 giai đoạn: Giai đoạn 1, số hóa hơn 1 triệu dữ liệu hộ tịch (Khai sinh, khai tử, kết hôn từ năm 2003-2015). Giai đoạn 2, số hóa trên 2,5 triệu dữ liệu hộ tịch lịch sử còn lại. Đến nay, đã số hóa xong toàn bộ dữ liệu hộ tịch và đã đưa tất cả dữ liệu này lên cơ sở dữ liệu quốc gia."},
		{name: "no title, no intro", prefix: "- Số hóa",
			change: func(d *digital.Section) { d.Digitisation[0].Title, d.Digitisation[0].Intro = "", doc.Narrative{} },
			has:    "- Số hóa dữ liệu hộ tịch gồm 2 giai đoạn: Giai đoạn 1, số hóa hơn 1 triệu"},
		{name: "no plan", prefix: "- Ban hành",
			change: func(d *digital.Section) { d.Plan = "" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := reference(t)
			tt.change(d)
			ls := text(t, d)
			got := lineWith(ls, tt.prefix)
			switch {
			case tt.has != "":
				assert.Contains(t, got, tt.has, "lines:\n%s", strings.Join(ls, "\n"))
			default:
				assert.Equal(t, tt.want, got, "lines:\n%s", strings.Join(ls, "\n"))
			}
		})
	}
}

// "tất cả" (all) is said of a part exactly when the part equals its whole:
// around the reference report's 3.728 outgoing and 10.343 incoming documents.
func TestAllOnlyWhenAll(t *testing.T) {
	for _, n := range []int64{0, 1, 3727, 3728} {
		d := reference(t)
		d.Documents.Outgoing.Signed = ptr(n)
		d.Documents.Outgoing.Issued = nil
		line := lineWith(text(t, d), "+ Số văn bản đi")
		assert.Equal(t, n == 3728, strings.Contains(line, "tất cả"), line)
		assert.Equal(t, n != 3728 && n != 0, strings.Contains(line, "trong đó "+vn.Count(n)+" văn bản"), line)
		assert.Equal(t, n == 0, strings.Contains(line, "chưa có văn bản được ký số"), line)
	}
	for _, n := range []int64{0, 10342, 10343} {
		d := reference(t)
		d.Documents.Incoming.Handled = ptr(n)
		line := lineWith(text(t, d), "+ Số văn bản đến")
		assert.Equal(t, n == 10343, strings.Contains(line, "tất cả"), line)
	}
	for _, n := range []int64{85, 86} {
		d := reference(t)
		d.Email = &digital.Email{Staff: ptr(86), WithEmail: ptr(n)}
		line := lineWith(text(t, d), "- 9")
		if n == 86 {
			line = lineWith(text(t, d), "- 100%")
		}
		assert.Equal(t, n == 86, strings.Contains(line, " đều "), line)
	}
}

// The intro narrative keeps its emphasis and footnotes; its items become "+"
// items under the project.
func TestBlocksIntroMarkup(t *testing.T) {
	d := reference(t)
	d.Digitisation[0].Intro = doc.Narrative{
		Text:  "Thực hiện Đề án *Cơ sở dữ liệu hộ tịch điện tử toàn quốc*[^1], UBND tỉnh giao Sở Tư pháp chủ trì",
		Notes: []string{"Quyết định số 2173/QĐ-BTP ngày 11/10/2016 của Bộ trưởng Bộ Tư pháp"},
		Items: []doc.Narrative{{Text: "Giai đoạn chuẩn bị: rà soát sổ hộ tịch lưu trữ."}},
	}
	blocks, err := d.Blocks(digital.DefaultWording())
	require.NoError(t, err)
	l, err := doc.Lay(document(blocks))
	require.NoError(t, err)
	require.Len(t, l.Notes, 1)
	assert.Equal(t, "Quyết định số 2173/QĐ-BTP ngày 11/10/2016 của Bộ trưởng Bộ Tư pháp", doc.PlainText(l.Notes[0].Spans))
	var item, sub *doc.Para
	for i := range l.Body {
		p := &l.Body[i]
		if strings.HasPrefix(doc.PlainText(p.Spans), "Về số hóa") {
			item = p
		}
		if strings.HasPrefix(doc.PlainText(p.Spans), "Giai đoạn chuẩn bị") {
			sub = p
		}
	}
	require.NotNil(t, item)
	require.NotNil(t, sub)
	assert.Equal(t, "+", sub.Label)
	assert.Equal(t, []doc.Span{
		{Text: "Về số hóa sổ hộ tịch: Thực hiện Đề án "},
		{Text: "Cơ sở dữ liệu hộ tịch điện tử toàn quốc", Italic: true},
		{Note: 1},
		{Text: ", UBND tỉnh giao Sở Tư pháp chủ trì gồm 2 giai đoạn: Giai đoạn 1, số hóa hơn 1 triệu dữ liệu hộ tịch (Khai sinh, khai tử, kết hôn từ năm 2003-2015). Giai đoạn 2, số hóa trên 2,5 triệu dữ liệu hộ tịch lịch sử còn lại. Đến nay, đã số hóa xong toàn bộ dữ liệu hộ tịch và đã đưa tất cả dữ liệu này lên cơ sở dữ liệu quốc gia."},
	}, item.Spans)
}

// Callers replace any sentence; the figures still come from the data.
func TestBlocksCustomWording(t *testing.T) {
	w := digital.DefaultWording()
	w.Title = ""
	w.Format = vn.Format{LeadingZero: false, Places: 2}
	w.Services = "Thủ tục hành chính: {{range $i, $p := .Parts}}{{if $i}}; {{end}}{{$p.Label}} {{$p.Count}} ({{$p.Share}}){{end}}."
	w.Email = "Thư điện tử: {{.Share}}."
	d := reference(t)
	d.Documents.Outgoing.Signed = ptr(7)
	ls := textWith(t, d, w)
	// Without a title the list stands directly under section 6.
	assert.Equal(t, "6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", ls[0])
	assert.True(t, strings.HasPrefix(ls[1], "- Ban hành"), ls[1])
	// 49/148 = 33,108…%, 25/148 = 16,891…%, 74/148 = 50%.
	assert.Equal(t, "- Thủ tục hành chính: mức độ 2 49 (33,11%); mức độ 3 25 (16,89%); mức độ 4 74 (50%).", lineWith(ls, "- Thủ tục"))
	assert.Equal(t, "- Thư điện tử: 100%.", lineWith(ls, "- Thư điện tử"))
	// No leading zero; 7/3.728 = 0,1877…% → 0,19%.
	assert.Equal(t, "+ Số văn bản đi: 3.728 văn bản, trong đó 7 văn bản (0,19%) được ký số; tất cả văn bản đều được xử lý phát hành trên hệ thống văn phòng điện tử.", lineWith(ls, "+ Số văn bản đi"))
}

func TestBlocksErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(w *digital.Wording, d *digital.Section)
		want   string
	}{
		{"template does not parse", func(w *digital.Wording, _ *digital.Section) { w.Outgoing = "{{.Total" }, "wording.Outgoing"},
		{"unknown field", func(w *digital.Wording, _ *digital.Section) { w.Email = "{{.Nope}}" }, "wording.Email"},
		{"title with data", func(w *digital.Wording, _ *digital.Section) { w.Title = "{{.X}}" }, "wording.Title"},
		{"intro left out", func(w *digital.Wording, _ *digital.Section) { w.Project = "{{.Title}}: {{.Phases}}" },
			"wording.Project: prints the intro of digitisation[0] 0 times"},
		{"intro twice", func(w *digital.Wording, _ *digital.Section) { w.Project = "{{.Intro}} {{.Intro}}" },
			"prints the intro of digitisation[0] 2 times"},
		{"bad markup in systems", func(_ *digital.Wording, d *digital.Section) { d.Systems[0].Bullets[0].Text = "a **b" }, "systems[0]"},
		{"bad markup in intro", func(_ *digital.Wording, d *digital.Section) { d.Digitisation[0].Intro.Text = "a [^1]" },
			"digitisation[0].intro.text"},
		{"empty footnote in systems", func(_ *digital.Wording, d *digital.Section) {
			d.Systems[0].Bullets[0].Items = []doc.Narrative{{Text: "x[^1]", Notes: []string{"****"}}}
		}, "systems[0].bullets[0].items[0].notes[0]: byte 0: a footnote needs text"},
		{"bad markup in intro item", func(_ *digital.Wording, d *digital.Section) {
			d.Digitisation[0].Intro.Items = []doc.Narrative{{Text: "*"}}
		}, "digitisation[0].intro.items[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, d := digital.DefaultWording(), reference(t)
			tt.change(&w, d)
			blocks, err := d.Blocks(w)
			require.Error(t, err)
			assert.Nil(t, blocks)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// Every template that does not parse is reported at once, each by its field.
func TestBlocksErrorsAllFields(t *testing.T) {
	w := digital.DefaultWording()
	w.Outgoing, w.Email = "{{.Total", "{{if}}"
	_, err := reference(t).Blocks(w)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "digital: wording.Outgoing: ")
	assert.Contains(t, err.Error(), "digital: wording.Email: ")
}

func TestBlocksNothing(t *testing.T) {
	var nilD *digital.Section
	for name, d := range map[string]*digital.Section{
		"nil":   nilD,
		"zero":  {},
		"empty": {Agency: "Sở Tư pháp", Documents: &digital.Documents{}, Services: &digital.Services{}, Email: &digital.Email{}},
	} {
		blocks, err := d.Blocks(digital.DefaultWording())
		require.NoError(t, err, name)
		assert.Nil(t, blocks, name)
	}
}

// The same data gives the same tree, and Blocks does not change the data.
func TestBlocksDeterministic(t *testing.T) {
	d := reference(t)
	before := reference(t)
	a, err := d.Blocks(digital.DefaultWording())
	require.NoError(t, err)
	b, err := d.Blocks(digital.DefaultWording())
	require.NoError(t, err)
	la, err := doc.Lay(document(a))
	require.NoError(t, err)
	lb, err := doc.Lay(document(b))
	require.NoError(t, err)
	assert.Equal(t, doc.Dump(la), doc.Dump(lb))
	if diff := cmp.Diff(before, d); diff != "" {
		t.Errorf("Blocks changed the data:\n%s", diff)
	}
}
