// Package strictjson decodes the JSON interchange format strictly and
// describes it as a JSON Schema.
//
// Decode refuses what encoding/json lets through — unknown fields, keys that
// match a field only when case is ignored, duplicate keys, trailing data,
// bytes that are not UTF-8, lone surrogates — and reports every problem it
// can find at once, each with a stable code, the JSON path of the value at
// fault, its line and column and a Vietnamese message.
//
// It reads the input once, with an explicit stack instead of recursion, so
// that neither the stack nor the memory grows with anything but the limits
// of Options.
package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Problem is one reason the input is not the expected JSON.
type Problem struct {
	// Code is the stable English code, e.g. "decode.unknown_field".
	Code string
	// Path is the JSON path of the value at fault, e.g.
	// "sections.procedures.dossiers.received"; "" is the whole document.
	Path string
	// Line and Column are where the value at fault starts, from 1 (Column
	// in code points); 0 when the problem has no place.
	Line, Column int
	// Message says in Vietnamese what was found and what was expected.
	Message string
}

// The codes of problems.
const (
	CodeSyntax       = "decode.syntax"
	CodeTruncated    = "decode.truncated"
	CodeTrailing     = "decode.trailing"
	CodeSize         = "decode.limit.size"
	CodeDepth        = "decode.limit.depth"
	CodeString       = "decode.limit.string"
	CodeArray        = "decode.limit.array"
	CodeTooMany      = "decode.limit.problems"
	CodeUnknownField = "decode.unknown_field"
	CodeKeyCase      = "decode.key_case"
	CodeDuplicateKey = "decode.duplicate_key"
	CodeType         = "decode.type"
	CodeNumber       = "decode.number"
	CodeValue        = "decode.value"
	CodeUTF8         = "decode.utf8"
	CodeSurrogate    = "decode.surrogate"
)

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

// ValueError is an error a type's UnmarshalJSON or UnmarshalText returns to
// give its problem a code and a Vietnamese message.
type ValueError struct {
	// Code is the problem's code, e.g. "decode.date.format".
	Code string
	// Message is the Vietnamese message.
	Message string
}

// Error returns the message.
func (e *ValueError) Error() string { return e.Message }

// Expectation describes what a type that decodes itself expects, for the
// problem of a value it refuses with an error that is no *ValueError.
type Expectation struct {
	// Code is the problem's code.
	Code string
	// Expected says in Vietnamese what is expected, e.g. "một số thập phân".
	Expected string
}

// Options are the limits of Decode. A field that is zero or negative takes
// the default of reform.DecodeOptions' documentation.
type Options struct {
	// MaxBytes is the largest input in bytes.
	MaxBytes int64
	// MaxDepth is the deepest nesting of objects and arrays.
	MaxDepth int
	// MaxString is the longest string in bytes, as written.
	MaxString int
	// MaxArray is the largest number of elements of one array.
	MaxArray int
	// MaxProblems is the largest number of problems returned.
	MaxProblems int
	// Expect describes the types that decode themselves, for the problems
	// of the values they refuse.
	Expect map[reflect.Type]Expectation
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = 16 << 20
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = 64
	}
	if o.MaxString <= 0 {
		o.MaxString = 1 << 20
	}
	if o.MaxArray <= 0 {
		o.MaxArray = 100_000
	}
	if o.MaxProblems <= 0 {
		o.MaxProblems = 100
	}
	return o
}

// Decode decodes data into v (a non-nil pointer) strictly, within the
// limits of o. Decoding into a value already filled lays the input over it:
// an object's keys set their fields and leave the others as they were (a
// pointer already set is decoded into), an array replaces the slice, a
// scalar replaces the value. It returns nil or an *Error with every problem found (at
// most o.MaxProblems of them). v may be partly filled when there are
// problems.
func Decode(data []byte, v any, o Options) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("strictjson: Decode needs a non-nil pointer, not %T", v)
	}
	o = o.withDefaults()
	if int64(len(data)) > o.MaxBytes {
		return &Error{Problems: []Problem{{Code: CodeSize,
			Message: fmt.Sprintf("dữ liệu lớn hơn giới hạn %s byte: cần một báo cáo nhỏ hơn (giới hạn có thể đổi)", groupDigits(o.MaxBytes))}}}
	}
	d := &decoder{s: newScanner(data), o: o}
	d.stack = d.frames[:0]
	d.run(rv.Elem())
	if len(d.problems) > 0 {
		return &Error{Problems: d.problems}
	}
	return nil
}

// frame is an object or array being read: the decoder's explicit stack.
type frame struct {
	object bool
	// target is the struct, map or slice being filled; invalid when the
	// value is skipped (unknown field, wrong type, beyond a limit).
	target reflect.Value
	plan   *plan     // for a struct
	elem   *typeInfo // for a map or slice
	seen   fieldSet  // for a struct: the fields read
	keys   map[string]bool
	n      int    // members or elements read
	key    string // the current member's key
	// capture calls a type's own decoder with the container's bytes when it
	// closes; start is where it opened.
	capture func(raw []byte)
	start   int
	full    bool   // the array reached MaxArray
	onClose func() // sets a map element once it is read
}

type decoder struct {
	s     scanner
	o     Options
	stack []frame
	// frames is the first room of the stack, deep enough for most inputs.
	frames   [16]frame
	problems []Problem
	stop     bool
}

// run reads one JSON value into root, then the end of the input.
func (d *decoder) run(root reflect.Value) {
	d.value(d.s.next(), root, infoOf(root.Type()))
	for len(d.stack) > 0 && !d.stop {
		if d.stack[len(d.stack)-1].object {
			d.member()
		} else {
			d.element()
		}
	}
	if d.stop {
		return
	}
	if t := d.s.next(); t.kind != kEOF {
		d.problemAt(d.s.at, CodeTrailing, "", "còn dữ liệu sau giá trị JSON: cần đúng một tài liệu JSON")
	}
}

// member reads the next member of the object on top of the stack, or its end.
func (d *decoder) member() {
	f := &d.stack[len(d.stack)-1]
	t, ok := d.item(f, kObjectClose, "dấu phẩy hoặc dấu }")
	if !ok {
		return
	}
	if t.kind != kString {
		d.syntax(t, d.path(len(d.stack)-1), "tên trường trong dấu ngoặc kép")
		return
	}
	keyAt := d.s.at
	f.n++
	var index int
	f.key, index = d.key(t, keyAt)
	if t.bad != 0 {
		d.badString(t, keyAt) // now that the path ends with the key
	}
	if c := d.s.next(); c.kind != kColon {
		d.syntax(c, d.path(len(d.stack)), "dấu hai chấm")
		return
	}
	target, ti, set := d.field(f, keyAt, index)
	depth := len(d.stack)
	d.value(d.s.next(), target, ti)
	if set != nil {
		if len(d.stack) > depth {
			d.stack[len(d.stack)-1].onClose = set
		} else {
			set()
		}
	}
}

// item returns the token that starts the next member or element of f (the
// top of the stack), past its comma; false when f closes with the token
// close, or when the input is not JSON.
func (d *decoder) item(f *frame, close byte, expected string) (token, bool) {
	t := d.s.next()
	if t.kind == close {
		d.pop(t)
		return t, false
	}
	if f.n == 0 {
		return t, true
	}
	if t.kind != kComma {
		d.syntax(t, d.path(len(d.stack)-1), expected)
		return t, false
	}
	return d.s.next(), true
}

// element reads the next element of the array on top of the stack, or its end.
func (d *decoder) element() {
	f := &d.stack[len(d.stack)-1]
	t, ok := d.item(f, kArrayClose, "dấu phẩy hoặc dấu ]")
	if !ok {
		return
	}
	f.n++
	var target reflect.Value
	switch {
	case !f.target.IsValid() || f.full:
	case f.n > d.o.MaxArray:
		f.full = true
		d.problemAt(d.s.at, CodeArray, d.path(len(d.stack)-1),
			fmt.Sprintf("mảng có hơn %s phần tử: cần ít hơn (giới hạn có thể đổi)", groupDigits(int64(d.o.MaxArray))))
	case f.target.Kind() == reflect.Array:
		if f.n <= f.target.Len() {
			target = f.target.Index(f.n - 1)
		}
	default:
		// Grow and SetLen extend the slice in place; reflect.Append would
		// allocate a new slice header for every element.
		f.target.Grow(1)
		f.target.SetLen(f.n)
		target = f.target.Index(f.n - 1)
		target.SetZero()
	}
	d.value(t, target, f.elem)
}

// pop closes the container on top of the stack.
func (d *decoder) pop(end token) {
	f := d.stack[len(d.stack)-1]
	d.stack = d.stack[:len(d.stack)-1]
	if f.target.IsValid() && f.target.Kind() == reflect.Array && f.n != f.target.Len() {
		d.problemAt(d.s.at, CodeType, d.path(len(d.stack)),
			fmt.Sprintf("mảng có %d phần tử: cần đúng %d", f.n, f.target.Len()))
	}
	if f.capture != nil {
		f.capture(d.s.data[f.start:end.end])
	}
	if f.onClose != nil {
		f.onClose()
	}
}

// push opens a container, unless it would nest deeper than MaxDepth.
func (d *decoder) push(f frame) {
	if len(d.stack) >= d.o.MaxDepth {
		d.fatal(d.s.at, CodeDepth, d.path(len(d.stack)),
			fmt.Sprintf("dữ liệu lồng nhau sâu quá %d cấp: cần ít cấp hơn (giới hạn có thể đổi)", d.o.MaxDepth))
		return
	}
	f.start = d.s.at.off
	d.stack = append(d.stack, f)
}

// skip reads the value that starts with t without keeping it.
func (d *decoder) skip(t token) {
	d.value(t, reflect.Value{}, nil)
}

// value reads the value that starts with token t into target (of the type
// of ti); an invalid target skips the value. Objects and arrays are pushed and read
// by run's loop.
func (d *decoder) value(t token, target reflect.Value, ti *typeInfo) {
	at := d.s.at
	switch t.kind {
	case kBad, kEOF, kObjectClose, kArrayClose, kColon, kComma:
		d.syntax(t, d.path(len(d.stack)), "một giá trị JSON")
		return
	case kString:
		if t.bad != 0 {
			d.badString(t, at)
			target = reflect.Value{}
		} else if t.end-t.start-2 > d.o.MaxString {
			d.problemAt(at, CodeString, d.path(len(d.stack)),
				fmt.Sprintf("chuỗi dài %s byte, quá giới hạn %s byte (giới hạn có thể đổi)", groupDigits(int64(t.end-t.start-2)), groupDigits(int64(d.o.MaxString))))
			target = reflect.Value{}
		}
	}
	if !target.IsValid() {
		switch t.kind {
		case kObjectOpen:
			d.push(frame{object: true})
		case kArrayOpen:
			d.push(frame{})
		}
		return
	}
	if t.kind == kNull {
		return // null leaves the zero value; required fields are the validator's business
	}
	for ti.t.Kind() == reflect.Pointer && !ti.self {
		// A pointer already set is decoded into, as encoding/json does:
		// decoding over a filled value merges objects key by key.
		if target.IsNil() {
			target.Set(reflect.New(ti.elem.t))
		}
		target, ti = target.Elem(), ti.elem
	}
	if ti.self {
		d.custom(t, at, target, ti.t)
		return
	}
	d.plain(t, at, target, ti)
}

// plain reads a value of a type that does not decode itself.
func (d *decoder) plain(t token, at place, target reflect.Value, ti *typeInfo) {
	typ := ti.t
	want := func(kind byte, expected string) bool {
		if t.kind == kind || (kind == kTrue && t.kind == kFalse) {
			return true
		}
		d.typeProblem(t, at, expected)
		return false
	}
	switch typ.Kind() {
	case reflect.Struct:
		if want(kObjectOpen, "một đối tượng") {
			d.push(frame{object: true, target: target, plan: ti.plan, seen: newFieldSet(len(ti.plan.fields))})
		}
	case reflect.Map:
		if typ.Key().Kind() != reflect.String {
			d.problemAt(at, CodeType, d.path(len(d.stack)), fmt.Sprintf("kiểu Go %s không thuộc định dạng", typ))
			d.skip(t)
		} else if want(kObjectOpen, "một đối tượng") {
			target.Set(reflect.MakeMap(typ))
			d.push(frame{object: true, target: target, elem: ti.elem, keys: map[string]bool{}})
		}
	case reflect.Slice, reflect.Array:
		if want(kArrayOpen, "một mảng") {
			if typ.Kind() == reflect.Slice {
				target.Set(ti.empty)
			}
			d.push(frame{target: target, elem: ti.elem})
		}
	case reflect.String:
		if want(kString, "một chuỗi") {
			target.SetString(d.s.text(t))
		}
	case reflect.Bool:
		if want(kTrue, "true hoặc false") {
			target.SetBool(t.kind == kTrue)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		expected := "một số"
		if typ.Kind() != reflect.Float32 && typ.Kind() != reflect.Float64 {
			expected = "một số nguyên"
		}
		if want(kNumber, expected) {
			d.number(t, at, target, typ)
		}
	case reflect.Interface:
		if typ.NumMethod() > 0 {
			d.problemAt(at, CodeType, d.path(len(d.stack)), fmt.Sprintf("kiểu Go %s không thuộc định dạng", typ))
			d.skip(t)
			return
		}
		d.capture(t, func(raw []byte) {
			v := reflect.New(typ)
			if err := json.Unmarshal(raw, v.Interface()); err == nil {
				target.Set(v.Elem())
			}
		})
	default:
		d.problemAt(at, CodeType, d.path(len(d.stack)), fmt.Sprintf("kiểu Go %s không thuộc định dạng", typ))
		d.skip(t)
	}
}

// number sets a number of the input into a numeric target.
func (d *decoder) number(t token, at place, target reflect.Value, typ reflect.Type) {
	raw := d.s.data[t.start:t.end]
	// The literal and the path are made into strings only for a problem.
	problem := func(format string, args ...any) {
		d.problemAt(at, CodeNumber, d.path(len(d.stack)), fmt.Sprintf(format, append([]any{string(raw)}, args...)...))
	}
	switch typ.Kind() {
	case reflect.Float32, reflect.Float64:
		f, err := strconv.ParseFloat(string(raw), typ.Bits())
		if err != nil {
			problem("số %s vượt quá phạm vi của kiểu số")
			return
		}
		target.SetFloat(f)
		return
	}
	if bytes.ContainsAny(raw, ".eE") {
		problem("gặp số %s: cần một số nguyên, không có phần thập phân hay số mũ")
		return
	}
	switch typ.Kind() {
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(string(raw), 10, typ.Bits())
		if err != nil {
			problem("gặp số %s: cần một số nguyên từ 0 đến %s", groupDigitsU(uint64(1)<<typ.Bits()-1))
			return
		}
		target.SetUint(n)
	default:
		n, err := strconv.ParseInt(string(raw), 10, typ.Bits())
		if err != nil {
			hi := int64(1)<<(typ.Bits()-1) - 1
			problem("gặp số %s: cần một số nguyên từ %s đến %s", groupDigits(-hi-1), groupDigits(hi))
			return
		}
		target.SetInt(n)
	}
}

// custom reads a value of a type that decodes itself, as encoding/json
// does: by its UnmarshalJSON when it has one, else a string by its
// UnmarshalText.
func (d *decoder) custom(t token, at place, target reflect.Value, typ reflect.Type) {
	ptr := target.Addr().Interface()
	if ju, ok := ptr.(json.Unmarshaler); ok {
		if t.kind == kObjectOpen || t.kind == kArrayOpen {
			// The stack grows before the container is read: its path is
			// taken now.
			path := d.path(len(d.stack))
			d.capture(t, func(raw []byte) { d.customErr(ju.UnmarshalJSON(raw), t, at, path, typ) })
			return
		}
		if err := ju.UnmarshalJSON(d.s.data[t.start:t.end]); err != nil {
			d.customErr(err, t, at, d.path(len(d.stack)), typ)
		}
		return
	}
	if t.kind != kString {
		d.typeProblem(t, at, "một chuỗi")
		return
	}
	tu := ptr.(encoding.TextUnmarshaler)
	if err := tu.UnmarshalText(d.s.textBytes(t)); err != nil {
		d.customErr(err, t, at, d.path(len(d.stack)), typ)
	}
}

// capture calls fn with the bytes of the value that starts with t, once
// they are read.
func (d *decoder) capture(t token, fn func(raw []byte)) {
	switch t.kind {
	case kObjectOpen:
		d.push(frame{object: true, capture: fn})
	case kArrayOpen:
		d.push(frame{capture: fn})
	default:
		fn(d.s.data[t.start:t.end])
	}
}

// customErr records the error of a type's own decoder.
func (d *decoder) customErr(err error, t token, at place, path string, typ reflect.Type) {
	if err == nil {
		return
	}
	if ve, ok := err.(*ValueError); ok {
		d.problemAt(at, ve.Code, path, ve.Message)
		return
	}
	if e, ok := d.o.Expect[typ]; ok {
		d.problemAt(at, e.Code, path, "gặp "+d.describe(t)+": cần "+e.Expected)
		return
	}
	d.problemAt(at, CodeValue, path, "gặp "+d.describe(t)+": giá trị không hợp lệ cho kiểu "+typ.String())
}

// key returns the decoded key of token t, and the index of its field when
// the object is a struct's and the key, written without escapes, names one
// (-1 otherwise: field looks it up by its text). A key that is not text
// comes back with U+FFFD in place of what is not, for its path.
func (d *decoder) key(t token, at place) (string, int) {
	if t.bad != 0 {
		return strings.ToValidUTF8(d.s.text(t), "\uFFFD"), -1
	}
	if t.end-t.start-2 > d.o.MaxString {
		d.problemAt(at, CodeString, d.path(len(d.stack)-1),
			fmt.Sprintf("tên trường dài %s byte, quá giới hạn %s byte", groupDigits(int64(t.end-t.start-2)), groupDigits(int64(d.o.MaxString))))
		return "…", -1
	}
	if f := &d.stack[len(d.stack)-1]; f.plan != nil && !t.escaped {
		if i, ok := f.plan.index[string(d.s.data[t.start+1:t.end-1])]; ok {
			return f.plan.fields[i].Name, i // the same text, without a copy
		}
	}
	return d.s.text(t), -1
}

// field returns where the member with the current key of f goes, its type,
// and for a map the function that stores it once read; an invalid value when
// the member is skipped, after reporting why. index is the key's field, as
// key found it, or -1.
func (d *decoder) field(f *frame, at place, index int) (reflect.Value, *typeInfo, func()) {
	if !f.target.IsValid() {
		return reflect.Value{}, nil, nil
	}
	if f.plan == nil { // a map
		if f.keys[f.key] {
			d.problemAt(at, CodeDuplicateKey, d.path(len(d.stack)), fmt.Sprintf("khóa %q xuất hiện hai lần: mỗi khóa chỉ được ghi một lần", f.key))
			return reflect.Value{}, nil, nil
		}
		f.keys[f.key] = true
		// Maps hold no addressable values: the element is read into a
		// value of its own, then stored.
		v := reflect.New(f.elem.t).Elem()
		k := reflect.ValueOf(f.key).Convert(f.target.Type().Key())
		target := f.target
		return v, f.elem, func() { target.SetMapIndex(k, v) }
	}
	i, ok := index, index >= 0
	if !ok {
		i, ok = f.plan.index[f.key]
	}
	if !ok {
		if d.stop {
			return reflect.Value{}, nil, nil // past MaxProblems: no message to build
		}
		path := d.path(len(d.stack))
		if name, ok := f.plan.caseOf(f.key); ok {
			d.problemAt(at, CodeKeyCase, path, fmt.Sprintf("khóa %q phải viết đúng chữ thường, chữ hoa là %q", f.key, name))
		} else {
			d.problemAt(at, CodeUnknownField, path, fmt.Sprintf("trường %q không có trong định dạng: cần một trong các trường %s", f.key, f.plan.names()))
		}
		return reflect.Value{}, nil, nil
	}
	if f.seen.add(i) {
		d.problemAt(at, CodeDuplicateKey, d.path(len(d.stack)), fmt.Sprintf("khóa %q xuất hiện hai lần: mỗi trường chỉ được ghi một lần", f.key))
		return reflect.Value{}, nil, nil
	}
	return fieldByIndex(f.target, f.plan.fields[i].Index), f.plan.infos[i], nil
}

// fieldByIndex returns the field of struct v at index, allocating embedded
// pointers on the way.
func fieldByIndex(v reflect.Value, index []int) reflect.Value {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// path returns the JSON path of the value being read at stack depth n: the
// current member or element of frame n-1 (the whole document for 0).
func (d *decoder) path(n int) string {
	var b strings.Builder
	for i := range n {
		f := &d.stack[i]
		if f.n == 0 {
			break // nothing read yet: the path of the container itself
		}
		if f.object {
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(f.key)
		} else {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(f.n - 1))
			b.WriteByte(']')
		}
	}
	return b.String()
}

// describe names the value that starts with t for a message.
func (d *decoder) describe(t token) string {
	switch t.kind {
	case kObjectOpen:
		return "một đối tượng"
	case kArrayOpen:
		return "một mảng"
	case kString:
		s := d.s.text(t)
		if r := []rune(s); len(r) > 40 {
			s = string(r[:40]) + "…"
		}
		return "chuỗi " + strconv.Quote(s)
	case kNumber:
		return "số " + string(d.s.data[t.start:t.end])
	case kTrue:
		return "true"
	case kFalse:
		return "false"
	}
	return "null"
}

// typeProblem reports a value of the wrong JSON type and skips it.
func (d *decoder) typeProblem(t token, at place, expected string) {
	d.problemAt(at, CodeType, d.path(len(d.stack)), "gặp "+d.describe(t)+": cần "+expected)
	d.skip(t)
}

// badString reports a string that is not text.
func (d *decoder) badString(t token, at place) {
	path := d.path(len(d.stack))
	if t.bad == badSurrogate {
		d.problemAt(at, CodeSurrogate, path, "chuỗi chứa một nửa cặp thay thế UTF-16 (\\uD800–\\uDFFF) đứng riêng: cần một ký tự hoàn chỉnh")
		return
	}
	d.problemAt(at, CodeUTF8, path, "chuỗi chứa byte không phải UTF-8: cần lưu tệp theo bảng mã UTF-8")
}

// syntax reports that t is not what JSON allows here, and stops.
func (d *decoder) syntax(t token, path, expected string) {
	at := d.s.at
	switch {
	case t.kind == kBad && d.s.truncated, t.kind == kEOF:
		d.fatal(at, CodeTruncated, path, "dữ liệu JSON kết thúc giữa chừng: cần "+expected)
	case t.kind == kBad:
		d.fatal(at, CodeSyntax, path, "JSON không hợp lệ: "+d.s.syntax)
	default:
		d.fatal(at, CodeSyntax, path, "JSON không hợp lệ: gặp "+describeByte(d.s.data, t.start)+", cần "+expected)
	}
}

// fatal records a problem after which the input cannot be read further.
func (d *decoder) fatal(at place, code, path, msg string) {
	d.problemAt(at, code, path, msg)
	d.stop = true
}

// problemAt records a problem at a place, until MaxProblems.
func (d *decoder) problemAt(at place, code, path, msg string) {
	if d.stop {
		return
	}
	if len(d.problems) >= d.o.MaxProblems {
		d.problems = append(d.problems, Problem{Code: CodeTooMany,
			Message: fmt.Sprintf("có hơn %d lỗi; các lỗi sau không được liệt kê", d.o.MaxProblems)})
		d.stop = true
		return
	}
	d.problems = append(d.problems, Problem{Code: code, Path: path, Line: at.line, Column: d.s.column(at), Message: msg})
}

// groupDigits writes n with dots between groups of three digits, as
// Vietnamese does: 16.777.216.
func groupDigits(n int64) string {
	if n < 0 {
		return "-" + groupDigitsU(uint64(-(n+1))+1)
	}
	return groupDigitsU(uint64(n))
}

func groupDigitsU(n uint64) string {
	s := strconv.FormatUint(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// fieldSet is the set of the fields of a struct read so far, by index: bits
// for the first 64, a slice for the others.
type fieldSet struct {
	bits uint64
	more []bool
}

func newFieldSet(n int) fieldSet {
	if n <= 64 {
		return fieldSet{}
	}
	return fieldSet{more: make([]bool, n-64)}
}

// add adds field i and reports whether it was there already.
func (s *fieldSet) add(i int) bool {
	if i >= 64 {
		was := s.more[i-64]
		s.more[i-64] = true
		return was
	}
	was := s.bits&(1<<i) != 0
	s.bits |= 1 << i
	return was
}
