// Package finding holds the findings that validation returns: what is wrong or
// worth a look in a report (phát hiện khi kiểm tra báo cáo), with a stable code,
// a severity, the JSON path of the field, the values compared and a full
// Vietnamese message.
//
// A finding is not a Go error: a report with findings is still a report and
// still renders. A Go error means misuse or I/O. List.Err turns the
// error-severity findings into an error for callers that want one.
//
// The check helpers (SumEquals, Partition, DeclaredInt, DeclaredDecimal,
// AtMost, NotNegative, CheckRate) make the findings of the checks every
// domain package needs, so that their messages read alike. MaxCount is the
// largest count every section accepts, and Sum, Diff and SumCount the one
// overflow-checked arithmetic of counts: a total is exact or an error, never
// a wrapped number.
//
// A Rule is one check: its code, its severity and what it checks. A package
// declares each rule once, as a package-level variable, makes its findings
// from it (Rule.Subject, Rule.At, RateRule.CheckRate) and lists the same
// values in its Catalogue, which documents the codes it can produce;
// Catalogue.Check tells a finding the catalogue does not document as it is.
// A RuleSet lets a department disable codes or change their severity.
//
// The package is a leaf: of this module it imports only reform/vn.
//
// A List and a Finding are plain data, and a RuleSet is read, never changed,
// by the checks that use it: one list or rule set may be read from many
// goroutines at once as long as none of them changes it.
package finding

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Code is the stable identifier of a check, dotted and lower case, e.g.
// "tthc.dossier.balance". Tests and callers match codes, never messages.
type Code string

// Valid reports whether c is a well-formed code: dot-separated segments of
// lower-case ASCII letters, digits and "_", none of them empty.
func (c Code) Valid() bool {
	if c == "" {
		return false
	}
	prev := byte('.')
	for i := 0; i < len(c); i++ {
		ch := c[i]
		switch {
		case ch == '.':
			if prev == '.' {
				return false
			}
		case ch >= 'a' && ch <= 'z', ch >= '0' && ch <= '9', ch == '_':
		default:
			return false
		}
		prev = ch
	}
	return prev != '.'
}

// Severity says how serious a finding is (mức độ).
type Severity int

// The severities, from least to most serious.
const (
	// Info is a remark worth a look (lưu ý), e.g. a non-canonical date style.
	Info Severity = iota + 1
	// Warning is a likely slip that may have an explanation (cảnh báo).
	Warning
	// Error is a figure or reference that cannot be right (lỗi).
	Error
)

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// Vietnamese returns the severity as a clerk reads it: "lưu ý", "cảnh báo", "lỗi".
func (s Severity) Vietnamese() string {
	switch s {
	case Info:
		return "lưu ý"
	case Warning:
		return "cảnh báo"
	case Error:
		return "lỗi"
	}
	return s.String()
}

// ParseSeverity reads "info", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "info":
		return Info, nil
	case "warning":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return 0, fmt.Errorf("finding: severity %q: expected \"info\", \"warning\" or \"error\"", s)
}

// MarshalText writes the severity as "info", "warning" or "error".
func (s Severity) MarshalText() ([]byte, error) {
	if s < Info || s > Error {
		return nil, fmt.Errorf("finding: invalid severity %d", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText reads "info", "warning" or "error".
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Value is one value a check compared, named as the check names it
// (e.g. "declared", "derived", "sum", "total"), written as text so that
// counts, rates and dates travel alike.
type Value struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Finding is one result of a check (một phát hiện).
type Finding struct {
	// Code is the stable code of the check.
	Code Code `json:"code"`
	// Severity is error, warning or info.
	Severity Severity `json:"severity"`
	// Path is the JSON path of the field the finding is about, e.g.
	// "sections.tthc.dossiers.pending".
	Path string `json:"path"`
	// Related are the paths of the other fields a cross-check compared.
	Related []string `json:"related,omitempty"`
	// Values are the values compared.
	Values []Value `json:"values,omitempty"`
	// Message is the full Vietnamese message for the person who signs the report.
	Message string `json:"message"`
	// Place is where the finding is in the printed report, as a clerk
	// finds it: the heading's number and title ("II.2.2.đ Kết quả giải
	// quyết TTHC"), or a part of the document ("Nơi nhận"); empty when the
	// data shows in no one place or the document cannot be built.
	Place string `json:"place,omitempty"`
}

// String writes the finding on one line: severity, code, path (when there is
// one) and message.
func (f Finding) String() string {
	if f.Path == "" {
		return fmt.Sprintf("%s %s: %s", f.Severity, f.Code, f.Message)
	}
	return fmt.Sprintf("%s %s %s: %s", f.Severity, f.Code, f.Path, f.Message)
}

// WithRelated returns f with the paths of the other fields it compared, in
// place of those it had: Rule.At(path, message).WithRelated(other).
func (f Finding) WithRelated(paths ...string) Finding {
	f.Related = paths
	return f
}

// WithValues returns f with the values it compared, in place of those it
// had: Rule.At(path, message).WithValues(Value{Name: "declared", Value: "3"}).
func (f Finding) WithValues(values ...Value) Finding {
	f.Values = values
	return f
}

// Value returns the value named name, and whether the finding has one.
func (f Finding) Value(name string) (string, bool) {
	for _, v := range f.Values {
		if v.Name == name {
			return v.Value, true
		}
	}
	return "", false
}

// List is the findings of a validation, in the order the checks produced them.
type List []Finding

// Add appends findings to the list.
func (l *List) Add(f ...Finding) { *l = append(*l, f...) }

// Extend appends every finding of other.
func (l *List) Extend(other List) { *l = append(*l, other...) }

// Len returns how many findings the list holds.
func (l List) Len() int { return len(l) }

// Filter returns the findings of the given severity.
func (l List) Filter(s Severity) List {
	return l.where(func(f Finding) bool { return f.Severity == s })
}

// where returns the findings keep holds for, in order; nil when there are
// none.
func (l List) where(keep func(Finding) bool) List {
	var out List
	for _, f := range l {
		if keep(f) {
			out = append(out, f)
		}
	}
	return out
}

// Errors returns the error-severity findings.
func (l List) Errors() List { return l.Filter(Error) }

// Warnings returns the warning-severity findings.
func (l List) Warnings() List { return l.Filter(Warning) }

// Infos returns the info-severity findings.
func (l List) Infos() List { return l.Filter(Info) }

// HasErrors reports whether any finding has error severity.
func (l List) HasErrors() bool {
	return slices.ContainsFunc(l, func(f Finding) bool { return f.Severity == Error })
}

// Codes returns the code of every finding, in order, repeats included.
func (l List) Codes() []Code {
	out := make([]Code, len(l))
	for i, f := range l {
		out[i] = f.Code
	}
	return out
}

// WithCode returns the findings that have the given code.
func (l List) WithCode(c Code) List {
	return l.where(func(f Finding) bool { return f.Code == c })
}

// Sorted returns a copy ordered by path, then code, then message: a stable
// order for output that does not depend on the order checks ran in.
func (l List) Sorted() List {
	out := slices.Clone(l)
	slices.SortStableFunc(out, func(a, b Finding) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		if c := strings.Compare(string(a.Code), string(b.Code)); c != 0 {
			return c
		}
		return strings.Compare(a.Message, b.Message)
	})
	return out
}

// PrefixPaths returns a copy whose paths and related paths are put under
// prefix, e.g. "sections.tthc" + "dossiers.pending". Packages that validate a
// part of a report use it to place their findings in the whole.
func (l List) PrefixPaths(prefix string) List {
	if prefix == "" {
		return slices.Clone(l)
	}
	out := make(List, len(l))
	for i, f := range l {
		f.Path = Join(prefix, f.Path)
		if f.Related != nil {
			rel := make([]string, len(f.Related))
			for j, r := range f.Related {
				rel[j] = Join(prefix, r)
			}
			f.Related = rel
		}
		out[i] = f
	}
	return out
}

// Join joins JSON path segments with dots, leaving out empty ones and writing
// an index segment such as "[2]" without a dot before it.
func Join(parts ...string) string {
	n, size, last := 0, 0, ""
	for _, p := range parts {
		if p != "" {
			n, size, last = n+1, size+len(p)+1, p
		}
	}
	if n <= 1 {
		return last
	}
	var b strings.Builder
	b.Grow(size)
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 && !strings.HasPrefix(p, "[") {
			b.WriteByte('.')
		}
		b.WriteString(p)
	}
	return b.String()
}

// Index writes the JSON path of element i of the array at path: "items[2]".
func Index(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

// Err returns nil when the list has no error-severity finding, and otherwise an
// error that lists them. The nil is a plain nil, never a typed nil.
func (l List) Err() error {
	errs := l.Errors()
	if len(errs) == 0 {
		return nil
	}
	return &ValidationError{Findings: errs}
}

// ValidationError is the error List.Err returns: the error-severity findings.
type ValidationError struct {
	Findings List
}

// Error writes the count and the first findings.
func (e *ValidationError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d lỗi", len(e.Findings))
	for i, f := range e.Findings {
		if i == 3 {
			fmt.Fprintf(&b, "; …")
			break
		}
		fmt.Fprintf(&b, "; %s %s: %s", f.Code, f.Path, f.Message)
	}
	return b.String()
}
