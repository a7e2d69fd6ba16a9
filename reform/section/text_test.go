package section_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// Free text in the interchange format: a list of entries, each a
// paragraph, a "-" list or an a) b) c) list; consecutive bullets entries
// print as one list.
func ExampleText() {
	var t section.Text
	_ = json.Unmarshal([]byte(`[
		{"paragraph": {"text": "Triển khai Kế hoạch[^1]:", "notes": ["Kế hoạch số 14/KH-STP ngày 31/01/2024"]}},
		{"bullets": [{"text": "họp giao ban;"}]},
		{"bullets": [{"text": "kiểm tra.", "items": [{"text": "tại 03 phòng."}]}]},
		{"letters": [{"text": "Hộ tịch;"}, {"text": "Chứng thực."}]}
	]`), &t)
	blocks, err := t.Blocks("leadership", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	marker := map[doc.Marker]string{doc.Dash: "-", doc.Letters: "a)"}
	for _, b := range blocks {
		switch b := b.(type) {
		case *doc.Paragraph:
			var s string
			for _, r := range b.Runs {
				s += r.Text
			}
			fmt.Println("đoạn văn:", s)
		case *doc.List:
			fmt.Printf("danh sách %q, %d mục\n", marker[b.Marker], len(b.Items))
		}
	}
	// Output:
	// đoạn văn: Triển khai Kế hoạch:
	// danh sách "-", 2 mục
	// danh sách "a)", 2 mục
}

func TestTextBlocks(t *testing.T) {
	n := func(s string, items ...doc.Narrative) doc.Narrative { return doc.Narrative{Text: s, Items: items} }
	tests := []struct {
		name  string
		text  section.Text
		lists []int // the items of each list, in order; -1 for a paragraph
		err   string
	}{
		{"a paragraph and its items", section.Text{{Paragraph: &doc.Narrative{Text: "a", Items: []doc.Narrative{n("b")}}}}, []int{-1, 1}, ""},
		{"consecutive bullets make one list", section.Text{section.Bullets(n("a")), section.Bullets(n("b"), n("c"))}, []int{3}, ""},
		{"a paragraph between bullets", section.Text{section.Bullets(n("a")), section.Paragraph("p"), section.Bullets(n("b"))}, []int{1, -1, 1}, ""},
		{"letters do not join", section.Text{section.Letters(n("a")), section.Letters(n("b"))}, []int{1, 1}, ""},
		{"an empty entry", section.Text{section.Paragraph("a"), {}}, nil, "leadership[1]: an entry needs exactly one of paragraph, bullets or letters, not 0"},
		{"two kinds", section.Text{{Paragraph: &doc.Narrative{Text: "a"}, Bullets: []doc.Narrative{n("b")}}}, nil, "not 2"},
		{"broken markup", section.Text{section.Bullets(n("a"), n("*b"))}, nil, "leadership[0].bullets"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bs, err := tt.text.Blocks("leadership", nil)
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
				return
			}
			require.NoError(t, err)
			var got []int
			for _, b := range bs {
				if l, ok := b.(*doc.List); ok {
					got = append(got, len(l.Items))
				} else {
					got = append(got, -1)
				}
			}
			assert.Equal(t, tt.lists, got)
		})
	}
}

// Blocks rewrites every narrative it prints with resolve, at its JSON path,
// and stops at its error.
func TestTextBlocksResolve(t *testing.T) {
	text := section.Text{section.Paragraph("{a}"), section.Letters(doc.Narrative{Text: "{b}"})}
	var paths []string
	_, err := text.Blocks("x", func(path string, n doc.Narrative) (doc.Narrative, error) {
		paths = append(paths, path)
		n.Text = "1"
		return n, nil
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"x[0].paragraph", "x[1].letters[0]"}, paths)
	stop := errors.New("no figure")
	_, err = text.Blocks("x", func(string, doc.Narrative) (doc.Narrative, error) { return doc.Narrative{}, stop })
	assert.ErrorIs(t, err, stop)
}

// Items prints every narrative as an item of the section's own list.
func TestTextItems(t *testing.T) {
	text := section.Text{section.Paragraph("a"), section.Bullets(doc.Narrative{Text: "b", Items: []doc.Narrative{{Text: "c"}}}, doc.Narrative{Text: "d"})}
	items, err := text.Items("narrative")
	require.NoError(t, err)
	require.Len(t, items, 3)
	require.Len(t, items[1].Blocks, 1)
	assert.Equal(t, doc.Plus, items[1].Blocks[0].(*doc.List).Marker)
	_, err = section.Text{section.Bullets(doc.Narrative{Text: "x", Items: []doc.Narrative{{Text: "[^1]"}}})}.Items("narrative")
	assert.ErrorContains(t, err, "narrative[0].bullets[0].items[0]")
	_, err = section.Text{{}}.Items("narrative")
	assert.ErrorContains(t, err, "narrative[0]: an entry needs exactly one")
}

func TestTextCheckAndWalk(t *testing.T) {
	rule := finding.Rule{Code: "x.narrative.markup", Severity: finding.Error}
	text := section.Text{
		section.Paragraph("a[^1]", "ghi chú"),
		{},
		section.Bullets(doc.Narrative{Text: "b", Items: []doc.Narrative{{Text: "*c"}}}),
	}
	var l finding.List
	text.Check(&l, rule, "notes")
	require.Len(t, l, 2, "%v", l)
	assert.Equal(t, "notes[1]", l[0].Path)
	assert.Equal(t, "Mục nội dung thứ 2 cần đúng một loại: một đoạn văn, một danh sách gạch đầu dòng hoặc một danh sách a), b), c); mục này có 0 loại.", l[0].Message)
	assert.Equal(t, "notes[2].bullets[0].items[0].text", l[1].Path)

	var walked, each []string
	text.Walk("notes", func(p string, _ doc.Narrative) { walked = append(walked, p) })
	text.Each("notes", func(p string, _ doc.Narrative) { each = append(each, p) })
	assert.Equal(t, []string{"notes[0].paragraph", "notes[2].bullets[0]", "notes[2].bullets[0].items[0]"}, walked)
	assert.Equal(t, []string{"notes[0].paragraph", "notes[2].bullets[0]"}, each)
	assert.Len(t, text.Narratives(), 2)
}

// Clone shares nothing with the original.
func TestTextClone(t *testing.T) {
	text := section.Text{section.Paragraph("a", "n"), section.Bullets(doc.Narrative{Text: "b", Items: []doc.Narrative{{Text: "c"}}})}
	c := text.Clone()
	assert.Equal(t, text, c)
	c[0].Paragraph.Notes[0] = "x"
	c[1].Bullets[0].Items[0].Text = "x"
	assert.Equal(t, "n", text[0].Paragraph.Notes[0])
	assert.Equal(t, "c", text[1].Bullets[0].Items[0].Text)
	assert.Nil(t, section.Text(nil).Clone())
}
