package xlsx

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseNumber(t *testing.T) {
	small := `[<1000]0;[<1000000]#"."##0;#"."###"."##0`
	tests := []struct {
		text   string
		ok     bool
		value  any
		format string
	}{
		{"15.613", true, int64(15613), small},
		{"9000", true, int64(9000), small},
		{"0", true, int64(0), small},
		{"03", true, int64(3), "00"},
		{"-3", true, int64(-3), "[$-42A]#,##0"},
		{"1.745.000.000", true, int64(1745000000), `[<1000000000]#"."###"."##0;[<1000000000000]#"."###"."###"."##0;#"."###"."###"."###"."##0`},
		{"53,5%", true, 0.535, "[$-42A]#,##0.0%"},
		{"98%", true, 0.98, "[$-42A]#,##0%"},
		{"43,75%", true, 0.4375, "[$-42A]#,##0.00%"},
		{"1.234,5", true, 1234.5, "[$-42A]#,##0.0"},
		{"53,50", true, 53.5, "[$-42A]#,##0.00"},
		{"9.007.199.254.740.993", false, nil, ""}, // past 2^53
		{"1,2345678901234567", false, nil, ""},    // past 15 digits
		{"1.23", false, nil, ""},
		{"15,613", true, 15.613, "[$-42A]#,##0.000"}, // a decimal comma: fifteen and a bit
		{"I", false, nil, ""},
		{"(1)", false, nil, ""},
		{"", false, nil, ""},
		{" 12", false, nil, ""},
		{"12 hồ sơ", false, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			n, ok := parseNumber(tc.text)
			require.Equal(t, tc.ok, ok)
			if !ok {
				return
			}
			assert.Equal(t, tc.value, n.value())
			assert.Equal(t, tc.format, n.format)
		})
	}
}

func TestSumFormula(t *testing.T) {
	f, ok := sumFormula(3, []int{0, 2, 3, 4, 7}, 11)
	require.True(t, ok)
	assert.Equal(t, "SUM(C11,C13:C15,C18)", f)

	// More than 255 separate rows: a SUM of SUMs.
	var rows []int
	for i := range 300 {
		rows = append(rows, 2*i)
	}
	f, ok = sumFormula(1, rows, 1)
	require.True(t, ok)
	assert.True(t, strings.HasPrefix(f, "SUM(SUM(A1,A3,"), f)
	assert.Equal(t, 300, strings.Count(f, ",")+1, "255 cells in the inner SUM, 45 after it: %s", f)

	// Too many for a formula a spreadsheet accepts: none.
	rows = rows[:0]
	for i := range 5000 {
		rows = append(rows, 2*i)
	}
	_, ok = sumFormula(1, rows, 1)
	assert.False(t, ok)
}

func TestUniqueName(t *testing.T) {
	used := map[string]bool{}
	var got []string
	for _, s := range []string{"Phụ lục I", "phụ lục i", "a/b:c*d?e[f]g'h", " ", strings.Repeat("Dài ", 20), strings.Repeat("Dài ", 20)} {
		got = append(got, uniqueName(s, used))
	}
	assert.Equal(t, []string{"Phụ lục I", "phụ lục i (2)", "a-b-c-d-e-f-g-h", "Bảng", "Dài Dài Dài Dài Dài Dài Dài Dài", "Dài Dài Dài Dài Dài Dài Dài (2)"}, got)
	for _, g := range got {
		assert.LessOrEqual(t, len([]rune(g)), 31, g)
	}
}

func TestLines(t *testing.T) {
	assert.Equal(t, 1, lines("Tổng số", 10, 12, true))
	assert.Equal(t, 3, lines("a\nb\nc", 10, 12, false))
	long := strings.Repeat("x", 100)
	assert.Greater(t, lines(long, 10, 12, false), lines(long, 40, 12, false))
	assert.Greater(t, lines(strings.ToUpper(long), 40, 12, false), lines(long, 40, 12, false), "capitals are wider")
	assert.Equal(t, 409.0, rowHeight(1000, 12), "a row holds 409 points at most")
}
