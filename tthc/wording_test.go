package tthc

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/section"
)

// TestWordingSentences checks that section.SentencesOf lists every template
// field of Wording by its Go name, and that the default wording compiles,
// once.
func TestWordingSentences(t *testing.T) {
	var want []string
	for f := range reflect.TypeFor[Wording]().Fields() {
		if f.Type.Kind() == reflect.String {
			want = append(want, f.Name)
		}
	}
	var got []string
	for _, s := range section.SentencesOf(DefaultWording()) {
		got = append(got, s.Name)
	}
	assert.Equal(t, want, got)

	a, err := compiler.Compile(DefaultWording())
	require.NoError(t, err)
	b, err := compiler.Compile(DefaultWording())
	require.NoError(t, err)
	assert.Same(t, a, b, "the default wording is compiled once")
}

// TestWordingParsedFirst shows that every template is parsed before any is
// used: a broken template is an error even where the section has nothing
// for it, and every broken template is named.
func TestWordingParsedFirst(t *testing.T) {
	s := Section{Unit: "Sở Tư pháp", Feedback: &Feedback{Received: 1}}
	w := DefaultWording()
	w.CatalogueLevels = "{{.Total"
	w.ApologyLetters = "{{end}}"
	_, err := s.Blocks(w)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "tthc: wording.CatalogueLevels")
	assert.Contains(t, err.Error(), "tthc: wording.ApologyLetters")
	_, err = s.FeedbackSentence(w)
	assert.ErrorContains(t, err, "tthc: wording.CatalogueLevels")
}
