package testutil

import (
	"encoding/json"
	"testing"
)

// Loop runs f for the benchmark's iterations, reporting allocations; an
// error of f fails the benchmark.
func Loop(b *testing.B, f func() error) {
	b.Helper()
	b.ReportAllocs()
	for b.Loop() {
		if err := f(); err != nil {
			b.Fatal(err)
		}
	}
}

// Run runs f as the sub-benchmark name (see Loop).
func Run(b *testing.B, name string, f func() error) {
	b.Helper()
	b.Run(name, func(b *testing.B) { Loop(b, f) })
}

// RunBytes runs f on data as the sub-benchmark name, reporting the bytes of
// data as processed by each iteration (see Loop).
func RunBytes(b *testing.B, name string, data []byte, f func([]byte) error) {
	b.Helper()
	b.Run(name, func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		Loop(b, func() error { return f(data) })
	})
}

// UnmarshalAny parses data with encoding/json into a generic value: the
// peer a decoder's benchmarks are measured against.
func UnmarshalAny(data []byte) error {
	var v any
	return json.Unmarshal(data, &v)
}

// Texts runs f on each text of texts as the sub-benchmark of its name,
// reporting the text's bytes as processed by each iteration and the
// allocations.
func Texts(b *testing.B, texts map[string]string, f func(string) string) {
	b.Helper()
	for name, s := range texts {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				_ = f(s)
			}
		})
	}
}
