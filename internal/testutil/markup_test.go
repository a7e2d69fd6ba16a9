package testutil_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/internal/testutil"
)

func TestMarked(t *testing.T) {
	type run struct {
		text string
		bold bool
	}
	part := func(r run) (string, bool) { return r.text, r.bold }
	runs := []run{{"tổng số ", false}, {"1.745", true}, {" lượt", false}}
	assert.Equal(t, "tổng số **1.745** lượt", testutil.Marked(runs, part))
	assert.Empty(t, testutil.Marked(nil, part))
}
