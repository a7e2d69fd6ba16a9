package lint

import (
	"slices"

	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/tthc"
)

// The codes of lint's own findings. Rules documents each one; the findings
// lint makes with the codes of the typed checks are listed by SharedCodes.
const (
	// CodeNumberingRepeat: a heading repeats the number of the heading
	// before it at the same level ("III." twice).
	CodeNumberingRepeat finding.Code = "lint.numbering.repeat"
	// CodeNumberingSkip: a number or letter is left out ("I., II., IV.";
	// "d), e)" without "đ)"), or a list does not start at 1, a or I.
	CodeNumberingSkip finding.Code = "lint.numbering.skip"
	// CodeNumberingOrder: a number goes back ("3." after "4.").
	CodeNumberingOrder finding.Code = "lint.numbering.order"
	// CodeNumberingParent: a dotted number does not belong to its heading
	// ("3.1." under "2.").
	CodeNumberingParent finding.Code = "lint.numbering.parent"
	// CodeNumberingLetter: a điểm letter Vietnamese numbering does not use
	// (f, j, w, z) or in upper case.
	CodeNumberingLetter finding.Code = "lint.numbering.letter"
	// CodeNumberingPunctuation: a label written unlike the others of its
	// kind in the report ("2.2" among "2.1.", "3.1."; "a." among "b)").
	CodeNumberingPunctuation finding.Code = "lint.numbering.punctuation"

	// CodeFootnoteMissing: a footnote mark in the text has no note.
	CodeFootnoteMissing finding.Code = "lint.footnote.missing"
	// CodeFootnoteUnused: a note that no mark in the text refers to.
	CodeFootnoteUnused finding.Code = "lint.footnote.unused"
	// CodeFootnoteOrder: footnote marks not numbered 1, 2, 3 … in the
	// order they appear.
	CodeFootnoteOrder finding.Code = "lint.footnote.order"

	// CodeFigureSum: a total stated with its enumerated parts ("N …; cụ
	// thể: a …; b …") differs from their sum.
	CodeFigureSum finding.Code = "lint.figure.sum"
	// CodeFigureSumExceeded: some parts give no figure and those that do
	// already exceed the total.
	CodeFigureSumExceeded finding.Code = "lint.figure.sum.exceeded"
	// CodeFigureRate: a stated rate differs from its fraction.
	CodeFigureRate finding.Code = "lint.figure.rate"

	// CodeDateInvalid: a date in the text that does not exist.
	CodeDateInvalid finding.Code = "lint.date.invalid"

	// CodeTextNFC: text not in Unicode NFC.
	CodeTextNFC finding.Code = "lint.text.nfc"
	// CodeTextLookalike: a character that looks like a Vietnamese letter
	// but is another ("ǎ" U+01CE for "ă", "Ð" U+00D0 for "Đ").
	CodeTextLookalike finding.Code = "lint.text.lookalike"
	// CodeTextSpace: two or more spaces in a row.
	CodeTextSpace finding.Code = "lint.text.space"
	// CodeTextPunctuation: a punctuation mark typed twice (",,", ";;").
	CodeTextPunctuation finding.Code = "lint.text.punctuation"

	// CodeHeaderNational: the Quốc hiệu is not written as the decree writes it.
	CodeHeaderNational finding.Code = "lint.header.national"
	// CodeHeaderMotto: the Tiêu ngữ is not written as the decree writes it.
	CodeHeaderMotto finding.Code = "lint.header.motto"
	// CodeHeaderDate: the place-date line is malformed or breaks the
	// leading-zero rule.
	CodeHeaderDate finding.Code = "lint.header.date"
	// CodeHeaderMissing: a DOCX without one of the header's elements.
	CodeHeaderMissing finding.Code = "lint.header.missing"
	// CodeTitleVV: a Báo cáo that carries "V/v".
	CodeTitleVV finding.Code = "lint.title.vv"
	// CodeClosingRecipients: a line of the Nơi nhận list without its "-"
	// or its ";" (the last: "."), or a list that does not end with the Lưu
	// line, or ends with an empty one.
	CodeClosingRecipients finding.Code = "lint.closing.recipients"
	// CodeClosingEndMark: the body does not end with "./.".
	CodeClosingEndMark finding.Code = "lint.closing.end_mark"
	// CodeClosingSigner: the signer block has no signer's name.
	CodeClosingSigner finding.Code = "lint.closing.signer"

	// CodeLayoutPage: the paper is not A4 portrait.
	CodeLayoutPage finding.Code = "lint.layout.page"
	// CodeLayoutMargins: a margin outside the decree's range.
	CodeLayoutMargins finding.Code = "lint.layout.margins"
	// CodeLayoutFont: text not in Times New Roman.
	CodeLayoutFont finding.Code = "lint.layout.font"
	// CodeLayoutSize: a part of the document in a size outside its range.
	CodeLayoutSize finding.Code = "lint.layout.size"
	// CodeLayoutStyle: a part of the document without its emphasis or
	// alignment (bold, italic, capitals, centred).
	CodeLayoutStyle finding.Code = "lint.layout.style"
	// CodeLayoutIndent: a body paragraph whose first-line indent is not
	// 1 to 1,27 cm.
	CodeLayoutIndent finding.Code = "lint.layout.indent"
	// CodeLayoutSpacing: paragraphs closer than 6 pt, or lines spaced more
	// than 1,5 lines.
	CodeLayoutSpacing finding.Code = "lint.layout.spacing"
	// CodeLayoutPageNumber: page numbers missing, shown on the first page,
	// or not centred at the top.
	CodeLayoutPageNumber finding.Code = "lint.layout.page_number"
	// CodeLayoutHeaderTable: the header is not laid out in two columns.
	CodeLayoutHeaderTable finding.Code = "lint.layout.header_table"
)

// The codes lint made before it shared the typed checks' rule: the same
// rule, now the typed check's code.
const (
	// CodeDateFuture is the code of a date in the results after the
	// report's date, the typed checks' rule on a written report.
	//
	// Deprecated: lint.date.future is now reform.CodeEventTextFuture.
	CodeDateFuture = reform.CodeEventTextFuture
	// CodePeriodMismatch is the code of a sentence where the report names
	// itself with another period, the typed checks' rule on a written
	// report.
	//
	// Deprecated: lint.period.mismatch is now reform.CodePeriodText (and
	// reform.CodePeriodSubject for the trích yếu).
	CodePeriodMismatch = reform.CodePeriodText
)

// rules is lint's own catalogue.
var rules = finding.Catalogue{
	{Code: CodeNumberingRepeat, Severity: finding.Error,
		Summary: "Số thứ tự của đề mục bị lặp lại.",
		Doc: "Headings of one level are numbered in sequence under their parent (I., II., III.; 1., 2.; 1.1., 1.2.; a), b)); " +
			"a number equal to the one before it at the same level is a repeat: the seed numbers PHƯƠNG HƯỚNG, NHIỆM VỤ " +
			"\"III.\" after III. ĐÁNH GIÁ CHUNG, where IV. is due."},
	{Code: CodeNumberingSkip, Severity: finding.Error,
		Summary: "Số thứ tự của đề mục bị bỏ sót hoặc không bắt đầu từ 1, a, I.",
		Doc: "A number or letter larger than the next one due, or a first heading under a parent that is not 1, a) or I. " +
			"Letters follow the Vietnamese order of Nghị định 30/2020/NĐ-CP: a b c d đ e g h i k l m n o p q r s t u v x y."},
	{Code: CodeNumberingOrder, Severity: finding.Error,
		Summary: "Số thứ tự của đề mục đi ngược (nhỏ hơn số của đề mục trước).",
		Doc:     "A number or letter smaller than the one before it at the same level."},
	{Code: CodeNumberingParent, Severity: finding.Error,
		Summary: "Số thứ tự dạng 1.1. không thuộc đề mục cấp trên của nó.",
		Doc:     "A dotted number starts with the number of the heading it stands under: 2.1., 2.2. under 2."},
	{Code: CodeNumberingLetter, Severity: finding.Error,
		Summary: "Chữ cái đánh số điểm không có trong bảng chữ cái tiếng Việt (f, j, w, z) hoặc viết hoa.",
		Doc: "Điểm are lettered a b c d đ e g h i k l m n o p q r s t u v x y in lower case (Nghị định 30/2020/NĐ-CP, " +
			"Phụ lục I); a word processor's automatic letters (a, b, c, d, e, f) break it."},
	{Code: CodeNumberingPunctuation, Severity: finding.Warning,
		Summary: "Số thứ tự của đề mục viết khác cách viết của các đề mục cùng loại trong báo cáo.",
		Doc: "Labels of one kind are written alike: when most dotted numbers end with a dot (1.1.) one without it (2.2) is " +
			"reported, and a) against a.; a report that writes every label one way is not."},
	{Code: CodeFootnoteMissing, Severity: finding.Error,
		Summary: "Dấu chú thích trong văn bản không có nội dung chú thích tương ứng.",
		Doc:     "Every footnote mark of the text (a superscript number, a DOCX footnote reference, a Markdown [^n]) has its note."},
	{Code: CodeFootnoteUnused, Severity: finding.Warning,
		Summary: "Có nội dung chú thích nhưng không có dấu chú thích nào trong văn bản dẫn tới.",
		Doc:     "A note written as a line \"⁴ …\" or \"[^4]: …\" whose number no mark of the text carries."},
	{Code: CodeFootnoteOrder, Severity: finding.Warning,
		Summary: "Dấu chú thích không được đánh số liên tục 1, 2, 3… theo thứ tự xuất hiện.",
		Doc:     "Footnotes are numbered continuously in Arabic numerals in the order of their marks (layout-nd30.md)."},
	{Code: CodeFigureSum, Severity: finding.Warning,
		Summary: "Tổng số ghi trong báo cáo khác tổng các thành phần được liệt kê.",
		Doc: "A total followed by an enumeration that the text presents as complete (\"cụ thể\", \"gồm\", \"bao gồm\"; " +
			"\"trong đó\" or a parenthesis whose parts are a known partition: trực tuyến/trực tiếp, đúng hạn/quá hạn, " +
			"nam/nữ, mức độ, an item \"khác\") must equal the sum of the parts' figures. A warning: the parts are read " +
			"from prose. Where the rule is one of the typed checks (copies of publications, attendance, procedures " +
			"by level) the typed code is used instead."},
	{Code: CodeFigureSumExceeded, Severity: finding.Warning,
		Summary: "Các thành phần có số liệu đã vượt tổng số ghi trong báo cáo dù còn thành phần chưa có số liệu.",
		Doc:     "Some parts of a complete enumeration give no figure; the figures of the others already exceed the total."},
	{Code: CodeFigureRate, Severity: finding.Error,
		Summary: "Tỷ lệ ghi trong báo cáo khác tỷ lệ tính từ phân số đi kèm.",
		Doc: "A percentage stated with its fraction (\"33/33 nhiệm vụ, đạt tỷ lệ 100%\"; \"306 công chức trong đó có 300 … " +
			"(đạt 98%)\") is computed with decimal arithmetic and rounded half-up at the stated precision " +
			"(finding.CheckRate). A growth (\"tăng 5%\") is not a rate of the fraction before it."},
	{Code: finding.TruncatedCode(CodeFigureRate), Severity: finding.Warning,
		Summary: "Tỷ lệ ghi trong báo cáo bị cắt bớt chữ số thay vì làm tròn.",
		Doc:     "The stated rate equals the computed one cut off, not rounded, at the stated precision."},
	{Code: CodeDateInvalid, Severity: finding.Error,
		Summary: "Ngày tháng trong văn bản không có thật.",
		Doc:     "A date written dd/mm/yyyy (or with \"-\", \".\") outside citations that the calendar does not have (31/02/2024)."},
	{Code: CodeTextNFC, Severity: finding.Warning,
		Summary: "Văn bản có chữ không ở dạng chuẩn Unicode dựng sẵn (NFC).",
		Doc:     "Decomposed Vietnamese (a letter followed by combining marks) searches, sorts and prints badly; TCVN 6909:2001 text is precomposed."},
	{Code: CodeTextLookalike, Severity: finding.Warning,
		Summary: "Có ký tự trông giống chữ tiếng Việt nhưng là ký tự khác (ví dụ ǎ thay cho ă, Ð thay cho Đ).",
		Doc: "Characters no Vietnamese word uses that look like its letters: ǎ Ǎ (caron) for ă Ă, Ð (Icelandic eth) and Ɖ " +
			"for Đ, ð for đ, õ-like Cyrillic and Greek letters inside Vietnamese words."},
	{Code: CodeTextSpace, Severity: finding.Info,
		Summary: "Có hai dấu cách liền nhau.",
		Doc:     "Two or more spaces in a row inside a paragraph."},
	{Code: CodeTextPunctuation, Severity: finding.Info,
		Summary: "Có dấu câu bị gõ lặp (,, hoặc ;;).",
		Doc:     "\",,\", \";;\", \"::\" or \"..\" outside \"...\" and the end mark \"./.\"."},
	{Code: CodeHeaderNational, Severity: finding.Error,
		Summary: "Quốc hiệu không đúng “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”.",
		Doc:     "Nghị định 30/2020/NĐ-CP, Phụ lục I, ô 1: capitals, bold, 12–13 pt."},
	{Code: CodeHeaderMotto, Severity: finding.Error,
		Summary: "Tiêu ngữ không đúng “Độc lập - Tự do - Hạnh phúc”.",
		Doc:     "Nghị định 30/2020/NĐ-CP, Phụ lục I, ô 1: first letter of each phrase capital, \" - \" between, bold, 13–14 pt."},
	{Code: CodeHeaderDate, Severity: finding.Error,
		Summary: "Dòng địa danh, ngày tháng năm viết sai thể thức.",
		Doc: "\"<place>, ngày dd tháng mm năm yyyy\": a day below 10 and the months 1 and 2 take a leading zero, other " +
			"months none (ngày 05 tháng 01 năm 2024, ngày 09 tháng 3 năm 2024); Nghị định 30/2020/NĐ-CP, ô 4."},
	{Code: CodeHeaderMissing, Severity: finding.Warning,
		Summary: "Văn bản thiếu một thành phần của phần đầu (Quốc hiệu, Tiêu ngữ, số, ký hiệu, địa danh và ngày tháng).",
		Doc: "Checked in DOCX files only: extracted text commonly loses the header table (the seed has no Quốc hiệu), " +
			"so a text without it is not reported."},
	{Code: CodeTitleVV, Severity: finding.Error,
		Summary: "Báo cáo không được ghi “V/v” trước trích yếu.",
		Doc:     "\"V/v\" belongs to a Công văn (ô 5b); a Báo cáo has its kind name and trích yếu (ô 5a)."},
	{Code: CodeClosingRecipients, Severity: finding.Error,
		Summary: "Dòng nơi nhận viết sai: thiếu gạch đầu dòng, dấu chấm phẩy, dòng cuối không kết thúc bằng dấu chấm, hoặc thiếu dòng “Lưu”.",
		Doc: "Each recipient \"- X;\", the last \"- Lưu: VT, …\" ends with \".\" (Nghị định 30/2020/NĐ-CP, ô 9b). A written " +
			"report prints no Lưu line its author left out: a list that does not end with one, or ends with \"- Lưu:\" and " +
			"nothing after it, is reported here (the typed report's layout prints \"Lưu: VT\" itself). How the Lưu line and " +
			"each recipient are written is reform's rules' (reform.closing.archive, reform.closing.recipient.*). At most 20 " +
			"findings of a list; one more counts the rest."},
	{Code: CodeClosingEndMark, Severity: finding.Warning,
		Summary: "Phần nội dung không kết thúc bằng dấu “./.”.",
		Doc:     "Every template of Nghị định 30/2020/NĐ-CP ends the body with \"./.\"."},
	{Code: CodeClosingSigner, Severity: finding.Warning,
		Summary: "Phần ký không có họ tên người ký.",
		Doc: "After the authority and title (e.g. GIÁM ĐỐC) comes the signer's name (ô 7b): a line of two to six words each " +
			"starting with a capital, in capitals or not (reform.closing.signer.name reports a name in capitals)."},
	{Code: CodeLayoutPage, Severity: finding.Error,
		Summary: "Khổ giấy không phải A4 (210 × 297 mm) đứng.",
		Doc:     "Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, portrait (landscape only for a page of wide tables)."},
	{Code: CodeLayoutMargins, Severity: finding.Error,
		Summary: "Lề trang nằm ngoài khoảng quy định (trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm).",
		Doc:     "Nghị định 30/2020/NĐ-CP, Phụ lục I; a tolerance of 0,5 mm absorbs the rounding of twips."},
	{Code: CodeLayoutFont, Severity: finding.Error,
		Summary: "Chữ không dùng phông Times New Roman.",
		Doc:     "Nghị định 30/2020/NĐ-CP: Times New Roman, Unicode (TCVN 6909:2001). Reported once per part of the document."},
	{Code: CodeLayoutSize, Severity: finding.Error,
		Summary: "Cỡ chữ của một thành phần văn bản nằm ngoài khoảng quy định.",
		Doc: "Body 13–14 pt; Quốc hiệu 12–13, Tiêu ngữ 13–14, agencies 12–13, số 13, place-date 13–14, kind name and " +
			"trích yếu 13–14, Nơi nhận 12 and recipients 11, signer 13–14, footnotes 10–13 (layout-nd30.md)."},
	{Code: CodeLayoutStyle, Severity: finding.Error,
		Summary: "Thành phần văn bản không đúng kiểu chữ hoặc căn lề (đậm, nghiêng, in hoa, căn giữa).",
		Doc: "Quốc hiệu bold capitals; Tiêu ngữ bold; issuing agency bold; place-date italic; BÁO CÁO bold centred; " +
			"trích yếu bold centred; Nơi nhận bold italic; signer's authority and name bold."},
	{Code: CodeLayoutIndent, Severity: finding.Warning,
		Summary: "Lùi đầu dòng của đoạn văn không trong khoảng 1 cm đến 1,27 cm.",
		Doc:     "Body paragraphs (not headings, list items or tables) indent their first line by 1 to 1,27 cm; reported once."},
	{Code: CodeLayoutSpacing, Severity: finding.Warning,
		Summary: "Khoảng cách giữa các đoạn dưới 6 pt hoặc giãn dòng quá 1,5 dòng.",
		Doc:     "At least 6 pt between paragraphs; line spacing from single to 1,5 lines; reported once."},
	{Code: CodeLayoutPageNumber, Severity: finding.Error,
		Summary: "Số trang không đúng thể thức: thiếu, hiện ở trang đầu, hoặc không căn giữa phía trên.",
		Doc:     "Arabic page numbers centred in the top margin, not shown on page 1 (w:titlePg with an empty first header)."},
	{Code: CodeLayoutHeaderTable, Severity: finding.Warning,
		Summary: "Phần đầu văn bản không trình bày thành hai cột (cơ quan ban hành và Quốc hiệu).",
		Doc:     "The agency and number on the left, the Quốc hiệu, Tiêu ngữ and place-date on the right: a borderless two-column table."},
}

// sharedCodes are the codes of the typed checks that lint makes where its
// rule is the same, in the order of the report's sections.
var sharedCodes = []finding.Code{
	reform.CodeHeaderNumber, reform.CodeHeaderKind,
	reform.CodeHeaderPlace, reform.CodeHeaderPlaceForm, reform.CodeHeaderPlacePrefix,
	reform.CodePeriodDate, reform.CodePeriodLate, reform.CodePeriodWindow,
	reform.CodePeriodSubject, reform.CodePeriodText, reform.CodePeriodMention, reform.CodeEventTextFuture,
	reform.CodePlanRate, finding.TruncatedCode(reform.CodePlanRate),
	dissemination.CodeAttendance, dissemination.CodeAttendanceExceeded,
	dissemination.CodeCopies, dissemination.CodeCopiesExceeded,
	tthc.CodeCatalogueTotal,
	tthc.CodeDossierReceived, tthc.CodeDossierResolved, tthc.CodeDossierPending,
	tthc.CodeDossierBalance, tthc.CodeDossierBalanceMismatch,
	tthc.CodeDossierOnTimeRate, finding.TruncatedCode(tthc.CodeDossierOnTimeRate),
	tthc.CodeDossierOnlineRate, finding.TruncatedCode(tthc.CodeDossierOnlineRate),
	personnel.CodeBase, reform.CodeStaff,
	personnel.CodeWomenRate, finding.TruncatedCode(personnel.CodeWomenRate),
	personnel.CodeCertifiedRate, finding.TruncatedCode(personnel.CodeCertifiedRate),
	reform.CodeClosingText, reform.CodeRecipientArchive, reform.CodeRecipientForm, reform.CodeClosingArchive,
	reform.CodeAuthorityForm, reform.CodeAuthorityTitle, reform.CodeAuthorityCollective, reform.CodeSignerName,
}

// Rules returns the catalogue of lint's own codes (danh mục mã kiểm tra của
// lint), a copy. The codes lint shares with the typed checks are in
// SharedCodes; AllRules has both.
func Rules() finding.Catalogue { return slices.Clone(rules) }

// SharedCodes returns the codes of the typed checks (reform.Rules) that lint
// also makes, reading the same rule from the text: the header's, the place
// name's, the periods', the figures' codes of the sections, the closing
// block's and the citation codes.
func SharedCodes() []finding.Code {
	out := slices.Clone(sharedCodes)
	return append(out, citation.Rules().Codes()...)
}

// AllRules returns every code lint can make with its rule: lint's own and
// the shared codes as reform.Rules documents them, sorted by code.
func AllRules() finding.Catalogue {
	all := reform.Rules()
	var shared finding.Catalogue
	for _, c := range SharedCodes() {
		if r, ok := all.Lookup(c); ok {
			shared = append(shared, r)
		}
	}
	return Rules().Merge(shared)
}
