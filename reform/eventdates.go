package reform

// The dates of events against the report's period and date: the typed
// dates of the sections (the day a contest was held, the day a
// digitisation phase went onto the national database) and the dates the
// narrative gives events ("Ngày 25/10/2024, Sở tổ chức hội nghị …").
//
// A typed date is a fact of the results: after the report's own date it
// cannot be, and that is an error. A date read from prose may be a
// deadline or a plan the words around it do not show, so the same slip
// there is a warning. An event before the period's window belongs to an
// earlier report, unless the report recalls it (the year's plan is often
// issued in December, before a cumulative window opens): a warning for a
// contest the results list, an info for a sentence of the narrative.

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// The codes of the checks of event dates.
const (
	// CodeEventDateFuture: a typed date of an event of the results after
	// the report's date.
	CodeEventDateFuture finding.Code = "reform.event.date.future"
	// CodeEventDateBefore: a contest held before the period's window.
	CodeEventDateBefore finding.Code = "reform.event.date.before"
	// CodeEventDateAfterCutOff: a contest held after the period's cut-off
	// but not after the report's date.
	CodeEventDateAfterCutOff finding.Code = "reform.event.date.after_cutoff"
	// CodeEventTextFuture: a date in a sentence of the results after the
	// report's date, not a deadline.
	CodeEventTextFuture finding.Code = "reform.event.text.future"
	// CodeEventTextBefore: a sentence of the results that opens with a date
	// before the period's window.
	CodeEventTextBefore finding.Code = "reform.event.text.before"
)

// The rules of checkEventDates, each declared once: built when the package
// is initialised and never changed.
var (
	ruleEventDateFuture = finding.Rule{Code: CodeEventDateFuture, Severity: finding.Error,
		Summary: "Ngày diễn ra sự kiện (cuộc thi, đưa dữ liệu lên cơ sở dữ liệu) sau ngày của báo cáo.",
		Doc: "A typed date of something the results say was done (direction.communication.contests[i].date; " +
			"results.digital.digitisation[i].phases[j].uploaded_on) cannot be after header.date: the report cannot tell " +
			"what has not happened. The date, the year or the report's date is wrong. An error: the data says the event " +
			"took place."}
	ruleEventDateBefore = finding.Rule{Code: CodeEventDateBefore, Severity: finding.Warning,
		Summary: "Cuộc thi diễn ra trước thời gian chốt số liệu của kỳ báo cáo (Nghị định 09/2019/NĐ-CP, Điều 12).",
		Doc: "A contest whose date is before the first day of the period's window (Nghị định 09/2019/NĐ-CP, Điều 12) is a " +
			"result of an earlier period: its figures were that report's. A warning: a contest launched before the " +
			"window may end in it. The upload dates of digitisation phases are not compared: phases are reported with " +
			"the project's whole history."}
	ruleEventDateAfterCutOff = finding.Rule{Code: CodeEventDateAfterCutOff, Severity: finding.Info,
		Summary: "Cuộc thi diễn ra sau ngày chốt số liệu của kỳ báo cáo (Nghị định 09/2019/NĐ-CP, Điều 12).",
		Doc: "A contest dated after the period's cut-off and on or before the report's date: reports often tell what " +
			"happened up to the day they are signed, but the figures of such an event belong to the next period's window " +
			"(Nghị định 09/2019/NĐ-CP, Điều 12) and must not be counted twice."}
	ruleEventTextFuture = finding.Rule{Code: CodeEventTextFuture, Severity: finding.Warning,
		Summary: "Ngày nêu trong phần kết quả thực hiện sau ngày của báo cáo.",
		Doc: "A date written in a text of the results (sections I–III, not citations, not section IV or V, the basis or " +
			"the closing) after header.date. Dates after \"đến\", \"trước\", \"hạn\", \"tới\", \"từ\", \"dự kiến\" are " +
			"deadlines or spans and are passed over. A warning: prose may name a plan in words no rule reads " +
			"(lint makes the same code on a written report)."}
	ruleEventTextBefore = finding.Rule{Code: CodeEventTextBefore, Severity: finding.Info,
		Summary: "Câu trong phần kết quả thực hiện mở đầu bằng một ngày trước thời gian chốt số liệu của kỳ báo cáo (Nghị định 09/2019/NĐ-CP, Điều 12).",
		Doc: "A sentence of the results that opens with a date (\"Ngày 20/11/2023, …\") before the first day of the " +
			"period's window tells an event of an earlier period. An info: reports recall the year's plan, often issued " +
			"in December before the window opens, and earlier steps of a task."}
)

// eventDateRules documents the codes of checkEventDates.
func eventDateRules() finding.Catalogue {
	return finding.Catalogue{ruleEventDateFuture, ruleEventDateBefore, ruleEventDateAfterCutOff, ruleEventTextFuture, ruleEventTextBefore}
}

// eventWindow is what an event's date is compared with: the period's
// window and the report's date (zero when not given).
type eventWindow struct {
	label    string
	from, to time.Time
	report   time.Time
	// tokens, when set, is where textDatesOf reads the words of a text,
	// reused from text to text (scanOwnTexts); nil makes a new slice.
	tokens *tokenBuffer
}

// checkEventDates compares the typed dates of events and the dates of the
// narrative of the results (texts.dates) with the period and the report's
// date. It says nothing when the period is not one (reform.period.invalid).
func (r *Report) checkEventDates(texts ownTexts) finding.List {
	w, ok := r.eventWindow()
	if !ok {
		return nil
	}
	var l finding.List
	l.Extend(r.checkContestDates(w))
	l.Extend(r.checkUploadDates(w))
	l.Extend(texts.dates)
	return l
}

// eventWindow returns the window events are compared with; false when the
// period is not one.
func (r *Report) eventWindow() (eventWindow, bool) {
	from, to, err := r.Period.Window()
	if err != nil {
		return eventWindow{}, false
	}
	return eventWindow{label: r.Period.Label(), from: from, to: to, report: r.Header.Date.Time}, true
}

// ownTexts is what one walk over the report's own strings finds
// (Report.scanOwnTexts): the citations of every string, which
// checkCitations checks, the findings of the dates the texts of the
// results give, which checkEventDates reports, those of the frequencies,
// which checkPlausible reports, and those of ownTextChecks.
type ownTexts struct {
	cits  []citation.Citation
	dates finding.List
	freqs finding.List
	own   finding.List
}

// scanOwnTexts reads every string of the report, the previous report's and
// the Go sections' left out (ownStrings), in one walk: it scans each for
// citations, checks it with ownTextChecks (which reads the citations of the
// footnotes found here), and reads the texts of the results for dates
// outside the citations (reform.event.text.*) when the period is one, and
// for frequencies that their counts exceed (reform.plausible.frequency).
// Both read the words of a text into one buffer, reused from text to text.
func (r *Report) scanOwnTexts() ownTexts {
	sc := ownScan{period: r.Period, tokens: new(tokenBuffer), own: newOwnTextChecks(r.Period)}
	sc.window, sc.dated = r.eventWindow()
	sc.window.tokens = sc.tokens
	_, sc.cadenced = cadenceUnits(r.Period, dissemination.Monthly)
	sc.found.lists = make([][]citation.Citation, 0, 64) // grown once or never: reports cite documents in a few dozen texts
	r.ownStrings(sc.read)
	t := ownTexts{cits: sc.found.join(), own: sc.own.done()}
	if sc.dated {
		t.dates = sc.dates.done("period", "ngày", ruleEventTextFuture, ruleEventTextBefore)
	}
	if sc.cadenced {
		t.freqs = sc.freqs.done("period", "đoạn văn", rulePlausibleFrequency)
	}
	return t
}

// ownScan is the state of scanOwnTexts.
type ownScan struct {
	period       Period
	window       eventWindow
	dated        bool // the period is one: the dates of the texts are compared with it
	cadenced     bool // the period counts months: frequencies are compared with it
	tokens       *tokenBuffer
	found        citationLists
	dates, freqs lister
	own          ownTextChecks
}

// read reads the string s at path.
func (sc *ownScan) read(path, s string) {
	cits := citation.ScanAt(path, s)
	sc.found.add(cits)
	sc.own.read(path, s, cits)
	if !resultText(path) {
		return
	}
	if sc.dated {
		for _, f := range sc.window.textDatesOf(path, s, cits) {
			sc.dates.add(f)
		}
	}
	if sc.cadenced {
		for _, f := range textFrequenciesWith(sc.tokens, path, s, sc.period) {
			sc.freqs.add(f)
		}
	}
}

// citationLists gathers the citations of many texts, each text's slice as
// Scan returned it, and joins them once into a slice of the exact size:
// appending them one text at a time copied every citation about twice as
// the slice grew.
type citationLists struct {
	lists [][]citation.Citation
	n     int
}

// add keeps the citations of one text, if there are any.
func (c *citationLists) add(cits []citation.Citation) {
	if len(cits) > 0 {
		c.lists = append(c.lists, cits)
		c.n += len(cits)
	}
}

// join returns every citation added, in the order they were added; nil when
// there is none.
func (c *citationLists) join() []citation.Citation {
	if c.n == 0 {
		return nil
	}
	out := make([]citation.Citation, 0, c.n)
	for _, l := range c.lists {
		out = append(out, l...)
	}
	return out
}

// typedDate reads a typed date, YYYY-MM-DD; "" or another form (reported by
// field.datetime) is none.
func typedDate(s string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}

// checkContestDates compares the day each contest was held with the window
// and the report's date.
func (r *Report) checkContestDates(w eventWindow) finding.List {
	if r.Direction == nil || r.Direction.Communication == nil {
		return nil
	}
	var l finding.List
	for i, k := range r.Direction.Communication.Contests {
		d, ok := typedDate(k.Date)
		if !ok {
			continue
		}
		what := fmt.Sprintf("Cuộc thi thứ %d (“%s”)", i+1, vn.Excerpt(k.Name, 60))
		if f, bad := w.typed(finding.Index("direction.communication.contests", i)+".date", what, "diễn ra", d, true); bad {
			l.Add(f)
		}
	}
	return l
}

// checkUploadDates compares the day each digitisation phase went onto the
// national database with the report's date.
func (r *Report) checkUploadDates(w eventWindow) finding.List {
	if r.Results == nil || r.Results.Digital == nil {
		return nil
	}
	var l finding.List
	for i, p := range r.Results.Digital.Digitisation {
		for j, ph := range p.Phases {
			d, ok := typedDate(ph.UploadedOn)
			if !ok {
				continue
			}
			path := fmt.Sprintf("results.digital.digitisation[%d].phases[%d].uploaded_on", i, j)
			what := fmt.Sprintf("Giai đoạn %d của dự án số hóa %s", j+1, vn.Excerpt(p.Records, 40))
			if f, bad := w.typed(path, what, "được đưa lên cơ sở dữ liệu", d, false); bad {
				l.Add(f)
			}
		}
	}
	return l
}

// dateValues are the values of an event date finding.
func (w eventWindow) dateValues(d time.Time) []finding.Value {
	v := []finding.Value{{Name: "date", Value: d.Format(time.DateOnly)},
		{Name: "from", Value: w.from.Format(time.DateOnly)}, {Name: "to", Value: w.to.Format(time.DateOnly)}}
	if !w.report.IsZero() {
		v = append(v, finding.Value{Name: "report_date", Value: w.report.Format(time.DateOnly)})
	}
	return v
}

// typed returns the finding of a typed date d of what at path, if any: after
// the report's date; with window, before the window or after the cut-off.
func (w eventWindow) typed(path, what, verb string, d time.Time, window bool) (finding.Finding, bool) {
	var f finding.Finding
	switch {
	case !w.report.IsZero() && d.After(w.report):
		f = ruleEventDateFuture.At(path, fmt.Sprintf("%s %s ngày %s, sau ngày của báo cáo (%s): báo cáo chỉ nêu việc đã diễn ra; kiểm tra lại ngày, năm của sự kiện hoặc ngày của báo cáo.",
			what, verb, vn.CitationDate(d), vn.CitationDate(w.report))).WithRelated("header.date")
	case window && d.Before(w.from):
		f = ruleEventDateBefore.At(path, fmt.Sprintf("%s %s ngày %s, trước thời gian của kỳ %s (từ %s đến %s): kết quả này thuộc báo cáo kỳ trước; kiểm tra lại ngày của cuộc thi hoặc bỏ số liệu đã báo cáo.",
			what, verb, vn.CitationDate(d), w.label, vn.CitationDate(w.from), vn.CitationDate(w.to))).WithRelated("period")
	case window && d.After(w.to):
		f = ruleEventDateAfterCutOff.At(path, fmt.Sprintf("%s %s ngày %s, sau ngày chốt số liệu %s của kỳ %s: số liệu của cuộc thi thuộc kỳ sau, không tính hai lần.",
			what, verb, vn.CitationDate(d), vn.CitationDate(w.to), w.label)).WithRelated("period")
	default:
		return finding.Finding{}, false
	}
	return f.WithValues(w.dateValues(d)...), true
}

// textDate is a date written in a text: where, and whether it opens its
// sentence ("Ngày 05/8/2024, …").
type textDate struct {
	date       time.Time
	start, end int
	opens      bool
}

// spanWords are the words that make the date after them a deadline or the
// end or start of a span, not the day of an event.
var spanWords = map[string]bool{"đến": true, "trước": true, "hạn": true, "tới": true, "từ": true, "dự": true, "kiến": true, "sẽ": true}

// textDates returns the findings of the dates of s, the text at path,
// outside its citations.
func (w eventWindow) textDates(path, s string) finding.List {
	return w.textDatesOf(path, s, citation.Scan(s))
}

// textDatesOf is textDates with the citations of s already scanned (Scan or
// ScanAt of s itself). Most texts hold no date outside their citations:
// one reading of the bytes outside them (mayDateOutside), and one of the
// whole text when that finds no date's shape (vn.LowerKeepsLength), pass
// such a text over before anything is normalised, lowered or built.
func (w eventWindow) textDatesOf(path, s string, cits []citation.Citation) finding.List {
	if !mayDateOutside(s, cits) {
		if vn.LowerKeepsLength(s) {
			return nil // the dates it holds, if any, are inside its citations
		}
		if !digitOutside(s, cits) && vn.IsNFC(s) {
			return nil
		}
	}
	orig := vn.NFC(s)
	if !dateShapeIn(orig, 0, len(orig)) {
		return nil
	}
	text := vn.Lower(orig)
	if len(text) != len(orig) {
		orig = text
	}
	dates := datesWith(w.tokens, text)
	if len(dates) == 0 {
		return nil
	}
	if orig != s {
		cits = citation.Scan(orig)
	}
	var l finding.List
	for _, d := range dates {
		if inside(cits, d.start) {
			continue
		}
		if f, bad := w.textDate(path, orig, d); bad {
			l.Add(f)
		}
	}
	return l
}

// inside reports whether byte offset at lies in one of the citations,
// which Scan returns in text order.
func inside(cits []citation.Citation, at int) bool {
	i := sort.Search(len(cits), func(i int) bool { return cits[i].End > at })
	return i < len(cits) && cits[i].Start <= at
}

// textDate returns the finding of the date d of text, if any.
func (w eventWindow) textDate(path, text string, d textDate) (finding.Finding, bool) {
	quote := vn.Excerpt(sentenceAround(text, d.start), 80)
	switch {
	case !w.report.IsZero() && d.date.After(w.report):
		return ruleEventTextFuture.At(path, fmt.Sprintf("Câu “%s” nêu ngày %s, sau ngày của báo cáo (%s), trong phần kết quả thực hiện: kiểm tra lại ngày, năm, hoặc chuyển việc chưa làm sang phương hướng, nhiệm vụ.",
			quote, vn.CitationDate(d.date), vn.CitationDate(w.report))).
			WithRelated("header.date").WithValues(w.dateValues(d.date)...), true
	case d.opens && d.date.Before(w.from):
		return ruleEventTextBefore.At(path, fmt.Sprintf("Câu “%s” kể việc ngày %s, trước thời gian của kỳ %s (từ %s): kiểm tra xem việc này có thuộc kỳ báo cáo không.",
			quote, vn.CitationDate(d.date), w.label, vn.CitationDate(w.from))).
			WithRelated("period").WithValues(w.dateValues(d.date)...), true
	}
	return finding.Finding{}, false
}

// digitOutside reports whether s holds an ASCII digit outside its
// citations cits (Scan of s): a date is reported only when it starts
// outside every citation, and then so does the number of its day, since
// no citation starts between "ngày" and the day (a citation starts at the
// name of a kind, a letter after a character that is no letter or digit).
func digitOutside(s string, cits []citation.Citation) bool {
	at := 0
	for _, c := range cits {
		if c.Start > at && strings.ContainsAny(s[at:c.Start], "0123456789") {
			return true
		}
		at = max(at, c.End)
	}
	return strings.ContainsAny(s[at:], "0123456789")
}

// mayDateOutside reports whether s, read as NFC, may hold a date that
// starts outside its citations cits (Scan of s): whether a run of ASCII
// digits that starts outside them has the shape of a date (dateShapeAt).
// A date datesIn finds starts outside every citation only if its day
// does, since no citation starts between "ngày" and the day (digitOutside).
func mayDateOutside(s string, cits []citation.Citation) bool {
	at := 0
	for _, c := range cits {
		if c.Start > at && dateShapeIn(s, at, c.Start) {
			return true
		}
		at = max(at, c.End)
	}
	return dateShapeIn(s, at, len(s))
}

// dateShapeIn reports whether a run of ASCII digits that starts in
// s[from:to], after no ASCII letter, has the shape of a date (dateShapeAt).
func dateShapeIn(s string, from, to int) bool {
	for i := from; i < to; i++ {
		if isDigit(s[i]) && (i == 0 || !isASCIIAlnum(s[i-1])) && dateShapeAt(s, i) {
			return true
		}
	}
	return false
}

// dateShapeAt reports whether the ASCII digits at byte i of s may be the
// day of a date datesIn reads in the lower case of s: "05/8/2024" ("-" or
// "." twice instead of "/") or "05 tháng 8 năm 2024" in any case, its
// words and numbers apart by anything but ASCII letters and digits. Lower
// case maps rune to rune, changes no ASCII digit or separator, and only
// "T", "H", "Á", "N", "G", "Ă" and "M" lower to the other letters of these
// words: a date of the lower case has this shape in s.
func dateShapeAt(s string, i int) bool {
	j := digitsEnd(s, i)
	if j+1 < len(s) && (s[j] == '/' || s[j] == '-' || s[j] == '.') {
		if k := digitsEnd(s, j+1); k > j+1 && k < len(s) && s[k] == s[j] && digitsEnd(s, k+1)-k > 4 {
			return true
		}
	}
	j = gapEnd(s, j)
	if !foldedAt(s, j, "tháng") {
		return false
	}
	j = gapEnd(s, j+len("tháng"))
	k := digitsEnd(s, j)
	if k == j {
		return false
	}
	k = gapEnd(s, k)
	if !foldedAt(s, k, "năm") {
		return false
	}
	k = gapEnd(s, k+len("năm"))
	return digitsEnd(s, k)-k >= 4
}

// digitsEnd returns the end of the run of ASCII digits at byte i of s.
func digitsEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// gapEnd returns the first byte at or after i of s that is an ASCII letter
// or digit, or len(s): the bytes between two words.
func gapEnd(s string, i int) int {
	for i < len(s) && !isASCIIAlnum(s[i]) {
		i++
	}
	return i
}

// foldedAt reports whether s holds at byte i the lower-case word w or one
// of its capitals: each byte is w's or differs from it in the bit that
// tells an ASCII capital (0x20), or Á from á (0x20 of the second byte), or
// Ă from ă (0x01). Other bytes pass too; none that a capital of w is
// written with fails.
func foldedAt(s string, i int, w string) bool {
	if len(s)-i < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if c := s[i+k]; c != w[k] && c|0x20 != w[k] && c|0x01 != w[k] {
			return false
		}
	}
	return true
}

// isASCIIAlnum reports whether c is an ASCII letter or digit.
func isASCIIAlnum(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' || isDigit(c) }

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// sentenceAround returns the text from the start of the sentence that
// holds byte at: after the last ". ", "; " or line break before it, at most
// 300 bytes back.
func sentenceAround(text string, at int) string {
	lo := max(0, at-300)
	for lo < at && lo < len(text) && text[lo]&0xC0 == 0x80 {
		lo++
	}
	if i := strings.LastIndexAny(text[lo:at], ".;\n"); i >= 0 {
		lo += i + 1
	}
	return strings.TrimSpace(text[lo:])
}

// datesIn returns the dates text (lower case) writes: "05/8/2024" ("-" or
// "." between) and "05 tháng 8 năm 2024", after "ngày" or not, each with
// whether it opens its sentence. Dates after a span word are left out, and
// so are those that do not exist.
func datesIn(text string) []textDate { return datesWith(nil, text) }

// datesWith is datesIn reading the words of text into buf, reused from
// call to call; a nil buf makes a new slice.
func datesWith(buf *tokenBuffer, text string) []textDate {
	ts := buf.read(text)
	var out []textDate
	for i := 0; i < len(ts); i++ {
		d, next, ok := dateAt(ts, i)
		if !ok {
			continue
		}
		first := i
		if i > 0 && ts[i-1].w == "ngày" {
			first = i - 1
		}
		if !spanBefore(ts, first) {
			out = append(out, textDate{date: d, start: ts[first].start, end: ts[next-1].end, opens: first < i && sentenceStart(text, ts[first].start)})
		}
		i = next - 1
	}
	return out
}

// spanBefore reports a span word among the two tokens before token i.
func spanBefore(ts []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if spanWords[ts[j].w] {
			return true
		}
	}
	return false
}

// dateAt reads a date at token i: day, month and year separated by one of
// "/", "-", "." (twice the same), or "d tháng m năm y". It returns the date
// and the index of the token after it.
func dateAt(ts []token, i int) (time.Time, int, bool) {
	day, ok := ts[i].number()
	if !ok || i+2 >= len(ts) {
		return time.Time{}, i, false
	}
	if sep := ts[i].sep; (sep == '/' || sep == '-' || sep == '.') && ts[i+1].sep == sep && ts[i+1].end+1 == ts[i+2].start && ts[i].end+1 == ts[i+1].start {
		month, okM := ts[i+1].number()
		year, okY := ts[i+2].year()
		return validDate(year, month, day, i+3, okM && okY)
	}
	if i+4 < len(ts) && ts[i+1].w == "tháng" && ts[i+3].w == "năm" {
		month, okM := ts[i+2].number()
		year, okY := ts[i+4].year()
		return validDate(year, month, day, i+5, okM && okY)
	}
	return time.Time{}, i, false
}

// validDate returns the date y-m-d when ok and it exists.
func validDate(y, m, d, next int, ok bool) (time.Time, int, bool) {
	if !ok || m < 1 || m > 12 || d < 1 {
		return time.Time{}, next, false
	}
	t := vn.Date(y, time.Month(m), d)
	return t, next, t.Day() == d
}
