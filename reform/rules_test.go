package reform_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/tthc"
)

// broken is a department's section whose content cannot be built.
type broken struct{}

func (broken) Key() string                  { return "broken" }
func (broken) Title() string                { return "Mục không dựng được" }
func (broken) Blocks() ([]doc.Block, error) { return nil, errors.New("thiếu dữ liệu") }
func (broken) Validate() finding.List       { return nil }

// ruleInputs are reports that make every check of the report's own fire,
// the reference report among them.
func ruleInputs(t *testing.T) map[string]*reform.Report {
	edits := map[string]func(r *reform.Report){
		"period":      func(r *reform.Report) { r.Period.N = 0 },
		"period date": func(r *reform.Report) { r.Header.Date = reform.NewDate(2024, 11, 14) },
		"agency":      func(r *reform.Report) { r.Header.Number = "380/BC-SNV" },
		"kind":        func(r *reform.Report) { r.Header.Number = "380/KH-STP" },
		"number":      func(r *reform.Report) { r.Header.Number = "380" },
		"marks":       func(r *reform.Report) { r.Header.Urgency = "GẤP" },
		"plan done": func(r *reform.Report) {
			r.Direction = &reform.Direction{Plan: &reform.Plan{TasksPlanned: 30, TasksDone: 33}}
		},
		"plan wrong": func(r *reform.Report) {
			r.Direction = &reform.Direction{Plan: &reform.Plan{TasksPlanned: 33, TasksDone: 30, DeclaredRate: "100%"}}
		},
		"plan cut off": func(r *reform.Report) {
			r.Direction = &reform.Direction{Plan: &reform.Plan{TasksPlanned: 3, TasksDone: 2, DeclaredRate: "66,6%"}}
		},
		"plan unread": func(r *reform.Report) {
			r.Direction = &reform.Direction{Plan: &reform.Plan{TasksPlanned: 33, TasksDone: 33, DeclaredRate: "một trăm"}}
		},
		"figures": func(r *reform.Report) {
			r.Figures = []reform.Figure{{Name: "a", Count: 51, Prior: i64(37), DeclaredDelta: i64(13)}, {Name: "a", Count: 2, DeclaredDelta: i64(1)},
				{Name: "Số", Count: 3}}
		},
		"autonomy": func(r *reform.Report) {
			r.Results = &reform.Results{Finance: &reform.Finance{Autonomy: &reform.Autonomy{Full: i64(0), Recurrent: i64(3), Partial: i64(0), State: i64(1), DeclaredTotal: i64(5)}}}
		},
		"autonomy incomplete": func(r *reform.Report) {
			r.Results = &reform.Results{Finance: &reform.Finance{Autonomy: &reform.Autonomy{Recurrent: i64(3), State: i64(1), DeclaredTotal: i64(5)}}}
		},
		"narrative": func(r *reform.Report) {
			r.Basis = &doc.Narrative{Text: "Kiểm tra {checked} văn bản."}
			r.Assessment = &reform.Assessment{Strengths: reform.Text{{Paragraph: &doc.Narrative{Text: "Kết quả *tốt"}}}}
			r.Recommendations = &reform.Recommendations{Text: reform.Text{{}}}
			r.Extra = []reform.ExtraSection{{After: "VII", Part: reform.Part{Title: "Công tác khác"}}}
		},
		"cross": func(r *reform.Report) {
			p := &personnel.Section{}
			p.Organisation.Department.Name = "Sở Tư pháp tỉnh An Giang"
			p.Organisation.Department.Staff = i64(84)
			p.Organisation.PublicServiceUnits = &personnel.PublicServiceUnits{Total: i64(4), Autonomy: &personnel.Autonomy{Recurrent: i64(2)}}
			r.Results = &reform.Results{Procedures: sevenTwoFour(), Personnel: p,
				Digital: &digital.Section{Agency: "Sở Tư pháp", Email: &digital.Email{Staff: i64(86), WithEmail: i64(86)},
					Services: &digital.Services{Levels: &digital.Levels{Level2: i64(49), Level3: i64(52), Level4: i64(74)}}},
				Finance: &reform.Finance{Autonomy: &reform.Autonomy{Recurrent: i64(3), State: i64(2)}}}
		},
		"schemes": func(r *reform.Report) {
			r.Results = &reform.Results{Procedures: sevenTwoFour(),
				Digital: &digital.Section{Services: &digital.Services{Online: &digital.Online{Full: i64(74), Partial: i64(25)}}}}
		},
		"previous": func(r *reform.Report) {
			dossiers := func(carried, pending int64) *reform.Results {
				return &reform.Results{Procedures: &tthc.Section{Unit: "Sở Tư pháp", Dossiers: &tthc.Dossiers{
					Counts: tthc.Counts{Online: 10, InPerson: 5, CarriedOver: carried, OnTime: 15 + carried - pending, Pending: pending}}}}
			}
			r.Results = dossiers(550, 301)
			r.Previous = minimal()
			r.Previous.Header.Agency = "Sở Nội vụ"
			r.Previous.Period = reform.Period{Kind: reform.Year, Year: 2024}
			r.Previous.Results = dossiers(0, 555)
		},
		"custom": func(r *reform.Report) { require.NoError(t, r.Insert("", broken{})) },
	}
	out := map[string]*reform.Report{"reference": reference(t)}
	for name, edit := range edits {
		r := minimal()
		edit(r)
		out[name] = r
	}
	return out
}

// TestFindingsAsRulesDocumentThem: every finding a report's validation
// makes, and every finding of Aggregate, has the code and severity of a
// rule of reform.Rules; and every rule of the report's own checks is made by
// some input.
func TestFindingsAsRulesDocumentThem(t *testing.T) {
	rules := reform.Rules()
	made := map[finding.Code]bool{}
	check := func(name string, l finding.List) {
		assert.NoError(t, rules.Check(l), "%s: findings as reform.Rules documents them", name)
		for _, c := range l.Codes() {
			made[c] = true
		}
	}
	for name, r := range ruleInputs(t) {
		check(name, r.Validate())
	}

	other := minimal()
	other.Period = reform.Period{Kind: reform.HalfYear, Year: 2024}
	levels, online := minimal(), minimal()
	levels.Results = &reform.Results{Procedures: sevenTwoFour()}
	online.Results = &reform.Results{Procedures: &tthc.Section{Unit: "Sở Tư pháp",
		Catalogue: &tthc.Catalogue{Online: &tthc.OnlineServices{Full: 1}}}}
	_, l := reform.Aggregate(reform.Header{Agency: "UBND tỉnh"}, minimal().Period, []*reform.Report{levels, other, online}, reform.AggregateOptions{})
	check("aggregate", l)

	for _, c := range []finding.Code{
		reform.CodePeriod, reform.CodePeriodDate, reform.CodeHeaderNumber, reform.CodeHeaderKind, reform.CodeHeaderAgency,
		reform.CodeHeaderMarks, reform.CodePlanDone, reform.CodePlanRate, finding.TruncatedCode(reform.CodePlanRate),
		reform.CodeDeclaredUnread, reform.CodeFigureName, reform.CodeFigureDelta, reform.CodeFigureUnverified,
		reform.CodeAutonomyTotal, reform.CodeAutonomyIncomplete, reform.CodeNarrativeMarkup, reform.CodePlaceholder, reform.CodeEntry, reform.CodeExtraAfter,
		reform.CodeCatalogue, reform.CodeCatalogueScheme, reform.CodeStaff, reform.CodeAutonomyCross, reform.CodeCarriedOver,
		reform.CodePreviousPeriod, reform.CodeAggregatePeriod, reform.CodeAggregateSection, reform.CodeCustomSectionFail,
	} {
		assert.True(t, made[c], "no input makes %s", c)
	}
}
