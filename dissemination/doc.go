// Package dissemination models section I.4 of a CCHC report: reform
// communication and law dissemination (công tác tuyên truyền cải cách hành
// chính, phổ biến, giáo dục pháp luật — PBGDPL). It holds the events
// (training classes, conferences, law days, seminars), the contests, the
// publications with their print runs, the electronic documents and the media
// work (radio and television programmes, newspaper items, SMS campaigns and
// the legal topics disseminated).
//
// # Data, declared totals and checks
//
// A report of this kind is a long list of events and print runs under a
// stated total ("13 lớp tập huấn và 03 buổi sinh hoạt ngày pháp luật với tổng
// số 1.745 lượt người", "4.521 tài liệu"). The lists are the data; the totals
// the report states are kept beside them as declared figures
// (DeclaredEvents, DeclaredPublications) and Validate compares them with the
// sums of the items:
//
//   - when every item carries the figure, the declared total must equal the
//     sum (dissemination.events.attendance, dissemination.publications.copies);
//   - when some items lack it, the known sum must not exceed the total
//     (….exceeded), and an info names the items without a figure (….missing);
//   - session counts per kind must add up (dissemination.events.sessions);
//   - attempts ≥ contestants, messages ≥ subscribers, duration ranges ordered.
//
// Counts that may be absent are pointers: "not given" never reads as 0.
// Field rules (counts not negative, enumerations, required names) are
// `validate` tags and come back with the codes of finding.FieldCode
// ("field.gte", "field.oneof", …). Rules documents every other code.
//
// # Generated text
//
// Section and Blocks write the section in the register of the reference
// report (Báo cáo 380/BC-STP of Sở Tư pháp An Giang): the summary sentence,
// one "+" bullet per group of events, the contests, the publications
// paragraph with its items, the media paragraph, the topics and the SMS
// campaigns. Every figure comes from the data and is printed as derived; the
// one exception is a total whose items are not all known (see
// Section.Blocks). The sentences are text/template strings in Wording,
// run by the wording engine the sections share (reform/section);
// DefaultWording is the reference report's, and any of them can be replaced.
// Text from the data is printed as written (markup characters escaped, runs
// of blanks made one space); the templates may emphasise figures, and
// DefaultWording prints the copies and media counts bold, as the report does
// (Wording.Emphasis turns it off).
//
// # Roll-ups
//
// Section.Add puts the sections of several units together: the lists
// are concatenated, so every total is derived again from the items; declared
// totals, which belong to one unit's report, are dropped.
//
// # Adding a figure
//
// The package is cut by topic of the report: events.go (classes,
// conferences, law days, seminars), contests.go, publications.go (printed
// and electronic documents), media.go (broadcasts, press, topics, SMS) and
// narrative.go each hold their part's types, its codes, rules and checks,
// its roll-up and its text (the …Data types the templates see and the
// functions that fill them). Beside them are the mechanism files:
// section.go (Section, Validate, Rules, Blocks, Add, Sum), wording.go
// (Wording, DefaultWording, the compiled templates, the writer) with the
// default sentences in wording/department.tmpl, and totals.go (declared
// totals against their items).
//
// A new figure of a part is added in that part's file: the field of its type
// (with its json and validate tags; a *int64 when it may be absent), the
// field of the part's …Data type and the line of the text function that
// fills it, and its line in the part's clone method when it is a pointer or
// a slice (the roll-up concatenates the lists, so a figure of an item needs
// nothing else to add up). Then it gets its place in its sentence in
// wording/department.tmpl, and, if it has a check, a Code and a rule…
// variable in the part's file, the check called from the part's check
// function, and the rule added to the part's …Rules list at the end of its
// file (Rules joins the parts' lists). A new JSON field
// changes the committed schema of package reform, which is regenerated.
//
// The package imports only the leaves of the module (reform/finding,
// reform/vn, reform/doc) and reform/section. Citations in topics and event
// names are kept as the strings the report writes; package reform checks
// them.
//
// # Concurrent use
//
// A Section is plain data. Validate, Blocks and Add only read their
// operands, so one value may be checked and written from many goroutines at
// once as long as none of them changes it.
package dissemination
