// Topic: apologising for late dossiers (sub-item e, xin lỗi người dân, tổ
// chức khi trễ hẹn): the apology letters the dossiers give (their count is
// the field Dossiers.ApologyLetters), their rules and checks against the
// late dossiers, and their sentence. They add with the dossiers
// (addDossiers).

package tthc

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// The codes of the findings about apology letters (mã kiểm tra). Rules
// documents each one with its default severity and its source.
const (
	// CodeDossierApology: more apology letters than late dossiers.
	CodeDossierApology finding.Code = "tthc.dossier.apology"
	// CodeDossierApologyMissing: fewer apology letters than dossiers
	// resolved late.
	CodeDossierApologyMissing finding.Code = "tthc.dossier.apology.missing"
)

// The rules of the apology checks, one per code: built once, never changed.
var (
	ruleDossierApology = finding.Rule{Code: CodeDossierApology, Severity: finding.Warning,
		Summary: "Số văn bản xin lỗi nhiều hơn số hồ sơ trễ hạn.",
		Doc: "Apology letters (Thông tư 01/2018/TT-VPCP, mẫu 04) ≤ dossiers resolved late + pending overdue; when the pending " +
			"split is unknown the bound is late + all pending."}
	ruleDossierApologyMissing = finding.Rule{Code: CodeDossierApologyMissing, Severity: finding.Info,
		Summary: "Số văn bản xin lỗi ít hơn số hồ sơ giải quyết quá hạn.",
		Doc:     "Every dossier resolved late calls for an apology letter (Thông tư 01/2018/TT-VPCP); fewer letters is worth a look."}
)

// letterBound is the most apology letters the dossiers can call for, with
// its label and the paths it comes from.
type letterBound struct {
	bound   int64
	label   string
	related []string
}

// apologyBound returns late + pending overdue, or late + all pending when
// the pending split is unknown; false when the sum leaves the int64 range,
// which comes only from counts above MaxCount, which the field rules
// report.
func (d *Dossiers) apologyBound(path string) (letterBound, bool) {
	p := func(name string) string { return finding.Join(path, name) }
	other, label := d.Pending, "số hồ sơ giải quyết quá hạn và đang giải quyết"
	related := []string{p("late"), p("pending")}
	if over, ok := d.Overdue(); ok {
		other, label = over, "số hồ sơ giải quyết quá hạn và đang giải quyết quá hạn"
		related = []string{p("late"), p("pending_overdue")}
	}
	bound, err := finding.Sum(d.Late, other)
	return letterBound{bound: bound, label: label, related: related}, err == nil
}

// checkApologies compares the apology letters with the late dossiers.
func (d *Dossiers) checkApologies(path string, l *finding.List) {
	p := func(name string) string { return finding.Join(path, name) }
	letters := *d.ApologyLetters
	b, ok := d.apologyBound(path)
	if !ok {
		return
	}
	excess, excessErr := finding.Diff(letters, b.bound)
	missing, missingErr := finding.Diff(d.Late, letters)
	if letters > b.bound && excessErr == nil {
		l.Add(ruleDossierApology.At(p("apology_letters"), vn.NFC(fmt.Sprintf("Số văn bản xin lỗi là %s, nhiều hơn %s là %s.",
			vn.Int(letters), b.label, vn.Int(b.bound)))).
			WithRelated(b.related...).
			WithValues(
				finding.Value{Name: "letters", Value: fmt.Sprint(letters)},
				finding.Value{Name: "late", Value: fmt.Sprint(b.bound)},
				finding.Value{Name: "excess", Value: fmt.Sprint(excess)}))
		return
	}
	if letters < d.Late && missingErr == nil {
		l.Add(ruleDossierApologyMissing.At(p("apology_letters"), vn.NFC(fmt.Sprintf("Số văn bản xin lỗi là %s, "+
			"ít hơn số hồ sơ giải quyết quá hạn là %s; mỗi hồ sơ quá hạn cần có văn bản xin lỗi.", vn.Int(letters), vn.Int(d.Late)))).
			WithRelated(p("late")).
			WithValues(
				finding.Value{Name: "letters", Value: fmt.Sprint(letters)},
				finding.Value{Name: "late", Value: fmt.Sprint(d.Late)},
				finding.Value{Name: "missing", Value: fmt.Sprint(missing)}))
	}
}

// ApologyFigures are the formatted figures of the apology sentence.
type ApologyFigures struct {
	Names
	// Letters is the number of apology letters: {{if .Letters.Value}} tests
	// whether any was sent.
	Letters section.Figure
	// Late is the number of dossiers resolved late, which the dossier
	// paragraph states: {{if .Late.Value}} tests whether any was.
	Late section.Figure
}

// apologyBlocks is sub-item e: narrative, then the apology letters.
func (s *Section) apologyBlocks(wr *section.Writer, f vn.Format, n Names) []doc.Block {
	out := textBlocks(wr, s.Apologies, "apologies")
	if d := s.Dossiers; d != nil && d.ApologyLetters != nil {
		figs := ApologyFigures{Names: n, Letters: section.Count(f, *d.ApologyLetters), Late: section.Count(f, d.Late)}
		out = appendSentence(wr, out, "ApologyLetters", figs)
	}
	return out
}

// apologyRules are the rules of the apology letters.
func apologyRules() finding.Catalogue {
	return finding.Catalogue{ruleDossierApology, ruleDossierApologyMissing}
}
