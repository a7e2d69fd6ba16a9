package strictjson

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
)

// SchemaOptions name the schema Schema writes.
type SchemaOptions struct {
	// ID is the schema's $id.
	ID string
	// Title is the schema's title.
	Title string
	// Description is the schema's description.
	Description string
	// Formats gives the JSON Schema of named types that decode themselves
	// (dates, decimals), by the type's package path and name, e.g.
	// "github.com/cchc-go/cchc/reform.Date": {"type": "string", "format": "date"}.
	Formats map[string]map[string]any
	// Docs describe the types and their fields, by the type's package path
	// and name ("github.com/cchc-go/cchc/reform.Header") and by that and
	// the Go field name ("….Header.Agency"); a field's description is its
	// own, then its type's values when the type has named values (Values).
	Docs map[string]string
	// Values are the named values of enumerated types, by the type's key:
	// each value as it is written in JSON and its description.
	Values map[string][][2]string
}

// Schema returns a JSON Schema (draft 2020-12) of the JSON form of type t:
// objects with their properties, "additionalProperties": false, the required
// fields (validate:"required"), enumerations (validate:"oneof=…"), bounds
// (gte, lte, gt, lt, min, max), and one $defs entry per named struct type.
// The output is deterministic: encoding/json sorts object keys.
func Schema(t reflect.Type, o SchemaOptions) ([]byte, error) {
	g := &schemaGen{defs: map[string]any{}, formats: o.Formats, docs: o.Docs, values: o.Values}
	root := g.schema(t)
	doc := map[string]any{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"$defs":   g.defs,
	}
	for k, v := range root {
		doc[k] = v
	}
	if o.ID != "" {
		doc["$id"] = o.ID
	}
	if o.Title != "" {
		doc["title"] = o.Title
	}
	if o.Description != "" {
		doc["description"] = o.Description
	}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

type schemaGen struct {
	defs    map[string]any
	formats map[string]map[string]any
	docs    map[string]string
	values  map[string][][2]string
}

func typeKey(t reflect.Type) string { return t.PkgPath() + "." + t.Name() }

// defName is the $defs name of a named type: its package's last element and
// its name, e.g. "tthc.Dossiers".
func defName(t reflect.Type) string {
	pkg := t.PkgPath()
	if i := strings.LastIndexByte(pkg, '/'); i >= 0 {
		pkg = pkg[i+1:]
	}
	return pkg + "." + t.Name()
}

func (g *schemaGen) schema(t reflect.Type) map[string]any {
	if t.Name() != "" {
		if f, ok := g.formats[typeKey(t)]; ok {
			return clone(f)
		}
	}
	switch t.Kind() {
	case reflect.Pointer:
		return g.schema(t.Elem())
	case reflect.Struct:
		if t.Name() == "" {
			return g.object(t)
		}
		name := defName(t)
		if _, ok := g.defs[name]; !ok {
			g.defs[name] = nil // a placeholder stops recursion
			g.defs[name] = g.object(t)
		}
		return map[string]any{"$ref": "#/$defs/" + name}
	case reflect.Slice, reflect.Array:
		s := map[string]any{"type": "array", "items": g.schema(t.Elem())}
		if t.Kind() == reflect.Array {
			s["minItems"], s["maxItems"] = t.Len(), t.Len()
		}
		return s
	case reflect.Map:
		return map[string]any{"type": "object", "additionalProperties": g.schema(t.Elem())}
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return map[string]any{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	}
	return map[string]any{}
}

func (g *schemaGen) object(t reflect.Type) map[string]any {
	props := map[string]any{}
	var required []string
	for _, f := range orderedFields(t) {
		s := g.schema(f.Type)
		rules := f.Tag.Get("validate")
		if applyRules(s, rules) {
			required = append(required, f.Name)
		}
		if f.Type.Kind() == reflect.Pointer || f.Type.Kind() == reflect.Slice || f.Type.Kind() == reflect.Map {
			// encoding/json reads null into these as "absent".
			s = map[string]any{"anyOf": []any{s, map[string]any{"type": "null"}}}
		}
		if d := g.fieldDoc(t, f); d != "" {
			s["description"] = d
		}
		props[f.Name] = s
	}
	out := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if d := g.docs[typeKey(t)]; d != "" {
		out["description"] = d
	}
	if len(required) > 0 {
		out["required"] = required
	}
	return out
}

// applyRules adds the bounds and enumerations of a validate tag to s and
// reports whether the field is required. Rules after "dive" apply to the
// elements and are applied to the items schema.
func applyRules(s map[string]any, tag string) (required bool) {
	if tag == "" {
		return false
	}
	target := s
	for _, rule := range strings.Split(tag, ",") {
		name, param, _ := strings.Cut(rule, "=")
		if _, isRef := target["$ref"]; isRef {
			// Bounds on a referenced type cannot be added beside $ref in a
			// portable way; validation still applies them.
			if name == "required" && sameMap(target, s) {
				required = true
			}
			continue
		}
		switch name {
		case "required":
			if sameMap(target, s) {
				required = true
			}
		case "dive":
			if items, ok := target["items"].(map[string]any); ok {
				target = items
			} else if add, ok := target["additionalProperties"].(map[string]any); ok {
				target = add
			}
		case "oneof":
			var enum []any
			for _, v := range strings.Fields(param) {
				if target["type"] == "integer" {
					if n, err := strconv.ParseInt(v, 10, 64); err == nil {
						enum = append(enum, n)
						continue
					}
				}
				enum = append(enum, v)
			}
			target["enum"] = enum
		case "gte", "gt", "lte", "lt", "min", "max":
			n, err := strconv.ParseFloat(param, 64)
			if err != nil {
				continue
			}
			key := map[string]map[string]string{
				"integer": {"gte": "minimum", "gt": "exclusiveMinimum", "lte": "maximum", "lt": "exclusiveMaximum", "min": "minimum", "max": "maximum"},
				"number":  {"gte": "minimum", "gt": "exclusiveMinimum", "lte": "maximum", "lt": "exclusiveMaximum", "min": "minimum", "max": "maximum"},
				"string":  {"min": "minLength", "max": "maxLength", "gte": "minLength", "lte": "maxLength"},
				"array":   {"min": "minItems", "max": "maxItems", "gte": "minItems", "lte": "maxItems"},
			}
			typ, _ := target["type"].(string)
			if k, ok := key[typ][name]; ok {
				if n == float64(int64(n)) {
					target[k] = int64(n)
				} else {
					target[k] = n
				}
			}
		}
	}
	return required
}

func sameMap(a, b map[string]any) bool {
	return reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer()
}

func clone(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// fieldDoc is the description of field f of struct t: its documentation,
// then the named values of its type, each with its meaning.
func (g *schemaGen) fieldDoc(t reflect.Type, f field) string {
	owner := t
	if len(f.Index) > 1 { // promoted from an embedded struct
		owner = t.FieldByIndex(f.Index[:len(f.Index)-1]).Type
		if owner.Kind() == reflect.Pointer {
			owner = owner.Elem()
		}
	}
	d := g.docs[typeKey(owner)+"."+t.FieldByIndex(f.Index).Name]
	ft := f.Type
	for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
		ft = ft.Elem()
	}
	if vs := g.values[typeKey(ft)]; len(vs) > 0 {
		var b strings.Builder
		b.WriteString(d)
		if d != "" {
			b.WriteString(" ")
		}
		b.WriteString("Values:")
		for i, v := range vs {
			if i > 0 {
				b.WriteString(";")
			}
			b.WriteString(" " + strconv.Quote(v[0]))
			if v[1] != "" {
				b.WriteString(": " + v[1])
			}
		}
		b.WriteString(".")
		d = b.String()
	}
	return d
}
