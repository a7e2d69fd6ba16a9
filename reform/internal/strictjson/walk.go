package strictjson

import (
	"fmt"
	"reflect"
)

// Strings calls fn for every non-empty string of v (a struct, pointer, slice
// or map of them) with its JSON path under base, in the order of the JSON
// form: struct fields in declaration order, map keys sorted. Fields tagged
// `json:"-"` are skipped, and so are values of the types in skip (e.g. a
// nested report that is walked on its own).
func Strings(v any, base string, fn func(path, s string), skip ...reflect.Type) {
	walkStrings(reflect.ValueOf(v), base, fn, skip)
}

func walkStrings(v reflect.Value, path string, fn func(string, string), skip []reflect.Type) {
	if !v.IsValid() {
		return
	}
	for _, t := range skip {
		if v.Type() == t {
			return
		}
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkStrings(v.Elem(), path, fn, skip)
		}
	case reflect.Struct:
		for _, f := range orderedFields(v.Type()) {
			fv, err := v.FieldByIndexErr(f.Index)
			if err != nil {
				continue // a nil embedded pointer
			}
			walkStrings(fv, joinPath(path, f.Name), fn, skip)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			walkStrings(v.Index(i), fmt.Sprintf("%s[%d]", path, i), fn, skip)
		}
	case reflect.Map:
		keys := v.MapKeys()
		if v.Type().Key().Kind() != reflect.String {
			return
		}
		names := make([]string, len(keys))
		for i, k := range keys {
			names[i] = k.String()
		}
		sortStrings(names)
		for _, k := range names {
			walkStrings(v.MapIndex(reflect.ValueOf(k).Convert(v.Type().Key())), joinPath(path, k), fn, skip)
		}
	case reflect.String:
		if s := v.String(); s != "" {
			fn(path, s)
		}
	}
}
