package vn

import "golang.org/x/text/unicode/norm"

// NFC returns s in Unicode normalization form C, the form Vietnamese text takes
// in every output of this module (TCVN 6909:2001 text is precomposed).
func NFC(s string) string {
	return norm.NFC.String(s)
}

// IsNFC reports whether s is already in normalization form C.
func IsNFC(s string) bool {
	return norm.NFC.IsNormalString(s)
}
