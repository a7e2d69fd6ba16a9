package strictjson

import (
	"reflect"
	"sort"
	"strings"
)

// field is a JSON field of a struct type.
type field struct {
	Name      string
	Type      reflect.Type
	Index     []int
	OmitEmpty bool
	Tag       reflect.StructTag
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

func sortStrings(s []string) { sort.Strings(s) }
