package finding

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// checkCase is one call of a check helper and the finding it must make
// (none when want is nil).
type checkCase struct {
	name string
	run  func() (Finding, bool)
	want *Finding
}

func runCheckCases(t *testing.T, tests []checkCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, fired := tt.run()
			if tt.want == nil {
				assert.False(t, fired)
				assert.Empty(t, cmp.Diff(Finding{}, got), "no finding when the check does not fire")
				return
			}
			require.True(t, fired)
			assert.Empty(t, cmp.Diff(*tt.want, got))
			assert.True(t, norm.NFC.IsNormalString(got.Message), "message in NFC")
		})
	}
}

// received is the subject of the received-dossiers balance of the reference
// report (Biểu 06/VPCP/KSTT).
var received = Subject{
	Code:    "tthc.dossier.received",
	Path:    "tthc.dossiers.received",
	Related: []string{"tthc.dossiers"},
	Label:   "tổng số hồ sơ tiếp nhận",
}

func TestSumEquals(t *testing.T) {
	online := Part{Label: "trực tuyến", Path: "tthc.dossiers.online", Value: 8252}
	inPerson := Part{Label: "trực tiếp", Path: "tthc.dossiers.in_person", Value: 6806}
	carried := Part{Label: "kỳ trước chuyển sang", Path: "tthc.dossiers.carried_over", Value: 555}
	balance := Subject{Code: "tthc.dossier.balance", Severity: Warning, Path: "tthc.dossiers.received", Label: "tổng số hồ sơ tiếp nhận"}

	tests := []checkCase{
		{
			name: "reference report: 8.252 + 6.806 + 555 = 15.613",
			run:  func() (Finding, bool) { return SumEquals(received, 15613, online, inPerson, carried) },
		},
		{
			name: "one part off by one",
			run: func() (Finding, bool) {
				return SumEquals(received, 15613, online, Part{Label: "trực tiếp", Path: "tthc.dossiers.in_person", Value: 6807}, carried)
			},
			want: &Finding{
				Code:     "tthc.dossier.received",
				Severity: Error,
				Path:     "tthc.dossiers.received",
				Related:  []string{"tthc.dossiers", "tthc.dossiers.online", "tthc.dossiers.in_person", "tthc.dossiers.carried_over"},
				Values:   []Value{{"total", "15613"}, {"sum", "15614"}, {"difference", "-1"}},
				Message:  "Tổng số hồ sơ tiếp nhận ghi 15.613 nhưng các thành phần cộng lại được 15.614 (trực tuyến 8.252 + trực tiếp 6.807 + kỳ trước chuyển sang 555), chênh lệch 1.",
			},
		},
		{
			name: "reference report: received 15.613 against resolved 15.265 + pending 301, as a warning",
			run: func() (Finding, bool) {
				return SumEquals(balance, 15613,
					Part{Label: "đã giải quyết", Path: "tthc.dossiers.resolved", Value: 15265},
					Part{Label: "đang giải quyết", Path: "tthc.dossiers.pending", Value: 301})
			},
			want: &Finding{
				Code:     "tthc.dossier.balance",
				Severity: Warning,
				Path:     "tthc.dossiers.received",
				Related:  []string{"tthc.dossiers.resolved", "tthc.dossiers.pending"},
				Values:   []Value{{"total", "15613"}, {"sum", "15566"}, {"difference", "47"}},
				Message:  "Tổng số hồ sơ tiếp nhận ghi 15.613 nhưng các thành phần cộng lại được 15.566 (đã giải quyết 15.265 + đang giải quyết 301), chênh lệch 47.",
			},
		},
		{
			name: "reference report: resolved 15.265 = on time 15.264 + late 01",
			run: func() (Finding, bool) {
				return SumEquals(Subject{Code: "tthc.dossier.resolved"}, 15265, Part{Value: 15264}, Part{Value: 1})
			},
		},
		{
			name: "no parts and a zero total",
			run:  func() (Finding, bool) { return SumEquals(Subject{Code: "x"}, 0) },
		},
		{
			name: "no parts and a total: default label",
			run:  func() (Finding, bool) { return SumEquals(Subject{Code: "x", Path: "a"}, 5) },
			want: &Finding{
				Code: "x", Severity: Error, Path: "a",
				Values:  []Value{{"total", "5"}, {"sum", "0"}, {"difference", "5"}},
				Message: "Tổng số ghi 5 nhưng không có thành phần nào để cộng, chênh lệch 5.",
			},
		},
		{
			name: "unlabelled parts, one negative; part paths repeated or equal to the path are not repeated",
			run: func() (Finding, bool) {
				return SumEquals(Subject{Code: "x", Path: "a", Related: []string{"b"}}, 6,
					Part{Path: "a", Value: 8}, Part{Path: "b", Value: -3}, Part{Path: "c", Value: 0}, Part{Path: "c", Value: 0}, Part{Value: 0})
			},
			want: &Finding{
				Code: "x", Severity: Error, Path: "a", Related: []string{"b", "c"},
				Values:  []Value{{"total", "6"}, {"sum", "5"}, {"difference", "1"}},
				Message: "Tổng số ghi 6 nhưng các thành phần cộng lại được 5 (8 + (-3) + 0 + 0 + 0), chênh lệch 1.",
			},
		},
		{
			name: "a sum beyond int64 is exact",
			run: func() (Finding, bool) {
				return SumEquals(Subject{Code: "x"}, math.MaxInt64, Part{Label: "a", Value: math.MaxInt64}, Part{Label: "b", Value: 1})
			},
			want: &Finding{
				Code: "x", Severity: Error,
				Values:  []Value{{"total", "9223372036854775807"}, {"sum", "9223372036854775808"}, {"difference", "-1"}},
				Message: "Tổng số ghi 9.223.372.036.854.775.807 nhưng các thành phần cộng lại được 9.223.372.036.854.775.808 (a 9.223.372.036.854.775.807 + b 1), chênh lệch 1.",
			},
		},
		{
			name: "a running sum that leaves int64 and comes back is not a mismatch",
			run: func() (Finding, bool) {
				return SumEquals(Subject{Code: "x"}, math.MaxInt64, Part{Value: math.MaxInt64}, Part{Value: 1}, Part{Value: -1})
			},
		},
		{
			name: "a negative running sum below int64",
			run: func() (Finding, bool) {
				return SumEquals(Subject{Code: "x"}, math.MinInt64, Part{Value: math.MinInt64}, Part{Value: -1}, Part{Value: 1})
			},
		},
	}
	runCheckCases(t, tests)

	// The finding owns its related paths: changing them does not reach the subject.
	f, ok := SumEquals(received, 1, online)
	require.True(t, ok)
	f.Related[0] = "changed"
	assert.Equal(t, "tthc.dossiers", received.Related[0])
}

func TestDeclaredInt(t *testing.T) {
	resolved := Subject{Code: "tthc.dossier.resolved_total", Path: "tthc.dossiers.resolved_declared",
		Related: []string{"tthc.dossiers.resolved"}, Label: "tổng số hồ sơ đã giải quyết"}
	tests := []checkCase{
		{name: "equal", run: func() (Finding, bool) { return DeclaredInt(resolved, 15265, 15265) }},
		{name: "zero", run: func() (Finding, bool) { return DeclaredInt(Subject{}, 0, 0) }},
		{
			name: "declared below derived",
			run:  func() (Finding, bool) { return DeclaredInt(resolved, 15265, 15266) },
			want: &Finding{
				Code: "tthc.dossier.resolved_total", Severity: Error, Path: "tthc.dossiers.resolved_declared",
				Related: []string{"tthc.dossiers.resolved"},
				Values:  []Value{{"declared", "15265"}, {"derived", "15266"}, {"difference", "-1"}},
				Message: "Tổng số hồ sơ đã giải quyết ghi 15.265 nhưng tính từ số liệu chi tiết được 15.266, chênh lệch 1.",
			},
		},
		{
			name: "declared above derived, severity given, default label",
			run:  func() (Finding, bool) { return DeclaredInt(Subject{Code: "x", Severity: Info}, 2917, 2900) },
			want: &Finding{
				Code: "x", Severity: Info,
				Values:  []Value{{"declared", "2917"}, {"derived", "2900"}, {"difference", "17"}},
				Message: "Số liệu ghi 2.917 nhưng tính từ số liệu chi tiết được 2.900, chênh lệch 17.",
			},
		},
		{
			name: "difference beyond int64",
			run:  func() (Finding, bool) { return DeclaredInt(Subject{Code: "x"}, math.MaxInt64, math.MinInt64) },
			want: &Finding{
				Code: "x", Severity: Error,
				Values:  []Value{{"declared", "9223372036854775807"}, {"derived", "-9223372036854775808"}, {"difference", "18446744073709551615"}},
				Message: "Số liệu ghi 9.223.372.036.854.775.807 nhưng tính từ số liệu chi tiết được -9.223.372.036.854.775.808, chênh lệch 18.446.744.073.709.551.615.",
			},
		},
	}
	runCheckCases(t, tests)
}

func TestDeclaredDecimal(t *testing.T) {
	d := decimal.RequireFromString
	budget := Subject{Code: "finance.budget.total", Path: "finance.budget.total", Label: "tổng kinh phí (đồng)"}
	tests := []checkCase{
		{name: "equal", run: func() (Finding, bool) { return DeclaredDecimal(budget, d("1745000"), d("1745000")) }},
		{name: "equal, other trailing zeros", run: func() (Finding, bool) { return DeclaredDecimal(budget, d("1745000.00"), d("1745000")) }},
		{name: "zero values", run: func() (Finding, bool) { return DeclaredDecimal(budget, decimal.Decimal{}, d("0.0")) }},
		{
			name: "half a đồng off",
			run:  func() (Finding, bool) { return DeclaredDecimal(budget, d("1745000.50"), d("1745000")) },
			want: &Finding{
				Code: "finance.budget.total", Severity: Error, Path: "finance.budget.total",
				Values:  []Value{{"declared", "1745000.5"}, {"derived", "1745000"}, {"difference", "0.5"}},
				Message: "Tổng kinh phí (đồng) ghi 1.745.000,5 nhưng tính từ số liệu chi tiết được 1.745.000, chênh lệch 0,5.",
			},
		},
		{
			name: "declared below derived",
			run: func() (Finding, bool) {
				return DeclaredDecimal(Subject{Code: "x", Severity: Warning}, d("1.7"), d("1.745"))
			},
			want: &Finding{
				Code: "x", Severity: Warning,
				Values:  []Value{{"declared", "1.7"}, {"derived", "1.745"}, {"difference", "-0.045"}},
				Message: "Số liệu ghi 1,7 nhưng tính từ số liệu chi tiết được 1,745, chênh lệch 0,045.",
			},
		},
	}
	runCheckCases(t, tests)
}

func TestAtMost(t *testing.T) {
	cstd := Subject{Code: "personnel.emulation.cstdcs", Path: "personnel.emulation.grassroots_fighters",
		Related: []string{"personnel.emulation.advanced_workers"}, Label: "số chiến sĩ thi đua cơ sở"}
	tests := []checkCase{
		{name: "below", run: func() (Finding, bool) { return AtMost(cstd, 9, 10) }},
		{name: "equal", run: func() (Finding, bool) { return AtMost(cstd, 10, 10) }},
		{name: "negative below", run: func() (Finding, bool) { return AtMost(cstd, -5, -4) }},
		{
			name: "above",
			run:  func() (Finding, bool) { return AtMost(cstd, 12, 10) },
			want: &Finding{
				Code: "personnel.emulation.cstdcs", Severity: Error, Path: "personnel.emulation.grassroots_fighters",
				Related: []string{"personnel.emulation.advanced_workers"},
				Values:  []Value{{"part", "12"}, {"whole", "10"}, {"excess", "2"}},
				Message: "Số chiến sĩ thi đua cơ sở là 12, vượt quá mức tối đa là 10, chênh lệch 2.",
			},
		},
		{
			name: "online dossiers above received, thousands",
			run: func() (Finding, bool) {
				return AtMost(Subject{Code: "x", Label: "số hồ sơ trực tuyến"}, 16000, 15613)
			},
			want: &Finding{
				Code: "x", Severity: Error,
				Values:  []Value{{"part", "16000"}, {"whole", "15613"}, {"excess", "387"}},
				Message: "Số hồ sơ trực tuyến là 16.000, vượt quá mức tối đa là 15.613, chênh lệch 387.",
			},
		},
		{
			name: "excess beyond int64",
			run:  func() (Finding, bool) { return AtMost(Subject{Code: "x"}, math.MaxInt64, math.MinInt64) },
			want: &Finding{
				Code: "x", Severity: Error,
				Values:  []Value{{"part", "9223372036854775807"}, {"whole", "-9223372036854775808"}, {"excess", "18446744073709551615"}},
				Message: "Số liệu là 9.223.372.036.854.775.807, vượt quá mức tối đa là -9.223.372.036.854.775.808, chênh lệch 18.446.744.073.709.551.615.",
			},
		},
	}
	runCheckCases(t, tests)
}

func TestNotNegative(t *testing.T) {
	online := Subject{Code: "tthc.dossier.negative", Path: "tthc.dossiers.online", Label: "số hồ sơ trực tuyến"}
	tests := []checkCase{
		{name: "zero", run: func() (Finding, bool) { return NotNegative(online, 0) }},
		{name: "positive", run: func() (Finding, bool) { return NotNegative(online, 8252) }},
		{
			name: "negative",
			run:  func() (Finding, bool) { return NotNegative(online, -3) },
			want: &Finding{
				Code: "tthc.dossier.negative", Severity: Error, Path: "tthc.dossiers.online",
				Values:  []Value{{"value", "-3"}},
				Message: "Số hồ sơ trực tuyến là -3; số liệu này không thể là số âm.",
			},
		},
		{
			name: "smallest int64, decomposed label",
			run: func() (Finding, bool) {
				return NotNegative(Subject{Code: "x", Severity: Warning, Label: norm.NFD.String("lượt người dự")}, math.MinInt64)
			},
			want: &Finding{
				Code: "x", Severity: Warning,
				Values:  []Value{{"value", "-9223372036854775808"}},
				Message: "Lượt người dự là -9.223.372.036.854.775.808; số liệu này không thể là số âm.",
			},
		},
	}
	runCheckCases(t, tests)
}

func BenchmarkSumEquals(b *testing.B) {
	parts := []Part{
		{Label: "trực tuyến", Path: "tthc.dossiers.online", Value: 8252},
		{Label: "trực tiếp", Path: "tthc.dossiers.in_person", Value: 6806},
		{Label: "kỳ trước chuyển sang", Path: "tthc.dossiers.carried_over", Value: 555},
	}
	b.Run("balanced", func(b *testing.B) {
		for b.Loop() {
			if _, ok := SumEquals(received, 15613, parts...); ok {
				b.Fatal("fired")
			}
		}
	})
	b.Run("fires", func(b *testing.B) {
		for b.Loop() {
			if _, ok := SumEquals(received, 15614, parts...); !ok {
				b.Fatal("did not fire")
			}
		}
	})
}
