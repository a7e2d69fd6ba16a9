package finding

import (
	"slices"
	"strings"
)

// FoldIntoFields returns l with one finding per mistake where a field rule is
// broken. A value that breaks its field rule (a negative count, an unknown
// kind: a finding of Fields, code "field.…") throws off every check that
// compares it: a sum that no longer adds up, a bound it now passes. Those
// findings name the same field as their Path or among their Related, or,
// for a count out of its bounds (field.gte, field.lte …), hold it: their
// Path is a part of the report the count is in ("results.finance.autonomy"
// for "results.finance.autonomy.partial"). They are the one mistake seen
// from elsewhere, so they are left out, and their paths are added to the
// field finding's Related: the places where the mistake also shows. Two
// findings of field rules are never folded together.
// The order of the findings is kept; l is not changed.
func (l List) FoldIntoFields() List {
	fields := map[string]int{}
	for i, f := range l {
		if isFieldCode(f.Code) {
			if _, seen := fields[f.Path]; !seen {
				fields[f.Path] = i
			}
		}
	}
	if len(fields) == 0 {
		return l
	}
	out := slices.Clone(l)
	drop := make([]bool, len(l))
	for i, f := range l {
		if isFieldCode(f.Code) {
			continue
		}
		if at, ok := cause(f, fields, l); ok {
			drop[i] = true
			out[at] = out[at].relate(f)
		}
	}
	kept := out[:0]
	for i, f := range out {
		if !drop[i] {
			kept = append(kept, f)
		}
	}
	return kept
}

// isFieldCode reports whether c is the code of a field rule (FieldCode).
func isFieldCode(c Code) bool { return strings.HasPrefix(string(c), "field.") }

// cause returns the index in l of the field finding whose path f names, as
// its own path first, then among its related paths, then the first count
// out of bounds within f's path.
func cause(f Finding, fields map[string]int, l List) (int, bool) {
	if at, ok := fields[f.Path]; ok {
		return at, true
	}
	for _, p := range f.Related {
		if at, ok := fields[p]; ok {
			return at, true
		}
	}
	for i, g := range l {
		if bounds[g.Code] && f.Path != "" && within(g.Path, f.Path) {
			return i, true
		}
	}
	return 0, false
}

// bounds are the codes of the field rules that bound a count.
var bounds = map[Code]bool{
	FieldCode("gte"): true, FieldCode("lte"): true, FieldCode("gt"): true,
	FieldCode("lt"): true, FieldCode("min"): true, FieldCode("max"): true,
}

// within reports whether path is below prefix: "a.b.c" and "a.b[2]" are
// below "a.b".
func within(path, prefix string) bool {
	rest, ok := strings.CutPrefix(path, prefix)
	return ok && rest != "" && (rest[0] == '.' || rest[0] == '[')
}

// relate returns f with g's path among its related paths, once.
func (f Finding) relate(g Finding) Finding {
	if g.Path == f.Path || g.Path == "" || slices.Contains(f.Related, g.Path) {
		return f
	}
	f.Related = append(slices.Clip(f.Related), g.Path)
	return f
}
