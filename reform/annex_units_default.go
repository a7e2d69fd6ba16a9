package reform

import (
	"github.com/shopspring/decimal"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/tthc"
)

// The heads of the groups of columns of DefaultIndicators, one per section.
const (
	headCommunication = "Tuyên truyền, phổ biến pháp luật"
	headStaff         = "Nhân sự"
	headDigital       = "Chính quyền điện tử, chính quyền số"
	head766           = "Chỉ số theo Quyết định số 766/QĐ-TTg"
)

// DefaultIndicators returns the indicators by unit a province would expect
// in the data annex of its roll-up, a new list on each call, grouped under
// a head per section:
//   - law dissemination (I.4): the sessions of classes, conferences,
//     seminars and law days, and their attendance (dissemination.Section
//     Sessions and Attendance);
//   - staff (II.3, II.4): the unit's headcount, the women among them, and
//     the times staff were sent to training (personnel.Section Staff and
//     Women of the department's group, Training.Sent);
//   - digital government (II.6): the shares of incoming documents handled
//     and of outgoing documents signed on the electronic office system, of
//     staff with an official e-mail address (digital.Email.Accounts), and
//     the procedures offered online (digital.Services.OnlineServices), a
//     set that is not totalled;
//   - procedures (II.2): the indicators 2.1 (dossiers handled early or on
//     time) and 3.3 (dossiers received online) of Quyết định 766/QĐ-TTg, as
//     tthc.Section.Indicators computes them, as rates.
//
// A unit without a section takes no part in its indicators (see
// Indicator.Part): a department that resolves no procedure has no rate of
// its own, and the province's rates are those of the units that resolve
// procedures, as in the roll-up's text.
//
// The Bộ Nội vụ's list is not confirmed (domain.md §1): pick, reorder or
// add indicators as the list asks; GivenIndicators drops those no unit
// gives.
func DefaultIndicators() []Indicator {
	out := []Indicator{
		{Name: "dissemination.sessions", Heads: []string{headCommunication, "Số lớp, hội nghị, buổi sinh hoạt"}, Width: 7,
			Part: has(communication), Figure: unitCount(communication, (*dissemination.Section).Sessions)},
		{Name: "dissemination.attendance", Heads: []string{headCommunication, "Lượt người tham dự"}, Width: 7,
			Part: has(communication), Figure: unitCount(communication, (*dissemination.Section).Attendance)},
		{Name: "personnel.staff", Heads: []string{headStaff, "Tổng số"}, Width: 6, Part: has(staffOf), Figure: unitCount(staffOf, departmentStaff)},
		{Name: "personnel.women", Heads: []string{headStaff, "Nữ"}, Width: 6, Part: has(staffOf), Figure: unitCount(staffOf, departmentWomen)},
		{Name: "personnel.training_sent", Heads: []string{headStaff, "Lượt được cử đi đào tạo, bồi dưỡng"}, Width: 7,
			Part: has(staffOf), Figure: unitCount(staffOf, trainingSent)},
		{Name: "digital.documents_handled", Heads: []string{headDigital, "Tỷ lệ văn bản đến xử lý trên hệ thống"}, Width: 7,
			Total: TotalRate, Part: has(digitalOf), Figure: unitRate(digitalOf, documentsHandled)},
		{Name: "digital.documents_signed", Heads: []string{headDigital, "Tỷ lệ văn bản đi được ký số"}, Width: 7,
			Total: TotalRate, Part: has(digitalOf), Figure: unitRate(digitalOf, documentsSigned)},
		{Name: "digital.email", Heads: []string{headDigital, "Tỷ lệ công chức, viên chức có thư điện tử công vụ"}, Width: 7,
			Total: TotalRate, Part: has(digitalOf), Figure: unitRate(digitalOf, emailAccounts)},
		{Name: "digital.online_services", Heads: []string{headDigital, "Số thủ tục cung cấp dịch vụ công trực tuyến"}, Width: 7,
			Total: TotalNone, Part: has(digitalOf), Figure: unitCount(digitalOf, onlineServices)},
	}
	scheme := tthc.Scheme766()
	for _, def := range scheme.Indicators {
		if def.Code == "2.1" || def.Code == "3.3" {
			out = append(out, Indicator{Name: "tthc.766." + def.Code, Heads: []string{head766, def.Name + " (" + def.Code + ")"},
				Width: 7, Total: TotalRate, Part: has(proceduresOf), Figure: indicator766(scheme, def)})
		}
	}
	return out
}

// has makes the Part of the indicators of a section: whether the report
// has the section.
func has[S any](part func(*Report) *S) func(*Report) bool {
	return func(r *Report) bool { return part(r) != nil }
}

// unitCount makes the figure of a count that section part of a report gives
// with get.
func unitCount[S any](part func(*Report) *S, get func(*S) (int64, bool)) func(*Report) (UnitFigure, bool) {
	return func(r *Report) (UnitFigure, bool) {
		s := part(r)
		if s == nil {
			return UnitFigure{}, false
		}
		n, ok := get(s)
		return UnitFigure{N: n}, ok
	}
}

// unitRate makes the figure of a rate whose numerator and denominator section
// part of a report gives with get.
func unitRate[S any](part func(*Report) *S, get func(*S) (num, den int64, ok bool)) func(*Report) (UnitFigure, bool) {
	return func(r *Report) (UnitFigure, bool) {
		s := part(r)
		if s == nil {
			return UnitFigure{}, false
		}
		num, den, ok := get(s)
		return UnitFigure{N: num, Of: den}, ok
	}
}

// communication is the report's section I.4, or nil.
func communication(r *Report) *dissemination.Section {
	if r.Direction == nil {
		return nil
	}
	return r.Direction.Communication
}

// staffOf is the report's staff sections II.3 and II.4, or nil.
func staffOf(r *Report) *personnel.Section {
	if r.Results == nil {
		return nil
	}
	return r.Results.Personnel
}

// digitalOf is the report's section II.6, or nil.
func digitalOf(r *Report) *digital.Section {
	if r.Results == nil {
		return nil
	}
	return r.Results.Digital
}

// proceduresOf is the report's section II.2, or nil.
func proceduresOf(r *Report) *tthc.Section {
	if r.Results == nil {
		return nil
	}
	return r.Results.Procedures
}

// departmentStaff is the headcount of the unit's own staff.
func departmentStaff(p *personnel.Section) (int64, bool) { return p.Staff(personnel.GroupDepartment) }

// departmentWomen is the number of women among the unit's own staff.
func departmentWomen(p *personnel.Section) (int64, bool) {
	n, _, women, _ := p.Women(personnel.GroupDepartment)
	return n, women
}

// trainingSent is the number of times the unit's staff were sent to
// training.
func trainingSent(p *personnel.Section) (int64, bool) {
	s := p.CivilService.Training.Sent
	if s == nil || *s < 0 {
		return 0, false
	}
	return *s, true
}

// documentsHandled is the incoming documents handled on the electronic
// office system over those received.
func documentsHandled(d *digital.Section) (int64, int64, bool) {
	if d.Documents == nil || d.Documents.Incoming == nil || d.Documents.Incoming.Handled == nil {
		return 0, 0, false
	}
	return *d.Documents.Incoming.Handled, d.Documents.Incoming.Total, true
}

// documentsSigned is the outgoing documents signed digitally over those
// sent.
func documentsSigned(d *digital.Section) (int64, int64, bool) {
	if d.Documents == nil || d.Documents.Outgoing == nil || d.Documents.Outgoing.Signed == nil {
		return 0, 0, false
	}
	return *d.Documents.Outgoing.Signed, d.Documents.Outgoing.Total, true
}

// emailAccounts is the staff with an official e-mail address over the
// staff.
func emailAccounts(d *digital.Section) (int64, int64, bool) { return d.Email.Accounts() }

// onlineServices is the number of procedures offered online.
func onlineServices(d *digital.Section) (int64, bool) { return d.Services.OnlineServices() }

// indicator766 makes the figure of the indicator def of scheme as
// tthc.Section.Indicators computes it for a unit: its numerator and
// denominator. A unit with nothing to measure (no dossier received) gives
// 0/0, which adds nothing to the total's rate and prints no rate of its
// own: the indicator is asked with full marks for nothing to measure, which
// tell that case from figures the unit does not give.
func indicator766(scheme tthc.Scheme, def tthc.IndicatorDef) func(*Report) (UnitFigure, bool) {
	one := decimal.NewFromInt(1)
	def.Max, def.FullWhenEmpty = &one, true
	scheme.Indicators = []tthc.IndicatorDef{def}
	scheme.RatePlaces = IndicatorRatePlaces
	return func(r *Report) (UnitFigure, bool) {
		s := proceduresOf(r)
		if s == nil {
			return UnitFigure{}, false
		}
		inds, err := s.Indicators(scheme)
		if err != nil || len(inds) != 1 {
			return UnitFigure{}, false
		}
		switch i := inds[0]; {
		case i.Numerator != nil && i.Denominator != nil:
			return UnitFigure{N: *i.Numerator, Of: *i.Denominator}, true
		case i.Score != nil:
			return UnitFigure{}, true
		}
		return UnitFigure{}, false
	}
}
