package finding

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/go-playground/validator/v10"
)

// FieldCode is the code of a finding produced from a field rule (validator
// tag) that the value breaks: "field." + the tag, e.g. "field.gte",
// "field.required", "field.oneof".
func FieldCode(tag string) Code { return Code("field." + tag) }

// Fields checks the field rules declared with `validate:"…"` tags on v (a
// struct or a pointer to one, see go-playground/validator) and returns one
// error finding per broken rule, with the field's JSON path under base
// (JSON names from the `json` tags) and a Vietnamese message. Every broken
// rule is reported, not only the first.
//
// The message names the field as a clerk reads it, never by its JSON path
// (which is the finding's Path): "Số hồ sơ đang giải quyết của lĩnh vực thứ
// 2 không được âm: báo cáo ghi -3." The names come from one source, the
// label table of this package (fields_labels.go), keyed by the Go type and
// field ("tthc.Counts.Pending"); a department's own type names its fields
// with FieldLabeler. Where the field is in the printed report is the
// finding's Place, which package reform sets. A v that the validator cannot read
// (not a struct) gives one finding with code "field.invalid".
//
// Fields uses the one FieldChecker of the package (NewFieldChecker), so the
// rules of each type are read from its tags once, not on every call.
func Fields(v any, base string) List {
	return NewFieldChecker().Check(v, base)
}

// FieldChecker checks field rules with one validator, reused across calls.
// It is safe for concurrent use.
type FieldChecker struct {
	v *validator.Validate
}

// sharedChecker is the package's one FieldChecker, built on first use and
// never changed after. Its validator is set up once (the JSON names of
// fields) and is safe for concurrent use, as go-playground/validator
// documents; what it keeps is its cache of the rules of the struct types it
// has seen, which depends on the types alone, never on the values checked,
// so sharing it changes no finding. Building a validator and reading every
// type's tags again on each call was a sixth of Validate's time.
var sharedChecker = sync.OnceValue(newFieldChecker)

// NewFieldChecker returns a FieldChecker that names fields by their JSON
// names. A FieldChecker has no settings, so every call returns the same
// one, built once and safe for concurrent use.
func NewFieldChecker() *FieldChecker { return sharedChecker() }

// newFieldChecker builds a FieldChecker with a validator of its own.
func newFieldChecker() *FieldChecker {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-":
			return ""
		case name == "" && f.Anonymous:
			// An embedded struct has no JSON name: its fields are its
			// parent's. Check drops the segment.
			return embedded
		case name == "":
			return f.Name
		}
		return name
	})
	return &FieldChecker{v: v}
}

// embedded names an embedded struct in the validator's namespace; Check drops
// it from the path.
const embedded = "\x00embedded"

// dropEmbedded removes the segments of embedded structs from a namespace:
// "extra[0].\x00embedded.title" is "extra[0].title" in JSON.
func dropEmbedded(ns string) string {
	if !strings.Contains(ns, embedded) {
		return ns
	}
	parts := strings.Split(ns, ".")
	out := parts[:0]
	for _, p := range parts {
		if p != embedded {
			out = append(out, p)
		}
	}
	return strings.Join(out, ".")
}

// Check checks v's field rules; see Fields.
func (c *FieldChecker) Check(v any, base string) List {
	err := c.v.Struct(v)
	if err == nil {
		return nil
	}
	var verrs validator.ValidationErrors
	if !errors.As(err, &verrs) {
		return List{{Code: "field.invalid", Severity: Error, Path: base,
			Message: "Không kiểm tra được dữ liệu: giá trị đưa vào không phải một đối tượng có các trường dữ liệu."}}
	}
	root := reflect.TypeOf(v)
	var out List
	for _, fe := range verrs {
		// Namespace is "Type.field.sub[0].x"; drop the root type name.
		ns := fe.Namespace()
		if _, rest, ok := strings.Cut(ns, "."); ok {
			ns = rest
		}
		ns = dropEmbedded(ns)
		path := Join(base, ns)
		out = append(out, Finding{
			Code: FieldCode(fe.Tag()), Severity: Error, Path: path,
			Values:  []Value{{Name: "value", Value: fmt.Sprint(fe.Value())}, {Name: "rule", Value: ruleText(fe)}},
			Message: fieldMessage(root, fe),
		})
	}
	return out
}

func ruleText(fe validator.FieldError) string {
	if fe.Param() == "" {
		return fe.Tag()
	}
	return fe.Tag() + "=" + fe.Param()
}

// FieldRules documents the codes Fields produces for the field rules the
// module's types use.
func FieldRules() Catalogue {
	rule := func(tag, summary, doc string) Rule {
		return Rule{Code: FieldCode(tag), Severity: Error, Summary: summary, Doc: doc}
	}
	return Catalogue{
		rule("required", "Trường bắt buộc chưa có giá trị.", "A required field is empty (validate:\"required\"); package reform also reports a required text that holds only spaces, and a report without a date, which the layout cannot print."),
		rule("required_with", "Trường bắt buộc khi có trường liên quan chưa có giá trị.", "A field required together with another is empty."),
		rule("required_without", "Trường bắt buộc khi không có trường thay thế chưa có giá trị.", "A field required unless another is given is empty, e.g. the title of an appendix that is not built from the report's figures."),
		rule("excluded_with", "Trường không được dùng cùng với trường khác.", "A field given together with another that excludes it, e.g. a typed table in an appendix built from the report's figures."),
		rule("excluded_if", "Trường không được dùng trong trường hợp này.", "A field given where another field's value excludes it."),
		rule("gte", "Giá trị nhỏ hơn mức tối thiểu (ví dụ số âm).", "A value below its minimum, e.g. a negative count (validate:\"gte=0\")."),
		rule("lte", "Giá trị lớn hơn mức tối đa.", "A value above its maximum."),
		rule("min", "Giá trị hoặc độ dài nhỏ hơn mức tối thiểu.", "A value or length below its minimum."),
		rule("max", "Giá trị hoặc độ dài lớn hơn mức tối đa.", "A value or length above its maximum."),
		rule("oneof", "Giá trị không thuộc các giá trị cho phép.", "An enumeration outside its values."),
		rule("datetime", "Ngày tháng không đúng dạng YYYY-MM-DD.", "A date string not written YYYY-MM-DD."),
		rule("invalid", "Không kiểm tra được dữ liệu.", "The value is not a struct the field rules can read."),
	}
}
