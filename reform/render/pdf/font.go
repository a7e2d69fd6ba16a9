package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
	"golang.org/x/image/font/sfnt"
)

// Fonts are the four faces of the one font family a document is set in, as
// TrueType files (glyph outlines in a glyf table; OpenType fonts with CFF
// outlines are not accepted). A nil face takes the corresponding face of
// Liberation Serif.
type Fonts struct {
	// Regular, Bold, Italic and BoldItalic are the TTF files of the faces.
	Regular, Bold, Italic, BoldItalic []byte
}

// The faces, in the order of Fonts and of the font resources /F1 … /F4.
const (
	faceRegular = iota
	faceBold
	faceItalic
	faceBoldItalic
	faceCount
)

// faceOf returns the face of the given emphasis.
func faceOf(bold, italic bool) int {
	switch {
	case bold && italic:
		return faceBoldItalic
	case bold:
		return faceBold
	case italic:
		return faceItalic
	}
	return faceRegular
}

// face is one parsed TrueType face: what layout needs (advance widths,
// vertical metrics, the character map) and the raw tables subsetting needs.
// A face is read-only once parsed and shared by concurrent writers.
type face struct {
	// postScript is the PostScript name of the face, e.g.
	// "LiberationSerif-Bold".
	postScript string
	sf         *sfnt.Font
	tables     map[string][]byte
	unitsPerEm int
	numGlyphs  int
	// advances are the advance widths of the glyphs in font units.
	advances []uint16
	// ascent, descent (positive, below the baseline) and lineGap are the
	// hhea metrics in font units.
	ascent, descent, lineGap int
	bbox                     [4]int
	italicAngle              float64
	capHeight                int
	italic, bold             bool
	// locaLong is true when loca holds 32-bit offsets.
	locaLong bool
}

// errFont is the error of a font file that cannot be used.
var errFont = errors.New("pdf: font")

// parseFace reads a TrueType file.
func parseFace(data []byte) (*face, error) {
	sf, err := sfnt.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errFont, err)
	}
	tables, err := readTables(data)
	if err != nil {
		return nil, err
	}
	if err := requireTables(tables); err != nil {
		return nil, err
	}
	f := &face{sf: sf, tables: tables}
	for _, read := range []func() error{f.readHead, f.readGlyphCount, f.readMetrics} {
		if err := read(); err != nil {
			return nil, err
		}
	}
	if _, err := f.glyphRange(f.numGlyphs - 1); err != nil {
		return nil, err
	}
	f.readStyle()
	f.postScript = postScriptName(sf)
	return f, nil
}

// requireTables refuses a font without the tables of TrueType outlines
// that layout and subsetting read.
func requireTables(tables map[string][]byte) error {
	for _, tag := range []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf"} {
		if tables[tag] == nil {
			return fmt.Errorf("%w: no %s table: only TrueType outlines can be embedded", errFont, tag)
		}
	}
	return nil
}

// readHead reads the head table: units per em, bounding box, style, the
// size of loca's offsets.
func (f *face) readHead() error {
	head := f.tables["head"]
	if len(head) < 54 {
		return fmt.Errorf("%w: head table too short", errFont)
	}
	f.unitsPerEm = int(be16(head, 18))
	if f.unitsPerEm < 16 || f.unitsPerEm > 16384 {
		return fmt.Errorf("%w: unitsPerEm %d", errFont, f.unitsPerEm)
	}
	f.bbox = [4]int{int(int16(be16(head, 36))), int(int16(be16(head, 38))), int(int16(be16(head, 40))), int(int16(be16(head, 42)))}
	macStyle := be16(head, 44)
	f.bold, f.italic = macStyle&1 != 0, macStyle&2 != 0
	f.locaLong = be16(head, 50) == 1
	return nil
}

// readGlyphCount reads the number of glyphs from the maxp table.
func (f *face) readGlyphCount() error {
	maxp := f.tables["maxp"]
	if len(maxp) < 6 {
		return fmt.Errorf("%w: maxp table too short", errFont)
	}
	f.numGlyphs = int(be16(maxp, 4))
	return nil
}

// readMetrics reads the vertical metrics from hhea and the advance widths
// from hmtx; glyphs past hhea's count take the last advance.
func (f *face) readMetrics() error {
	hhea := f.tables["hhea"]
	if len(hhea) < 36 {
		return fmt.Errorf("%w: hhea table too short", errFont)
	}
	f.ascent = int(int16(be16(hhea, 4)))
	f.descent = -int(int16(be16(hhea, 6)))
	f.lineGap = int(int16(be16(hhea, 8)))
	numH := int(be16(hhea, 34))
	hmtx := f.tables["hmtx"]
	if numH < 1 || numH > f.numGlyphs || len(hmtx) < 4*numH {
		return fmt.Errorf("%w: hmtx holds fewer metrics than hhea says", errFont)
	}
	f.advances = make([]uint16, f.numGlyphs)
	for g := range f.numGlyphs {
		if g < numH {
			f.advances[g] = be16(hmtx, 4*g)
		} else {
			f.advances[g] = f.advances[numH-1]
		}
	}
	return nil
}

// readStyle reads the italic angle from post and the cap height from OS/2
// (7/10 of the ascent without it).
func (f *face) readStyle() {
	if post := f.tables["post"]; len(post) >= 8 {
		f.italicAngle = float64(int32(binary.BigEndian.Uint32(post[4:]))) / 65536
	}
	f.capHeight = f.ascent * 7 / 10
	if os2 := f.tables["OS/2"]; len(os2) >= 90 && be16(os2, 0) >= 2 {
		f.capHeight = int(int16(be16(os2, 88)))
	}
}

// postScriptName returns the face's PostScript name as a PDF name may
// hold it, "Font" when it has none.
func postScriptName(sf *sfnt.Font) string {
	var buf sfnt.Buffer
	name, err := sf.Name(&buf, sfnt.NameIDPostScript)
	if err != nil || name == "" {
		name = "Font"
	}
	return psName(name)
}

// psName keeps the characters a PDF name of a font may hold.
func psName(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s) && len(b) < 60; i++ {
		c := s[i]
		if c >= '!' && c <= '~' && c != '/' && c != '(' && c != ')' && c != '<' && c != '>' &&
			c != '[' && c != ']' && c != '{' && c != '}' && c != '%' && c != '#' {
			b = append(b, c)
		}
	}
	if len(b) == 0 {
		return "Font"
	}
	return string(b)
}

// be16 reads the big-endian 16-bit number at off.
func be16(b []byte, off int) uint16 { return binary.BigEndian.Uint16(b[off:]) }

// readTables returns the tables of a TrueType file by tag.
func readTables(data []byte) (map[string][]byte, error) {
	if err := checkVersion(data); err != nil {
		return nil, err
	}
	n := int(be16(data, 4))
	if len(data) < 12+16*n {
		return nil, fmt.Errorf("%w: truncated table directory", errFont)
	}
	out := make(map[string][]byte, n)
	for i := range n {
		rec := data[12+16*i:]
		tag := string(rec[:4])
		off := int64(binary.BigEndian.Uint32(rec[8:]))
		length := int64(binary.BigEndian.Uint32(rec[12:]))
		if off+length > int64(len(data)) {
			return nil, fmt.Errorf("%w: table %q lies outside the file", errFont, tag)
		}
		out[tag] = data[off : off+length]
	}
	return out, nil
}

// checkVersion refuses a file that is not TrueType: too short, OpenType
// with CFF outlines, another version.
func checkVersion(data []byte) error {
	if len(data) < 12 {
		return fmt.Errorf("%w: too short", errFont)
	}
	switch v := binary.BigEndian.Uint32(data); v {
	case 0x00010000, 0x74727565: // 1.0, "true"
		return nil
	case 0x4F54544F: // "OTTO"
		return fmt.Errorf("%w: OpenType with CFF outlines; a TrueType font is needed", errFont)
	default:
		return fmt.Errorf("%w: not a TrueType file (version %#x)", errFont, v)
	}
}

// glyphRange returns where glyph g lies in the glyf table.
func (f *face) glyphRange(g int) ([2]int, error) {
	loca, glyf := f.tables["loca"], f.tables["glyf"]
	var a, b int
	if f.locaLong {
		if len(loca) < 4*(g+2) {
			return [2]int{}, fmt.Errorf("%w: loca too short", errFont)
		}
		a, b = int(binary.BigEndian.Uint32(loca[4*g:])), int(binary.BigEndian.Uint32(loca[4*g+4:]))
	} else {
		if len(loca) < 2*(g+2) {
			return [2]int{}, fmt.Errorf("%w: loca too short", errFont)
		}
		a, b = 2*int(be16(loca, 2*g)), 2*int(be16(loca, 2*g+2))
	}
	if a > b || b > len(glyf) {
		return [2]int{}, fmt.Errorf("%w: glyph %d lies outside glyf", errFont, g)
	}
	return [2]int{a, b}, nil
}

// glyph returns the outline data of glyph g (empty for a glyph without
// contours, nil when g is out of range or the font is damaged there).
func (f *face) glyph(g int) []byte {
	if g < 0 || g >= f.numGlyphs {
		return nil
	}
	r, err := f.glyphRange(g)
	if err != nil {
		return nil
	}
	return f.tables["glyf"][r[0]:r[1]]
}

// em returns the advance of glyph g in thousandths of an em, the unit of
// the PDF's glyph widths.
func (f *face) em(g uint16) float64 {
	if int(g) >= len(f.advances) {
		return 0
	}
	return float64(f.advances[g]) * 1000 / float64(f.unitsPerEm)
}

// lineHeight returns the single line height of the face in ems: ascent,
// descent and line gap, as Word and LibreOffice space single lines.
func (f *face) lineHeight() float64 {
	return float64(f.ascent+f.descent+f.lineGap) / float64(f.unitsPerEm)
}

// ascender returns the ascent in ems.
func (f *face) ascender() float64 { return float64(f.ascent) / float64(f.unitsPerEm) }

// family is the four faces a document uses.
type family [faceCount]*face

var (
	defaultOnce   sync.Once
	defaultFamily family
	defaultErr    error
)

// liberation returns Liberation Serif, parsed once.
func liberation() (family, error) {
	defaultOnce.Do(func() {
		for i, data := range [faceCount][]byte{liberationserifregular.TTF, liberationserifbold.TTF,
			liberationserifitalic.TTF, liberationserifbolditalic.TTF} {
			defaultFamily[i], defaultErr = parseFace(data)
			if defaultErr != nil {
				return
			}
		}
	})
	return defaultFamily, defaultErr
}

// load returns the family of fs, Liberation Serif where a face is nil.
func (fs Fonts) load() (family, error) {
	fam, err := liberation()
	if err != nil {
		return fam, err
	}
	for i, data := range [faceCount][]byte{fs.Regular, fs.Bold, fs.Italic, fs.BoldItalic} {
		if data == nil {
			continue
		}
		f, err := parseFace(data)
		if err != nil {
			return fam, fmt.Errorf("options.fonts[%d]: %w", i, err)
		}
		fam[i] = f
	}
	return fam, nil
}

// cmap looks characters up in a face, caching them; one per face and write.
type cmap struct {
	f     *face
	buf   sfnt.Buffer
	cache map[rune]uint16
}

func newCmap(f *face) *cmap { return &cmap{f: f, cache: map[rune]uint16{}} }

// glyph returns the glyph of r, or 0 when the face has none.
func (c *cmap) glyph(r rune) uint16 {
	if g, ok := c.cache[r]; ok {
		return g
	}
	g, err := c.f.sf.GlyphIndex(&c.buf, r)
	if err != nil || int(g) >= c.f.numGlyphs {
		g = 0
	}
	c.cache[r] = uint16(g)
	return uint16(g)
}
