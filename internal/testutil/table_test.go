package testutil_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/internal/testutil"
)

func TestTableRows(t *testing.T) {
	type cell struct{ runs []string }
	rows := [][]cell{
		{{[]string{"Tổng ", "số"}}, {[]string{"15.613"}}},
		{{nil}, {[]string{"8.252"}}},
	}
	got := testutil.TableRows(rows, func(c cell) []string { return c.runs }, func(r string) string { return r })
	assert.Equal(t, []string{"Tổng số | 15.613", " | 8.252"}, got)
	assert.Nil(t, testutil.TableRows[cell, string](nil, nil, nil))
}
