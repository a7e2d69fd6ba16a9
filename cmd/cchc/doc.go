// Command cchc renders, checks and describes periodic administrative-reform
// reports (báo cáo công tác cải cách hành chính, CCHC) written in the JSON
// interchange format, for systems that do not speak Go: a provincial portal in
// PHP, Java or .NET writes the report as JSON and calls the program.
//
// Usage:
//
//	cchc render [-f docx|pdf|html|md|txt|xlsx] [-o FILE] [--wording FILE] [--strict] [--draft] [--force] [--max-size SIZE] REPORT.json
//	cchc check [--json] [--max-size SIZE] REPORT.json
//	cchc lint [--json] [--format docx|txt|md] [--max-size SIZE] FILE
//	cchc aggregate --frame FRAME.json [-f json|docx|pdf|html|md|txt|xlsx] [-o FILE] [--wording FILE] [--narrative] [--strict] [--force] [--max-size SIZE] UNIT...
//	cchc import kstt [--sheet NAME] [--map FILE.json] [--max-size SIZE] FILE.xlsx|FILE.csv
//	cchc wording
//	cchc schema
//	cchc period [--json] KIND YEAR [N]
//	cchc serve [--addr HOST:PORT] [--max-size SIZE] [--max-concurrent N] [--timeout D]
//
// REPORT.json may be "-" to read the report from standard input. Flags may
// be written -flag or --flag, before or after the report. "cchc COMMAND -h"
// prints the flags of a command with examples.
//
// render and check read the report once, up to --max-size bytes (default
// 16MiB; a whole number with K, M, G or KiB, MiB, GiB for ×1024, KB, MB, GB
// for ×1000, e.g. --max-size 64M): a larger input is refused with a decode
// problem without being read whole.
//
// # render
//
// render decodes the report strictly, checks it and prints a summary of the
// findings (phát hiện) on standard error: the counts by severity ("2 lỗi,
// 5 cảnh báo, 12 lưu ý") and one line per error and warning. Then it writes
// the official document (văn bản) in the layout of Nghị định 30/2020/NĐ-CP.
// A report with error-level findings still renders, as its authors signed
// it; --strict refuses to render it and exits 1, for pipelines that must not
// publish a wrong report. --draft prints "DỰ THẢO" above the title.
//
// The output goes to the file -o names, or to standard output without -o (or
// with -o -). The format is -f, or else the extension of the -o file (.docx,
// .pdf, .html, .md, .txt); writing to standard output needs -f. The PDF has
// its fonts embedded and an empty signature field over the signer's block. An existing file
// is never overwritten without --force. The document is written to a
// temporary file in the same folder and moved into place once complete, and
// the temporary file is removed when the run fails or is interrupted (SIGINT,
// SIGTERM), so a run leaves neither a half-written nor an empty file.
//
//	cchc render -o bao-cao.docx examples/testdata/380-BC-STP.json
//	cchc render -o bao-cao.pdf examples/testdata/380-BC-STP.json
//	cchc render --strict --draft -o du-thao.html bao-cao.json
//	cat bao-cao.json | cchc render -f md - > bao-cao.md
//
// --wording FILE changes generated sentences without Go: a JSON object whose
// keys are the fields of reform.Wording, nested by section
// ({"Procedures": {"Feedback": "…"}}); a sentence left out keeps its default,
// and "cchc wording" prints the defaults in that form.
//
// # aggregate
//
// aggregate rolls many units' reports up into one (a province from its
// departments and communes): each unit is checked and summarised under its
// file name, the units are added with reform.Aggregate (counts add, rates
// are derived again, declared figures are dropped, a unit of another period
// is a finding naming it and is left out), and the frame — a report holding
// the roll-up's own header, period, closing and the parts it writes itself —
// is laid over the sum (reform.DecodeOptions.DecodeOver: what the frame gives
// replaces the sum's value, objects merge key by key). UNIT is a file, a
// folder of *.json files, or - for JSON lines on standard input. The roll-up
// is written as JSON, or rendered as render does.
//
//	cchc aggregate --frame tinh.json -o tinh-tong-hop.json so/ xa/
//	cchc aggregate --frame tinh.json --wording cau-chu.json -o tinh.docx so/*.json xa/*.json
//
// # check
//
// check prints every finding on standard output, errors first, one per line:
// the severity in Vietnamese (lỗi, cảnh báo, lưu ý), the code, the JSON path
// of the field, its place in the printed report ("[tại: II.2.2.đ Kết quả
// giải quyết TTHC]") and the Vietnamese message. With --json it prints one
// JSON object instead:
//
//	{"findings": [{"code": …, "severity": "error", "path": …, "message": …}, …],
//	 "errors": 2, "warnings": 5, "infos": 12}
//
// For input that is not a report (invalid JSON, an unknown field, a string
// where a number belongs, an input beyond a limit) it prints each problem on
// standard error, one per line with its JSON path, line and column, the
// Vietnamese message and the code:
//
//	header.date (dòng 8, cột 13): ngày "18/06/2024" không viết theo dạng YYYY-MM-DD: … [decode.date.format]
//
// and with --json the object {"problems": [{"code": …, "path": …, "line": …,
// "column": …, "message": …}]} on standard output.
//
//	cchc check bao-cao.json
//	cchc check --json - < bao-cao.json
//
// # lint
//
// lint checks a report a person wrote, with no JSON: a DOCX, a plain text or
// a Markdown file (FILE may be "-"). It checks the layout of Nghị định
// 30/2020/NĐ-CP (DOCX), the numbering of headings, every citation, the
// figures the prose states (totals and their parts, rates and their
// fractions, the dossier identities, a unit's staff stated twice), dates
// against the period and text hygiene, with the codes of check where the
// rule is the same and lint.* codes otherwise (reform/lint/CODES.md). Each
// finding names its place ("II.2.2.đ, đoạn 1") and quotes the text; --json
// and the exit status are those of check.
//
//	cchc lint bao-cao.docx
//	cchc lint --json bao-cao.txt > phat-hien.json
//
// # schema
//
// schema prints the JSON Schema (draft 2020-12) of the interchange format, for
// the systems that produce reports.
//
//	cchc schema > report.schema.json
//
// # period
//
// period prints the label of a reporting period (kỳ báo cáo) and its cut-off
// window (thời gian chốt số liệu, Nghị định 09/2019/NĐ-CP, Điều 12), which help
// when filling the "period" of a report. KIND is month (tháng), quarter (quý),
// half_year (6 tháng), nine_months (9 tháng), year (năm) or first_months
// (N tháng đầu năm); N is the month, the quarter or the number of months.
//
//	$ cchc period first_months 2024 11
//	11 tháng đầu năm 2024
//	15/12/2023 – 14/11/2024
//
// # serve
//
// serve answers over HTTP on 127.0.0.1:8080 (--addr): POST /check, POST
// /render?format=docx|pdf|html|md|txt, POST /lint, GET /schema, /openapi.json,
// /healthz, and a page for a clerk at /. See package service. SIGINT or
// SIGTERM stops it gracefully.
//
// # Exit status
//
// 0 when the command did its work (for check: no error-level finding);
// 1 when the report has error-level findings (check, and render --strict,
// which then writes nothing); 2 when the command could not do its work: a
// wrong command or flag, input that is not a report, a report that cannot be
// laid out, an output file that exists, or a failure to write the output,
// standard output included (a full disk, /dev/full): the output is then
// incomplete, whatever the command found.
//
// Messages for people go to standard error; data (the document, the findings,
// the schema, the period) goes to standard output or to the -o file.
package main
