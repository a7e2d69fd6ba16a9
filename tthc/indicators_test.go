package tthc

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// completeUnit has every figure 2.1, 3.3 and 5.2 need: received 600 online +
// 300 in person + 100 carried over = 1.000 = 910 resolved + 90 pending.
func completeUnit() Section {
	return Section{
		Unit: "Sở Nội vụ",
		Dossiers: &Dossiers{Counts: Counts{Online: 600, InPerson: 300, CarriedOver: 100,
			Early: i64(200), OnTime: 700, Late: 10, Pending: 90, PendingInTime: i64(80), PendingOverdue: i64(10)}},
		Feedback: &Feedback{Received: 4, Answered: i64(3), AnsweredOnTime: i64(2), PendingInTime: i64(1)},
	}
}

func indicator(t *testing.T, s Section, sch Scheme, code string) Indicator {
	t.Helper()
	is, err := s.Indicators(sch)
	require.NoError(t, err)
	for _, i := range is {
		if i.Code == code {
			return i
		}
	}
	t.Fatalf("no indicator %s", code)
	return Indicator{}
}

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestIndicators(t *testing.T) {
	with := func(code string, max int64) Scheme {
		s, err := Scheme766().WithMax(code, decimal.NewFromInt(max))
		require.NoError(t, err)
		return s
	}
	scaled := with("3.1", 10)
	for i := range scaled.Indicators {
		if scaled.Indicators[i].Code == "3.1" {
			scaled.Indicators[i].ScaleToThreshold = true
		}
	}
	anGiang := Section{Unit: "UBND tỉnh An Giang", Catalogue: anGiangOnline()}
	halfUp := Section{Unit: "x", Dossiers: &Dossiers{Counts: Counts{Online: 4000, OnTime: 3989, Late: 11, PendingInTime: i64(0)}}}

	tests := []struct {
		name        string
		s           Section
		sch         Scheme
		code        string
		num, den    int64 // 0, 0: not computable
		pct, score  string
		noteContain string
	}{
		// (200 + 700 resolved early or on time + 80 pending in time) / 1.000 received = 98%; 20 × 0,98 = 19,6.
		{"2.1 complete", completeUnit(), Scheme766(), "2.1", 980, 1000, "98", "19.6", ""},
		// 20 × 3.989/4.000 = 19,945: half-up gives 19,95 (banker's rounding would give 19,94).
		{"2.1 rounds half-up", halfUp, Scheme766(), "2.1", 3989, 4000, "99.7", "19.95", ""},
		{"2.1 reference: pending split unknown", referenceFigures(), Scheme766(), "2.1", 0, 0, "", "", "trong hạn"},
		{"2.1 no dossiers", Section{Unit: "x"}, Scheme766(), "2.1", 0, 0, "", "", "không có số liệu"},
		// 600 / (600 + 300) = 66,7% ≥ 50%: full marks once a maximum is set.
		{"3.3 above threshold, no maximum", completeUnit(), Scheme766(), "3.3", 600, 900, "66.7", "", "đạt ngưỡng 50%"},
		{"3.3 above threshold, maximum 6", completeUnit(), with("3.3", 6), "3.3", 600, 900, "66.7", "6", ""},
		// 8.252 / 15.058 = 54,8%.
		{"3.3 reference", referenceFigures(), with("3.3", 6), "3.3", 8252, 15058, "54.8", "6", ""},
		// 100 / 300 = 33,3% < 50%: 6 × 1/3 = 2.
		{"3.3 below threshold", Section{Unit: "x", Dossiers: &Dossiers{Counts: Counts{Online: 100, InPerson: 200}}},
			with("3.3", 6), "3.3", 100, 300, "33.3", "2", ""},
		{"3.3 nothing received", Section{Unit: "x", Dossiers: &Dossiers{}}, with("3.3", 6), "3.3", 0, 0, "", "", "mẫu số bằng 0"},
		// (759 + 441) / 1.924 = 62,4% < 80%: 10 × 1.200/1.924 = 6,2370… → 6,24.
		{"3.1 An Giang below 80%", anGiang, with("3.1", 10), "3.1", 1200, 1924, "62.4", "6.24", ""},
		// scaled to the threshold: 10 × 1.200 / (0,8 × 1.924) = 7,796… → 7,80.
		{"3.1 scaled to the threshold", anGiang, scaled, "3.1", 1200, 1924, "62.4", "7.8", ""},
		{"3.1 reference: mức độ scheme", referenceFigures(), with("3.1", 10), "3.1", 0, 0, "", "", "mức độ 1–4"},
		// (02 on time + 01 pending in time) / 04 = 75%; 6 × 0,75 = 4,5.
		{"5.2 complete", completeUnit(), Scheme766(), "5.2", 3, 4, "75", "4.5", ""},
		{"5.2 no feedback: full marks", Section{Unit: "x", Feedback: &Feedback{}}, Scheme766(), "5.2", 0, 0, "", "6", "không phát sinh"},
		{"5.2 reference: on time not stated", referenceFigures(), Scheme766(), "5.2", 0, 0, "", "", "đúng hạn"},
		{"5.2 all answered on time", Section{Unit: "x", Feedback: &Feedback{Received: 3, Answered: i64(3), AnsweredOnTime: i64(3)}},
			Scheme766(), "5.2", 3, 3, "100", "6", ""},
		{"5.2 one pending, in time not stated", Section{Unit: "x", Feedback: &Feedback{Received: 3, Answered: i64(2), AnsweredOnTime: i64(2)}},
			Scheme766(), "5.2", 0, 0, "", "", "đang xử lý trong hạn"},
		{"4.1 has no figure in this section", completeUnit(), Scheme766(), "4.1", 0, 0, "", "", "kết quả điện tử"},
		{"4.2 has no figure in this section", completeUnit(), Scheme766(), "4.2", 0, 0, "", "", "số hóa"},
		{"5.4 has no figure in this section", completeUnit(), Scheme766(), "5.4", 0, 0, "", "", "hài lòng"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := indicator(t, tt.s, tt.sch, tt.code)
			assert.Equal(t, "766/2022", got.Scheme)
			if tt.den == 0 {
				assert.Nil(t, got.Numerator)
				assert.Nil(t, got.Percent, "a missing ratio is never 0")
			} else {
				require.NotNil(t, got.Numerator)
				assert.Equal(t, tt.num, *got.Numerator)
				assert.Equal(t, tt.den, *got.Denominator)
				require.NotNil(t, got.Percent)
				assert.True(t, d(tt.pct).Equal(*got.Percent), "percent %s, want %s", got.Percent, tt.pct)
			}
			if tt.score == "" {
				assert.Nil(t, got.Score, "a missing score is never 0")
			} else {
				require.NotNil(t, got.Score, got.String())
				assert.True(t, d(tt.score).Equal(*got.Score), "score %s, want %s", got.Score, tt.score)
			}
			assert.Contains(t, got.Note, tt.noteContain)
			assert.Equal(t, tt.den != 0 || tt.score != "", got.Computable())
		})
	}
}

func TestScheme(t *testing.T) {
	s := Scheme766()
	require.NoError(t, s.Validate())
	sum := decimal.Zero
	for _, g := range s.Groups {
		sum = sum.Add(g.Max)
	}
	assert.True(t, sum.Equal(decimal.NewFromInt(100)), "the five groups of 766/2022 make 100 points, got %s", sum)

	// WithMax copies: neither the receiver nor a later Scheme766 changes.
	s2, err := s.WithMax("3.3", decimal.NewFromInt(6))
	require.NoError(t, err)
	assert.Nil(t, s.Indicators[2].Max)
	assert.Nil(t, Scheme766().Indicators[2].Max)
	assert.True(t, s2.Indicators[2].Max.Equal(decimal.NewFromInt(6)))

	_, err = s.WithMax("9.9", decimal.NewFromInt(1))
	assert.ErrorContains(t, err, `no indicator "9.9"`)
	_, err = s.WithMax("3.3", decimal.NewFromInt(-1))
	assert.ErrorContains(t, err, "negative")

	bad := Scheme766()
	bad.ID = ""
	bad.Indicators = append(bad.Indicators, IndicatorDef{Code: "2.1", Measure: "speed", FullAt: dec(120)})
	err = bad.Validate()
	require.Error(t, err)
	for _, want := range []string{"ID", "code listed twice", `unknown measure "speed"`, "threshold 120%"} {
		assert.ErrorContains(t, err, want)
	}
	unit := completeUnit()
	_, err = unit.Indicators(bad)
	assert.Error(t, err)
}

func TestIndicatorString(t *testing.T) {
	sch, err := Scheme766().WithMax("3.3", decimal.NewFromInt(6))
	require.NoError(t, err)
	unit := completeUnit()
	is, err := unit.Indicators(sch)
	require.NoError(t, err)
	got := map[string]string{}
	for _, i := range is {
		got[i.Code] = i.String()
	}
	assert.Equal(t, "2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn: 98% (980/1.000); điểm 19,6/20", got["2.1"])
	assert.Equal(t, "3.3 Tỷ lệ hồ sơ tiếp nhận trực tuyến: 66,7% (600/900); điểm 6/6", got["3.3"])
	assert.Equal(t, "4.1 Tỷ lệ hồ sơ được cấp kết quả điện tử: không tính được — phần thủ tục hành chính không có số liệu hồ sơ cấp kết quả điện tử", got["4.1"])
	none := indicator(t, Section{Unit: "x", Feedback: &Feedback{}}, sch, "5.2")
	assert.Equal(t, "5.2 Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn: không có số liệu để tính tỷ lệ; điểm 6/6 — không phát sinh trong kỳ: đạt điểm tối đa", none.String())
}
