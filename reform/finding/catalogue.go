package finding

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Rule documents one code a package can produce (quy tắc kiểm tra).
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
