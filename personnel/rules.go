package personnel

import "github.com/cchc-go/cchc/reform/finding"

// The codes of the findings Validate makes, documented by Rules. Findings of
// the field rules (validate tags) carry the codes of finding.FieldCode:
// "field.required", "field.gte", "field.oneof", "field.min", …; a negative
// count is reported that way ("field.gte") and left out of every other check.
const (
	// CodeDegrees: staff by degree do not add up to the staff.
	CodeDegrees finding.Code = "personnel.qualification.degrees"
	// CodeDegreesIncomplete: some degree is not stated and the stated ones fall short of the staff.
	CodeDegreesIncomplete finding.Code = "personnel.qualification.degrees.incomplete"
	// CodeField: law + other do not make the degree's total.
	CodeField finding.Code = "personnel.qualification.field"
	// CodeLeaders: leaders exceed the staff.
	CodeLeaders finding.Code = "personnel.staff.leaders"
	// CodeAppointments: appointments exceed the staff.
	CodeAppointments finding.Code = "personnel.staff.appointments"
	// CodeSalarySteps: salary steps exceed the staff.
	CodeSalarySteps finding.Code = "personnel.staff.salary_steps"
	// CodePSUUnits: public-service units exceed the department's units.
	CodePSUUnits finding.Code = "personnel.psu.units"
	// CodeReorganised: reorganised units exceed the public-service units.
	CodeReorganised finding.Code = "personnel.psu.reorganised"
	// CodeAutonomy: autonomy groups do not add up to the public-service units.
	CodeAutonomy finding.Code = "personnel.psu.autonomy"
	// CodeAutonomyIncomplete: some autonomy group is not stated and the stated ones fall short.
	CodeAutonomyIncomplete finding.Code = "personnel.psu.autonomy.incomplete"
	// CodeLocalDuplicate: a level is listed twice in organisation.local.
	CodeLocalDuplicate finding.Code = "personnel.local.duplicate"
	// CodeRegulations: areas that issued the regulation exceed the areas.
	CodeRegulations finding.Code = "personnel.local.regulations"
	// CodeCertified: certified officials exceed the officials.
	CodeCertified finding.Code = "personnel.local.certified"
	// CodeCertifiedRate: the stated rate of certified officials differs from the derived one.
	CodeCertifiedRate finding.Code = "personnel.local.certified_rate"
	// CodeBase: a restated whole differs from the organisation's figure.
	CodeBase finding.Code = "personnel.base.mismatch"
	// CodeDeclaredSyntax: a declared rate does not read as a percentage.
	CodeDeclaredSyntax finding.Code = "personnel.declared.syntax"
	// CodeDeclaredNoBase: a declared rate has no whole to be checked against.
	CodeDeclaredNoBase finding.Code = "personnel.declared.no_base"
	// CodeSchemes: units with a job-position scheme exceed the units.
	CodeSchemes finding.Code = "personnel.jobs.done"
	// CodeRotationDuplicate: a level is listed twice in the rotations.
	CodeRotationDuplicate finding.Code = "personnel.rotation.duplicate"
	// CodeRotationStaff: staff rotated exceed the staff of the level.
	CodeRotationStaff finding.Code = "personnel.rotation.staff"
	// CodeTrainingHeld: courses held exceed the courses assigned.
	CodeTrainingHeld finding.Code = "personnel.training.held"
	// CodeTrainingAttendance: attendance is below the courses held.
	CodeTrainingAttendance finding.Code = "personnel.training.attendance"
	// CodeGenderDuplicate: a group is listed twice in the gender figures.
	CodeGenderDuplicate finding.Code = "personnel.gender.duplicate"
	// CodeWomen: women exceed the group's headcount.
	CodeWomen finding.Code = "personnel.gender.women"
	// CodeSex: women + men do not make the headcount.
	CodeSex finding.Code = "personnel.gender.sex"
	// CodeWomenRate: the stated rate of women differs from the derived one.
	CodeWomenRate finding.Code = "personnel.gender.rate"
	// CodeWomenSubgroup: women of a sub-group exceed the department's women.
	CodeWomenSubgroup finding.Code = "personnel.gender.subgroup"
	// CodeCollectives: collectives with a title exceed the department's units.
	CodeCollectives finding.Code = "personnel.reward.collectives"
	// CodeIndividuals: individuals with a title exceed the department's staff.
	CodeIndividuals finding.Code = "personnel.reward.individuals"
	// CodeGrassroots: Chiến sĩ thi đua cơ sở exceed Lao động tiên tiến individuals.
	CodeGrassroots finding.Code = "personnel.reward.grassroots"
	// CodeRecipient: a collective title given to individuals, or the reverse.
	CodeRecipient finding.Code = "personnel.reward.recipient"
	// CodeMarkup: a narrative's inline markup does not parse.
	CodeMarkup finding.Code = "personnel.narrative.markup"
)

// The rules of Validate, one per code (quy tắc kiểm tra): built once, never
// changed. The checks make their findings from them, and Rules lists them.
var (
	ruleDegrees = finding.Rule{Code: CodeDegrees, Severity: finding.Error,
		Summary: "Số người theo trình độ cộng lại không bằng số nhân sự của nhóm.",
		Doc: "Doctor + master + bachelor + below must equal the group's staff when every degree is given (domain.md §4: " +
			"staff by qualification is a partition); the given degrees must never exceed the staff, whatever is missing."}
	ruleDegreesIncomplete = finding.Rule{Code: CodeDegreesIncomplete, Severity: finding.Warning,
		Summary: "Các trình độ được nêu cộng lại ít hơn số nhân sự và báo cáo không nêu đủ các nhóm trình độ.",
		Doc: "Some degree (usually 'below bachelor') is not stated and the stated ones fall short of the staff. Reports " +
			"often list only higher degrees, so this is not proof of a slip, but the gap is unexplained: a warning naming " +
			"it and the missing groups, as for the dossier balance without an 'other' bucket (domain.md §3)."}
	ruleField = finding.Rule{Code: CodeField, Severity: finding.Error,
		Summary: "Số người theo chuyên ngành (luật, khác) không khớp với số người của trình độ.",
		Doc:     "Law + other = the degree's stated total when all three are given; one field alone never exceeds the total."}
	ruleLeaders = finding.Rule{Code: CodeLeaders, Severity: finding.Error,
		Summary: "Số lãnh đạo cấp phòng vượt quá số nhân sự của Sở.",
		Doc:     "Leaders are part of the staff: leaders ≤ staff."}
	ruleAppointments = finding.Rule{Code: CodeAppointments, Severity: finding.Warning,
		Summary: "Số trường hợp bổ nhiệm, bổ nhiệm lại vượt quá số nhân sự của Sở.",
		Doc:     "The people appointed are staff of the department: appointments ≤ staff."}
	ruleSalarySteps = finding.Rule{Code: CodeSalarySteps, Severity: finding.Warning,
		Summary: "Số trường hợp nâng bậc lương thường xuyên vượt quá số nhân sự của Sở.",
		Doc: "A regular salary step comes at most once per person per period (every 2 or 3 years, Nghị định " +
			"204/2004/NĐ-CP): steps ≤ staff."}
	rulePSUUnits = finding.Rule{Code: CodePSUUnits, Severity: finding.Error,
		Summary: "Số đơn vị sự nghiệp vượt quá số phòng, đơn vị thuộc Sở.",
		Doc:     "The public-service units are among the department's divisions and units: units ≥ public-service units."}
	ruleReorganised = finding.Rule{Code: CodeReorganised, Severity: finding.Error,
		Summary: "Số đơn vị sự nghiệp đã sắp xếp, tổ chức lại vượt quá tổng số đơn vị sự nghiệp.",
		Doc:     "Done ≤ total of the figure written \"04/04\"."}
	ruleAutonomy = finding.Rule{Code: CodeAutonomy, Severity: finding.Error,
		Summary: "Số đơn vị sự nghiệp theo nhóm tự chủ cộng lại không bằng tổng số đơn vị sự nghiệp.",
		Doc: "The four autonomy groups of Nghị định 60/2021/NĐ-CP, Điều 9 partition the public-service units (domain.md " +
			"§4: 04 = 03 + 01); the given groups never exceed the total."}
	ruleAutonomyIncomplete = finding.Rule{Code: CodeAutonomyIncomplete, Severity: finding.Warning,
		Summary: "Các nhóm tự chủ được nêu cộng lại ít hơn tổng số đơn vị sự nghiệp và báo cáo không nêu đủ các nhóm.",
		Doc:     "Some autonomy group is not stated and the stated ones fall short of the total: the gap is unexplained."}
	ruleLocalDuplicate = finding.Rule{Code: CodeLocalDuplicate, Severity: finding.Error,
		Summary: "Một cấp được kê khai hai lần trong số liệu cấp huyện, cấp xã.",
		Doc:     "organisation.local holds at most one entry per level: the entry is the whole of every ratio about the level."}
	ruleRegulations = finding.Rule{Code: CodeRegulations, Severity: finding.Error,
		Summary: "Số địa phương đã ban hành quy định chức năng, nhiệm vụ vượt quá tổng số.",
		Doc:     "Done ≤ total of the figure written \"11/11 huyện\"."}
	ruleCertified = finding.Rule{Code: CodeCertified, Severity: finding.Error,
		Summary: "Số công chức được cấp chứng chỉ vượt quá số công chức.",
		Doc:     "Certified ≤ officials of the level (\"300/306\")."}
	ruleCertifiedRate = finding.RateRule{
		Mismatch: finding.Rule{Code: CodeCertifiedRate, Severity: finding.Error,
			Summary: "Tỷ lệ công chức được cấp chứng chỉ ghi trong báo cáo khác tỷ lệ tính từ số liệu.",
			Doc:     "The stated rate is compared with certified/officials rounded half-up at the stated precision (finding.CheckRate)."},
		Truncated: finding.Rule{Code: finding.TruncatedCode(CodeCertifiedRate), Severity: finding.Warning,
			Summary: "Tỷ lệ công chức được cấp chứng chỉ bị cắt bớt chữ số thay vì làm tròn.",
			Doc:     "The stated rate equals the computed rate truncated, not rounded, at the stated precision (domain.md §8)."},
	}
	ruleBase = finding.Rule{Code: CodeBase, Severity: finding.Error,
		Summary: "Mẫu số của một tỷ lệ khác số liệu của cùng nhóm ở phần tổ chức bộ máy.",
		Doc: "Every ratio whose whole is a group the organisation part counts (the department's staff, leaders, masters, " +
			"the district or commune staff, the offices of a level) must use the organisation's figure (domain.md §4). " +
			"The finding's path is the restated whole and its related path the organisation's figure."}
	ruleDeclaredSyntax = finding.Rule{Code: CodeDeclaredSyntax, Severity: finding.Error,
		Summary: "Tỷ lệ ghi trong báo cáo không đọc được.",
		Doc:     "A declared rate must read as a Vietnamese percentage (vn.ParsePercent), e.g. \"53,4%\"."}
	ruleDeclaredNoBase = finding.Rule{Code: CodeDeclaredNoBase, Severity: finding.Warning,
		Summary: "Tỷ lệ ghi trong báo cáo không đối chiếu được vì thiếu mẫu số.",
		Doc:     "A declared rate whose whole is not given (or is 0) cannot be checked."}
	ruleSchemes = finding.Rule{Code: CodeSchemes, Severity: finding.Error,
		Summary: "Số đơn vị đã hoàn thành đề án vị trí việc làm vượt quá tổng số đơn vị.",
		Doc:     "Done ≤ total of the figure written \"11/11 Phòng Tư pháp\"."}
	ruleRotationDuplicate = finding.Rule{Code: CodeRotationDuplicate, Severity: finding.Error,
		Summary: "Một cấp được kê khai hai lần trong số liệu chuyển đổi vị trí công tác.",
		Doc:     "civil_service.rotations.levels holds at most one entry per level."}
	ruleRotationStaff = finding.Rule{Code: CodeRotationStaff, Severity: finding.Error,
		Summary: "Số công chức được chuyển đổi vị trí công tác vượt quá số công chức của cấp đó.",
		Doc:     "The people rotated are staff of the level (Nghị định 59/2019/NĐ-CP): rotated ≤ staff of the level."}
	ruleTrainingHeld = finding.Rule{Code: CodeTrainingHeld, Severity: finding.Warning,
		Summary: "Số lớp tập huấn đã tổ chức nhiều hơn số được giao.",
		Doc:     "Held ≤ assigned is expected; more may have an explanation (courses added during the year)."}
	ruleTrainingAttendance = finding.Rule{Code: CodeTrainingAttendance, Severity: finding.Warning,
		Summary: "Số lượt người tham dự ít hơn số lớp đã tổ chức.",
		Doc:     "Every course held has at least one participant: attendance ≥ courses held."}
	ruleGenderDuplicate = finding.Rule{Code: CodeGenderDuplicate, Severity: finding.Error,
		Summary: "Một nhóm nhân sự được kê khai hai lần trong số liệu bình đẳng giới.",
		Doc:     "civil_service.gender.groups holds at most one entry per group."}
	ruleWomen = finding.Rule{Code: CodeWomen, Severity: finding.Error,
		Summary: "Số nữ vượt quá số nhân sự của nhóm.",
		Doc:     "Women ≤ the group's headcount (women ≤ staff, women leaders ≤ leaders, women masters ≤ masters)."}
	ruleSex = finding.Rule{Code: CodeSex, Severity: finding.Error,
		Summary: "Số nữ và số nam cộng lại không bằng số nhân sự của nhóm.",
		Doc:     "Women + men = headcount when men are given (domain.md §4: leaders by sex)."}
	ruleWomenRate = finding.RateRule{
		Mismatch: finding.Rule{Code: CodeWomenRate, Severity: finding.Error,
			Summary: "Tỷ lệ nữ ghi trong báo cáo khác tỷ lệ tính từ số liệu.",
			Doc:     "The stated rate is compared with women/headcount rounded half-up at the stated precision (finding.CheckRate)."},
		Truncated: finding.Rule{Code: finding.TruncatedCode(CodeWomenRate), Severity: finding.Warning,
			Summary: "Tỷ lệ nữ bị cắt bớt chữ số thay vì làm tròn.",
			Doc:     "The stated rate equals the computed rate truncated, not rounded, at the stated precision (domain.md §8)."},
	}
	ruleWomenSubgroup = finding.Rule{Code: CodeWomenSubgroup, Severity: finding.Error,
		Summary: "Số nữ của một nhóm thuộc Sở vượt quá số nữ của toàn Sở.",
		Doc:     "Women leaders and women masters are women of the department: each ≤ the department's women."}
	ruleCollectives = finding.Rule{Code: CodeCollectives, Severity: finding.Error,
		Summary: "Số tập thể được tặng một danh hiệu vượt quá số phòng, đơn vị thuộc Sở.",
		Doc: "A collective receives a title at most once per year: collectives with a title, summed over the granting " +
			"authorities, ≤ the department's units (domain.md §4)."}
	ruleIndividuals = finding.Rule{Code: CodeIndividuals, Severity: finding.Warning,
		Summary: "Số cá nhân được tặng một danh hiệu vượt quá số nhân sự của Sở.",
		Doc:     "Individuals with a title, summed over the granting authorities, ≤ the department's staff."}
	ruleGrassroots = finding.Rule{Code: CodeGrassroots, Severity: finding.Error,
		Summary: "Số Chiến sĩ thi đua cơ sở vượt quá số cá nhân đạt danh hiệu Lao động tiên tiến.",
		Doc: "Luật Thi đua, khen thưởng 2022: \"Chiến sĩ thi đua cơ sở\" is chosen among those who reached \"Lao động " +
			"tiên tiến\", so CSTĐCS ≤ LĐTT individuals (domain.md §4)."}
	ruleRecipient = finding.Rule{Code: CodeRecipient, Severity: finding.Warning,
		Summary: "Danh hiệu dành cho tập thể được ghi cho cá nhân, hoặc ngược lại.",
		Doc: "Cờ thi đua and the Tập thể titles go to collectives, the Chiến sĩ thi đua titles to individuals (Luật " +
			"Thi đua, khen thưởng 2022)."}
	ruleMarkup = finding.Rule{Code: CodeMarkup, Severity: finding.Error,
		Summary: "Đoạn văn tường thuật có lỗi đánh dấu (in nghiêng, in đậm, chú thích).",
		Doc:     "A narrative's inline markup must parse (doc.Narrative.Runs): closed emphasis, every note referenced once."}
)

// Rules documents every code Validate can make (danh mục mã kiểm tra của phần
// tổ chức bộ máy và chế độ công vụ). The catalogue is built on each call, so
// callers may change their copy freely.
func Rules() finding.Catalogue {
	return finding.Catalogue{
		ruleDegrees,
		ruleDegreesIncomplete,
		ruleField,
		ruleLeaders,
		ruleAppointments,
		ruleSalarySteps,
		rulePSUUnits,
		ruleReorganised,
		ruleAutonomy,
		ruleAutonomyIncomplete,
		ruleLocalDuplicate,
		ruleRegulations,
		ruleCertified,
		ruleCertifiedRate.Mismatch,
		ruleCertifiedRate.Truncated,
		ruleBase,
		ruleDeclaredSyntax,
		ruleDeclaredNoBase,
		ruleSchemes,
		ruleRotationDuplicate,
		ruleRotationStaff,
		ruleTrainingHeld,
		ruleTrainingAttendance,
		ruleGenderDuplicate,
		ruleWomen,
		ruleSex,
		ruleWomenRate.Mismatch,
		ruleWomenRate.Truncated,
		ruleWomenSubgroup,
		ruleCollectives,
		ruleIndividuals,
		ruleGrassroots,
		ruleRecipient,
		ruleMarkup,
	}
}
