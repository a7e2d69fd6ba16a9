package doc_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform/doc"
)

func BenchmarkLay(b *testing.B) {
	d := minimal(benchBody()...)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := doc.Lay(d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheck checks the layout of BenchmarkLay's document, which has
// no problem: the paths of problems are built only for a problem found.
func BenchmarkCheck(b *testing.B) {
	l, err := doc.Lay(minimal(benchBody()...))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := l.Check(); err != nil {
			b.Fatal(err)
		}
	}
}

// benchBody is a body of 6 sections of 6 subsections of 5 paragraphs, each
// with a footnote.
func benchBody() []doc.Block {
	var body []doc.Block
	for range 6 {
		sec := &doc.Section{Title: "Kết quả thực hiện"}
		for range 6 {
			sub := &doc.Section{Title: "Cải cách thủ tục hành chính"}
			for range 5 {
				sub.Blocks = append(sub.Blocks, doc.P(doc.Plain("Sở Tư pháp tiếp nhận 15.613 hồ sơ; trong đó hồ sơ trực tuyến là 8.252"), doc.NoteText("Công văn số 134/UBND-NC ngày 31/01/2024 của UBND tỉnh")))
			}
			sec.Blocks = append(sec.Blocks, sub)
		}
		body = append(body, sec)
	}
	return body
}

// BenchmarkClean cleans text with nothing to replace, as almost all text
// is (the fast path), and text with a tab and a decomposed letter.
func BenchmarkClean(b *testing.B) {
	testutil.Texts(b, map[string]string{
		"clean": "Sở Tư pháp tiếp nhận 15.613 hồ sơ; trong đó hồ sơ trực tuyến là 8.252 “đúng hạn” – đạt 53,5%…",
		"dirty": "Sở Tư pháp\ttiếp nhận\r\n15.613 hồ sơ, tha\u0301ng 11",
	}, doc.Clean)
}

// FuzzCleanFast checks doc.Clean, whose fast path returns text with nothing
// to replace as it is, against cleanSlow, the way every text was cleaned
// before the fast path: they must give the same text for any input.
func FuzzCleanFast(f *testing.F) {
	for _, s := range []string{"Việt Nam", "a\tb\r\nc\rd", "\u2028\u2029", "\x7f\u0085\u009f\u00a0", "\xff\xc2", "\xe2\x80", "\uFFFE\uFFFF\uFFFD", "tha\u0301ng", "\xed\xa0\x80", "\xf0\x9f\x98\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := doc.Clean(s), cleanSlow(s); got != want {
			t.Errorf("Clean(%q) = %q, want %q", s, got, want)
		}
	})
}

// cleanSlow is doc.Clean without its fast path: every character is looked
// at and the text is built again.
func cleanSlow(s string) string {
	if s == "" {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteRune(unicode.ReplacementChar)
		case r == '\t':
			b.WriteByte(' ')
		case r == '\r', r == '\n', r == '\u2028', r == '\u2029':
			b.WriteByte('\n')
		case unicode.IsControl(r), r == 0xFFFE, r == 0xFFFF:
			b.WriteRune(unicode.ReplacementChar)
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return norm.NFC.String(b.String())
}
