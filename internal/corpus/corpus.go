// Package corpus builds the bad-input corpus of the tests: reports made from
// the examples by one defect each, with the outcome each must have.
//
// A case names a base report (a file of examples/testdata) and the edits that
// make its defect: set or delete a value at a JSON path, append to an array,
// replace bytes of the file, or put bytes before it. Values that would be too
// large to commit (a string of megabytes, nesting thousands deep) are
// generated when the case is built. The outcome is one of three: the input is
// not a report (decode problems, by code and path, in order); it is a report
// with findings (by code, path and severity, each of which must be among the
// report's findings); or it is a report that must render, where a marker
// text written into it must come out escaped.
//
// The package serves the library's tests (examples) and the command line's
// (cmd/cchc), so that both walk the same cases. It imports nothing of the
// module.
package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Case is one input of the corpus.
type Case struct {
	// Name says what the defect is.
	Name string `json:"name"`
	// Base is the file of examples/testdata the case starts from.
	Base string `json:"base"`
	// Edits make the defect, in order.
	Edits []Edit `json:"edits"`
	// Want is the outcome.
	Want Want `json:"want"`
}

// Edit is one change to a base report.
type Edit struct {
	// Op is "set", "delete", "append", "replace" (bytes of the file),
	// "prefix" and "suffix" (bytes before or after the file) or "cut" (the
	// file up to the first occurrence of Old).
	Op string `json:"op"`
	// Path is the JSON path of the value, as problems and findings write
	// it: "results.procedures.dossiers.online", "closing.recipients[0]".
	// Objects on the way are made when missing.
	Path string `json:"path,omitempty"`
	// Value is the JSON value to set or append.
	Value json.RawMessage `json:"value,omitempty"`
	// Repeat, with set or append, makes Value a generated value: a string
	// of Value's string repeated Repeat times; with Nest, Value nested
	// Repeat times inside Nest (whose "%v" marks where the inner value
	// goes); with Elements, an array of Repeat copies of Value.
	Repeat   int    `json:"repeat,omitempty"`
	Nest     string `json:"nest,omitempty"`
	Elements bool   `json:"elements,omitempty"`
	// Old and New are the bytes a replace changes (the first occurrence);
	// New alone is what prefix puts before the file. Go escapes (\xff)
	// are allowed in both, for bytes that are not UTF-8.
	Old string `json:"old,omitempty"`
	New string `json:"new,omitempty"`
}

// Want is the outcome of a case.
type Want struct {
	// Decode are the decode problems, in order: the input is not a report.
	Decode []Expect `json:"decode,omitempty"`
	// More says the problems may go on after Decode's.
	More bool `json:"more,omitempty"`
	// Findings must each be among the report's findings.
	Findings []Expect `json:"findings,omitempty"`
	// Clean says the report has no error-level finding.
	Clean bool `json:"clean,omitempty"`
	// Refused says Document refuses the report; Findings then name why.
	Refused bool `json:"refused,omitempty"`
	// Markup is markup written into the report's text that must never
	// come out raw in HTML or Markdown.
	Markup string `json:"markup,omitempty"`
	// MarkdownMarkup is Markdown syntax written into the report's text
	// that must never come out raw in Markdown.
	MarkdownMarkup string `json:"markdown_markup,omitempty"`
	// Text must appear in the HTML, Markdown and plain-text renders (e.g.
	// the NFC form of text written in NFD).
	Text string `json:"text,omitempty"`
}

// Expect is an expected problem or finding.
type Expect struct {
	// Code is the problem's or finding's code.
	Code string `json:"code"`
	// Path is its JSON path; a path ending in "…" matches every path that
	// starts with the rest.
	Path string `json:"path"`
	// Severity is a finding's: "error", "warning" or "info".
	Severity string `json:"severity,omitempty"`
}

// Matches reports whether a problem or finding with this code and path is
// the one expected.
func (x Expect) Matches(code, path string) bool {
	if code != x.Code {
		return false
	}
	if prefix, ok := strings.CutSuffix(x.Path, "…"); ok {
		return strings.HasPrefix(path, prefix)
	}
	return path == x.Path
}

// Load reads the cases of the corpus file at path.
func Load(path string) ([]Case, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var cases []Case
	if err := dec.Decode(&cases); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	seen := map[string]bool{}
	for _, c := range cases {
		if seen[c.Name] {
			return nil, fmt.Errorf("%s: two cases are called %q", path, c.Name)
		}
		seen[c.Name] = true
	}
	return cases, nil
}

// Build returns the bytes of the case: its base from dir with its edits.
func (c Case) Build(dir string) ([]byte, error) {
	data, err := os.ReadFile(filepath.Join(dir, c.Base))
	if err != nil {
		return nil, err
	}
	for i, e := range c.Edits {
		if data, err = e.apply(data); err != nil {
			return nil, fmt.Errorf("case %q, edit %d: %w", c.Name, i, err)
		}
	}
	return data, nil
}

func (e Edit) apply(data []byte) ([]byte, error) {
	switch e.Op {
	case "replace":
		old, err := unescape(e.Old)
		if err != nil {
			return nil, err
		}
		nw, err := unescape(e.New)
		if err != nil {
			return nil, err
		}
		if !bytes.Contains(data, old) {
			return nil, fmt.Errorf("replace: %q is not in the file", e.Old)
		}
		return bytes.Replace(data, old, nw, 1), nil
	case "prefix", "suffix":
		nw, err := unescape(e.New)
		if err != nil {
			return nil, err
		}
		if e.Op == "suffix" {
			return append(data, nw...), nil
		}
		return append(nw, data...), nil
	case "cut":
		i := bytes.Index(data, []byte(e.Old))
		if i < 0 {
			return nil, fmt.Errorf("cut: %q is not in the file", e.Old)
		}
		return data[:i], nil
	case "set", "delete", "append":
		return e.edit(data)
	}
	return nil, fmt.Errorf("unknown op %q", e.Op)
}

// unescape reads Go escapes (\xff, \u00e9, \n) in s.
func unescape(s string) ([]byte, error) {
	if !strings.Contains(s, `\`) {
		return []byte(s), nil
	}
	u, err := strconv.Unquote(`"` + strings.ReplaceAll(s, `"`, `\"`) + `"`)
	if err != nil {
		return nil, fmt.Errorf("bad escape in %q: %w", s, err)
	}
	return []byte(u), nil
}

// edit applies a set, delete or append to the JSON of data.
func (e Edit) edit(data []byte) ([]byte, error) {
	root, err := parse(data)
	if err != nil {
		return nil, err
	}
	steps, err := splitPath(e.Path)
	if err != nil {
		return nil, err
	}
	var value *node
	switch {
	case e.Op == "delete":
	case e.Repeat > 0:
		// Generated values are written as they are, never parsed back.
		raw, err := e.generated()
		if err != nil {
			return nil, err
		}
		value = &node{raw: raw}
	default:
		if value, err = parse(e.Value); err != nil {
			return nil, fmt.Errorf("value: %w", err)
		}
	}
	if err := root.change(steps, e.Op, value); err != nil {
		return nil, fmt.Errorf("%s: %w", e.Path, err)
	}
	var b bytes.Buffer
	root.write(&b, "")
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// generated returns the value of the edit, generating it when Repeat says so.
func (e Edit) generated() ([]byte, error) {
	if e.Elements {
		var b bytes.Buffer
		b.WriteByte('[')
		for i := range e.Repeat {
			if i > 0 {
				b.WriteByte(',')
			}
			b.Write(e.Value)
		}
		b.WriteByte(']')
		return b.Bytes(), nil
	}
	if e.Nest != "" {
		open, close, ok := strings.Cut(e.Nest, "%v")
		if !ok {
			return nil, errors.New(`nest needs "%v" where the inner value goes`)
		}
		var b bytes.Buffer
		b.WriteString(strings.Repeat(open, e.Repeat))
		b.Write(e.Value)
		b.WriteString(strings.Repeat(close, e.Repeat))
		return b.Bytes(), nil
	}
	var s string
	if err := json.Unmarshal(e.Value, &s); err != nil {
		return nil, fmt.Errorf("repeat needs a string value: %w", err)
	}
	return json.Marshal(strings.Repeat(s, e.Repeat))
}

// step is one step of a path: a key, or an index when key is "".
type step struct {
	key   string
	index int
}

func splitPath(p string) ([]step, error) {
	var out []step
	for p != "" {
		switch {
		case p[0] == '[':
			end := strings.IndexByte(p, ']')
			if end < 0 {
				return nil, fmt.Errorf("path %q: missing ]", p)
			}
			n, err := strconv.Atoi(p[1:end])
			if err != nil {
				return nil, fmt.Errorf("path %q: bad index", p)
			}
			out = append(out, step{index: n})
			p = p[end+1:]
		case p[0] == '.':
			p = p[1:]
		default:
			end := strings.IndexAny(p, ".[")
			if end < 0 {
				end = len(p)
			}
			out = append(out, step{key: p[:end]})
			p = p[end:]
		}
	}
	if len(out) == 0 {
		return nil, errors.New("empty path")
	}
	return out, nil
}
