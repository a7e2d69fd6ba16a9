package pdf

import (
	"encoding/binary"
	"maps"
	"slices"
)

// Subsetting keeps the glyph ids of the face: the subset has as many glyphs
// as the original, but only the glyphs the document shows (with the
// components of composite glyphs, and .notdef) keep their outlines and
// widths; every other glyph is empty. The PDF then maps character codes to
// glyphs with the identity (CIDToGIDMap /Identity) and the content streams
// hold the original glyph ids. The empty entries of loca and hmtx compress
// to almost nothing, and the tables the PDF does not need (cmap, name,
// kerning and layout tables, OS/2) are left out.

// closure returns the glyphs of used with every component of the composite
// glyphs among them, and glyph 0, sorted.
func (f *face) closure(used map[uint16]bool) []uint16 {
	seen := map[uint16]bool{0: true}
	work := []uint16{0}
	for g := range used {
		if !seen[g] {
			seen[g] = true
			work = append(work, g)
		}
	}
	for len(work) > 0 {
		g := work[len(work)-1]
		work = work[:len(work)-1]
		for _, c := range components(f.glyph(int(g))) {
			if int(c) < f.numGlyphs && !seen[c] {
				seen[c] = true
				work = append(work, c)
			}
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

// components returns the glyphs a composite glyph is made of, or nothing
// for a simple glyph.
func components(data []byte) []uint16 {
	if len(data) < 10 || int16(be16(data, 0)) >= 0 {
		return nil
	}
	var out []uint16
	for off := 10; off+4 <= len(data); {
		flags := be16(data, off)
		out = append(out, be16(data, off+2))
		off += componentSize(flags)
		if flags&0x0020 == 0 { // MORE_COMPONENTS
			break
		}
	}
	return out
}

// componentSize returns the size of a component record of a composite
// glyph with the flags: the flags and glyph id, the arguments and the
// transformation.
func componentSize(flags uint16) int {
	size := 4 + 2
	if flags&0x0001 != 0 { // ARG_1_AND_2_ARE_WORDS
		size = 4 + 4
	}
	switch {
	case flags&0x0008 != 0: // WE_HAVE_A_SCALE
		size += 2
	case flags&0x0040 != 0: // WE_HAVE_AN_X_AND_Y_SCALE
		size += 4
	case flags&0x0080 != 0: // WE_HAVE_A_TWO_BY_TWO
		size += 8
	}
	return size
}

// subset returns a TrueType file holding the glyphs keep (sorted) of f, at
// their original ids.
func (f *face) subset(keep []uint16) []byte {
	n := f.numGlyphs
	glyf, loca := f.subsetGlyphs(keep)
	head := slices.Clone(f.tables["head"])
	binary.BigEndian.PutUint32(head[8:], 0) // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(head[50:], 1)
	hhea := slices.Clone(f.tables["hhea"])
	binary.BigEndian.PutUint16(hhea[34:], uint16(n))
	post := make([]byte, 32)
	if p := f.tables["post"]; len(p) >= 32 {
		copy(post, p[:32])
	}
	binary.BigEndian.PutUint32(post, 0x00030000)
	tables := map[string][]byte{
		"head": head, "hhea": hhea, "maxp": f.tables["maxp"], "hmtx": f.subsetMetrics(keep),
		"loca": loca, "glyf": glyf, "post": post,
	}
	// The hinting programs and values, so the glyphs render as hinted.
	for _, tag := range []string{"cvt ", "fpgm", "prep"} {
		if t := f.tables[tag]; t != nil {
			tables[tag] = t
		}
	}
	return writeFont(tables)
}

// subsetGlyphs returns the glyf table holding the outlines of the glyphs
// keep (sorted), every other glyph empty, and its long loca.
func (f *face) subsetGlyphs(keep []uint16) (glyf, loca []byte) {
	n := f.numGlyphs
	loca = make([]byte, 4*(n+1))
	k := 0
	for g := range n {
		binary.BigEndian.PutUint32(loca[4*g:], uint32(len(glyf)))
		if k < len(keep) && int(keep[k]) == g {
			k++
			glyf = append(glyf, f.glyph(g)...)
			glyf = pad4(glyf)
		}
	}
	binary.BigEndian.PutUint32(loca[4*n:], uint32(len(glyf)))
	return glyf, loca
}

// pad4 pads b with zeros to a multiple of four bytes.
func pad4(b []byte) []byte {
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	return b
}

// subsetMetrics returns an hmtx table with a full metric for every glyph,
// zero for those left out of keep.
func (f *face) subsetMetrics(keep []uint16) []byte {
	hmtxIn := f.tables["hmtx"]
	numH := int(be16(f.tables["hhea"], 34))
	hmtx := make([]byte, 4*f.numGlyphs)
	for _, g := range keep {
		i := int(g)
		var lsb uint16
		if i < numH {
			lsb = be16(hmtxIn, 4*i+2)
		} else if off := 4*numH + 2*(i-numH); off+2 <= len(hmtxIn) {
			lsb = be16(hmtxIn, off)
		}
		binary.BigEndian.PutUint16(hmtx[4*i:], f.advances[i])
		binary.BigEndian.PutUint16(hmtx[4*i+2:], lsb)
	}
	return hmtx
}

// writeFont assembles a TrueType file from its tables, with the table
// directory in tag order and the checksums set.
func writeFont(tables map[string][]byte) []byte {
	tags := slices.Sorted(maps.Keys(tables))
	out := fontDirectory(len(tags))
	headAt := 0
	for i, tag := range tags {
		data := tables[tag]
		rec := out[12+16*i:]
		copy(rec, tag)
		binary.BigEndian.PutUint32(rec[4:], checksum(data))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(data)))
		if tag == "head" {
			headAt = len(out)
		}
		out = pad4(append(out, data...))
	}
	binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	return out
}

// fontDirectory returns the offset table of a font of n tables, with room
// for their records.
func fontDirectory(n int) []byte {
	entry := 1
	for entry*2 <= n {
		entry *= 2
	}
	log2 := 0
	for 1<<(log2+1) <= entry {
		log2++
	}
	out := make([]byte, 12+16*n)
	binary.BigEndian.PutUint32(out, 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	binary.BigEndian.PutUint16(out[6:], uint16(entry*16))
	binary.BigEndian.PutUint16(out[8:], uint16(log2))
	binary.BigEndian.PutUint16(out[10:], uint16(n*16-entry*16))
	return out
}

// checksum is the TrueType table checksum: the sum of the big-endian
// 32-bit words, the last one padded with zeros.
func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
