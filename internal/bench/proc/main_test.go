package main

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"--", "true"}, &out))
	f := strings.Fields(out.String())
	require.Len(t, f, 4, out.String())
	assert.Equal(t, "process", f[0])
	for _, s := range f[1:] {
		_, err := strconv.ParseInt(s, 10, 64)
		assert.NoError(t, err, s)
	}
	out.Reset()
	require.NoError(t, run([]string{"false"}, &out), "a command that fails is still timed")
	assert.True(t, strings.HasPrefix(out.String(), "process "))
	assert.Error(t, run(nil, &out))
	assert.Error(t, run([]string{"--"}, &out))
	assert.Error(t, run([]string{"no-such-command-here"}, &out))
}
