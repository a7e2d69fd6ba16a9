package render_test

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/html"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/markdown"
	"github.com/cchc-go/cchc/reform/render/text"
)

// outline is a format written outside the module: only the headings.
func outline() render.Format {
	return render.Format{Name: "outline", Extension: ".outline", MediaType: "text/plain", Write: func(w io.Writer, l *doc.Layout) error {
		for _, p := range l.Body {
			if p.Kind == doc.KindHeading {
				fmt.Fprintln(w, p.Label, doc.PlainText(p.Spans))
			}
		}
		return nil
	}}
}

func TestPick(t *testing.T) {
	formats := []render.Format{docx.Format(), html.Format(), markdown.Format(), text.Format(), outline()}
	tests := []struct{ name, want string }{
		{"docx", "docx"}, {".DOCX", "docx"}, {"html", "html"}, {"md", "md"}, {".md", "md"},
		{"txt", "txt"}, {"TXT", "txt"}, {"outline", "outline"}, {".outline", "outline"},
	}
	for _, tt := range tests {
		f, err := render.Pick(tt.name, formats...)
		require.NoError(t, err, tt.name)
		assert.Equal(t, tt.want, f.Name)
	}
	_, err := render.Pick("pdf", formats...)
	require.Error(t, err)
	assert.Equal(t, `render: unknown format "pdf": expected one of docx, html, md, txt, outline`, err.Error())
}

func TestRenderWithAFormatFromOutside(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, outline().Render(&b, sample.Document()))
	assert.True(t, strings.HasPrefix(b.String(), "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH\n1. Về Kế hoạch cải cách hành chính\n"), b.String())

	err := outline().Render(&b, &doc.Document{})
	var de *doc.Error
	require.ErrorAs(t, err, &de, "a document that cannot be laid out is refused before writing")

	err = render.Format{Name: "empty"}.Render(&b, sample.Document())
	assert.EqualError(t, err, `render: format "empty" has no writer`)
}

func TestLeadingMarks(t *testing.T) {
	for _, tt := range []struct{ in, refs, rest string }{
		{"", "", ""},
		{"abc", "", "abc"},
		{"\u0338", "&#x338;", ""},
		{"\u0338\u0300x", "&#x338;&#x300;", "x"},
		{"e\u0301", "", "e\u0301"},
		{"\u1161", "&#x1161;", ""}, // a Hangul vowel composes with the consonant before it
		{"≯", "", "≯"},
	} {
		refs, rest := render.LeadingMarks(tt.in)
		assert.Equal(t, tt.refs, refs, "%q", tt.in)
		assert.Equal(t, tt.rest, rest, "%q", tt.in)
	}
}
