package docx

import (
	"bytes"
	"strconv"
	"strings"
	"time"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/vn"
)

// Namespaces and relationship types of the package.
const (
	nsW        = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR        = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkgRels  = "http://schemas.openxmlformats.org/package/2006/relationships"
	nsTypes    = "http://schemas.openxmlformats.org/package/2006/content-types"
	nsCore     = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
	nsExtended = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
	relBase    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	typeBase   = "application/vnd.openxmlformats-officedocument."
)

// The names of the parts, in the order Parts returns them and Write stores
// them.
const (
	PartContentTypes = "[Content_Types].xml"
	PartRels         = "_rels/.rels"
	PartCore         = "docProps/core.xml"
	PartApp          = "docProps/app.xml"
	PartDocument     = "word/document.xml"
	PartStyles       = "word/styles.xml"
	PartSettings     = "word/settings.xml"
	PartFontTable    = "word/fontTable.xml"
	PartFootnotes    = "word/footnotes.xml"
	PartHeader       = "word/header1.xml"
	PartFirstHeader  = "word/header2.xml"
	PartDocumentRels = "word/_rels/document.xml.rels"
)

// Part is one part (file) of the DOCX package: its name inside the zip and
// its XML.
type Part struct {
	// Name is the part's path in the package, e.g. "word/document.xml".
	Name string
	// Data is the part's XML.
	Data []byte
}

// Parts maps a layout to the XML parts of a DOCX package, in a fixed order
// (see the Part… constants). A layout that Layout.Check refuses (one built
// by hand, not by doc.Lay) comes back as Check's *doc.LayoutError, naming
// the place of every problem.
func Parts(l *doc.Layout) ([]Part, error) {
	if err := l.Check(); err != nil {
		return nil, err
	}
	// The parts of the layout are written one after the other into one
	// buffer, allocated once at about their size.
	b := newBuilder(l, &xmlWriter{b: make([]byte, 0, partsSize(l))})
	parts := make([]Part, len(packageParts))
	for i, p := range packageParts {
		parts[i] = Part{Name: p.name, Data: b.part(p)}
	}
	return parts, nil
}

// newBuilder returns a builder of the parts of l that writes with x.
func newBuilder(l *doc.Layout, x *xmlWriter) *builder {
	return &builder{l: l, st: l.Style, page: l.Style, headings: len(l.Style.Levels), x: x}
}

// part returns the XML of p: a copy of a static part, or the part written
// after what b.x holds, its capacity its length (appending to it never
// writes into the part after it).
func (b *builder) part(p packagePart) []byte {
	if p.write == nil {
		return bytes.Clone(p.static) // the caller's to change
	}
	start := b.x.begin()
	p.write(b)
	return b.x.part(start)
}

// packagePart is how a part of the package is made: static, the same bytes
// for every layout, or written for each layout by write, after the XML
// declaration.
type packagePart struct {
	name   string
	static []byte
	write  func(b *builder)
}

// packageParts are the parts of the package in their order, the static ones
// built when the package is initialised. Never changed: safe for concurrent
// use.
var packageParts = [...]packagePart{
	{name: PartContentTypes, static: contentTypes()},
	{name: PartRels, static: packageRels()},
	{name: PartCore, write: func(b *builder) { coreProps(b.x, b.l) }},
	{name: PartApp, write: func(b *builder) { appProps(b.x, b.l) }},
	{name: PartDocument, write: (*builder).document},
	{name: PartStyles, write: func(b *builder) { styles(b.x, b.l.Style, b.headings) }},
	{name: PartSettings, static: settings()},
	{name: PartFontTable, write: func(b *builder) { fontTable(b.x, b.l.Style.Font) }},
	{name: PartFootnotes, write: (*builder).footnotes},
	{name: PartHeader, static: header(true)},
	{name: PartFirstHeader, static: header(false)},
	{name: PartDocumentRels, static: documentRels()},
}

func contentTypes() []byte {
	x := newXML(1 << 10)
	x.open("Types", "xmlns", nsTypes)
	x.empty("Default", "Extension", "rels", "ContentType", "application/vnd.openxmlformats-package.relationships+xml")
	x.empty("Default", "Extension", "xml", "ContentType", "application/xml")
	for _, o := range [...]struct{ part, typ string }{
		{PartCore, "application/vnd.openxmlformats-package.core-properties+xml"},
		{PartApp, typeBase + "extended-properties+xml"},
		{PartDocument, typeBase + "wordprocessingml.document.main+xml"},
		{PartStyles, typeBase + "wordprocessingml.styles+xml"},
		{PartSettings, typeBase + "wordprocessingml.settings+xml"},
		{PartFontTable, typeBase + "wordprocessingml.fontTable+xml"},
		{PartFootnotes, typeBase + "wordprocessingml.footnotes+xml"},
		{PartHeader, typeBase + "wordprocessingml.header+xml"},
		{PartFirstHeader, typeBase + "wordprocessingml.header+xml"},
	} {
		x.empty("Override", "PartName", "/"+o.part, "ContentType", o.typ)
	}
	x.close("Types")
	return x.bytes()
}

func packageRels() []byte {
	x := newXML(1 << 10)
	x.open("Relationships", "xmlns", nsPkgRels)
	x.empty("Relationship", "Id", "rId1", "Type", relBase+"officeDocument", "Target", PartDocument)
	x.empty("Relationship", "Id", "rId2", "Type", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "Target", PartCore)
	x.empty("Relationship", "Id", "rId3", "Type", relBase+"extended-properties", "Target", PartApp)
	x.close("Relationships")
	return x.bytes()
}

// documentRels are the relationships of word/document.xml; the ids of the
// headers are those the sections refer to.
func documentRels() []byte {
	x := newXML(1 << 10)
	x.open("Relationships", "xmlns", nsPkgRels)
	for _, r := range [...]struct{ id, typ, target string }{
		{"rId1", "styles", "styles.xml"},
		{"rId2", "settings", "settings.xml"},
		{"rId3", "fontTable", "fontTable.xml"},
		{"rId4", "footnotes", "footnotes.xml"},
		{ridHeaderDefault, "header", "header1.xml"},
		{ridHeaderFirst, "header", "header2.xml"},
	} {
		x.empty("Relationship", "Id", r.id, "Type", relBase+r.typ, "Target", r.target)
	}
	x.close("Relationships")
	return x.bytes()
}

// creator is the author the package's properties name.
const creator = "cchc"

// documentDate returns the date of the document read back from its
// place-date line, or false when the line holds no date. The package
// properties carry it instead of the time of writing, so the same layout
// always gives the same bytes.
func documentDate(placeDate string) (time.Time, bool) {
	i := strings.LastIndex(placeDate, ", ")
	if i < 0 {
		return time.Time{}, false
	}
	t, err := vn.ParseDate(placeDate[i+2:])
	return t, err == nil
}

// coreProps writes docProps/core.xml, its declaration aside, after what x
// holds.
func coreProps(x *xmlWriter, l *doc.Layout) {
	x.open("cp:coreProperties", "xmlns:cp", nsCore, "xmlns:dc", "http://purl.org/dc/elements/1.1/",
		"xmlns:dcterms", "http://purl.org/dc/terms/", "xmlns:dcmitype", "http://purl.org/dc/dcmitype/",
		"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
	title := strings.TrimSpace(l.Header.KindName + " " + strings.ReplaceAll(l.Header.Subject, "\n", " "))
	x.leaf("dc:title", title)
	if l.Header.Subject != "" {
		x.leaf("dc:subject", l.Header.Subject)
	}
	x.leaf("dc:creator", creator)
	x.leaf("cp:lastModifiedBy", creator)
	x.leaf("dc:language", "vi-VN")
	if t, ok := documentDate(l.Header.PlaceDate); ok {
		stamp := t.Format("2006-01-02T15:04:05Z")
		x.leaf("dcterms:created", stamp, "xsi:type", "dcterms:W3CDTF")
		x.leaf("dcterms:modified", stamp, "xsi:type", "dcterms:W3CDTF")
	}
	x.close("cp:coreProperties")
}

// appProps writes docProps/app.xml, its declaration aside, after what x
// holds.
func appProps(x *xmlWriter, l *doc.Layout) {
	x.open("Properties", "xmlns", nsExtended,
		"xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes")
	x.leaf("Application", creator)
	if l.Header.IssuingAgency != "" {
		// The header's lines of the name, on one line.
		x.leaf("Company", strings.ReplaceAll(l.Header.IssuingAgency, "\n", " "))
	}
	x.close("Properties")
}

// styles writes word/styles.xml, its declaration aside, after what x
// holds: the font, size and language of the whole document in the
// defaults, and the styles the document uses.
func styles(x *xmlWriter, st doc.Style, headings int) {
	x.open("w:styles", "xmlns:w", nsW)
	docDefaults(x, st)
	baseStyles(x)
	// Body text: justified, the first-line indent, the space before and
	// the line spacing of the style sheet.
	openStyle(x, "paragraph", styleBody, "Body Text", false)
	x.val("w:basedOn", "Normal")
	x.empty("w:qFormat")
	(&pPr{
		spacing: spacing{before: int(st.SpaceBefore) * 20, setBefore: true, line: st.LineSpacing * 240 / 100, setLine: true},
		ind:     indent{firstLine: int(st.FirstLineIndent), setFirst: true},
		jc:      "both",
	}).write(x)
	x.close("w:style")
	for i := 1; i <= headings; i++ {
		headingStyleDef(x, i)
	}
	auxStyles(x, st)
	x.close("w:styles")
}

// docDefaults writes the document defaults: the font, its colour and
// size, the language, and single-spaced paragraphs with no space after.
func docDefaults(x *xmlWriter, st doc.Style) {
	x.open("w:docDefaults")
	x.open("w:rPrDefault")
	x.open("w:rPr")
	x.empty("w:rFonts", "w:ascii", st.Font, "w:eastAsia", st.Font, "w:hAnsi", st.Font, "w:cs", st.Font)
	x.val("w:color", "000000")
	x.valInt("w:sz", int(st.Sizes.Body)*2)
	x.valInt("w:szCs", int(st.Sizes.Body)*2)
	x.empty("w:lang", "w:val", "vi-VN", "w:eastAsia", "vi-VN", "w:bidi", "ar-SA")
	x.close("w:rPr")
	x.close("w:rPrDefault")
	x.open("w:pPrDefault")
	x.open("w:pPr")
	x.empty("w:spacing", "w:after", "0", "w:line", "240", "w:lineRule", "auto")
	x.close("w:pPr")
	x.close("w:pPrDefault")
	x.close("w:docDefaults")
}

// openStyle opens a w:style and writes its name; dflt makes it the default
// style of its type.
func openStyle(x *xmlWriter, typ, id, name string, dflt bool) {
	x.start("w:style")
	x.attr("w:type", typ)
	if dflt {
		x.attr("w:default", "1")
	}
	x.attr("w:styleId", id)
	x.byte1('>')
	x.val("w:name", name)
}

// hiddenStyle writes the marks of a style Word lists only when it is used.
func hiddenStyle(x *xmlWriter, priority string) {
	x.val("w:uiPriority", priority)
	x.empty("w:semiHidden")
	x.empty("w:unhideWhenUsed")
}

// baseStyles writes the default styles of paragraphs, characters and
// tables.
func baseStyles(x *xmlWriter) {
	openStyle(x, "paragraph", "Normal", "Normal", true)
	x.empty("w:qFormat")
	x.open("w:pPr")
	x.empty("w:widowControl")
	x.close("w:pPr")
	x.close("w:style")
	openStyle(x, "character", "DefaultParagraphFont", "Default Paragraph Font", true)
	hiddenStyle(x, "1")
	x.close("w:style")
	openStyle(x, "table", "TableNormal", "Normal Table", true)
	hiddenStyle(x, "99")
	x.open("w:tblPr")
	x.empty("w:tblInd", "w:w", "0", "w:type", "dxa")
	x.open("w:tblCellMar")
	x.empty("w:top", "w:w", "0", "w:type", "dxa")
	x.empty("w:left", "w:w", "108", "w:type", "dxa")
	x.empty("w:bottom", "w:w", "0", "w:type", "dxa")
	x.empty("w:right", "w:w", "108", "w:type", "dxa")
	x.close("w:tblCellMar")
	x.close("w:tblPr")
	x.close("w:style")
}

// headingStyleDef writes the style of headings of level i (1 …): they look
// like body text (their emphasis is on their runs); the outline level puts
// them in Word's navigation pane.
func headingStyleDef(x *xmlWriter, i int) {
	x.raw(`<w:style w:type="paragraph" w:styleId="`)
	x.raw(headingStyle(i))
	x.raw(`"><w:name w:val="heading `)
	x.b = strconv.AppendInt(x.b, int64(i), 10)
	x.raw(`"/>`)
	x.val("w:basedOn", styleBody)
	x.val("w:next", styleBody)
	x.val("w:uiPriority", "9")
	x.empty("w:qFormat")
	(&pPr{keepNext: true, keepLines: true, outline: i}).write(x)
	x.close("w:style")
}

// auxStyles writes the styles of table text, footnotes and the page
// header.
func auxStyles(x *xmlWriter, st doc.Style) {
	openStyle(x, "paragraph", styleTable, "Table Text", false)
	x.val("w:basedOn", "Normal")
	x.empty("w:qFormat")
	(&pPr{spacing: spacing{before: cellSpace, after: cellSpace, setBefore: true, setAfter: true}}).write(x)
	x.close("w:style")
	// Footnotes are flush left: Word justifies a short note of two lines
	// with stretched spaces.
	openStyle(x, "paragraph", styleFootnote, "footnote text", false)
	x.val("w:basedOn", "Normal")
	hiddenStyle(x, "99")
	(&pPr{jc: "left"}).write(x)
	(&rPr{size: st.Sizes.Footnote}).write(x)
	x.close("w:style")
	openStyle(x, "character", styleFootnoteRef, "footnote reference", false)
	x.val("w:basedOn", "DefaultParagraphFont")
	hiddenStyle(x, "99")
	(&rPr{superscript: true}).write(x)
	x.close("w:style")
	openStyle(x, "paragraph", styleHeader, "header", false)
	x.val("w:basedOn", "Normal")
	hiddenStyle(x, "99")
	(&pPr{jc: "center"}).write(x)
	(&rPr{size: st.Sizes.PageNumber}).write(x)
	x.close("w:style")
}

// settings writes word/settings.xml: continuous Arabic footnote numbering at
// the foot of the page, Word 2013+ layout, Vietnamese number separators.
func settings() []byte {
	x := newXML(1 << 10)
	x.open("w:settings", "xmlns:w", nsW)
	x.empty("w:zoom", "w:percent", "100")
	x.val("w:defaultTabStop", "720")
	x.val("w:characterSpacingControl", "doNotCompress")
	x.open("w:footnotePr")
	x.val("w:pos", "pageBottom")
	x.val("w:numFmt", "decimal")
	x.val("w:numStart", "1")
	x.val("w:numRestart", "continuous")
	x.empty("w:footnote", "w:id", "-1")
	x.empty("w:footnote", "w:id", "0")
	x.close("w:footnotePr")
	x.open("w:compat")
	x.empty("w:compatSetting", "w:name", "compatibilityMode", "w:uri", "http://schemas.microsoft.com/office/word", "w:val", "15")
	x.close("w:compat")
	x.empty("w:themeFontLang", "w:val", "vi-VN")
	x.val("w:decimalSymbol", ",")
	x.val("w:listSeparator", ";")
	x.close("w:settings")
	return x.bytes()
}

// fontTable writes word/fontTable.xml, its declaration aside, after what
// x holds, with the one font of the document.
func fontTable(x *xmlWriter, font string) {
	x.open("w:fonts", "xmlns:w", nsW)
	x.open("w:font", "w:name", font)
	if font == "Times New Roman" {
		x.val("w:panose1", "02020603050405020304")
		x.val("w:charset", "00")
		x.val("w:family", "roman")
		x.val("w:pitch", "variable")
	}
	x.close("w:font")
	x.close("w:fonts")
}

// footnotes writes word/footnotes.xml, its declaration aside, after what
// b.x holds: the separators Word expects (ids -1 and 0), then one footnote
// per note of the layout, its id the note's number.
func (b *builder) footnotes() {
	x := b.x
	x.open("w:footnotes", "xmlns:w", nsW, "xmlns:r", nsR)
	for _, sep := range [...]struct{ typ, id string }{{"separator", "-1"}, {"continuationSeparator", "0"}} {
		x.open("w:footnote", "w:type", sep.typ, "w:id", sep.id)
		x.open("w:p")
		x.open("w:r")
		x.empty("w:" + sep.typ)
		x.close("w:r")
		x.close("w:p")
		x.close("w:footnote")
	}
	for _, n := range b.l.Notes {
		x.start("w:footnote")
		x.attrInt("w:id", n.Number)
		x.byte1('>')
		writePara(x, pPr{style: styleFootnote}, func(x *xmlWriter) {
			x.open("w:r")
			(&rPr{style: styleFootnoteRef, superscript: true}).write(x)
			x.empty("w:footnoteRef")
			x.close("w:r")
			writeRun(x, rPr{}, " ")
			for _, s := range n.Spans {
				writeRun(x, rPr{bold: s.Bold, italic: s.Italic}, s.Text)
			}
		})
		x.close("w:footnote")
		x.spill()
	}
	x.close("w:footnotes")
}

// header writes a page header: the centred PAGE field, or, for the first
// page of each section, an empty paragraph.
func header(number bool) []byte {
	x := newXML(1 << 10)
	x.open("w:hdr", "xmlns:w", nsW, "xmlns:r", nsR)
	writePara(x, pPr{style: styleHeader}, func(x *xmlWriter) {
		if !number {
			return
		}
		field := func(typ string) {
			x.open("w:r")
			x.empty("w:fldChar", "w:fldCharType", typ)
			x.close("w:r")
		}
		field("begin")
		x.open("w:r")
		x.leaf("w:instrText", " PAGE ", "xml:space", "preserve")
		x.close("w:r")
		field("separate")
		writeRun(x, rPr{}, "1")
		field("end")
	})
	x.close("w:hdr")
	return x.bytes()
}
