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
	i := len(ps.stack) - 1 - n
	if i < 0 {
		return ""
	}
	return ps.stack[i]
}

// event handles one event of the part.
func (ps *parser) event(e event) error {
	switch {
	case e.start:
		ps.stack = append(ps.stack, e.name)
		if ps.skip > 0 {
			ps.skip++
			return nil
		}
		if skipped[e.name] {
			ps.skip = 1
			return nil
		}
		return ps.startElement(e)
	case e.end:
		if len(ps.stack) > 0 {
			ps.stack = ps.stack[:len(ps.stack)-1]
		}
		if ps.skip > 0 {
			ps.skip--
			return nil
		}
		return ps.endElement(e)
	case e.chars:
		if ps.skip > 0 || ps.cur == nil {
			return nil
		}
		switch {
		case ps.inText && ps.displayed():
			ps.cur.text.Write(e.data)
		case ps.parent(0) == "instrText" && len(ps.fields) > 0:
			ps.fields[len(ps.fields)-1].instr.Write(e.data)
		}
	}
	return nil
}

// displayed reports whether text read now is displayed: outside fields, or
// in the result of the innermost one.
func (ps *parser) displayed() bool {
	return len(ps.fields) == 0 || ps.fields[len(ps.fields)-1].result
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

func (ps *parser) startElement(e event) error {
	parent := ps.parent(1)
	switch e.name {
	case "footnote":
		if ps.footnotes != nil {
			ps.noteID = e.attr("id")
			if t := e.attr("type"); t != "" && t != "normal" {
				ps.skip = 1
			}
		}
	case "p":
		ps.cur = &paraBuild{}
	case "tbl":
		ps.tables = append(ps.tables, tableState{index: ps.ntables, row: -1})
		ps.ntables++
	case "tr":
		if n := len(ps.tables); n > 0 {
			t := &ps.tables[n-1]
			t.row++
			t.col = -1
			t.rowStart = len(ps.paras)
		}
	case "tc":
		if n := len(ps.tables); n > 0 {
			ps.tables[n-1].col++
			ps.tables[n-1].width = 0
		}
	case "tcW":
		if n := len(ps.tables); n > 0 && parent == "tcPr" {
			if w := intAttr(e, "w"); w != nil && e.attr("type") != "pct" {
				ps.tables[n-1].width = *w
			}
		}
	case "sectPr":
		ps.sect = &input.Section{}
		ps.refs = map[string]string{}
	case "pgSz":
		if ps.sect != nil {
			if w := intAttr(e, "w"); w != nil {
				ps.sect.PageWidth = *w
			}
			if h := intAttr(e, "h"); h != nil {
				ps.sect.PageHeight = *h
			}
			ps.sect.Landscape = e.attr("orient") == "landscape"
			ps.sect.Known = true
		}
	case "pgMar":
		if ps.sect != nil {
			for name, dst := range map[string]*int{"top": &ps.sect.Top, "bottom": &ps.sect.Bottom, "left": &ps.sect.Left, "right": &ps.sect.Right} {
				if v := intAttr(e, name); v != nil {
					*dst = *v
				} else if name == "left" {
					if v := intAttr(e, "start"); v != nil {
						*dst = *v
					}
				} else if name == "right" {
					if v := intAttr(e, "end"); v != nil {
						*dst = *v
					}
				}
			}
		}
	case "titlePg":
		if ps.sect != nil {
			ps.sect.TitlePage = *on(e)
		}
	case "headerReference", "footerReference":
		if ps.refs != nil {
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
	case "fldSimple":
		if isPage(e.attr("instr")) {
			ps.pageField = true
		}
		f := &field{result: true}
		f.instr.WriteString(e.attr("instr"))
		ps.fields = append(ps.fields, f)
	}
	if ps.cur == nil {
		return nil
	}
	p := ps.cur
	switch {
	case e.name == "pStyle" && parent == "pPr":
		p.style = e.attr("val")
	case ps.inParaProps():
		readPara(e, parent, &p.direct)
	case e.name == "r":
		p.inRun, p.runProp, p.rStyle, p.runFrom = true, rprops{}, "", p.text.Len()
	case e.name == "rStyle" && parent == "rPr" && ps.parent(2) == "r":
		p.rStyle = e.attr("val")
	case parent == "rPr" && ps.parent(2) == "r":
		readRun(e, &p.runProp)
	case e.name == "t" && parent == "r":
		ps.inText = true
	case parent != "r":
		return nil
	case e.name == "tab" && ps.displayed():
		p.text.WriteByte('\t')
	case (e.name == "br" || e.name == "cr") && ps.displayed():
		if e.attr("type") != "page" && e.attr("type") != "column" {
			p.text.WriteByte('\n')
		}
	case e.name == "noBreakHyphen" && ps.displayed():
		p.text.WriteByte('-')
	case e.name == "sym" && ps.displayed():
		if v, err := strconv.ParseUint(e.attr("char"), 16, 32); err == nil {
			p.text.WriteString(bullet(string(rune(v))))
		}
	case e.name == "fldChar":
		switch e.attr("fldCharType") {
		case "begin":
			ps.fields = append(ps.fields, &field{})
		case "separate":
			if n := len(ps.fields); n > 0 {
				ps.fields[n-1].result = true
				if isPage(ps.fields[n-1].instr.String()) {
					ps.pageField = true
				}
			}
		case "end":
			if n := len(ps.fields); n > 0 {
				if isPage(ps.fields[n-1].instr.String()) {
					ps.pageField = true
				}
				ps.fields = ps.fields[:n-1]
			}
		}
	case e.name == "footnoteReference":
		id := e.attr("id")
		mark, ok := ps.notes[id]
		if !ok {
			mark = strconv.Itoa(len(ps.noteOrder) + 1)
			ps.notes[id] = mark
			ps.noteOrder = append(ps.noteOrder, id)
		}
		// The reference is written as its number in superscript, a run
		// of its own.
		ps.endRun()
		p.inRun = true
		p.notes = append(p.notes, input.NoteRef{Offset: p.text.Len(), Mark: mark})
		p.text.WriteString(input.Superscript(mark))
		p.runProp = rprops{}
		yes := true
		p.runProp.super = &yes
		ps.endRun()
		p.inRun, p.runFrom = true, p.text.Len()
	}
	return nil
}

// inParaProps reports whether the current element is a property of the
// paragraph (inside its pPr, not the paragraph mark's rPr).
func (ps *parser) inParaProps() bool {
	return inPPr(ps.stack) && stackHas(ps.stack, "p")
}

func (ps *parser) endElement(e event) error {
	switch e.name {
	case "t":
		ps.inText = false
	case "r":
		ps.endRun()
	case "fldSimple":
		if n := len(ps.fields); n > 0 {
			ps.fields = ps.fields[:n-1]
		}
	case "p":
		if err := ps.endParagraph(); err != nil {
			return err
		}
	case "tr":
		if n := len(ps.tables); n > 0 {
			t := ps.tables[n-1]
			for i := t.rowStart; i < len(ps.paras); i++ {
				if c := ps.paras[i].Cell; c != nil && c.Table == t.index && c.Row == t.row {
					c.Cols = t.col + 1
				}
			}
		}
	case "tbl":
		if n := len(ps.tables); n > 0 {
			ps.tables = ps.tables[:n-1]
		}
	case "sectPr":
		if ps.sect != nil && ps.stackHasAbove("body", "pPr") {
			ps.sections = append(ps.sections, *ps.sect)
			ps.sectionRefs = append(ps.sectionRefs, ps.refs)
		}
		ps.sect, ps.refs = nil, nil
	case "footnote":
		ps.noteID = ""
	}
	return nil
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
	r := ps.st.defR
	if st := ps.st.resolve(ps.paraStyle(p)); st != nil {
		r = r.over(st.mergedR)
	}
	if p.rStyle != "" {
		if st := ps.st.resolve(p.rStyle); st != nil {
			r = r.over(st.mergedR)
		}
	}
	r = r.over(p.runProp)
	if ps.inPageField() && r.size != nil {
		ps.pageSize = *r.size
	}
	if end == p.runFrom {
		return
	}
	run := input.Run{Start: p.runFrom, End: end, Font: ps.st.fontOf(r)}
	if r.size != nil {
		run.HalfPoints = *r.size
	}
	run.Bold = r.bold != nil && *r.bold
	run.Italic = r.italic != nil && *r.italic
	run.Caps = r.caps != nil && *r.caps
	run.Superscript = r.super != nil && *r.super
	run.Underline = r.under != nil && *r.under
	p.runs = append(p.runs, run)
	p.runFrom = end
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
	props := ps.st.defP
	styleName := ""
	if st := ps.st.resolve(ps.paraStyle(p)); st != nil {
		props = props.over(st.mergedP)
		styleName = st.name
	}
	props = props.over(p.direct)
	label := ""
	if props.numID != nil && *props.numID != "" && *props.numID != "0" {
		ilvl := 0
		if props.ilvl != nil {
			ilvl = *props.ilvl
		}
		label = ps.num.label(*props.numID, ilvl)
	}
	text := p.text.String()
	if strings.TrimSpace(text) == "" {
		return nil
	}
	para := input.Paragraph{Text: text, Label: label, Runs: p.runs, Notes: p.notes, Props: input.Props{Style: styleName, Outline: -1}}
	if props.align != nil {
		para.Props.Align = *props.align
	}
	if props.firstLine != nil {
		para.Props.FirstLine = *props.firstLine
	}
	if props.left != nil {
		para.Props.Left = *props.left
	}
	if props.before != nil {
		para.Props.Before = *props.before
	}
	if props.after != nil {
		para.Props.After = *props.after
	}
	if props.line != nil {
		para.Props.Line = *props.line
		para.Props.LineAuto = props.lineAuto == nil || *props.lineAuto
	}
	if props.outline != nil {
		para.Props.Outline = *props.outline
	}
	para.Props.BorderBelow = props.border != nil && *props.border
	if n := len(ps.tables); n > 0 {
		t := ps.tables[n-1]
		para.Cell = &input.Cell{Table: t.index, Row: t.row, Col: t.col, Width: t.width}
	}
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
