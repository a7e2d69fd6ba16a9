package docx

import (
	"io"

	"github.com/klauspost/compress/flate"
)

// dictSize is how much of what a part wrote before a piece the compressor
// looks back at: all that StatelessDeflate uses.
const dictSize = 8 << 10

// deflater compresses the parts of a package, one after the other, with
// github.com/klauspost/compress/flate's StatelessDeflate: ordinary deflate
// with no compressor state kept between writes. Each write is compressed
// as one piece, with the last 8 KB written before it in the part as its
// dictionary, so a part handed over in a few large pieces packs about as
// well as one handed over whole (flate.NewStatelessWriter forgets what
// came before each write, and the reference report's package grows by 6 %
// in pieces of 32 KB). Each piece after the first costs a copy of about
// 32 KB inside StatelessDeflate, which joins the dictionary to the piece:
// hence pieces of spillSize, not smaller.
type deflater struct {
	w io.Writer
	// hist holds the last n bytes written in the part, the dictionary of
	// the next write.
	hist [dictSize]byte
	n    int
}

// open starts a part written to w: the compressor of zip.RegisterCompressor.
func (d *deflater) open(w io.Writer) (io.WriteCloser, error) {
	d.w, d.n = w, 0
	return d, nil
}

// Write compresses p after what the part wrote before.
func (d *deflater) Write(p []byte) (int, error) {
	if err := flate.StatelessDeflate(d.w, p, false, d.hist[:d.n]); err != nil {
		return 0, err
	}
	d.keep(p)
	return len(p), nil
}

// keep adds p to the last bytes written, keeping dictSize of them.
func (d *deflater) keep(p []byte) {
	if len(p) >= dictSize {
		d.n = copy(d.hist[:], p[len(p)-dictSize:])
		return
	}
	old := min(d.n, dictSize-len(p))
	copy(d.hist[:], d.hist[d.n-old:d.n])
	d.n = old + copy(d.hist[old:], p)
}

// Close ends the part's deflate stream with an empty final block.
func (d *deflater) Close() error { return flate.StatelessDeflate(d.w, nil, true, nil) }
