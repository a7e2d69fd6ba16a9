package section

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// CheckMarkup reports, as findings of rule, the inline markup of narrative
// n and of its items that cannot be read (doc.Narrative.Runs: emphasis never
// closed, a footnote reference without its note, a note without text or
// referenced twice): one finding per narrative, at the JSON path of the
// field at fault under path (path.text, path.notes[1],
// path.items[0].text). The message quotes the start of the text and says in
// Vietnamese what is wrong and how to write it; the values are the byte
// offset and the reason in English, for tools. Every section checks its
// narratives with it, so one mistake reads the same wherever it is.
func CheckMarkup(l *finding.List, rule finding.Rule, path string, n doc.Narrative) {
	if _, err := n.Runs(); err != nil {
		l.Add(MarkupFinding(rule, path, n, err))
	}
	for i, it := range n.Items {
		CheckMarkup(l, rule, finding.Index(finding.Join(path, "items"), i), it)
	}
}

// MarkupFinding is the finding of err, the markup error of narrative n at
// path, as CheckMarkup makes it: for a section that checks more of each
// narrative than its markup, in its own order.
func MarkupFinding(rule finding.Rule, path string, n doc.Narrative, err error) finding.Finding {
	at, offset, reason, vi := finding.Join(path, "text"), 0, err.Error(), err.Error()
	var me *doc.MarkupError
	if errors.As(err, &me) {
		at, offset, reason = finding.Join(path, me.Path), me.Offset, me.Reason
		if me.Vietnamese != "" {
			vi = me.Vietnamese
		}
	}
	return rule.At(at, fmt.Sprintf("Không đọc được định dạng của nội dung “%s”: %s.", vn.Excerpt(n.Text, 40), vi)).
		WithValues(finding.Value{Name: "offset", Value: strconv.Itoa(offset)}, finding.Value{Name: "reason", Value: reason})
}
