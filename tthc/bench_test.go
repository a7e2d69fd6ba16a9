package tthc

import (
	"testing"
)

// BenchmarkValidate validates the whole reference section (figures and
// narrative).
func BenchmarkValidate(b *testing.B) {
	s := loadReference(b)
	for b.Loop() {
		_ = s.Validate()
	}
}

// BenchmarkBlocks builds the text of the whole reference section.
func BenchmarkBlocks(b *testing.B) {
	s := loadReference(b)
	w := DefaultWording()
	for b.Loop() {
		if _, err := s.Blocks(w); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIndicators computes the 766 indicators of the reference section.
func BenchmarkIndicators(b *testing.B) {
	s := loadReference(b)
	sch := Scheme766()
	for b.Loop() {
		if _, err := s.Indicators(sch); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSum rolls up 100 units in the reference's shape.
func BenchmarkSum(b *testing.B) {
	units := make([]Section, 100)
	for i := range units {
		units[i] = referenceFigures()
	}
	for b.Loop() {
		if _, err := Sum(units...); err != nil {
			b.Fatal(err)
		}
	}
}
