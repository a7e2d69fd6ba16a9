// Reading a workbook (XLSX) into a grid: the zip container, the workbook's
// list of sheets, the shared strings and one sheet's cells and merged
// ranges, each part streamed and counted against the limits.

package kstt

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
)

// The errors of a file that is not a workbook kstt reads; the error that
// wraps one names the file's problem.
var (
	// ErrEncrypted: a password-protected workbook, which Excel writes as
	// an encrypted OLE compound file.
	ErrEncrypted = errors.New("kstt: the workbook is password-protected (encrypted)")
	// ErrLegacyXLS: an Excel 97–2003 workbook (.xls).
	ErrLegacyXLS = errors.New("kstt: an Excel 97-2003 workbook (.xls)")
	// ErrCorrupt: a damaged workbook, or a file that is no workbook.
	ErrCorrupt = errors.New("kstt: not a readable XLSX workbook")
)

// The signatures of the files a reading tells apart.
var (
	zipMagic = []byte("PK\x03\x04")
	zipEmpty = []byte("PK\x05\x06")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// sheetEntry is one sheet of a workbook: its name and its part.
type sheetEntry struct{ name, part string }

// workbook is an open XLSX file.
type workbook struct {
	parts   map[string]*zip.File // by lower-case name
	budget  int64                // decompressed bytes left to read
	lim     Limits
	sheets  []sheetEntry
	sstPart string
	sst     []string
	sstRead bool
}

// openWorkbook opens the XLSX file r of size bytes and reads its list of
// sheets. A file that is not a zip archive is an error wrapping
// ErrEncrypted, ErrLegacyXLS or ErrCorrupt.
func openWorkbook(r io.ReaderAt, size int64, lim Limits) (*workbook, error) {
	head := make([]byte, 8)
	n, _ := r.ReadAt(head, 0)
	switch head = head[:n]; {
	case bytes.HasPrefix(head, oleMagic):
		return nil, oleError(r, size)
	case !bytes.HasPrefix(head, zipMagic) && !bytes.HasPrefix(head, zipEmpty):
		return nil, fmt.Errorf("%w: the file is not a zip archive, as every XLSX file is", ErrCorrupt)
	}
	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("%w: the zip archive is damaged: %v", ErrCorrupt, err)
	}
	wb := &workbook{parts: map[string]*zip.File{}, budget: lim.MaxUnzipped, lim: lim}
	for _, f := range zr.File {
		name := strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(f.Name, `\`, "/"), "/"))
		if _, dup := wb.parts[name]; !dup {
			wb.parts[name] = f
		}
	}
	return wb, wb.readSheets()
}

// oleError tells a password-protected workbook from a legacy one: an
// encrypted OOXML package is an OLE file with a stream "EncryptedPackage".
func oleError(r io.ReaderAt, size int64) error {
	data := make([]byte, size)
	n, _ := r.ReadAt(data, 0)
	name := []byte{}
	for _, u := range utf16.Encode([]rune("EncryptedPackage")) {
		name = append(name, byte(u), byte(u>>8))
	}
	if bytes.Contains(data[:n], name) {
		return fmt.Errorf("%w: open it with its password, remove the password and save it as .xlsx, or export it as CSV UTF-8", ErrEncrypted)
	}
	return fmt.Errorf("%w: save it as .xlsx (Excel Workbook) or as CSV UTF-8", ErrLegacyXLS)
}

// open returns the decompressed bytes of the part name, counted against
// the budget: a part that claims more than the budget left is refused
// before it is read. It returns nil and no error for a part that is not
// there.
func (wb *workbook) open(name string) (io.ReadCloser, error) {
	f, ok := wb.parts[strings.ToLower(name)]
	if !ok {
		return nil, nil
	}
	if f.UncompressedSize64 > uint64(wb.budget) {
		return nil, fmt.Errorf("%w: the part %s claims %d bytes decompressed, past the %d bytes left of the limit of %d",
			ErrTooLarge, f.Name, f.UncompressedSize64, wb.budget, wb.lim.MaxUnzipped)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: the part %s: %v", ErrCorrupt, f.Name, err)
	}
	wb.budget -= int64(f.UncompressedSize64)
	return rc, nil
}

// readAll returns the bytes of the part name; nil when it is not there.
func (wb *workbook) readAll(name string) ([]byte, error) {
	rc, err := wb.open(name)
	if rc == nil || err != nil {
		return nil, err
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		return nil, fmt.Errorf("%w: the part %s: %v", ErrCorrupt, name, err)
	}
	return data, nil
}

// relationship is one relationship of a part.
type relationship struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
}

// relationships reads the relationships of the part name, with their
// targets resolved to part names.
func (wb *workbook) relationships(name string) ([]relationship, error) {
	dir, base := path.Split(name)
	data, err := wb.readAll(dir + "_rels/" + base + ".rels")
	if data == nil || err != nil {
		return nil, err
	}
	var rels struct {
		Rels []relationship `xml:"Relationship"`
	}
	if err := xml.Unmarshal(data, &rels); err != nil {
		return nil, fmt.Errorf("%w: the relationships of %s: %v", ErrCorrupt, name, err)
	}
	for i, r := range rels.Rels {
		t := strings.ReplaceAll(r.Target, `\`, "/")
		if strings.HasPrefix(t, "/") {
			rels.Rels[i].Target = strings.TrimPrefix(t, "/")
		} else {
			rels.Rels[i].Target = path.Join(dir, t)
		}
	}
	return rels.Rels, nil
}

// mainPart returns the name of the workbook part.
func (wb *workbook) mainPart() (string, error) {
	rels, err := wb.relationships("")
	if err != nil {
		return "", err
	}
	for _, r := range rels {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			return r.Target, nil
		}
	}
	return "xl/workbook.xml", nil
}

// bookSheet is a sheet as the workbook part lists it.
type bookSheet struct {
	Name string `xml:"name,attr"`
	ID   string `xml:"id,attr"`
}

// readSheets reads the workbook's sheets and the part of its shared
// strings.
func (wb *workbook) readSheets() error {
	main, err := wb.mainPart()
	if err != nil {
		return err
	}
	sheets, err := wb.bookSheets(main)
	if err != nil {
		return err
	}
	rels, err := wb.relationships(main)
	if err != nil {
		return err
	}
	wb.link(sheets, rels)
	if len(wb.sheets) == 0 {
		return fmt.Errorf("%w: the workbook has no worksheet", ErrCorrupt)
	}
	return nil
}

// bookSheets returns the sheets the workbook part main lists.
func (wb *workbook) bookSheets(main string) ([]bookSheet, error) {
	data, err := wb.readAll(main)
	if err != nil {
		return nil, err
	}
	if data == nil {
		return nil, fmt.Errorf("%w: no workbook part (%s) in the archive", ErrCorrupt, main)
	}
	var book struct {
		Sheets []bookSheet `xml:"sheets>sheet"`
	}
	if err := xml.Unmarshal(data, &book); err != nil {
		return nil, fmt.Errorf("%w: the workbook part %s: %v", ErrCorrupt, main, err)
	}
	return book.Sheets, nil
}

// link finds the parts of the worksheets and of the shared strings among
// the workbook's relationships.
func (wb *workbook) link(sheets []bookSheet, rels []relationship) {
	byID := map[string]relationship{}
	for _, r := range rels {
		byID[r.ID] = r
		if strings.HasSuffix(r.Type, "/sharedStrings") {
			wb.sstPart = r.Target
		}
	}
	for _, s := range sheets {
		if r, ok := byID[s.ID]; ok && strings.HasSuffix(r.Type, "/worksheet") {
			wb.sheets = append(wb.sheets, sheetEntry{name: s.Name, part: r.Target})
		}
	}
}

// sharedStrings returns the workbook's shared strings, read once.
func (wb *workbook) sharedStrings() ([]string, error) {
	if wb.sstRead {
		return wb.sst, nil
	}
	wb.sstRead = true
	if wb.sstPart == "" {
		return nil, nil
	}
	rc, err := wb.open(wb.sstPart)
	if rc == nil || err != nil {
		return nil, err
	}
	defer rc.Close()
	wb.sst, err = readSharedStrings(xml.NewDecoder(rc), wb.lim.MaxStrings)
	if err != nil {
		return nil, fmt.Errorf("the shared strings (%s): %w", wb.sstPart, err)
	}
	return wb.sst, nil
}

// readSharedStrings reads the strings of a shared-strings part: the text
// of each item, its runs joined, without the phonetic runs; at most limit.
func readSharedStrings(d *xml.Decoder, limit int) ([]string, error) {
	r := sstReader{limit: limit}
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return r.out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
		if err := r.token(tok); err != nil {
			return nil, err
		}
	}
}

// sstReader reads the items of a shared-strings part as they stream by.
type sstReader struct {
	out       []string
	b         strings.Builder
	inSI, inT bool
	ph, limit int
}

// token handles one token.
func (r *sstReader) token(tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		return r.start(t.Name.Local)
	case xml.EndElement:
		r.end(t.Name.Local)
	case xml.CharData:
		if r.inSI && r.inT && r.ph == 0 {
			r.b.Write(t)
		}
	}
	return nil
}

// start handles a start tag.
func (r *sstReader) start(name string) error {
	switch name {
	case "si":
		if len(r.out) >= r.limit {
			return fmt.Errorf("%w: more than %d shared strings", ErrTooLarge, r.limit)
		}
		r.inSI = true
		r.b.Reset()
	case "t":
		r.inT = true
	case "rPh":
		r.ph++
	}
	return nil
}

// end handles an end tag.
func (r *sstReader) end(name string) {
	switch name {
	case "si":
		if r.inSI {
			r.out = append(r.out, r.b.String())
		}
		r.inSI = false
	case "t":
		r.inT = false
	case "rPh":
		r.ph = max0(r.ph - 1)
	}
}

func max0(n int) int { return max(n, 0) }

// sheetGrid reads sheet i of the workbook.
func (wb *workbook) sheetGrid(i int) (*grid, error) {
	s := wb.sheets[i]
	rc, err := wb.open(s.part)
	if err != nil {
		return nil, err
	}
	if rc == nil {
		return nil, fmt.Errorf("%w: the part %s of sheet %q is not in the archive", ErrCorrupt, s.part, s.name)
	}
	defer rc.Close()
	p := &sheetParser{wb: wb, g: &grid{name: s.name}, count: counter{lim: wb.lim}}
	if err := p.parse(xml.NewDecoder(rc)); err != nil {
		return nil, fmt.Errorf("sheet %q: %w", s.name, err)
	}
	return p.g, nil
}

// sheetParser reads the cells of one sheet as its XML streams by.
type sheetParser struct {
	wb    *workbook
	g     *grid
	count counter
	row   gridRow
	col   int
	c     xmlCell
	in    string // the element whose text is being read: "v", "f" or "t"
	inIS  bool
	ph    int
}

// xmlCell is a cell being read.
type xmlCell struct {
	col        int
	typ        string
	v, f, is   strings.Builder
	hasV, hasF bool
}

// parse reads the sheet's tokens to the end.
func (p *sheetParser) parse(d *xml.Decoder) error {
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			p.endRow()
			return p.finish()
		}
		if err != nil {
			return fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
		if err := p.token(tok); err != nil {
			return err
		}
	}
}

// token handles one token.
func (p *sheetParser) token(tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		return p.start(t)
	case xml.EndElement:
		return p.end(t.Name.Local)
	case xml.CharData:
		p.text(t)
	}
	return nil
}

// start handles a start tag.
func (p *sheetParser) start(t xml.StartElement) error {
	switch t.Name.Local {
	case "row":
		p.endRow()
		n := p.row.n + 1
		if v, ok := attr(t, "r"); ok {
			r, err := strconv.Atoi(v)
			if err != nil || r < 1 {
				return fmt.Errorf("%w: a row numbered %q", ErrCorrupt, v)
			}
			n = r
		}
		p.row, p.col = gridRow{n: n}, 0
	case "c":
		p.startCell(t)
	case "v", "f":
		p.in = t.Name.Local
		p.c.hasV = p.c.hasV || p.in == "v"
		p.c.hasF = p.c.hasF || p.in == "f"
	case "is":
		p.inIS = true
	case "t":
		if p.inIS {
			p.in = "t"
		}
	case "rPh":
		p.ph++
	case "mergeCell":
		if v, ok := attr(t, "ref"); ok && len(p.g.merges) < p.count.lim.MaxCells {
			if r, ok := parseRange(v); ok {
				p.g.merges = append(p.g.merges, r)
			}
		}
	}
	return nil
}

// startCell begins a cell.
func (p *sheetParser) startCell(t xml.StartElement) {
	p.col++
	if v, ok := attr(t, "r"); ok {
		if col, _, ok := parseCellRef(v); ok {
			p.col = col
		}
	}
	p.c.v.Reset()
	p.c.f.Reset()
	p.c.is.Reset()
	p.c.col, p.c.hasV, p.c.hasF = p.col, false, false
	p.c.typ, _ = attr(t, "t")
}

// text handles character data.
func (p *sheetParser) text(t xml.CharData) {
	switch {
	case p.ph > 0:
	case p.in == "v":
		p.c.v.Write(t)
	case p.in == "f":
		p.c.f.Write(t)
	case p.in == "t" && p.inIS:
		p.c.is.Write(t)
	}
}

// end handles an end tag.
func (p *sheetParser) end(name string) error {
	switch name {
	case "c":
		return p.endCell()
	case "v", "f", "t":
		p.in = ""
	case "is":
		p.inIS = false
	case "rPh":
		p.ph = max0(p.ph - 1)
	case "row":
		p.endRow()
	}
	return nil
}

// endCell keeps the cell read, when it has a value.
func (p *sheetParser) endCell() error {
	c, ok, err := p.value()
	if err != nil || !ok {
		return err
	}
	if p.row.n == 0 {
		p.row.n = 1
	}
	if err := p.count.add(p.g.name, p.row.n, c.col); err != nil {
		return err
	}
	p.row.cells = append(p.row.cells, c)
	return nil
}

// value returns the cell being read as a grid cell, and whether it has a
// value.
func (p *sheetParser) value() (cell, bool, error) {
	c := cell{col: p.c.col, kind: kindText}
	v := p.c.v.String()
	switch p.c.typ {
	case "s":
		if !p.c.hasV {
			return cell{}, false, nil
		}
		s, err := p.shared(v)
		c.text = s
		return c, s != "", err
	case "inlineStr":
		c.text = p.c.is.String()
	case "str", "d":
		c.text = v
	case "b":
		c.kind, c.text = kindBool, v
	case "e":
		c.kind, c.text = kindError, v
	default:
		c.kind, c.text = kindNumber, v
	}
	if p.c.typ != "inlineStr" && strings.TrimSpace(v) == "" && (p.c.typ == "" || p.c.typ == "n" || !p.c.hasV) {
		if !p.c.hasF {
			return cell{}, false, nil
		}
		c.kind, c.text = kindNoValue, p.c.f.String()
	}
	return c, c.text != "" || c.kind == kindNoValue, nil
}

// shared returns the shared string numbered v.
func (p *sheetParser) shared(v string) (string, error) {
	sst, err := p.wb.sharedStrings()
	if err != nil {
		return "", err
	}
	i, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || i < 0 || i >= len(sst) {
		return "", fmt.Errorf("%w: %s refers to shared string %q, which the workbook does not have (%d strings)",
			ErrCorrupt, ref(p.g.name, p.c.col, max(p.row.n, 1)), v, len(sst))
	}
	return sst[i], nil
}

// endRow keeps the row read, when it has values.
func (p *sheetParser) endRow() {
	if len(p.row.cells) > 0 {
		p.g.rows = append(p.g.rows, p.row)
	}
	p.row = gridRow{n: p.row.n}
}

// finish puts the rows and their cells in order; a file that writes a row
// or a cell twice keeps the first.
func (p *sheetParser) finish() error {
	rows := p.g.rows
	slices.SortStableFunc(rows, func(a, b gridRow) int { return a.n - b.n })
	rows = slices.CompactFunc(rows, func(a, b gridRow) bool { return a.n == b.n })
	for i := range rows {
		cs := rows[i].cells
		slices.SortStableFunc(cs, func(a, b cell) int { return a.col - b.col })
		rows[i].cells = slices.CompactFunc(cs, func(a, b cell) bool { return a.col == b.col })
	}
	p.g.rows = rows
	return nil
}

// attr returns the value of the attribute of t with local name name.
func attr(t xml.StartElement, name string) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}
