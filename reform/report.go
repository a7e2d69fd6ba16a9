package reform

import (
	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/tthc"
)

// Report is one periodic administrative-reform report of one unit (báo cáo
// công tác cải cách hành chính): its header, period, sections I–V, closing
// and appendices. Every section is optional: the headings and their numbers
// follow from what is present, or, with Outline.Fixed, are the same in every
// report.
type Report struct {
	// SchemaVersion is the version of the interchange format the report is
	// written in: "2", the one this package writes (SchemaVersion), or "1",
	// which Decode still reads, converting its free text (Validate notes it,
	// decode.schema_version.old). Empty is read as "2", or as "1" when the
	// free text has the shapes of version 1; Decode refuses another version,
	// naming it, and Encode always writes "2", so that archived reports say
	// what they are.
	SchemaVersion string `json:"schema_version,omitempty" validate:"omitempty,oneof=1 2"`
	// Header is the header of the document.
	Header Header `json:"header"`
	// Period is the period the report covers.
	Period Period `json:"period"`
	// Basis is the opening sentence of what the report answers (căn cứ),
	// e.g. "Thực hiện Công văn số 2803/SNV-CCHC&XDCQ … hành chính."; the
	// sentence "<agency> báo cáo công tác cải cách hành chính <period> với
	// các kết quả như sau:" follows it.
	Basis *doc.Narrative `json:"basis,omitempty"`
	// Figures are counts that narratives quote as {name} and {name.delta}.
	Figures []Figure `json:"figures,omitempty" validate:"dive"`
	// Direction is section I, direction of the reform (công tác chỉ đạo,
	// điều hành).
	Direction *Direction `json:"direction,omitempty"`
	// Results is section II, the results in the six reform areas (kết quả
	// thực hiện).
	Results *Results `json:"results,omitempty"`
	// Assessment is section III (đánh giá chung).
	Assessment *Assessment `json:"assessment,omitempty"`
	// Directions is section IV, the tasks of the next period (phương hướng,
	// nhiệm vụ).
	Directions *Directions `json:"directions,omitempty"`
	// Recommendations is section V (kiến nghị, đề xuất).
	Recommendations *Recommendations `json:"recommendations,omitempty"`
	// Extra are sections a department adds in the interchange format, each
	// placed after a section of the outline.
	Extra []ExtraSection `json:"extra,omitempty" validate:"dive"`
	// Closing is the closing sentence, recipients and signer.
	Closing Closing `json:"closing"`
	// Appendices are printed after the closing.
	Appendices []Appendix `json:"appendices,omitempty" validate:"dive"`
	// Previous is the unit's report of the previous period, when known: the
	// dossiers carried over must be the ones it left pending.
	Previous *Report `json:"previous,omitempty" validate:"-"`
	// Titles override the headings of the outline.
	Titles *Titles `json:"titles,omitempty"`
	// Outline asks for the fixed outline: every item printed, one with
	// nothing to report holding "Không phát sinh.". Absent, the report
	// prints only the items it has data for, numbered from their places.
	Outline *Outline `json:"outline,omitempty"`

	custom []placed
}

// Header is the header of the report (ô 1–5).
type Header struct {
	// Level is the level of government of the issuing unit: "province"
	// (Ủy ban nhân dân tỉnh), "department" (Sở, ban, ngành), "district"
	// (Ủy ban nhân dân huyện; periods before 01/7/2025 only) or "commune"
	// (Ủy ban nhân dân xã, phường, đặc khu). It decides what the report
	// does not write itself: the header lines ("ỦY BAN NHÂN DÂN" / "XÃ
	// BÌNH HÒA" for a People's Committee, "UBND TỈNH AN GIANG" / "SỞ TƯ
	// PHÁP" for a department, long names broken at word boundaries to fit
	// the column) and the signer's usual authority lines ("TM. ỦY BAN NHÂN
	// DÂN", "KT. CHỦ TỊCH"); and it is checked against the period, the
	// agency's name and the signer (reform.header.level.*). Empty keeps
	// the header and the signer as written.
	Level Level `json:"level,omitempty" validate:"omitempty,oneof=province department district commune"`
	// ParentAgency is the governing agency in sentence case, e.g. "Ủy ban
	// nhân dân tỉnh An Giang" (printed in capitals, abbreviated "UBND TỈNH
	// AN GIANG" for a department); optional. A line break ("\n") in it is
	// a line break of the header.
	ParentAgency string `json:"parent_agency,omitempty"`
	// Agency is the issuing agency in sentence case, e.g. "Sở Tư pháp". It
	// is printed in capitals in the header and names the unit in the text.
	// A line break ("\n") typed in it breaks the header's line there and is
	// a space in the text (Header.Name).
	Agency string `json:"agency" validate:"required"`
	// AgencyCode is the agency's abbreviation in số, ký hiệu, e.g. "STP".
	AgencyCode string `json:"agency_code" validate:"required"`
	// Number is the số, ký hiệu as issued, e.g. "380/BC-STP"; empty for a
	// report not yet numbered.
	Number string `json:"number,omitempty"`
	// Place is the place name of the date line, e.g. "An Giang".
	Place string `json:"place" validate:"required"`
	// Date is the date of the report.
	Date Date `json:"date"`
	// Subject is the trích yếu; empty means "Công tác cải cách hành chính
	// <period>".
	Subject string `json:"subject,omitempty"`
	// SentTo is the agency the report goes to (e.g. "Sở Nội vụ"), named in
	// the closing sentence.
	SentTo string `json:"sent_to,omitempty"`
	// To are the addressees of "Kính gửi:" when the report prints one.
	To []string `json:"to,omitempty"`
	// Urgency is HỎA TỐC, THƯỢNG KHẨN or KHẨN; optional.
	Urgency string `json:"urgency,omitempty"`
	// Secrecy is MẬT, TỐI MẬT or TUYỆT MẬT; optional.
	Secrecy string `json:"secrecy,omitempty"`
}

// Closing is the end of the report.
type Closing struct {
	// Conclusion overrides the closing sentence ("Trên đây là báo cáo …").
	Conclusion *doc.Narrative `json:"conclusion,omitempty"`
	// Recipients are the places the report goes to (nơi nhận), without the
	// "Lưu" line.
	Recipients []string `json:"recipients,omitempty"`
	// Archive is what follows "Lưu: ", e.g. "VT, CCHC".
	Archive string `json:"archive,omitempty"`
	// Signer is the person who signs.
	Signer Signer `json:"signer"`
	// Drafter is the drafter's initials and copies (ô 12), e.g. "PL.(300)".
	Drafter string `json:"drafter,omitempty"`
}

// Signer is the signature block.
type Signer struct {
	// Authority are the lines with the authority prefix above the title,
	// e.g. ["KT. GIÁM ĐỐC"]; empty when the head signs. When empty and the
	// header gives the level, the level's usual lines are printed
	// (Level.Authority): "TM. ỦY BAN NHÂN DÂN" and, for a Phó Chủ tịch,
	// "KT. CHỦ TỊCH"; "KT. GIÁM ĐỐC" for a department's Phó Giám đốc.
	Authority []string `json:"authority,omitempty"`
	// Title is the signer's position, e.g. "Giám đốc".
	Title string `json:"title" validate:"required"`
	// Name is the signer's full name.
	Name string `json:"name" validate:"required"`
}

// Direction is section I (công tác chỉ đạo, điều hành cải cách hành chính).
type Direction struct {
	// Plan is I.1, the reform plan of the year (kế hoạch CCHC).
	Plan *Plan `json:"plan,omitempty"`
	// Leadership is I.2 (tổ chức chỉ đạo, điều hành).
	Leadership Text `json:"leadership,omitempty"`
	// Inspection is I.3 (kiểm tra cải cách hành chính).
	Inspection Text `json:"inspection,omitempty"`
	// Communication is I.4 (tuyên truyền cải cách hành chính).
	Communication *dissemination.Section `json:"communication,omitempty" validate:"-"`
}

// Plan is the reform plan of the year and how far it is done (I.1).
type Plan struct {
	// Text is the narrative before the figures: the plan's basis and
	// citation.
	Text *doc.Narrative `json:"text,omitempty"`
	// TasksPlanned is the number of tasks of the plan.
	TasksPlanned int64 `json:"tasks_planned" validate:"gte=0,lte=1000000000000"`
	// TasksDone is the number of tasks done.
	TasksDone int64 `json:"tasks_done" validate:"gte=0,lte=1000000000000"`
	// DeclaredRate is the rate the report states ("100%").
	DeclaredRate string `json:"declared_rate,omitempty"`
	// After is the narrative after the figures.
	After *doc.Narrative `json:"after,omitempty"`
}

// Results is section II (kết quả thực hiện).
type Results struct {
	// Institutions is II.1 (cải cách thể chế).
	Institutions *Institutions `json:"institutions,omitempty"`
	// Procedures is II.2 (cải cách thủ tục hành chính).
	Procedures *tthc.Section `json:"procedures,omitempty" validate:"-"`
	// Personnel is II.3 and II.4 (tổ chức bộ máy, chế độ công vụ).
	Personnel *personnel.Section `json:"personnel,omitempty" validate:"-"`
	// Finance is II.5 (cải cách tài chính công).
	Finance *Finance `json:"finance,omitempty"`
	// Digital is II.6 (chính quyền điện tử, chính quyền số).
	Digital *digital.Section `json:"digital,omitempty" validate:"-"`
}

// Institutions is II.1: legal documents drafted, appraised, issued, reviewed
// and checked, as narrative that quotes the report's figures.
type Institutions struct {
	// Text comes before the parts.
	Text Text `json:"text,omitempty"`
	// Parts are the sub-items 1.1, 1.2 ….
	Parts []Part `json:"parts,omitempty" validate:"dive"`
}

// Finance is II.5: budget, public assets and the autonomy of public-service
// units.
type Finance struct {
	// Text comes before the parts.
	Text Text `json:"text,omitempty"`
	// Parts are the sub-items 5.1, 5.2 ….
	Parts []Part `json:"parts,omitempty" validate:"dive"`
	// Autonomy are the public-service units by autonomy group (Nghị định
	// 60/2021/NĐ-CP); narratives quote them as {autonomy.total} (the sum of
	// the groups stated), {autonomy.full}, {autonomy.recurrent},
	// {autonomy.partial} and {autonomy.state} (a group not stated names no
	// figure); {autonomy.self_all} and {autonomy.self_recurrent}, the names
	// of groups 1 and 2 before their JSON keys were those of II.3, still
	// quote them.
	Autonomy *Autonomy `json:"autonomy,omitempty"`
	// Budget are amounts in đồng that narratives quote as {budget.<name>}.
	Budget []Amount `json:"budget,omitempty" validate:"dive"`
}

// Autonomy are public-service units by financial autonomy group: the type
// of II.3's public-service units too (personnel.PublicServiceUnits), so
// that the two sections state the same figures in the same shape.
type Autonomy = section.Autonomy

// Amount is a named amount of money in đồng.
type Amount struct {
	// Name is the amount's name in narratives, {budget.<name>}.
	Name string `json:"name" validate:"required"`
	// Value is the amount, a decimal string in JSON ("1745000").
	Value Money `json:"value"`
}

// Assessment is section III (đánh giá chung).
type Assessment struct {
	// Strengths are the results achieved (ưu điểm).
	Strengths Text `json:"strengths,omitempty"`
	// Weaknesses are the shortcomings and their causes (tồn tại, hạn chế;
	// nguyên nhân).
	Weaknesses Text `json:"weaknesses,omitempty"`
}

// Directions is section IV (phương hướng, nhiệm vụ kỳ tới).
type Directions struct {
	// Title overrides the heading, e.g. "Phương hướng, nhiệm vụ CCHC tháng
	// 12 năm 2024 và năm 2025"; empty or blank keeps the default.
	Title string `json:"title,omitempty"`
	// Text comes before the areas.
	Text Text `json:"text,omitempty"`
	// Areas are the tasks by reform area.
	Areas []Part `json:"areas,omitempty" validate:"dive"`
}

// Recommendations is section V (kiến nghị, đề xuất).
type Recommendations struct {
	// Text is the content.
	Text Text `json:"text,omitempty"`
}

// ExtraSection is a section a department adds in the interchange format.
type ExtraSection struct {
	// After is the outline key it follows: "I", "I.1" … "I.4", "II",
	// "II.1" … "II.6", "III", "IV", "V"; "" puts it first in the body.
	After string `json:"after"`
	Part
}

// Appendix is an appendix (phụ lục): text and a table the report writes,
// or an annex built from the report's own figures (Annex).
type Appendix struct {
	// Title is the appendix title; with Annex it replaces the form's title
	// and may be empty.
	Title string `json:"title,omitempty" validate:"required_without=Annex"`
	// Annex builds the appendix's table from the report's figures:
	// "dossiers_by_field" (kết quả giải quyết hồ sơ theo lĩnh vực, Biểu số
	// 06/VPCP/KSTT) or "catalogue" (thủ tục hành chính theo mức độ dịch vụ
	// công trực tuyến, in the report's scheme). Table must then be empty.
	Annex AnnexKind `json:"annex,omitempty" validate:"omitempty,oneof=dossiers_by_field catalogue"`
	// Text comes before the table.
	Text Text `json:"text,omitempty"`
	// Table is an optional data table.
	Table *Table `json:"table,omitempty" validate:"excluded_with=Annex"`
}

// Table is a data table of an appendix.
type Table struct {
	// Columns are the column heads.
	Columns []string `json:"columns" validate:"min=1"`
	// Rows are the rows, one string per column.
	Rows [][]string `json:"rows,omitempty"`
}

// Titles override the headings of the outline; an empty or blank field
// keeps the default (DefaultTitles).
type Titles struct {
	// Direction is the heading of section I.
	Direction string `json:"direction,omitempty"`
	// Plan is the heading of I.1.
	Plan string `json:"plan,omitempty"`
	// Leadership is the heading of I.2.
	Leadership string `json:"leadership,omitempty"`
	// Inspection is the heading of I.3.
	Inspection string `json:"inspection,omitempty"`
	// Communication is the heading of I.4.
	Communication string `json:"communication,omitempty"`
	// Results is the heading of section II.
	Results string `json:"results,omitempty"`
	// Institutions is the heading of II.1.
	Institutions string `json:"institutions,omitempty"`
	// Procedures is the heading of II.2.
	Procedures string `json:"procedures,omitempty"`
	// Organisation is the heading of II.3.
	Organisation string `json:"organisation,omitempty"`
	// CivilService is the heading of II.4.
	CivilService string `json:"civil_service,omitempty"`
	// Finance is the heading of II.5.
	Finance string `json:"finance,omitempty"`
	// Digital is the heading of II.6.
	Digital string `json:"digital,omitempty"`
	// Assessment is the heading of section III.
	Assessment string `json:"assessment,omitempty"`
	// Strengths is the heading of III.1.
	Strengths string `json:"strengths,omitempty"`
	// Weaknesses is the heading of III.2.
	Weaknesses string `json:"weaknesses,omitempty"`
	// Directions is the heading of section IV.
	Directions string `json:"directions,omitempty"`
	// Recommendations is the heading of section V.
	Recommendations string `json:"recommendations,omitempty"`
}

// DefaultTitles returns the headings of the outline of domain.md §1 as the
// reference report writes them.
func DefaultTitles() Titles {
	return Titles{
		Direction:       "Công tác chỉ đạo, điều hành cải cách hành chính",
		Plan:            "Về Kế hoạch cải cách hành chính",
		Leadership:      "Về tổ chức chỉ đạo, điều hành cải cách hành chính",
		Inspection:      "Về kiểm tra cải cách hành chính",
		Communication:   "Về công tác tuyên truyền cải cách hành chính",
		Results:         "Kết quả thực hiện",
		Institutions:    "Cải cách thể chế",
		Procedures:      "Cải cách thủ tục hành chính",
		Organisation:    "Cải cách tổ chức bộ máy hành chính nhà nước",
		CivilService:    "Cải cách chế độ công vụ",
		Finance:         "Cải cách tài chính công",
		Digital:         "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
		Assessment:      "Đánh giá chung",
		Strengths:       "Những ưu điểm",
		Weaknesses:      "Tồn tại, hạn chế; nguyên nhân",
		Directions:      "Phương hướng, nhiệm vụ trong thời gian tới",
		Recommendations: "Kiến nghị, đề xuất",
	}
}

// merged returns the defaults with t's non-empty fields over them.
func (t *Titles) merged() Titles {
	d := DefaultTitles()
	if t == nil {
		return d
	}
	pick := func(over, def string) string {
		if !doc.Blank(over) {
			return over
		}
		return def
	}
	return Titles{
		Direction: pick(t.Direction, d.Direction), Plan: pick(t.Plan, d.Plan),
		Leadership: pick(t.Leadership, d.Leadership), Inspection: pick(t.Inspection, d.Inspection),
		Communication: pick(t.Communication, d.Communication), Results: pick(t.Results, d.Results),
		Institutions: pick(t.Institutions, d.Institutions), Procedures: pick(t.Procedures, d.Procedures),
		Organisation: pick(t.Organisation, d.Organisation), CivilService: pick(t.CivilService, d.CivilService),
		Finance: pick(t.Finance, d.Finance), Digital: pick(t.Digital, d.Digital),
		Assessment: pick(t.Assessment, d.Assessment), Strengths: pick(t.Strengths, d.Strengths),
		Weaknesses: pick(t.Weaknesses, d.Weaknesses), Directions: pick(t.Directions, d.Directions),
		Recommendations: pick(t.Recommendations, d.Recommendations),
	}
}

// WithCode returns the report's findings with the given code, from the
// default checker: a shorthand for tests and tools.
func (r *Report) WithCode(c finding.Code) finding.List { return r.Validate().WithCode(c) }
