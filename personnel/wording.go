package personnel

import (
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
// 380/BC-STP of Sở Tư pháp An Giang): the same sentences, with the figures
// from data, counts with the leading zero and derived rates.
func DefaultWording() Wording {
	return Wording{
		Numbers: vn.DefaultFormat(),

		OrganisationTitle: "Cải cách tổ chức bộ máy hành chính nhà nước",
		ReviewTitle:       "Rà soát về vị trí, chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức, biên chế của các cơ quan, đơn vị",
		CivilServiceTitle: "Cải cách chế độ công vụ",
		JobPositionsTitle: "Thực hiện cơ cấu công chức, viên chức theo vị trí việc làm",
		TrainingTitle:     "Công tác tập huấn bồi dưỡng chuyên môn, nghiệp vụ:",
		EmulationTitle:    "Công tác thi đua, khen thưởng:",

		Regulation: "Hoàn thiện thể chế, kiện toàn tổ chức bộ máy: {{if .Basis}}Thực hiện {{.Basis}}, {{end}}{{.Issuer}} ban hành " +
			"{{.Decision}} ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của {{.Agency}}.",
		DistrictRegulations: "{{if .RegulationsIssued.Given}}Đến nay, {{.RegulationsRatio}} huyện đã ban hành Quy định chức năng, " +
			"nhiệm vụ, quyền hạn và cơ cấu tổ chức của {{or .Office \"cơ quan chuyên môn cấp huyện\"}}.{{end}}",
		CommuneRegulations: "{{if .RegulationsIssued.Given}}Đến nay, {{.RegulationsRatio}} xã đã ban hành Quy định chức năng, " +
			"nhiệm vụ, quyền hạn và cơ cấu tổ chức của {{or .Office \"cơ quan chuyên môn cấp xã\"}}.{{end}}",
		Units: "{{if and .Units.Given .Staff.Given}}{{.Agency}} hiện có {{.Units}} phòng, đơn vị thuộc Sở với {{.Staff}} nhân sự." +
			"{{else if .Units.Given}}{{.Agency}} hiện có {{.Units}} phòng, đơn vị thuộc Sở." +
			"{{else if .Staff.Given}}{{.Agency}} hiện có {{.Staff}} nhân sự.{{end}}",
		PublicServiceUnits: "{{if .Reorganised.Given}}Đến nay, {{.Ratio}} đơn vị sự nghiệp thuộc Sở thực hiện sắp xếp, tổ chức lại " +
			"tổ chức, bộ máy, tham mưu Ủy ban nhân dân tỉnh quyết định ban hành quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu " +
			"tổ chức của từng đơn vị theo quy định.{{else if .Total.Given}}{{.Agency}} có {{.Total}} đơn vị sự nghiệp.{{end}}",
		Qualifications: "{{if .Degrees}}Về chuyên môn, {{.Agency}} hiện có {{.Degrees}}.{{end}}",
		Degree: "{{if .Count.Given}}{{if .Count.Value}}{{.Count}} {{.Degree}}" +
			"{{if and .Law.Value .Other.Value}} ({{.Law}} luật, {{.Other}} khác){{else if and .Law.Value .Other.Given}} ({{.Law}} luật)" +
			"{{else if and .Other.Value .Law.Given}} ({{.Other}} khác){{else if and .Law.Value (not .Other.Given)}} ({{.Law}} luật)" +
			"{{else if and .Other.Value (not .Law.Given)}} ({{.Other}} khác){{end}}{{end}}" +
			"{{else}}{{if .Law.Value}}{{.Law}} {{.Degree}} luật{{end}}{{if .Other.Value}}{{.Other}} {{.Degree}} khác{{end}}{{end}}",
		DistrictStaff: "{{if .Staff.Given}}{{.Office}} cấp huyện có {{.Staff}} công chức" +
			"{{if .LawOnly}} (trong đó có {{.Master.Law}} Thạc sĩ Luật, {{.Bachelor.Law}} công chức có trình độ Đại học Luật)" +
			"{{else if .Degrees}} (trong đó có {{.Degrees}}){{end}}" +
			"{{if .Certified.Given}}, trong đó có {{.Certified}} công chức được cấp chứng chỉ Hộ tịch" +
			"{{with .CertifiedRate}} (đạt {{.}}){{end}}{{end}}.{{end}}",
		CommuneStaff: "{{if .Staff.Given}}Tại cấp xã, có {{.Staff}} công chức" +
			"{{if .Certified.Given}} trong đó có {{.Certified}} công chức được cấp chứng chỉ Hộ tịch{{with .CertifiedRate}} (đạt {{.}}){{end}}{{end}}" +
			"{{if .Degrees}}; về trình độ, có {{.Degrees}}{{end}}.{{end}}",
		Appointments: "{{if .Count.Value}}Thực hiện quy trình bổ nhiệm, bổ nhiệm lại công chức lãnh đạo quản lý cấp Sở {{.Count}} trường hợp.{{end}}",
		SalarySteps:  "{{if .Count.Value}}Thực hiện nâng bậc lương thường xuyên đối với {{.Count}} trường hợp công chức, viên chức.{{end}}",

		JobPositionsLead: "*Tình hình xây dựng và ban hành Đề án vị trí việc làm theo quy định của Chính phủ và của Bộ Tư pháp:*",
		Schemes:          "Hoàn thành việc xây dựng Đề án vị trí việc làm tại {{.Ratio}} {{.Unit}}.",
		RotationsLead: "*Kết quả ban hành và thực hiện Kế hoạch chuyển đổi vị trí công tác" +
			"{{if .Basis}} theo quy định tại {{.Basis}}{{end}}:*",
		Rotations: "{{if .Department.Value}}thực hiện chuyển đổi vị trí công tác đối với {{.Department}} công chức đến thời hạn " +
			"định kỳ chuyển đổi{{if .Basis}} theo quy định tại {{.Basis}}{{end}}." +
			"{{else if .Department.Given}}không có công chức đến thời hạn định kỳ chuyển đổi vị trí công tác" +
			"{{if .Basis}} theo quy định tại {{.Basis}}{{end}}.{{end}}" +
			"{{if or .District.Value .Commune.Value}} Tại {{if .District.Value}}cấp huyện có {{.District}} trường hợp" +
			"{{if .Commune.Value}} và {{end}}{{end}}{{if .Commune.Value}}cấp xã có {{.Commune}} trường hợp là công chức Tư pháp – Hộ tịch{{end}}" +
			" được chuyển đổi vị trí công tác theo quy định pháp luật về phòng, chống tham nhũng.{{end}}",
		TrainingPlan: "{{if .Assigned.Value}}{{if .Year}}Năm {{.Year}}, {{end}}" +
			"{{if .AssignedBy}}{{.AssignedBy}} giao {{.Short}} tổ chức{{else}}{{.Short}} được giao tổ chức{{end}} " +
			"{{.Assigned}} hội nghị tập huấn, bồi dưỡng chuyên môn, nghiệp vụ{{if .Fields}} trên các lĩnh vực: {{.Fields}}{{end}}.{{end}}",
		TrainingHeld: "{{if .Held.Value}}Đến nay, đã hoàn thành tổ chức {{.Held}} lớp tập huấn, bồi dưỡng nghiệp vụ công tác tư pháp" +
			"{{if .Attendance.Value}}, có {{.Attendance}} lượt người tham dự{{end}}." +
			"{{else if .Held.Given}}Đến nay, chưa tổ chức lớp tập huấn, bồi dưỡng nghiệp vụ công tác tư pháp." +
			"{{else if .Attendance.Value}}Các lớp tập huấn có {{.Attendance}} lượt người tham dự.{{end}}",
		TrainingSent: "{{if .Sent.Value}}{{.Short}} cử {{.Sent}} lượt công chức, viên chức tham gia các lớp tập huấn, đào tạo, bồi dưỡng.{{end}}",
		Gender: "{{with .Department}}{{$.Short}} có {{.Ratio}} cán bộ nữ{{with .Rate}} (đạt tỷ lệ {{.}}){{end}}{{end}}" +
			"{{with .Masters}}{{if $.Department}}, trong đó có {{else}}{{$.Short}} có {{end}}{{.Women}} nhân sự là nữ có trình độ Thạc sĩ{{end}}" +
			"{{with .Leaders}}{{if or $.Department $.Masters}}, {{else}}{{$.Short}} có {{end}}{{.Ratio}} nhân sự lãnh đạo cấp phòng thuộc Sở là nữ" +
			"{{with .Rate}} (đạt tỷ lệ {{.}}){{end}}{{end}}" +
			"{{if or .Department .Masters .Leaders}}. {{end}}" +
			"{{with .District}}Tại {{.Office}} cấp huyện {{.Ratio}} cán bộ nữ{{with .Rate}} (đạt tỷ lệ {{.}}){{end}}. {{end}}" +
			"{{with .Commune}}Tại cấp xã {{.Ratio}} công chức nữ{{with .Rate}} (đạt tỷ lệ {{.}}){{end}}.{{end}}",

		Campaigns: "{{if .List}}Thực hiện có hiệu quả {{.List}}.{{end}}",
		Campaign: "phong trào thi đua {{if .Slogan}}“*{{.Name}}*”{{else}}{{.Name}}{{end}}" +
			"{{if .Basis}} theo {{.Basis}}{{end}}{{if .Year}} năm {{.Year}}{{end}}",
		RewardsLead: "{{if .Year}}Trong năm {{.Year}}, {{end}}tập thể và cá nhân thuộc {{.Short}} vinh dự được công nhận các danh hiệu " +
			"thi đua và hình thức khen thưởng như sau:",
		TitlesLead:       "*Danh hiệu thi đua:*",
		TitleGrant:       "{{.Authority}} {{or .Verb \"tặng\"}} {{.Awards}}.",
		TitleAward:       "{{.Title}} đối với {{.Recipients}}{{if .Note}} {{.Note}}{{end}}",
		RewardsFormsLead: "*Hình thức khen thưởng:*",
		Reward:           "{{.Authority}} tặng {{.Form}} cho {{.Recipients}}{{if .Reason}} {{.Reason}}{{end}}",
		Recipients: "{{if or .Collectives.Value .Individuals.Value}}" +
			"{{if .Collectives.Value}}{{.Collectives}} {{or .CollectiveNoun \"tập thể\"}}{{end}}" +
			"{{if and .Collectives.Value .Individuals.Value}}, {{end}}" +
			"{{if .Individuals.Value}}{{.Individuals}} cá nhân{{end}}" +
			"{{else}}các tập thể, cá nhân{{end}}",
	}
}

// sentences lists the templates of w by their field names.
func (w Wording) sentences() []section.Sentence {
	return []section.Sentence{
		{Name: "OrganisationTitle", Text: w.OrganisationTitle}, {Name: "ReviewTitle", Text: w.ReviewTitle},
		{Name: "CivilServiceTitle", Text: w.CivilServiceTitle}, {Name: "JobPositionsTitle", Text: w.JobPositionsTitle},
		{Name: "TrainingTitle", Text: w.TrainingTitle}, {Name: "EmulationTitle", Text: w.EmulationTitle},
		{Name: "Regulation", Text: w.Regulation}, {Name: "DistrictRegulations", Text: w.DistrictRegulations},
		{Name: "CommuneRegulations", Text: w.CommuneRegulations}, {Name: "Units", Text: w.Units},
		{Name: "PublicServiceUnits", Text: w.PublicServiceUnits}, {Name: "Qualifications", Text: w.Qualifications},
		{Name: "Degree", Text: w.Degree}, {Name: "DistrictStaff", Text: w.DistrictStaff}, {Name: "CommuneStaff", Text: w.CommuneStaff},
		{Name: "Appointments", Text: w.Appointments}, {Name: "SalarySteps", Text: w.SalarySteps},
		{Name: "JobPositionsLead", Text: w.JobPositionsLead}, {Name: "Schemes", Text: w.Schemes},
		{Name: "RotationsLead", Text: w.RotationsLead}, {Name: "Rotations", Text: w.Rotations},
		{Name: "TrainingPlan", Text: w.TrainingPlan}, {Name: "TrainingHeld", Text: w.TrainingHeld},
		{Name: "TrainingSent", Text: w.TrainingSent}, {Name: "Gender", Text: w.Gender},
		{Name: "Campaigns", Text: w.Campaigns}, {Name: "Campaign", Text: w.Campaign},
		{Name: "RewardsLead", Text: w.RewardsLead}, {Name: "TitlesLead", Text: w.TitlesLead},
		{Name: "TitleGrant", Text: w.TitleGrant}, {Name: "TitleAward", Text: w.TitleAward},
		{Name: "RewardsFormsLead", Text: w.RewardsFormsLead}, {Name: "Reward", Text: w.Reward},
		{Name: "Recipients", Text: w.Recipients},
	}
}

// compiler keeps DefaultWording compiled: built once, when the package is
// initialised, and never changed; a Wording a caller changed is compiled
// when it is used.
var compiler = section.NewCompiler("personnel", DefaultWording().sentences())

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
func (w Wording) Check() error { return compiler.Check(w.sentences()) }
