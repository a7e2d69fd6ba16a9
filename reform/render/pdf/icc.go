package pdf

import (
	"encoding/binary"
	"math"
)

// iccProfile returns a small ICC version 2 display profile of the sRGB
// colour space (its D50-adapted primaries and a 2,2 gamma curve), the
// destination profile of the PDF/A output intent. The document draws in
// black only, so the profile never changes a colour; it is built here
// rather than shipped so that its bytes and licence are our own.
func iccProfile() []byte {
	curve := []byte{'c', 'u', 'r', 'v', 0, 0, 0, 0, 0, 0, 0, 1, 0x02, 0x33} // gamma 2,2
	tags := []iccTag{
		{"desc", iccDesc("sRGB IEC61966-2.1 (cchc)")},
		{"cprt", iccText("No copyright, use freely")},
		{"wtpt", iccXYZ(0.9642, 1.0, 0.8249)},
		{"rXYZ", iccXYZ(0.4361, 0.2225, 0.0139)},
		{"gXYZ", iccXYZ(0.3851, 0.7169, 0.0971)},
		{"bXYZ", iccXYZ(0.1431, 0.0606, 0.7141)},
		{"rTRC", curve},
		{"gTRC", curve},
		{"bTRC", curve},
	}
	head := iccHeader()
	table, data := iccTags(tags, len(head))
	out := append(append(head, table...), data...)
	binary.BigEndian.PutUint32(out, uint32(len(out)))
	return out
}

// iccTag is a tag of a profile: its signature and its data.
type iccTag struct {
	sig  string
	data []byte
}

// iccXYZ is an XYZ tag of one colour.
func iccXYZ(x, y, z float64) []byte {
	b := make([]byte, 20)
	copy(b, "XYZ ")
	for i, v := range []float64{x, y, z} {
		binary.BigEndian.PutUint32(b[8+4*i:], s15Fixed16(v))
	}
	return b
}

// s15Fixed16 writes v as a signed 15.16 fixed-point number.
func s15Fixed16(v float64) uint32 { return uint32(int32(math.Round(v * 65536))) }

// iccText is a text tag.
func iccText(s string) []byte {
	b := append([]byte("text\x00\x00\x00\x00"), s...)
	return append(b, 0)
}

// iccDesc is a description tag: the ASCII description, empty Unicode and
// ScriptCode descriptions.
func iccDesc(s string) []byte {
	b := append([]byte("desc\x00\x00\x00\x00"), 0, 0, 0, byte(len(s)+1))
	b = append(b, s...)
	b = append(b, 0)
	return append(b, make([]byte, 4+4+2+1+67)...)
}

// iccHeader is the header of a version 2.1 RGB display profile with the
// D50 illuminant; its size is set once the profile is whole.
func iccHeader() []byte {
	head := make([]byte, 128)
	binary.BigEndian.PutUint32(head[8:], 0x02100000)
	copy(head[12:], "mntr")
	copy(head[16:], "RGB ")
	copy(head[20:], "XYZ ")
	for i, v := range []uint16{2024, 1, 1, 0, 0, 0} {
		binary.BigEndian.PutUint16(head[24+2*i:], v)
	}
	copy(head[36:], "acsp")
	for i, v := range []float64{0.9642, 1.0, 0.8249} {
		binary.BigEndian.PutUint32(head[68+4*i:], s15Fixed16(v))
	}
	return head
}

// iccTags returns the tag table and the tags' data, which start at offset
// base plus the table's length; tags with the same data share it.
func iccTags(tags []iccTag, base int) (table, data []byte) {
	table = make([]byte, 4+12*len(tags))
	binary.BigEndian.PutUint32(table, uint32(len(tags)))
	base += len(table)
	offsets := map[string]int{}
	for i, t := range tags {
		key := string(t.data)
		off, ok := offsets[key]
		if !ok {
			off = base + len(data)
			offsets[key] = off
			data = append(data, t.data...)
			for len(data)%4 != 0 {
				data = append(data, 0)
			}
		}
		e := table[4+12*i:]
		copy(e, t.sig)
		binary.BigEndian.PutUint32(e[4:], uint32(off))
		binary.BigEndian.PutUint32(e[8:], uint32(len(t.data)))
	}
	return table, data
}
