package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
)

// outlineFrame writes the province's frame with the fixed outline to a
// temporary file and returns its path.
func outlineFrame(t *testing.T) string {
	t.Helper()
	var frame map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(readFile(t, examplesData(t, "province", "frame.json")), &frame))
	frame["outline"] = json.RawMessage(`{"fixed": true, "empty": "Không phát sinh trong kỳ."}`)
	data, err := json.Marshal(frame)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "frame.json")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	return path
}

// TestAggregateKeepsTheOutline: "cchc aggregate --frame" lays the frame
// over the sum, its outline with the rest: the roll-up rendered directly
// prints every item of the standard outline, an empty one with the frame's
// paragraph, and the roll-up written as JSON carries the option, so that
// "cchc render" of it prints the same document.
func TestAggregateKeepsTheOutline(t *testing.T) {
	frame, wording := outlineFrame(t), examplesData(t, "province", "wording.json")
	aggregate := func(format string) result {
		args := append([]string{"aggregate", "--frame", frame, "--wording", wording, "-f", format}, provinceUnitArgs(t)...)
		return runInProcess(t, nil, args...)
	}
	md := aggregate("md")
	require.Equal(t, exitOK, md.code, "%s", md)
	for _, want := range []string{
		"### 4. Về công tác tuyên truyền cải cách hành chính\n\nKhông phát sinh trong kỳ.\n",
		"##### *đ) Kết quả giải quyết TTHC*\n",
		"### 5. Cải cách tài chính công\n\nKhông phát sinh trong kỳ.\n",
		"#### *6.1. Ứng dụng CNTT trong hoạt động của cơ quan hành chính nhà nước*\n",
	} {
		assert.Contains(t, string(md.stdout), want)
	}

	js := aggregate("json")
	require.Equal(t, exitOK, js.code, "%s", js)
	r, err := reform.Decode(js.stdout)
	require.NoError(t, err)
	assert.Equal(t, &reform.Outline{Fixed: true, Empty: "Không phát sinh trong kỳ."}, r.Outline)
	path := filepath.Join(t.TempDir(), "tinh.json")
	require.NoError(t, os.WriteFile(path, js.stdout, 0o644))
	again := runInProcess(t, nil, "render", "-f", "md", "--wording", wording, path)
	require.Equal(t, exitOK, again.code, "%s", again)
	assert.Equal(t, string(md.stdout), string(again.stdout))
}
