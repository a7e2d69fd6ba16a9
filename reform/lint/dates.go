package lint

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// checkDates checks the dates of the prose (citations have theirs checked
// by reform/citation): that they exist, and that those in the results are
// not after the report's date. The periods the report's own sentences name
// are reform's checks (checkWritten).
func (c *checker) checkDates() {
	results := c.resultsStart()
	for _, p := range c.o.inPart(PartBody) {
		t := c.tokens(p)
		for k, tk := range t.toks {
			if tk.kind == tDate && !tk.masked {
				c.checkDate(t, k, !p.outsideResults && !results[p])
			}
		}
	}
}

// resultsStart returns the paragraphs that are not results when the body
// has headings: the opening paragraphs before the first (the basis) and
// the last paragraph (the closing sentence). A text without headings is
// results throughout.
func (c *checker) resultsStart() map[*para]bool {
	opening := c.opening()
	body := c.o.inPart(PartBody)
	if len(opening) == len(body) {
		return nil
	}
	out := map[*para]bool{}
	for _, p := range opening {
		out[p] = true
	}
	if last := c.lastBody(); last != nil {
		out[last] = true
	}
	return out
}

// checkDate checks the date at token k: it exists, and in the results it
// is not after the report's date unless it ends or starts a planned span.
// It is the typed checks' rule (reform.event.text.future) on the text.
func (c *checker) checkDate(t *text, k int, results bool) {
	p, tk := t.p, t.toks[k]
	s := p.text[tk.start:tk.end]
	d, err := vn.ParseDate(s)
	at := p.place(tk.start, tk.end)
	if err != nil {
		c.add(CodeDateInvalid, finding.Error, at, nil, []finding.Value{{Name: "written", Value: s}},
			fmt.Sprintf("Ngày “%s” không có thật.", s))
		return
	}
	if c.date.IsZero() || !d.After(c.date) || !results || t.rangeEnd(k) {
		return
	}
	quote := vn.Excerpt(sentenceBefore(p.text, tk.start), 80)
	c.add(reform.CodeEventTextFuture, finding.Warning, at, nil, c.dateValues(d),
		fmt.Sprintf("Câu “%s” nêu ngày %s, sau ngày của báo cáo (%s), trong phần kết quả thực hiện: kiểm tra lại ngày, năm, hoặc chuyển việc chưa làm sang phương hướng, nhiệm vụ.",
			quote, vn.CitationDate(d), vn.CitationDate(c.date)))
}

// dateValues are the values of a date after the report's, as the typed
// check gives them: the date, the period's window when known, the
// report's date.
func (c *checker) dateValues(d time.Time) []finding.Value {
	v := []finding.Value{{Name: "date", Value: d.Format(time.DateOnly)}}
	if c.period != nil {
		if from, to, err := c.period.Window(); err == nil {
			v = append(v, finding.Value{Name: "from", Value: from.Format(time.DateOnly)}, finding.Value{Name: "to", Value: to.Format(time.DateOnly)})
		}
	}
	return append(v, finding.Value{Name: "report_date", Value: c.date.Format(time.DateOnly)})
}

// sentenceBefore returns the text of the sentence that holds byte at:
// from after the last ". ", "; " before it, at most 300 bytes back.
func sentenceBefore(text string, at int) string {
	lo := max(0, at-300)
	for lo < at && !utf8.RuneStart(text[lo]) {
		lo++
	}
	if i := strings.LastIndexAny(text[lo:at], ".;\n"); i >= 0 {
		lo += i + 1
	}
	return strings.TrimSpace(text[lo:])
}

// rangeEnd reports a date at token k that ends or starts a planned span
// ("đến ngày 31/12/2024", "trước ngày …", "hạn …", "từ ngày …", "dự
// kiến …", "sẽ …"): a deadline, not an event.
func (t *text) rangeEnd(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch t.toks[j].low {
		case "đến", "trước", "hạn", "tới", "dự", "kiến", "từ", "sẽ":
			return true
		}
	}
	return false
}

// opening returns the paragraphs of the body before its first heading or
// label: where a report says what it answers and names itself.
func (c *checker) opening() []*para {
	var out []*para
	for _, p := range c.o.inPart(PartBody) {
		if p.heading != "" || p.label.scheme != schemeNone {
			break
		}
		out = append(out, p)
	}
	return out
}

// lastBody returns the last paragraph of the body, nil when there is none.
func (c *checker) lastBody() *para {
	body := c.o.inPart(PartBody)
	if len(body) == 0 {
		return nil
	}
	return body[len(body)-1]
}
