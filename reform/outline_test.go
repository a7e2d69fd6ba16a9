package reform_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	shared "github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/tthc"
)

// outlineHeadings returns the headings of the laid-out report, each as its
// labels from the mục down ("II. 2. 2.2. đ)") and its text, with "= <text>"
// after a heading whose first paragraph is the fixed outline's empty one.
func outlineHeadings(t *testing.T, r *reform.Report, empty string) []string {
	t.Helper()
	var out, labels []string
	body := lay(t, r).Body
	for i, p := range body {
		if p.Kind != doc.KindHeading {
			continue
		}
		labels = append(labels[:p.Depth-1], p.Label)
		h := strings.Join(labels, " ") + " " + doc.PlainText(p.Spans)
		if i+1 < len(body) && body[i+1].Kind == doc.KindParagraph && doc.PlainText(body[i+1].Spans) == empty {
			h += " = " + empty
		}
		out = append(out, h)
	}
	return out
}

// standardOutline is every heading of the fixed outline of a report with no
// data, in the default titles, each holding "Không phát sinh.".
var standardOutline = []string{
	"I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
	"I. 1. Về Kế hoạch cải cách hành chính = ",
	"I. 2. Về tổ chức chỉ đạo, điều hành cải cách hành chính = ",
	"I. 3. Về kiểm tra cải cách hành chính = ",
	"I. 4. Về công tác tuyên truyền cải cách hành chính = ",
	"II. KẾT QUẢ THỰC HIỆN",
	"II. 1. Cải cách thể chế = ",
	"II. 2. Cải cách thủ tục hành chính",
	"II. 2. 2.1. Thực hiện các thủ tục hành chính trên các lĩnh vực quản lý nhà nước theo quy định của Chính phủ, các bộ, ngành trung ương, UBND tỉnh. = ",
	"II. 2. 2.2. Kiểm soát thủ tục hành chính",
	"II. 2. 2.2. a) Kiểm soát việc ban hành mới các thủ tục hành chính thuộc thẩm quyền của UBND tỉnh, cơ quan, đơn vị = ",
	"II. 2. 2.2. b) Rà soát, đánh giá và thực hiện các quy định về đơn giản hóa thủ tục hành chính = ",
	"II. 2. 2.2. c) Về công khai thủ tục hành chính = ",
	"II. 2. 2.2. d) Thực hiện cơ chế một cửa, cơ chế một cửa liên thông = ",
	"II. 2. 2.2. đ) Kết quả giải quyết TTHC = ",
	"II. 2. 2.2. e) Thực hiện việc xin lỗi người dân, tổ chức khi để xảy ra trễ hẹn trong giải quyết hồ sơ TTHC. = ",
	"II. 2. 2.2. g) Công tác tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết của Sở Tư pháp. = ",
	"II. 3. Cải cách tổ chức bộ máy hành chính nhà nước",
	"II. 3. 3.1. Rà soát về vị trí, chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức, biên chế của các cơ quan, đơn vị = ",
	"II. 4. Cải cách chế độ công vụ",
	"II. 4. 4.1. Thực hiện cơ cấu công chức, viên chức theo vị trí việc làm = ",
	"II. 4. 4.2. Công tác tập huấn bồi dưỡng chuyên môn, nghiệp vụ: = ",
	"II. 4. 4.3. Công tác thi đua, khen thưởng: = ",
	"II. 5. Cải cách tài chính công = ",
	"II. 6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
	"II. 6. 6.1. Ứng dụng CNTT trong hoạt động của cơ quan hành chính nhà nước = ",
	"III. ĐÁNH GIÁ CHUNG",
	"III. 1. Những ưu điểm = ",
	"III. 2. Tồn tại, hạn chế; nguyên nhân = ",
	"IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TỚI = ",
	"V. KIẾN NGHỊ, ĐỀ XUẤT = ",
}

// withEmpty returns the standard outline with its empty items holding text.
func withEmpty(text string) []string {
	out := make([]string, len(standardOutline))
	for i, h := range standardOutline {
		out[i] = h
		if strings.HasSuffix(h, " = ") {
			out[i] = h + text
		}
	}
	return out
}

// TestFixedOutline: a report with nothing in it prints every item of the
// standard outline under the fixed outline, each holding the paragraph the
// report asks for, and checks clean.
func TestFixedOutline(t *testing.T) {
	tests := []struct {
		name    string
		outline *reform.Outline
		want    string
	}{
		{"default paragraph", &reform.Outline{Fixed: true}, reform.DefaultEmpty},
		{"the caller's paragraph", &reform.Outline{Fixed: true, Empty: "Không có nội dung phát sinh trong kỳ."}, "Không có nội dung phát sinh trong kỳ."},
		{"a blank paragraph keeps the default", &reform.Outline{Fixed: true, Empty: " \t"}, reform.DefaultEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := minimal()
			r.Outline = tt.outline
			assert.Empty(t, r.Validate())
			assert.Equal(t, withEmpty(tt.want), outlineHeadings(t, r, tt.want))
		})
	}
}

// TestOutlineOffChangesNothing: without Fixed the document is the one a
// report without Outline gives, whatever the other field says.
func TestOutlineOffChangesNothing(t *testing.T) {
	for _, r := range []*reform.Report{minimal(), reference(t)} {
		want, err := r.Document()
		require.NoError(t, err)
		for _, o := range []*reform.Outline{{}, {Empty: "Không phát sinh."}} {
			r.Outline = o
			got, err := r.Document()
			require.NoError(t, err)
			assert.Empty(t, cmp.Diff(want, got), "%+v", o)
		}
		r.Outline = nil
	}
}

// TestFixedOutlineKeepsData: items with data print as they do without the
// option; the fixed outline only adds the items the report leaves out, so
// the reference report keeps every paragraph and item, in its order.
func TestFixedOutlineKeepsData(t *testing.T) {
	r := reference(t)
	trimmed := lay(t, r)
	r.Outline = &reform.Outline{Fixed: true}
	fixed := lay(t, r)
	var kept []string
	for _, p := range fixed.Body {
		if s := doc.PlainText(p.Spans); p.Kind != doc.KindHeading && s != reform.DefaultEmpty {
			kept = append(kept, s)
		}
	}
	var all []string
	for _, p := range trimmed.Body {
		if p.Kind != doc.KindHeading {
			all = append(all, doc.PlainText(p.Spans))
		}
	}
	assert.Equal(t, all, kept)
}

// TestFixedOutlineOfEachSection: each section's Blocks under section.Fixed
// gives every topic heading, with no blocks for the report to fill; with
// no outline or Trimmed, only what it always gives (personnel's Blocks keeps
// II.3 and II.4 themselves). I.4 has no topic headings.
func TestFixedOutlineOfEachSection(t *testing.T) {
	tests := []struct {
		name           string
		blocks         func(o ...shared.Outline) ([]doc.Block, error)
		fixed, trimmed []string
	}{
		{"tthc", func(o ...shared.Outline) ([]doc.Block, error) {
			return (&tthc.Section{Unit: "Sở Tư pháp"}).Blocks(tthc.DefaultWording(), o...)
		}, []string{"Thực hiện các thủ tục", "Kiểm soát thủ tục hành chính", "Kiểm soát việc ban hành mới", "Rà soát, đánh giá",
			"Về công khai", "Thực hiện cơ chế một cửa", "Kết quả giải quyết TTHC", "Thực hiện việc xin lỗi", "Công tác tiếp nhận"}, nil},
		{"personnel II.3", func(o ...shared.Outline) ([]doc.Block, error) {
			return (&personnel.Section{}).OrganisationBlocks(personnel.DefaultWording(), o...)
		}, []string{"Rà soát về vị trí"}, nil},
		{"personnel II.4", func(o ...shared.Outline) ([]doc.Block, error) {
			return (&personnel.Section{}).CivilServiceBlocks(personnel.DefaultWording(), o...)
		}, []string{"Thực hiện cơ cấu công chức", "Công tác tập huấn", "Công tác thi đua"}, nil},
		{"personnel II.3 and II.4", func(o ...shared.Outline) ([]doc.Block, error) {
			return (&personnel.Section{}).Blocks(personnel.DefaultWording(), o...)
		}, []string{"Cải cách tổ chức bộ máy", "Rà soát về vị trí", "Cải cách chế độ công vụ", "Thực hiện cơ cấu công chức", "Công tác tập huấn", "Công tác thi đua"},
			[]string{"Cải cách tổ chức bộ máy", "Cải cách chế độ công vụ"}},
		{"digital", func(o ...shared.Outline) ([]doc.Block, error) {
			return (&digital.Section{}).Blocks(digital.DefaultWording(), o...)
		}, []string{"Ứng dụng CNTT"}, nil},
		{"dissemination", func(o ...shared.Outline) ([]doc.Block, error) {
			return (&dissemination.Section{Organiser: "Sở Tư pháp"}).Blocks(dissemination.DefaultWording(), o...)
		}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, o := range [][]shared.Outline{nil, {shared.Trimmed}, {shared.Fixed, shared.Trimmed}} {
				bs, err := tt.blocks(o...)
				require.NoError(t, err)
				assert.Equal(t, tt.trimmed, sectionTitles(bs, tt.fixed), "%v", o)
			}
			bs, err := tt.blocks(shared.Fixed)
			require.NoError(t, err)
			assert.Equal(t, tt.fixed, sectionTitles(bs, tt.fixed))
			for _, s := range innermost(bs) {
				assert.Empty(t, s.Blocks, s.Title)
			}
		})
	}
}

// sectionTitles returns the titles of the sections of bs at any depth, each
// cut to the prefix in want that it starts with.
func sectionTitles(bs []doc.Block, want []string) []string {
	var out []string
	for _, b := range bs {
		s, ok := b.(*doc.Section)
		if !ok {
			continue
		}
		title := s.Title
		for _, w := range want {
			if strings.HasPrefix(title, w) {
				title = w
			}
		}
		out = append(out, title)
		out = append(out, sectionTitles(s.Blocks, want)...)
	}
	return out
}

// innermost returns the sections of bs, at any depth, that hold no
// section: the topics themselves.
func innermost(bs []doc.Block) []*doc.Section {
	var out []*doc.Section
	for _, b := range bs {
		if s, ok := b.(*doc.Section); ok {
			inner := innermost(s.Blocks)
			if len(inner) == 0 {
				out = append(out, s)
			}
			out = append(out, inner...)
		}
	}
	return out
}

// emptyHeading is a department's section whose content is the blocks it
// holds, shared between calls.
type emptyHeading struct {
	key    string
	blocks []doc.Block
}

func (e emptyHeading) Key() string                  { return e.key }
func (e emptyHeading) Title() string                { return "Công tác dân tộc, tôn giáo" }
func (e emptyHeading) Blocks() ([]doc.Block, error) { return e.blocks, nil }
func (e emptyHeading) Validate() finding.List       { return nil }

// TestFixedOutlineFillsCopies: the fixed outline fills a department's
// section with nothing in it, and an empty heading of its own, without
// changing the blocks the section returned.
func TestFixedOutlineFillsCopies(t *testing.T) {
	own := &doc.Section{Title: "Công tác tôn giáo"}
	r := minimal()
	r.Outline = &reform.Outline{Fixed: true}
	require.NoError(t, r.Insert("II.6", emptyHeading{key: "ethnic"}))
	require.NoError(t, r.Insert("V", emptyHeading{key: "religion", blocks: []doc.Block{own}}))
	got := outlineHeadings(t, r, reform.DefaultEmpty)
	assert.Contains(t, got, "II. 7. Công tác dân tộc, tôn giáo = Không phát sinh.")
	assert.Contains(t, got, "VI. CÔNG TÁC DÂN TỘC, TÔN GIÁO")
	assert.Contains(t, got, "VI. 1. Công tác tôn giáo = Không phát sinh.")
	assert.Empty(t, own.Blocks, "the section's own blocks are not changed")
}

// TestOutlineJSON: the option reads strictly and writes back.
func TestOutlineJSON(t *testing.T) {
	tests := []struct {
		name, json string
		want       *reform.Outline
		problem    string
	}{
		{"fixed", `{"fixed": true}`, &reform.Outline{Fixed: true}, ""},
		{"fixed with a paragraph", `{"fixed": true, "empty": "Không phát sinh."}`, &reform.Outline{Fixed: true, Empty: "Không phát sinh."}, ""},
		{"an unknown field", `{"fixed": true, "blank": "-"}`, nil, "decode.unknown_field outline.blank"},
		{"a string for a flag", `{"fixed": "true"}`, nil, "decode.type outline.fixed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := minimal().Encode()
			require.NoError(t, err)
			data = []byte(strings.Replace(string(data), "{", `{"outline": `+tt.json+",", 1))
			r, err := reform.Decode(data)
			if tt.problem != "" {
				var de *reform.DecodeError
				require.True(t, errors.As(err, &de), "%v", err)
				assert.Equal(t, tt.problem, de.Problems[0].Code+" "+de.Problems[0].Path)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, r.Outline)
			again, err := r.Encode()
			require.NoError(t, err)
			back, err := reform.Decode(again)
			require.NoError(t, err)
			assert.Equal(t, tt.want, back.Outline)
		})
	}
}

// A unit that reports into a roll-up asks for the fixed outline: every item
// is printed in its place, and one with nothing to report says so.
func ExampleOutline() {
	r := small() // a plan, and nothing else
	r.Outline = &reform.Outline{Fixed: true}
	l, err := func() (*doc.Layout, error) {
		d, err := r.Document()
		if err != nil {
			return nil, err
		}
		return doc.Lay(d)
	}()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range l.Body[1:7] {
		if p.Kind == doc.KindHeading {
			fmt.Println(p.Label, doc.PlainText(p.Spans))
		} else {
			fmt.Println("→", doc.PlainText(p.Spans))
		}
	}
	// Output:
	// I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH
	// 1. Về Kế hoạch cải cách hành chính
	// → Tính đến thời điểm hiện tại, Sở Tư pháp đã hoàn thành 33/33 nhiệm vụ theo Kế hoạch cải cách hành chính đề ra từ đầu năm, đạt tỷ lệ 100%.
	// 2. Về tổ chức chỉ đạo, điều hành cải cách hành chính
	// → Không phát sinh.
	// 3. Về kiểm tra cải cách hành chính
}
