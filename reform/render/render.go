// Package render is the common shape of the renderers: a Format names one
// output (DOCX, HTML, Markdown, plain text) and writes a laid-out document.
//
// There is no registry. The module's formats are returned by the renderer
// packages (docx.Format(), html.Format(), markdown.Format(), text.Format());
// a caller lists the formats it offers and picks one by name with Pick, so a
// format written outside the module is added by putting it in that list.
package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
)

// Format is one output format.
type Format struct {
	// Name is the short name callers choose by: "docx", "html", "md", "txt".
	Name string
	// Extension is the file extension with its dot, e.g. ".docx".
	Extension string
	// MediaType is the MIME type of the output.
	MediaType string
	// Write writes a laid-out document. The module's writers first call
	// l.Check and return its *doc.LayoutError, writing nothing, for a
	// layout it refuses.
	Write func(w io.Writer, l *doc.Layout) error
}

// Render lays out d and writes it in format f.
func (f Format) Render(w io.Writer, d *doc.Document) error {
	if f.Write == nil {
		return fmt.Errorf("render: format %q has no writer", f.Name)
	}
	l, err := doc.Lay(d)
	if err != nil {
		return err
	}
	return f.Write(w, l)
}

// Pick returns the format whose name or extension (with or without its dot,
// any case) is name, among formats.
func Pick(name string, formats ...Format) (Format, error) {
	key := strings.ToLower(strings.TrimPrefix(name, "."))
	names := make([]string, 0, len(formats))
	for _, f := range formats {
		if key == strings.ToLower(f.Name) || key == strings.ToLower(strings.TrimPrefix(f.Extension, ".")) {
			return f, nil
		}
		names = append(names, f.Name)
	}
	return Format{}, fmt.Errorf("render: unknown format %q: expected one of %s", name, strings.Join(names, ", "))
}
