package pdf

import (
	"bytes"
	"compress/zlib"
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/vn"
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

func ref(n int) string { return strconv.Itoa(n) + " 0 R" }

// documentDate returns the date of the document read back from its
// place-date line, or false when the line holds no date.
func documentDate(placeDate string) (time.Time, bool) {
	i := strings.LastIndex(placeDate, ", ")
	if i < 0 {
		return time.Time{}, false
	}
	t, err := vn.ParseDate(placeDate[i+2:])
	return t, err == nil
}

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
	for _, g := range b.geoms {
		if g.area < 4*b.lineHeight(float64(b.st.Sizes.Body), true) {
			// Layout.Check knows the page leaves room for text, not how
			// tall the lines of the chosen font are: too few of them fit
			// to paginate.
			return nil, &doc.LayoutError{Problems: []doc.Problem{{Path: "style.page", Code: doc.ProblemStyle,
				Message: "fewer than four lines of body text in the chosen font fit between the margins"}}}
		}
	}
	b.build()
	b.slice()
	pages := b.paginate()
	return b.write(pages, l, o)
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
	geom := func(p doc.Style) geometry {
		w, h := pt(p.PageWidth), pt(p.PageHeight)
		return geometry{pageW: w, pageH: h, textW: w - b.left - b.right, area: h - b.top - b.bottom}
	}
	b.geoms = append(b.geoms, geom(st))
	for i := range l.Appendices {
		b.geoms = append(b.geoms, geom(st.PageOf(&l.Appendices[i])))
	}
	b.enter(0)
	// Footnotes are set at the width of the main text, wherever they are
	// referenced: on a landscape page a note is narrower than the text.
	for _, n := range l.Notes {
		b.notes[n.Number] = b.note(n)
	}
	return b
}

// signature is where the signature field goes.
type signature struct {
	page int
	rect [4]float64 // x1, y1, x2, y2 in PDF space
}

// write draws the pages and writes the file.
func (b *builder) write(pages []*page, l *doc.Layout, o Options) ([]byte, error) {
	var used [faceCount]bool
	space := func(face int) uint16 { return b.sh.use[face].cmap.glyph(' ') }
	contents := make([][]byte, len(pages))
	var sig *signature
	pnSize := float64(b.st.Sizes.PageNumber)
	for i, pg := range pages {
		g := b.geoms[pg.section]
		c := &canvas{pageH: g.pageH, used: &used}
		// The page number, centred in the top margin, from the second page
		// of the text and of each appendix.
		if pg.number >= 2 {
			ls := breakLines(b.sh.plainTokens(strconv.Itoa(pg.number), style{size: pnSize}), g.textW, g.textW)
			tls, _ := b.place(ls, b.left, g.textW, headerDistance, pnSize, doc.AlignCenter, false, 0)
			for _, tl := range tls {
				c.text(tl, 0, space)
			}
		}
		for _, p := range pg.body {
			for _, r := range p.u.rules {
				c.rule(r, p.y)
			}
			for _, tl := range p.u.texts {
				c.text(tl, p.y, space)
			}
			if p.u.sig != nil && sig == nil && !o.NoSignatureField {
				s := p.u.sig
				sig = &signature{page: i, rect: [4]float64{s[0], g.pageH - (p.y + s[1] + s[3]), s[0] + s[2], g.pageH - (p.y + s[1])}}
			}
		}
		if len(pg.notes) > 0 {
			c.rule(rule{b.left, 0, b.left + g.textW/3, 0, borderWidth}, pg.separator)
			for _, n := range pg.notes {
				c.text(n.tl, n.y, space)
			}
		}
		contents[i] = c.buf.Bytes()
	}

	var objs objects
	catalog, pagesObj, info, meta := objs.alloc(), objs.alloc(), objs.alloc(), objs.alloc()
	icc := objs.alloc()
	res := objs.alloc()
	// Fonts.
	var fontRefs []string
	for f := range faceCount {
		if !used[f] {
			continue
		}
		n := b.writeFont(&objs, f)
		fontRefs = append(fontRefs, fmt.Sprintf("/F%d %s", f+1, ref(n)))
	}
	objs.set(res, "<< /Font << "+strings.Join(fontRefs, " ")+" >> >>")
	// Pages.
	pageNums := make([]int, len(pages))
	for i := range pages {
		pageNums[i] = objs.alloc()
	}
	var sigObj int
	if sig != nil {
		sigObj = objs.alloc()
		ap := objs.alloc()
		w, h := sig.rect[2]-sig.rect[0], sig.rect[3]-sig.rect[1]
		objs.stream(ap, fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 %s %s] /Resources << >>", num(w), num(h)), nil, true)
		objs.set(sigObj, fmt.Sprintf("<< /Type /Annot /Subtype /Widget /FT /Sig /T (%s) /TU %s /F 4 /Rect [%s %s %s %s] /P %s /AP << /N %s >> >>",
			SignatureField, textString(signatureTooltip), num(sig.rect[0]), num(sig.rect[1]), num(sig.rect[2]), num(sig.rect[3]),
			ref(pageNums[sig.page]), ref(ap)))
	}
	kids := make([]string, len(pages))
	for i, pg := range pages {
		g := b.geoms[pg.section]
		content := objs.alloc()
		objs.stream(content, "", contents[i], false)
		annots := ""
		if sig != nil && sig.page == i {
			annots = " /Annots [" + ref(sigObj) + "]"
		}
		objs.set(pageNums[i], fmt.Sprintf("<< /Type /Page /Parent %s /MediaBox [0 0 %s %s] /Resources %s /Contents %s%s >>",
			ref(pagesObj), num(g.pageW), num(g.pageH), ref(res), ref(content), annots))
		kids[i] = ref(pageNums[i])
	}
	objs.set(pagesObj, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages)))
	outlines := b.writeOutlines(&objs, pageNums)

	// Metadata.
	h := l.Header
	title := strings.TrimSpace(h.KindName + " " + strings.Join(strings.Fields(h.Subject), " "))
	date, hasDate := documentDate(h.PlaceDate)
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
	objs.set(info, "<< "+strings.Join(infoDict, " ")+" >>")
	objs.stream(meta, "/Type /Metadata /Subtype /XML", xmp(title, oneLine(h.IssuingAgency), oneLine(h.Subject), date, hasDate), true)
	objs.stream(icc, "/N 3", iccProfile(), false)

	cat := []string{"/Type /Catalog", "/Pages " + ref(pagesObj), "/Metadata " + ref(meta), "/Lang (vi-VN)",
		"/ViewerPreferences << /DisplayDocTitle true >>",
		fmt.Sprintf("/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB) /Info (sRGB IEC61966-2.1) /DestOutputProfile %s >>]", ref(icc))}
	if outlines != 0 {
		cat = append(cat, "/Outlines "+ref(outlines), "/PageMode /UseOutlines")
	}
	if sig != nil {
		cat = append(cat, "/AcroForm << /Fields ["+ref(sigObj)+"] >>")
	}
	objs.set(catalog, "<< "+strings.Join(cat, " ")+" >>")
	return objs.bytes(catalog, info), nil
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

// xmp returns the XMP metadata packet: the same title, author, subject,
// dates and producer as the document information dictionary, and the
// PDF/A-2b identification.
func xmp(title, author, subject string, date time.Time, hasDate bool) []byte {
	esc := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			switch r {
			case '&':
				b.WriteString("&amp;")
			case '<':
				b.WriteString("&lt;")
			case '>':
				b.WriteString("&gt;")
			default:
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	var b strings.Builder
	b.WriteString("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
	b.WriteString(`<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<dc:format>application/pdf</dc:format>
`)
	fmt.Fprintf(&b, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:title>\n", esc(title))
	if author != "" {
		fmt.Fprintf(&b, "<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>\n", esc(author))
	}
	if subject != "" {
		fmt.Fprintf(&b, "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:description>\n", esc(subject))
	}
	b.WriteString("<dc:language><rdf:Bag><rdf:li>vi-VN</rdf:li></rdf:Bag></dc:language>\n")
	if hasDate {
		d := xmpDate(date)
		fmt.Fprintf(&b, "<xmp:CreateDate>%s</xmp:CreateDate>\n<xmp:ModifyDate>%s</xmp:ModifyDate>\n<xmp:MetadataDate>%s</xmp:MetadataDate>\n", d, d, d)
	}
	fmt.Fprintf(&b, "<xmp:CreatorTool>%s</xmp:CreatorTool>\n<pdf:Producer>%s</pdf:Producer>\n", producer, producer)
	b.WriteString("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n")
	b.WriteString("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n")
	// Padding lets a tool update the packet in place.
	for range 20 {
		b.WriteString(strings.Repeat(" ", 99) + "\n")
	}
	b.WriteString(`<?xpacket end="w"?>`)
	return []byte(b.String())
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
	// The subset's name: a tag made of the glyphs it holds, then the
	// font's name.
	h := fnv.New64a()
	h.Write([]byte(fc.postScript))
	for _, g := range keep {
		h.Write([]byte{byte(g >> 8), byte(g)})
	}
	sum := h.Sum64()
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + byte(sum%26)
		sum /= 26
	}
	name := string(tag) + "+" + fc.postScript

	type0, cid, desc, file, tounicode := objs.alloc(), objs.alloc(), objs.alloc(), objs.alloc(), objs.alloc()
	ttf := fc.subset(keep)
	objs.stream(file, fmt.Sprintf("/Length1 %d", len(ttf)), ttf, false)
	scale := func(v int) string { return num(float64(v) * 1000 / float64(fc.unitsPerEm)) }
	flags := 4 | 2 // symbolic (the glyphs are reached by id), serif
	if fc.italic || fc.italicAngle != 0 {
		flags |= 64
	}
	stemV := 80
	if fc.bold {
		stemV = 140
	}
	objs.set(desc, fmt.Sprintf("<< /Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [%s %s %s %s] /ItalicAngle %s /Ascent %s /Descent %s /CapHeight %s /StemV %d /FontFile2 %s >>",
		name, flags, scale(fc.bbox[0]), scale(fc.bbox[1]), scale(fc.bbox[2]), scale(fc.bbox[3]),
		num(fc.italicAngle), scale(fc.ascent), scale(-fc.descent), scale(fc.capHeight), stemV, ref(file)))
	// Widths of the glyphs shown, runs of consecutive ids together.
	shown := make([]uint16, 0, len(used))
	for g := range used {
		shown = append(shown, g)
	}
	slices.Sort(shown)
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
	objs.set(cid, fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %s /DW 0 /W [%s] /CIDToGIDMap /Identity >>",
		name, ref(desc), strings.TrimSpace(w.String())))
	objs.stream(tounicode, "", toUnicode(u.uni), false)
	objs.set(type0, fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%s] /ToUnicode %s >>",
		name, ref(cid), ref(tounicode)))
	return type0
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
	b.WriteString(`/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
`)
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

// writeOutlines writes the document outline (bookmarks) of the headings,
// nested by depth, every entry open; it returns the outline root's number,
// or 0 when there is no heading.
func (b *builder) writeOutlines(objs *objects, pageNums []int) int {
	type node struct {
		item     *outlineItem
		obj      int
		children []*node
		parent   *node
	}
	root := &node{}
	stack := []*node{root}
	for _, it := range b.outlines {
		if it.page < 0 || it.page >= len(pageNums) {
			continue
		}
		d := max(it.depth, 1)
		for len(stack) > d {
			stack = stack[:len(stack)-1]
		}
		parent := stack[len(stack)-1]
		n := &node{item: it, parent: parent}
		parent.children = append(parent.children, n)
		stack = append(stack, n)
	}
	if len(root.children) == 0 {
		return 0
	}
	root.obj = objs.alloc()
	var number func(n *node) int
	number = func(n *node) int {
		count := 0
		for _, c := range n.children {
			c.obj = objs.alloc()
			count += 1 + number(c)
		}
		return count
	}
	total := number(root)
	var emit func(n *node) int
	emit = func(n *node) int {
		count := 0
		for i, c := range n.children {
			sub := emit(c)
			count += 1 + sub
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
			d = append(d, fmt.Sprintf("/Dest [%s /XYZ 0 %s 0]", ref(pageNums[c.item.page]), num(c.item.pageH-c.item.y)))
			objs.set(c.obj, "<< "+strings.Join(d, " ")+" >>")
		}
		return count
	}
	emit(root)
	objs.set(root.obj, fmt.Sprintf("<< /Type /Outlines /First %s /Last %s /Count %d >>",
		ref(root.children[0].obj), ref(root.children[len(root.children)-1].obj), total))
	return root.obj
}
