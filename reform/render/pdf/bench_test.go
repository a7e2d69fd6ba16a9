package pdf_test

import (
	"io"
	"testing"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/pdf"
)

// BenchmarkWriteSample lays out and writes the sample document.
func BenchmarkWriteSample(b *testing.B) {
	d := sample.Document()
	b.ReportAllocs()
	for b.Loop() {
		if err := pdf.Write(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteLayoutSample writes the laid-out sample: line breaking,
// pagination, subsetting and compression.
func BenchmarkWriteLayoutSample(b *testing.B) {
	l, err := doc.Lay(sample.Document())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := pdf.WriteLayout(io.Discard, l); err != nil {
			b.Fatal(err)
		}
	}
}
