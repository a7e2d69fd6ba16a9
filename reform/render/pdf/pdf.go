// Package pdf writes a laid-out document as a PDF file, the form in which an
// electronic administrative document is exchanged and signed, with the
// standard library and no PDF library: no LibreOffice, no browser.
//
// The writer maps a *doc.Layout to pages and decides nothing about
// numbering, texts or sizes: they come from the layout and its style sheet,
// and the distances the style sheet does not carry are the DOCX writer's.
// What it decides is how the layout of Nghị định 30/2020/NĐ-CP is set on
// paper:
//
//   - PDF 1.7, A4 portrait with the style's margins. The fonts are embedded
//     and subset: Liberation Serif (metric-compatible with Times New Roman,
//     with every Vietnamese letter) stands for the style's font, unless
//     Options.Fonts gives TrueType files (Times New Roman itself, where its
//     licence allows embedding it).
//     Each face is a Type 0 font with Identity-H encoding over a
//     CIDFontType2 font whose subset keeps the glyph ids of the original but
//     only the outlines of the glyphs shown; a ToUnicode CMap maps every
//     glyph back to its text, and footnote marks and characters a font lacks
//     carry their text as ActualText, so the text extracts as written (a
//     mark as "¹", as the text render writes it) and in reading order: the
//     header row by row, the body, the closing.
//   - Lines are broken greedily (first fit), at spaces only, without
//     hyphenation, as Word breaks them; a word wider than a line is cut
//     between letters. Body paragraphs are justified with a first-line
//     indent, the space before and the line spacing of the style; the last
//     line of a paragraph and a line ended by a line break are flush left.
//     Single line spacing is the font's ascent, descent and line gap (1,15 em
//     for Times New Roman and its clones), as in Word and LibreOffice.
//   - Pages end between paragraphs, between table rows, or inside a
//     paragraph with at least two lines on either side (widow and orphan
//     control). A heading stays with what follows it: with its first two
//     lines, or with its first line when moving two would leave more than
//     two lines empty at the foot of the page; so no heading ends a page and
//     a chain of headings never leaves a large gap. The closing stays with
//     the last two lines of the text.
//   - The header (ô 1–4) and the closing (ô 7–9b) are drawn as the DOCX's
//     borderless tables of two columns of the style's widths, centred on the
//     text area and spilling equally into both margins: the rule under the
//     issuing agency is half its line, the rule under the motto as long as
//     the motto, the rule under the trích yếu a third of its line; an agency
//     name or trích yếu too wide for one line is broken into two lines of
//     even length.
//   - Data tables span the text width with single borders and column widths
//     in proportion; the head row is bold, centred, kept with the first row
//     and repeated at the top of every page the table runs onto, unless it
//     takes more than a third of the page. Rows do not break across pages,
//     except a row taller than a page, which is cut between lines. Head rows
//     as a form prints them (doc.TableLayout.HeadRows) are drawn as one
//     head, each cell over the columns and rows it spans, and repeated when
//     they take at most half the page; a table with a size of its own
//     (doc.TableLayout.Size) is set at that size.
//   - An appendix that the layout puts on landscape pages
//     (doc.AppendixLayout.Landscape) is set on A4 turned, with the same
//     margins by side and page numbers; its footnotes keep the width of the
//     main text's.
//   - Footnotes are at the foot of the page of their reference, under a
//     separator a third of the text width, at the footnote size; they are
//     justified, except that a line whose spaces would grow by more than
//     0,25 em (about a space) is set flush left, so a note never shows
//     stretched gaps. A line of text goes to the next page with its notes
//     when they do not fit; a note longer than the room left continues on
//     the next page.
//   - Page numbers are centred in the top margin at the page-number size
//     from the second page on; each appendix starts a page, its numbers
//     restarting at 1, none on its first page, as in the DOCX.
//   - The document outline (bookmarks) holds the headings, nested by
//     depth, and each appendix; the viewer opens with it.
//   - Signing: an empty signature field (AcroForm /FT /Sig widget, named by
//     SignatureField) covers the blank lines of the signer's block, between
//     the signer's title and name, over the full width of the closing's
//     right column. That is where ND30 Phụ lục I puts the signature (ô 7c)
//     and the seal (ô 8), which covers a third to a quarter of the
//     signature on its left: a signing tool fills the field and stamps the
//     seal image over its left part without moving anything. Options can
//     leave the field out.
//   - PDF/A-2b where it costs little: every font embedded, no encryption,
//     an XMP metadata packet that repeats the document information and
//     declares PDF/A-2b, an sRGB output intent, an appearance stream on the
//     widget, no .notdef glyph shown and the file identifier in the trailer.
//     The declaration has not been checked by a PDF/A validator (veraPDF is
//     not among the tools the tests run); qpdf, Poppler and LibreOffice
//     read the files without complaint.
//
// The output is deterministic: objects come in a fixed order, the subset
// names come from the glyphs they hold, the file identifier is a hash of
// the content, and the creation date is the date of the document (its
// place-date line, at midnight in Vietnam), never the time of writing.
package pdf

import (
	"fmt"
	"io"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
)

// MediaType is the MIME type of a PDF file.
const MediaType = "application/pdf"

// SignatureField is the name (/T) of the empty signature field over the
// signer's block.
const SignatureField = "ChuKy"

// signatureTooltip is the field's description (/TU).
const signatureTooltip = "Chữ ký số của người có thẩm quyền"

// Options are the choices of the PDF output.
type Options struct {
	// Fonts are the TrueType files to set the document in; a nil face is
	// Liberation Serif's.
	Fonts Fonts
	// NoSignatureField leaves out the empty signature field.
	NoSignatureField bool
}

// Format returns the PDF format with the default options: name "pdf",
// extension ".pdf".
func Format() render.Format { return Options{}.Format() }

// Format returns the PDF format writing with options o.
func (o Options) Format() render.Format {
	return render.Format{
		Name:      "pdf",
		Extension: ".pdf",
		MediaType: MediaType,
		Write: func(w io.Writer, l *doc.Layout) error {
			return WriteLayoutOptions(w, l, o)
		},
	}
}

// Write lays out d with doc.Lay and writes it as a PDF file.
func Write(w io.Writer, d *doc.Document) error { return Format().Render(w, d) }

// WriteLayout writes a laid-out document as a PDF file.
func WriteLayout(w io.Writer, l *doc.Layout) error { return WriteLayoutOptions(w, l, Options{}) }

// WriteLayoutOptions writes a laid-out document as a PDF file with options
// o. A layout that Layout.Check refuses (one built by hand, not by doc.Lay:
// a style sheet outside the decree's ranges, a reference to a footnote the
// layout does not hold, a table row wider than its table …) comes back as
// Check's *doc.LayoutError, naming every problem; so does a page too short
// for four lines of the chosen font. A font file that is not TrueType is an
// error of the options. Nothing is written on an error.
func WriteLayoutOptions(w io.Writer, l *doc.Layout, o Options) error {
	out, err := build(l, o)
	if err != nil {
		return err
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("pdf: write: %w", err)
	}
	return nil
}
