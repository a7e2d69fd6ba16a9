package kstt_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/tthc/kstt"
)

// peakHeap runs f and returns the most heap its objects took at once,
// sampled every 100 µs (runtime/metrics reads without stopping the world):
// what a reading holds, garbage not yet collected included.
func peakHeap(f func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	base := read()
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			if v := read(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			default:
				time.Sleep(100 * time.Microsecond)
			}
		}
	}()
	f()
	done <- struct{}{}
	<-done
	if p := peak.Load(); p > base {
		return p - base
	}
	return 0
}

// utf16Bytes encodes s as UTF-16, little- or big-endian, with or without
// a byte-order mark.
func utf16Bytes(s string, little, bom bool) []byte {
	var out []byte
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	for _, u := range units {
		if little {
			out = append(out, byte(u), byte(u>>8))
		} else {
			out = append(out, byte(u>>8), byte(u))
		}
	}
	return out
}

// cp1258 encodes s in Windows-1258 as Vietnamese Windows writes it: a
// letter the code page has whole as one byte (Á), else the letter with its
// circumflex, breve or horn (ô, ă, ơ) and the tone mark after it.
func cp1258(t *testing.T, s string) []byte {
	t.Helper()
	var out []byte
	for _, r := range norm.NFC.String(s) {
		if b, ok := charmap.Windows1258.EncodeRune(r); ok {
			out = append(out, b)
			continue
		}
		var base, tones []rune
		for _, m := range norm.NFD.String(string(r)) {
			if m >= 0x300 && m <= 0x36F && m != 0x302 && m != 0x306 && m != 0x31B {
				tones = append(tones, m)
			} else {
				base = append(base, m)
			}
		}
		for _, m := range append([]rune(norm.NFC.String(string(base))), tones...) {
			b, ok := charmap.Windows1258.EncodeRune(m)
			require.True(t, ok, "%q is not in Windows-1258", m)
			out = append(out, b)
		}
	}
	return out
}

// TestEncodings reads vendorCSV in the encodings a CSV file comes in: with
// a byte-order mark it is read whatever the encoding; Windows-1258 bytes
// are an error naming the line and the byte, unless the mapping names the
// encoding; UTF-16 without a mark is an error.
func TestEncodings(t *testing.T) {
	t.Parallel()
	want := readCSV(t, vendorCSV, kstt.Options{})
	for name, data := range map[string][]byte{
		"UTF-8 with a mark":    append([]byte("\uFEFF"), vendorCSV...),
		"UTF-16LE with a mark": utf16Bytes(vendorCSV, true, true),
		"UTF-16BE with a mark": utf16Bytes(vendorCSV, false, true),
	} {
		imp, err := kstt.ReadCSV(bytes.NewReader(data), kstt.Options{})
		require.NoError(t, err, name)
		assert.Equal(t, want.Units, imp.Units, name)
	}

	_, err := kstt.ReadCSV(bytes.NewReader(utf16Bytes(vendorCSV, true, false)), kstt.Options{})
	assert.ErrorIs(t, err, kstt.ErrEncoding)
	assert.ErrorContains(t, err, "UTF-16 without a byte-order mark")

	win := cp1258(t, vendorCSV)
	_, err = kstt.ReadCSV(bytes.NewReader(win), kstt.Options{})
	assert.ErrorIs(t, err, kstt.ErrEncoding)
	assert.ErrorContains(t, err, "line 1, byte 0xC1 at offset 1 is not UTF-8")
	assert.ErrorContains(t, err, `"encoding": "windows-1258"`)
	imp, err := kstt.ReadCSV(bytes.NewReader(win), kstt.Options{Mapping: kstt.Mapping{Encoding: "windows-1258"}})
	require.NoError(t, err)
	assert.Equal(t, want.Units, imp.Units, "the names in NFC, as the UTF-8 file's")
}

// TestBadWorkbooks reads files that are not workbooks kstt reads: each is
// a clear error, not a panic.
func TestBadWorkbooks(t *testing.T) {
	t.Parallel()
	good := vendorExport(t)
	ole := func(stream string) []byte {
		b := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 504)...)
		return append(b, utf16Bytes(stream, true, false)...)
	}
	noWorkbook := zipParts(t, map[string]string{"[Content_Types].xml": "<Types/>"})
	tests := []struct {
		name string
		data []byte
		err  error
		text string
	}{
		{"password-protected", ole("EncryptedPackage"), kstt.ErrEncrypted, "remove the password"},
		{"Excel 97-2003", ole("Workbook"), kstt.ErrLegacyXLS, "save it as .xlsx"},
		{"truncated", good[:len(good)/2], kstt.ErrCorrupt, "the zip archive is damaged"},
		{"not a zip", []byte("STT,Lĩnh vực\n"), kstt.ErrCorrupt, "not a zip archive"},
		{"no workbook part", noWorkbook, kstt.ErrCorrupt, "no workbook part"},
		{"broken sheet XML", rawBook(t, `<sheetData><row r="1"><c r="A1"`, ""), kstt.ErrCorrupt, `sheet "Sheet1"`},
		{"shared string out of range", rawBook(t, `<sheetData><row r="1"><c r="B1" t="s"><v>7</v></c></row></sheetData>`, "<sst/>"),
			kstt.ErrCorrupt, "Sheet1!B1 refers to shared string"},
		{"no head", book(t, sheet{name: "Trang 1", rows: [][]any{{"Báo cáo"}, {1, 2, 3}}}), kstt.ErrNoTable, `"Trang 1"`},
	}
	for _, tt := range tests {
		_, err := kstt.ReadXLSX(bytes.NewReader(tt.data), int64(len(tt.data)), kstt.Options{})
		assert.ErrorIs(t, err, tt.err, tt.name)
		assert.ErrorContains(t, err, tt.text, tt.name)
	}
	_, err := kstt.ReadXLSX(bytes.NewReader(good), int64(len(good)), kstt.Options{Sheet: "Phụ lục"})
	assert.ErrorContains(t, err, `no sheet "Phụ lục"; its sheets are "Biểu 06"`)
	imp, err := kstt.ReadXLSX(bytes.NewReader(good), int64(len(good)), kstt.Options{Sheet: "biểu 06"})
	require.NoError(t, err)
	assert.Len(t, imp.Units, 2)
	_, err = kstt.Read(bytes.NewReader(ole("EncryptedPackage")), 600, kstt.Options{})
	assert.ErrorIs(t, err, kstt.ErrEncrypted, "Read tells an OLE file by its signature")
}

// bigPart returns a workbook whose part name holds n bytes repeating unit
// between prefix and suffix, streamed into the zip so that the test holds
// only the compressed bytes. Its sheet reads a shared string.
func bigPart(t *testing.T, name, prefix, unit, suffix string, n int) []byte {
	t.Helper()
	base := rawBook(t, `<sheetData>`+headXML()+`<row r="5"><c r="B5" t="s"><v>0</v></c></row></sheetData>`, "<sst/>")
	zr, err := zip.NewReader(bytes.NewReader(base), int64(len(base)))
	require.NoError(t, err)
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	z.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	for _, f := range zr.File {
		if f.Name != name {
			require.NoError(t, z.Copy(f))
		}
	}
	w, err := z.Create(name)
	require.NoError(t, err)
	io.WriteString(w, prefix)
	chunk := strings.Repeat(unit, 64<<10/len(unit))
	for written := 0; written < n; written += len(chunk) {
		io.WriteString(w, chunk)
	}
	io.WriteString(w, suffix)
	require.NoError(t, z.Close())
	return buf.Bytes()
}

// TestBombs reads workbooks made to exhaust a reader: parts that inflate
// past the limit, too many shared strings, a part that holds more than it
// claims, cells far out, and a sheet that claims a million rows. Each is
// refused with an error naming the limit, in bounded memory.
func TestBombs(t *testing.T) {
	sst := `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`
	tests := []struct {
		name string
		data func(t *testing.T) []byte
		err  error
		text string
	}{
		{"shared strings of 80 MiB", func(t *testing.T) []byte {
			return bigPart(t, "xl/sharedStrings.xml", sst, "<si><t>Hộ tịch</t></si>", "</sst>", 80<<20)
		}, kstt.ErrTooLarge, "claims"},
		{"two million shared strings", func(t *testing.T) []byte {
			return bigPart(t, "xl/sharedStrings.xml", sst, "<si/>", "</sst>", 10<<20)
		}, kstt.ErrTooLarge, "more than 1048576 shared strings"},
		{"a sheet of 80 MiB", func(t *testing.T) []byte {
			return bigPart(t, "xl/worksheets/sheet1.xml", "<worksheet><sheetData>", `<row><c t="inlineStr"><is><t>x</t></is></c></row>`, "</sheetData></worksheet>", 80<<20)
		}, kstt.ErrTooLarge, "claims"},
		{"a part that holds more than it claims", func(t *testing.T) []byte {
			return lyingPart(t)
		}, kstt.ErrCorrupt, "sheet"},
		{"a value far down", func(t *testing.T) []byte {
			return rawBook(t, `<dimension ref="A1:XFD1048576"/><sheetData>`+headXML()+`<row r="1048576"><c r="B1048576"><v>1</v></c></row></sheetData>`, "")
		}, kstt.ErrTooLarge, "past the limit of 100000 rows"},
		{"a value far right", func(t *testing.T) []byte {
			return rawBook(t, `<sheetData>`+headXML()+`<row r="5"><c r="XFD5"><v>1</v></c></row></sheetData>`, "")
		}, kstt.ErrTooLarge, "Sheet1!XFD5 has a value in column XFD, past the limit of 256 columns (IV)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.data(t)
			assert.Less(t, len(data), 2<<20, "the file is small")
			var err error
			mem := peakHeap(func() { _, err = kstt.ReadXLSX(bytes.NewReader(data), int64(len(data)), kstt.Options{}) })
			assert.ErrorIs(t, err, tt.err)
			assert.ErrorContains(t, err, tt.text)
			assert.Less(t, mem, uint64(96<<20), "bounded memory")
			t.Logf("peak heap %.1f MiB", float64(mem)/(1<<20))
		})
	}

	// Claims that cost nothing: a dimension of the whole sheet, a styled
	// empty cell in its last corner.
	data := rawBook(t, `<dimension ref="A1:XFD1048576"/><sheetData>`+headXML()+
		`<row r="5"><c r="A5"><v>1</v></c><c r="B5" t="inlineStr"><is><t>Hộ tịch</t></is></c><c r="D5"><v>3</v></c></row>`+
		`<row r="1048576"><c r="XFD1048576" s="1"/></row></sheetData>`, "")
	imp := readBook(t, data, kstt.Options{})
	assert.Equal(t, int64(3), imp.Units[0].Dossiers.Online)

	// A CSV file past the size limit, or with a record of more fields than
	// a sheet has columns.
	_, err := kstt.ReadCSV(strings.NewReader(strings.Repeat("x", 2<<10)), kstt.Options{Limits: kstt.Limits{MaxBytes: 1 << 10}})
	assert.ErrorIs(t, err, kstt.ErrTooLarge)
	_, err = kstt.ReadCSV(strings.NewReader(csvHead()+strings.Repeat(",", 20000)+"\n"), kstt.Options{})
	assert.ErrorIs(t, err, kstt.ErrTooLarge)
	assert.ErrorContains(t, err, "a record of 20001 fields")
	_, err = kstt.ReadCSV(strings.NewReader(csvHead()+"1,a,1,1,1,1,1,1,1,1,1,1,1\n2,b,1\n"), kstt.Options{Limits: kstt.Limits{MaxCells: 20}})
	assert.ErrorIs(t, err, kstt.ErrTooLarge)
}

// lyingPart returns a workbook whose sheet part claims 200 bytes and
// inflates to 4 MiB.
func lyingPart(t *testing.T) []byte {
	t.Helper()
	content := `<worksheet><sheetData>` + strings.Repeat(`<row><c t="inlineStr"><is><t>x</t></is></c></row>`, 4<<20/50) + `</sheetData></worksheet>`
	var comp bytes.Buffer
	fw, err := flate.NewWriter(&comp, flate.BestCompression)
	require.NoError(t, err)
	io.WriteString(fw, content)
	require.NoError(t, fw.Close())
	base := rawBook(t, `<sheetData/>`, "")
	zr, err := zip.NewReader(bytes.NewReader(base), int64(len(base)))
	require.NoError(t, err)
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, f := range zr.File {
		if f.Name != "xl/worksheets/sheet1.xml" {
			require.NoError(t, z.Copy(f))
		}
	}
	w, err := z.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate,
		CRC32: crc32.ChecksumIEEE([]byte(content)), CompressedSize64: uint64(comp.Len()), UncompressedSize64: 200})
	require.NoError(t, err)
	_, err = w.Write(comp.Bytes())
	require.NoError(t, err)
	require.NoError(t, z.Close())
	return buf.Bytes()
}
