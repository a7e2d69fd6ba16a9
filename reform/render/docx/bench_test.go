package docx_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
)

// BenchmarkWriteSample lays out and writes the sample document.
func BenchmarkWriteSample(b *testing.B) {
	d := sample.Document()
	b.ReportAllocs()
	for b.Loop() {
		if err := docx.Write(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPartsSample builds the XML parts of the laid-out sample, without
// the zip.
func BenchmarkPartsSample(b *testing.B) {
	l, err := doc.Lay(sample.Document())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := docx.Parts(l); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteLayoutSample writes the laid-out sample into a buffer
// reused from one document to the next, as a server writing into a
// response buffer would: WriteLayout builds the package in it directly.
func BenchmarkWriteLayoutSample(b *testing.B) {
	l, err := doc.Lay(sample.Document())
	if err != nil {
		b.Fatal(err)
	}
	var out bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		out.Reset()
		if err := docx.WriteLayout(&out, l); err != nil {
			b.Fatal(err)
		}
	}
}
