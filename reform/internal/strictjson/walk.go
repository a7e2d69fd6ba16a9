package strictjson

import (
	"reflect"
	"slices"
	"strconv"
	"sync"
)

// Strings calls fn for every non-empty string of v (a struct, pointer, slice
// or map of them) with its JSON path under base, in the order of the JSON
// form: struct fields in declaration order, map keys sorted. Fields tagged
// `json:"-"` are skipped, and so are values of the types in skip (e.g. a
// nested report that is walked on its own).
//
// The walk follows a plan of v's type (walkPlan), made once per type: the
// JSON names of the fields are read from their tags once, not at every
// value, and the parts of a type that hold no string are not walked at all.
func Strings(v any, base string, fn func(path, s string), skip ...reflect.Type) {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return
	}
	w := walker{fn: fn, skip: skip, path: append(make([]byte, 0, 128), base...)}
	// Paths are short, and how many there will be is unknown: small chunks
	// leave little unused at the end of the walk.
	w.paths.largest = 2 << 10
	w.walk(rv, planOf(rv.Type()))
}

// walkPlan is how Strings walks the values of one type: for a struct, its
// JSON fields with their plans; for a pointer, slice, array or map, the plan
// of its elements. A plan is built once and never changed after, so plans
// are shared by every call, from any goroutine.
type walkPlan struct {
	t    reflect.Type
	kind reflect.Kind
	// strings is false when no string can be reached from a value of the
	// type (a count, a date, a struct of numbers): the walk skips it. An
	// interface may hold anything, so it is true for them.
	strings bool
	// fields are the JSON fields of a struct that can hold a string.
	fields []walkField
	// elem is the plan of the elements of a pointer, slice, array or map.
	elem *walkPlan
	// stringKeys is true for a map with string keys; Strings walks no other.
	stringKeys bool
}

// walkField is a JSON field of a struct in a plan.
type walkField struct {
	name  string
	index []int
	plan  *walkPlan
}

// walkPlans holds the plan of each type Strings was given, built on first
// use. The set of types is the program's own, so it stays small; a plan in
// it is complete before it is stored and never changed after, and sync.Map
// makes the store safe for concurrent use.
var walkPlans sync.Map // reflect.Type → *walkPlan

// planOf returns the plan of t, building it on first use.
func planOf(t reflect.Type) *walkPlan {
	if p, ok := walkPlans.Load(t); ok {
		return p.(*walkPlan)
	}
	seen := map[reflect.Type]*walkPlan{}
	p := buildPlan(t, seen)
	markStrings(seen)
	actual, _ := walkPlans.LoadOrStore(t, p)
	return actual.(*walkPlan)
}

// buildPlan builds the plan of t and of every type reachable from it, all
// kept in seen, so that a recursive type (a part with parts) refers to its
// own plan. markStrings completes them.
func buildPlan(t reflect.Type, seen map[reflect.Type]*walkPlan) *walkPlan {
	if p, ok := seen[t]; ok {
		return p
	}
	p := &walkPlan{t: t, kind: t.Kind()}
	seen[t] = p
	switch p.kind {
	case reflect.String, reflect.Interface:
		p.strings = true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		p.elem = buildPlan(t.Elem(), seen)
	case reflect.Map:
		p.stringKeys = t.Key().Kind() == reflect.String
		p.elem = buildPlan(t.Elem(), seen)
	case reflect.Struct:
		for _, f := range orderedFields(t) {
			fp := buildPlan(f.Type, seen)
			p.fields = append(p.fields, walkField{name: f.Name, index: f.Index, plan: fp})
		}
	}
	return p
}

// markStrings decides which of the plans in seen, all built, can reach a
// string, and drops the fields that cannot. It runs to a fixed point, so
// recursive types are decided right.
func markStrings(seen map[reflect.Type]*walkPlan) {
	for changed := true; changed; {
		changed = false
		for _, p := range seen {
			if p.strings {
				continue
			}
			reach := false
			switch p.kind {
			case reflect.Pointer, reflect.Slice, reflect.Array:
				reach = p.elem.strings
			case reflect.Map:
				reach = p.stringKeys && p.elem.strings
			case reflect.Struct:
				for _, f := range p.fields {
					reach = reach || f.plan.strings
				}
			}
			if reach {
				p.strings, changed = true, true
			}
		}
	}
	for _, p := range seen {
		p.fields = slices.DeleteFunc(p.fields, func(f walkField) bool { return !f.plan.strings })
	}
}

// walker is one walk of Strings: the path is built in one buffer and made a
// string, in the walk's arena, only for the strings it finds.
type walker struct {
	fn    func(path, s string)
	skip  []reflect.Type
	path  []byte
	paths stringArena
}

func (w *walker) walk(v reflect.Value, p *walkPlan) {
	if !p.strings {
		return
	}
	for _, t := range w.skip {
		if p.t == t {
			return
		}
	}
	switch p.kind {
	case reflect.String:
		if s := v.String(); s != "" {
			w.fn(w.paths.string(w.path, 0), s)
		}
	case reflect.Interface:
		if !v.IsNil() {
			e := v.Elem()
			w.walk(e, planOf(e.Type()))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			w.walk(v.Elem(), p.elem)
		}
	case reflect.Struct:
		n := len(w.path)
		for _, f := range p.fields {
			fv := v.Field(f.index[0])
			if len(f.index) > 1 {
				var err error
				if fv, err = v.FieldByIndexErr(f.index); err != nil {
					continue // a nil embedded pointer
				}
			}
			w.key(f.name)
			w.walk(fv, f.plan)
			w.path = w.path[:n]
		}
	case reflect.Slice, reflect.Array:
		n := len(w.path)
		for i := range v.Len() {
			w.path = append(w.path, '[')
			w.path = strconv.AppendInt(w.path, int64(i), 10)
			w.path = append(w.path, ']')
			w.walk(v.Index(i), p.elem)
			w.path = w.path[:n]
		}
	case reflect.Map:
		if !p.stringKeys {
			return
		}
		keys := v.MapKeys()
		names := make([]string, len(keys))
		for i, k := range keys {
			names[i] = k.String()
		}
		sortStrings(names)
		n := len(w.path)
		kt := v.Type().Key()
		for _, k := range names {
			w.key(k)
			w.walk(v.MapIndex(reflect.ValueOf(k).Convert(kt)), p.elem)
			w.path = w.path[:n]
		}
	}
}

// key appends a member name to the path: "a" then "a.b".
func (w *walker) key(name string) {
	if len(w.path) > 0 {
		w.path = append(w.path, '.')
	}
	w.path = append(w.path, name...)
}
