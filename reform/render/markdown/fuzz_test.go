package markdown_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/markdown"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// fuzzDoc puts s in every run and field of a document that can hold it, in
// every context the renderer writes text in: header cells, the title
// heading, paragraphs, headings, nested list items, lettered and numbered
// items, emphasis, footnotes, table heads and cells, the closing and an
// appendix. The fields a document requires get s followed by " x", so they
// are never blank.
func fuzzDoc(s string) *doc.Document {
	req := s + " x"
	return &doc.Document{
		Header: doc.Header{
			ParentAgency: s, IssuingAgency: req, IssuerName: s, Number: s, Place: req,
			Date: time.Date(2024, time.November, 19, 0, 0, 0, 0, time.UTC), KindName: req, Subject: s,
			To: []string{s, req}, Urgency: s, Secrecy: s, Draft: true,
		},
		Body: []doc.Block{
			doc.P(doc.Plain(s)),
			doc.P(doc.Plain("Đoạn "+s), doc.NoteText(req), doc.Plain(s), doc.Bold(s), doc.Italic(s), doc.NoteText(req), doc.Plain(s)),
			&doc.Section{Title: req, Blocks: []doc.Block{
				&doc.Section{Title: req, Blocks: []doc.Block{
					&doc.List{Items: []doc.Item{
						{Runs: doc.Text(s), Blocks: []doc.Block{&doc.List{Marker: doc.Plus, Items: []doc.Item{
							{Runs: []doc.Run{doc.Italic(s), doc.NoteText(req)}},
						}}}},
						{Runs: []doc.Run{doc.Bold(s)}},
					}},
					&doc.List{Marker: doc.Letters, Items: []doc.Item{{Runs: doc.Text(s)}}},
					&doc.List{Marker: doc.Numbers, Items: []doc.Item{{Runs: []doc.Run{{Text: s, Bold: true, Italic: true}}}}},
				}},
			}},
			&doc.Table{
				Columns: []doc.Column{{Title: s}, {Title: s, Align: doc.AlignRight}},
				Rows: [][]doc.Cell{
					{{Runs: doc.Text(s)}, {Runs: []doc.Run{doc.Bold(s), doc.NoteText(req)}}},
					{{Runs: doc.Text(s), Span: 2, Align: doc.AlignCenter}},
				},
			},
			doc.P(doc.Plain(s)),
		},
		Closing: doc.Closing{
			Recipients: []string{s, req}, Archive: s, Drafter: s,
			Signer: doc.Signer{Authority: []string{s}, Title: req, Name: req},
		},
		Appendices: []doc.Appendix{{Title: req, Body: []doc.Block{doc.P(doc.Plain(s))}}},
	}
}

func FuzzMarkdown(f *testing.F) {
	// Seeds: the sample's own texts and text written to look like syntax.
	for _, s := range sample.Texts() {
		f.Add(s)
	}
	for _, s := range []string{
		"", " ", "\n", "\n\n", "# h", "## h ##", "- a", "+ a", "* a", "1. a", "1) a", "a\n- b", "a\n===", "a\n---",
		"***", "___", "> q", "    code", "```go", "~~~", "[a](b)", "![a](b)", "[^1]", "[^1]: x", "[a]: /u", "<b>", "<!--",
		"<http://x>", "http://x.vn", "www.x.vn", "a@b.vn", "`c`", "$m$", "~~s~~", "&amp;", "&#1;", "a | b", "|a|b|\n|-|-|",
		"\\", "\\\n", "**b**", "_i_", "*(x)*", "a!", ":", "(x)", "\t- a", "\r\n# x", "\u2028# x", "\x00\x1b[0m",
		"e\u0301", "\u0300\u0338", "\xff", "Số: 380/BC-STP", "- Lưu: VT, CCHC.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// The neutral text is "x", or a space when s is blank: the layout
		// leaves out blank addressees and recipients.
		n := "x"
		if strings.TrimSpace(doc.Clean(s)) == "" {
			n = " "
		}
		var out, neutral bytes.Buffer
		require.NoError(t, markdown.Write(&out, fuzzDoc(s)))
		require.NoError(t, markdown.Write(&neutral, fuzzDoc(n)))
		got := out.String()
		rendertest.CheckText(t, got)
		if d := cmp.Diff(count(neutral.String()), count(got)); d != "" {
			t.Fatalf("structure differs from neutral text (-neutral +got):\n%s\n%s", d, got)
		}
		// No blank line inside a block: paragraphs, items and cells end only
		// where the layout ends them. Text of Unicode spaces only (U+2000 …)
		// is blank to the layout, which leaves out blank addressees, but not
		// to Markdown, which blanks a line of ASCII spaces only: a paragraph
		// of such spaces is printed as it is, so its lines are not counted.
		if n == " " && strings.Trim(doc.Clean(s), " \t\n") != "" {
			return
		}
		require.Equal(t, strings.Count(neutral.String(), "\n\n"), strings.Count(got, "\n\n"), "blank lines differ:\n%s", got)
	})
}
