package text_test

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/text"
)

// fuzzDoc puts s in every run and field of a document that can hold it; the
// fields a document requires get s followed by " x", so they are never
// blank. With table false the document has no table, whose lines are never
// wrapped.
func fuzzDoc(s string, table bool) *doc.Document {
	req := s + " x"
	body := []doc.Block{
		doc.P(doc.Plain(s)),
		doc.P(doc.Plain("Đoạn "+s), doc.NoteText(req), doc.Plain(" "), doc.Bold(s)),
		&doc.Section{Title: req, Blocks: []doc.Block{
			&doc.Section{Title: req, Blocks: []doc.Block{
				&doc.List{Items: []doc.Item{
					{Runs: doc.Text(s), Blocks: []doc.Block{&doc.List{Marker: doc.Plus, Items: []doc.Item{
						{Runs: []doc.Run{doc.Italic(s), doc.NoteText(req)}},
					}}}},
					{Runs: []doc.Run{doc.Bold(s)}},
				}},
				&doc.List{Marker: doc.Letters, Items: []doc.Item{{Runs: doc.Text(s)}}},
				&doc.List{Marker: doc.Numbers, Items: []doc.Item{{Runs: doc.Text(s)}}},
			}},
		}},
		doc.P(doc.Plain(s)),
	}
	appendix := []doc.Block{doc.P(doc.Plain(s))}
	if table {
		appendix = append([]doc.Block{&doc.Table{
			Columns: []doc.Column{{Title: s}, {Title: s, Align: doc.AlignRight}},
			Rows: [][]doc.Cell{
				{{Runs: doc.Text(s)}, {Runs: []doc.Run{doc.Bold(s), doc.NoteText(req)}}},
				{{Runs: doc.Text(s), Span: 2, Align: doc.AlignCenter}},
			},
		}}, appendix...)
	}
	return &doc.Document{
		Header: doc.Header{
			ParentAgency: s, IssuingAgency: req, IssuerName: s, Number: s, Place: req,
			Date: time.Date(2024, time.November, 19, 0, 0, 0, 0, time.UTC), KindName: req, Subject: s,
			To: []string{s, req}, Urgency: s, Secrecy: s,
		},
		Body: body,
		Closing: doc.Closing{
			Recipients: []string{s, req}, Archive: s, Drafter: s,
			Signer: doc.Signer{Authority: []string{s}, Title: req, Name: req},
		},
		Appendices: []doc.Appendix{{Title: req, Body: appendix}},
	}
}

// blocks counts the blank-line separated blocks of out.
func blocks(out string) int { return len(strings.Split(strings.TrimSuffix(out, "\n"), "\n\n")) }

// visible reports whether s keeps some text once cleaned: a run of spaces
// and line breaks makes no paragraph.
func visible(s string) bool {
	s = strings.NewReplacer("\u2028", "\n", "\u2029", "\n").Replace(doc.Clean(s))
	return strings.Trim(s, " \n") != ""
}

func FuzzText(f *testing.F) {
	// Seeds: the sample's own texts and text that tries to break the shape.
	for _, s := range sample.Texts() {
		f.Add(s, uint8(80))
	}
	for _, s := range []string{
		"", " ", "\n", "\n\n\n", "a\n\nb", "a\r\n\r\nb", "a\rb", "\u2028\u2029", "x\u0085y",
		"\x00\x01\x07\x1b[31mđỏ\x1b[0m\x7f", "\t-\tmục", "e\u0301 \u0301", "\u0300\u0338", "\u0338", "\xff\xfe", "\uFEFFbom",
		"¹ Công văn số 134/UBND-NC", "- Sở Nội vụ;", "I. CÔNG TÁC", "Nơi nhận:", "**đậm**",
		strings.Repeat("dài ", 50), strings.Repeat("x", 200), "漢字 テスト ｆｕｌｌ",
	} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(30))
	}
	f.Fuzz(func(t *testing.T, s string, w uint8) {
		width := int(w % 120)
		var out bytes.Buffer
		require.NoError(t, text.WriteOptions(&out, fuzzDoc(s, true), text.Options{Width: width}))
		got := out.String()
		assertClean(t, got)

		// The same number of blocks as with neutral text: no run makes or
		// merges paragraphs.
		var neutral bytes.Buffer
		require.NoError(t, text.WriteOptions(&neutral, fuzzDoc("x", true), text.Options{Width: width}))
		if visible(s) {
			require.Equal(t, blocks(neutral.String()), blocks(got), "blocks differ from neutral text:\n%s", got)
		}

		// Wrapping: when every word fits in the line with the longest
		// label and marks ("1.1. ", "**", a superscript), no line is
		// longer than the width.
		if width < 20 {
			return
		}
		cleaned := strings.NewReplacer("\u2028", "\n", "\u2029", "\n").Replace(doc.Clean(s))
		for _, word := range strings.FieldsFunc(cleaned, func(r rune) bool { return r == ' ' || r == '\n' }) {
			if utf8.RuneCountInString(word) > width-10 {
				return
			}
		}
		out.Reset()
		require.NoError(t, text.WriteOptions(&out, fuzzDoc(s, false), text.Options{Width: width}))
		for _, line := range strings.Split(out.String(), "\n") {
			require.LessOrEqual(t, utf8.RuneCountInString(line), width, "line too long: %q", line)
		}
	})
}
