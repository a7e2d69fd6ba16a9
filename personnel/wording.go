package personnel

import (
	"embed"

	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// Wording is the wording of the generated text (câu chữ của phần văn bản sinh
// từ số liệu): one text/template per title or sentence, each executed with the
// data struct named in its comment, whose figures are already formatted. The
// templates run on the shared wording engine of reform/section, so every one
// may call join, upper and bold (section.Funcs).
//
// The output of a sentence template is inline markup, as in doc.Narrative:
// "*italic*", "**bold**" (so "**{{.Units}}**" reproduces the reference
// report's bold figures; the default leaves figures plain). Text from the
// data (names, citations, notes) reaches the templates escaped, so it always
// prints as written. Runs of spaces are collapsed and the text is trimmed; a
// sentence that starts a sentence of the paragraph gets an upper-case first
// letter. A template that writes nothing leaves its sentence out; a title
// template that writes nothing leaves its heading out and puts its blocks
// directly under the parent.
//
// Templates see absent figures as Figure values with Given false: test
// {{if .Staff.Given}} before writing one, {{if .Count.Value}} for a zero.
// Rates ("53,5%") are empty strings when they cannot be computed. The
// default wording writes no zero count: a sentence about nothing done
// (appointments, salary steps, staff sent to training) is left out, one that
// matters says so ("chưa tổ chức lớp tập huấn", "không có công chức đến thời
// hạn định kỳ chuyển đổi vị trí công tác"), and a part of zero is left out
// of its list ("54 đại học (54 luật)").
//
// DefaultWording is a department's wording, the reference report's; At
// gives the sentences of another tier of government where they read
// otherwise (a commune's "cán bộ, công chức", a People's Committee's "cơ
// quan chuyên môn, đơn vị trực thuộc").
type Wording struct {
	// Numbers is how counts and rates are written: leading zero for counts
	// below 10 ("03"), and the decimals of a rate the report does not state
	// (a derived rate is written at the precision of the rate the report
	// states when there is one: "43,75%", "98%").
	Numbers vn.Format

	// OrganisationTitle is the heading of II.3 (Names).
	OrganisationTitle string
	// ReviewTitle is the heading of II.3.1 (Names).
	ReviewTitle string
	// CivilServiceTitle is the heading of II.4 (Names).
	CivilServiceTitle string
	// JobPositionsTitle is the heading of II.4.1 (Names).
	JobPositionsTitle string
	// TrainingTitle is the heading of II.4.2 (Names).
	TrainingTitle string
	// EmulationTitle is the heading of II.4.3 (Names).
	EmulationTitle string

	// Regulation is the sentence on the department's regulation
	// (RegulationData).
	Regulation string
	// DistrictRegulations is the sentence on the regulations of the district
	// offices, "11/11 huyện" (LocalData).
	DistrictRegulations string
	// CommuneRegulations is the same sentence for the commune level (LocalData).
	CommuneRegulations string
	// Units is the sentence on the department's units and staff (UnitsData).
	Units string
	// PublicServiceUnits is the sentence on the public-service units,
	// "04/04" (PublicServiceUnitsData).
	PublicServiceUnits string
	// Qualifications is the sentence on the department's qualifications
	// (QualificationsData).
	Qualifications string
	// Degree is one degree in a list of degrees, "14 thạc sĩ (12 luật, 02
	// khác)" (DegreeData); the list joins them with ", ".
	Degree string
	// DistrictStaff is the sentence on the district staff (LocalData).
	DistrictStaff string
	// CommuneStaff is the sentence on the commune officials (LocalData).
	CommuneStaff string
	// Appointments is the sentence on appointments (CountData).
	Appointments string
	// SalarySteps is the sentence on salary steps (CountData).
	SalarySteps string

	// JobPositionsLead is the italic lead of the job-positions item (Names).
	JobPositionsLead string
	// Schemes is the sentence on one line of job-position schemes, "11/11
	// Phòng Tư pháp" (SchemesData).
	Schemes string
	// RotationsLead is the italic lead of the rotations item (RotationsData).
	RotationsLead string
	// Rotations is the sentence on rotations by level (RotationsData).
	Rotations string
	// TrainingPlan is the sentence on the courses assigned (TrainingData).
	TrainingPlan string
	// TrainingHeld is the sentence on the courses held (TrainingData).
	TrainingHeld string
	// TrainingSent is the sentence on the staff sent to courses (TrainingData).
	TrainingSent string
	// Gender is the sentences on women by staff group (GenderData).
	Gender string

	// Campaigns is the sentence listing the campaigns (CampaignsData).
	Campaigns string
	// Campaign is one campaign in that list (CampaignData); the list joins
	// them with "; ".
	Campaign string
	// RewardsLead is the sentence before the titles and rewards (Names plus
	// Year: RewardsData).
	RewardsLead string
	// TitlesLead is the italic lead of the titles item (Names).
	TitlesLead string
	// TitleGrant is the sentence on the titles one authority granted
	// (TitleGrantData).
	TitleGrant string
	// TitleAward is one title in that sentence (TitleAwardData); they are
	// joined with "; ".
	TitleAward string
	// RewardsFormsLead is the italic lead of the rewards item (Names).
	RewardsFormsLead string
	// Reward is one decision of reward (RewardData); they are joined with
	// "; " and end with ".".
	Reward string
	// Recipients writes the recipients of a title or a reward, "09 tập thể,
	// 72 cá nhân" (RecipientsData).
	Recipients string
}

// DefaultWording returns the wording of the reference report (Báo cáo số
// 380/BC-STP of Sở Tư pháp An Giang), the wording of a department's report:
// the same sentences, with the figures from data, counts with the leading
// zero and derived rates. Its sentences are the template file
// wording/department.tmpl; At gives them for a report of another tier.
func DefaultWording() Wording {
	return compiler.Department(Wording{Numbers: vn.DefaultFormat()})
}

// At returns w for a report of tier t: each sentence that is still the
// department's default becomes the tier's (wording/commune.tmpl, …), and
// every sentence the caller changed is kept. A commune's report, for one,
// counts its cán bộ, công chức and its phòng, not the phòng of a Sở.
func (w Wording) At(t section.Tier) Wording {
	return compiler.At(w, t)
}

// wordingFiles are the default sentences of every tier (section.Defaults).
//
//go:embed wording/*.tmpl
var wordingFiles embed.FS

// compiler keeps the default wording of every tier, read from wordingFiles
// and compiled once, on first use (section.Defaults), and never changed
// after: it is safe for concurrent use. A Wording a caller changed is
// compiled when it is used.
var compiler = section.ReadWordings[Wording]("personnel", wordingFiles)

// Figure is a count as the templates see it (section.Figure): Text is the
// count written with Wording.Numbers ("03", "2.917"), Given says whether the
// data gives it. {{.Staff}} writes Text; test {{if .Staff.Given}} first.
type Figure = section.Figure

// Names are the department's names, part of every template's data. Text
// from the data reaches the templates escaped for inline markup; figures are
// formatted with Wording.Numbers. The other data structs the templates are
// executed with are in the topic files, beside the sentences that fill them.
type Names struct {
	// Agency is the full name, "Sở Tư pháp tỉnh An Giang".
	Agency string
	// Short is the name in the middle of a sentence, "Sở Tư pháp".
	Short string
}

// Check compiles every sentence of w and returns the templates that do not
// parse, each named by its field; nil when all do.
func (w Wording) Check() error { return compiler.Check(w) }
