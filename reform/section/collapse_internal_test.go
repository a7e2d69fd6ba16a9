package section

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/vn"
)

// collapseSlow is Collapse as first written: the reference the fast paths
// must match.
func collapseSlow(s string) string {
	var b strings.Builder
	blank := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' {
			blank = true
			continue
		}
		if blank {
			b.WriteByte(' ')
			blank = false
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// joinSlow is Join as first written.
func joinSlow(items []string) string {
	var kept []string
	for _, s := range items {
		if s = strings.TrimSpace(s); s != "" {
			kept = append(kept, s)
		}
	}
	switch len(kept) {
	case 0:
		return ""
	case 1:
		return kept[0]
	}
	return strings.Join(kept[:len(kept)-1], ", ") + " và " + kept[len(kept)-1]
}

// FuzzCollapse checks Collapse, collapsed and the Writer's path
// (collapseNFC: collapse the bytes, then NFC, valid UTF-8 or not) against
// the reference (NFC, then collapse), and Join and Capitalize against their
// first forms.
func FuzzCollapse(f *testing.F) {
	for _, s := range []string{"", " ", "a  b", "\ta\nb ", "\u00a0a\u00a0b ", "e \u0301", "\u2000x\u2001", "A\u030a  \u212b", "\xff a", "khai sinh",
		"\xc3  \xa0", "\xff \u0301", "a\xe1\xbb\n\n\u2000", "\x01 \u00a0\xffe\u0301 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := collapseSlow(s)
		if got := Collapse(s); got != want {
			t.Fatalf("Collapse(%q) = %q, want %q", s, got, want)
		}
		if collapsed(s) != (want == s) {
			t.Fatalf("collapsed(%q) = %v", s, collapsed(s))
		}
		if utf8.ValidString(s) {
			nfcFirst := collapseSlow(vn.NFC(s))
			if got := vn.NFC(string(collapseBytes([]byte(s)))); got != nfcFirst {
				t.Fatalf("NFC(collapseBytes(%q)) = %q, want %q", s, got, nfcFirst)
			}
		}
		if got, want := collapseNFC([]byte(s)), Collapse(vn.NFC(s)); got != want {
			t.Fatalf("collapseNFC(%q) = %q, want %q", s, got, want)
		}
		items := strings.Split(s, ",")
		if got, want := Join(items), joinSlow(items); got != want {
			t.Fatalf("Join(%q) = %q, want %q", items, got, want)
		}
		r, size := utf8.DecodeRuneInString(s)
		if want := string(unicode.ToUpper(r)) + s[size:]; unicode.IsLetter(r) && Capitalize(s) != want {
			t.Fatalf("Capitalize(%q) = %q, want %q", s, Capitalize(s), want)
		}
	})
}
