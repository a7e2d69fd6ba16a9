package finding

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

func TestPartition(t *testing.T) {
	staff := Subject{Code: "personnel.qualification.degrees", Path: "staff", Label: "số nhân sự"}
	doctor := Part{Label: "tiến sĩ", Path: "doctor", Value: 2}
	master := Part{Label: "thạc sĩ", Path: "master", Value: 30}
	bachelor := Part{Label: "đại học", Path: "bachelor", Value: 50}
	below := Part{Label: "dưới đại học", Path: "below", Value: 4}
	tests := []struct {
		name     string
		s        Subject
		whole    int64
		complete bool
		parts    []Part
		result   PartitionResult
		want     *Finding
	}{
		{name: "every part given and they add up", s: staff, whole: 86, complete: true,
			parts: []Part{doctor, master, bachelor, below}, result: PartitionOK},
		{name: "every part given, one too many", s: staff, whole: 85, complete: true,
			parts: []Part{doctor, master, bachelor, below}, result: PartitionMismatch,
			want: &Finding{Code: "personnel.qualification.degrees", Severity: Error, Path: "staff",
				Related: []string{"doctor", "master", "bachelor", "below"},
				Values:  []Value{{"total", "85"}, {"sum", "86"}, {"difference", "-1"}},
				Message: "Số nhân sự ghi 85 nhưng các thành phần cộng lại được 86 (tiến sĩ 2 + thạc sĩ 30 + đại học 50 + dưới đại học 4), chênh lệch 1."}},
		{name: "every part given, short: a mismatch, not a gap", s: staff, whole: 90, complete: true,
			parts: []Part{doctor, master, bachelor, below}, result: PartitionMismatch,
			want: &Finding{Code: "personnel.qualification.degrees", Severity: Error, Path: "staff",
				Related: []string{"doctor", "master", "bachelor", "below"},
				Values:  []Value{{"total", "90"}, {"sum", "86"}, {"difference", "4"}},
				Message: "Số nhân sự ghi 90 nhưng các thành phần cộng lại được 86 (tiến sĩ 2 + thạc sĩ 30 + đại học 50 + dưới đại học 4), chênh lệch 4."}},
		{name: "a part missing, the given ones short: no finding", s: staff, whole: 86,
			parts: []Part{doctor, master, bachelor}, result: PartitionShort},
		{name: "a part missing, the given ones make the whole", s: staff, whole: 82,
			parts: []Part{doctor, master, bachelor}, result: PartitionOK},
		{name: "a part missing, the given ones exceed the whole", s: staff, whole: 86,
			parts: []Part{doctor, master, {Label: "đại học", Path: "bachelor", Value: 60}}, result: PartitionExceeds,
			want: &Finding{Code: "personnel.qualification.degrees", Severity: Error, Path: "staff",
				Related: []string{"doctor", "master", "bachelor"},
				Values:  []Value{{"total", "86"}, {"sum", "92"}, {"difference", "-6"}},
				Message: "Số nhân sự ghi 86 nhưng các thành phần cộng lại được 92 (tiến sĩ 2 + thạc sĩ 30 + đại học 60), chênh lệch 6."}},
		{name: "the subject's severity and related paths", whole: 1,
			s:     Subject{Code: "x", Severity: Warning, Path: "a", Related: []string{"r"}, Label: "số hồ sơ"},
			parts: []Part{{Label: "b", Path: "b", Value: 2}}, result: PartitionExceeds,
			want: &Finding{Code: "x", Severity: Warning, Path: "a", Related: []string{"r", "b"},
				Values:  []Value{{"total", "1"}, {"sum", "2"}, {"difference", "-1"}},
				Message: "Số hồ sơ ghi 1 nhưng các thành phần cộng lại được 2 (b 2), chênh lệch 1."}},
		{name: "no part given, incomplete, a positive whole: short", s: staff, whole: 5, result: PartitionShort},
		{name: "no part given, complete, a zero whole", s: staff, whole: 0, complete: true, result: PartitionOK},
		{name: "no part given, incomplete, a negative whole: exceeds", s: Subject{Code: "x"}, whole: -1, result: PartitionExceeds,
			want: &Finding{Code: "x", Severity: Error,
				Values:  []Value{{"total", "-1"}, {"sum", "0"}, {"difference", "-1"}},
				Message: "Tổng số ghi -1 nhưng không có thành phần nào để cộng, chênh lệch 1."}},
		{name: "a sum past int64 exceeds, exactly", s: Subject{Code: "x"}, whole: math.MaxInt64,
			parts:  []Part{{Value: math.MaxInt64}, {Value: 1}},
			result: PartitionExceeds,
			want: &Finding{Code: "x", Severity: Error,
				Values:  []Value{{"total", "9223372036854775807"}, {"sum", "9223372036854775808"}, {"difference", "-1"}},
				Message: "Tổng số ghi 9.223.372.036.854.775.807 nhưng các thành phần cộng lại được 9.223.372.036.854.775.808 (9.223.372.036.854.775.807 + 1), chênh lệch 1."}},
		{name: "a running sum that leaves int64 and comes back", s: Subject{Code: "x"}, whole: math.MaxInt64, complete: true,
			parts: []Part{{Value: math.MaxInt64}, {Value: 1}, {Value: -1}}, result: PartitionOK},
		{name: "a gap past int64 is short", s: Subject{Code: "x"}, whole: math.MaxInt64,
			parts: []Part{{Value: math.MinInt64}}, result: PartitionShort},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			result, f, ok := Partition(tt.s, tt.whole, tt.complete, tt.parts...)
			assert.Equal(t, tt.result, result)
			if tt.want == nil {
				assert.False(t, ok)
				assert.Empty(t, cmp.Diff(Finding{}, f), "no finding")
				return
			}
			assert.True(t, ok)
			assert.Empty(t, cmp.Diff(*tt.want, f))
			assert.True(t, norm.NFC.IsNormalString(f.Message), "message in NFC")
			// The finding is the one SumEquals makes.
			same, _ := SumEquals(tt.s, tt.whole, tt.parts...)
			assert.Empty(t, cmp.Diff(same, f))
		})
	}
}

func TestPartitionResultString(t *testing.T) {
	for r, want := range map[PartitionResult]string{
		PartitionOK: "ok", PartitionMismatch: "mismatch", PartitionExceeds: "exceeds", PartitionShort: "short",
		PartitionResult(9): "partition_result(9)",
	} {
		assert.Equal(t, want, r.String())
	}
}

func BenchmarkPartition(b *testing.B) {
	s := Subject{Code: "x", Path: "a", Label: "số nhân sự"}
	parts := []Part{{Label: "tiến sĩ", Value: 2}, {Label: "thạc sĩ", Value: 30}, {Label: "đại học", Value: 50}}
	for b.Loop() {
		Partition(s, 86, false, parts...)
	}
}
