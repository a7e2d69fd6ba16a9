package reform_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/vn"
)

func TestPeriodWindowAndLabel(t *testing.T) {
	d := vn.Date
	tests := []struct {
		p        reform.Period
		from, to time.Time
		label    string
	}{
		{reform.Period{Kind: reform.FirstMonths, Year: 2024, N: 11}, d(2023, 12, 15), d(2024, 11, 14), "11 tháng đầu năm 2024"},
		{reform.Period{Kind: reform.Quarter, Year: 2024, N: 1}, d(2023, 12, 15), d(2024, 3, 14), "quý I năm 2024"},
		{reform.Period{Kind: reform.Quarter, Year: 2024, N: 3}, d(2024, 6, 15), d(2024, 9, 14), "quý III năm 2024"},
		{reform.Period{Kind: reform.Quarter, Year: 2024, N: 4}, d(2024, 9, 15), d(2024, 12, 14), "quý IV năm 2024"},
		{reform.Period{Kind: reform.HalfYear, Year: 2025}, d(2024, 12, 15), d(2025, 6, 14), "6 tháng đầu năm 2025"},
		{reform.Period{Kind: reform.NineMonths, Year: 2024}, d(2023, 12, 15), d(2024, 9, 14), "9 tháng đầu năm 2024"},
		{reform.Period{Kind: reform.Year, Year: 2024}, d(2023, 12, 15), d(2024, 12, 14), "năm 2024"},
		{reform.Period{Kind: reform.Month, Year: 2024, N: 1}, d(2023, 12, 15), d(2024, 1, 14), "tháng 1 năm 2024"},
		{reform.Period{Kind: reform.Month, Year: 2024, N: 5}, d(2024, 4, 15), d(2024, 5, 14), "tháng 5 năm 2024"},
		{func() reform.Period {
			f, to := reform.NewDate(2024, 1, 1), reform.NewDate(2024, 9, 30)
			return reform.Period{Kind: reform.NineMonths, Year: 2024, From: &f, To: &to}
		}(), d(2024, 1, 1), d(2024, 9, 30), "9 tháng đầu năm 2024"},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			from, to, err := tt.p.Window()
			require.NoError(t, err)
			assert.Equal(t, tt.from, from, "from")
			assert.Equal(t, tt.to, to, "to")
			assert.Equal(t, tt.label, tt.p.Label())
		})
	}
}

func TestPeriodCheck(t *testing.T) {
	f, to := reform.NewDate(2024, 9, 30), reform.NewDate(2024, 1, 1)
	tests := []struct {
		p    reform.Period
		want string
	}{
		{reform.Period{Kind: reform.Month, Year: 2024, N: 13}, "period.n: month 13: expected 1 to 12"},
		{reform.Period{Kind: reform.Quarter, Year: 2024}, "period.n: quarter 0: expected 1 to 4"},
		{reform.Period{Kind: reform.FirstMonths, Year: 2024}, "period.n: 0 months: expected 1 to 12"},
		{reform.Period{Kind: reform.Year, Year: 2024, N: 2}, "period.n: 2: a year period takes no n"},
		{reform.Period{Kind: "week", Year: 2024}, `period.kind: "week": expected month, quarter, half_year, nine_months, year or first_months`},
		{reform.Period{Kind: reform.Year}, "period.year: 0: expected a year from 1945"},
		{reform.Period{Kind: reform.Year, Year: 2024, From: &f}, "period.from: an explicit window needs both from and to"},
		{reform.Period{Kind: reform.Year, Year: 2024, From: &f, To: &to}, "period.to: 2024-01-01 is before from 2024-09-30"},
	}
	for _, tt := range tests {
		_, _, err := tt.p.Window()
		require.Error(t, err)
		assert.Equal(t, tt.want, err.Error())
	}
}

func TestDateJSON(t *testing.T) {
	var p reform.Period
	require.NoError(t, json.Unmarshal([]byte(`{"kind":"year","year":2024,"from":"2023-12-01","to":"2024-11-30"}`), &p))
	assert.Equal(t, "2023-12-01", p.From.String())
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"year","year":2024,"from":"2023-12-01","to":"2024-11-30"}`, string(b))
	err = json.Unmarshal([]byte(`{"kind":"year","year":2024,"from":"01/12/2023","to":"2024-11-30"}`), &p)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `không viết theo dạng YYYY-MM-DD`)
}

func ExamplePeriod_Label() {
	for _, p := range []reform.Period{
		{Kind: reform.FirstMonths, Year: 2024, N: 11},
		{Kind: reform.Quarter, Year: 2024, N: 3},
		{Kind: reform.HalfYear, Year: 2025},
		{Kind: reform.Year, Year: 2024},
	} {
		from, to, _ := p.Window()
		fmt.Printf("%s: %s – %s\n", p.Label(), vn.CitationDate(from), vn.CitationDate(to))
	}
	// Output:
	// 11 tháng đầu năm 2024: 15/12/2023 – 14/11/2024
	// quý III năm 2024: 15/6/2024 – 14/9/2024
	// 6 tháng đầu năm 2025: 15/12/2024 – 14/6/2025
	// năm 2024: 15/12/2023 – 14/12/2024
}

// The finding of a period that is not one says why in Vietnamese, naming
// the field at fault; the English reason stays in PeriodError.Error.
func TestPeriodFindingInVietnamese(t *testing.T) {
	tests := []struct {
		name   string
		period reform.Period
		path   string
		says   string
	}{
		{"quarter 5", reform.Period{Kind: reform.Quarter, N: 5, Year: 2024}, "period.n", "quý 5 không có; quý là từ 1 đến 4"},
		{"a year with n", reform.Period{Kind: reform.Year, N: 2, Year: 2024}, "period.n", "kỳ năm không ghi số thứ tự (n = 2)"},
		{"a window by half", reform.Period{Kind: reform.Year, Year: 2024, From: &reform.Date{}}, "period.from",
			"phải có cả ngày bắt đầu và ngày kết thúc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := minimal()
			r.Period = tt.period
			fs := r.Validate().WithCode(reform.CodePeriod)
			require.Len(t, fs, 1)
			assert.Equal(t, tt.path, fs[0].Path)
			assert.Contains(t, fs[0].Message, tt.says)
			assert.NotContains(t, fs[0].Message, "expected")
		})
	}
}
