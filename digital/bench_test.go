package digital_test

import (
	"testing"

	"github.com/cchc-go/cchc/digital"
)

func BenchmarkValidate(b *testing.B) {
	d := reference(b)
	for b.Loop() {
		if len(d.Validate()) != 0 {
			b.Fatal("the reference section has findings")
		}
	}
}

func BenchmarkBlocks(b *testing.B) {
	d := reference(b)
	w := digital.DefaultWording()
	for b.Loop() {
		if _, err := d.Blocks(w); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSum rolls up 100 units like the reference department.
func BenchmarkSum(b *testing.B) {
	units := make([]digital.Section, 100)
	for i := range units {
		units[i] = *reference(b)
	}
	for b.Loop() {
		if _, err := digital.Sum(units...); err != nil {
			b.Fatal(err)
		}
	}
}
