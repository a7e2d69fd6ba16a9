package dissemination_test

import (
	"testing"

	"github.com/cchc-go/cchc/dissemination"
)

func BenchmarkValidate(b *testing.B) {
	d := reference(b)
	for b.Loop() {
		_ = d.Validate()
	}
}

func BenchmarkBlocks(b *testing.B) {
	d := reference(b)
	w := dissemination.DefaultWording()
	for b.Loop() {
		if _, err := d.Blocks(w); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAdd rolls up 12 units with the reference's section each.
func BenchmarkAdd(b *testing.B) {
	d := *reference(b)
	for b.Loop() {
		total := dissemination.Section{Organiser: "Sở Tư pháp"}
		for range 12 {
			var err error
			if total, err = total.Add(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
