package section

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"text/template"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/vn"
)

// Sentence is one named template of a section's wording: Name is the name
// of the Wording field that holds it ("Dossiers"), Text its template.
type Sentence struct {
	// Name names the sentence in errors: the Wording field's name.
	Name string
	// Text is the text/template source; "" is a sentence left out.
	Text string
}

// Funcs are the functions every template may call:
//
//   - join: a list of strings joined the Vietnamese way, "a", "a và b",
//     "a, b và c" (empty items skipped);
//   - upper: the text with a capital first letter;
//   - bold: "**text**" (inline markup), or "" for "".
func Funcs() template.FuncMap {
	return template.FuncMap{
		"join":  Join,
		"upper": Capitalize,
		"bold": func(s string) string {
			if s == "" {
				return ""
			}
			return "**" + s + "**"
		},
	}
}

// Set is a compiled wording: every sentence parsed once. A Set is never
// changed after Compile and is safe for concurrent use.
type Set struct {
	pkg   string
	texts []Sentence
	tmpl  map[string]*template.Template
}

// Compile parses every sentence of a section's wording; pkg names the
// section in errors ("tthc"). A template that does not parse is an error
// naming its field, "tthc: wording.Dossiers: …"; every broken template is
// reported at once. An empty text compiles to a sentence that writes
// nothing. A field missing from the data is an execution error
// (missingkey=error).
func Compile(pkg string, sentences []Sentence) (*Set, error) {
	s := &Set{pkg: pkg, texts: slices.Clone(sentences), tmpl: make(map[string]*template.Template, len(sentences))}
	var errs []error
	for _, st := range sentences {
		t, err := template.New(st.Name).Option("missingkey=error").Funcs(Funcs()).Parse(st.Text)
		if err != nil {
			errs = append(errs, s.wrap(st.Name, err))
			continue
		}
		s.tmpl[st.Name] = t
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return s, nil
}

// wrap names the section and the sentence in an error.
func (s *Set) wrap(name string, err error) error {
	return fmt.Errorf("%s: wording.%s: %w", s.pkg, name, err)
}

// same reports whether the set was compiled from exactly these sentences.
func (s *Set) same(sentences []Sentence) bool {
	return slices.Equal(s.texts, sentences)
}

// Execute runs the named sentence with data and returns its output in NFC,
// exactly as the template writes it. An unknown name is an error.
func (s *Set) Execute(name string, data any) (string, error) {
	var b bytes.Buffer
	return s.execute(&b, name, data)
}

// execute is Execute writing into b, emptied first: a Writer reuses one
// buffer for all its sentences.
func (s *Set) execute(b *bytes.Buffer, name string, data any) (string, error) {
	t, ok := s.tmpl[name]
	if !ok {
		return "", s.wrap(name, errors.New("no such sentence"))
	}
	b.Reset()
	if err := t.Execute(b, data); err != nil {
		return "", s.wrap(name, err)
	}
	return vn.NFC(b.String()), nil
}

// Compiler keeps a section's default wording compiled: Compile returns a
// default Set when a caller passes default sentences unchanged, and compiles
// anything else. A Compiler is built once (a package-level value of the
// section) and never changed; it is safe for concurrent use.
type Compiler struct {
	pkg  string
	defs []*Set
}

// NewCompiler compiles the default sentences of section pkg (Defaults keeps
// those of every tier). A broken default is not kept: Compile compiles it
// again and returns its error (each section tests its default).
func NewCompiler(pkg string, defaults []Sentence) *Compiler {
	c := &Compiler{pkg: pkg}
	if set, err := Compile(pkg, defaults); err == nil {
		c.defs = []*Set{set}
	}
	return c
}

// Compile returns the compiled set of sentences: a default set, parsed
// once, when they are one of the defaults; otherwise a new Compile.
func (c *Compiler) Compile(sentences []Sentence) (*Set, error) {
	for _, def := range c.defs {
		if def.same(sentences) {
			return def, nil
		}
	}
	return Compile(c.pkg, sentences)
}

// Check compiles sentences as Compile does and returns only its error: every
// template that does not parse, named by its field.
func (c *Compiler) Check(sentences []Sentence) error {
	_, err := c.Compile(sentences)
	return err
}

// Writer executes the sentences of a Set and remembers the first error:
// after one, every call returns the zero value, and Err returns it. Code
// that writes a section calls the Writer freely and checks Err once at the
// end. A Writer is for one goroutine.
type Writer struct {
	set *Set
	err error
	buf bytes.Buffer // the output of the sentence being run
}

// Writer returns a new Writer of the set.
func (s *Set) Writer() *Writer { return &Writer{set: s} }

// Err returns the first error met, or nil.
func (w *Writer) Err() error { return w.err }

// Fail records err as the Writer's error unless one is already recorded; a
// nil err changes nothing. It returns whether the Writer has failed.
func (w *Writer) Fail(err error) bool {
	if w.err == nil && err != nil {
		w.err = err
	}
	return w.err != nil
}

// Text runs the named sentence and returns its output as written (NFC).
func (w *Writer) Text(name string, data any) string {
	if w.err != nil {
		return ""
	}
	s, err := w.set.execute(&w.buf, name, data)
	w.Fail(err)
	return s
}

// Sentence runs the named sentence and returns its output with runs of
// blanks collapsed to one space and the ends trimmed.
func (w *Writer) Sentence(name string, data any) string {
	return Collapse(w.Text(name, data))
}

// Runs runs the named sentence as Sentence does and reads its output as
// inline markup (doc.ParseInline); "" gives no run. Output that is not
// valid markup is an error naming the sentence.
func (w *Writer) Runs(name string, data any) []doc.Run {
	s := w.Sentence(name, data)
	if s == "" || w.err != nil {
		return nil
	}
	runs, err := doc.ParseInline(s, nil)
	if err != nil {
		w.Fail(w.set.wrap(name, fmt.Errorf("the text %q is not valid inline markup: %w", s, err)))
		return nil
	}
	return runs
}

// Collapse replaces each run of spaces, tabs and line breaks ("\n") with one
// space and trims white space at the ends. Text with nothing to collapse
// (the usual sentence) comes back as it is, without a copy.
func Collapse(s string) string {
	if collapsed(s) {
		return s
	}
	var b strings.Builder
	blank := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' {
			blank = true
			continue
		}
		if blank {
			b.WriteByte(' ')
			blank = false
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// collapsed reports whether Collapse would give s back unchanged: valid
// UTF-8 (Collapse writes U+FFFD for a byte that is not), no tab or line
// break, no two spaces in a row, no white space at the ends.
func collapsed(s string) bool {
	return !strings.ContainsAny(s, "\t\n") && !strings.Contains(s, "  ") &&
		len(strings.TrimSpace(s)) == len(s) && utf8.ValidString(s)
}

// Join joins items the Vietnamese way: "a", "a và b", "a, b và c". Items
// that are empty or blank are skipped; the others are trimmed.
func Join(items []string) string {
	kept := make([]string, 0, len(items))
	for _, s := range items {
		if s = strings.TrimSpace(s); s != "" {
			kept = append(kept, s)
		}
	}
	switch len(kept) {
	case 0:
		return ""
	case 1:
		return kept[0]
	}
	return strings.Join(kept[:len(kept)-1], ", ") + " và " + kept[len(kept)-1]
}

// Capitalize writes the first letter of s in upper case: "khai sinh" →
// "Khai sinh", "đăng ký" → "Đăng ký". Text that does not start with a
// letter is returned as it is.
func Capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
