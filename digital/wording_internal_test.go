package digital

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/section"
)

// Every template field of Wording is a sentence named by its field, and the
// default sentences compile.
func TestSentences(t *testing.T) {
	w := DefaultWording()
	v := reflect.ValueOf(w)
	var want []section.Sentence
	for i := range v.NumField() {
		if f := v.Type().Field(i); f.Type.Kind() == reflect.String {
			want = append(want, section.Sentence{Name: f.Name, Text: v.Field(i).String()})
		}
	}
	assert.Equal(t, want, section.SentencesOf(w))
	_, err := section.Compile("digital", section.SentencesOf(w))
	require.NoError(t, err)
}
