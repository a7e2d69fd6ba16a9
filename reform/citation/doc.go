// Package citation reads, writes and checks references to legal and
// administrative documents (viện dẫn văn bản) in the text of a report:
// "Kế hoạch số 1247/KH-UBND ngày 29/12/2023 của Ủy ban nhân dân tỉnh An
// Giang", "Nghị định số 63/2010/NĐ-CP", "Nghị quyết số 18-NQ/TW",
// "Luật Hộ tịch".
//
// Kinds: every kind of Phụ lục III of Nghị định 30/2020/NĐ-CP with its
// abbreviation, Công văn and Thư công (no abbreviation), the legal normative
// kinds (Luật, Bộ luật, Pháp lệnh, Nghị định, Thông tư, …) and the kinds of
// Party documents; see Kinds. Numbers follow one of three standards (Family):
// administrative n/KIND-AGENCY, legal normative n/YYYY/KIND-AGENCY, Party
// n-KIND/AGENCY.
//
// A Reference is the typed reference; String writes it as a canonical
// citation, Format in the short form used after the first citation, and a
// Citer chooses between them. Parse reads one citation; Scan finds every
// citation in free text with its byte offsets. A Citation is a Reference as
// written: where it is and how its số, ký hiệu and date were spelled.
//
// Checks make findings with stable codes (see Rules): Citation.Check looks at
// one citation (kind against số, ký hiệu, form of the số, ký hiệu, year
// against date, the date itself), CheckAll also across the citations of a
// report (one document with two dates, two spellings, two titles). Findings
// are put at the path of the text the citation is in, followed by its byte
// range: "narrative[120:178]".
//
// Everything is offline and deterministic: no clock, no network, no regular
// expression; Scan reads text in linear time.
//
// # Concurrent use
//
// The functions hold no state between calls and the tables they read are
// built once and never changed: they are safe for concurrent use.
package citation
