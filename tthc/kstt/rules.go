// The codes and rules of the findings of a reading: kstt's own, about the
// cells, the head, the rows and the subtotals of an export, and the rules
// of package tthc it shares where the check is the same (the identities of
// one row of Biểu số 06/VPCP/KSTT).

package kstt

import (
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/tthc"
)

// The codes of kstt's own findings (mã kiểm tra). Rules documents each one
// with its severity.
const (
	// CodeCellNotNumber: a cell of figures holds text that is not a number
	// ("abc"), a truth value or a spreadsheet error (#REF!).
	CodeCellNotNumber finding.Code = "kstt.cell.not_number"
	// CodeCellTextNumber: a number typed as text in a workbook ("1.234" in
	// a text cell), read as the number.
	CodeCellTextNumber finding.Code = "kstt.cell.text_number"
	// CodeCellSeparator: a number grouped with the English thousands
	// separator ("1,234"), read as the whole number.
	CodeCellSeparator finding.Code = "kstt.cell.separator"
	// CodeCellNotCount: a number that is not a count of dossiers: negative,
	// with decimals, or above 10^12.
	CodeCellNotCount finding.Code = "kstt.cell.not_count"
	// CodeCellNoValue: a formula whose value the file does not store.
	CodeCellNoValue finding.Code = "kstt.cell.no_value"
	// CodeCellDash: a dash or similar mark ("-") where a figure goes, read
	// as no figure.
	CodeCellDash finding.Code = "kstt.cell.dash"
	// CodeHeaderUnknown: a column whose head matches no figure of the form,
	// or a column of figures without a head; its cells are not read.
	CodeHeaderUnknown finding.Code = "kstt.header.unknown"
	// CodeHeaderIgnored: a column recognised and left out on purpose: a
	// rate, a figure derived from others, or one the mapping ignores.
	CodeHeaderIgnored finding.Code = "kstt.header.ignored"
	// CodeHeaderDuplicate: two columns hold the same figure; the first is
	// read.
	CodeHeaderDuplicate finding.Code = "kstt.header.duplicate"
	// CodeHeaderMissing: a column of the form is missing; its figure is
	// read as 0 in every row.
	CodeHeaderMissing finding.Code = "kstt.header.missing"
	// CodeSubtotalSum: a subtotal or total row differs from the sum of the
	// rows it adds up.
	CodeSubtotalSum finding.Code = "kstt.subtotal.sum"
	// CodeRowUnnamed: a row with figures and no name.
	CodeRowUnnamed finding.Code = "kstt.row.unnamed"
	// CodeRowEmpty: a row of the table with a name and no figure at all,
	// read as zeros.
	CodeRowEmpty finding.Code = "kstt.row.empty"
	// CodeTableAfter: rows under the table (notes, signatures) that are not
	// read.
	CodeTableAfter finding.Code = "kstt.table.after"
)

// The rules of kstt's own checks, one per code: built once, never changed.
var (
	ruleCellNotNumber = finding.Rule{Code: CodeCellNotNumber, Severity: finding.Error,
		Summary: "Ô số liệu không chứa số (chữ, giá trị đúng/sai hoặc lỗi công thức).",
		Doc:     "A cell of a figure column must hold a count; the figure is then not given (0 for a figure every row has)."}
	ruleCellTextNumber = finding.Rule{Code: CodeCellTextNumber, Severity: finding.Info,
		Summary: "Số được nhập dưới dạng chữ trong bảng tính; đã đọc thành số.",
		Doc: "A text cell whose text is a Vietnamese integer (\"1.234\", \"03\", \"1 234\") is read as the number; the " +
			"workbook should store it as a number."}
	ruleCellSeparator = finding.Rule{Code: CodeCellSeparator, Severity: finding.Warning,
		Summary: "Số viết dấu phẩy phân cách hàng nghìn theo kiểu tiếng Anh; đã đọc thành số nguyên.",
		Doc: "\"1,234\" is a decimal in Vietnamese writing; a count has no decimals, so a number grouped by three with \",\" " +
			"is read as the whole number 1.234, and the finding asks to check it."}
	ruleCellNotCount = finding.Rule{Code: CodeCellNotCount, Severity: finding.Error,
		Summary: "Số trong ô không phải là số hồ sơ: số âm, số thập phân hoặc lớn hơn 10^12.",
		Doc:     "A count of dossiers is a whole number from 0 to 10^12 (finding.MaxCount); the figure is then not given."}
	ruleCellNoValue = finding.Rule{Code: CodeCellNoValue, Severity: finding.Error,
		Summary: "Ô có công thức nhưng tệp không lưu giá trị đã tính.",
		Doc: "A formula cell without its cached value (a file written by a program that does not compute formulas); open " +
			"and save the file in a spreadsheet program so that it stores the values."}
	ruleCellDash = finding.Rule{Code: CodeCellDash, Severity: finding.Info,
		Summary: "Ô ghi dấu gạch thay cho số liệu; đọc là không có số liệu.",
		Doc:     "\"-\", \"–\", \"—\" and \"x\" stand for no figure in Vietnamese tables: read as not given (0 for a figure every row has)."}
	ruleHeaderUnknown = finding.Rule{Code: CodeHeaderUnknown, Severity: finding.Warning,
		Summary: "Cột có tiêu đề không khớp với cột nào của Biểu số 06/VPCP/KSTT; số liệu của cột không được đọc.",
		Doc: "Every column with a head or with figures is either a figure of the form, a column the mapping names, or this " +
			"finding, at the head's cell: its cells are not read. Name it in the mapping (Mapping.Columns) to read or ignore it."}
	ruleHeaderIgnored = finding.Rule{Code: CodeHeaderIgnored, Severity: finding.Info,
		Summary: "Cột được bỏ qua: tỷ lệ, số liệu tính từ các cột khác hoặc cột mà tệp ánh xạ cho bỏ qua.",
		Doc: "Rates are derived again from the counts; early-or-on-time beside early and on time is derived; the mapping may " +
			"ignore a column (figure \"ignore\", or other: \"ignore\")."}
	ruleHeaderDuplicate = finding.Rule{Code: CodeHeaderDuplicate, Severity: finding.Error,
		Summary: "Hai cột cùng chứa một chỉ tiêu; chỉ đọc cột đứng trước.",
		Doc: "Each figure has one column, except in person or by post and withdrawn/returned/refused, whose columns add up " +
			"(a system may split them)."}
	ruleHeaderMissing = finding.Rule{Code: CodeHeaderMissing, Severity: finding.Error,
		Summary: "Thiếu một cột của Biểu số 06/VPCP/KSTT; chỉ tiêu này được coi là 0 ở mọi dòng.",
		Doc: "The figures every row of the form has — online, in person or by post, carried over, on time (or early and on " +
			"time together), late, pending (or its split into in time and overdue) — each need a column."}
	ruleSubtotalSum = finding.Rule{Code: CodeSubtotalSum, Severity: finding.Error,
		Summary: "Số liệu của dòng cộng, dòng tổng không bằng tổng các dòng thành phần.",
		Doc: "A total or subtotal row (Tổng cộng, Cộng, a group such as Cấp tỉnh or a row numbered I, II …) equals, column by " +
			"column, the sum of the data rows it covers; each subtotal is compared with the data rows, never with other subtotals, " +
			"so one slip makes one finding."}
	ruleRowUnnamed = finding.Rule{Code: CodeRowUnnamed, Severity: finding.Warning,
		Summary: "Dòng có số liệu nhưng không có tên lĩnh vực hoặc đơn vị.",
		Doc:     "The row is read, named after its row number (\"Dòng 12\")."}
	ruleRowEmpty = finding.Rule{Code: CodeRowEmpty, Severity: finding.Info,
		Summary: "Dòng của bảng có tên nhưng không có số liệu nào; đọc là 0.",
		Doc:     "A field or unit with no figure is read with zeros, so that it is not lost; a group heading above other rows is not such a row."}
	ruleTableAfter = finding.Rule{Code: CodeTableAfter, Severity: finding.Info,
		Summary: "Các dòng dưới bảng số liệu (ghi chú, chữ ký) không được đọc.",
		Doc:     "Rows after the last row with figures hold no figure; they are named once, by their range, and not read."}
)

// sharedCodes are the codes of package tthc that a reading makes where the
// check is the one tthc makes of a report's dossier figures: the
// identities of one row, and a field named twice under one unit.
var sharedCodes = []finding.Code{
	tthc.CodeDossierReceived, tthc.CodeDossierReceivedInPeriod, tthc.CodeDossierResolved,
	tthc.CodeDossierPending, tthc.CodeDossierBalance, tthc.CodeDossierBalanceMismatch,
	tthc.CodeDossierFieldsDuplicate,
}

// ruleDossierFieldsDuplicate is tthc's rule of a field named twice, looked
// up once.
var ruleDossierFieldsDuplicate = sharedRule(tthc.CodeDossierFieldsDuplicate)

// sharedRule returns tthc's rule of code c.
func sharedRule(c finding.Code) finding.Rule {
	r, _ := tthc.Rules().Lookup(c)
	return r
}

// Rules documents every code a reading can make (danh mục mã kiểm tra của
// việc đọc biểu 06), in a fixed order: kstt's own rules, then the rules of
// package tthc it shares, with tthc's severities. It returns a new slice on
// each call.
func Rules() finding.Catalogue {
	own := finding.Catalogue{
		ruleCellNotNumber, ruleCellTextNumber, ruleCellSeparator, ruleCellNotCount, ruleCellNoValue, ruleCellDash,
		ruleHeaderUnknown, ruleHeaderIgnored, ruleHeaderDuplicate, ruleHeaderMissing,
		ruleSubtotalSum, ruleRowUnnamed, ruleRowEmpty, ruleTableAfter,
	}
	for _, c := range sharedCodes {
		own = append(own, sharedRule(c))
	}
	return own
}
