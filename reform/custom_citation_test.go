package reform_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
)

// goSection is a department's section written in Go.
type goSection struct{ blocks []doc.Block }

func (goSection) Key() string                    { return "health" }
func (goSection) Title() string                  { return "Công tác thanh tra y tế" }
func (s goSection) Blocks() ([]doc.Block, error) { return s.blocks, nil }
func (goSection) Validate() finding.List         { return nil }

// TestGoSectionsAreCheckedLikeJSONOnes: a citation written wrong in a
// section added in Go is found as in the interchange format, wherever it
// stands in the blocks (paragraph, list item, table cell, footnote), and a
// document cited there and in the report's own text is checked across both.
func TestGoSectionsAreCheckedLikeJSONOnes(t *testing.T) {
	r := minimal()
	r.Basis = &doc.Narrative{Text: "Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ."}
	sec := goSection{blocks: []doc.Block{
		doc.P(doc.Plain("Thực hiện Nghị định số 63/2010/NĐCP của Chính phủ.")),
		&doc.List{Items: []doc.Item{{Runs: doc.Text("Theo Quyết định số 143/QĐTTg.")}}},
		&doc.Table{Columns: []doc.Column{{Title: "Văn bản"}}, Rows: [][]doc.Cell{{{Runs: doc.Text("Nghị định số 61/2018/NĐ-CP ngày 23/5/2018")}}}},
		doc.P(doc.Plain("Xem chú thích."), doc.NoteText("Thông tư số 04/2020/BTT-BTP.")),
	}}
	require.NoError(t, r.Insert("I", sec))
	l := r.Validate()
	want := []struct{ code, path string }{
		{"citation.symbol.malformed", "custom.health.blocks[0]"},
		{"citation.symbol.malformed", "custom.health.blocks[1].items[0]"},
		{"citation.conflict.date", "custom.health.blocks[2].rows[0][0]"},
		{"citation.kind.mismatch", "custom.health.blocks[3].notes[0]"},
	}
	for _, w := range want {
		found := false
		for _, f := range l.WithCode(finding.Code(w.code)) {
			if len(f.Path) >= len(w.path) && f.Path[:len(w.path)] == w.path {
				found = true
			}
		}
		assert.True(t, found, "%s at %s among %v", w.code, w.path, l)
	}
}
