// Topic: the results of handling dossiers (sub-item đ, kết quả giải quyết
// hồ sơ thủ tục hành chính), the figures of Biểu số 06/VPCP/KSTT: received,
// resolved, pending, their identities and declared figures, the carry-over
// from the previous period. Its types, rules and checks, roll-up, and the
// dossier paragraph. The rows by field and the apology letters, which hang
// on the dossiers, have files of their own (fieldrows.go, apologies.go).

package tthc

import (
	"errors"
	"fmt"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// Counts are the dossier figures of one row of Biểu số 06/VPCP/KSTT
// (Thông tư 01/2020/TT-VPCP): the unit's totals, or one field's (lĩnh vực).
//
// Totals are never typed: received, resolved and the rates are derived from
// the parts (see the methods). Pending is the one total kept as data, because
// sources commonly give it without its split into in time and overdue (the
// reference report does: "đang giải quyết là 301 hồ sơ"); when the split is
// given, the identity pending = in time + overdue is checked.
//
// The figures the form always has (online, in person, carried over, on time,
// late, pending) are plain counts: a zero is a zero. The figures sources may
// lack are pointers: nil means "not given", never 0.
type Counts struct {
	// Online is the number of dossiers received online in the period (tiếp
	// nhận trực tuyến).
	Online int64 `json:"online" validate:"gte=0,lte=1000000000000"`
	// InPerson is the number received in person or by post in the period
	// (tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính công ích): one column of
	// the form.
	InPerson int64 `json:"in_person" validate:"gte=0,lte=1000000000000"`
	// CarriedOver is the number carried over from the previous period (từ
	// kỳ trước chuyển sang).
	CarriedOver int64 `json:"carried_over" validate:"gte=0,lte=1000000000000"`

	// Early is the number resolved before the deadline (giải quyết trước
	// hạn). It is nil when the source does not split early from on time, as
	// the reference report does not ("15.264 hồ sơ đúng hạn"): OnTime then
	// counts the dossiers resolved early or on time.
	Early *int64 `json:"early,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// OnTime is the number resolved on time (đúng hạn); when Early is nil,
	// the number resolved early or on time.
	OnTime int64 `json:"on_time" validate:"gte=0,lte=1000000000000"`
	// Late is the number resolved after the deadline (quá hạn, trễ hạn).
	Late int64 `json:"late" validate:"gte=0,lte=1000000000000"`

	// Pending is the number still being handled at the end of the period
	// (đang giải quyết).
	Pending int64 `json:"pending" validate:"gte=0,lte=1000000000000"`
	// PendingInTime is the number of pending dossiers still within their
	// time limit (đang giải quyết trong hạn, chưa đến hạn); nil when not given.
	PendingInTime *int64 `json:"pending_in_time,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// PendingOverdue is the number of pending dossiers past their time limit
	// (đang giải quyết quá hạn); nil when not given.
	PendingOverdue *int64 `json:"pending_overdue,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`

	// Other is the number withdrawn, returned or refused (rút hồ sơ, trả lại,
	// từ chối giải quyết): a bucket the form does not have. Nil means the
	// source keeps no such bucket; then received = resolved + pending is
	// expected, and a surplus is a warning naming the unexplained dossiers.
	Other *int64 `json:"other,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// Received is the number of dossiers received (tổng số hồ sơ tiếp nhận):
// online + in person or by post + carried over. The sum is exact or an error
// wrapping finding.ErrOverflow: it fails only for counts above MaxCount,
// which Validate reports.
func (c Counts) Received() (int64, error) { return finding.Sum(c.Online, c.InPerson, c.CarriedOver) }

// ReceivedInPeriod is the number newly received in the period (số mới tiếp
// nhận trong kỳ): online + in person or by post, without carry-over. Errors
// are those of Received.
func (c Counts) ReceivedInPeriod() (int64, error) { return finding.Sum(c.Online, c.InPerson) }

// EarlyOrOnTime is the number resolved early or on time (trước hạn và đúng
// hạn): Early + OnTime, or OnTime alone when Early is not given. Errors are
// those of Received.
func (c Counts) EarlyOrOnTime() (int64, error) { return finding.Sum(deref(c.Early), c.OnTime) }

// Resolved is the number resolved (tổng số hồ sơ đã giải quyết): early + on
// time + late. Errors are those of Received.
func (c Counts) Resolved() (int64, error) { return finding.Sum(deref(c.Early), c.OnTime, c.Late) }

// InTime returns the number of pending dossiers still in time, and whether it
// is known: PendingInTime when given, else Pending − PendingOverdue when the
// overdue figure is given (and the difference fits in an int64).
func (c Counts) InTime() (int64, bool) {
	switch {
	case c.PendingInTime != nil:
		return *c.PendingInTime, true
	case c.PendingOverdue != nil:
		d, err := finding.Diff(c.Pending, *c.PendingOverdue)
		return d, err == nil
	}
	return 0, false
}

// Overdue returns the number of pending dossiers past their time limit, and
// whether it is known: PendingOverdue when given, else Pending −
// PendingInTime when the in-time figure is given (and the difference fits in
// an int64).
func (c Counts) Overdue() (int64, bool) {
	switch {
	case c.PendingOverdue != nil:
		return *c.PendingOverdue, true
	case c.PendingInTime != nil:
		d, err := finding.Diff(c.Pending, *c.PendingInTime)
		return d, err == nil
	}
	return 0, false
}

// DeclaredDossiers are the dossier figures a source states that the data can
// derive (số liệu do hệ thống hoặc báo cáo ghi sẵn): each is compared with the
// derived figure; the generated text prints the derived one. Counts are nil
// and rates empty when not stated.
type DeclaredDossiers struct {
	// Received is the stated number of dossiers received, carry-over
	// included.
	Received *int64 `json:"received,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// ReceivedInPeriod is the stated number newly received in the period.
	ReceivedInPeriod *int64 `json:"received_in_period,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Resolved is the stated number resolved.
	Resolved *int64 `json:"resolved,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// OnTimeRate is the stated share resolved early or on time, as written:
	// "99,9%".
	OnTimeRate string `json:"on_time_rate,omitempty"`
	// OnlineRate is the stated share of dossiers received online, as
	// written: "54,8%".
	OnlineRate string `json:"online_rate,omitempty"`
}

// Dossiers are the results of handling dossiers in the period (kết quả giải
// quyết hồ sơ thủ tục hành chính), in the shape of Biểu số 06/VPCP/KSTT.
type Dossiers struct {
	Counts
	// Fields are optional rows by field; when given, each figure summed over
	// the rows must equal the unit's figure.
	Fields []FieldCounts `json:"fields,omitempty" validate:"dive"`
	// ApologyLetters is the number of apology letters sent for late
	// dossiers (văn bản xin lỗi, Thông tư 01/2018/TT-VPCP mẫu 04); nil when
	// not given.
	ApologyLetters *int64 `json:"apology_letters,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// PreviousPending is the number pending at the end of the previous
	// period, from its report; nil when not known. When given, it must equal
	// CarriedOver.
	PreviousPending *int64 `json:"previous_pending,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Declared are the figures the source states.
	Declared DeclaredDossiers `json:"declared,omitzero"`
}

// The codes of the findings about the dossier figures (mã kiểm tra). Rules
// documents each one with its default severity and its source.
const (
	// CodeDossierReceived: the declared number of dossiers received differs
	// from online + in person + carried over.
	CodeDossierReceived finding.Code = "tthc.dossier.received"
	// CodeDossierReceivedInPeriod: the declared number of dossiers newly
	// received differs from online + in person.
	CodeDossierReceivedInPeriod finding.Code = "tthc.dossier.received_in_period"
	// CodeDossierResolved: the declared number of dossiers resolved differs
	// from early + on time + late.
	CodeDossierResolved finding.Code = "tthc.dossier.resolved"
	// CodeDossierPending: pending in time + overdue differs from pending.
	CodeDossierPending finding.Code = "tthc.dossier.pending"
	// CodeDossierBalance: more dossiers received than resolved + pending,
	// with no bucket for withdrawn, returned or refused dossiers.
	CodeDossierBalance finding.Code = "tthc.dossier.balance"
	// CodeDossierBalanceMismatch: received ≠ resolved + pending (+ other)
	// where no missing bucket can explain it.
	CodeDossierBalanceMismatch finding.Code = "tthc.dossier.balance.mismatch"
	// CodeDossierOnTimeRate: the declared on-time rate differs from the
	// computed one.
	CodeDossierOnTimeRate finding.Code = "tthc.dossier.on_time_rate"
	// CodeDossierOnlineRate: the declared online share differs from the
	// computed one.
	CodeDossierOnlineRate finding.Code = "tthc.dossier.online_rate"
	// CodeDossierCarriedOver: the dossiers carried over differ from the
	// previous period's pending dossiers.
	CodeDossierCarriedOver finding.Code = "tthc.dossier.carried_over"
)

// The rules of the dossier checks, one per code (quy tắc kiểm tra): built
// once, never changed. The checks make their findings from them, and Rules
// lists them.
var (
	ruleDossierReceived = finding.Rule{Code: CodeDossierReceived, Severity: finding.Error,
		Summary: "Tổng số hồ sơ tiếp nhận ghi trong báo cáo khác tổng số hồ sơ trực tuyến, trực tiếp và kỳ trước chuyển sang.",
		Doc:     "received = online + in person or by post + carried over (Biểu số 06/VPCP/KSTT, Thông tư 01/2020/TT-VPCP)."}
	ruleDossierReceivedInPeriod = finding.Rule{Code: CodeDossierReceivedInPeriod, Severity: finding.Error,
		Summary: "Số hồ sơ mới tiếp nhận trong kỳ ghi trong báo cáo khác tổng số hồ sơ trực tuyến và trực tiếp.",
		Doc:     "received in the period = online + in person or by post (Biểu số 06/VPCP/KSTT)."}
	ruleDossierResolved = finding.Rule{Code: CodeDossierResolved, Severity: finding.Warning,
		Summary: "Tổng số hồ sơ đã giải quyết ghi trong báo cáo khác tổng số hồ sơ trước hạn, đúng hạn và quá hạn.",
		Doc: "resolved = early + on time + late (Biểu số 06/VPCP/KSTT). A warning, not an error: real public statistics " +
			"break this identity by a few percent; the finding gives the gap."}
	ruleDossierPending = finding.Rule{Code: CodeDossierPending, Severity: finding.Error,
		Summary: "Số hồ sơ đang giải quyết trong hạn và quá hạn không khớp với tổng số hồ sơ đang giải quyết.",
		Doc:     "pending = pending in time + pending overdue (Biểu số 06/VPCP/KSTT); when only one part is given it must not exceed pending."}
	ruleDossierBalance = finding.Rule{Code: CodeDossierBalance, Severity: finding.Warning,
		Summary: "Số hồ sơ tiếp nhận lớn hơn số hồ sơ đã giải quyết và đang giải quyết; phần chênh lệch chưa được giải thích.",
		Doc: "received = resolved + pending. The form has no column for withdrawn, returned or refused dossiers; with no such " +
			"bucket given, a surplus of received dossiers is a warning that names the unexplained number (the reference report: " +
			"15.613 received, 15.265 + 301 = 15.566 accounted for, 47 unexplained)."}
	ruleDossierBalanceMismatch = finding.Rule{Code: CodeDossierBalanceMismatch, Severity: finding.Error,
		Summary: "Số hồ sơ tiếp nhận không khớp với số hồ sơ đã giải quyết, đang giải quyết và rút, trả lại, từ chối.",
		Doc: "received = resolved + pending + other when the other bucket is given; and resolved + pending never exceeds " +
			"received. No missing bucket explains either gap."}
	ruleDossierOnTimeRate = finding.RateRule{
		Mismatch: finding.Rule{Code: CodeDossierOnTimeRate, Severity: finding.Error,
			Summary: "Tỷ lệ hồ sơ giải quyết đúng hạn ghi trong báo cáo khác tỷ lệ tính từ số hồ sơ.",
			Doc:     "on-time rate = (early + on time) / resolved, compared at the stated precision, rounded half-up."},
		Truncated: finding.Rule{Code: finding.TruncatedCode(CodeDossierOnTimeRate), Severity: finding.Warning,
			Summary: "Tỷ lệ hồ sơ giải quyết đúng hạn ghi trong báo cáo bị cắt bớt chữ số thay vì làm tròn.",
			Doc:     "The declared on-time rate equals the computed rate cut off, not rounded."},
	}
	ruleDossierOnlineRate = finding.RateRule{
		Mismatch: finding.Rule{Code: CodeDossierOnlineRate, Severity: finding.Error,
			Summary: "Tỷ lệ hồ sơ trực tuyến ghi trong báo cáo khác tỷ lệ tính từ số hồ sơ.",
			Doc:     "online share = online / (online + in person), carried-over dossiers excluded as in Quyết định 766/QĐ-TTg."},
		Truncated: finding.Rule{Code: finding.TruncatedCode(CodeDossierOnlineRate), Severity: finding.Warning,
			Summary: "Tỷ lệ hồ sơ trực tuyến ghi trong báo cáo bị cắt bớt chữ số thay vì làm tròn.",
			Doc:     "The declared online share equals the computed share cut off, not rounded."},
	}
	ruleDossierCarriedOver = finding.Rule{Code: CodeDossierCarriedOver, Severity: finding.Warning,
		Summary: "Số hồ sơ kỳ trước chuyển sang khác số hồ sơ đang giải quyết cuối kỳ trước.",
		Doc:     "carried over (this period) = pending at the end of the previous period, when the previous figure is given."}
)

// check checks the dossier figures; path is the JSON path of d.
func (d *Dossiers) check(path string, l *finding.List) {
	checkCounts(d.Counts, path, l)
	d.checkDeclaredCounts(path, l)
	d.checkDeclaredRates(path, l)
	if d.ApologyLetters != nil {
		d.checkApologies(path, l)
	}
	if d.PreviousPending != nil && *d.PreviousPending != d.CarriedOver {
		d.checkCarriedOver(path, l)
	}
	d.checkFields(path, l)
}

// checkCounts checks the identities of one row of counts at path.
func checkCounts(c Counts, path string, l *finding.List) {
	checkPending(c, path, l)
	checkBalance(c, path, l)
}

// checkPending checks pending = in time + overdue, or that the one part
// given does not exceed pending.
func checkPending(c Counts, path string, l *finding.List) {
	p := func(name string) string { return finding.Join(path, name) }
	switch {
	case c.PendingInTime != nil && c.PendingOverdue != nil:
		if f, ok := finding.SumEquals(ruleDossierPending.Subject(p("pending"), "số hồ sơ đang giải quyết"), c.Pending,
			finding.Part{Label: "trong hạn", Path: p("pending_in_time"), Value: *c.PendingInTime},
			finding.Part{Label: "quá hạn", Path: p("pending_overdue"), Value: *c.PendingOverdue}); ok {
			l.Add(f)
		}
	case c.PendingInTime != nil:
		if f, ok := finding.AtMost(ruleDossierPending.Subject(p("pending_in_time"), "số hồ sơ đang giải quyết trong hạn", p("pending")),
			*c.PendingInTime, c.Pending); ok {
			l.Add(f)
		}
	case c.PendingOverdue != nil:
		if f, ok := finding.AtMost(ruleDossierPending.Subject(p("pending_overdue"), "số hồ sơ đang giải quyết quá hạn", p("pending")),
			*c.PendingOverdue, c.Pending); ok {
			l.Add(f)
		}
	}
}

// balance are the sums of one row that received = resolved + pending +
// other compares.
type balance struct {
	received, resolved, accounted int64
}

// balanceOf returns the sums of c; false when one leaves the int64 range,
// which comes only from a count above MaxCount, which the field rules
// report.
func balanceOf(c Counts) (balance, bool) {
	received, err := c.Received()
	if err != nil {
		return balance{}, false
	}
	resolved, err := c.Resolved()
	if err != nil {
		return balance{}, false
	}
	accounted, err := finding.Sum(resolved, c.Pending, deref(c.Other))
	if err != nil {
		return balance{}, false
	}
	return balance{received: received, resolved: resolved, accounted: accounted}, true
}

// checkBalance checks that the dossiers received are accounted for:
// received = resolved + pending + other. Without the bucket of other
// dossiers, which the form does not have, resolved + pending may fall short
// of received: a warning names the dossiers unexplained.
func checkBalance(c Counts, path string, l *finding.List) {
	p := func(name string) string { return finding.Join(path, name) }
	b, ok := balanceOf(c)
	if !ok {
		return
	}
	related := balanceRelated(c, p)
	parts := []finding.Part{
		{Label: "đã giải quyết", Value: b.resolved},
		{Label: "đang giải quyết", Value: c.Pending},
	}
	if c.Other != nil {
		parts = append(parts, finding.Part{Label: "rút, trả lại, từ chối", Path: p("other"), Value: *c.Other})
	}
	s := ruleDossierBalanceMismatch.Subject(p("pending"), "tổng số hồ sơ tiếp nhận", related...)
	result, f, ok := finding.Partition(s, b.received, c.Other != nil, parts...)
	if result == finding.PartitionShort {
		if gap, err := finding.Diff(b.received, b.accounted); err == nil {
			l.Add(b.unexplained(c, p("pending"), gap).WithRelated(related...))
			return
		}
		// A gap past the int64 range comes only from counts far outside
		// the field rules' range: it is told as a plain mismatch.
		f, ok = finding.SumEquals(s, b.received, parts...)
	}
	if ok {
		l.Add(f)
	}
}

// balanceRelated are the paths of the figures received and resolved are
// derived from.
func balanceRelated(c Counts, p func(string) string) []string {
	related := []string{p("online"), p("in_person"), p("carried_over")}
	if c.Early != nil {
		related = append(related, p("early"))
	}
	return append(related, p("on_time"), p("late"))
}

// unexplained is the warning at path of gap received dossiers that
// resolved + pending leave unexplained.
func (b balance) unexplained(c Counts, path string, gap int64) finding.Finding {
	return ruleDossierBalance.At(path, vn.NFC(fmt.Sprintf("Số hồ sơ tiếp nhận là %s nhưng số hồ sơ đã giải quyết "+
		"và đang giải quyết cộng lại là %s (đã giải quyết %s + đang giải quyết %s); còn %s hồ sơ chưa rõ kết quả, "+
		"không có số hồ sơ rút, trả lại hoặc từ chối giải quyết để giải thích.",
		vn.Int(b.received), vn.Int(b.accounted), vn.Int(b.resolved), vn.Int(c.Pending), vn.Int(gap)))).
		WithValues(
			finding.Value{Name: "received", Value: fmt.Sprint(b.received)},
			finding.Value{Name: "accounted", Value: fmt.Sprint(b.accounted)},
			finding.Value{Name: "unexplained", Value: fmt.Sprint(gap)})
}

// checkDeclaredCounts compares the declared received, received in the
// period and resolved with the derived ones.
func (d *Dossiers) checkDeclaredCounts(path string, l *finding.List) {
	p := func(name string) string { return finding.Join(path, name) }
	dp := func(name string) string { return finding.Join(path, "declared", name) }
	received, err := d.Received()
	checkDeclared(l, ruleDossierReceived.Subject(dp("received"), "tổng số hồ sơ tiếp nhận",
		p("online"), p("in_person"), p("carried_over")), d.Declared.Received, received, err)
	inPeriod, err := d.ReceivedInPeriod()
	checkDeclared(l, ruleDossierReceivedInPeriod.Subject(dp("received_in_period"), "số hồ sơ mới tiếp nhận trong kỳ",
		p("online"), p("in_person")), d.Declared.ReceivedInPeriod, inPeriod, err)
	related := []string{p("on_time"), p("late")}
	if d.Early != nil {
		related = append([]string{p("early")}, related...)
	}
	resolved, err := d.Resolved()
	checkDeclared(l, ruleDossierResolved.Subject(dp("resolved"), "tổng số hồ sơ đã giải quyết", related...),
		d.Declared.Resolved, resolved, err)
}

// checkDeclaredRates compares the declared on-time rate and online share
// with the derived ones. A derived total past the int64 range comes only
// from a count above MaxCount, which the field rules report: its checks are
// left out.
func (d *Dossiers) checkDeclaredRates(path string, l *finding.List) {
	p := func(name string) string { return finding.Join(path, name) }
	dp := func(name string) string { return finding.Join(path, "declared", name) }
	inPeriod, inErr := d.ReceivedInPeriod()
	resolved, resErr := d.Resolved()
	onTime, onErr := d.EarlyOrOnTime()
	if onErr == nil && resErr == nil {
		checkRate(l, ruleDossierOnTimeRate, dp("on_time_rate"), d.Declared.OnTimeRate,
			"tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", onTime, resolved, p("on_time"))
	}
	if inErr == nil {
		checkRate(l, ruleDossierOnlineRate, dp("online_rate"), d.Declared.OnlineRate,
			"tỷ lệ hồ sơ tiếp nhận trực tuyến", d.Online, inPeriod, p("online"))
	}
}

// checkCarriedOver reports dossiers carried over that differ from the
// previous period's pending ones.
func (d *Dossiers) checkCarriedOver(path string, l *finding.List) {
	p := func(name string) string { return finding.Join(path, name) }
	// A difference past the int64 range comes only from counts above
	// MaxCount, which the field rules report.
	diff, err := finding.Diff(d.CarriedOver, *d.PreviousPending)
	if err != nil {
		return
	}
	l.Add(ruleDossierCarriedOver.At(p("carried_over"), vn.NFC(fmt.Sprintf("Số hồ sơ kỳ trước chuyển sang là %s "+
		"nhưng số hồ sơ đang giải quyết cuối kỳ trước là %s, chênh lệch %s.",
		vn.Int(d.CarriedOver), vn.Int(*d.PreviousPending), vn.Int(abs(diff))))).
		WithRelated(p("previous_pending")).
		WithValues(
			finding.Value{Name: "carried_over", Value: fmt.Sprint(d.CarriedOver)},
			finding.Value{Name: "previous_pending", Value: fmt.Sprint(*d.PreviousPending)},
			finding.Value{Name: "difference", Value: fmt.Sprint(diff)}))
}

func abs(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// addDossiers adds two units' dossier figures (see Section.Add).
func addDossiers(x, y *Dossiers) (*Dossiers, error) {
	if !both(x, y) {
		return nil, nil
	}
	a := section.NewAdder("tthc")
	out := &Dossiers{
		Counts:          addCounts(a, "dossiers", x.Counts, y.Counts),
		ApologyLetters:  a.Optional("dossiers.apology_letters", x.ApologyLetters, y.ApologyLetters),
		PreviousPending: a.Optional("dossiers.previous_pending", x.PreviousPending, y.PreviousPending),
	}
	out.Fields = addFieldRows(a, x.Fields, y.Fields)
	if err := a.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// addCounts adds one row of dossier counts; name is its JSON path.
func addCounts(a *section.Adder, name string, x, y Counts) Counts {
	p := func(f string) string { return name + "." + f }
	out := Counts{
		Online:      a.Add(p("online"), x.Online, y.Online),
		InPerson:    a.Add(p("in_person"), x.InPerson, y.InPerson),
		CarriedOver: a.Add(p("carried_over"), x.CarriedOver, y.CarriedOver),
		Late:        a.Add(p("late"), x.Late, y.Late),
		Pending:     a.Add(p("pending"), x.Pending, y.Pending),
		Other:       a.Optional(p("other"), x.Other, y.Other),
	}
	addEarlyOnTime(a, p, x, y, &out)
	addPendingSplit(a, p, x, y, &out)
	return out
}

// addEarlyOnTime adds early and on time apart when both rows split them,
// and merges them into "early or on time" otherwise.
func addEarlyOnTime(a *section.Adder, p func(string) string, x, y Counts, out *Counts) {
	if x.Early != nil && y.Early != nil {
		out.Early = a.Optional(p("early"), x.Early, y.Early)
		out.OnTime = a.Add(p("on_time"), x.OnTime, y.OnTime)
		return
	}
	xt, xerr := x.EarlyOrOnTime()
	yt, yerr := y.EarlyOrOnTime()
	if err := errors.Join(xerr, yerr); err != nil {
		a.Fail(fmt.Errorf("tthc: add: %s: %w", p("on_time"), err))
	}
	out.OnTime = a.Add(p("on_time"), xt, yt)
}

// addPendingSplit adds the pending split into in time and overdue when both
// rows know it, and drops it otherwise.
func addPendingSplit(a *section.Adder, p func(string) string, x, y Counts, out *Counts) {
	xi, xok := x.InTime()
	yi, yok := y.InTime()
	xo, _ := x.Overdue()
	yo, _ := y.Overdue()
	if xok && yok {
		out.PendingInTime = a.Optional(p("pending_in_time"), &xi, &yi)
		out.PendingOverdue = a.Optional(p("pending_overdue"), &xo, &yo)
	}
}

// cloneCounts copies c with its own optional counts.
func cloneCounts(c Counts) Counts {
	cp := func(p *int64) *int64 {
		if p == nil {
			return nil
		}
		v := *p
		return &v
	}
	c.Early, c.PendingInTime, c.PendingOverdue, c.Other = cp(c.Early), cp(c.PendingInTime), cp(c.PendingOverdue), cp(c.Other)
	return c
}

// zeroDossiers returns dossiers with the same parts as d, every count zero;
// nil for nil.
func zeroDossiers(d *Dossiers) *Dossiers {
	if d == nil {
		return nil
	}
	return &Dossiers{Counts: zeroCounts(d.Counts), ApologyLetters: zero(d.ApologyLetters),
		PreviousPending: zero(d.PreviousPending), Fields: zeroFieldRows(d.Fields)}
}

// zeroCounts returns a row with the same optional counts as c, every count
// zero.
func zeroCounts(c Counts) Counts {
	return Counts{Early: zero(c.Early), PendingInTime: zero(c.PendingInTime),
		PendingOverdue: zero(c.PendingOverdue), Other: zero(c.Other)}
}

// DossierFigures are the dossier figures of the dossier paragraph and of the
// rows by field, formatted. Counts are section.Figure values: {{.Late}} writes "12",
// {{if .Late.Value}} tests for a zero, so that a sentence can say "không có
// hồ sơ quá hạn" instead of "0 hồ sơ quá hạn"; a count the data may leave out
// (Early, PendingInTime, PendingOverdue, Other) has Given false when it does.
// A rate with no base is the empty string.
type DossierFigures struct {
	Names
	// Field is the field's name in a row by field; empty for the totals.
	Field string
	// Received, ReceivedInPeriod, Online, InPerson and CarriedOver are the
	// received dossiers.
	Received, ReceivedInPeriod, Online, InPerson, CarriedOver section.Figure
	// Resolved, Early, OnTime and Late are the resolved dossiers; when Early
	// is not given, OnTime counts early and on time together.
	Resolved, Early, OnTime, Late section.Figure
	// Pending, PendingInTime and PendingOverdue are the pending dossiers;
	// the split is given when the data gives either part.
	Pending, PendingInTime, PendingOverdue section.Figure
	// Other is the number withdrawn, returned or refused.
	Other section.Figure
	// OnTimeRate is (early + on time) / resolved; OnlineRate is online /
	// (online + in person).
	OnTimeRate, OnlineRate string
}

// DossierParagraph returns the paragraph of dossier results (sub-item đ),
// e.g. "Kết quả giải quyết TTHC: Sở Tư pháp tiếp nhận 15.613 hồ sơ; …".
// It returns ErrNoFigures when the section has no dossiers.
func (s *Section) DossierParagraph(w Wording) (string, error) {
	if s == nil || s.Dossiers == nil {
		return "", ErrNoFigures
	}
	wr, err := w.writer()
	if err != nil {
		return "", err
	}
	figs, err := dossierFigures(s.Dossiers.Counts, "", "dossiers", s.names(), w.Numbers)
	wr.Fail(err)
	t := wr.Text("Dossiers", figs)
	return t, wr.Err()
}

// resultBlocks is sub-item đ: the dossier paragraph, the rows by field and
// the narrative after them.
func (s *Section) resultBlocks(wr *section.Writer, f vn.Format, n Names) []doc.Block {
	var out []doc.Block
	if d := s.Dossiers; d != nil {
		figs, err := dossierFigures(d.Counts, "", "dossiers", n, f)
		wr.Fail(err)
		out = appendSentence(wr, out, "Dossiers", figs)
		out = append(out, fieldRowBlocks(wr, d.Fields, f, n)...)
	}
	return append(out, textBlocks(wr, s.ResultsText, "results_text")...)
}

// dossierFigures formats one row of dossier figures; path is its JSON path.
func dossierFigures(c Counts, field, path string, n Names, f vn.Format) (DossierFigures, error) {
	received, err1 := c.Received()
	inPeriod, err2 := c.ReceivedInPeriod()
	resolved, err3 := c.Resolved()
	onTime, err4 := c.EarlyOrOnTime()
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		return DossierFigures{}, sumError(path, finding.ErrOverflow)
	}
	count := func(n int64) section.Figure { return section.Count(f, n) }
	out := DossierFigures{
		Names: n, Field: field,
		Received: count(received), ReceivedInPeriod: count(inPeriod),
		Online: count(c.Online), InPerson: count(c.InPerson), CarriedOver: count(c.CarriedOver),
		Resolved: count(resolved), Early: section.Optional(f, c.Early), OnTime: count(c.OnTime), Late: count(c.Late),
		Pending: count(c.Pending), Other: section.Optional(f, c.Other),
		OnTimeRate: percent(f, onTime, resolved),
		OnlineRate: percent(f, c.Online, inPeriod),
	}
	if v, ok := c.InTime(); ok {
		out.PendingInTime = count(v)
	}
	if v, ok := c.Overdue(); ok {
		out.PendingOverdue = count(v)
	}
	return out, nil
}

// dossierRules are the rules of the dossier results, in the order Rules
// lists them.
func dossierRules() finding.Catalogue {
	return finding.Catalogue{
		ruleDossierReceived,
		ruleDossierReceivedInPeriod,
		ruleDossierResolved,
		ruleDossierPending,
		ruleDossierBalance,
		ruleDossierBalanceMismatch,
		ruleDossierOnTimeRate.Mismatch,
		ruleDossierOnTimeRate.Truncated,
		ruleDossierOnlineRate.Mismatch,
		ruleDossierOnlineRate.Truncated,
		ruleDossierCarriedOver,
	}
}
