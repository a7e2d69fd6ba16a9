package reform

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/internal/strictjson"
)

// DecodeError is the error Decode returns for input that is not a report in
// the interchange format: every problem found, each with its code, JSON path,
// line and column.
type DecodeError struct {
	// Problems are the problems in document order.
	Problems []Problem
}

// Problem is one reason the input is not a report (lỗi đọc dữ liệu).
type Problem struct {
	// Code is the stable English code of the problem, e.g.
	// "decode.unknown_field"; callers and tests match codes, never
	// messages. The codes are the Problem* constants.
	Code string `json:"code"`
	// Path is the JSON path of the value at fault ("" for the whole input),
	// e.g. "results.procedures.dossiers.received".
	Path string `json:"path"`
	// Line and Column are where the value at fault starts, from 1; Column
	// counts characters (Unicode code points), as editors do. Both are 0
	// when the problem has no place (e.g. the input is too large).
	Line   int `json:"line,omitempty"`
	Column int `json:"column,omitempty"`
	// Message says in Vietnamese what was found and what was expected.
	Message string `json:"message"`
}

// The codes of decode problems.
const (
	// ProblemSyntax: the input is not JSON.
	ProblemSyntax = strictjson.CodeSyntax
	// ProblemTruncated: the JSON ends before its value does.
	ProblemTruncated = strictjson.CodeTruncated
	// ProblemTrailing: more data follows the JSON value.
	ProblemTrailing = strictjson.CodeTrailing
	// ProblemSize: the input is larger than DecodeOptions.MaxBytes.
	ProblemSize = strictjson.CodeSize
	// ProblemDepth: objects and arrays nest deeper than DecodeOptions.MaxDepth.
	ProblemDepth = strictjson.CodeDepth
	// ProblemStringLength: a string is longer than DecodeOptions.MaxStringBytes.
	ProblemStringLength = strictjson.CodeString
	// ProblemArrayLength: an array has more elements than DecodeOptions.MaxArrayLen.
	ProblemArrayLength = strictjson.CodeArray
	// ProblemTooMany: more than DecodeOptions.MaxProblems problems; the rest are not listed.
	ProblemTooMany = strictjson.CodeTooMany
	// ProblemUnknownField: a key that is no field of the object.
	ProblemUnknownField = strictjson.CodeUnknownField
	// ProblemKeyCase: a key that names a field only when case is ignored.
	ProblemKeyCase = strictjson.CodeKeyCase
	// ProblemDuplicateKey: a key that appears twice in one object.
	ProblemDuplicateKey = strictjson.CodeDuplicateKey
	// ProblemType: a value of the wrong JSON type (a string for a number …).
	ProblemType = strictjson.CodeType
	// ProblemNumber: a number that is not a whole number, or out of range.
	ProblemNumber = strictjson.CodeNumber
	// ProblemDateFormat: a date not written YYYY-MM-DD.
	ProblemDateFormat = "decode.date.format"
	// ProblemDateInvalid: a date written YYYY-MM-DD that does not exist (2024-02-30).
	ProblemDateInvalid = "decode.date.invalid"
	// ProblemDecimal: an amount or decimal that is not a decimal string.
	ProblemDecimal = "decode.decimal"
	// ProblemValue: a value its type refuses (e.g. an unknown severity).
	ProblemValue = strictjson.CodeValue
	// ProblemUTF8: a string with bytes that are not UTF-8.
	ProblemUTF8 = strictjson.CodeUTF8
	// ProblemSurrogate: a string with a lone UTF-16 surrogate escape (\ud800).
	ProblemSurrogate = strictjson.CodeSurrogate
	// ProblemVersion: a schema_version this package does not read.
	ProblemVersion = "decode.schema_version"
)

// CodeSchemaVersionOld: the report was read from an older version of the
// interchange format (OldSchemaVersions), converted on the way in.
const CodeSchemaVersionOld finding.Code = "decode.schema_version.old"

// ruleSchemaVersionOld is the rule of CodeSchemaVersionOld: built once,
// never changed.
var ruleSchemaVersionOld = finding.Rule{Code: CodeSchemaVersionOld, Severity: finding.Info,
	Summary: "Báo cáo viết theo phiên bản cũ của định dạng trao đổi; phần mềm đã đọc và chuyển sang phiên bản hiện hành.",
	Doc: "Decode read a document of an older schema_version (or, without one, with the free text of version 1) and converted " +
		"it to the current version: the report is checked and rendered as written. Encode writes it in the current version; " +
		"a later release may stop reading the old one."}

// schemaVersionRules documents the code of checkSchemaVersion.
func schemaVersionRules() finding.Catalogue { return finding.Catalogue{ruleSchemaVersionOld} }

// checkSchemaVersion notes a report read from an older version of the
// interchange format, and says what to do.
func (r *Report) checkSchemaVersion() finding.List {
	if !slices.Contains(OldSchemaVersions(), r.SchemaVersion) {
		return nil
	}
	return finding.List{ruleSchemaVersionOld.At("schema_version", fmt.Sprintf("Báo cáo viết theo phiên bản %s của định dạng trao đổi: nội dung tường thuật của các mục I.4, II.2, II.3, II.4 và II.6 theo cách ghi cũ. Phần mềm vẫn đọc được và đã chuyển sang phiên bản %s; hãy lưu lại báo cáo theo phiên bản %s (xuất lại tệp JSON), vì các phiên bản phần mềm sau có thể không đọc cách ghi cũ nữa.",
		r.SchemaVersion, SchemaVersion, SchemaVersion)).
		WithValues(finding.Value{Name: "version", Value: r.SchemaVersion}, finding.Value{Name: "current", Value: SchemaVersion})}
}

// SchemaVersion is the version of the interchange format this package
// writes, and reads with every older one (OldSchemaVersions).
//
// Version 2 gave free text one shape everywhere, section.Text (a list of
// entries {"paragraph"}, {"bullets"}, {"letters"}); version 1 wrote the
// narrative of II.2 as a list of narratives with a "bullet" flag and that
// of I.4, II.4 and II.6 as lists of narratives. Version 2 also writes II.5's
// autonomy groups in the shape of II.3's (section.Autonomy); their shape of
// before ("self_all", "self_recurrent", a group left out being 0) is read
// whatever the version says, since no key of the current shape is one of
// them.
const SchemaVersion = "2"

// OldSchemaVersions returns the older versions of the interchange format
// Decode still reads, converting them to the current one: "1". Validate
// notes a report read from one (decode.schema_version.old); Encode writes
// it in the current version.
func OldSchemaVersions() []string { return []string{"1"} }

// DecodeOptions are the limits of Decode. A zero field takes its default; a
// value beyond a limit is a problem naming the limit and the JSON path, found
// in time and memory bounded by the limits, whatever the input.
type DecodeOptions struct {
	// MaxBytes is the largest input, in bytes (default 16 MiB).
	MaxBytes int64
	// MaxDepth is the deepest nesting of objects and arrays (default 64;
	// the reference report nests 9 deep).
	MaxDepth int
	// MaxStringBytes is the longest string, in bytes as written in the
	// input, escapes included (default 1 MiB).
	MaxStringBytes int
	// MaxArrayLen is the largest number of elements of one array
	// (default 100.000).
	MaxArrayLen int
	// MaxProblems is the largest number of problems listed (default 100);
	// decoding stops after it.
	MaxProblems int
}

// The default limits of DecodeOptions.
const (
	DefaultMaxBytes       = 16 << 20
	DefaultMaxDepth       = 64
	DefaultMaxStringBytes = 1 << 20
	DefaultMaxArrayLen    = 100_000
	DefaultMaxProblems    = 100
)

// Error writes one problem per line: path, place, message and code.
func (e *DecodeError) Error() string {
	var b bytes.Buffer
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// String writes the problem on one line, e.g. "header.date (dòng 5, cột 13):
// ngày 2024-02-30 không có thật … [decode.date.invalid]".
func (p Problem) String() string {
	var b strings.Builder
	if p.Path != "" {
		b.WriteString(p.Path)
	}
	if p.Line > 0 {
		if p.Path != "" {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "(dòng %d, cột %d)", p.Line, p.Column)
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	b.WriteString(p.Message)
	if p.Code != "" {
		b.WriteString(" [" + p.Code + "]")
	}
	return b.String()
}

// Decode reads a report in the JSON interchange format strictly, with the
// default limits: DecodeOptions{}.Decode.
func Decode(data []byte) (*Report, error) { return DecodeOptions{}.Decode(data) }

// DecodeFrom reads a report from rd with the default limits:
// DecodeOptions{}.DecodeFrom.
func DecodeFrom(rd io.Reader) (*Report, error) { return DecodeOptions{}.DecodeFrom(rd) }

// Decode reads a report in the JSON interchange format strictly: an unknown
// field, a key in another case, a duplicate key, a value of the wrong type
// (a string for a number, a fraction for a count, a date not written
// YYYY-MM-DD, an amount that is not a decimal string), bytes that are not
// UTF-8 and input beyond a limit of o are problems, each with its code, JSON
// path, line and column and a Vietnamese message, every one at once (up to
// MaxProblems). The input is read once, without recursion: its nesting
// costs no stack. A UTF-8 byte order mark at the start is skipped.
//
// Values of the right type that break a field rule (a negative count, an
// empty required field) decode: Validate reports them as findings with the
// same paths, so that a report with slips can still be rendered as written.
//
// Decode holds no state between calls and is safe for concurrent use.
func (o DecodeOptions) Decode(data []byte) (*Report, error) {
	var r Report
	if err := o.DecodeOver(&r, data); err != nil {
		return nil, err
	}
	return &r, nil
}

// DecodeOver decodes data over r, as Decode does: the fields the input gives
// replace r's, objects merge key by key (a part r already has is decoded
// into), arrays and other values replace. "cchc aggregate" lays a roll-up's
// frame (its header, period, closing and own sections) over the sum of the
// units this way. On a *DecodeError r may be partly changed.
//
// A document of an older version (OldSchemaVersions), or one without
// schema_version whose free text has the shapes of version 1, is read in
// the current version: its free text is converted before decoding, on the
// lines where it is written, so that the line of every problem is the
// document's. Such a report keeps the older version in SchemaVersion
// (Validate notes it, decode.schema_version.old), which Encode replaces with
// the current one. Another version is a problem. II.5's autonomy groups
// written in their shape before they took II.3's ("self_all",
// "self_recurrent", a group left out being 0) are read in the current
// shape whatever the version (upgradeAutonomy).
func (o DecodeOptions) DecodeOver(r *Report, data []byte) error {
	var legacy bool
	if int64(len(data)) <= o.strict().MaxBytes {
		if !currentVersion(data) {
			data, legacy = upgrade(data)
		}
		// II.5's autonomy groups of before are read whatever the version.
		data, _ = upgradeAutonomy(data, legacy)
	}
	err := strictjson.Decode(data, r, o.strict())
	var out DecodeError
	switch v := r.SchemaVersion; {
	case v == "" && legacy:
		r.SchemaVersion = OldSchemaVersions()[0]
	case v != "" && v != SchemaVersion && !slices.Contains(OldSchemaVersions(), v):
		// Another version first: it likely explains the other problems.
		out.Problems = append(out.Problems, Problem{Code: ProblemVersion, Path: "schema_version",
			Message: fmt.Sprintf("báo cáo viết theo phiên bản %q của định dạng trao đổi, còn phần mềm này đọc các phiên bản %s: hãy chuyển báo cáo sang phiên bản %q hoặc dùng phiên bản phần mềm đọc được phiên bản %q",
				v, readable(), SchemaVersion, v)})
	}
	if err := out.add(err); err != nil {
		return err
	}
	out.Problems = withoutOldAutonomy(withoutOldShapes(out.Problems))
	if len(out.Problems) > 0 {
		return &out
	}
	return nil
}

// currentVersion reports whether data is a JSON object whose schema_version
// is SchemaVersion, written plainly ("schema_version": "2"): upgrade leaves
// such a document as it is, so Decode spares the pass over the whole input
// that upgrade begins with. The object's members are skipped by their bytes
// up to the first "schema_version"; Encode writes it first. On an escaped
// key before it, or a version written otherwise, it says false and upgrade
// reads the document; on input that is not JSON its answer does not matter,
// since upgrade leaves that as it is too.
func currentVersion(data []byte) bool {
	i := skipSpace(data, len(data)-len(bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))))
	if i >= len(data) || data[i] != '{' {
		return false
	}
	for i = skipSpace(data, i+1); i < len(data) && data[i] == '"'; {
		key := data[i:stringEnd(data, i)]
		v := skipSpace(data, i+len(key))
		if bytes.IndexByte(key, '\\') >= 0 || v >= len(data) || data[v] != ':' {
			return false
		}
		if v = skipSpace(data, v+1); v >= len(data) {
			return false
		}
		if string(key) == `"schema_version"` {
			return bytes.HasPrefix(data[v:], []byte(`"`+SchemaVersion+`"`))
		}
		if i = skipSpace(data, valueEnd(data, v)); i < len(data) && data[i] == ',' {
			i = skipSpace(data, i+1)
		}
	}
	return false
}

// readable lists the versions Decode reads, for a message: "1" và "2".
func readable() string {
	var q []string
	for _, v := range append(OldSchemaVersions(), SchemaVersion) {
		q = append(q, strconv.Quote(v))
	}
	return strings.Join(q[:len(q)-1], ", ") + " và " + q[len(q)-1]
}

// add appends the problems of a strictjson error; another error is
// returned as it is.
func (e *DecodeError) add(err error) error {
	var se *strictjson.Error
	switch {
	case errors.As(err, &se):
		for _, p := range se.Problems {
			e.Problems = append(e.Problems, Problem{Code: p.Code, Path: p.Path, Line: p.Line, Column: p.Column, Message: p.Message})
		}
	case err != nil:
		return err
	}
	return nil
}

// DecodeFrom reads rd, at most MaxBytes of it (an input beyond is a
// ProblemSize problem, found without reading the rest), and decodes it.
func (o DecodeOptions) DecodeFrom(rd io.Reader) (*Report, error) {
	limit := o.strict().MaxBytes
	if limit < math.MaxInt64 {
		limit++ // one byte more tells an input at the limit from one beyond
	}
	data, err := io.ReadAll(io.LimitReader(rd, limit))
	if err != nil {
		return nil, fmt.Errorf("reform: reading the report: %w", err)
	}
	return o.Decode(data)
}

// expectations describe the types of other packages that decode themselves,
// for the problems of the values they refuse. Built once, never changed.
var expectations = map[reflect.Type]strictjson.Expectation{
	reflect.TypeFor[decimal.Decimal]():     {Code: ProblemDecimal, Expected: "một số thập phân, như 53.5 hoặc \"53.5\""},
	reflect.TypeFor[decimal.NullDecimal](): {Code: ProblemDecimal, Expected: "một số thập phân, như 53.5 hoặc \"53.5\", hoặc null"},
	reflect.TypeFor[finding.Severity]():    {Code: ProblemValue, Expected: "một mức độ: \"info\", \"warning\" hoặc \"error\""},
}

// strict returns the options of the strict decoder, defaults filled in.
func (o DecodeOptions) strict() strictjson.Options {
	pick := func(v, def int) int {
		if v > 0 {
			return v
		}
		return def
	}
	max := o.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	return strictjson.Options{
		MaxBytes:    max,
		MaxDepth:    pick(o.MaxDepth, DefaultMaxDepth),
		MaxString:   pick(o.MaxStringBytes, DefaultMaxStringBytes),
		MaxArray:    pick(o.MaxArrayLen, DefaultMaxArrayLen),
		MaxProblems: pick(o.MaxProblems, DefaultMaxProblems),
		Expect:      expectations,
	}
}

// Encode writes the report in the interchange format, indented, with a
// final newline and the current schema_version; Decode reads it back to an
// equal report.
//
// Characters HTML treats specially ("&", "<", ">") are written as they are,
// not as \u0026 escapes: "SNV-CCHC&XDCQ" stays readable.
func (r *Report) Encode() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	out := *r
	out.SchemaVersion = SchemaVersion
	if err := enc.Encode(&out); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// SchemaID is the $id of the interchange format's JSON Schema.
const SchemaID = "https://github.com/cchc-go/cchc/reform/report.schema.json"

// Schema returns the JSON Schema (draft 2020-12) of the interchange format,
// generated from the types. The committed copy is reform/report.schema.json.
func Schema() ([]byte, error) {
	decimalString := map[string]any{"type": "string", "pattern": `^-?[0-9]+(\.[0-9]+)?$`}
	const module = "github.com/cchc-go/cchc"
	docs := make(map[string]string, len(schemaDocs))
	for k, v := range schemaDocs {
		docs[module+k] = v
	}
	values := make(map[string][][2]string, len(schemaValues))
	for k, v := range schemaValues {
		values[module+k] = v
	}
	return strictjson.Schema(reflect.TypeFor[Report](), strictjson.SchemaOptions{
		Docs:        docs,
		Values:      values,
		ID:          SchemaID,
		Title:       "Báo cáo công tác cải cách hành chính (CCHC)",
		Description: "A periodic administrative-reform report of one unit, in the interchange format of github.com/cchc-go/cchc: snake_case keys, dates as YYYY-MM-DD, money as decimal strings.",
		Formats: map[string]map[string]any{
			"github.com/cchc-go/cchc/reform.Date":       {"type": "string", "format": "date"},
			"github.com/cchc-go/cchc/reform.Money":      decimalString,
			"github.com/shopspring/decimal.Decimal":     {"anyOf": []any{decimalString, map[string]any{"type": "number"}}},
			"github.com/shopspring/decimal.NullDecimal": {"anyOf": []any{decimalString, map[string]any{"type": "number"}, map[string]any{"type": "null"}}},
			"time.Time": {"type": "string", "format": "date-time"},
			"github.com/cchc-go/cchc/reform/finding.Severity": {"type": "string", "enum": []any{"info", "warning", "error"}},
		},
	})
}

// DecodeProblems documents the codes of decode problems, the Problem*
// constants: what Decode finds in input that is not a report. They are not
// findings (a report that does not decode has none), but are listed like
// them, at severity error, with a Vietnamese summary.
func DecodeProblems() finding.Catalogue {
	r := func(code, summary, doc string) finding.Rule {
		return finding.Rule{Code: finding.Code(code), Severity: finding.Error, Summary: summary, Doc: doc}
	}
	return finding.Catalogue{
		r(ProblemSyntax, "Dữ liệu không phải JSON hợp lệ (dấu câu, chữ, số hoặc chuỗi viết sai).", "RFC 8259 syntax; decoding stops at the first one."),
		r(ProblemTruncated, "Dữ liệu JSON kết thúc giữa chừng.", "The input ends inside a value; decoding stops."),
		r(ProblemTrailing, "Còn dữ liệu sau giá trị JSON: mỗi tệp chỉ chứa một báo cáo.", "More than one JSON value in the input."),
		r(ProblemSize, "Dữ liệu lớn hơn giới hạn cho phép.", "DecodeOptions.MaxBytes (16 MiB by default); nothing is decoded."),
		r(ProblemDepth, "Dữ liệu lồng nhau sâu quá giới hạn.", "DecodeOptions.MaxDepth (64 by default); decoding stops."),
		r(ProblemStringLength, "Một chuỗi dài quá giới hạn.", "DecodeOptions.MaxStringBytes (1 MiB by default, as written)."),
		r(ProblemArrayLength, "Một mảng có nhiều phần tử quá giới hạn.", "DecodeOptions.MaxArrayLen (100.000 by default); the rest is skipped."),
		r(ProblemTooMany, "Có quá nhiều lỗi; các lỗi sau không được liệt kê.", "DecodeOptions.MaxProblems (100 by default); decoding stops."),
		r(ProblemUnknownField, "Trường không có trong định dạng.", "Strictness: encoding/json would drop it silently."),
		r(ProblemKeyCase, "Tên trường viết sai chữ hoa, chữ thường.", "encoding/json would match it case-insensitively."),
		r(ProblemDuplicateKey, "Một trường được ghi hai lần trong cùng đối tượng.", "encoding/json would keep the last silently."),
		r(ProblemType, "Giá trị sai kiểu (chuỗi thay cho số, số thay cho chuỗi …).", "The JSON type does not match the field's."),
		r(ProblemNumber, "Số không phải số nguyên hoặc vượt phạm vi.", "A fraction or exponent for a count, or beyond int64."),
		r(ProblemDateFormat, "Ngày không viết theo dạng YYYY-MM-DD.", "Dates travel as YYYY-MM-DD."),
		r(ProblemDateInvalid, "Ngày viết đúng dạng nhưng không có thật (như 2024-02-30).", "The day does not exist in the Gregorian calendar."),
		r(ProblemDecimal, "Số tiền hoặc số thập phân viết sai.", "Money is a decimal string matching ^-?[0-9]+(\\.[0-9]+)?$."),
		r(ProblemValue, "Giá trị không thuộc các giá trị cho phép của kiểu.", "A type that decodes itself refused the value."),
		r(ProblemUTF8, "Chuỗi chứa byte không phải UTF-8.", "The interchange format is UTF-8; nothing is replaced silently."),
		r(ProblemSurrogate, "Chuỗi chứa nửa cặp thay thế UTF-16 đứng riêng.", "A \\uD800–\\uDFFF escape without its pair."),
		r(ProblemVersion, "Báo cáo viết theo một phiên bản định dạng trao đổi khác.", "schema_version is neither empty, nor SchemaVersion, nor one of OldSchemaVersions."),
	}
}
