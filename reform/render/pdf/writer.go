package pdf

import (
	"bytes"
	"compress/zlib"
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
)

// producer names the program in the document information and metadata.
const producer = "cchc"

// objects collects the numbered objects of a PDF file.
type objects struct {
	bodies [][]byte // by object number - 1
	z      *zlib.Writer
	buf    bytes.Buffer
}

// alloc reserves the next object number.
func (o *objects) alloc() int {
	o.bodies = append(o.bodies, nil)
	return len(o.bodies)
}

// set gives object n its body.
func (o *objects) set(n int, body string) { o.bodies[n-1] = []byte(body) }

// stream gives object n a stream body; the data are compressed with
// FlateDecode unless raw.
func (o *objects) stream(n int, dict string, data []byte, raw bool) {
	if !raw {
		// One compressor serves every stream of the file.
		o.buf.Reset()
		if o.z == nil {
			o.z, _ = zlib.NewWriterLevel(&o.buf, zlib.DefaultCompression)
		} else {
			o.z.Reset(&o.buf)
		}
		o.z.Write(data)
		o.z.Close()
		data = o.buf.Bytes()
		dict += " /Filter /FlateDecode"
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "<< %s /Length %d >>\nstream\n", strings.TrimSpace(dict), len(data))
	b.Write(data)
	b.WriteString("\nendstream")
	o.bodies[n-1] = b.Bytes()
}

// bytes writes the file: header, objects, cross-reference table and
// trailer. The file identifier is the MD5 of the objects, so the same
// document always gives the same bytes.
func (o *objects) bytes(root, info int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")
	offsets := make([]int, len(o.bodies))
	for i, body := range o.bodies {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n", i+1)
		b.Write(body)
		b.WriteString("\nendobj\n")
	}
	sum := md5.Sum(b.Bytes())
	id := strings.ToUpper(hex.EncodeToString(sum[:]))
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(o.bodies)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n",
		len(o.bodies)+1, root, info, id, id, xref)
	return b.Bytes()
}

// ref writes a reference to object n.
func ref(n int) string { return strconv.Itoa(n) + " 0 R" }

// build lays out l and writes it as a PDF file.
func build(l *doc.Layout, o Options) ([]byte, error) {
	if err := l.Check(); err != nil {
		return nil, err
	}
	fam, err := o.Fonts.load()
	if err != nil {
		return nil, err
	}
	b := newBuilder(l, fam)
	if err := b.checkRoom(); err != nil {
		return nil, err
	}
	b.build()
	b.slice()
	pages := b.paginate()
	return b.write(pages, l, o), nil
}

// checkRoom refuses a page that holds fewer than four lines of body text.
// Layout.Check knows the page leaves room for text, not how tall the lines
// of the chosen font are: too few of them fit to paginate.
func (b *builder) checkRoom() error {
	for _, g := range b.geoms {
		if g.area < 4*b.lineHeight(float64(b.st.Sizes.Body), true) {
			return &doc.LayoutError{Problems: []doc.Problem{{Path: "style.page", Code: doc.ProblemStyle,
				Message: "fewer than four lines of body text in the chosen font fit between the margins"}}}
		}
	}
	return nil
}

// newBuilder returns the builder of a checked layout set in fam, with the
// page geometry of its style and its footnotes laid out.
func newBuilder(l *doc.Layout, fam family) *builder {
	st := l.Style
	b := &builder{
		l: l, st: st, sh: newShaper(fam),
		top: pt(st.Margins.Top), bottom: pt(st.Margins.Bottom),
		left: pt(st.Margins.Left), right: pt(st.Margins.Right),
		notes: map[int]*noteBlock{},
	}
	b.geoms = append(b.geoms, b.geometry(st))
	for i := range l.Appendices {
		b.geoms = append(b.geoms, b.geometry(st.PageOf(&l.Appendices[i])))
	}
	b.enter(0)
	// Footnotes are set at the width of the main text, wherever they are
	// referenced: on a landscape page a note is narrower than the text.
	for _, n := range l.Notes {
		b.notes[n.Number] = b.note(n)
	}
	return b
}

// geometry is the page of the style sheet p in points.
func (b *builder) geometry(p doc.Style) geometry {
	w, h := pt(p.PageWidth), pt(p.PageHeight)
	return geometry{pageW: w, pageH: h, textW: w - b.left - b.right, area: h - b.top - b.bottom}
}

// signature is where the signature field goes.
type signature struct {
	page int
	rect [4]float64 // x1, y1, x2, y2 in PDF space
}

// pdfFile is the file being written: its objects and the numbers of those
// other objects refer to.
type pdfFile struct {
	objs                                 objects
	catalog, pages, info, meta, icc, res int
	pageNums                             []int
	sig                                  *signature
	sigObj                               int
}

// write draws the pages and writes the file. The objects are numbered in
// the order they are allocated: catalog, page tree, information,
// metadata, colour profile, resources, fonts, pages, signature field,
// page contents, outline.
func (b *builder) write(pages []*page, l *doc.Layout, o Options) []byte {
	var used [faceCount]bool
	contents, sig := b.drawPages(pages, &used, o.NoSignatureField)
	f := &pdfFile{sig: sig}
	f.catalog, f.pages, f.info, f.meta = f.objs.alloc(), f.objs.alloc(), f.objs.alloc(), f.objs.alloc()
	f.icc = f.objs.alloc()
	f.res = f.objs.alloc()
	f.objs.set(f.res, b.writeFonts(&f.objs, used))
	f.pageNums = make([]int, len(pages))
	for i := range pages {
		f.pageNums[i] = f.objs.alloc()
	}
	f.writeSignature()
	b.writePages(f, pages, contents)
	outlines := b.writeOutlines(&f.objs, f.pageNums)
	f.writeInfo(l.Header)
	f.objs.stream(f.icc, "/N 3", iccProfile(), false)
	f.writeCatalog(outlines)
	return f.objs.bytes(f.catalog, f.info)
}

// drawPages draws the content of each page, marking the faces it uses,
// and returns where the signature field goes: over the signer's block on
// the first page that has it, unless noSig.
func (b *builder) drawPages(pages []*page, used *[faceCount]bool, noSig bool) ([][]byte, *signature) {
	contents := make([][]byte, len(pages))
	var sig *signature
	for i, pg := range pages {
		var rect *[4]float64
		contents[i], rect = b.drawPage(pg, used)
		if rect != nil && sig == nil && !noSig {
			sig = &signature{page: i, rect: *rect}
		}
	}
	return contents, sig
}

// drawPage draws a page: its number, its units, its notes under the
// separator. It returns the content and the rectangle of the first
// signer's block on it, in PDF space.
func (b *builder) drawPage(pg *page, used *[faceCount]bool) ([]byte, *[4]float64) {
	g := b.geoms[pg.section]
	c := &canvas{pageH: g.pageH, used: used}
	if pg.number >= 2 {
		b.drawPageNumber(c, pg.number, g)
	}
	var sig *[4]float64
	for _, p := range pg.body {
		for _, r := range p.u.rules {
			c.rule(r, p.y)
		}
		for _, tl := range p.u.texts {
			c.text(tl, p.y, b.spaceGlyph)
		}
		if s := p.u.sig; s != nil && sig == nil {
			sig = &[4]float64{s[0], g.pageH - (p.y + s[1] + s[3]), s[0] + s[2], g.pageH - (p.y + s[1])}
		}
	}
	b.drawNotes(c, pg, g)
	return c.buf.Bytes(), sig
}

// drawNotes draws the footnotes of a page under their separator, a third
// of the text's width.
func (b *builder) drawNotes(c *canvas, pg *page, g geometry) {
	if len(pg.notes) == 0 {
		return
	}
	c.rule(rule{b.left, 0, b.left + g.textW/3, 0, borderWidth}, pg.separator)
	for _, n := range pg.notes {
		c.text(n.tl, n.y, b.spaceGlyph)
	}
}

// drawPageNumber draws the page number, centred in the top margin: from
// the second page of the text and of each appendix.
func (b *builder) drawPageNumber(c *canvas, number int, g geometry) {
	size := float64(b.st.Sizes.PageNumber)
	ls := breakLines(b.sh.plainTokens(strconv.Itoa(number), style{size: size}), g.textW, g.textW)
	tls, _ := b.place(ls, b.left, g.textW, headerDistance, size, doc.AlignCenter, false, 0)
	for _, tl := range tls {
		c.text(tl, 0, b.spaceGlyph)
	}
}

// spaceGlyph returns the glyph of a space in a face.
func (b *builder) spaceGlyph(face int) uint16 { return b.sh.use[face].cmap.glyph(' ') }

// writeFonts writes the faces used and returns the resource dictionary
// that names them /F1 … /F4.
func (b *builder) writeFonts(objs *objects, used [faceCount]bool) string {
	var fontRefs []string
	for f := range faceCount {
		if !used[f] {
			continue
		}
		n := b.writeFont(objs, f)
		fontRefs = append(fontRefs, fmt.Sprintf("/F%d %s", f+1, ref(n)))
	}
	return "<< /Font << " + strings.Join(fontRefs, " ") + " >> >>"
}

// writeSignature writes the empty signature field and its appearance,
// when the file has one.
func (f *pdfFile) writeSignature() {
	sig := f.sig
	if sig == nil {
		return
	}
	f.sigObj = f.objs.alloc()
	ap := f.objs.alloc()
	w, h := sig.rect[2]-sig.rect[0], sig.rect[3]-sig.rect[1]
	f.objs.stream(ap, fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 %s %s] /Resources << >>", num(w), num(h)), nil, true)
	f.objs.set(f.sigObj, fmt.Sprintf("<< /Type /Annot /Subtype /Widget /FT /Sig /T (%s) /TU %s /F 4 /Rect [%s %s %s %s] /P %s /AP << /N %s >> >>",
		SignatureField, textString(signatureTooltip), num(sig.rect[0]), num(sig.rect[1]), num(sig.rect[2]), num(sig.rect[3]),
		ref(f.pageNums[sig.page]), ref(ap)))
}

// writePages writes each page with its content, and the page tree.
func (b *builder) writePages(f *pdfFile, pages []*page, contents [][]byte) {
	kids := make([]string, len(pages))
	for i, pg := range pages {
		g := b.geoms[pg.section]
		content := f.objs.alloc()
		f.objs.stream(content, "", contents[i], false)
		annots := ""
		if f.sig != nil && f.sig.page == i {
			annots = " /Annots [" + ref(f.sigObj) + "]"
		}
		f.objs.set(f.pageNums[i], fmt.Sprintf("<< /Type /Page /Parent %s /MediaBox [0 0 %s %s] /Resources %s /Contents %s%s >>",
			ref(f.pages), num(g.pageW), num(g.pageH), ref(f.res), ref(content), annots))
		kids[i] = ref(f.pageNums[i])
	}
	f.objs.set(f.pages, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages)))
}

// writeInfo writes the document information dictionary and the XMP
// metadata: the same title, author, subject and dates.
func (f *pdfFile) writeInfo(h doc.HeaderLayout) {
	title := strings.TrimSpace(h.KindName + " " + strings.Join(strings.Fields(h.Subject), " "))
	date, hasDate := render.DocumentDate(h.PlaceDate)
	infoDict := []string{"/Title " + textString(title)}
	if h.IssuingAgency != "" {
		infoDict = append(infoDict, "/Author "+textString(oneLine(h.IssuingAgency)))
	}
	if h.Subject != "" {
		infoDict = append(infoDict, "/Subject "+textString(oneLine(h.Subject)))
	}
	infoDict = append(infoDict, "/Creator ("+producer+")", "/Producer ("+producer+")")
	if hasDate {
		d := pdfDate(date)
		infoDict = append(infoDict, "/CreationDate ("+d+")", "/ModDate ("+d+")")
	}
	f.objs.set(f.info, "<< "+strings.Join(infoDict, " ")+" >>")
	f.objs.stream(f.meta, "/Type /Metadata /Subtype /XML", xmp(title, oneLine(h.IssuingAgency), oneLine(h.Subject), date, hasDate), true)
}

// writeCatalog writes the catalog: the page tree, the metadata, the
// language, the PDF/A output intent, the outline and the form.
func (f *pdfFile) writeCatalog(outlines int) {
	cat := []string{"/Type /Catalog", "/Pages " + ref(f.pages), "/Metadata " + ref(f.meta), "/Lang (vi-VN)",
		"/ViewerPreferences << /DisplayDocTitle true >>",
		fmt.Sprintf("/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB) /Info (sRGB IEC61966-2.1) /DestOutputProfile %s >>]", ref(f.icc))}
	if outlines != 0 {
		cat = append(cat, "/Outlines "+ref(outlines), "/PageMode /UseOutlines")
	}
	if f.sig != nil {
		cat = append(cat, "/AcroForm << /Fields ["+ref(f.sigObj)+"] >>")
	}
	f.objs.set(f.catalog, "<< "+strings.Join(cat, " ")+" >>")
}

// oneLine joins the lines of s with spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// pdfDate writes a date as a PDF date at midnight in Vietnam (UTC+7).
func pdfDate(t time.Time) string {
	return fmt.Sprintf("D:%04d%02d%02d000000+07'00'", t.Year(), int(t.Month()), t.Day())
}

// xmpDate writes a date as an XMP date at midnight in Vietnam.
func xmpDate(t time.Time) string {
	return fmt.Sprintf("%04d-%02d-%02dT00:00:00+07:00", t.Year(), int(t.Month()), t.Day())
}

// xmpHead opens the XMP packet and its description; xmpFoot closes them.
const (
	xmpHead = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" + `<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<dc:format>application/pdf</dc:format>
`
	xmpFoot = "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n" +
		"</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
)

// xmp returns the XMP metadata packet: the same title, author, subject,
// dates and producer as the document information dictionary, and the
// PDF/A-2b identification.
func xmp(title, author, subject string, date time.Time, hasDate bool) []byte {
	var b strings.Builder
	b.WriteString(xmpHead)
	fmt.Fprintf(&b, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:title>\n", xmlText(title))
	if author != "" {
		fmt.Fprintf(&b, "<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>\n", xmlText(author))
	}
	if subject != "" {
		fmt.Fprintf(&b, "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:description>\n", xmlText(subject))
	}
	b.WriteString("<dc:language><rdf:Bag><rdf:li>vi-VN</rdf:li></rdf:Bag></dc:language>\n")
	if hasDate {
		d := xmpDate(date)
		fmt.Fprintf(&b, "<xmp:CreateDate>%s</xmp:CreateDate>\n<xmp:ModifyDate>%s</xmp:ModifyDate>\n<xmp:MetadataDate>%s</xmp:MetadataDate>\n", d, d, d)
	}
	fmt.Fprintf(&b, "<xmp:CreatorTool>%s</xmp:CreatorTool>\n<pdf:Producer>%s</pdf:Producer>\n", producer, producer)
	b.WriteString(xmpFoot)
	// Padding lets a tool update the packet in place.
	for range 20 {
		b.WriteString(strings.Repeat(" ", 99) + "\n")
	}
	b.WriteString(`<?xpacket end="w"?>`)
	return []byte(b.String())
}

// xmlText escapes the characters of s that XML text may not hold as they
// are.
func xmlText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// writeFont writes face f as a Type 0 font with Identity-H encoding over a
// CIDFontType2 font holding the subset of the glyphs used, with a
// ToUnicode CMap; it returns the number of the Type 0 font object.
func (b *builder) writeFont(objs *objects, f int) int {
	u := b.sh.use[f]
	fc := u.f
	used := make(map[uint16]bool, len(u.uni))
	for g := range u.uni {
		used[g] = true
	}
	keep := fc.closure(used)
	name := subsetName(fc.postScript, keep)
	type0, cid, desc, file, tounicode := objs.alloc(), objs.alloc(), objs.alloc(), objs.alloc(), objs.alloc()
	ttf := fc.subset(keep)
	objs.stream(file, fmt.Sprintf("/Length1 %d", len(ttf)), ttf, false)
	objs.set(desc, fontDescriptor(fc, name, file))
	objs.set(cid, fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %s /DW 0 /W [%s] /CIDToGIDMap /Identity >>",
		name, ref(desc), glyphWidths(fc, used)))
	objs.stream(tounicode, "", toUnicode(u.uni), false)
	objs.set(type0, fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%s] /ToUnicode %s >>",
		name, ref(cid), ref(tounicode)))
	return type0
}

// subsetName is the name of a subset: a tag of six capitals made of the
// glyphs it holds, then the font's PostScript name.
func subsetName(postScript string, keep []uint16) string {
	h := fnv.New64a()
	h.Write([]byte(postScript))
	for _, g := range keep {
		h.Write([]byte{byte(g >> 8), byte(g)})
	}
	sum := h.Sum64()
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + byte(sum%26)
		sum /= 26
	}
	return string(tag) + "+" + postScript
}

// fontDescriptor is the font descriptor of face fc named name, its font
// file in object file.
func fontDescriptor(fc *face, name string, file int) string {
	scale := func(v int) string { return num(float64(v) * 1000 / float64(fc.unitsPerEm)) }
	flags := 4 | 2 // symbolic (the glyphs are reached by id), serif
	if fc.italic || fc.italicAngle != 0 {
		flags |= 64
	}
	stemV := 80
	if fc.bold {
		stemV = 140
	}
	return fmt.Sprintf("<< /Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [%s %s %s %s] /ItalicAngle %s /Ascent %s /Descent %s /CapHeight %s /StemV %d /FontFile2 %s >>",
		name, flags, scale(fc.bbox[0]), scale(fc.bbox[1]), scale(fc.bbox[2]), scale(fc.bbox[3]),
		num(fc.italicAngle), scale(fc.ascent), scale(-fc.descent), scale(fc.capHeight), stemV, ref(file))
}

// glyphWidths writes the widths of the glyphs shown, runs of consecutive
// ids together: "3 [250 333] 17 [500]".
func glyphWidths(fc *face, used map[uint16]bool) string {
	shown := slices.Sorted(maps.Keys(used))
	var w strings.Builder
	for i := 0; i < len(shown); {
		j := i + 1
		for j < len(shown) && shown[j] == shown[j-1]+1 {
			j++
		}
		fmt.Fprintf(&w, "%d [", shown[i])
		for k := i; k < j; k++ {
			if k > i {
				w.WriteByte(' ')
			}
			w.WriteString(num(fc.em(shown[k])))
		}
		w.WriteString("] ")
		i = j
	}
	return strings.TrimSpace(w.String())
}

// toUnicode writes the CMap that maps each glyph shown back to its text.
func toUnicode(uni map[uint16]string) []byte {
	gs := make([]uint16, 0, len(uni))
	for g, s := range uni {
		if s != "" {
			gs = append(gs, g)
		}
	}
	slices.Sort(gs)
	var b bytes.Buffer
	b.WriteString(toUnicodeHead)
	for i := 0; i < len(gs); i += 100 {
		chunk := gs[i:min(i+100, len(gs))]
		fmt.Fprintf(&b, "%d beginbfchar\n", len(chunk))
		for _, g := range chunk {
			t := textString(uni[g])
			fmt.Fprintf(&b, "<%s> <%s>\n", hex4(g), t[5:len(t)-1])
		}
		b.WriteString("endbfchar\n")
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return b.Bytes()
}

// toUnicodeHead opens the ToUnicode CMap.
const toUnicodeHead = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
`

// outlineNode is an entry of the document outline and the entries under
// it; obj is its object number.
type outlineNode struct {
	item     *outlineItem
	obj      int
	children []*outlineNode
}

// writeOutlines writes the document outline (bookmarks) of the headings,
// nested by depth, every entry open; it returns the outline root's number,
// or 0 when there is no heading.
func (b *builder) writeOutlines(objs *objects, pageNums []int) int {
	root := outlineTree(b.outlines, len(pageNums))
	if len(root.children) == 0 {
		return 0
	}
	root.obj = objs.alloc()
	total := root.number(objs)
	root.write(objs, pageNums)
	objs.set(root.obj, fmt.Sprintf("<< /Type /Outlines /First %s /Last %s /Count %d >>",
		ref(root.children[0].obj), ref(root.children[len(root.children)-1].obj), total))
	return root.obj
}

// outlineTree nests the items placed on one of the pages by depth, under
// a root.
func outlineTree(items []*outlineItem, pages int) *outlineNode {
	root := &outlineNode{}
	stack := []*outlineNode{root}
	for _, it := range items {
		if it.page < 0 || it.page >= pages {
			continue
		}
		d := max(it.depth, 1)
		for len(stack) > d {
			stack = stack[:len(stack)-1]
		}
		parent := stack[len(stack)-1]
		n := &outlineNode{item: it}
		parent.children = append(parent.children, n)
		stack = append(stack, n)
	}
	return root
}

// number gives the entries under n their object numbers, depth first, and
// returns how many there are.
func (n *outlineNode) number(objs *objects) int {
	count := 0
	for _, c := range n.children {
		c.obj = objs.alloc()
		count += 1 + c.number(objs)
	}
	return count
}

// write writes the entries under n, depth first, and returns how many
// there are.
func (n *outlineNode) write(objs *objects, pageNums []int) int {
	count := 0
	for i, c := range n.children {
		sub := c.write(objs, pageNums)
		count += 1 + sub
		objs.set(c.obj, "<< "+strings.Join(n.entry(i, sub, pageNums), " ")+" >>")
	}
	return count
}

// entry returns the keys of the dictionary of child i of n, which has sub
// entries under it.
func (n *outlineNode) entry(i, sub int, pageNums []int) []string {
	c := n.children[i]
	d := []string{"/Title " + textString(c.item.title), "/Parent " + ref(n.obj)}
	if i > 0 {
		d = append(d, "/Prev "+ref(n.children[i-1].obj))
	}
	if i+1 < len(n.children) {
		d = append(d, "/Next "+ref(n.children[i+1].obj))
	}
	if len(c.children) > 0 {
		d = append(d, "/First "+ref(c.children[0].obj), "/Last "+ref(c.children[len(c.children)-1].obj),
			"/Count "+strconv.Itoa(sub))
	}
	return append(d, fmt.Sprintf("/Dest [%s /XYZ 0 %s 0]", ref(pageNums[c.item.page]), num(c.item.pageH-c.item.y)))
}
