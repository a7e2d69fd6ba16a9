package docxread

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform/lint/input"
)

// skipped are the elements whose content is not displayed text: drawings
// and objects (text boxes included), deleted and moved-away text,
// alternate content, content controls' properties.
var skipped = map[string]bool{
	"drawing": true, "pict": true, "object": true, "AlternateContent": true, "del": true,
	"moveFrom": true, "delText": true, "sdtPr": true, "rPrChange": true, "pPrChange": true,
	"commentReference": true, "endnoteReference": true,
}

// field is an open complex field.
type field struct {
	instr  strings.Builder
	result bool
}

// tableState is an open table.
type tableState struct {
	index, row, col int
	rowStart        int // index in paras of the row's first paragraph
	width           int
}

// paraBuild is the paragraph being read.
type paraBuild struct {
	text    strings.Builder
	runs    []input.Run
	notes   []input.NoteRef
	style   string
	direct  pprops
	runProp rprops
	rStyle  string
	runFrom int
	inRun   bool
}

// parser reads the paragraphs of a body, a footnotes part or a header.
type parser struct {
	lim Limits
	st  *styles
	num *numbering

	paras       []input.Paragraph
	sections    []input.Section
	sectionRefs []map[string]string

	// notes maps a footnote id to its mark; noteOrder lists the ids in the
	// order of their first reference.
	notes     map[string]string
	noteOrder []string
	// footnotes are the paragraphs of each footnote (footnotes part).
	footnotes map[string][]input.Paragraph
	noteID    string
	// pageField and pageSize: a PAGE field and its size (headers).
	pageField bool
	pageSize  int

	stack   []string
	skip    int
	tables  []tableState
	ntables int
	cur     *paraBuild
	fields  []*field
	inText  bool
	sect    *input.Section
	refs    map[string]string
}

// parse reads a part whose root is body ("body"), footnotes or a header.
func (ps *parser) parse(data []byte, root string) error {
	if root == "footnotes" {
		ps.footnotes = map[string][]input.Paragraph{}
	}
	return walk(data, ps.lim, ps.event)
}

// parent returns the name of the n-th element above the current one.
func (ps *parser) parent(n int) string {
	return top(ps.stack, n)
}

// event handles one event of the part.
func (ps *parser) event(e event) error {
	switch {
	case e.start:
		ps.onStart(e)
	case e.end:
		return ps.onEnd(e)
	case e.chars:
		ps.onChars(e.data)
	}
	return nil
}

// onStart opens an element and handles it, unless it or an element around
// it is skipped.
func (ps *parser) onStart(e event) {
	ps.stack = append(ps.stack, e.name)
	if ps.skip > 0 {
		ps.skip++
		return
	}
	if skipped[e.name] {
		ps.skip = 1
		return
	}
	ps.startStructure(e)
	if ps.cur != nil {
		ps.startInParagraph(e)
	}
}

// onEnd closes an element and handles it, unless it is skipped.
func (ps *parser) onEnd(e event) error {
	ps.stack = pop(ps.stack)
	if ps.skip > 0 {
		ps.skip--
		return nil
	}
	return ps.endElement(e)
}

// onChars adds character data to the paragraph's text when it is displayed,
// or to the instruction of the field it is the code of.
func (ps *parser) onChars(data []byte) {
	if ps.skip > 0 || ps.cur == nil {
		return
	}
	switch {
	case ps.inText && ps.displayed():
		ps.cur.text.Write(data)
	case ps.parent(0) == "instrText" && len(ps.fields) > 0:
		ps.innerField().instr.Write(data)
	}
}

// displayed reports whether text read now is displayed: outside fields, or
// in the result of the innermost one.
func (ps *parser) displayed() bool {
	return len(ps.fields) == 0 || ps.innerField().result
}

// innerField returns the innermost open field, nil when none is open.
func (ps *parser) innerField() *field {
	if len(ps.fields) == 0 {
		return nil
	}
	return ps.fields[len(ps.fields)-1]
}

// popField closes the innermost open field.
func (ps *parser) popField() {
	if n := len(ps.fields); n > 0 {
		ps.fields = ps.fields[:n-1]
	}
}

// inPageField reports whether a PAGE field is open.
func (ps *parser) inPageField() bool {
	for _, f := range ps.fields {
		if isPage(f.instr.String()) {
			return true
		}
	}
	return false
}

// isPage reports a PAGE field's instruction (not NUMPAGES, SECTIONPAGES).
func isPage(instr string) bool {
	f := strings.Fields(instr)
	return len(f) > 0 && strings.EqualFold(f[0], "PAGE")
}

// startStructure handles the start of an element that shapes the part
// rather than a paragraph's text: footnotes, paragraphs, tables, section
// properties and simple fields.
func (ps *parser) startStructure(e event) {
	switch e.name {
	case "footnote":
		ps.startFootnote(e)
	case "p":
		ps.cur = &paraBuild{}
	case "tbl":
		ps.tables = append(ps.tables, tableState{index: ps.ntables, row: -1})
		ps.ntables++
	case "tr":
		ps.startRow()
	case "tc":
		ps.startCell()
	case "tcW":
		ps.cellWidth(e)
	case "sectPr":
		ps.sect, ps.refs = &input.Section{}, map[string]string{}
	case "pgSz", "pgMar", "titlePg":
		ps.readPage(e)
	case "headerReference", "footerReference":
		ps.headerReference(e)
	case "fldSimple":
		ps.startSimpleField(e.attr("instr"))
	}
}

// startFootnote starts a footnote of the footnotes part; separators and
// other special notes are skipped.
func (ps *parser) startFootnote(e event) {
	if ps.footnotes == nil {
		return
	}
	ps.noteID = e.attr("id")
	if t := e.attr("type"); t != "" && t != "normal" {
		ps.skip = 1
	}
}

// table returns the innermost open table, nil outside tables.
func (ps *parser) table() *tableState {
	if len(ps.tables) == 0 {
		return nil
	}
	return &ps.tables[len(ps.tables)-1]
}

// startRow starts a row of the innermost table.
func (ps *parser) startRow() {
	if t := ps.table(); t != nil {
		t.row++
		t.col = -1
		t.rowStart = len(ps.paras)
	}
}

// startCell starts a cell of the innermost table's row.
func (ps *parser) startCell() {
	if t := ps.table(); t != nil {
		t.col++
		t.width = 0
	}
}

// cellWidth reads the width of the current cell from its properties; a
// width in percent is left out.
func (ps *parser) cellWidth(e event) {
	t := ps.table()
	if t == nil || ps.parent(1) != "tcPr" {
		return
	}
	if w := intAttr(e, "w"); w != nil && e.attr("type") != "pct" {
		t.width = *w
	}
}

// readPage reads the page size, the margins and the title page flag of the
// section properties being read.
func (ps *parser) readPage(e event) {
	s := ps.sect
	if s == nil {
		return
	}
	switch e.name {
	case "pgSz":
		setInt(&s.PageWidth, intAttr(e, "w"))
		setInt(&s.PageHeight, intAttr(e, "h"))
		s.Landscape = e.attr("orient") == "landscape"
		s.Known = true
	case "pgMar":
		setInt(&s.Top, intAttr(e, "top"))
		setInt(&s.Bottom, intAttr(e, "bottom"))
		setInt(&s.Left, firstIntAttr(e, "left", "start"))
		setInt(&s.Right, firstIntAttr(e, "right", "end"))
	case "titlePg":
		s.TitlePage = *on(e)
	}
}

// headerReference records a section's reference to a header or footer, by
// kind: "header/default", "footer/first" ….
func (ps *parser) headerReference(e event) {
	if ps.refs == nil {
		return
	}
	kind := e.attr("type")
	if kind == "" {
		kind = "default"
	}
	prefix := "header"
	if e.name == "footerReference" {
		prefix = "footer"
	}
	ps.refs[prefix+"/"+kind] = e.attr("id")
}

// startSimpleField opens a simple field, whose content is its result.
func (ps *parser) startSimpleField(instr string) {
	if isPage(instr) {
		ps.pageField = true
	}
	f := &field{result: true}
	f.instr.WriteString(instr)
	ps.fields = append(ps.fields, f)
}

// startInParagraph handles the start of an element inside the paragraph
// being read: its properties, its runs and what they hold.
func (ps *parser) startInParagraph(e event) {
	p := ps.cur
	parent := ps.parent(1)
	inRunProps := parent == "rPr" && ps.parent(2) == "r"
	switch {
	case e.name == "pStyle" && parent == "pPr":
		p.style = e.attr("val")
	case ps.inParaProps():
		readPara(e, parent, &p.direct)
	case e.name == "r":
		p.inRun, p.runProp, p.rStyle, p.runFrom = true, rprops{}, "", p.text.Len()
	case e.name == "rStyle" && inRunProps:
		p.rStyle = e.attr("val")
	case inRunProps:
		readRun(e, &p.runProp)
	case e.name == "t" && parent == "r":
		ps.inText = true
	case parent == "r":
		ps.startInRun(e)
	}
}

// startInRun handles an element of a run other than its text and its
// properties: field characters, footnote references and the characters
// written as elements.
func (ps *parser) startInRun(e event) {
	switch e.name {
	case "fldChar":
		ps.fieldChar(e.attr("fldCharType"))
	case "footnoteReference":
		ps.footnoteReference(e.attr("id"))
	default:
		if ps.displayed() {
			ps.writeSpecial(e)
		}
	}
}

// writeSpecial writes the text a character element displays: a tab, a line
// break (not a page or column break), a non-breaking hyphen, a symbol.
func (ps *parser) writeSpecial(e event) {
	text := &ps.cur.text
	switch e.name {
	case "tab":
		text.WriteByte('\t')
	case "br", "cr":
		if t := e.attr("type"); t != "page" && t != "column" {
			text.WriteByte('\n')
		}
	case "noBreakHyphen":
		text.WriteByte('-')
	case "sym":
		if v, err := strconv.ParseUint(e.attr("char"), 16, 32); err == nil {
			text.WriteString(bullet(string(rune(v))))
		}
	}
}

// fieldChar handles a complex field's begin, separate (its result follows)
// and end characters.
func (ps *parser) fieldChar(kind string) {
	switch kind {
	case "begin":
		ps.fields = append(ps.fields, &field{})
	case "separate":
		if f := ps.innerField(); f != nil {
			f.result = true
			ps.notePageField(f)
		}
	case "end":
		if f := ps.innerField(); f != nil {
			ps.notePageField(f)
			ps.popField()
		}
	}
}

// notePageField records that the part holds a PAGE field when f is one.
func (ps *parser) notePageField(f *field) {
	if isPage(f.instr.String()) {
		ps.pageField = true
	}
}

// footnoteReference writes a footnote reference as its number in
// superscript, a run of its own.
func (ps *parser) footnoteReference(id string) {
	p := ps.cur
	mark := ps.noteMark(id)
	ps.endRun()
	p.inRun = true
	p.notes = append(p.notes, input.NoteRef{Offset: p.text.Len(), Mark: mark})
	p.text.WriteString(input.Superscript(mark))
	yes := true
	p.runProp = rprops{super: &yes}
	ps.endRun()
	p.inRun, p.runFrom = true, p.text.Len()
}

// noteMark returns the mark of footnote id: its number in the order of
// first references.
func (ps *parser) noteMark(id string) string {
	if mark, ok := ps.notes[id]; ok {
		return mark
	}
	mark := strconv.Itoa(len(ps.noteOrder) + 1)
	ps.notes[id] = mark
	ps.noteOrder = append(ps.noteOrder, id)
	return mark
}

// inParaProps reports whether the current element is a property of the
// paragraph (inside its pPr, not the paragraph mark's rPr).
func (ps *parser) inParaProps() bool {
	return inPPr(ps.stack) && stackHas(ps.stack, "p")
}

// endElement handles the end of an element that is not skipped.
func (ps *parser) endElement(e event) error {
	switch e.name {
	case "t":
		ps.inText = false
	case "r":
		ps.endRun()
	case "fldSimple":
		ps.popField()
	case "p":
		return ps.endParagraph()
	case "tr":
		ps.endRow()
	case "tbl":
		if n := len(ps.tables); n > 0 {
			ps.tables = ps.tables[:n-1]
		}
	case "sectPr":
		ps.endSection()
	case "footnote":
		ps.noteID = ""
	}
	return nil
}

// endRow gives the paragraphs of the row just read the number of cells of
// the row.
func (ps *parser) endRow() {
	t := ps.table()
	if t == nil {
		return
	}
	for i := t.rowStart; i < len(ps.paras); i++ {
		if c := ps.paras[i].Cell; c != nil && c.Table == t.index && c.Row == t.row {
			c.Cols = t.col + 1
		}
	}
}

// endSection records the section properties just read when they are a
// section's (in the body or a paragraph's properties).
func (ps *parser) endSection() {
	if ps.sect != nil && ps.stackHasAbove("body", "pPr") {
		ps.sections = append(ps.sections, *ps.sect)
		ps.sectionRefs = append(ps.sectionRefs, ps.refs)
	}
	ps.sect, ps.refs = nil, nil
}

// stackHasAbove reports whether one of the names is on the stack.
func (ps *parser) stackHasAbove(names ...string) bool {
	for _, n := range names {
		if stackHas(ps.stack, n) {
			return true
		}
	}
	return false
}

// endRun closes the current run: its properties resolved.
func (ps *parser) endRun() {
	p := ps.cur
	if p == nil || !p.inRun {
		return
	}
	p.inRun = false
	end := p.text.Len()
	r := ps.runProps(p)
	if ps.inPageField() && r.size != nil {
		ps.pageSize = *r.size
	}
	if end == p.runFrom {
		return
	}
	p.runs = append(p.runs, ps.newRun(r, p.runFrom, end))
	p.runFrom = end
}

// runProps resolves the properties of the run being read: the document's
// defaults, then the paragraph style, the character style and the run's
// direct formatting.
func (ps *parser) runProps(p *paraBuild) rprops {
	r := ps.st.defR
	if st := ps.st.resolve(ps.paraStyle(p)); st != nil {
		r = r.over(st.mergedR)
	}
	if p.rStyle != "" {
		if st := ps.st.resolve(p.rStyle); st != nil {
			r = r.over(st.mergedR)
		}
	}
	return r.over(p.runProp)
}

// newRun is the run of text from start to end with the resolved
// properties r.
func (ps *parser) newRun(r rprops, start, end int) input.Run {
	return input.Run{
		Start: start, End: end, Font: ps.st.fontOf(r), HalfPoints: valueOf(r.size),
		Bold: valueOf(r.bold), Italic: valueOf(r.italic), Caps: valueOf(r.caps),
		Superscript: valueOf(r.super), Underline: valueOf(r.under),
	}
}

// paraStyle returns the paragraph's style id, or the default style's.
func (ps *parser) paraStyle(p *paraBuild) string {
	if p.style != "" {
		return p.style
	}
	return ps.st.defaultPara
}

// endParagraph resolves and records the paragraph read.
func (ps *parser) endParagraph() error {
	p := ps.cur
	if p == nil {
		return nil
	}
	ps.endRun()
	ps.cur = nil
	props, styleName := ps.paraProps(p)
	// The label is taken before an empty paragraph is dropped: Word
	// counts it.
	label := ps.labelOf(props)
	text := p.text.String()
	if strings.TrimSpace(text) == "" {
		return nil
	}
	return ps.record(input.Paragraph{
		Text: text, Label: label, Runs: p.runs, Notes: p.notes,
		Props: inputProps(props, styleName), Cell: ps.cell(),
	})
}

// paraProps resolves the paragraph's properties: the document's defaults,
// its style's chain, its direct formatting; and returns its style's name.
func (ps *parser) paraProps(p *paraBuild) (pprops, string) {
	props := ps.st.defP
	styleName := ""
	if st := ps.st.resolve(ps.paraStyle(p)); st != nil {
		props = props.over(st.mergedP)
		styleName = st.name
	}
	return props.over(p.direct), styleName
}

// labelOf returns the list label of a paragraph with the properties, and
// advances the list's counters; "" for a paragraph outside lists.
func (ps *parser) labelOf(props pprops) string {
	if props.numID == nil || *props.numID == "" || *props.numID == "0" {
		return ""
	}
	return ps.num.label(*props.numID, valueOf(props.ilvl))
}

// inputProps turns resolved paragraph properties into the reader's.
func inputProps(props pprops, style string) input.Props {
	out := input.Props{
		Style: style, Outline: -1, Align: valueOf(props.align),
		FirstLine: valueOf(props.firstLine), Left: valueOf(props.left),
		Before: valueOf(props.before), After: valueOf(props.after),
		BorderBelow: valueOf(props.border),
	}
	if props.line != nil {
		out.Line = *props.line
		out.LineAuto = props.lineAuto == nil || *props.lineAuto
	}
	if props.outline != nil {
		out.Outline = *props.outline
	}
	return out
}

// cell places a paragraph read now in the innermost table; nil outside
// tables.
func (ps *parser) cell() *input.Cell {
	t := ps.table()
	if t == nil {
		return nil
	}
	return &input.Cell{Table: t.index, Row: t.row, Col: t.col, Width: t.width}
}

// record adds a paragraph to the body, or to the footnote being read (at
// most 100 paragraphs a note); an error past the limit of paragraphs.
func (ps *parser) record(para input.Paragraph) error {
	if ps.footnotes != nil {
		if ps.noteID != "" && len(ps.footnotes[ps.noteID]) < 100 {
			ps.footnotes[ps.noteID] = append(ps.footnotes[ps.noteID], para)
		}
		return nil
	}
	if len(ps.paras) >= ps.lim.MaxParagraphs {
		return fmt.Errorf("%w: more than %d paragraphs", ErrLimit, ps.lim.MaxParagraphs)
	}
	ps.paras = append(ps.paras, para)
	return nil
}
