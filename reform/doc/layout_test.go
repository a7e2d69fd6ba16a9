package doc_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/vn"
)

func minimal(body ...doc.Block) *doc.Document {
	return &doc.Document{
		Header: doc.Header{
			IssuingAgency: "Sở Tư pháp", IssuerName: "Sở Tư pháp", Number: "380/BC-STP", Place: "An Giang",
			Date: vn.Date(2024, time.November, 19), KindName: "Báo cáo", Subject: "Công tác cải cách hành chính",
		},
		Body:    body,
		Closing: doc.Closing{Recipients: []string{"Sở Nội vụ"}, Archive: "VT, CCHC", Signer: doc.Signer{Title: "Giám đốc", Name: "Trịnh Tuấn Ngọc"}},
	}
}

func lay(t *testing.T, d *doc.Document) *doc.Layout {
	t.Helper()
	l, err := doc.Lay(d)
	require.NoError(t, err)
	return l
}

func labels(ps []doc.Para) []string {
	var out []string
	for _, p := range ps {
		if p.Label != "" {
			out = append(out, p.Label)
		}
	}
	return out
}

func TestLabelsFollowStructure(t *testing.T) {
	sec := func(title string, bs ...doc.Block) *doc.Section { return &doc.Section{Title: title, Blocks: bs} }
	items := func(m doc.Marker, n int) *doc.List {
		l := &doc.List{Marker: m}
		for range n {
			l.Items = append(l.Items, doc.Item{Runs: doc.Text("x")})
		}
		return l
	}
	tests := []struct {
		name string
		body []doc.Block
		want []string
	}{
		{"roman then arabic", []doc.Block{sec("a", sec("b"), sec("c")), sec("d", sec("e"))}, []string{"I.", "1.", "2.", "II.", "1."}},
		{"dotted under arabic", []doc.Block{sec("a", sec("b", sec("c"), sec("d")), sec("e", sec("f")))}, []string{"I.", "1.", "1.1.", "1.2.", "2.", "2.1."}},
		{"letters at depth 4", []doc.Block{sec("a", sec("b", sec("c", sec("d"), sec("e"))))}, []string{"I.", "1.", "1.1.", "a)", "b)"}},
		{"letter list skips f j w z", []doc.Block{items(doc.Letters, 8)}, []string{"a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)"}},
		{"dash and plus", []doc.Block{&doc.List{Items: []doc.Item{{Runs: doc.Text("x"), Blocks: []doc.Block{items(doc.Plus, 2)}}}}}, []string{"-", "+", "+"}},
		{"numbered list", []doc.Block{items(doc.Numbers, 3)}, []string{"1)", "2)", "3)"}},
		{"paragraphs do not count", []doc.Block{sec("a", doc.P(doc.Plain("p")), sec("b"), doc.P(doc.Plain("q")), sec("c"))}, []string{"I.", "1.", "2."}},
		{"fourteen mục", func() []doc.Block {
			var bs []doc.Block
			for range 14 {
				bs = append(bs, sec("x"))
			}
			return bs
		}(), []string{"I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII.", "IX.", "X.", "XI.", "XII.", "XIII.", "XIV."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := lay(t, minimal(tt.body...))
			assert.Equal(t, tt.want, labels(l.Body))
		})
	}
}

func TestHeadingEmphasisAndCaps(t *testing.T) {
	l := lay(t, minimal(&doc.Section{Title: "Công tác chỉ đạo", Blocks: []doc.Block{
		&doc.Section{Title: "Về kế hoạch", Blocks: []doc.Block{&doc.Section{Title: "Rà soát", Blocks: []doc.Block{&doc.Section{Title: "Kiểm soát"}}}}},
	}}))
	got := make([][4]any, 0, 4)
	for _, p := range l.Body[:4] {
		got = append(got, [4]any{doc.PlainText(p.Spans), p.Bold, p.Italic, p.Caps})
	}
	assert.Equal(t, [][4]any{
		{"CÔNG TÁC CHỈ ĐẠO", true, false, true},
		{"Về kế hoạch", true, false, false},
		{"Rà soát", true, true, false},
		{"Kiểm soát", false, true, false},
	}, got)
}

func TestFootnotesNumberedInReadingOrder(t *testing.T) {
	d := minimal(
		doc.P(doc.Plain("một"), doc.NoteText("A"), doc.Plain(" hai"), doc.NoteText("B")),
		&doc.List{Items: []doc.Item{{Runs: []doc.Run{doc.Plain("ba"), doc.NoteText("C")}}}},
		&doc.Table{Columns: []doc.Column{{Title: "x"}}, Rows: [][]doc.Cell{{{Runs: []doc.Run{doc.NoteText("D")}}}}},
	)
	d.Appendices = []doc.Appendix{{Title: "Phụ lục số liệu", Body: []doc.Block{doc.P(doc.Plain("e"), doc.NoteText("E"))}}}
	l := lay(t, d)
	var texts []string
	for i, n := range l.Notes {
		assert.Equal(t, i+1, n.Number)
		texts = append(texts, doc.PlainText(n.Spans))
	}
	assert.Equal(t, []string{"A", "B", "C", "D", "E"}, texts)
	assert.Equal(t, "một[1] hai[2]", doc.PlainText(l.Body[0].Spans))
}

func TestEndMark(t *testing.T) {
	tests := []struct {
		name string
		last doc.Block
		want string
	}{
		{"appended", doc.P(doc.Plain("để tổng hợp")), "để tổng hợp./."},
		{"typed full stop dropped", doc.P(doc.Plain("để tổng hợp.")), "để tổng hợp./."},
		{"after a footnote", doc.P(doc.Plain("x"), doc.NoteText("n")), "x[1]./."},
		{"on a list item", &doc.List{Items: []doc.Item{{Runs: doc.Text("mục cuối.")}}}, "mục cuối./."},
		{"own paragraph after a heading", &doc.Section{Title: "Kiến nghị"}, "./."},
		{"full stop before a footnote", doc.P(doc.Plain("tổng hợp."), doc.NoteText("n")), "tổng hợp[1]./."},
		{"ellipsis kept", doc.P(doc.Plain("và các văn bản khác...")), "và các văn bản khác.../."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := lay(t, minimal(tt.last))
			assert.Equal(t, tt.want, doc.PlainText(l.Body[len(l.Body)-1].Spans))
		})
	}
	st := doc.DefaultStyle()
	st.EndMark = ""
	d := minimal(doc.P(doc.Plain("x.")))
	d.Style = &st
	assert.Equal(t, "x.", doc.PlainText(lay(t, d).Body[0].Spans))
}

func TestHeaderAndClosingLines(t *testing.T) {
	d := minimal()
	d.Header.ParentAgency = "Ủy ban nhân dân tỉnh An Giang"
	d.Header.To = []string{"Sở Nội vụ"}
	d.Header.Urgency = "khẩn"
	d.Header.Draft = true
	d.Closing.Signer.Authority = []string{"KT. Giám đốc"}
	d.Closing.Signer.Title = "Phó Giám đốc"
	d.Closing.Recipients = []string{"Sở Nội vụ;", "Văn phòng UBND tỉnh", " "}
	l := lay(t, d)
	assert.Equal(t, doc.HeaderLayout{
		ParentAgency: "ỦY BAN NHÂN DÂN TỈNH AN GIANG", IssuingAgency: "SỞ TƯ PHÁP", Number: "Số: 380/BC-STP",
		Marks: []string{"KHẨN"}, NationalTitle: doc.NationalTitle, Motto: doc.Motto,
		PlaceDate: "An Giang, ngày 19 tháng 11 năm 2024", Draft: "DỰ THẢO", KindName: "BÁO CÁO",
		Subject: "Công tác cải cách hành chính", To: []string{"Kính gửi: Sở Nội vụ."},
	}, l.Header)
	assert.Equal(t, doc.ClosingLayout{
		Label:      "Nơi nhận:",
		Recipients: []string{"- Sở Nội vụ;", "- Văn phòng UBND tỉnh;", "- Lưu: VT, CCHC."},
		Authority:  []string{"KT. GIÁM ĐỐC"}, Title: "PHÓ GIÁM ĐỐC", Name: "Trịnh Tuấn Ngọc",
	}, l.Closing)

	d.Header.To = []string{"Sở Nội vụ", "Văn phòng UBND tỉnh;"}
	d.Closing.Archive = ""
	l = lay(t, d)
	assert.Equal(t, []string{"Kính gửi:", "- Sở Nội vụ;", "- Văn phòng UBND tỉnh."}, l.Header.To)
	assert.Equal(t, "- Lưu: VT.", l.Closing.Recipients[len(l.Closing.Recipients)-1])
}

// The header and the appendix reference write dates with the leading-zero
// rule of Nghị định 30/2020: days below 10 and the months 1 and 2 padded.
func TestDatesFollowTheLeadingZeroRule(t *testing.T) {
	tests := []struct {
		day            time.Time
		header, citing string
	}{
		{vn.Date(2024, time.January, 5), "An Giang, ngày 05 tháng 01 năm 2024", "05/01/2024"},
		{vn.Date(2024, time.February, 29), "An Giang, ngày 29 tháng 02 năm 2024", "29/02/2024"},
		{vn.Date(2024, time.March, 9), "An Giang, ngày 09 tháng 3 năm 2024", "09/3/2024"},
		{vn.Date(2024, time.November, 19), "An Giang, ngày 19 tháng 11 năm 2024", "19/11/2024"},
	}
	for _, tt := range tests {
		d := minimal()
		d.Header.Date = tt.day
		d.Appendices = []doc.Appendix{{Title: "x"}}
		l := lay(t, d)
		assert.Equal(t, tt.header, l.Header.PlaceDate)
		assert.Equal(t, "(Kèm theo Báo cáo số 380/BC-STP ngày "+tt.citing+" của Sở Tư pháp)", l.Appendices[0].Reference)
	}
}

func TestAppendixLabels(t *testing.T) {
	d := minimal()
	d.Appendices = []doc.Appendix{{Title: "Số liệu"}}
	assert.Equal(t, "Phụ lục", lay(t, d).Appendices[0].Label)
	d.Appendices = append(d.Appendices, doc.Appendix{Title: "Biểu mẫu"})
	l := lay(t, d)
	assert.Equal(t, []string{"Phụ lục I", "Phụ lục II"}, []string{l.Appendices[0].Label, l.Appendices[1].Label})
	assert.Equal(t, "BIỂU MẪU", l.Appendices[1].Title)
}

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hoa\u0300", "Hoà"},               // NFD → NFC
		{"a\x00b\x1fc", "a\uFFFDb\uFFFDc"}, // controls replaced
		{"a\tb", "a b"},                    // tab → space
		{"a\r\nb\rc", "a\nb\nc"},           // line ends
		{"x\xffy", "x\uFFFDy"},             // invalid UTF-8
		{"\uFFFE\uFFFF", "\uFFFD\uFFFD"},   // noncharacters
		{"\u0085next", "\uFFFDnext"},       // C1 control
		{"Cộng hòa", "Cộng hòa"},           // already clean
		{"<script>&", "<script>&"},         // escaping is the renderers' job
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, doc.Clean(tt.in), "%q", tt.in)
	}
}

func TestLayReportsEveryProblem(t *testing.T) {
	deep := &doc.Section{Title: "1", Blocks: []doc.Block{&doc.Section{Title: "2", Blocks: []doc.Block{
		&doc.Section{Title: "3", Blocks: []doc.Block{&doc.Section{Title: "4", Blocks: []doc.Block{&doc.Section{Title: "5"}}}}}}}}}
	var many doc.List
	many.Marker = doc.Letters
	for range 24 {
		many.Items = append(many.Items, doc.Item{Runs: doc.Text("x")})
	}
	d := &doc.Document{Body: []doc.Block{
		deep,
		&doc.Section{Title: " "},
		doc.P(doc.Note(doc.Plain("a"), doc.NoteText("nested"))),
		doc.P(doc.Note()),
		&many,
		&doc.Table{Columns: []doc.Column{{Title: "a"}}, Rows: [][]doc.Cell{{{Span: 2}}}},
		&doc.Table{},
		&doc.List{Items: []doc.Item{{Blocks: []doc.Block{&doc.Section{Title: "x"}}}}},
		nil,
		(*doc.Paragraph)(nil),
	}}
	d.Appendices = []doc.Appendix{{}}
	_, err := doc.Lay(d)
	require.Error(t, err)
	var de *doc.Error
	require.ErrorAs(t, err, &de)
	want := []string{
		"header.date: a date is required",
		"header.place: a place name (địa danh) is required",
		"header.issuing_agency: the issuing agency is required",
		"header.kind_name: the kind name (e.g. BÁO CÁO) is required",
		"body[0].blocks[0].blocks[0].blocks[0].blocks[0]: a section at depth 5 is deeper than the 4 heading levels of the style",
		"body[1].title: a section needs a title",
		"body[2].runs[0].note.runs[1].note: a footnote cannot hold another footnote",
		"body[3].runs[0].note: a footnote needs text",
		"body[4].items[23]: item 24: only 23 điểm letters exist (a … y)",
		"body[5].rows[0]: the row covers 2 columns but the table has 1",
		"body[6].columns: a table needs at least one column",
		"body[7].items[0].blocks[0]: a section cannot stand inside a list item",
		"body[8]: nil block",
		"body[9]: nil paragraph",
		"closing.signer.title: the signer's title is required",
		"closing.signer.name: the signer's name is required",
		"appendices[0].title: an appendix needs a title",
	}
	if d := cmp.Diff(want, de.Problems); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}
	_, err = doc.Lay(nil)
	assert.Error(t, err)
}

func TestStyleValidate(t *testing.T) {
	require.NoError(t, doc.DefaultStyle().Validate())
	tests := []struct {
		name   string
		change func(*doc.Style)
		want   string
	}{
		{"left margin too small", func(s *doc.Style) { s.Margins.Left = doc.MM(250) }, "style.margins.left: 25.0 mm is outside 30–35 mm"},
		{"body too large", func(s *doc.Style) { s.Sizes.Body = 16 }, "style.sizes.body: 16 pt is outside 13–14 pt"},
		{"mixed size set", func(s *doc.Style) { s.Sizes.NationalTitle = 12 }, "style.sizes: national title, motto and place-date must be 12/13/13 or 13/14/14, not 12/14/14"},
		{"spacing", func(s *doc.Style) { s.SpaceBefore = 3 }, "style.space_before: 3 pt is below the 6 pt minimum"},
		{"line spacing", func(s *doc.Style) { s.LineSpacing = 200 }, "style.line_spacing: 200% is outside 100–150%"},
		{"indent", func(s *doc.Style) { s.FirstLineIndent = 100 }, "style.first_line_indent: 100 twips is neither 1 cm (567) nor 1,27 cm (720)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := doc.DefaultStyle()
			tt.change(&s)
			err := s.Validate()
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	small := doc.DefaultStyle()
	small.Sizes.NationalTitle, small.Sizes.Motto, small.Sizes.PlaceDate = 12, 13, 13
	assert.NoError(t, small.Validate(), "the 12/13/13 set is allowed")
}

func TestMM(t *testing.T) {
	assert.Equal(t, doc.Twips(567), doc.MM(100))
	assert.Equal(t, doc.Twips(3827), doc.MM(675))
	assert.Equal(t, doc.Twips(5669), doc.MM(1000))
	assert.Equal(t, doc.Twips(-567), doc.MM(-100))
	assert.InDelta(t, 25.0, doc.Twips(1417).Millimetres(), 0.01)
	assert.Equal(t, doc.MM(1550), doc.DefaultStyle().TextWidth(), "155 mm of text between the margins")
}

func TestCellAlignmentFollowsTheColumnAfterASpan(t *testing.T) {
	l := lay(t, minimal(&doc.Table{
		Columns: []doc.Column{{Title: "STT", Align: doc.AlignCenter}, {Title: "Chỉ tiêu"}, {Title: "Số", Align: doc.AlignRight}},
		Rows: [][]doc.Cell{
			{{Runs: doc.Text("1")}, {Runs: doc.Text("a")}, {Runs: doc.Text("3")}},
			{{Runs: doc.Text("Tổng"), Span: 2}, {Runs: doc.Text("15.613")}},
		},
	}))
	rows := l.Body[0].Table.Rows
	assert.Equal(t, []doc.Align{doc.AlignCenter, doc.AlignLeft, doc.AlignRight}, []doc.Align{rows[0][0].Align, rows[0][1].Align, rows[0][2].Align})
	assert.Equal(t, doc.AlignRight, rows[1][1].Align, "the cell after a two-column span is in the third column")
}

func TestWalk(t *testing.T) {
	body := []doc.Block{
		&doc.Section{Title: "a", Blocks: []doc.Block{doc.P(doc.Plain("p")), &doc.List{Items: []doc.Item{{Blocks: []doc.Block{doc.P(doc.Plain("q"))}}}}}},
		&doc.Section{Title: "b"},
	}
	var paths []string
	doc.Walk(body, "body", func(p string, b doc.Block) bool {
		paths = append(paths, p)
		return true
	})
	assert.Equal(t, []string{"body[0]", "body[0].blocks[0]", "body[0].blocks[1]", "body[0].blocks[1].items[0].blocks[0]", "body[1]"}, paths)
	paths = nil
	doc.Walk(body, "body", func(p string, b doc.Block) bool {
		paths = append(paths, p)
		return false
	})
	assert.Equal(t, []string{"body[0]", "body[1]"}, paths)
}

func TestDumpGolden(t *testing.T) {
	d := minimal(
		doc.P(doc.Plain("Mở đầu "), doc.Bold("đậm"), doc.Plain(" "), doc.Italic("nghiêng"), doc.NoteText("Chú thích")),
		&doc.Section{Title: "Công tác chỉ đạo", Blocks: []doc.Block{
			&doc.Section{Title: "Kế hoạch", Blocks: []doc.Block{
				&doc.List{Items: []doc.Item{{Runs: doc.Text("ý một"), Blocks: []doc.Block{&doc.List{Marker: doc.Plus, Items: []doc.Item{{Runs: doc.Text("ý con")}}}}}}},
				&doc.Table{Columns: []doc.Column{{Title: "STT"}, {Title: "Chỉ tiêu", Width: 3}}, Rows: [][]doc.Cell{{{Runs: doc.Text("1")}, {Runs: doc.Text("Hồ sơ")}}, {{Runs: doc.Text("Tổng"), Span: 2}}}},
			}},
		}},
		&doc.Paragraph{Runs: doc.Text("Kết luận"), Align: doc.AlignCenter, NoIndent: true},
	)
	d.Appendices = []doc.Appendix{{Title: "Số liệu", Body: []doc.Block{doc.P(doc.Plain("Bảng"))}}}
	got := doc.Dump(lay(t, d))
	want := testutil.Golden(t, filepath.Join("testdata", "dump.golden"), []byte(got))
	if d := cmp.Diff(string(want), got); d != "" {
		t.Errorf("dump differs (-want +got):\n%s", d)
	}
	assert.True(t, strings.HasSuffix(got, "\n"))
}
