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
	if err := s.run(b, name, data); err != nil {
		return "", err
	}
	return vn.NFC(b.String()), nil
}

// run runs the named sentence with data into b, emptied first, and leaves
// its output there as the template writes it.
func (s *Set) run(b *bytes.Buffer, name string, data any) error {
	t, ok := s.tmpl[name]
	if !ok {
		return s.wrap(name, errors.New("no such sentence"))
	}
	b.Reset()
	if err := t.Execute(b, data); err != nil {
		return s.wrap(name, err)
	}
	return nil
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

// sentenceBuffer is the room a Writer's buffer starts with: more than most
// sentences take, so that it grows once, not once per doubling.
const sentenceBuffer = 512

// Writer returns a new Writer of the set.
func (s *Set) Writer() *Writer {
	w := &Writer{set: s}
	w.buf.Grow(sentenceBuffer)
	return w
}

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
	if !w.run(name, data) {
		return ""
	}
	return vn.NFC(w.buf.String())
}

// run executes the named sentence into w.buf and reports whether it ran;
// after an error it runs nothing.
func (w *Writer) run(name string, data any) bool {
	if w.err != nil {
		return false
	}
	return !w.Fail(w.set.run(&w.buf, name, data))
}

// Sentence runs the named sentence and returns its output with runs of
// blanks collapsed to one space and the ends trimmed.
func (w *Writer) Sentence(name string, data any) string {
	if !w.run(name, data) {
		return ""
	}
	return collapseNFC(w.buf.Bytes())
}

// collapseNFC returns Collapse(vn.NFC(string(b))), collapsing b in place.
// Collapsing before NFC gives the same text as after it (FuzzCollapse):
// blanks are starters that NFC neither changes nor composes, so the output
// is copied once, already collapsed; and collapsing keeps b valid UTF-8 or
// not, since it only drops or replaces whole ASCII blanks. The usual
// sentence, plain NFC once collapsed, is read once more to know it.
func collapseNFC(b []byte) string {
	s := string(collapseBytes(b))
	if vn.IsPlainNFC(s) {
		return s
	}
	if !utf8.ValidString(s) {
		return Collapse(vn.NFC(s))
	}
	return vn.NFC(s)
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
	// A byte that is not UTF-8 becomes U+FFFD, one for each, as ranging
	// over s reads it; then the blanks are collapsed in the copy.
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = utf8.AppendRune(b, r)
	}
	return string(collapseBytes(b))
}

// collapseBytes is Collapse of valid UTF-8 b, written over b (Collapse and
// Writer.Sentence both collapse with it): each run of
// spaces, tabs and line breaks becomes one space, then the ends are trimmed.
// The text only shrinks, so writing over b is safe.
//
// Each byte is written, a blank as a space, and the next byte goes after
// it unless both are blanks, so a run of blanks leaves one space: no
// branch on the byte, whose blanks come every few bytes in no order a
// processor predicts (Vietnamese writes a space after each syllable).
func collapseBytes(b []byte) []byte {
	n, prev := 0, 0
	for _, c := range b {
		blank := int(blankBytes[c])
		b[n] = c
		if blank != 0 {
			b[n] = ' '
		}
		n += 1 - blank&prev
		prev = blank
	}
	return bytes.TrimSpace(b[:n])
}

// blankBytes marks the bytes collapseBytes collapses: space, tab and line
// break. Built once when the package is initialised and never changed.
var blankBytes = func() (t [256]uint8) {
	t[' '], t['\t'], t['\n'] = 1, 1, 1
	return t
}()

// collapsed reports whether Collapse would give s back unchanged: valid
// UTF-8 (Collapse writes U+FFFD for a byte that is not), no tab or line
// break, no two spaces in a row, no white space at the ends. It reads s
// once, byte by byte, and decodes only the runes beyond ASCII.
func collapsed(s string) bool {
	if len(strings.TrimSpace(s)) != len(s) {
		return false
	}
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == '\t' || c == '\n' || c == ' ' && i+1 < len(s) && s[i+1] == ' ':
			return false
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				return false
			}
			i += size
		}
	}
	return true
}

// Join joins items the Vietnamese way: "a", "a và b", "a, b và c". Items
// that are empty or blank are skipped; the others are trimmed.
func Join(items []string) string {
	n, size, last := 0, 0, ""
	for _, s := range items {
		if s = strings.TrimSpace(s); s != "" {
			n, size, last = n+1, size+len(s), s
		}
	}
	if n < 2 {
		return last
	}
	var b strings.Builder
	b.Grow(size + 2*(n-2) + len(" và "))
	k := 0
	for _, s := range items {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		switch k++; {
		case k == n:
			b.WriteString(" và ")
		case k > 1:
			b.WriteString(", ")
		}
		b.WriteString(s)
	}
	return b.String()
}

// Capitalize writes the first letter of s in upper case: "khai sinh" →
// "Khai sinh", "đăng ký" → "Đăng ký". Text that does not start with a
// letter is returned as it is.
func Capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) {
		return s
	}
	u := unicode.ToUpper(r)
	if u == r {
		return s // already a capital: no copy
	}
	return string(u) + s[size:]
}
