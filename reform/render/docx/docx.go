// Package docx writes a laid-out document as a DOCX file (Office Open XML
// WordprocessingML), the format offices exchange, with the standard library
// (archive/zip; the XML is written straight into a buffer, escaped as
// encoding/xml escapes it, and streams from it into the compressor) and
// github.com/klauspost/compress's stateless deflate, which compresses the
// parts in a fraction of the time of compress/flate (see WriteLayout).
//
// The writer maps a *doc.Layout to WordprocessingML and decides nothing
// about numbering, texts or sizes: they come from the layout and its style
// sheet. What it does decide is how the layout of Nghị định 30/2020/NĐ-CP
// is built in Word:
//
//   - A4 portrait with the style's margins; Times New Roman, the body size
//     and the language vi-VN in the document defaults of styles.xml.
//   - The header (ô 1–4) and the closing (ô 7–9b) are borderless tables of
//     two columns of the style's widths (67,5 | 100 mm and 52,8 | 110,9 mm).
//     Like the decree's template they are wider than the text, so each table
//     is centred on the text area with a negative indent and spills equally
//     into both margins; their layout is fixed and their rows do not break.
//   - The rules under the issuing agency, the motto and the trích yếu are
//     bottom borders of empty paragraphs of 1 pt, centred by their indents.
//     Their length follows the line above: the motto's rule is as long as the
//     motto, the agency's half of its line, the trích yếu's a third (the
//     decree asks 1/3 to 1/2). The writer estimates the width of a line from
//     the advance widths of Times New Roman.
//   - An agency name, trích yếu or appendix title too wide for one line is
//     broken into two lines of even length ("ỦY BAN NHÂN DÂN" / "TỈNH AN
//     GIANG") instead of leaving one word alone on the second line; the
//     decree lets these names run over several lines.
//   - Body paragraphs use the style "Body Text" (justified, first-line
//     indent, space before, line spacing); headings use "heading 1" … with
//     outline levels 0 … so Word's navigation pane shows the outline, but
//     look like body text: their bold, italic and capitals are on their
//     runs, as the layout gives them.
//   - Footnotes are native Word footnotes (word/footnotes.xml) numbered
//     continuously, their text at the footnote size, flush left: justified,
//     a short note of two lines shows stretched spaces.
//   - Headings keep with what follows; the paragraph right after a heading
//     has widow control off, so that a run of headings moves to the next
//     page with one line of its text rather than two, and never leaves more
//     than about two lines empty at the foot of a page.
//   - Data tables span the text width with single borders, column widths in
//     proportion, the head row repeated on each page. A table with head
//     rows as a form prints them (doc.TableLayout.HeadRows) gets them as
//     real rows, every one marked to repeat on each page (w:tblHeader), a
//     cell spanning columns with w:gridSpan and one spanning rows with a
//     vertical merge (w:vMerge restart, continued in the rows below); a
//     table with a size of its own (doc.TableLayout.Size) has it on its
//     runs and paragraph marks.
//   - Page numbers are a centred PAGE field in the header, at the page-number
//     size; the first page of the document shows none (w:titlePg with an
//     empty first-page header).
//   - Each appendix is a section of its own, starting on a new page, its
//     page numbers restarting at 1. Like the document itself, an appendix
//     shows no number on its first page: the decree hides the number of the
//     first page of a document and numbers each appendix "on its own" only
//     when it has several pages ("trường hợp phụ lục có nhiều trang"), so a
//     one-page appendix carries no number, and common practice in
//     ministries' Word files agrees.
//   - An appendix that the layout puts on landscape pages
//     (doc.AppendixLayout.Landscape) is a section of A4 turned (w:pgSz of
//     16838 × 11906 twips, w:orient="landscape") with the same margins by
//     side, headers and page numbering as every section; the sections
//     before and after it keep their own pages.
//
// The output is deterministic: the parts come in a fixed order with a fixed
// time (1980-01-01) in the zip, and the package properties carry the date
// of the document, never the time of writing.
package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
)

// MediaType is the MIME type of a DOCX file.
const MediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

// Format returns the DOCX format: name "docx", extension ".docx".
func Format() render.Format {
	return render.Format{Name: "docx", Extension: ".docx", MediaType: MediaType, Write: WriteLayout}
}

// Write lays out d with doc.Lay and writes it as a DOCX file.
func Write(w io.Writer, d *doc.Document) error { return Format().Render(w, d) }

// zipTime is the modification time of every part: the earliest a zip file
// can hold, so the same layout always gives the same bytes.
var zipTime = time.Date(1980, time.January, 1, 0, 0, 0, 0, time.UTC)

// WriteLayout writes a laid-out document as a DOCX file: the parts of
// Parts, compressed, in their fixed order. A layout that Layout.Check
// refuses comes back as Check's *doc.LayoutError, nothing written.
//
// The parts are compressed with the stateless deflate of
// github.com/klauspost/compress/flate: ordinary deflate, which every zip
// reader reads, written in about a sixth of the time compress/flate takes
// at archive/zip's default level, with no compressor state allocated or
// kept (the standard compressor and klauspost's levels allocate about a
// megabyte per package). The price is size: the reference report's package
// is about 27 KB instead of 21 KB.
//
// The XML of a part is not built whole: it streams through one buffer of
// about 56 KB into the compressor, in pieces of about 48 KB cut between
// paragraphs, table rows and footnotes, each compressed with the 8 KB
// before it as its dictionary, so the pieces pack about as well as the
// whole part would (the reference report's package: 27,434 bytes instead
// of 27,375).
//
// The package is built in memory and handed to w in one write. When w is a
// *bytes.Buffer, memory already, the package is built in it directly, with
// no buffer of its own; on an error the buffer is left as it was.
func WriteLayout(w io.Writer, l *doc.Layout) error {
	if err := l.Check(); err != nil {
		return err
	}
	if buf, ok := w.(*bytes.Buffer); ok {
		n := buf.Len()
		if err := writePackage(buf, l); err != nil {
			buf.Truncate(n)
			return err
		}
		return nil
	}
	var buf bytes.Buffer
	if err := writePackage(&buf, l); err != nil {
		return err
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("docx: write: %w", err)
	}
	return nil
}

// writePackage writes the zip package of l, a layout Layout.Check accepts,
// at the end of buf.
func writePackage(buf *bytes.Buffer, l *doc.Layout) error {
	buf.Grow(packageSize(l))
	z := zip.NewWriter(buf)
	z.RegisterCompressor(zip.Deflate, new(deflater).open)
	b := newBuilder(l, &xmlWriter{b: make([]byte, 0, streamSize(l))})
	for _, p := range packageParts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: zipTime})
		if err == nil {
			err = b.stream(f, p)
		}
		if err != nil {
			return fmt.Errorf("docx: %s: %w", p.name, err)
		}
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("docx: %w", err)
	}
	return nil
}

// stream writes the XML of p to w: a static part in one write, a part of
// the layout through b.x in pieces of about spillSize bytes.
func (b *builder) stream(w io.Writer, p packagePart) error {
	if p.write == nil {
		_, err := w.Write(p.static)
		return err
	}
	x := b.x
	x.out = w
	x.raw(xmlDecl)
	p.write(b)
	x.drain()
	return x.err
}

// streamSize is the size of the buffer a part streams through: that of the
// largest part, word/document.xml, up to spillSize and room for the
// paragraph or table row that ends a piece.
func streamSize(l *doc.Layout) int { return min(documentSize(l), spillSize+8<<10) }

// packageSize estimates the size of the compressed package: XML packs to
// about a quarter of its size (a third, to be safe), and each part adds
// its headers, about 128 bytes and twice its name (at most as long as
// PartDocumentRels); the buffer grows past the estimate when it must.
func packageSize(l *doc.Layout) int {
	n := partsSize(l)
	for _, p := range packageParts {
		n += len(p.static)
	}
	return n/3 + len(packageParts)*(128+2*len(PartDocumentRels))
}
