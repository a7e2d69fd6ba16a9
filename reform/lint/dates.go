package lint

import (
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// checkDates checks the dates of the prose (citations have theirs checked
// by reform/citation): that they exist, and that those in the results are
// not after the report's date; and that the report's own sentences name the
// period of its title.
func (c *checker) checkDates() {
	for _, p := range c.o.inPart(PartBody) {
		t := c.tokens(p)
		for k, tk := range t.toks {
			if tk.kind == tDate && !tk.masked {
				c.checkDate(t, k)
			}
		}
	}
	c.checkPeriodMentions()
}

// checkDate checks the date at token k: it exists, and in the results it
// is not after the report's date unless it ends a planned span.
func (c *checker) checkDate(t *text, k int) {
	p, tk := t.p, t.toks[k]
	s := p.text[tk.start:tk.end]
	d, err := vn.ParseDate(s)
	at := p.place(tk.start, tk.end)
	if err != nil {
		c.add(CodeDateInvalid, finding.Error, at, nil, []finding.Value{{Name: "written", Value: s}},
			fmt.Sprintf("Ngày “%s” không có thật.", s))
		return
	}
	if !c.date.IsZero() && d.After(c.date) && !p.directions && !t.rangeEnd(k) {
		c.add(CodeDateFuture, finding.Warning, at, nil,
			[]finding.Value{{Name: "date", Value: vn.CitationDate(d)}, {Name: "report_date", Value: vn.CitationDate(c.date)}},
			fmt.Sprintf("Ngày %s ở phần kết quả thực hiện sau ngày của báo cáo (%s).", s, vn.CitationDate(c.date)))
	}
}

// rangeEnd reports a date at token k that ends a planned span ("đến ngày
// 31/12/2024", "trước ngày …", "hạn …"): a deadline, not an event.
func (t *text) rangeEnd(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch t.toks[j].low {
		case "đến", "trước", "hạn", "tới", "dự", "kiến":
			return true
		}
	}
	return false
}

// checkPeriodMentions compares the period of the report's own sentences
// ("Sở Tư pháp báo cáo công tác cải cách hành chính 11 tháng đầu năm 2024",
// "Trên đây là báo cáo …") with the period of the title.
func (c *checker) checkPeriodMentions() {
	if c.period == nil || c.opts.Period != nil && c.o.title < 0 {
		return
	}
	seen := map[*para]bool{}
	for _, p := range c.ownSentences() {
		if !seen[p] {
			seen[p] = true
			c.checkPeriodMention(p)
		}
	}
}

// ownSentences returns the paragraphs where a report speaks of itself: the
// opening paragraphs before the first heading, and the last paragraph of
// the body.
func (c *checker) ownSentences() []*para {
	body := c.o.inPart(PartBody)
	var out []*para
	for _, p := range body {
		if p.heading != "" || p.label.scheme != schemeNone {
			break
		}
		out = append(out, p)
	}
	if n := len(body); n > 0 {
		out = append(out, body[n-1])
	}
	return out
}

// checkPeriodMention reports each "báo cáo … cải cách hành chính <period>"
// of p whose period is not the title's.
func (c *checker) checkPeriodMention(p *para) {
	lower := strings.ToLower(vn.NFC(p.text))
	for off := 0; ; {
		i := strings.Index(lower[off:], "báo cáo")
		if i < 0 {
			return
		}
		i += off
		off = i + len("báo cáo")
		per, end, ok := mentionedPeriod(lower[off:])
		if !ok || per.Kind == c.period.Kind && per.N == c.period.N && per.Year == c.period.Year {
			continue
		}
		c.add(CodePeriodMismatch, finding.Error, p.place(i, off+end), nil,
			[]finding.Value{{Name: "written", Value: per.Label()}, {Name: "title", Value: c.period.Label()}},
			fmt.Sprintf("Câu này nêu kỳ báo cáo “%s” nhưng trích yếu của báo cáo là “%s”.", per.Label(), c.period.Label()))
	}
}

// mentionedPeriod reads the period of the administrative reform named
// within 40 bytes at the start of rest, up to the end of its clause, and
// returns it with the clause's end.
func mentionedPeriod(rest string) (reform.Period, int, bool) {
	j := strings.Index(rest, "cải cách hành chính")
	if j < 0 || j > 40 {
		j = strings.Index(rest, "cchc")
		if j < 0 || j > 40 {
			return reform.Period{}, 0, false
		}
	}
	end := strings.IndexAny(rest, ".;:")
	if end < 0 {
		end = len(rest)
	}
	per, ok := parsePeriod(rest[:end])
	return per, end, ok
}
