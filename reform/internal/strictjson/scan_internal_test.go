package strictjson

import (
	"os"
	"testing"
)

// reference is the reference report's bytes.
func reference(tb testing.TB) []byte {
	data, err := os.ReadFile("../../../examples/testdata/380-BC-STP.json")
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// BenchmarkScan reads the tokens of the reference report.
func BenchmarkScan(b *testing.B) {
	data := reference(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		s := newScanner(data)
		for s.next().kind != kEOF {
		}
	}
}

// TestArenaStrings makes strings of every length around the chunk sizes:
// each keeps its bytes while the arena moves to new chunks.
func TestArenaStrings(t *testing.T) {
	for _, largest := range []int{0, 2 << 10} {
		a := stringArena{largest: largest}
		src := make([]byte, 3*arenaMax)
		for i := range src {
			src[i] = byte('a' + i%26)
		}
		var got, want []string
		for n, off := 0, 0; off+n < len(src); n, off = (n*7+3)%5000, off+n {
			got = append(got, a.string(src[off:off+n], len(src)-off))
			want = append(want, string(src[off:off+n]))
		}
		clear(src)
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("string %d: got %q, want %q", i, got[i], want[i])
			}
		}
	}
}

// TestFieldSet marks fields of a struct of more than 64 fields.
func TestFieldSet(t *testing.T) {
	s := newFieldSet(70)
	for _, i := range []int{0, 63, 64, 69} {
		if s.add(i) {
			t.Fatalf("field %d: seen before it was added", i)
		}
		if !s.add(i) {
			t.Fatalf("field %d: not seen after it was added", i)
		}
	}
	if s.add(1) || s.add(65) {
		t.Fatal("a field not added is seen")
	}
}
