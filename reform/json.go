package reform

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"

	"github.com/cchc-go/cchc/reform/internal/strictjson"
)

// DecodeError is the error Decode returns for input that is not a report in
// the interchange format: every problem found, each with its JSON path.
type DecodeError struct {
	// Problems are the problems in document order.
	Problems []Problem
}

// Problem is one reason the input is not a report.
type Problem struct {
	// Path is the JSON path of the value at fault ("" for the whole input).
	Path string `json:"path"`
	// Message says what was found and what was expected.
	Message string `json:"message"`
}

// Error writes one problem per line.
func (e *DecodeError) Error() string {
	var b bytes.Buffer
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		if p.Path != "" {
			b.WriteString(p.Path + ": ")
		}
		b.WriteString(p.Message)
	}
	return b.String()
}

// Decode reads a report in the JSON interchange format strictly: an unknown
// field, a key in another case, a duplicate key, a value of the wrong type
// (a string for a number, a fraction for a count, a date not written
// YYYY-MM-DD, an amount that is not a decimal string) is an error naming the
// JSON path and what was expected, every one at once.
//
// Values of the right type that break a field rule (a negative count, an
// empty required field) decode: Validate reports them as findings with the
// same paths, so that a report with slips can still be rendered as written.
func Decode(data []byte) (*Report, error) {
	var r Report
	if err := strictjson.Decode(data, &r); err != nil {
		var se *strictjson.Error
		if errors.As(err, &se) {
			out := &DecodeError{}
			for _, p := range se.Problems {
				out.Problems = append(out.Problems, Problem{Path: p.Path, Message: p.Message})
			}
			return nil, out
		}
		return nil, err
	}
	return &r, nil
}

// DecodeFrom reads all of rd and decodes it with Decode.
func DecodeFrom(rd io.Reader) (*Report, error) {
	data, err := io.ReadAll(rd)
	if err != nil {
		return nil, fmt.Errorf("reform: reading the report: %w", err)
	}
	return Decode(data)
}

// Encode writes the report in the interchange format, indented, with a
// final newline; Decode reads it back to an equal report.
//
// Characters HTML treats specially ("&", "<", ">") are written as they are,
// not as \u0026 escapes: "SNV-CCHC&XDCQ" stays readable.
func (r *Report) Encode() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// SchemaID is the $id of the interchange format's JSON Schema.
const SchemaID = "https://github.com/cchc-go/cchc/reform/report.schema.json"

// Schema returns the JSON Schema (draft 2020-12) of the interchange format,
// generated from the types. The committed copy is reform/report.schema.json.
func Schema() ([]byte, error) {
	decimalString := map[string]any{"type": "string", "pattern": `^-?[0-9]+(\.[0-9]+)?$`}
	return strictjson.Schema(reflect.TypeFor[Report](), strictjson.SchemaOptions{
		ID:          SchemaID,
		Title:       "Báo cáo công tác cải cách hành chính (CCHC)",
		Description: "A periodic administrative-reform report of one unit, in the interchange format of github.com/cchc-go/cchc: snake_case keys, dates as YYYY-MM-DD, money as decimal strings.",
		Formats: map[string]map[string]any{
			"github.com/cchc-go/cchc/reform.Date":       {"type": "string", "format": "date"},
			"github.com/cchc-go/cchc/reform.Money":      decimalString,
			"github.com/shopspring/decimal.Decimal":     {"anyOf": []any{decimalString, map[string]any{"type": "number"}}},
			"github.com/shopspring/decimal.NullDecimal": {"anyOf": []any{decimalString, map[string]any{"type": "number"}, map[string]any{"type": "null"}}},
			"time.Time": {"type": "string", "format": "date-time"},
			"github.com/cchc-go/cchc/reform/finding.Severity": {"type": "string", "enum": []any{"info", "warning", "error"}},
		},
	})
}
