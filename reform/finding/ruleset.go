package finding

import (
	"slices"
	"strings"
)

// RuleSet is the rules a department keeps (bộ quy tắc áp dụng): codes it
// disables and codes whose severity it changes. The zero RuleSet enables every
// code and changes nothing.
//
// A code given to Disable or Override also covers every code under it:
// "tthc.dossier" covers "tthc.dossier" and "tthc.dossier.balance", not
// "tthc.dossiers". A RuleSet is a value: Disable and Override return a new one
// and leave the receiver as it was, so a shared base set can be trimmed in
// different ways.
type RuleSet struct {
	disabled  []Code
	overrides []override
}

// override is one severity change.
type override struct {
	code     Code
	severity Severity
}

// covers reports whether rule code r covers code c: c is r or lies under it.
func covers(r, c Code) bool {
	return c == r || (strings.HasPrefix(string(c), string(r)) && c[len(r)] == '.')
}

// Enabled reports whether findings with code c are kept.
func (rs RuleSet) Enabled(c Code) bool {
	return !slices.ContainsFunc(rs.disabled, func(d Code) bool { return covers(d, c) })
}

// Disable returns a copy of rs in which the given codes, and every code under
// them, are disabled.
func (rs RuleSet) Disable(codes ...Code) RuleSet {
	rs.disabled = slices.Concat(rs.disabled, codes)
	rs.overrides = slices.Clone(rs.overrides)
	return rs
}

// Override returns a copy of rs in which findings with code c, or a code under
// it, get severity sev. Where overrides of a code and of a prefix of it both
// apply, the longer code wins. Overriding c again replaces the earlier
// override; a severity other than Info, Warning and Error removes the override
// of c.
func (rs RuleSet) Override(c Code, sev Severity) RuleSet {
	out := make([]override, 0, len(rs.overrides)+1)
	for _, o := range rs.overrides {
		if o.code != c {
			out = append(out, o)
		}
	}
	if sev >= Info && sev <= Error {
		out = append(out, override{code: c, severity: sev})
	}
	rs.overrides = out
	rs.disabled = slices.Clone(rs.disabled)
	return rs
}

// Severity returns the severity a finding with code c and severity def has
// under rs.
func (rs RuleSet) Severity(c Code, def Severity) Severity {
	best := -1
	for _, o := range rs.overrides {
		if covers(o.code, c) && len(o.code) > best {
			best, def = len(o.code), o.severity
		}
	}
	return def
}

// Apply returns a new list without the findings whose code is disabled and
// with the severity overrides applied, in the order of l. It does not change l.
func (rs RuleSet) Apply(l List) List {
	var out List
	for _, f := range l {
		if !rs.Enabled(f.Code) {
			continue
		}
		f.Severity = rs.Severity(f.Code, f.Severity)
		out = append(out, f)
	}
	return out
}
