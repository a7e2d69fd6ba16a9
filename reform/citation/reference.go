package citation

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/cchc-go/cchc/reform/vn"
)

// Family is the numbering standard a document's số, ký hiệu follows.
type Family int

// The numbering standards. The zero Family means "not given": a Reference
// whose Family is zero is written as Normative when it has a Year and a
// Number, and as Administrative otherwise.
const (
	// Administrative is the number of an administrative document
	// (văn bản hành chính, Nghị định 30/2020/NĐ-CP): n/KIND-AGENCY,
	// e.g. 1247/KH-UBND; a Công văn has n/AGENCY-UNIT, e.g. 134/UBND-NC.
	Administrative Family = iota + 1
	// Normative is the number of a legal normative document (văn bản quy phạm
	// pháp luật): n/YYYY/KIND-AGENCY, YYYY the year of signing,
	// e.g. 63/2010/NĐ-CP; laws have n/YYYY/QHk, e.g. 80/2015/QH13.
	Normative
	// Party is the number of a document of the Communist Party
	// (văn bản của Đảng): n-KIND/AGENCY, e.g. 18-NQ/TW, 217-KH/BDVTU.
	Party
)

// String returns "administrative", "normative" or "party".
func (f Family) String() string {
	switch f {
	case Administrative:
		return "administrative"
	case Normative:
		return "normative"
	case Party:
		return "party"
	}
	return fmt.Sprintf("family(%d)", int(f))
}

// Reference is a typed reference to a document (viện dẫn văn bản): what a
// citation refers to, independent of how it was written.
//
// A document with a number has Number and Groups ("Kế hoạch số 1247/KH-UBND":
// Number 1247, Groups ["KH", "UBND"]); a law cited by name has Name instead
// ("Luật Hộ tịch": Name "Hộ tịch").
type Reference struct {
	// Kind is the kind of document the citation names.
	Kind Kind
	// Family is the numbering standard of the số, ký hiệu; zero means
	// Normative when Year and Number are given, Administrative otherwise.
	Family Family
	// Number is the document's number (số), 1247 in 1247/KH-UBND; zero when
	// the document is cited by name. It is written with a leading zero below
	// 10, as Nghị định 30/2020/NĐ-CP numbers documents: 05/KH-UBND.
	Number int
	// Year is the year inside a legal normative number (2010 in
	// 63/2010/NĐ-CP), or the year written after a law's name
	// ("Luật Đất đai năm 2024"); zero when there is none.
	Year int
	// Groups are the groups of the ký hiệu after the number and year, as
	// written between the separators: ["KH", "UBND"] for 1247/KH-UBND,
	// ["NĐ", "CP"] for 63/2010/NĐ-CP, ["NQ", "TW"] for 18-NQ/TW,
	// ["QH13"] for 80/2015/QH13, ["QĐTTg"] for the slip 143/QĐTTg.
	Groups []string
	// Name is the name of a law, code or ordinance cited by name: "Hộ tịch"
	// in "Luật Hộ tịch".
	Name string
	// Date is the date of signing (ngày ban hành) at midnight UTC; the zero
	// time when the citation gives none.
	Date time.Time
	// Issuer is the issuing body as the citation names it: "Ủy ban nhân dân
	// tỉnh An Giang", "Chính phủ".
	Issuer string
	// Title is the summary of the document (trích yếu) as the citation gives
	// it, from its first word: "về việc ban hành Kế hoạch cải cách hành chính
	// năm 2024", "quy định về kiểm soát thủ tục hành chính". A title that
	// starts with a capital letter follows a colon when written:
	// "…của Thủ tướng Chính phủ: Phê duyệt Bộ chỉ số…".
	Title string
}

// family returns the Family, inferred when it is not given.
func (r Reference) family() Family {
	if r.Family != 0 {
		return r.Family
	}
	if r.Year != 0 && r.Number != 0 {
		return Normative
	}
	return Administrative
}

// number writes the number with the leading zero of Nghị định 30/2020/NĐ-CP.
func number(n int) string {
	if n >= 0 && n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// Symbol returns the số, ký hiệu in canonical form: "1247/KH-UBND",
// "63/2010/NĐ-CP", "18-NQ/TW", "80/2015/QH13"; "" when the reference has no
// number.
func (r Reference) Symbol() string {
	if r.Number == 0 {
		return ""
	}
	var b strings.Builder
	n := len("000000000/0000/")
	for _, g := range r.Groups {
		n += len(g) + 1
	}
	b.Grow(n)
	b.WriteString(number(r.Number))
	f := r.family()
	if f == Party {
		for i, g := range r.Groups {
			switch i {
			case 0:
				b.WriteByte('-')
			case 1:
				b.WriteByte('/')
			default:
				b.WriteByte('-')
			}
			b.WriteString(g)
		}
		return b.String()
	}
	b.WriteByte('/')
	if f == Normative && r.Year != 0 {
		writeYear(&b, r.Year)
		b.WriteByte('/')
	}
	for i, g := range r.Groups {
		if i > 0 {
			b.WriteByte('-')
		}
		b.WriteString(g)
	}
	return b.String()
}

// writeYear writes y with at least four digits, as "%04d" does.
func writeYear(b *strings.Builder, y int) {
	if y < 0 || y > 9999 {
		fmt.Fprintf(b, "%04d", y)
		return
	}
	for d := 1000; d > 1; d /= 10 {
		if y < d {
			b.WriteByte('0')
		}
	}
	b.WriteString(strconv.Itoa(y))
}

// Form is how much of a reference Format writes.
type Form int

// The forms of a citation. Nghị định 30/2020/NĐ-CP: the first citation of a
// document gives its kind, số, ký hiệu, date, issuer and title; later ones
// may give only the kind and the số, ký hiệu.
const (
	// Full writes everything the reference has: "Kế hoạch số 1247/KH-UBND
	// ngày 29/12/2023 của Ủy ban nhân dân tỉnh An Giang về việc …".
	Full Form = iota
	// Dated writes the kind, the số, ký hiệu and the date:
	// "Kế hoạch số 1247/KH-UBND ngày 29/12/2023".
	Dated
	// Short writes the kind and the số, ký hiệu, the form used after the
	// first citation: "Kế hoạch số 1247/KH-UBND"; a law cited by name keeps
	// its name and year: "Luật Đất đai năm 2024".
	Short
)

// String writes the reference as a full canonical citation: "Kế hoạch số
// 1247/KH-UBND ngày 29/12/2023 của Ủy ban nhân dân tỉnh An Giang". The date
// follows the leading-zero rule of the header date (05/01/2024, 15/5/2024).
func (r Reference) String() string { return r.Format(Full) }

// Format writes the reference in the given form (Full, Dated or Short).
func (r Reference) Format(f Form) string {
	var b strings.Builder
	b.WriteString(string(r.Kind))
	if r.Name != "" {
		b.WriteString(" " + r.Name)
	}
	sym := r.Symbol()
	if r.Year != 0 && (sym == "" || r.family() != Normative) {
		// The year is not part of the số, ký hiệu: it is written as the
		// text gave it, "Luật Đất đai năm 2024", before a số that has no
		// year ("Luật Đ năm 2020 số 01/A"), so that the citation reads
		// back the same.
		b.WriteString(" năm ")
		writeYear(&b, r.Year)
	}
	if sym != "" {
		b.WriteString(" số " + sym)
	}
	if f == Short {
		return b.String()
	}
	if !r.Date.IsZero() {
		b.WriteString(" ngày " + vn.CitationDate(r.Date))
	}
	if f == Dated {
		return b.String()
	}
	if r.Issuer != "" {
		b.WriteString(" của " + r.Issuer)
	}
	if r.Title != "" {
		if startsUpper(r.Title) {
			b.WriteString(": ")
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(r.Title)
	}
	return b.String()
}

// Citer writes the citations of one text: the first citation of a document in
// full, later ones in the short form, as Nghị định 30/2020/NĐ-CP allows. The
// zero Citer is ready to use; it remembers the documents it has cited.
type Citer struct {
	seen map[string]bool
}

// Cite writes r in full the first time the Citer sees its kind and số, ký
// hiệu (or name), and in the short form afterwards.
func (c *Citer) Cite(r Reference) string {
	key := r.Format(Short)
	if c.seen[key] {
		return key
	}
	if c.seen == nil {
		c.seen = make(map[string]bool)
	}
	c.seen[key] = true
	return r.Format(Full)
}
