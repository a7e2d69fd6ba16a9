// Package personnel models sections II.3 (cải cách tổ chức bộ máy hành chính
// nhà nước) and II.4 (cải cách chế độ công vụ) of a periodic
// administrative-reform report: the department's units and staff, their
// qualifications, the public-service units, the district offices and commune
// officials, appointments and salary steps, job-position schemes, rotations
// of position, training, gender equality, emulation campaigns, titles and
// rewards.
//
// # One set of figures
//
// The report's small ratios ("46/86 cán bộ nữ", "300/306 … đạt 98%", "11/11
// huyện") are derived from one Section value, so that the same headcount
// is the same number everywhere. A ratio whose whole is a staff group the
// organisation part counts (Group: the department's staff, its
// leaders, its masters, the district or commune staff) takes the
// organisation's figure, unless the data gives the whole again; then
// Validate compares the two and a difference is a finding
// ("personnel.base.mismatch") naming both paths. The reference report's gender
// paragraph counts 86 staff where its organisation paragraph counts 84: that
// is the finding it makes.
//
// # Declared figures
//
// A rate the report states ("53,4%") is kept as written in a Declared…
// struct and checked with finding.CheckRate against the rate derived at the
// stated precision; a truncated value is told apart from a wrong one
// (".truncated"). The generated text writes the derived rate, at the
// precision of the stated one when there is one (46/86 → "53,5%", 7/16 →
// "43,75%", 26/57 → "46%"), at Wording.Numbers.Places otherwise.
//
// # Partitions
//
// Staff by degree (doctor, master, bachelor, below bachelor), each degree by
// field (law, other), and public-service units by autonomy group (Nghị định
// 60/2021/NĐ-CP) are partitions. A degree or group the report does not state
// is nil, never zero. When every part is given the parts must add up (an
// error); when some are missing the given parts must not exceed the whole (an
// error), and a shortfall is a warning naming the gap and the missing groups:
// reports commonly list only the higher degrees, so "14 thạc sĩ, 66 đại học"
// of 84 staff leaves 4 people unexplained without proving a slip.
//
// The autonomy groups are kept beside the public-service units they
// partition (the organisation of the department), in the type of
// reform/section (section.Autonomy) that section II.5 (public finance),
// which states the same "04 đơn vị … 03 … 01", is written in by reform too;
// reform checks that the two agree.
//
// # Generated text
//
// Blocks returns the two sections in the register of the reference report,
// every figure formatted with package vn from data. Wording holds one
// template per sentence or title, run by the shared wording engine of
// reform/section (so join, upper and bold are available in every template);
// DefaultWording is the reference report's, compiled once for the package.
// Counts carry the administrative leading zero ("03", "07/16"); the reference
// report's bold figures ("**10**") are an option of the wording, not of the
// data: write "**{{.Units}}**" in Wording.Units. Narrative fields (doc.Narrative)
// carry the qualitative text with footnoted citations; Validate checks their
// markup, and reform scans them, like every text of the report, for its
// citation checks.
//
// # Findings, roll-ups, interchange
//
// Validate returns every finding at once, paths in JSON names relative to the
// Section value; Rules documents every code. Add and Sum roll up many units
// under the add policy of reform/section (section.Adder): counts add, rates
// are derived again, declared figures are dropped. Decode reads the JSON
// interchange strictly.
//
// # Files
//
// The package is cut by topic of the report, one file each, holding the
// topic's types, its rules and checks, its add code and its text (the data
// its templates see and the functions that build its sentences):
// organisation.go (the department, its regulation, appointments, salary
// steps), qualifications.go, publicservice.go, local.go (district and
// commune levels), jobpositions.go, rotations.go, training.go, gender.go,
// emulation.go (campaigns) and rewards.go (titles and rewards). Beside them
// are the mechanism files: section.go (Section, Validate, Rules, Add, Sum,
// Blocks: the order of the topics), check.go, add.go and text.go (the
// helpers of checks, roll-ups and text), wording.go (Wording, DefaultWording
// and At) with the default sentences in wording/*.tmpl (department.tmpl;
// committee.tmpl and commune.tmpl for what a People's Committee or a
// commune words otherwise), levels.go (levels and staff
// groups, Headcount), narrative.go (the narrative fields) and json.go
// (Decode).
//
// # Adding a figure
//
// A new figure, e.g. a count the commune level needs, is edited in its topic
// file and in its wording:
//
//   - the field on the topic's type, with its JSON name, validate tag and doc
//     comment (a new JSON field changes the interchange format: regenerate
//     reform's schema, UPDATE_GOLDEN=1 go test ./reform);
//   - its add line in the topic's add function: ad.Optional(path, a.X, b.X);
//   - its text: a field of the topic's template data and the line that fills
//     it (g.fig(x.X)), and, for a sentence of its own, a g.wr.Runs call where
//     the topic writes its sentences;
//   - its template: a field of Wording (wording.go) and its sentence in
//     wording/department.tmpl, with a variant in a level's file where that
//     level words it otherwise (or only the use of the new data field in an
//     existing sentence);
//   - its check, if it has one: a line in the topic's checker method and a
//     rule declared beside the topic's rules, added to the topic's …Rules
//     list (Rules joins the topics' lists).
//
// A narrative field is also listed in narratives (narrative.go), so that
// Validate checks its markup.
//
// The package imports only the leaves of the module (reform/vn,
// reform/finding, reform/doc) and the shared section package reform/section.
//
// # Concurrent use
//
// A Section is plain data. Validate, the paragraph and block methods and
// Add only read their operands, and the compiled default wording is never
// changed, so one value may be checked and written from many goroutines at
// once as long as none of them changes it.
package personnel
