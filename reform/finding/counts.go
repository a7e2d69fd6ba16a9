package finding

import "fmt"

// Counts is how many findings of each severity a list holds: the figures
// that close the answer of "cchc check", "cchc lint" and the HTTP
// service, in JSON as "errors", "warnings" and "infos".
type Counts struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
}

// Count counts the findings of l by severity, in one pass.
func (l List) Count() Counts {
	var c Counts
	for _, f := range l {
		c.add(f.Severity)
	}
	return c
}

// add counts one finding of severity s.
func (c *Counts) add(s Severity) {
	switch s {
	case Error:
		c.Errors++
	case Warning:
		c.Warnings++
	case Info:
		c.Infos++
	}
}

// String writes the counts in Vietnamese, every severity named, as a
// command's closing line says them: "7 lỗi, 5 cảnh báo, 19 lưu ý".
func (c Counts) String() string {
	return fmt.Sprintf("%d %s, %d %s, %d %s",
		c.Errors, Error.Vietnamese(), c.Warnings, Warning.Vietnamese(), c.Infos, Info.Vietnamese())
}

// Summary is a list of findings with its counts by severity: the JSON
// answer of "cchc check --json" and of the service's /check,
// {"findings": […], "errors": n, "warnings": n, "infos": n}.
type Summary struct {
	// Findings are the findings in the list's order; [] (never null)
	// when there are none.
	Findings List `json:"findings"`
	Counts
}

// Summary returns the findings of l with their counts.
func (l List) Summary() Summary {
	if l == nil {
		l = List{}
	}
	return Summary{Findings: l, Counts: l.Count()}
}
