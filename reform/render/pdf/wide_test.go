package pdf

import (
	"bytes"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// unitText returns the texts of a unit's lines, top to bottom.
func unitText(u *unit) []string {
	var out []string
	for _, tl := range u.texts {
		var w []string
		for _, wd := range tl.ln.words {
			var s strings.Builder
			for _, p := range wd.pieces {
				s.WriteString(strings.Join(p.texts, ""))
			}
			w = append(w, s.String())
		}
		out = append(out, strings.Join(w, " "))
	}
	return out
}

func TestWideAppendixPages(t *testing.T) {
	b, pages := paginated(t, sample.Wide(40))
	checkPages(t, b, pages)
	require.Len(t, b.geoms, 3)
	for i, want := range []geometry{
		{pageW: 595.3, pageH: 841.9, textW: 595.3 - 99.25 - 56.7, area: 841.9 - 70.9 - 56.7},
		{pageW: 841.9, pageH: 595.3, textW: 841.9 - 99.25 - 56.7, area: 595.3 - 70.9 - 56.7},
		{pageW: 595.3, pageH: 841.9, textW: 595.3 - 99.25 - 56.7, area: 841.9 - 70.9 - 56.7},
	} {
		g := b.geoms[i]
		assert.InDeltaSlice(t, []float64{want.pageW, want.pageH, want.textW, want.area}, []float64{g.pageW, g.pageH, g.textW, g.area}, 1e-9, "section %d", i)
	}

	var first []*page
	for _, pg := range pages {
		if pg.section == 1 {
			first = append(first, pg)
		}
	}
	require.GreaterOrEqual(t, len(first), 2, "40 units take more than one landscape page")
	// The head rows are one unit, at the top of every page of the table
	// after the first, where the title and the line above come first.
	head := first[1].body[0].u
	assert.Equal(t, head, first[len(first)-1].body[0].u)
	texts := unitText(head)
	for _, w := range []string{"STT", "Cơ quan, đơn vị", "Số hồ sơ nhận giải quyết", "Kết quả giải quyết", "Trong đó", "(1)", "(13)"} {
		assert.Contains(t, texts, w)
	}
	assert.Equal(t, 1, strings.Count(strings.Join(texts, "|"), "Kết quả giải quyết"), "a cell spanning seven columns is printed once")
	assert.LessOrEqual(t, head.h, b.geoms[1].area/3, "the head leaves two thirds of the page to the rows")
	// Every unit of the table lies within the landscape text width.
	right := b.left + b.geoms[1].textW
	for _, pg := range first {
		for _, p := range pg.body {
			for _, r := range p.u.rules {
				assert.LessOrEqual(t, max(r.x1, r.x2), right+eps)
			}
		}
	}
	// STT spans the three head rows: its borders run from the top of the
	// head to the top of the row of column numbers, with no line across.
	stt := head.texts[0]
	for _, r := range head.rules {
		if r.y1 == r.y2 && r.x1 <= stt.x && stt.x+stt.width <= r.x2 {
			assert.True(t, r.y1 == 0 || r.y1 >= stt.y+stt.h, "a line across the cell of STT at %g", r.y1)
		}
	}
}

func TestWideAppendixFile(t *testing.T) {
	l, err := doc.Lay(sample.Wide(40))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, WriteLayout(&buf, l))
	boxes := regexp.MustCompile(`/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]`).FindAllStringSubmatch(buf.String(), -1)
	require.GreaterOrEqual(t, len(boxes), 4)
	var turned []bool
	for _, m := range boxes {
		w, _ := strconv.ParseFloat(m[1], 64)
		h, _ := strconv.ParseFloat(m[2], 64)
		turned = append(turned, w > h)
	}
	assert.False(t, turned[0])
	assert.False(t, turned[len(turned)-1])
	for i := 1; i < len(turned)-1; i++ {
		assert.True(t, turned[i], "page %d", i+1)
	}

	path := rendertest.Save(t, "pdf-wide.pdf", buf.Bytes())
	rendertest.PNG(t, path, rendertest.OutDir(t), "pdf-wide")
	assert.Contains(t, rendertest.QPDFCheck(t, path), "No syntax or stream encoding errors")
	n := rendertest.PDFPages(t, path)
	out, err := exec.Command(rendertest.Tool(t, "pdfinfo"), "-f", "1", "-l", strconv.Itoa(n), path).Output()
	require.NoError(t, err)
	assert.Equal(t, len(turned)-2, strings.Count(string(out), "841.9 x 595.3"), "poppler sees the landscape pages")
	for p := 2; p < n; p++ {
		text := rendertest.PDFText(t, path, p)
		assert.Contains(t, text, "(13)", "page %d prints the head", p)
		if p > 2 {
			assert.Equal(t, strconv.Itoa(p-1), strings.Fields(text)[0], "page %d is page %d of the appendix", p, p-1)
		}
	}
}
