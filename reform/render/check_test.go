package render_test

import (
	"bytes"
	"errors"
	"io"
	"testing"
	"time"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/html"
	"github.com/cchc-go/cchc/reform/render/markdown"
	"github.com/cchc-go/cchc/reform/render/pdf"
	"github.com/cchc-go/cchc/reform/render/text"
)

// writers are the renderers' entry points for a laid-out document.
var writers = map[string]func(io.Writer, *doc.Layout) error{
	"docx": docx.WriteLayout, "html": html.WriteLayout, "markdown": markdown.WriteLayout,
	"text": text.WriteLayout, "pdf": pdf.WriteLayout,
}

// small is a short document with every kind of paragraph, footnotes in the
// body, a list, a table and an appendix.
func small() *doc.Document {
	return &doc.Document{
		Header: doc.Header{IssuingAgency: "Sở Tư pháp", Number: "1/BC-STP", Place: "An Giang",
			Date: time.Date(2024, 11, 19, 0, 0, 0, 0, time.UTC), KindName: "Báo cáo", Subject: "Thử"},
		Body: []doc.Block{
			&doc.Section{Title: "Mục", Blocks: []doc.Block{
				&doc.Section{Title: "Khoản", Blocks: []doc.Block{doc.P(doc.Plain("a"), doc.NoteText("một"))}},
				&doc.List{Items: []doc.Item{{Runs: doc.Text("b"), Blocks: []doc.Block{&doc.List{Marker: doc.Plus, Items: []doc.Item{{Runs: doc.Text("c")}}}}}}},
				&doc.Table{Columns: []doc.Column{{Title: "A"}, {Title: "B", Width: 2}},
					Rows: [][]doc.Cell{{{Runs: doc.Text("1")}, {Runs: []doc.Run{doc.Plain("2"), doc.NoteText("hai")}}}, {{Runs: doc.Text("3"), Span: 2}}}},
			}},
		},
		Closing:    doc.Closing{Recipients: []string{"Sở Nội vụ"}, Signer: doc.Signer{Title: "Giám đốc", Name: "A"}},
		Appendices: []doc.Appendix{{Title: "Số liệu", Body: []doc.Block{doc.P(doc.Plain("d"), doc.NoteText("ba"))}}},
	}
}

// mutate damages l as ops say, two bytes an operation: what to change and
// by how much. Every change is one a layout built by hand could make.
func mutate(l *doc.Layout, ops []byte) {
	at := func(n int, b byte) int { return int(b) % max(n, 1) }
	for i := 0; i+1 < len(ops); i += 2 {
		op, arg := ops[i]%10, ops[i+1]
		body := l.Body
		if arg&1 == 1 && len(l.Appendices) > 0 {
			body = l.Appendices[0].Body
		}
		if len(body) == 0 {
			continue
		}
		p := &body[at(len(body), arg>>1)]
		switch op {
		case 0:
			p.Kind = doc.Kind(arg % 6)
		case 1:
			p.Depth = int(arg%12) - 1
		case 2:
			p.Spans = append(p.Spans, doc.Span{Note: int(arg%6) - 1})
		case 3:
			if len(l.Notes) > 0 {
				l.Notes[at(len(l.Notes), arg)].Number = int(arg%5) - 1
			}
		case 4:
			if p.Table != nil && len(p.Table.Widths) > 0 {
				p.Table.Widths[at(len(p.Table.Widths), arg)] = int(arg%3) - 1
			}
		case 5:
			if p.Table != nil {
				p.Table.Rows = append(p.Table.Rows, []doc.CellLayout{{Span: int(arg % 4)}, {Span: int(arg % 3)}})
			}
		case 6:
			if p.Table != nil && arg%2 == 0 {
				p.Table = nil
			} else if p.Table != nil {
				p.Table.Widths = p.Table.Widths[:0]
			}
		case 7:
			if len(l.Notes) > 0 {
				n := &l.Notes[at(len(l.Notes), arg)]
				n.Spans = append(n.Spans, doc.Span{Note: int(arg % 4)})
			}
		case 8:
			l.Notes = l.Notes[:at(len(l.Notes)+1, arg)]
		case 9:
			l.Style.Levels = l.Style.Levels[:at(len(l.Style.Levels)+1, arg)]
		}
	}
}

// FuzzCheckedLayout damages a laid-out document the way a layout built by
// hand can be wrong. Every renderer refuses what doc.Layout.Check refuses,
// with Check's error and nothing written, and writes, without error or
// panic, what Check accepts: no renderer relies on a check of its own.
func FuzzCheckedLayout(f *testing.F) {
	for _, s := range []string{"", "\x00\x05", "\x01\x08", "\x02\x03\x03\x01", "\x04\x06\x05\x07", "\x06\x06\x06\x07",
		"\x07\x01\x08\x00", "\x09\x02", "\x05\x02\x05\x03", "\x02\x01\x08\x01"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, ops []byte) {
		l, err := doc.Lay(small())
		if err != nil {
			t.Fatal(err)
		}
		mutate(l, ops)
		want := l.Check()
		var le *doc.LayoutError
		if want != nil && !errors.As(want, &le) {
			t.Fatalf("Check returned %T, not a *doc.LayoutError: %v", want, want)
		}
		for name, write := range writers {
			var b bytes.Buffer
			got := write(&b, l)
			switch {
			case want == nil && got != nil:
				t.Fatalf("%s: Check accepts the layout, the renderer refuses it: %v", name, got)
			case want != nil && (got == nil || got.Error() != want.Error()):
				t.Fatalf("%s: got %v, want Check's error %v", name, got, want)
			case want != nil && b.Len() > 0:
				t.Fatalf("%s: wrote %d bytes with an error", name, b.Len())
			}
		}
	})
}
