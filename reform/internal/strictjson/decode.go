// Package strictjson decodes the JSON interchange format strictly and
// describes it as a JSON Schema.
//
// Decode refuses what encoding/json lets through — unknown fields, keys that
// match a field only when case is ignored, duplicate keys, trailing data —
// and reports every problem it can find at once, each with the JSON path of
// the value at fault and what was expected there.
package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// Problem is one reason the input is not the expected JSON.
type Problem struct {
	// Path is the JSON path of the value at fault, e.g.
	// "sections.procedures.dossiers.received"; "" is the whole document.
	Path string
	// Message says what was found and what was expected.
	Message string
}

// Error is the error Decode returns: every problem found.
type Error struct {
	// Problems are the problems, in document order.
	Problems []Problem
}

// Error writes one problem per line.
func (e *Error) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		if p.Path == "" {
			b.WriteString("(document): ")
		} else {
			b.WriteString(p.Path + ": ")
		}
		b.WriteString(p.Message)
	}
	return b.String()
}

// Decode decodes data into v (a non-nil pointer) strictly. It returns nil or
// an *Error with every problem found.
func Decode(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("strictjson: Decode needs a non-nil pointer, not %T", v)
	}
	var c checker
	raw, err := parseRaw(data)
	if err != nil {
		return &Error{Problems: []Problem{{Message: err.Error()}}}
	}
	c.check(raw, rv.Type().Elem(), "")
	if len(c.problems) > 0 {
		return &Error{Problems: c.problems}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return &Error{Problems: []Problem{fromDecodeError(err)}}
	}
	return nil
}

// value is a parsed JSON value that keeps object keys in order and numbers
// as written.
type value struct {
	kind  byte // 'o' object, 'a' array, 's' string, 'n' number, 'b' bool, 'z' null
	keys  []string
	vals  []*value
	items []*value
	str   string // string value, or the number as written
	raw   []byte // the value's own bytes, for custom unmarshalers
}

func parseRaw(data []byte) (*value, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := parseValue(dec, data)
	if err != nil {
		return nil, describeSyntax(data, err)
	}
	end := int(dec.InputOffset())
	if _, err := dec.Token(); err != io.EOF {
		rest := data[end:]
		end += len(rest) - len(bytes.TrimLeft(rest, " \t\r\n"))
		line, col := lineCol(data, end)
		return nil, fmt.Errorf("unexpected data after the JSON value at line %d, column %d: expected one JSON document", line, col)
	}
	return v, nil
}

func parseValue(dec *json.Decoder, data []byte) (*value, error) {
	start := dec.InputOffset()
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	v := &value{}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			v.kind = 'o'
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				key, _ := kt.(string)
				child, err := parseValue(dec, data)
				if err != nil {
					return nil, err
				}
				v.keys = append(v.keys, key)
				v.vals = append(v.vals, child)
			}
		case '[':
			v.kind = 'a'
			for dec.More() {
				child, err := parseValue(dec, data)
				if err != nil {
					return nil, err
				}
				v.items = append(v.items, child)
			}
		}
		if _, err := dec.Token(); err != nil { // the closing delimiter
			return nil, err
		}
	case string:
		v.kind, v.str = 's', t
	case json.Number:
		v.kind, v.str = 'n', string(t)
	case bool:
		v.kind, v.str = 'b', strconv.FormatBool(t)
	case nil:
		v.kind = 'z'
	}
	end := dec.InputOffset()
	v.raw = bytes.TrimLeft(data[start:end], " \t\r\n,:")
	return v, nil
}

func describeSyntax(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line, col := lineCol(data, int(se.Offset))
		return fmt.Errorf("invalid JSON at line %d, column %d: %s", line, col, se.Error())
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("the JSON ends too early: expected a complete JSON document")
	}
	return fmt.Errorf("invalid JSON: %v", err)
}

func lineCol(data []byte, off int) (int, int) {
	off = min(off, len(data))
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := off - bytes.LastIndexByte(data[:off], '\n')
	return line, col
}

type checker struct {
	problems []Problem
}

func (c *checker) addf(path, format string, args ...any) {
	c.problems = append(c.problems, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// check walks v along type t and records every problem.
func (c *checker) check(v *value, t reflect.Type, path string) {
	if v.kind == 'z' {
		// null leaves a value at its zero; required fields are the
		// validator's business.
		return
	}
	// Types that decode themselves: run their decoder on the value alone.
	if reflect.PointerTo(t).Implements(jsonUnmarshaler) || reflect.PointerTo(t).Implements(textUnmarshaler) {
		if reflect.PointerTo(t).Implements(textUnmarshaler) && !reflect.PointerTo(t).Implements(jsonUnmarshaler) && v.kind != 's' {
			c.addf(path, "found %s: expected a string", describe(v))
			return
		}
		target := reflect.New(t)
		if err := json.Unmarshal(v.raw, target.Interface()); err != nil {
			c.addf(path, "%s", unwrapMessage(err))
		}
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		c.check(v, t.Elem(), path)
	case reflect.Struct:
		if v.kind != 'o' {
			c.addf(path, "found %s: expected an object", describe(v))
			return
		}
		fields := jsonFields(t)
		seen := map[string]bool{}
		for i, key := range v.keys {
			p := joinPath(path, key)
			if seen[key] {
				c.addf(p, "the key %q appears twice: expected each field once", key)
				continue
			}
			seen[key] = true
			f, ok := fields[key]
			if !ok {
				c.addf(p, "unknown field %q: expected one of %s", key, strings.Join(sortedKeys(fields), ", "))
				continue
			}
			c.check(v.vals[i], f.Type, p)
		}
	case reflect.Map:
		if v.kind != 'o' {
			c.addf(path, "found %s: expected an object", describe(v))
			return
		}
		if t.Key().Kind() != reflect.String {
			c.addf(path, "maps with %s keys are not part of the format", t.Key())
			return
		}
		for i, key := range v.keys {
			c.check(v.vals[i], t.Elem(), joinPath(path, key))
		}
	case reflect.Slice, reflect.Array:
		if v.kind != 'a' {
			c.addf(path, "found %s: expected an array", describe(v))
			return
		}
		if t.Kind() == reflect.Array && len(v.items) != t.Len() {
			c.addf(path, "found %d elements: expected exactly %d", len(v.items), t.Len())
		}
		for i, it := range v.items {
			c.check(it, t.Elem(), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.String:
		if v.kind != 's' {
			c.addf(path, "found %s: expected a string", describe(v))
		}
	case reflect.Bool:
		if v.kind != 'b' {
			c.addf(path, "found %s: expected true or false", describe(v))
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.kind != 'n' {
			c.addf(path, "found %s: expected a whole number", describe(v))
			return
		}
		if _, err := strconv.ParseInt(v.str, 10, t.Bits()); err != nil {
			c.addf(path, "found %s: expected a whole number that fits in %d bits", v.str, t.Bits())
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if v.kind != 'n' {
			c.addf(path, "found %s: expected a whole number", describe(v))
			return
		}
		if _, err := strconv.ParseUint(v.str, 10, t.Bits()); err != nil {
			c.addf(path, "found %s: expected a whole number from 0", v.str)
		}
	case reflect.Float32, reflect.Float64:
		if v.kind != 'n' {
			c.addf(path, "found %s: expected a number", describe(v))
		}
	case reflect.Interface:
		// Anything goes into an interface.
	default:
		c.addf(path, "values of Go type %s are not part of the format", t)
	}
}

// unwrapMessage drops encoding/json's "json: " prefixes from an error of a
// custom decoder.
func unwrapMessage(err error) string {
	s := err.Error()
	s = strings.TrimPrefix(s, "json: ")
	return s
}

func describe(v *value) string {
	switch v.kind {
	case 'o':
		return "an object"
	case 'a':
		return "an array"
	case 's':
		return strconv.Quote(v.str)
	case 'n':
		return "the number " + v.str
	case 'b':
		return v.str
	}
	return "null"
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// field is a JSON field of a struct type.
type field struct {
	Name      string
	Type      reflect.Type
	Index     []int
	OmitEmpty bool
	Tag       reflect.StructTag
}

// jsonFields returns the JSON fields of struct type t, by JSON name, with the
// fields of embedded structs promoted as encoding/json does.
func jsonFields(t reflect.Type) map[string]field {
	out := map[string]field{}
	for _, f := range orderedFields(t) {
		out[f.Name] = f
	}
	return out
}

// orderedFields returns the JSON fields of t in declaration order.
func orderedFields(t reflect.Type) []field {
	var out []field
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if sf.Anonymous && name == "" {
			ft := sf.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				for _, f := range orderedFields(ft) {
					f.Index = append([]int{i}, f.Index...)
					out = append(out, f)
				}
				continue
			}
		}
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		out = append(out, field{Name: name, Type: sf.Type, Index: []int{i}, OmitEmpty: strings.Contains(","+opts+",", ",omitempty,") || strings.Contains(","+opts+",", ",omitzero,"), Tag: sf.Tag})
	}
	return out
}

func sortedKeys(m map[string]field) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}

func sortStrings(s []string) { sort.Strings(s) }

// fromDecodeError turns an error of encoding/json into a problem; Decode
// only sees one when the walk missed a case.
func fromDecodeError(err error) Problem {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return Problem{Path: te.Field, Message: fmt.Sprintf("found a JSON %s: expected %s", te.Value, te.Type)}
	}
	return Problem{Message: unwrapMessage(err)}
}
