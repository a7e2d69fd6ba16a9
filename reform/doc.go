// Package reform is the whole periodic administrative-reform report (báo cáo
// công tác cải cách hành chính): its header and closing, its period, its
// sections I–V, the checks across sections, roll-ups of many units, and the
// strict JSON interchange format.
//
// Validate and Document agree: whatever Document, doc.Lay or a renderer
// would refuse is an error finding of Validate with the JSON path of the
// data at fault, so a report without error findings renders. Every count of
// every section is at most finding.MaxCount (the field rule lte, the
// schema's maximum); totals are added with finding.Sum, so the text prints
// a total exactly or Document refuses, naming the section, and never prints
// a sum that wrapped around the int64 range.
//
// # Concurrent use
//
// A Report is plain data. Validate, Document and Encode only read it, and
// Decode, Schema, Rules and Aggregate (which reads its units) hold no state
// between calls, so one report may be checked and rendered from many
// goroutines at once as long as none of them changes it; a test in examples
// does so under the race detector. Insert changes the report: call it before
// sharing the report.
package reform
