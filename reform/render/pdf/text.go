package pdf

import (
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
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

// newShaper returns the shaper of a family, each face's replacement
// glyph found.
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
	clean := true
	for _, r := range text {
		if !s.addRune(&p, face, r) {
			clean = false
		}
	}
	if !s.measure(&p, face, size) {
		clean = false
	}
	if !clean {
		p.actual = text
	}
	return p
}

// addRune adds the glyphs of r to p and reports whether the face has a
// glyph for it. A character the face lacks is shown by its decomposition
// when the face has every part of it (a letter and combining marks), else
// by the replacement glyph.
func (s *shaper) addRune(p *piece, face int, r rune) bool {
	ch := string(r)
	cm := s.use[face].cmap
	if g := cm.glyph(r); g != 0 {
		p.glyphs = append(p.glyphs, g)
		p.texts = append(p.texts, ch)
		return true
	}
	gs := decomposed(cm, ch)
	if gs == nil {
		gs = []uint16{s.repl[face]}
	}
	for i, g := range gs {
		p.glyphs = append(p.glyphs, g)
		if i == 0 {
			p.texts = append(p.texts, ch)
		} else {
			p.texts = append(p.texts, "")
		}
	}
	return false
}

// decomposed returns the glyphs of the canonical decomposition of ch, nil
// when it has none or the face lacks a part of it.
func decomposed(cm *cmap, ch string) []uint16 {
	d := norm.NFD.String(ch)
	if d == ch {
		return nil
	}
	var gs []uint16
	for _, dr := range d {
		g := cm.glyph(dr)
		if g == 0 {
			return nil
		}
		gs = append(gs, g)
	}
	return gs
}

// measure records the glyphs of p as shown for their texts and sets their
// advances and p's width at size; it returns false when a glyph already
// stands for another text.
func (s *shaper) measure(p *piece, face int, size float64) bool {
	clean := true
	f := s.fam[face]
	p.advs = make([]float64, len(p.glyphs))
	for i, g := range p.glyphs {
		if !s.note(face, g, p.texts[i]) {
			clean = false
		}
		p.advs[i] = f.em(g) * size / 1000
		p.width += p.advs[i]
	}
	return clean
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
	t := &tokenizer{s: s}
	for _, sp := range spans {
		if sp.Note > 0 {
			t.mark(sp.Note, base.size)
			continue
		}
		text := doc.Clean(sp.Text)
		if text == "" {
			continue
		}
		t.lastMark = false
		t.text(text, faceOf(base.bold || sp.Bold, base.italic || sp.Italic), base.size)
	}
	t.flush()
	return t.out
}

// tokenizer makes the tokens of spans: the word being read gathers pieces
// until a space or a line break ends it.
type tokenizer struct {
	s   *shaper
	out []token
	cur *word
	// notes are the footnotes the word being read references.
	notes []int
	// lastMark says the last piece is a footnote mark.
	lastMark bool
}

// flush ends the word being read.
func (t *tokenizer) flush() {
	if t.cur != nil {
		t.out = append(t.out, token{word: t.cur, notes: t.notes})
		t.cur, t.notes = nil, nil
	}
}

// add adds a piece to the word being read.
func (t *tokenizer) add(p piece) {
	if t.cur == nil {
		t.cur = &word{}
	}
	t.cur.pieces = append(t.cur.pieces, p)
	t.cur.width += p.width
}

// mark adds the superscript mark of footnote n to the word being read,
// after a comma when it follows another mark; it extracts as the
// superscript digits the text outputs write.
func (t *tokenizer) mark(n int, size float64) {
	markSize, rise := size*markScale, size*markRise
	if t.lastMark {
		p := t.s.shape(",", faceRegular, markSize, rise)
		p.actual = ","
		t.add(p)
	}
	p := t.s.shape(strconv.Itoa(n), faceRegular, markSize, rise)
	p.actual = render.Superscript(n)
	t.add(p)
	t.notes = append(t.notes, n)
	t.lastMark = true
}

// text adds text in face f: its words, its spaces as glues and its line
// breaks.
func (t *tokenizer) text(text string, f int, size float64) {
	for text != "" {
		i := strings.IndexAny(text, " \n")
		if i < 0 {
			t.add(t.s.shape(text, f, size, 0))
			return
		}
		if i > 0 {
			t.add(t.s.shape(text[:i], f, size, 0))
		}
		t.flush()
		if text[i] == ' ' {
			g := t.s.spaceGlue(f, size)
			t.out = append(t.out, token{space: &g})
		} else {
			t.out = append(t.out, token{br: true})
		}
		text = text[i+1:]
	}
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
	lb := &lineBreaker{avail: first, rest: rest}
	for _, t := range toks {
		switch {
		case t.br:
			lb.end(false)
		case t.space != nil:
			if len(lb.cur.words) > 0 {
				lb.pending = append(lb.pending, *t.space)
			}
		case t.word != nil:
			lb.addWord(t)
		}
	}
	if len(lb.cur.words) > 0 || len(lb.out) == 0 || len(toks) > 0 && toks[len(toks)-1].br {
		lb.end(false)
	}
	return lb.out
}

// lineBreaker breaks tokens into lines.
type lineBreaker struct {
	out []line
	cur line
	// pending are the glues read since the last word of the line.
	pending []glue
	// avail is the width of the current line, rest that of the next ones.
	avail, rest float64
}

// end ends the current line, spread when justified or not.
func (lb *lineBreaker) end(spread bool) {
	lb.cur.spread = spread
	lb.out = append(lb.out, lb.cur)
	lb.cur = line{}
	lb.pending = nil
	lb.avail = lb.rest
}

// addWord adds the word of t to the current line, or to a new one when it
// does not fit; a word wider than a whole line is cut.
func (lb *lineBreaker) addWord(t token) {
	w := *t.word
	gw := glueWidth(lb.pending)
	if len(lb.cur.words) > 0 && lb.cur.width+gw+w.width > lb.avail+0.01 {
		lb.end(true)
		gw = 0
	}
	if len(lb.cur.words) == 0 && w.width > lb.avail+0.01 && glyphCount(w) > 1 {
		w = lb.cutWord(w)
	}
	if len(lb.cur.words) > 0 {
		lb.joinPending(gw)
	}
	lb.pending = nil
	lb.cur.words = append(lb.cur.words, w)
	lb.cur.width += w.width
	lb.cur.notes = append(lb.cur.notes, t.notes...)
}

// glueWidth is the width of glues.
func glueWidth(glues []glue) float64 {
	w := 0.0
	for _, g := range glues {
		w += g.width
	}
	return w
}

// joinPending adds the glues read since the last word, gw wide, to the
// line. Several spaces in a row are kept as one glue each; the words they
// separate are joined by empty words so that glues[i] stays before
// words[i+1].
func (lb *lineBreaker) joinPending(gw float64) {
	lb.cur.glues = append(lb.cur.glues, lb.pending...)
	for range len(lb.pending) - 1 {
		lb.cur.words = append(lb.cur.words, word{})
	}
	lb.cur.width += gw
}

// cutWord sets the pieces of w that fill whole lines each on a line of its
// own, and returns the last piece.
func (lb *lineBreaker) cutWord(w word) word {
	chunks := splitWord(w, lb.avail, lb.rest)
	for _, c := range chunks[:len(chunks)-1] {
		lb.cur.words = append(lb.cur.words, c)
		lb.cur.width = c.width
		lb.end(true)
	}
	return chunks[len(chunks)-1]
}

// glyphCount is the number of glyphs of w.
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
	ws := &wordSplitter{limit: first, rest: rest}
	for _, p := range w.pieces {
		ws.piece(p)
	}
	return append(ws.out, ws.cur)
}

// wordSplitter cuts a word into pieces: cur is the piece being filled,
// limit its width.
type wordSplitter struct {
	out         []word
	cur         word
	limit, rest float64
}

// piece adds the glyphs of p, starting a new piece wherever the next glyph
// would pass the limit.
func (ws *wordSplitter) piece(p piece) {
	from := 0
	used := 0.0
	for k, adv := range p.advs {
		if ws.cur.width+used+adv > ws.limit && (ws.cur.width+used > 0) {
			if k > from {
				ws.add(subPiece(p, from, k, used))
			}
			ws.out = append(ws.out, ws.cur)
			ws.cur = word{}
			ws.limit = ws.rest
			from, used = k, 0
		}
		used += adv
	}
	if from == 0 {
		ws.add(p)
	} else if from < len(p.glyphs) {
		ws.add(subPiece(p, from, len(p.glyphs), used))
	}
}

// add adds a piece to the word being filled.
func (ws *wordSplitter) add(p piece) {
	ws.cur.pieces = append(ws.cur.pieces, p)
	ws.cur.width += p.width
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
