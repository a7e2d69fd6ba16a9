package pipeline_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/bench/pipeline"
	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/docx"
)

// TestCheckedDOCXIsDecodeThenWrite checks that the checked pipeline writes
// the bytes of the reference report's layout, built stage by stage.
func TestCheckedDOCXIsDecodeThenWrite(t *testing.T) {
	data := testutil.Reference(t)
	s, err := pipeline.Decode(data)
	require.NoError(t, err)
	var want, got bytes.Buffer
	require.NoError(t, docx.WriteLayout(&want, s.Layout))
	require.NoError(t, pipeline.CheckedDOCX(&got, data))
	assert.Equal(t, want.Bytes(), got.Bytes())
}

// TestStages checks that Decode keeps every stage, each the one built from
// the stage before.
func TestStages(t *testing.T) {
	s, err := pipeline.Decode(testutil.Reference(t))
	require.NoError(t, err)
	require.NotNil(t, s.Report)
	d, err := s.Report.Document()
	require.NoError(t, err)
	assert.Equal(t, d, s.Document)
	l, err := doc.Lay(s.Document)
	require.NoError(t, err)
	assert.Equal(t, l, s.Layout)
}

// TestDecodeErrors checks that JSON that is not a report is an error of
// both Decode and CheckedDOCX, and a report whose document cannot be built
// an error of Build.
func TestDecodeErrors(t *testing.T) {
	_, err := pipeline.Decode([]byte(`{"no_such_field": 1}`))
	assert.Error(t, err)
	var out bytes.Buffer
	assert.Error(t, pipeline.CheckedDOCX(&out, []byte(`[]`)))
	s, err := pipeline.Decode(testutil.Reference(t))
	require.NoError(t, err)
	s.Report.Basis = &doc.Narrative{Text: "**không đóng"}
	_, err = pipeline.Build(s.Report)
	assert.Error(t, err)
}
