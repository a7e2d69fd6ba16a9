package html

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
)

// singleLine is CSS line-height of single line spacing in Times New Roman:
// its ascent, descent and line gap add up to 1.15 em, which is what a word
// processor sets for "single".
const singleLine = 1.15

// ruleShare is the length of the short rules under the issuing agency and
// the title, as a share of their text: the decree asks for 1/3 to 1/2.
const ruleShare = "40%"

// fallbackFonts follow the style's font: metric-compatible Times New Roman
// substitutes first (Tinos, Liberation Serif), so the page breaks where it
// would with the real font, then any serif.
var fallbackFonts = [...]string{"Times New Roman", "Tinos", "Liberation Serif", "Nimbus Roman", "Times"}

// stylesheet returns the page's CSS, every size and length taken from st.
func stylesheet(st doc.Style) string {
	c := newSheet(st)
	c.page()
	c.base()
	c.header()
	c.title()
	c.body()
	c.dataTables()
	c.closing()
	c.notes()
	c.appendices()
	c.screen()
	return c.b.String()
}

// sheet builds the style sheet of a style, rule by rule.
type sheet struct {
	b  strings.Builder
	st doc.Style
	// margins, before, indent and hairline are the lengths many rules
	// share: the page margins, the space before a paragraph, the
	// first-line indent and the thin rule of borders.
	margins, before, indent, hairline string
}

// newSheet starts the style sheet of st.
func newSheet(st doc.Style) *sheet {
	m := st.Margins
	return &sheet{
		st:       st,
		margins:  mm(m.Top) + " " + mm(m.Right) + " " + mm(m.Bottom) + " " + mm(m.Left),
		before:   pt(st.SpaceBefore),
		indent:   mm(st.FirstLineIndent),
		hairline: "0.75pt solid #000",
	}
}

// rule writes one rule: the selector and its declarations.
func (c *sheet) rule(selector string, decls ...string) {
	c.b.WriteString(selector)
	c.b.WriteString("{")
	c.b.WriteString(strings.Join(decls, ";"))
	c.b.WriteString("}\n")
}

// lineHeight is the line height of a size in the style's line spacing, in
// points.
func (c *sheet) lineHeight(size doc.Points) float64 {
	return float64(size) * singleLine * float64(c.st.LineSpacing) / 100
}

// page writes the page: A4 and its margins; the page number centred in the
// top margin from page 2 on. Then the page's defaults.
func (c *sheet) page() {
	st, sz := c.st, c.st.Sizes
	c.b.WriteString("@page{size:" + mm(st.PageWidth) + " " + mm(st.PageHeight) + ";margin:" + c.margins +
		";@top-center{content:counter(page);font-family:" + fontFamily(st.Font) + ";font-size:" + pt(sz.PageNumber) + "}}\n")
	c.b.WriteString("@page:first{@top-center{content:none}}\n")
}

// base writes the defaults of the page's text.
func (c *sheet) base() {
	st := c.st
	c.rule("html", "background:#fff")
	c.rule("body", "margin:0", "font-family:"+fontFamily(st.Font), "font-size:"+pt(st.Sizes.Body),
		"line-height:"+decimal(singleLine*float64(st.LineSpacing)/100, 3), "color:#000", "font-kerning:normal")
	c.rule("p,h1,h2,h3,h4,h5,h6", "margin:0", "font-size:inherit", "font-weight:normal", "font-style:normal",
		"white-space:pre-wrap", "overflow-wrap:break-word")
	c.rule(".b", "font-weight:bold")
	c.rule(".i", "font-style:italic")
	c.rule("sup", "font-size:65%", "line-height:0", "vertical-align:super")
	c.rule("a", "color:inherit", "text-decoration:none")
}

// header writes the header and closing tables — two borderless columns,
// as wide as the text area at most (see fitColumns) — and the header's
// lines.
func (c *sheet) header() {
	st, sz := c.st, c.st.Sizes
	for _, t := range []struct {
		class string
		cols  [2]doc.Twips
		keep  int
	}{{"header", st.HeaderColumns, 1}, {"closing", st.ClosingColumns, 0}} {
		cols := fitColumns(st, t.cols, t.keep)
		c.rule("table."+t.class, "border-collapse:collapse", "table-layout:fixed", "width:"+mm(cols[0]+cols[1]))
		c.rule("."+t.class+" td", "padding:0", "vertical-align:top")
	}
	// The number and the place-date share a row; equal line boxes put their
	// baselines within a fraction of a point of each other (Chromium does not
	// align table cells on the baselines of block children).
	c.rule(".header tr+tr p", "line-height:"+decimal(c.lineHeight(max(sz.Number, sz.PlaceDate)), 1)+"pt")
	c.rule(".header p", "text-align:center")
	c.rule(".header td:first-child", "padding-right:3mm")
	c.rule(".agency", "font-size:"+pt(sz.Agency))
	c.rule(".issuer", "font-weight:bold")
	c.rule(".national", "font-size:"+pt(sz.NationalTitle), "font-weight:bold")
	c.rule(".motto", "font-size:"+pt(sz.Motto), "font-weight:bold")
	c.rule(".number", "font-size:"+pt(sz.Number), "padding-top:"+c.before)
	c.rule(".place-date", "font-size:"+pt(sz.PlaceDate), "font-style:italic", "padding-top:"+c.before)
	c.marks()
}

// marks writes the urgency and secrecy marks, the draft mark and the
// rules under the agency, the motto and the title.
func (c *sheet) marks() {
	c.rule(".mark", "padding-top:"+c.before)
	c.rule(".mark span,.draft span", "display:inline-block", "border:"+c.hairline, "padding:0 4pt",
		"font-size:"+pt(c.st.Sizes.Marks), "font-weight:bold")
	c.rule(".ruled", "display:inline-block")
	c.rule(".ruled::after", "content:\"\"", "display:block", "margin:3pt auto 0", "border-top:"+c.hairline)
	c.rule(".short::after", "width:"+ruleShare)
	c.rule(".full::after", "width:100%")
}

// title writes the title block and the addressees.
func (c *sheet) title() {
	c.rule(".title", "margin:1em 0 "+c.before)
	c.rule(".title p", "text-align:center", "font-size:"+pt(c.st.Sizes.Title), "font-weight:bold")
	c.rule(".title .draft", "margin-bottom:"+c.before)
	c.rule(".to", "margin-top:"+c.before)
	c.rule(".to p", "text-indent:"+c.indent)
	c.rule(".to .to-item", "padding-left:"+c.indent)
}

// body writes the body: justified, first-line indent, space before.
func (c *sheet) body() {
	c.rule(".text p,.text h1,.text h2,.text h3,.text h4,.text h5,.text h6",
		"margin-top:"+c.before, "text-indent:"+c.indent, "text-align:justify")
	c.rule(".text .al,.data .al", "text-align:left")
	c.rule(".text .ac,.data .ac", "text-align:center")
	c.rule(".text .ar,.data .ar", "text-align:right")
	c.rule(".text .aj,.data .aj", "text-align:justify")
	c.rule(".text .ni", "text-indent:0")
	c.rule(".text h1,.text h2,.text h3,.text h4,.text h5,.text h6", "break-after:avoid")
}

// dataTables writes the data tables.
func (c *sheet) dataTables() {
	c.rule("table.data", "width:100%", "border-collapse:collapse", "table-layout:fixed", "margin-top:"+c.before)
	c.rule(".data th,.data td", "border:"+c.hairline, "padding:1pt 4pt", "vertical-align:middle",
		"font-weight:normal", "white-space:pre-wrap", "overflow-wrap:break-word")
	c.rule(".data tr", "break-inside:avoid")
}

// closing writes the closing: recipients left, signer right.
func (c *sheet) closing() {
	st, sz := c.st, c.st.Sizes
	c.rule("table.closing", "margin-top:"+pt(2*st.SpaceBefore), "break-inside:avoid")
	c.rule(".closing-label", "font-size:"+pt(sz.ClosingLabel), "font-weight:bold", "font-style:italic")
	c.rule(".recipient", "font-size:"+pt(sz.Recipients))
	c.rule(".drafter", "font-size:"+pt(sz.Drafter))
	c.rule(".signer p", "text-align:center", "font-size:"+pt(sz.Signer), "font-weight:bold")
	signSpace := float64(st.SignatureSpace) * float64(sz.Signer) * singleLine * float64(st.LineSpacing) / 100
	c.rule(".sign-space", "height:"+decimal(signSpace, 1)+"pt")
}

// notes writes the notes: after a short separator, like the foot of a page.
func (c *sheet) notes() {
	c.rule(".notes", "margin-top:"+pt(2*c.st.SpaceBefore), "font-size:"+pt(c.st.Sizes.Footnote))
	c.rule(".notes::before", "content:\"\"", "display:block", "width:50mm", "border-top:"+c.hairline, "margin-bottom:2pt")
	c.rule(".note", "text-align:left")
}

// appendices writes the appendices: each on pages of its own.
func (c *sheet) appendices() {
	c.rule(".appendix", "break-before:page")
	c.rule(".appendix-head p", "text-align:center", "font-size:"+pt(c.st.Sizes.Title), "font-weight:bold")
	c.rule(".appendix-head .appendix-ref", "font-weight:normal", "font-style:italic")
	c.rule(".appendix-head", "margin-bottom:"+c.before)
}

// screen writes the page on screen: sheets of paper on a grey desk.
func (c *sheet) screen() {
	st := c.st
	c.b.WriteString("@media screen{")
	c.b.WriteString("html{background:#808080}")
	c.b.WriteString("body{padding:8mm 0}")
	c.b.WriteString(".sheet{box-sizing:border-box;width:" + mm(st.PageWidth) + ";min-height:" + mm(st.PageHeight) +
		";margin:0 auto 8mm;padding:" + c.margins + ";background:#fff;box-shadow:0 1mm 4mm rgba(0,0,0,.45)}")
	c.b.WriteString("}\n")
}

// landscapeSheet returns the CSS of the landscape appendices of l
// (doc.AppendixLayout.Landscape), or nothing when there are none, so the
// page of a document without them is as before. Such an appendix is set
// on a named page, "landscape", of the style's landscape page size
// (doc.Style.Landscape) with the same margins and page number; Chromium
// prints named pages (CSS Paged Media, the page property) and starts a new
// page where the page name changes. On screen its sheet is turned too.
func landscapeSheet(l *doc.Layout) string {
	for _, a := range l.Appendices {
		if !a.Landscape {
			continue
		}
		st := l.Style.Landscape()
		return "@page landscape{size:" + mm(st.PageWidth) + " " + mm(st.PageHeight) + "}\n" +
			".landscape{page:landscape}\n" +
			"@media screen{.sheet.landscape{width:" + mm(st.PageWidth) + ";min-height:" + mm(st.PageHeight) + "}}\n"
	}
	return ""
}

// fontFamily returns the font-family list: the style's font, then the
// fallbacks it does not already name.
func fontFamily(font string) string {
	names := []string{cssString(font)}
	for _, f := range fallbackFonts {
		if !strings.EqualFold(strings.TrimSpace(font), f) {
			names = append(names, cssString(f))
		}
	}
	return strings.Join(names, ",") + ",serif"
}

// cssString quotes s as a CSS string. Everything but letters, digits, space
// and a few harmless marks is written as a CSS escape, so a font name can
// neither end the string nor the <style> element ("</style>" cannot appear).
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range doc.Clean(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9',
			r == ' ', r == '-', r == '_', r == '.', r == ',':
			b.WriteRune(r)
		case r > 0x7f && r != 0xfffd && r != '\u2028' && r != '\u2029':
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, "\\%x ", r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// fitColumns returns the widths of a two-column table in the text area of
// st. The decree's tables (67,5 + 100 mm, 52,8 + 110,9 mm) are wider than
// the text area and stand out into the margins, but a browser clips what
// leaves the page area. So the column whose lines must not wrap keeps its
// width — keep is 1 for the header (quốc hiệu and tiêu ngữ, one line each),
// 0 for the closing (one recipient per line) — and the other column gives up
// the excess; when that is not enough the columns keep their ratio.
func fitColumns(st doc.Style, cols [2]doc.Twips, keep int) [2]doc.Twips {
	text := st.TextWidth()
	total := cols[0] + cols[1]
	if total <= text || text <= 0 {
		return cols
	}
	if cols[keep] < text {
		cols[1-keep] = text - cols[keep]
		return cols
	}
	return [2]doc.Twips{cols[0] * text / total, text - cols[0]*text/total}
}

// mm writes a length in millimetres, to a tenth.
func mm(t doc.Twips) string { return decimal(t.Millimetres(), 1) + "mm" }

// pt writes a size in points.
func pt(p doc.Points) string { return strconv.Itoa(int(p)) + "pt" }

// decimal writes f rounded to places decimals, without trailing zeros.
func decimal(f float64, places int) string {
	scale := math.Pow(10, float64(places))
	f = math.Round(f*scale) / scale
	if f == 0 {
		f = 0 // no "-0"
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}
