package digital_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
)

// validateCase changes the reference section and says which findings the
// checks must make: their codes in order, and the path of the first.
type validateCase struct {
	name   string
	change func(d *digital.Section)
	codes  []finding.Code
	path   string
}

var validateCases = []validateCase{
	// The reference report as written: 10.343 incoming all handled, 3.728
	// outgoing all signed and issued, 148 = 49 + 25 + 74 procedures (old
	// scheme), 100% e-mail stated with "all", 2 phases listed and declared.
	{name: "reference report", change: func(*digital.Section) {}},

	// Plan.
	{name: "plan is not a citation", codes: []finding.Code{digital.CodePlanCitation}, path: "plan",
		change: func(d *digital.Section) { d.Plan = "Chuyển đổi số năm 2024" }},
	{name: "no plan", change: func(d *digital.Section) { d.Plan = "" }},

	// Document flow: handled ≤ incoming, signed ≤ outgoing, issued ≤ outgoing.
	{name: "handled one more than received", codes: []finding.Code{digital.CodeDocumentsHandled}, path: "documents.incoming.handled",
		change: func(d *digital.Section) { d.Documents.Incoming.Handled = ptr(10344) }},
	{name: "handled fewer than received", change: func(d *digital.Section) { d.Documents.Incoming.Handled = ptr(10000) }},
	{name: "handled not stated", change: func(d *digital.Section) { d.Documents.Incoming.Handled = nil }},
	{name: "signed more than sent", codes: []finding.Code{digital.CodeDocumentsSigned}, path: "documents.outgoing.signed",
		change: func(d *digital.Section) { d.Documents.Outgoing.Signed = ptr(3729) }},
	{name: "signed fewer than sent", change: func(d *digital.Section) { d.Documents.Outgoing.Signed = ptr(3500) }},
	{name: "issued more than sent", codes: []finding.Code{digital.CodeDocumentsIssued}, path: "documents.outgoing.issued",
		change: func(d *digital.Section) { d.Documents.Outgoing.Issued = ptr(4000) }},
	{name: "negative signed count", codes: []finding.Code{finding.FieldCode("gte")}, path: "documents.outgoing.signed",
		change: func(d *digital.Section) { d.Documents.Outgoing.Signed = ptr(-5) }},
	// A negative total is caught by the field rule; handled (10.343) then
	// exceeds it as well.
	{name: "negative incoming total", codes: []finding.Code{finding.FieldCode("gte"), digital.CodeDocumentsHandled}, path: "documents.incoming.total",
		change: func(d *digital.Section) { d.Documents.Incoming.Total = -1 }},

	// Declared shares of documents. "tất cả" in the report is 10.343/10.343
	// = 100%.
	{name: "handled share 100% as the report", change: func(d *digital.Section) { d.Documents.Incoming.Declared.HandledShare = "100%" }},
	{name: "handled share 99% for all", codes: []finding.Code{digital.CodeDocumentsShare}, path: "documents.incoming.declared.handled_share",
		change: func(d *digital.Section) { d.Documents.Incoming.Declared.HandledShare = "99%" }},
	// 3.500/3.728 = 93,884…%: 93,9% rounded; 93,8% is the truncated value.
	{name: "signed share rounded", change: func(d *digital.Section) {
		d.Documents.Outgoing.Signed = ptr(3500)
		d.Documents.Outgoing.Declared.SignedShare = "93,9%"
	}},
	{name: "signed share truncated", codes: []finding.Code{finding.TruncatedCode(digital.CodeDocumentsShare)}, path: "documents.outgoing.declared.signed_share",
		change: func(d *digital.Section) {
			d.Documents.Outgoing.Signed = ptr(3500)
			d.Documents.Outgoing.Declared.SignedShare = "93,8%"
		}},
	// 120% is above 100% and also differs from 3.728/3.728 = 100%.
	{name: "issued share above 100%", codes: []finding.Code{digital.CodeShareRange, digital.CodeDocumentsShare}, path: "documents.outgoing.declared.issued_share",
		change: func(d *digital.Section) { d.Documents.Outgoing.Declared.IssuedShare = "120%" }},
	{name: "issued share not a percentage", codes: []finding.Code{digital.CodeShareSyntax}, path: "documents.outgoing.declared.issued_share",
		change: func(d *digital.Section) { d.Documents.Outgoing.Declared.IssuedShare = "tất cả" }},
	{name: "signed share without the signed count", codes: []finding.Code{digital.CodeDeclaredUnderived}, path: "documents.outgoing.declared.signed_share",
		change: func(d *digital.Section) {
			d.Documents.Outgoing.Signed = nil
			d.Documents.Outgoing.Declared.SignedShare = "100%"
		}},

	// Procedures by level: 49 + 25 + 74 = 148, as the report (II.2.c and II.6).
	{name: "declared total one above the levels", codes: []finding.Code{digital.CodeServicesTotal}, path: "services.declared.total",
		change: func(d *digital.Section) { d.Services.Declared.Total = ptr(149) }},
	{name: "level 1 given as 0 keeps 148", change: func(d *digital.Section) { d.Services.Levels.Level1 = ptr(0) }},
	{name: "negative declared total", codes: []finding.Code{finding.FieldCode("gte"), digital.CodeServicesTotal}, path: "services.declared.total",
		change: func(d *digital.Section) { d.Services.Declared.Total = ptr(-148) }},
	{name: "declared total without levels", codes: []finding.Code{digital.CodeDeclaredUnderived}, path: "services.declared.total",
		change: func(d *digital.Section) { d.Services.Levels = nil }},
	{name: "both schemes", codes: []finding.Code{digital.CodeServicesScheme}, path: "services",
		change: func(d *digital.Section) { d.Services.Online = &digital.Online{Full: ptr(74)} }},
	// An Giang 2024 in the scheme of Nghị định 42/2022: 759 + 441 + 724 = 1.924.
	{name: "new scheme adds up", change: func(d *digital.Section) {
		d.Services = &digital.Services{Online: &digital.Online{Full: ptr(759), Partial: ptr(441), Information: ptr(724)},
			Declared: digital.DeclaredServices{Total: ptr(1924)}}
	}},
	{name: "new scheme one short", codes: []finding.Code{digital.CodeServicesTotal}, path: "services.declared.total",
		change: func(d *digital.Section) {
			d.Services = &digital.Services{Online: &digital.Online{Full: ptr(759), Partial: ptr(441), Information: ptr(723)},
				Declared: digital.DeclaredServices{Total: ptr(1924)}}
		}},
	{name: "negative level", codes: []finding.Code{finding.FieldCode("gte"), digital.CodeServicesTotal}, path: "services.levels.level_2",
		change: func(d *digital.Section) { d.Services.Levels.Level2 = ptr(-49) }},

	// E-mail: the report states 100% without counts (all).
	{name: "counts agree with all", change: func(d *digital.Section) {
		d.Email.Staff, d.Email.WithEmail = ptr(86), ptr(86)
	}},
	{name: "all stated but counts say 80/86", codes: []finding.Code{digital.CodeEmailAll, digital.CodeEmailShare}, path: "email.all",
		change: func(d *digital.Section) { d.Email.Staff, d.Email.WithEmail = ptr(86), ptr(80) }},
	{name: "more accounts than staff", codes: []finding.Code{digital.CodeEmailAccounts}, path: "email.with_email",
		change: func(d *digital.Section) {
			d.Email = &digital.Email{Staff: ptr(86), WithEmail: ptr(90)}
		}},
	// 80/86 = 93,023…%: 93% at no decimal is right, 93,1% is not.
	{name: "share of counts right", change: func(d *digital.Section) {
		d.Email = &digital.Email{Staff: ptr(86), WithEmail: ptr(80), Declared: digital.DeclaredEmail{Share: "93%"}}
	}},
	{name: "share of counts wrong", codes: []finding.Code{digital.CodeEmailShare}, path: "email.declared.share",
		change: func(d *digital.Section) {
			d.Email = &digital.Email{Staff: ptr(86), WithEmail: ptr(80), Declared: digital.DeclaredEmail{Share: "93,1%"}}
		}},
	// 46/86 = 53,488…%: written 53,4% (truncated) instead of 53,5%.
	{name: "share of counts truncated", codes: []finding.Code{finding.TruncatedCode(digital.CodeEmailShare)}, path: "email.declared.share",
		change: func(d *digital.Section) {
			d.Email = &digital.Email{Staff: ptr(86), WithEmail: ptr(46), Declared: digital.DeclaredEmail{Share: "53,4%"}}
		}},
	{name: "95% stated with all", codes: []finding.Code{digital.CodeEmailShare}, path: "email.declared.share",
		change: func(d *digital.Section) { d.Email.Declared.Share = "95%" }},
	{name: "100,0% stated with all", change: func(d *digital.Section) { d.Email.Declared.Share = "100,0%" }},
	{name: "share stated with nothing to derive it", codes: []finding.Code{digital.CodeDeclaredUnderived}, path: "email.declared.share",
		change: func(d *digital.Section) { d.Email.All = false }},
	{name: "share above 100% and nothing to derive it", codes: []finding.Code{digital.CodeShareRange, digital.CodeDeclaredUnderived}, path: "email.declared.share",
		change: func(d *digital.Section) { d.Email = &digital.Email{Declared: digital.DeclaredEmail{Share: "101%"}} }},
	{name: "negative share", codes: []finding.Code{digital.CodeShareRange, digital.CodeEmailShare}, path: "email.declared.share",
		change: func(d *digital.Section) { d.Email.Declared.Share = "-5%" }},
	{name: "staff without accounts", codes: []finding.Code{digital.CodeEmailIncomplete}, path: "email.staff",
		change: func(d *digital.Section) { d.Email = &digital.Email{Staff: ptr(86)} }},
	{name: "accounts without staff", codes: []finding.Code{digital.CodeEmailIncomplete}, path: "email.with_email",
		change: func(d *digital.Section) { d.Email = &digital.Email{WithEmail: ptr(86)} }},
	{name: "staff with all", change: func(d *digital.Section) { d.Email.Staff = ptr(86) }},

	// Digitisation: 2 phases declared and listed; 2003-2015.
	{name: "three phases declared, two listed", codes: []finding.Code{digital.CodeDigitisationPhases}, path: "digitisation[0].declared.phases",
		change: func(d *digital.Section) { d.Digitisation[0].Declared.Phases = ptr(3) }},
	{name: "years reversed", codes: []finding.Code{digital.CodeDigitisationYears}, path: "digitisation[0].phases[0].from_year",
		change: func(d *digital.Section) {
			d.Digitisation[0].Phases[0].FromYear, d.Digitisation[0].Phases[0].ToYear = 2015, 2003
		}},
	{name: "year of three digits", codes: []finding.Code{digital.CodeDigitisationYears}, path: "digitisation[0].phases[0].from_year",
		change: func(d *digital.Section) { d.Digitisation[0].Phases[0].FromYear = 203 }},
	{name: "year too far ahead", codes: []finding.Code{digital.CodeDigitisationYears}, path: "digitisation[0].phases[0].to_year",
		change: func(d *digital.Section) { d.Digitisation[0].Phases[0].ToYear = 2150 }},
	{name: "one year only", change: func(d *digital.Section) { d.Digitisation[0].Phases[0].ToYear = 0 }},
	{name: "same first and last year", change: func(d *digital.Section) { d.Digitisation[0].Phases[0].FromYear = 2015 }},
	{name: "upload date without upload", codes: []finding.Code{digital.CodeDigitisationUpload}, path: "digitisation[0].phases[1].uploaded_on",
		change: func(d *digital.Section) {
			d.Digitisation[0].Phases[1].Uploaded = false
			d.Digitisation[0].Phases[1].UploadedOn = "2024-05-01"
		}},
	{name: "upload date with upload", change: func(d *digital.Section) { d.Digitisation[0].Phases[1].UploadedOn = "2024-05-01" }},
	{name: "upload date that does not exist", codes: []finding.Code{finding.FieldCode("datetime")}, path: "digitisation[0].phases[1].uploaded_on",
		change: func(d *digital.Section) { d.Digitisation[0].Phases[1].UploadedOn = "2024-02-30" }},
	{name: "qualifier without count", codes: []finding.Code{digital.CodeDigitisationQualifier}, path: "digitisation[0].phases[1].qualifier",
		change: func(d *digital.Section) { d.Digitisation[0].Phases[1].Count = nil }},
	{name: "count without qualifier", change: func(d *digital.Section) { d.Digitisation[0].Phases[1].Qualifier = digital.Exact }},
	{name: "unknown qualifier", codes: []finding.Code{finding.FieldCode("oneof")}, path: "digitisation[0].phases[0].qualifier",
		change: func(d *digital.Section) { d.Digitisation[0].Phases[0].Qualifier = "nearly" }},
	{name: "negative record count", codes: []finding.Code{finding.FieldCode("gte")}, path: "digitisation[0].phases[0].count",
		change: func(d *digital.Section) { d.Digitisation[0].Phases[0].Count = ptr(-1) }},
	{name: "no records noun", codes: []finding.Code{finding.FieldCode("required")}, path: "digitisation[0].records",
		change: func(d *digital.Section) { d.Digitisation[0].Records = "" }},
	{name: "empty kind", codes: []finding.Code{finding.FieldCode("required")}, path: "digitisation[0].phases[0].kinds[1]",
		change: func(d *digital.Section) { d.Digitisation[0].Phases[0].Kinds[1] = "" }},

	// Narrative markup.
	{name: "stray asterisk in systems", codes: []finding.Code{digital.CodeNarrativeMarkup}, path: "systems[0].bullets[0].text",
		change: func(d *digital.Section) { d.Systems[0].Bullets[0].Text = "Hệ thống 158 *mới" }},
	{name: "unreferenced note in intro", codes: []finding.Code{digital.CodeNarrativeMarkup}, path: "digitisation[0].intro.notes[0]",
		change: func(d *digital.Section) {
			d.Digitisation[0].Intro.Notes = []string{"Quyết định số 2173/QĐ-BTP"}
		}},
	{name: "bad markup in a nested item", codes: []finding.Code{digital.CodeNarrativeMarkup}, path: "systems[0].bullets[0].items[0].text",
		change: func(d *digital.Section) { d.Systems[0].Bullets[0].Items = []doc.Narrative{{Text: "[^1]"}} }},
	// doc.Lay cannot place a footnote without text.
	{name: "empty footnote", codes: []finding.Code{digital.CodeNarrativeMarkup}, path: "digitisation[0].intro.notes[0]",
		change: func(d *digital.Section) {
			d.Digitisation[0].Intro.Text += "[^1]"
			d.Digitisation[0].Intro.Notes = []string{""}
		}},
	{name: "escaped asterisk", change: func(d *digital.Section) { d.Systems[0].Bullets[0].Text = `Hệ thống 158 \*mới` }},
}

func TestValidate(t *testing.T) {
	for _, tc := range validateCases {
		t.Run(tc.name, func(t *testing.T) {
			d := reference(t)
			tc.change(d)
			got := d.Validate()
			if len(tc.codes) == 0 {
				assert.Empty(t, got)
			} else {
				assert.Equal(t, tc.codes, got.Codes(), "findings: %v", got)
			}
			if len(tc.codes) > 0 && len(got) > 0 {
				assert.Equal(t, tc.path, got[0].Path)
			}
			for _, f := range got {
				assert.NotEmpty(t, f.Message, "finding %s has no message", f.Code)
				assert.True(t, f.Code.Valid(), "code %q", f.Code)
			}
			// Every finding has the code and severity of a rule of Rules,
			// or of a field rule.
			assert.NoError(t, digital.Rules().Merge(finding.FieldRules()).Check(got))
		})
	}
}

// TestRulesCovered: the catalogue is well formed, and every rule in it is
// produced by some case of TestValidate (no code is documented but dead).
func TestRulesCovered(t *testing.T) {
	require.NoError(t, digital.Rules().Validate())
	seen := map[finding.Code]bool{}
	for _, tc := range validateCases {
		d := reference(t)
		tc.change(d)
		for _, c := range d.Validate().Codes() {
			seen[c] = true
		}
	}
	for _, c := range digital.Rules().Codes() {
		assert.True(t, seen[c], "no test case produces %s", c)
	}
}

// Rules returns a new slice: changing it does not change the package's
// rules.
func TestRulesCopy(t *testing.T) {
	r := digital.Rules()
	r[0].Summary = "changed"
	assert.NotEqual(t, "changed", digital.Rules()[0].Summary)
}

// The messages say what was compared, with the figures written the
// Vietnamese way.
func TestValidateMessages(t *testing.T) {
	d := reference(t)
	d.Documents.Outgoing.Signed = ptr(3800)
	d.Services.Declared.Total = ptr(150)
	got := d.Validate()
	require.Len(t, got, 2)
	assert.Equal(t, "Số văn bản đi được ký số là 3.800, vượt quá mức tối đa là 3.728, chênh lệch 72.", got[0].Message)
	assert.Equal(t, []string{"documents.outgoing.total"}, got[0].Related)
	assert.Equal(t, "Tổng số thủ tục hành chính ghi 150 nhưng các thành phần cộng lại được 148 "+
		"(mức độ 2 49 + mức độ 3 25 + mức độ 4 74), chênh lệch 2.", got[1].Message)
	assert.Equal(t, []string{"services.levels.level_2", "services.levels.level_3", "services.levels.level_4"}, got[1].Related)
}

// Every finding at once: several slips in different parts are all reported.
func TestValidateAllAtOnce(t *testing.T) {
	d := reference(t)
	d.Plan = "Chuyển đổi số"
	d.Documents.Outgoing.Signed = ptr(3729)
	d.Services.Declared.Total = ptr(147)
	d.Digitisation[0].Phases[0].FromYear = 2016
	d.Digitisation[0].Phases[0].Count = ptr(-1)
	assert.Equal(t, []finding.Code{
		finding.FieldCode("gte"), digital.CodePlanCitation, digital.CodeDocumentsSigned,
		digital.CodeServicesTotal, digital.CodeDigitisationYears,
	}, d.Validate().Codes())
}

func TestValidateNilAndEmpty(t *testing.T) {
	var d *digital.Section
	assert.Empty(t, d.Validate())
	assert.Empty(t, (&digital.Section{}).Validate())
	// Empty parts are no slip either.
	assert.Empty(t, (&digital.Section{Documents: &digital.Documents{}, Services: &digital.Services{}, Email: &digital.Email{}}).Validate())
}
