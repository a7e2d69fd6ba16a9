package pdf

import (
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/reform/doc"
)

// piece is text in one face, size and rise: what words are made of. Each
// glyph carries the text it stands for (texts[i]); a glyph that stands for
// more than one character, or none, makes the piece carry its text as
// ActualText so that the text extracts as written.
type piece struct {
	face   int
	size   float64
	rise   float64
	glyphs []uint16
	texts  []string
	// advs are the advances of the glyphs in points.
	advs  []float64
	width float64
	// actual, when not empty, is the text the piece extracts as instead of
	// the characters its glyphs map to (a footnote mark "¹", a character
	// the font lacks).
	actual string
}

// word is a run of pieces with no break opportunity inside.
type word struct {
	pieces []piece
	width  float64
}

// glue is the space between two words: a space glyph that stretches when
// the line is justified.
type glue struct {
	face  int
	size  float64
	width float64
}

// token is a word, a space or a forced line break.
type token struct {
	word  *word
	space *glue
	br    bool
	// notes are the footnotes a word references.
	notes []int
}

// line is one broken line of text.
type line struct {
	words  []word
	glues  []glue // glues[i] comes before words[i+1]
	width  float64
	notes  []int
	spread bool // justified: the glues take the free width
}

// fontUse is what a write uses of one face: the glyphs and the text each
// maps back to.
type fontUse struct {
	f    *face
	cmap *cmap
	// uni maps a glyph to the text the ToUnicode CMap gives it: the first
	// text it was shown for.
	uni map[uint16]string
	// order lists the used glyphs in the order of first use.
	order []uint16
}

// shaper turns text into pieces with the faces of a family.
type shaper struct {
	fam  family
	use  [faceCount]*fontUse
	repl [faceCount]uint16 // the glyph shown for a character a face lacks
}

func newShaper(fam family) *shaper {
	s := &shaper{fam: fam}
	for i, f := range fam {
		s.use[i] = &fontUse{f: f, cmap: newCmap(f), uni: map[uint16]string{}}
		for _, r := range []rune{'\uFFFD', '?'} {
			if g := s.use[i].cmap.glyph(r); g != 0 {
				s.repl[i] = g
				break
			}
		}
	}
	return s
}

// note records that glyph g of face i is shown for text; it returns false
// when g already stands for another text, so that the piece must carry its
// text as ActualText.
func (s *shaper) note(i int, g uint16, text string) bool {
	u := s.use[i]
	if t, ok := u.uni[g]; ok {
		return t == text
	}
	u.uni[g] = text
	u.order = append(u.order, g)
	return text != ""
}

// shape returns text (no spaces or line breaks in it) as one piece.
func (s *shaper) shape(text string, face int, size, rise float64) piece {
	p := piece{face: face, size: size, rise: rise}
	cm := s.use[face].cmap
	f := s.fam[face]
	clean := true
	for _, r := range text {
		ch := string(r)
		if g := cm.glyph(r); g != 0 {
			p.glyphs = append(p.glyphs, g)
			p.texts = append(p.texts, ch)
			continue
		}
		// A character the face lacks: its decomposition when the face has
		// every part of it (a letter and combining marks), else the
		// replacement glyph.
		d := norm.NFD.String(ch)
		var gs []uint16
		if d != ch {
			for _, dr := range d {
				g := cm.glyph(dr)
				if g == 0 {
					gs = nil
					break
				}
				gs = append(gs, g)
			}
		}
		if gs == nil {
			gs = []uint16{s.repl[face]}
		}
		clean = false
		for i, g := range gs {
			p.glyphs = append(p.glyphs, g)
			if i == 0 {
				p.texts = append(p.texts, ch)
			} else {
				p.texts = append(p.texts, "")
			}
		}
	}
	p.advs = make([]float64, len(p.glyphs))
	for i, g := range p.glyphs {
		if !s.note(face, g, p.texts[i]) {
			clean = false
		}
		p.advs[i] = f.em(g) * size / 1000
		p.width += p.advs[i]
	}
	if !clean {
		p.actual = text
	}
	return p
}

// spaceGlue returns the glue of one space in the face and size.
func (s *shaper) spaceGlue(face int, size float64) glue {
	g := s.use[face].cmap.glyph(' ')
	s.note(face, g, " ")
	return glue{face: face, size: size, width: s.fam[face].em(g) * size / 1000}
}

// style is the face and size of a run of text.
type style struct {
	size         float64
	bold, italic bool
}

// superscripts are the digits of footnote marks as the text render writes
// them, which the marks extract as.
var superscripts = []rune("⁰¹²³⁴⁵⁶⁷⁸⁹")

func superscript(n int) string {
	var b strings.Builder
	for _, c := range strconv.Itoa(n) {
		b.WriteRune(superscripts[c-'0'])
	}
	return b.String()
}

// markScale and markRise are the size and the raise of a footnote mark in
// ems of the text around it, as Word sets superscripts.
const (
	markScale = 0.65
	markRise  = 0.35
)

// tokens splits spans into words, spaces and line breaks in the base style;
// a footnote reference becomes a superscript mark glued to the word before
// it, and marks side by side are parted by a superscript comma.
func (s *shaper) tokens(spans []doc.Span, base style) []token {
	var out []token
	var cur *word
	var notes []int
	lastMark := false
	flush := func() {
		if cur != nil {
			out = append(out, token{word: cur, notes: notes})
			cur, notes = nil, nil
		}
	}
	add := func(p piece) {
		if cur == nil {
			cur = &word{}
		}
		cur.pieces = append(cur.pieces, p)
		cur.width += p.width
	}
	for _, sp := range spans {
		bold, italic := base.bold || sp.Bold, base.italic || sp.Italic
		f := faceOf(bold, italic)
		if sp.Note > 0 {
			size := base.size * markScale
			rise := base.size * markRise
			if lastMark {
				p := s.shape(",", faceRegular, size, rise)
				p.actual = ","
				add(p)
			}
			p := s.shape(strconv.Itoa(sp.Note), faceRegular, size, rise)
			p.actual = superscript(sp.Note)
			add(p)
			notes = append(notes, sp.Note)
			lastMark = true
			continue
		}
		text := doc.Clean(sp.Text)
		if text == "" {
			continue
		}
		lastMark = false
		for text != "" {
			i := strings.IndexAny(text, " \n")
			if i < 0 {
				add(s.shape(text, f, base.size, 0))
				break
			}
			if i > 0 {
				add(s.shape(text[:i], f, base.size, 0))
			}
			flush()
			if text[i] == ' ' {
				g := s.spaceGlue(f, base.size)
				out = append(out, token{space: &g})
			} else {
				out = append(out, token{br: true})
			}
			text = text[i+1:]
		}
	}
	flush()
	return out
}

// plainTokens returns one text in one style as tokens.
func (s *shaper) plainTokens(text string, st style) []token {
	return s.tokens([]doc.Span{{Text: text}}, st)
}

// breakLines breaks tokens into lines greedily: each line takes as many
// words as fit in its width (first for the first line, rest for the
// others). A word wider than a whole line is cut between glyphs. Lines
// ended by the width are marked to spread when justified; a line ended by
// a line break or by the end of the text is not.
func breakLines(toks []token, first, rest float64) []line {
	var out []line
	cur := line{}
	var pending []glue
	avail := first
	end := func(spread bool) {
		cur.spread = spread
		out = append(out, cur)
		cur = line{}
		pending = nil
		avail = rest
	}
	for _, t := range toks {
		switch {
		case t.br:
			end(false)
		case t.space != nil:
			if len(cur.words) > 0 {
				pending = append(pending, *t.space)
			}
		case t.word != nil:
			w := *t.word
			gw := 0.0
			for _, g := range pending {
				gw += g.width
			}
			if len(cur.words) > 0 && cur.width+gw+w.width > avail+0.01 {
				end(true)
				gw = 0
			}
			if len(cur.words) == 0 && w.width > avail+0.01 && glyphCount(w) > 1 {
				chunks := splitWord(w, avail, rest)
				for _, c := range chunks[:len(chunks)-1] {
					cur.words = append(cur.words, c)
					cur.width = c.width
					end(true)
				}
				w = chunks[len(chunks)-1]
			}
			if len(cur.words) > 0 {
				cur.glues = append(cur.glues, pending...)
				// Several spaces in a row are kept as one glue each; the
				// words they separate are joined by empty words so that
				// glues[i] stays before words[i+1].
				for range len(pending) - 1 {
					cur.words = append(cur.words, word{})
				}
				cur.width += gw
			}
			pending = nil
			cur.words = append(cur.words, w)
			cur.width += w.width
			cur.notes = append(cur.notes, t.notes...)
		}
	}
	if len(cur.words) > 0 || len(out) == 0 || len(toks) > 0 && toks[len(toks)-1].br {
		end(false)
	}
	return out
}

func glyphCount(w word) int {
	n := 0
	for _, p := range w.pieces {
		n += len(p.glyphs)
	}
	return n
}

// splitWord cuts w between glyphs into pieces that fit: the first in
// width first, the others in width rest; each holds at least one glyph.
// It reads the word once, so a word of any length is cut in linear time.
func splitWord(w word, first, rest float64) []word {
	var out []word
	var cur word
	limit := first
	for _, p := range w.pieces {
		from := 0
		used := 0.0
		for k, adv := range p.advs {
			if cur.width+used+adv > limit && (cur.width+used > 0) {
				if k > from {
					a := subPiece(p, from, k, used)
					cur.pieces = append(cur.pieces, a)
					cur.width += a.width
				}
				out = append(out, cur)
				cur = word{}
				limit = rest
				from, used = k, 0
			}
			used += adv
		}
		if from == 0 {
			cur.pieces = append(cur.pieces, p)
			cur.width += p.width
		} else if from < len(p.glyphs) {
			a := subPiece(p, from, len(p.glyphs), used)
			cur.pieces = append(cur.pieces, a)
			cur.width += a.width
		}
	}
	return append(out, cur)
}

// subPiece returns glyphs i to j of p, width wide.
func subPiece(p piece, i, j int, width float64) piece {
	a := p
	a.glyphs, a.texts, a.advs = p.glyphs[i:j:j], p.texts[i:j:j], p.advs[i:j:j]
	a.width = width
	if p.actual != "" {
		a.actual = strings.Join(a.texts, "")
	}
	return a
}
