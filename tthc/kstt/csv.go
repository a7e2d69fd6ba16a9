// Reading a CSV file into a grid: its encoding (UTF-8, UTF-16 with a
// byte-order mark, or a Windows code page the mapping names), its
// delimiter, and its records as the rows of one sheet.

package kstt

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// ErrEncoding is wrapped by the error of a CSV file whose encoding is not
// known for certain: bytes that are not UTF-8 when the mapping names no
// encoding, or UTF-16 without a byte-order mark.
var ErrEncoding = errors.New("kstt: the CSV file's encoding is not UTF-8")

// charmapOf returns the encoding a mapping names: nil for UTF-8 (the
// default).
func charmapOf(name string) (encoding.Encoding, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "", "utf-8", "utf8":
		return nil, nil
	case "windows-1258", "cp1258":
		return charmap.Windows1258, nil
	case "windows-1252", "cp1252":
		return charmap.Windows1252, nil
	}
	return nil, fmt.Errorf("%q; expected \"utf-8\", \"windows-1258\" or \"windows-1252\"", name)
}

// The byte-order marks a CSV file may start with.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decodeText returns data as UTF-8 text: read in the encoding its
// byte-order mark names, or in enc (nil for UTF-8). Bytes that are not
// UTF-8 without a named encoding are an error wrapping ErrEncoding that
// names the line and the byte.
func decodeText(data []byte, enc encoding.Encoding) (string, error) {
	var bom encoding.Encoding
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		data, enc = data[len(bomUTF8):], nil
	case bytes.HasPrefix(data, bomUTF16LE):
		bom = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(data, bomUTF16BE):
		bom = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	}
	if bom != nil {
		enc = bom
	}
	if enc != nil {
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("%w: %v", ErrEncoding, err)
		}
		return string(out), nil
	}
	if looksUTF16(data) {
		return "", fmt.Errorf("%w: the file looks like UTF-16 without a byte-order mark; save it as CSV UTF-8", ErrEncoding)
	}
	if !utf8.Valid(data) {
		return "", notUTF8(data)
	}
	return string(data), nil
}

// looksUTF16 reports whether the start of data has the zero bytes of
// UTF-16 text: a zero in every other byte of most of the first 512.
func looksUTF16(data []byte) bool {
	n := min(len(data), 512)
	zeros := 0
	for _, b := range data[:n] {
		if b == 0 {
			zeros++
		}
	}
	return n >= 4 && zeros*3 > n
}

// notUTF8 returns the error of data that is not UTF-8, naming the first
// byte that is not and its line.
func notUTF8(data []byte) error {
	i := 0
	for i < len(data) {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		i += size
	}
	line := bytes.Count(data[:i], []byte{'\n'}) + 1
	return fmt.Errorf("%w: line %d, byte 0x%02X at offset %d is not UTF-8; the file may be in Windows-1258 or "+
		"Windows-1252: save it as CSV UTF-8, or name its encoding in the mapping (\"encoding\": \"windows-1258\")",
		ErrEncoding, line, data[i], i)
}

// delimiter returns the delimiter of the CSV text and the text without
// Excel's "sep=" line: the one that line names, else the most frequent of
// ",", ";" and tab outside quotes at the start of the text (comma on a
// tie).
func delimiter(text string) (rune, string) {
	if first, rest, _ := strings.Cut(text, "\n"); len(first) >= 5 && strings.EqualFold(first[:4], "sep=") {
		if r, _ := utf8.DecodeRuneInString(first[4:]); r != utf8.RuneError && r != '\r' {
			return r, rest
		}
	}
	counts := map[rune]int{}
	quoted := false
	for i, r := range text {
		if i > 64<<10 {
			break
		}
		switch {
		case r == '"':
			quoted = !quoted
		case !quoted && (r == ',' || r == ';' || r == '\t'):
			counts[r]++
		}
	}
	best := ','
	for _, r := range []rune{';', '\t'} {
		if counts[r] > counts[best] {
			best = r
		}
	}
	return best, text
}

// widestRecord returns the largest number of fields of a record of text,
// counted outside quotes, so that a record of thousands of empty fields is
// refused before it is split.
func widestRecord(text string, delim rune) int {
	widest, fields, quoted := 0, 1, false
	for _, r := range text {
		switch {
		case r == '"':
			quoted = !quoted
		case quoted:
		case r == delim:
			fields++
		case r == '\n':
			widest, fields = max(widest, fields), 1
		}
	}
	return max(widest, fields)
}

// csvGrid reads the CSV data as the one sheet called name.
func csvGrid(data []byte, name string, enc encoding.Encoding, lim Limits) (*grid, error) {
	text, err := decodeText(data, enc)
	if err != nil {
		return nil, err
	}
	delim, text := delimiter(text)
	if w := widestRecord(text, delim); w > maxColumn {
		return nil, fmt.Errorf("%w: a record of %d fields, more than the %d columns of a spreadsheet", ErrTooLarge, w, maxColumn)
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma, r.FieldsPerRecord, r.LazyQuotes = delim, -1, true
	g := &grid{name: name}
	count := counter{lim: lim}
	for n := 1; ; n++ {
		rec, err := r.Read()
		if err == io.EOF {
			return g, nil
		}
		if err != nil {
			return nil, fmt.Errorf("kstt: not a readable CSV file: %w", err)
		}
		row := gridRow{n: n}
		for i, f := range rec {
			if strings.TrimSpace(f) == "" {
				continue
			}
			if err := count.add(name, n, i+1); err != nil {
				return nil, err
			}
			row.cells = append(row.cells, cell{col: i + 1, kind: kindCSV, text: f})
		}
		if len(row.cells) > 0 {
			g.rows = append(g.rows, row)
		}
	}
}
