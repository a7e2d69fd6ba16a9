package docx

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/klauspost/compress/flate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sampleXML returns about n bytes of XML-like text that repeats with
// variations, as a part does.
func sampleXML(n int) []byte {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, `<w:p><w:pPr><w:ind w:firstLine="%d"/></w:pPr><w:r><w:t>Đoạn %d: tiếp nhận %d hồ sơ.</w:t></w:r></w:p>`, i%7*100, i, i*37%1000)
	}
	return []byte(b.String()[:n])
}

// deflated compresses data with a deflater, written in pieces of the given
// size, and returns the deflate stream.
func deflated(t *testing.T, data []byte, piece int) []byte {
	t.Helper()
	var out bytes.Buffer
	w, err := new(deflater).open(&out)
	require.NoError(t, err)
	for p := data; len(p) > 0; {
		n := min(piece, len(p))
		_, err := w.Write(p[:n])
		require.NoError(t, err)
		p = p[n:]
	}
	require.NoError(t, w.Close())
	return out.Bytes()
}

// TestDeflaterPieces checks that a part written to the deflater in pieces
// of any size, smaller and larger than its dictionary, inflates to the
// part, and that pieces of spillSize pack within 1 % of the whole part.
func TestDeflaterPieces(t *testing.T) {
	data := sampleXML(200 << 10)
	var whole bytes.Buffer
	require.NoError(t, flate.StatelessDeflate(&whole, data, true, nil))
	for _, piece := range []int{1, 100, dictSize - 1, dictSize, dictSize + 1, 30 << 10, spillSize, len(data)} {
		t.Run(fmt.Sprint(piece), func(t *testing.T) {
			if piece == 1 {
				data := data[:20<<10] // a byte a piece: slow, and no dictionary spared
				got, err := io.ReadAll(flate.NewReader(bytes.NewReader(deflated(t, data, piece))))
				require.NoError(t, err)
				require.Equal(t, data, got)
				return
			}
			z := deflated(t, data, piece)
			got, err := io.ReadAll(flate.NewReader(bytes.NewReader(z)))
			require.NoError(t, err)
			require.Equal(t, data, got)
			if piece >= spillSize {
				assert.LessOrEqual(t, len(z), whole.Len()*101/100, "pieces of %d bytes: %d, whole: %d", piece, len(z), whole.Len())
			}
		})
	}
}

// TestDeflaterReopen checks that each part starts with no dictionary: a
// deflater reused for a second part forgets the first.
func TestDeflaterReopen(t *testing.T) {
	d := new(deflater)
	first, second := sampleXML(20<<10), []byte("<a>b</a>")
	for _, data := range [][]byte{first, second} {
		var out bytes.Buffer
		w, err := d.open(&out)
		require.NoError(t, err)
		_, err = w.Write(data)
		require.NoError(t, err)
		require.NoError(t, w.Close())
		got, err := io.ReadAll(flate.NewReader(&out))
		require.NoError(t, err)
		assert.Equal(t, data, got)
	}
}

// FuzzDeflater checks that any data, written to the deflater in pieces of
// any size, inflates to itself.
func FuzzDeflater(f *testing.F) {
	f.Add(sampleXML(20<<10), uint16(dictSize+1))
	f.Add([]byte("<a>b</a>"), uint16(1))
	f.Fuzz(func(t *testing.T, data []byte, piece uint16) {
		// At most about 100 pieces: each costs a copy of the dictionary.
		n := max(int(piece), len(data)/100, 1)
		got, err := io.ReadAll(flate.NewReader(bytes.NewReader(deflated(t, data, n))))
		require.NoError(t, err)
		require.Equal(t, data, got)
	})
}
