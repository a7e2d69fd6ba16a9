package strictjson_test

import (
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/reform/internal/strictjson"
)

// walkPart is a recursive type with strings at every depth, and a part
// without strings that the walk skips.
type walkPart struct {
	Title  string             `json:"title"`
	Counts struct{ A, B int } `json:"counts"`
	Notes  map[string]string  `json:"notes,omitempty"`
	Parts  []walkPart         `json:"parts,omitempty"`
	Any    any                `json:"any,omitempty"`
	Hidden string             `json:"-"`
}

// walkTree is a tree of parts depth levels deep, width parts wide.
func walkTree(depth, width int) walkPart {
	p := walkPart{Title: fmt.Sprintf("Mục %d", depth), Notes: map[string]string{"b": "ghi chú", "a": ""}, Any: []string{"x"}, Hidden: "h"}
	if depth > 0 {
		for range width {
			p.Parts = append(p.Parts, walkTree(depth-1, width))
		}
	}
	return p
}

// TestStringsConcurrent walks values of a type not walked before from many
// goroutines at once, so that its plan is built while others use it: every
// walk gives the same strings (go test -race checks the plans are shared
// safely).
func TestStringsConcurrent(t *testing.T) {
	type fresh struct {
		walkPart
		Extra *walkPart `json:"extra"`
	}
	v := fresh{walkPart: walkTree(2, 2), Extra: &walkPart{Title: "thêm"}}
	var want []string
	strictjson.Strings(&v, "", func(path, s string) { want = append(want, path+"="+s) })
	assert.Contains(t, want, "parts[1].parts[0].title=Mục 0")
	assert.Contains(t, want, "notes.b=ghi chú")
	assert.Contains(t, want, "any[0]=x")
	assert.Contains(t, want, "extra.title=thêm")
	type other struct {
		P []walkPart `json:"p"`
	}
	o := other{P: []walkPart{walkTree(1, 3)}}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			var got []string
			strictjson.Strings(&o, "", func(path, s string) { got = append(got, path) }, reflect.TypeFor[map[string]string]())
			assert.Len(t, got, 8) // four parts, a title and an any[0] each; the notes are skipped
		})
	}
	wg.Wait()
}

// BenchmarkStrings walks a tree of 121 parts.
func BenchmarkStrings(b *testing.B) {
	v := walkTree(4, 3)
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		strictjson.Strings(&v, "", func(path, s string) { n++ })
	}
}
