package personnel

// Topic: the department's public-service units (đơn vị sự nghiệp công lập),
// part of II.3.1 — how many there are, how many were reorganised ("04/04"),
// and the partition of the units by financial autonomy group (Nghị định
// 60/2021/NĐ-CP), in the type section II.5 states it in too
// (section.Autonomy).

import (
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// PublicServiceUnits are the department's public-service units (đơn vị sự
// nghiệp công lập): how many there are, how many were reorganised, and their
// financial autonomy groups under Nghị định 60/2021/NĐ-CP.
//
// The autonomy groups are kept here, with the units they partition;
// section II.5 (public finance), which states the same "04 đơn vị … 03 …
// 01", states them in the same type, and reform checks that the two agree.
type PublicServiceUnits struct {
	// Total is the number of public-service units; nil when not given.
	Total *int64 `json:"total,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Reorganised is the number that were reorganised (sắp xếp, tổ chức lại),
	// the x of "04/04"; nil when not given.
	Reorganised *int64 `json:"reorganised,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Autonomy is the units by autonomy group; nil when not given.
	Autonomy *Autonomy `json:"autonomy,omitempty"`
}

// Autonomy is the public-service units by financial autonomy group (nhóm tự
// chủ), Nghị định 60/2021/NĐ-CP, Điều 9: the type section II.5 (public
// finance, package reform) states them in too.
type Autonomy = section.Autonomy

// The codes of the checks of public-service units.
const (
	// CodePSUUnits: public-service units exceed the department's units.
	CodePSUUnits finding.Code = "personnel.psu.units"
	// CodeReorganised: reorganised units exceed the public-service units.
	CodeReorganised finding.Code = "personnel.psu.reorganised"
	// CodeAutonomy: autonomy groups do not add up to the public-service units.
	CodeAutonomy finding.Code = "personnel.psu.autonomy"
	// CodeAutonomyIncomplete: some autonomy group is not stated and the stated ones fall short.
	CodeAutonomyIncomplete finding.Code = "personnel.psu.autonomy.incomplete"
)

// The rules of the checks of public-service units.
var (
	rulePSUUnits = finding.Rule{Code: CodePSUUnits, Severity: finding.Error,
		Summary: "Số đơn vị sự nghiệp vượt quá số phòng, đơn vị thuộc Sở.",
		Doc:     "The public-service units are among the department's divisions and units: units ≥ public-service units."}
	ruleReorganised = finding.Rule{Code: CodeReorganised, Severity: finding.Error,
		Summary: "Số đơn vị sự nghiệp đã sắp xếp, tổ chức lại vượt quá tổng số đơn vị sự nghiệp.",
		Doc:     "Done ≤ total of the figure written \"04/04\"."}
	ruleAutonomy = finding.Rule{Code: CodeAutonomy, Severity: finding.Error,
		Summary: "Số đơn vị sự nghiệp theo nhóm tự chủ cộng lại không bằng tổng số đơn vị sự nghiệp.",
		Doc: "The four autonomy groups of Nghị định 60/2021/NĐ-CP, Điều 9 partition the public-service units (domain.md " +
			"§4: 04 = 03 + 01); the given groups never exceed the total. The groups' own declared_total, when it is another " +
			"figure than the total, is checked the same way."}
	ruleAutonomyIncomplete = finding.Rule{Code: CodeAutonomyIncomplete, Severity: finding.Warning,
		Summary: "Các nhóm tự chủ được nêu cộng lại ít hơn tổng số đơn vị sự nghiệp và báo cáo không nêu đủ các nhóm.",
		Doc:     "Some autonomy group is not stated and the stated ones fall short of the total: the gap is unexplained."}
	// autonomyRules are the rules of the check of the autonomy groups
	// (section.Autonomy.Check).
	autonomyRules = section.AutonomyRules{Mismatch: ruleAutonomy, Incomplete: ruleAutonomyIncomplete}
)

// publicServiceUnits checks the units against the department's units, the
// reorganised ones against the units, and the partition by autonomy group.
func (c *checker) publicServiceUnits() {
	u := c.p.Organisation.PublicServiceUnits
	if u == nil {
		return
	}
	const up = "organisation.public_service_units"
	c.atMost(rulePSUUnits, up+".total", "số đơn vị sự nghiệp", u.Total, c.p.Organisation.Department.Units, "organisation.department.units")
	c.atMost(ruleReorganised, up+".reorganised", "số đơn vị sự nghiệp đã sắp xếp, tổ chức lại", u.Reorganised, u.Total, up+".total")
	if u.Autonomy != nil {
		c.autonomy(*u.Autonomy, u.Total, up)
	}
}

// autonomy checks the autonomy groups a against the units they split: the
// public-service units' total, and the total the groups state themselves
// (declared_total) when it is another figure.
func (c *checker) autonomy(a Autonomy, total *int64, up string) {
	ap := up + ".autonomy"
	if n, ok := count(total); ok {
		c.l.Extend(a.Check(autonomyRules, ap, section.Whole{Value: n, Path: up + ".total", Label: "số đơn vị sự nghiệp"}))
	}
	if d := a.DeclaredTotal; d != nil && (total == nil || *d != *total) {
		c.l.Extend(a.CheckDeclared(autonomyRules, ap, "tổng số đơn vị sự nghiệp theo nhóm tự chủ"))
	}
}

// addPublicServiceUnits adds the units when both sides give them, and their
// autonomy groups when both sides give those.
func addPublicServiceUnits(ad *section.Adder, ua, ub *PublicServiceUnits) *PublicServiceUnits {
	if ua == nil || ub == nil {
		return nil
	}
	const p = "organisation.public_service_units."
	u := &PublicServiceUnits{Total: ad.Optional(p+"total", ua.Total, ub.Total),
		Reorganised: ad.Optional(p+"reorganised", ua.Reorganised, ub.Reorganised)}
	if aa, ab := ua.Autonomy, ub.Autonomy; aa != nil && ab != nil {
		sum := aa.Add(ad, p+"autonomy", *ab)
		u.Autonomy = &sum
	}
	return u
}

// PublicServiceUnitsData is the data of Wording.PublicServiceUnits.
type PublicServiceUnitsData struct {
	Names
	// Total and Reorganised are the units and those reorganised.
	Total, Reorganised Figure
	// Ratio is "04/04" (Reorganised/Total), or Reorganised alone when Total
	// is not given.
	Ratio string
	// Full, Recurrent, Partial and State are the autonomy groups.
	Full, Recurrent, Partial, State Figure
}

// publicServiceUnits writes the sentence on the public-service units; nil
// when the data gives none.
func (g *generator) publicServiceUnits() []doc.Run {
	u := g.p.Organisation.PublicServiceUnits
	if u == nil {
		return nil
	}
	data := PublicServiceUnitsData{Names: g.names, Total: g.fig(u.Total), Reorganised: g.fig(u.Reorganised),
		Ratio: g.ratio(u.Reorganised, u.Total)}
	if a := u.Autonomy; a != nil {
		data.Full, data.Recurrent, data.Partial, data.State = g.fig(a.Full), g.fig(a.Recurrent), g.fig(a.Partial), g.fig(a.State)
	}
	return g.wr.Runs("PublicServiceUnits", data)
}

// publicServiceRules are the rules of the public service units, in the order Rules lists them.
func publicServiceRules() finding.Catalogue {
	return finding.Catalogue{
		rulePSUUnits,
		ruleReorganised,
		ruleAutonomy,
		ruleAutonomyIncomplete,
	}
}
