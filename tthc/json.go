// The interchange format of one section on its own: strict decoding and
// indented encoding of Section as JSON.

package tthc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// DecodeJSON reads a section from JSON strictly: an unknown field, a value
// of the wrong type or data after the object is an error that names what was
// wrong. It does not validate: call Validate on the result.
func DecodeJSON(r io.Reader) (*Section, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var s Section
	if err := dec.Decode(&s); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return nil, fmt.Errorf("tthc: decode: field %s: expected %s, got JSON %s", dropEmbedded(te.Field), te.Type, te.Value)
		}
		return nil, fmt.Errorf("tthc: decode: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("tthc: decode: unexpected data after the section's JSON object")
	}
	return &s, nil
}

// MarshalIndent writes the section as indented JSON, the interchange format
// DecodeJSON reads.
func (s *Section) MarshalIndent() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, fmt.Errorf("tthc: encode: %w", err)
	}
	return b.Bytes(), nil
}
