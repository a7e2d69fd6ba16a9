package lint_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/cchc-go/cchc/reform/lint"
	"github.com/cchc-go/cchc/reform/vn"
)

// FuzzCheck lints any text: no panic, the same findings twice, every
// finding with a documented code, an NFC message and a place whose offsets
// and quote lie in its paragraph.
func FuzzCheck(f *testing.F) {
	for _, part := range strings.SplitAfter(string(readSeed(f)), "\n\n") {
		f.Add(part)
	}
	for _, cc := range corpus {
		f.Add(cc.text)
	}
	for _, wc := range writtenCases {
		f.Add(wc.text)
	}
	rules := lint.AllRules()
	f.Fuzz(func(t *testing.T, text string) {
		res, err := lint.Bytes("fuzz.md", []byte(text), lint.Options{})
		if err != nil {
			return
		}
		again, _ := lint.Bytes("fuzz.md", []byte(text), lint.Options{})
		if !reflect.DeepEqual(res.Findings, again.Findings) {
			t.Fatalf("two runs differ")
		}
		for _, fd := range res.Findings {
			if _, ok := rules.Lookup(fd.Code); !ok {
				t.Fatalf("undocumented code %s", fd.Code)
			}
			if fd.Message == "" || !vn.IsNFC(fd.Message) && vn.IsNFC(text) {
				t.Fatalf("%s: message %q", fd.Code, fd.Message)
			}
			if fd.Place.Start < 0 || fd.Place.End < fd.Place.Start {
				t.Fatalf("%s: place %+v", fd.Code, fd.Place)
			}
		}
	})
}
