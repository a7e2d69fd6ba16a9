package personnel

// Topic: training, section II.4.2 — the courses assigned and held
// (tập huấn, bồi dưỡng), their attendance, the staff sent to courses, and
// the outcome. Gender equality, written at the end of II.4.2, is gender.go.

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// Training is the training of staff organised and attended (công tác tập
// huấn, bồi dưỡng).
type Training struct {
	// Year is the year of the training plan, e.g. 2024; 0 when not given.
	Year int `json:"year,omitempty" validate:"omitempty,gte=1945,lte=9999"`
	// AssignedBy is the body that assigned the courses, e.g. "Ủy ban nhân dân
	// tỉnh"; optional.
	AssignedBy string `json:"assigned_by,omitempty"`
	// Fields are the fields of the courses, e.g. "hộ tịch", "chứng thực".
	Fields []string `json:"fields,omitempty"`
	// Assigned is the number of courses assigned (giao tổ chức); nil when not
	// given.
	Assigned *int64 `json:"assigned,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Held is the number of courses held (đã tổ chức); nil when not given.
	Held *int64 `json:"held,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Attendance is the attendance of the courses held (lượt người tham dự);
	// nil when not given.
	Attendance *int64 `json:"attendance,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Sent is the number of times staff were sent to courses (lượt công
	// chức, viên chức được cử tham gia); nil when not given.
	Sent *int64 `json:"sent,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Outcome is the qualitative text after the figures.
	Outcome doc.Narrative `json:"outcome,omitzero"`
}

// The codes of the checks of training.
const (
	// CodeTrainingHeld: courses held exceed the courses assigned.
	CodeTrainingHeld finding.Code = "personnel.training.held"
	// CodeTrainingAttendance: attendance is below the courses held.
	CodeTrainingAttendance finding.Code = "personnel.training.attendance"
)

// The rules of the checks of training.
var (
	ruleTrainingHeld = finding.Rule{Code: CodeTrainingHeld, Severity: finding.Warning,
		Summary: "Số lớp tập huấn đã tổ chức nhiều hơn số được giao.",
		Doc:     "Held ≤ assigned is expected; more may have an explanation (courses added during the year)."}
	ruleTrainingAttendance = finding.Rule{Code: CodeTrainingAttendance, Severity: finding.Warning,
		Summary: "Số lượt người tham dự ít hơn số lớp đã tổ chức.",
		Doc:     "Every course held has at least one participant: attendance ≥ courses held."}
)

// training checks the courses held against those assigned and the
// attendance against the courses held.
func (c *checker) training() {
	t := &c.p.CivilService.Training
	const tp = "civil_service.training"
	c.atMost(ruleTrainingHeld, tp+".held", "số lớp tập huấn đã tổ chức", t.Held, t.Assigned, tp+".assigned")
	held, hok := count(t.Held)
	att, aok := count(t.Attendance)
	if hok && aok && att < held {
		c.l.Add(ruleTrainingAttendance.At(tp+".attendance",
			fmt.Sprintf("Số lượt người tham dự là %s, ít hơn số lớp đã tổ chức là %s; mỗi lớp có ít nhất một người tham dự.",
				vn.Int(att), vn.Int(held))).
			WithRelated(tp+".held").
			WithValues(finding.Value{Name: "attendance", Value: fmt.Sprint(att)}, finding.Value{Name: "held", Value: fmt.Sprint(held)}))
	}
}

// addTraining adds the courses; years that differ are the Adder's error.
func addTraining(ad *section.Adder, ta, tb *Training) Training {
	return Training{
		Year:       addYear(ad, "civil_service.training.year", ta.Year, tb.Year),
		AssignedBy: same(ta.AssignedBy, tb.AssignedBy),
		Fields:     union(ta.Fields, tb.Fields),
		Assigned:   ad.Optional("civil_service.training.assigned", ta.Assigned, tb.Assigned),
		Held:       ad.Optional("civil_service.training.held", ta.Held, tb.Held),
		Attendance: ad.Optional("civil_service.training.attendance", ta.Attendance, tb.Attendance),
		Sent:       ad.Optional("civil_service.training.sent", ta.Sent, tb.Sent),
		Outcome:    sameNarrative(ta.Outcome, tb.Outcome),
	}
}

// TrainingData is the data of Wording.TrainingPlan, TrainingHeld and
// TrainingSent.
type TrainingData struct {
	Names
	// Year is the plan's year; 0 when not given.
	Year int
	// AssignedBy is the body that assigned the courses; may be empty.
	AssignedBy string
	// Fields are the fields of the courses, joined: "A, B và C".
	Fields string
	// Assigned, Held, Attendance and Sent are the figures.
	Assigned, Held, Attendance, Sent Figure
}

// training writes the paragraph on the courses assigned and held, then the
// paragraph on the staff sent and the outcome, with its items.
func (g *generator) training() []doc.Block {
	t := &g.p.CivilService.Training
	data := TrainingData{Names: g.names, Year: t.Year, AssignedBy: esc(t.AssignedBy), Fields: list(t.Fields),
		Assigned: g.fig(t.Assigned), Held: g.fig(t.Held), Attendance: g.fig(t.Attendance), Sent: g.fig(t.Sent)}
	plan := g.wr.Runs("TrainingPlan", data)
	held := g.wr.Runs("TrainingHeld", data)
	sent := g.wr.Runs("TrainingSent", data)
	outcome, l := g.narrative(t.Outcome, "civil_service.training.outcome", doc.Dash)
	return append(paragraph(join(plan, held), nil), paragraph(join(sent, outcome), l)...)
}

// trainingRules are the rules of the training, in the order Rules lists them.
func trainingRules() finding.Catalogue {
	return finding.Catalogue{
		ruleTrainingHeld,
		ruleTrainingAttendance,
	}
}
