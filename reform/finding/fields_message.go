package finding

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-playground/validator/v10"

	"github.com/cchc-go/cchc/reform/vn"
)

// FieldLabeler names the fields of a type a department adds, for the
// messages of Fields: FieldLabel returns the Vietnamese name of the Go
// field name as a clerk reads it in the middle of a sentence ("số hồ sơ
// tiếp nhận"), or "" when it has none; FieldLabel("") names one item of a
// list of the type ("lĩnh vực", for "… của lĩnh vực thứ 2"). The types of
// this module need not implement it: their names are in the label table of
// the package.
type FieldLabeler interface {
	FieldLabel(field string) string
}

// module is the import path the keys of the label table are relative to.
const module = "github.com/cchc-go/cchc/"

// typeKey names a type in the label table: its package path relative to the
// module and its name, e.g. "tthc.Counts" or "reform/section.Levels".
func typeKey(t reflect.Type) string {
	return strings.TrimPrefix(t.PkgPath(), module) + "." + t.Name()
}

// FieldLabel returns the Vietnamese name Fields gives field (a Go field
// name) of struct type t (or a pointer to one) in its messages, as a clerk
// reads it in the middle of a sentence: "số hồ sơ đang giải quyết" for
// tthc.Counts' Pending. With field "" it names one item of a list of t
// ("lĩnh vực"). It is "" when the label table has no name and t does not
// implement FieldLabeler.
func FieldLabel(t reflect.Type, field string) string { return fieldLabel(deref(t), field) }

// fieldLabel returns the Vietnamese name of field name of struct type t, or
// with name "" the name of an item of a list of t: from the label table,
// else from t's FieldLabel.
func fieldLabel(t reflect.Type, name string) string {
	key := typeKey(t)
	if name != "" {
		key += "." + name
	}
	if l, ok := fieldLabels[key]; ok {
		return l
	}
	if t.Kind() != reflect.Struct {
		return ""
	}
	if l, ok := reflect.New(t).Interface().(FieldLabeler); ok {
		return l.FieldLabel(name)
	}
	return ""
}

// step is one segment of the path of a broken rule: the struct type it is
// a field of, the field, and the position in a list the segment selects
// (-1 for none).
type step struct {
	parent reflect.Type
	field  reflect.StructField
	index  int
	elem   reflect.Type
}

// steps follows the Go namespace of a broken rule ("Section.Dossiers.
// Fields[1].Counts.Online") from the root type, one step per field; it
// stops at a segment it cannot follow.
func steps(root reflect.Type, ns string) []step {
	t := deref(root)
	segs := strings.Split(ns, ".")
	var out []step
	for _, seg := range segs[min(1, len(segs)):] {
		name, idx := splitIndex(seg)
		if t.Kind() != reflect.Struct {
			break
		}
		f, ok := t.FieldByName(name)
		if !ok {
			break
		}
		s := step{parent: t, field: f, index: idx, elem: deref(f.Type)}
		for range strings.Count(seg, "[") {
			if k := s.elem.Kind(); k == reflect.Slice || k == reflect.Array || k == reflect.Map {
				s.elem = deref(s.elem.Elem())
			}
		}
		out = append(out, s)
		t = s.elem
	}
	return out
}

// splitIndex splits "Fields[1]" into "Fields" and 1; a segment without an
// index (or with a map key) has index -1.
func splitIndex(seg string) (string, int) {
	name, rest, ok := strings.Cut(seg, "[")
	if !ok {
		return seg, -1
	}
	i := strings.LastIndexByte(rest, '[')
	n, err := strconv.Atoi(strings.TrimSuffix(rest[i+1:], "]"))
	if err != nil {
		return name, -1
	}
	return name, n
}

func deref(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// describe names the field of a broken rule as a clerk reads it: its
// label, the list item it belongs to ("của lĩnh vực thứ 2") and the group
// that holds it ("(trình độ thạc sĩ)"); "" when the field has no label.
func describe(ss []step) string {
	if len(ss) == 0 {
		return ""
	}
	last := ss[len(ss)-1]
	label := fieldLabel(last.parent, last.field.Name)
	if label == "" {
		return ""
	}
	if last.index >= 0 {
		label += " thứ " + strconv.Itoa(last.index+1)
	}
	if item := innerItem(ss[:len(ss)-1]); item != "" {
		label += " của " + item
	}
	if group := innerGroup(ss[:len(ss)-1]); group != "" {
		label += " (" + group + ")"
	}
	return label
}

// innerItem names the innermost list item on the way to the field, e.g.
// "hoạt động thứ 3"; "" when there is none or its type has no name.
func innerItem(ss []step) string {
	for i := len(ss) - 1; i >= 0; i-- {
		if ss[i].index < 0 {
			continue
		}
		if noun := fieldLabel(ss[i].elem, ""); noun != "" {
			return noun + " thứ " + strconv.Itoa(ss[i].index+1)
		}
		return ""
	}
	return ""
}

// innerGroup names the innermost group on the way to the field that the
// label table names, e.g. "trình độ thạc sĩ" for the figures of a degree.
func innerGroup(ss []step) string {
	for i := len(ss) - 1; i >= 0; i-- {
		if ss[i].index >= 0 {
			return ""
		}
		if l, ok := groupLabels[typeKey(ss[i].parent)+"."+ss[i].field.Name]; ok {
			return l
		}
	}
	return ""
}

// fieldMessage is the Vietnamese message of a broken rule: the field named
// as a clerk reads it (FieldLabels), the value the report gives and what
// the rule asks; never a JSON path, which is the finding's Path.
func fieldMessage(root reflect.Type, fe validator.FieldError) string {
	ss := steps(root, fe.StructNamespace())
	name := describe(ss)
	if name == "" {
		name = "giá trị này"
	}
	year := len(ss) > 0 && strings.HasSuffix(ss[len(ss)-1].field.Name, "Year")
	return upperFirst(ruleSentence(name, fe, year, siblings(ss)))
}

// siblings names the other fields of the struct that holds the broken
// field, for rules that name them (required_with=Units).
func siblings(ss []step) func(string) string {
	return func(goName string) string {
		if len(ss) == 0 {
			return "trường liên quan"
		}
		if l := fieldLabel(ss[len(ss)-1].parent, goName); l != "" {
			return l
		}
		return "trường liên quan"
	}
}

// ruleSentence says what rule the field named name breaks, quoting the value
// the report gives.
func ruleSentence(name string, fe validator.FieldError, year bool, other func(string) string) string {
	v, p := valueText(fe.Value(), year), fe.Param()
	number := func(s string) string { return numberText(s, year) }
	switch fe.Tag() {
	case "required":
		return fmt.Sprintf("chưa ghi %s: đây là nội dung bắt buộc.", name)
	case "required_with":
		return fmt.Sprintf("chưa ghi %s: cần ghi khi đã có %s.", name, other(p))
	case "required_without":
		return fmt.Sprintf("chưa ghi %s: cần ghi khi không có %s.", name, other(p))
	case "excluded_if":
		f, val, _ := strings.Cut(p, " ")
		return fmt.Sprintf("%s không dùng được khi %s là “%s”.", name, other(f), val)
	case "excluded_with":
		return fmt.Sprintf("%s không dùng được cùng với %s.", name, other(p))
	case "gte", "min":
		return boundSentence(name, v, number(p), fe.Kind(), "nhỏ hơn mức tối thiểu", "ít nhất")
	case "lte", "max":
		return boundSentence(name, v, number(p), fe.Kind(), "lớn hơn mức tối đa", "nhiều nhất")
	case "gt":
		return fmt.Sprintf("%s ghi %s, phải lớn hơn %s.", name, v, number(p))
	case "lt":
		return fmt.Sprintf("%s ghi %s, phải nhỏ hơn %s.", name, v, number(p))
	case "oneof":
		return fmt.Sprintf("%s ghi “%s”, không phải một trong các giá trị dùng được: %s.", name, v, strings.Join(strings.Fields(p), ", "))
	case "datetime":
		return fmt.Sprintf("%s ghi “%s”, không phải một ngày có thật viết theo dạng năm-tháng-ngày (ví dụ 2024-11-19).", name, v)
	}
	return fmt.Sprintf("%s ghi %s, không đạt yêu cầu của dữ liệu (quy tắc %s).", name, v, ruleText(fe))
}

// boundSentence says that a value v is below (or above) its bound b: "không
// được âm" for a negative count, the number of items for a list.
func boundSentence(name, v, b string, k reflect.Kind, beyond, count string) string {
	switch k {
	case reflect.Slice, reflect.Array, reflect.Map:
		return fmt.Sprintf("%s cần có %s %s mục.", name, count, b)
	case reflect.String:
		return fmt.Sprintf("%s cần có %s %s ký tự.", name, count, b)
	}
	if b == "0" && beyond == "nhỏ hơn mức tối thiểu" {
		return fmt.Sprintf("%s không được âm: báo cáo ghi %s.", name, v)
	}
	return fmt.Sprintf("%s ghi %s, %s %s.", name, v, beyond, b)
}

// valueText writes a value as the report gives it: whole numbers the
// Vietnamese way (15.613), years as they are (2024).
func valueText(v any, year bool) string {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return numberText(strconv.FormatInt(rv.Int(), 10), year)
	case reflect.Invalid, reflect.Pointer:
		return ""
	}
	return fmt.Sprint(rv.Interface())
}

// numberText writes a whole number the Vietnamese way (1.000.000), a year
// as it is; anything else is returned as it is.
func numberText(s string, year bool) string {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || year {
		return s
	}
	return vn.Int(n)
}

// upperFirst gives s an upper-case first letter, as a sentence starts.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
