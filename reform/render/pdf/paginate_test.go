package pdf

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
)

// paginated lays d out and returns the builder and its pages.
func paginated(t *testing.T, d *doc.Document) (*builder, []*page) {
	t.Helper()
	l, err := doc.Lay(d)
	require.NoError(t, err)
	fam, err := Fonts{}.load()
	require.NoError(t, err)
	b := newBuilder(l, fam)
	b.build()
	b.slice()
	return b, b.paginate()
}

// checkPages checks what every page must satisfy: the body and the notes
// stay inside the margins without overlapping, each note is on the page of
// its reference, no page ends with a heading, and page numbers count up
// from 1 in each section.
func checkPages(t *testing.T, b *builder, pages []*page) {
	t.Helper()
	number := map[int]int{}
	for i, pg := range pages {
		number[pg.section]++
		assert.Equal(t, number[pg.section], pg.number, "page %d", i+1)
		bottom := b.top + b.geoms[pg.section].area
		end := b.top
		refs := map[string]bool{}
		for _, p := range pg.body {
			assert.GreaterOrEqual(t, p.y, b.top-eps, "page %d: a unit above the top margin", i+1)
			end = max(end, p.y+p.u.h)
			for _, n := range p.u.notes {
				refs[render.Superscript(n)] = true
			}
		}
		notesTop := bottom
		for k, n := range pg.notes {
			if k > 0 {
				prev := pg.notes[k-1]
				assert.GreaterOrEqual(t, n.y+n.tl.y, prev.y+prev.tl.y+prev.tl.h-eps, "page %d: note lines overlap", i+1)
			}
			notesTop = min(notesTop, n.y)
			assert.LessOrEqual(t, n.y+n.tl.y+n.tl.h, bottom+eps, "page %d: a note below the bottom margin", i+1)
			if a := n.tl.ln.words[0].pieces[0].actual; a != "" {
				assert.True(t, refs[a], "page %d: note %s is not referenced on its page", i+1, a)
			}
		}
		if len(pg.notes) > 0 {
			assert.LessOrEqual(t, end, pg.separator+eps, "page %d: the body runs into the notes", i+1)
		}
		assert.LessOrEqual(t, end, bottom+eps, "page %d: the body runs past the bottom margin", i+1)
		if k := len(pg.body); k > 0 && i+1 < len(pages) {
			assert.Nil(t, pg.body[k-1].u.outline, "page %d ends with a heading", i+1)
		}
	}
}

func TestPagesSample(t *testing.T) {
	b, pages := paginated(t, sample.Document())
	checkPages(t, b, pages)
	last := pages[len(pages)-1]
	assert.Equal(t, 1, last.section, "the appendix has its own section")
	assert.Equal(t, 1, last.number, "its pages count from 1")
}

// TestPagesHeadingChains fills pages with paragraphs of every length
// followed by chains of headings, at every offset: no page ends with a
// heading, and the room a page leaves unused at its foot is never more than
// the chain that moved on.
func TestPagesHeadingChains(t *testing.T) {
	for shift := range 12 {
		t.Run(fmt.Sprint(shift), func(t *testing.T) {
			var body []doc.Block
			for i := range 12 {
				var sub []doc.Block
				sub = append(sub, doc.P(doc.Plain(strings.Repeat("Nội dung công việc cải cách hành chính. ", 3+(i*7+shift)%11))))
				sub = append(sub, &doc.Section{Title: "Điểm con", Blocks: []doc.Block{
					&doc.List{Items: []doc.Item{{Runs: doc.Text(strings.Repeat("Kết quả thực hiện nhiệm vụ. ", 2+shift%5))}}},
				}})
				body = append(body, &doc.Section{Title: fmt.Sprintf("Mục %d", i+1), Blocks: []doc.Block{
					&doc.Section{Title: "Khoản", Blocks: sub},
				}})
			}
			b, pages := paginated(t, &doc.Document{
				Header:  doc.Header{IssuingAgency: "Sở Tư pháp", Place: "An Giang", Date: time.Date(2024, 11, 19, 0, 0, 0, 0, time.UTC), KindName: "Báo cáo"},
				Body:    body,
				Closing: doc.Closing{Signer: doc.Signer{Title: "Giám đốc", Name: "Trịnh Tuấn Ngọc"}},
			})
			checkPages(t, b, pages)
		})
	}
}

// TestSoftBreak: a chain of two headings and a paragraph that does not fit
// with two lines of its text at the foot of a page takes the foot with one
// line of it, rather than leaving three lines and a half empty; with room
// for two lines it keeps two.
func TestSoftBreak(t *testing.T) {
	b, _ := paginated(t, sample.Document())
	lh := b.lineHeight(float64(b.st.Sizes.Body), true)
	chain := func(room float64) []*page {
		b.units = []*unit{{h: b.area - room, breakBefore: true}}
		b.units = append(b.units, &unit{h: lh, breakBefore: true}, &unit{h: lh})
		for i := range 6 {
			u := &unit{h: lh, breakBefore: i >= 2 && 6-i >= 2, softBreak: i == 1}
			b.units = append(b.units, u)
		}
		return b.paginate()
	}
	pages := chain(3.5 * lh)
	require.Len(t, pages, 2)
	assert.Len(t, pages[0].body, 4, "the filler, two headings and one line")
	pages = chain(4.5 * lh)
	assert.Len(t, pages[0].body, 5, "the filler, two headings and two lines")
	pages = chain(1.5 * lh)
	assert.Len(t, pages[0].body, 1, "no room for the chain: the filler alone, one line and a half empty")
}
