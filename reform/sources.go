package reform

import (
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/finding"
)

// issuers returns the registry the report's citations are checked against:
// reg (citation.DefaultIssuers when nil) with the report's own agency
// (header.agency_code), whose documents the report cites most.
func (r *Report) issuers(reg *citation.Issuers) *citation.Issuers {
	if reg == nil {
		reg = citation.DefaultIssuers()
	}
	code := strings.TrimSpace(r.Header.AgencyCode)
	if code == "" || strings.ContainsAny(code, " /-") {
		return reg
	}
	if _, ok := reg.Lookup(code); ok {
		return reg
	}
	return reg.With(citation.Issuer{Code: code, Name: oneLine(r.Header.Agency)})
}

// ownTextChecks are two checks of every text of the report, read on the
// walk of scanOwnTexts (the previous report's and the Go sections' texts
// aside): a narrative sentence that opens with an earlier period of the
// report's kind (periodMention), and a document that two footnotes give as
// the source of two passages describing different documents
// (citation.CheckSources; each footnote's passage is the text before its
// mark [^n], back to the start of the sentence or the previous mark).
//
// The narratives are found by their strings: a narrative's text at
// "<path>.text" comes just before its notes at "<path>.notes[i]"
// (doc.Narrative declares Text before Notes).
type ownTextChecks struct {
	m              mentions
	found          lister
	srcs           []citation.Source
	textPath, text string // the narrative text read last
}

// newOwnTextChecks prepares the checks of the texts of a report of period p.
func newOwnTextChecks(p Period) ownTextChecks { return ownTextChecks{m: newMentions(p)} }

// read checks the string s at path, whose citations are cits.
func (o *ownTextChecks) read(path, s string, cits []citation.Citation) {
	if f, ok := o.m.periodMention(path, s); ok {
		o.found.add(f)
	}
	if base, ok := strings.CutSuffix(path, ".text"); ok {
		o.textPath, o.text = base, s
		return
	}
	if src, ok := noteSource(o.textPath, o.text, path, cits); ok {
		o.srcs = append(o.srcs, src)
	}
}

// done returns the findings of the texts read.
func (o *ownTextChecks) done() finding.List {
	l := o.found.done("period", "câu", rulePeriodMention)
	l.Extend(citation.CheckSources(o.srcs))
	return l
}

// noteSource returns the source of the footnote at path, whose citations
// are cits, when it is a note of the narrative whose text, at textPath, was
// read last.
func noteSource(textPath, text, path string, cits []citation.Citation) (citation.Source, bool) {
	rest, ok := strings.CutPrefix(path, textPath)
	if !ok || textPath == "" || !strings.HasPrefix(rest, ".notes[") || !strings.HasSuffix(rest, "]") {
		return citation.Source{}, false
	}
	n, err := strconv.Atoi(rest[len(".notes[") : len(rest)-1])
	if err != nil || n < 0 {
		return citation.Source{}, false
	}
	mark := "[^" + strconv.Itoa(n+1) + "]"
	at := strings.Index(text, mark)
	if at < 0 {
		return citation.Source{}, false
	}
	floor := 0
	if prev := strings.LastIndex(text[:at], "[^"); prev >= 0 {
		if end := strings.IndexByte(text[prev:at], ']'); end >= 0 {
			floor = prev + end + 1
		}
	}
	start := citation.Passage(text, floor, at)
	return citation.Source{
		Passage:     text[start:at],
		PassagePath: textPath + ".text[" + strconv.Itoa(start) + ":" + strconv.Itoa(at) + "]",
		Citations:   cits,
	}, true
}
