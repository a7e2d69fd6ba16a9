package tthc

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestZeroFigures: a zero or a missing part reads as a clerk writes it — "không
// có hồ sơ quá hạn", a clause left out — never "0 hồ sơ quá hạn" or "đã gửi 0
// văn bản xin lỗi"; and the apology sentence does not repeat the late
// dossiers the dossier paragraph has just stated.
func TestZeroFigures(t *testing.T) {
	commune := func(c Counts) Section {
		return Section{Unit: "Ủy ban nhân dân xã Bình Hòa", Dossiers: &Dossiers{Counts: c}}
	}
	tests := []struct {
		name string
		s    Section
		want []string
	}{
		{"nothing late, nothing carried over, an early split of zero", commune(Counts{Online: 30, InPerson: 70, Early: i64(0), OnTime: 92, Pending: 8}), []string{
			"Kết quả giải quyết TTHC: Ủy ban nhân dân xã Bình Hòa tiếp nhận 100 hồ sơ; trong đó hồ sơ trực tuyến là 30, trực tiếp 70. " +
				"Số lượng hồ sơ đã giải quyết là 92 (trong đó 92 hồ sơ đúng hạn, không có hồ sơ quá hạn); " +
				"số lượng hồ sơ đang giải quyết là 08 hồ sơ."}},
		{"nothing pending, no online dossier", commune(Counts{InPerson: 40, CarriedOver: 2, Early: i64(12), OnTime: 28, Late: 2}), []string{
			"Kết quả giải quyết TTHC: Ủy ban nhân dân xã Bình Hòa tiếp nhận 42 hồ sơ; trong đó hồ sơ trực tiếp là 40, không có hồ sơ " +
				"trực tuyến, hồ sơ kỳ trước chuyển sang là 02. Số lượng hồ sơ đã giải quyết là 42 (trong đó 12 hồ sơ trước hạn, " +
				"28 hồ sơ đúng hạn, 02 hồ sơ quá hạn); không còn hồ sơ đang giải quyết."}},
		{"pending all in time", commune(Counts{Online: 5, InPerson: 5, OnTime: 6, Pending: 4, PendingOverdue: i64(0), Other: i64(0)}), []string{
			"Kết quả giải quyết TTHC: Ủy ban nhân dân xã Bình Hòa tiếp nhận 10 hồ sơ; trong đó hồ sơ trực tuyến là 05, trực tiếp 05. " +
				"Số lượng hồ sơ đã giải quyết là 06 (trong đó 06 hồ sơ đúng hạn, không có hồ sơ quá hạn); " +
				"số lượng hồ sơ đang giải quyết là 04 hồ sơ (đều trong hạn)."}},
		{"pending all overdue", commune(Counts{Online: 5, InPerson: 5, OnTime: 6, Pending: 4, PendingInTime: i64(0)}), []string{
			"Kết quả giải quyết TTHC: Ủy ban nhân dân xã Bình Hòa tiếp nhận 10 hồ sơ; trong đó hồ sơ trực tuyến là 05, trực tiếp 05. " +
				"Số lượng hồ sơ đã giải quyết là 06 (trong đó 06 hồ sơ đúng hạn, không có hồ sơ quá hạn); " +
				"số lượng hồ sơ đang giải quyết là 04 hồ sơ (đều đã quá hạn)."}},
		{"nothing resolved yet", commune(Counts{Online: 3, InPerson: 1, Pending: 4}), []string{
			"Kết quả giải quyết TTHC: Ủy ban nhân dân xã Bình Hòa tiếp nhận 04 hồ sơ; trong đó hồ sơ trực tuyến là 03, trực tiếp 01. " +
				"Chưa có hồ sơ được giải quyết; số lượng hồ sơ đang giải quyết là 04 hồ sơ."}},
		{"no dossier at all", commune(Counts{}), []string{
			"Kết quả giải quyết TTHC: Ủy ban nhân dân xã Bình Hòa không tiếp nhận hồ sơ TTHC nào trong kỳ."}},
		{"no late dossier, no letter", Section{Unit: "Ủy ban nhân dân xã Bình Hòa", Dossiers: &Dossiers{
			Counts: Counts{Online: 5, InPerson: 5, OnTime: 10}, ApologyLetters: i64(0)}}, []string{
			"Trong kỳ, Ủy ban nhân dân xã Bình Hòa không có hồ sơ giải quyết quá hạn phải xin lỗi người dân, tổ chức."}},
		{"late dossiers, no letter", Section{Unit: "Ủy ban nhân dân xã Bình Hòa", Dossiers: &Dossiers{
			Counts: Counts{Online: 5, InPerson: 5, OnTime: 7, Late: 3}, ApologyLetters: i64(0)}}, []string{
			"Trong kỳ, Ủy ban nhân dân xã Bình Hòa chưa gửi văn bản xin lỗi người dân, tổ chức đối với hồ sơ giải quyết quá hạn."}},
		{"letters: the late dossiers are not repeated", Section{Unit: "Ủy ban nhân dân xã Bình Hòa", Dossiers: &Dossiers{
			Counts: Counts{Online: 5, InPerson: 5, OnTime: 7, Late: 3}, ApologyLetters: i64(3)}}, []string{
			"Trong kỳ, Ủy ban nhân dân xã Bình Hòa đã gửi 03 văn bản xin lỗi người dân, tổ chức đối với hồ sơ giải quyết quá hạn."}},
		{"rows by field", Section{Unit: "Ủy ban nhân dân xã Bình Hòa", Dossiers: &Dossiers{
			Counts: Counts{Online: 10, InPerson: 10, OnTime: 18, Late: 1, Pending: 1},
			Fields: []FieldCounts{
				{Field: "Hộ tịch", Counts: Counts{Online: 10, InPerson: 5, Early: i64(0), OnTime: 15}},
				{Field: "Chứng thực", Counts: Counts{InPerson: 5, OnTime: 3, Late: 1, Pending: 1}},
				{Field: "Đất đai", Counts: Counts{}},
			}}}, []string{
			"- Lĩnh vực Hộ tịch: tiếp nhận 15 hồ sơ, đã giải quyết 15 hồ sơ (15 đúng hạn), không còn hồ sơ đang giải quyết.",
			"- Lĩnh vực Chứng thực: tiếp nhận 05 hồ sơ, đã giải quyết 04 hồ sơ (03 đúng hạn, 01 quá hạn), đang giải quyết 01 hồ sơ.",
			"- Lĩnh vực Đất đai: không phát sinh hồ sơ."}},
		{"nothing announced, no internal process", Section{Unit: "Ủy ban nhân dân xã Bình Hòa", Catalogue: &Catalogue{
			Announced: &Announced{}, InternalProcesses: i64(0)}}, []string{
			"Trong kỳ, không có thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân xã Bình Hòa được công bố.",
			"Trong kỳ, không có quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân " +
				"xã Bình Hòa được phê duyệt."}},
		{"announced: the parts of zero are left out", Section{Unit: "Sở Tư pháp", Catalogue: &Catalogue{
			Announced: &Announced{Abolished: 4}}}, []string{
			"Trong kỳ, đã công bố 04 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp, trong đó bãi bỏ 04 thủ tục."}},
		{"catalogue: a level of zero is left out", Section{Unit: "Sở Tư pháp", Catalogue: &Catalogue{
			Levels: &Levels{Level2: i64(49), Level3: i64(0), Level4: i64(74)}}}, []string{
			"Số lượng thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp: Tổng số thủ tục là 123; trong đó " +
				"mức độ 2 là 49 thủ tục, mức độ 4 là 74 thủ tục."}},
		{"catalogue: no toàn trình", Section{Unit: "Ủy ban nhân dân xã Bình Hòa", Catalogue: &Catalogue{
			Online: &OnlineServices{Partial: 60, InformationOnly: 40}}}, []string{
			"Số lượng thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân xã Bình Hòa: Tổng số thủ tục là 100; " +
				"trong đó không có thủ tục cung cấp dịch vụ công trực tuyến toàn trình, một phần là 60 thủ tục (60%), " +
				"chỉ cung cấp thông tin là 40 thủ tục (40%)."}},
		{"feedback: none answered yet", Section{Unit: "Sở Tư pháp", Feedback: &Feedback{Received: 2, Answered: i64(0)}}, []string{
			"Sở Tư pháp nhận được 02 phản ánh, kiến nghị của người dân, tổ chức liên quan đến TTHC; các phản ánh, kiến nghị đang được xử lý."}},
		{"feedback: none answered on time", Section{Unit: "Sở Tư pháp", Feedback: &Feedback{Received: 2, Answered: i64(1), AnsweredOnTime: i64(0)}}, []string{
			"Sở Tư pháp nhận được 02 phản ánh, kiến nghị của người dân, tổ chức liên quan đến TTHC; đã trả lời 01 phản ánh, " +
				"kiến nghị (không có phản ánh, kiến nghị được trả lời đúng hạn), đang xử lý 01."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, err := tt.s.Blocks(DefaultWording())
			require.NoError(t, err)
			got, _ := sectionLines(t, blocks)
			for _, want := range tt.want {
				assert.Contains(t, got, want)
			}
		})
	}
}

// zeroCount matches a zero count written before its noun, as no generated
// sentence may write it: "0 hồ sơ", "0 văn bản", "(0 đúng hạn)".
var zeroCount = regexp.MustCompile(`(^|[^0-9.,/])0 (hồ sơ|thủ tục|văn bản|phản ánh|quy trình|trước hạn|đúng hạn|quá hạn)`)

// TestNoZeroCountInSentences builds sections from a seed whose counts are
// often zero and checks that no sentence writes a zero count before its
// noun.
func TestNoZeroCountInSentences(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 0))
	n := func() int64 {
		if rng.IntN(2) == 0 {
			return 0
		}
		return rng.Int64N(20)
	}
	opt := func() *int64 {
		if rng.IntN(3) == 0 {
			return nil
		}
		v := n()
		return &v
	}
	// pick returns a count up to max, zero half the time.
	pick := func(max int64) int64 {
		if max == 0 || rng.IntN(2) == 0 {
			return 0
		}
		return rng.Int64N(max + 1)
	}
	for i := range 500 {
		// Balanced figures: what is received is resolved, pending or other.
		c := Counts{Online: n(), InPerson: n(), CarriedOver: n()}
		left := c.Online + c.InPerson + c.CarriedOver
		take := func() int64 { v := pick(left); left -= v; return v }
		c.Late, c.OnTime = take(), take()
		if rng.IntN(2) == 0 {
			c.Early = i64(take())
		}
		if rng.IntN(3) == 0 {
			c.Other = i64(take())
		}
		c.Pending = left
		if rng.IntN(2) == 0 {
			c.PendingOverdue = i64(pick(c.Pending))
		}
		s := Section{Unit: "Ủy ban nhân dân xã Bình Hòa",
			Catalogue: &Catalogue{Online: &OnlineServices{Full: n(), Partial: n(), InformationOnly: n() + 1},
				Announced: &Announced{New: n(), Amended: n(), Abolished: n()}, InternalProcesses: opt()},
			Dossiers: &Dossiers{Counts: c, ApologyLetters: opt(), Fields: []FieldCounts{{Field: "Hộ tịch", Counts: c}}},
			Feedback: &Feedback{Received: n(), Answered: opt(), AnsweredOnTime: opt()}}
		blocks, err := s.Blocks(DefaultWording())
		require.NoError(t, err)
		got, _ := sectionLines(t, blocks)
		for _, line := range got {
			assert.False(t, zeroCount.MatchString(line), "case %d: %s", i, line)
		}
	}
}

// TestFeedbackStartsWithACapital: the feedback sentence starts with the
// unit's name, so a roll-up named in lower case ("các Sở, ban, ngành")
// still starts the sentence with a capital.
func TestFeedbackStartsWithACapital(t *testing.T) {
	s := Section{Unit: "các Sở, ban, ngành", Feedback: &Feedback{Received: 3}}
	got, err := s.FeedbackSentence(DefaultWording())
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(got, "Các Sở, ban, ngành nhận được 03 phản ánh"), got)
}
