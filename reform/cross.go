package reform

import (
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
	"github.com/cchc-go/cchc/tthc"
)

// checkCross runs the rules across sections.
func (r *Report) checkCross() finding.List {
	var l finding.List
	l.Extend(r.crossCatalogue())
	l.Extend(r.crossStaff())
	l.Extend(r.crossAutonomy())
	l.Extend(r.crossPrevious())
	return l
}

// level is one count of a service-level scheme, for comparing II.2 and II.6.
type level struct {
	name     string // Vietnamese name for messages
	tthcPath string
	digPath  string
	a, b     *int64
}

func ptr(v int64) *int64 { return &v }

// crossCatalogue compares the procedures by service level of II.2 with the
// online services of II.6.
func (r *Report) crossCatalogue() finding.List {
	if r.Results == nil || r.Results.Procedures == nil || r.Results.Procedures.Catalogue == nil || r.Results.Digital == nil || r.Results.Digital.Services == nil {
		return nil
	}
	c, s := r.Results.Procedures.Catalogue, r.Results.Digital.Services
	const cp, dp = "results.procedures.catalogue", "results.digital.services"
	var levels []level
	switch {
	case c.Levels != nil && s.Levels != nil:
		levels = oldLevels(c.Levels, s.Levels, cp+".levels", dp+".levels")
	case c.Online != nil && s.Online != nil:
		levels = []level{
			{"toàn trình", cp + ".online.full", dp + ".online.full", ptr(c.Online.Full), s.Online.Full},
			{"một phần", cp + ".online.partial", dp + ".online.partial", ptr(c.Online.Partial), s.Online.Partial},
			{"chỉ cung cấp thông tin", cp + ".online.information_only", dp + ".online.information_only", ptr(c.Online.InformationOnly), s.Online.Information},
		}
	case (c.Levels != nil || c.Online != nil) && (s.Levels != nil || s.Online != nil):
		return finding.List{ruleCatalogueScheme.At(dp, "Mục II.2 và mục II.6 phân loại thủ tục hành chính theo hai cách khác nhau (mức độ 1–4 theo Nghị định 43/2011/NĐ-CP và toàn trình, một phần theo Nghị định 42/2022/NĐ-CP); số liệu hai mục không so sánh được.").
			WithRelated(cp)}
	default:
		return nil
	}
	var l finding.List
	for _, lv := range levels {
		if lv.a == nil && lv.b == nil {
			continue
		}
		a, b := deref(lv.a), deref(lv.b)
		if a == b {
			continue
		}
		l.Add(ruleCatalogue.At(lv.digPath, fmt.Sprintf("Số thủ tục hành chính %s ở mục II.6 là %s nhưng ở mục II.2 là %s.", lv.name, vn.Int(b), vn.Int(a))).
			WithRelated(lv.tthcPath).
			WithValues(finding.Value{Name: "procedures", Value: fmt.Sprint(a)}, finding.Value{Name: "digital", Value: fmt.Sprint(b)}))
	}
	return l
}

func oldLevels(a *tthc.Levels, b *digital.Levels, ap, bp string) []level {
	return []level{
		{"mức độ 1", ap + ".level_1", bp + ".level_1", a.Level1, b.Level1},
		{"mức độ 2", ap + ".level_2", bp + ".level_2", a.Level2, b.Level2},
		{"mức độ 3", ap + ".level_3", bp + ".level_3", a.Level3, b.Level3},
		{"mức độ 4", ap + ".level_4", bp + ".level_4", a.Level4, b.Level4},
	}
}

func deref(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

// crossStaff compares the department's staff of II.3 with the staff that
// II.6 counts for e-mail accounts.
func (r *Report) crossStaff() finding.List {
	if r.Results == nil || r.Results.Personnel == nil || r.Results.Digital == nil || r.Results.Digital.Email == nil || r.Results.Digital.Email.Staff == nil {
		return nil
	}
	n, path, ok := r.Results.Personnel.Organisation.Headcount(personnel.GroupDepartment)
	if !ok {
		return nil
	}
	staff := *r.Results.Digital.Email.Staff
	if staff == n {
		return nil
	}
	return finding.List{ruleStaff.At("results.digital.email.staff", fmt.Sprintf("Mục II.6 tính thư điện tử trên %s công chức, viên chức nhưng mục II.3 ghi cơ quan có %s nhân sự.", vn.Int(staff), vn.Int(n))).
		WithRelated("results.personnel."+path).
		WithValues(finding.Value{Name: "digital", Value: fmt.Sprint(staff)}, finding.Value{Name: "personnel", Value: fmt.Sprint(n)})}
}

// crossPrevious checks the report against the unit's report of the
// previous period.
func (r *Report) crossPrevious() finding.List {
	p := r.Previous
	if p == nil {
		return nil
	}
	var l finding.List
	if !strings.EqualFold(strings.TrimSpace(p.Header.Agency), strings.TrimSpace(r.Header.Agency)) {
		l.Add(rulePreviousPeriod.At("previous.header.agency", fmt.Sprintf("Báo cáo kỳ trước là của %s, không phải của %s.", p.Header.Agency, r.Header.Agency)).
			WithRelated("header.agency"))
	}
	_, prevTo, err1 := p.Period.Window()
	from, _, err2 := r.Period.Window()
	if err1 == nil && err2 == nil && !prevTo.Before(from) {
		l.Add(rulePreviousPeriod.At("previous.period", fmt.Sprintf("Kỳ trước (%s) kết thúc ngày %s, không trước kỳ này (%s) bắt đầu ngày %s.", p.Period.Label(), vn.CitationDate(prevTo), r.Period.Label(), vn.CitationDate(from))).
			WithRelated("period"))
	}
	if r.Results == nil || r.Results.Procedures == nil || r.Results.Procedures.Dossiers == nil ||
		p.Results == nil || p.Results.Procedures == nil || p.Results.Procedures.Dossiers == nil {
		return l
	}
	cur, prev := r.Results.Procedures.Dossiers, p.Results.Procedures.Dossiers
	pending := prev.Pending
	if cur.CarriedOver != pending {
		l.Add(ruleCarriedOver.At("results.procedures.dossiers.carried_over", fmt.Sprintf("Số hồ sơ kỳ trước chuyển sang là %s nhưng báo cáo kỳ trước còn %s hồ sơ đang giải quyết.", vn.Int(cur.CarriedOver), vn.Int(pending))).
			WithRelated("previous.results.procedures.dossiers.pending").
			WithValues(finding.Value{Name: "carried_over", Value: fmt.Sprint(cur.CarriedOver)}, finding.Value{Name: "previous_pending", Value: fmt.Sprint(pending)}))
	}
	return l
}

// crossAutonomy compares the public-service units of II.3 with the units
// by autonomy group of II.5, two values of one type (section.Autonomy):
// II.5's groups against II.3's number of units, as a partition, and each
// group both state.
func (r *Report) crossAutonomy() finding.List {
	if r.Results == nil || r.Results.Personnel == nil || r.Results.Finance == nil || r.Results.Finance.Autonomy == nil {
		return nil
	}
	psu := r.Results.Personnel.Organisation.PublicServiceUnits
	if psu == nil {
		return nil
	}
	a := r.Results.Finance.Autonomy
	var l finding.List
	if psu.Total != nil {
		l.Extend(crossAutonomyTotal(*a, *psu.Total))
	}
	if psu.Autonomy != nil {
		l.Extend(crossAutonomyGroups(*a, *psu.Autonomy))
	}
	return l
}

// The JSON paths of the public-service units of II.3 and of the autonomy
// groups of II.5.
const (
	personnelPSUPath    = "results.personnel.organisation.public_service_units"
	financeAutonomyPath = "results.finance.autonomy"
)

// crossAutonomyTotal compares II.5's groups a with II.3's number of units:
// every group stated, they add up to it; some not stated, they do not
// exceed it.
func crossAutonomyTotal(a Autonomy, units int64) finding.List {
	// A total past the int64 range comes only from counts above MaxCount,
	// which the field rules report.
	total, err := a.Total()
	if p := a.Partition(units); err != nil || (p != finding.PartitionMismatch && p != finding.PartitionExceeds) {
		return nil
	}
	return finding.List{ruleAutonomyCross.At(financeAutonomyPath, fmt.Sprintf("Mục II.5 chia %s đơn vị sự nghiệp theo mức tự chủ nhưng mục II.3 ghi cơ quan có %s đơn vị sự nghiệp.", vn.Count(total), vn.Count(units))).
		WithRelated(personnelPSUPath+".total").
		WithValues(finding.Value{Name: "finance", Value: fmt.Sprint(total)}, finding.Value{Name: "personnel", Value: fmt.Sprint(units)})}
}

// crossAutonomyGroups compares each group that II.5 (a) and II.3 (p) both
// state.
func crossAutonomyGroups(a, p Autonomy) finding.List {
	var l finding.List
	ac, pc := a.Counts(), p.Counts()
	for i, g := range section.AutonomyGroups() {
		f, q := ac[i], pc[i]
		if f == nil || q == nil || *f == *q {
			continue
		}
		l.Add(ruleAutonomyCross.At(financeAutonomyPath+"."+g.Key, fmt.Sprintf("Số đơn vị %s ở mục II.5 là %s nhưng ở mục II.3 là %s.", g.Name, vn.Count(*f), vn.Count(*q))).
			WithRelated(personnelPSUPath+".autonomy."+g.Key).
			WithValues(finding.Value{Name: "finance", Value: fmt.Sprint(*f)}, finding.Value{Name: "personnel", Value: fmt.Sprint(*q)}))
	}
	return l
}
