package section

import "io/fs"

// Wordings is the default wording of a section whose Wording struct type is
// W, with the steps every section's Wording takes: fill it with the
// department's sentences (DefaultWording), move it to a tier (Wording.At),
// check and compile it (Wording.Check, Blocks). It wraps the Defaults read
// for W. A section declares one package-level value, built when the package
// is initialised (the files are read on first use) and never changed after;
// it is safe for concurrent use.
type Wordings[W any] struct {
	defaults *Defaults
}

// ReadWordings reads the default wording of section pkg from files for the
// wording struct type W, as ReadDefaults does.
func ReadWordings[W any](pkg string, files fs.FS) Wordings[W] {
	var zero W
	return Wordings[W]{defaults: ReadDefaults(pkg, files, zero)}
}

// Department returns w with every sentence set to the department's default;
// the fields that are not sentences (number conventions, nouns) are kept.
func (s Wordings[W]) Department(w W) W {
	s.defaults.Fill(&w, Department)
	return w
}

// At returns w for a report of tier t (Defaults.At): every sentence that is
// still the department's default becomes t's, and every sentence the
// caller changed is kept.
func (s Wordings[W]) At(w W, t Tier) W {
	s.defaults.At(&w, t)
	return w
}

// Compile returns the compiled set of the sentences of w (Defaults.Compile):
// a tier's default set, parsed once, when they are one.
func (s Wordings[W]) Compile(w W) (*Set, error) {
	return s.defaults.compileOf(&w)
}

// Check compiles every sentence of w and returns the templates that do not
// parse, each named by its field; nil when all do.
func (s Wordings[W]) Check(w W) error {
	_, err := s.Compile(w)
	return err
}

// Writer compiles w and returns a new Writer of its sentences.
func (s Wordings[W]) Writer(w W) (*Writer, error) {
	set, err := s.Compile(w)
	if err != nil {
		return nil, err
	}
	return set.Writer(), nil
}

// Err returns the problems of the default wording files, or nil
// (Defaults.Err): a section tests that it has none.
func (s Wordings[W]) Err() error { return s.defaults.Err() }
