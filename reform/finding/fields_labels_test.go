package finding_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
	"github.com/cchc-go/cchc/tthc"
)

// TestFieldLabelsCoverEveryRule walks the types of the interchange format:
// every field with a field rule has a Vietnamese name for the messages of
// Fields, and so has the item type of every list that holds such a field.
func TestFieldLabelsCoverEveryRule(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var missing []string
	var walk func(t reflect.Type) bool
	walk = func(typ reflect.Type) (ruled bool) {
		typ = elem(typ)
		if typ.Kind() != reflect.Struct || !strings.HasPrefix(typ.PkgPath(), "github.com/cchc-go/cchc") {
			return false
		}
		if r, done := seen[typ]; done {
			return r
		}
		seen[typ] = false
		for i := range typ.NumField() {
			f := typ.Field(i)
			tag := f.Tag.Get("validate")
			if !f.IsExported() || tag == "-" {
				continue
			}
			sub := walk(f.Type)
			ruled = ruled || sub
			if own := strings.TrimSuffix(strings.TrimSuffix(tag, "dive"), ","); own != "" && own != "omitempty" {
				ruled = true
				if finding.FieldLabel(typ, f.Name) == "" {
					missing = append(missing, typ.String()+"."+f.Name)
				}
			}
			if listed(f.Type) && sub && finding.FieldLabel(elem(f.Type), "") == "" {
				missing = append(missing, elem(f.Type).String()+" (an item of "+typ.String()+"."+f.Name+")")
			}
		}
		seen[typ] = ruled
		return ruled
	}
	for _, v := range []any{reform.Report{}, tthc.Section{}, personnel.Section{}, dissemination.Section{}, digital.Section{}} {
		walk(reflect.TypeOf(v))
	}
	assert.Empty(t, missing, "add their names to fieldLabels")
}

// elem is the struct type a field holds, through pointers, slices and maps.
func elem(t reflect.Type) reflect.Type {
	for {
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
			t = t.Elem()
		default:
			return t
		}
	}
}

// listed reports whether a field holds a list (or map) of items.
func listed(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	k := t.Kind()
	return k == reflect.Slice || k == reflect.Array || k == reflect.Map
}

// The names are Vietnamese in NFC, lower case as in the middle of a
// sentence, and have no JSON or Go names in them.
func TestFieldLabelsRead(t *testing.T) {
	for _, c := range []struct {
		typ   any
		field string
		want  string
	}{
		{tthc.Counts{}, "Pending", "số hồ sơ đang giải quyết"},
		{tthc.FieldCounts{}, "", "lĩnh vực"},
		{&personnel.Women{}, "Women", "số nữ"},
		{reform.Signer{}, "Name", "họ và tên người ký"},
		{reform.Signer{}, "Unknown", ""},
	} {
		got := finding.FieldLabel(reflect.TypeOf(c.typ), c.field)
		assert.Equal(t, c.want, got)
		assert.True(t, vn.IsNFC(got))
	}
}
