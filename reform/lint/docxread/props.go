package docxread

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
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
		var ev event
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > lim.MaxDepth {
				return fmt.Errorf("%w: elements nested deeper than %d", ErrLimit, lim.MaxDepth)
			}
			ev = event{start: true, name: t.Name.Local, attrs: t.Attr}
		case xml.EndElement:
			depth--
			ev = event{end: true, name: t.Name.Local}
		case xml.CharData:
			ev = event{chars: true, data: t}
		default:
			continue
		}
		if err := fn(ev); err != nil {
			return err
		}
	}
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
	if b.size != nil {
		a.size = b.size
	}
	if b.bold != nil {
		a.bold = b.bold
	}
	if b.italic != nil {
		a.italic = b.italic
	}
	if b.caps != nil {
		a.caps = b.caps
	}
	if b.super != nil {
		a.super = b.super
	}
	if b.under != nil {
		a.under = b.under
	}
	if b.vanish != nil {
		a.vanish = b.vanish
	}
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
	if b.align != nil {
		a.align = b.align
	}
	if b.firstLine != nil {
		a.firstLine = b.firstLine
	}
	if b.left != nil {
		a.left = b.left
	}
	if b.before != nil {
		a.before = b.before
	}
	if b.after != nil {
		a.after = b.after
	}
	if b.line != nil {
		a.line, a.lineAuto = b.line, b.lineAuto
	}
	if b.border != nil {
		a.border = b.border
	}
	if b.outline != nil {
		a.outline = b.outline
	}
	if b.numID != nil {
		a.numID = b.numID
	}
	if b.ilvl != nil {
		a.ilvl = b.ilvl
	}
	return a
}

// on reads a toggle property: absent or true values are on.
func on(e event) *bool {
	v := e.attr("val")
	b := !(v == "0" || v == "false" || v == "off" || v == "none")
	return &b
}

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

// readRun applies a run property element to r.
func readRun(e event, r *rprops) {
	switch e.name {
	case "rFonts":
		if f := e.attr("ascii"); f != "" {
			r.font, r.theme = &f, nil
		} else if f := e.attr("hAnsi"); f != "" {
			r.font, r.theme = &f, nil
		} else if t := e.attr("asciiTheme"); t != "" {
			r.font, r.theme = nil, &t
		} else if t := e.attr("hAnsiTheme"); t != "" {
			r.font, r.theme = nil, &t
		}
	case "sz":
		if n := intAttr(e, "val"); n != nil {
			r.size = n
		}
	case "b":
		r.bold = on(e)
	case "i":
		r.italic = on(e)
	case "caps":
		r.caps = on(e)
	case "vanish":
		r.vanish = on(e)
	case "u":
		b := e.attr("val") != "none" && e.attr("val") != ""
		r.under = &b
	case "vertAlign":
		b := e.attr("val") == "superscript"
		r.super = &b
	}
}

// readPara applies a paragraph property element to p; parent is the name
// of the element's parent.
func readPara(e event, parent string, p *pprops) {
	switch {
	case e.name == "jc":
		var a input.Align
		switch e.attr("val") {
		case "both", "distribute", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute":
			a = input.AlignJustify
		case "center":
			a = input.AlignCenter
		case "right", "end":
			a = input.AlignRight
		default:
			a = input.AlignLeft
		}
		p.align = &a
	case e.name == "ind":
		if n := intAttr(e, "firstLine"); n != nil {
			p.firstLine = n
		}
		if n := intAttr(e, "hanging"); n != nil {
			m := -*n
			p.firstLine = &m
		}
		if n := intAttr(e, "left"); n != nil {
			p.left = n
		} else if n := intAttr(e, "start"); n != nil {
			p.left = n
		}
	case e.name == "spacing":
		if n := intAttr(e, "before"); n != nil {
			p.before = n
		}
		if n := intAttr(e, "after"); n != nil {
			p.after = n
		}
		if n := intAttr(e, "line"); n != nil {
			auto := e.attr("lineRule") == "" || e.attr("lineRule") == "auto"
			p.line, p.lineAuto = n, &auto
		}
	case e.name == "outlineLvl":
		p.outline = intAttr(e, "val")
	case e.name == "ilvl" && parent == "numPr":
		p.ilvl = intAttr(e, "val")
	case e.name == "numId" && parent == "numPr":
		v := e.attr("val")
		p.numID = &v
	case e.name == "bottom" && parent == "pBdr":
		v := e.attr("val")
		b := v != "" && v != "nil" && v != "none"
		p.border = &b
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
	var cur *style
	var stack []string
	inDefaults := false
	return walk(data, lim, func(e event) error {
		switch {
		case e.start:
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			grand := ""
			if len(stack) > 1 {
				grand = stack[len(stack)-2]
			}
			stack = append(stack, e.name)
			switch {
			case e.name == "docDefaults":
				inDefaults = true
			case e.name == "style" && parent == "styles":
				cur = &style{id: e.attr("styleId"), typ: e.attr("type")}
				if e.attr("default") == "1" || e.attr("default") == "true" {
					if cur.typ == "paragraph" {
						s.defaultPara = cur.id
					}
				}
				if len(s.byID) < 10000 {
					s.byID[cur.id] = cur
				}
			case e.name == "name" && cur != nil && parent == "style":
				cur.name = e.attr("val")
			case e.name == "basedOn" && cur != nil && parent == "style":
				cur.basedOn = e.attr("val")
			case parent == "rPr" && (grand == "style" || grand == "rPrDefault"):
				if inDefaults {
					readRun(e, &s.defR)
				} else if cur != nil {
					readRun(e, &cur.r)
				}
			case inPPr(stack):
				if inDefaults {
					readPara(e, parent, &s.defP)
				} else if cur != nil && stackHas(stack, "style") {
					readPara(e, parent, &cur.p)
				}
			}
		case e.end:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			switch e.name {
			case "docDefaults":
				inDefaults = false
			case "style":
				if len(stack) == 1 {
					cur = nil
				}
			}
		}
		return nil
	})
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
	for _, s := range stack {
		if s == name {
			return true
		}
	}
	return false
}

// resolve returns a style with its basedOn chain merged.
func (s *styles) resolve(id string) *style {
	st := s.byID[id]
	if st == nil {
		return nil
	}
	if st.resolved {
		return st
	}
	chain := []*style{st}
	seen := map[string]bool{id: true}
	for cur := st; cur.basedOn != "" && len(chain) < 32; {
		next := s.byID[cur.basedOn]
		if next == nil || seen[next.id] {
			break
		}
		seen[next.id] = true
		chain = append(chain, next)
		cur = next
	}
	var p pprops
	var r rprops
	for i := len(chain) - 1; i >= 0; i-- {
		p = p.over(chain[i].p)
		r = r.over(chain[i].r)
	}
	st.mergedP, st.mergedR, st.resolved = p, r, true
	return st
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
		case e.start:
			if e.name == "latin" && len(stack) > 0 {
				switch stack[len(stack)-1] {
				case "majorFont":
					major = e.attr("typeface")
				case "minorFont":
					minor = e.attr("typeface")
				}
			}
			stack = append(stack, e.name)
		case e.end:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
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
	var a *abstractNum
	var lv *level
	var nm *num
	overrideLevel := -1
	return walk(data, lim, func(e event) error {
		if !e.start {
			switch e.name {
			case "abstractNum":
				a = nil
			case "lvl":
				lv = nil
			case "num":
				nm = nil
			case "lvlOverride":
				overrideLevel = -1
			}
			return nil
		}
		switch e.name {
		case "abstractNum":
			if len(n.abstract) < 10000 {
				a = &abstractNum{}
				n.abstract[e.attr("abstractNumId")] = a
			}
		case "lvl":
			if a == nil || nm != nil {
				return nil
			}
			i, err := strconv.Atoi(e.attr("ilvl"))
			if err == nil && i >= 0 && i < 9 {
				lv = &level{start: 1, format: "decimal"}
				a.levels[i] = lv
			}
		case "start":
			if lv != nil {
				if v := intAttr(e, "val"); v != nil {
					lv.start = *v
				}
			}
		case "numFmt":
			if lv != nil {
				lv.format = e.attr("val")
			}
		case "lvlText":
			if lv != nil {
				lv.text = e.attr("val")
			}
		case "isLgl":
			if lv != nil {
				lv.isLegal = *on(e)
			}
		case "num":
			if len(n.nums) < 10000 {
				nm = &num{overrides: map[int]int{}}
				n.nums[e.attr("numId")] = nm
			}
		case "abstractNumId":
			if nm != nil {
				nm.abstract = e.attr("val")
			}
		case "lvlOverride":
			if v := intAttr(e, "ilvl"); v != nil {
				overrideLevel = *v
			}
		case "startOverride":
			if nm != nil && overrideLevel >= 0 && overrideLevel < 9 {
				if v := intAttr(e, "val"); v != nil {
					nm.overrides[overrideLevel] = *v
				}
			}
		}
		return nil
	})
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
	key := "a:" + nm.abstract
	if len(nm.overrides) > 0 {
		key = "n:" + numID
	}
	if n.started == nil {
		n.started = map[string]*[9]bool{}
	}
	cnt, st := n.counters[key], n.started[key]
	if cnt == nil {
		cnt, st = &[9]int{}, &[9]bool{}
		n.counters[key], n.started[key] = cnt, st
	}
	startOf := func(i int) int {
		if v, ok := nm.overrides[i]; ok {
			return v
		}
		if a.levels[i] != nil {
			return a.levels[i].start
		}
		return 1
	}
	if !st[ilvl] {
		cnt[ilvl], st[ilvl] = startOf(ilvl), true
	} else {
		cnt[ilvl]++
	}
	for j := ilvl + 1; j < 9; j++ {
		st[j] = false
	}
	lv := a.levels[ilvl]
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
			k := int(t[i+1] - '1')
			v := cnt[k]
			if !st[k] {
				v = startOf(k)
			}
			f := "decimal"
			if a.levels[k] != nil {
				f = a.levels[k].format
			}
			if lv.isLegal {
				f = "decimal"
			}
			b.WriteString(formatNumber(v, f))
			i++
			continue
		}
		b.WriteByte(t[i])
	}
	return b.String()
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
		if n < 1 {
			return strconv.Itoa(n)
		}
		c := byte('a' + (n-1)%26)
		s := strings.Repeat(string(c), (n-1)/26+1)
		if format == "upperLetter" {
			s = strings.ToUpper(s)
		}
		return s
	case "lowerRoman", "upperRoman":
		s, err := vn.Roman(n)
		if err != nil {
			s = strconv.Itoa(n) // Word writes digits beyond 3999
		}
		if format == "lowerRoman" {
			s = strings.ToLower(s)
		}
		return s
	}
	return strconv.Itoa(n)
}
