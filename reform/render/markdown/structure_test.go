package markdown_test

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/reform/render/markdown"
)

// structure counts what a Markdown parser would read as syntax in a file:
// the things no text in a run may add or remove. It is a deliberately
// suspicious reader: it strips all indentation before looking for a block
// start, so it also sees blocks that indentation would turn into
// continuation text, and it counts every unescaped syntax character
// outside code.
type structure struct {
	Headings     int // ATX "#" lines and setext underlines
	ListItems    int // "-", "+", "*", "1." and "1)" items
	Quotes       int // ">" lines
	Breaks       int // thematic breaks
	Fences       int // ``` and ~~~ lines
	FootnoteDefs int // "[^n]:" at the start of a line
	LinkDefs     int // "[x]:" at the start of a line
	TableRows    int // lines starting with "|"
	Brackets     int // unescaped "[" (links, images, footnote references)
	LinkTargets  int // unescaped "](" (inline links and images)
	HTML         int // raw HTML tags other than the renderer's own
	Code         int // unescaped "`"
	Pipes        int // unescaped "|"
	Math         int // unescaped "$"
	Tildes       int // unescaped "~" (strikethrough)
	Entities     int // unescaped "&name;", "&#n;"
	Autolinks    int // unescaped "://", "www." and "@"
}

var (
	reATX     = regexp.MustCompile(`^#{1,6}(\s|$)`)
	reSetext  = regexp.MustCompile(`^(=+|-+)\s*$`)
	reBreak   = regexp.MustCompile(`^([-*_])(\s*[-*_]){2,}\s*$`)
	reList    = regexp.MustCompile(`^([-+*]|\d{1,9}[.)])(\s|$)`)
	reFootDef = regexp.MustCompile(`^\[\^[^\]]*\]:`)
	reLinkDef = regexp.MustCompile(`^\[[^\]^][^\]]*\]:`)
	// reEntity is what CommonMark may read as a reference: a name of at
	// most 32 characters (the longest HTML entity name has 31), or "#" and
	// 1–7 digits, or "#x" and 1–6 hex digits ("&#X;" is text).
	reEntity    = regexp.MustCompile(`^&([A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});`)
	reTag       = regexp.MustCompile(`^</?[A-Za-z][A-Za-z0-9-]*|^<[!?]`)
	ownTags     = regexp.MustCompile(`^(<br>|<strong>|</strong>|<em>|</em>)`)
	reMarkRef   = regexp.MustCompile(`^&#x([0-9A-F]+);`)
	asciiPunct  = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	reAutolinks = regexp.MustCompile(`^(://|[wW]{3}\.|@)`)
)

// ownMark reports whether s starts with the renderer's own reference to a
// combining mark (render.LeadingMarks): no text can make one, since the "&"
// of an entity in the text is escaped.
func ownMark(s string) bool {
	m := reMarkRef.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	n, err := strconv.ParseUint(m[1], 16, 32)
	if err != nil {
		return false
	}
	return !norm.NFC.PropertiesString(string(rune(n))).BoundaryBefore()
}

func count(md string) structure {
	var s structure
	prevBlank := true
	prev := "" // the previous line
	inFence := false
	for _, line := range strings.Split(md, "\n") {
		t := strings.TrimLeft(line, " \t")
		// A "-" or "=" line under text is a setext underline unless it
		// stands outside the list item the text is in.
		underline := !prevBlank && reSetext.MatchString(t)
		if p := strings.TrimLeft(prev, " \t"); underline {
			if m := reList.FindString(p); m != "" {
				underline = len(line)-len(t) >= len(prev)-len(p)+len(strings.TrimSpace(m))+1
			} else if reATX.MatchString(p) || strings.HasPrefix(p, "|") {
				underline = false
			}
		}
		prev = line
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			s.Fences++
			inFence = !inFence
			prevBlank = false
			continue
		}
		if inFence {
			continue
		}
		switch {
		case reATX.MatchString(t):
			s.Headings++
		case underline:
			s.Headings++
		case reBreak.MatchString(t):
			s.Breaks++
		}
		if reList.MatchString(t) {
			s.ListItems++
		}
		if strings.HasPrefix(t, ">") {
			s.Quotes++
		}
		if reFootDef.MatchString(t) {
			s.FootnoteDefs++
		}
		if reLinkDef.MatchString(t) {
			s.LinkDefs++
		}
		if strings.HasPrefix(t, "|") {
			s.TableRows++
		}
		for i := 0; i < len(t); i++ {
			c := t[i]
			if c == '\\' && i+1 < len(t) && strings.IndexByte(asciiPunct, t[i+1]) >= 0 {
				i++ // an escaped character is text
				continue
			}
			rest := t[i:]
			switch c {
			case '[':
				s.Brackets++
			case ']':
				if strings.HasPrefix(rest, "](") {
					s.LinkTargets++
				}
			case '<':
				if !ownTags.MatchString(rest) && reTag.MatchString(rest) {
					s.HTML++
				}
			case '`':
				s.Code++
			case '|':
				s.Pipes++
			case '$':
				s.Math++
			case '~':
				s.Tildes++
			case '&':
				if reEntity.MatchString(rest) && !ownMark(rest) {
					s.Entities++
				}
			}
			if reAutolinks.MatchString(rest) {
				s.Autolinks++
			}
		}
		prevBlank = t == ""
	}
	return s
}

// TestCount checks the checker itself on Markdown whose structure is known.
func TestCount(t *testing.T) {
	tests := []struct {
		md   string
		want structure
	}{
		{"# h\n\n###### h\n\n####### no", structure{Headings: 2}},
		{"a\n===\n\nb\n---", structure{Headings: 2}},
		{"---\n\n***\n\n_ _ _", structure{Breaks: 3}},
		{"- a\n  -", structure{Headings: 1, ListItems: 2}},
		{"- a\n-\n+ b\n* c\n1. d\n22) e", structure{ListItems: 6}},
		{"> q\n```\n# not a heading\n```", structure{Quotes: 1, Fences: 2}},
		{"[a](b) ![c](d) [^1]\n\n[^1]: x\n\n[r]: /u", structure{Brackets: 5, LinkTargets: 2, FootnoteDefs: 1, LinkDefs: 1}},
		{`\[a\](b) \# \- \<b\> \| \$ \~ \&amp; \@ www\. http\://`, structure{}},
		{"<b>x</b> <br> <strong>y</strong> <!-- c -->", structure{HTML: 3}},
		{"`c` | $m$ ~~s~~ &amp; &#1; a@b www.x http://y", structure{Code: 2, Pipes: 1, Math: 2, Tildes: 4, Entities: 2, Autolinks: 3}},
		{"| a | b |\n| --- | --- |", structure{TableRows: 2, Pipes: 6}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, count(tt.md)); d != "" {
			t.Errorf("%q (-want +got):\n%s", tt.md, d)
		}
	}
}

// TestStructure renders a document holding Markdown syntax in every run and
// field and compares its structure with the same document holding neutral
// text.
func TestStructure(t *testing.T) {
	syntax := []string{
		"# h", "## h ##", "- a", "+ a", "* a", "1. a", "1) a", "a\n- b", "a\n===", "a\n---", "a\n\n# b",
		"***", "___", "> q", "    code", "```go\nx\n```", "~~~", "[a](b)", "![a](b)", "[^1]", "[^1]: x", "[a]: /u",
		"<b>", "<!-- c -->", "<http://x>", "http://x.vn", "www.x.vn", "a@b.vn", "`c`", "$m$", "~~s~~", "&amp;",
		"&#1;", "a | b", "|a|b|\n|-|-|", "\\", "a\\", "**b**", "_i_", "*(x)*", "a!", ":x", "(x)", "\t- a", "\r\n# x",
		"\u2028# x", "\x00\x1b[0m",
	}
	all := strings.Join(syntax, " ")
	var neutral bytes.Buffer
	require.NoError(t, markdown.Write(&neutral, fuzzDoc("x")))
	want := count(neutral.String())
	for _, s := range append(syntax, all, strings.Join(syntax, "\n")) {
		var b bytes.Buffer
		require.NoError(t, markdown.Write(&b, fuzzDoc(s)))
		if d := cmp.Diff(want, count(b.String())); d != "" {
			t.Errorf("%q: structure differs from neutral text (-neutral +got):\n%s\n%s", s, d, b.String())
		}
	}
}
