package section

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"text/template"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/vn"
)

// Defaults is a section's default wording at every tier (câu chữ mặc định
// theo cấp), read from template files that the section embeds, and compiled
// once, on first use: a section declares one when its package is
// initialised, and the files are read and compiled when a method is first
// called, never before, so that a program that builds no document does not
// pay for them. After that it never changes; it is safe for concurrent
// use.
//
// The files are in the directory "wording" of the file system given to
// ReadDefaults. "department.tmpl" holds every sentence: the wording of a
// department's report, and of any tier where the files below say nothing.
// "committee.tmpl" holds the sentences that a People's Committee (province,
// district, commune) reads otherwise than a department, and "province.tmpl",
// "district.tmpl" and "commune.tmpl" the sentences that one tier reads
// otherwise still. Each of these four is optional and holds only the
// sentences that differ. A file is UTF-8 in NFC, a list of sentences:
//
//	# A comment: a line that starts with "#". Blank lines are left out.
//	[Feedback]
//		{{upper .Unit}} nhận được {{.Received}} phản ánh, kiến nghị
//		 liên quan đến TTHC.
//
// "[Name]" starts the sentence of the wording's field Name; its text is the
// lines that follow, each starting with one tab, which is not part of the
// text. The lines are joined as they are, with nothing between them, as Go
// joins the pieces of a string literal: a space at a line break is written
// at the start of the next line (" liên quan" above), since a line may not
// end in a blank, which editors drop. "[Name]" with no line is the empty
// sentence.
type Defaults struct {
	pkg    string
	load   func()              // reads and compiles the files, the first time only
	fields []int               // the index of each sentence's field in the wording struct
	names  []string            // the name of each sentence's field, in the same order
	tiers  map[Tier][]Sentence // every sentence at each tier, in field order
	comp   *Compiler
	err    error
}

// ReadDefaults reads the default wording of section pkg from files (see
// Defaults) for the wording struct type of wording, whose exported string
// fields are the sentences, named by their Go names (SentencesOf), and
// compiles every tier's sentences. A problem (a file that cannot be read,
// a line that is none of the above, a name that is no field, a field that
// department.tmpl leaves out, a template that does not parse) is kept, named
// by its file and line, and returned by Err, Compile and Check: a section
// tests that its defaults have none. A file with a problem is read as if it
// were missing. The files are read when a method of the Defaults is first
// called.
func ReadDefaults(pkg string, files fs.FS, wording any) *Defaults {
	d := &Defaults{pkg: pkg}
	d.load = sync.OnceFunc(func() { d.read(files, reflect.TypeOf(wording)) })
	return d
}

// read reads and compiles the files for the wording struct type typ.
func (d *Defaults) read(files fs.FS, typ reflect.Type) {
	d.fields, d.names = fieldIndexes(typ), fieldNames(typ)
	d.tiers, d.comp = make(map[Tier][]Sentence, len(Tiers())), &Compiler{pkg: d.pkg}
	r := reader{pkg: d.pkg, files: files, names: d.names}
	base, err := r.read("department", file{})
	if err != nil {
		d.err = err
		return
	}
	d.err = errors.Join(d.readTiers(r, base)...)
}

// readTiers keeps the sentences of every tier: base for a department,
// committee.tmpl over base and the tier's own file over that for the others.
func (d *Defaults) readTiers(r reader, base file) []error {
	d.keep(Department, base)
	committee, err := r.read("committee", base)
	if err != nil {
		committee = base
	}
	errs := []error{err}
	for _, t := range []Tier{Province, District, Commune} {
		f, err := r.read(string(t), committee)
		if err != nil {
			f = committee
		}
		d.keep(t, f)
		errs = append(errs, err)
	}
	return errs
}

// keep keeps the sentences of tier t and their compiled set, once.
func (d *Defaults) keep(t Tier, f file) {
	d.tiers[t] = f.list
	if !slices.Contains(d.comp.defs, f.set) {
		d.comp.defs = append(d.comp.defs, f.set)
	}
}

// file is a wording file read: every sentence, its own and those it leaves
// to the file under it, and their compiled set.
type file struct {
	list []Sentence
	set  *Set
}

// reader reads the wording files of a section whose sentences are names.
type reader struct {
	pkg   string
	files fs.FS
	names []string
}

// read reads wording/<name>.tmpl over base, the file under it (none for
// department.tmpl). A file other than department.tmpl may be missing: it is
// then base.
func (r reader) read(name string, base file) (file, error) {
	path := "wording/" + name + ".tmpl"
	src, err := fs.ReadFile(r.files, path)
	if errors.Is(err, fs.ErrNotExist) && base.list != nil {
		return base, nil
	}
	if err != nil {
		return file{}, fmt.Errorf("%s: %w", r.pkg, err)
	}
	own, err := parseSentences(string(src))
	if err != nil {
		return file{}, fmt.Errorf("%s: %s:%w", r.pkg, path, err)
	}
	f, err := r.compile(own, base)
	if err != nil {
		return file{}, fmt.Errorf("%s: %s: %w", r.pkg, path, err)
	}
	return f, nil
}

// compile lists every sentence, own's where own has it and base's
// otherwise, and compiles them: only own's, the others' templates being
// base's (compileOver).
func (r reader) compile(own map[string]string, base file) (file, error) {
	list, err := merge(r.names, own, base.list)
	if err != nil {
		return file{}, err
	}
	set, err := compileOver(r.pkg, list, []*Set{base.set})
	return file{list: list, set: set}, err
}

// compileOver is Compile, but a sentence that one of the sets compiled
// already, the same name with the same text at the same place, takes its
// template from there instead of parsing it again: a tier's file changes a
// few sentences of the one under it, and a caller a few of the defaults.
// A template is never changed once parsed and is safe for concurrent use,
// so two sets may share it; a shared one parsed without error, so the
// errors are Compile's.
func compileOver(pkg string, sentences []Sentence, sets []*Set) (*Set, error) {
	s := &Set{pkg: pkg, texts: slices.Clone(sentences), tmpl: make(map[string]*template.Template, len(sentences))}
	var errs []error
	for i, st := range sentences {
		if t := compiled(sets, i, st); t != nil {
			s.tmpl[st.Name] = t
		} else if t, err := parseSentence(st); err != nil {
			errs = append(errs, s.wrap(st.Name, err))
		} else {
			s.tmpl[st.Name] = t
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return s, nil
}

// compiled returns the template of one of the sets for sentence st, the
// i-th of its sentences; nil when none has it.
func compiled(sets []*Set, i int, st Sentence) *template.Template {
	for _, set := range sets {
		if set != nil && i < len(set.texts) && set.texts[i] == st {
			return set.tmpl[st.Name]
		}
	}
	return nil
}

// parseSentence parses one sentence as Compile does.
func parseSentence(st Sentence) (*template.Template, error) {
	return template.New(st.Name).Option("missingkey=error").Funcs(Funcs()).Parse(st.Text)
}

// merge lists the sentences of the fields names: own's text where own has
// the name, base's otherwise. A name of own that is no field is an error,
// and so is a field neither has.
func merge(names []string, own map[string]string, base []Sentence) ([]Sentence, error) {
	errs := unknown(names, own)
	out := make([]Sentence, len(names))
	for i, name := range names {
		text, ok := own[name]
		if !ok && base == nil {
			errs = append(errs, fmt.Errorf("no sentence [%s]", name))
		} else if !ok {
			text = base[i].Text
		}
		out[i] = Sentence{Name: name, Text: text}
	}
	return out, errors.Join(errs...)
}

// unknown returns an error for each name of own that is not one of names,
// in the order of the names.
func unknown(names []string, own map[string]string) []error {
	var errs []error
	for _, name := range slices.Sorted(maps.Keys(own)) {
		if !slices.Contains(names, name) {
			errs = append(errs, fmt.Errorf("[%s] is not a sentence of the wording", name))
		}
	}
	return errs
}

// Err returns the problems of the files, or nil.
func (d *Defaults) Err() error {
	d.load()
	return d.err
}

// Sentences returns every sentence of the default wording at tier t, in the
// order of the wording's fields; "" and an unknown tier read as Department. The list is the caller's to change.
func (d *Defaults) Sentences(t Tier) []Sentence {
	d.load()
	return slices.Clone(d.tiers[t.wording()])
}

// Fill sets every sentence of the wording struct that wording points to to
// its default at tier t.
func (d *Defaults) Fill(wording any, t Tier) {
	d.load()
	v := reflect.ValueOf(wording).Elem()
	for i, s := range d.tiers[t.wording()] {
		v.Field(d.fields[i]).SetString(s.Text)
	}
}

// At changes the wording struct that wording points to for a report of
// tier t: every sentence that is still the department's default becomes
// t's default; a sentence the caller changed is kept, whatever the tier.
// A sentence set to the very text of the department's default reads as
// unchanged.
func (d *Defaults) At(wording any, t Tier) {
	d.load()
	v := reflect.ValueOf(wording).Elem()
	base, own := d.tiers[Department], d.tiers[t.wording()]
	for i, s := range own {
		if f := v.Field(d.fields[i]); f.String() == base[i].Text {
			f.SetString(s.Text)
		}
	}
}

// Compile returns the compiled set of sentences: a tier's default set,
// parsed once, when they are one; otherwise a new set, in which only the
// sentences that differ from every tier's default are parsed
// (compileOver). A problem of the files is returned first.
func (d *Defaults) Compile(sentences []Sentence) (*Set, error) {
	d.load()
	if d.err != nil {
		return nil, d.err
	}
	for _, def := range d.comp.defs {
		if def.same(sentences) {
			return def, nil
		}
	}
	return compileOver(d.pkg, sentences, d.comp.defs)
}

// compileOf is Compile of the sentences of the wording struct that wording
// points to (SentencesOf), read with the fields found once, when the files
// were read, instead of walking its type again.
func (d *Defaults) compileOf(wording any) (*Set, error) {
	d.load()
	if d.err != nil {
		return nil, d.err
	}
	v := reflect.ValueOf(wording).Elem()
	sentences := make([]Sentence, len(d.fields))
	for i, j := range d.fields {
		sentences[i] = Sentence{Name: d.names[i], Text: v.Field(j).String()}
	}
	return d.Compile(sentences)
}

// Check compiles sentences as Compile does and returns only its error.
func (d *Defaults) Check(sentences []Sentence) error {
	_, err := d.Compile(sentences)
	return err
}

// SentencesOf returns the sentences of a wording struct (or a pointer to
// one): every exported field of kind string, named by its Go name, in the
// order of the fields. Fields of other kinds (number conventions, nested
// structs of nouns) are not sentences.
func SentencesOf(wording any) []Sentence {
	v := reflect.Indirect(reflect.ValueOf(wording))
	idx := fieldIndexes(v.Type())
	out := make([]Sentence, len(idx))
	for i, j := range idx {
		out[i] = Sentence{Name: v.Type().Field(j).Name, Text: v.Field(j).String()}
	}
	return out
}

// fieldIndexes returns the indexes of the sentence fields of struct type t
// (or a pointer to one).
func fieldIndexes(t reflect.Type) []int {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var out []int
	for i := range t.NumField() {
		if f := t.Field(i); f.IsExported() && f.Type.Kind() == reflect.String {
			out = append(out, i)
		}
	}
	return out
}

// fieldNames returns the names of the sentence fields of struct type t.
func fieldNames(t reflect.Type) []string {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var out []string
	for _, i := range fieldIndexes(t) {
		out = append(out, t.Field(i).Name)
	}
	return out
}

// parseSentences reads a wording file (see Defaults) into its sentences by
// name. An error starts with the number of the line, "12: …".
func parseSentences(src string) (map[string]string, error) {
	if !utf8.ValidString(src) || vn.NFC(src) != src {
		return nil, errors.New("1: the file is not UTF-8 text in NFC")
	}
	out := map[string]string{}
	name := ""
	for i, line := range strings.Split(src, "\n") {
		n, err := parseLine(out, &name, line)
		if err != nil {
			return nil, fmt.Errorf("%d: %w", i+1, err)
		}
		if n != "" {
			name = n
		}
	}
	return out, nil
}

// parseLine reads one line of a wording file into out, name being the
// sentence the line continues; it returns the name of a sentence the line
// starts.
func parseLine(out map[string]string, name *string, line string) (string, error) {
	switch {
	case line == "" || strings.HasPrefix(line, "#"):
		return "", nil
	case strings.HasPrefix(line, "\t"):
		return "", textLine(out, *name, line[1:])
	case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
		n := line[1 : len(line)-1]
		if _, dup := out[n]; dup {
			return "", fmt.Errorf("[%s] is given twice", n)
		}
		out[n] = ""
		return n, nil
	}
	return "", fmt.Errorf("%q is neither a [Name], a line of text starting with a tab, a comment nor blank", line)
}

// textLine appends a line of text to the sentence name.
func textLine(out map[string]string, name, text string) error {
	if name == "" {
		return errors.New("a line of text before the first [Name]")
	}
	if r, _ := utf8.DecodeLastRuneInString(text); unicode.IsSpace(r) {
		return fmt.Errorf("[%s]: a line ends in a blank: write it at the start of the next line", name)
	}
	out[name] += text
	return nil
}
