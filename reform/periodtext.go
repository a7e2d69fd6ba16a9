package reform

import (
	"fmt"
	"iter"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/internal/strictjson"
	"github.com/cchc-go/cchc/reform/vn"
)

// The codes of the checks of the periods a report's own text names, of its
// date against its period, and of an explicit window.
const (
	// CodePeriodSubject: the trích yếu names a period, none of them the
	// report's ("quý II năm 2024" in a quý III report).
	CodePeriodSubject finding.Code = "reform.period.subject"
	// CodePeriodText: the basis or the closing sentence names the report
	// ("báo cáo công tác cải cách hành chính …") with another period.
	CodePeriodText finding.Code = "reform.period.text"
	// CodePeriodMention: a sentence of the narrative opens with an earlier
	// period of the report's kind ("Trong quý II năm 2024, …" in a quý III
	// report).
	CodePeriodMention finding.Code = "reform.period.mention"
	// CodePeriodLate: the report is dated long after its period's cut-off.
	CodePeriodLate finding.Code = "reform.period.late"
	// CodePeriodWindow: an explicit window that is not the window of Nghị
	// định 09/2019/NĐ-CP for the period.
	CodePeriodWindow finding.Code = "reform.period.window"
)

// The rules of checkPeriodText, each declared once: built when the package
// is initialised and never changed.
var (
	rulePeriodSubject = finding.Rule{Code: CodePeriodSubject, Severity: finding.Error,
		Summary: "Trích yếu nêu kỳ báo cáo khác với kỳ của báo cáo.",
		Doc: "The trích yếu (header.subject) says what the report is: when it names periods (\"quý II năm 2024\", \"10 tháng " +
			"đầu năm 2024\", \"6 tháng đầu năm\", \"tháng 5/2024\"), one of them must be the report's. Periods are the same " +
			"when their windows of Nghị định 09/2019/NĐ-CP are (quý I is the first 3 months); a period without a year " +
			"takes the report's; \"năm <year of the report>\" alone may be a plan's year and is not compared."}
	rulePeriodText = finding.Rule{Code: CodePeriodText, Severity: finding.Warning,
		Summary: "Câu căn cứ hoặc câu kết thúc nêu kỳ báo cáo khác với kỳ của báo cáo.",
		Doc: "In the basis (what the report answers, e.g. \"Công văn … về việc báo cáo công tác cải cách hành chính quý III " +
			"năm 2024\") and in a closing sentence written by hand, the period after \"báo cáo … cải cách hành chính\" " +
			"(or CCHC) must be the report's. A warning: a basis may answer a request that asks for several periods."}
	rulePeriodMention = finding.Rule{Code: CodePeriodMention, Severity: finding.Info,
		Summary: "Một câu trong nội dung mở đầu bằng một kỳ trước cùng loại với kỳ báo cáo (có thể sót từ báo cáo kỳ trước).",
		Doc: "A sentence of the narrative (not section IV) that opens with \"Trong <period>\" of the report's kind and year " +
			"but earlier (\"Trong quý II năm 2024, …\" in a quý III report, \"Trong 10 tháng đầu năm 2024, …\" in an " +
			"11-month one) is often left over from the previous report. An info: a report may recall an earlier period."}
	rulePeriodLate = finding.Rule{Code: CodePeriodLate, Severity: finding.Warning,
		Summary: "Ngày báo cáo quá xa sau ngày chốt số liệu của kỳ báo cáo.",
		Doc: "Reports are sent soon after the cut-off (Nghị định 09/2019/NĐ-CP, Điều 12; 581/BNV-CCHC: by the 20th of the " +
			"period's last month). A report dated after the end of the month that follows the cut-off's month (quý III, " +
			"cut-off 14/9: after 31/10) likely has a wrong date, year or period."}
	rulePeriodWindow = finding.Rule{Code: CodePeriodWindow, Severity: finding.Info,
		Summary: "Thời gian chốt số liệu khác thời gian của Nghị định 09/2019/NĐ-CP.",
		Doc: "An explicit window (period.from, period.to) that is not the window of Nghị định 09/2019/NĐ-CP, Điều 12 for the " +
			"period's kind (e.g. calendar quarters of the Statistics Law): allowed, but its figures must not be added to " +
			"reports of the decree's windows without saying so (domain.md §2)."}
)

// periodTextRules documents the codes of checkPeriodText.
func periodTextRules() finding.Catalogue {
	return finding.Catalogue{rulePeriodSubject, rulePeriodText, rulePeriodMention, rulePeriodLate, rulePeriodWindow}
}

// periodPhrase is a period named in a text: "quý III năm 2024", "11 tháng
// đầu năm 2024", "tháng 5/2024", "năm 2024".
type periodPhrase struct {
	period Period
	// yearless reports that the text gives no year ("quý III", "6 tháng
	// đầu năm"): the year is the one the text is compared with.
	yearless bool
	// bare reports a year alone ("năm 2024").
	bare bool
	// start and end are the phrase's byte offsets in the text read.
	start, end int
}

// token is a run of letters or digits of a text, in lower case.
type token struct {
	w          string
	start, end int
	sep        byte // the byte that follows the token, 0 at the end
}

// tokens splits s (NFC, lower case) into runs of letters and digits.
func tokens(s string) []token {
	return appendTokens(make([]token, 0, len(s)/5+1), s) // a Vietnamese word and its space take about five bytes
}

// tokenBuffer holds the tokens of one text at a time, reused from text to
// text within one call (Report.scanOwnTexts): most texts are passed over
// before their words are read, so the slice is made at the first text
// read, with room for its words, and only grows, at least twice as large,
// for a longer text.
type tokenBuffer struct {
	ts []token
}

// read returns the tokens of s (NFC, lower case), held in b until the
// next read; a nil b returns a new slice.
func (b *tokenBuffer) read(s string) []token {
	if b == nil {
		return tokens(s)
	}
	if need := len(s)/4 + 8; cap(b.ts) < need { // a word and its space take four bytes or more
		b.ts = make([]token, 0, max(need, 2*cap(b.ts)))
	}
	b.ts = appendTokens(b.ts[:0], s)
	return b.ts
}

// appendTokens appends the tokens of s (NFC, lower case) to out.
func appendTokens(out []token, s string) []token {
	for i := 0; i < len(s); {
		size, word := wordRune(s, i)
		if !word {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			size, word := wordRune(s, j)
			if !word {
				break
			}
			j += size
		}
		t := token{w: s[i:j], start: i, end: j}
		if j < len(s) {
			t.sep = s[j]
		}
		out = append(out, t)
		i = j
	}
	return out
}

// wordRune returns the size of the rune at byte i of s and whether it is a
// letter or a digit; ASCII is decided without the Unicode tables.
func wordRune(s string, i int) (int, bool) {
	if c := s[i]; c < utf8.RuneSelf {
		return 1, 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return size, unicode.IsLetter(r) || unicode.IsDigit(r)
}

// number reads a token of one or two ASCII digits.
func (t token) number() (int, bool) {
	if len(t.w) == 0 || len(t.w) > 2 || !allASCIIDigits(t.w) {
		return 0, false
	}
	n, _ := strconv.Atoi(t.w)
	return n, true
}

// year reads a token of four ASCII digits from 1945.
func (t token) year() (int, bool) {
	if len(t.w) != 4 || !allASCIIDigits(t.w) {
		return 0, false
	}
	y, _ := strconv.Atoi(t.w)
	return y, y >= 1945
}

// periodPhrases returns the periods text names, in order. text must be in
// NFC and lower case. A date ("ngày 19 tháng 11 năm 2024") is not a month,
// and a list of months ("tháng 6, 7, 8 năm 2024") is no one period.
func periodPhrases(text string) []periodPhrase {
	ts := tokens(text)
	var out []periodPhrase
	at := func(i int) token {
		if i < 0 || i >= len(ts) {
			return token{}
		}
		return ts[i]
	}
	// yearAfter reads " năm 2024" or "/2024" after token i and returns the
	// year and the index of its token.
	yearAfter := func(i int) (int, int, bool) {
		if t := at(i); t.sep == '/' {
			if y, ok := at(i + 1).year(); ok {
				return y, i + 1, true
			}
		}
		if at(i+1).w == "năm" {
			if y, ok := at(i + 2).year(); ok {
				return y, i + 2, true
			}
		}
		return 0, i, false
	}
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		switch {
		case at(i+1).w == "tháng":
			// "11 tháng đầu năm 2024", "06 tháng đầu năm", "10 tháng năm 2024".
			n, ok := t.number()
			if !ok || n < 1 || n > 12 {
				continue
			}
			j := i + 2
			first := at(j).w == "đầu"
			if first {
				j++
			}
			if at(j).w != "năm" {
				continue
			}
			p := periodOfMonths(n)
			y, k, hasYear := 0, j, false
			if yy, ok := at(j + 1).year(); ok {
				y, k, hasYear = yy, j+1, true
			}
			if !hasYear && !first {
				continue // "10 tháng năm …" needs its year
			}
			p.Year = y
			out = append(out, periodPhrase{period: p, yearless: !hasYear, start: t.start, end: at(k).end})
			i = k
		case t.w == "quý":
			q, ok := quarterNumber(at(i + 1).w)
			if !ok {
				continue
			}
			y, k, hasYear := yearAfter(i + 1)
			out = append(out, periodPhrase{period: Period{Kind: Quarter, N: q, Year: y}, yearless: !hasYear, start: t.start, end: at(k).end})
			i = k
		case t.w == "tháng":
			m, ok := at(i + 1).number()
			if !ok || m < 1 || m > 12 || at(i+1).sep == ',' || at(i-2).w == "ngày" || at(i-1).w == "đầu" {
				continue
			}
			if _, isNum := at(i - 1).number(); isNum && at(i-2).w == "ngày" {
				continue
			}
			y, k, hasYear := yearAfter(i + 1)
			if !hasYear {
				continue // "tháng 5" alone is too often a date's month
			}
			out = append(out, periodPhrase{period: Period{Kind: Month, N: m, Year: y}, start: t.start, end: at(k).end})
			i = k
		case t.w == "năm":
			if y, ok := at(i + 1).year(); ok {
				out = append(out, periodPhrase{period: Period{Kind: Year, Year: y}, bare: true, start: t.start, end: at(i + 1).end})
				i++
			}
		}
	}
	return out
}

// periodOfMonths is the period of the first n months of a year.
func periodOfMonths(n int) Period {
	switch n {
	case 6:
		return Period{Kind: HalfYear}
	case 9:
		return Period{Kind: NineMonths}
	case 12:
		return Period{Kind: Year}
	}
	return Period{Kind: FirstMonths, N: n}
}

// quarterNumber reads a quarter written in Roman numerals or digits.
func quarterNumber(w string) (int, bool) {
	if q, err := vn.ParseRoman(strings.ToUpper(w)); err == nil && q >= 1 && q <= 4 {
		return q, true
	}
	if q, err := strconv.Atoi(w); err == nil && q >= 1 && q <= 4 && len(w) <= 2 {
		return q, true
	}
	return 0, false
}

// samePeriod reports whether a named period is the report's: their windows
// of Nghị định 09/2019/NĐ-CP are the same (quý I is the first 3 months,
// the first 12 months the year). A named period without a year takes the
// report's.
func (ph periodPhrase) samePeriod(p Period) bool {
	named := ph.period
	if ph.yearless {
		named.Year = p.Year
	}
	a, b := p, named
	a.From, a.To, b.From, b.To = nil, nil, nil, nil
	af, at, err1 := a.Window()
	bf, bt, err2 := b.Window()
	return err1 == nil && err2 == nil && af.Equal(bf) && at.Equal(bt)
}

// label names the phrase's period as the text wrote it, with the year it
// was given.
func (ph periodPhrase) label(p Period) string {
	named := ph.period
	if ph.yearless {
		named.Year = p.Year
	}
	return named.Label()
}

// checkPeriodText compares the periods the trích yếu, the basis and the
// closing sentence name with the report's period, its date with the
// period's cut-off, and an explicit window with the decree's
// (ownTextChecks compares the narratives'). It says nothing when the period
// is not one (reform.period.invalid).
func (r *Report) checkPeriodText() finding.List {
	p := r.Period
	from, to, err := p.Window()
	if err != nil {
		return nil
	}
	var l finding.List
	if p.From != nil {
		d := p
		d.From, d.To = nil, nil
		if df, dt, err := d.Window(); err == nil && (!df.Equal(from) || !dt.Equal(to)) {
			l.Add(rulePeriodWindow.At("period", fmt.Sprintf("Kỳ %s dùng thời gian chốt số liệu từ %s đến %s, khác thời gian của Nghị định 09/2019/NĐ-CP, Điều 12 (từ %s đến %s): nêu căn cứ của cách tính này và không cộng số liệu với báo cáo tính theo cách khác.",
				p.Label(), vn.CitationDate(from), vn.CitationDate(to), vn.CitationDate(df), vn.CitationDate(dt))).
				WithValues(finding.Value{Name: "from", Value: from.Format(time.DateOnly)}, finding.Value{Name: "to", Value: to.Format(time.DateOnly)},
					finding.Value{Name: "decree_from", Value: df.Format(time.DateOnly)}, finding.Value{Name: "decree_to", Value: dt.Format(time.DateOnly)}))
		}
	}
	if date := r.Header.Date; !date.IsZero() {
		limit := time.Date(to.Year(), to.Month()+2, 0, 0, 0, 0, 0, time.UTC)
		if date.After(limit) {
			days := int(date.Sub(to).Hours() / 24)
			l.Add(rulePeriodLate.At("header.date", fmt.Sprintf("Báo cáo %s ghi ngày %s, sau ngày chốt số liệu %s tới %s ngày: báo cáo thường được gửi ngay sau ngày chốt số liệu; kiểm tra lại ngày, năm của báo cáo hoặc kỳ báo cáo.",
				p.Label(), vn.CitationDate(date.Time), vn.CitationDate(to), vn.Int(int64(days)))).
				WithRelated("period").
				WithValues(finding.Value{Name: "date", Value: date.String()}, finding.Value{Name: "cut_off", Value: to.Format(time.DateOnly)},
					finding.Value{Name: "days", Value: strconv.Itoa(days)}))
		}
	}
	if s := r.Header.Subject; strings.TrimSpace(s) != "" {
		if f, bad := checkSubjectPeriod(s, p); bad {
			l.Add(f)
		}
	}
	if r.Basis != nil {
		walkNarrativeTexts("basis", *r.Basis, func(path, s string) { l.Extend(checkReportPeriod(path, s, p, "Câu căn cứ")) })
	}
	if r.Closing.Conclusion != nil {
		walkNarrativeTexts("closing.conclusion", *r.Closing.Conclusion, func(path, s string) { l.Extend(checkReportPeriod(path, s, p, "Câu kết thúc")) })
	}
	return l
}

// CheckPeriodText runs alone, with JSON paths, the checks of the periods
// the trích yếu, the basis and the closing sentence name, of the report's
// date against its period's cut-off and of an explicit window
// (reform.period.subject, .text, .late, .window), as Validate runs them:
// what reform/lint runs on the title, opening and closing sentences and
// date it reads from a report a person wrote.
func (r *Report) CheckPeriodText() finding.List { return r.checkPeriodText() }

// walkNarrativeTexts calls fn with the text of a narrative and of each of
// its items, with their JSON paths.
func walkNarrativeTexts(path string, n doc.Narrative, fn func(path, s string)) {
	walkNarrative(path, n, func(p string, n doc.Narrative) { fn(p+".text", n.Text) })
}

// checkSubjectPeriod reports a trích yếu that names periods, none of them
// the report's. A year alone that is the report's may be a plan's
// ("Kế hoạch cải cách hành chính năm 2024") and is passed over.
func checkSubjectPeriod(subject string, p Period) (finding.Finding, bool) {
	text := vn.Lower(vn.NFC(oneLine(subject)))
	var named []periodPhrase
	for _, ph := range periodPhrases(text) {
		if ph.bare && ph.period.Year == p.Year {
			continue
		}
		if ph.samePeriod(p) {
			return finding.Finding{}, false
		}
		named = append(named, ph)
	}
	if len(named) == 0 {
		return finding.Finding{}, false
	}
	ph := named[0]
	return rulePeriodSubject.At("header.subject", fmt.Sprintf("Trích yếu “%s” nêu kỳ “%s” nhưng kỳ của báo cáo là %s: sửa trích yếu hoặc kỳ báo cáo cho khớp nhau.",
		vn.Excerpt(subject, 80), ph.label(p), p.Label())).
		WithRelated("period").
		WithValues(finding.Value{Name: "written", Value: ph.label(p)}, finding.Value{Name: "period", Value: p.Label()}), true
}

// maxReportOf bounds how far after "báo cáo" the words "cải cách hành
// chính" are looked for, and how far after them the period.
const maxReportOf = 100

// checkReportPeriod reports, in a sentence of the basis or the closing,
// "báo cáo … cải cách hành chính <period>" (or CCHC) with a period that is
// not the report's. "Báo cáo số …" is a citation of another report and is
// passed over.
func checkReportPeriod(path, s string, p Period, label string) finding.List {
	orig := vn.NFC(s)
	text := vn.Lower(orig)
	if len(text) != len(orig) {
		orig = text // quote the lower case where the cases differ in length
	}
	cits := citation.Scan(orig)
	var l finding.List
	for i := range occurrences(text, "báo cáo") {
		off := i + len("báo cáo")
		if citedReport(text[off:]) || inReport(cits, i) {
			continue
		}
		window := text[off:min(len(text), off+maxReportOf)]
		j, k := strings.Index(window, "cải cách hành chính"), len("cải cách hành chính")
		if j < 0 {
			j, k = strings.Index(window, "cchc"), len("cchc")
		}
		if j < 0 || strings.ContainsAny(window[:j], ".;:") {
			continue
		}
		rest := text[off+j+k:]
		if e := strings.IndexAny(rest, ".;:"); e >= 0 {
			rest = rest[:e]
		}
		rest = rest[:min(len(rest), maxReportOf)]
		if e := strings.Index(rest, "so với"); e >= 0 {
			rest = rest[:e]
		}
		phs := periodPhrases(rest)
		if len(phs) == 0 {
			continue
		}
		ph := phs[0]
		if ph.bare && ph.period.Year == p.Year || ph.samePeriod(p) {
			continue
		}
		quote := vn.Excerpt(orig[i:off+j+k+ph.end], 80)
		l.Add(rulePeriodText.At(path, fmt.Sprintf("%s nêu “%s”, tức kỳ %s, nhưng kỳ của báo cáo này là %s: kiểm tra lại kỳ được nêu.",
			label, quote, ph.label(p), p.Label())).
			WithRelated("period").
			WithValues(finding.Value{Name: "written", Value: ph.label(p)}, finding.Value{Name: "period", Value: p.Label()}))
		break
	}
	return l
}

// inReport reports whether byte offset at lies in a citation of a report
// (its title names that report's period, not this one's).
func inReport(cits []citation.Citation, at int) bool {
	for _, c := range cits {
		if c.Kind == citation.Report && at >= c.Start && at < c.End {
			return true
		}
	}
	return false
}

// citedReport reports whether what follows "báo cáo" makes it a citation:
// " số 123/…".
func citedReport(after string) bool {
	t := strings.TrimLeft(after, " ")
	t, ok := strings.CutPrefix(t, "số")
	if !ok {
		return false
	}
	t = strings.TrimLeft(t, ": ")
	return t != "" && t[0] >= '0' && t[0] <= '9'
}

// family groups the kinds of period that a report may confuse: months,
// quarters, and the periods from the start of the year.
func family(k PeriodKind) int {
	switch k {
	case Month:
		return 0
	case Quarter:
		return 1
	}
	return 2
}

// mentionSkip are the parts of a report whose periods are not the
// report's to compare: the header and closing (checked apart), the basis,
// the directions of the next period, the figures, the appendices.
var mentionSkip = map[string]bool{
	"header": true, "period": true, "closing": true, "basis": true, "directions": true, "titles": true,
	"figures": true, "appendices": true, "schema_version": true,
}

// mentions finds the narrative sentences that open with an earlier period
// of the report's kind and year (periodMention).
type mentions struct {
	p   Period
	end time.Time // the last day of the report's window
	ok  bool      // the period is one
}

// newMentions prepares the search of the report's period.
func newMentions(p Period) mentions {
	_, end, err := p.Window()
	return mentions{p: p, end: end, ok: err == nil}
}

// periodMention returns the finding of the first sentence of s, the text
// at path, that opens with "Trong <period>" for an earlier period of the
// report's kind and year. Only the words after "Trong" are read closely:
// most texts hold no such sentence, and are only searched.
func (m mentions) periodMention(path, s string) (finding.Finding, bool) {
	if !m.ok {
		return finding.Finding{}, false
	}
	p, end := m.p, m.end
	if mentionSkip[pathRoot(path)] {
		return finding.Finding{}, false
	}
	for i := range occurrences(s, "rong ") {
		off := i + len("rong ")
		if i == 0 || s[i-1] != 'T' && s[i-1] != 't' || !sentenceStart(s, i-1) {
			continue
		}
		rest := vn.Lower(vn.NFC(s[off:min(len(s), off+60)]))
		phs := periodPhrases(rest)
		if len(phs) == 0 || phs[0].start != 0 || phs[0].bare {
			continue
		}
		ph := phs[0]
		named := ph.period
		if ph.yearless {
			named.Year = p.Year
		}
		if family(named.Kind) != family(p.Kind) || named.Year != p.Year || ph.samePeriod(p) {
			continue
		}
		if _, nto, err := named.Window(); err != nil || !nto.Before(end) {
			continue // a later period is a plan, not a slip
		}
		return rulePeriodMention.At(path, fmt.Sprintf("Câu “%s” nói về %s, một kỳ trước của báo cáo %s: kiểm tra xem câu này có phải sót lại từ báo cáo kỳ trước không.",
			vn.Excerpt(s[i-1:], 60), named.Label(), p.Label())).
			WithRelated("period").
			WithValues(finding.Value{Name: "written", Value: named.Label()}, finding.Value{Name: "period", Value: p.Label()}), true
	}
	return finding.Finding{}, false
}

// EarlierMention returns the finding of the first sentence of s, the text
// at path, that opens with "Trong <period>" for an earlier period of p's
// kind and year (reform.period.mention), as Validate's check of the
// narrative makes it: what reform/lint runs on the paragraphs of the
// results of a report a person wrote.
func (p Period) EarlierMention(path, s string) (finding.Finding, bool) {
	return newMentions(p).periodMention(path, s)
}

// ownStrings calls fn with every string of the report, with its JSON path,
// the previous report's and the Go sections' left out.
func (r *Report) ownStrings(fn func(path, s string)) {
	own := *r
	own.Previous = nil
	own.custom = nil
	strictjson.Strings(&own, "", fn)
}

// sentenceStart reports whether a sentence starts at byte i of s: at its
// start, or after ". ", "! ", "? " or a line break, list marks and spaces
// aside.
func sentenceStart(s string, i int) bool {
	j := i
	for j > 0 && strings.IndexByte(" \t-+*", s[j-1]) >= 0 {
		j--
	}
	switch {
	case j == 0:
		return true
	case s[j-1] == '\n' || s[j-1] == '\r':
		return true
	case j < i && (s[j-1] == '.' || s[j-1] == '!' || s[j-1] == '?'):
		return s[j] == ' '
	}
	return false
}

// occurrences yields the offset of each occurrence of sub (not empty) in s,
// from the start, each after the end of the one before.
func occurrences(s, sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], sub)
			if i < 0 || !yield(off+i) {
				return
			}
			off += i + len(sub)
		}
	}
}

// pathRoot is the first name of a JSON path: "direction" of
// "direction.leadership[0].text".
func pathRoot(path string) string {
	if i := strings.IndexAny(path, ".["); i >= 0 {
		return path[:i]
	}
	return path
}
