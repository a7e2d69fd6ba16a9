// Package tthc models section II.2 of a periodic administrative-reform report,
// the reform of administrative procedures (cải cách thủ tục hành chính, TTHC):
// the catalogue of procedures by online service level, the results of handling
// dossiers, the feedback of citizens and organisations, and the narrative of
// the qualitative parts. A provincial system hands over the counts and gets
// back the section's text, its checks and its Quyết định 766/QĐ-TTg
// indicators.
//
// # The model
//
// Section holds the parts; each is optional.
//
//   - Catalogue: procedures under the unit's authority either by mức độ 1–4
//     (Nghị định 43/2011/NĐ-CP; the reference report: 148 = 49 + 25 + 74) or by
//     toàn trình / một phần / information only (Nghị định 42/2022/NĐ-CP), with
//     the procedures eligible for toàn trình; never both, never one turned
//     into the other. Also the procedures announced in the period (new,
//     amended, abolished) and the internal processes approved.
//   - Dossiers: the figures of Biểu số 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP):
//     received online, in person or by post, carried over; resolved early, on
//     time, late; pending, in time, overdue; an optional bucket for withdrawn,
//     returned or refused dossiers; optional rows by field; apology letters.
//     Early is optional: when a source does not split early from on time (the
//     reference report writes "15.264 hồ sơ đúng hạn"), Early is nil and
//     OnTime counts "early or on time". Pending is data with an optional split
//     into in time and overdue, since sources give it without the split.
//   - Feedback (phản ánh, kiến nghị): received, answered, answered on time,
//     pending in time, channel.
//   - Narrative (Text): paragraphs and "-" bullets with inline markup and
//     footnoted citations, for 2.1 and for sub-items a) to g).
//
// Totals and rates are derived from their parts with exact arithmetic. A total
// or rate that the source states is a declared figure (the Declared… structs:
// counts as *int64, rates as the text written, "99,8%"): it is compared with
// the derived one, and the text prints the derived one. A figure that may be
// absent is a pointer: nil means "not given", never 0.
//
// # Checks
//
// Validate returns every finding at once, with JSON paths relative to the
// section ("dossiers.pending"). Rules documents each code; the field rules
// (validator tags) report negative counts as field.gte and impossible ones
// (above MaxCount) as field.lte. The identities of domain.md §3:
//
//   - received = online + in person + carried over (declared received,
//     tthc.dossier.received; declared in-period, …received_in_period);
//   - resolved = early + on time + late, a warning with the gap
//     (tthc.dossier.resolved);
//   - pending = in time + overdue (tthc.dossier.pending);
//   - received = resolved + pending (+ other): without the other bucket a
//     surplus is a warning naming the unexplained dossiers
//     (tthc.dossier.balance); anything else is an error
//     (tthc.dossier.balance.mismatch);
//   - rows by field add up to the totals (tthc.dossier.fields);
//   - declared rates against derived ones, a truncated value told apart from
//     a wrong one (tthc.dossier.on_time_rate and ….truncated, …online_rate,
//     tthc.catalogue.rate);
//   - levels add up to the catalogue's declared total (tthc.catalogue.total);
//     toàn trình ≤ eligible ≤ procedures (tthc.catalogue.eligible…);
//   - apology letters ≤ late dossiers, and fewer letters than dossiers
//     resolved late is worth a look (tthc.dossier.apology…);
//   - feedback answered ≤ received, on time ≤ answered
//     (tthc.feedback.…);
//   - carried over = the previous period's pending when it is given
//     (tthc.dossier.carried_over).
//
// The reference report does not balance: it received 15.613 dossiers and
// accounts for 15.265 resolved + 301 pending = 15.566; with no bucket for
// withdrawn or refused dossiers, Validate warns that 47 are unexplained.
//
// # Text
//
// Blocks builds the section's doc blocks in the structure of the reference
// report (2.1, 2.2 with a) to g)); DossierParagraph, CatalogueSentence and
// FeedbackSentence give the generated sentences alone. Every figure comes
// from the data, formatted by package vn ("15.613", "01", "54,8%"); the
// wording is a Wording of text/template strings, DefaultWording being the
// register of the reference report. The templates run on the wording engine
// every section shares (reform/section): DefaultWording is parsed once, a
// caller's wording when it is used. A figure a template may lack is the
// empty string, tested with {{if .Early}}.
//
// # Indicators
//
// Indicators computes the indicators of Quyết định 766/QĐ-TTg that the
// figures feed (2.1 on time, 3.1 procedures online, 3.3 online share, 5.2
// feedback on time; 4.1, 4.2 and 5.4 need figures the section does not hold)
// under a named, versioned Scheme (Scheme766: "766/2022", the original five
// groups). Ratios and scores are exact decimals; what the data cannot support
// is "not computable" with the reason, never 0. Not confirmed in the sources
// and therefore configurable: the maxima of 3.1 and 3.3 (unset by default, so
// their scores are not computed) and the score below a full-marks threshold.
// The rating of the whole index (≥ 90 excellent, < 50 weak) needs every
// group, which one section does not feed; it is left to the caller.
//
// # Roll-ups
//
// Add and Sum add units' sections under the add policy every section shares
// (section.Adder): counts add, rates and indicators are derived again from
// the sums, declared figures and narrative are dropped, and catalogues in
// different schemes are an error.
//
// # Where things are
//
// The files are cut by topic of the report, each holding the topic's types,
// its rules and checks, its roll-up and its text (the figures its templates
// see and the functions that build its sentences and blocks):
// catalogue.go (sub-item c), dossiers.go (đ), fieldrows.go (the rows by
// field under đ), apologies.go (e), feedback.go (g), narrative.go (the
// qualitative text of 2.1 and a) to g)) and indicators.go (Quyết định
// 766/QĐ-TTg). Beside them, section.go holds the Section type and the
// orchestration (Validate, Rules, Add, Sum, Blocks), wording.go the Wording
// with DefaultWording and the compiler of its templates, wording/*.tmpl the
// default sentences (department.tmpl, and the sentences a district or a
// commune reads otherwise in district.tmpl and commune.tmpl), json.go the
// interchange format.
//
// # Adding a figure
//
// A new figure of a topic is edited in its topic file and in its wording:
// the field of the type (with its JSON name, validator tag and doc comment,
// which the JSON Schema quotes: regenerate it with UPDATE_GOLDEN=1 go test
// ./reform); its line in the topic's add function (a
// count adds with section.Adder.Add, an optional one with Optional) and,
// when it is optional, in the topic's zero… function that Sum
// uses; its formatted value in the topic's …Figures type and …Figures
// function; the template that prints it: a field of Wording (wording.go)
// and its sentence in wording/department.tmpl, with a variant in a level's
// file where that level words it otherwise. When the figure has an
// identity to check, declare its code and rule in the topic file, call its
// check from the topic's check method, and add the rule to the topic's
// …Rules list at the end of the file (Rules joins the topics' lists);
// TestRules wants a test case that makes its finding.
//
// The package imports only the leaves of the module (reform/finding,
// reform/vn, reform/doc) and the shared section package (reform/section).
//
// # Concurrent use
//
// A Section is plain data. Validate, the sentence and block methods, Add and
// Sum only read their operands, so one Section may be checked and written
// from many goroutines at once as long as none of them changes it.
package tthc
