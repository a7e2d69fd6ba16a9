// Package docxread reads a DOCX (WordprocessingML, ISO/IEC 29500) into an
// input.Document for reform/lint, with the standard library only
// (archive/zip and encoding/xml).
//
// What it reads: the paragraphs of the body in order, those of tables
// included with their cell; each paragraph's text as displayed (tabs, line
// breaks, non-breaking hyphens, the results of fields, not their codes;
// deleted text and drawings left out), its list label as Word displays it
// from numbering.xml ("II.", "2.2.", "a)", "-"), its properties resolved
// through the style chain (document defaults → paragraph style and its
// basedOn chain → character style → direct formatting: font, size, bold,
// italic, capitals, superscript, alignment, indents, spacing, outline level,
// bottom border); footnotes, each reference written in the text as its
// number in superscript digits; sections' page size, margins and title
// page; page headers and footers with their PAGE fields.
//
// Reading is bounded (Limits): the number of entries of the archive is
// read from its end record before the directory is, each XML part is
// decompressed only up to its limit, the parts read together have a total
// limit, and so do the paragraphs and the nesting of elements; an archive
// past a limit is an error that says which, in bounded time and memory,
// whatever sizes its headers claim (a zip bomb stops at the limit). Parts
// other than the XML it needs (images, embedded files) are never read.
package docxread

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/cchc-go/cchc/reform/lint/input"
)

// Limits bounds the reading of a DOCX. A zero field takes its default.
type Limits struct {
	// MaxEntries is the most entries the archive may have (default 10000).
	MaxEntries int
	// MaxDirectoryBytes is the largest central directory (default 4 MiB).
	MaxDirectoryBytes int64
	// MaxPartBytes is the largest uncompressed XML part (default 32 MiB).
	MaxPartBytes int64
	// MaxTotalBytes is the most uncompressed bytes read over all parts
	// (default 64 MiB).
	MaxTotalBytes int64
	// MaxParagraphs is the most non-empty paragraphs (default 100000).
	MaxParagraphs int
	// MaxDepth is the deepest nesting of XML elements (default 256).
	MaxDepth int
}

// withDefaults fills the zero fields.
func (l Limits) withDefaults() Limits {
	orDefault(&l.MaxEntries, 10000)
	orDefault(&l.MaxDirectoryBytes, 4<<20)
	orDefault(&l.MaxPartBytes, 32<<20)
	orDefault(&l.MaxTotalBytes, 64<<20)
	orDefault(&l.MaxParagraphs, 100000)
	orDefault(&l.MaxDepth, 256)
	return l
}

// orDefault sets *v to def when it is zero or negative.
func orDefault[T int | int64](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}

// The errors of Read; an *Error wraps them with the part at fault.
var (
	// ErrNotZip: the input is not a zip archive (a .doc, a PDF, a text?).
	ErrNotZip = errors.New("not a zip archive: a DOCX is a zip archive of XML parts (an old .doc or a PDF is not)")
	// ErrNoDocument: the archive has no main document part.
	ErrNoDocument = errors.New("no main document part (word/document.xml): not a DOCX")
	// ErrLimit: a limit of Limits was passed.
	ErrLimit = errors.New("limit exceeded")
	// ErrMalformed: a part is not well-formed XML or the archive is damaged.
	ErrMalformed = errors.New("malformed")
)

// Error is the error of Read: the part at fault, what is wrong, and one of
// the errors above to match with errors.Is.
type Error struct {
	// Part is the name of the part in the archive, empty for the archive.
	Part string
	// Reason says what is wrong, in English.
	Reason string
	// Err is ErrNotZip, ErrNoDocument, ErrLimit or ErrMalformed.
	Err error
}

// Error writes the part and the reason.
func (e *Error) Error() string {
	if e.Part == "" {
		return "docxread: " + e.Reason
	}
	return "docxread: " + e.Part + ": " + e.Reason
}

// Unwrap returns the kind of error.
func (e *Error) Unwrap() error { return e.Err }

// reader reads one archive: its parts, and once the main document's
// relationships, styles and numbering are read, the parts they name.
type reader struct {
	lim   Limits
	files map[string]*zip.File
	total int64
	// rels are the main document part's relationships.
	docRels []relationship
	st      *styles
	num     *numbering
}

// Read reads the DOCX of size bytes at r.
func Read(r io.ReaderAt, size int64, lim Limits) (*input.Document, error) {
	rd, err := openArchive(r, size, lim.withDefaults())
	if err != nil {
		return nil, err
	}
	main, err := rd.mainPart()
	if err != nil {
		return nil, err
	}
	if err := rd.readDefinitions(main); err != nil {
		return nil, err
	}
	body, err := rd.parsePart(main, "body")
	if err != nil {
		return nil, err
	}
	doc := &input.Document{Format: input.DOCX, Layout: true, Paragraphs: body.paras, Sections: body.sections}
	if doc.Footnotes, err = rd.footnotes(body); err != nil {
		return nil, err
	}
	if doc.Headers, err = rd.headers(body); err != nil {
		return nil, err
	}
	return doc, nil
}

// openArchive checks the archive's directory against the limits and opens
// it.
func openArchive(r io.ReaderAt, size int64, lim Limits) (*reader, error) {
	if err := checkDirectory(r, size, lim); err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, &Error{Reason: "cannot read the archive: " + err.Error(), Err: ErrNotZip}
	}
	rd := &reader{lim: lim, files: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		rd.files[strings.TrimPrefix(f.Name, "/")] = f
	}
	return rd, nil
}

// mainPart returns the name of the main document part, as the package's
// relationships name it; an error when the archive lacks it.
func (rd *reader) mainPart() (string, error) {
	rels, err := rd.rels("_rels/.rels", "")
	if err != nil {
		return "", err
	}
	main := "word/document.xml"
	for _, rel := range rels {
		if strings.HasSuffix(rel.typ, "/officeDocument") {
			main = rel.target
		}
	}
	if rd.files[main] == nil {
		return "", &Error{Part: main, Reason: "missing", Err: ErrNoDocument}
	}
	return main, nil
}

// readDefinitions reads the main part's relationships, then the theme,
// styles and numbering parts they name.
func (rd *reader) readDefinitions(main string) error {
	dir := path.Dir(main)
	rels, err := rd.rels(path.Join(dir, "_rels", path.Base(main)+".rels"), dir)
	if err != nil {
		return err
	}
	rd.docRels = rels
	rd.st = &styles{byID: map[string]*style{}}
	rd.num = &numbering{abstract: map[string]*abstractNum{}, nums: map[string]*num{}, counters: map[string]*[9]int{}}
	if err := rd.readTheme(); err != nil {
		return err
	}
	if err := rd.readDefinition("/styles", rd.st.read); err != nil {
		return err
	}
	return rd.readDefinition("/numbering", rd.num.read)
}

// partOf returns the target of the main part's relationship whose type
// ends in suffix, or "".
func (rd *reader) partOf(suffix string) string {
	for _, rel := range rd.docRels {
		if strings.HasSuffix(rel.typ, suffix) {
			return rel.target
		}
	}
	return ""
}

// readTheme reads the theme's major and minor fonts, when there is a theme.
func (rd *reader) readTheme() error {
	theme := rd.partOf("/theme")
	if theme == "" {
		return nil
	}
	data, err := rd.part(theme)
	if err != nil {
		return err
	}
	rd.st.major, rd.st.minor = readTheme(data)
	return nil
}

// readDefinition reads the part of the relationship type suffix with read,
// when there is one.
func (rd *reader) readDefinition(suffix string, read func([]byte, Limits) error) error {
	p := rd.partOf(suffix)
	if p == "" {
		return nil
	}
	data, err := rd.part(p)
	if err != nil {
		return err
	}
	if err := read(data, rd.lim); err != nil {
		return partError(p, err)
	}
	return nil
}

// partError is the error of a part that did not parse.
func partError(part string, err error) error {
	return &Error{Part: part, Reason: err.Error(), Err: kindOf(err)}
}

// parsePart reads the paragraphs of a part whose root is root ("body",
// "footnotes" or "hdr").
func (rd *reader) parsePart(name, root string) (*parser, error) {
	data, err := rd.part(name)
	if err != nil {
		return nil, err
	}
	ps := &parser{lim: rd.lim, st: rd.st, num: rd.num, notes: map[string]string{}}
	if err := ps.parse(data, root); err != nil {
		return nil, partError(name, err)
	}
	return ps, nil
}

// footnotes returns the footnotes the body refers to, in the order of their
// references.
func (rd *reader) footnotes(body *parser) ([]input.Footnote, error) {
	p := rd.partOf("/footnotes")
	if p == "" || len(body.noteOrder) == 0 {
		return nil, nil
	}
	fp, err := rd.parsePart(p, "footnotes")
	if err != nil {
		return nil, err
	}
	var notes []input.Footnote
	for _, id := range body.noteOrder {
		if paras, ok := fp.footnotes[id]; ok {
			notes = append(notes, input.Footnote{Mark: body.notes[id], Paragraphs: paras})
		}
	}
	return notes, nil
}

// headers returns the headers and footers of each section; a section
// without a reference of a kind inherits the previous section's.
func (rd *reader) headers(body *parser) ([]input.HeaderFooter, error) {
	relTarget := map[string]string{}
	for _, rel := range rd.docRels {
		relTarget[rel.id] = rel.target
	}
	inherited := map[string]string{}
	parsed := map[string]*parser{}
	var out []input.HeaderFooter
	for i, refs := range body.sectionRefs {
		maps.Copy(inherited, refs)
		for _, key := range slices.Sorted(maps.Keys(inherited)) {
			target := relTarget[inherited[key]]
			if target == "" {
				continue
			}
			hp, err := rd.parseOnce(parsed, target)
			if err != nil {
				return nil, err
			}
			out = append(out, headerFooter(i, key, hp))
		}
	}
	return out, nil
}

// parseOnce returns the parsed header or footer part target, reading it the
// first time only.
func (rd *reader) parseOnce(parsed map[string]*parser, target string) (*parser, error) {
	if hp := parsed[target]; hp != nil {
		return hp, nil
	}
	hp, err := rd.parsePart(target, "hdr")
	if err != nil {
		return nil, err
	}
	parsed[target] = hp
	return hp, nil
}

// headerFooter describes the parsed header or footer hp of section i; key
// is its kind as "header/default", "footer/first" ….
func headerFooter(i int, key string, hp *parser) input.HeaderFooter {
	footer, kind, _ := strings.Cut(key, "/")
	hf := input.HeaderFooter{Section: i, Footer: footer == "footer", Kind: kind, PageField: hp.pageField, HalfPoints: hp.pageSize}
	var texts []string
	for _, p := range hp.paras {
		texts = append(texts, p.Text)
		if hf.Align == "" && (strings.TrimSpace(p.Text) != "" || hp.pageField) {
			hf.Align = p.Props.Align
		}
	}
	hf.Text = strings.Join(texts, "\n")
	return hf
}

// kindOf returns the kind of a parse error.
func kindOf(err error) error {
	if errors.Is(err, ErrLimit) {
		return ErrLimit
	}
	return ErrMalformed
}

// checkDirectory reads the end of central directory record (and its Zip64
// form) and refuses an archive with more entries, or a larger directory,
// than the limits allow, before archive/zip reads the directory.
func checkDirectory(r io.ReaderAt, size int64, lim Limits) error {
	buf, at, err := endRecord(r, size)
	if err != nil {
		return err
	}
	rec := buf[at:]
	entries := uint64(binary.LittleEndian.Uint16(rec[10:]))
	dirSize := uint64(binary.LittleEndian.Uint32(rec[12:]))
	if entries == 0xFFFF || dirSize == 0xFFFFFFFF || binary.LittleEndian.Uint32(rec[16:]) == 0xFFFFFFFF {
		if entries, dirSize, err = zip64Directory(r, size, buf, at); err != nil {
			return err
		}
	}
	if entries > uint64(lim.MaxEntries) {
		return &Error{Reason: fmt.Sprintf("%d entries, more than the limit of %d", entries, lim.MaxEntries), Err: ErrLimit}
	}
	if dirSize > uint64(lim.MaxDirectoryBytes) {
		return &Error{Reason: fmt.Sprintf("central directory of %d bytes, more than the limit of %d", dirSize, lim.MaxDirectoryBytes), Err: ErrLimit}
	}
	return nil
}

// eocdLen is the length of the end of central directory record.
const eocdLen = 22

// endRecord reads the tail of the archive and finds the end of central
// directory record in it: buf[at:] is the record.
func endRecord(r io.ReaderAt, size int64) (buf []byte, at int, err error) {
	if size < eocdLen {
		return nil, 0, &Error{Reason: "too short to be a zip archive", Err: ErrNotZip}
	}
	tail := min(size, eocdLen+65535)
	buf = make([]byte, tail)
	if _, err := r.ReadAt(buf, size-tail); err != nil && err != io.EOF {
		return nil, 0, &Error{Reason: "cannot read: " + err.Error(), Err: ErrNotZip}
	}
	at = bytes.LastIndex(buf, []byte("PK\x05\x06"))
	if at < 0 || at+eocdLen > len(buf) {
		return nil, 0, &Error{Reason: "no end of central directory record", Err: ErrNotZip}
	}
	return buf, at, nil
}

// zip64Directory reads the number of entries and the directory size from
// the Zip64 end record, whose locator stands 20 bytes before the end record
// at buf[at:].
func zip64Directory(r io.ReaderAt, size int64, buf []byte, at int) (entries, dirSize uint64, err error) {
	damaged := &Error{Reason: "damaged Zip64 end record", Err: ErrNotZip}
	if at < 20 || !bytes.Equal(buf[at-20:at-16], []byte("PK\x06\x07")) {
		return 0, 0, damaged
	}
	off := int64(binary.LittleEndian.Uint64(buf[at-20+8:]))
	rec64 := make([]byte, 56)
	if off < 0 || off > size-56 {
		return 0, 0, damaged
	}
	if _, err := r.ReadAt(rec64, off); err != nil || !bytes.Equal(rec64[:4], []byte("PK\x06\x06")) {
		return 0, 0, damaged
	}
	return binary.LittleEndian.Uint64(rec64[32:]), binary.LittleEndian.Uint64(rec64[40:]), nil
}

// part returns the uncompressed bytes of a part, within the limits.
func (rd *reader) part(name string) ([]byte, error) {
	f := rd.files[name]
	if f == nil {
		return nil, &Error{Part: name, Reason: "missing", Err: ErrMalformed}
	}
	if f.UncompressedSize64 > uint64(rd.lim.MaxPartBytes) {
		return nil, &Error{Part: name, Reason: fmt.Sprintf("%d bytes uncompressed, more than the limit of %d", f.UncompressedSize64, rd.lim.MaxPartBytes), Err: ErrLimit}
	}
	data, err := rd.decompress(name, f)
	if err != nil {
		return nil, err
	}
	rd.total += int64(len(data))
	return data, nil
}

// decompress reads the part f up to the part limit or what is left of the
// total limit, whichever is smaller, whatever its header claims.
func (rd *reader) decompress(name string, f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, &Error{Part: name, Reason: "cannot open: " + err.Error(), Err: ErrMalformed}
	}
	defer rc.Close()
	limit := min(rd.lim.MaxPartBytes, rd.lim.MaxTotalBytes-rd.total)
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if int64(len(data)) > limit {
		return nil, rd.expansionError(name, f, limit)
	}
	if err != nil {
		return nil, &Error{Part: name, Reason: "cannot decompress: " + err.Error(), Err: ErrMalformed}
	}
	return data, nil
}

// expansionError says which limit a part that expands past limit bytes
// passed: the total of the parts read, or its own.
func (rd *reader) expansionError(name string, f *zip.File, limit int64) error {
	if limit < rd.lim.MaxPartBytes {
		return &Error{Part: name, Reason: fmt.Sprintf("the parts read expand to more than the limit of %d bytes", rd.lim.MaxTotalBytes), Err: ErrLimit}
	}
	return &Error{Part: name, Reason: fmt.Sprintf("expands to more than the limit of %d bytes (the header claims %d)", rd.lim.MaxPartBytes, f.UncompressedSize64), Err: ErrLimit}
}

// relationship is one entry of a .rels part.
type relationship struct {
	id, typ, target string
}

// rels reads a relationships part; a missing one is empty. Targets are
// resolved against dir.
func (rd *reader) rels(name, dir string) ([]relationship, error) {
	if rd.files[name] == nil {
		return nil, nil
	}
	data, err := rd.part(name)
	if err != nil {
		return nil, err
	}
	var out []relationship
	err = walk(data, rd.lim, func(e event) error {
		if e.start && e.name == "Relationship" && e.attr("TargetMode") != "External" {
			out = append(out, relationship{id: e.attr("Id"), typ: e.attr("Type"), target: resolveTarget(dir, e.attr("Target"))})
		}
		return nil
	})
	if err != nil {
		return nil, partError(name, err)
	}
	return out, nil
}

// resolveTarget resolves a relationship's target against dir; a target
// starting with "/" is from the root of the archive.
func resolveTarget(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(target, "/")
	}
	return path.Clean(path.Join(dir, target))
}
