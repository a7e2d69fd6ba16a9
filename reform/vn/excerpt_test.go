package vn_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/reform/vn"
)

func TestExcerpt(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"  Công tác cải cách hành chính ", 17, "Công tác cải cách hàn…"}, // spaces are not counted
		{"a\n\t\x01 b", 17, "a b"}, // one line
		{"ngắn", 17, "ngắn"},
		{"", 5, ""},
		{"abc", 0, "…"},
		{"\xff\xfe x", 3, "x"},
	} {
		assert.Equal(t, c.want, vn.Excerpt(c.in, c.n), "%q", c.in)
	}
}
