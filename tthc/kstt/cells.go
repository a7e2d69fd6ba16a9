// Reading one cell of figures as a count of dossiers, with the finding a
// cell that is not a plain number makes.

package kstt

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// englishGrouping is an integer grouped by three with ",": "1,234". Built
// once, never changed.
var englishGrouping = regexp.MustCompile(`^[0-9]{1,3}(,[0-9]{3})+$`)

// dashes are the marks that stand for no figure in a table. Read only.
var dashes = []string{"-", "–", "—", "x", "X", "..."}

// reading is how a cell reads as a count.
type reading int

const (
	readOK         reading = iota // a count, nothing to say
	readEmpty                     // no text
	readTextNumber                // a workbook's text cell holding a count
	readSeparator                 // a count grouped with ","
	readDash                      // a mark for no figure
	readNotCount                  // a number that is not a count
	readNotNumber                 // not a number
	readNoValue                   // a formula without its value
)

// readCount reads cell c as a count of dossiers: the count, and how it
// read. Only readOK, readTextNumber and readSeparator give a count.
func readCount(c cell) (int64, reading) {
	switch c.kind {
	case kindNumber:
		return readNumber(c.text)
	case kindBool, kindError:
		return 0, readNotNumber
	case kindNoValue:
		return 0, readNoValue
	}
	n, r := readText(c.text)
	if r == readOK && c.kind == kindText {
		r = readTextNumber
	}
	return n, r
}

// readNumber reads the value of a number cell.
func readNumber(v string) (int64, reading) {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	switch {
	case err != nil:
		return 0, readNotNumber
	case f < 0 || f > finding.MaxCount || f != math.Trunc(f):
		return 0, readNotCount
	}
	return int64(f), readOK
}

// readText reads text as a count: digits, grouped the Vietnamese way or
// with spaces; "1,234" grouped the English way; a dash.
func readText(s string) (int64, reading) {
	s = strings.TrimFunc(s, unicode.IsSpace)
	if s == "" {
		return 0, readEmpty
	}
	for _, d := range dashes {
		if s == d {
			return 0, readDash
		}
	}
	spaced := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	if n, err := vn.ParseCount(spaced); err == nil {
		if n > finding.MaxCount {
			return 0, readNotCount
		}
		return n, readOK
	}
	if englishGrouping.MatchString(spaced) {
		n, err := strconv.ParseInt(strings.ReplaceAll(spaced, ",", ""), 10, 64)
		if err == nil && n <= finding.MaxCount {
			return n, readSeparator
		}
		return 0, readNotCount
	}
	return 0, notCountOrNumber(spaced)
}

// notCountOrNumber tells a number that is not a count (negative, with
// decimals, a rate) from text that is no number.
func notCountOrNumber(s string) reading {
	if _, err := vn.ParseDecimal(s); err == nil {
		return readNotCount
	}
	if _, _, err := vn.ParsePercent(s); err == nil {
		return readNotCount
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return readNotCount
	}
	return readNotNumber
}

// count reads the cell c of row (the row's label) in the column of figure
// i (its head), and makes the finding of a cell that is not a plain
// count. It returns the count and whether the cell gives one.
func (t *table) count(c cell, row int, rowLabel, head string) (int64, bool) {
	n, r := readCount(c)
	if r == readOK || r == readEmpty {
		return n, r == readOK
	}
	at := ref(t.g.name, c.col, row)
	place := placeOf(row, rowLabel, head)
	text := strings.TrimSpace(c.text)
	var f finding.Finding
	switch r {
	case readTextNumber:
		f = ruleCellTextNumber.At(at, fmt.Sprintf("Ô %s (%s) là ô chữ %q chứ không phải ô số; đã đọc là %s.", at, place, text, vn.Int(n)))
	case readSeparator:
		f = ruleCellSeparator.At(at, fmt.Sprintf("Ô %s (%s) ghi %q với dấu phẩy phân cách hàng nghìn kiểu tiếng Anh; "+
			"đã đọc là %s hồ sơ, cần kiểm tra lại.", at, place, text, vn.Int(n)))
	case readDash:
		f = ruleCellDash.At(at, fmt.Sprintf("Ô %s (%s) ghi %q; đọc là không có số liệu.", at, place, text))
	case readNotCount:
		f = ruleCellNotCount.At(at, fmt.Sprintf("Ô %s (%s) ghi %s, không phải là số hồ sơ (số nguyên từ 0 đến 10^12); "+
			"ô được đọc là không có số liệu.", at, place, text))
	case readNoValue:
		f = ruleCellNoValue.At(at, fmt.Sprintf("Ô %s (%s) có công thức =%s nhưng tệp không lưu giá trị đã tính; "+
			"hãy mở và lưu lại tệp bằng Excel hoặc LibreOffice.", at, place, text))
	default:
		f = ruleCellNotNumber.At(at, fmt.Sprintf("Ô %s (%s) ghi %q, không phải là số; ô được đọc là không có số liệu.", at, place, text))
	}
	f = f.WithValues(finding.Value{Name: "text", Value: text})
	f.Place = place
	t.l.Add(f)
	return n, r == readTextNumber || r == readSeparator
}

// placeOf names a cell for a clerk: its row, the row's label and the
// column's head.
func placeOf(row int, rowLabel, head string) string {
	s := fmt.Sprintf("dòng %d", row)
	if rowLabel != "" {
		s += " “" + vn.Excerpt(rowLabel, 60) + "”"
	}
	if head != "" {
		s += ", cột “" + vn.Excerpt(head, 60) + "”"
	}
	return s
}
