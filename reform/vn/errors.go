package vn

import "fmt"

// ParseError is the error the number, rate and numeral readers of this
// package return (lỗi đọc số liệu): what kind of figure was read, the text as
// given and what was expected instead.
type ParseError struct {
	// Kind names the figure: "integer", "count", "decimal", "percentage",
	// "ratio", "Roman numeral" or "điểm letter".
	Kind string
	// Text is the input exactly as the caller gave it.
	Text string
	// Reason says what was wrong and what was expected.
	Reason string
}

// Error says what was read and what was expected.
func (e *ParseError) Error() string {
	return fmt.Sprintf("vn: %s %q: %s", e.Kind, e.Text, e.Reason)
}
