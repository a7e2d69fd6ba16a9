package citation

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// The codes of the findings the checks make. Rules documents each one.
const (
	// CodeKindMismatch: the kind named and the kind abbreviation in the số,
	// ký hiệu disagree ("Thông tư số 04/2020/BTT-BTP").
	CodeKindMismatch finding.Code = "citation.kind.mismatch"
	// CodeKindLocal: the số, ký hiệu carries a local kind code that extends
	// the kind's abbreviation ("Báo cáo số 12/BCTĐ-STP").
	CodeKindLocal finding.Code = "citation.kind.local"
	// CodeKindLetter: a Công văn whose số, ký hiệu starts with the
	// abbreviation of another kind ("Công văn số 285/BC-UBND").
	CodeKindLetter finding.Code = "citation.kind.letter"
	// CodeSymbolMalformed: the số, ký hiệu is not written as Nghị định
	// 30/2020/NĐ-CP writes it ("143/QĐTTg", "644/CD-TTg", "KH - UBND").
	CodeSymbolMalformed finding.Code = "citation.symbol.malformed"
	// CodeYearMissing: a legal normative kind (Nghị định, Thông tư …) whose
	// number has no year.
	CodeYearMissing finding.Code = "citation.year.missing"
	// CodeYearMismatch: the year inside a legal normative number differs from
	// the year of its date.
	CodeYearMismatch finding.Code = "citation.year.mismatch"
	// CodeDateInvalid: the date does not exist (31/02/2024) or its year is
	// not written with four digits.
	CodeDateInvalid finding.Code = "citation.date.invalid"
	// CodeDateFuture: the date is after the date of the report.
	CodeDateFuture finding.Code = "citation.date.future"
	// CodeDateStyle: the date is not written in the canonical citation form.
	CodeDateStyle finding.Code = "citation.date.style"
	// CodeConflictDate: one document cited with two different dates.
	CodeConflictDate finding.Code = "citation.conflict.date"
	// CodeConflictSymbol: one document whose số, ký hiệu is spelled two ways.
	CodeConflictSymbol finding.Code = "citation.conflict.symbol"
	// CodeConflictTitle: one document cited with two different titles.
	CodeConflictTitle finding.Code = "citation.conflict.title"
)

// rules is the catalogue of the package's codes.
var rules = finding.Catalogue{
	{Code: CodeKindMismatch, Severity: finding.Error,
		Summary: "Tên loại văn bản và chữ viết tắt tên loại trong số, ký hiệu không khớp nhau.",
		Doc: "The kind named and the kind abbreviation of the số, ký hiệu disagree: the symbol carries another kind's " +
			"abbreviation (Thông tư … /BTT-BTP: BTT is Bản thỏa thuận) or none of the kind's own (Kế hoạch … /UBND-NC). " +
			"Abbreviations: Nghị định 30/2020/NĐ-CP, Phụ lục III; NĐ, TT, TTLT, L for legal normative documents; " +
			"the Party's for n-KIND/AGENCY numbers."},
	{Code: CodeKindLocal, Severity: finding.Warning,
		Summary: "Số, ký hiệu dùng mã tên loại riêng không có trong Phụ lục III Nghị định 30/2020/NĐ-CP.",
		Doc: "The kind group extends the kind's abbreviation with a local code (BCTĐ for a Báo cáo thẩm định): " +
			"real documents use such codes; accepted with a warning (layout-nd30.md)."},
	{Code: CodeKindLetter, Severity: finding.Warning,
		Summary: "Công văn có số, ký hiệu mang chữ viết tắt tên loại của loại văn bản khác.",
		Doc: "A Công văn or Thư công has no kind abbreviation (n/AGENCY-UNIT, Nghị định 30/2020/NĐ-CP); a first group " +
			"that is a kind abbreviation (285/BC-UBND) suggests a document of that kind cited as a Công văn. A warning, " +
			"because some agency codes coincide with abbreviations (CT is also Cục Thuế)."},
	{Code: CodeSymbolMalformed, Severity: finding.Error,
		Summary: "Số, ký hiệu viết sai quy cách: thiếu hoặc thừa dấu phân cách, có khoảng trắng, viết thường hoặc sai chữ viết tắt.",
		Doc: "The số, ký hiệu is checked against the forms of Nghị định 30/2020/NĐ-CP (n/KIND-AGENCY; " +
			"n/YYYY/KIND-AGENCY for legal normative documents; n-KIND/AGENCY for Party documents): separators " +
			"missing (143/QĐTTg), doubled or of the wrong kind (\"/\" for \"-\", en dash), spaces, lower-case groups, " +
			"a misspelt abbreviation (CD for CĐ), a number below 10 without its leading zero, a year on a kind that " +
			"is never legal normative, the Party form on a kind the Party does not issue. A line break after a " +
			"separator is a page break of extracted text and is not reported."},
	{Code: CodeYearMissing, Severity: finding.Warning,
		Summary: "Văn bản quy phạm pháp luật (Nghị định, Thông tư…) có số, ký hiệu không có năm ban hành.",
		Doc: "Nghị định, Thông tư, Thông tư liên tịch, Luật, Pháp lệnh, Lệnh are only issued as legal normative " +
			"documents, numbered n/YYYY/KIND-AGENCY (Nghị định 30/2020/NĐ-CP; Luật Ban hành văn bản quy phạm pháp luật)."},
	{Code: CodeYearMismatch, Severity: finding.Error,
		Summary: "Năm trong số, ký hiệu của văn bản quy phạm pháp luật khác năm của ngày ban hành.",
		Doc: "In n/YYYY/KIND-AGENCY, YYYY is the year of signing: it must equal the year of the date " +
			"(Nghị định 130/2005/NĐ-CP cannot be dated 17/10/2015)."},
	{Code: CodeDateInvalid, Severity: finding.Error,
		Summary: "Ngày ban hành của văn bản được dẫn không có thật.",
		Doc:     "The date does not exist in the calendar (31/02/2024, month 13) or its year does not have four digits."},
	{Code: CodeDateFuture, Severity: finding.Error,
		Summary: "Ngày ban hành của văn bản được dẫn sau ngày của báo cáo.",
		Doc:     "A report cannot cite a document signed after its own date (Options.ReportDate; not checked when zero)."},
	{Code: CodeDateStyle, Severity: finding.Info,
		Summary: "Ngày ban hành không viết theo dạng chuẩn ngày/tháng/năm của viện dẫn.",
		Doc: "The canonical citation date is dd/mm/yyyy with the leading-zero rule of the header date (day < 10 and " +
			"months 1–2 padded: 05/01/2024, 15/5/2024, 28/02/2024; layout-nd30.md). \"23-06-2022\", \"21/03/2024\", " +
			"\"04/1/2022\" and \"ngày 31 tháng 12 năm 2019\" are read but reported."},
	{Code: CodeConflictDate, Severity: finding.Error,
		Summary: "Cùng một văn bản được dẫn với hai ngày ban hành khác nhau.",
		Doc: "Two citations of the same số, ký hiệu give different dates. Administrative and Party numbers restart " +
			"every year (or term), so for them citations dated in different years, or naming issuers that differ " +
			"(UBND tỉnh, UBND huyện), are taken as different documents."},
	{Code: CodeConflictSymbol, Severity: finding.Warning,
		Summary: "Cùng một văn bản có số, ký hiệu được viết theo hai cách khác nhau.",
		Doc: "Two citations whose numbers agree once case, Đ/D and separators are set aside are spelled differently " +
			"(644/CĐ-TTg and 644/CD-TTg; 143/QĐ-TTg and 143/QĐTTg). The later citation is reported."},
	{Code: CodeConflictTitle, Severity: finding.Info,
		Summary: "Cùng một văn bản được dẫn với hai trích yếu khác nhau.",
		Doc: "Two citations of the same document give titles that differ once \"về việc\", case and spacing are set " +
			"aside, and neither is the start of the other."},
}

// Rules returns the catalogue of the codes the checks make (danh mục mã kiểm
// tra viện dẫn), a copy.
func Rules() finding.Catalogue { return slices.Concat(rules, writingRules()) }

// Options configures the checks.
type Options struct {
	// ReportDate is the date of the report the citations are in (ngày của báo
	// cáo); a citation dated after it is reported. The zero time: not checked.
	ReportDate time.Time
	// Issuers is the registry of issuing bodies (DefaultIssuers, or one a
	// province extends with its own codes). When it is set, Check also
	// checks how a citation is written against Nghị định 30/2020/NĐ-CP and
	// the registry: the issuer's code in the số, ký hiệu (unknown: a
	// warning; a Party body's document in the state's form or the reverse:
	// an error), "CV" as the kind of a Công văn, a kind name in lower case.
	// Nil leaves those checks out.
	Issuers *Issuers
}

// Where returns the JSON path of the citation: its Path followed by its byte
// range in the text as a slice, "sections.narrative[120:178]". A citation
// without text (a typed reference) is at Path.
func (c Citation) Where() string {
	if c.Text == "" {
		return c.Path
	}
	var buf [48]byte
	b := append(buf[:0], '[')
	b = strconv.AppendInt(b, int64(c.Start), 10)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(c.End), 10)
	return finding.Join(c.Path, string(append(b, ']')))
}

// label names the citation in a message: kind and số, ký hiệu as written, or
// the kind and name of a law cited by name.
func (c Citation) label() string {
	if c.Number == 0 {
		return c.Format(Short)
	}
	return string(c.Kind) + " số " + c.writtenSymbol()
}

// writtenSymbol is the số, ký hiệu as written, on one line: a line break
// (a page break of extracted text) is left out, other white space is one space.
func (c Citation) writtenSymbol() string {
	if c.SymbolText == "" {
		return c.Symbol()
	}
	if !strings.ContainsFunc(c.SymbolText, func(r rune) bool { return unicode.IsSpace(r) || r == utf8.RuneError }) {
		return c.SymbolText // nothing to leave out or to mend
	}
	var b strings.Builder
	space, newline := false, false
	for _, r := range c.SymbolText {
		if unicode.IsSpace(r) {
			space, newline = true, newline || r == '\n'
			continue
		}
		if space && !newline {
			b.WriteByte(' ')
		}
		space, newline = false, false
		b.WriteRune(r)
	}
	return b.String()
}

// Check runs the checks of one citation: its kind against its số, ký hiệu,
// the form of the số, ký hiệu, the year inside a legal normative number
// against the date, and the date (exists, not after opts.ReportDate,
// canonical form); with opts.Issuers, how it is written (Options.Issuers).
// The findings are at c.Where().
func (c Citation) Check(opts Options) finding.List {
	var l finding.List
	info, known := c.Kind.Info()
	kind, badKind := c.checkKind(info, known)
	if badKind {
		l.Add(kind)
	}
	sym, badSymbol := c.checkSymbol(info, known)
	if badSymbol {
		l.Add(sym)
	}
	l.Add(c.checkDate(opts)...)
	if opts.Issuers != nil {
		sound := !badSymbol && !(badKind && (kind.Code == CodeKindMismatch || kind.Code == CodeKindLetter))
		l.Extend(c.checkWriting(opts.Issuers, sound, info, known))
	}
	return l
}

// CheckAll runs Check on every citation and then the checks across them: the
// same document cited with two dates, with two spellings of its số, ký hiệu,
// or with two titles. The later citation is reported, with the earlier one's
// path as related path. The citations may come from several texts (each with
// its Path); they are taken in the order given.
func CheckAll(cits []Citation, opts Options) finding.List {
	var l finding.List
	docs := newDocuments(cits)
	issuers := make(map[string]string) // issuerKey of each issuer named: reports name few bodies many times
	var keyBuf [64]byte
	key := keyBuf[:0]
	for j := range cits {
		c := &cits[j]
		l.Extend(c.Check(opts))
		if !identified(c) {
			continue
		}
		key = appendIdentity(key[:0], c.Reference)
		issuer := cachedIssuerKey(issuers, c.Issuer)
		d, last, same := docs.find(key, c, issuer)
		switch {
		case d != nil:
			l.Extend(d.compare(cits, j))
		case same < maxDocuments:
			d = docs.add(key, last, j)
		default:
			continue
		}
		d.add(c, j, issuer)
	}
	return l
}

// identified reports whether c has a số, ký hiệu that identifies a
// document: a number and a group.
func identified(c *Citation) bool {
	return c.Number != 0 && len(c.Groups) > 0
}

// documents are the documents CheckAll has found, each with the index of
// the next of the same số, ký hiệu: one slice and one map for all of them.
type documents struct {
	all   []document     // in the order of their first citations
	first map[string]int // the first document of each số, ký hiệu (appendIdentity)
}

// newDocuments returns room for the documents of cits: at most one for
// each citation with a số, ký hiệu, and many of them cite the same few
// documents, so room for up to maxRoom, which grows if need be.
func newDocuments(cits []Citation) documents {
	n := 0
	for j := 0; j < len(cits) && n < maxRoom; j++ {
		if identified(&cits[j]) {
			n++
		}
	}
	return documents{all: make([]document, 0, n), first: make(map[string]int, n)}
}

// maxRoom bounds the documents newDocuments makes room for.
const maxRoom = 64

// find returns the document of the số, ký hiệu key that c may cite, or nil,
// the last of the documents of key (-1 for none) and their
// number, up to the one found; issuer is issuerKey(c.Issuer).
func (ds *documents) find(key []byte, c *Citation, issuer string) (d *document, last, same int) {
	k, ok := ds.first[string(key)] // no string is made to look a key up
	if !ok {
		return nil, -1, 0
	}
	for last = -1; k >= 0; last, k = k, ds.all[k].next {
		same++
		doc := &ds.all[k]
		// Numbers without a year (administrative, Party) restart every
		// year or term: dates in different years mean different documents.
		if (!doc.normative || c.family() != Normative) && doc.year != 0 && !c.Date.IsZero() && doc.year != c.Date.Year() {
			continue
		}
		// Issuers both named and different ("UBND tỉnh", "UBND huyện Thoại
		// Sơn") mean different documents.
		if doc.issuer != "" && c.Issuer != "" && !compatibleIssuers(doc.issuer, issuer) {
			continue
		}
		return doc, last, same
	}
	return nil, last, same
}

// add adds a document of the số, ký hiệu key, first cited by citation j,
// after last, the last document of key (-1 for none), and returns it.
func (ds *documents) add(key []byte, last, j int) *document {
	k := len(ds.all)
	ds.all = append(ds.all, document{first: j, dated: -1, titled: -1, next: -1})
	if last < 0 {
		ds.first[string(key)] = k
	} else {
		ds.all[last].next = k
	}
	return &ds.all[k]
}

// cachedIssuerKey returns issuerKey(s), from keys when it is there; it
// adds it to keys when it is not.
func cachedIssuerKey(keys map[string]string, s string) string {
	k, ok := keys[s]
	if !ok {
		k = issuerKey(s)
		keys[s] = k
	}
	return k
}

// maxDocuments bounds the documents that share one số, ký hiệu (different
// years or issuers): no report cites that many, and the bound keeps CheckAll
// linear whatever its input.
const maxDocuments = 16

// document is what the citations read so far say about one document: its
// first citation, its first dated and first titled citations (indexes into
// the citations, -1 for none), the year of its date and its issuer.
type document struct {
	first, dated, titled int
	year                 int
	normative            bool
	issuer               string // issuerKey of the longest issuer named
	symbol, title        string // the Symbol of the first citation, the titleKey of the first titled one, once compare needs them
	next                 int    // the index in documents.all of the next document of the same số, ký hiệu, or -1
}

// add records c, citation j, as one of the document's; issuer is
// issuerKey(c.Issuer).
func (d *document) add(c *Citation, j int, issuer string) {
	if j == d.first {
		d.normative = c.family() == Normative
	}
	if !c.Date.IsZero() {
		if d.dated < 0 {
			d.dated = j
		}
		if d.year == 0 {
			d.year = c.Date.Year()
		}
	}
	if c.Title != "" && d.titled < 0 {
		d.titled = j
	}
	if len(issuer) > len(d.issuer) {
		d.issuer = issuer
	}
}

// compare compares citation j with the earlier citations of the document.
func (d *document) compare(cits []Citation, j int) finding.List {
	var l finding.List
	c := cits[j]
	if d.dated >= 0 && !c.Date.IsZero() && !cits[d.dated].Date.Equal(c.Date) {
		dated := cits[d.dated]
		l.Add(finding.Finding{
			Code: CodeConflictDate, Severity: finding.Error, Path: c.Where(), Related: []string{dated.Where()},
			Values: []finding.Value{{Name: "date", Value: vn.CitationDate(c.Date)}, {Name: "other_date", Value: vn.CitationDate(dated.Date)}},
			Message: fmt.Sprintf("%s được dẫn với ngày ban hành %s, khác với ngày %s ở lần dẫn trước.",
				c.label(), vn.CitationDate(c.Date), vn.CitationDate(dated.Date)),
		})
	}
	if d.symbol == "" {
		d.symbol = cits[d.first].Symbol()
	}
	if sym := c.Symbol(); sym != d.symbol {
		first := cits[d.first]
		l.Add(finding.Finding{
			Code: CodeConflictSymbol, Severity: finding.Warning, Path: c.Where(), Related: []string{first.Where()},
			Values: []finding.Value{{Name: "symbol", Value: sym}, {Name: "other_symbol", Value: d.symbol}},
			Message: fmt.Sprintf("%s: cùng văn bản này ở lần dẫn trước được viết là %s; một văn bản chỉ có một số, ký hiệu.",
				c.label(), d.symbol),
		})
	}
	if d.titled >= 0 && c.Title != "" && !sameTitleKey(d.titleKey(cits), titleKey(c.Title)) {
		titled := cits[d.titled]
		l.Add(finding.Finding{
			Code: CodeConflictTitle, Severity: finding.Info, Path: c.Where(), Related: []string{titled.Where()},
			Values: []finding.Value{{Name: "title", Value: c.Title}, {Name: "other_title", Value: titled.Title}},
			Message: fmt.Sprintf("%s: trích yếu “%s” khác với trích yếu ở lần dẫn trước (“%s”).",
				c.label(), c.Title, titled.Title),
		})
	}
	return l
}

// titleKey returns the titleKey of the document's first titled citation,
// computed once.
func (d *document) titleKey(cits []Citation) string {
	if d.title == "" {
		d.title = titleKey(cits[d.titled].Title)
	}
	return d.title
}

// appendIdentity appends to b the key of a document's số, ký hiệu with
// case, Đ/D, separators and leading zeros set aside: 644/CĐ-TTg and
// 644/CD-TTg share it, and so do 143/QĐ-TTg and 143/QĐTTg.
func appendIdentity(b []byte, r Reference) []byte {
	b = strconv.AppendInt(b, int64(r.Number), 10)
	b = append(b, '/')
	b = strconv.AppendInt(b, int64(r.Year), 10)
	b = append(b, '/')
	// The groups are folded together, as one string: bytes of a character
	// split between two groups make that character.
	var scratch [64]byte
	joined := scratch[:0]
	for _, g := range r.Groups {
		joined = append(joined, g...)
	}
	for _, rn := range string(joined) {
		b = utf8.AppendRune(b, foldRune(rn))
	}
	return b
}

// fold writes s in upper case with Đ as D, to compare abbreviations whatever
// their spelling.
func fold(s string) string {
	return strings.Map(foldRune, s)
}

// foldRune is fold for one character.
func foldRune(r rune) rune {
	if r == 'Đ' || r == 'đ' {
		return 'D'
	}
	return unicode.ToUpper(r)
}

// compatibleIssuers reports whether two issuer keys may name one body: one
// is the other or its start ("ủy ban nhân dân tỉnh", "ủy ban nhân dân tỉnh an
// giang").
func compatibleIssuers(x, y string) bool {
	return strings.HasPrefix(x+" ", y+" ") || strings.HasPrefix(y+" ", x+" ")
}

// issuerKey writes an issuer's name in lower case with the usual abbreviations
// spelled out, so that "UBND tỉnh" and "Ủy ban nhân dân tỉnh An Giang" compare.
func issuerKey(s string) string {
	t := oneSpaced(vn.Lower(s))
	if !strings.Contains(t, "ubnd") && !strings.Contains(t, "hđnd") && !strings.Contains(t, "uỷ") {
		return t // no word to spell out
	}
	fields := strings.Fields(t)
	for i, f := range fields {
		switch f {
		case "ubnd":
			fields[i] = "ủy ban nhân dân"
		case "hđnd":
			fields[i] = "hội đồng nhân dân"
		case "uỷ":
			fields[i] = "ủy"
		}
	}
	return strings.Join(fields, " ")
}

// oneSpaced returns the words of s with one space between them,
// strings.Join(strings.Fields(s), " "): s itself when it is written so.
func oneSpaced(s string) string {
	space := true // as if a space came before s: s must not start with one
	for _, r := range s {
		isSpace := unicode.IsSpace(r)
		if isSpace && (r != ' ' || space) {
			return strings.Join(strings.Fields(s), " ")
		}
		space = isSpace
	}
	if space && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// sameTitleKey reports whether two titles, given by their titleKeys, say
// the same ("về việc", case, spacing and final punctuation set aside) or one
// is the start of the other (a citation may give a title shortened).
func sameTitleKey(x, y string) bool {
	return strings.HasPrefix(x, y) || strings.HasPrefix(y, x)
}

// titleKey is the form titles are compared in: lower case, single spaces,
// without a leading "về việc", "v/v" or "về".
func titleKey(s string) string {
	t := oneSpaced(vn.Lower(s))
	for _, lead := range []string{"về việc ", "v/v ", "về "} {
		if strings.HasPrefix(t, lead) {
			t = t[len(lead):]
			break
		}
	}
	return strings.TrimRight(t, ".;,: ")
}

// checkKind compares the kind named with the kind abbreviation of the số, ký
// hiệu, and reports a legal normative kind whose number has no year. info
// and known are what c.Kind.Info returns.
func (c Citation) checkKind(info KindInfo, known bool) (finding.Finding, bool) {
	if !known || info.Generic || c.Number == 0 || len(c.Groups) == 0 {
		return finding.Finding{}, false
	}
	f := c.family()
	mk := func(code finding.Code, sev finding.Severity, values []finding.Value, format string, args ...any) (finding.Finding, bool) {
		return finding.Finding{Code: code, Severity: sev, Path: c.Where(), Values: values,
			Message: c.label() + ": " + fmt.Sprintf(format, args...)}, true
	}
	if f == Administrative && info.Normative && !info.Administrative && !info.HasParty() {
		form := "số/năm/" + strings.Join(c.Groups, "-")
		if !c.Date.IsZero() {
			r := c.Reference
			r.Family, r.Year = Normative, c.Date.Year()
			form = r.Symbol()
		}
		return mk(CodeYearMissing, finding.Warning, nil,
			"%s là văn bản quy phạm pháp luật, số, ký hiệu phải có năm ban hành (dạng %s).", c.Kind, form)
	}
	var expected []string
	switch {
	case f == Party && !info.HasParty():
		return finding.Finding{}, false // the form is wrong: checkSymbol reports it
	case f != Party && !info.Administrative && !info.Normative:
		return finding.Finding{}, false // a Party-only kind in the state's form: checkSymbol
	case f == Party:
		expected = info.PartyAbbrs
	case info.Abbr != "":
		expected = []string{info.Abbr}
	}
	g := c.Groups[0]
	other, isOther := KindOfAbbr(g, f)
	if len(expected) == 0 && !isOther || len(expected) > 0 && matchesAbbr(&c, f, g, expected, isOther) {
		return finding.Finding{}, false
	}
	values := []finding.Value{{Name: "kind", Value: string(c.Kind)}, {Name: "abbreviation", Value: g}}
	if len(expected) == 0 {
		switch {
		case c.Kind == Letter || c.Kind == PublicLetter:
			return mk(CodeKindLetter, finding.Warning, values,
				"ký hiệu bắt đầu bằng “%s”, chữ viết tắt của %s; %s không mang chữ viết tắt tên loại, nên văn bản được dẫn có thể là một %s.",
				g, other, lowerFirst(string(c.Kind)), other)
		default:
			return mk(CodeKindMismatch, finding.Error, values,
				"ký hiệu “%s” là chữ viết tắt của %s, trong khi %s không có chữ viết tắt tên loại trong số, ký hiệu.",
				g, other, c.Kind)
		}
	}
	want := strings.Join(quoteAll(expected), " hoặc ")
	values = append(values, finding.Value{Name: "expected", Value: strings.Join(expected, " ")})
	switch {
	case isOther:
		return mk(CodeKindMismatch, finding.Error, values,
			"ký hiệu “%s” là chữ viết tắt của %s, không phải của %s (%s).", g, other, c.Kind, want)
	case slices.ContainsFunc(expected, func(e string) bool { return strings.HasPrefix(g, e) }):
		return mk(CodeKindLocal, finding.Warning, values,
			"“%s” là mã tên loại riêng, không có trong Phụ lục III Nghị định 30/2020/NĐ-CP; %s viết tắt là %s.", g, c.Kind, want)
	}
	return mk(CodeKindMismatch, finding.Error, values,
		"số, ký hiệu không có chữ viết tắt %s của %s.", want, c.Kind)
}

// matchesAbbr reports whether the first group g of c's số, ký hiệu of
// family f is one of the expected kind abbreviations, or a slip that
// checkSymbol reports rather than checkKind: nothing for checkKind to
// report. isOther says g is another kind's abbreviation.
func matchesAbbr(c *Citation, f Family, g string, expected []string, isOther bool) bool {
	switch {
	case slices.Contains(expected, g):
		return true
	case f == Normative && c.Kind == Resolution && isAssemblyCode(g):
		return true // Nghị quyết of the Quốc hội: 43/2022/QH15
	case isOther:
		return false
	case slices.ContainsFunc(expected, func(e string) bool { return fold(e) == fold(g) }):
		return true // a misspelt abbreviation: checkSymbol
	}
	// A missing separator: checkSymbol.
	return len(c.Groups) == 1 && slices.ContainsFunc(expected, func(e string) bool { return strings.HasPrefix(g, e) })
}

// isAssemblyCode reports whether g is the code of the Quốc hội or its
// Standing Committee with the term: QH15, UBTVQH15.
func isAssemblyCode(g string) bool {
	rest, ok := strings.CutPrefix(g, "UBTV")
	if !ok {
		rest = g
	}
	rest, ok = strings.CutPrefix(rest, "QH")
	return ok && allDigits(rest)
}

func quoteAll(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = "“" + x + "”"
	}
	return out
}

// expectedAbbrs returns the kind abbreviations a số, ký hiệu of family f may
// carry for the kind, or nil when the kind has none or is unknown.
func expectedAbbrs(info KindInfo, f Family) []string {
	if info.Generic {
		return nil
	}
	if f == Party {
		return info.PartyAbbrs
	}
	if info.Abbr != "" {
		return []string{info.Abbr}
	}
	return nil
}

// shape writes the form of a số, ký hiệu of family f, for messages.
func shape(f Family, k Kind) string {
	switch f {
	case Normative:
		return "số/năm/LOẠI-CƠ QUAN"
	case Party:
		return "số-LOẠI/CƠ QUAN"
	}
	if k == Letter || k == PublicLetter {
		return "số/CƠ QUAN-ĐƠN VỊ"
	}
	return "số/LOẠI-CƠ QUAN"
}

// checkSymbol checks the form of the số, ký hiệu as written against Nghị định
// 30/2020/NĐ-CP and reports every problem in one finding, with the canonical
// spelling when the problems can be mended from what is written. info and
// known are what c.Kind.Info returns.
func (c Citation) checkSymbol(info KindInfo, known bool) (finding.Finding, bool) {
	if c.Number == 0 || len(c.Groups) == 0 {
		return finding.Finding{}, false
	}
	written := c.SymbolText
	if written == "" {
		written = c.Symbol()
	}
	var partBuf [8]string
	var sepBuf [8]rune
	parts, seps := splitSymbol(written, partBuf[:0], sepBuf[:0])
	f := c.family()
	fixed := c.Reference // its Groups are cloned before they are changed
	mendable := true
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }

	switch want := number(c.Number); {
	case parts[0] == want:
	case len(parts[0]) < len(want):
		add("số nhỏ hơn 10 phải viết thêm số 0 phía trước (%s)", want)
	default:
		add("thừa số 0 ở đầu số (%s)", want)
	}
	if spacedSymbol(written) {
		add("có khoảng trắng trong số, ký hiệu")
	}
	var dash rune
	dot, empty, misplaced := false, false, false
	pos := 0 // index of the non-empty part after the number
	for k, p := range parts[1:] {
		sep := seps[k]
		switch {
		case sep == '.':
			dot = true
		case sep != '/' && sep != '-' && dash == 0:
			dash = sep
		}
		if p == "" {
			empty = true
			continue
		}
		wantSep := '-'
		if pos == 0 && f != Party || pos == 1 && (f == Party || f == Normative) {
			wantSep = '/'
		}
		if sep != '.' && (sep == '/') != (wantSep == '/') {
			misplaced = true
		}
		pos++
	}
	if dash != 0 {
		add("dùng dấu “%c” thay cho dấu gạch nối “-”", dash)
	}
	if dot {
		add("dùng dấu chấm làm dấu phân cách")
	}
	if empty {
		add("thừa dấu phân cách")
	}
	if misplaced {
		add("dấu phân cách không đúng chỗ (dạng đúng: %s)", shape(f, c.Kind))
	}

	expected := expectedAbbrs(info, f)
	g := c.Groups[0]
	_, isOther := KindOfAbbr(g, f)
	spelt := false
	if len(expected) > 0 && !slices.Contains(expected, g) && !isOther {
		for _, e := range expected {
			rest, ok := strings.CutPrefix(g, e)
			switch {
			case fold(g) == fold(e):
				add("viết “%s” thay cho chữ viết tắt “%s” của %s", g, e, c.Kind)
				fixed.Groups = slices.Clone(c.Groups)
				fixed.Groups[0], spelt = e, true
			case ok && len(c.Groups) == 1 && startsUpper(rest):
				sep := "-"
				if f == Party {
					sep = "/"
				}
				add("thiếu dấu “%s” giữa “%s” và “%s”", sep, e, rest)
				fixed.Groups = []string{e, rest}
			default:
				continue
			}
			break
		}
	}
	if len(expected) > 0 && len(c.Groups) == 1 && slices.Contains(expected, g) {
		add("thiếu phần viết tắt tên cơ quan ban hành sau “%s”", g)
		mendable = false
	}
	for i, grp := range c.Groups {
		if rn, _ := runeAt(grp, 0); unicode.IsLower(rn) && !(i == 0 && spelt) {
			add("nhóm “%s” viết chữ thường", grp)
			mendable = false
		}
	}
	if known && !info.Generic {
		switch {
		case f == Normative && !info.Normative:
			add("%s không phải là văn bản quy phạm pháp luật nên số, ký hiệu không có năm", c.Kind)
			fixed.Family, fixed.Year = Administrative, 0
		case f == Party && !info.HasParty():
			add("%s không phải là văn bản của Đảng, số, ký hiệu không viết theo dạng %s", c.Kind, shape(Party, c.Kind))
			mendable = false
		case f != Party && !info.Administrative && !info.Normative:
			add("%s là văn bản của Đảng, số, ký hiệu viết theo dạng %s", c.Kind, shape(Party, c.Kind))
			mendable = false
		}
	}
	if len(problems) == 0 {
		return finding.Finding{}, false
	}
	values := []finding.Value{{Name: "written", Value: c.writtenSymbol()}}
	msg := c.label() + ": số, ký hiệu viết sai quy cách: " + strings.Join(problems, "; ") + "."
	if canon := fixed.Symbol(); mendable && canon != c.writtenSymbol() {
		values = append(values, finding.Value{Name: "expected", Value: canon})
		msg += " Cách viết đúng: " + canon + "."
	}
	return finding.Finding{Code: CodeSymbolMalformed, Severity: finding.Error, Path: c.Where(), Values: values, Message: msg}, true
}

// spacedSymbol reports whether a written số, ký hiệu has white space without
// a line break in it; a line break alone is a page break of extracted text.
func spacedSymbol(written string) bool {
	inSpace, newline := false, false
	for _, r := range written {
		if unicode.IsSpace(r) {
			inSpace = true
			newline = newline || r == '\n'
			continue
		}
		if inSpace && !newline {
			return true
		}
		inSpace, newline = false, false
	}
	return inSpace && !newline // white space at the end, as before a character
}

// checkDate checks the date: it exists, the year inside a legal normative
// number is its year, it is not after the report's date, and it is written in
// the canonical form.
func (c Citation) checkDate(opts Options) finding.List {
	var l finding.List
	mk := func(code finding.Code, sev finding.Severity, values []finding.Value, format string, args ...any) {
		l.Add(finding.Finding{Code: code, Severity: sev, Path: c.Where(), Values: values,
			Message: c.label() + ": " + fmt.Sprintf(format, args...)})
	}
	if c.DateText != "" && c.Date.IsZero() {
		mk(CodeDateInvalid, finding.Error, []finding.Value{{Name: "date", Value: c.DateText}},
			"ngày ban hành “%s” không có thật: %s.", c.DateText, dateProblem(c.DateText))
		return l
	}
	if c.Date.IsZero() {
		return l
	}
	date := vn.CitationDate(c.Date)
	if c.family() == Normative && c.Year != 0 && c.Number != 0 && c.Date.Year() != c.Year {
		mk(CodeYearMismatch, finding.Error,
			[]finding.Value{{Name: "number_year", Value: strconv.Itoa(c.Year)}, {Name: "date", Value: date}},
			"năm trong số, ký hiệu là %d nhưng ngày ban hành ghi %s.", c.Year, date)
	}
	if !opts.ReportDate.IsZero() && c.Date.After(opts.ReportDate) {
		report := vn.CitationDate(opts.ReportDate)
		mk(CodeDateFuture, finding.Error,
			[]finding.Value{{Name: "date", Value: date}, {Name: "report_date", Value: report}},
			"ngày ban hành %s sau ngày của báo cáo (%s).", date, report)
	}
	if c.DateText != "" && c.DateText != date {
		mk(CodeDateStyle, finding.Info,
			[]finding.Value{{Name: "written", Value: c.DateText}, {Name: "canonical", Value: date}},
			"ngày ban hành viết là “%s”, cách viết chuẩn trong viện dẫn là “%s” (ngày/tháng/năm; ngày dưới 10 và tháng 1, 2 thêm số 0 phía trước).",
			c.DateText, date)
	}
	return l
}

// dateProblem says in Vietnamese why a date of the right shape does not exist.
func dateProblem(text string) string {
	d, m, y, _ := dateParts(text)
	if len(y) != 4 {
		return "năm phải viết đủ bốn chữ số"
	}
	day, _ := strconv.Atoi(d)
	month, _ := strconv.Atoi(m)
	year, _ := strconv.Atoi(y)
	switch {
	case year == 0:
		return "không có năm 0"
	case month < 1 || month > 12:
		return fmt.Sprintf("không có tháng %d", month)
	}
	return fmt.Sprintf("tháng %d năm %d không có ngày %d", month, year, day)
}
