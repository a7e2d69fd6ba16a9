package reform

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// Figure is a count that a narrative quotes (số liệu), with the same count of
// the same period a year before when the report compares them (cùng kỳ).
//
// A narrative quotes it by name: "{name}" writes the count ("39", "07" with
// the administrative leading zero), "{name.delta}" the comparison with the
// prior value ("tăng 07 so với cùng kỳ", "giảm 05 so với cùng kỳ", "bằng cùng
// kỳ"). A literal brace is written "\{".
type Figure struct {
	// Name is the figure's name in narratives: lower case letters, digits,
	// "_" and ".", e.g. "resolutions_reviewed".
	Name string `json:"name" validate:"required"`
	// Count is the figure of the period.
	Count int64 `json:"count" validate:"gte=0,lte=1000000000000"`
	// Prior is the figure of the same period of the previous year.
	Prior *int64 `json:"prior,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// DeclaredDelta is the change the report states (tăng +, giảm −),
	// checked against Count − Prior.
	DeclaredDelta *int64 `json:"declared_delta,omitempty" validate:"omitempty,gte=-1000000000000,lte=1000000000000"`
}

// Delta returns the comparison phrase derived from the prior value, and
// false when there is no prior value, or when Count − Prior does not fit in
// an int64 (counts above finding.MaxCount, which Validate reports). A
// narrative's {name.delta} falls back to the declared change when there is
// no prior value.
func (f Figure) Delta() (string, bool) {
	if f.Prior == nil {
		return "", false
	}
	d, err := finding.Diff(f.Count, *f.Prior)
	if err != nil {
		return "", false
	}
	return DeltaPhrase(d), true
}

// DeltaPhrase writes a change against the same period of the year before:
// "tăng 07 so với cùng kỳ", "giảm 05 so với cùng kỳ", "bằng cùng kỳ".
func DeltaPhrase(d int64) string {
	switch {
	case d == math.MinInt64:
		// −d does not fit in an int64; the digits of d are its size.
		return "giảm " + strings.TrimPrefix(vn.Int(d), "-") + " so với cùng kỳ"
	case d > 0:
		return "tăng " + vn.Count(d) + " so với cùng kỳ"
	case d < 0:
		return "giảm " + vn.Count(-d) + " so với cùng kỳ"
	}
	return "bằng cùng kỳ"
}

// quoted is what a placeholder writes: the figure's text, or why it cannot
// be written.
type quoted struct {
	text string
	// err is set when the figure is a sum that leaves the int64 range: the
	// text refuses to print a wrong number.
	err error
}

// figureSet maps placeholder names to what they write.
type figureSet map[string]quoted

func (f figureSet) add(name string, count int64) { f[name] = quoted{text: vn.Count(count)} }

// addSum adds a figure that is a sum: its count, or err when the sum
// cannot be computed, the JSON path of its parts in the error.
func (f figureSet) addSum(name, path string, count int64, err error) {
	if err != nil {
		f[name] = quoted{err: fmt.Errorf("%s: %w", path, err)}
		return
	}
	f.add(name, count)
}

// FigureError is a placeholder whose figure cannot be written: a sum or
// difference of counts that leaves the int64 range.
type FigureError struct {
	// Path is the JSON path of the narrative field.
	Path string
	// Name is the placeholder's name.
	Name string
	// Err says why, naming the JSON path of the figures.
	Err error
}

// Error names the placeholder and the figures.
func (e *FigureError) Error() string {
	return fmt.Sprintf("%s: placeholder {%s}: %v", e.Path, e.Name, e.Err)
}

// Unwrap returns the reason.
func (e *FigureError) Unwrap() error { return e.Err }

func (f figureSet) names() []string {
	out := make([]string, 0, len(f))
	for k := range f {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// PlaceholderError is a placeholder that names no figure.
type PlaceholderError struct {
	// Path is the JSON path of the narrative field.
	Path string
	// Name is the placeholder's name.
	Name string
	// Known are the names that exist.
	Known []string
}

// Error names the placeholder and the figures that exist.
func (e *PlaceholderError) Error() string {
	known := "no figure is defined"
	if len(e.Known) > 0 {
		known = "expected one of " + strings.Join(e.Known, ", ")
	}
	return fmt.Sprintf("%s: placeholder {%s} names no figure: %s", e.Path, e.Name, known)
}

// substitute replaces every {name} of s with its figure; escaped characters
// ("\{") are kept with their backslash for ParseInline. An error leaves its
// Path empty: the caller names the field (atPath).
func (f figureSet) substitute(s string) (string, error) {
	if !strings.Contains(s, "{") {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			b.WriteByte(c)
			b.WriteByte(s[i+1])
			i++
		case c == '{':
			end := strings.IndexByte(s[i:], '}')
			if end < 0 {
				return "", &PlaceholderError{Name: s[i+1:], Known: f.names()}
			}
			name := s[i+1 : i+end]
			v, ok := f[name]
			if !ok {
				return "", &PlaceholderError{Name: name, Known: f.names()}
			}
			if v.err != nil {
				return "", &FigureError{Name: name, Err: v.err}
			}
			b.WriteString(doc.EscapeInline(v.text))
			i += end
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// atPath sets path as the Path of an error of substitute and returns it:
// the path is built only for an error.
func atPath(err error, path string) error {
	switch e := err.(type) {
	case *PlaceholderError:
		e.Path = path
	case *FigureError:
		e.Path = path
	}
	return err
}

// resolve returns the narrative with the placeholders of its text and notes
// replaced (its items are left as they are).
func (f figureSet) resolve(path string, n doc.Narrative) (doc.Narrative, error) {
	text, err := f.substitute(n.Text)
	if err != nil {
		return n, atPath(err, path+".text")
	}
	out := doc.Narrative{Text: text, Items: n.Items}
	if len(n.Notes) > 0 {
		out.Notes = make([]string, len(n.Notes))
	}
	for i, note := range n.Notes {
		s, err := f.substitute(note)
		if err != nil {
			return n, atPath(err, path+".notes["+strconv.Itoa(i)+"]")
		}
		out.Notes[i] = s
	}
	return out, nil
}

// resolveTree resolves the narrative and all its items.
func (f figureSet) resolveTree(path string, n doc.Narrative) (doc.Narrative, error) {
	out, err := f.resolve(path, n)
	if err != nil {
		return n, err
	}
	out.Items = nil
	if len(n.Items) > 0 {
		out.Items = make([]doc.Narrative, 0, len(n.Items))
	}
	for i, it := range n.Items {
		r, err := f.resolveTree(path+".items["+strconv.Itoa(i)+"]", it)
		if err != nil {
			return n, err
		}
		out.Items = append(out.Items, r)
	}
	return out, nil
}

// figures returns the placeholder set of a list of figures.
func figuresOf(figs []Figure) figureSet {
	size := len(figs)
	for _, f := range figs {
		if f.Prior != nil || f.DeclaredDelta != nil {
			size++ // its ".delta"
		}
	}
	set := make(figureSet, size)
	for i, f := range figs {
		set.add(f.Name, f.Count)
		switch {
		case f.Prior != nil:
			d, err := finding.Diff(f.Count, *f.Prior)
			if err != nil {
				set.addSum(f.Name+".delta", fmt.Sprintf("figures[%d]", i), 0, err)
				continue
			}
			set[f.Name+".delta"] = quoted{text: DeltaPhrase(d)}
		case f.DeclaredDelta != nil:
			// Without the prior value the change cannot be derived: it is
			// printed as the report states it (reform.figure.delta.unverified).
			set[f.Name+".delta"] = quoted{text: DeltaPhrase(*f.DeclaredDelta)}
		}
	}
	return set
}

// countable reports whether every count is within the field rules' range
// (0 to finding.MaxCount): a check derived from a count out of it would
// be a second finding of the mistake the field rule reports.
func countable(counts ...int64) bool {
	for _, n := range counts {
		if n < 0 || n > finding.MaxCount {
			return false
		}
	}
	return true
}

// maxQuoteWords bounds the words a figure's quote takes after its count.
const maxQuoteWords = 6

// figureQuote is where a narrative first quotes a figure with "{name}":
// the words after the placeholder and the narrative's path.
type figureQuote struct {
	words, path string
}

// figureQuotes returns, by figure name, where the report's narratives
// first quote each figure with "{name}".
func (r *Report) figureQuotes() map[string]figureQuote {
	out := map[string]figureQuote{}
	r.reformNarratives(func(path string, n doc.Narrative) {
		for s := n.Text; ; {
			i := strings.IndexByte(s, '{')
			end := strings.IndexByte(s[max(i, 0):], '}')
			if i < 0 || end < 0 {
				return
			}
			name, rest := s[i+1:i+end], s[i+end+1:]
			if _, seen := out[name]; !seen && (i == 0 || s[i-1] != '\\') {
				out[name] = figureQuote{words: wordsAfter(rest), path: path + ".text"}
			}
			s = rest
		}
	})
	return out
}

// wordsAfter returns the words s starts with, up to punctuation, a
// placeholder or markup and at most maxQuoteWords: the noun a figure
// counts ("đề nghị xây dựng nghị quyết").
func wordsAfter(s string) string {
	if i := strings.IndexAny(s, "(),;.:{}*[\\\n"); i >= 0 {
		s = s[:i]
	}
	words := strings.Fields(s)
	if len(words) > maxQuoteWords {
		return strings.Join(words[:maxQuoteWords], " ") + "…"
	}
	return strings.Join(words, " ")
}

// figureLabel names the i-th figure as the printed report shows it, for a
// message: its count with the words after it where a narrative quotes it
// (số liệu “39 đề nghị xây dựng nghị quyết”), with that narrative's path;
// else by its place in the list (số liệu thứ 3 (82)), with no path.
func figureLabel(quotes map[string]figureQuote, i int, f Figure) (label, path string) {
	q, ok := quotes[f.Name]
	if !ok {
		return fmt.Sprintf("số liệu thứ %d (%s)", i+1, vn.Count(f.Count)), ""
	}
	text := vn.Count(f.Count)
	if q.words != "" {
		text += " " + q.words
	}
	return "số liệu “" + text + "”", q.path
}

// badFigureName reports whether a figure's name is invalid or used twice
// (reform.figure.name).
func (r *Report) badFigureName() bool {
	seen := map[string]bool{}
	for _, f := range r.Figures {
		if seen[f.Name] || !validFigureName(f.Name) {
			return true
		}
		seen[f.Name] = true
	}
	return false
}

// unresolved returns the placeholders of the report's narratives that name
// no figure, the first of each narrative.
func (r *Report) unresolved() []*PlaceholderError {
	var out []*PlaceholderError
	figs := r.figures()
	r.reformNarratives(func(path string, n doc.Narrative) {
		var pe *PlaceholderError
		if _, err := figs.resolve(path, n); errors.As(err, &pe) {
			out = append(out, pe)
		}
	})
	return out
}

// maxFolded bounds the placeholders a figure name's finding names.
const maxFolded = 5

// withPlaceholders folds into f, the finding of a figure's name typed
// wrong, the placeholders that name no figure: the one mistake shows in
// both, so they are its related paths, not findings of their own.
func withPlaceholders(f finding.Finding, ps []*PlaceholderError) finding.Finding {
	var names []string
	for _, p := range ps {
		f.Related = append(f.Related, p.Path)
		if len(names) < maxFolded {
			names = append(names, "{"+p.Name+"}")
		}
	}
	if len(ps) > maxFolded {
		names = append(names, "…")
	}
	f.Message = strings.TrimSuffix(f.Message, ".") + fmt.Sprintf("; nội dung dẫn %s nhưng không có số liệu nào tên như vậy, có thể là số liệu này.", strings.Join(names, ", "))
	return f
}
