// Package kstt reads a one-stop system's statistics export (Hệ thống thông
// tin giải quyết thủ tục hành chính) laid out as Biểu số 06/VPCP/KSTT of
// Thông tư 01/2020/TT-VPCP — an XLSX workbook or a CSV file — into the
// dossier figures of package tthc: units (tthc.Dossiers) and their rows by
// field (tthc.FieldCounts), ready to go into a report. Every problem of the
// export is a finding at its cell, "Sheet1!E7", never a row skipped
// silently; only a file that cannot be read at all is an error.
//
//	imp, err := kstt.Read(f, size, kstt.Options{})
//	for _, u := range imp.Units { … u.Dossiers … }
//	for _, f := range imp.Findings { … f.Path, f.Place, f.Message … }
//
// # The table
//
// The form has 13 columns: STT; the field (lĩnh vực); dossiers received
// (total; online, in person or by post, carried over); resolved (total;
// early, on time, late); pending (total; in time, overdue). Exports print
// it in many ways, and the reading takes them as they come:
//
//   - Title lines above the table (the agency, the form's title, the
//     period, "Đơn vị tính") are passed over: the head is the first row,
//     among the first 50, with two cells that name columns of the form.
//   - The head takes one to six rows under it, its merged cells spread
//     over the columns they cover; in a CSV file, which has no merged
//     cells, a blank head cell takes the text on its left when a head
//     below it and the cell above say it is under the same heading. The
//     row of column numbers, "(1) (2) …" or "A B 1 2 …", is passed over.
//   - A column is known by its heads, top to bottom: first by the mapping
//     (Mapping.Columns, by letter or words), then by the heads of a form
//     (Mapping.Form, tthc.Form06 by default) compared exactly, then by the
//     words of the usual layouts ("trực tuyến", "bưu chính", "kỳ trước",
//     "trước hạn", "quá hạn" under "đang giải quyết" …). Columns may come
//     in any order. In person or by post may be split over two columns,
//     and the columns of withdrawn, returned or refused dossiers (rút, trả
//     lại, từ chối) add up into the other bucket (tthc.Counts.Other) or
//     are ignored (Mapping.Other). Rates are left out: they are derived
//     again. A column no rule knows is a finding, and is not read.
//   - Rows are read down to the last row with figures, a row number or a
//     total's name; what lies below (notes, the signers) is one finding.
//   - A row's level comes from its number: I, II … (1), 1, 2 … (2), 1.1 or
//     a, b … (3), "-" (4); a row without one is a level's name ("Cấp
//     tỉnh": 1) or at the level of the row before it. A number written in
//     the name's cell ("I. Cấp tỉnh") is taken apart, and a total's name
//     written in the number's cell (a total merged across both) is the
//     name. A row with rows of a deeper level under it is a group, its
//     figures the subtotal of the data rows under it; "Cộng …" closes the
//     innermost group and states its subtotal; "Tổng cộng", "Tổng số",
//     "Tổng", "Toàn tỉnh", "Cộng chung" and Mapping.TotalLabels state the
//     total, first or last. The other rows are data.
//   - Data rows are fields of the unit above them (or of the sheet's
//     unit, Mapping.Unit), or units themselves, with their fields under
//     them: Mapping.Rows decides, or else the head of the name column
//     (units when it names them, "Cơ quan, đơn vị", and not fields). A
//     table with a total row and no data row gives the sheet's unit the
//     total's figures.
//
// # Checks
//
// Totals are derived, never read twice: a unit's figures are its row's,
// or the sum of its fields. Every total and subtotal row is compared,
// column by column, with the sum of the data rows it covers
// (kstt.subtotal.sum at the subtotal's cell), never with other
// subtotals, so one slip makes one finding. Each data row's identities
// are checked by tthc's own checks of a unit's dossiers, its totals
// (received, received in the period, resolved) taken as declared figures,
// and the findings keep tthc's codes and severities: received = online +
// in person + carried over (tthc.dossier.received), resolved = early + on
// time + late (tthc.dossier.resolved), pending = in time + overdue
// (tthc.dossier.pending), received = resolved + pending (+ other)
// (tthc.dossier.balance, ….mismatch); a field twice under a unit is
// tthc.dossier.fields.duplicate. A subtotal row's own identities are not
// checked: its figures are compared with its rows, which are.
//
// A cell of figures is a count: a number cell, or text that reads as one.
// "1.234" typed as text in a workbook is read as 1234 with an info
// (kstt.cell.text_number); in a CSV file, where every field is text, it
// is read without one. "1,234" is read as 1234 with a warning: a count
// has no decimals. "abc", a truth value and a spreadsheet error are
// errors (kstt.cell.not_number), and so are negative, decimal and huge
// numbers (kstt.cell.not_count) and a formula whose value the file does
// not store (kstt.cell.no_value); the figure is then not given. An empty
// cell of a figure every row has (online, in person, carried over, on
// time, late, pending) is 0; of early, pending in time and overdue it is
// not given (nil), as an annex written by reform/render/xlsx leaves them.
// Rules lists every code; CODES.md is the catalogue.
//
// # Files
//
// A workbook is read with the standard library's zip and XML readers, part
// by part as it streams, not with excelize: excelize's streaming reader
// does not say whether a cell is a number or text (the number 1.234 and
// the text "1.234" read alike), and its readers of cell types and merged
// cells decode the whole sheet into memory. A password-protected workbook
// (an encrypted OLE file) is ErrEncrypted, an Excel 97–2003 one
// ErrLegacyXLS, a damaged one ErrCorrupt. A CSV file is UTF-8, with or
// without a byte-order mark, or UTF-16 with one; bytes that are not UTF-8
// are ErrEncoding, naming the line and the byte, unless Mapping.Encoding
// names the code page (windows-1258, windows-1252): the encoding is never
// guessed. The delimiter is the one Excel's "sep=" line names, else the
// most frequent of ",", ";" and tab.
//
// Time and memory are bounded whatever the file (Limits): the file's
// size, the bytes decompressed (a part that claims more than is left is
// refused before it is read, and one that holds more than it claims is a
// damaged file), the shared strings, the last row and column with a value
// and the number of cells; past one, the error wraps ErrTooLarge and names
// it. A dimension the sheet claims costs nothing, and shared strings are
// read only when a cell uses them.
//
// The package imports tthc and the leaves of the module (reform/finding,
// reform/vn), never reform. A reading keeps no state: readings may run in
// many goroutines at once.
package kstt
