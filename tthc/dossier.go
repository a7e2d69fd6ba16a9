package tthc

import (
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// MaxCount is the largest count a field rule accepts (10^12), the maximum
// every section shares: finding.MaxCount.
const MaxCount = finding.MaxCount

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

// FieldCounts is one row of dossier figures by field (số liệu theo lĩnh
// vực), e.g. "Hộ tịch".
type FieldCounts struct {
	// Field is the name of the field (tên lĩnh vực) as the report writes it.
	Field string `json:"field" validate:"required"`
	Counts
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

// checkBalance checks that the dossiers received are accounted for:
// received = resolved + pending + other. Without the bucket of other
// dossiers, which the form does not have, resolved + pending may fall short
// of received: a warning names the dossiers unexplained.
func checkBalance(c Counts, path string, l *finding.List) {
	p := func(name string) string { return finding.Join(path, name) }
	// A sum past the int64 range comes only from a count above MaxCount,
	// which the field rules report.
	received, err := c.Received()
	if err != nil {
		return
	}
	resolved, err := c.Resolved()
	if err != nil {
		return
	}
	accounted, err := finding.Sum(resolved, c.Pending, deref(c.Other))
	if err != nil {
		return
	}
	related := []string{p("online"), p("in_person"), p("carried_over")}
	if c.Early != nil {
		related = append(related, p("early"))
	}
	related = append(related, p("on_time"), p("late"))
	parts := []finding.Part{
		{Label: "đã giải quyết", Value: resolved},
		{Label: "đang giải quyết", Value: c.Pending},
	}
	if c.Other != nil {
		parts = append(parts, finding.Part{Label: "rút, trả lại, từ chối", Path: p("other"), Value: *c.Other})
	}
	s := ruleDossierBalanceMismatch.Subject(p("pending"), "tổng số hồ sơ tiếp nhận", related...)
	result, f, ok := finding.Partition(s, received, c.Other != nil, parts...)
	if result == finding.PartitionShort {
		if gap, err := finding.Diff(received, accounted); err == nil {
			l.Add(ruleDossierBalance.At(p("pending"), vn.NFC(fmt.Sprintf("Số hồ sơ tiếp nhận là %s nhưng số hồ sơ đã giải quyết "+
				"và đang giải quyết cộng lại là %s (đã giải quyết %s + đang giải quyết %s); còn %s hồ sơ chưa rõ kết quả, "+
				"không có số hồ sơ rút, trả lại hoặc từ chối giải quyết để giải thích.",
				vn.Int(received), vn.Int(accounted), vn.Int(resolved), vn.Int(c.Pending), vn.Int(gap)))).
				WithRelated(related...).
				WithValues(
					finding.Value{Name: "received", Value: fmt.Sprint(received)},
					finding.Value{Name: "accounted", Value: fmt.Sprint(accounted)},
					finding.Value{Name: "unexplained", Value: fmt.Sprint(gap)}))
			return
		}
		// A gap past the int64 range comes only from counts far outside
		// the field rules' range: it is told as a plain mismatch.
		f, ok = finding.SumEquals(s, received, parts...)
	}
	if ok {
		l.Add(f)
	}
}

// check checks the dossier figures; path is the JSON path of d.
func (d *Dossiers) check(path string, l *finding.List) {
	p := func(name string) string { return finding.Join(path, name) }
	checkCounts(d.Counts, path, l)

	// A derived total past the int64 range comes only from a count above
	// MaxCount, which the field rules report: its checks are left out.
	dp := func(name string) string { return finding.Join(path, "declared", name) }
	received, recErr := d.Received()
	inPeriod, inErr := d.ReceivedInPeriod()
	resolved, resErr := d.Resolved()
	onTime, onErr := d.EarlyOrOnTime()
	if v := d.Declared.Received; v != nil && recErr == nil {
		if f, ok := finding.DeclaredInt(ruleDossierReceived.Subject(dp("received"), "tổng số hồ sơ tiếp nhận",
			p("online"), p("in_person"), p("carried_over")), *v, received); ok {
			l.Add(f)
		}
	}
	if v := d.Declared.ReceivedInPeriod; v != nil && inErr == nil {
		if f, ok := finding.DeclaredInt(ruleDossierReceivedInPeriod.Subject(dp("received_in_period"), "số hồ sơ mới tiếp nhận trong kỳ",
			p("online"), p("in_person")), *v, inPeriod); ok {
			l.Add(f)
		}
	}
	if v := d.Declared.Resolved; v != nil && resErr == nil {
		related := []string{p("on_time"), p("late")}
		if d.Early != nil {
			related = append([]string{p("early")}, related...)
		}
		if f, ok := finding.DeclaredInt(ruleDossierResolved.Subject(dp("resolved"), "tổng số hồ sơ đã giải quyết", related...),
			*v, resolved); ok {
			l.Add(f)
		}
	}
	if onErr == nil && resErr == nil {
		checkRate(l, ruleDossierOnTimeRate, dp("on_time_rate"), d.Declared.OnTimeRate,
			"tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", onTime, resolved, p("on_time"))
	}
	if inErr == nil {
		checkRate(l, ruleDossierOnlineRate, dp("online_rate"), d.Declared.OnlineRate,
			"tỷ lệ hồ sơ tiếp nhận trực tuyến", d.Online, inPeriod, p("online"))
	}

	if d.ApologyLetters != nil {
		d.checkApologies(path, l)
	}
	if d.PreviousPending != nil && *d.PreviousPending != d.CarriedOver {
		// A difference past the int64 range comes only from counts above
		// MaxCount, which the field rules report.
		if diff, err := finding.Diff(d.CarriedOver, *d.PreviousPending); err == nil {
			l.Add(ruleDossierCarriedOver.At(p("carried_over"), vn.NFC(fmt.Sprintf("Số hồ sơ kỳ trước chuyển sang là %s "+
				"nhưng số hồ sơ đang giải quyết cuối kỳ trước là %s, chênh lệch %s.",
				vn.Int(d.CarriedOver), vn.Int(*d.PreviousPending), vn.Int(abs(diff))))).
				WithRelated(p("previous_pending")).
				WithValues(
					finding.Value{Name: "carried_over", Value: fmt.Sprint(d.CarriedOver)},
					finding.Value{Name: "previous_pending", Value: fmt.Sprint(*d.PreviousPending)},
					finding.Value{Name: "difference", Value: fmt.Sprint(diff)}))
		}
	}
	d.checkFields(path, l)
}

// checkApologies compares the apology letters with the late dossiers.
func (d *Dossiers) checkApologies(path string, l *finding.List) {
	p := func(name string) string { return finding.Join(path, name) }
	letters := *d.ApologyLetters
	other, label := d.Pending, "số hồ sơ giải quyết quá hạn và đang giải quyết"
	related := []string{p("late"), p("pending")}
	if over, ok := d.Overdue(); ok {
		other, label = over, "số hồ sơ giải quyết quá hạn và đang giải quyết quá hạn"
		related = []string{p("late"), p("pending_overdue")}
	}
	// Counts past the int64 range come only from counts above MaxCount,
	// which the field rules report.
	bound, err := finding.Sum(d.Late, other)
	if err != nil {
		return
	}
	excess, excessErr := finding.Diff(letters, bound)
	missing, missingErr := finding.Diff(d.Late, letters)
	if letters > bound && excessErr == nil {
		l.Add(ruleDossierApology.At(p("apology_letters"), vn.NFC(fmt.Sprintf("Số văn bản xin lỗi là %s, nhiều hơn %s là %s.",
			vn.Int(letters), label, vn.Int(bound)))).
			WithRelated(related...).
			WithValues(
				finding.Value{Name: "letters", Value: fmt.Sprint(letters)},
				finding.Value{Name: "late", Value: fmt.Sprint(bound)},
				finding.Value{Name: "excess", Value: fmt.Sprint(excess)}))
		return
	}
	if letters < d.Late && missingErr == nil {
		l.Add(ruleDossierApologyMissing.At(p("apology_letters"), vn.NFC(fmt.Sprintf("Số văn bản xin lỗi là %s, "+
			"ít hơn số hồ sơ giải quyết quá hạn là %s; mỗi hồ sơ quá hạn cần có văn bản xin lỗi.", vn.Int(letters), vn.Int(d.Late)))).
			WithRelated(p("late")).
			WithValues(
				finding.Value{Name: "letters", Value: fmt.Sprint(letters)},
				finding.Value{Name: "late", Value: fmt.Sprint(d.Late)},
				finding.Value{Name: "missing", Value: fmt.Sprint(missing)}))
	}
}

// checkFields checks the rows by field against the totals.
func (d *Dossiers) checkFields(path string, l *finding.List) {
	if len(d.Fields) == 0 {
		return
	}
	seen := make(map[string]int, len(d.Fields))
	for i, r := range d.Fields {
		rp := finding.Index(finding.Join(path, "fields"), i)
		checkCounts(r.Counts, rp, l)
		key := fieldKey(r.Field)
		if j, dup := seen[key]; dup {
			l.Add(ruleDossierFieldsDuplicate.At(finding.Join(rp, "field"),
				vn.NFC(fmt.Sprintf("Lĩnh vực %q xuất hiện ở hai dòng số liệu (dòng %d và dòng %d).", strings.TrimSpace(r.Field), j+1, i+1))).
				WithRelated(finding.Join(finding.Index(finding.Join(path, "fields"), j), "field")).
				WithValues(finding.Value{Name: "field", Value: r.Field}))
		} else {
			seen[key] = i
		}
	}

	type figure struct {
		name, label string
		get         func(Counts) (int64, bool)
	}
	plain := func(f func(Counts) int64) func(Counts) (int64, bool) {
		return func(c Counts) (int64, bool) { return f(c), true }
	}
	opt := func(f func(Counts) *int64) func(Counts) (int64, bool) {
		return func(c Counts) (int64, bool) {
			if v := f(c); v != nil {
				return *v, true
			}
			return 0, false
		}
	}
	// Early and on time are compared apart only where every row and the
	// total split them; otherwise their sum is compared.
	split := d.Early != nil
	for _, r := range d.Fields {
		split = split && r.Early != nil
	}
	figures := []figure{
		{"online", "số hồ sơ tiếp nhận trực tuyến", plain(func(c Counts) int64 { return c.Online })},
		{"in_person", "số hồ sơ tiếp nhận trực tiếp", plain(func(c Counts) int64 { return c.InPerson })},
		{"carried_over", "số hồ sơ kỳ trước chuyển sang", plain(func(c Counts) int64 { return c.CarriedOver })},
	}
	if split {
		figures = append(figures,
			figure{"early", "số hồ sơ giải quyết trước hạn", opt(func(c Counts) *int64 { return c.Early })},
			figure{"on_time", "số hồ sơ giải quyết đúng hạn", plain(func(c Counts) int64 { return c.OnTime })})
	} else {
		figures = append(figures,
			figure{"on_time", "số hồ sơ giải quyết trước hạn và đúng hạn", func(c Counts) (int64, bool) {
				v, err := c.EarlyOrOnTime()
				return v, err == nil
			}})
	}
	figures = append(figures,
		figure{"late", "số hồ sơ giải quyết quá hạn", plain(func(c Counts) int64 { return c.Late })},
		figure{"pending", "số hồ sơ đang giải quyết", plain(func(c Counts) int64 { return c.Pending })},
		figure{"pending_in_time", "số hồ sơ đang giải quyết trong hạn", opt(func(c Counts) *int64 { return c.PendingInTime })},
		figure{"pending_overdue", "số hồ sơ đang giải quyết quá hạn", opt(func(c Counts) *int64 { return c.PendingOverdue })},
		figure{"other", "số hồ sơ rút, trả lại, từ chối", opt(func(c Counts) *int64 { return c.Other })},
	)
	for _, fg := range figures {
		total, ok := fg.get(d.Counts)
		if !ok {
			continue
		}
		parts := make([]finding.Part, 0, len(d.Fields))
		for i, r := range d.Fields {
			v, ok := fg.get(r.Counts)
			if !ok {
				parts = nil
				break
			}
			parts = append(parts, finding.Part{Label: strings.TrimSpace(r.Field), Value: v,
				Path: finding.Join(finding.Index(finding.Join(path, "fields"), i), fg.name)})
		}
		if parts == nil {
			continue
		}
		if f, ok := finding.SumEquals(ruleDossierFields.Subject(finding.Join(path, fg.name), fg.label), total, parts...); ok {
			l.Add(f)
		}
	}
}

// fieldKey is the key two rows of the same field share.
func fieldKey(s string) string { return strings.ToLower(vn.NFC(strings.TrimSpace(s))) }

// checkRate checks a declared rate (the text the report writes) against
// num/den with the rules r; an empty stated text checks nothing.
func checkRate(l *finding.List, r finding.RateRule, path, stated, label string, num, den int64, related ...string) {
	if stated == "" {
		return
	}
	v, places, err := vn.ParsePercent(stated)
	if err != nil {
		l.Add(ruleDeclaredSyntax.At(path,
			vn.NFC(fmt.Sprintf("Tỷ lệ %q tại %s không đọc được: cần một tỷ lệ phần trăm như \"53,5%%\" (%v).", stated, path, err))).
			WithValues(finding.Value{Name: "stated", Value: stated}))
		return
	}
	if _, f, ok := r.CheckRate(path, label, v, places, num, den, related...); ok {
		l.Add(f)
	}
}

func deref(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

func abs(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}
