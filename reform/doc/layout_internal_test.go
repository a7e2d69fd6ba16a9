package doc

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/vn"
)

// TestParaCountIsTheBodyLength checks that paraCount, which sizes the body
// of a layout before it is laid out, counts the paragraphs Lay makes of
// valid blocks: sections nested in sections, lists nested in list items,
// paragraphs and tables; the end mark comes on top.
func TestParaCountIsTheBodyLength(t *testing.T) {
	sec := func(bs ...Block) *Section { return &Section{Title: "t", Blocks: bs} }
	p := func() Block { return P(Plain("p")) }
	list := func(items ...Item) *List { return &List{Items: items} }
	table := &Table{Columns: []Column{{Title: "a"}}, Rows: [][]Cell{{{Runs: Text("1")}}}}
	tests := []struct {
		name string
		body []Block
	}{
		{"empty", nil},
		{"paragraphs", []Block{p(), p()}},
		{"nested sections", []Block{sec(p(), sec(p(), sec(p())), table), sec()}},
		{"nested lists", []Block{list(Item{Runs: Text("x")}, Item{Runs: Text("y"), Blocks: []Block{list(Item{Runs: Text("z")}), p()}})}},
		{"a list ends the body", []Block{sec(p(), list(Item{Runs: Text("x")}))}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Document{
				Header: Header{IssuingAgency: "Sở Tư pháp", Place: "An Giang", Date: vn.Date(2024, time.November, 19), KindName: "Báo cáo"},
				Body:   tt.body, Closing: Closing{Signer: Signer{Title: "Giám đốc", Name: "Trịnh Tuấn Ngọc"}},
			}
			l, err := Lay(d)
			require.NoError(t, err)
			n := len(l.Body)
			if n > 0 && l.Body[n-1].Path == "body.end" {
				n--
			}
			assert.Equal(t, n, paraCount(tt.body))
			assert.LessOrEqual(t, len(l.Body), paraCount(tt.body)+1, "the body fits the slice sized for it")
		})
	}
}
