package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const reference = "../../../examples/testdata/380-BC-STP.json"

func TestRunStages(t *testing.T) {
	for _, stage := range []string{"json", "decode", "validate", "validate-checks", "document", "lay", "docx", "pipeline"} {
		t.Run(stage, func(t *testing.T) {
			var out bytes.Buffer
			require.NoError(t, run([]string{"-n", "1", "-warmup", "0", stage, reference}, &out))
			f := strings.Fields(out.String())
			require.Len(t, f, 4, out.String())
			assert.Equal(t, stage, f[0])
		})
	}
	var out bytes.Buffer
	assert.Error(t, run([]string{"-n", "1", "nothing", reference}, &out), "an unknown stage")
	assert.Error(t, run([]string{}, &out), "no stage")
	assert.Error(t, run([]string{"json", "no-such-file.json"}, &out))
}

func TestExportLayout(t *testing.T) {
	file := filepath.Join(t.TempDir(), "layout.json")
	require.NoError(t, run([]string{"-export-layout", file, reference}, &bytes.Buffer{}))
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"Notes"`)
}
