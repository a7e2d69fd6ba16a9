package personnel

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Decode reads a Section value from JSON strictly: an unknown field, a
// value of the wrong type or trailing data is an error that names the field
// or the offset. Figures that break a field rule (a negative count, an
// unknown level) decode and are reported by Validate.
func Decode(data []byte) (*Section, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var p Section
	if err := dec.Decode(&p); err != nil {
		return nil, decodeError(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("personnel: decode: trailing data after the JSON value at offset %d", dec.InputOffset())
	}
	return &p, nil
}

func decodeError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Errorf("personnel: decode: field %q: expected %s, got JSON %s (offset %d)", te.Field, te.Type, te.Value, te.Offset)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("personnel: decode: invalid JSON at offset %d: %w", se.Offset, err)
	}
	return fmt.Errorf("personnel: decode: %w", err)
}
