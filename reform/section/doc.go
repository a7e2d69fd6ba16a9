// Package section holds what the sections of a report share (phần dùng chung
// của các mục báo cáo): the wording engine that writes their sentences from
// figures, the way an absent figure reaches a sentence, the add policy of
// counts in a roll-up, and the helpers of Vietnamese sentences (a list joined
// with "và", a capital first letter).
//
// It imports only the leaves (vn, finding, doc) and citation. The sections
// (tthc, personnel, dissemination, digital) and reform use it; no section
// keeps a template engine of its own.
//
// # Wording
//
// A section's wording is a list of named sentences ([Sentence]): Go
// text/template texts executed with the section's figures, already
// formatted. [Compile] parses a list once, reporting every broken template at
// once; a [Compiler] keeps the section's default list compiled (built once,
// never changed) and compiles only a list a caller changed. A [Writer]
// executes sentences and remembers its first error, so that code generating
// text checks once, at the end, with [Writer.Err].
//
// Every template may use the functions of [Funcs]: join (the Vietnamese
// list "a, b và c"), upper (a capital first letter) and bold ("**x**").
//
// # Default wording by tier
//
// A section's default sentences are data: template files it embeds, one
// per [Tier] of government (department.tmpl, the reference report's; then
// the sentences a People's Committee, a province, a district or a commune
// reads otherwise). [ReadDefaults] reads and compiles them once, when the
// section's package is initialised; [Defaults] fills the section's Wording
// for a tier and, for a report of a tier, changes the sentences a caller
// left as the department's defaults into the tier's, keeping the ones the
// caller changed. [Wordings] does the same for a section's Wording type,
// with the steps every section's Wording takes (DefaultWording, At, Check
// and the Writer of Blocks). Package reform passes each section the tier of
// the report's header.level.
//
// # Figures
//
// A figure the data may leave out reaches a template as a [Figure]: its Text
// is the formatted count, Given says whether the data gives it. A template
// tests {{if .Staff.Given}} before writing {{.Staff}}.
//
// # Adding counts
//
// [Adder] is the one add policy of a roll-up: two counts add with
// finding.SumCount (a sum above finding.MaxCount is an error, never a
// wrapped-around figure); an optional count is given in the sum only when
// both sides give it (one unit's silence makes the total unknown, and is
// never a reason to refuse the addition and drop the unit). The first error
// is remembered with the path of the figure; later additions are skipped.
// [Sum] folds the sections of many units, as each section's SumSeq does:
// the first alone, then each other added to the sum so far.
package section
