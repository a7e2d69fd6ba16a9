// Package digital models section II.6 of a periodic administrative-reform
// report (báo cáo cải cách hành chính): building digital government
// (Xây dựng và phát triển Chính quyền điện tử, Chính quyền số).
//
// A Section value holds the department's own digital work of the period:
//
//   - the digital-transformation plan of the year (kế hoạch chuyển đổi số),
//     kept as the citation the report writes;
//   - the document flow on the electronic office system (văn bản đến, văn bản
//     đi, ký số, phát hành trên hệ thống văn phòng điện tử);
//   - the procedures by online service level (thủ tục hành chính theo mức độ
//     dịch vụ công trực tuyến), in the scheme of Nghị định 43/2011/NĐ-CP
//     (mức độ 1–4) or of Nghị định 42/2022/NĐ-CP (toàn trình, một phần,
//     chỉ cung cấp thông tin), never coerced from one to the other;
//   - the e-mail accounts of the staff (thư điện tử công vụ);
//   - the digitisation projects (số hóa), e.g. the civil-status books
//     (sổ hộ tịch), in phases with the records digitised and uploaded to the
//     national database;
//   - the systems and security work, as narrative.
//
// # Figures
//
// Every figure the text prints is derived from the data (DESIGN principle 1):
// the procedure total is the sum of the levels, a share is a count over its
// base, "tất cả" (all) is printed only when a count equals its base. What a
// report states besides (a total, a share, a number of phases) goes in the
// Declared… struct beside the data and is compared with the derived figure.
//
// Two ways a report states a figure without its parts are modelled on
// purpose:
//
//   - "100% công chức, viên chức đều được cấp thư điện tử" gives a share but no
//     counts. Email.All records the fact the sentence states (every staff
//     member has an official address); the text derives "100%" from it. A share
//     other than 100% needs the counts: a declared share with neither counts
//     nor All cannot be derived, is reported as digital.declared.underived and
//     left out of the text.
//   - "hơn 1 triệu", "trên 2,5 triệu dữ liệu hộ tịch" is an integer count of
//     records (1.000.000, 2.500.000) with a Qualifier (more_than → "hơn",
//     above → "trên"). Counts stay exact integers, so phases and units add up;
//     the text writes a count of at least one million that is a whole number
//     of ten-thousands in triệu ("2,5 triệu"), any other count in full
//     ("1.234.567").
//
// # Checks
//
// Validate returns every finding at once, with paths relative to the Section
// value in JSON names ("documents.outgoing.signed"); package reform prefixes
// them. The codes are documented in Rules. Negative counts are caught by the
// field rules (`validate:"gte=0"`), with code "field.gte". Citations are not
// checked here: package reform scans every text of the report and checks
// them with reform/citation, and Citations returns this section's for a
// check of the section alone; the one check here is that the plan reads as a
// citation at all.
//
// The check that the procedure counts of II.6 agree with the catalogue of
// II.2 lives in package reform, which sees both sections: Services.Total and
// the Levels and Online fields give it what it needs.
//
// # Text
//
// Blocks writes subsection 6.1 in the register of the reference report, one
// "-" item per topic with "+" sub-items for the document flow. Every sentence
// comes from a template of a Wording, run by the wording engine the sections
// share (reform/section); DefaultWording reproduces the reference report and
// callers replace any field.
//
// # Roll-ups
//
// Add and Sum combine the sections of several units: counts add, shares are
// re-derived from the summed counts, declared figures are dropped. See Add for
// what happens to figures that only some units give.
//
// The package imports only the leaves (reform/finding, reform/vn, reform/doc),
// reform/citation and reform/section.
//
// # Adding a figure
//
// The package is cut by the topics of the subsection, one file each:
// plan.go, documents.go, services.go, email.go, digitisation.go and
// systems.go. A topic's file holds its types, its codes, rules and checks,
// its roll-up and its text (the data its templates see and the functions
// that build it). Beside them are the mechanism files: section.go (the
// Section type; Validate, Rules, Blocks, Add and Sum, which call each topic
// in turn), wording.go (Wording, DefaultWording, At, the compiler of the
// templates) with the default sentences in wording/*.tmpl, declared.go (the checks of declared figures the topics share)
// and cite.go (Citations). A new figure of a topic takes these edits:
//
//   - its field, with its JSON name and field rules, on the type in the
//     topic's file;
//   - its text in the same file: a field of the data type its template sees
//     (IncomingData, EmailData, …) and the line that fills it; then the
//     words of its sentence in wording/department.tmpl (and in a level's
//     file where that level words it otherwise);
//   - its roll-up line in the topic's add… function, and in its strip…
//     function unless it is a declared figure (declared figures are
//     dropped);
//   - its check, if it has one: a Code… constant and a rule… variable in
//     the topic's file, the finding made in the topic's check method, and
//     the rule in the topic's …Rules list at the end of its file (Rules
//     joins the topics' lists).
//
// A new field of the JSON types changes the JSON Schema and its field docs
// (reform/schemadoc.go), a new rule the code catalogue (reform/CODES.md):
// package reform commits them, and UPDATE_GOLDEN=1 go test ./reform/
// regenerates them (twice for a new field: the schema is built from the
// docs of the previous run). A new topic adds its own file, a field of
// Section, a call in Validate, Section.items (for Blocks), addFrom and
// strip, the fields of its sentences in Wording and their text in the
// wording files, and its …Rules list in Rules.
//
// # Concurrent use
//
// A Section is plain data. Validate, Blocks and Add only read their
// operands, so one value may be checked and written from many goroutines at
// once as long as none of them changes it.
package digital
