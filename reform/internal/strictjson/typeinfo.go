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
	folded map[string]string // lower-case key → field name
	names  string            // the field names, sorted, for messages
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
	p := &plan{fields: orderedFields(t), index: map[string]int{}, folded: map[string]string{}}
	names := make([]string, 0, len(p.fields))
	for i, f := range p.fields {
		p.index[f.Name] = i
		p.folded[strings.ToLower(f.Name)] = f.Name
		names = append(names, f.Name)
	}
	sortStrings(names)
	p.names = strings.Join(names, ", ")
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
