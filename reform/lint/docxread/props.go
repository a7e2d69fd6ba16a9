package docxread

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform/lint/input"
	"github.com/cchc-go/cchc/reform/vn"
)

// event is what walk reports of an XML part: an element's start (with its
// attributes), its end, or character data.
type event struct {
	start, end, chars bool
	name              string
	attrs             []xml.Attr
	data              []byte
}

// attr returns the value of the attribute with the local name, or "".
func (e event) attr(local string) string {
	for _, a := range e.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// walk reads an XML part and calls fn for every element start and end and
// every run of character data; the nesting of elements is bounded.
func walk(data []byte, lim Limits, fn func(event) error) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%w: %v", ErrMalformed, err)
		}
		ev, ok := eventOf(tok, &depth)
		if !ok {
			continue
		}
		if depth > lim.MaxDepth {
			return fmt.Errorf("%w: elements nested deeper than %d", ErrLimit, lim.MaxDepth)
		}
		if err := fn(ev); err != nil {
			return err
		}
	}
}

// eventOf turns a token into the event walk reports, and keeps the depth
// of nesting; ok is false for the tokens walk passes over.
func eventOf(tok xml.Token, depth *int) (ev event, ok bool) {
	switch t := tok.(type) {
	case xml.StartElement:
		*depth++
		return event{start: true, name: t.Name.Local, attrs: t.Attr}, true
	case xml.EndElement:
		*depth--
		return event{end: true, name: t.Name.Local}, true
	case xml.CharData:
		return event{chars: true, data: t}, true
	}
	return event{}, false
}

// top returns the name n elements below the top of stack, "" when the
// stack is not that deep.
func top(stack []string, n int) string {
	i := len(stack) - 1 - n
	if i < 0 {
		return ""
	}
	return stack[i]
}

// pop returns stack without its top element.
func pop(stack []string) []string {
	if len(stack) == 0 {
		return stack
	}
	return stack[:len(stack)-1]
}

// rprops are run properties as a part sets them: nil is "not set here".
type rprops struct {
	font, theme                              *string
	size                                     *int
	bold, italic, caps, super, under, vanish *bool
}

// over returns a with the fields b sets.
func (a rprops) over(b rprops) rprops {
	if b.font != nil || b.theme != nil {
		a.font, a.theme = b.font, b.theme
	}
	overlay(&a.size, b.size)
	overlay(&a.bold, b.bold)
	overlay(&a.italic, b.italic)
	overlay(&a.caps, b.caps)
	overlay(&a.super, b.super)
	overlay(&a.under, b.under)
	overlay(&a.vanish, b.vanish)
	return a
}

// pprops are paragraph properties as a part sets them.
type pprops struct {
	align                                *input.Align
	firstLine, left, before, after, line *int
	lineAuto, border                     *bool
	outline, ilvl                        *int
	numID                                *string
}

// over returns a with the fields b sets.
func (a pprops) over(b pprops) pprops {
	overlay(&a.align, b.align)
	overlay(&a.firstLine, b.firstLine)
	overlay(&a.left, b.left)
	overlay(&a.before, b.before)
	overlay(&a.after, b.after)
	if b.line != nil {
		a.line, a.lineAuto = b.line, b.lineAuto
	}
	overlay(&a.border, b.border)
	overlay(&a.outline, b.outline)
	overlay(&a.numID, b.numID)
	overlay(&a.ilvl, b.ilvl)
	return a
}

// overlay sets *dst to src when src is set.
func overlay[T any](dst **T, src *T) {
	if src != nil {
		*dst = src
	}
}

// valueOf returns what p points to, the zero value when p is nil.
func valueOf[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

// setInt sets *dst to *v when v is set.
func setInt(dst *int, v *int) {
	if v != nil {
		*dst = *v
	}
}

// on reads a toggle property: absent or true values are on.
func on(e event) *bool {
	v := e.attr("val")
	return boolPtr(!(v == "0" || v == "false" || v == "off" || v == "none"))
}

// boolPtr returns a pointer to b.
func boolPtr(b bool) *bool { return &b }

// intAttr reads an integer attribute; nil when absent or not a number.
func intAttr(e event, name string) *int {
	v := e.attr(name)
	if v == "" {
		return nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		// "1.5pt" and other units are rare; ignored.
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return nil
		}
		n = int(f)
	}
	return &n
}

// firstIntAttr reads the first of the integer attributes names that is
// set: "left", then its bidirectional name "start".
func firstIntAttr(e event, names ...string) *int {
	for _, name := range names {
		if n := intAttr(e, name); n != nil {
			return n
		}
	}
	return nil
}

// firstAttr returns the first of the attributes names that is not empty.
func firstAttr(e event, names ...string) string {
	for _, name := range names {
		if v := e.attr(name); v != "" {
			return v
		}
	}
	return ""
}

// readRun applies a run property element to r.
func readRun(e event, r *rprops) {
	switch e.name {
	case "rFonts":
		readFonts(e, r)
	case "sz":
		overlay(&r.size, intAttr(e, "val"))
	case "b":
		r.bold = on(e)
	case "i":
		r.italic = on(e)
	case "caps":
		r.caps = on(e)
	case "vanish":
		r.vanish = on(e)
	case "u":
		r.under = boolPtr(e.attr("val") != "none" && e.attr("val") != "")
	case "vertAlign":
		r.super = boolPtr(e.attr("val") == "superscript")
	}
}

// readFonts reads the font of a run: a named font, else a theme font.
func readFonts(e event, r *rprops) {
	if f := firstAttr(e, "ascii", "hAnsi"); f != "" {
		r.font, r.theme = &f, nil
	} else if t := firstAttr(e, "asciiTheme", "hAnsiTheme"); t != "" {
		r.font, r.theme = nil, &t
	}
}

// readPara applies a paragraph property element to p; parent is the name
// of the element's parent.
func readPara(e event, parent string, p *pprops) {
	switch {
	case e.name == "jc":
		a := alignOf(e.attr("val"))
		p.align = &a
	case e.name == "ind":
		readIndent(e, p)
	case e.name == "spacing":
		readSpacing(e, p)
	case e.name == "outlineLvl":
		p.outline = intAttr(e, "val")
	case e.name == "ilvl" && parent == "numPr":
		p.ilvl = intAttr(e, "val")
	case e.name == "numId" && parent == "numPr":
		v := e.attr("val")
		p.numID = &v
	case e.name == "bottom" && parent == "pBdr":
		v := e.attr("val")
		p.border = boolPtr(v != "" && v != "nil" && v != "none")
	}
}

// alignOf reads the value of a w:jc element.
func alignOf(val string) input.Align {
	switch val {
	case "both", "distribute", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute":
		return input.AlignJustify
	case "center":
		return input.AlignCenter
	case "right", "end":
		return input.AlignRight
	}
	return input.AlignLeft
}

// readIndent reads a w:ind element: a hanging indent is a negative first
// line.
func readIndent(e event, p *pprops) {
	overlay(&p.firstLine, intAttr(e, "firstLine"))
	if n := intAttr(e, "hanging"); n != nil {
		m := -*n
		p.firstLine = &m
	}
	overlay(&p.left, firstIntAttr(e, "left", "start"))
}

// readSpacing reads a w:spacing element.
func readSpacing(e event, p *pprops) {
	overlay(&p.before, intAttr(e, "before"))
	overlay(&p.after, intAttr(e, "after"))
	if n := intAttr(e, "line"); n != nil {
		auto := e.attr("lineRule") == "" || e.attr("lineRule") == "auto"
		p.line, p.lineAuto = n, &auto
	}
}

// style is a style of styles.xml.
type style struct {
	id, name, typ, basedOn string
	p                      pprops
	r                      rprops
	// merged are the properties with the basedOn chain applied.
	mergedP  pprops
	mergedR  rprops
	resolved bool
}

// styles is styles.xml and the theme's fonts.
type styles struct {
	byID         map[string]*style
	defaultPara  string
	defP         pprops
	defR         rprops
	major, minor string
}

// read reads styles.xml.
func (s *styles) read(data []byte, lim Limits) error {
	sr := &styleReader{s: s}
	return walk(data, lim, sr.event)
}

// styleReader reads styles.xml into styles: the document defaults and each
// style.
type styleReader struct {
	s          *styles
	cur        *style
	stack      []string
	inDefaults bool
}

// event handles one event of styles.xml.
func (sr *styleReader) event(e event) error {
	switch {
	case e.start:
		sr.start(e)
	case e.end:
		sr.end(e.name)
	}
	return nil
}

// start reads an element of styles.xml.
func (sr *styleReader) start(e event) {
	parent, grand := top(sr.stack, 0), top(sr.stack, 1)
	sr.stack = append(sr.stack, e.name)
	inStyle := sr.cur != nil && parent == "style"
	switch {
	case e.name == "docDefaults":
		sr.inDefaults = true
	case e.name == "style" && parent == "styles":
		sr.startStyle(e)
	case e.name == "name" && inStyle:
		sr.cur.name = e.attr("val")
	case e.name == "basedOn" && inStyle:
		sr.cur.basedOn = e.attr("val")
	case parent == "rPr" && (grand == "style" || grand == "rPrDefault"):
		sr.runProperty(e)
	case inPPr(sr.stack):
		sr.paraProperty(e, parent)
	}
}

// startStyle starts a style; at most 10000 are kept.
func (sr *styleReader) startStyle(e event) {
	sr.cur = &style{id: e.attr("styleId"), typ: e.attr("type")}
	isDefault := e.attr("default") == "1" || e.attr("default") == "true"
	if isDefault && sr.cur.typ == "paragraph" {
		sr.s.defaultPara = sr.cur.id
	}
	if len(sr.s.byID) < 10000 {
		sr.s.byID[sr.cur.id] = sr.cur
	}
}

// runProperty applies a run property to the defaults or the current style.
func (sr *styleReader) runProperty(e event) {
	if sr.inDefaults {
		readRun(e, &sr.s.defR)
	} else if sr.cur != nil {
		readRun(e, &sr.cur.r)
	}
}

// paraProperty applies a paragraph property to the defaults or the current
// style.
func (sr *styleReader) paraProperty(e event, parent string) {
	if sr.inDefaults {
		readPara(e, parent, &sr.s.defP)
	} else if sr.cur != nil && stackHas(sr.stack, "style") {
		readPara(e, parent, &sr.cur.p)
	}
}

// end closes an element of styles.xml.
func (sr *styleReader) end(name string) {
	sr.stack = pop(sr.stack)
	switch name {
	case "docDefaults":
		sr.inDefaults = false
	case "style":
		if len(sr.stack) == 1 {
			sr.cur = nil
		}
	}
}

// inPPr reports whether the element on top of stack is inside a pPr (and
// not inside its rPr, the paragraph mark's run properties).
func inPPr(stack []string) bool {
	for i := len(stack) - 2; i >= 0; i-- {
		switch stack[i] {
		case "rPr", "sectPr", "tabs":
			return false
		case "pPr":
			return true
		}
	}
	return false
}

// stackHas reports whether name is on the stack.
func stackHas(stack []string, name string) bool {
	return slices.Contains(stack, name)
}

// resolve returns a style with its basedOn chain merged.
func (s *styles) resolve(id string) *style {
	st := s.byID[id]
	if st == nil || st.resolved {
		return st
	}
	chain := s.chain(st)
	var p pprops
	var r rprops
	for i := len(chain) - 1; i >= 0; i-- {
		p = p.over(chain[i].p)
		r = r.over(chain[i].r)
	}
	st.mergedP, st.mergedR, st.resolved = p, r, true
	return st
}

// chain returns st and the styles it is based on, nearest first; it stops
// at a loop, a missing style or 32 styles.
func (s *styles) chain(st *style) []*style {
	chain := []*style{st}
	seen := map[string]bool{st.id: true}
	for cur := st; cur.basedOn != "" && len(chain) < 32; {
		next := s.byID[cur.basedOn]
		if next == nil || seen[next.id] {
			break
		}
		seen[next.id] = true
		chain = append(chain, next)
		cur = next
	}
	return chain
}

// fontOf returns the font a run's properties name, theme fonts resolved.
func (s *styles) fontOf(r rprops) string {
	if r.font != nil {
		return *r.font
	}
	if r.theme != nil {
		if strings.HasPrefix(*r.theme, "major") {
			return s.major
		}
		return s.minor
	}
	return ""
}

// readTheme returns the Latin major and minor fonts of a theme part.
func readTheme(data []byte) (major, minor string) {
	var stack []string
	_ = walk(data, Limits{MaxDepth: 256}, func(e event) error {
		switch {
		case e.start && e.name == "latin" && top(stack, 0) == "majorFont":
			major = e.attr("typeface")
		case e.start && e.name == "latin" && top(stack, 0) == "minorFont":
			minor = e.attr("typeface")
		}
		if e.start {
			stack = append(stack, e.name)
		} else if e.end {
			stack = pop(stack)
		}
		return nil
	})
	return major, minor
}

// level is a level of an abstract numbering.
type level struct {
	start   int
	format  string
	text    string
	isLegal bool
}

// abstractNum is an abstract numbering definition.
type abstractNum struct {
	levels [9]*level
}

// num is a numbering instance: its abstract definition and start overrides.
type num struct {
	abstract  string
	overrides map[int]int
}

// numbering is numbering.xml and the counters of the lists read so far.
type numbering struct {
	abstract map[string]*abstractNum
	nums     map[string]*num
	counters map[string]*[9]int
	started  map[string]*[9]bool
}

// read reads numbering.xml.
func (n *numbering) read(data []byte, lim Limits) error {
	nr := &numberingReader{n: n, overrideLevel: -1}
	return walk(data, lim, nr.event)
}

// numberingReader reads numbering.xml into numbering: the abstract
// definitions and their levels, the instances and their start overrides.
type numberingReader struct {
	n             *numbering
	a             *abstractNum
	lv            *level
	nm            *num
	overrideLevel int
}

// event handles one event of numbering.xml.
func (nr *numberingReader) event(e event) error {
	if e.start {
		nr.start(e)
	} else {
		nr.end(e.name)
	}
	return nil
}

// start reads an element of numbering.xml.
func (nr *numberingReader) start(e event) {
	switch e.name {
	case "abstractNum":
		nr.startAbstract(e.attr("abstractNumId"))
	case "lvl":
		nr.startLevel(e.attr("ilvl"))
	case "start", "numFmt", "lvlText", "isLgl":
		nr.readLevel(e)
	case "num":
		nr.startNum(e.attr("numId"))
	case "abstractNumId":
		if nr.nm != nil {
			nr.nm.abstract = e.attr("val")
		}
	case "lvlOverride":
		setInt(&nr.overrideLevel, intAttr(e, "ilvl"))
	case "startOverride":
		nr.startOverride(e)
	}
}

// end closes the definition an element ends.
func (nr *numberingReader) end(name string) {
	switch name {
	case "abstractNum":
		nr.a = nil
	case "lvl":
		nr.lv = nil
	case "num":
		nr.nm = nil
	case "lvlOverride":
		nr.overrideLevel = -1
	}
}

// startAbstract starts an abstract numbering; at most 10000 are kept.
func (nr *numberingReader) startAbstract(id string) {
	if len(nr.n.abstract) < 10000 {
		nr.a = &abstractNum{}
		nr.n.abstract[id] = nr.a
	}
}

// startLevel starts level ilvl (0 to 8) of the current abstract numbering.
func (nr *numberingReader) startLevel(ilvl string) {
	if nr.a == nil || nr.nm != nil {
		return
	}
	i, err := strconv.Atoi(ilvl)
	if err == nil && i >= 0 && i < 9 {
		nr.lv = &level{start: 1, format: "decimal"}
		nr.a.levels[i] = nr.lv
	}
}

// readLevel reads a property of the current level.
func (nr *numberingReader) readLevel(e event) {
	lv := nr.lv
	if lv == nil {
		return
	}
	switch e.name {
	case "start":
		setInt(&lv.start, intAttr(e, "val"))
	case "numFmt":
		lv.format = e.attr("val")
	case "lvlText":
		lv.text = e.attr("val")
	case "isLgl":
		lv.isLegal = *on(e)
	}
}

// startNum starts a numbering instance; at most 10000 are kept.
func (nr *numberingReader) startNum(id string) {
	if len(nr.n.nums) < 10000 {
		nr.nm = &num{overrides: map[int]int{}}
		nr.n.nums[id] = nr.nm
	}
}

// startOverride reads the start override of a level of the current
// instance.
func (nr *numberingReader) startOverride(e event) {
	if nr.nm != nil && nr.overrideLevel >= 0 && nr.overrideLevel < 9 {
		if v := intAttr(e, "val"); v != nil {
			nr.nm.overrides[nr.overrideLevel] = *v
		}
	}
}

// label returns the label Word displays for the next paragraph of list
// numID at level ilvl, and advances the counters. Lists that share an
// abstract numbering share its counters, as in Word, unless the list
// restarts them with a start override.
func (n *numbering) label(numID string, ilvl int) string {
	nm := n.nums[numID]
	if nm == nil || ilvl < 0 || ilvl > 8 {
		return ""
	}
	a := n.abstract[nm.abstract]
	if a == nil || a.levels[ilvl] == nil {
		return ""
	}
	l := listState{a: a, nm: nm}
	l.count, l.started = n.countersOf(counterKey(numID, nm))
	l.advance(ilvl)
	return l.label(ilvl)
}

// counterKey names the counters a list uses: its abstract numbering's, or
// its own when it overrides a start.
func counterKey(numID string, nm *num) string {
	if len(nm.overrides) > 0 {
		return "n:" + numID
	}
	return "a:" + nm.abstract
}

// countersOf returns the counters named key, made on first use.
func (n *numbering) countersOf(key string) (*[9]int, *[9]bool) {
	if n.started == nil {
		n.started = map[string]*[9]bool{}
	}
	cnt, st := n.counters[key], n.started[key]
	if cnt == nil {
		cnt, st = &[9]int{}, &[9]bool{}
		n.counters[key], n.started[key] = cnt, st
	}
	return cnt, st
}

// listState is a list being numbered: its definition and its counters, the
// value of each level and whether the level has started.
type listState struct {
	a       *abstractNum
	nm      *num
	count   *[9]int
	started *[9]bool
}

// startOf returns the first value of level i.
func (l listState) startOf(i int) int {
	if v, ok := l.nm.overrides[i]; ok {
		return v
	}
	if l.a.levels[i] != nil {
		return l.a.levels[i].start
	}
	return 1
}

// advance counts one more paragraph at level ilvl, and restarts the levels
// below it.
func (l listState) advance(ilvl int) {
	if !l.started[ilvl] {
		l.count[ilvl], l.started[ilvl] = l.startOf(ilvl), true
	} else {
		l.count[ilvl]++
	}
	for j := ilvl + 1; j < 9; j++ {
		l.started[j] = false
	}
}

// label writes the label of level ilvl: its text with "%1"…"%9" replaced
// by the levels' values.
func (l listState) label(ilvl int) string {
	lv := l.a.levels[ilvl]
	switch lv.format {
	case "bullet":
		return bullet(lv.text)
	case "none":
		return ""
	}
	var b strings.Builder
	t := lv.text
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			b.WriteString(l.value(int(t[i+1]-'1'), lv.isLegal))
			i++
			continue
		}
		b.WriteByte(t[i])
	}
	return b.String()
}

// value writes the value of level k in its format, or in digits in a
// legal-style label.
func (l listState) value(k int, legal bool) string {
	v := l.count[k]
	if !l.started[k] {
		v = l.startOf(k)
	}
	format := "decimal"
	if l.a.levels[k] != nil && !legal {
		format = l.a.levels[k].format
	}
	return formatNumber(v, format)
}

// bullet writes a bullet's text as it looks: the Symbol font's private
// characters as the bullets they show.
func bullet(s string) string {
	switch s {
	case "\uF0B7", "\uF06C", "\u2022", "\u25CF":
		return "•"
	case "\uF0A7", "\uF0D8", "\u25AA", "\u25A0":
		return "▪"
	case "\uF02D", "-", "\u2013", "\u2212":
		return "-"
	case "":
		return ""
	}
	return s
}

// formatNumber writes n in a numbering format.
func formatNumber(n int, format string) string {
	switch format {
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "lowerLetter", "upperLetter":
		return letters(n, format == "upperLetter")
	case "lowerRoman", "upperRoman":
		return roman(n, format == "lowerRoman")
	}
	return strconv.Itoa(n)
}

// letters writes n as Word's letter numbering: a…z, aa…zz, ….
func letters(n int, upper bool) string {
	if n < 1 {
		return strconv.Itoa(n)
	}
	c := byte('a' + (n-1)%26)
	s := strings.Repeat(string(c), (n-1)/26+1)
	if upper {
		s = strings.ToUpper(s)
	}
	return s
}

// roman writes n in Roman numerals; Word writes digits beyond 3999.
func roman(n int, lower bool) string {
	s, err := vn.Roman(n)
	if err != nil {
		s = strconv.Itoa(n)
	}
	if lower {
		s = strings.ToLower(s)
	}
	return s
}
