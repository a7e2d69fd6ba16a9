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
	var b strings.Builder
	rule := func(selector string, decls ...string) {
		b.WriteString(selector)
		b.WriteString("{")
		b.WriteString(strings.Join(decls, ";"))
		b.WriteString("}\n")
	}
	m := st.Margins
	margins := mm(m.Top) + " " + mm(m.Right) + " " + mm(m.Bottom) + " " + mm(m.Left)
	lineHeight := decimal(singleLine*float64(st.LineSpacing)/100, 3)
	indent := mm(st.FirstLineIndent)
	before := pt(st.SpaceBefore)
	hairline := "0.75pt solid #000"
	sz := st.Sizes

	// The page: A4 and its margins; the page number centred in the top
	// margin from page 2 on.
	b.WriteString("@page{size:" + mm(st.PageWidth) + " " + mm(st.PageHeight) + ";margin:" + margins +
		";@top-center{content:counter(page);font-family:" + fontFamily(st.Font) + ";font-size:" + pt(sz.PageNumber) + "}}\n")
	b.WriteString("@page:first{@top-center{content:none}}\n")
	rule("html", "background:#fff")
	rule("body", "margin:0", "font-family:"+fontFamily(st.Font), "font-size:"+pt(sz.Body),
		"line-height:"+lineHeight, "color:#000", "font-kerning:normal")
	rule("p,h1,h2,h3,h4,h5,h6", "margin:0", "font-size:inherit", "font-weight:normal", "font-style:normal",
		"white-space:pre-wrap", "overflow-wrap:break-word")
	rule(".b", "font-weight:bold")
	rule(".i", "font-style:italic")
	rule("sup", "font-size:65%", "line-height:0", "vertical-align:super")
	rule("a", "color:inherit", "text-decoration:none")

	// Header and closing: two borderless columns, as wide as the text area
	// at most (see fitColumns).
	for _, t := range []struct {
		class string
		cols  [2]doc.Twips
		keep  int
	}{{"header", st.HeaderColumns, 1}, {"closing", st.ClosingColumns, 0}} {
		cols := fitColumns(st, t.cols, t.keep)
		rule("table."+t.class, "border-collapse:collapse", "table-layout:fixed", "width:"+mm(cols[0]+cols[1]))
		rule("."+t.class+" td", "padding:0", "vertical-align:top")
	}
	// The number and the place-date share a row; equal line boxes put their
	// baselines within a fraction of a point of each other (Chromium does not
	// align table cells on the baselines of block children).
	rowLine := float64(max(sz.Number, sz.PlaceDate)) * singleLine * float64(st.LineSpacing) / 100
	rule(".header tr+tr p", "line-height:"+decimal(rowLine, 1)+"pt")
	rule(".header p", "text-align:center")
	rule(".header td:first-child", "padding-right:3mm")
	rule(".agency", "font-size:"+pt(sz.Agency))
	rule(".issuer", "font-weight:bold")
	rule(".national", "font-size:"+pt(sz.NationalTitle), "font-weight:bold")
	rule(".motto", "font-size:"+pt(sz.Motto), "font-weight:bold")
	rule(".number", "font-size:"+pt(sz.Number), "padding-top:"+before)
	rule(".place-date", "font-size:"+pt(sz.PlaceDate), "font-style:italic", "padding-top:"+before)
	rule(".mark", "padding-top:"+before)
	rule(".mark span,.draft span", "display:inline-block", "border:"+hairline, "padding:0 4pt",
		"font-size:"+pt(sz.Marks), "font-weight:bold")
	rule(".ruled", "display:inline-block")
	rule(".ruled::after", "content:\"\"", "display:block", "margin:3pt auto 0", "border-top:"+hairline)
	rule(".short::after", "width:"+ruleShare)
	rule(".full::after", "width:100%")

	// Title block and addressees.
	rule(".title", "margin:1em 0 "+before)
	rule(".title p", "text-align:center", "font-size:"+pt(sz.Title), "font-weight:bold")
	rule(".title .draft", "margin-bottom:"+before)
	rule(".to", "margin-top:"+before)
	rule(".to p", "text-indent:"+indent)
	rule(".to .to-item", "padding-left:"+indent)

	// Body: justified, first-line indent, space before.
	rule(".text p,.text h1,.text h2,.text h3,.text h4,.text h5,.text h6",
		"margin-top:"+before, "text-indent:"+indent, "text-align:justify")
	rule(".text .al,.data .al", "text-align:left")
	rule(".text .ac,.data .ac", "text-align:center")
	rule(".text .ar,.data .ar", "text-align:right")
	rule(".text .aj,.data .aj", "text-align:justify")
	rule(".text .ni", "text-indent:0")
	rule(".text h1,.text h2,.text h3,.text h4,.text h5,.text h6", "break-after:avoid")

	// Data tables.
	rule("table.data", "width:100%", "border-collapse:collapse", "table-layout:fixed", "margin-top:"+before)
	rule(".data th,.data td", "border:"+hairline, "padding:1pt 4pt", "vertical-align:middle",
		"font-weight:normal", "white-space:pre-wrap", "overflow-wrap:break-word")
	rule(".data tr", "break-inside:avoid")

	// Closing: recipients left, signer right.
	rule("table.closing", "margin-top:"+pt(2*st.SpaceBefore), "break-inside:avoid")
	rule(".closing-label", "font-size:"+pt(sz.ClosingLabel), "font-weight:bold", "font-style:italic")
	rule(".recipient", "font-size:"+pt(sz.Recipients))
	rule(".drafter", "font-size:"+pt(sz.Drafter))
	rule(".signer p", "text-align:center", "font-size:"+pt(sz.Signer), "font-weight:bold")
	signSpace := float64(st.SignatureSpace) * float64(sz.Signer) * singleLine * float64(st.LineSpacing) / 100
	rule(".sign-space", "height:"+decimal(signSpace, 1)+"pt")

	// Notes: after a short separator, like the foot of a page.
	rule(".notes", "margin-top:"+pt(2*st.SpaceBefore), "font-size:"+pt(sz.Footnote))
	rule(".notes::before", "content:\"\"", "display:block", "width:50mm", "border-top:"+hairline, "margin-bottom:2pt")
	rule(".note", "text-align:left")

	// Appendices: each on pages of its own.
	rule(".appendix", "break-before:page")
	rule(".appendix-head p", "text-align:center", "font-size:"+pt(sz.Title), "font-weight:bold")
	rule(".appendix-head .appendix-ref", "font-weight:normal", "font-style:italic")
	rule(".appendix-head", "margin-bottom:"+before)

	// On screen: sheets of paper on a grey desk.
	b.WriteString("@media screen{")
	b.WriteString("html{background:#808080}")
	b.WriteString("body{padding:8mm 0}")
	b.WriteString(".sheet{box-sizing:border-box;width:" + mm(st.PageWidth) + ";min-height:" + mm(st.PageHeight) +
		";margin:0 auto 8mm;padding:" + margins + ";background:#fff;box-shadow:0 1mm 4mm rgba(0,0,0,.45)}")
	b.WriteString("}\n")
	return b.String()
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
