package lint

import (
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// checkDates checks the dates of the prose (citations have theirs checked
// by reform/citation): that they exist, and that those in the results are
// not after the report's date; and that the report's own sentences name the
// period of its title.
func (c *checker) checkDates() {
	for _, p := range c.o.paras {
		if p.part != PartBody {
			continue
		}
		t := c.tokens(p)
		for k, tk := range t.toks {
			if tk.kind != tDate || tk.masked {
				continue
			}
			s := p.text[tk.start:tk.end]
			d, err := vn.ParseDate(s)
			at := p.place(tk.start, tk.end)
			if err != nil {
				c.add(CodeDateInvalid, finding.Error, at, nil, []finding.Value{{Name: "written", Value: s}},
					fmt.Sprintf("Ngày “%s” không có thật.", s))
				continue
			}
			if !c.date.IsZero() && d.After(c.date) && !p.directions && !t.rangeEnd(k) {
				c.add(CodeDateFuture, finding.Warning, at, nil,
					[]finding.Value{{Name: "date", Value: vn.CitationDate(d)}, {Name: "report_date", Value: vn.CitationDate(c.date)}},
					fmt.Sprintf("Ngày %s ở phần kết quả thực hiện sau ngày của báo cáo (%s).", s, vn.CitationDate(c.date)))
			}
		}
	}
	c.checkPeriodMentions()
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
	var body []*para
	for _, p := range c.o.paras {
		if p.part == PartBody {
			body = append(body, p)
		}
	}
	var check []*para
	for _, p := range body {
		if p.heading != "" || p.label.scheme != schemeNone {
			break
		}
		check = append(check, p)
	}
	if n := len(body); n > 0 {
		check = append(check, body[n-1])
	}
	seen := map[*para]bool{}
	for _, p := range check {
		if seen[p] {
			continue
		}
		seen[p] = true
		lower := strings.ToLower(vn.NFC(p.text))
		for off := 0; ; {
			i := strings.Index(lower[off:], "báo cáo")
			if i < 0 {
				break
			}
			i += off
			off = i + len("báo cáo")
			rest := lower[off:]
			j := strings.Index(rest, "cải cách hành chính")
			if j < 0 || j > 40 {
				j = strings.Index(rest, "cchc")
				if j < 0 || j > 40 {
					continue
				}
			}
			end := strings.IndexAny(rest, ".;:")
			if end < 0 {
				end = len(rest)
			}
			span := rest[:end]
			per, ok := parsePeriod(span)
			if !ok {
				continue
			}
			if per.Kind == c.period.Kind && per.N == c.period.N && per.Year == c.period.Year {
				continue
			}
			at := p.place(i, off+end)
			c.add(CodePeriodMismatch, finding.Error, at, nil,
				[]finding.Value{{Name: "written", Value: per.Label()}, {Name: "title", Value: c.period.Label()}},
				fmt.Sprintf("Câu này nêu kỳ báo cáo “%s” nhưng trích yếu của báo cáo là “%s”.", per.Label(), c.period.Label()))
		}
	}
}
