package personnel

// The data structs the Wording templates are executed with. Text from the
// data is escaped for inline markup; figures are formatted with
// Wording.Numbers.

// Names are the department's names, part of every template's data.
type Names struct {
	// Agency is the full name, "Sở Tư pháp tỉnh An Giang".
	Agency string
	// Short is the name in the middle of a sentence, "Sở Tư pháp".
	Short string
}

// RegulationData is the data of Wording.Regulation.
type RegulationData struct {
	Names
	// Basis are the texts implemented, joined: "A, B và C".
	Basis string
	// Issuer is the body that issued the decision.
	Issuer string
	// Decision is the decision as cited.
	Decision string
}

// UnitsData is the data of Wording.Units.
type UnitsData struct {
	Names
	// Units, Staff and Leaders are the department's figures.
	Units, Staff, Leaders Figure
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

// DegreeData is the data of Wording.Degree.
type DegreeData struct {
	// Degree is the degree's name in lower case: "tiến sĩ", "thạc sĩ", "đại
	// học", "dưới đại học".
	Degree string
	// Count is the number with the degree (Law + Other when both are given).
	Count Figure
	// Law and Other are the split by field.
	Law, Other Figure
}

// DegreesData are the qualifications of a staff group, part of
// QualificationsData and LocalData.
type DegreesData struct {
	// Degrees is the list of the given degrees written by Wording.Degree and
	// joined with ", ": "14 thạc sĩ (12 luật, 02 khác), 66 đại học (55 luật,
	// 11 khác)"; empty when no degree is given.
	Degrees string
	// Doctor, Master, Bachelor and Below are the degrees one by one.
	Doctor, Master, Bachelor, Below DegreeData
	// LawOnly is true when masters and bachelors are both given, each with
	// its split and no one in another field, and no doctor or below-bachelor
	// count other than zero is given: the group can be written "03 Thạc sĩ
	// Luật, 54 … Đại học Luật" without leaving anyone out.
	LawOnly bool
}

// QualificationsData is the data of Wording.Qualifications.
type QualificationsData struct {
	Names
	DegreesData
}

// LocalData is the data of the sentences on one level below the department:
// Wording.DistrictRegulations, CommuneRegulations, DistrictStaff, CommuneStaff.
type LocalData struct {
	Names
	DegreesData
	// Office is the offices' name, "Phòng Tư pháp"; may be empty.
	Office string
	// Offices, RegulationsIssued, Staff and Certified are the level's figures.
	Offices, RegulationsIssued, Staff, Certified Figure
	// RegulationsRatio is "11/11" (RegulationsIssued/Offices).
	RegulationsRatio string
	// CertifiedRatio is "300/306" (Certified/Staff).
	CertifiedRatio string
	// CertifiedRate is the derived rate of Certified/Staff, "98%".
	CertifiedRate string
}

// CountData is the data of Wording.Appointments and SalarySteps.
type CountData struct {
	Names
	// Count is the figure.
	Count Figure
}

// SchemesData is the data of Wording.Schemes.
type SchemesData struct {
	Names
	// Unit names the units, "Phòng Tư pháp".
	Unit string
	// Done and Total are the units done and all units (Total falls back on
	// the offices of the level).
	Done, Total Figure
	// Ratio is "11/11", or Done alone when there is no total.
	Ratio string
}

// RotationsData is the data of Wording.RotationsLead and Rotations.
type RotationsData struct {
	Names
	// Basis are the texts the rotations follow, joined: "A, B và C".
	Basis string
	// Department, District and Commune are the staff rotated at each level.
	Department, District, Commune Figure
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

// RatioData is one group of GenderData.
type RatioData struct {
	// Women is the number of women.
	Women Figure
	// Total is the group's headcount used as the whole.
	Total Figure
	// Ratio is "46/86", or Women alone when the whole is not known.
	Ratio string
	// Rate is the derived rate, "53,5%"; empty when it cannot be computed.
	Rate string
	// Office is the offices' name for the district and commune groups.
	Office string
}

// GenderData is the data of Wording.Gender; a group the data does not give
// is nil.
type GenderData struct {
	Names
	// Department, Masters, Leaders, District and Commune are the groups.
	Department, Masters, Leaders, District, Commune *RatioData
}

// CampaignsData is the data of Wording.Campaigns.
type CampaignsData struct {
	Names
	// List is the campaigns written by Wording.Campaign, joined with "; ".
	List string
}

// CampaignData is the data of Wording.Campaign.
type CampaignData struct {
	// Name is the campaign's name; Slogan says to quote it.
	Name string
	// Slogan is true when the name is a slogan.
	Slogan bool
	// Basis is the plan that launched it; may be empty.
	Basis string
	// Year is the year written after it; 0 when none.
	Year int
}

// RewardsData is the data of Wording.RewardsLead.
type RewardsData struct {
	Names
	// Year is the year of the titles and rewards; 0 when not given.
	Year int
}

// TitleGrantData is the data of Wording.TitleGrant.
type TitleGrantData struct {
	Names
	// Authority and Verb are the granting authority and its verb (Verb may
	// be empty).
	Authority, Verb string
	// Awards are the titles written by Wording.TitleAward, joined with "; ".
	Awards string
}

// TitleAwardData is the data of Wording.TitleAward.
type TitleAwardData struct {
	// Title is the title as written after the verb, "danh hiệu Lao động tiên
	// tiến".
	Title string
	// Recipients are written by Wording.Recipients.
	Recipients string
	// Collectives and Individuals are the counts.
	Collectives, Individuals Figure
	// Note is written after the recipients; may be empty.
	Note string
}

// RewardData is the data of Wording.Reward.
type RewardData struct {
	Names
	// Authority is who granted it; Form is the form as written, "Bằng khen".
	Authority, Form string
	// Recipients are written by Wording.Recipients.
	Recipients string
	// Collectives and Individuals are the counts.
	Collectives, Individuals Figure
	// Reason is what it was granted for; may be empty.
	Reason string
}

// RecipientsData is the data of Wording.Recipients.
type RecipientsData struct {
	// Collectives and Individuals are the counts.
	Collectives, Individuals Figure
	// CollectiveNoun names the collectives; empty means the template's
	// default.
	CollectiveNoun string
}
