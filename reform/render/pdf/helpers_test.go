package pdf_test

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/pdf"
	"github.com/cchc-go/cchc/reform/render/text"
)

// This file holds a small reader of the PDF files the package writes: it
// checks the file's structure (header, every object where the
// cross-reference table says, stream lengths, streams that inflate) and
// extracts the text of the pages through the fonts' ToUnicode CMaps and the
// ActualText of marked content, as a PDF reader does. It lets the tests and
// the fuzz target check every file without outside programs.

// object is one object of a file: its dictionary text and its stream,
// inflated.
type object struct {
	dict   string
	stream []byte
}

// file is a parsed PDF file.
type file struct {
	objects map[int]object
	trailer string
	// fonts caches the ToUnicode maps of the font resources.
	fonts map[string]map[string]map[uint16]string
}

var (
	objHead   = regexp.MustCompile(`^(\d+) 0 obj\n`)
	refRe     = regexp.MustCompile(`(\d+) 0 R`)
	lengthRe  = regexp.MustCompile(`/Length (\d+)`)
	xrefEntry = regexp.MustCompile(`^(\d{10}) (\d{5}) ([nf]) \n$`)
)

// parse checks the structure of data and returns its objects.
func parse(data []byte) (*file, error) {
	if !bytes.HasPrefix(data, []byte("%PDF-1.7\n")) {
		return nil, fmt.Errorf("no %%PDF-1.7 header")
	}
	if !bytes.HasSuffix(data, []byte("%%EOF\n")) {
		return nil, fmt.Errorf("no %%%%EOF at the end")
	}
	i := bytes.LastIndex(data, []byte("startxref\n"))
	if i < 0 {
		return nil, fmt.Errorf("no startxref")
	}
	var xref int
	if _, err := fmt.Sscanf(string(data[i+len("startxref\n"):]), "%d", &xref); err != nil || xref >= len(data) {
		return nil, fmt.Errorf("startxref: %v", err)
	}
	rest := string(data[xref:])
	var n int
	if _, err := fmt.Sscanf(rest, "xref\n0 %d\n", &n); err != nil {
		return nil, fmt.Errorf("xref: %v", err)
	}
	rest = rest[strings.Index(rest, "\n")+1:]
	rest = rest[strings.Index(rest, "\n")+1:]
	f := &file{objects: map[int]object{}}
	for k := range n {
		if len(rest) < 20 {
			return nil, fmt.Errorf("xref entry %d: truncated", k)
		}
		m := xrefEntry.FindStringSubmatch(rest[:20])
		if m == nil {
			return nil, fmt.Errorf("xref entry %d: %q", k, rest[:20])
		}
		rest = rest[20:]
		if m[3] == "f" {
			continue
		}
		off, _ := strconv.Atoi(m[1])
		obj, err := readObject(data, off, k)
		if err != nil {
			return nil, err
		}
		f.objects[k] = obj
	}
	t := strings.Index(rest, "trailer\n")
	if t < 0 {
		return nil, fmt.Errorf("no trailer")
	}
	f.trailer = rest[t:]
	for _, m := range refRe.FindAllStringSubmatch(f.trailer, -1) {
		if _, ok := f.objects[atoi(m[1])]; !ok {
			return nil, fmt.Errorf("trailer refers to missing object %s", m[1])
		}
	}
	for num, o := range f.objects {
		for _, m := range refRe.FindAllStringSubmatch(o.dict, -1) {
			if _, ok := f.objects[atoi(m[1])]; !ok {
				return nil, fmt.Errorf("object %d refers to missing object %s", num, m[1])
			}
		}
	}
	return f, nil
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// readObject reads object num at off.
func readObject(data []byte, off, num int) (object, error) {
	if off >= len(data) {
		return object{}, fmt.Errorf("object %d: offset %d past the end", num, off)
	}
	m := objHead.FindSubmatch(data[off:])
	if m == nil || atoi(string(m[1])) != num {
		return object{}, fmt.Errorf("object %d: not at offset %d", num, off)
	}
	body := data[off+len(m[0]):]
	end := bytes.Index(body, []byte("\nendobj\n"))
	if end < 0 {
		return object{}, fmt.Errorf("object %d: no endobj", num)
	}
	s := bytes.Index(body[:end], []byte("\nstream\n"))
	if s < 0 {
		return object{dict: string(body[:end])}, nil
	}
	o := object{dict: string(body[:s])}
	lm := lengthRe.FindStringSubmatch(o.dict)
	if lm == nil {
		return object{}, fmt.Errorf("object %d: a stream without /Length", num)
	}
	length := atoi(lm[1])
	start := s + len("\nstream\n")
	if start+length > len(body) || !bytes.HasPrefix(body[start+length:], []byte("\nendstream\nendobj\n")) {
		return object{}, fmt.Errorf("object %d: /Length %d does not end at endstream", num, length)
	}
	raw := body[start : start+length]
	if strings.Contains(o.dict, "/FlateDecode") {
		r, err := zlib.NewReader(bytes.NewReader(raw))
		if err != nil {
			return object{}, fmt.Errorf("object %d: %v", num, err)
		}
		inflated, err := io.ReadAll(r)
		if err != nil {
			return object{}, fmt.Errorf("object %d: %v", num, err)
		}
		raw = inflated
	}
	o.stream = raw
	return o, nil
}

// get returns the object a reference in dict after key points to.
func (f *file) get(dict, key string) (object, int, bool) {
	re := regexp.MustCompile(regexp.QuoteMeta(key) + ` (\d+) 0 R`)
	m := re.FindStringSubmatch(dict)
	if m == nil {
		return object{}, 0, false
	}
	n := atoi(m[1])
	o, ok := f.objects[n]
	return o, n, ok
}

// root returns the catalog.
func (f *file) root() object {
	o, _, _ := f.get(f.trailer, "/Root")
	return o
}

// pages returns the page objects in order.
func (f *file) pages() []object {
	pages, _, _ := f.get(f.root().dict, "/Pages")
	kids := pages.dict[strings.Index(pages.dict, "/Kids [")+len("/Kids ["):]
	kids = kids[:strings.Index(kids, "]")]
	var out []object
	for _, m := range refRe.FindAllStringSubmatch(kids, -1) {
		out = append(out, f.objects[atoi(m[1])])
	}
	return out
}

// cmaps returns the ToUnicode maps of the fonts of a page by resource name.
func (f *file) cmaps(page object) map[string]map[uint16]string {
	res, _, _ := f.get(page.dict, "/Resources")
	if cached, ok := f.fonts[res.dict]; ok {
		return cached
	}
	out := map[string]map[uint16]string{}
	if f.fonts == nil {
		f.fonts = map[string]map[string]map[uint16]string{}
	}
	f.fonts[res.dict] = out
	for _, m := range regexp.MustCompile(`/(F\d+) (\d+) 0 R`).FindAllStringSubmatch(res.dict, -1) {
		font := f.objects[atoi(m[2])]
		tu, _, _ := f.get(font.dict, "/ToUnicode")
		cm := map[uint16]string{}
		for _, e := range regexp.MustCompile(`<([0-9A-F]{4})> <([0-9A-F]+)>`).FindAllStringSubmatch(string(tu.stream), -1) {
			g, _ := strconv.ParseUint(e[1], 16, 16)
			cm[uint16(g)] = utf16Hex(e[2])
		}
		out[m[1]] = cm
	}
	return out
}

func utf16Hex(h string) string {
	var u []uint16
	for i := 0; i+4 <= len(h); i += 4 {
		v, _ := strconv.ParseUint(h[i:i+4], 16, 16)
		u = append(u, uint16(v))
	}
	return string(utf16.Decode(u))
}

// pageText extracts the text of a page: one line per text object, the
// glyphs through the ToUnicode map of their font, marked content with
// ActualText as that text.
func (f *file) pageText(page object) (string, error) {
	content, _, ok := f.get(page.dict, "/Contents")
	if !ok {
		return "", fmt.Errorf("a page without contents")
	}
	cmaps := f.cmaps(page)
	var out, line strings.Builder
	var cm map[uint16]string
	actual := -1 // depth of the marked content with ActualText
	depth := 0
	var operands []string
	toks := tokenize(string(content.stream))
	for _, tok := range toks {
		switch tok {
		case "BT":
			line.Reset()
		case "ET":
			out.WriteString(line.String())
			out.WriteByte('\n')
		case "Tf":
			if len(operands) < 2 {
				return "", fmt.Errorf("Tf without operands")
			}
			name := strings.TrimPrefix(operands[len(operands)-2], "/")
			if cmaps[name] == nil {
				return "", fmt.Errorf("font %s is not in the page's resources", name)
			}
			cm = cmaps[name]
		case "TJ":
			if actual >= 0 {
				break
			}
			for _, o := range operands {
				if strings.HasPrefix(o, "<") {
					h := strings.Trim(o, "<>")
					for i := 0; i+4 <= len(h); i += 4 {
						g, _ := strconv.ParseUint(h[i:i+4], 16, 16)
						line.WriteString(cm[uint16(g)])
					}
				}
			}
		case "BDC":
			depth++
			for _, o := range operands {
				if strings.HasPrefix(o, "<FEFF") {
					line.WriteString(utf16Hex(strings.Trim(o, "<>")[4:]))
					actual = depth
				}
			}
		case "EMC":
			if depth == actual {
				actual = -1
			}
			depth--
		}
		if isOperator(tok) {
			operands = operands[:0]
		} else {
			operands = append(operands, tok)
		}
	}
	return out.String(), nil
}

// isOperator reports whether a content token is an operator.
func isOperator(tok string) bool {
	c := tok[0]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\''
}

// tokenize splits a content stream into names, numbers, strings, array
// brackets and operators; dictionaries are kept as one token.
func tokenize(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\n' || c == '\r':
			i++
		case c == '[' || c == ']':
			i++
		case c == '<' && strings.HasPrefix(s[i:], "<<"), c == '>':
			// Dictionary brackets: what a dictionary holds is read as
			// operands.
			i++
			if c == '<' {
				i++
			}
		case c == '<':
			end := strings.IndexByte(s[i:], '>')
			if end < 0 {
				end = len(s) - i - 1
			}
			out = append(out, s[i:i+end+1])
			i += end + 1
		default:
			j := i + 1
			for j < len(s) && !strings.ContainsRune(" \n\r[]<>/", rune(s[j])) {
				j++
			}
			out = append(out, s[i:j])
			i = j
		}
	}
	return out
}

// extract parses a file and returns the text of its pages, each page's
// text ending with a form feed, as pdftotext writes it.
func extract(data []byte) (string, *file, error) {
	f, err := parse(data)
	if err != nil {
		return "", nil, err
	}
	var b strings.Builder
	for i, p := range f.pages() {
		t, err := f.pageText(p)
		if err != nil {
			return "", nil, fmt.Errorf("page %d: %v", i+1, err)
		}
		b.WriteString(t)
		b.WriteByte('\f')
	}
	return b.String(), f, nil
}

// render writes a layout as PDF.
func render(t testing.TB, l *doc.Layout) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := pdf.WriteLayout(&buf, l); err != nil {
		t.Fatalf("WriteLayout: %v", err)
	}
	return buf.Bytes()
}

// plainText writes a layout as plain text without emphasis marks.
func plainText(t testing.TB, l *doc.Layout) string {
	t.Helper()
	var buf bytes.Buffer
	if err := text.WriteLayoutOptions(&buf, l, text.Options{Plain: true}); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}
