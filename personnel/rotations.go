package personnel

// Topic: rotations of position, part of II.4.1 — the staff rotated
// (chuyển đổi vị trí công tác) under Luật Phòng, chống tham nhũng and Nghị
// định 59/2019/NĐ-CP, by level, each within the staff of its level.

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// Rotations are the rotations of position (chuyển đổi vị trí công tác) under
// Luật Phòng, chống tham nhũng and Nghị định 59/2019/NĐ-CP, by level.
type Rotations struct {
	// Basis are the texts the rotations follow, as the report cites them,
	// e.g. "Luật Phòng, chống tham nhũng".
	Basis []string `json:"basis,omitempty"`
	// Narrative is the qualitative text (the plan), with its citations.
	Narrative doc.Narrative `json:"narrative,omitzero"`
	// Levels are the rotations by level, at most one entry per level.
	Levels []Rotation `json:"levels,omitempty" validate:"dive"`
}

// Rotation is the number of staff of one level rotated.
type Rotation struct {
	// Level is "department", "district" or "commune".
	Level Level `json:"level" validate:"required,oneof=department district commune"`
	// Count is the number of staff rotated.
	Count *int64 `json:"count" validate:"required,gte=0,lte=1000000000000"`
}

// The codes of the checks of rotations.
const (
	// CodeRotationDuplicate: a level is listed twice in the rotations.
	CodeRotationDuplicate finding.Code = "personnel.rotation.duplicate"
	// CodeRotationStaff: staff rotated exceed the staff of the level.
	CodeRotationStaff finding.Code = "personnel.rotation.staff"
)

// The rules of the checks of rotations.
var (
	ruleRotationDuplicate = finding.Rule{Code: CodeRotationDuplicate, Severity: finding.Error,
		Summary: "Một cấp được kê khai hai lần trong số liệu chuyển đổi vị trí công tác.",
		Doc:     "civil_service.rotations.levels holds at most one entry per level."}
	ruleRotationStaff = finding.Rule{Code: CodeRotationStaff, Severity: finding.Error,
		Summary: "Số công chức được chuyển đổi vị trí công tác vượt quá số công chức của cấp đó.",
		Doc:     "The people rotated are staff of the level (Nghị định 59/2019/NĐ-CP): rotated ≤ staff of the level."}
)

// rotations checks every level once: a level listed twice is a finding, and
// the staff rotated must not exceed the staff of the level.
func (c *checker) rotations() {
	levels := c.p.CivilService.Rotations.Levels
	keyed[Level]{rule: ruleRotationDuplicate, n: len(levels), name: "level",
		key:  func(i int) Level { return levels[i].Level },
		path: func(i int) string { return fmt.Sprintf("civil_service.rotations.levels[%d].level", i) },
		message: func(l Level, _, _ int) string {
			return fmt.Sprintf("Số liệu chuyển đổi vị trí công tác %s được kê khai hai lần; mỗi cấp chỉ có một mục.", l.Vietnamese())
		},
	}.each(&c.l, func(i int) {
		r := levels[i]
		staff, path := c.p.Organisation.levelStaff(r.Level)
		c.atMost(ruleRotationStaff, fmt.Sprintf("civil_service.rotations.levels[%d].count", i),
			"số công chức "+r.Level.Vietnamese()+" được chuyển đổi vị trí công tác", r.Count, staff, path)
	})
}

// addRotations adds the levels both sides give, by level.
func addRotations(ad *section.Adder, a, b *Rotations) Rotations {
	out := Rotations{Basis: sameStrings(a.Basis, b.Basis), Narrative: sameNarrative(a.Narrative, b.Narrative)}
	for _, r := range mergeKeys(a.Levels, b.Levels, func(r Rotation) Level { return r.Level }) {
		if r[0] == nil || r[1] == nil {
			continue
		}
		p := fmt.Sprintf("civil_service.rotations.levels[%d].count", len(out.Levels))
		out.Levels = append(out.Levels, Rotation{Level: r[0].Level, Count: ad.Optional(p, r[0].Count, r[1].Count)})
	}
	return out
}

// RotationsData is the data of Wording.RotationsLead and Rotations.
type RotationsData struct {
	Names
	// Basis are the texts the rotations follow, joined: "A, B và C".
	Basis string
	// Department, District and Commune are the staff rotated at each level.
	Department, District, Commune Figure
}

// rotationsItem writes the item on rotations: the lead, the narrative and
// the sentence on the staff rotated by level.
func (g *generator) rotationsItem() (doc.Item, bool) {
	r := &g.p.CivilService.Rotations
	data := g.rotations(r)
	text, sub := g.narrative(r.Narrative, "civil_service.rotations.narrative", doc.Plus)
	rot := g.wr.Runs("Rotations", data)
	return item(g.wr.Runs("RotationsLead", data), text, sub, rot)
}

// rotations returns the template data of the rotations; a repeated level
// (reported by Validate) is written once, from its first entry.
func (g *generator) rotations(r *Rotations) RotationsData {
	data := RotationsData{Names: g.names, Basis: list(r.Basis)}
	seen := map[Level]bool{}
	for _, lv := range r.Levels {
		if seen[lv.Level] {
			continue // reported by Validate
		}
		seen[lv.Level] = true
		switch lv.Level {
		case LevelDepartment:
			data.Department = g.fig(lv.Count)
		case LevelDistrict:
			data.District = g.fig(lv.Count)
		case LevelCommune:
			data.Commune = g.fig(lv.Count)
		}
	}
	return data
}

// rotationRules are the rules of the rotations, in the order Rules lists them.
func rotationRules() finding.Catalogue {
	return finding.Catalogue{
		ruleRotationDuplicate,
		ruleRotationStaff,
	}
}
