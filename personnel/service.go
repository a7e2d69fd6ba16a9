package personnel

import "github.com/cchc-go/cchc/reform/doc"

// CivilService is section II.4 of a report (cải cách chế độ công vụ).
type CivilService struct {
	// JobPositions are the job-position schemes (đề án vị trí việc làm),
	// II.4.1.
	JobPositions JobPositions `json:"job_positions,omitzero"`
	// Rotations are the rotations of position under the anti-corruption law
	// (chuyển đổi vị trí công tác), II.4.1.
	Rotations Rotations `json:"rotations,omitzero"`
	// Training is the training of staff (tập huấn, bồi dưỡng), II.4.2.
	Training Training `json:"training,omitzero"`
	// Gender is gender equality among staff (bình đẳng giới), written at the
	// end of II.4.2 as the reference report does.
	Gender Gender `json:"gender,omitzero"`
	// Emulation is emulation and rewards (thi đua, khen thưởng), II.4.3.
	Emulation Emulation `json:"emulation,omitzero"`
}

// JobPositions are the job-position schemes approved (đề án vị trí việc làm).
type JobPositions struct {
	// Narrative is the qualitative text, with its citations.
	Narrative doc.Narrative `json:"narrative,omitzero"`
	// Schemes are the schemes done over units, e.g. 11/11 Phòng Tư pháp.
	Schemes []Schemes `json:"schemes,omitempty" validate:"dive"`
}

// Schemes is the number of units of one kind whose job-position scheme is
// done, over the number of such units.
type Schemes struct {
	// Level is the level of the units: "department", "district" or "commune".
	Level Level `json:"level" validate:"required,oneof=department district commune"`
	// Unit names the units as the text writes them, e.g. "Phòng Tư pháp";
	// empty means the office name of the level in organisation.local.
	Unit string `json:"unit,omitempty"`
	// Done is the number of units whose scheme is done.
	Done *int64 `json:"done" validate:"required,gte=0,lte=1000000000000"`
	// Total is the number of units; nil means the number of offices of the
	// level in organisation.local (checked against it when both are given).
	Total *int64 `json:"total,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

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

// Gender is gender equality among staff (bình đẳng giới): the women of each
// staff group over the group's headcount.
type Gender struct {
	// Lead is the qualitative text before the figures.
	Lead doc.Narrative `json:"lead,omitzero"`
	// Groups are the women of each staff group, at most one entry per group.
	Groups []Women `json:"groups,omitempty" validate:"dive"`
	// Outcome is the qualitative text after the figures.
	Outcome doc.Narrative `json:"outcome,omitzero"`
}

// Women is the number of women in a staff group (cán bộ nữ).
type Women struct {
	// Group is the staff group: "department", "department_leaders",
	// "department_masters", "district" or "commune".
	Group Group `json:"group" validate:"required,oneof=department department_leaders department_masters district commune"`
	// Women is the number of women.
	Women *int64 `json:"women" validate:"required,gte=0,lte=1000000000000"`
	// Men is the number of men; optional. When given, women + men must be
	// the group's headcount.
	Men *int64 `json:"men,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Total is the headcount the gender figures use as the whole (the y of
	// "46/86"). nil means the organisation's headcount of the group; when
	// both are given they must agree, and the text writes this one.
	Total *int64 `json:"total,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Declared are the figures the report states that the data derives.
	Declared WomenDeclared `json:"declared,omitzero"`
}

// WomenDeclared are the figures of a gender group that a report states and
// the data derives: kept to be compared, never printed.
type WomenDeclared struct {
	// Rate is the rate of women as written, e.g. "53,4%".
	Rate string `json:"rate,omitempty"`
}

// Emulation is emulation and rewards (công tác thi đua, khen thưởng).
type Emulation struct {
	// Year is the year of the titles and rewards, e.g. 2024; 0 when not given.
	Year int `json:"year,omitempty" validate:"omitempty,gte=1945,lte=9999"`
	// Narrative are the paragraphs before the campaigns: the plans launched,
	// the agreements signed.
	Narrative []doc.Narrative `json:"narrative,omitempty"`
	// Campaigns are the emulation campaigns carried out (phong trào thi đua).
	Campaigns []Campaign `json:"campaigns,omitempty" validate:"dive"`
	// Titles are the emulation titles (danh hiệu thi đua), by granting
	// authority.
	Titles []TitleGrant `json:"titles,omitempty" validate:"dive"`
	// Rewards are the forms of reward (hình thức khen thưởng), one entry per
	// decision.
	Rewards []Reward `json:"rewards,omitempty" validate:"dive"`
}

// Campaign is one emulation campaign (phong trào thi đua).
type Campaign struct {
	// Name is the campaign's name or slogan as written, e.g. "Dân vận khéo".
	Name string `json:"name" validate:"required"`
	// Slogan says the name is a slogan, written in quotes and italics:
	// “*Dân vận khéo*”.
	Slogan bool `json:"slogan,omitempty"`
	// Basis is the plan that launched the campaign, as cited, e.g. "Kế hoạch
	// số 217-KH/BDVTU ngày 09/4/2024 của Ban Dân vận Tỉnh ủy"; optional.
	Basis string `json:"basis,omitempty"`
	// Year is the year written after the name; 0 when none.
	Year int `json:"year,omitempty" validate:"omitempty,gte=1945,lte=9999"`
}

// TitleGrant is the titles one authority granted (cơ quan, người có thẩm
// quyền tặng, công nhận danh hiệu).
type TitleGrant struct {
	// Authority is who granted them, e.g. "Ủy ban nhân dân tỉnh".
	Authority string `json:"authority" validate:"required"`
	// Verb is the verb the text writes, e.g. "công nhận"; empty means "tặng".
	Verb string `json:"verb,omitempty"`
	// Awards are the titles granted.
	Awards []TitleAward `json:"awards" validate:"required,min=1,dive"`
}

// TitleAward is one title granted to a number of collectives and individuals.
type TitleAward struct {
	// Title is the title.
	Title Title `json:"title" validate:"required,oneof=emulation_flag excellent_collective advanced_collective advanced_labour emulation_fighter_grassroots emulation_fighter_provincial emulation_fighter_national"`
	// Collectives is the number of collectives; nil when not given.
	Collectives *int64 `json:"collectives,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Individuals is the number of individuals; nil when not given.
	Individuals *int64 `json:"individuals,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// CollectiveNoun names the collectives in the text, e.g. "phòng thuộc
	// Sở"; empty means "tập thể".
	CollectiveNoun string `json:"collective_noun,omitempty"`
	// Note is written after the recipients, e.g. "xuất sắc dẫn đầu Khối thi
	// đua, phòng, đơn vị"; optional.
	Note string `json:"note,omitempty"`
}

// Reward is one decision granting a form of reward (hình thức khen thưởng).
type Reward struct {
	// Form is the form: "certificate_of_merit", "letter_of_commendation",
	// "medal" or "order".
	Form Form `json:"form" validate:"required,oneof=certificate_of_merit letter_of_commendation medal order"`
	// Authority is who granted it, e.g. "Chủ tịch UBND tỉnh".
	Authority string `json:"authority" validate:"required"`
	// Collectives is the number of collectives; nil when not given ("các
	// tập thể").
	Collectives *int64 `json:"collectives,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Individuals is the number of individuals; nil when not given.
	Individuals *int64 `json:"individuals,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Reason is what it was granted for, as written, e.g. "có thành tích
	// xuất sắc trong phong trào thi đua năm 2023".
	Reason string `json:"reason,omitempty"`
}
