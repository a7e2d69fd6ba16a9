package personnel_test

import (
	"os"
	"testing"

	"github.com/cchc-go/cchc/personnel"
)

func BenchmarkValidate(b *testing.B) {
	p := reference(b)
	for b.Loop() {
		_ = p.Validate()
	}
}

func BenchmarkBlocks(b *testing.B) {
	p := reference(b)
	w := personnel.DefaultWording()
	for b.Loop() {
		if _, err := p.Blocks(w); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAdd(b *testing.B) {
	p := reference(b)
	for b.Loop() {
		if _, err := p.Add(*p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	raw, err := os.ReadFile(referencePath)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := personnel.Decode(raw); err != nil {
			b.Fatal(err)
		}
	}
}
