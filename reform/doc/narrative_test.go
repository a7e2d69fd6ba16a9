package doc_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
)

func TestParseInline(t *testing.T) {
	n1, n2 := &doc.Footnote{Runs: doc.Text("một")}, &doc.Footnote{Runs: doc.Text("hai")}
	notes := []*doc.Footnote{n1, n2}
	tests := []struct {
		in   string
		want []doc.Run
	}{
		{"văn bản thường", doc.Text("văn bản thường")},
		{"tự kiểm tra 51 VBQPPL (*tăng 14 so với cùng kỳ*)", []doc.Run{doc.Plain("tự kiểm tra 51 VBQPPL ("), doc.Italic("tăng 14 so với cùng kỳ"), doc.Plain(")")}},
		{"tổng **133** lượt", []doc.Run{doc.Plain("tổng "), doc.Bold("133"), doc.Plain(" lượt")}},
		{"***đậm nghiêng***", []doc.Run{{Text: "đậm nghiêng", Bold: true, Italic: true}}},
		{"năm 2024[^1]; Công điện[^2].", []doc.Run{{Text: "năm 2024", Note: n1}, {Text: "; Công điện", Note: n2}, doc.Plain(".")}},
		{"[^1][^2]", []doc.Run{{Note: n1}, {Note: n2}}},
		{`5 \* 3 \[x\] a\\b`, doc.Text(`5 * 3 [x] a\b`)},
		{"[không phải chú thích]", doc.Text("[không phải chú thích]")},
		{"", nil},
	}
	for _, tt := range tests {
		got, err := doc.ParseInline(tt.in, notes)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestParseInlineErrors(t *testing.T) {
	tests := []struct {
		in     string
		offset int
		reason string
	}{
		{"a *b", 2, "never closed"},
		{"**b", 0, "bold text that is never closed"},
		{"x[^1", 1, "never closed"},
		{"x[^a]", 1, "expected [^n]"},
		{"x[^0]", 1, "expected [^n]"},
		{"x[^3]", 1, "only 2 notes"},
		{`x\`, 1, "escapes nothing"},
	}
	notes := []*doc.Footnote{{}, {}}
	for _, tt := range tests {
		_, err := doc.ParseInline(tt.in, notes)
		var me *doc.MarkupError
		require.ErrorAs(t, err, &me, tt.in)
		assert.Equal(t, tt.offset, me.Offset, tt.in)
		assert.Contains(t, me.Reason, tt.reason, tt.in)
	}
}

func TestNarrative(t *testing.T) {
	n := doc.Narrative{
		Text:  "Ủy ban nhân dân tỉnh ban hành Công văn[^1]; báo cáo[^2].",
		Notes: []string{"Công văn số 134/UBND-NC ngày 31/01/2024 của UBND tỉnh", "Báo cáo số 518/BC-UBND ngày 23/5/2024 của *UBND tỉnh*"},
		Items: []doc.Narrative{{Text: "ý một", Items: []doc.Narrative{{Text: "ý con"}}}},
	}
	blocks, err := n.Paragraph()
	require.NoError(t, err)
	l := lay(t, minimal(blocks...))
	assert.Equal(t, "Ủy ban nhân dân tỉnh ban hành Công văn[1]; báo cáo[2].", doc.PlainText(l.Body[0].Spans))
	assert.Equal(t, []string{"-", "+"}, labels(l.Body))
	require.Len(t, l.Notes, 2)
	assert.Equal(t, []doc.Span{{Text: "Báo cáo số 518/BC-UBND ngày 23/5/2024 của "}, {Text: "UBND tỉnh", Italic: true}}, l.Notes[1].Spans)

	bad := []struct {
		n    doc.Narrative
		want string
	}{
		{doc.Narrative{Text: "a", Notes: []string{"unused"}}, "notes[0]: byte 0: note 1 is referenced 0 times"},
		{doc.Narrative{Text: "a[^1] b[^1]", Notes: []string{"twice"}}, "note 1 is referenced 2 times"},
		{doc.Narrative{Text: "a", Notes: []string{"*open"}}, "notes[0]: byte 0"},
		{doc.Narrative{Text: "a[^1]", Notes: []string{" "}}, "notes[0]: byte 0: a footnote needs text"},
		{doc.Narrative{Text: "a", Items: []doc.Narrative{{Text: "ok"}, {Text: "**x"}}}, "items[1].text: byte 0"},
	}
	for _, b := range bad {
		_, err := b.n.Paragraph()
		require.Error(t, err)
		assert.Contains(t, err.Error(), b.want)
	}
}

func FuzzParseInline(f *testing.F) {
	for _, s := range []string{"a *b* **c** [^1]", `\*\[`, "***", "[^", "tổng **133** lượt[^1]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		notes := []*doc.Footnote{{Runs: doc.Text("n")}}
		runs, err := doc.ParseInline(s, notes)
		if err == nil {
			// Markup never adds text: the runs' text is s without markup.
			var b strings.Builder
			for _, r := range runs {
				b.WriteString(r.Text)
			}
			if b.Len() > len(s) {
				t.Fatalf("%q: runs hold more text than the input", s)
			}
		}
		// Escaped text always comes back as itself.
		back, err := doc.ParseInline(doc.EscapeInline(s), nil)
		if err != nil {
			t.Fatalf("escaped %q: %v", s, err)
		}
		var b strings.Builder
		for _, r := range back {
			if r.Bold || r.Italic || r.Note != nil {
				t.Fatalf("escaped %q gave emphasis or a note", s)
			}
			b.WriteString(r.Text)
		}
		if b.String() != s {
			t.Fatalf("escape round trip: %q became %q", s, b.String())
		}
	})
}
