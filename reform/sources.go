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

// checkOwnText reads every text of the report once (strs, from
// ownStringList: the previous report's and the Go sections' aside) for two
// checks: a narrative sentence that opens with an earlier period of the
// report's kind (periodMention), and a document that two footnotes give as
// the source of two passages describing different documents
// (citation.CheckSources; each footnote's passage is the text before its
// mark [^n], back to the start of the sentence or the previous mark).
//
// The narratives are found by their strings: a narrative's text at
// "<path>.text" comes just before its notes at "<path>.notes[i]"
// (doc.Narrative declares Text before Notes).
func (r *Report) checkOwnText(strs ownStringList) finding.List {
	var found lister
	var srcs []citation.Source
	m := newMentions(r.Period)
	textPath, text := "", ""
	for o := range strs.all() {
		path, s := o.path, o.s
		if f, ok := m.periodMention(path, s); ok {
			found.add(f)
		}
		if base, ok := strings.CutSuffix(path, ".text"); ok {
			textPath, text = base, s
			continue
		}
		if src, ok := noteSource(textPath, text, path, s); ok {
			srcs = append(srcs, src)
		}
	}
	l := found.done("period", "câu", rulePeriodMention)
	l.Extend(citation.CheckSources(srcs))
	return l
}

// noteSource returns the source of the footnote note at path when it is a
// note of the narrative whose text, at textPath, was read last.
func noteSource(textPath, text, path, note string) (citation.Source, bool) {
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
		Citations:   citation.ScanAt(path, note),
	}, true
}
