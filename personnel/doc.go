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
// The autonomy groups are modelled here, beside the public-service units they
// partition (the organisation of the department); section II.5 (public
// finance), which states the same "04 đơn vị … 03 … 01", is written by reform
// and can read them from Organisation.PublicServiceUnits.
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
// carry the qualitative text with footnoted citations; Narratives and
// Citations list them, with their paths, for reform's citation checks.
//
// # Findings, roll-ups, interchange
//
// Validate returns every finding at once, paths in JSON names relative to the
// Section value; Rules documents every code. Add and Sum roll up many units
// under the add policy of reform/section (section.Adder): counts add, rates
// are derived again, declared figures are dropped. Decode reads the JSON
// interchange strictly.
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
