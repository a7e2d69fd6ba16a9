// Package reform is the whole periodic administrative-reform report (báo cáo
// công tác cải cách hành chính): its header and closing, its period, its
// sections I–V, the checks across sections, roll-ups of many units, and the
// strict JSON interchange format.
package reform
