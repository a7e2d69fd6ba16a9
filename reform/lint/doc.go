// Package lint reads a report a person wrote — a DOCX, a plain text, a
// Markdown file — and checks it offline (kiểm tra báo cáo do người soạn),
// with no JSON encoding of it: what the typed checks of reform find in data,
// lint finds in the text, with the same codes where the rule is the same.
//
// # Pipeline
//
// Read (or ReadFrom, ReadAt for a DOCX on disk) chooses a reader by the
// content and the name — reform/lint/docxread for a zip archive,
// reform/lint/textread for .md and any other text — and returns an
// input.Document; Check runs the checks and returns a Result; Bytes does
// both. The command line's "cchc lint" is a thin layer on them.
//
// Check first reads the structure, the same way for every reader: the kind
// name ("BÁO CÁO") splits the header from the title; "Nơi nhận" (or the end
// mark "./.") starts the closing; a line that starts with superscript
// digits is a footnote; the halves of a paragraph split by a page break of
// extracted text are joined (a paragraph that does not end a sentence
// continues in one that starts in lower case, after a hyphen cut inside a
// số, ký hiệu, or across the footnotes at the foot of a page); labels
// "I.", "1.", "1.1.", "a)" make the outline, whose path places every
// finding.
//
// # Checks
//
//   - Header, title, closing as written: the số, ký hiệu (reform.header.*),
//     the place-date line and its leading-zero rule, the Quốc hiệu and Tiêu
//     ngữ, "V/v" on a Báo cáo, the recipients' dashes and punctuation and
//     the Lưu line that ends their list, the end mark, a signer's block
//     without a name; the report date against the period's cut-off
//     (reform.period.date).
//   - The typed checks of the place name and the closing block, on what
//     the text says of them: lint builds a reform.Report of the place name,
//     the agency, the recipients, the Lưu line and the signer it reads and
//     runs Report.CheckClosing on it — the place name (reform.header.place,
//     .form, .prefix), each recipient and the Lưu line
//     (reform.closing.recipient.*, reform.closing.archive), the authority
//     lines against the signer's title (KT., TM., Q., TL., TUQ.:
//     reform.closing.authority.*), the signer's name (in capitals, with a
//     degree: reform.closing.signer.name) — and places each finding back
//     at the line its JSON path stands for.
//   - Numbering: the labels of each level in sequence under their parent
//     (repeats, skips, order, a dotted number under another heading), the
//     Vietnamese letters a b c d đ e g h …, and labels written unlike the
//     others of their kind ("2.2" among "1.1.", "2.1.").
//   - Footnotes: marks without notes, notes without marks, order, and one
//     document given in two notes for two different things.
//   - Citations: reform/citation's Scan on every paragraph and note and
//     CheckAll across all of them in reading order (a note kept apart by a
//     DOCX is read after the paragraph that refers to it), with the
//     report's date.
//   - Figures in prose: a total and its enumerated parts; a stated rate and
//     its fraction; the dossier identities of Biểu số 06/VPCP/KSTT; the
//     staff of a unit stated twice, or as the base of a ratio of women.
//     Each check reuses reform/finding's helpers (SumEquals, CheckRate) and
//     the typed code where the rule is the same (tthc.dossier.*,
//     dissemination.publications.copies, personnel.gender.rate,
//     personnel.base.mismatch, reform.plan.rate …), lint.figure.* where no
//     typed check has it.
//   - Dates and period: dates of the prose that do not exist, dates in the
//     results after the report's date (the typed rule
//     reform.event.text.future); with Report.CheckPeriodText on the same
//     Report, the periods the trích yếu, the opening paragraphs (the basis)
//     and the closing sentence name against the report's period, and a
//     report dated long after its cut-off (reform.period.subject, .text,
//     .late); a sentence of the results that opens with an earlier period
//     (Period.EarlierMention, reform.period.mention).
//   - Text hygiene: text not in NFC, look-alike characters (ǎ for ă, Ð for
//     Đ, Cyrillic letters in a Latin word), doubled spaces and punctuation.
//   - Layout (DOCX only, Nghị định 30/2020/NĐ-CP as in layout-nd30.md):
//     paper and margins, Times New Roman, the size and emphasis of each part
//     (Quốc hiệu, Tiêu ngữ, agencies, số, place-date with their size pair,
//     kind name, trích yếu, Nơi nhận and recipients, signer), the body's
//     size, alignment, first-line indent and spacing (each reported once
//     with a count), Roman headings in bold, the header in two columns, page
//     numbers at the top, centred, not on the first page.
//
// Rules documents lint's own codes and SharedCodes the typed checks' codes
// it makes; AllRules has both with their severities, and CODES.md lists
// them. Options.Rules trims or re-grades them as finding.RuleSet does.
//
// # Places
//
// Every finding has a Place: the part of the document, the heading path
// ("II.2.2.đ", a dotted number standing for the number it repeats, so that
// đ) under "2.2" under "2." under "II." is II.2.2.đ), the paragraph under
// the heading ("đoạn 3", list items counted), the paragraph's number in the
// file and, for a text, its line, the byte offsets and the quoted text.
// The finding's Path is the place as a clerk reads it: "II.2.2.đ, đoạn 1",
// "chú thích 10", "phần đầu".
//
// # Decisions where the issue is silent
//
//   - Extraction is rule-based and says nothing when the text is
//     ambiguous: a total whose parts are not all given is checked only for
//     parts that already exceed it; "trong đó" and a parenthesis count as a
//     partition only when their parts say so (an item "khác" or "còn lại",
//     every item a "mức độ", or a known pair: trực tuyến/trực tiếp, đúng
//     hạn/quá hạn, trong hạn/quá hạn, nam/nữ), since "25 lớp, trong đó 10
//     lớp …, 12 lớp …" is often a partial list; an item with two candidate
//     figures, or a figure of another measure ("với 149 lượt người"), stops
//     the check; a paragraph that names a dossier figure twice (two units,
//     two periods) is left alone; toàn trình and một phần are not a
//     partition of a catalogue (the rest may be information only).
//   - The typed checks' infos that need data a text does not give are not
//     made: attendance or copies only checkable in part, degrees that do
//     not cover the staff, changes against the same period of last year.
//   - A headcount is compared with another of the same unit and the same
//     class of staff (nhân sự; cán bộ; cán bộ, công chức; công chức; viên
//     chức …); "cán bộ nữ" as the base of a ratio also with the unit's
//     nhân sự, the loose sense a department's report gives it. A figure
//     inside "trong đó" or a parenthesis is a part, not a headcount.
//   - A footnoted document is "used for two different things" when both
//     notes' passages (from the sentence start, or the previous mark, to
//     the mark) name a document of its kind and share no description (the
//     three words after the kind name, outside citations).
//   - Dotted labels without a final dot are reported only when most of the
//     report's dotted labels have it: "1.1." is a convention, not the
//     decree's.
//   - A header that a text lacks (extracted text loses the header table)
//     is not reported; a DOCX without Quốc hiệu, Tiêu ngữ, số or
//     place-date is. Footnote sizes are not checked: the decree sets none.
//   - Word's automatic letters (a, b, c, d, e, f) are read as Word displays
//     them, so a list of them breaks the Vietnamese order and is reported.
//   - Quotes keep what the file has: a DOCX made from a text keeps "**"
//     as characters, and they are not content of figures.
//   - The closing is read as the layout writes it: the "-" lines after
//     "Nơi nhận" are the recipients, the last of them the Lưu line when it
//     reads as one; each recipient is passed to the typed checks without
//     its dash and final punctuation (lint.closing.recipients checks
//     those), so a dash typed twice or two recipients on a line are the
//     typed checks' findings. The signer's block is the run of lines in
//     capitals, or starting with a title's word, after the list (marks
//     like "(Đã ký)", a digital signature's "Ký bởi: …" and the drafter's
//     "VP.(04)" aside), up to the first line that reads as a person's
//     name, in capitals or not: its last line is the title, those before
//     it the authority lines. The agency is the header's last line in
//     capitals, with the line before it when it names a People's
//     Committee's unit ("ỦY BAN NHÂN DÂN" / "XÃ BÌNH HÒA"); a text that
//     lost the header table has none, and the checks that need it (TM. of
//     a People's Committee) say nothing.
//   - A written report prints no Lưu line its author left out: a list that
//     does not end with one, or with an empty one, is lint.closing.recipients
//     (the typed report's layout prints "Lưu: VT" itself, so no typed rule
//     has it).
//   - The results, for dates after the report and sentences of an earlier
//     period, are the body but the opening paragraphs and the closing
//     sentence, and but sections IV (directions) and V (recommendations),
//     as the typed checks read them; a text without headings is results
//     throughout.
//   - lint.date.future and lint.period.mismatch were the typed checks'
//     rules reform.event.text.future and reform.period.text on a written
//     report; lint makes those codes now (with their severities: the
//     period named in a sentence is a warning, since a basis may answer a
//     request for several periods), and CodeDateFuture and
//     CodePeriodMismatch are their aliases.
//
// Reading is bounded: Limits (16 MiB of input by default, the limits of
// docxread for a DOCX's parts) and the readers of figures look back a
// bounded number of tokens, so a large or adversarial input is checked in
// time linear in its size. Check is deterministic and safe for concurrent
// use on different documents.
package lint
