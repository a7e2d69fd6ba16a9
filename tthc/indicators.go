// Topic: the indicators of Quyết định 766/QĐ-TTg that the section's
// figures feed (chỉ số đánh giá chất lượng phục vụ người dân, doanh
// nghiệp): the scoring Scheme as data, the measures read from the
// catalogue, the dossiers and the feedback, and the ratios and scores.

package tthc

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// Measure names what an indicator measures, i.e. which figures of the section
// feed it (đại lượng đo).
type Measure string

// The measures of Quyết định 766/QĐ-TTg that a department's section II.2 can
// feed, with their formulas (domain.md §3).
const (
	// MeasureOnTime: (resolved early or on time + pending in time) / received,
	// carry-over included (the form's "tiếp nhận", 15.613 in the reference
	// report). The numerator counts what became of carried-over dossiers too,
	// so the base includes them; without them the ratio could pass 100%.
	// Received dossiers neither resolved nor pending (withdrawn, refused,
	// unexplained) count as not on time.
	MeasureOnTime Measure = "on_time"
	// MeasureOnlineOffered: (toàn trình + một phần) / procedures in scope; it
	// needs the catalogue in the scheme of Nghị định 42/2022/NĐ-CP.
	MeasureOnlineOffered Measure = "online_offered"
	// MeasureOnlineShare: online / (online + in person): dossiers received
	// in the period, carry-over excluded.
	MeasureOnlineShare Measure = "online_share"
	// MeasureElectronicResult: dossiers with an electronic result; the
	// section holds no figure for it.
	MeasureElectronicResult Measure = "electronic_result"
	// MeasureDigitised: digitised dossiers; the section holds no figure for
	// it.
	MeasureDigitised Measure = "digitised"
	// MeasureFeedbackOnTime: (feedback answered on time + pending in time) /
	// feedback received; no feedback gives full marks.
	MeasureFeedbackOnTime Measure = "feedback_on_time"
	// MeasureSatisfaction: 100% − (late % + complaint %); the section holds
	// no complaint figure.
	MeasureSatisfaction Measure = "satisfaction"
)

// Scheme is a named, versioned scoring scheme of indicators (bộ chỉ số), e.g.
// the original groups of Quyết định 766/QĐ-TTg. It is data: a caller copies
// Scheme766 and changes a maximum or a threshold that a newer version, or a
// province, sets differently.
type Scheme struct {
	// ID names the scheme and its version, e.g. "766/2022".
	ID string `json:"id"`
	// Title is the scheme's name in Vietnamese.
	Title string `json:"title"`
	// Groups are the groups of the index with their maximum points, for
	// reference; they add up to 100 in 766/2022.
	Groups []Group `json:"groups,omitempty"`
	// Indicators are the indicators the scheme scores, in order.
	Indicators []IndicatorDef `json:"indicators"`
	// RatePlaces is the number of decimals of a printed ratio.
	RatePlaces int32 `json:"rate_places"`
	// ScorePlaces is the number of decimals a score is rounded to, half-up.
	ScorePlaces int32 `json:"score_places"`
}

// Group is a group of indicators with its maximum points (nhóm chỉ số).
type Group struct {
	// Name is the group's name.
	Name string `json:"name"`
	// Max is its maximum points.
	Max decimal.Decimal `json:"max"`
}

// IndicatorDef defines one indicator of a scheme (chỉ số thành phần).
type IndicatorDef struct {
	// Code is the indicator's number in the scheme, e.g. "2.1".
	Code string `json:"code"`
	// Name is its name in Vietnamese.
	Name string `json:"name"`
	// Measure is what it measures.
	Measure Measure `json:"measure"`
	// Max is the maximum points; nil when not confirmed: the ratio is still
	// computed, the score is not.
	Max *decimal.Decimal `json:"max,omitempty"`
	// FullAt is the percentage at or above which the indicator gets full
	// marks (e.g. 80); nil when there is none.
	FullAt *decimal.Decimal `json:"full_at,omitempty"`
	// ScaleToThreshold scores a ratio below FullAt as ratio / FullAt × Max
	// instead of ratio × Max. Which rule 766 applies below a threshold is
	// not confirmed; the default is ratio × Max.
	ScaleToThreshold bool `json:"scale_to_threshold,omitempty"`
	// FullWhenEmpty gives full marks when there is nothing to measure (no
	// feedback received), instead of "not computable".
	FullWhenEmpty bool `json:"full_when_empty,omitempty"`
}

// Scheme766 returns the indicators of Quyết định 766/QĐ-TTg (23/6/2022) in
// its original five groups (transparency 18, progress 20, digitisation 22,
// online service 22, satisfaction 18) that a department's figures feed, with
// the codes, formulas and maxima of domain.md §3. It returns a new value on
// each call.
//
// Not confirmed in the sources, hence configurable: the maxima of 3.1 and
// 3.3 (nil: their scores are not computed until a caller sets them with
// WithMax) and the score below a full-marks threshold (ratio × max here; see
// IndicatorDef.ScaleToThreshold).
// The national portal's newer six groups are another scheme: build it as
// data with its own ID.
func Scheme766() Scheme {
	return Scheme{
		ID:    "766/2022",
		Title: "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (Quyết định số 766/QĐ-TTg)",
		Groups: []Group{
			{Name: "Công khai, minh bạch", Max: decimal.NewFromInt(18)},
			{Name: "Tiến độ, kết quả giải quyết", Max: decimal.NewFromInt(20)},
			{Name: "Số hóa hồ sơ", Max: decimal.NewFromInt(22)},
			{Name: "Cung cấp dịch vụ trực tuyến", Max: decimal.NewFromInt(22)},
			{Name: "Mức độ hài lòng", Max: decimal.NewFromInt(18)},
		},
		Indicators: []IndicatorDef{
			{Code: "2.1", Name: "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", Measure: MeasureOnTime, Max: dec(20)},
			{Code: "3.1", Name: "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến", Measure: MeasureOnlineOffered, FullAt: dec(80)},
			{Code: "3.3", Name: "Tỷ lệ hồ sơ tiếp nhận trực tuyến", Measure: MeasureOnlineShare, FullAt: dec(50)},
			{Code: "4.1", Name: "Tỷ lệ hồ sơ được cấp kết quả điện tử", Measure: MeasureElectronicResult, Max: dec(6)},
			{Code: "4.2", Name: "Tỷ lệ số hóa hồ sơ", Measure: MeasureDigitised, Max: dec(4), FullAt: dec(80)},
			{Code: "5.2", Name: "Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn", Measure: MeasureFeedbackOnTime, Max: dec(6), FullWhenEmpty: true},
			{Code: "5.4", Name: "Tỷ lệ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính", Measure: MeasureSatisfaction, Max: dec(6), FullAt: dec(90)},
		},
		RatePlaces:  1,
		ScorePlaces: 2,
	}
}

func dec(n int64) *decimal.Decimal {
	d := decimal.NewFromInt(n)
	return &d
}

// WithMax returns a copy of the scheme in which the indicator with the given
// code has the maximum max. It fails when there is no such indicator or max
// is negative. The receiver is not changed.
func (s Scheme) WithMax(code string, max decimal.Decimal) (Scheme, error) {
	if max.IsNegative() {
		return s, fmt.Errorf("tthc: scheme %s: indicator %s: maximum %s is negative", s.ID, code, max)
	}
	out := s
	out.Indicators = append([]IndicatorDef(nil), s.Indicators...)
	for i := range out.Indicators {
		if out.Indicators[i].Code == code {
			out.Indicators[i].Max = &max
			return out, nil
		}
	}
	return s, fmt.Errorf("tthc: scheme %s: no indicator %q", s.ID, code)
}

// Validate reports every problem of the scheme at once: no ID, a code that is
// empty or listed twice, an unknown measure, a negative maximum, a threshold
// outside 0–100, decimals outside 0–10.
func (s Scheme) Validate() error {
	var errs []error
	if strings.TrimSpace(s.ID) == "" {
		errs = append(errs, errors.New("tthc: scheme: the ID (name and version) is required"))
	}
	if s.RatePlaces < 0 || s.RatePlaces > 10 || s.ScorePlaces < 0 || s.ScorePlaces > 10 {
		errs = append(errs, fmt.Errorf("tthc: scheme %s: rate_places %d and score_places %d must be 0 to 10", s.ID, s.RatePlaces, s.ScorePlaces))
	}
	seen := map[string]bool{}
	for i, d := range s.Indicators {
		errs = append(errs, s.indicatorErrors(i, d, seen)...)
	}
	return errors.Join(errs...)
}

// indicatorErrors returns the problems of indicator i of the scheme; seen
// holds the codes listed before it, and gets d's.
func (s Scheme) indicatorErrors(i int, d IndicatorDef, seen map[string]bool) []error {
	var errs []error
	at := fmt.Sprintf("tthc: scheme %s: indicators[%d] (%s)", s.ID, i, d.Code)
	switch {
	case strings.TrimSpace(d.Code) == "":
		errs = append(errs, fmt.Errorf("%s: the code is required", at))
	case seen[d.Code]:
		errs = append(errs, fmt.Errorf("%s: code listed twice", at))
	}
	seen[d.Code] = true
	if !knownMeasure(d.Measure) {
		errs = append(errs, fmt.Errorf("%s: unknown measure %q", at, d.Measure))
	}
	if d.Max != nil && d.Max.IsNegative() {
		errs = append(errs, fmt.Errorf("%s: negative maximum %s", at, d.Max))
	}
	if d.FullAt != nil && (!d.FullAt.IsPositive() || d.FullAt.GreaterThan(decimal.NewFromInt(100))) {
		errs = append(errs, fmt.Errorf("%s: full-marks threshold %s%% must be above 0 and at most 100", at, d.FullAt))
	}
	return errs
}

// knownMeasure reports whether m is one of the measures of the package.
func knownMeasure(m Measure) bool {
	switch m {
	case MeasureOnTime, MeasureOnlineOffered, MeasureOnlineShare, MeasureElectronicResult,
		MeasureDigitised, MeasureFeedbackOnTime, MeasureSatisfaction:
		return true
	}
	return false
}

// Indicator is one indicator computed from the section (kết quả chỉ số):
// the ratio, the score and the maximum, or why it could not be computed.
// Nothing missing is ever scored 0.
type Indicator struct {
	// Scheme is the ID of the scheme, e.g. "766/2022".
	Scheme string `json:"scheme"`
	// Code is the indicator's code, e.g. "3.3".
	Code string `json:"code"`
	// Name is its name.
	Name string `json:"name"`
	// Numerator and Denominator are the counts of the ratio; nil when not
	// computable.
	Numerator *int64 `json:"numerator,omitempty"`
	// Denominator is the base of the ratio.
	Denominator *int64 `json:"denominator,omitempty"`
	// Percent is the ratio in percent, rounded half-up to the scheme's
	// RatePlaces; nil when not computable or when there is no base.
	Percent *decimal.Decimal `json:"percent,omitempty"`
	// Score is the points earned, rounded half-up to the scheme's
	// ScorePlaces; nil when not computable or the maximum is not set.
	Score *decimal.Decimal `json:"score,omitempty"`
	// Max is the maximum points; nil when the scheme does not set it.
	Max *decimal.Decimal `json:"max,omitempty"`
	// Note says in Vietnamese why the ratio or the score is missing, or why
	// full marks were given without a ratio.
	Note string `json:"note,omitempty"`
}

// Computable reports whether the indicator has a ratio or a score.
func (i Indicator) Computable() bool { return i.Percent != nil || i.Score != nil }

// String writes the indicator on one line in Vietnamese: "3.3 Tỷ lệ hồ sơ
// tiếp nhận trực tuyến: 54,8% (8.252/15.058); điểm 6/6".
func (i Indicator) String() string {
	var b strings.Builder
	b.WriteString(i.Code + " " + i.Name + ": ")
	switch {
	case i.Percent != nil:
		b.WriteString(vn.PercentValue(*i.Percent, -i.Percent.Exponent()))
		if i.Numerator != nil && i.Denominator != nil {
			b.WriteString(" (" + vn.Int(*i.Numerator) + "/" + vn.Int(*i.Denominator) + ")")
		}
	case i.Score != nil:
		b.WriteString("không có số liệu để tính tỷ lệ")
	default:
		b.WriteString("không tính được")
	}
	if i.Score != nil && i.Max != nil {
		b.WriteString("; điểm " + vn.Decimal(*i.Score, -i.Score.Exponent()) + "/" + vn.Decimal(*i.Max, max(-i.Max.Exponent(), 0)))
	}
	if i.Note != "" {
		b.WriteString(" — " + i.Note)
	}
	return b.String()
}

// Indicators computes the indicators of the scheme from the section's
// figures, in the scheme's order. An indicator the figures cannot support is
// returned without ratio and score, with a Note saying what is missing,
// never as 0. The error is for a scheme that does not validate.
func (s *Section) Indicators(sch Scheme) ([]Indicator, error) {
	if err := sch.Validate(); err != nil {
		return nil, err
	}
	if s == nil {
		s = &Section{}
	}
	out := make([]Indicator, 0, len(sch.Indicators))
	for _, d := range sch.Indicators {
		ind := Indicator{Scheme: sch.ID, Code: d.Code, Name: d.Name, Max: d.Max}
		num, den, note := s.measure(d.Measure)
		if note != "" {
			ind.Note = note
			out = append(out, ind)
			continue
		}
		score(&ind, d, sch, num, den)
		out = append(out, ind)
	}
	return out, nil
}

// measure returns the numerator and denominator of a measure, or a note
// saying why the section cannot give them.
func (s *Section) measure(m Measure) (num, den int64, note string) {
	switch m {
	case MeasureOnTime:
		return measureOnTime(s.Dossiers)
	case MeasureOnlineShare:
		return measureOnlineShare(s.Dossiers)
	case MeasureOnlineOffered:
		return measureOnlineOffered(s.Catalogue)
	case MeasureFeedbackOnTime:
		return measureFeedbackOnTime(s.Feedback)
	case MeasureElectronicResult:
		return 0, 0, "phần thủ tục hành chính không có số liệu hồ sơ cấp kết quả điện tử"
	case MeasureDigitised:
		return 0, 0, "phần thủ tục hành chính không có số liệu số hóa hồ sơ"
	case MeasureSatisfaction:
		return 0, 0, "phần thủ tục hành chính không có số liệu khiếu nại, mức độ hài lòng"
	}
	return 0, 0, fmt.Sprintf("đại lượng %q không được hỗ trợ", m)
}

// measureOnTime is MeasureOnTime: (early or on time + pending in time) /
// received.
func measureOnTime(d *Dossiers) (num, den int64, note string) {
	if d == nil {
		return 0, 0, "không có số liệu giải quyết hồ sơ"
	}
	in, ok := d.InTime()
	if !ok {
		return 0, 0, "thiếu số hồ sơ đang giải quyết trong hạn (chưa tách trong hạn, quá hạn)"
	}
	onTime, err1 := d.EarlyOrOnTime()
	num, err2 := finding.Sum(onTime, in)
	den, err3 := d.Received()
	return checked(num, den, err1, err2, err3)
}

// measureOnlineShare is MeasureOnlineShare: online / (online + in person).
func measureOnlineShare(d *Dossiers) (num, den int64, note string) {
	if d == nil {
		return 0, 0, "không có số liệu tiếp nhận hồ sơ"
	}
	den, err := d.ReceivedInPeriod()
	return checked(d.Online, den, err)
}

// measureOnlineOffered is MeasureOnlineOffered: (toàn trình + một phần) /
// procedures, in the scheme of Nghị định 42/2022/NĐ-CP only.
func measureOnlineOffered(c *Catalogue) (num, den int64, note string) {
	switch {
	case c == nil || (c.Levels == nil && c.Online == nil):
		return 0, 0, "không có số liệu danh mục thủ tục hành chính"
	case c.Online == nil:
		return 0, 0, "danh mục phân loại theo mức độ 1–4 (Nghị định 43/2011/NĐ-CP), không theo dịch vụ công trực tuyến toàn trình, một phần"
	case c.Levels != nil:
		return 0, 0, "danh mục ghi cả hai cách phân loại mức độ"
	}
	num, err1 := finding.Sum(c.Online.Full, c.Online.Partial)
	den, err2 := c.Online.Total()
	return checked(num, den, err1, err2)
}

// measureFeedbackOnTime is MeasureFeedbackOnTime: (answered on time +
// pending in time) / received; no feedback gives 0/0 and no note.
func measureFeedbackOnTime(f *Feedback) (num, den int64, note string) {
	if f == nil {
		return 0, 0, "không có số liệu phản ánh, kiến nghị"
	}
	if f.Received == 0 {
		return 0, 0, ""
	}
	if f.AnsweredOnTime == nil {
		return 0, 0, "thiếu số phản ánh, kiến nghị trả lời đúng hạn"
	}
	pendingInTime := int64(0)
	switch u, ok := f.Unanswered(); {
	case f.PendingInTime != nil:
		pendingInTime = *f.PendingInTime
	case ok && u == 0:
	default:
		return 0, 0, "thiếu số phản ánh, kiến nghị đang xử lý trong hạn"
	}
	num, err := finding.Sum(*f.AnsweredOnTime, pendingInTime)
	return checked(num, f.Received, err)
}

// checked returns num and den, or the note of a ratio whose counts add up
// past the int64 range (counts above MaxCount, which Validate reports).
func checked(num, den int64, errs ...error) (int64, int64, string) {
	if errors.Join(errs...) != nil {
		return 0, 0, "số liệu vượt quá giới hạn tính toán: không tính được tỷ lệ"
	}
	return num, den, ""
}

// score fills the ratio and score of ind from num/den.
func score(ind *Indicator, d IndicatorDef, sch Scheme, num, den int64) {
	if den <= 0 {
		scoreEmpty(ind, d, den)
		return
	}
	if num < 0 {
		ind.Note = "số liệu âm: không tính được tỷ lệ"
		return
	}
	ind.Numerator, ind.Denominator = &num, &den
	pct, err := vn.Rate(num, den, sch.RatePlaces)
	if err != nil {
		ind.Note = "không tính được tỷ lệ"
		return
	}
	ind.Percent = &pct
	if d.Max == nil {
		ind.Note = unscoredNote(d, num, den)
		return
	}
	sc := points(d, sch, num, den)
	ind.Score = &sc
}

// scoreEmpty fills ind when there is no base (den ≤ 0): full marks when the
// indicator gives them for nothing to measure, a note otherwise.
func scoreEmpty(ind *Indicator, d IndicatorDef, den int64) {
	if d.FullWhenEmpty && den == 0 {
		ind.Score = d.Max
		ind.Note = "không phát sinh trong kỳ: đạt điểm tối đa"
		if d.Max == nil {
			ind.Note = "không phát sinh trong kỳ; điểm tối đa của chỉ số chưa được xác định"
		}
		return
	}
	ind.Note = "mẫu số bằng 0: không tính được tỷ lệ"
}

// unscoredNote is the note of a ratio whose indicator has no maximum.
func unscoredNote(d IndicatorDef, num, den int64) string {
	if reachesFull(d, num, den) {
		return "đạt ngưỡng " + vn.PercentValue(*d.FullAt, max(-d.FullAt.Exponent(), 0)) +
			" để được điểm tối đa; điểm tối đa của chỉ số chưa được xác định: chưa tính điểm"
	}
	return "điểm tối đa của chỉ số chưa được xác định: chưa tính điểm"
}

// reachesFull reports whether num/den reaches the indicator's full-marks
// threshold; false when it has none.
func reachesFull(d IndicatorDef, num, den int64) bool {
	return d.FullAt != nil && decimal.NewFromInt(num).Shift(2).GreaterThanOrEqual(d.FullAt.Mul(decimal.NewFromInt(den)))
}

// points is the score of num/den (den > 0) under an indicator with a
// maximum. Scores are computed from the counts, not from the rounded
// percentage: num × max / den, rounded half-up once, at the end.
func points(d IndicatorDef, sch Scheme, num, den int64) decimal.Decimal {
	n, base := decimal.NewFromInt(num), decimal.NewFromInt(den)
	switch {
	case num >= den, reachesFull(d, num, den):
		return *d.Max
	case d.FullAt != nil && d.ScaleToThreshold:
		return n.Mul(d.Max.Shift(2)).DivRound(d.FullAt.Mul(base), sch.ScorePlaces)
	default:
		return n.Mul(*d.Max).DivRound(base, sch.ScorePlaces)
	}
}
