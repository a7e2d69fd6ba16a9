package section_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/section"
)

func TestOutline(t *testing.T) {
	tests := []struct {
		name      string
		given     []section.Outline
		want      section.Outline
		keepEmpty bool
	}{
		{"none given", nil, section.Trimmed, false},
		{"trimmed", []section.Outline{section.Trimmed}, section.Trimmed, false},
		{"fixed", []section.Outline{section.Fixed}, section.Fixed, true},
		{"the last one given", []section.Outline{section.Fixed, section.Trimmed}, section.Trimmed, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := section.OutlineOf(tt.given)
			assert.Equal(t, tt.want, o)
			assert.Equal(t, tt.keepEmpty, o.Keep(false))
			assert.True(t, o.Keep(true), "a topic with something to print is always kept")
		})
	}
}

// A section's Blocks takes the outline as an optional last argument: under
// Fixed a topic with nothing to print stays, as a heading with no blocks
// that the report fills ("Không phát sinh.").
func ExampleOutline() {
	topics := func(o ...section.Outline) []doc.Block {
		var out []doc.Block
		for _, t := range []struct {
			title  string
			blocks []doc.Block
		}{{"Về công khai thủ tục hành chính", []doc.Block{doc.P(doc.Plain("100% thủ tục được niêm yết."))}}, {"Kết quả giải quyết TTHC", nil}} {
			if section.OutlineOf(o).Keep(len(t.blocks) > 0) {
				out = append(out, &doc.Section{Title: t.title, Blocks: t.blocks})
			}
		}
		return out
	}
	for _, o := range [][]section.Outline{nil, {section.Fixed}} {
		for _, b := range topics(o...) {
			s := b.(*doc.Section)
			fmt.Printf("%s (%d)\n", s.Title, len(s.Blocks))
		}
		fmt.Println("--")
	}
	// Output:
	// Về công khai thủ tục hành chính (1)
	// --
	// Về công khai thủ tục hành chính (1)
	// Kết quả giải quyết TTHC (0)
	// --
}
