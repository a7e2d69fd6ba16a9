package finding

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/unicode/norm"
)

// Rule is one check a package makes (quy tắc kiểm tra): the code and default
// severity of its findings, with what it checks in words.
//
// A package declares each of its rules once, as a package-level variable
// built once and never changed, e.g.
//
//	var ruleDossierBalance = finding.Rule{Code: CodeDossierBalance, Severity: finding.Warning,
//		Summary: "…", Doc: "…"}
//
// Its checks make their findings from that value (Subject for the check
// helpers, At for a finding written by hand), so that no check restates the
// code or the severity, and its Rules function lists the same values.
type Rule struct {
	// Code is the code of the findings the rule makes.
	Code Code
	// Severity is the rule's default severity.
	Severity Severity
	// Summary says in Vietnamese what the rule finds, in one sentence.
	Summary string
	// Doc says in English what the rule checks and gives its source (the
	// form, circular or decree the identity comes from).
	Doc string
}

// Subject returns the subject of a check helper (SumEquals, Partition,
// DeclaredInt, AtMost, NotNegative …) that makes the findings of r: r's code
// and severity, the JSON path of the field, the Vietnamese label of the
// figure and the paths of the other fields compared.
func (r Rule) Subject(path, label string, related ...string) Subject {
	return Subject{Code: r.Code, Severity: r.Severity, Path: path, Related: related, Label: label}
}

// At returns a finding of r written by hand: r's code and severity, the JSON
// path of the field and the full Vietnamese message. Finding.WithRelated and
// Finding.WithValues add what it compared.
func (r Rule) At(path, message string) Finding {
	return Finding{Code: r.Code, Severity: r.Severity, Path: path, Message: message}
}

// FieldRule returns the rule of the field rule tag (validator tag) as
// FieldRules documents it, e.g. FieldRule("required"): for a check that
// reports a broken field rule the validator cannot see. A tag FieldRules
// does not document gives a rule with its code and severity Error, the
// severity of every finding of Fields.
func FieldRule(tag string) Rule {
	if r, ok := FieldRules().Lookup(FieldCode(tag)); ok {
		return r
	}
	return Rule{Code: FieldCode(tag), Severity: Error}
}

// RateRule is the pair of rules of a stated rate (quy tắc kiểm tra tỷ lệ):
// Mismatch for a rate that differs from the computed one, Truncated for a
// rate cut off instead of rounded, whose code is that of Mismatch with
// TruncatedSuffix (TruncatedCode). Like a Rule, a RateRule is declared once,
// as a package-level variable never changed; a check makes its findings
// with RateRule.CheckRate, which gives each finding the severity of its own
// rule (a Subject's severity would apply to both).
type RateRule struct {
	// Mismatch is the rule of a stated rate that is not the computed one.
	Mismatch Rule
	// Truncated is the rule of a stated rate that is the computed one cut
	// off, not rounded, at the stated precision.
	Truncated Rule
}

// CheckRate is the package function CheckRate for the rules of r: a mismatch
// has the code and severity of r.Mismatch, a truncated rate those of
// r.Truncated. path, label and related are those of Rule.Subject.
func (r RateRule) CheckRate(path, label string, stated decimal.Decimal, places int32, num, den int64, related ...string) (RateResult, Finding, bool) {
	s := Subject{Code: r.Mismatch.Code, Path: path, Related: related, Label: label}
	result, f, ok := CheckRate(s, stated, places, num, den)
	switch result {
	case RateRounding:
		f.Severity = r.Mismatch.Severity
	case RateTruncated:
		f.Code, f.Severity = r.Truncated.Code, r.Truncated.Severity
	}
	return result, f, ok
}

// Catalogue is the list of rules a package documents (danh mục mã kiểm tra).
// Each domain package keeps its own; Merge puts them together.
type Catalogue []Rule

// Lookup returns the rule with the given code, and whether there is one.
func (c Catalogue) Lookup(code Code) (Rule, bool) {
	for _, r := range c {
		if r.Code == code {
			return r, true
		}
	}
	return Rule{}, false
}

// Codes returns the code of every rule, in catalogue order.
func (c Catalogue) Codes() []Code {
	out := make([]Code, len(c))
	for i, r := range c {
		out[i] = r.Code
	}
	return out
}

// Validate reports every problem of the catalogue at once: a code that is not
// dotted lower case ([a-z0-9_] segments joined by "."), a code listed twice,
// a severity other than Info, Warning and Error, an empty or non-NFC summary.
// It returns nil when there is none.
func (c Catalogue) Validate() error {
	var errs []error
	first := make(map[Code]int, len(c))
	for i, r := range c {
		if !r.Code.Valid() {
			errs = append(errs, fmt.Errorf("finding: catalogue rule %d: code %q: expected dot-separated segments of [a-z0-9_]", i, r.Code))
		}
		if j, dup := first[r.Code]; dup {
			errs = append(errs, fmt.Errorf("finding: catalogue rule %d: code %q already listed as rule %d", i, r.Code, j))
		} else {
			first[r.Code] = i
		}
		if r.Severity < Info || r.Severity > Error {
			errs = append(errs, fmt.Errorf("finding: catalogue rule %d (%s): severity %d: expected info, warning or error", i, r.Code, int(r.Severity)))
		}
		switch {
		case strings.TrimSpace(r.Summary) == "":
			errs = append(errs, fmt.Errorf("finding: catalogue rule %d (%s): empty summary", i, r.Code))
		case !norm.NFC.IsNormalString(r.Summary):
			errs = append(errs, fmt.Errorf("finding: catalogue rule %d (%s): summary is not in NFC", i, r.Code))
		}
	}
	return errors.Join(errs...)
}

// Check reports every finding of l that c does not document as it is: a
// code c does not list, or a severity other than the rule's. Each code is
// reported once. It returns nil when c documents every finding of l. A
// package's tests run it on the findings of their inputs, with the
// catalogue of the shared field rules merged in where those may fire
// (c.Merge(FieldRules())).
func (c Catalogue) Check(l List) error {
	var errs []error
	seen := make(map[Code]bool)
	for _, f := range l {
		if seen[f.Code] {
			continue
		}
		r, ok := c.Lookup(f.Code)
		switch {
		case !ok:
			errs = append(errs, fmt.Errorf("finding: code %q (at %q) is not in the catalogue", f.Code, f.Path))
		case r.Severity != f.Severity:
			errs = append(errs, fmt.Errorf("finding: code %q (at %q) has severity %s; the catalogue says %s", f.Code, f.Path, f.Severity, r.Severity))
		default:
			continue
		}
		seen[f.Code] = true
	}
	return errors.Join(errs...)
}

// Merge returns a new catalogue with the rules of c and of others, sorted by
// code. It keeps every rule, duplicates included: Validate reports them.
func (c Catalogue) Merge(others ...Catalogue) Catalogue {
	all := slices.Concat(append([]Catalogue{c}, others...)...)
	slices.SortStableFunc(all, func(a, b Rule) int { return strings.Compare(string(a.Code), string(b.Code)) })
	return all
}

// Markdown writes the catalogue as a Markdown table (code | severity |
// summary), one row per rule in catalogue order, for documentation.
func (c Catalogue) Markdown() string {
	var b strings.Builder
	b.WriteString("| Code | Severity | Summary |\n|---|---|---|\n")
	for _, r := range c {
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", r.Code, r.Severity, markdownCell(r.Summary))
	}
	return b.String()
}

// markdownCell makes s safe in a table cell: no line breaks, "|" escaped.
func markdownCell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "|", `\|`)
}
