package citation

import (
	"strings"
	"testing"
	"time"
)

// BenchmarkScanSeed scans the reference report's text for citations, line by
// line, as Validate scans the report's strings.
func BenchmarkScanSeed(b *testing.B) {
	lines := strings.Split(readSeed(b), "\n")
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for i, l := range lines {
			_ = ScanAt(lines[i], l)
		}
	}
}

// BenchmarkCheckAllSeed checks the citations of the reference report's text, each
// on its own and across them.
func BenchmarkCheckAllSeed(b *testing.B) {
	var cits []Citation
	for _, l := range strings.Split(readSeed(b), "\n") {
		cits = append(cits, ScanAt("text", l)...)
	}
	opts := Options{ReportDate: time.Date(2024, time.November, 19, 0, 0, 0, 0, time.UTC)}
	b.ReportAllocs()
	for b.Loop() {
		_ = CheckAll(cits, opts)
	}
}
