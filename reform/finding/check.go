package finding

import (
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
)

// Subject names what a check is about (đối tượng kiểm tra): the code and path
// of the finding it may make, and the Vietnamese words for the figure in the
// message. A package makes the subjects of its checks from its rules with
// Rule.Subject, so that the code and severity are those its catalogue lists.
//
// The check helpers below return (Finding, true) when the check fires and
// (Finding{}, false) when the figures agree. The values of a finding are
// written in machine form ("-1", "15613", "53.5": no thousands separator, "."
// as the decimal point) so that callers can read them back; the message writes
// the same figures the Vietnamese way (15.613; 53,5%).
type Subject struct {
	// Code is the code of the finding.
	Code Code
	// Severity is the severity of the finding; the zero value means the
	// helper's default severity, documented on each helper.
	Severity Severity
	// Path is the JSON path of the field the finding is about.
	Path string
	// Related are the JSON paths of the other fields compared.
	Related []string
	// Label is the Vietnamese noun phrase of the figure, in lower case as in
	// the middle of a sentence, e.g. "tổng số hồ sơ tiếp nhận". The message
	// starts with it, its first letter in upper case.
	Label string
}

// Part is one term of a sum (thành phần): its Vietnamese label, e.g.
// "trực tuyến", the JSON path of its field and its value.
type Part struct {
	// Label is the Vietnamese label of the part as written in the list of
	// parts, e.g. "trực tuyến"; it may be empty.
	Label string
	// Path is the JSON path of the part's field; it is added to the finding's
	// related paths.
	Path string
	// Value is the part's figure.
	Value int64
}

// finding makes the finding of s with the helper's default severity def.
func (s Subject) finding(def Severity, related []string, values []Value, message string) Finding {
	sev := s.Severity
	if sev == 0 {
		sev = def
	}
	return Finding{
		Code:     s.Code,
		Severity: sev,
		Path:     s.Path,
		Related:  related,
		Values:   values,
		Message:  message,
	}
}

// SumEquals checks that the parts add up to total (tổng bằng tổng các thành
// phần), e.g. received = online + in person + carried over. The default
// severity is Error. The values are "total", "sum" and "difference"
// (total − sum); the related paths are s.Related followed by the paths of the
// parts. With no parts the sum is 0.
//
// The message reads: "Tổng số hồ sơ tiếp nhận ghi 15.613 nhưng các thành phần
// cộng lại được 15.566 (đã giải quyết 15.265 + đang giải quyết 301), chênh
// lệch 47." The sum is exact even where it does not fit in an int64.
func SumEquals(s Subject, total int64, parts ...Part) (Finding, bool) {
	var sum int64
	fits := true
	for _, p := range parts {
		next := sum + p.Value
		if (p.Value > 0 && next < sum) || (p.Value < 0 && next > sum) {
			fits = false
			break
		}
		sum = next
	}
	if fits && sum == total {
		return Finding{}, false
	}

	bigSum := new(big.Int)
	terms := make([]string, len(parts))
	var part big.Int
	for i, p := range parts {
		bigSum.Add(bigSum, part.SetInt64(p.Value))
		switch {
		case p.Label != "":
			terms[i] = p.Label + " " + viInt(p.Value)
		case p.Value < 0:
			terms[i] = "(" + viInt(p.Value) + ")"
		default:
			terms[i] = viInt(p.Value)
		}
	}
	diff := new(big.Int).Sub(big.NewInt(total), bigSum)
	if diff.Sign() == 0 {
		// A running sum left the int64 range on the way but came back.
		return Finding{}, false
	}
	gap := viBig(new(big.Int).Abs(diff))

	var rest string
	if len(parts) == 0 {
		rest = fmt.Sprintf(" ghi %s nhưng không có thành phần nào để cộng, chênh lệch %s.", viInt(total), gap)
	} else {
		rest = fmt.Sprintf(" ghi %s nhưng các thành phần cộng lại được %s (%s), chênh lệch %s.",
			viInt(total), viBig(bigSum), strings.Join(terms, " + "), gap)
	}

	related := slices.Clone(s.Related)
	for _, p := range parts {
		if p.Path != "" && p.Path != s.Path && !slices.Contains(related, p.Path) {
			related = append(related, p.Path)
		}
	}
	values := []Value{
		{Name: "total", Value: fmt.Sprint(total)},
		{Name: "sum", Value: bigSum.String()},
		{Name: "difference", Value: diff.String()},
	}
	return s.finding(Error, related, values, sentence(s.Label, "tổng số", rest)), true
}

// PartitionResult says how the parts of a whole compare with it (kết quả
// đối chiếu các thành phần với tổng): the result of Partition.
type PartitionResult int

// The results of Partition.
const (
	// PartitionOK: the parts add up to the whole; with a part missing, the
	// given ones make it already, so the missing ones are 0.
	PartitionOK PartitionResult = iota
	// PartitionMismatch: every part is given and they do not add up to the
	// whole.
	PartitionMismatch
	// PartitionExceeds: a part is missing and the given ones already exceed
	// the whole, whatever the missing ones are.
	PartitionExceeds
	// PartitionShort: a part is missing and the given ones fall short of the
	// whole: the missing ones may make up the gap, or not.
	PartitionShort
)

// String returns "ok", "mismatch", "exceeds" or "short".
func (r PartitionResult) String() string {
	switch r {
	case PartitionOK:
		return "ok"
	case PartitionMismatch:
		return "mismatch"
	case PartitionExceeds:
		return "exceeds"
	case PartitionShort:
		return "short"
	}
	return fmt.Sprintf("partition_result(%d)", int(r))
}

// Partition checks parts that split a whole (các thành phần của một tổng)
// when a source may leave some of them out: complete says whether every part
// is given, and parts are the ones that are. With every part given they must
// add up to whole, as SumEquals checks; with one missing, the given ones
// must not exceed whole and may fall short of it.
//
// It returns the result and, for PartitionMismatch and PartitionExceeds, the
// finding of SumEquals(s, whole, parts...): its sum is that of the parts
// given, and its default severity is Error. PartitionShort makes no finding:
// only the caller knows what the gap means (a bucket the form lacks, groups
// the report does not name) and says so in its own finding, or keeps quiet.
// The sum is exact even where it does not fit in an int64.
//
// For example, staff by degree split the staff: a report that gives 86 staff
// as 2 doctors + 30 masters + 50 bachelors, without the staff below a
// bachelor's degree, is short by 4, which the staff below may be:
//
//	result, f, ok := finding.Partition(s, 86, false,
//		finding.Part{Label: "tiến sĩ", Value: 2},
//		finding.Part{Label: "thạc sĩ", Value: 30},
//		finding.Part{Label: "đại học", Value: 50})
//	// result == finding.PartitionShort, ok == false: the caller says
//	// that 4 staff are of no degree the report names.
//
// With 60 bachelors the given degrees make 92 > 86 (PartitionExceeds), and
// with every degree given any sum but 86 is PartitionMismatch: f then reads
// "Số nhân sự ghi 86 nhưng các thành phần cộng lại được 92 (tiến sĩ 2 +
// thạc sĩ 30 + đại học 60), chênh lệch 6."
func Partition(s Subject, whole int64, complete bool, parts ...Part) (PartitionResult, Finding, bool) {
	sum := new(big.Int)
	var part big.Int
	for _, p := range parts {
		sum.Add(sum, part.SetInt64(p.Value))
	}
	switch c := sum.Cmp(big.NewInt(whole)); {
	case c == 0:
		return PartitionOK, Finding{}, false
	case !complete && c < 0:
		return PartitionShort, Finding{}, false
	}
	result := PartitionMismatch
	if !complete {
		result = PartitionExceeds
	}
	f, _ := SumEquals(s, whole, parts...)
	return result, f, true
}

// DeclaredInt checks that a declared figure (số liệu ghi trong báo cáo), one a
// person or another system states, equals the figure derived from the data.
// The default severity is Error. The values are "declared", "derived" and
// "difference" (declared − derived).
//
// The message reads: "Tổng số hồ sơ đã giải quyết ghi 15.265 nhưng tính từ số
// liệu chi tiết được 15.266, chênh lệch 1."
func DeclaredInt(s Subject, declared, derived int64) (Finding, bool) {
	if declared == derived {
		return Finding{}, false
	}
	diff := new(big.Int).Sub(big.NewInt(declared), big.NewInt(derived))
	rest := fmt.Sprintf(" ghi %s nhưng tính từ số liệu chi tiết được %s, chênh lệch %s.",
		viInt(declared), viInt(derived), viBig(new(big.Int).Abs(diff)))
	values := []Value{
		{Name: "declared", Value: fmt.Sprint(declared)},
		{Name: "derived", Value: fmt.Sprint(derived)},
		{Name: "difference", Value: diff.String()},
	}
	return s.finding(Error, slices.Clone(s.Related), values, sentence(s.Label, "số liệu", rest)), true
}

// DeclaredDecimal is DeclaredInt for decimal figures such as money: the values
// compare equal when they are the same number, whatever their trailing zeros
// (1.50 = 1.5). The default severity is Error. The values are "declared",
// "derived" and "difference" (declared − derived).
func DeclaredDecimal(s Subject, declared, derived decimal.Decimal) (Finding, bool) {
	if declared.Equal(derived) {
		return Finding{}, false
	}
	diff := declared.Sub(derived)
	rest := fmt.Sprintf(" ghi %s nhưng tính từ số liệu chi tiết được %s, chênh lệch %s.",
		viDecimal(plainDecimal(declared)), viDecimal(plainDecimal(derived)), viDecimal(plainDecimal(diff.Abs())))
	values := []Value{
		{Name: "declared", Value: plainDecimal(declared)},
		{Name: "derived", Value: plainDecimal(derived)},
		{Name: "difference", Value: plainDecimal(diff)},
	}
	return s.finding(Error, slices.Clone(s.Related), values, sentence(s.Label, "số liệu", rest)), true
}

// AtMost checks that part ≤ whole (không vượt quá), e.g. online dossiers ≤
// received, "Chiến sĩ thi đua cơ sở" ≤ "Lao động tiên tiến". The label names
// the part; the path of the whole goes in s.Related. The default severity is
// Error. The values are "part", "whole" and "excess" (part − whole).
//
// The message reads: "Số chiến sĩ thi đua cơ sở là 12, vượt quá mức tối đa là
// 10, chênh lệch 2."
func AtMost(s Subject, part, whole int64) (Finding, bool) {
	if part <= whole {
		return Finding{}, false
	}
	excess := new(big.Int).Sub(big.NewInt(part), big.NewInt(whole))
	rest := fmt.Sprintf(" là %s, vượt quá mức tối đa là %s, chênh lệch %s.", viInt(part), viInt(whole), viBig(excess))
	values := []Value{
		{Name: "part", Value: fmt.Sprint(part)},
		{Name: "whole", Value: fmt.Sprint(whole)},
		{Name: "excess", Value: excess.String()},
	}
	return s.finding(Error, slices.Clone(s.Related), values, sentence(s.Label, "số liệu", rest)), true
}

// NotNegative checks that a count is not negative (không âm). The default
// severity is Error. The value is "value".
//
// The message reads: "Số hồ sơ trực tuyến là -3; số liệu này không thể là số
// âm."
func NotNegative(s Subject, v int64) (Finding, bool) {
	if v >= 0 {
		return Finding{}, false
	}
	rest := fmt.Sprintf(" là %s; số liệu này không thể là số âm.", viInt(v))
	values := []Value{{Name: "value", Value: fmt.Sprint(v)}}
	return s.finding(Error, slices.Clone(s.Related), values, sentence(s.Label, "số liệu", rest)), true
}
