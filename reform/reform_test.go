package reform_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/tthc"
)

// reference decodes the reference report (testutil.Reference).
func reference(t testing.TB) *reform.Report {
	t.Helper()
	r, err := reform.Decode(testutil.Reference(t))
	require.NoError(t, err)
	return r
}

// minimal is a report with only what the layout needs: header, period and
// signer; every section is left out.
func minimal() *reform.Report {
	return &reform.Report{
		Header: reform.Header{Agency: "Sở Tư pháp", AgencyCode: "STP", Number: "380/BC-STP", Place: "An Giang",
			Date: reform.NewDate(2024, 11, 19), SentTo: "Sở Nội vụ"},
		Period:  reform.Period{Kind: reform.FirstMonths, Year: 2024, N: 11},
		Closing: reform.Closing{Recipients: []string{"Sở Nội vụ"}, Archive: "VT, CCHC", Signer: reform.Signer{Title: "Giám đốc", Name: "Trịnh Tuấn Ngọc"}},
	}
}

func lay(t *testing.T, r *reform.Report) *doc.Layout {
	t.Helper()
	d, err := r.Document()
	require.NoError(t, err)
	l, err := doc.Lay(d)
	require.NoError(t, err)
	return l
}

func codes(l finding.List) []finding.Code { return l.Codes() }

func i64(v int64) *int64 { return &v }

func TestEverySectionLeftOut(t *testing.T) {
	r := minimal()
	assert.Empty(t, r.Validate(), "a report with every section left out has no finding")
	l := lay(t, r)
	require.Len(t, l.Body, 2)
	assert.Equal(t, "Sở Tư pháp báo cáo công tác cải cách hành chính 11 tháng đầu năm 2024 với các kết quả như sau:", doc.PlainText(l.Body[0].Spans))
	assert.Equal(t, "Trên đây là báo cáo công tác cải cách hành chính 11 tháng đầu năm 2024 của Sở Tư pháp gửi đến Sở Nội vụ để tổng hợp./.", doc.PlainText(l.Body[1].Spans))
	assert.Equal(t, "Công tác cải cách hành chính 11 tháng đầu năm 2024", l.Header.Subject)
	assert.Equal(t, "SỞ TƯ PHÁP", l.Header.IssuingAgency)
}

func TestReferenceReportLaysOut(t *testing.T) {
	r := reference(t)
	l := lay(t, r)
	assert.Len(t, l.Notes, 14, "the reference report has 14 footnotes")
	var tops []string
	for _, p := range l.Body {
		if p.Kind == doc.KindHeading && p.Depth == 1 {
			tops = append(tops, p.Label)
		}
	}
	assert.Equal(t, []string{"I.", "II.", "III.", "IV."}, tops, "the seed numbers its fourth mục III.; numbering follows the structure")
	assert.True(t, strings.HasSuffix(doc.PlainText(l.Body[len(l.Body)-1].Spans), "để tổng hợp./."))
}

func TestHeadingsFollowWhatIsPresent(t *testing.T) {
	r := minimal()
	r.Assessment = &reform.Assessment{Weaknesses: reform.Text{{Bullets: []doc.Narrative{{Text: "Hạn chế."}}}}}
	r.Recommendations = &reform.Recommendations{Text: reform.Text{{Paragraph: &doc.Narrative{Text: "Đề nghị."}}}}
	l := lay(t, r)
	var got []string
	for _, p := range l.Body {
		if p.Kind == doc.KindHeading {
			got = append(got, p.Label+" "+doc.PlainText(p.Spans))
		}
	}
	assert.Equal(t, []string{"I. ĐÁNH GIÁ CHUNG", "1. Tồn tại, hạn chế; nguyên nhân", "II. KIẾN NGHỊ, ĐỀ XUẤT"}, got)
}

func TestPlanSentenceAndRate(t *testing.T) {
	r := minimal()
	r.Direction = &reform.Direction{Plan: &reform.Plan{Text: &doc.Narrative{Text: "Căn cứ Kế hoạch số 14/KH-STP."}, TasksPlanned: 33, TasksDone: 33, DeclaredRate: "100%"}}
	l := lay(t, r)
	assert.Equal(t, "Căn cứ Kế hoạch số 14/KH-STP. Tính đến thời điểm hiện tại, Sở Tư pháp đã hoàn thành 33/33 nhiệm vụ theo Kế hoạch cải cách hành chính đề ra từ đầu năm, đạt tỷ lệ 100%.", doc.PlainText(l.Body[3].Spans))
	assert.Empty(t, r.Validate())
}

func TestReportChecks(t *testing.T) {
	tests := []struct {
		name   string
		change func(r *reform.Report)
		want   []finding.Code
		path   string
	}{
		{"report dated on the cut-off day", func(r *reform.Report) { r.Header.Date = reform.NewDate(2024, 11, 14) }, []finding.Code{reform.CodePeriodDate}, "header.date"},
		{"report dated the day after the cut-off", func(r *reform.Report) { r.Header.Date = reform.NewDate(2024, 11, 15) }, nil, ""},
		{"period without its month count", func(r *reform.Report) { r.Period.N = 0 }, []finding.Code{reform.CodePeriod}, "period.n"},
		{"symbol of another agency", func(r *reform.Report) { r.Header.Number = "380/BC-SNV" }, []finding.Code{reform.CodeHeaderAgency}, "header.number"},
		{"symbol of another kind", func(r *reform.Report) { r.Header.Number = "380/KH-STP" }, []finding.Code{reform.CodeHeaderKind}, "header.number"},
		{"symbol without a kind group", func(r *reform.Report) { r.Header.Number = "380" }, []finding.Code{reform.CodeHeaderNumber}, "header.number"},
		{"urgency mark not in the decree", func(r *reform.Report) { r.Header.Urgency = "GẤP" }, []finding.Code{reform.CodeHeaderMarks}, "header.urgency"},
		{"urgency mark of the decree", func(r *reform.Report) { r.Header.Urgency = "Thượng khẩn" }, nil, ""},
		{"more tasks done than planned", func(r *reform.Report) {
			r.Direction = &reform.Direction{Plan: &reform.Plan{TasksPlanned: 30, TasksDone: 33}}
		}, []finding.Code{reform.CodePlanDone}, "direction.plan.tasks_done"},
		{"plan rate truncated", func(r *reform.Report) {
			r.Direction = &reform.Direction{Plan: &reform.Plan{TasksPlanned: 3, TasksDone: 2, DeclaredRate: "66,6%"}}
		}, []finding.Code{finding.TruncatedCode(reform.CodePlanRate)}, "direction.plan.declared_rate"},
		{"plan rate wrong", func(r *reform.Report) {
			r.Direction = &reform.Direction{Plan: &reform.Plan{TasksPlanned: 33, TasksDone: 30, DeclaredRate: "100%"}}
		}, []finding.Code{reform.CodePlanRate}, "direction.plan.declared_rate"},
		{"plan rate unreadable", func(r *reform.Report) {
			r.Direction = &reform.Direction{Plan: &reform.Plan{TasksPlanned: 33, TasksDone: 33, DeclaredRate: "một trăm"}}
		}, []finding.Code{reform.CodeDeclaredUnread}, "direction.plan.declared_rate"},
		{"stated change disagrees with prior", func(r *reform.Report) {
			r.Figures = []reform.Figure{{Name: "decisions", Count: 51, Prior: i64(37), DeclaredDelta: i64(13)}}
		}, []finding.Code{reform.CodeFigureDelta}, "figures[0].declared_delta"},
		{"stated change agrees with prior", func(r *reform.Report) {
			r.Figures = []reform.Figure{{Name: "decisions", Count: 51, Prior: i64(37), DeclaredDelta: i64(14)}}
		}, nil, ""},
		{"stated change without prior", func(r *reform.Report) {
			r.Figures = []reform.Figure{{Name: "decisions", Count: 51, DeclaredDelta: i64(14)}}
		}, []finding.Code{reform.CodeFigureUnverified}, "figures[0].declared_delta"},
		{"figure names repeated and invalid", func(r *reform.Report) {
			r.Figures = []reform.Figure{{Name: "a", Count: 1}, {Name: "a", Count: 2}, {Name: "Số", Count: 3}}
		}, []finding.Code{reform.CodeFigureName, reform.CodeFigureName}, "figures[1].name"},
		{"autonomy total differs", func(r *reform.Report) {
			r.Results = &reform.Results{Finance: &reform.Finance{Autonomy: &reform.Autonomy{Full: i64(0), Recurrent: i64(3), Partial: i64(0), State: i64(1), DeclaredTotal: i64(5)}}}
		}, []finding.Code{reform.CodeAutonomyTotal}, "results.finance.autonomy.declared_total"},
		{"autonomy groups not all stated fall short", func(r *reform.Report) {
			r.Results = &reform.Results{Finance: &reform.Finance{Autonomy: &reform.Autonomy{Recurrent: i64(3), State: i64(1), DeclaredTotal: i64(5)}}}
		}, []finding.Code{reform.CodeAutonomyIncomplete}, "results.finance.autonomy.declared_total"},
		{"autonomy groups not all stated exceed", func(r *reform.Report) {
			r.Results = &reform.Results{Finance: &reform.Finance{Autonomy: &reform.Autonomy{Recurrent: i64(3), State: i64(2), DeclaredTotal: i64(4)}}}
		}, []finding.Code{reform.CodeAutonomyTotal}, "results.finance.autonomy.declared_total"},
		{"autonomy total agrees (04 = 03 + 01)", func(r *reform.Report) {
			r.Results = &reform.Results{Finance: &reform.Finance{Autonomy: &reform.Autonomy{Recurrent: i64(3), State: i64(1), DeclaredTotal: i64(4)}}}
		}, nil, ""},
		{"placeholder names no figure", func(r *reform.Report) {
			r.Basis = &doc.Narrative{Text: "Kiểm tra {checked} văn bản."}
		}, []finding.Code{reform.CodePlaceholder}, "basis.text"},
		{"unclosed emphasis", func(r *reform.Report) {
			r.Assessment = &reform.Assessment{Strengths: reform.Text{{Paragraph: &doc.Narrative{Text: "Kết quả *tốt"}}}}
		}, []finding.Code{reform.CodeNarrativeMarkup}, "assessment.strengths[0].paragraph.text"},
		{"entry with a paragraph and bullets", func(r *reform.Report) {
			r.Recommendations = &reform.Recommendations{Text: reform.Text{{Paragraph: &doc.Narrative{Text: "a"}, Bullets: []doc.Narrative{{Text: "b"}}}}}
		}, []finding.Code{reform.CodeEntry}, "recommendations.text[0]"},
		{"empty entry", func(r *reform.Report) {
			r.Directions = &reform.Directions{Areas: []reform.Part{{Title: "Cải cách thể chế", Text: reform.Text{{}}}}}
		}, []finding.Code{reform.CodeEntry}, "directions.areas[0].text[0]"},
		{"extra section after an unknown key", func(r *reform.Report) {
			r.Extra = []reform.ExtraSection{{After: "VII", Part: reform.Part{Title: "Công tác khác"}}}
		}, []finding.Code{reform.CodeExtraAfter}, "extra[0].after"},
		// One finding per mistake: the done-above-planned check the negative
		// count throws off is folded into the field finding (its Related).
		{"negative count is a field rule", func(r *reform.Report) {
			r.Direction = &reform.Direction{Plan: &reform.Plan{TasksPlanned: -1}}
		}, []finding.Code{"field.gte"}, "direction.plan.tasks_planned"},
		{"empty required header field", func(r *reform.Report) { r.Header.Place = "" }, []finding.Code{"field.required"}, "header.place"},
		{"citation dated after the report", func(r *reform.Report) {
			r.Basis = &doc.Narrative{Text: "Thực hiện Công văn số 2803/SNV-CCHC ngày 20/11/2024 của Sở Nội vụ."}
		}, []finding.Code{"citation.date.future"}, "basis.text[14:82]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := minimal()
			tt.change(r)
			got := r.Validate()
			if d := cmp.Diff(tt.want, codes(got), cmpopts.EquateEmpty()); d != "" {
				t.Fatalf("codes (-want +got):\n%s\n%v", d, got)
			}
			if tt.path != "" {
				assert.Equal(t, tt.path, got[0].Path)
				assert.NotEmpty(t, got[0].Message)
			}
		})
	}
}

func sevenTwoFour() *tthc.Section {
	return &tthc.Section{Unit: "Sở Tư pháp", Catalogue: &tthc.Catalogue{Levels: &tthc.Levels{Level2: i64(49), Level3: i64(25), Level4: i64(74)}}}
}

func TestCrossSectionRules(t *testing.T) {
	digitalLevels := func(l2, l3, l4 int64) *digital.Section {
		return &digital.Section{Agency: "Sở Tư pháp", Services: &digital.Services{Levels: &digital.Levels{Level2: i64(l2), Level3: i64(l3), Level4: i64(l4)}}}
	}
	staff := func(n int64) *personnel.Section {
		var p personnel.Section
		p.Organisation.Department.Name = "Sở Tư pháp tỉnh An Giang"
		p.Organisation.Department.ShortName = "Sở Tư pháp"
		p.Organisation.Department.Staff = i64(n)
		return &p
	}
	tests := []struct {
		name    string
		results *reform.Results
		want    []finding.Code
		path    string
	}{
		{"II.2 and II.6 agree (148 = 49 + 25 + 74)", &reform.Results{Procedures: sevenTwoFour(), Digital: digitalLevels(49, 25, 74)}, nil, ""},
		{"II.6 copies a level wrong", &reform.Results{Procedures: sevenTwoFour(), Digital: digitalLevels(49, 52, 74)}, []finding.Code{reform.CodeCatalogue}, "results.digital.services.levels.level_3"},
		{"II.6 uses the other scheme", &reform.Results{Procedures: sevenTwoFour(), Digital: &digital.Section{Services: &digital.Services{Online: &digital.Online{Full: i64(74), Partial: i64(25)}}}}, []finding.Code{reform.CodeCatalogueScheme}, "results.digital.services"},
		{"e-mail counted on another headcount", &reform.Results{Personnel: staff(84), Digital: &digital.Section{Email: &digital.Email{Staff: i64(86), WithEmail: i64(86)}}}, []finding.Code{reform.CodeStaff}, "results.digital.email.staff"},
		{"II.5 splits the 04 units of II.3 (03 + 01)", func() *reform.Results {
			p := staff(84)
			p.Organisation.PublicServiceUnits = &personnel.PublicServiceUnits{Total: i64(4), Autonomy: &personnel.Autonomy{Recurrent: i64(3)}}
			return &reform.Results{Personnel: p, Finance: &reform.Finance{Autonomy: &reform.Autonomy{Recurrent: i64(3), State: i64(1)}}}
		}(), nil, ""},
		{"II.5 splits other units than II.3", func() *reform.Results {
			p := staff(84)
			p.Organisation.PublicServiceUnits = &personnel.PublicServiceUnits{Total: i64(4), Autonomy: &personnel.Autonomy{Recurrent: i64(2)}}
			return &reform.Results{Personnel: p, Finance: &reform.Finance{Autonomy: &reform.Autonomy{Recurrent: i64(3), State: i64(2)}}}
		}(), []finding.Code{reform.CodeAutonomyCross, reform.CodeAutonomyCross}, "results.finance.autonomy"},
		{"II.5 states fewer groups than it needs for the units of II.3: no mismatch proved", func() *reform.Results {
			p := staff(84)
			p.Organisation.PublicServiceUnits = &personnel.PublicServiceUnits{Total: i64(4)}
			return &reform.Results{Personnel: p, Finance: &reform.Finance{Autonomy: &reform.Autonomy{Recurrent: i64(3)}}}
		}(), nil, ""},
		{"II.5 states every group, short of the units of II.3", func() *reform.Results {
			p := staff(84)
			p.Organisation.PublicServiceUnits = &personnel.PublicServiceUnits{Total: i64(4)}
			return &reform.Results{Personnel: p, Finance: &reform.Finance{Autonomy: &reform.Autonomy{Full: i64(0), Recurrent: i64(3), Partial: i64(0), State: i64(0)}}}
		}(), []finding.Code{reform.CodeAutonomyCross}, "results.finance.autonomy"},
		{"e-mail counted on the same headcount", &reform.Results{Personnel: staff(84), Digital: &digital.Section{Email: &digital.Email{Staff: i64(84), WithEmail: i64(84)}}}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := minimal()
			r.Results = tt.results
			var got finding.List
			for _, f := range r.Validate() {
				if strings.HasPrefix(string(f.Code), "reform.cross") {
					got = append(got, f)
				}
			}
			if d := cmp.Diff(tt.want, codes(got), cmpopts.EquateEmpty()); d != "" {
				t.Fatalf("codes (-want +got):\n%s\n%v", d, got)
			}
			if tt.path != "" {
				assert.Equal(t, tt.path, got[0].Path)
			}
		})
	}
}

func TestCarriedOverAgainstPreviousReport(t *testing.T) {
	withDossiers := func(r *reform.Report, carried, pending int64) *reform.Report {
		r.Results = &reform.Results{Procedures: &tthc.Section{Unit: "Sở Tư pháp", Dossiers: &tthc.Dossiers{Counts: tthc.Counts{Online: 10, InPerson: 5, CarriedOver: carried, OnTime: 15 + carried - pending, Pending: pending}}}}
		return r
	}
	prev := withDossiers(minimal(), 0, 555)
	prev.Period = reform.Period{Kind: reform.NineMonths, Year: 2024}
	prev.Header.Date = reform.NewDate(2024, 9, 20)

	r := withDossiers(minimal(), 555, 301)
	r.Previous = prev
	assert.Empty(t, r.WithCode(reform.CodeCarriedOver))

	r = withDossiers(minimal(), 550, 301)
	r.Previous = prev
	got := r.WithCode(reform.CodeCarriedOver)
	require.Len(t, got, 1)
	assert.Equal(t, "results.procedures.dossiers.carried_over", got[0].Path)
	assert.Contains(t, got[0].Message, "555")

	late := withDossiers(minimal(), 555, 301)
	late.Period = reform.Period{Kind: reform.Year, Year: 2024}
	r.Previous = late
	assert.Len(t, r.WithCode(reform.CodePreviousPeriod), 1, "a previous report that does not end before this period")
}

func TestCustomSection(t *testing.T) {
	r := minimal()
	r.Results = &reform.Results{Procedures: sevenTwoFour()}
	require.NoError(t, r.Insert("II.2", vaccination{given: 980, planned: 1000}))
	require.Error(t, r.Insert("VII", vaccination{}))
	l := lay(t, r)
	var heads []string
	for _, p := range l.Body {
		if p.Kind == doc.KindHeading {
			heads = append(heads, p.Label+" "+doc.PlainText(p.Spans))
		}
	}
	assert.Equal(t, []string{"I. KẾT QUẢ THỰC HIỆN", "1. Cải cách thủ tục hành chính", "1.1. Kiểm soát thủ tục hành chính", "a) Về công khai thủ tục hành chính", "2. Công tác tiêm chủng mở rộng"}, heads)
	got := r.WithCode("yte.vaccination.coverage")
	require.Len(t, got, 1)
	assert.Equal(t, "custom.vaccination.given", got[0].Path)

	checker := reform.Checker{Rules: finding.RuleSet{}.Disable("yte.vaccination")}
	assert.Empty(t, checker.Validate(r).WithCode("yte.vaccination.coverage"), "a rule set trims a department's code")
	checker = reform.Checker{Extra: []reform.Rule{{Code: "yte.report.signer", Check: func(r *reform.Report) finding.List {
		return finding.List{{Code: "yte.report.signer", Severity: finding.Warning, Path: "closing.signer", Message: "Báo cáo của Sở Y tế do Giám đốc ký."}}
	}}}}
	assert.Len(t, checker.Validate(r).WithCode("yte.report.signer"), 1, "a department's extra rule runs")
}

// vaccination is a made-up section of a Sở Y tế.
type vaccination struct{ given, planned int64 }

func (vaccination) Key() string   { return "vaccination" }
func (vaccination) Title() string { return "Công tác tiêm chủng mở rộng" }
func (v vaccination) Blocks() ([]doc.Block, error) {
	return []doc.Block{doc.P(doc.Plain("Tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi."))}, nil
}
func (v vaccination) Validate() finding.List {
	if f, bad := finding.AtMost(finding.Subject{Code: "yte.vaccination.coverage", Severity: finding.Warning, Path: "given", Label: "số trẻ được tiêm"}, v.given, v.planned-50); bad {
		return finding.List{f}
	}
	return nil
}

func TestExtraSectionFromJSON(t *testing.T) {
	r := minimal()
	r.Extra = []reform.ExtraSection{{After: "", Part: reform.Part{Title: "Công tác khác", Text: reform.Text{{Paragraph: &doc.Narrative{Text: "Nội dung."}}}}}}
	l := lay(t, r)
	assert.Equal(t, "I.", l.Body[1].Label)
	assert.Equal(t, "CÔNG TÁC KHÁC", doc.PlainText(l.Body[1].Spans))
}

func TestJSONRoundTrip(t *testing.T) {
	data := testutil.Reference(t)
	r, err := reform.Decode(data)
	require.NoError(t, err)
	out, err := r.Encode()
	require.NoError(t, err)
	r2, err := reform.Decode(out)
	require.NoError(t, err)
	out2, err := r2.Encode()
	require.NoError(t, err)
	assert.Equal(t, string(out), string(out2), "JSON → Report → JSON is stable")
	assert.Contains(t, string(out), "SNV-CCHC&XDCQ", "no HTML escapes in the interchange format")
	var a, b any
	require.NoError(t, json.Unmarshal(data, &a))
	require.NoError(t, json.Unmarshal(out, &b))
	if d := cmp.Diff(a, b); d != "" {
		t.Errorf("re-encoding changed the data (-file +encoded):\n%s", d)
	}
}

func TestDecodeErrors(t *testing.T) {
	base := `{"header":{"agency":"Sở Tư pháp","agency_code":"STP","place":"An Giang","date":"2024-11-19"},"period":{"kind":"year","year":2024},"closing":{"signer":{"title":"Giám đốc","name":"A"}}`
	tests := []struct {
		name, json string
		want       []reform.Problem
	}{
		{"unknown field", base + `,"colour":"đỏ"}`, []reform.Problem{{Code: reform.ProblemUnknownField, Path: "colour", Line: 1, Column: 184, Message: `trường "colour" không có trong định dạng: cần một trong các trường appendices, assessment, basis, closing, direction, directions, extra, figures, header, outline, period, previous, recommendations, results, schema_version, titles`}}},
		{"key in another case", base + `,"Titles":{}}`, []reform.Problem{{Code: reform.ProblemKeyCase, Path: "Titles", Line: 1, Column: 184, Message: `khóa "Titles" phải viết đúng chữ thường, chữ hoa là "titles"`}}},
		{"string for a number", base + `,"direction":{"plan":{"tasks_planned":"33","tasks_done":33}}}`, []reform.Problem{{Code: reform.ProblemType, Path: "direction.plan.tasks_planned", Line: 1, Column: 221, Message: `gặp chuỗi "33": cần một số nguyên`}}},
		{"bad date", strings.Replace(base, "2024-11-19", "19/11/2024", 1) + `}`, []reform.Problem{{Code: reform.ProblemDateFormat, Path: "header.date", Line: 1, Column: 80, Message: `ngày "19/11/2024" không viết theo dạng YYYY-MM-DD: cần viết như 2024-11-19`}}},
		{"no such day", strings.Replace(base, "2024-11-19", "2024-02-30", 1) + `}`, []reform.Problem{{Code: reform.ProblemDateInvalid, Path: "header.date", Line: 1, Column: 80, Message: `ngày 2024-02-30 không có thật: tháng 2 năm 2024 có 29 ngày`}}},
		{"date as a number", strings.Replace(base, `"2024-11-19"`, `20241119`, 1) + `}`, []reform.Problem{{Code: reform.ProblemType, Path: "header.date", Line: 1, Column: 80, Message: `gặp 20241119: cần một ngày viết trong ngoặc kép dạng YYYY-MM-DD, như "2024-11-19"`}}},
		{"money as a number", base + `,"results":{"finance":{"budget":[{"name":"x","value":1745000}]}}}`, []reform.Problem{{Code: reform.ProblemDecimal, Path: "results.finance.budget[0].value", Line: 1, Column: 236, Message: `gặp 1745000: cần số tiền viết thành chuỗi số thập phân, như "1745000"`}}},
		{"money with an exponent", base + `,"results":{"finance":{"budget":[{"name":"x","value":"1e6"}]}}}`, []reform.Problem{{Code: reform.ProblemDecimal, Path: "results.finance.budget[0].value", Line: 1, Column: 236, Message: `số tiền "1e6" không phải số thập phân: cần viết như "1745000" hoặc "1745000.5"`}}},
		{"unknown field in a section", base + `,"results":{"procedures":{"unit":"Sở","dossierz":{}}}}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := reform.Decode([]byte(tt.json))
			var de *reform.DecodeError
			require.ErrorAs(t, err, &de)
			if tt.want == nil {
				require.Len(t, de.Problems, 1)
				assert.Equal(t, "results.procedures.dossierz", de.Problems[0].Path)
				return
			}
			if d := cmp.Diff(tt.want, de.Problems); d != "" {
				t.Errorf("problems (-want +got):\n%s", d)
			}
		})
	}
	// A negative count and an empty required field decode; Validate names them.
	r, err := reform.Decode([]byte(strings.Replace(base, `"place":"An Giang"`, `"place":""`, 1) + `,"direction":{"plan":{"tasks_planned":-1,"tasks_done":0}}}`))
	require.NoError(t, err)
	got := r.Validate()
	var paths []string
	for _, f := range got.Filter(finding.Error) {
		if strings.HasPrefix(string(f.Code), "field.") {
			paths = append(paths, f.Path)
		}
	}
	assert.Equal(t, []string{"header.place", "direction.plan.tasks_planned"}, paths)
}

func TestSchemaIsCommittedAndCurrent(t *testing.T) {
	got, err := reform.Schema()
	require.NoError(t, err)
	want := testutil.Golden(t, "report.schema.json", got)
	if string(want) != string(got) {
		t.Fatalf("reform/report.schema.json is stale: run UPDATE_GOLDEN=1 go test ./reform and commit it")
	}
	var s map[string]any
	require.NoError(t, json.Unmarshal(got, &s))
	assert.Equal(t, reform.SchemaID, s["$id"])
	defs := s["$defs"].(map[string]any)
	for _, name := range []string{"reform.Report", "reform.Header", "tthc.Section", "personnel.Section", "dissemination.Section", "digital.Section", "doc.Narrative"} {
		assert.Contains(t, defs, name)
	}
}

func TestRulesDocumentEveryCodeOfTheReference(t *testing.T) {
	cat := reform.Rules()
	require.NoError(t, cat.Validate(), "no duplicate or malformed code across packages")
	r := reference(t)
	r.Header.Place = "" // a field rule too
	for _, f := range r.Validate() {
		_, ok := cat.Lookup(f.Code)
		assert.True(t, ok, "code %s is not documented in reform.Rules()", f.Code)
	}
}

// TestCodeCatalogueIsCommittedAndCurrent keeps reform/CODES.md, the one
// catalogue of every finding code, in step with the code.
func TestCodeCatalogueIsCommittedAndCurrent(t *testing.T) {
	require.NoError(t, reform.DecodeProblems().Validate(), "well-formed decode problem codes")
	for _, c := range []string{reform.ProblemSyntax, reform.ProblemTruncated, reform.ProblemTrailing, reform.ProblemSize,
		reform.ProblemDepth, reform.ProblemStringLength, reform.ProblemArrayLength, reform.ProblemTooMany,
		reform.ProblemUnknownField, reform.ProblemKeyCase, reform.ProblemDuplicateKey, reform.ProblemType,
		reform.ProblemNumber, reform.ProblemDateFormat, reform.ProblemDateInvalid, reform.ProblemDecimal,
		reform.ProblemValue, reform.ProblemUTF8, reform.ProblemSurrogate} {
		_, ok := reform.DecodeProblems().Lookup(finding.Code(c))
		assert.True(t, ok, "%s is documented", c)
	}
	got := "# Finding codes\n\nEvery code a report's validation can produce, generated from `reform.Rules()` " +
		"(run `UPDATE_GOLDEN=1 go test ./reform` after changing a rule).\n\n" + reform.Rules().Markdown() +
		"\n## Decode problems\n\nEvery code of a problem that makes input no report (`reform.DecodeProblems()`): " +
		"`Decode` returns them with the JSON path, line and column instead of a report.\n\n" + reform.DecodeProblems().Markdown()
	if want := testutil.Golden(t, "CODES.md", []byte(got)); string(want) != got {
		t.Fatal("reform/CODES.md is stale: run UPDATE_GOLDEN=1 go test ./reform and commit it")
	}
}

// TestSchemaInvalidFixtureIsRefused keeps the fixture that .ci/run feeds to
// an independent JSON Schema validator (which must reject it) refused by
// Decode too, for the same two reasons.
func TestSchemaInvalidFixtureIsRefused(t *testing.T) {
	data, err := os.ReadFile("testdata/schema-invalid.json")
	require.NoError(t, err)
	_, err = reform.Decode(data)
	var de *reform.DecodeError
	require.ErrorAs(t, err, &de)
	var paths []string
	for _, p := range de.Problems {
		paths = append(paths, p.Path)
	}
	assert.Equal(t, []string{"header.colour", "period.year"}, paths)
}
