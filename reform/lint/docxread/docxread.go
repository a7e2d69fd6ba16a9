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
	"path"
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
	if l.MaxEntries <= 0 {
		l.MaxEntries = 10000
	}
	if l.MaxDirectoryBytes <= 0 {
		l.MaxDirectoryBytes = 4 << 20
	}
	if l.MaxPartBytes <= 0 {
		l.MaxPartBytes = 32 << 20
	}
	if l.MaxTotalBytes <= 0 {
		l.MaxTotalBytes = 64 << 20
	}
	if l.MaxParagraphs <= 0 {
		l.MaxParagraphs = 100000
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = 256
	}
	return l
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

// reader reads one archive.
type reader struct {
	lim   Limits
	files map[string]*zip.File
	total int64
}

// Read reads the DOCX of size bytes at r.
func Read(r io.ReaderAt, size int64, lim Limits) (*input.Document, error) {
	lim = lim.withDefaults()
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
	main := "word/document.xml"
	if rels, err := rd.rels("_rels/.rels", ""); err != nil {
		return nil, err
	} else {
		for _, rel := range rels {
			if strings.HasSuffix(rel.typ, "/officeDocument") {
				main = rel.target
			}
		}
	}
	if rd.files[main] == nil {
		return nil, &Error{Part: main, Reason: "missing", Err: ErrNoDocument}
	}
	dir := path.Dir(main)
	docRels, err := rd.rels(path.Join(dir, "_rels", path.Base(main)+".rels"), dir)
	if err != nil {
		return nil, err
	}
	partOf := func(suffix string) string {
		for _, rel := range docRels {
			if strings.HasSuffix(rel.typ, suffix) {
				return rel.target
			}
		}
		return ""
	}
	st := &styles{byID: map[string]*style{}}
	if theme := partOf("/theme"); theme != "" {
		data, err := rd.part(theme)
		if err != nil {
			return nil, err
		}
		st.major, st.minor = readTheme(data)
	}
	if p := partOf("/styles"); p != "" {
		data, err := rd.part(p)
		if err != nil {
			return nil, err
		}
		if err := st.read(data, lim); err != nil {
			return nil, &Error{Part: p, Reason: err.Error(), Err: kindOf(err)}
		}
	}
	num := &numbering{abstract: map[string]*abstractNum{}, nums: map[string]*num{}, counters: map[string]*[9]int{}}
	if p := partOf("/numbering"); p != "" {
		data, err := rd.part(p)
		if err != nil {
			return nil, err
		}
		if err := num.read(data, lim); err != nil {
			return nil, &Error{Part: p, Reason: err.Error(), Err: kindOf(err)}
		}
	}
	data, err := rd.part(main)
	if err != nil {
		return nil, err
	}
	doc := &input.Document{Format: input.DOCX, Layout: true}
	body := &parser{lim: lim, st: st, num: num, notes: map[string]string{}}
	if err := body.parse(data, "body"); err != nil {
		return nil, &Error{Part: main, Reason: err.Error(), Err: kindOf(err)}
	}
	doc.Paragraphs = body.paras
	doc.Sections = body.sections
	// Footnotes, in the order of their references.
	if p := partOf("/footnotes"); p != "" && len(body.noteOrder) > 0 {
		data, err := rd.part(p)
		if err != nil {
			return nil, err
		}
		fp := &parser{lim: lim, st: st, num: num, notes: map[string]string{}}
		if err := fp.parse(data, "footnotes"); err != nil {
			return nil, &Error{Part: p, Reason: err.Error(), Err: kindOf(err)}
		}
		for _, id := range body.noteOrder {
			if paras, ok := fp.footnotes[id]; ok {
				doc.Footnotes = append(doc.Footnotes, input.Footnote{Mark: body.notes[id], Paragraphs: paras})
			}
		}
	}
	// Headers and footers of each section; a section without a reference
	// of a kind inherits the previous section's.
	relTarget := map[string]string{}
	for _, rel := range docRels {
		relTarget[rel.id] = rel.target
	}
	inherited := map[string]string{}
	parsed := map[string]*parser{}
	for i, refs := range body.sectionRefs {
		for key, id := range refs {
			inherited[key] = id
		}
		for _, key := range sortedKeys(inherited) {
			target := relTarget[inherited[key]]
			if target == "" {
				continue
			}
			hp := parsed[target]
			if hp == nil {
				data, err := rd.part(target)
				if err != nil {
					return nil, err
				}
				hp = &parser{lim: lim, st: st, num: num, notes: map[string]string{}}
				if err := hp.parse(data, "hdr"); err != nil {
					return nil, &Error{Part: target, Reason: err.Error(), Err: kindOf(err)}
				}
				parsed[target] = hp
			}
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
			doc.Headers = append(doc.Headers, hf)
		}
	}
	return doc, nil
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
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
	const eocdLen = 22
	if size < eocdLen {
		return &Error{Reason: "too short to be a zip archive", Err: ErrNotZip}
	}
	tail := min(size, eocdLen+65535)
	buf := make([]byte, tail)
	if _, err := r.ReadAt(buf, size-tail); err != nil && err != io.EOF {
		return &Error{Reason: "cannot read: " + err.Error(), Err: ErrNotZip}
	}
	at := bytes.LastIndex(buf, []byte("PK\x05\x06"))
	if at < 0 || at+eocdLen > len(buf) {
		return &Error{Reason: "no end of central directory record", Err: ErrNotZip}
	}
	rec := buf[at:]
	entries := uint64(binary.LittleEndian.Uint16(rec[10:]))
	dirSize := uint64(binary.LittleEndian.Uint32(rec[12:]))
	if entries == 0xFFFF || dirSize == 0xFFFFFFFF || binary.LittleEndian.Uint32(rec[16:]) == 0xFFFFFFFF {
		// Zip64: the locator stands 20 bytes before the record.
		if at < 20 || !bytes.Equal(buf[at-20:at-16], []byte("PK\x06\x07")) {
			return &Error{Reason: "damaged Zip64 end record", Err: ErrNotZip}
		}
		off := int64(binary.LittleEndian.Uint64(buf[at-20+8:]))
		rec64 := make([]byte, 56)
		if off < 0 || off > size-56 {
			return &Error{Reason: "damaged Zip64 end record", Err: ErrNotZip}
		}
		if _, err := r.ReadAt(rec64, off); err != nil || !bytes.Equal(rec64[:4], []byte("PK\x06\x06")) {
			return &Error{Reason: "damaged Zip64 end record", Err: ErrNotZip}
		}
		entries = binary.LittleEndian.Uint64(rec64[32:])
		dirSize = binary.LittleEndian.Uint64(rec64[40:])
	}
	if entries > uint64(lim.MaxEntries) {
		return &Error{Reason: fmt.Sprintf("%d entries, more than the limit of %d", entries, lim.MaxEntries), Err: ErrLimit}
	}
	if dirSize > uint64(lim.MaxDirectoryBytes) {
		return &Error{Reason: fmt.Sprintf("central directory of %d bytes, more than the limit of %d", dirSize, lim.MaxDirectoryBytes), Err: ErrLimit}
	}
	return nil
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
	rc, err := f.Open()
	if err != nil {
		return nil, &Error{Part: name, Reason: "cannot open: " + err.Error(), Err: ErrMalformed}
	}
	defer rc.Close()
	limit := min(rd.lim.MaxPartBytes, rd.lim.MaxTotalBytes-rd.total)
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if int64(len(data)) > limit {
		if limit < rd.lim.MaxPartBytes {
			return nil, &Error{Part: name, Reason: fmt.Sprintf("the parts read expand to more than the limit of %d bytes", rd.lim.MaxTotalBytes), Err: ErrLimit}
		}
		return nil, &Error{Part: name, Reason: fmt.Sprintf("expands to more than the limit of %d bytes (the header claims %d)", rd.lim.MaxPartBytes, f.UncompressedSize64), Err: ErrLimit}
	}
	if err != nil {
		return nil, &Error{Part: name, Reason: "cannot decompress: " + err.Error(), Err: ErrMalformed}
	}
	rd.total += int64(len(data))
	return data, nil
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
		if e.start && e.name == "Relationship" {
			if e.attr("TargetMode") == "External" {
				return nil
			}
			target := e.attr("Target")
			if strings.HasPrefix(target, "/") {
				target = strings.TrimPrefix(target, "/")
			} else {
				target = path.Clean(path.Join(dir, target))
			}
			out = append(out, relationship{id: e.attr("Id"), typ: e.attr("Type"), target: target})
		}
		return nil
	})
	if err != nil {
		return nil, &Error{Part: name, Reason: err.Error(), Err: kindOf(err)}
	}
	return out, nil
}
