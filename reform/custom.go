package reform

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/internal/strictjson"
)

// Section is a section a department adds to its report in Go (mục, khoản do
// đơn vị bổ sung): its title, its content and its own checks. Insert places
// it in the outline.
type Section interface {
	// Key names the section in finding paths: its findings are put under
	// "custom.<key>".
	Key() string
	// Title is the heading without its number.
	Title() string
	// Blocks is the content under the heading.
	Blocks() ([]doc.Block, error)
	// Validate returns the section's own findings, with paths relative to
	// the section.
	Validate() finding.List
}

type placed struct {
	after   string
	section Section
}

// Outline keys of the sections a custom or extra section can follow.
var outlineKeys = []string{"", "I", "I.1", "I.2", "I.3", "I.4", "II", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "III", "IV", "V"}

func validKey(k string) bool {
	for _, o := range outlineKeys {
		if o == k {
			return true
		}
	}
	return false
}

// Insert places a department's section after the section of the outline
// named by after ("I", "I.1" … "I.4", "II", "II.1" … "II.6", "III", "IV",
// "V"; "" puts it first). It takes the level of the section it follows: after
// "II.2" it is a numbered sub-item of II, after "III" a mục of its own. The
// section is shown even when the one it follows is left out: it then goes
// where that section would have been.
func (r *Report) Insert(after string, s Section) error {
	if !validKey(after) {
		return fmt.Errorf("reform: Insert after %q: expected one of I, I.1 … I.4, II, II.1 … II.6, III, IV, V or \"\"", after)
	}
	if s == nil {
		return fmt.Errorf("reform: Insert: nil section")
	}
	r.custom = append(r.custom, placed{after: after, section: s})
	return nil
}

// Money is an amount in đồng, exact: it travels in JSON as a decimal string
// ("1745000", "1745000.5") and is never a float.
type Money struct {
	decimal.Decimal
}

// MarshalJSON writes the amount as a decimal string.
func (m Money) MarshalJSON() ([]byte, error) { return []byte(strconv.Quote(m.String())), nil }

// UnmarshalJSON reads a decimal string; a JSON number is refused so that no
// amount passes through a float on the way.
func (m *Money) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return &strictjson.ValueError{Code: ProblemDecimal,
			Message: fmt.Sprintf("gặp %s: cần số tiền viết thành chuỗi số thập phân, như \"1745000\"", clip(b))}
	}
	d, err := decimal.NewFromString(s)
	if err != nil || !isDecimalString(s) {
		return &strictjson.ValueError{Code: ProblemDecimal,
			Message: fmt.Sprintf("số tiền %q không phải số thập phân: cần viết như \"1745000\" hoặc \"1745000.5\"", s)}
	}
	m.Decimal = d
	return nil
}

// isDecimalString reports whether s is written as the interchange format
// writes amounts: an optional minus, digits, and optionally a dot and
// digits ("1745000", "-3.25"), the pattern of the JSON Schema.
func isDecimalString(s string) bool {
	s = strings.TrimPrefix(s, "-")
	whole, frac, dot := strings.Cut(s, ".")
	return allDigits(whole) && (!dot || allDigits(frac))
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
