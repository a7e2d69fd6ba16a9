// Package bench holds what the performance measurements of issue 18 share:
// the generated inputs (a report n times the reference). The measurements
// themselves are the benchmarks next to the code (go test -bench), the
// command in measure/ that times the pipeline in CPU time per document, the
// npm docx peer in peer/, and run.sh, which runs them side by side
// (alternating rounds, medians) and prints the ratios. Nothing here runs in
// CI.
package bench

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// keepLists are the lists LargeReport does not repeat: the figures (their
// names are unique in a report) and the recipients.
var keepLists = map[string]bool{"figures": true, "closing.recipients": true}

// LargeReport returns the JSON of a report n times the size of the report
// in data, made deterministically by repeating its parts: every list of the
// report but the figures and the recipients is repeated n times, outermost
// lists only, so that the narrative and the lists of events, publications,
// topics, campaigns and the like are n times as long. The sections' own
// figures are not multiplied: a report is mostly text. Keys come out sorted
// and without HTML escaping.
func LargeReport(data []byte, n int) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	v = repeatLists(v, "", n)
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	return out.Bytes(), nil
}

// repeatLists repeats the outermost lists of v n times.
func repeatLists(v any, path string, n int) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			p := k
			if path != "" {
				p = path + "." + k
			}
			v[k] = repeatLists(x, p, n)
		}
		return v
	case []any:
		if keepLists[path] {
			return v
		}
		out := make([]any, 0, len(v)*n)
		for range n {
			out = append(out, v...)
		}
		return out
	}
	return v
}
