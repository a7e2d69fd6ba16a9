package tthc

import (
	"slices"
	"testing"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestValidateReference states what the checks say about the reference
// report's figures, and why.
//
// Received: 8.252 online + 6.806 in person + 555 carried over = 15.613, the
// total the report states: tthc.dossier.received does not fire.
// Resolved: 15.264 on time (early not split) + 01 late = 15.265, as stated:
// tthc.dossier.resolved does not fire.
// Balance: 15.265 resolved + 301 pending = 15.566, not 15.613. The report has
// no bucket for withdrawn, returned or refused dossiers, so the 47 dossiers
// may be such dossiers: the check is a warning (not an error) that names 47.
// Catalogue: 49 + 25 + 74 = 148, as stated. Feedback: 03 answered of 03.
func TestValidateReference(t *testing.T) {
	s := referenceFigures()
	l := s.Validate()
	require.Equal(t, []finding.Code{CodeDossierBalance}, l.Codes())
	f := l[0]
	assert.Equal(t, finding.Warning, f.Severity)
	assert.Equal(t, "dossiers.pending", f.Path)
	for name, want := range map[string]string{"received": "15613", "accounted": "15566", "unexplained": "47"} {
		got, ok := f.Value(name)
		assert.True(t, ok, name)
		assert.Equal(t, want, got, name)
	}
	assert.Contains(t, f.Message, "còn 47 hồ sơ chưa rõ kết quả")
	assert.False(t, l.HasErrors(), "the reference report has no error, only the balance warning")

	// The whole section with its narrative gives the same single finding.
	assert.Equal(t, l.Codes(), loadReference(t).Validate().Codes())
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(s *Section)
		want []finding.Code
	}{
		// Dossier balance: received = resolved + pending (+ other).
		{"reference: 47 dossiers unexplained, warning", func(*Section) {}, []finding.Code{CodeDossierBalance}},
		{"reference with 47 withdrawn or refused: balances", func(s *Section) { s.Dossiers.Other = i64(47) }, nil},
		{"other bucket given but 7 still missing: error", func(s *Section) { s.Dossiers.Other = i64(40) },
			[]finding.Code{CodeDossierBalanceMismatch}},
		// 15.265 + 400 = 15.665 > 15.613 received: no missing bucket explains more handled than received.
		{"more handled than received: error", func(s *Section) { s.Dossiers.Pending = 400 },
			[]finding.Code{CodeDossierBalanceMismatch}},
		{"pending 348 closes the balance", func(s *Section) { s.Dossiers.Pending = 348 }, nil},

		// Declared totals.
		{"declared received 15.614 ≠ 15.613", func(s *Section) { s.Dossiers.Declared.Received = i64(15614) },
			[]finding.Code{CodeDossierBalance, CodeDossierReceived}},
		{"declared received in period 15.058 = 8.252 + 6.806", func(s *Section) { s.Dossiers.Declared.ReceivedInPeriod = i64(15058) },
			[]finding.Code{CodeDossierBalance}},
		{"declared received in period 15.000", func(s *Section) { s.Dossiers.Declared.ReceivedInPeriod = i64(15000) },
			[]finding.Code{CodeDossierBalance, CodeDossierReceivedInPeriod}},
		{"declared resolved 15.266 ≠ 15.264 + 1", func(s *Section) { s.Dossiers.Declared.Resolved = i64(15266) },
			[]finding.Code{CodeDossierBalance, CodeDossierResolved}},
		{"early split: 100 early + 15.164 on time + 1 late = 15.265", func(s *Section) {
			s.Dossiers.Early, s.Dossiers.OnTime = i64(100), 15164
		}, []finding.Code{CodeDossierBalance}},
		{"early split that overshoots the declared resolved", func(s *Section) { s.Dossiers.Early = i64(100) },
			[]finding.Code{CodeDossierBalanceMismatch, CodeDossierResolved}},

		// Pending = in time + overdue.
		{"pending 348 = 340 in time + 8 overdue", func(s *Section) {
			s.Dossiers.Pending, s.Dossiers.PendingInTime, s.Dossiers.PendingOverdue = 348, i64(340), i64(8)
		}, nil},
		{"pending 348 ≠ 340 + 7", func(s *Section) {
			s.Dossiers.Pending, s.Dossiers.PendingInTime, s.Dossiers.PendingOverdue = 348, i64(340), i64(7)
		}, []finding.Code{CodeDossierPending}},
		{"overdue alone above pending", func(s *Section) {
			s.Dossiers.Pending, s.Dossiers.PendingOverdue = 348, i64(349)
		}, []finding.Code{CodeDossierPending}},
		{"in time alone within pending", func(s *Section) {
			s.Dossiers.Pending, s.Dossiers.PendingInTime = 348, i64(348)
		}, nil},

		// Declared rates: 15.264/15.265 = 99,9934…%.
		{"on-time rate 99,99% (2 places) is right", func(s *Section) { s.Dossiers.Declared.OnTimeRate = "99,99%" },
			[]finding.Code{CodeDossierBalance}},
		{"on-time rate 100% (0 places) is right", func(s *Section) { s.Dossiers.Declared.OnTimeRate = "100%" },
			[]finding.Code{CodeDossierBalance}},
		// At one place 99,993…% rounds to 100,0%; 99,9% is the value cut off.
		{"on-time rate 99,9% is truncated, not rounded", func(s *Section) { s.Dossiers.Declared.OnTimeRate = "99,9%" },
			[]finding.Code{CodeDossierBalance, finding.TruncatedCode(CodeDossierOnTimeRate)}},
		{"on-time rate 98% is wrong", func(s *Section) { s.Dossiers.Declared.OnTimeRate = "98%" },
			[]finding.Code{CodeDossierBalance, CodeDossierOnTimeRate}},
		// 8.252 / 15.058 = 54,80…%.
		{"online share 54,8% is right", func(s *Section) { s.Dossiers.Declared.OnlineRate = "54,8%" },
			[]finding.Code{CodeDossierBalance}},
		{"online share 54,9% is wrong", func(s *Section) { s.Dossiers.Declared.OnlineRate = "54,9%" },
			[]finding.Code{CodeDossierBalance, CodeDossierOnlineRate}},
		{"online share written 99.9%", func(s *Section) { s.Dossiers.Declared.OnlineRate = "99.9%" },
			[]finding.Code{CodeDossierBalance, CodeDeclaredSyntax}},

		// Apology letters against 01 dossier resolved late (+ 301 pending, split unknown).
		{"one letter for the one late dossier", func(s *Section) { s.Dossiers.ApologyLetters = i64(1) },
			[]finding.Code{CodeDossierBalance}},
		{"no letter for the late dossier", func(s *Section) { s.Dossiers.ApologyLetters = i64(0) },
			[]finding.Code{CodeDossierBalance, CodeDossierApologyMissing}},
		{"303 letters > 01 late + 301 pending", func(s *Section) { s.Dossiers.ApologyLetters = i64(303) },
			[]finding.Code{CodeDossierBalance, CodeDossierApology}},
		{"7 letters > 01 late + 05 overdue", func(s *Section) {
			s.Dossiers.PendingOverdue, s.Dossiers.ApologyLetters = i64(5), i64(7)
		}, []finding.Code{CodeDossierBalance, CodeDossierApology}},
		{"6 letters = 01 late + 05 overdue", func(s *Section) {
			s.Dossiers.PendingOverdue, s.Dossiers.ApologyLetters = i64(5), i64(6)
		}, []finding.Code{CodeDossierBalance}},

		// Carried over = previous period's pending.
		{"previous pending 555 = carried over", func(s *Section) { s.Dossiers.PreviousPending = i64(555) },
			[]finding.Code{CodeDossierBalance}},
		{"previous pending 560 ≠ 555", func(s *Section) { s.Dossiers.PreviousPending = i64(560) },
			[]finding.Code{CodeDossierBalance, CodeDossierCarriedOver}},

		// Rows by field.
		{"rows add up", func(s *Section) { s.Dossiers = balancedWithFields() }, nil},
		{"rows miss one online dossier", func(s *Section) {
			s.Dossiers = balancedWithFields()
			s.Dossiers.Fields[1].Online--
			s.Dossiers.Fields[1].InPerson++
		}, []finding.Code{CodeDossierFields, CodeDossierFields}},
		{"rows without the early split compare early + on time", func(s *Section) {
			s.Dossiers = balancedWithFields()
			s.Dossiers.Early, s.Dossiers.OnTime = i64(10), s.Dossiers.OnTime-10
		}, nil},
		{"the same field twice", func(s *Section) {
			s.Dossiers = balancedWithFields()
			s.Dossiers.Fields[1].Field = " hộ tịch "
		}, []finding.Code{CodeDossierFieldsDuplicate}},
		{"a row that does not balance", func(s *Section) {
			s.Dossiers = balancedWithFields()
			// Late 1 → 0 and 1 → 2: the sums stay, the rows do not balance:
			// Hộ tịch 95 received, 84 + 0 + 10 = 94 (01 unexplained);
			// Chứng thực 65 received, 54 + 2 + 10 = 66 (one too many).
			s.Dossiers.Fields[0].Late--
			s.Dossiers.Fields[1].Late++
		}, []finding.Code{CodeDossierBalance, CodeDossierBalanceMismatch}},

		// Field rules.
		{"negative count", func(s *Section) { s.Dossiers.Online = -1 },
			// Received becomes 7.360: below resolved + pending, and below the declared 15.613.
			[]finding.Code{"field.gte", CodeDossierBalanceMismatch, CodeDossierReceived}},
		{"impossible count", func(s *Section) { s.Feedback.Received = MaxCount + 1 },
			[]finding.Code{"field.lte", CodeDossierBalance}},
		{"no unit", func(s *Section) { s.Unit = "" }, []finding.Code{"field.required", CodeDossierBalance}},

		// Catalogue.
		{"declared 149 procedures ≠ 49 + 25 + 74", func(s *Section) { s.Catalogue.Declared.Total = i64(149) },
			[]finding.Code{CodeCatalogueTotal, CodeDossierBalance}},
		{"both schemes", func(s *Section) { s.Catalogue.Online = anGiangOnline().Online },
			[]finding.Code{CodeCatalogueScheme, CodeDossierBalance}},
		{"declared total without levels", func(s *Section) { s.Catalogue.Levels = nil },
			[]finding.Code{CodeCatalogueScheme, CodeDossierBalance}},
		{"An Giang 2024: 759 + 441 + 724 = 1.924 at 39,45% / 22,92% / 37,63%", func(s *Section) {
			s.Catalogue = anGiangOnline()
		}, []finding.Code{CodeDossierBalance}},
		// 759/1.924 = 39,449…%: 39,45% rounded, 39,44% cut off.
		{"toàn trình 39,44% is truncated", func(s *Section) {
			s.Catalogue = anGiangOnline()
			s.Catalogue.Declared.FullRate = "39,44%"
		}, []finding.Code{finding.TruncatedCode(CodeCatalogueRate), CodeDossierBalance}},
		{"toàn trình 39,5% at one place is wrong (39,4%)", func(s *Section) {
			s.Catalogue = anGiangOnline()
			s.Catalogue.Declared.FullRate = "39,5%"
		}, []finding.Code{CodeCatalogueRate, CodeDossierBalance}},
		{"declared 1.925 procedures", func(s *Section) {
			s.Catalogue = anGiangOnline()
			s.Catalogue.Declared.Total = i64(1925)
		}, []finding.Code{CodeCatalogueTotal, CodeDossierBalance}},
		{"a toàn trình rate with the mức độ scheme", func(s *Section) { s.Catalogue.Declared.FullRate = "50%" },
			[]finding.Code{CodeCatalogueScheme, CodeDossierBalance}},
		{"toàn trình within eligible", func(s *Section) {
			s.Catalogue = anGiangOnline()
			s.Catalogue.Online.EligibleFull = i64(800)
		}, []finding.Code{CodeDossierBalance}},
		{"toàn trình 759 > 700 eligible", func(s *Section) {
			s.Catalogue = anGiangOnline()
			s.Catalogue.Online.EligibleFull = i64(700)
		}, []finding.Code{CodeCatalogueEligible, CodeDossierBalance}},
		{"2.000 eligible > 1.924 procedures", func(s *Section) {
			s.Catalogue = anGiangOnline()
			s.Catalogue.Online.EligibleFull = i64(2000)
		}, []finding.Code{CodeCatalogueEligibleTotal, CodeDossierBalance}},
		// An Giang H1/2025: 844 + 473 + 102 = 1.419.
		{"announced 1.419 = 844 + 473 + 102", func(s *Section) {
			s.Catalogue.Announced = &Announced{New: 844, Amended: 473, Abolished: 102}
			s.Catalogue.Declared.Announced = i64(1419)
		}, []finding.Code{CodeDossierBalance}},
		{"announced 1.420 ≠ 844 + 473 + 102", func(s *Section) {
			s.Catalogue.Announced = &Announced{New: 844, Amended: 473, Abolished: 102}
			s.Catalogue.Declared.Announced = i64(1420)
		}, []finding.Code{CodeCatalogueAnnounced, CodeDossierBalance}},
		{"announced total without its parts", func(s *Section) { s.Catalogue.Declared.Announced = i64(10) },
			[]finding.Code{CodeCatalogueScheme, CodeDossierBalance}},

		// Feedback: 03 received.
		{"04 answered of 03", func(s *Section) { s.Feedback.Answered = i64(4) },
			[]finding.Code{CodeDossierBalance, CodeFeedbackAnswered}},
		{"03 answered on time of 02 answered", func(s *Section) {
			s.Feedback.Answered, s.Feedback.AnsweredOnTime = i64(2), i64(3)
		}, []finding.Code{CodeDossierBalance, CodeFeedbackOnTime}},
		{"02 pending in time of 01 unanswered", func(s *Section) {
			s.Feedback.Answered, s.Feedback.PendingInTime = i64(2), i64(2)
		}, []finding.Code{CodeDossierBalance, CodeFeedbackPendingInTime}},
		{"02 answered on time, 01 pending in time", func(s *Section) {
			s.Feedback.Answered, s.Feedback.AnsweredOnTime, s.Feedback.PendingInTime = i64(2), i64(2), i64(1)
		}, []finding.Code{CodeDossierBalance}},

		// Narrative.
		{"well-formed narrative with a footnote", func(s *Section) {
			s.Review = []Text{P("Ban hành Kế hoạch rà soát[^1].", "Kế hoạch số 04/KH-UBND ngày 05/01/2024 của UBND tỉnh")}
		}, []finding.Code{CodeDossierBalance}},
		{"unclosed bold", func(s *Section) { s.Review = []Text{P("**Rà soát")} },
			[]finding.Code{CodeNarrativeMarkup, CodeDossierBalance}},
		{"footnote never referenced", func(s *Section) {
			s.OneStop = []Text{Bullet("Ban hành Kế hoạch.", "Kế hoạch số 04/KH-UBND")}
		},
			[]finding.Code{CodeNarrativeMarkup, CodeDossierBalance}},
		{"empty bullet under a paragraph", func(s *Section) {
			s.Apologies = []Text{{Paragraph: &doc.Narrative{Text: "Xin lỗi.", Items: []doc.Narrative{{Text: " "}}}}}
		}, []finding.Code{CodeNarrativeEmpty, CodeDossierBalance}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := referenceFigures()
			tt.edit(&s)
			got := s.Validate()
			codes := got.Codes()
			if len(codes) == 0 {
				codes = nil
			}
			assert.Equal(t, tt.want, codes, "%v", got)
		})
	}
}

// balancedWithFields are dossier figures of two fields that balance and add
// up: received 100 + 50 + 10 = 160 = resolved 140 + pending 20.
func balancedWithFields() *Dossiers {
	return &Dossiers{
		Counts: Counts{Online: 100, InPerson: 50, CarriedOver: 10, OnTime: 138, Late: 2,
			Pending: 20, PendingInTime: i64(18), PendingOverdue: i64(2)},
		Fields: []FieldCounts{
			{Field: "Hộ tịch", Counts: Counts{Online: 70, InPerson: 20, CarriedOver: 5, OnTime: 84, Late: 1,
				Pending: 10, PendingInTime: i64(9), PendingOverdue: i64(1)}},
			{Field: "Chứng thực", Counts: Counts{Online: 30, InPerson: 30, CarriedOver: 5, OnTime: 54, Late: 1,
				Pending: 10, PendingInTime: i64(9), PendingOverdue: i64(1)}},
		},
	}
}

// TestValidatePaths checks where findings point: JSON paths relative to the
// section, the embedded counts named like their JSON fields.
func TestValidatePaths(t *testing.T) {
	s := referenceFigures()
	s.Dossiers = balancedWithFields()
	s.Dossiers.Online = -1
	s.Dossiers.Fields[1].Late = -2
	s.Dossiers.Fields[0].Field = ""
	s.Review = []Text{P("Rà soát[^1].", "*Kế hoạch")}
	l := s.Validate()
	paths := map[string]finding.Code{}
	for _, f := range l {
		if _, dup := paths[f.Path]; !dup {
			paths[f.Path] = f.Code
		}
	}
	assert.Equal(t, finding.Code("field.gte"), paths["dossiers.online"])
	assert.Equal(t, finding.Code("field.gte"), paths["dossiers.fields[1].late"])
	assert.Equal(t, finding.Code("field.required"), paths["dossiers.fields[0].field"])
	assert.Equal(t, CodeNarrativeMarkup, paths["review[0].paragraph.notes[0]"])
	// The rows check points at the total: rows give 100 online, the total -1.
	assert.True(t, slices.ContainsFunc(l, func(f finding.Finding) bool {
		return f.Code == CodeDossierFields && f.Path == "dossiers.online" &&
			slices.Contains(f.Related, "dossiers.fields[0].online") && slices.Contains(f.Related, "dossiers.fields[1].online")
	}), "%v", l)
	for _, f := range l {
		assert.NotContains(t, f.Path, "Counts", f.String())
		assert.NotContains(t, f.Message, "Counts", f.String())
	}
}

// TestRules checks the catalogue of codes, and that every code Validate can
// make is documented with the severity its findings have (the field rules'
// codes by package finding) and every documented code is made by a test
// case.
func TestRules(t *testing.T) {
	rules := Rules()
	require.NoError(t, rules.Validate())
	made := map[finding.Code]bool{}
	sections := []Section{}
	for _, edit := range []func(*Section){
		func(*Section) {},
		func(s *Section) { s.Dossiers.Other = i64(1) },
		func(s *Section) {
			s.Dossiers.Declared = DeclaredDossiers{Received: i64(1), ReceivedInPeriod: i64(1), Resolved: i64(1),
				OnTimeRate: "99,9%", OnlineRate: "x"}
			s.Dossiers.Pending, s.Dossiers.PendingOverdue, s.Dossiers.PendingInTime = 1, i64(2), i64(3)
			s.Dossiers.ApologyLetters, s.Dossiers.PreviousPending = i64(0), i64(1)
			s.Dossiers.Fields = []FieldCounts{{Field: "A"}, {Field: "a"}}
		},
		func(s *Section) {
			s.Dossiers.Counts = Counts{Online: 2, InPerson: 1, OnTime: 3}
			s.Dossiers.Declared.OnlineRate = "66,6%"
			s.Dossiers.ApologyLetters = i64(1)
		},
		func(s *Section) { s.Dossiers.Declared.OnlineRate = "1%"; s.Dossiers.Declared.OnTimeRate = "1%" },
		func(s *Section) {
			s.Catalogue = anGiangOnline()
			s.Catalogue.Levels = &Levels{}
		},
		func(s *Section) {
			s.Catalogue = anGiangOnline()
			s.Catalogue.Online.EligibleFull = i64(3000)
			s.Catalogue.Declared = DeclaredCatalogue{Total: i64(1), FullRate: "39,44%", PartialRate: "1%", Announced: i64(1)}
			s.Catalogue.Announced = &Announced{}
		},
		func(s *Section) {
			s.Catalogue.Online = anGiangOnline().Online
			s.Catalogue.Online.EligibleFull = i64(1)
		},
		func(s *Section) {
			s.Feedback = &Feedback{Received: 1, Answered: i64(2), AnsweredOnTime: i64(3), PendingInTime: i64(4)}
			s.Review = []Text{P(""), P("**x")}
		},
	} {
		s := referenceFigures()
		edit(&s)
		sections = append(sections, s)
	}
	documented := rules.Merge(finding.FieldRules())
	for _, s := range append(sections, *loadReference(t)) {
		l := s.Validate()
		assert.NoError(t, documented.Check(l), "every finding has the code and severity of its rule")
		for _, f := range l {
			made[f.Code] = true
		}
	}
	for _, c := range rules.Codes() {
		assert.True(t, made[c], "no test makes %s", c)
	}
}
