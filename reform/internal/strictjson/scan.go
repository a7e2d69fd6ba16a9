package strictjson

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Token kinds of the scanner. Values that are not punctuation are kString,
// kNumber, kTrue, kFalse and kNull; kEOF ends the input.
const (
	kEOF byte = iota
	kObjectOpen
	kObjectClose
	kArrayOpen
	kArrayClose
	kColon
	kComma
	kString
	kNumber
	kTrue
	kFalse
	kNull
	kBad // a syntax problem: the scanner's problem field says which
)

// token is one lexical token of the input.
type token struct {
	kind       byte
	start, end int // the token's bytes, quotes included for a string
	// For a string: escaped says it holds backslash escapes; bad is 0,
	// badUTF8 or badSurrogate.
	escaped bool
	bad     byte
}

// Reasons a string token cannot be decoded as written.
const (
	badUTF8 byte = iota + 1
	badSurrogate
)

// place is where a token starts: its offset and the line it is on.
type place struct {
	off, line, lineStart int
}

// scanner reads tokens from data in one pass, with no recursion: nesting is
// the decoder's business. It counts lines as it skips whitespace, the only
// place a line break may appear in JSON.
type scanner struct {
	data      []byte
	pos       int
	line      int
	lineStart int
	// at is where the last token started.
	at place
	// syntax is the problem of the last kBad token, in Vietnamese.
	syntax string
	// truncated says the kBad token is input that ended too early.
	truncated bool
	// arena holds the strings text makes; scratch is where an escaped
	// string is decoded first.
	arena   stringArena
	scratch []byte
	// Column memo: problems come in document order, so the column of the
	// next one is counted from the last one on the same line.
	memoLineStart, memoOff, memoCol int
}

// newScanner returns a scanner of data, to be kept where it is used: it
// holds a strings.Builder, which must not be copied once written to.
func newScanner(data []byte) scanner {
	s := scanner{data: data, line: 1, memoLineStart: -1}
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		s.pos, s.lineStart = 3, 3 // a byte order mark: skipped, not a column
	}
	return s
}

// column returns the column of p, from 1, in code points.
func (s *scanner) column(p place) int {
	from, col := p.lineStart, 1
	if s.memoLineStart == p.lineStart && s.memoOff <= p.off {
		from, col = s.memoOff, s.memoCol
	}
	col += utf8.RuneCount(s.data[from:min(p.off, len(s.data))])
	s.memoLineStart, s.memoOff, s.memoCol = p.lineStart, p.off, col
	return col
}

// skipSpace skips JSON whitespace, counting lines.
func (s *scanner) skipSpace() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\r':
			s.pos++
		case '\n':
			s.pos++
			s.line++
			s.lineStart = s.pos
		default:
			return
		}
	}
}

// next returns the next token.
func (s *scanner) next() token {
	s.skipSpace()
	s.at = place{off: s.pos, line: s.line, lineStart: s.lineStart}
	if s.pos >= len(s.data) {
		return token{kind: kEOF, start: s.pos, end: s.pos}
	}
	start := s.pos
	c := s.data[s.pos]
	if k := punctuation[c]; k != 0 {
		s.pos++
		return token{kind: k, start: start, end: s.pos}
	}
	switch {
	case c == '"':
		return s.scanString()
	case c == '-' || (c >= '0' && c <= '9'):
		return s.scanNumber()
	case c == 't':
		return s.literal("true", kTrue)
	case c == 'f':
		return s.literal("false", kFalse)
	case c == 'n':
		return s.literal("null", kNull)
	}
	return s.bad(start, "gặp "+describeByte(s.data, start)+", không phải giá trị hay dấu câu của JSON")
}

// punctuation gives the token kind of each punctuation byte of JSON, 0 for
// the other bytes. It is never changed, so it is safe for concurrent use.
var punctuation = [256]byte{'{': kObjectOpen, '}': kObjectClose, '[': kArrayOpen, ']': kArrayClose, ':': kColon, ',': kComma}

// bad returns a kBad token for a problem at off.
func (s *scanner) bad(off int, msg string) token {
	s.moveTo(off)
	s.syntax = msg
	s.truncated = off >= len(s.data)
	return token{kind: kBad, start: off, end: off}
}

// moveTo sets the place of the current problem to off on the current line.
func (s *scanner) moveTo(off int) {
	s.at = place{off: off, line: s.line, lineStart: s.lineStart}
}

func (s *scanner) literal(word string, kind byte) token {
	start := s.pos
	for i := 0; i < len(word); i++ {
		if start+i >= len(s.data) {
			return s.bad(start+i, "dữ liệu kết thúc giữa chừng chữ "+word)
		}
		if s.data[start+i] != word[i] {
			return s.bad(start+i, "gặp "+describeByte(s.data, start+i)+" trong chữ "+word)
		}
	}
	s.pos = start + len(word)
	return token{kind: kind, start: start, end: s.pos}
}

// scanNumber reads a number as JSON writes it:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (s *scanner) scanNumber() token {
	d, i := s.data, s.pos
	start := i
	if d[i] == '-' {
		i++
	}
	digits := func() (int, bool) {
		j := i
		for j < len(d) && d[j] >= '0' && d[j] <= '9' {
			j++
		}
		return j, j > i
	}
	j, ok := digits()
	if !ok {
		return s.bad(i, "gặp "+describeByte(d, i)+", cần một chữ số")
	}
	if d[i] == '0' && j > i+1 {
		return s.bad(i+1, "số không được viết với số 0 ở đầu")
	}
	i = j
	if i < len(d) && d[i] == '.' {
		i++
		if j, ok = digits(); !ok {
			return s.bad(i, "gặp "+describeByte(d, i)+", cần một chữ số sau dấu chấm thập phân")
		}
		i = j
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if j, ok = digits(); !ok {
			return s.bad(i, "gặp "+describeByte(d, i)+", cần một chữ số của số mũ")
		}
		i = j
	}
	if i < len(d) && isWordByte(d[i]) {
		return s.bad(i, "số viết sai: gặp "+describeByte(d, i)+" ngay sau "+string(d[start:i])+"; JSON chỉ viết số thập phân như 2415 hoặc 53.5")
	}
	s.pos = i
	return token{kind: kNumber, start: start, end: i}
}

// isWordByte reports whether c would continue a word or a number: a letter,
// a digit, "." or "_", which never directly follows a number in JSON.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c >= utf8.RuneSelf
}

// scanString reads a string token, checking its escapes and its UTF-8.
func (s *scanner) scanString() token {
	d := s.data
	t := token{kind: kString, start: s.pos}
	for i := s.pos + 1; i < len(d); {
		c := d[i]
		switch {
		case c == '"':
			s.pos = i + 1
			t.end = s.pos
			return t
		case c == '\\':
			t.escaped = true
			n, bad, msg := escapeAt(d, i)
			if msg != "" {
				return s.bad(i+n, msg)
			}
			if bad != 0 && t.bad == 0 {
				t.bad = bad
			}
			i += n
		case c < 0x20:
			return s.bad(i, "chuỗi chứa ký tự điều khiển "+describeByte(d, i)+" chưa được viết dạng \\u: cần viết \\n, \\t hoặc \\u00XX")
		case c < utf8.RuneSelf:
			i++
		case 0xC2 <= c && c <= 0xDF && i+1 < len(d) && d[i+1]&0xC0 == 0x80:
			i += 2 // U+0080–U+07FF, read without DecodeRune
		case 0xE1 <= c && c <= 0xEC && i+2 < len(d) && d[i+1]&0xC0 == 0x80 && d[i+2]&0xC0 == 0x80:
			i += 3 // U+1000–U+CFFF, where the Vietnamese letters ạ … ỹ are
		default:
			r, size := utf8.DecodeRune(d[i:])
			if r == utf8.RuneError && size == 1 && t.bad == 0 {
				t.bad = badUTF8
			}
			i += size
		}
	}
	return s.bad(len(d), "dữ liệu kết thúc giữa chừng một chuỗi: thiếu dấu ngoặc kép đóng")
}

// escapeAt checks the escape at d[i] (a backslash) and returns its length,
// whether it is a lone surrogate, and a syntax message when it is no escape;
// for a syntax problem n is the offset of the fault from i.
func escapeAt(d []byte, i int) (n int, bad byte, msg string) {
	if i+1 >= len(d) {
		return 1, 0, "dữ liệu kết thúc giữa chừng một chuỗi"
	}
	switch d[i+1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return 2, 0, ""
	case 'u':
	default:
		return 1, 0, "gặp \\" + describeByte(d, i+1) + " trong chuỗi: chỉ có các dãy thoát \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t và \\uXXXX"
	}
	r, ok := hex4(d, i+2)
	if !ok {
		return 2, 0, "dãy thoát \\u cần đúng 4 chữ số hệ mười sáu"
	}
	if !utf16.IsSurrogate(r) {
		return 6, 0, ""
	}
	if r < 0xDC00 && i+11 < len(d) && d[i+6] == '\\' && d[i+7] == 'u' {
		if r2, ok := hex4(d, i+8); ok && r2 >= 0xDC00 && r2 <= 0xDFFF {
			return 12, 0, ""
		}
	}
	return 6, badSurrogate, ""
}

// hex4 reads four hexadecimal digits at d[i:].
func hex4(d []byte, i int) (rune, bool) {
	if i+4 > len(d) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(d[i:i+4]), 16, 32)
	return rune(v), err == nil
}

// text returns the decoded value of string token t, made in the scanner's
// arena. A lone surrogate becomes U+FFFD: the caller has already reported
// it.
func (s *scanner) text(t token) string {
	raw := s.data[t.start+1 : t.end-1]
	// The strings still to come hold at most the rest of the input, and
	// in a report about three quarters of it: keys, punctuation and
	// indentation take the others. A chunk of the arena is no bigger.
	room := (len(s.data) - t.start) * 3 / 4
	if !t.escaped {
		return s.arena.string(raw, room)
	}
	s.scratch = appendUnescaped(s.scratch[:0], raw)
	return s.arena.string(s.scratch, room)
}

// textBytes returns the decoded value of string token t as bytes: the
// input's own when the string has no escapes, else a new slice.
func (s *scanner) textBytes(t token) []byte {
	raw := s.data[t.start+1 : t.end-1]
	if !t.escaped {
		return raw
	}
	return appendUnescaped(nil, raw)
}

// appendUnescaped appends to b the value of raw, the bytes of a string
// between its quotes, with its escapes decoded.
func appendUnescaped(b, raw []byte) []byte {
	b = slices.Grow(b, len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' {
			j := bytes.IndexByte(raw[i:], '\\')
			if j < 0 {
				return append(b, raw[i:]...)
			}
			b = append(b, raw[i:i+j]...)
			i += j
			continue
		}
		switch raw[i+1] {
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, _ := hex4(raw, i+2)
			if utf16.IsSurrogate(r) && r < 0xDC00 && i+11 < len(raw) && raw[i+6] == '\\' && raw[i+7] == 'u' {
				if r2, ok := hex4(raw, i+8); ok && r2 >= 0xDC00 && r2 <= 0xDFFF {
					b = utf8.AppendRune(b, utf16.DecodeRune(r, r2))
					i += 12
					continue
				}
			}
			if utf16.IsSurrogate(r) {
				r = utf8.RuneError
			}
			b = utf8.AppendRune(b, r)
			i += 6
			continue
		default: // '"', '\\', '/'
			b = append(b, raw[i+1])
		}
		i += 2
	}
	return b
}

// describeByte names the character at d[i] for a message: 'x', "ký tự
// điều khiển U+0001", "byte 0xFF (không phải UTF-8)", or "hết dữ liệu".
func describeByte(d []byte, i int) string {
	if i >= len(d) {
		return "hết dữ liệu"
	}
	r, size := utf8.DecodeRune(d[i:])
	switch {
	case r == utf8.RuneError && size <= 1:
		return "byte 0x" + strings.ToUpper(strconv.FormatUint(uint64(d[i]), 16)) + " (không phải UTF-8)"
	case r < 0x20 || r == 0x7F:
		return "ký tự điều khiển U+" + strings.ToUpper(strconv.FormatInt(int64(0x10000+r), 16)[1:])
	case r == 0xFEFF:
		return "dấu thứ tự byte (BOM)"
	}
	return "'" + string(r) + "'"
}
