package strictjson

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strings"
	"sync"
)

// typeInfo is what the decoder needs of a Go type, worked out once: whether
// it decodes itself, the information of its elements (pointer, slice, array,
// map) and the plan of a struct. The decoder follows these links from value
// to value instead of asking a shared store about each type. A typeInfo is
// complete before it is stored and never changed after, so it is shared by
// every call, from any goroutine.
type typeInfo struct {
	t    reflect.Type
	self bool      // the type decodes itself (selfDecoding)
	elem *typeInfo // for a pointer, slice, array or map
	plan *plan     // for a struct
	// empty is, for a slice type, an empty slice that is not nil: an
	// array replaces a slice with it before its elements are read. Its
	// capacity is 0, so no two slices set to it share memory.
	empty reflect.Value
}

// plan is what the decoder needs of a struct type.
type plan struct {
	fields []field
	infos  []*typeInfo // of the fields' types, by field
	index  map[string]int
}

// caseOf returns the name of the field that key spells with other capitals
// (the last one, should two differ only so), for the message of an unknown
// key: worked out on that rare path instead of kept for every plan.
func (p *plan) caseOf(key string) (string, bool) {
	lower, name, ok := strings.ToLower(key), "", false
	for _, f := range p.fields {
		if strings.ToLower(f.Name) == lower {
			name, ok = f.Name, true
		}
	}
	return name, ok
}

// names returns the field names, sorted, for the message of an unknown key.
func (p *plan) names() string {
	names := make([]string, len(p.fields))
	for i, f := range p.fields {
		names[i] = f.Name
	}
	sortStrings(names)
	return strings.Join(names, ", ")
}

// typeInfos holds the typeInfo of each type Decode has decoded into, built
// on first use. The set of types is the program's own, so it stays small;
// sync.Map makes the store safe for concurrent use.
var typeInfos sync.Map // reflect.Type → *typeInfo

// infoOf returns the typeInfo of t, building it on first use.
func infoOf(t reflect.Type) *typeInfo {
	if ti, ok := typeInfos.Load(t); ok {
		return ti.(*typeInfo)
	}
	actual, _ := typeInfos.LoadOrStore(t, buildInfo(t, map[reflect.Type]*typeInfo{}))
	return actual.(*typeInfo)
}

// buildInfo builds the typeInfo of t and of every type the decoder can reach
// from it, all kept in seen, so that a recursive type (a part with parts)
// refers to its own.
func buildInfo(t reflect.Type, seen map[reflect.Type]*typeInfo) *typeInfo {
	if ti, ok := seen[t]; ok {
		return ti
	}
	ti := &typeInfo{t: t, self: selfDecoding(t)}
	seen[t] = ti
	if ti.self {
		return ti
	}
	switch t.Kind() {
	case reflect.Slice:
		ti.empty = reflect.MakeSlice(t, 0, 0)
		ti.elem = buildInfo(t.Elem(), seen)
	case reflect.Pointer, reflect.Array, reflect.Map:
		ti.elem = buildInfo(t.Elem(), seen)
	case reflect.Struct:
		ti.plan = newPlan(t)
		for _, f := range ti.plan.fields {
			ti.plan.infos = append(ti.plan.infos, buildInfo(f.Type, seen))
		}
	}
	return ti
}

// newPlan returns the plan of the struct type t, without the infos of its
// fields.
func newPlan(t reflect.Type) *plan {
	fields := orderedFields(t)
	p := &plan{fields: fields, index: make(map[string]int, len(fields))}
	for i, f := range fields {
		p.index[f.Name] = i
	}
	return p
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// selfDecoding reports whether values of t decode themselves.
func selfDecoding(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	return p.Implements(jsonUnmarshaler) || p.Implements(textUnmarshaler)
}
