package tthc

import "github.com/cchc-go/cchc/reform/finding"

// The codes of the findings Validate makes (mã kiểm tra). Rules documents
// each one with its default severity and its source.
const (
	// CodeCatalogueScheme: a catalogue gives both schemes of service levels,
	// or declared figures without any breakdown.
	CodeCatalogueScheme finding.Code = "tthc.catalogue.scheme"
	// CodeCatalogueTotal: the declared number of procedures differs from the
	// sum of the levels.
	CodeCatalogueTotal finding.Code = "tthc.catalogue.total"
	// CodeCatalogueEligible: more toàn trình procedures than procedures
	// eligible for toàn trình.
	CodeCatalogueEligible finding.Code = "tthc.catalogue.eligible"
	// CodeCatalogueEligibleTotal: more eligible procedures than procedures.
	CodeCatalogueEligibleTotal finding.Code = "tthc.catalogue.eligible.total"
	// CodeCatalogueRate: a declared share of a service level differs from
	// the computed one.
	CodeCatalogueRate finding.Code = "tthc.catalogue.rate"
	// CodeCatalogueAnnounced: the declared number of procedures announced
	// differs from new + amended + abolished.
	CodeCatalogueAnnounced finding.Code = "tthc.catalogue.announced"
	// CodeDeclaredSyntax: a declared rate cannot be read as a percentage.
	CodeDeclaredSyntax finding.Code = "tthc.declared.syntax"
	// CodeDossierReceived: the declared number of dossiers received differs
	// from online + in person + carried over.
	CodeDossierReceived finding.Code = "tthc.dossier.received"
	// CodeDossierReceivedInPeriod: the declared number of dossiers newly
	// received differs from online + in person.
	CodeDossierReceivedInPeriod finding.Code = "tthc.dossier.received_in_period"
	// CodeDossierResolved: the declared number of dossiers resolved differs
	// from early + on time + late.
	CodeDossierResolved finding.Code = "tthc.dossier.resolved"
	// CodeDossierPending: pending in time + overdue differs from pending.
	CodeDossierPending finding.Code = "tthc.dossier.pending"
	// CodeDossierBalance: more dossiers received than resolved + pending,
	// with no bucket for withdrawn, returned or refused dossiers.
	CodeDossierBalance finding.Code = "tthc.dossier.balance"
	// CodeDossierBalanceMismatch: received ≠ resolved + pending (+ other)
	// where no missing bucket can explain it.
	CodeDossierBalanceMismatch finding.Code = "tthc.dossier.balance.mismatch"
	// CodeDossierFields: the rows by field do not add up to the totals.
	CodeDossierFields finding.Code = "tthc.dossier.fields"
	// CodeDossierFieldsDuplicate: a field appears in two rows.
	CodeDossierFieldsDuplicate finding.Code = "tthc.dossier.fields.duplicate"
	// CodeDossierOnTimeRate: the declared on-time rate differs from the
	// computed one.
	CodeDossierOnTimeRate finding.Code = "tthc.dossier.on_time_rate"
	// CodeDossierOnlineRate: the declared online share differs from the
	// computed one.
	CodeDossierOnlineRate finding.Code = "tthc.dossier.online_rate"
	// CodeDossierApology: more apology letters than late dossiers.
	CodeDossierApology finding.Code = "tthc.dossier.apology"
	// CodeDossierApologyMissing: fewer apology letters than dossiers
	// resolved late.
	CodeDossierApologyMissing finding.Code = "tthc.dossier.apology.missing"
	// CodeDossierCarriedOver: the dossiers carried over differ from the
	// previous period's pending dossiers.
	CodeDossierCarriedOver finding.Code = "tthc.dossier.carried_over"
	// CodeFeedbackAnswered: more feedback answered than received.
	CodeFeedbackAnswered finding.Code = "tthc.feedback.answered"
	// CodeFeedbackOnTime: more feedback answered on time than answered.
	CodeFeedbackOnTime finding.Code = "tthc.feedback.on_time"
	// CodeFeedbackPendingInTime: more feedback pending in time than pending.
	CodeFeedbackPendingInTime finding.Code = "tthc.feedback.pending_in_time"
	// CodeNarrativeMarkup: a narrative's inline markup cannot be read.
	CodeNarrativeMarkup finding.Code = "tthc.narrative.markup"
	// CodeNarrativeEmpty: a narrative paragraph or bullet has no text.
	CodeNarrativeEmpty finding.Code = "tthc.narrative.empty"
)

// The rules of Validate, one per code (quy tắc kiểm tra): built once, never
// changed. The checks make their findings from them, and Rules lists them.
var (
	ruleCatalogueScheme = finding.Rule{Code: CodeCatalogueScheme, Severity: finding.Error,
		Summary: "Danh mục thủ tục hành chính ghi cả hai cách phân loại mức độ, hoặc ghi tổng số, tỷ lệ mà không có số chi tiết để đối chiếu.",
		Doc: "A catalogue gives procedures either by the mức độ 1–4 of Nghị định 43/2011/NĐ-CP or by the online-service kinds of " +
			"Nghị định 42/2022/NĐ-CP (toàn trình, một phần, information only), never both: one scheme is never coerced into the " +
			"other. Declared totals or rates need one of the two breakdowns to be checked against."}
	ruleCatalogueTotal = finding.Rule{Code: CodeCatalogueTotal, Severity: finding.Error,
		Summary: "Tổng số thủ tục hành chính ghi trong báo cáo khác tổng số thủ tục theo mức độ.",
		Doc:     "catalogue.declared.total = the sum of the levels (mức độ 1–4) or of toàn trình + một phần + information only."}
	ruleCatalogueEligible = finding.Rule{Code: CodeCatalogueEligible, Severity: finding.Error,
		Summary: "Số thủ tục cung cấp dịch vụ công trực tuyến toàn trình vượt quá số thủ tục đủ điều kiện.",
		Doc:     "toàn trình ≤ procedures eligible for toàn trình (Nghị định 42/2022/NĐ-CP)."}
	ruleCatalogueEligibleTotal = finding.Rule{Code: CodeCatalogueEligibleTotal, Severity: finding.Error,
		Summary: "Số thủ tục đủ điều kiện cung cấp toàn trình vượt quá tổng số thủ tục.",
		Doc:     "procedures eligible for toàn trình ≤ procedures in the catalogue."}
	ruleCatalogueRate = finding.RateRule{
		Mismatch: finding.Rule{Code: CodeCatalogueRate, Severity: finding.Error,
			Summary: "Tỷ lệ thủ tục theo mức độ ghi trong báo cáo khác tỷ lệ tính từ số thủ tục.",
			Doc:     "A declared share (e.g. toàn trình 39,45%) is compared with count / total at the stated precision, rounded half-up."},
		Truncated: finding.Rule{Code: finding.TruncatedCode(CodeCatalogueRate), Severity: finding.Warning,
			Summary: "Tỷ lệ thủ tục theo mức độ ghi trong báo cáo bị cắt bớt chữ số thay vì làm tròn.",
			Doc:     "The declared share equals the computed share cut off, not rounded, at the stated precision."},
	}
	ruleCatalogueAnnounced = finding.Rule{Code: CodeCatalogueAnnounced, Severity: finding.Error,
		Summary: "Tổng số thủ tục hành chính được công bố khác tổng số ban hành mới, sửa đổi, bổ sung và bãi bỏ.",
		Doc:     "Procedures announced in the period = new + amended + abolished (e.g. An Giang H1/2025: 844 + 473 + 102 = 1.419)."}
	ruleDeclaredSyntax = finding.Rule{Code: CodeDeclaredSyntax, Severity: finding.Error,
		Summary: "Tỷ lệ ghi trong báo cáo không đọc được dưới dạng phần trăm.",
		Doc:     "A declared rate is the text the report writes, e.g. \"99,8%\"; it must read with vn.ParsePercent."}
	ruleDossierReceived = finding.Rule{Code: CodeDossierReceived, Severity: finding.Error,
		Summary: "Tổng số hồ sơ tiếp nhận ghi trong báo cáo khác tổng số hồ sơ trực tuyến, trực tiếp và kỳ trước chuyển sang.",
		Doc:     "received = online + in person or by post + carried over (Biểu số 06/VPCP/KSTT, Thông tư 01/2020/TT-VPCP)."}
	ruleDossierReceivedInPeriod = finding.Rule{Code: CodeDossierReceivedInPeriod, Severity: finding.Error,
		Summary: "Số hồ sơ mới tiếp nhận trong kỳ ghi trong báo cáo khác tổng số hồ sơ trực tuyến và trực tiếp.",
		Doc:     "received in the period = online + in person or by post (Biểu số 06/VPCP/KSTT)."}
	ruleDossierResolved = finding.Rule{Code: CodeDossierResolved, Severity: finding.Warning,
		Summary: "Tổng số hồ sơ đã giải quyết ghi trong báo cáo khác tổng số hồ sơ trước hạn, đúng hạn và quá hạn.",
		Doc: "resolved = early + on time + late (Biểu số 06/VPCP/KSTT). A warning, not an error: real public statistics " +
			"break this identity by a few percent; the finding gives the gap."}
	ruleDossierPending = finding.Rule{Code: CodeDossierPending, Severity: finding.Error,
		Summary: "Số hồ sơ đang giải quyết trong hạn và quá hạn không khớp với tổng số hồ sơ đang giải quyết.",
		Doc:     "pending = pending in time + pending overdue (Biểu số 06/VPCP/KSTT); when only one part is given it must not exceed pending."}
	ruleDossierBalance = finding.Rule{Code: CodeDossierBalance, Severity: finding.Warning,
		Summary: "Số hồ sơ tiếp nhận lớn hơn số hồ sơ đã giải quyết và đang giải quyết; phần chênh lệch chưa được giải thích.",
		Doc: "received = resolved + pending. The form has no column for withdrawn, returned or refused dossiers; with no such " +
			"bucket given, a surplus of received dossiers is a warning that names the unexplained number (the reference report: " +
			"15.613 received, 15.265 + 301 = 15.566 accounted for, 47 unexplained)."}
	ruleDossierBalanceMismatch = finding.Rule{Code: CodeDossierBalanceMismatch, Severity: finding.Error,
		Summary: "Số hồ sơ tiếp nhận không khớp với số hồ sơ đã giải quyết, đang giải quyết và rút, trả lại, từ chối.",
		Doc: "received = resolved + pending + other when the other bucket is given; and resolved + pending never exceeds " +
			"received. No missing bucket explains either gap."}
	ruleDossierFields = finding.Rule{Code: CodeDossierFields, Severity: finding.Error,
		Summary: "Số hồ sơ theo lĩnh vực cộng lại không bằng tổng số của đơn vị.",
		Doc:     "Each figure summed over the rows by field (lĩnh vực) equals the unit's figure, where every row and the total give it."}
	ruleDossierFieldsDuplicate = finding.Rule{Code: CodeDossierFieldsDuplicate, Severity: finding.Warning,
		Summary: "Một lĩnh vực xuất hiện ở hai dòng số liệu.",
		Doc:     "Rows by field name each field once (compared after NFC normalization and trimming)."}
	ruleDossierOnTimeRate = finding.RateRule{
		Mismatch: finding.Rule{Code: CodeDossierOnTimeRate, Severity: finding.Error,
			Summary: "Tỷ lệ hồ sơ giải quyết đúng hạn ghi trong báo cáo khác tỷ lệ tính từ số hồ sơ.",
			Doc:     "on-time rate = (early + on time) / resolved, compared at the stated precision, rounded half-up."},
		Truncated: finding.Rule{Code: finding.TruncatedCode(CodeDossierOnTimeRate), Severity: finding.Warning,
			Summary: "Tỷ lệ hồ sơ giải quyết đúng hạn ghi trong báo cáo bị cắt bớt chữ số thay vì làm tròn.",
			Doc:     "The declared on-time rate equals the computed rate cut off, not rounded."},
	}
	ruleDossierOnlineRate = finding.RateRule{
		Mismatch: finding.Rule{Code: CodeDossierOnlineRate, Severity: finding.Error,
			Summary: "Tỷ lệ hồ sơ trực tuyến ghi trong báo cáo khác tỷ lệ tính từ số hồ sơ.",
			Doc:     "online share = online / (online + in person), carried-over dossiers excluded as in Quyết định 766/QĐ-TTg."},
		Truncated: finding.Rule{Code: finding.TruncatedCode(CodeDossierOnlineRate), Severity: finding.Warning,
			Summary: "Tỷ lệ hồ sơ trực tuyến ghi trong báo cáo bị cắt bớt chữ số thay vì làm tròn.",
			Doc:     "The declared online share equals the computed share cut off, not rounded."},
	}
	ruleDossierApology = finding.Rule{Code: CodeDossierApology, Severity: finding.Warning,
		Summary: "Số văn bản xin lỗi nhiều hơn số hồ sơ trễ hạn.",
		Doc: "Apology letters (Thông tư 01/2018/TT-VPCP, mẫu 04) ≤ dossiers resolved late + pending overdue; when the pending " +
			"split is unknown the bound is late + all pending."}
	ruleDossierApologyMissing = finding.Rule{Code: CodeDossierApologyMissing, Severity: finding.Info,
		Summary: "Số văn bản xin lỗi ít hơn số hồ sơ giải quyết quá hạn.",
		Doc:     "Every dossier resolved late calls for an apology letter (Thông tư 01/2018/TT-VPCP); fewer letters is worth a look."}
	ruleDossierCarriedOver = finding.Rule{Code: CodeDossierCarriedOver, Severity: finding.Warning,
		Summary: "Số hồ sơ kỳ trước chuyển sang khác số hồ sơ đang giải quyết cuối kỳ trước.",
		Doc:     "carried over (this period) = pending at the end of the previous period, when the previous figure is given."}
	ruleFeedbackAnswered = finding.Rule{Code: CodeFeedbackAnswered, Severity: finding.Error,
		Summary: "Số phản ánh, kiến nghị đã trả lời vượt quá số đã tiếp nhận.",
		Doc:     "feedback answered ≤ feedback received."}
	ruleFeedbackOnTime = finding.Rule{Code: CodeFeedbackOnTime, Severity: finding.Error,
		Summary: "Số phản ánh, kiến nghị trả lời đúng hạn vượt quá số đã trả lời.",
		Doc:     "feedback answered on time ≤ answered (≤ received when answered is not given)."}
	ruleFeedbackPendingInTime = finding.Rule{Code: CodeFeedbackPendingInTime, Severity: finding.Error,
		Summary: "Số phản ánh, kiến nghị đang xử lý trong hạn vượt quá số chưa trả lời.",
		Doc:     "feedback pending in time ≤ received − answered (≤ received when answered is not given)."}
	ruleNarrativeMarkup = finding.Rule{Code: CodeNarrativeMarkup, Severity: finding.Error,
		Summary: "Nội dung tường thuật có lỗi định dạng (in nghiêng, in đậm, chú thích).",
		Doc:     "Narrative markup (\"*italic*\", \"**bold**\", \"[^n]\" with its note) must parse: Blocks would fail on it."}
	ruleNarrativeEmpty = finding.Rule{Code: CodeNarrativeEmpty, Severity: finding.Warning,
		Summary: "Đoạn văn hoặc gạch đầu dòng không có nội dung.",
		Doc:     "A narrative paragraph or bullet with no text prints as an empty line."}
)

// Rules documents every code Validate can make (danh mục mã kiểm tra của
// phần thủ tục hành chính), in a fixed order. It returns a new slice on each
// call. The findings of the field rules (field.gte for a negative count,
// field.lte for an impossible one, field.required for a missing unit or field
// name) are documented by package finding: their codes are shared by every
// package.
func Rules() finding.Catalogue {
	return finding.Catalogue{
		ruleCatalogueScheme,
		ruleCatalogueTotal,
		ruleCatalogueEligible,
		ruleCatalogueEligibleTotal,
		ruleCatalogueRate.Mismatch,
		ruleCatalogueRate.Truncated,
		ruleCatalogueAnnounced,
		ruleDeclaredSyntax,
		ruleDossierReceived,
		ruleDossierReceivedInPeriod,
		ruleDossierResolved,
		ruleDossierPending,
		ruleDossierBalance,
		ruleDossierBalanceMismatch,
		ruleDossierFields,
		ruleDossierFieldsDuplicate,
		ruleDossierOnTimeRate.Mismatch,
		ruleDossierOnTimeRate.Truncated,
		ruleDossierOnlineRate.Mismatch,
		ruleDossierOnlineRate.Truncated,
		ruleDossierApology,
		ruleDossierApologyMissing,
		ruleDossierCarriedOver,
		ruleFeedbackAnswered,
		ruleFeedbackOnTime,
		ruleFeedbackPendingInTime,
		ruleNarrativeMarkup,
		ruleNarrativeEmpty,
	}
}
