package vn

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestNFCStable checks every rune of the fast set of NFC against the Unicode
// tables: it is its own NFC and never composes with the rune before it, so a
// string of such runes is NFC.
func TestNFCStable(t *testing.T) {
	n := 0
	for r := rune(0); r <= 0x10FFFF; r++ {
		if !nfcStable(r) {
			if quickNFC(string(r)) {
				t.Errorf("quickNFC accepts U+%04X, outside the fast set", r)
			}
			continue
		}
		n++
		s := string(r)
		if !quickNFC(s) {
			t.Errorf("quickNFC does not accept U+%04X of the fast set", r)
		}
		p := norm.NFC.PropertiesString(s)
		if norm.NFC.String(s) != s || !p.BoundaryBefore() || p.CCC() != 0 {
			t.Errorf("U+%04X is in the fast set of NFC but NFC(%q) = %q, boundary before %v, ccc %d",
				r, s, norm.NFC.String(s), p.BoundaryBefore(), p.CCC())
		}
	}
	if n == 0 {
		t.Fatal("the fast set is empty")
	}
}

// FuzzQuickNFC checks that whatever quickNFC accepts is NFC, and that NFC
// and IsNFC agree with the Unicode tables.
func FuzzQuickNFC(f *testing.F) {
	for _, s := range []string{"Việt Nam", "Vie\u0302\u0323t", "a\u0301", "\xff", "“Đồng” – …", "Ω", "\u2000", "ἙΕ\u0314", "\xc2", "a\xe1\xb8", "\xe2\x80", "\xe1\xbb\xbf\xcc\x80", "\xed\xa0\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if quickNFC(s) && !norm.NFC.IsNormalString(s) {
			t.Errorf("quickNFC(%q) but the string is not NFC", s)
		}
		if got, want := NFC(s), norm.NFC.String(s); got != want {
			t.Errorf("NFC(%q) = %q, want %q", s, got, want)
		}
		if got, want := IsNFC(s), norm.NFC.IsNormalString(s); got != want {
			t.Errorf("IsNFC(%q) = %v, want %v", s, got, want)
		}
	})
}
