package finding

import (
	"slices"
	"strings"
)

// RuleSet is the rules a department keeps (bộ quy tắc áp dụng): codes it
// disables, codes whose severity it changes and codes whose message it words
// its own way (Reword). The zero RuleSet enables every code and changes
// nothing.
//
// A code given to Disable or Override also covers every code under it:
// "tthc.dossier" covers "tthc.dossier" and "tthc.dossier.balance", not
// "tthc.dossiers". A RuleSet is a value: Disable and Override return a new one
// and leave the receiver as it was, so a shared base set can be trimmed in
// different ways.
type RuleSet struct {
	disabled  []Code
	overrides []override
	rewords   []reword
}

// reword is one message a department writes its own way.
type reword struct {
	code    Code
	message string
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
	out := rs.clone()
	out.disabled = append(out.disabled, codes...)
	return out
}

// clone returns a copy of rs that shares no slice with it: Disable,
// Override and Reword change the copy and leave rs as it was.
func (rs RuleSet) clone() RuleSet {
	return RuleSet{
		disabled:  slices.Clone(rs.disabled),
		overrides: slices.Clone(rs.overrides),
		rewords:   slices.Clone(rs.rewords),
	}
}

// Override returns a copy of rs in which findings with code c, or a code under
// it, get severity sev. Where overrides of a code and of a prefix of it both
// apply, the longer code wins. Overriding c again replaces the earlier
// override; a severity other than Info, Warning and Error removes the override
// of c.
func (rs RuleSet) Override(c Code, sev Severity) RuleSet {
	out := rs.clone()
	out.overrides = slices.DeleteFunc(out.overrides, func(o override) bool { return o.code == c })
	if sev >= Info && sev <= Error {
		out.overrides = append(out.overrides, override{code: c, severity: sev})
	}
	return out
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

// Reword returns a copy of rs in which findings with exactly code c get
// their message from message, as a department words it: "{name}" stands for
// the finding's value of that name (Finding.Values, e.g. {declared},
// {computed}; the rules' documentation lists them) and "{path}" for its
// JSON path. A finding that lacks a value the message names keeps its own
// message, so that no figure is lost. Rewording c again replaces the earlier
// message; an empty message removes it.
//
//	rs = rs.Reword(tthc.CodeDossierBalance,
//		"Hồ sơ tiếp nhận ({received}) chưa khớp với hồ sơ đã và đang giải quyết ({accounted}).")
func (rs RuleSet) Reword(c Code, message string) RuleSet {
	out := rs.clone()
	out.rewords = slices.DeleteFunc(out.rewords, func(r reword) bool { return r.code == c })
	if message != "" {
		out.rewords = append(out.rewords, reword{code: c, message: message})
	}
	return out
}

// Message returns the message of f under rs: the department's wording of
// f's code with f's values put in, or f's own message.
func (rs RuleSet) Message(f Finding) string {
	i := slices.IndexFunc(rs.rewords, func(r reword) bool { return r.code == f.Code })
	if i < 0 {
		return f.Message
	}
	if s, ok := fill(rs.rewords[i].message, f); ok {
		return s
	}
	return f.Message
}

// fill puts f's values into the placeholders of message; false when f has
// no value for one of them. A "{" that opens no placeholder (no "}", or
// anything but letters, digits and "_" before it) is written as it is.
func fill(message string, f Finding) (string, bool) {
	var b strings.Builder
	for {
		i := strings.IndexByte(message, '{')
		if i < 0 {
			b.WriteString(message)
			return b.String(), true
		}
		j := strings.IndexByte(message[i+1:], '}')
		if j <= 0 || !placeholder(message[i+1:i+1+j]) {
			// Not a placeholder: the "{" is text.
			b.WriteString(message[:i+1])
			message = message[i+1:]
			continue
		}
		name := message[i+1 : i+1+j]
		v, ok := f.Value(name)
		if name == "path" {
			v, ok = f.Path, true
		}
		if !ok {
			return "", false
		}
		b.WriteString(message[:i])
		b.WriteString(v)
		message = message[i+j+2:]
	}
}

// placeholder reports whether name can name a value: letters, digits and
// "_" only.
func placeholder(name string) bool {
	return strings.IndexFunc(name, func(r rune) bool {
		return !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	}) < 0
}

// Apply returns the list without the findings whose code is disabled, with
// the severity overrides and the rewordings applied, in the order of l; nil
// when none is kept. It does not change l. A RuleSet that disables,
// overrides and rewords nothing (the zero value, the default rules) returns
// l itself rather than a copy.
func (rs RuleSet) Apply(l List) List {
	if len(rs.disabled)+len(rs.overrides)+len(rs.rewords) == 0 {
		if len(l) == 0 {
			return nil
		}
		return l
	}
	var out List
	for _, f := range l {
		if !rs.Enabled(f.Code) {
			continue
		}
		f.Severity = rs.Severity(f.Code, f.Severity)
		f.Message = rs.Message(f)
		out = append(out, f)
	}
	return out
}
